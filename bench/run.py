"""jdash's benchmark: one command, a table on stdout, and docs/PERFORMANCE.md.

    python -m bench.run --pages 300,3000 [--big 14300 [--big-build-only]] [--corpora DIR] [--out docs/PERFORMANCE.md]

For each corpus size it generates pages from the seeds (`bench.corpus`; `--text fresh`, the default,
rewords the seeds' sentences so that text does not repeat across pages, as on real pages; `--text seeds`
keeps them, as every run before 7 December 18:00 did; `--corpora` reuses an earlier run's), then runs, each in a fresh process (`bench.tasks`) whose process tree is sampled
for memory:

- the floors: read, decode and plain `jieba.lcut` every page, with 1 and with 2 processes; the
  same with rjieba's `cut` (the jieba-rs binding jdash segments with);
- a cold `jdash.store.build` with 1 and with 2 workers (build ÷ each floor at the same process
  count; 1-worker time ÷ 2-worker time is the speed-up);
- a rebuild with nothing changed, and one after a single page changed (÷ the cold 1-worker build);
- peak memory: the largest sum, over the build's processes, of their proportional set size
  (`Pss` in /proc/PID/smaps_rollup, so pages shared by forked workers count once), sampled
  every 200 ms; per 1,000 pages, and between sizes;
- with `--big N`, only the 2-worker floors and build (and a one-page rebuild) at N pages; with
  `--big-build-only`, the build and the rebuild alone.

Then the dashboard: every page's view (`jdash.views`, what the page renders) on the largest
store built, in a fresh process: the first call and the median of `--repeat` warm calls,
unfiltered and filtered, the first page shown after opening the store, and the process's memory
after all of it. Misses get a cProfile; `bench/status.md` (the targets' status, at the top) and
`bench/notes.md` (the written analysis, at the end) are copied into the report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Self

from bench.corpus import REPO, change_page

TARGETS = {
    "build_floor": 0.5,  # build time ≤ 0.5 × the jieba floor (issue 11)
    "build_rfloor": 10.0,  # build time ≤ 10 × the rjieba floor (issue 11)
    "speedup": 1.7,  # 2 workers ≥ 1.7 × faster than 1
    "rebuild": 0.10,  # one-page rebuild ≤ 10 % of the cold 300-page build
    "query_ms": 300.0,  # each page's main query ≤ 300 ms
    "page_ms": 1000.0,  # each page's whole view ≤ 1 s, warm (issue 11)
}
NOTES = Path(__file__).with_name("notes.md")
STATUS = Path(__file__).with_name("status.md")  # the targets' status table, kept by hand: the report's top
SAMPLE_SECONDS = 0.2
# Where the measured processes import jdash and bench from: a snapshot taken when the run starts,
# so that edits to the working tree during a run (which change every page's store key) cannot
# mix two versions of the code into one set of figures.
_SRC: Path = REPO
_QUIET_WAIT = 0.0  # seconds to wait, before each measured process, for the machine to be idle


# ---------------------------------------------------------------------------- memory of a process tree


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # pid (comm) state ppid …: comm may hold spaces and parentheses, so split after the last ')'.
        ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _cpu_ticks(pid: int) -> int:
    """utime + stime of one process, in clock ticks."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return 0
    fields = stat[stat.rfind(b")") + 2:].split()
    return int(fields[11]) + int(fields[12])


def _memory_kb(pid: int) -> int:
    """Proportional set size of one process (resident size where smaps_rollup is missing)."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", b"Pss:"), (f"/proc/{pid}/status", b"VmRSS:")):
        try:
            with open(path, "rb") as fh:
                for line in fh:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


class TreeSampler:
    """Samples the summed memory of a process and its descendants; `peak_mb` is the largest sum."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak_kb = 0
        self.processes = 1
        self._ticks: dict[int, int] = {}
        self._depth: dict[int, int] = {}  # 0 the measured process, 1 its children (forkserver), 2 theirs (workers)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.available = Path("/proc/self/stat").exists()

    def __enter__(self) -> Self:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            kids = _children_map()
            tree, todo = [], [(self.pid, 0)]
            while todo:
                pid, depth = todo.pop()
                tree.append(pid)
                self._depth.setdefault(pid, depth)
                todo.extend((kid, depth + 1) for kid in kids.get(pid, []))
            total = sum(_memory_kb(pid) for pid in tree)
            for pid in tree:
                self._ticks[pid] = max(self._ticks.get(pid, 0), _cpu_ticks(pid))
            self.peak_kb = max(self.peak_kb, total)
            self.processes = max(self.processes, len(tree))
            self._stop.wait(SAMPLE_SECONDS)

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024

    @property
    def cpu_seconds(self) -> float:
        """CPU time of the tree's processes, as last sampled (a process that ends between two
        samples loses up to one interval)."""
        return sum(self._ticks.values()) / os.sysconf("SC_CLK_TCK")

    @property
    def path_cpu_seconds(self) -> float:
        """The CPU time of the longest chain of work, what the wall time would be on idle cores with
        perfect overlap nowhere else: the measured process and its children (the forkserver, which
        imports and warms the pipeline before any worker runs) one after the other, plus the
        busiest of the processes below them (the workers, which run side by side)."""
        serial = sum(t for pid, t in self._ticks.items() if self._depth.get(pid, 0) <= 1)
        busiest = max((t for pid, t in self._ticks.items() if self._depth.get(pid, 0) >= 2), default=0)
        return (serial + busiest) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------------------- running tasks


