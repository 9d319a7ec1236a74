"""The measured tasks. Each runs in a fresh process started by `bench.run` (so that its memory
peak and its jieba start-up are its own) and prints one JSON object as its last stdout line.

    python -m bench.tasks generate PAGES OUT SEED [fresh|seeds]
    python -m bench.tasks warm
    python -m bench.tasks floor CORPUS WORKERS [jieba|rjieba]
    python -m bench.tasks build CORPUS STORE WORKERS
    python -m bench.tasks profile CORPUS PAGES
    python -m bench.tasks views STORE REPEAT
    python -m bench.tasks profile_view STORE PAGE SCENARIO

Times are taken inside the process, around the work itself: interpreter start-up and module
imports are left out, jieba's dictionary load (about 1 s per process) is in.
"""

from __future__ import annotations

import cProfile
import json
import math
import multiprocessing
import pstats
import resource
import statistics
import sys
import time
from collections.abc import Callable
from concurrent import futures
from functools import partial
from pathlib import Path


def _rusage() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"maxrss_self_mb": own.ru_maxrss / 1024, "maxrss_children_mb": children.ru_maxrss / 1024,
            "cpu_self_s": own.ru_utime + own.ru_stime, "cpu_children_s": children.ru_utime + children.ru_stime}


def _emit(result: dict) -> None:
    print(json.dumps({**result, **_rusage()}, ensure_ascii=False), flush=True)


# ---------------------------------------------------------------------------- warm caches


def warm() -> dict:
    """Build jieba's and jdash's dictionary caches once, so no measured run pays for it."""
    import jieba

    from jdash.nlp import engine, tag

    jieba.setLogLevel(60)
    jieba.initialize()
    engine()
    tag("市委")
    return {"ok": True}


# ---------------------------------------------------------------------------- the floor


def _page_paths(corpus: str) -> list[Path]:
    from jdash.pipeline import discover_pages

    pages, _ = discover_pages([corpus])
    return [p.path for p in pages]


def _segmenter(engine: str) -> Callable[[str], list[str]]:
    """The floor's tokeniser: Python jieba's `lcut` (its dictionary loaded in this process), or
    rjieba's `cut` (the jieba-rs binding, a fresh `rjieba.Jieba()` with jieba's dictionary)."""
    if engine == "rjieba":
        import rjieba

        return rjieba.Jieba().cut
    import jieba

    jieba.setLogLevel(60)
    return jieba.lcut


def _floor_chunk(paths: list[str], engine: str = "jieba") -> int:
    """Read, decode and tokenise each page: the least any build that tokenises must do."""
    from jdash.textio import decode_page, normalise_text

    cut = _segmenter(engine)
    tokens = 0
    for path in paths:
        data = Path(path).read_bytes()
        tokens += len(cut(normalise_text(decode_page(data, path))))
    return tokens


def floor(corpus: str, workers: int, engine: str = "jieba") -> dict:
    """Plain `jieba.lcut` (or rjieba's `cut`, `engine="rjieba"`) over the corpus's page texts with
    `workers` processes, chunked and started the way `jdash.store` does it (forkserver, bounded queue)."""
    paths = [str(p) for p in _page_paths(corpus)]
    t0, c0 = time.perf_counter(), time.process_time()
    chunk = max(1, min(50, math.ceil(len(paths) / (workers * 8))))
    chunks = [paths[i:i + chunk] for i in range(0, len(paths), chunk)]
    tokens = 0
    if workers <= 1 or len(paths) < 4 * workers:
        tokens = sum(_floor_chunk(part, engine) for part in chunks)
    else:
        context = multiprocessing.get_context("forkserver")
        with futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            pending: set[futures.Future] = set()
            for part in chunks:
                pending.add(pool.submit(_floor_chunk, part, engine))
                if len(pending) >= 2 * workers:
                    finished, pending = futures.wait(pending, return_when=futures.FIRST_COMPLETED)
                    tokens += sum(f.result() for f in finished)
            tokens += sum(f.result() for f in futures.as_completed(pending))
    return {"seconds": time.perf_counter() - t0, "cpu_s": time.process_time() - c0, "pages": len(paths),
            "tokens": tokens}


# ---------------------------------------------------------------------------- the build


