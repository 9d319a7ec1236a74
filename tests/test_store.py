"""The Parquet store: incremental rebuilds, atomic writes that survive SIGKILL, user files untouched."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

import jdash.store
from jdash.errors import InputError, StoreError
from jdash.model import ParseWarning
from jdash.store import build, current_generation, iter_article_records, load_corpus

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

# The contract of docs/ARCHITECTURE.md, spelled out so that a change to it is a visible decision.
COLUMNS = {
    "articles": ["id", "source", "order", "headline", "subheadline", "kicker", "column", "kind", "dateline_place",
                 "event_date", "issue_date", "date_source", "date_confidence", "issue_year", "reporters", "reporter_roles", "body",
                 "continued_to", "counties", "primary_county", "topics", "topic_scores", "keywords", "officials",
                 "n_figures", "corrected_by", "corrected_at"],
    "officials": ["article_id", "name", "titles", "title", "level", "organisation", "issue_date", "source", "confidence",
                  "corrected_by", "corrected_at"],
    "persons": ["article_id", "name", "role"],
    "figures": ["article_id", "issue_date", "source", "county", "metric", "canonical_metric", "value", "unit",
                "normalised_value", "base_unit", "kind", "subject", "period", "approx", "sentence", "confidence",
                "target", "corrected_by", "corrected_at"],
    "pages": ["source", "content_hash", "issue_date", "date_source", "date_confidence", "n_articles", "corrected_by",
              "corrected_at", "date_evidence", "issue_year"],
    "warnings": ["source", "reason"],
}


@pytest.fixture
def parse_calls(monkeypatch) -> list[str]:
    """Sources of the pages parsed in this process (builds with one worker parse in-process)."""
    calls: list[str] = []
    real = jdash.store.process_page

    def counting(source, data, meta=None, **options):
        calls.append(source)
        return real(source, data, meta, **options)

    monkeypatch.setattr(jdash.store, "process_page", counting)
    return calls


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_then_load_gives_every_table_with_its_columns(corpus_dir, tmp_path):
    report = build([corpus_dir], tmp_path / "store")
    assert (report.parsed, report.reused, report.removed, report.pages) == (5, 0, 0, 5)
    assert report.warnings == []
    corpus = load_corpus(tmp_path / "store")
    for name, columns in COLUMNS.items():
        assert list(getattr(corpus, name).columns) == columns, name
    assert report.articles == len(corpus.articles) >= 35
    assert corpus.articles["id"].is_unique
    assert sorted(corpus.pages["source"]) == [s.name for s in SEEDS]
    assert pd.api.types.is_datetime64_any_dtype(corpus.articles["issue_date"])
    assert all(isinstance(r, list) for r in corpus.articles["reporters"])
    records = list(iter_article_records(tmp_path / "store"))
    assert [r["id"] for r in records] == list(corpus.articles["id"])
    assert [r["body"] for r in records] == list(corpus.articles["body"])


def test_rebuild_of_an_unchanged_corpus_parses_nothing(corpus_dir, tmp_path, parse_calls):
    build([corpus_dir], tmp_path / "store")
    generation = current_generation(tmp_path / "store")
    parse_calls.clear()
    report = build([corpus_dir], tmp_path / "store")
    assert (report.parsed, report.reused, report.removed) == (0, 5, 0)
    assert parse_calls == []
    assert current_generation(tmp_path / "store") == generation


def test_rebuild_after_one_page_changes_parses_exactly_that_page(corpus_dir, tmp_path, parse_calls):
    build([corpus_dir], tmp_path / "store")
    before = load_corpus(tmp_path / "store")
    changed = corpus_dir / SEEDS[2].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("宋仪凯", "宋义凯"), encoding="utf-8")
    parse_calls.clear()
    report = build([corpus_dir], tmp_path / "store")
    assert parse_calls == [SEEDS[2].name]
    assert (report.parsed, report.reused, report.removed, report.pages) == (1, 4, 0, 5)
    after = load_corpus(tmp_path / "store")
    others = before.articles[before.articles["source"] != SEEDS[2].name]
    assert set(others["id"]) <= set(after.articles["id"])
    assert "宋义凯" in set(after.articles.explode("reporters")["reporters"])
    assert "宋仪凯" not in set(after.articles[after.articles["source"] == SEEDS[2].name].explode("reporters")["reporters"])
    assert after.articles["id"].is_unique


def test_removed_and_added_pages(corpus_dir, tmp_path, parse_calls):
    build([corpus_dir], tmp_path / "store")
    (corpus_dir / SEEDS[0].name).unlink()
    (corpus_dir / "new").mkdir()
    shutil.copyfile(SEEDS[0], corpus_dir / "new" / "page.txt")
    parse_calls.clear()
    report = build([corpus_dir], tmp_path / "store")
    assert parse_calls == ["new/page.txt"]
    assert (report.parsed, report.reused, report.removed, report.pages) == (1, 4, 1, 5)
    assert report.added == ["new/page.txt"]
    assert SEEDS[0].name not in set(load_corpus(tmp_path / "store").articles["source"])


def test_same_bytes_under_two_names_are_kept_once(corpus_dir, tmp_path):
    shutil.copyfile(SEEDS[1], corpus_dir / "copy.txt")
    report = build([corpus_dir], tmp_path / "store")
    assert report.duplicates == [("copy.txt", SEEDS[1].name)]
    assert report.pages == 5
    assert load_corpus(tmp_path / "store").articles["id"].is_unique


def test_different_pages_with_one_name_are_both_kept(tmp_path):
    for folder, seed in (("a", SEEDS[0]), ("b", SEEDS[1])):
        (tmp_path / folder).mkdir()
        shutil.copyfile(seed, tmp_path / folder / "page.txt")
    report = build([tmp_path / "a", tmp_path / "b"], tmp_path / "store")
    sources = list(load_corpus(tmp_path / "store").pages["source"])
    assert report.pages == 2
    assert sources[0] == "page.txt"
    assert sources[1].startswith("page~") and sources[1].endswith(".txt")


def test_pages_csv_change_reparses_only_the_pages_whose_row_changed(corpus_dir, tmp_path, parse_calls):
    rows = "".join(f"{s.name},2022-05-0{i + 1},{i + 1},济宁日报\n" for i, s in enumerate(SEEDS))
    (corpus_dir / "pages.csv").write_text("file,date,page,paper\n" + rows, encoding="utf-8")
    build([corpus_dir], tmp_path / "store")
    pages = load_corpus(tmp_path / "store").pages
    assert list(pages["date_source"]) == ["pages.csv"] * 5
    assert list(pages["issue_date"].dt.day) == [1, 2, 3, 4, 5]
    (corpus_dir / "pages.csv").write_text("file,date,page,paper\n" + rows.replace("2022-05-03", "2023-01-03"),
                                          encoding="utf-8")
    parse_calls.clear()
    build([corpus_dir], tmp_path / "store")
    assert parse_calls == [SEEDS[2].name]
    assert load_corpus(tmp_path / "store").pages["issue_date"][2] == pd.Timestamp("2023-01-03")


def test_bad_files_are_skipped_with_reasons_and_the_rest_is_parsed(corpus_dir, tmp_path):
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (corpus_dir / "weather.txt").write_text("今日 晴 15-25℃\n", encoding="utf-8")
    report = build([corpus_dir], tmp_path / "store")
    reasons = {w.source: w.reason for w in report.warnings}
    assert reasons.keys() == {"empty.txt", "image.txt", "weather.txt"}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["image.txt"].startswith("binary file")
    assert reasons["weather.txt"] == "no articles found"
    corpus = load_corpus(tmp_path / "store")
    assert set(corpus.articles["source"]) == {s.name for s in SEEDS}
    assert set(corpus.warnings["source"]) == {"empty.txt", "image.txt", "weather.txt"}
    # Reused on the next build, the warnings are still reported.
    assert {w.source for w in build([corpus_dir], tmp_path / "store").warnings} == reasons.keys()


def test_strict_build_raises_and_keeps_the_previous_tables(corpus_dir, tmp_path):
    build([corpus_dir], tmp_path / "store")
    generation = current_generation(tmp_path / "store")
    (corpus_dir / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match=r"^empty\.txt: empty file$"):
        build([corpus_dir], tmp_path / "store", strict=True)
    assert current_generation(tmp_path / "store") == generation
    assert len(load_corpus(tmp_path / "store").pages) == 5


def test_user_files_are_never_modified(corpus_dir, tmp_path):
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "pages.csv").write_text(f"file,date\n{SEEDS[0].name},2022-05-08\n", encoding="utf-8")
    before = _snapshot(corpus_dir)
    build([corpus_dir], tmp_path / "store")
    build([corpus_dir, corpus_dir / SEEDS[1].name], tmp_path / "store", workers=2)
    list(iter_article_records(tmp_path / "store"))
    assert _snapshot(corpus_dir) == before


def test_two_workers_give_the_same_tables_as_one(tmp_path):
    corpus = _many_pages(tmp_path / "corpus", 24)
    build([corpus], tmp_path / "one", workers=1)
    report = build([corpus], tmp_path / "two", workers=2)
    assert report.parsed == 24
    one, two = load_corpus(tmp_path / "one"), load_corpus(tmp_path / "two")
    for name in COLUMNS:
        pd.testing.assert_frame_equal(getattr(one, name), getattr(two, name))


def test_missing_or_empty_store_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match=r"^no store at .*nowhere: run `jdash build` first$"):
        load_corpus(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match=r"is empty: run `jdash build` first$"):
        load_corpus(tmp_path / "empty")


def test_missing_path_is_a_warning(tmp_path):
    report = build([SEEDS[0], tmp_path / "gone"], tmp_path / "store")
    assert report.pages == 1
    assert report.warnings == [ParseWarning(str(tmp_path / "gone"), "no such file or folder")]


def _many_pages(folder: Path, count: int) -> Path:
    """`count` distinct pages: the seeds, each with a different number of trailing newlines."""
    folder.mkdir(parents=True)
    for i in range(count):
        seed = SEEDS[i % len(SEEDS)]
        (folder / f"{i:04d}_{seed.name}").write_bytes(seed.read_bytes() + b"\n" * (i + 1))
    return folder


# A build in its own process, parsing slowly so that it can be killed at any point.
_SLOW_BUILD = textwrap.dedent("""
    import sys, time
    import jdash.store as store
    store.SEGMENT_PAGES = 7
    real = store.process_page
    def slow(source, data, meta=None, **options):
        time.sleep(0.02)
        return real(source, data, meta, **options)
    store.process_page = slow
    store.build([sys.argv[1]], sys.argv[2])
