"""python -m bench.views_ab STORE REPEAT MODES SCENARIOS (modes: start, summed, scanned; scenarios: all, filtered): each page's view (first call, then warm: median of
REPEAT after one more) and its main chart (`bench.tasks.view_charts`), on one store, summed (its per-part summaries) and/or scanned
(the same store, the engine told it has none), CPU and wall; then the server start (bench.tasks._server_start)
and the Overview's first call after it, summed."""
import json, sys, time
from functools import partial
from pathlib import Path
from bench import tasks
from jdash import views
from jdash.engine import Engine
from jdash.store import generation_dir
store_dir, repeat = sys.argv[1], int(sys.argv[2])
modes = sys.argv[3].split(",")
scenarios = sys.argv[4].split(",")
gen = generation_dir(store_dir)
def out(**kw):
    print(json.dumps(kw), flush=True)
for mode in modes:
    if mode == "start":
        t, c = time.perf_counter(), time.process_time()
        e, steps = tasks._server_start(store_dir)
        start, start_cpu = time.perf_counter() - t, time.process_time() - c
        t2, c2 = time.perf_counter(), time.process_time()
        views.overview(e, tasks._view_scenarios(e)["all"])
        out(mode="start", summed=views.summed(e, "sum_head"), server_start_s=round(start, 3), server_start_cpu_s=round(start_cpu, 3),
            **{k: round(v, 3) for k, v in steps.items()}, overview_first_s=round(time.perf_counter() - t2, 3),
            overview_first_cpu_s=round(time.process_time() - c2, 3),
            first_page_s=round(time.perf_counter() - t, 3), first_page_cpu_s=round(time.process_time() - c, 3))
        e.close()
        continue
    t, c = time.perf_counter(), time.process_time()
    e = Engine(gen)
    if mode == "scanned":
        e.summaries_version = None
    views.sidebar(e)
    out(mode=mode, open_sidebar_s=round(time.perf_counter() - t, 3), open_sidebar_cpu_s=round(time.process_time() - c, 3))
    scen = tasks._view_scenarios(e)
    charts = tasks.view_charts()
    for page, view in tasks.view_pages().items():
        for name in scenarios:
            f = scen[name]
            t, c = time.perf_counter(), time.process_time()
            view(e, f)
            cold, cold_cpu = time.perf_counter() - t, time.process_time() - c
            warm, cpu = tasks._timed_cpu(partial(view, e, f), repeat)
            chart, chart_cpu = tasks._timed_cpu(partial(charts[page], e, f), repeat)
            out(mode=mode, page=page, scenario=name, cold_ms=round(1000 * cold), cold_cpu_ms=round(1000 * cold_cpu),
                wall_ms=round(1000 * warm), cpu_ms=round(1000 * cpu), chart_ms=round(1000 * chart), chart_cpu_ms=round(1000 * chart_cpu))
    out(mode=mode, memory_mb=round(tasks._process_memory_mb()))  # this process after every view: the server's share
    e.close()