def build(corpus: str, store_dir: str, workers: int) -> dict:
    """`jdash.store.build` as `jdash build` runs it. With one worker the pages are parsed in this
    process, so the time inside `process_page` and `results_to_arrow` is measured too; the rest
    is the store's own work (discovery, hashing, merging, Parquet, fsync)."""
    from jdash import store

    spent = {"process_page": 0.0, "results_to_arrow": 0.0}

    def timed(name: str, fn: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t
        return wrapper

    store.process_page = timed("process_page", store.process_page)
    store.results_to_arrow = timed("results_to_arrow", store.results_to_arrow)
    t0, c0 = time.perf_counter(), time.process_time()
    report = store.build([corpus], store_dir, workers=workers)
    seconds = time.perf_counter() - t0
    out = {"seconds": seconds, "cpu_s": time.process_time() - c0, "parsed": report.parsed, "reused": report.reused, "pages": report.pages,
           "articles": report.articles, "warnings": len(report.warnings)}
    if workers <= 1 or report.parsed < 4 * workers:
        out["process_page_s"] = spent["process_page"]
        out["results_to_arrow_s"] = spent["results_to_arrow"]
    return out


# ---------------------------------------------------------------------------- where the time goes

# Functions whose cumulative time the profile reports, in pipeline order ("~" is a built-in:
# rjieba's `cut`, which every segmentation ends in).
STAGES = (
    ("textio.py", "decode_page"), ("textio.py", "normalise_text"), ("parser.py", "parse_page_checked"),
    ("dates.py", "date_page"), ("enrich.py", "enrich_articles"), ("enrich.py", "_primary_counties"),
    ("officials.py", "read_people"), ("officials.py", "extract_officials"), ("figures.py", "extract_figures"),
    ("figure_metric.py", "read_metric"), ("figure_subject.py", "clause_opening_subject"), ("nlp.py", "tag"),
    ("nlp.py", "_tag_block"), ("nlp.py", "_hmm_tags"), ("enrich.py", "article_counties"),
    ("topics.py", "score_topics"), ("topics.py", "keywords"), ("topics.py", "tokens"),
    ("~", "<method 'cut' of 'builtins.Jieba' objects>"),
)


def _cpu(fn: Callable[[], object]) -> float:
    """CPU seconds of this process spent in `fn()`: robust to other processes on the machine."""
    c0 = time.process_time()
    fn()
    return time.process_time() - c0


def profile(corpus: str, pages: int) -> dict:
    """`process_page` against plain `jieba.lcut` and against rjieba's `cut` on the same pages, in one
    warm process and by CPU time, then a cProfile of `process_page`: cumulative time per pipeline stage
    and the hottest functions by own time.

    `pipeline_first_s` is each page's first reading (the process warmed on another page of the corpus):
    what a build pays, caches keyed by text (`nlp.tag`'s) holding only what earlier pages left.
    `pipeline_s` is the best of three rounds over the same pages, so its later rounds find every
    snippet cached (kept to compare with earlier runs; on the plain corpus the two differ little, as
    its pages repeat the seeds' sentences). The floors are the best of three rounds (jieba keeps no
    cache by text). The cProfile reads the next `pages` pages of the corpus, each for the first time,
    when the corpus has them (`profiled_fresh`), else the measured pages again."""
    import jieba

    from jdash.nlp import engine, tag
    from jdash.pipeline import process_page
    from jdash.textio import decode_page, normalise_text

    jieba.setLogLevel(60)
    jieba.initialize()
    engine()
    tag("市委")
    every = _page_paths(corpus)
    paths = every[:pages]
    datas = [(p.name, p.read_bytes()) for p in paths]
    process_page(every[-1].name, every[-1].read_bytes())  # lazy tables, compiled patterns
    texts = [normalise_text(decode_page(data, name)) for name, data in datas]
    rcut = _segmenter("rjieba")
    first_s = _cpu(lambda: [process_page(name, data) for name, data in datas])
    lcut_s = rjieba_s = pipeline_s = math.inf
    for _ in range(3):
        lcut_s = min(lcut_s, _cpu(lambda: [jieba.lcut(t) for t in texts]))
        rjieba_s = min(rjieba_s, _cpu(lambda: [rcut(t) for t in texts]))
        pipeline_s = min(pipeline_s, _cpu(lambda: [process_page(name, data) for name, data in datas]))
    articles = sum(len(process_page(name, data).articles) for name, data in datas)
    later = [(p.name, p.read_bytes()) for p in every[pages:2 * pages][:len(every) - pages - 1]]
    return {"pages": len(datas), "articles": articles, "chars": sum(map(len, texts)), "lcut_s": lcut_s,
            "rjieba_s": rjieba_s, "pipeline_s": pipeline_s, "pipeline_first_s": first_s,
            "profiled_fresh": len(later) == len(datas), **_stage_profile(later if len(later) == len(datas) else datas)}


def _stage_profile(datas: list[tuple[str, bytes]]) -> dict:
    """cProfile (CPU clock) of `process_page` over `datas`: each STAGES entry's cumulative share and
    calls, and the fifteen hottest functions by own time."""
    from jdash.pipeline import process_page

    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for name, data in datas:
        process_page(name, data)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # (file, line, func) -> (cc, nc, tt, ct, callers)
    total = sum(tt for _, _, tt, _, _ in stats.values())
    stages = []
    for file_end, func in STAGES:
        ct = sum(v[3] for k, v in stats.items() if k[0].endswith(file_end) and k[2] == func)
        calls = sum(v[1] for k, v in stats.items() if k[0].endswith(file_end) and k[2] == func)
        label = "rjieba Jieba.cut" if file_end == "~" else f"{file_end.removesuffix('.py')}.{func}"
        stages.append({"stage": label,
                       "share": ct / total if total else 0.0, "calls": calls})
    hottest = sorted(stats.items(), key=lambda kv: -kv[1][2])[:15]
    hot = [{"function": f"{_short(k[0])}:{k[1]}({k[2]})", "own_share": v[2] / total if total else 0.0,
            "calls": v[1]} for k, v in hottest]
    return {"stages": stages, "hot": hot}


def _short(path: str) -> str:
    for marker in ("/jdash/", "/site-packages/", "/lib/python"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


# ---------------------------------------------------------------------------- dashboard queries


def _timed_cpu(fn: Callable, repeat: int) -> tuple[float, float]:
    """(wall, CPU) seconds of `fn()`, each the median of `repeat` calls after a first (warm: imports,
    lazy tables, caches inside libraries). CPU is this process's, every thread (DuckDB's included):
    robust to other processes on the machine."""
    fn()
    times, cpus = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return statistics.median(times), statistics.median(cpus)


def _hot_functions(call: Callable[[], object], keep: Callable[[str, str], bool]) -> list[dict]:
    """Run `call` once to warm it, then once under cProfile: the eight hottest functions by cumulative
    time whose (file, function name) `keep` accepts, with their share of the whole call."""
    call()
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = max(v[3] for v in stats.values())
    hottest = sorted(stats.items(), key=lambda kv: -kv[1][3])
    return [{"function": f"{_short(k[0])}:{k[1]}({k[2]})", "cum_share": v[3] / total, "calls": v[1]}
            for k, v in hottest if keep(k[0], k[2])][:8]


def _process_memory_mb() -> float:
    """This process's proportional set size now (resident size where smaps_rollup is missing)."""
    for path, key in (("/proc/self/smaps_rollup", "Pss:"), ("/proc/self/status", "VmRSS:")):
        try:
            with open(path) as fh:
                for line in fh:
                    if line.startswith(key):
                        return int(line.split()[1]) / 1024
        except OSError:
            continue
    return 0.0


def view_pages() -> dict[str, Callable]:
    """Per dashboard page, the one view function its page renders (`jdash.views`), as the page calls
    it on a first visit: (engine, filters) -> what the page shows."""
    from jdash import views

    return {"overview": views.overview, "timeline": views.timeline, "keywords": views.keywords,
            "network": views.network, "counties": views.counties, "articles": views.articles}


def view_charts() -> dict[str, Callable]:
    """Per dashboard page, the view function behind its main chart, called as the page's view calls it
    (engine, filters) -> the chart's data: the Overview's articles per page, the timeline's bars, the
    top terms (the cloud's 150), the network drawn, the county map's table, the Articles page's first
    page of the list. Only `jdash.views`' own functions: the benchmark re-implements no query."""
    from jdash import queries, views

    def timeline(engine, filters):
        return views._timeline(engine, filters, views._span(engine, filters).freq(), "primary")

    def network(engine, filters):
        return queries.network_frames(views.network_graph(engine, filters, max_nodes=150), max_nodes=150)

    return {"overview": views.page_kinds, "timeline": timeline, "keywords": lambda e, f: views._top_terms(e, f, 150),
            "network": network, "counties": lambda e, f: views._county_table(e, f.replace(counties=())),
            "articles": lambda e, f: views.listing(e, f, page=1, per_page=25)}


def _server_start(store_dir: str) -> tuple[object, dict[str, float]]:
    """What the dashboard does before it shows a first page (`ui.cache`): stat the generation's files,
    check their footers (`store.verify(deep=False)`), open the engine, fill the sidebar. The engine and
    the seconds of each step."""
    from jdash import store, views
    from jdash.engine import Engine

    steps: dict[str, float] = {}
    t = time.perf_counter()
    for f in store.generation_dir(store_dir).rglob("*.parquet"):
        f.stat()
    steps["stat_s"] = time.perf_counter() - t
    t = time.perf_counter()
    store.verify(store_dir, deep=False)
    steps["verify_s"] = time.perf_counter() - t
    t = time.perf_counter()
    engine = Engine.open(Path(store_dir))
    steps["open_s"] = time.perf_counter() - t
    t = time.perf_counter()
    views.sidebar(engine)
    steps["sidebar_s"] = time.perf_counter() - t
    return engine, steps


def _view_scenarios(engine) -> dict:
    """The filters each page is timed under: none, and a typical narrowing (the middle half of the
    date span, the most reported county)."""
    import pandas as pd

    from jdash.filters import Filters

    span = engine.df("SELECT min(issue_date) AS a, max(issue_date) AS b FROM articles")
    first, last = pd.Timestamp(span.at[0, "a"]), pd.Timestamp(span.at[0, "b"])
    county = engine.scalar("SELECT c FROM (SELECT unnest(counties) AS c FROM articles) GROUP BY c "
                           "ORDER BY count(*) DESC, c LIMIT 1")
    narrowed = Filters(start=(first + (last - first) / 4).date(), end=(first + (last - first) / 4 * 3).date(),
                       counties=(county,) if county else ())
    return {"all": Filters(), "filtered": narrowed}


def views_task(store_dir: str, repeat: int) -> dict:
    """Each dashboard page's view over the store (DuckDB over its Parquet parts), as the server runs
    it: the first call after a server start (cold: `_server_start`, then the Overview), then the
    median of `repeat` calls (warm) of the whole view and of its main chart's query (`view_charts`),
    wall and CPU, unfiltered and filtered; the search box's filter; and this process's memory after all
    of it (the server's share: the engine holds no tables)."""
    from jdash.filters import Filters

    t0 = time.perf_counter()
    engine, steps = _server_start(store_dir)
    open_s = time.perf_counter() - t0
    articles = int(engine.scalar("SELECT count(*) FROM articles"))
    results = []
    first_page_s = None
    scenarios = _view_scenarios(engine)
    scenarios["q"] = Filters(q="项目 企业")
    charts = view_charts()
    for page, view in view_pages().items():
        for scenario, filters in scenarios.items():
            if scenario == "q" and page != "articles":
                continue
            t = time.perf_counter()
            view(engine, filters)
            cold = time.perf_counter() - t
            if first_page_s is None:
                first_page_s = open_s + cold
            warm, cpu = _timed_cpu(partial(view, engine, filters), repeat)
            chart, chart_cpu = _timed_cpu(partial(charts[page], engine, filters), repeat)
            results.append({"size": articles, "page": page if scenario != "q" else "articles (search box q=…)",
                            "scenario": scenario, "main_ms": 1000 * warm, "rest_ms": None, "cold_ms": 1000 * cold,
                            "cpu_ms": 1000 * cpu, "chart_ms": 1000 * chart, "chart_cpu_ms": 1000 * chart_cpu})
    return {"base_articles": articles, "load_s": open_s, "first_page_s": first_page_s, **steps,
            "memory_mb": _process_memory_mb(), "results": results}


def profile_view(store_dir: str, page: str, scenario: str) -> dict:
    """cProfile of one page's view (warm): the hottest jdash functions by cumulative time."""
    from jdash.engine import Engine

    engine = Engine.open(Path(store_dir))
    filters = _view_scenarios(engine)[scenario]
    view = view_pages()[page]
    hot = _hot_functions(lambda: view(engine, filters),
                         lambda path, name: "/jdash/" in path or "duckdb" in name.lower())
    return {"page": page, "size": int(engine.scalar("SELECT count(*) FROM articles")), "scenario": scenario, "hot": hot}


def generate(pages: int, out: str, seed: int, text: str = "seeds") -> dict:
    """Write a corpus (`bench.corpus`); `text` "fresh" rewords the seeds' sentences, "seeds" keeps them."""
    from bench.corpus import write_corpus

    t0 = time.perf_counter()
    written = write_corpus(pages, out, seed, fresh=text == "fresh")
    return {"seconds": time.perf_counter() - t0, "pages": len(written),
            "articles": sum(p.articles for p in written), "names": [p.name for p in written]}


def main(argv: list[str]) -> int:
    command, args = argv[0], argv[1:]
    if command == "generate":
        result = generate(int(args[0]), args[1], int(args[2]), *args[3:4])
    elif command == "warm":
        result = warm()
    elif command == "floor":
        result = floor(args[0], int(args[1]), *args[2:3])
    elif command == "build":
        result = build(args[0], args[1], int(args[2]))
    elif command == "profile":
        result = profile(args[0], int(args[1]))
    elif command == "profile_view":
        result = profile_view(args[0], args[1], args[2])
    elif command == "views":
        result = views_task(args[0], int(args[1]))
    else:
        raise SystemExit(f"unknown task {command!r}")
    _emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
