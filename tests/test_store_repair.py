"""A damaged store is repaired by the next build (issue 9): a truncated or corrupted Parquet file of the
current generation is noticed, its part of the store discarded and its pages parsed again, the build
says so, and exports and uploads work after it. Until then readers get a clear message."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from jdash.cli import main
from jdash.errors import StoreDamagedError
from jdash.store import build, generation_dir, ingest_uploads, iter_article_records, load_corpus, verify

PAGE = ("{title}\n\n本报济宁5月{day}日讯（记者 张三）今天上午，{title}。会议指出，全市地区生产总值增长5.1%，"
        "副市长王强出席会议。\n")
TITLES = ("全市工作会议召开", "全市项目建设推进会召开", "全市安全生产会议召开")


@pytest.fixture
def built(tmp_path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for day, title in enumerate(TITLES, start=1):
        (corpus / f"p{day}.txt").write_text(PAGE.format(title=title, day=day), encoding="utf-8")
    store = tmp_path / "store"
    build([corpus], store)
    return corpus, store


def _part(store: Path, table: str) -> Path:
    """The (first) part file of one table in the store's current generation."""
    return [p for p in sorted((generation_dir(store) / table).glob("*.parquet")) if not p.name.endswith("-build.parquet")][0]


def _truncate(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)


def _corrupt_data(path: Path) -> None:
    """Noise over every data page: the footer (its length in the 4 bytes before the closing PAR1) stays."""
    data = bytearray(path.read_bytes())
    footer = int.from_bytes(data[-8:-4], "little") + 8
    data[4 : len(data) - footer] = random.Random(9).randbytes(len(data) - footer - 4)
    path.write_bytes(bytes(data))


def test_a_truncated_table_is_reported_to_readers_then_repaired_by_the_next_build(built):
    corpus, store = built
    before = load_corpus(store).articles[["source", "headline"]].sort_values("source").reset_index(drop=True)
    damaged = _part(store, "articles")
    _truncate(damaged)
    assert [(f, r) for f, r in verify(store)] == [(str(damaged), "Parquet magic bytes not found in footer")]
    with pytest.raises(StoreDamagedError, match=r"articles/\d+-\w+\.parquet is damaged .*jdash build"):
        list(iter_article_records(store))

    report = build([corpus], store)
    assert len(report.repaired) == 1 and f"articles/{damaged.name} was damaged" in report.repaired[0]
    assert report.parsed == 3 and report.pages == 3  # the discarded generation's pages, parsed again
    assert verify(store) == [] and not damaged.exists()
    after = load_corpus(store).articles[["source", "headline"]].sort_values("source").reset_index(drop=True)
    assert after.equals(before)
    assert len(list(iter_article_records(store))) == len(before)
    assert build([corpus], store).repaired == []  # repaired once, sound since


def test_a_corrupt_data_page_behind_a_sound_footer_is_found_by_reading(built):
    corpus, store = built
    target = _part(store, "records")
    _corrupt_data(target)
    assert [f for f, _ in verify(store, deep=False)] == []  # the footer alone looks fine
    assert [f for f, _ in verify(store)] == [str(target)]
    report = build([corpus], store)
    assert len(report.repaired) == 1 and f"records/{target.name}" in report.repaired[0]
    assert len(list(iter_article_records(store))) == len(load_corpus(store).articles) > 0


def test_the_cli_says_what_is_damaged_in_one_line_and_the_build_repairs_it(built):
    corpus, store = built
    damaged = _part(store, "figures")
    _truncate(damaged)
    runner = CliRunner()
    failed = runner.invoke(main, ["export", "figures", "--format", "jsonl", "--store", str(store)])
    assert failed.exit_code == 1
    assert f"figures/{damaged.name} is damaged" in failed.output and "Traceback" not in failed.output
    assert len(failed.output.strip().splitlines()) == 1
    repaired = runner.invoke(main, ["build", str(corpus), "--store", str(store)])
    assert repaired.exit_code == 0, repaired.output
    assert "repaired: generations/" in repaired.output and f"figures/{damaged.name} was damaged" in repaired.output
    exported = runner.invoke(main, ["export", "figures", "--format", "jsonl", "--store", str(store)])
    assert exported.exit_code == 0 and "5.1" in exported.output


def test_an_upload_into_a_damaged_store_adds_nothing_and_says_to_rebuild(built):
    _, store = built
    _truncate(_part(store, "pages"))
    page = PAGE.format(title="全市文明城市创建会议召开", day=9).encode("utf-8")
    with pytest.raises(StoreDamagedError, match=r"pages/\d+-\w+\.parquet"):
        ingest_uploads([("new.txt", page)], store)
    assert not [p for p in (store / "uploads").rglob("*.txt")]


def test_the_dashboard_rebuilds_a_damaged_store_and_says_so(tmp_path, monkeypatch):
    import shutil

    from streamlit.testing.v1 import AppTest

    from dash_fixtures import ROOT, SEEDS, dashboard_on, seeds_store_dir

    store = tmp_path / "store"
    shutil.copytree(seeds_store_dir(), store)
    _truncate(_part(store, "articles"))
    with dashboard_on(monkeypatch, store):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
        assert not at.exception, [e.message for e in at.exception]
        toasts = [str(t.value) for t in at.get("toast")]
        assert any("Repaired: generations/" in t and "/articles/" in t and "was damaged" in t for t in toasts), toasts
        assert verify(store) == [] and len(load_corpus(store).pages) == len(list(SEEDS.glob("*.txt")))


def test_jdash_check_reports_the_stores_health(built):
    corpus, store = built
    runner = CliRunner()
    sound = runner.invoke(main, ["check", "--store", str(store)])
    assert sound.exit_code == 0 and "sound" in sound.output
    _corrupt_data(_part(store, "articles"))
    quick = runner.invoke(main, ["check", "--quick", "--store", str(store)])
    assert quick.exit_code == 0  # the footer is sound: only reading the data finds the damage
    deep = runner.invoke(main, ["check", "--store", str(store)])
    assert deep.exit_code == 1 and "damaged: " in deep.output and "articles/" in deep.output
    assert "Traceback" not in deep.output
    assert runner.invoke(main, ["build", str(corpus), "--store", str(store)]).exit_code == 0
    assert runner.invoke(main, ["check", "--store", str(store)]).exit_code == 0
    missing = runner.invoke(main, ["check", "--store", str(store.parent / "none")])
    assert missing.exit_code == 1 and "no store at" in missing.output


def _corrupt_keeping_times(path: Path) -> None:
    """`_corrupt_data` with the file's modification time put back: what a build's record cannot see."""
    stat = path.stat()
    _corrupt_data(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_build_reads_back_only_the_files_changed_since_they_were_written(built, monkeypatch):
    corpus, store = built
    read = []
    original = pq.ParquetFile.read_row_group
    monkeypatch.setattr(pq.ParquetFile, "read_row_group", lambda self, *a, **k: read.append(1) or original(self, *a, **k))
    build([corpus], store)
    assert read == []  # every file as recorded: footers only
    target = _part(store, "records")
    _corrupt_keeping_times(target)
    assert build([corpus], store).repaired == []  # same size and time: not read back by a build …
    assert [f for f, _ in verify(store)] == [str(target)]  # … but by a verification (jdash check)
    os.utime(target)  # touched: its time no longer the recorded one
    report = build([corpus], store)
    assert len(report.repaired) == 1 and f"records/{target.name}" in report.repaired[0] and read
