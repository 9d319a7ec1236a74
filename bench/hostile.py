"""The hostile-input suite of issue 9 ("How it is judged"): each case in a fresh interpreter, with the
message jdash gives, whether every good page was stored, and the case's peak memory (the largest
resident size of the interpreter and of the processes it waited for).

    python -m bench.hostile                 # every case; a Markdown table (docs/HOSTILE.md)
    python -m bench.hostile CASE FOLDER     # one case in an empty FOLDER: one JSON line

tests/test_hostile_suite.py runs every case and asserts its message, its good pages and a generous
bound on its peak; the peaks are measured, never timed.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOOD = ("全市工作会议召开\n\n本报济宁5月7日讯（记者 张三）今天上午，全市工作会议召开。"
        "会议指出，要做好今年各项工作，全市地区生产总值增长5.1%。\n")
HEAD = "全市经济运行情况\n\n本报济宁5月7日讯（记者 张三）"
LINK = "[点我](http://evil.example)"


@dataclass(frozen=True)
class Case:
    """One hostile input: what it is, what jdash must say (a piece of the message), how to run it."""

    name: str
    what: str
    expect: str
    run: Callable[[Path], dict]


def _corpus(folder: Path, **pages: bytes) -> Path:
    """A corpus folder holding good.txt and `pages` (file name → bytes)."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in pages.items():
        (corpus / name).write_bytes(data)
    return corpus


def _stored(store: Path) -> set[str]:
    from jdash.store import load_corpus

    return set(load_corpus(store).pages["source"])


def _build_outcome(corpus: Path, store: Path, good: set[str], **options) -> dict:
    """Build `corpus`; the message is every warning (or what was stored, if none)."""
    from jdash.store import build, load_corpus

    report = build([corpus], store, **options)
    said = [f"{w.source}: {w.reason}" for w in report.warnings] + [f"repaired: {r}" for r in report.repaired]
    figures = len(load_corpus(store).figures)
    message = "; ".join(said) or f"no warning: {report.pages} pages, {report.articles} articles, {figures} figures stored"
    return {"message": message, "good": good <= _stored(store)}


def good_page(tmp: Path) -> dict:
    """One good page alone: the peak every other case is to be read against (jieba's dictionary and the
    models loaded)."""
    return _build_outcome(_corpus(tmp), tmp / "store", {"good.txt"})


