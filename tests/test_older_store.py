"""A store an older jdash wrote (another store format) is not taken for no store: the dashboard
says so and rebuilds it from the user's pages, or leaves it as it is when those pages are not where
it can find them, never replacing it silently with the seeds. The pages here are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from jdash import store
from dash_fixtures import ROOT, SEEDS, dashboard_on, store_of_pages

PAGES = {
    "mine1.txt": "本报泗水3月1日讯（记者 周七）今天，全县春季植树活动启动。\n\n泗水县春季植树活动启动\n",
    "mine2.txt": "本报嘉祥3月2日讯（记者 吴十）今天，全县重点项目观摩会召开。\n\n嘉祥县观摩重点项目\n",
}


def _older(root: Path) -> Path:
    """A store of PAGES whose manifest says an older store format wrote it."""
    path = store_of_pages(root, PAGES)
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    (path / "manifest.json").write_text(json.dumps({**manifest, "format": 1}), encoding="utf-8")
    return path


def test_an_older_store_is_known_with_its_pages(tmp_path):
    path = _older(tmp_path)
    older = store.older_store(path)
    assert older is not None and older.format == 1 and older.sources == frozenset(PAGES)
    assert store.current_generation(path) is None  # this jdash cannot read its tables
    assert store.pages_a_build_would_drop(older, [tmp_path / "pages"]) == []
    assert store.pages_a_build_would_drop(older, [SEEDS]) == sorted(PAGES)


def test_a_current_store_or_none_is_no_older_store(tmp_path):
    assert store.older_store(tmp_path / "nothing") is None
    assert store.older_store(store_of_pages(tmp_path, PAGES)) is None


def _run_app(monkeypatch, path: Path, corpus: Path) -> AppTest:
    with dashboard_on(monkeypatch, path, corpus):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        return at


def test_the_dashboard_rebuilds_an_older_store_from_the_users_pages_and_says_so(monkeypatch, tmp_path):
    path = _older(tmp_path)
    at = _run_app(monkeypatch, path, tmp_path / "pages")
    said = " ".join(str(t.value) for t in at.toast)
    assert "written by an older jdash" in said and "rebuilt it from your pages" in said and "First run" not in said
    assert f"{len(PAGES)} pages, {len(PAGES)} articles." in said
    assert store.current_generation(path) is not None
    assert set(store.load_corpus(path).pages["source"]) == set(PAGES)


def test_an_older_store_whose_pages_are_elsewhere_is_left_as_it_is(monkeypatch, tmp_path):
    """The corpus setting is the seeds, the store's pages were built from another folder: rebuilding
    would replace them with the seeds. The dashboard says what to run instead and changes nothing."""
    path = _older(tmp_path)
    before = (path / "manifest.json").read_text(encoding="utf-8")
    at = _run_app(monkeypatch, path, SEEDS)
    errors = " ".join(str(e.value) for e in at.error)
    assert "written by an older jdash" in errors and "mine1.txt" in errors and "jdash build" in errors
    assert (path / "manifest.json").read_text(encoding="utf-8") == before
    assert store.older_store(path).sources == frozenset(PAGES)


def test_reading_an_older_store_says_so(tmp_path):
    from jdash.errors import StoreError

    path = _older(tmp_path)
    with pytest.raises(StoreError, match="written by an older jdash .*jdash build PAGES"):
        store.generation_dir(path)
