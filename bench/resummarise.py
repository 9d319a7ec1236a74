"""A copy of a built store whose summaries are this code's, its tables hard links to the original's.

    python -m bench.resummarise STORE OUT_STORE

A store's per-part summaries (`jdash.summaries`) are summed by the dashboard only when this code's SQL
wrote them (`views.SUMMARIES_VERSION`), and its whole-store network read only when this code wrote it
(`views.NETWORK_VERSION`); a store built by older code is scanned instead until its next build counts
them again. To time the dashboard of this code on a store built before (the real 1M build takes half an
hour of two idle cores), this tool writes OUT_STORE: the store's small files copied, its current
generation's files hard-linked (never written: the original store is only read), and every summary
counted afresh from each part's rows as a build that changed no page would (`bench.replicate`'s
`_summarise`: `summaries.summarise` per part, then `summaries.mark`), with the generation's files record
written anew. OUT_STORE opens, queries and rebuilds like any other store.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

from bench.replicate import _summarise
from jdash import store, summaries
from jdash.engine import NETWORK_TABLES, SUMMARIES_MARK


def resummarise(source_store: Path, out_store: Path) -> dict:
    """Write OUT_STORE (see the module's docstring); the parts counted and the seconds taken."""
    t0 = time.perf_counter()
    generation = store.generation_dir(source_store)
    out_generation = out_store / "generations" / generation.name
    out_store.mkdir(parents=True)
    for path in source_store.iterdir():
        if path.is_file() and path.name != "lock":
            shutil.copy2(path, out_store / path.name)
    written = {SUMMARIES_MARK, store.FILES_RECORD, *(f"{name}.parquet" for name in NETWORK_TABLES)}
    for path in generation.rglob("*"):
        relative = path.relative_to(generation)
        if relative.parts[0] in summaries.NAMES or relative.name in written:
            continue
        target = out_generation / relative
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target)
    for name in summaries.NAMES:
        (out_generation / name).mkdir()
    _summarise(out_generation)
    store.record_files(out_generation)
    return {"parts": len(list((out_generation / "pages").glob("*.parquet"))), "seconds": time.perf_counter() - t0,
            "summaries": summaries.written_by(out_generation), "network": summaries.network_written_by(out_generation)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(resummarise(args.store, args.out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
