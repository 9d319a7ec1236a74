"""Fixtures for the dashboard tests: a store built from the real seeds (session-scoped, in a tmp
dir), and a tiny hand-made corpus for edge cases the seeds do not have (hostile text, no dates)."""

from __future__ import annotations

import atexit
import contextlib
import functools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def tiny_corpus() -> SimpleNamespace:
    """Three articles on two pages, following the column contract of docs/ARCHITECTURE.md."""
    d = pd.to_datetime
    articles = pd.DataFrame({
        "id": ["a1", "a2", "a3"],
        "source": ["p1.txt", "p1.txt", "p2.txt"],
        "order": [0, 1, 0],
        "headline": ["泗水着力放大助企攀登质量效益", "<script>alert('x')</script> **粗体**", "嘉祥集中开工重大项目"],
        "subheadline": [None, None, None],
        "kicker": [None, None, None],
        "column": [None, None, None],
        "kind": ["news", "commentary", "news"],
        "dateline_place": ["泗水", None, "嘉祥"],
        "event_date": d(["2022-08-06", None, "2022-08-07"]),
        "issue_date": d(["2022-08-07", "2022-08-07", "2023-03-02"]),
        "date_source": ["inferred", "inferred", "filename"],
        "date_confidence": [0.8, 0.8, 1.0],
        "reporters": [["徐杰"], [], ["刘丁", "李超"]],
        "reporter_roles": [["通讯员"], [], ["通讯员", "通讯员"]],
        "body": [
            "1至6月份，泗水县44家助企攀登企业实现营业收入35.9亿元。林红玉出席。建设算力中心。",
            "<b>不是标签</b><img src=x onerror=alert(1)> [链接](javascript:alert(1)) 于永生",
            "嘉祥县集中开工重大项目11个，总投资154亿元。林红玉、于永生出席。",
        ],
        "continued_to": [None, None, None],
        "counties": [["泗水县"], [], ["嘉祥县"]],
        "primary_county": ["泗水县", "全市", "嘉祥县"],
        "topics": [["制造强市/助企攀登", "科技创新/人才"], ["城市治理/文明创建"], ["项目建设/招商引资"]],
        "topic_scores": [[2.0, 1.0], [1.0], [3.0]],
        "keywords": [["助企攀登", "营业收入", "算力中心"], ["标签"], ["重大项目", "总投资"]],
        "officials": [["林红玉"], ["于永生"], ["林红玉", "于永生"]],
        "n_figures": [1, 0, 2],
    })
    officials = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "a3"],
        "name": ["林红玉", "于永生", "林红玉", "于永生"],
        "titles": [["市委书记"], ["市长"], ["市委书记", "市人大常委会主任"], ["市长"]],
        "title": ["市委书记", "市长", "市委书记", "市长"],
        "level": ["city"] * 4,
        "organisation": [None] * 4,
        "issue_date": d(["2022-08-07", "2022-08-07", "2023-03-02", "2023-03-02"]),
        "source": ["p1.txt", "p1.txt", "p2.txt", "p2.txt"],
    })
    figures = pd.DataFrame({
        "article_id": ["a1", "a3", "a3"],
        "issue_date": d(["2022-08-07", "2023-03-02", "2023-03-02"]),
        "source": ["p1.txt", "p2.txt", "p2.txt"],
        "county": ["泗水县", "嘉祥县", "嘉祥县"],
        "metric": ["营业收入", "重大项目", "总投资"],
        "canonical_metric": ["营业收入", "重大项目", "总投资"],
        "value": [35.9, 11.0, 154.0],
        "unit": ["亿元", "个", "亿元"],
        "normalised_value": [35.9e8, 11.0, 154e8],
        "base_unit": ["元", "个", "元"],
        "kind": ["amount", "count", "amount"],
        "subject": ["44家助企攀登企业", None, None],
        "period": ["1至6月份", None, None],
        "approx": [None, None, None],
        "sentence": ["1至6月份，泗水县44家助企攀登企业实现营业收入35.9亿元。",
                     "嘉祥县集中开工重大项目11个，总投资154亿元。", "嘉祥县集中开工重大项目11个，总投资154亿元。"],
    })
    pages = pd.DataFrame({"source": ["p1.txt", "p2.txt"], "content_hash": ["h1", "h2"],
                          "issue_date": d(["2022-08-07", "2023-03-02"]), "date_source": ["inferred", "filename"],
                          "date_confidence": [0.8, 1.0], "n_articles": [2, 1]})
    warnings = pd.DataFrame({"source": ["empty.txt"], "reason": ["the file is empty"]})
    persons = pd.DataFrame({"article_id": pd.Series(dtype=str), "name": pd.Series(dtype=str),
                            "role": pd.Series(dtype=str)})
    return SimpleNamespace(articles=articles, officials=officials, figures=figures, pages=pages,
                           warnings=warnings, persons=persons)


def write_pages(folder: Path, pages: dict[str, str]) -> Path:
    """`folder`, made, holding each invented page (file name → text, written as UTF-8)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def store_of_pages(root: Path, pages: dict[str, str]) -> Path:
    """A store (root/store) built from `pages` written into root/pages."""
    from jdash import store

    store.build([write_pages(root / "pages", pages)], root / "store")
    return root / "store"


@contextlib.contextmanager
def engine_of_pages(root: Path, pages: dict[str, str]) -> Iterator:
    """A query engine over a store built from `pages` (`store_of_pages`), closed afterwards."""
    from jdash.engine import Engine

    e = Engine.open(store_of_pages(root, pages))
    try:
        yield e
    finally:
        e.close()


@functools.lru_cache(maxsize=1)
def seeds_store_dir() -> Path:
    """A store built from seeds/ once per test process (whichever test module asks first)."""
    from jdash import store

    root = Path(tempfile.mkdtemp(prefix="jdash-ui-seeds-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    store.build([SEEDS], root / "store", workers=1)
    return root / "store"


@functools.lru_cache(maxsize=1)
def seeds_corpus():
    from jdash import store

    return store.load_corpus(seeds_store_dir())


@pytest.fixture(scope="session")
def seeds_store() -> Path:
    return seeds_store_dir()


@pytest.fixture(scope="session")
def seeds():
    return seeds_corpus()


@contextlib.contextmanager
def dashboard_on(monkeypatch, store: Path, corpus: Path = SEEDS) -> Iterator[None]:
    """The dashboard's settings point at `store` and `corpus`, and Streamlit's caches are empty before
    and after (a page's cached data must not leak into the next test)."""
    import streamlit as st

    monkeypatch.setenv("JDASH_STORE", str(store))
    monkeypatch.setenv("JDASH_CORPUS", str(corpus))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        yield
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


def open_reader(article_id: str):
    """The Articles page's reader on `article_id` in AppTest (the dashboard already `dashboard_on` a store)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["article"] = article_id
    at.run()
    at.switch_page("pages/articles.py").run()
    assert not at.exception
    return at


def captions(at) -> list[str]:
    """The captions of an AppTest run, their markdown escapes removed."""
    return [str(c.value).replace("\\", "") for c in at.get("caption")]


@pytest.fixture()
def seeds_app_env(monkeypatch, seeds_store):
    """The dashboard on the seeds store (`dashboard_on`)."""
    with dashboard_on(monkeypatch, seeds_store):
        yield


@pytest.fixture()
def tiny():
    return tiny_corpus()
