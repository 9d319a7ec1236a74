"""A big store for measuring the dashboard and the rebuild: a built store and its corpus, replicated.

    python -m bench.replicate STORE CORPUS OUT_STORE OUT_CORPUS [--copies 10]

Building a million articles on the benchmark's 2-core machine takes hours (≈ 0.12 s of wall time a
page with 2 workers, ≈ 143,000 pages), too long for one session. What the dashboard's queries and a
one-page rebuild cost depends on the store's size and shape, not on how it was made, so this tool
makes a store of `copies` × the articles of a built one without parsing a page again:

- copy k of every page is written to OUT_CORPUS/cKK/<source>, its bytes followed by k newlines (so
  that no two copies have the same bytes: a build keeps one page of repeated bytes), with a
  `pages.csv` row giving its issue date moved k whole years later (29 February becomes the 28th);
- every table of the store is copied part by part with that page's new source, content hash and
  store key (`jdash.store.page_key` of the current code, so a build over OUT_CORPUS finds every
  page stored and parses nothing), fresh article ids (`jdash.pipeline.article_id` of the new bytes:
  copy 0 keeps its ids), dates and years moved by k years, and the pages' near-duplicate signatures
  salted per copy (the copies are as many different papers, not near duplicates of each other);
- the result is a store of the current format (manifest, generation in parts, signatures, near
  duplicates) that `jdash` opens, queries and rebuilds like any other.

What it is not: a real decade of the paper. Copy k repeats copy 0's texts, officials and figures
(the printed periods inside figures, such as 2019年, are not moved), so distinct headlines, terms
and officials stay those of the source store; counts, timelines and table sizes grow ×copies.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import re
import sys
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from jdash import corrections, parts, store, summaries
from jdash.pipeline import PAGES_CSV, PageMeta, article_id, content_hash, discover_pages
from jdash.tables import KEY_COLUMN

# Tables whose rows name an article (`article_id`) and those whose rows name a page (`source`).
_DATE_COLUMNS = ("issue_date", "event_date")
# A different 64-bit salt per copy for the signatures' sentence hashes (copy 0 keeps its hashes).
_SALT = 0x9E3779B97F4A7C15
_YEAR = re.compile(r"^(\d{4})(.*)$")


class Mapping:
    """Old values of a string column → new ones, as Arrow arrays built once."""

    def __init__(self, pairs: dict[str, str]) -> None:
        self.old = pa.array(list(pairs), type=pa.string())
        self.new = pa.array(list(pairs.values()), type=pa.string())

    def __call__(self, column: pa.ChunkedArray) -> pa.Array:
        """Each value replaced by its new value (values not mapped, and nulls, kept)."""
        index = pc.index_in(column, value_set=self.old)
        return pc.if_else(pc.is_null(index), column, pc.take(self.new, pc.fill_null(index, 0)))


@dataclass(frozen=True)
class Copy:
    """What copy `k` changes (its dates move k years): page keys, content hashes (by new key), sources
    and article ids."""

    k: int
    keys: Mapping
    hashes: Mapping
    sources: Mapping
    ids: Mapping
    source_of: dict[str, str]  # old source → new, for records
    id_of: dict[str, str]  # old article id → new, for records


def shift_day(day: dt.date, years: int) -> dt.date:
    """`day` moved `years` whole years (29 February to the 28th where the year has none).

    >>> shift_day(dt.date(2016, 2, 29), 1), shift_day(dt.date(2016, 3, 1), 2)
    (datetime.date(2017, 2, 28), datetime.date(2018, 3, 1))
    """
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def shift_text(value: str | None, years: int) -> str | None:
    """An ISO date, or a year alone, or a date with a time, moved `years` years; other text as it is.

    >>> shift_text("2016-02-29", 3), shift_text("2015", 2), shift_text(None, 1), shift_text("春节", 1)
    ('2019-02-28', '2017', None, '春节')
    """
    if not value or not years:
        return value
    try:
        return shift_day(dt.date.fromisoformat(value[:10]), years).isoformat() + value[10:]
    except ValueError:
        pass
    match = _YEAR.match(value)
    return f"{int(match.group(1)) + years}{match.group(2)}" if match and not match.group(2)[:1].isdigit() else value


def _shift_dates(column: pa.ChunkedArray, years: int) -> pa.Array:
    """A timestamp column moved `years` years, each distinct value computed once."""
    if not years or column.null_count == len(column):
        return column
    distinct = pc.unique(column).drop_null()
    moved = [None if v is None else dt.datetime.combine(shift_day(v.date(), years), v.time())
             for v in distinct.to_pylist()]
    return pc.take(pa.array(moved, type=column.type), pc.index_in(column, value_set=distinct))


def _set(table: pa.Table, name: str, values) -> pa.Table:
    return table.set_column(table.schema.get_field_index(name), name, values)


def transform(table: pa.Table, name: str, copy: Copy) -> pa.Table:
    """One part of one table as copy `copy.k` holds it."""
    if KEY_COLUMN in table.column_names:
        table = _set(table, KEY_COLUMN, copy.keys(table.column(KEY_COLUMN)))
    if name == "pages":
        table = _set(table, "content_hash", copy.hashes(table.column(KEY_COLUMN)))
    for column in ("id" if name == "articles" else "", "article_id"):
        if column in table.column_names:
            table = _set(table, column, copy.ids(table.column(column)))
    for column in ("source", "older"):
        if column in table.column_names:
            table = _set(table, column, copy.sources(table.column(column)))
    for column in _DATE_COLUMNS:
        if column in table.column_names:
            table = _set(table, column, _shift_dates(table.column(column), copy.k))
    for column in ("issue_year", "told_until"):  # years, shifted as the dates are
        if column in table.column_names and copy.k:
            table = _set(table, column, pc.add(table.column(column), copy.k))
    if name == "records":
        table = _set(table, "record", pa.array([_record(r, copy) for r in table.column("record").to_pylist()],
                                               type=pa.string()))
    if name == "signatures" and copy.k:
        table = _set(table, "hashes", _salted(table.column("hashes"), copy.k))
    return table


def _record(text: str, copy: Copy) -> str:
    """A stored article record (`Article.to_dict` as JSON) as copy `copy.k` holds it."""
    data = json.loads(text)
    data["id"] = copy.id_of.get(data.get("id"), data.get("id"))
    data["source"] = copy.source_of.get(data.get("source"), data.get("source"))
    for key in _DATE_COLUMNS:
        data[key] = shift_text(data.get(key), copy.k)
    if data.get("issue_year") is not None:
        data["issue_year"] = int(data["issue_year"]) + copy.k
    for figure in data.get("figures") or []:
        if isinstance(figure, dict) and "issue_date" in figure:
            figure["issue_date"] = shift_text(figure["issue_date"], copy.k)
    return json.dumps(data, ensure_ascii=False)


def _salted(column: pa.ChunkedArray, k: int) -> pa.Array:
    """Each list of 64-bit sentence hashes XORed with copy `k`'s salt."""
    lists = column.combine_chunks()
    salt = np.uint64((_SALT * k) % 2**64)
    values = lists.values.to_numpy(zero_copy_only=False) ^ salt
    return pa.ListArray.from_arrays(lists.offsets, pa.array(values, type=pa.uint64()), mask=lists.is_null())