class TaskError(RuntimeError):
    pass


def _busy_seconds() -> float | None:
    """CPU seconds the whole machine has spent busy (all cores), from /proc/stat."""
    try:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def busy_cores(seconds: float = 2.0) -> float | None:
    """Cores the machine keeps busy over a short window (other processes, when we are idle)."""
    before = _busy_seconds()
    time.sleep(seconds)
    after = _busy_seconds()
    return None if before is None or after is None else (after - before) / seconds


def wait_for_quiet(limit: float, threshold: float = 0.3) -> float | None:
    """Wait up to `limit` seconds for other processes to leave the CPUs (fewer than `threshold`
    busy cores); returns the busy cores last seen."""
    deadline = time.monotonic() + limit
    busy = busy_cores() if limit > 0 else None
    while busy is not None and busy >= threshold and time.monotonic() < deadline:
        time.sleep(5)
        busy = busy_cores()
    return busy


def run_task(*args: str, timeout: float | None = None) -> dict:
    """Run `python -m bench.tasks ARGS` in a fresh process; its JSON result plus `peak_mb`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(_SRC), os.environ.get("PYTHONPATH")]))}
    if _QUIET_WAIT > 0:
        before = wait_for_quiet(_QUIET_WAIT)
        if before is not None and before >= 0.3:
            _log(f"  (other processes keep {before:.1f} cores busy; measuring anyway)")
    started, busy0 = time.perf_counter(), _busy_seconds()
    proc = subprocess.Popen([sys.executable, "-m", "bench.tasks", *args], cwd=_SRC, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid) as sampler:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise TaskError(f"bench.tasks {' '.join(args)} took more than {timeout:.0f} s") from None
    if proc.returncode != 0:
        raise TaskError(f"bench.tasks {' '.join(args)} failed ({proc.returncode}):\n{err[-3000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = sampler.peak_mb if sampler.available else max(result["maxrss_self_mb"],
                                                                       result["maxrss_children_mb"])
    result["processes"] = sampler.processes
    result["wall_s"] = time.perf_counter() - started
    busy1 = _busy_seconds()
    if busy0 is not None and busy1 is not None and result["wall_s"] > 0:
        # Cores kept busy by other processes meanwhile: what the machine did minus what we did.
        ours = sampler.cpu_seconds if sampler.available else 0.0
        result["cpu_tree_s"] = ours
        result["cpu_path_s"] = sampler.path_cpu_seconds if sampler.available else None
        result["others_cores"] = max(0.0, (busy1 - busy0 - ours) / result["wall_s"])
    return result


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------- the benchmark


@dataclass
class SizeResult:
    pages: int
    big: bool = False
    articles: int = 0
    generate_s: float = 0.0
    runs: dict[str, dict] = field(default_factory=dict)  # floor1, build1, floor2, build2, unchanged, onepage
    corpus: str = ""  # the corpus folder (generated, or reused with --corpora)

    def get(self, run: str, key: str = "seconds") -> float | None:
        value = self.runs.get(run, {}).get(key)
        return float(value) if value is not None else None


def _reused_corpus(corpora: Path | None, pages: int) -> tuple[Path, list[str]] | None:
    """A corpus of `pages` pages generated by an earlier run (`corpora/corpus-N`, with its pages.csv)."""
    folder = corpora / f"corpus-{pages}" if corpora else None
    if folder is None or not (folder / "pages.csv").is_file():
        return None
    with open(folder / "pages.csv", encoding="utf-8") as fh:
        names = [line.split(",", 1)[0] for line in fh.read().splitlines()[1:] if line]
    return (folder, names) if len(names) == pages else None


def bench_size(pages: int, workdir: Path, seed: int, timeout: float, big: bool = False,
               corpora: Path | None = None, big_floors: bool = True, text: str = "fresh") -> SizeResult:
    result = SizeResult(pages, big=big)
    reused = _reused_corpus(corpora, pages)
    if reused:
        corpus, names = reused
        _log(f"{pages} pages: reusing {corpus}")
    else:
        corpus = workdir / f"corpus-{pages}"
        _log(f"{pages} pages: generating")
        if corpus.exists():
            shutil.rmtree(corpus)
        generated = run_task("generate", str(pages), str(corpus), str(seed), text, timeout=timeout)
        result.generate_s = generated["seconds"]
        result.articles = generated["articles"]
        names = generated["names"]
    result.corpus = str(corpus)
    plan = [("floor2", ("floor", str(corpus), "2")), ("rfloor2", ("floor", str(corpus), "2", "rjieba")),
            ("build2", ("build", str(corpus), str(workdir / f"store-{pages}-2"), "2"))]
    if big and not big_floors:
        plan = plan[2:]  # the build alone: its memory and the one-page rebuild are what the big size is for
    if not big:
        plan = [("floor1", ("floor", str(corpus), "1")), ("rfloor1", ("floor", str(corpus), "1", "rjieba")),
                ("build1", ("build", str(corpus), str(workdir / f"store-{pages}-1"), "1")), *plan]
    for name, args in plan:
        _log(f"{pages} pages: {name}")
        result.runs[name] = run_task(*args, timeout=timeout)
        result.articles = result.articles or result.runs[name].get("articles", 0)
        _log(f"{pages} pages: {name} {result.runs[name]['seconds']:.1f} s, peak {result.runs[name]['peak_mb']:.0f} MB")
    # Rebuilds on the store the 1-worker build made (the 2-worker one for a big corpus).
    workers = "2" if big else "1"
    store = str(workdir / f"store-{pages}-{workers}")
    if not big:
        _log(f"{pages} pages: rebuild, nothing changed")
        result.runs["unchanged"] = run_task("build", str(corpus), store, workers, timeout=timeout)
    page = corpus / names[len(names) // 2]
    old = change_page(page)
    try:
        _log(f"{pages} pages: rebuild, one page changed")
        result.runs["onepage"] = run_task("build", str(corpus), store, workers, timeout=timeout)
    finally:
        page.write_bytes(old)
    return result


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def _fmt_x(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def _fmt_s(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} s" if value >= 10 else f"{value:.2f} s"


def _fmt_pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def _fmt_mb(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f} MB"


def _status(value: float | None, target: float, higher_is_better: bool = False, unit: str = "×") -> str:
    if value is None:
        return "not measured"
    ok = value >= target if higher_is_better else value <= target
    if ok:
        return "met"
    if unit == "%":
        return f"**missed**: {100 * value:.1f} %, {100 * (value - target):.1f} points over"
    if higher_is_better:
        return f"**missed**: {value:.2f}{unit}, {value / target:.0%} of the target"
    return f"**missed**: {value:.2f}{unit}, {value / target:.2f} times the target"


def build_rows(sizes: list[SizeResult]) -> list[list[str]]:
    """The build table: one row per figure, one column per corpus size."""
    small = next((s for s in sizes if not s.big), None)
    rows: list[list[str]] = []

    def row(label: str, values: list[str], target: str = "", status: str = "") -> None:
        rows.append([label, *values, target, status])

    row("articles", [f"{s.articles:,}" for s in sizes])
    row("generate corpus", [_fmt_s(s.generate_s) for s in sizes])
    row("jieba floor, 1 process", [_fmt_s(s.get("floor1")) for s in sizes])
    row("cold build, 1 worker", [_fmt_s(s.get("build1")) for s in sizes])
    ratios1 = [_ratio(s.get("build1"), s.get("floor1")) for s in sizes]
    worst1 = max((r for r in ratios1 if r is not None), default=None)
    row("**build ÷ floor, 1 worker**", [_fmt_x(r) for r in ratios1], "≤ 0.5×", _status(worst1, TARGETS["build_floor"]))
    cpu = [_ratio(s.get("build1", "cpu_s"), s.get("floor1", "cpu_s")) for s in sizes]
    row("build ÷ floor, 1 worker, by CPU time (robust to other load)", [_fmt_x(r) for r in cpu])
    row("rjieba floor, 1 process", [_fmt_s(s.get("rfloor1")) for s in sizes])
    rratios1 = [_ratio(s.get("build1"), s.get("rfloor1")) for s in sizes]
    rworst1 = max((r for r in rratios1 if r is not None), default=None)
    row("**build ÷ rjieba floor, 1 worker**", [_fmt_x(r) for r in rratios1], "≤ 10×",
        _status(rworst1, TARGETS["build_rfloor"]))
    rcpu = [_ratio(s.get("build1", "cpu_s"), s.get("rfloor1", "cpu_s")) for s in sizes]
    row("build ÷ rjieba floor, 1 worker, by CPU time", [_fmt_x(r) for r in rcpu])
    row("  of which process_page", [_fmt_s(s.get("build1", "process_page_s")) for s in sizes])
    row("  of which store (discover, hash, Arrow, merge, Parquet)",
        [_fmt_s(None if s.get("build1") is None else s.get("build1") - (s.get("build1", "process_page_s") or 0))
         for s in sizes])
    row("jieba floor, 2 processes", [_fmt_s(s.get("floor2")) for s in sizes])
    row("cold build, 2 workers", [_fmt_s(s.get("build2")) for s in sizes])
    ratios2 = [_ratio(s.get("build2"), s.get("floor2")) for s in sizes]
    worst2 = max((r for r in ratios2 if r is not None), default=None)
    row("**build ÷ floor, 2 workers**", [_fmt_x(r) for r in ratios2], "≤ 0.5×", _status(worst2, TARGETS["build_floor"]))
    row("rjieba floor, 2 processes", [_fmt_s(s.get("rfloor2")) for s in sizes])
    rratios2 = [_ratio(s.get("build2"), s.get("rfloor2")) for s in sizes]
    rworst2 = max((r for r in rratios2 if r is not None), default=None)
    row("**build ÷ rjieba floor, 2 workers**", [_fmt_x(r) for r in rratios2], "≤ 10×",
        _status(rworst2, TARGETS["build_rfloor"]))
    speedups = [_ratio(s.get("build1"), s.get("build2")) for s in sizes]
    worst_speedup = min((r for r in speedups if r is not None), default=None)
    row("**speed-up, 2 workers over 1**", [_fmt_x(r) for r in speedups], "≥ 1.7×",
        _status(worst_speedup, TARGETS["speedup"], higher_is_better=True))
    row("speed-up, 2 workers over 1, by CPU time (1 worker's CPU ÷ 2 workers' longest chain: build process, "
        "forkserver, busiest worker)", [_fmt_x(_ratio(s.get("build1", "cpu_tree_s"), s.get("build2", "cpu_path_s")))
                                        for s in sizes])
    row("CPU of the 2-worker build ÷ the 1-worker build's (all processes)",
        [_fmt_x(_ratio(s.get("build2", "cpu_tree_s"), s.get("build1", "cpu_tree_s"))) for s in sizes])
    row("floor speed-up, 2 processes over 1", [_fmt_x(_ratio(s.get("floor1"), s.get("floor2"))) for s in sizes])
    row("rebuild, nothing changed", [_fmt_s(s.get("unchanged")) for s in sizes])
    row("rebuild, one page changed", [_fmt_s(s.get("onepage")) for s in sizes])
    rebuild = [_ratio(s.get("onepage"), s.get("build1")) for s in sizes]
    small_rebuild = _ratio(small.get("onepage"), small.get("build1")) if small else None
    row("**one-page rebuild ÷ cold 1-worker build**", [_fmt_pct(r) for r in rebuild],
        "≤ 10 % (300 pages)", _status(small_rebuild, TARGETS["rebuild"], unit="%"))
    row("cores busy with other processes meanwhile (floor 1, build 1, floor 2, build 2)",
        [" / ".join("—" if s.get(r, "others_cores") is None else f"{s.get(r, 'others_cores'):.1f}"
                    for r in ("floor1", "build1", "floor2", "build2")) for s in sizes])
    row("peak memory, 1 worker", [_fmt_mb(s.get("build1", "peak_mb")) for s in sizes])
    row("peak memory, 2 workers", [_fmt_mb(s.get("build2", "peak_mb")) for s in sizes])
    row("peak memory per 1,000 pages, 1 worker",
        [_fmt_mb(None if s.get("build1", "peak_mb") is None else 1000 * s.get("build1", "peak_mb") / s.pages)
         for s in sizes])
    row("peak memory per 1,000 pages, 2 workers",
        [_fmt_mb(1000 * s.get("build2", "peak_mb") / s.pages) for s in sizes])
    row("peak memory, floor (2 processes)", [_fmt_mb(s.get("floor2", "peak_mb")) for s in sizes])
    return rows


def memory_growth(sizes: list[SizeResult]) -> list[str]:
    """Sentences comparing peak memory between consecutive sizes with the corpus's growth."""
    lines = []
    for a, b in itertools.pairwise(sizes):
        for run, label in (("build1", "1 worker"), ("build2", "2 workers")):
            pa, pb = a.get(run, "peak_mb"), b.get(run, "peak_mb")
            if pa is None or pb is None:
                continue
            growth, corpus = pb / pa, b.pages / a.pages
            marginal = 1000 * (pb - pa) / (b.pages - a.pages)
            verdict = "slower than the corpus" if growth <= corpus else "**faster than the corpus**"
            lines.append(f"- {a.pages:,} → {b.pages:,} pages ({corpus:.0f}× the pages), {label}: peak "
                         f"{pa:,.0f} → {pb:,.0f} MB, {growth:.2f}× — grows {verdict}; "
                         f"{marginal:,.1f} MB per extra 1,000 pages.")
    return lines


