"""python -m bench.views_queries STORE PAGE SCENARIO [summed|scanned] [N]: the N slowest SQL queries of one warm view call (CPU ms)."""
import sys, time
from jdash import views
from jdash.engine import Engine
from jdash.store import generation_dir
from bench import tasks
e = Engine(generation_dir(sys.argv[1]))
if len(sys.argv) > 4 and sys.argv[4] == "scanned":
    e.summaries_version = None
views.sidebar(e)
f = tasks._view_scenarios(e)[sys.argv[3]]
view = tasks.view_pages()[sys.argv[2]]
view(e, f)
log = []
for meth in ("df", "_run"):
    orig = getattr(Engine, meth)
    def wrapped(self, sql, params=(), _o=orig, _m=meth):
        c = time.process_time()
        r = _o(self, sql, params)
        log.append((time.process_time() - c, _m, sql))
        return r
    setattr(Engine, meth, wrapped)
c = time.process_time()
view(e, f)
total = time.process_time() - c
print(f"total {total*1000:.0f} ms, queries {sum(x[0] for x in log)*1000:.0f} ms, n={len(log)}")
for t, m, sql in sorted(log, key=lambda x: -x[0])[:int(sys.argv[5]) if len(sys.argv) > 5 else 12]:
    print(f"{t*1000:7.0f} ms {m} {sql[:300]}")
