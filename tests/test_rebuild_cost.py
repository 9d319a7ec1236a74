"""What a rebuild of a big corpus skips (issue 11 item 4): unchanged page files are not read again
(their hashes are kept with their files' stamps), and page discovery finds each file's real path
from its folder's. No timings: what is read, and that the results are those of the full work."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from jdash import pipeline, store
from jdash.pipeline import real_path

PAGE = "{title}\n\n本报济宁5月{day}日讯（记者 张三）今天上午，{title}。会议指出，全市地区生产总值增长5.{day}%。\n"
TITLES = ("全市工作会议召开", "全市项目建设推进会召开", "全市安全生产会议召开")


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for day, title in enumerate(TITLES, start=1):
        (folder / f"p{day}.txt").write_text(PAGE.format(title=title, day=day), encoding="utf-8")
    monkeypatch.setattr(pipeline, "RACY_NS", 0)  # the pages are as good as old (the racy case has its test)
    return folder


def _counting(monkeypatch) -> list[str]:
    read: list[str] = []
    original = store.read_page_bytes
    monkeypatch.setattr(store, "read_page_bytes", lambda path, source, *a: read.append(source) or original(path, source, *a))
    return read


def test_unchanged_pages_are_not_read_again(corpus, tmp_path, monkeypatch):
    store.build([corpus], tmp_path / "store")
    read = _counting(monkeypatch)
    report = store.build([corpus], tmp_path / "store")
    assert read == [] and (report.parsed, report.reused) == (0, 3)


def test_a_page_rewritten_with_its_size_and_time_put_back_is_read_and_parsed_again(corpus, tmp_path, monkeypatch):
    store.build([corpus], tmp_path / "store")
    page = corpus / "p2.txt"
    info = page.stat()
    page.write_text(page.read_text(encoding="utf-8").replace("5.2%", "5.9%"), encoding="utf-8")
    os.utime(page, ns=(info.st_atime_ns, info.st_mtime_ns))  # the change time still moves
    assert page.stat().st_size == info.st_size
    read = _counting(monkeypatch)
    report = store.build([corpus], tmp_path / "store")
    assert set(read) == {"p2.txt"} and (report.parsed, report.reused) == (1, 2)  # hashed, then parsed


def test_a_page_read_just_after_it_was_written_is_read_again_next_time(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "RACY_NS", 60_000_000_000)  # every page changed within the last minute: racy
    store.build([corpus], tmp_path / "store")
    read = _counting(monkeypatch)
    store.build([corpus], tmp_path / "store")
    assert sorted(read) == ["p1.txt", "p2.txt", "p3.txt"]


def test_a_big_record_is_not_written_again_for_a_few_pages_which_are_read_again_instead(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(store, "_HASHES_SMALL", 0)  # every record is big
    monkeypatch.setattr(store, "_HASHES_SLACK", 0.9)  # and one page in three is a few
    store.build([corpus], tmp_path / "store")
    record = tmp_path / "store" / store._HASHES
    written = record.stat().st_mtime_ns, record.stat().st_ino
    page = corpus / "p2.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("5.2%", "5.9%"), encoding="utf-8")
    assert store.build([corpus], tmp_path / "store").parsed == 1
    assert (record.stat().st_mtime_ns, record.stat().st_ino) == written  # not written again
    read = _counting(monkeypatch)
    report = store.build([corpus], tmp_path / "store")
    assert read == ["p2.txt"] and (report.parsed, report.reused) == (0, 3)  # read again, not parsed again


def test_real_paths_from_folders_equal_the_full_resolution(tmp_path):
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "sub" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(real, target_is_directory=True)
    (real / "b.txt").symlink_to(real / "sub" / "a.txt")
    dirs: dict[str, str] = {}
    for path in (tmp_path / "linked" / "sub" / "a.txt", tmp_path / "linked" / "b.txt", real / "sub" / ".." / "b.txt",
                 tmp_path / "linked" / "missing.txt", real / "sub" / ".."):
        assert real_path(path, dirs) == os.path.realpath(path), path
    pages, _ = pipeline.discover_pages([tmp_path / "linked"])
    assert [p.source for p in pages] == ["b.txt", "sub/a.txt"]


def test_one_walk_finds_links_folders_and_pages_csv_rows_as_the_full_resolution_does(tmp_path):
    """Discovery takes a listed plain file's real path from its folder's (no lstat of its own); links,
    links to folders, fifos and nested pages.csv files still come out as resolving every path gives."""
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt"):
        (corpus / name).write_text("x", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("x", encoding="utf-8")
    (corpus / "link.txt").symlink_to(corpus / "sub" / "b.txt")
    (corpus / "out.txt").symlink_to(tmp_path / "outside.txt")
    (corpus / "linkdir").symlink_to(corpus / "sub", target_is_directory=True)
    os.mkfifo(corpus / "fifo.txt")
    (corpus / "pages.csv").write_text("file,date\na.txt,2021-01-01\nlink.txt,2021-01-02\nsub//b.txt,2021-01-03\n",
                                      encoding="utf-8")
    (corpus / "sub" / "pages.csv").write_text("file,date\n./b.txt,2021-01-04\n", encoding="utf-8")
    real = pipeline.RealPaths()
    pages, warnings = pipeline.discover_pages([corpus], real)
    assert [(p.source, p.meta.date) for p in pages] == [("a.txt", "2021-01-01"), ("link.txt", "2021-01-04"),
                                                        ("sub/b.txt", "2021-01-04")]  # the deeper row wins
    assert sorted(w.source for w in warnings) == ["fifo.txt", "out.txt"]
    assert [real(p.path) for p in pages] == [os.path.realpath(p.path) for p in pages]
    assert real.known and all(not os.path.islink(p) for p in real.known)  # plain files only: no link's own path


def test_pages_csv_rows_read_without_the_csv_module_equal_the_csv_modules(tmp_path):
    """A pages.csv without quotes is split at commas; with them, each line goes through `csv`: the same rows."""
    text = "file,date,page,paper\na.txt,2022-05-08,A1,济宁日报\n\n , ,\nsub\\b.txt,2022年5月9日,,\n,2022-01-01\n"
    plain, _ = pipeline.parse_pages_csv(text.encode("utf-8"), "pages.csv")
    quoted, _ = pipeline.parse_pages_csv(text.replace("济宁日报", '"济宁日报"').encode("utf-8"), "pages.csv")
    assert plain == quoted and set(plain) == {"a.txt", "sub/b.txt"}
    assert plain["a.txt"] == pipeline.PageMeta("2022-05-08", "A1", "济宁日报")


def _csv(corpus: Path, dates: tuple[str, ...]) -> Path:
    path = corpus / "pages.csv"
    rows = "".join(f"p{i}.txt,{d},0{i},济宁日报\n" for i, d in enumerate(dates, start=1))
    path.write_text("file,date,page,paper\n" + rows, encoding="utf-8")
    return path


def _csv_reads(monkeypatch) -> list[str]:
    read: list[str] = []
    original = pipeline.parse_pages_csv
    monkeypatch.setattr(pipeline, "parse_pages_csv", lambda data, source: read.append(source) or original(data, source))
    return read


def test_an_unchanged_pages_csv_is_not_read_again_and_gives_the_same_rows(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "RACY_NS", 0)
    _csv(corpus, ("2022-05-01", "2022-05-02", "2022年5月3日"))
    first = store.build([corpus], tmp_path / "store")
    reads = _csv_reads(monkeypatch)
    second = store.build([corpus], tmp_path / "store")
    assert reads == [] and (second.parsed, second.reused) == (0, 3)
    # The kept rows are those a reading gives: the same pages, keys and dates as a discovery without them.
    kept = pipeline.CsvRows(store._known_csv_rows(tmp_path / "store"))
    assert pipeline.discover_pages([corpus], csv_rows=kept) == pipeline.discover_pages([corpus])
    assert [p.meta.date for p in pipeline.discover_pages([corpus], csv_rows=kept)[0]] == ["2022-05-01", "2022-05-02",
                                                                                          "2022-05-03"]
    assert first.pages == second.pages == 3


def test_a_changed_pages_csv_is_read_again_and_dates_its_pages_anew(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "RACY_NS", 0)
    path = _csv(corpus, ("2022-05-01", "2022-05-02", "2022-05-03"))
    store.build([corpus], tmp_path / "store")
    info = path.stat()
    _csv(corpus, ("2022-05-01", "2022-05-09", "2022-05-03"))  # the same size
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # and time put back: the change time still moves
    reads = _csv_reads(monkeypatch)
    report = store.build([corpus], tmp_path / "store")
    assert reads == [str(path)] and (report.parsed, report.reused) == (1, 2)
    dated = store.load_corpus(tmp_path / "store").pages.set_index("source")["issue_date"]
    assert dated["p2.txt"].date().isoformat() == "2022-05-09"


def test_a_pages_csv_with_warnings_or_just_written_is_read_every_time(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "RACY_NS", 0)
    path = _csv(corpus, ("2022-05-01", "0202-05-02", "2022-05-03"))  # a date out of range: a warning
    store.build([corpus], tmp_path / "store")
    reads = _csv_reads(monkeypatch)
    report = store.build([corpus], tmp_path / "store")
    assert reads == [str(path)] and any("0202-05-02" in w.reason for w in report.warnings)
    _csv(corpus, ("2022-05-01", "2022-05-02", "2022-05-03"))
    monkeypatch.setattr(pipeline, "RACY_NS", 60_000_000_000)  # written within the last minute: racy
    store.build([corpus], tmp_path / "store")
    store.build([corpus], tmp_path / "store")
    assert reads == [str(path)] * 3


def test_kept_pages_csv_rows_read_back_as_written_one_meta_per_distinct_row(tmp_path):
    """`_known_csv_rows` (rows told apart by codes, not looked up one by one) gives back what `_save_csv_rows`
    wrote: several csv files, empty cells, rows repeated across files (one `PageMeta` each)."""
    rnd = random.Random(3)
    kept = {f"/c/{i}/pages.csv": ((i, i + 1, i + 2, i + 3), {
        f"f{j}.txt": pipeline.PageMeta(rnd.choice([None, "2020-01-01", "2021-02-03"]), rnd.choice([None, "1", "2"]),
                                       rnd.choice([None, "济宁日报"])) for j in range(rnd.randint(1, 30))}) for i in range(7)}
    (tmp_path / "tmp").mkdir()
    store._save_csv_rows(tmp_path, kept)
    back = store._known_csv_rows(tmp_path)
    assert back == kept
    metas = [meta for _, rows in back.values() for meta in rows.values()]
    assert len({id(m) for m in metas}) == len(set(metas)) < len(metas)
