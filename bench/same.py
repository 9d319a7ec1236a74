"""Does a change to the pipeline change what a build stores? Build, dump, compare.

    python -m bench.same dump OUT [--pages N] [--corpus DIR]   # the store of seeds + N generated pages
    python -m bench.same compare A B                           # every table of two dumps, row by row

`dump` builds a store (one worker unless told) from the seeds, the tests' held-out pages and a generated corpus (`bench.corpus`, the first
N pages of the benchmark's corpus; pass the same `--corpus` to both runs, as the generator parses
the seeds with the code on the path) with the `jdash` found on the path, and copies every table of
the new generation to OUT without the `_key` column (a page's key hashes the parsing code, so it
changes with any edit to it). Run it once with the code before a change (`git archive` of the old
commit, on PYTHONPATH) and once after, then `compare`: the same rows in the same order, or each
difference, table by table. Exit status 1 when they differ.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent
_SHOWN = 5  # differing rows shown per table
_TEST_PAGES = ("heldout", "heldout2", "heldout3", "final")  # the tests' invented pages, built too


def dump(out: Path, pages: int, corpus: Path | None, workers: int = 1) -> None:
    """Build the store of the seeds and `pages` generated pages; write its tables to `out`."""
    import jdash
    from jdash import store
    from jdash.tables import KEY_COLUMN

    print(f"jdash from {Path(jdash.__file__).parent}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="jdash-same-") as tmp:
        folders = [REPO / "seeds", *(REPO / "tests" / name for name in _TEST_PAGES)]
        if pages:
            if corpus is None:
                from bench.corpus import write_corpus

                corpus = Path(tmp) / "corpus"
                write_corpus(pages, corpus)
            folders.append(corpus)
        started = time.process_time()
        store.build(folders, Path(tmp) / "store", workers=workers)
        print(f"built in {time.process_time() - started:.1f} s of CPU", file=sys.stderr)
        generation = store.generation_dir(Path(tmp) / "store")
        out.mkdir(parents=True, exist_ok=True)
        for name, files in _table_files(generation).items():
            table = pa.concat_tables([pq.read_table(f) for f in files], promote_options="default")
            if KEY_COLUMN in table.column_names:
                table = table.drop_columns([KEY_COLUMN])
            pq.write_table(table, out / f"{name}.parquet")


def _table_files(generation: Path) -> dict[str, list[Path]]:
    """Each table of a generation and its files in order, whatever the layout: `name.parquet`, or
    parts `name/*.parquet`."""
    found = {p.stem: [p] for p in generation.glob("*.parquet")}
    for folder in sorted(p for p in generation.iterdir() if p.is_dir()):
        files = sorted(folder.glob("*.parquet"))
        if files:
            found[folder.name] = files
    return dict(sorted(found.items()))


def compare(a: Path, b: Path) -> int:
    """Print how the dumps `a` and `b` differ; the number of tables that differ."""
    names = sorted({p.name for p in a.glob("*.parquet")} | {p.name for p in b.glob("*.parquet")})
    differing = 0
    for name in names:
        if not (a / name).exists() or not (b / name).exists():
            print(f"{name}: only in {'b' if (b / name).exists() else 'a'}")
            differing += 1
            continue
        left, right = pq.read_table(a / name), pq.read_table(b / name)
        if left.equals(right):
            print(f"{name}: same ({left.num_rows} rows)")
            continue
        differing += 1
        _show(name, left, right)
    return differing


def _show(name: str, left: pa.Table, right: pa.Table) -> None:
    if left.schema != right.schema:
        print(f"{name}: schemas differ\n  a: {left.schema}\n  b: {right.schema}")
        return
    rows_a, rows_b = left.to_pylist(), right.to_pylist()
    print(f"{name}: differs ({len(rows_a)} rows in a, {len(rows_b)} in b)")
    shown = 0
    for i, (x, y) in enumerate(zip(rows_a, rows_b)):
        if x != y and shown < _SHOWN:
            shown += 1
            cols = [c for c in x if x[c] != y[c]]
            print(f"  row {i}: " + "; ".join(f"{c}: {x[c]!r} → {y[c]!r}" for c in cols))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.same", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="build the store of the seeds and a generated corpus, write its tables")
    d.add_argument("out", type=Path)
    d.add_argument("--pages", type=int, default=300, help="generated pages (0: the seeds only)")
    d.add_argument("--corpus", type=Path, help="a corpus written before (python -m bench.corpus)")
    d.add_argument("--workers", type=int, default=1, help="parse processes (the store must not depend on it)")
    c = sub.add_parser("compare", help="compare two dumps table by table")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        if args.out.exists():
            shutil.rmtree(args.out)
        dump(args.out, args.pages, args.corpus, args.workers)
        return 0
    return 1 if compare(args.a, args.b) else 0


if __name__ == "__main__":
    sys.exit(main())
