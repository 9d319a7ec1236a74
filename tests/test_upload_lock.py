"""An upload parses its pages without the store's lock (issue 9): another upload or build waits only
for the short merge and commit, never for minutes of parsing."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from jdash.store import ingest_uploads, load_corpus

PAGE = ("{title}\n\n本报济宁5月{day}日讯（记者 张三）今天上午，{title}。会议指出，要做好今年各项工作。\n")


def _lock_is_free(store: Path) -> bool:
    fd = os.open(store / "lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # releases it again
    return True


def test_another_upload_lands_while_an_upload_is_parsing(tmp_path):
    store = tmp_path / "store"
    first = [(f"a{day}.txt", PAGE.format(title="全市工作会议召开", day=day).encode()) for day in (1, 2, 3)]
    second = [("b.txt", PAGE.format(title="全市项目建设推进会召开", day=9).encode())]
    seen: list[tuple[int, bool]] = []
    inner = []

    def progress(done: int, total: int) -> None:
        seen.append((done, _lock_is_free(store)))
        if done and seen[-1][1] and not inner:  # mid-parse: a second upload comes in, and lands at once
            inner.append(ingest_uploads(second, store))

    report = ingest_uploads(first, store, progress=progress)
    assert seen and all(free for _, free in seen), seen  # the lock was never held while parsing
    assert inner[0].added == ["b.txt"] and inner[0].parsed == 1
    assert sorted(report.added) == ["a1.txt", "a2.txt", "a3.txt"] and report.parsed == 3
    assert sorted(load_corpus(store).pages["source"]) == ["a1.txt", "a2.txt", "a3.txt", "b.txt"]


def test_a_page_uploaded_twice_at_once_is_stored_once(tmp_path):
    store = tmp_path / "store"
    page = [("same.txt", PAGE.format(title="全市工作会议召开", day=4).encode())]
    inner = []

    def progress(done: int, total: int) -> None:
        if done and not inner and _lock_is_free(store):
            inner.append(ingest_uploads(page, store))

    report = ingest_uploads(page, store, progress=progress)
    assert inner, "the lock was held while parsing"
    assert inner[0].added == ["same.txt"]
    assert report.added == [] and report.duplicates == [("same.txt", "same.txt")]
    assert load_corpus(store).pages["source"].tolist() == ["same.txt"]