def figures_page(tmp: Path) -> dict:
    """The crafted 98 KB page: 同比增长 then `1.1%、` repeated (2 min 37 s and 15.2 GB before)."""
    unit = "1.1%、"
    text = HEAD + "同比增长" + unit * ((98 * 1024 - len(HEAD.encode())) // len(unit.encode()))
    corpus = _corpus(tmp, **{"figures.txt": text.encode()})
    return _build_outcome(corpus, tmp / "store", {"good.txt", "figures.txt"})


def reporter_run(tmp: Path) -> dict:
    """600 KB of `记者 王王王…` (about 5 minutes before)."""
    corpus = _corpus(tmp, **{"reporter.txt": (HEAD + "记者 " + "王" * (600 * 1024 // 3)).encode()})
    return _build_outcome(corpus, tmp / "store", {"good.txt", "reporter.txt"})


def gbk_name(tmp: Path) -> dict:
    """A file name in GBK bytes next to a good page (the whole build crashed before)."""
    corpus = _corpus(tmp)
    (corpus / os.fsdecode("济宁日报".encode("gbk") + b".txt")).write_text(GOOD.replace("5.1", "6.1"), encoding="utf-8")
    return _build_outcome(corpus, tmp / "store", {"good.txt"})


def far_date(tmp: Path) -> dict:
    """pages.csv dating a page 0202-05-07, outside pandas' timestamps (the whole build crashed before)."""
    corpus = _corpus(tmp, **{"b.txt": GOOD.replace("5.1", "7.1").encode()})
    (corpus / "pages.csv").write_text("file,date\ngood.txt,0202-05-07\nb.txt,2022-05-08\n", encoding="utf-8")
    return _build_outcome(corpus, tmp / "store", {"good.txt", "b.txt"})


def truncated_parquet(tmp: Path) -> dict:
    """A build, one of its articles parts truncated to half, another build (crashed, or left the bad file, before)."""
    from jdash.parts import table_files
    from jdash.store import build, generation_dir, verify

    corpus = _corpus(tmp, **{"b.txt": GOOD.replace("5.1", "8.1").encode()})
    build([corpus], tmp / "store")
    table = table_files(generation_dir(tmp / "store"), "articles")[0]  # one part of the table
    with open(table, "r+b") as handle:
        handle.truncate(table.stat().st_size // 2)
    outcome = _build_outcome(corpus, tmp / "store", {"good.txt", "b.txt"})
    outcome["good"] = outcome["good"] and verify(tmp / "store") == []
    return outcome


def processes_with(marker: str) -> list[int]:
    """Pids of the processes whose environment holds `marker` (a build and everything it started)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    """Whether `condition` holds within `seconds` (asked every 50 ms)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not condition():
        time.sleep(0.05)
    return condition()


def kill_build(tmp: Path) -> dict:
    """kill -9 of `jdash build --workers 2` while its workers parse (they ran on for ever before); then a
    build stores every page."""
    pages = {f"p{i:02d}.txt": (GOOD.replace("张三", f"张{i}") * 50).encode() for i in range(40)}
    corpus = _corpus(tmp, **pages)
    marker = f"JDASH_HOSTILE={uuid.uuid4().hex}"
    env = {**os.environ, "JDASH_HOSTILE": marker.split("=")[1]}
    build = subprocess.Popen([sys.executable, "-m", "jdash.cli", "build", str(corpus), "--store", str(tmp / "store"),
                              "--workers", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: len(processes_with(marker)) >= 4, 300)  # the build, forkserver, tracker, workers
    build.send_signal(signal.SIGKILL)
    build.wait()
    killed = time.monotonic()
    wait_for(lambda: not processes_with(marker), 5)
    left, after = processes_with(marker), time.monotonic() - killed
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    outcome = _build_outcome(corpus, tmp / "store", {"good.txt", *pages})
    gone = f"no process left {after:.1f} s after kill -9" if not left else f"{len(left)} processes left after 5 s"
    return {"message": f"{gone}; the next build: {outcome['message']}", "good": outcome["good"] and not left}


def huge_zip(tmp: Path) -> dict:
    """A zip of eight 250 MiB members (each within the 256 MiB upload limit) and a good page, uploaded
    (3 MB in and 2.2 GB used before: members were unpacked whole)."""
    from jdash.store import ingest_uploads

    path = tmp / "pages.zip"
    chunk = ("今天上午，全市工作会议召开。" * 64 + "\n").encode()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for i in range(8):
            with archive.open(f"huge{i}.txt", "w", force_zip64=True) as handle:
                for _ in range(250 * 2**20 // len(chunk)):
                    handle.write(chunk)
        archive.writestr("good.txt", GOOD)
    report = ingest_uploads([("pages.zip", path.read_bytes())], tmp / "store")
    said = sorted({w.reason for w in report.warnings})
    return {"message": f"{len(report.warnings)} members refused: " + "; ".join(said),
            "good": report.added == ["good.txt"] and _stored(tmp / "store") == {"good.txt"}}


def fifo(tmp: Path) -> dict:
    """A FIFO named .txt in the corpus (the build hung before)."""
    corpus = _corpus(tmp)
    os.mkfifo(corpus / "fifo.txt")
    return _build_outcome(corpus, tmp / "store", {"good.txt"})


def formula_cell(tmp: Path) -> dict:
    """A page named `=1+2.txt` (its name is a cell of every export), exported as CSV (the cell went as is
    into the Excel-oriented CSV before)."""
    import pandas as pd
    from click.testing import CliRunner

    from jdash.cli import main

    corpus = _corpus(tmp, **{"=1+2.txt": GOOD.replace("5.1", "9.1").encode()})
    out = tmp / "articles.csv"
    done = CliRunner().invoke(main, ["export", "articles", str(corpus), "--format", "csv", "-o", str(out)])
    sources = pd.read_csv(out, encoding="utf-8-sig")["source"].tolist() if done.exit_code == 0 else []
    escaped = [s for s in sources if s.startswith("'=")]
    return {"message": f"the CSV cell reads {escaped[0]}" if escaped else f"not escaped: {sources}",
            "good": escaped == ["'=1+2.txt"] and "good.txt" in sources}


def markdown_link(tmp: Path) -> dict:
    """A Markdown link in a figure's sentence, shown in the Counties page's tooltip (a live link before)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from jdash.store import build

    page = f"泗水县经济运行良好\n\n本报泗水5月7日讯（记者 张三）今年以来，泗水县实现地区生产总值120亿元，同比增长5.1%，{LINK}。\n"
    corpus = _corpus(tmp, **{"link.txt": page.encode()})
    build([corpus], tmp / "store")
    os.environ.update(JDASH_STORE=str(tmp / "store"), JDASH_CORPUS=str(corpus))
    st.cache_data.clear()
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120).run()
    at.switch_page("pages/counties.py").run()
    helps = [m.proto.help for m in at.markdown if m.proto.help and "点我" in m.proto.help]
    raw = [h for h in helps if LINK in h]
    shown = next((h[h.index("\\[点我"):h.index("\\)", h.index("\\[点我")) + 2] for h in helps if "\\[点我" in h), "")
    return {"message": f"the tooltip reads {shown} (escaped)" if shown and not raw else f"not escaped: {helps}",
            "good": bool(shown) and not raw and not at.exception and {"good.txt", "link.txt"} <= _stored(tmp / "store")}


def over_budget(tmp: Path) -> dict:
    """A legitimate 2 MB page parsed under a 0.5 s budget (JDASH_PAGE_SECONDS; 60 s by default): the
    budget bounds whatever quadratic path is not found yet."""
    from jdash.budget import Budget

    para = "今天上午，全市工作会议召开。会议指出，全市地区生产总值增长5.1%，完成投资35.9亿元。\n\n"
    corpus = _corpus(tmp, **{"long.txt": (HEAD + para * (2 * 2**20 // len(para.encode()))).encode()})
    return _build_outcome(corpus, tmp / "store", {"good.txt"}, budget=Budget(seconds=0.5))


CASES = {case.name: case for case in (
    Case("good-page", "one good page, for reference", "no warning", good_page),
    Case("figures-98k", "the crafted 98 KB figures page", "no line breaks", figures_page),  # stored, and said to be one line
    Case("reporter-600k", "600 KB of 记者 王王王…", "no line breaks", reporter_run),
    Case("gbk-name", "a GBK file name next to a good page", "not UTF-8 (in GB18030 it reads 济宁日报.txt: rename", gbk_name),
    Case("far-date", "pages.csv with 0202-05-07", "date '0202-05-07' is not a date between 1800 and 2200", far_date),
    Case("truncated-parquet", "a truncated Parquet file, then a build", "was damaged", truncated_parquet),
    Case("kill-9", "kill -9 of a 2-worker build", "no process left", kill_build),
    Case("zip-8x250MiB", "a zip of eight 250 MiB members", "a page is at most 8 MiB", huge_zip),
    Case("fifo", "a FIFO named .txt", "not a regular file (a FIFO); skipped", fifo),
    Case("formula", "a formula cell, exported as CSV", "reads '=1+2.txt", formula_cell),
    Case("markdown-link", "a Markdown link in a sentence", "(escaped)", markdown_link),
    Case("over-budget", "a page over the per-page budget", "too complex to parse in 0.5 s", over_budget),
)}


def own_peak_mib() -> float:
    """This process's own peak resident size since its exec, in MiB: its memory map's high-water mark (VmHWM).
    `ru_maxrss` of RUSAGE_SELF is not: Linux carries over the exec the peak of the process that forked it, so a case
    started from a long pytest run read pytest's memory (1035 MiB for every case of a CI run, the pages' own ≈ 300)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mib() -> float:
    """The largest resident size of this process (its own, see own_peak_mib) and of the processes it waited for
    (their maps start from this process's, not its parent's), in MiB."""
    return max(own_peak_mib(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def measure(name: str, folder: Path, timeout: float = 900) -> dict:
    """Run case `name` in a fresh interpreter in `folder`: its message, good, peak_mib."""
    done = subprocess.run([sys.executable, "-m", "bench.hostile", name, str(folder)], capture_output=True,
                          text=True, cwd=REPO, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])})
    if done.returncode != 0:
        raise RuntimeError(f"case {name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def table(folder: Path) -> str:
    """Every case measured, as the Markdown table of docs/HOSTILE.md."""
    lines = ["| case | message (what jdash says) | good pages stored | peak memory |", "|---|---|---|---|"]
    for name, case in CASES.items():
        result = measure(name, folder / name)
        message = result["message"].replace("|", "\\|").replace(str(folder / name), "…")
        lines.append(f"| {case.what} | `{message}` | {'yes' if result['good'] else 'NO'} | {result['peak_mib']:.0f} MiB |")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    if argv:
        name, folder = argv
        Path(folder).mkdir(parents=True, exist_ok=True)
        outcome = CASES[name].run(Path(folder))
        print(json.dumps({**outcome, "peak_mib": peak_mib()}, ensure_ascii=False))
        sys.stdout.flush()
        os._exit(0)  # no atexit work (Streamlit's, the dashboard's caches) after the measurement
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jdash-hostile-") as temp:
        print(table(Path(temp)))


if __name__ == "__main__":
    main(sys.argv[1:])
