"""The store in parts (jdash.parts) with the build's whole-corpus passes, officials' tenures and
near-duplicate pages, reading only what they need across parts (an invented corpus)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import jdash.parts
import jdash.store
from jdash import neardup
from jdash.store import build, current_generation, load_corpus
from jdash.tables import TABLES

from dash_fixtures import write_pages
from test_tenures import DATED, UNDATED, page


def _lines(word: str) -> str:
    return "\n".join(f"第{i}项：{word}重点工作扎实推进，各县市区按照部署抓好落实。" for i in range(12))


# Eleven pages: the tenures' dated pages, an undated page they date, filler, and near duplicates.
PAGES = {
    **DATED,
    "2018-01-03_p1.txt": page("1月2日", "全市工作会议召开", "", _lines("全市")),
    "2018-01-04_p1.txt": page("1月3日", "全市工作会议召开", "", _lines("全市").replace("第3项", "第3顼")),
    **{f"2018-02-{d:02d}_p1.txt": page(f"2月{d - 1}日", f"全市第{d}次会议召开", "", f"全市第{d}件事情在别处进行并且取得了成效。")
       for d in (5, 6, 7, 8)},
    **UNDATED,
}


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_pages(tmp_path / "corpus", PAGES)


def _tables(store: Path) -> dict[str, pd.DataFrame]:
    corpus = load_corpus(store)
    out = {name: getattr(corpus, name).reset_index(drop=True) for name in TABLES}
    generation = store / "generations" / current_generation(store)
    out["near_duplicates"] = pq.read_table(generation / "near_duplicates.parquet").to_pandas()
    out["terms"] = jdash.parts.read_table(generation, "terms").to_pandas()
    return out


def _build_in_parts(corpus: Path, store: Path, monkeypatch, pages: int) -> None:
    monkeypatch.setattr(jdash.parts, "PART_PAGES", pages)
    build([corpus], store)


def test_a_build_in_parts_equals_one_whole_table(corpus, tmp_path, monkeypatch):
    """Three pages a part (the tenures learned across parts, the near duplicates found across parts)
    give the tables of one part holding every page."""
    _build_in_parts(corpus, tmp_path / "whole", monkeypatch, 10_000)
    _build_in_parts(corpus, tmp_path / "parts", monkeypatch, 3)
    generation = tmp_path / "parts" / "generations" / current_generation(tmp_path / "parts")
    assert len(list((generation / "pages").glob("0*-*.parquet"))) == 4  # 3 + 3 + 3 + 2 pages
    whole, split = _tables(tmp_path / "whole"), _tables(tmp_path / "parts")
    for name, table in whole.items():
        pd.testing.assert_frame_equal(split[name], table, obj=name)
    pages = split["pages"].set_index("source")
    assert pages.at["u1.txt", "date_source"] == "inferred"  # dated by the tenures of the dated pages
    assert split["near_duplicates"][["source", "older"]].values.tolist() == [["2018-01-04_p1.txt", "2018-01-03_p1.txt"]]


def test_the_near_duplicates_from_signatures_are_those_of_the_text(corpus, tmp_path, monkeypatch):
    """The build's pairs (from the pages' stored sentence hashes) equal `neardup.find` over the
    pages' text, the reference whole-text computation."""
    _build_in_parts(corpus, tmp_path / "store", monkeypatch, 2)
    articles = pa.Table.from_pandas(load_corpus(tmp_path / "store").articles[["source", "headline", "body"]])
    reference = neardup.table(neardup.find(neardup.page_texts(articles))).to_pandas()
    pd.testing.assert_frame_equal(_tables(tmp_path / "store")["near_duplicates"], reference)


def _part_files(store: Path) -> dict[str, list[int]]:
    generation = store / "generations" / current_generation(store)
    return {table: [p.stat().st_ino for p in sorted((generation / table).glob("0*-*.parquet"))
                    if not p.name.endswith("-build.parquet")]
            for table in ("pages", "articles", "officials", "records", "terms", "signatures")}