def dashboard_views(store: Path, repeat: int, timeout: float) -> tuple[dict, list[dict]]:
    """Every page's view timed on `store` in a fresh process (its memory is the server's), then a
    cProfile of the slowest miss of each page."""
    _log(f"dashboard views on {store}")
    dash = run_task("views", str(store), str(repeat), timeout=timeout)
    worst: dict[str, tuple] = {}
    for page, scenario, _, ms in query_rows(dash)[1]:
        if page in worst and worst[page][2] >= ms or scenario == "q":
            continue
        worst[page] = (page, scenario, ms)
    profiles = []
    for page, scenario, _ in worst.values():
        _log(f"profiling the {page} view ({scenario})")
        profiles.append(run_task("profile_view", str(store), page, scenario, timeout=timeout))
    return dash, profiles


def query_rows(dash: dict) -> tuple[list[list[str]], list[tuple[str, str, int, float]]]:
    """The dashboard table (page × scenario; columns per size) and the misses (page, scenario, size, ms)."""
    sizes = sorted({r["size"] for r in dash["results"]})
    keyed = {(r["page"], r["scenario"], r["size"]): r for r in dash["results"]}
    views = "first_page_s" in dash  # whole views (jdash.views), not main-chart queries
    target = TARGETS["page_ms"] if views else TARGETS["query_ms"]
    rows, misses = [], []
    seen = []
    for r in dash["results"]:
        if (r["page"], r["scenario"]) not in seen:
            seen.append((r["page"], r["scenario"]))
    for page, scenario in seen:
        cells, worst = [], 0.0
        for size in sizes:
            r = keyed.get((page, scenario, size))
            if r is None:
                cells += ["—"] * (5 if views else 2)
                continue
            cells.append(f"{r['main_ms']:,.0f} ms")
            if views:
                cells += [_ms(r, "cpu_ms"), _ms(r, "chart_ms"), _ms(r, "chart_cpu_ms"), f"{r['cold_ms']:,.0f} ms"]
            else:
                cells.append("—" if r["rest_ms"] is None else f"{r['main_ms'] + r['rest_ms']:,.0f} ms")
            worst = max(worst, r["main_ms"])
            if r["main_ms"] > target:
                misses.append((page, scenario, size, r["main_ms"]))
        over = worst / target
        status = "met" if worst <= target else f"**missed**: {over:.{2 if over < 2 else 1}f} times the target"
        rows.append([page, scenario, *cells, f"≤ {target:,.0f} ms", status])
    return rows, misses


