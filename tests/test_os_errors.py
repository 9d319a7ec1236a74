"""The OS's errors are one-line messages naming the file and the reason (issue 9 item 6): a name too
long for the file system, a full disk, a read-only store, an export into a missing folder, an export of
a damaged store. Never a traceback; one bad upload never stops the others; the stored tables stay."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdash import store as store_module
from jdash.cli import main
from jdash.errors import StoreError
from jdash.store import build, generation_dir, ingest_uploads, load_corpus

PAGE = ("全市工作会议召开\n\n本报济宁5月{day}日讯（记者 张三）今天上午，全市工作会议召开。会议指出，"
        "要做好今年各项工作。\n")


@pytest.fixture
def built(tmp_path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for day in (1, 2):
        (corpus / f"p{day}.txt").write_text(PAGE.format(day=day), encoding="utf-8")
    store = tmp_path / "store"
    build([corpus], store)
    return corpus, store


def _one_line_error(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: ")
    return line


def test_an_upload_whose_name_is_too_long_is_refused_and_the_rest_of_the_batch_lands(tmp_path):
    long_name = "济宁" * 50 + ".txt"  # 304 bytes in UTF-8
    assert len(long_name.encode()) > 255
    report = ingest_uploads([(long_name, PAGE.format(day=3).encode()), ("good.txt", PAGE.format(day=4).encode())],
                            tmp_path / "store")
    assert report.added == ["good.txt"]
    ((source, reason),) = [(w.source, w.reason) for w in report.warnings]
    assert source == long_name and reason.startswith("file name too long (304 bytes; at most 255)")


def test_a_full_disk_stops_the_build_with_one_line_and_keeps_the_stored_tables(built, monkeypatch):
    corpus, store = built
    before = generation_dir(store)
    (corpus / "p3.txt").write_text(PAGE.format(day=3), encoding="utf-8")

    def full(table, where, **kwargs):
        raise OSError(errno.ENOSPC, "Error writing bytes to file. Detail: [errno 28] No space left on device")

    monkeypatch.setattr(store_module.pq, "write_table", full)
    with pytest.raises(StoreError, match=r"^cannot write the store at .*: No space left on device$"):
        build([corpus], store)
    line = _one_line_error(CliRunner().invoke(main, ["build", str(corpus), "--store", str(store)]))
    assert line.endswith(": No space left on device")
    monkeypatch.undo()
    assert generation_dir(store) == before and len(load_corpus(store).pages) == 2
    assert build([corpus], store).pages == 3  # space again: the build goes on


def test_a_read_only_store_is_named_with_its_reason(built, monkeypatch):
    corpus, store = built
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and Path(path).is_relative_to(store):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    line = _one_line_error(CliRunner().invoke(main, ["build", str(corpus), "--store", str(store)]))
    assert line == f"Error: cannot write the store at {store}: lock: Read-only file system"


def test_an_export_into_a_missing_folder_says_which_file_and_why(built, tmp_path):
    _, store = built
    target = tmp_path / "missing" / "articles.csv"
    line = _one_line_error(CliRunner().invoke(main, ["export", "articles", "--format", "csv", "-o", str(target),
                                                     "--store", str(store)]))
    assert line == f"Error: cannot write {target}: No such file or directory"


def test_a_jsonl_export_of_a_damaged_store_names_the_damaged_file(built):
    _, store = built
    part = sorted((generation_dir(store) / "records").glob("0*.parquet"))[-1]
    with open(part, "r+b") as handle:
        handle.truncate(100)
    line = _one_line_error(CliRunner().invoke(main, ["export", "articles", "--format", "jsonl", "--store", str(store)]))
    assert f"records/{part.name} is damaged (Parquet magic bytes not found in footer)" in line and "jdash build" in line


def test_a_build_waiting_for_the_lock_says_so_then_gives_up_with_a_message(tmp_path, caplog):
    import fcntl

    from jdash.store import _locked

    store = tmp_path / "store"
    store.mkdir()
    holder = os.open(store / "lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(holder, fcntl.LOCK_EX)  # another build holds the store
    try:
        with caplog.at_level("WARNING", logger="jdash"), pytest.raises(StoreError, match="is busy"):
            with _locked(store, timeout=0.3):
                pass
    finally:
        os.close(holder)
    waiting = [r.getMessage() for r in caplog.records if "waiting for it" in r.getMessage()]
    assert waiting == [f"the store at {store} is in use by another build or upload: waiting for it to finish "
                       "(at most 0 s)"]
    with _locked(store, timeout=0.3):  # free again: taken without a word
        pass
    assert len([r for r in caplog.records if "waiting for it" in r.getMessage()]) == 1