""")


def _segments(store: Path) -> int:
    try:
        return len(json.loads((store / "manifest.json").read_text())["segments"])
    except (FileNotFoundError, ValueError, KeyError):
        return 0


def test_sigkill_mid_build_then_rerun_loses_and_duplicates_nothing(tmp_path):
    corpus = _many_pages(tmp_path / "corpus", 60)  # 9 segments of 7: room for every kill below
    store = tmp_path / "store"
    build([SEEDS[0]], store)  # a first, complete generation
    first = current_generation(store)
    killed_at = []
    # Kill after a segment, right after another, and late (while merging or committing).
    for wait_segments, extra_sleep in ((1, 0.0), (2, 0.05), (0, 1.5)):
        process = subprocess.Popen([sys.executable, "-c", _SLOW_BUILD, str(corpus), str(store)])
        deadline = time.monotonic() + 60
        start = _segments(store)
        while _segments(store) < start + wait_segments and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(extra_sleep)
        process.send_signal(signal.SIGKILL)
        killed_at.append(process.wait())
        # Whatever moment it died, the store reads as a complete generation.
        corpus_now = load_corpus(store)
        assert corpus_now.articles["id"].is_unique
        assert corpus_now.pages["source"].is_unique
    assert -signal.SIGKILL in killed_at
    # The last kill may have come before or after the commit: the store is the generation it names.
    assert len(load_corpus(store).pages) == (1 if current_generation(store) == first else 60)

    report = build([corpus], store)
    assert report.reused > 0  # work flushed before the kills was kept
    assert report.parsed + report.reused == 60
    resumed = load_corpus(store)
    clean_report = build([corpus], tmp_path / "clean")
    clean = load_corpus(tmp_path / "clean")
    assert report.pages == clean_report.pages == 60
    for name in COLUMNS:
        pd.testing.assert_frame_equal(getattr(resumed, name), getattr(clean, name))
    leftovers = [p for p in (store / "tmp").iterdir()] + [p for p in (store / "segments").iterdir()]
    assert leftovers == []


class _Crash(BaseException):
    """Stands for the process dying: nothing after it runs."""


def _parse_each_page_once(monkeypatch) -> None:
    """Builds in this process parse each distinct page once and reuse its result after (the parse is a
    pure function of the page, its row and its options)."""
    parsed: dict = {}
    real = jdash.store.process_page

    def once(source, data, meta=None, **options):
        key = (source, data, meta, tuple(sorted(options.items())))
        if key not in parsed:
            parsed[key] = real(source, data, meta, **options)
        return parsed[key]

    monkeypatch.setattr(jdash.store, "process_page", once)


def test_dying_before_or_after_any_rename_leaves_a_consistent_store(tmp_path, monkeypatch):
    corpus = _many_pages(tmp_path / "corpus", 15)
    monkeypatch.setattr(jdash.store, "SEGMENT_PAGES", 4)
    build([corpus], tmp_path / "clean")
    clean = load_corpus(tmp_path / "clean")
    template = tmp_path / "template"
    build([SEEDS[0]], template)
    old = current_generation(template)
    _parse_each_page_once(monkeypatch)  # ~40 builds of the same 15 pages: the renames are under test
    real_replace = os.replace
    crashed_steps = 0
    for step in range(100):
        for after in (False, True):
            store = tmp_path / f"store-{step}-{after}"
            shutil.copytree(template, store)
            calls = 0

            def replace(src, dst, *, _step=step, _after=after):
                nonlocal calls
                calls += 1
                if calls == _step + 1 and not _after:
                    raise _Crash
                real_replace(src, dst)
                if calls == _step + 1 and _after:
                    raise _Crash

            monkeypatch.setattr(os, "replace", replace)
            try:
                build([corpus], store)
                crashed = False
            except _Crash:
                crashed = True
            finally:
                monkeypatch.setattr(os, "replace", real_replace)
            state = load_corpus(store)
            # The old generation or the new one, nothing between, and the manifest names the one read.
            assert len(state.pages) == (1 if current_generation(store) == old else 15)
            assert state.articles["id"].is_unique
            build([corpus], store)
            again = load_corpus(store)
            for name in COLUMNS:
                pd.testing.assert_frame_equal(getattr(again, name), getattr(clean, name))
            shutil.rmtree(store)
            crashed_steps += crashed
        if not crashed:
            break
    assert crashed_steps >= 10  # segments, their manifest updates, the generation and its manifest


def test_a_page_uploaded_again_after_an_ocr_fix_is_flagged(tmp_path):
    """The same page with a few characters changed is a near duplicate of the stored one (never
    counted twice silently); another page is not."""
    from jdash import store
    from jdash.engine import Engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [f"第{i}段：全市第{i}项重点工作扎实推进，各县市区按照部署抓好落实。" for i in range(30)]
    (corpus / "a.txt").write_text("会议召开\n\n本报讯\n" + "\n".join(lines), "utf-8")
    (corpus / "b.txt").write_text("另一版面\n\n本报讯\n" + "\n".join(l.replace("全市", "泗水县") for l in lines[:3])
                                  + "\n" + "\n".join(f"另有{i}件事情在别处进行并且取得了成效。" for i in range(20)), "utf-8")
    built = store.build([corpus], tmp_path / "store")
    assert built.near_duplicates == []
    fixed = (corpus / "a.txt").read_text("utf-8").replace("第3段：全市", "第3段：仝市").replace("第7项", "第7顼")
    report = store.ingest_uploads([("a_fixed.txt", fixed.encode())], tmp_path / "store")
    assert report.added == ["a_fixed.txt"]
    [pair] = report.near_duplicates
    assert (pair.source, pair.older) == ("a_fixed.txt", "a.txt") and 0.9 < pair.similarity < 1
    e = Engine.open(tmp_path / "store")
    assert e.df("SELECT source, older FROM near_duplicates").values.tolist() == [["a_fixed.txt", "a.txt"]]
    e.close()


def test_replacing_the_older_copy_counts_the_page_once(tmp_path):
    """After an OCR-fixed page is uploaded, replacing the older copy leaves it out of this and later
    builds (its file untouched): the articles are counted once and no near duplicate is left."""
    from jdash import store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [f"第{i}段：全市第{i}项重点工作扎实推进，各县市区按照部署抓好落实。" for i in range(30)]
    original = "会议召开\n\n本报讯\n" + "\n".join(lines)
    (corpus / "a.txt").write_text(original, "utf-8")
    one = store.build([corpus], tmp_path / "store")
    store.ingest_uploads([("a_fixed.txt", original.replace("第3项", "第3顼").encode())], tmp_path / "store")
    twice = store.load_corpus(tmp_path / "store").articles
    assert len(twice) == 2 * one.articles
    report = store.replace_older(tmp_path / "store", "a.txt", [corpus])
    assert report.near_duplicates == [] and report.articles == one.articles
    kept = store.load_corpus(tmp_path / "store").articles
    assert set(kept["source"]) == {"a_fixed.txt"} and (corpus / "a.txt").read_text("utf-8") == original
    assert store.build([corpus], tmp_path / "store").articles == one.articles  # later builds too
    assert store.replaced_pages(tmp_path / "store") == ["a.txt"]


def _part_inodes(store: Path, table: str) -> list[int]:
    """The inodes of one table's page parts in the current generation, in order."""
    generation = store / "generations" / current_generation(store)
    return [p.stat().st_ino for p in sorted((generation / table).glob("*.parquet")) if not p.name.endswith("-build.parquet")]


def test_a_changed_page_rewrites_its_part_only(tmp_path, monkeypatch, parse_calls):
    import jdash.parts

    monkeypatch.setattr(jdash.parts, "PART_PAGES", 4)
    corpus = _many_pages(tmp_path / "corpus", 11)
    store = tmp_path / "store"
    build([corpus], store)
    before = {table: _part_inodes(store, table) for table in ("pages", "articles", "officials", "terms")}
    assert len(before["pages"]) == 3  # 4 + 4 + 3 pages
    changed = sorted(corpus.iterdir())[5]  # in the second part
    changed.write_bytes(changed.read_bytes() + b"\n")
    parse_calls.clear()
    build([corpus], store)
    assert parse_calls == [changed.name]
    for table, (first, second, third) in before.items():
        # The first and the third part are the same files (linked, not written again); the second is new.
        now = _part_inodes(store, table)
        assert now[0] == first and now[2] == third and now[1] != second, table
    clean = tmp_path / "clean"
    build([corpus], clean)
    for name in COLUMNS:
        pd.testing.assert_frame_equal(getattr(load_corpus(store), name), getattr(load_corpus(clean), name))
