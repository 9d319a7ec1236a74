"""Uploading pages: .txt files and zips land in the store; hostile zips land nothing outside it."""

from __future__ import annotations

import dataclasses
import io
import stat
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from jdash.settings import load_settings
from jdash.store import build, ingest_uploads, load_corpus

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def _files_outside(root: Path, store: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_relative_to(store)]


def _zip(members: dict[str, bytes], symlinks: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return buffer.getvalue()


def test_uploaded_pages_land_in_the_store_and_survive_a_rebuild(tmp_path):
    store = tmp_path / "store"
    build([SEEDS[0]], store)
    report = ingest_uploads([(SEEDS[1].name, SEEDS[1].read_bytes()), (SEEDS[2].name, SEEDS[2].read_bytes())], store)
    assert report.added == [SEEDS[1].name, SEEDS[2].name]
    assert (report.parsed, report.pages, report.warnings) == (2, 3, [])
    assert set(load_corpus(store).pages["source"]) == {s.name for s in SEEDS[:3]}
    # Kept in the store, content-addressed.
    saved = sorted(p.name for p in (store / "uploads").rglob("*.txt"))
    assert saved == [SEEDS[1].name, SEEDS[2].name]
    # A later build of the corpus folder keeps them; nothing is parsed again.
    report = build([SEEDS[0]], store)
    assert (report.parsed, report.reused, report.pages) == (0, 3, 3)


def test_the_same_content_is_kept_once(tmp_path):
    store = tmp_path / "store"
    build([SEEDS[0]], store)
    report = ingest_uploads([("again.txt", SEEDS[0].read_bytes()), ("p1.txt", SEEDS[1].read_bytes()),
                             ("p1-copy.txt", SEEDS[1].read_bytes())], store)
    assert report.added == ["p1.txt"]
    assert report.duplicates == [("again.txt", SEEDS[0].name), ("p1-copy.txt", "p1.txt")]
    report = ingest_uploads([("p1.txt", SEEDS[1].read_bytes())], store)
    assert (report.added, report.parsed, report.pages) == ([], 0, 2)
    assert report.duplicates == [("p1.txt", "p1.txt")]
    assert len(list((store / "uploads").rglob("*.txt"))) == 2


def test_a_zip_of_pages_lands(tmp_path):
    store = tmp_path / "store"
    data = _zip({"2022/p1.txt": SEEDS[1].read_bytes(), "2022/p2.txt": SEEDS[2].read_bytes(),
                 "__MACOSX/2022/._p1.txt": b"\x00\x05\x16\x07", "readme.md": b"# pages"})
    report = ingest_uploads([("pages.zip", data)], store)
    assert report.added == ["2022/p1.txt", "2022/p2.txt"]
    assert [(w.source, w.reason) for w in report.warnings] == [("pages.zip/readme.md", "skipped: not a .txt page")]
    assert set(load_corpus(store).pages["source"]) == {"2022/p1.txt", "2022/p2.txt"}


def test_a_zips_unusable_pages_are_named_with_their_zip(tmp_path):
    """An empty or binary member was reported as `k/blank.txt: empty file`, unlike every other refusal of a
    member (`pages.zip/readme.md`): with two zips, which one held it was not said."""
    store = tmp_path / "store"
    data = _zip({"k/blank.txt": b"", "k/noise.txt": b"\x00\x01\x02\xff" * 50, "k/good.txt": SEEDS[1].read_bytes()})
    report = ingest_uploads([("second.zip", data), ("empty.txt", b"")], store)
    reasons = {w.source: w.reason for w in report.warnings}
    assert reasons["second.zip/k/blank.txt"] == "empty file"
    assert reasons["second.zip/k/noise.txt"].startswith("binary file")
    assert reasons["empty.txt"] == "empty file"
    assert report.added == ["k/good.txt"]


def test_a_page_named_as_a_stored_one_with_other_text_is_said_to_carry_its_hash(tmp_path):
    """The second zip's k/k01.txt (other text) was added as `k/k01~98b222f1.txt`, with nothing saying why."""
    from jdash.store import given_its_hash

    store = tmp_path / "store"
    first = ingest_uploads([("a.zip", _zip({"k/k01.txt": SEEDS[1].read_bytes()}))], store)
    second = ingest_uploads([("b.zip", _zip({"k/k01.txt": SEEDS[2].read_bytes()}))], store)
    assert first.added == ["k/k01.txt"] and not given_its_hash(first.added[0])
    assert len(second.added) == 1 and second.added[0].startswith("k/k01~") and given_its_hash(second.added[0])


def test_zip_with_escaping_paths_and_links_writes_nothing_outside_the_store(tmp_path):
    store = tmp_path / "inside" / "store"
    data = _zip({"../evil.txt": SEEDS[0].read_bytes(), "../../evil2.txt": SEEDS[0].read_bytes(),
                 "/etc/evil3.txt": SEEDS[0].read_bytes(), "a/../../evil4.txt": SEEDS[0].read_bytes(),
                 "good.txt": SEEDS[1].read_bytes()},
                symlinks={"link.txt": "/etc/passwd"})
    report = ingest_uploads([("../../bad.zip", data)], store)
    reasons = {w.source: w.reason for w in report.warnings}
    assert reasons == {
        "bad.zip/../evil.txt": "skipped: unsafe path (absolute or with '..')",
        "bad.zip/../../evil2.txt": "skipped: unsafe path (absolute or with '..')",
        "bad.zip//etc/evil3.txt": "skipped: unsafe path (absolute or with '..')",
        "bad.zip/a/../../evil4.txt": "skipped: unsafe path (absolute or with '..')",
        "bad.zip/link.txt": "skipped: symbolic link",
    }
    assert report.added == ["good.txt"]
    assert _files_outside(tmp_path, store) == []
    assert not any("evil" in p.name for p in store.rglob("*"))


def test_a_plain_upload_name_with_a_path_is_reduced_to_its_name(tmp_path):
    store = tmp_path / "inside" / "store"
    report = ingest_uploads([("../../../x/page.txt", SEEDS[0].read_bytes()),
                             ("..\\..\\win.txt", SEEDS[1].read_bytes())], store)
    assert report.added == ["page.txt", "win.txt"]
    assert _files_outside(tmp_path, store) == []


def test_zip_bomb_is_refused(tmp_path):
    store = tmp_path / "store"
    limits = dataclasses.replace(load_settings({}), max_unzipped_bytes=20 * 2**20)
    bomb = _zip({f"p{i}.txt": b"0" * (8 * 2**20) for i in range(4)})  # 32 MiB of zeros in ~130 KB
    assert len(bomb) < 200_000
    report = ingest_uploads([("bomb.zip", bomb)], store, settings=limits)
    assert [(w.source, w.reason) for w in report.warnings] == [
        ("bomb.zip", "zip refused: it would unpack to 33,554,432 bytes, more than the limit of 20,971,520 "
                     "(a zip bomb?)")]
    assert report.added == []
    assert list((store / "uploads").rglob("*.txt")) == []


def test_zip_member_that_unpacks_past_its_declared_size_is_refused(tmp_path):
    # The header claims 1 KB; the data inflates to 8 MiB.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("liar.txt", b"0" * (8 * 2**20))
    real_size = (8 * 2**20).to_bytes(4, "little")
    assert buffer.getvalue().count(real_size) == 2  # in the local header and the central directory
    data = buffer.getvalue().replace(real_size, (1024).to_bytes(4, "little"))
    report = ingest_uploads([("liar.zip", data)], tmp_path / "store")
    assert report.added == []
    assert len(report.warnings) == 1
    assert report.warnings[0].source == "liar.zip/liar.txt"
    assert report.warnings[0].reason.startswith("skipped: cannot be unpacked")


def test_too_many_members_or_too_large_files_are_refused(tmp_path):
    store = tmp_path / "store"
    limits = dataclasses.replace(load_settings({}), max_zip_files=3, max_upload_bytes=50_000)
    many = _zip({f"p{i}.txt": b"x" for i in range(4)})
    report = ingest_uploads([("many.zip", many), ("big.txt", b"x" * 50_001)], store, settings=limits)
    assert [(w.source, w.reason) for w in report.warnings] == [
        ("many.zip", "zip refused: 4 members, more than the limit of 3"),
        ("big.txt", "too large (50,001 bytes; the limit is 50,000)"),
    ]


def test_files_that_are_not_pages_are_refused_with_reasons(tmp_path):
    store = tmp_path / "store"
    report = ingest_uploads([("empty.txt", b""), ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00"),
                             ("tool.exe", b"MZ\x90\x00"), ("broken.zip", b"PK\x03\x04 not really"),
                             ("weather.txt", "今日 晴\n".encode()), ("ok.txt", SEEDS[0].read_bytes())], store)
    reasons = {w.source: w.reason for w in report.warnings}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["image.txt"].startswith("binary file")
    assert reasons["tool.exe"] == "not a .txt page, a .zip of pages or a pages.csv"
    assert reasons["broken.zip"].startswith("not a readable zip file")
    assert reasons["weather.txt"] == "no articles found"
    assert report.added == ["ok.txt", "weather.txt"]
    assert set(load_corpus(store).articles["source"]) == {"ok.txt"}


_UPLOAD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from jdash.store import ingest_uploads
    go = Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.005)
    files = [(Path(p).name, Path(p).read_bytes()) for p in sys.argv[3:]]
    report = ingest_uploads(files, sys.argv[1])
    print(len(report.added))