def _ms(result: dict, key: str) -> str:
    """A result's milliseconds, or — for a run from before the figure was measured."""
    return "—" if result.get(key) is None else f"{result[key]:,.0f} ms"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def machine_info() -> dict[str, str]:
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    versions = {}
    from importlib.metadata import PackageNotFoundError, version

    for package in ("jieba", "pandas", "pyarrow", "networkx"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = "—"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                text=True, timeout=10, check=False).stdout.strip() or "—"
    except (OSError, subprocess.SubprocessError):
        commit = "—"
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cores": str(os.cpu_count()),
        "cpu": model,
        "memory": memory,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()}",
        "packages": ", ".join(f"{k} {v}" for k, v in versions.items()),
        "commit": commit,
        "load": "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg()),
    }


def profile_lines(profile: dict) -> list[str]:
    """The profile's ratios in words: each page's first reading (what a build pays), and the best of
    three rounds over the same pages (every snippet cached from the second; earlier runs' figure)."""
    lcut_s, rjieba_s, best_s = profile["lcut_s"], profile.get("rjieba_s"), profile["pipeline_s"]
    first_s = profile.get("pipeline_first_s")
    out = []
    if first_s is not None:
        out.append(f"Without the store and without start-up, `process_page` reading each of {profile['pages']} pages "
                   f"once takes {first_s:.2f} s of CPU ({1000 * first_s / profile['pages']:.0f} ms a page, "
                   f"{profile.get('chars', 0):,} characters); plain `jieba.lcut` over the same texts takes "
                   f"{lcut_s:.2f} s: **{_fmt_x(_ratio(first_s, lcut_s))}** the jieba floor"
                   + (f", **{_fmt_x(_ratio(first_s, rjieba_s))}** the rjieba floor ({rjieba_s:.3f} s)" if rjieba_s else "")
                   + f". The best of three rounds over the same pages (caches keyed by text then hold every "
                   f"snippet): {best_s:.2f} s, {_fmt_x(_ratio(best_s, lcut_s))} `jieba.lcut` (CPU time; the floors "
                   "the best of three rounds).")
    else:
        out.append(f"Without the store and without start-up, `process_page` takes {best_s:.2f} s "
                   f"of CPU for {profile['pages']} pages; plain `jieba.lcut` over the same texts takes {lcut_s:.2f} s: "
                   f"**{_fmt_x(_ratio(best_s, lcut_s))}** the jieba floor"
                   + (f", {_fmt_x(_ratio(best_s, rjieba_s))} the rjieba floor" if rjieba_s else "")
                   + " (CPU time, best of three rounds).")
    seen = "the next pages of the corpus, each read once" if profile.get("profiled_fresh") else "the same pages again"
    out += ["", f"Cumulative share of profiled time per stage over {seen} (stages nest; rjieba's `cut` counts every call):", ""]
    return out


