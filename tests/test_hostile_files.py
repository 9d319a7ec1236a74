"""Hostile files in a corpus folder: each bad item is reported with its reason and skipped, every
good page is stored, and nothing hangs or reads more than a page's worth of bytes.

Memory is measured in a subprocess (its peak RSS from `resource.getrusage`) against a generous bound.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from bench.hostile import processes_with, wait_for
from jdash.export import escape_formula, table_csv
from jdash.store import build, load_corpus

GOOD = ("全市工作会议召开\n\n本报济宁5月7日讯（记者 张三）今天上午，全市工作会议召开。"
        "会议指出，要做好今年各项工作。\n").encode("utf-8")
# A bound far above a build of a few small pages (~250 MB with jieba's dictionary), far below
# reading a 20 GiB file or unpacking 2 GiB of zip members.
PEAK_MIB = 1024
REPO = Path(__file__).resolve().parents[1]  # `bench` lives at the repository's root, next to `jdash`


def _build_in_subprocess(corpus: Path, store: Path, *extra: str) -> dict:
    """Build `corpus` in a fresh interpreter; its report, and its peak RSS in MiB (itself and children)."""
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(REPO)!r})
        from bench.hostile import peak_mib
        from jdash.store import build
        report = build([{str(corpus)!r}, *{list(extra)!r}], {str(store)!r})
        peak = peak_mib()
        print(json.dumps({{"pages": report.pages, "peak_mib": peak,
                          "warnings": [[w.source, w.reason] for w in report.warnings]}}))
    """)
    # The timeout only guards against a hang (a FIFO opened for reading); it is not a speed test.
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _reasons(report: dict) -> dict[str, str]:
    return {source: reason for source, reason in report["warnings"]}