# ----------------------------------------------------------------------------- the corpus


def _metas(corpus: Path) -> dict[str, PageMeta | None]:
    pages, _ = discover_pages([corpus])
    return {p.source: p.meta for p in pages}


def _copy_page(corpus: Path, out: Path, source: str, k: int, meta: PageMeta | None,
               rows: list[list[str]]) -> tuple[str, str, str]:
    """Write copy k of one page; returns (new store key, new content hash, new source)."""
    data = (corpus / source).read_bytes() + b"\n" * k
    new_source = f"c{k:02d}/{source}"
    path = out / new_source
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    new_meta = None if meta is None else replace(meta, date=shift_text(meta.date, k))
    if new_meta is not None:
        rows.append([new_source, new_meta.date or "", new_meta.page or "", new_meta.paper or ""])
    digest = content_hash(data)
    return store.page_key(digest, new_source, new_meta), digest, new_source


# ----------------------------------------------------------------------------- the store


def _copies(generation: Path, corpus: Path, out_corpus: Path, n: int) -> list[Copy]:
    """Every copy's mappings, the copies' page files and `pages.csv` written."""
    pages = parts.read_table(generation, "pages", [KEY_COLUMN, "source"])
    keys, sources = pages.column(KEY_COLUMN).to_pylist(), pages.column("source").to_pylist()
    articles = parts.read_table(generation, "articles", [KEY_COLUMN, "id"])
    metas = _metas(corpus)
    rows: list[list[str]] = []
    out = []
    for k in range(n):
        new = {key: _copy_page(corpus, out_corpus, source, k, metas.get(source), rows) for key, source in zip(keys, sources)}
        ids, position = {}, {}
        for key, old in zip(articles.column(KEY_COLUMN).to_pylist(), articles.column("id").to_pylist()):
            order = position[key] = position.get(key, -1) + 1
            ids[old] = article_id(new[key][1], order)  # as the pipeline names a page's articles
        source_of = {source: new[key][2] for key, source in zip(keys, sources)}
        out.append(Copy(k, Mapping({key: v[0] for key, v in new.items()}), Mapping({v[0]: v[1] for v in new.values()}),
                        Mapping(source_of), Mapping(ids), source_of, ids))
    with open(out_corpus / PAGES_CSV, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "date", "page", "paper"])
        writer.writerows(rows)
    return out