def render(args: argparse.Namespace, machine: dict[str, str], sizes: list[SizeResult], profile: dict | None,
           dash: dict | None, query_profiles: list[dict], load_after: str, elapsed: float) -> str:
    out: list[str] = ["# Performance", ""]
    if STATUS.exists() and not args.no_notes:
        out += [STATUS.read_text(encoding="utf-8").strip(), ""]
    out.append("Generated by `python -m bench.run " + " ".join(args.argv) + "` "
               f"({elapsed / 60:.1f} minutes). Every ratio compares two measurements from the same run.")
    out.append("Re-run it after a change to the pipeline, the store or the queries: `python -m bench.run` "
               "(300 and 3,000 pages, about 15 minutes on 2 idle cores; `--big 14300` adds a 100,000-article "
               "build; `--help` for the rest). [bench/run.py](../bench/run.py) says what each figure measures.")
    out += ["", "## Machine", ""]
    out += [f"- {k}: {v}" for k, v in machine.items()]
    out.append(f"- load average after the run: {load_after}")
    header = ["figure", *[f"{s.pages:,} pages" + (" (big: 2 workers only)" if s.big else "") for s in sizes],
              "target", "status"]
    out += ["", "## Build", "", _table(header, build_rows(sizes)), ""]
    out.append("Times are inside the measured process (interpreter start-up and imports left out, jieba's "
               "dictionary load in). The floor reads, decodes and `jieba.lcut`s every page with the same "
               "process count and the same chunking as `jdash.store`. Memory is the peak of the summed "
               "proportional set size of the build's processes (forkserver and workers included).")
    busy = [(s.pages, run, s.get(run, "others_cores")) for s in sizes for run in s.runs]
    busy = [b for b in busy if b[2] is not None and b[2] >= 0.3]
    if busy:
        worst = max(b[2] for b in busy)
        out += ["", f"**Caution:** other processes kept up to {worst:.1f} of the {os.cpu_count()} cores busy during "
                f"{len(busy)} of the measurements above ("
                + ", ".join(f"{run} at {pages:,} pages: {cores:.1f}" for pages, run, cores in busy[:8])
                + (", …" if len(busy) > 8 else "") + "). Wall-clock ratios from those runs are not to be trusted; "
                "the CPU-time ratio is."]
    growth = memory_growth(sizes)
    if growth:
        out += ["", "Peak memory against corpus size:", "", *growth]
    if profile:
        out += ["", f"## Where a page's time goes ({profile['pages']} pages, one warm process, cProfile)", ""]
        out += profile_lines(profile)
        out.append(_table(["stage", "share", "calls"],
                          [[f"`{s['stage']}`", f"{100 * s['share']:.1f} %", f"{s['calls']:,}"] for s in profile["stages"]]))
        out += ["", "Hottest functions by own time:", ""]
        out.append(_table(["function", "own time", "calls"],
                          [[f"`{h['function']}`", f"{100 * h['own_share']:.1f} %", f"{h['calls']:,}"] for h in profile["hot"]]))
    if dash:
        sizes_q = sorted({r["size"] for r in dash["results"]})
        rows = query_rows(dash)[0]
        head = ["page", "filter"]
        for size in sizes_q:
            head += ([f"whole page warm, {size:,} articles", "its CPU", "main chart warm", "its CPU", "first call (cold)"]
                     if "first_page_s" in dash
                     else [f"main chart, {size:,} articles", f"whole page, {size:,}"])
        head += ["target (whole page, warm)" if "first_page_s" in dash else "target (main chart)", "status"]
        out += ["", "## Dashboard queries", ""]
        if "first_page_s" in dash:
            out.append(f"Each page's view (`jdash.views`, what the page renders: every query of the page, "
                       f"DuckDB over the store's Parquet parts) on the largest store built "
                       f"({dash['base_articles']:,} articles), in one fresh process: the engine opened in "
                       f"{dash['load_s']:.2f} s, **the first page (Overview) shown {dash['first_page_s']:.2f} s "
                       f"after opening the store**, and the process held **{dash['memory_mb']:,.0f} MB** "
                       "(proportional set size) after every view had run: the server's share. Warm times "
                       f"are the median of {args.repeat} calls after one; filters: `all` = none; `filtered` = "
                       "the middle half of the date span and the most reported county; `q` = two search words. "
                       "The \"first call\" column is the first (cold) call. CPU is the process's, all threads "
                       "(DuckDB's included): on a loaded machine it, not the wall time, says what the query costs.")
        else:
            out.append(f"The store of the largest built corpus ({dash['base_articles']:,} articles, loaded in "
                       f"{dash['load_s']:.2f} s) replicated to each size (pandas queries, an older run).")
        out += ["", _table(head, rows)]
        if query_profiles:
            out += ["", "Where the time goes in the slowest misses (cumulative share, jdash functions):", ""]
            for qp in query_profiles:
                out.append(f"- **{qp['page']}**, {qp['size']:,} articles, `{qp['scenario']}`: " + "; ".join(
                    f"`{h['function']}` {100 * h['cum_share']:.0f} %" for h in qp["hot"][:5]))
    if NOTES.exists() and not args.no_notes:
        out += ["", NOTES.read_text(encoding="utf-8").strip()]
    return "\n".join(out) + "\n"