def test_a_gbk_file_name_is_reported_and_the_good_page_stored(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_bytes(GOOD)
    (corpus / os.fsdecode("济宁日报".encode("gbk") + b".txt")).write_bytes(GOOD.replace(b"5", b"6"))
    report = build([corpus], tmp_path / "store")
    assert report.pages == 1
    (warning,) = report.warnings
    assert warning.source.startswith("\\xbc\\xc3\\xc4\\xfe") and warning.source.endswith(".txt")
    assert warning.reason == "file name is not UTF-8 (in GB18030 it reads 济宁日报.txt: rename the file); skipped"
    assert set(load_corpus(tmp_path / "store").articles["source"]) == {"good.txt"}


def test_a_pages_csv_with_a_far_date_and_an_unbalanced_quote_keeps_the_other_rows(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (corpus / name).write_bytes(GOOD.replace("张三".encode(), name.encode()))
    (corpus / "pages.csv").write_text('file,date,page\na.txt,0202-05-07,1\nb.txt,"2022-05-08,2\nc.txt,2022-05-09,3\n',
                                      encoding="utf-8")
    report = build([corpus], tmp_path / "store")
    assert report.pages == 3
    reasons = sorted(w.reason for w in report.warnings)
    assert reasons == ["line 2: date '0202-05-07' is not a date between 1800 and 2200; ignored",
                       "line 3: unbalanced quote or bad CSV (unexpected end of data); row ignored"]
    pages = load_corpus(tmp_path / "store").pages.set_index("source")
    assert str(pages.loc["c.txt", "issue_date"].date()) == "2022-05-09"  # the row after the bad one is read alone
    assert pages["issue_date"].isna().tolist() == [True, True, False]


def test_special_files_are_refused_without_hanging_or_reading_them(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_bytes(GOOD)
    os.mkfifo(corpus / "fifo.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    with open(corpus / "sparse.txt", "wb") as handle:
        handle.truncate(20 * 2**30)  # 20 GiB, no block on disk
    (corpus / "inside.txt").symlink_to(corpus / "good.txt")  # a link within the corpus is fine
    report = _build_in_subprocess(corpus, tmp_path / "store", str(corpus / "zero.txt"))
    reasons = _reasons(report)
    assert reasons["fifo.txt"] == "not a regular file (a FIFO); skipped"
    assert reasons["zero.txt"] == "symbolic link to a file outside the corpus folder; skipped"
    assert reasons["passwd.txt"] == "symbolic link to a file outside the corpus folder; skipped"
    assert reasons["sparse.txt"].startswith("file is 20480.0 MiB; a page is at most 8 MiB")
    assert len(report["warnings"]) == 5  # and zero.txt given directly: not a regular file
    assert [r for s, r in report["warnings"] if s.endswith("zero.txt") and "character device" in r]
    assert report["pages"] == 1  # good.txt; inside.txt has the same bytes and is kept once
    assert report["peak_mib"] < PEAK_MIB, report["peak_mib"]
    print(f"peak RSS building special files: {report['peak_mib']:.0f} MiB")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_starts_a_formula_is_escaped_in_csv(start):
    cell = f'{start}HYPERLINK("http://evil.example","点我")'
    assert escape_formula(cell) == "'" + cell
    data = table_csv(pd.DataFrame({"headline": [cell, "济宁"], "n": [-1, 2]})).decode("utf-8-sig")
    first = pd.read_csv(__import__("io").StringIO(data))
    assert first["headline"].tolist() == ["'" + cell, "济宁"]
    assert first["n"].tolist() == [-1, 2]  # numbers are not text: left alone


def test_the_cli_csv_export_escapes_formula_cells(tmp_path):
    from click.testing import CliRunner

    from jdash.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "=1+2.txt").write_bytes(GOOD)  # a file name is a cell of the export too
    out = tmp_path / "a.csv"
    result = CliRunner().invoke(main, ["export", "articles", str(corpus), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert frame["source"].tolist() == ["'=1+2.txt"]




@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM"])
def test_killing_a_two_worker_build_leaves_no_process_behind(tmp_path, sig):
    import signal
    import uuid

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):  # enough pages for the worker pool
        (corpus / f"p{i:02d}.txt").write_bytes(GOOD.replace("张三".encode(), f"张{i}".encode()) * 50)
    marker = f"JDASH_KILL_TEST={uuid.uuid4().hex}"
    env = {**os.environ, marker.split("=")[0]: marker.split("=")[1]}
    build_proc = subprocess.Popen([sys.executable, "-m", "jdash.cli", "build", str(corpus), "--store",
                                   str(tmp_path / "store"), "--workers", "2"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # The build, the forkserver, the resource tracker and two workers.
        assert wait_for(lambda: len(processes_with(marker)) >= 4, 120), processes_with(marker)
        build_proc.send_signal(getattr(signal, sig))
        build_proc.wait(timeout=30)
        assert wait_for(lambda: not processes_with(marker), 5), processes_with(marker)
    finally:
        for pid in processes_with(marker):
            os.kill(pid, signal.SIGKILL)


def _ingest_in_subprocess(zip_path: Path, store: Path) -> dict:
    """Upload `zip_path` into `store` in a fresh interpreter; its report and peak RSS in MiB."""
    script = textwrap.dedent(f"""
        import json, sys
        from pathlib import Path
        sys.path.insert(0, {str(REPO)!r})
        from bench.hostile import own_peak_mib
        from jdash.store import ingest_uploads
        report = ingest_uploads([("pages.zip", Path({str(zip_path)!r}).read_bytes())], {str(store)!r})
        peak = own_peak_mib()
        print(json.dumps({{"added": report.added, "peak_mib": peak,
                          "warnings": [[w.source, w.reason] for w in report.warnings]}}))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _zip(path: Path, members: dict[str, tuple[bytes, int]]) -> Path:
    """A zip whose members are `chunk` repeated `times` (written in a stream: never whole in memory)."""
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, (chunk, times) in members.items():
            with archive.open(name, "w", force_zip64=True) as handle:
                for _ in range(times):
                    handle.write(chunk)
    return path


def test_a_zip_of_huge_members_costs_the_memory_of_a_zip_of_one_page(tmp_path):
    """Eight 64 MiB members (within the upload limits: each under 256 MiB, 512 MiB in all) are refused
    from their declared size and never unpacked; the good page after them is kept. Before, each was
    unpacked whole and kept before the page-size check: 512 MiB more than the small zip's peak."""
    chunk = ("今天上午，全市工作会议召开。" * 64 + "\n").encode("utf-8")
    times = 64 * 2**20 // len(chunk)
    members = {f"big{i}.txt": (chunk, times) for i in range(8)}
    members["good.txt"] = (GOOD, 1)
    hostile = _ingest_in_subprocess(_zip(tmp_path / "big.zip", members), tmp_path / "store1")
    small = _ingest_in_subprocess(_zip(tmp_path / "small.zip", {"good.txt": (GOOD, 1)}), tmp_path / "store2")
    assert hostile["added"] == ["good.txt"] == small["added"]
    reasons = _reasons(hostile)
    assert sorted(reasons) == [f"pages.zip/big{i}.txt" for i in range(8)]
    assert all(r.startswith("file is 64.0 MiB; a page is at most 8 MiB") for r in reasons.values())
    ratio = hostile["peak_mib"] / small["peak_mib"]
    print(f"peak RSS: zip of 8 × 64 MiB {hostile['peak_mib']:.0f} MiB, zip of one page {small['peak_mib']:.0f} MiB")
    assert ratio < 1.3, (hostile["peak_mib"], small["peak_mib"])


def test_a_member_larger_than_it_declares_is_read_no_further_than_a_page(tmp_path):
    """A header may lie (1 MiB declared, 9 MiB inside): the member is read no further than it declares,
    its checksum then fails and it is refused; the others are kept."""
    import zipfile

    from jdash.settings import load_settings
    from jdash.store import _zip_pages

    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("liar.txt", b"a" * 9 * 2**20)
        archive.writestr("good.txt", GOOD)
    data = bytearray(path.read_bytes())
    # The central directory's entry (PK\1\2, name at +46) declares the uncompressed size at +24.
    entry = data.index(b"PK\x01\x02")
    assert data[entry + 46 : entry + 54] == b"liar.txt"
    assert int.from_bytes(data[entry + 24 : entry + 28], "little") == 9 * 2**20
    data[entry + 24 : entry + 28] = (2**20).to_bytes(4, "little")
    refused = []
    pages = list(_zip_pages("liar.zip", bytes(data), load_settings(), refused))
    assert [source for source, _ in pages] == ["good.txt"]
    ((where, reason),) = [(w.source, w.reason) for w in refused]
    assert where == "liar.zip/liar.txt"
    print(reason)
    assert reason.startswith("skipped: cannot be unpacked (Bad CRC-32"), reason  # read to its declared size only