def replicate(store_dir: Path, corpus: Path, out_store: Path, out_corpus: Path, copies: int = 10) -> dict:
    """Write OUT_STORE (a store of the current format) and OUT_CORPUS, `copies` copies of a built
    store and its corpus (module docstring). Returns what was written."""
    generation = store.generation_dir(store_dir)
    if out_store.exists() or out_corpus.exists():
        raise SystemExit(f"{out_store} or {out_corpus} exists already: give new folders")
    out_corpus.mkdir(parents=True)
    for sub in ("generations", "segments", "tmp", "uploads"):
        (out_store / sub).mkdir(parents=True)
    t0 = time.perf_counter()
    plan = _copies(generation, corpus, out_corpus, copies)
    name = store._new_id("generation")
    staging = out_store / "tmp" / name
    tables = [t for t in (*store._ALL_TABLES, *store._DERIVED) if (generation / t).is_dir()]
    number = 0
    for copy in plan:  # copy by copy, part by part: the build's page order (cKK/… sorts by copy)
        for part in (p.name for p in parts.table_files(generation, "pages")):
            number += 1
            stem = f"{number:06d}-{uuid.uuid4().hex[:12]}"
            for table in tables:
                if (generation / table / part).is_file():
                    _write(staging / table / f"{stem}.parquet",
                           transform(parts.read_file(generation / table / part), table, copy))
    _write_unkeyed(generation, staging, plan)
    _summarise(staging)
    store.record_files(staging)
    os.replace(staging, out_store / "generations" / name)
    manifest = {"format": store.STORE_FORMAT, "generation": name, "previous": None, "segments": [],
                "corrections": corrections.fingerprint(out_store)}
    (out_store / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    folder = out_store / "generations" / name
    return {"seconds": time.perf_counter() - t0, "copies": copies, "parts": number,
            "pages": parts.count_rows(folder, "pages"), "articles": parts.count_rows(folder, "articles")}


def _summarise(staging: Path) -> None:
    """Each part's summary tables (`jdash.summaries`: counted from the copied rows, as a build counts a part it
    writes) and the generation's mark: without them the dashboard scans, and the first build counts them all."""
    for page_file in parts.table_files(staging, "pages"):
        rows = {name: parts.read_file(staging / name / page_file.name) for name in ("articles", "officials", "figures", "terms")}
        for name, table in summaries.summarise(rows).items():
            _write(staging / name / page_file.name, table)
    summaries.mark(staging)


def _write_unkeyed(generation: Path, staging: Path, plan: list[Copy]) -> None:
    """The warnings that belong to no page (once: the next build replaces them) and the near-duplicate
    pairs (each copy's)."""
    build_part = generation / "warnings" / f"{parts.BUILD_PART}.parquet"
    if build_part.is_file():
        _write(staging / "warnings" / build_part.name, parts.read_file(build_part))
    pairs = generation / "near_duplicates.parquet"
    if pairs.is_file():
        table = parts.read_file(pairs)
        _write(staging / pairs.name, pa.concat_tables([transform(table, "near_duplicates", c) for c in plan]))


def _write(path: Path, table: pa.Table) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a built store (current format)")
    parser.add_argument("corpus", type=Path, help="the folder it was built from")
    parser.add_argument("out_store", type=Path)
    parser.add_argument("out_corpus", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args(argv)
    result = replicate(args.store, args.corpus, args.out_store, args.out_corpus, args.copies)
    print(json.dumps(result), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