def snapshot(source: str, dest: Path) -> str:
    """Copy jdash/ and seeds/ (from HEAD or the working tree) and bench/ (always the working tree)
    into `dest`; returns a description of the code measured."""
    global _SRC
    dest.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")

    def git(*a: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", *a], cwd=REPO, capture_output=True, timeout=60, check=False)

    commit = git("rev-parse", "--short", "HEAD").stdout.decode().strip() or "unknown"
    if source == "head":
        archive = git("archive", "--format=tar", "HEAD", "jdash", "seeds")
        if archive.returncode != 0:
            raise SystemExit(f"git archive failed: {archive.stderr.decode()}")
        import io
        import tarfile

        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(dest, filter="data")
        described = f"jdash/ as committed at {commit}"
    else:
        for name in ("jdash", "seeds"):
            shutil.copytree(REPO / name, dest / name, ignore=ignore)
        dirty = git("status", "--porcelain", "--", "jdash", "seeds").stdout.decode().strip()
        described = f"jdash/ of the working tree at {commit}" + (" (with uncommitted changes)" if dirty else "")
    shutil.copytree(REPO / "bench", dest / "bench", ignore=ignore)
    _SRC = dest
    return described


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default="300,3000", help="corpus sizes, comma-separated (default 300,3000)")
    parser.add_argument("--big", type=int, default=None, help="one more size, 2-worker build only (e.g. 30000)")
    parser.add_argument("--queries", default="views",
                        help="time the dashboard's views on the largest store built ('' to skip)")
    parser.add_argument("--big-build-only", action="store_true",
                        help="at the --big size, the 2-worker build and the one-page rebuild only (no floors)")
    parser.add_argument("--corpora", default=None, metavar="DIR",
                        help="reuse corpora an earlier run generated (DIR/corpus-N with its pages.csv)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query (the median is reported)")
    parser.add_argument("--profile-pages", type=int, default=200, help="pages in the process_page profile (0: no profile)")
    parser.add_argument("--out", default=str(REPO / "docs" / "PERFORMANCE.md"), help="report to write ('-' for none)")
    parser.add_argument("--workdir", default=None, help="where corpora and stores go (default: a temp dir, removed)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--text", choices=("fresh", "seeds"), default="fresh",
                        help="generated text: fresh sentences (default) or the seeds' own, as before 7 December 18:00")
    parser.add_argument("--timeout", type=float, default=4 * 3600, help="seconds allowed per measured process")
    parser.add_argument("--source", choices=("worktree", "head"), default="worktree",
                        help="measure jdash/ as in the working tree (default) or as committed at HEAD")
    parser.add_argument("--wait-quiet", type=float, default=0.0, metavar="SECONDS",
                        help="before each measurement wait up to SECONDS for other processes to go idle")
    parser.add_argument("--no-notes", action="store_true", help="leave bench/notes.md and bench/status.md out of the report")
    parser.add_argument("--render", metavar="RESULTS_JSON", default=None,
                        help="measure nothing: rewrite the report from a run's results.json (kept in --workdir)")
    args = parser.parse_args(argv)
    args.argv = argv
    if args.render:
        saved = json.loads(Path(args.render).read_text(encoding="utf-8"))
        args.argv, args.repeat = saved["argv"], saved["repeat"]
        sizes = [SizeResult(**s) for s in saved["sizes"]]
        report = render(args, saved["machine"], sizes, saved["profile"], saved["dash"], saved["query_profiles"],
                        saved["load_after"], saved["elapsed"])
        return _write(report, args.out)
    global _QUIET_WAIT
    _QUIET_WAIT = args.wait_quiet
    started = time.perf_counter()
    sizes_wanted = sorted({int(s) for s in args.pages.split(",") if s.strip()})
    machine = machine_info()
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="jdash-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        machine["code"] = snapshot(args.source, workdir / "src")
        _log("warming jieba's caches")
        run_task("warm", timeout=args.timeout)
        corpora = Path(args.corpora) if args.corpora else None
        machine["text"] = args.text
        sizes = [bench_size(n, workdir, args.seed, args.timeout, corpora=corpora, text=args.text) for n in sizes_wanted]
        profile = None
        if args.profile_pages > 0:  # 0 leaves the profile out (a run that only wants the big build)
            _log("profiling process_page")
            profile = run_task("profile", sizes[0].corpus, str(args.profile_pages), timeout=args.timeout)
        if args.big:
            sizes.append(bench_size(args.big, workdir, args.seed, args.timeout, big=True, corpora=corpora,
                                    big_floors=not args.big_build_only, text=args.text))
        dash, query_profiles = None, []
        if args.queries.strip():
            # The largest store built: the big corpus's (2 workers), else the largest 1-worker one.
            store = workdir / (f"store-{args.big}-2" if args.big else f"store-{sizes_wanted[-1]}-1")
            dash, query_profiles = dashboard_views(store, args.repeat, args.timeout)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    load_after = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    elapsed = time.perf_counter() - started
    if args.workdir:  # the raw results, to re-render the report (`--render`) after editing bench/notes.md
        raw = {"argv": argv, "repeat": args.repeat, "machine": machine, "sizes": [asdict(s) for s in sizes],
               "profile": profile, "dash": dash, "query_profiles": query_profiles, "load_after": load_after,
               "elapsed": elapsed}
        (workdir / "results.json").write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    report = render(args, machine, sizes, profile, dash, query_profiles, load_after, elapsed)
    return _write(report, args.out)


def _write(report: str, out: str) -> int:
    print(report)
    if out != "-":
        Path(out).write_text(report, encoding="utf-8")
        _log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