def test_a_changed_page_rewrites_its_part_and_the_small_derived_tables_only(corpus, tmp_path, monkeypatch):
    """With the tenure and near-duplicate passes: a page changed in the second part rewrites that
    part; the others (the page the tenures dated among them) are the same files."""
    store = tmp_path / "store"
    _build_in_parts(corpus, store, monkeypatch, 3)
    before = _part_files(store)
    parsed: list[str] = []
    signed: list[str] = []
    sign = neardup.signatures
    monkeypatch.setattr(neardup, "signatures", lambda a: signed.extend(a.column("source").to_pylist()) or sign(a))
    real = jdash.store.process_page
    monkeypatch.setattr(jdash.store, "process_page", lambda source, *a, **k: parsed.append(source) or real(source, *a, **k))
    changed = corpus / "2018-02-05_p1.txt"
    changed.write_text(changed.read_text("utf-8").replace("成效", "成绩"), "utf-8")
    build([corpus], store)
    assert parsed == [changed.name]  # the undated page, dated as stored, is not parsed again
    assert set(signed) == {changed.name}  # the other pages of its part keep their stored signatures
    after = _part_files(store)
    for table, inodes in before.items():
        assert after[table][0] == inodes[0] and after[table][1] != inodes[1] and after[table][2:] == inodes[2:], table
    clean = tmp_path / "clean"
    _build_in_parts(corpus, clean, monkeypatch, 3)
    for name, table in _tables(clean).items():
        pd.testing.assert_frame_equal(_tables(store)[name], table, obj=name)


def test_pages_uploaded_a_few_at_a_time_fill_the_last_part(corpus, tmp_path, monkeypatch):
    """An upload rewrites the last part with its pages while that part has room, instead of adding a
    part of its own; a full part is left as it is."""
    from jdash.store import ingest_uploads

    store = tmp_path / "store"
    monkeypatch.setattr(jdash.parts, "PART_PAGES", 4)
    build([corpus], store)  # 11 pages: 4 + 4 + 3
    full = _part_files(store)["pages"][:2]
    for n in (1, 2):
        ingest_uploads([(f"new{n}.txt", page(f"3月{n}日", f"全市第{n}次新闻发布会召开", "", "新增内容。").encode())], store)
    assert len(_part_files(store)["pages"]) == 4 and _part_files(store)["pages"][:2] == full  # 4 + 4 + 4 + 1
    pages = load_corpus(store).pages
    assert len(pages) == 13 and list(pages["source"])[-2:] == ["new1.txt", "new2.txt"]


def test_a_rebuild_finds_again_only_the_pairs_a_changed_page_can_touch_and_they_equal_a_clean_builds(
        corpus, tmp_path, monkeypatch):
    """After a first build, each rebuild (a page edited into a near copy, the older copy removed, a new copy
    added) keeps the last generation's pairs for the pages no changed page shares a sentence with and finds
    the rest again (`neardup.find_signed_since`, never `find_signed` over every page): the pairs equal those
    of a clean build of the same pages. A generation whose pairs carry no rules mark is not built on, nor a build
    that changed more than `_CHANGED_SHARE` of the pages."""
    store = tmp_path / "store"
    _build_in_parts(corpus, store, monkeypatch, 3)
    monkeypatch.setattr(jdash.store, "_CHANGED_SHARE", 0.2)  # two pages of eleven (a page edited: its old and new signature)
    whole = neardup.find_signed
    calls: list[str] = []
    monkeypatch.setattr(neardup, "find_signed", lambda signed: calls.append("whole") or whole(signed))
    original = (corpus / "2018-01-03_p1.txt").read_text("utf-8")
    edits = [("2018-02-06_p1.txt", original.replace("第5项", "第5顼")), ("2018-01-04_p1.txt", None),
             ("2018-02-09_p1.txt", original.replace("第7项", "第7顼"))]
    for step, (name, text) in enumerate(edits):
        if text is None:
            (corpus / name).unlink()
        else:
            (corpus / name).write_text(text, "utf-8")
        build([corpus], store)
        clean = tmp_path / f"clean{step}"
        _build_in_parts(corpus, clean, monkeypatch, 3)
        pd.testing.assert_frame_equal(_tables(store)["near_duplicates"], _tables(clean)["near_duplicates"])
        assert len(_tables(store)["near_duplicates"]) == (2, 1, 2)[step]
    assert calls == ["whole"] * 3  # the clean builds' only
    generation = store / "generations" / current_generation(store)
    pq.write_table(pq.read_table(generation / "near_duplicates.parquet").replace_schema_metadata(None),
                   generation / "near_duplicates.parquet")
    (corpus / "2018-02-07_p1.txt").write_text(original.replace("第2项", "第2顼"), "utf-8")
    build([corpus], store)
    assert calls == ["whole"] * 4 and len(_tables(store)["near_duplicates"]) == 3
    for name in ("2018-02-05_p1.txt", "2018-02-08_p1.txt"):  # three signatures of eleven pages changed
        (corpus / name).write_text(original.replace("第1项", "第1顼"), "utf-8")
    build([corpus], store)
    assert calls == ["whole"] * 5 and len(_tables(store)["near_duplicates"]) == 4