""")


def test_two_processes_uploading_at_once_both_land(tmp_path):
    store = tmp_path / "store"
    build([SEEDS[0]], store)
    go = tmp_path / "go"
    batches = [[], []]
    for i in range(12):
        page = tmp_path / "pages" / f"u{i:02d}.txt"
        page.parent.mkdir(exist_ok=True)
        page.write_bytes(SEEDS[i % 5].read_bytes() + b"\n" * (i + 1))
        batches[i % 2].append(str(page))
    processes = [subprocess.Popen([sys.executable, "-c", _UPLOAD, str(store), str(go), *batch],
                                  stdout=subprocess.PIPE, text=True) for batch in batches]
    go.touch()
    outputs = [p.communicate(timeout=300)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0]
    assert [int(out) for out in outputs] == [6, 6]
    sources = set(load_corpus(store).pages["source"])
    assert sources == {SEEDS[0].name} | {f"u{i:02d}.txt" for i in range(12)}


PAGE_A = "本报泗水6月13日讯（记者 周七）今天，全县重点工作推进会召开。\n\n泗水县召开重点工作推进会\n"
PAGE_B = "本报嘉祥3月4日讯（记者 吴十）今天，全县春季植树活动启动。\n\n嘉祥县启动春季植树\n"


def _dates(store: Path) -> dict[str, tuple[str, str]]:
    pages = load_corpus(store).pages
    return {row.source: (str(row.issue_date.date()) if row.issue_date == row.issue_date else None, row.date_source)
            for row in pages.itertuples()}


def test_a_pages_csv_inside_an_uploaded_zip_dates_its_pages_and_survives_a_rebuild(tmp_path):
    store = tmp_path / "store"
    csv = "file,date,page\n2019/a.txt,2019-06-14,3\nb.txt,2016年3月5日,1\n".encode()
    report = ingest_uploads([("batch.zip", _zip({"pages.csv": csv, "2019/a.txt": PAGE_A.encode(),
                                                 "b.txt": PAGE_B.encode()}))], store)
    assert sorted(report.added) == ["2019/a.txt", "b.txt"] and report.warnings == []
    expected = {"2019/a.txt": ("2019-06-14", "pages.csv"), "b.txt": ("2016-03-05", "pages.csv")}
    assert _dates(store) == expected
    arts = load_corpus(store).articles.set_index("source")
    assert str(arts.at["2019/a.txt", "event_date"].date()) == "2019-06-13"
    build([], store)  # a rebuild from the store's uploads alone keeps the user's dates
    assert _dates(store) == expected


def test_a_pages_csv_uploaded_beside_the_pages(tmp_path):
    store = tmp_path / "store"
    report = ingest_uploads([("a.txt", PAGE_A.encode()), ("pages.csv", b"file,date\na.txt,2021-06-14\n"),
                             ("b.txt", PAGE_B.encode())], store)
    assert sorted(report.added) == ["a.txt", "b.txt"]
    assert _dates(store) == {"a.txt": ("2021-06-14", "pages.csv"), "b.txt": (None, "unknown")}


def test_an_uploaded_pages_csv_row_that_dates_no_page_is_reported(tmp_path):
    """A row whose file is not in the upload (misspelt, or a pages.csv sent without its pages) was
    dropped in silence, so the user believed the page dated: it is now listed with its csv."""
    store = tmp_path / "store"
    csv = b"file,date\na.txt,2019-06-14\nmissing.txt,2020-01-01\n"
    report = ingest_uploads([("batch.zip", _zip({"pages/pages.csv": csv, "pages/a.txt": PAGE_A.encode()}))], store)
    assert report.added == ["pages/a.txt"]
    assert [(w.source, w.reason) for w in report.warnings] == [
        ("batch.zip/pages/pages.csv", "missing.txt: no page of this upload by that name was kept; row unused")]
    assert _dates(store)["pages/a.txt"] == ("2019-06-14", "pages.csv")
    report = ingest_uploads([("pages.csv", b"file,date\nb.txt,2018-03-05\n")], store)
    assert [(w.source, w.reason.split(":")[0]) for w in report.warnings] == [("pages.csv", "b.txt")]
    report = ingest_uploads([("pages.csv", b"file,date\nb.txt,2018-03-05\n"), ("b.txt", PAGE_B.encode())], store)
    assert report.warnings == [] and _dates(store)["b.txt"] == ("2018-03-05", "pages.csv")


def test_a_bad_row_of_an_uploaded_pages_csv_is_reported_and_the_rest_used(tmp_path):
    store = tmp_path / "store"
    csv = b"file,date\na.txt,2019-13-45\nb.txt,2018-03-05\n"
    report = ingest_uploads([("batch.zip", _zip({"pages.csv": csv, "a.txt": PAGE_A.encode(),
                                                 "b.txt": PAGE_B.encode()}))], store)
    assert [(w.source, w.reason.split(":")[0]) for w in report.warnings] == [("batch.zip/pages.csv", "line 2")]
    assert _dates(store)["b.txt"] == ("2018-03-05", "pages.csv")


def test_the_pages_added_are_listed_by_name_whatever_the_order_uploaded(tmp_path):
    store = tmp_path / "store"
    report = ingest_uploads([(f"p{n}.txt", SEEDS[i].read_bytes()) for i, n in enumerate((3, 1, 4, 2))], store)
    assert report.added == ["p1.txt", "p2.txt", "p3.txt", "p4.txt"]  # it was p3, p1, p4, p2
