"""The on-disk corpus: Parquet tables keyed per page, rebuilt incrementally, never left half-written.

Layout of a store folder:

    manifest.json            which generation is current, and segments of an unfinished build
    generations/<id>/<table>/*.parquet   the corpus tables in parts of up to 1,000 consecutive pages
                             (`jdash.parts`), each row with a `_key` column naming its page; the
                             `signatures` parts (each page's sentence hashes) and
                             near_duplicates.parquet are derived from them
    segments/<id>/*.parquet      pages parsed by a build that has not finished yet
    uploads/<xx>/<sha256>/<name> uploaded pages, one folder per distinct content
    uploads/.meta.json           the pages.csv rows uploaded with them, by content (jdash.uploadmeta)
    page-hashes.parquet      each page file's content hash by its stamp (size, times, inode): not read again
    pages-csv.parquet        each pages.csv file's rows by its stamp: not read again (pipeline.CsvRows)
    lock                     flock'ed by whoever writes

A page's key hashes its bytes, its source name, its `pages.csv` row and the code that parses it;
a build parses only pages whose key is not stored yet. Parsed pages are flushed as segments while
the build runs, and finally merged with the current generation into a new one, part by part:
an unchanged part is hard-linked into the new generation, a part with a changed page is written
again, so a build holds a part or two in memory, never a whole table. Every file and
folder is written under a temporary name, fsync'ed and renamed into place, and `manifest.json`
(also replaced atomically) is the single commit point: a build killed at any moment leaves the
previous generation intact, and the next build reuses the segments already flushed.
"""

from __future__ import annotations

import concurrent.futures as futures
import contextlib
import ctypes
import dataclasses
import errno
import fcntl
import functools
import hashlib
import io
import json
import logging
import math
import multiprocessing
import multiprocessing.connection
import os
import re
import select
import shutil
import signal
import stat
import threading
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from jdash import budget as page_budget
from jdash import corrections, neardup, parts, summaries, tenures, uploadmeta
from jdash.atomicio import atomic_write as _atomic_write
from jdash.atomicio import fsync_dir as _fsync_dir
from jdash.errors import InputError, StoreDamagedError, StoreError, WorkerDiedError
from jdash.model import Article, ParseWarning
from jdash.pipeline import (
    MAX_PAGE_BYTES,
    CsvRows,
    PageFile,
    PageMeta,
    RealPaths,
    Stamp,
    content_hash,
    discover_pages,
    file_stamp,
    oversized_page_reason,
    process_page,
    read_page_bytes,
    settled,
)
from jdash.settings import Settings, load_settings
from jdash.tables import KEY_COLUMN, SCHEMAS, TABLES, Corpus, arrow_to_corpus, results_to_arrow
from jdash.textio import decode_page

# Bump when the store's layout or table schemas change: every page is parsed again.
STORE_FORMAT = 8  # 2: corrected_by/corrected_at columns (jdash.corrections); 3: the terms table;
# 4: pages.date_evidence; 5: figures.target; 6: articles.issue_year and pages.issue_year;
# 7: generations in parts (jdash.parts), with pages' signatures; 8: the tenure_mentions table

# The modules and data whose code decides what a page parses to; their bytes are part of every key.
_PARSING_MODULES = ("textio", "pipeline", "parser", "dates", "yearcues", "yearmodel", "tenures", "enrich", "gazetteer", "officials", "figures",
                    "figure_read", "figure_metric", "confidence", "topics", "nlp", "model", "tables",
                    *(f"parse/{p.stem}" for p in sorted((Path(__file__).parent / "parse").glob("*.py"))))

# A segment is flushed after this many parsed pages or seconds, whichever comes first: a killed
# build loses at most that much work.
SEGMENT_PAGES = 1000
SEGMENT_SECONDS = 30.0
# How long a build or upload waits for another one holding the store's lock.
LOCK_TIMEOUT = 600.0

_log = logging.getLogger(__name__)
_NAME_MAX = 255  # bytes in one file name on Linux file systems

_ALL_TABLES = (*TABLES, "records", "terms", "tenure_mentions")
_DERIVED = ("signatures",)  # a generation's tables made from its final rows, per part (jdash.neardup)
_UPLOADS = "uploads"
_REPLACED = "replaced.json"  # sources the user replaced by their newer near duplicate: left out of every build

Progress = Callable[[int, int], None]


@dataclass
class BuildReport:
    """What a build or an upload did."""

    store: Path
    parsed: int = 0  # pages parsed in this run
    reused: int = 0  # pages whose stored records were still valid
    removed: int = 0  # pages dropped because their file is gone
    pages: int = 0  # pages in the store afterwards
    articles: int = 0  # articles in the store afterwards
    added: list[str] = field(default_factory=list)  # sources new in the store, by name (as the upload page lists pages)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, source with the same bytes)
    near_duplicates: list[neardup.NearDuplicate] = field(default_factory=list)  # the same page, small differences
    repaired: list[str] = field(default_factory=list)  # damaged parts of the store discarded, and why
    warnings: list[ParseWarning] = field(default_factory=list)


# ----------------------------------------------------------------------------- public API


def build(
    paths: Iterable[str | os.PathLike[str]],
    store_dir: str | os.PathLike[str],
    workers: int = 1,
    progress: Progress | None = None,
    strict: bool = False,
    engine: str = "processes",
    scheduler: str | None = None,
    budget: page_budget.Budget | None = None,
) -> BuildReport:
    """Make the store hold exactly the pages under `paths` plus the store's uploads.

    Parses new and changed pages with `workers` processes, reuses the rest, drops pages whose
    files are gone. `engine="dask"` parses on a Dask cluster instead (`jdash.cluster`): the one at
    `scheduler` (an address such as tcp://host:8786), or a local one of `workers` processes; the
    store is the same. `progress(done, total)` is called as pages are parsed. The report's warnings
    are those of every page now in the store. With `strict`, any warning raises `InputError`
    and the store's tables stay as they were. Each page is parsed within `budget` (default: the
    settings'; jdash.budget): a page that spends it is reported and skipped.
    """
    store = Path(store_dir)
    budget = budget or page_budget.from_settings(load_settings())
    with _locked(store):
        real = RealPaths()  # what discovery learnt of the pages' real paths: no lstat per page again below
        csv_rows = CsvRows(_known_csv_rows(store))  # the pages.csv files the last build read, by stamp
        found, warnings = discover_pages(paths, real, csv_rows)
        if csv_rows.changed:
            _save_csv_rows(store, csv_rows.used)
        store_path = os.path.realpath(store)  # once, not per page: a realpath is a stat per component
        found = [p for p in found
                 if not _is_inside_real(real.known.get(p.location) or real(p.location), store_path)]
        found.extend(_discover_uploads(store / _UPLOADS))
        replaced = set(replaced_pages(store))
        found = [p for p in found if p.source not in replaced]
        repaired: list[str] = []
        for attempt in range(3):
            repaired += _discard_damaged(store, _damaged_parts(store, deep=None))
            try:
                report = _update(store, found, list(warnings), replace=True, workers=workers, progress=progress,
                                 strict=strict, engine=engine, scheduler=scheduler, budget=budget)
            except StoreDamagedError as err:  # found while reading (a corrupt data page): discard, again
                if attempt == 2:
                    raise
                repaired += _discard_damaged(store, [(_part_of(store, Path(err.path)), err.reason)])
                continue
            report.repaired = repaired
            return report
    raise AssertionError("unreachable")


def replaced_pages(store_dir: str | os.PathLike[str]) -> list[str]:
    """Pages the user replaced by their newer near duplicate (`replace_older`): no build stores them."""
    path = Path(store_dir) / _REPLACED
    try:
        listed = json.loads(path.read_text("utf-8")) if path.is_file() else []
    except (OSError, ValueError) as err:
        raise StoreError(f"{path} cannot be read: {err}") from err
    return [str(x) for x in listed] if isinstance(listed, list) else []


def replace_older(
    store_dir: str | os.PathLike[str], older: str, paths: Iterable[str | os.PathLike[str]], workers: int = 1,
) -> BuildReport:
    """Replace the page `older` by its newer near duplicate: `older` is left out of this and every later
    build of `paths` (listed in the store's replaced.json; its file is never touched), so its articles
    are no longer counted twice. Returns the report of the build that follows."""
    store = Path(store_dir)
    with _locked(store):
        listed = replaced_pages(store)
        if older not in listed:
            _atomic_write(store / _REPLACED, json.dumps([*listed, older], ensure_ascii=False).encode("utf-8"))
    return build(paths, store, workers)


def ingest_uploads(
    files: Iterable[tuple[str, bytes]],
    store_dir: str | os.PathLike[str],
    workers: int = 1,
    progress: Progress | None = None,
    settings: Settings | None = None,
) -> BuildReport:
    """Add uploaded `.txt` pages and `.zip` files of pages to the store.

    Each page is kept in the store's `uploads/` (content-addressed: the same bytes are kept once)
    and parsed into the store; nothing already stored is removed. Files or zip members that are
    too large, unsafe (`../` or absolute paths, links), not pages, or not text are skipped; the
    report's warnings say which and why, with the warnings of the uploaded pages.
    """
    limits = settings or load_settings()
    store = Path(store_dir)
    with _locked(store):
        for part, reason in _damaged_parts(store, deep=None):  # adding to a damaged store would hide what it lost
            raise StoreDamagedError(part, reason)
        saved, names, refused = _save_uploads(files, store / _UPLOADS, limits)
        _prepare(store)
        state = _read_state(store)
    # Parsing is what takes time: without the lock, so other uploads and builds wait only for the
    # merge and commit below (a page another upload stored meanwhile is taken from the store).
    budget = page_budget.from_settings(limits)
    ahead = _parse_ahead(state, saved, names, workers, progress, budget)
    with _locked(store):
        return _update(store, saved, refused, replace=False, workers=workers, progress=None, strict=False,
                       names=names, ahead=ahead, budget=budget)


def _parse_ahead(
    state: _State, found: Sequence[PageFile], names: Sequence[str], workers: int, progress: Progress | None,
    budget: page_budget.Budget | None = None,
) -> list[dict[str, pa.Table]]:
    """The tables of the found pages that `state` does not hold, keyed as the locked update will key
    them (if the store changed meanwhile, a page keyed otherwise is parsed again then)."""
    entries = _hash_entries(found, names, state, False, [], BuildReport(store=Path()), budget)
    todo = [e for e in entries if e.key not in state.keys]
    done, out = 0, []
    if progress:
        progress(0, len(todo))
    try:
        for keys, tables in _parse_chunks(todo, workers, budget=budget):
            out.append(tables)
            done += len(keys)
            if progress:
                progress(done, len(todo))
    except WorkerDiedError as err:
        raise WorkerDiedError(f"{err}; nothing was added to the store (the uploaded files are kept, and the "
                              "next build parses them)") from None
    return out


def load_corpus(store_dir: str | os.PathLike[str]) -> Corpus:
    """The store's current tables as a `Corpus`. Raises `StoreError` if there are none."""
    store = Path(store_dir)
    # A build finishing meanwhile may delete the generation we are reading: read the new one.
    for attempt in range(3):
        generation = _generation_dir(store)
        try:
            return arrow_to_corpus({name: parts.read_table(generation, name) for name in TABLES})
        except FileNotFoundError:
            if attempt == 2:
                raise StoreError(f"the store at {store} changed while it was read; try again") from None
        except OSError as err:
            raise StoreError(f"the store at {store} cannot be read: {err.strerror or err}") from None
    raise AssertionError("unreachable")


def apply_corrections(store_dir: str | os.PathLike[str], new: Sequence[corrections.Correction] = ()) -> int:
    """Add `new` corrections (those not in the file yet, by id) to the store's corrections file and
    apply the file without parsing anything: the pages that have corrections get their rows rebuilt
    from their uncorrected parse, and the tables are written as a new generation. Returns how many
    corrections were new."""
    store = Path(store_dir)
    with _locked(store):
        merged, added = corrections.merge_in(corrections.load(store), new)
        if added:
            corrections.save(store, merged)
        if not _read_manifest(store).get("generation"):
            return added  # nothing built yet: the next build applies them
        state = _read_state(store)
        _commit(store, state, _stage_generation(store, state, [], state.live_keys, None, state.keys)[0])
    return added


def current_generation(store_dir: str | os.PathLike[str]) -> str | None:
    """An id that changes whenever the store's tables change (None if there are none): a cache key."""
    return _read_manifest(Path(store_dir)).get("generation")


def generation_dir(store_dir: str | os.PathLike[str]) -> Path:
    """The folder of the store's current tables (for readers such as `jdash.engine`). Raises
    `StoreError` if there are none."""
    return _generation_dir(Path(store_dir))


def iter_article_records(store_dir: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Every stored article as `Article.to_dict()`, in corpus order."""
    generation = _generation_dir(Path(store_dir))
    order = [f.name for f in dataclasses.fields(Article)]
    for path in parts.table_files(generation, "records"):  # part by part: never the whole corpus at once
        records = _read_table(path)
        article_part = generation / "articles" / path.name
        bodies = _read_table(article_part, columns=["id", "body"]) if article_part.is_file() else None
        body_of = dict(zip(bodies.column("id").to_pylist(), bodies.column("body").to_pylist())) if bodies else {}
        for article_id, record in zip(records.column("article_id").to_pylist(), records.column("record").to_pylist()):
            data = json.loads(record)
            data["body"] = body_of.get(article_id, "")
            yield {name: data[name] for name in order if name in data}


# ----------------------------------------------------------------------------- keys


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code and data that parse pages: a change re-parses every page."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"store-format-{STORE_FORMAT}".encode())
    files = [package / f"{name}.py" for name in _PARSING_MODULES]
    files += sorted(p for p in (package / "data").rglob("*") if p.is_file())
    for path in files:
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    with contextlib.suppress(Exception):
        from importlib.metadata import version

        for package in ("jieba", "rjieba"):
            digest.update(f"{package}-{version(package)}".encode())
    return digest.hexdigest()


def page_key(page_hash: str, source: str, meta: PageMeta | None) -> str:
    """The store key of a page: its bytes' hash, its name, its metadata and the parsing code: the
    SHA-256 of `json.dumps([code_version(), source, page_hash, meta_row])`, written without `json.dumps`
    (`_json_row`: the same bytes at a third of its CPU, which at 143,000 pages was half a second of a rebuild)."""
    meta_row = (meta.date, meta.page, meta.paper) if meta else None  # dataclasses.astuple's, without its copies
    return hashlib.sha256(_json_row(code_version(), source, page_hash, meta_row).encode()).hexdigest()


_json_text = json.encoder.encode_basestring_ascii  # json.dumps' own quoting of a string (C), as ensure_ascii writes it


def _json_row(code: str, source: str, page_hash: str, meta_row: tuple[str | None, ...] | None) -> str:
    """`json.dumps([code, source, page_hash, meta_row])` for strings and a tuple of strings or None.

    >>> _json_row("c", "济宁/a.txt", "h", ("2022-05-08", None, '报"')) == json.dumps(["c", "济宁/a.txt", "h", ["2022-05-08", None, '报"']])
    True
    """
    if meta_row is None:
        row = "null"
    else:
        date, page, paper = meta_row
        row = (f"[{'null' if date is None else _json_text(date)}, {'null' if page is None else _json_text(page)}, "
               f"{'null' if paper is None else _json_text(paper)}]")
    return f"[{_json_text(code)}, {_json_text(source)}, {_json_text(page_hash)}, {row}]"


# ----------------------------------------------------------------------------- the update


@dataclass
class _Entry:
    """A page of this run: where it is, what it is called, what it is keyed by."""

    page: PageFile
    source: str
    digest: str
    key: str
    failed: str | None = None  # why it could not be read when its turn to be parsed came


@dataclass
class _State:
    """What the store holds now: manifest, and per stored key its content hash and source."""

    manifest: dict[str, Any]
    keys: dict[str, tuple[str, str]]  # key → (content_hash, source), current generation and segments
    live_keys: list[str]  # keys of the current generation, in corpus order
    parts: list[tuple[str, list[str]]] = field(default_factory=list)  # the generation's parts and their keys


def _update(
    store: Path,
    found: Sequence[PageFile],
    warnings: list[ParseWarning],
    *,
    replace: bool,
    workers: int,
    progress: Progress | None,
    strict: bool,
    names: Sequence[str] | None = None,
    ahead: Sequence[dict[str, pa.Table]] = (),
    engine: str = "processes",
    scheduler: str | None = None,
    budget: page_budget.Budget | None = None,
) -> BuildReport:
    """Bring the store up to date with `found` pages: replace its pages, or add to them.

    `names` (parallel to `found`) are what the user called the pages, for the report; `ahead` are
    tables of pages parsed before the lock was taken (`_parse_ahead`).
    """
    _prepare(store)
    state = _read_state(store)
    _collect_garbage(store, state.manifest)
    report = BuildReport(store=store)
    start_workers_early(len(found) - len(state.live_keys), workers, engine)  # a cold build, mostly
    entries = _hash_entries(found, names, state, replace, warnings, report, budget, store)
    fresh = [e for e in entries if e.key not in state.keys]
    buffer = _parse_fresh(store, state, fresh, ahead, workers, progress, engine, scheduler, budget)
    # Files that vanished between hashing and parsing are not pages of this corpus.
    warnings.extend(ParseWarning(e.source, e.failed) for e in entries if e.failed)
    entries = [e for e in entries if not e.failed]
    report.parsed = sum(1 for e in fresh if not e.failed)
    report.reused = len(entries) - report.parsed
    order, new_keys = _order_entries(state, entries, replace, report)
    build_warnings = warnings if replace else None  # in add mode the stored ones stay; refusals are told
    unchanged = not buffer and _unchanged(store, state, order, build_warnings)
    meta = {**state.keys, **{e.key: (e.digest, e.source) for e in entries}}
    staging = None
    if not unchanged:  # officials' tenures date undated pages; then corrections and near duplicates
        staging, pairs = _stage_generation(store, state, buffer, order, build_warnings, meta, entries)
        report.near_duplicates = _told_pairs(pairs, report, replace)
    report.warnings = _warnings_of(staging or _generation_dir(store), None if replace else new_keys)
    if not replace:
        report.warnings += warnings
    if strict and report.warnings:
        first, more = report.warnings[0], len(report.warnings) - 1
        raise InputError(first.source, f"{first.reason} (and {more} more warnings)" if more else first.reason)
    if staging is not None:
        _commit(store, state, staging)
    report.pages, report.articles = _counts(store)
    return report


def _parse_fresh(
    store: Path, state: _State, fresh: list[_Entry], ahead: Sequence[dict[str, pa.Table]], workers: int,
    progress: Progress | None, engine: str = "processes", scheduler: str | None = None,
    budget: page_budget.Budget | None = None,
) -> list[dict[str, pa.Table]]:
    """Tables of the pages not stored yet: those parsed ahead (without the lock), the rest parsed now.
    A page that spent its budget is stored under its budget key (`_budget_key`): its entry takes it."""
    parsed_ahead = {k for t in ahead for k in t["pages"].column(KEY_COLUMN).to_pylist()}
    _adopt_budget_keys(fresh, parsed_ahead, budget)
    buffer = [t for t in ahead if parsed_ahead & {e.key for e in fresh}]
    parsed: set[str] = set()
    buffer += _parse_into_segments(store, state, [e for e in fresh if e.key not in parsed_ahead], workers,
                                   progress, engine, scheduler, budget, parsed)
    _adopt_budget_keys(fresh, parsed, budget)
    return buffer


def _budget_key(key: str, budget: page_budget.Budget) -> str:
    """The key a page is stored under when it spent `budget`: under another budget it is parsed again
    (the pages that fit keep their key whatever the budget, so changing it re-parses only those that did not)."""
    return hashlib.sha256(f"{key}:over-budget:{budget.tag()}".encode()).hexdigest()


def _adopt_budget_keys(entries: Sequence[_Entry], stored: set[str] | dict[str, Any],
                       budget: page_budget.Budget | None) -> None:
    """Entries whose page is stored under its budget key (it spent the budget) take that key."""
    for entry in entries if budget is not None else ():
        if entry.key not in stored and _budget_key(entry.key, budget) in stored:
            entry.key = _budget_key(entry.key, budget)


def _hash_entries(
    found: Sequence[PageFile],
    names: Sequence[str] | None,
    state: _State,
    replace: bool,
    warnings: list[ParseWarning],
    report: BuildReport,
    budget: page_budget.Budget | None = None,
    store: Path | None = None,
) -> list[_Entry]:
    """Read and key each found page; unreadable ones become warnings, repeated bytes duplicates.
    A page stored as over this `budget` keeps that key (it is not parsed again under the same budget).
    A page file whose size, times and inode are those `store`'s `_HASHES` recorded is not read again:
    its recorded hash is taken (writing a file changes its modification and change times).

    In add mode the stored pages stay, so their bytes and names are taken already.
    """
    known = _known_hashes(store) if store is not None else {}
    seen: dict[str, tuple[Stamp, str]] = {}
    taken_hashes: dict[str, str] = {}
    taken_sources: set[str] = set()
    if not replace:
        for key in state.live_keys:
            digest, source = state.keys[key]
            taken_hashes.setdefault(digest, source)
            taken_sources.add(source)
    entries: list[_Entry] = []
    for index, page in enumerate(found):
        digest = _hash_of(page, known, seen, warnings)
        if digest is None:
            continue
        if digest in taken_hashes:
            report.duplicates.append((names[index] if names else page.source, taken_hashes[digest]))
            continue
        source = _unique_source(page.source, digest, taken_sources)
        taken_hashes[digest] = source
        taken_sources.add(source)
        entries.append(_Entry(page, source, digest, page_key(digest, source, page.meta)))
    _adopt_budget_keys(entries, state.keys, budget)
    if store is not None and _worth_saving(seen, known):
        _save_hashes(store, seen)
    return entries


# A big page-hash record is written again only when more than this share of its entries changed: a one-page
# rebuild changes one (the page just written is not kept: it is racy), and writing 143,000 entries again cost
# more than reading the few pages left out of the record again next time.
_HASHES_SLACK = 0.005
_HASHES_SMALL = 10_000  # a record this small is written whenever it changes


def _worth_saving(seen: dict[str, Any], known: dict[str, Any]) -> bool:
    """Whether the page-hash record `seen` (this build's) should replace `known` (the stored one).

    >>> old = {f"p{i}": ((1, 2, 3, i), "h") for i in range(20_000)}
    >>> _worth_saving({**old, "p0": ((9, 9, 9, 9), "h")}, old), _worth_saving({}, old), _worth_saving(old, old)
    (False, True, False)
    """
    if seen == known:
        return False
    if len(known) < _HASHES_SMALL:
        return True
    return len(seen.items() ^ known.items()) > _HASHES_SLACK * len(known)  # a changed entry counts twice


# Each page file's hash with the file's size, modification and change times (ns) and inode when it was
# read (store root): an unchanged page of a big corpus is not read again by the next build.
_HASHES = "page-hashes.parquet"
def _hash_of(page: PageFile, known: dict[str, tuple[Stamp, str]],
             seen: dict[str, tuple[Stamp, str]], warnings: list[ParseWarning]) -> str | None:
    """The page's content hash: the one `known` for its file's stamp, else its bytes' (None, with a warning,
    if they cannot be read). Fresh hashes of settled files (`pipeline.settled`) go into `seen`."""
    path = os.fspath(page.location)
    stamp = file_stamp(path)
    hit = known.get(path)
    if stamp is not None and hit is not None and hit[0] == stamp:
        seen[path] = hit
        return hit[1]
    data = _read_or_warn(page, warnings)
    if data is None:
        return None
    digest = content_hash(data)
    if settled(stamp):
        seen[path] = (stamp, digest)
    return digest


def _known_hashes(store: Path) -> dict[str, tuple[Stamp, str]]:
    try:
        table = pq.read_table(store / _HASHES).to_pydict()
    except (OSError, pa.ArrowException):
        return {}  # none yet, or unreadable: every page is read
    stamps = zip(*(table[c] for c in ("size", "mtime_ns", "ctime_ns", "inode")))
    return dict(zip(table["path"], zip(stamps, table["digest"])))  # zips, not a loop: 143,000 rows


def _save_hashes(store: Path, seen: dict[str, tuple[Stamp, str]]) -> None:
    stamps = [stamp for stamp, _ in seen.values()]
    rows = {"path": list(seen), "digest": [digest for _, digest in seen.values()]}
    for name, values in zip(("size", "mtime_ns", "ctime_ns", "inode"), zip(*stamps) if stamps else ((),) * 4):
        rows[name] = list(values)  # a column per part of the stamps, by zip: no indexing per row
    temp = store / "tmp" / f".hashes-{uuid.uuid4().hex}"
    temp.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(rows), temp)
    os.replace(temp, store / _HASHES)


# The rows of the pages.csv files the last build read without warnings, by file and stamp (pipeline.CsvRows).
_CSV_ROWS = "pages-csv.parquet"
_CSV_COLUMNS = ("csv", "size", "mtime_ns", "ctime_ns", "inode", "file", "date", "page", "paper")


def _known_csv_rows(store: Path) -> dict[str, tuple[Stamp, dict[str, PageMeta]]]:
    """What `_save_csv_rows` kept ({} if nothing, or unreadable: the files are read again)."""
    try:
        table = pq.read_table(store / _CSV_ROWS, columns=list(_CSV_COLUMNS))
    except (OSError, pa.ArrowException):
        return {}
    files = table.column("file").to_pylist()
    metas = _row_metas(table.select(["date", "page", "paper"]))
    csv = table.column("csv").combine_chunks().dictionary_encode().indices.to_numpy(zero_copy_only=False)
    starts = np.flatnonzero(np.r_[True, csv[1:] != csv[:-1]]).tolist() if len(csv) else []
    out: dict[str, tuple[Stamp, dict[str, PageMeta]]] = {}
    for start, end in zip(starts, starts[1:] + [len(csv)]):  # each run of one csv's rows
        stamp = tuple(table.column(c)[start].as_py() for c in _CSV_COLUMNS[1:5])
        rows = out.setdefault(table.column("csv")[start].as_py(), (stamp, {}))[1]  # type: ignore[misc]
        rows.update(zip(files[start:end], metas[start:end]))
    return out


def _row_metas(cells: pa.Table) -> list[PageMeta]:
    """Each row's `PageMeta` (date, page, paper), one object per distinct row as `parse_pages_csv` makes: rows
    told apart by the codes of their cells (null a code of its own), not by a dictionary look-up per row
    (0.6 s of CPU for 143,000 rows).

    >>> m = _row_metas(pa.table({"date": ["2020-01-02", None, "2020-01-02"], "page": ["1", "1", "1"], "paper": [None] * 3}))
    >>> m[0] is m[2] and m[0] != m[1] and m[1] == PageMeta(None, "1", None)
    True
    """
    codes = np.zeros(cells.num_rows, dtype=np.int64)
    for column in cells.columns:
        encoded = column.combine_chunks().dictionary_encode()
        cell = encoded.indices.fill_null(len(encoded.dictionary)).to_numpy(zero_copy_only=False).astype(np.int64)
        codes = np.unique(codes * (len(encoded.dictionary) + 1) + cell, return_inverse=True)[1].reshape(-1)
    first = np.unique(codes, return_index=True)[1]
    distinct = [PageMeta(*row) for row in zip(*(c.take(pa.array(first)).to_pylist() for c in cells.columns))]
    return [distinct[i] for i in codes.tolist()]


def _save_csv_rows(store: Path, kept: dict[str, tuple[Stamp, dict[str, PageMeta]]]) -> None:
    columns: dict[str, list[Any]] = {name: [] for name in _CSV_COLUMNS}
    for csv_path, (stamp, rows) in kept.items():
        columns["csv"] += [csv_path] * len(rows)
        for name, value in zip(_CSV_COLUMNS[1:5], stamp):
            columns[name] += [value] * len(rows)
        columns["file"] += rows.keys()
        for name in ("date", "page", "paper"):
            columns[name] += [getattr(meta, name) for meta in rows.values()]
    types = {"size": pa.int64(), "mtime_ns": pa.int64(), "ctime_ns": pa.int64(), "inode": pa.int64()}
    temp = store / "tmp" / f".csv-rows-{uuid.uuid4().hex}"
    temp.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({n: pa.array(v, type=types.get(n, pa.string())) for n, v in columns.items()}), temp)
    os.replace(temp, store / _CSV_ROWS)


def _read_or_warn(page: PageFile, warnings: list[ParseWarning]) -> bytes | None:
    """The page's bytes, or None with a warning naming the file and the reason."""
    try:
        return read_page_bytes(page.location, page.source)
    except InputError as err:
        warnings.append(ParseWarning(err.source, err.reason))
    except OSError as err:
        warnings.append(ParseWarning(page.source, f"cannot read: {err.strerror or 'unreadable'}"))
    return None


def _order_entries(
    state: _State, entries: list[_Entry], replace: bool, report: BuildReport
) -> tuple[list[str], set[str]]:
    """The page keys of the new generation in order, and those of them not stored before."""
    live_before = set(state.live_keys)
    fresh = [e for e in entries if e.key not in live_before]
    if replace:
        order = [e.key for e in entries]
        # A changed page is replaced, not removed: count the names that are gone. A generation's names are
        # unique (`_unique_source`), so the name of a key no longer live can only be back as a new key's.
        gone = live_before.difference(order)
        report.removed = len({state.keys[k][1] for k in gone} - {e.source for e in fresh}) if gone else 0
    else:
        order = state.live_keys + [e.key for e in fresh]
    report.added = sorted(e.source for e in fresh)  # by name: in the order uploaded they read as shuffled
    return order, {e.key for e in fresh}


def _unchanged(store: Path, state: _State, order: list[str], build_warnings: list[ParseWarning] | None) -> bool:
    """Whether the current generation already is what this build would write."""
    return (bool(state.manifest.get("generation")) and order == state.live_keys
            and not state.manifest.get("segments")
            and state.manifest.get("corrections", "") == corrections.fingerprint(store)
            and (build_warnings is None or _stored_build_warnings(store) == build_warnings)
            and summaries.written_by(_generation_dir(store)) == summaries.version()
            and summaries.network_written_by(_generation_dir(store)) == summaries.network_version())


def _unique_source(source: str, digest: str, taken: set[str]) -> str:
    # Two different pages with one name (two folders, two uploads): the later one gets its hash.
    if source not in taken:
        return source
    path = PurePosixPath(source)
    return str(path.with_name(f"{path.stem}~{digest[:8]}{path.suffix}"))


_RENAMED = re.compile(r"~[0-9a-f]{8}(\.[^/.]*)?$")


def given_its_hash(source: str) -> bool:
    """Whether a stored page's name is one `_unique_source` gave it: another page of its name, with other text,
    was stored first (the upload page says why `k/k01~98b222f1.txt` was added under that name).

    >>> given_its_hash("k/k01~98b222f1.txt"), given_its_hash("k/k01.txt"), given_its_hash("a~b.txt")
    (True, False, False)
    """
    return bool(_RENAMED.search(source))


def _parse_into_segments(
    store: Path, state: _State, entries: list[_Entry], workers: int, progress: Progress | None,
    engine: str = "processes", scheduler: str | None = None, budget: page_budget.Budget | None = None,
    parsed: set[str] | None = None,
) -> list[dict[str, pa.Table]]:
    """Parse `entries`, flushing finished pages as segments now and then; returns the unflushed rest.
    The keys the pages were stored under are added to `parsed`."""
    buffer: list[dict[str, pa.Table]] = []
    buffered_pages = 0
    last_flush = time.monotonic()
    done = 0
    total = len(entries)
    if progress:
        progress(0, total)
    saved = 0
    try:
        for keys, tables in _parse_chunks(entries, workers, engine, scheduler, budget):
            buffer.append(tables)
            if parsed is not None:
                parsed.update(keys)
            buffered_pages += len(keys)
            done += len(keys)
            if progress:
                progress(done, total)
            if buffered_pages >= SEGMENT_PAGES or (time.monotonic() - last_flush >= SEGMENT_SECONDS and done < total):
                _write_segment(store, state, buffer)
                saved += buffered_pages
                buffer, buffered_pages, last_flush = [], 0, time.monotonic()
    except WorkerDiedError as err:
        raise WorkerDiedError(f"{err}; {_what_was_kept(saved)}") from None
    return buffer


def _what_was_kept(saved: int) -> str:
    """What a build that stopped keeps of its work, for its message (issue 9 item 10: never "kept" when
    nothing was).

    >>> _what_was_kept(0)
    'no page of this run had been saved yet: the next build parses them all'
    """
    if not saved:
        return "no page of this run had been saved yet: the next build parses them all"
    return f"the {saved} pages parsed before were saved, and the next build does not parse them again"


def _parse_chunks(entries: list[_Entry], workers: int, engine: str = "processes", scheduler: str | None = None,
                  budget: page_budget.Budget | None = None) -> Iterator[tuple[list[str], dict[str, pa.Table]]]:
    """(stored keys, tables) of chunks of `entries`, each page parsed within `budget`."""
    if not entries:
        return
    chunk = max(1, min(50, math.ceil(len(entries) / (workers * 8))))
    tasks = (_read_task(entries[i:i + chunk]) for i in range(0, len(entries), chunk))
    parse = functools.partial(_parse_task, budget=budget)
    if engine == "dask":  # a real cluster engine; the store is written here, the same way
        from jdash.cluster import run_on_dask

        yield from run_on_dask(parse, tasks, scheduler=scheduler, workers=workers, check=code_version)
        return
    # Processes only pay off when each gets several chunks: starting one and loading jieba costs seconds.
    # But a budget stops a parse only in a process's main thread: from any other (the dashboard's),
    # pages are parsed in a worker process.
    processes = workers if len(entries) >= 4 * workers else 1
    if processes == 1 and (budget is None or page_budget.enforceable()):
        yield from map(parse, tasks)
        return
    if threading.current_thread() is not threading.main_thread():
        # The dashboard: multiprocessing's workers would run its Streamlit script again (jdash.subparse).
        from jdash import subparse

        yield from subparse.run(parse, tasks, processes)
        return
    yield from _run_pool(parse, tasks, workers)


# How often a wait for a chunk looks whether a worker died (seconds): a dead worker is noticed this fast.
_WATCH_SECONDS = 0.5


def _run_pool(fn: Callable[[Any], Any], tasks: Iterable[Any], workers: int) -> Iterator[Any]:
    """`fn(task)` for every task in a pool of `workers` forkserver processes, results as they finish,
    at most 2 × `workers` tasks in flight. Raises `WorkerDiedError` as soon as a worker dies, and never
    waits for ever on a dead one: a worker killed while it sent its result leaves the pool's own
    thread blocked for good on the half-sent message (seen on CPython 3.11.7), so no result, no
    `BrokenProcessPool`, and `shutdown(wait=True)` would wait for that thread too."""
    pool = futures.ProcessPoolExecutor(max_workers=workers, mp_context=_forkserver(), initializer=_die_with_build,
                                       initargs=(os.getpid(),))
    finished_all = False
    try:
        pending: set[futures.Future] = set()
        for task in tasks:
            pending.add(pool.submit(fn, task))
            if len(pending) >= 2 * workers:  # bounded: never all pages' bytes in memory at once
                finished, pending = _wait_watching(pool, pending)
                yield from (f.result() for f in finished)
        while pending:
            finished, pending = _wait_watching(pool, pending)
            yield from (f.result() for f in finished)
        finished_all = True
    except futures.process.BrokenProcessPool as err:
        raise WorkerDiedError(f"a worker process died while parsing ({err})") from None
    finally:
        if finished_all:
            pool.shutdown(wait=True)  # every result is in: the workers are idle and exit at once
        else:
            _abandon(pool)


def _wait_watching(pool: futures.ProcessPoolExecutor,
                   pending: set[futures.Future]) -> tuple[set[futures.Future], set[futures.Future]]:
    """(finished, still pending) once one of `pending` finished; `WorkerDiedError` once a worker of
    `pool` has ended (a worker ends only at shutdown, so while tasks are pending an end is a death)."""
    while True:
        finished, pending = futures.wait(pending, timeout=_WATCH_SECONDS, return_when=futures.FIRST_COMPLETED)
        if finished:
            return finished, pending
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            if multiprocessing.connection.wait([process.sentinel], timeout=0):
                raise WorkerDiedError(f"a worker process died while parsing (pid {process.pid} ended, "
                                      f"{_how_it_ended(process)})")


def _how_it_ended(process: multiprocessing.process.BaseProcess) -> str:
    """A dead worker's end in words.

    >>> _how_it_ended(type("P", (), {"exitcode": -9})())
    'killed by SIGKILL'
    """
    code = process.exitcode
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
    return f"exit status {code}"


def _abandon(pool: futures.ProcessPoolExecutor) -> None:
    """Stop `pool` without waiting on its work: cancel what has not started, kill the workers, and free
    the pool's thread if a dying worker left it reading a half-sent result (the result pipe's last
    write end is this process's own: closing it ends that read), so the interpreter can exit."""
    # shutdown() drops the pool's references to these: take them first.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    results = getattr(pool, "_result_queue", None)
    thread = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.kill()
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.join(timeout=5)
    if results is not None:
        with contextlib.suppress(OSError):
            results._writer.close()
    if thread is not None:
        thread.join(timeout=5)


def _forkserver() -> multiprocessing.context.BaseContext:
    """The context the parse workers start from: a forkserver that imported the pipeline and warmed
    it (`jdash.warmup`), so every worker forked from it starts warm. Started at most once per
    process; `start_workers_early` may have started it already, while the pages were hashed."""
    context = multiprocessing.get_context("forkserver")
    # Not '__main__': a Streamlit script must not run again in the workers.
    context.set_forkserver_preload(["jdash.store", "jdash.warmup"])
    return context


def start_workers_early(pages: int, workers: int, engine: str = "processes") -> None:
    """Start the forkserver (its imports and warm-up, about two seconds of CPU) now, in the
    background, when `pages` pages are about to be parsed by a pool of `workers` processes; the
    build hashes its pages meanwhile. Nothing when the pages will be parsed in this process."""
    main_thread = threading.current_thread() is threading.main_thread()  # else jdash.subparse's workers
    if engine == "processes" and workers > 1 and pages >= 4 * workers and main_thread:
        from multiprocessing import forkserver

        _forkserver()
        forkserver.ensure_running()


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with_build(build_pid: int) -> None:
    """Runs first in each worker process: the worker exits as soon as the build's process is gone
    (`kill`, `kill -9`, `timeout`), so a killed build leaves no worker behind. The forkserver and the
    resource tracker then follow on their own: every worker holds the write end of the forkserver's
    "alive" pipe, so the forkserver cannot notice the build's death while a worker lives, and a death
    signal armed for the forkserver's death would wait for ever. Linux watches the build through a
    pidfd (readable when the process ends); elsewhere, every half second through its pid."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)  # the forkserver killed: the workers go too
    try:
        watch = os.pidfd_open(build_pid)
    except ProcessLookupError:
        os._exit(1)  # the build died before its worker started
    except (OSError, AttributeError):
        watch = None
    threading.Thread(target=_exit_when_gone, args=(build_pid, watch), daemon=True,
                     name="jdash-build-watch").start()


def _exit_when_gone(build_pid: int, watch: int | None) -> None:
    """The worker's watch on the build: returns never; ends the process when the build has ended."""
    if watch is not None:
        select.select([watch], [], [])
        os._exit(1)
    while True:
        try:
            os.kill(build_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        time.sleep(0.5)


_Task = list[tuple[str, str, bytes, PageMeta | None]]


def _read_task(entries: list[_Entry]) -> _Task:
    task = []
    for entry in entries:
        try:
            data = read_page_bytes(entry.page.location, entry.source)
        except InputError as err:
            entry.failed = err.reason
            continue
        except OSError as err:
            entry.failed = f"cannot read: {err.strerror or 'unreadable'}"
            continue
        digest = content_hash(data)
        if digest != entry.digest:  # the file changed since it was hashed: key the bytes we parse
            entry.digest, entry.key = digest, page_key(digest, entry.source, entry.page.meta)
        task.append((entry.key, entry.source, data, entry.page.meta))
    return task


def _parse_task(task: _Task, budget: page_budget.Budget | None = None) -> tuple[list[str], dict[str, pa.Table]]:
    """Runs in a worker: parse a chunk of pages into Arrow tables keyed by page, each within `budget`;
    a page that spent it is keyed by its budget key."""
    results = [process_page(source, data, meta, budget=budget) for _, source, data, meta in task]
    keys = [_budget_key(key, budget) if budget is not None and page_budget.spent(result.warnings) else key
            for (key, _, _, _), result in zip(task, results)]
    return keys, results_to_arrow(results, keys)


def _stage_generation(
    store: Path, state: _State, buffer: list[dict[str, pa.Table]], order: list[str],
    build_warnings: list[ParseWarning] | None, meta: dict[str, tuple[str, str]], entries: Sequence[_Entry] = (),
) -> tuple[Path, list[neardup.NearDuplicate]]:
    """Write the new generation into a staging folder (renamed into place by `_commit`): each live
    page's rows from wherever they are, once, in order, in parts (`jdash.parts`), the undated pages of
    `entries` dated again by officials' tenures (`_tenure_sources`), the user's corrections applied to
    the pages they concern, and the near-duplicate pages found from the pages' signatures. Returns the
    folder and those pairs. `build_warnings` replace the stored warnings that belong to no page,
    unless None. `meta`: each key's (content hash, source)."""
    staging = store / "tmp" / _new_id("generation")
    staging.mkdir(parents=True)
    sources = []
    if state.manifest.get("generation"):
        folder = store / "generations" / state.manifest["generation"]
        sources += [parts.part_source(folder, part, keys, (*_ALL_TABLES, *_DERIVED)) for part, keys in state.parts]
    sources += [parts.segment_source(s, store / "segments" / s, _ALL_TABLES) for s in state.manifest.get("segments", [])]
    if buffer:
        sources.append(parts.memory_source("parsed", buffer, _ALL_TABLES))
    sources = _tenure_sources(store, sources, order, entries) + sources
    applier = corrections.Applier(store, order, [meta[k][1] for k in order], [meta[k][0] for k in order])
    try:
        parts.write_generation(staging, order, sources, _ALL_TABLES, _build_warnings_table(store, state, build_warnings),
                               applier, derive=_signatures, derived=_DERIVED, summaries=summaries.Summaries())
    except KeyError as err:
        raise StoreError(str(err.args[0])) from None
    summaries.mark(staging)
    applier.finish()
    pairs = _near_duplicates(store, state, order, staging)
    _fsync_file(staging / "near_duplicates.parquet")
    record_files(staging)
    return staging, pairs


def _near_duplicates(store: Path, state: _State, order: list[str], staging: Path) -> list[neardup.NearDuplicate]:
    """The staged generation's near-duplicate pairs from its pages' signatures, written with the rules they
    were found by: the last generation's kept for the pages no changed page shares a sentence with
    (`neardup.find_signed_since`) when they can be (`_since_last`), else all found again."""
    columns = ["source", "hashes"]  # what find_signed reads (not the 143,000 keys at 1M)
    signed = pa.concat_tables([neardup.SIGNATURE_SCHEMA.empty_table().select(columns),
                               *(parts.read_file(f, columns) for f in parts.table_files(staging, "signatures"))])
    since = _since_last(store, state, order, staging)
    pairs = neardup.find_signed(signed) if since is None else neardup.find_signed_since(signed, *since)
    table = neardup.table(pairs).replace_schema_metadata({neardup.RULES_MARK: neardup.RULES.encode()})
    pq.write_table(table, staging / "near_duplicates.parquet", compression="zstd")
    return pairs


def _since_last(store: Path, state: _State, order: list[str],
                staging: Path) -> tuple[list[tuple[str, list[int]]], list[neardup.NearDuplicate]] | None:
    """The old and new signatures (source, sentence hashes) of the pages the staged generation changed (added,
    removed, or signed otherwise: the signatures of its parts not linked from the last generation against
    those of the last one's parts not linked into it), and the last generation's pairs; None if there are
    none by these rules, if the pages both generations hold are not in the same order, or if more than
    `_CHANGED_SHARE` of the pages changed."""
    if not state.manifest.get("generation"):
        return None
    last = store / "generations" / state.manifest["generation"]
    gone, fresh = set(state.live_keys).difference(order), set(order).difference(state.live_keys)
    if [k for k in state.live_keys if k not in gone] != [k for k in order if k not in fresh]:
        return None
    try:
        found = pq.read_table(last / "near_duplicates.parquet")
        if (found.schema.metadata or {}).get(neardup.RULES_MARK) != neardup.RULES.encode():
            return None
        written, dropped = _unlinked_signatures(staging, last), _unlinked_signatures(last, staging)
    except (OSError, pa.ArrowException, StoreDamagedError):
        return None
    changed = [signature for rows, other in ((written, dropped), (dropped, written))
               for key, signature in rows.items() if other.get(key) != signature]
    if len(changed) > _CHANGED_SHARE * len(order):  # as much work as finding them all, and more code to run
        return None
    return changed, [neardup.NearDuplicate(**row) for row in found.to_pylist()]


# A build that changed more than this share of the pages finds every near-duplicate pair again.
_CHANGED_SHARE = 0.01


def _unlinked_signatures(folder: Path, other: Path) -> dict[str, tuple[str, list[int]]]:
    """Each page's signature (source, sentence hashes; by key) in the signature files of generation `folder`
    that are not links of generation `other`'s (the parts one build wrote, or the other dropped)."""
    linked = {f.stat().st_ino for f in parts.table_files(other, "signatures")}
    rows: dict[str, tuple[str, list[int]]] = {}
    for path in parts.table_files(folder, "signatures"):
        if path.stat().st_ino not in linked:
            table = parts.read_file(path, [neardup.KEY, "source", "hashes"]).to_pydict()
            rows.update(zip(table[neardup.KEY], zip(table["source"], table["hashes"])))
    return rows


def _told_pairs(pairs: list[neardup.NearDuplicate], report: BuildReport, replace: bool) -> list[neardup.NearDuplicate]:
    """The near-duplicate pairs a report names: all of a build's, an upload's own."""
    added = set(report.added)
    return [p for p in pairs if replace or p.source in added]


def _build_warnings_table(store: Path, state: _State, build_warnings: list[ParseWarning] | None) -> pa.Table:
    """The warnings that belong to no page (key ""): `build_warnings`, or the stored ones if None."""
    if build_warnings is None:
        kept = _stored_build_warnings(store) if state.manifest.get("generation") else []
    else:
        kept = build_warnings
    return pa.Table.from_pylist([{"source": w.source, "reason": w.reason, KEY_COLUMN: ""} for w in kept],
                                schema=SCHEMAS["warnings"].append(pa.field(KEY_COLUMN, pa.string())))


def _signatures(rows: dict[str, pa.Table], kept: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """A written part's derived tables: its pages' signatures (jdash.neardup), those its old parts
    `kept` for pages they give unchanged, the others' made from their final articles; in page order."""
    old = kept.get("signatures", neardup.SIGNATURE_SCHEMA.empty_table())
    articles = rows["articles"]
    articles = articles.filter(pc.invert(pc.is_in(articles.column(KEY_COLUMN), value_set=old.column(KEY_COLUMN))))
    joined = pa.concat_tables([old.cast(neardup.SIGNATURE_SCHEMA), neardup.signatures(articles)])
    ranks = pc.index_in(joined.column(KEY_COLUMN), value_set=rows["pages"].column(KEY_COLUMN))
    return {"signatures": joined.append_column("_rank", ranks).sort_by("_rank").drop_columns(["_rank"])}


_DATING = ["source", "issue_date", "issue_year", "date_source", "date_confidence", "date_evidence"]


def _tenure_sources(store: Path, sources: list[parts.Source], order: list[str],
                    entries: Sequence[_Entry]) -> list[parts.Source]:
    """Undated pages of this run that name officials whose tenures the corpus's dated pages teach
    (jdash.tenures) parsed again with those cues, as sources that come before the others. Only the
    columns the pass needs are read, source by source; a page whose dating the cues leave as stored
    is left out (its part stays as it is), and the pages parsed again are kept under tmp/ a segment's
    worth at a time."""
    owner = parts.owners(sources, order)
    dates = parts.read_columns(sources, owner, "pages", ["issue_date"])  # one column first: most corpora are dated
    undated = set(pc.filter(dates.column(KEY_COLUMN), pc.is_null(dates.column("issue_date"))).to_pylist())
    by_key = {e.key: e for e in entries if e.key in undated}
    if not by_key:
        return []
    pages = parts.read_columns(sources, owner, "pages", _DATING)
    # Only rows that may name a post (a vectorised pre-filter: the whole table can be millions of rows).
    posts = lambda t: pc.fill_null(pc.match_substring_regex(t.column("title"), tenures.POST_PATTERN), False)  # noqa: E731
    officials = parts.read_columns(sources, owner, "officials", ["title", "name", "titles", "level", "source", "confidence"],
                                   keep=posts).to_pandas()
    # Learned from the mentions the parse kept (a history sentence's, 时任…, are not among them).
    mentions = parts.read_columns(sources, owner, "tenure_mentions", ["source", "name", "post", "told_until"]).to_pandas()
    known = tenures.learn_from(mentions, pages.to_pandas())
    if known.empty:
        return []
    stored = {row[KEY_COLUMN]: row for row in pages.filter(pc.is_in(pages.column(KEY_COLUMN), value_set=pa.array(
        sorted(by_key), type=pa.string()))).to_pylist()}
    named = officials.loc[officials[KEY_COLUMN].isin(set(by_key)) & officials["name"].isin(set(known["name"]))]
    out, batch = [], []
    for key, mine in named.groupby(KEY_COLUMN, sort=False):
        tables = _redated(by_key[str(key)], tenures.cues(zip(mine["name"], mine["titles"], mine["level"]), known))
        if tables is not None and _dating(tables["pages"]) != _dating(stored[str(key)]):
            batch.append(tables)
        if len(batch) >= SEGMENT_PAGES:
            out.append(_kept_source(store, batch))
            batch = []
    return out + ([parts.memory_source("tenures", batch, _ALL_TABLES)] if batch else [])


def _redated(entry: _Entry, found: list[Any]) -> dict[str, pa.Table] | None:
    """The page of `entry` parsed again with tenure cues `found` (None without cues, or unreadable now)."""
    data = _read_or_warn(entry.page, []) if found else None
    if data is None:
        return None
    return results_to_arrow([process_page(entry.source, data, entry.page.meta, found)], [entry.key])


def _dating(row: pa.Table | dict[str, Any]) -> tuple:
    """A page's dating (issue date, how, how sure, the evidence), from its pages row."""
    if isinstance(row, pa.Table):
        row = row.select(_DATING).to_pylist()[0]
    return tuple(row[c] if c != "date_evidence" else list(row[c] or []) for c in _DATING)


def _kept_source(store: Path, batch: list[dict[str, pa.Table]]) -> parts.Source:
    """Tables parsed during the write kept in a folder under tmp/ (collected as garbage later), as a source."""
    folder = store / "tmp" / _new_id("tenures")
    folder.mkdir(parents=True)
    for name in _ALL_TABLES:
        pq.write_table(pa.concat_tables([b[name] for b in batch]), folder / f"{name}.parquet", compression="zstd")
    return parts.segment_source(folder.name, folder, _ALL_TABLES)


def _warnings_of(folder: Path, keys: set[str] | None) -> list[ParseWarning]:
    warnings = parts.read_table(folder, "warnings")
    if keys is not None:
        warnings = warnings.filter(pc.is_in(warnings.column(KEY_COLUMN), value_set=pa.array(sorted(keys), type=pa.string())))
    return [ParseWarning(s, r) for s, r in zip(warnings.column("source").to_pylist(),
                                              warnings.column("reason").to_pylist())]


def _stored_build_warnings(store: Path) -> list[ParseWarning]:
    path = _generation_dir(store) / "warnings" / f"{parts.BUILD_PART}.parquet"
    if not path.is_file():
        return []
    stored = _read_table(path)
    return [ParseWarning(s, r) for s, r in zip(stored.column("source").to_pylist(),
                                              stored.column("reason").to_pylist())]


def _counts(store: Path) -> tuple[int, int]:
    generation = _generation_dir(store)
    return parts.count_rows(generation, "pages"), parts.count_rows(generation, "articles")


# ----------------------------------------------------------------------------- on-disk state


def _prepare(store: Path) -> None:
    for sub in ("generations", "segments", "tmp", _UPLOADS):
        (store / sub).mkdir(parents=True, exist_ok=True)


def _read_manifest(store: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as err:
        raise StoreError(f"the store's manifest at {store} cannot be read: {err}") from None
    if manifest.get("format") != STORE_FORMAT:
        return {}  # an older layout: everything is parsed again
    return manifest


@dataclass(frozen=True)
class OlderStore:
    """A store written by an older jdash (another store format): what it was and which pages it held."""

    path: Path
    format: Any  # its manifest's format (None: not recorded)
    sources: frozenset[str] | None  # its pages' names; None when its tables cannot be read


def older_store(store_dir: str | os.PathLike[str]) -> OlderStore | None:
    """The store at `store_dir` if an older jdash wrote it (this one reads it as no store and parses
    everything again), else None. Its page names are read from its pages table, in any layout."""
    store = Path(store_dir)
    try:
        manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") == STORE_FORMAT:
        return None
    folder = store / "generations" / str(manifest.get("generation") or "")
    files = sorted((folder / "pages").glob("*.parquet")) + [folder / "pages.parquet"]
    try:
        sources = frozenset(s for f in files if f.is_file() for s in pq.read_table(f, columns=["source"]).column(0).to_pylist())
    except (OSError, pa.ArrowException, KeyError):
        sources = None
    return OlderStore(store, manifest.get("format"), sources if manifest.get("generation") else None)


def pages_a_build_would_drop(older: OlderStore, paths: Iterable[str | os.PathLike[str]]) -> list[str] | None:
    """The pages of an older store that a build from `paths` plus its uploads would not hold again
    (None: its pages cannot be listed)."""
    if older.sources is None:
        return None
    found = {p.source for p in discover_pages(paths)[0]} | {p.source for p in _discover_uploads(older.path / _UPLOADS)}
    return sorted(older.sources - found)


def _generation_dir(store: Path) -> Path:
    if not store.is_dir():
        raise StoreError(f"no store at {store}: run `jdash build` first")
    generation = _read_manifest(store).get("generation")
    if not generation and (older := older_store(store)) is not None:
        raise StoreError(f"the store at {store} was written by an older jdash (store format {older.format}; this one "
                         f"writes {STORE_FORMAT}): rebuild it from your pages with `jdash build PAGES --store {store}`")
    if not generation:
        raise StoreError(f"the store at {store} is empty: run `jdash build` first")
    return store / "generations" / generation


def _read_state(store: Path) -> _State:
    manifest = _read_manifest(store)
    keys: dict[str, tuple[str, str]] = {}
    live: list[str] = []
    folders = []
    if manifest.get("generation"):
        folders.append(store / "generations" / manifest["generation"])
    folders += [store / "segments" / s for s in manifest.get("segments", [])]
    generation_parts: list[tuple[str, list[str]]] = []
    for index, folder in enumerate(folders):
        generation = index == 0 and bool(manifest.get("generation"))
        if not folder.is_dir():
            raise FileNotFoundError(folder)  # as parts.read_table: a reader racing a build's clean-up
        for path in parts.table_files(folder, "pages"):  # file by file: the generation's parts and their keys too
            pages = _read_table(path, columns=[KEY_COLUMN, "content_hash", "source"])
            page_keys = pages.column(KEY_COLUMN).to_pylist()
            for key, digest, source in zip(page_keys, pages.column("content_hash").to_pylist(),
                                           pages.column("source").to_pylist()):
                keys.setdefault(key, (digest, source))
            if generation:
                live += page_keys
                generation_parts.append((path.name, page_keys))
    return _State(manifest, keys, live, generation_parts)


_read_table = parts.read_file
_first_line = parts.first_line


# ----------------------------------------------------------------------------- self-check and repair


def verify(store_dir: str | os.PathLike[str], deep: bool = True) -> list[tuple[str, str]]:
    """(file, reason) of every damaged file in the store's current generation and unfinished segments:
    a table missing, not Parquet (truncated: no footer), without jdash's key column or, when `deep`,
    whose data cannot be read back (one row group at a time). [] for a sound store (or none at all)."""
    store = Path(store_dir)
    if not (store / "manifest.json").exists():
        return []
    return _damaged_parts(store, deep)


def _damaged_parts(store: Path, deep: bool | None = True) -> list[tuple[str, str]]:
    """(file, reason) of the first damaged file of each part of the store (its generation, its segments).
    `deep`: every file's data read back; False: footers only; None (what a build does): footers, and the
    data of the files whose size or modification time differ from those recorded when the generation
    was written (`FILES_RECORD`; a generation without the record, and segments, are read through)."""
    manifest = _read_manifest(store)
    folders = [store / "generations" / manifest["generation"]] if manifest.get("generation") else []
    folders += [store / "segments" / s for s in manifest.get("segments", [])]
    found = []
    for index, part in enumerate(folders):
        names = (*_ALL_TABLES, *_DERIVED) if index == 0 and manifest.get("generation") else _ALL_TABLES
        written = _recorded_files(part) if deep is None and index == 0 and manifest.get("generation") else None
        damaged = next((d for name in names for d in _damaged_files(part, name, deep, written)), None)
        if damaged:
            found.append(damaged)
    return found


def _damaged_files(folder: Path, name: str, deep: bool | None,
                   written: dict[str, list[int]] | None = None) -> Iterator[tuple[str, str]]:
    """(file, reason) of the damaged files of one table of a generation or segment folder: every part
    (or the single file) checked, and a part that the pages table has but this table lacks is missing.
    With `deep` None, a file's data is read when `written` (the generation's record) has not its size
    and modification time."""
    files = parts.table_files(folder, name)
    if not files and not (folder / name).is_dir():
        files = [folder / f"{name}.parquet"]  # neither one file nor parts: reported missing
    for path in files:
        reason = _damage(path, deep if deep is not None else not _as_written(path, folder, written))
        if reason:
            yield str(path), reason
    yield from ((str(p), "missing") for p in parts.missing_parts(folder, name))


# Each file of a generation with its size and modification time (ns) as written, so that a build reads
# back only the files changed since (a link to an unchanged part keeps the part's file and its times).
FILES_RECORD = "files.json"


def record_files(generation: Path) -> None:
    """Write `FILES_RECORD` for a generation folder whose files are all written."""
    record = {}
    for path in sorted(generation.rglob("*.parquet")):
        stat = path.stat()
        record[path.relative_to(generation).as_posix()] = [stat.st_size, stat.st_mtime_ns]
    _atomic_write(generation / FILES_RECORD, json.dumps(record).encode())


def _recorded_files(generation: Path) -> dict[str, list[int]] | None:
    try:
        return json.loads((generation / FILES_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _as_written(path: Path, generation: Path, written: dict[str, list[int]] | None) -> bool:
    """Whether a file has the size and modification time the generation's record gives it."""
    if written is None:
        return False
    try:
        stat = path.stat()
    except OSError:
        return False
    return written.get(path.relative_to(generation).as_posix()) == [stat.st_size, stat.st_mtime_ns]


def _damage(path: Path, deep: bool) -> str | None:
    """Why a table file of the store cannot be used, or None."""
    try:
        with pq.ParquetFile(path, memory_map=False) as parquet:
            if KEY_COLUMN not in parquet.schema_arrow.names:
                return f"no {KEY_COLUMN} column"
            for group in range(parquet.num_row_groups if deep else 0):
                parquet.read_row_group(group)  # decoded and dropped: memory is one row group's
    except FileNotFoundError:
        return "missing"
    except (OSError, pa.ArrowException) as err:
        if isinstance(err, OSError) and err.errno is not None:
            raise StoreError(f"the store's file {path} cannot be read: {err.strerror}") from None
        return _first_line(err)
    return None


def _part_of(store: Path, path: Path) -> Path:
    """The generation or segment folder that holds a store file."""
    return store / path.relative_to(store).parts[0] / path.relative_to(store).parts[1]


def _discard_damaged(store: Path, damaged: list[tuple[str, str]]) -> list[str]:
    """Take the parts holding damaged files out of the manifest (the garbage collector removes them);
    their pages, no longer stored, are parsed again by the build. Returns what was done, for the report."""
    manifest = _read_manifest(store)
    told = []
    for path, reason in damaged:
        part = _part_of(store, Path(path))
        if manifest.get("generation") == part.name:
            manifest = {**manifest, "generation": None, "previous": None}
        manifest = {**manifest, "segments": [s for s in manifest.get("segments", []) if s != part.name]}
        told.append(f"{Path(path).relative_to(store)} was damaged ({reason}): discarded {part.parent.name[:-1]} "
                    f"{part.name}, whose pages are parsed again")
    if damaged:
        _write_manifest(store, manifest)
    return told


def _new_id(prefix: str) -> str:
    # Sortable by time; unique across processes.
    return f"{prefix}-{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"


def _write_tables(store: Path, parent: str, tables: dict[str, pa.Table]) -> str:
    """Write `tables` as a new folder under `store/parent`, atomically; returns its name."""
    name = _new_id(parent.rstrip("s"))
    staging = store / "tmp" / name
    staging.mkdir(parents=True)
    for table_name, table in tables.items():
        path = staging / f"{table_name}.parquet"
        pq.write_table(table, path, compression="zstd")
        _fsync_file(path)
    _fsync_dir(staging)
    os.replace(staging, store / parent / name)
    _fsync_dir(store / parent)
    return name


def _write_segment(store: Path, state: _State, buffer: list[dict[str, pa.Table]]) -> None:
    tables = {name: pa.concat_tables([b[name] for b in buffer]) for name in _ALL_TABLES}
    name = _write_tables(store, "segments", tables)
    state.manifest = {**state.manifest, "format": STORE_FORMAT,
                      "segments": [*state.manifest.get("segments", []), name]}
    _write_manifest(store, state.manifest)


def _commit(store: Path, state: _State, staging: Path) -> None:
    name = staging.name
    os.replace(staging, store / "generations" / name)
    _fsync_dir(store / "generations")
    previous = state.manifest.get("generation")
    state.manifest = {"format": STORE_FORMAT, "generation": name, "previous": previous, "segments": [],
                      "corrections": corrections.fingerprint(store)}
    _write_manifest(store, state.manifest)
    _collect_garbage(store, state.manifest)


def _write_manifest(store: Path, manifest: dict[str, Any]) -> None:
    _atomic_write(store / "manifest.json", json.dumps(manifest, indent=1).encode())


def _collect_garbage(store: Path, manifest: dict[str, Any]) -> None:
    """Remove what no manifest names: finished segments, old generations, leftovers of killed runs.
    The previous generation stays, for readers that opened it just before the switch."""
    keep = {manifest.get("generation"), manifest.get("previous"), *manifest.get("segments", [])}
    for parent in ("generations", "segments", "tmp"):
        for folder in (store / parent).iterdir():
            if folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True) if folder.is_dir() else folder.unlink(missing_ok=True)
    for leftover in (store / _UPLOADS).glob(".tmp-*"):
        leftover.unlink(missing_ok=True)


@contextlib.contextmanager
def _locked(store: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the store's write lock. flock dies with its process, so a killed build never leaves
    a stale lock behind. The OS's errors inside (a read-only or full disk, a name too long) become a
    `StoreError` naming the file and the reason."""
    try:
        store.mkdir(parents=True, exist_ok=True)
        fd = os.open(store / "lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise StoreError(os_error_message(store, err)) from err
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                _write_holder(fd)
                break
            except BlockingIOError:
                if not told:  # never a silent wait
                    _log.warning("the store at %s is in use by another build or upload%s: waiting for it to "
                                 "finish (at most %.0f s)", store, _holder(fd), timeout)
                    told = True
                if time.monotonic() > deadline:
                    raise StoreError(f"the store at {store} is busy: another build or upload has held "
                                     f"its lock for {timeout:.0f} s") from None
                time.sleep(0.05)
        yield
    except OSError as err:
        if err.errno is None:
            raise
        raise StoreError(os_error_message(store, err)) from err
    finally:
        os.close(fd)  # releases the lock


def _write_holder(fd: int) -> None:
    """Write this process's id into the held lock file, for whoever waits for it."""
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)


def _holder(fd: int) -> str:
    """' (pid N)': the process holding the store's lock, as it wrote itself into the lock file; '' if unknown."""
    try:
        pid = int(os.pread(fd, 32, 0).decode("ascii").strip())
    except (OSError, ValueError, UnicodeDecodeError):
        return ""
    return f" (pid {pid})"


def os_error_message(store: Path, err: OSError) -> str:
    """One line for an OS error met while updating `store`: the file (relative to the store when it is
    inside) and the reason.

    >>> os_error_message(Path("s"), OSError(28, "No space left on device", "s/tmp/x.parquet"))
    'cannot write the store at s: tmp/x.parquet: No space left on device'
    """
    reason = os.strerror(err.errno) if err.errno else str(err)  # pyarrow's carry a paragraph
    name = os.fsdecode(err.filename) if err.filename is not None else None
    if name is None:
        return f"cannot write the store at {store}: {reason}"
    try:
        inside = Path(os.path.abspath(name)).relative_to(os.path.abspath(store)).as_posix()
    except ValueError:
        return f"{name}: {reason}"
    return f"cannot write the store at {store}: {inside}: {reason}"


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _is_inside_real(path: str, folder: str) -> bool:
    """Whether a real path is `folder` (a real path) or inside it.

    >>> _is_inside_real("/s/store/a.txt", "/s/store"), _is_inside_real("/s/store2/a.txt", "/s/store")
    (True, False)
    """
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _is_inside(path: Path, folder: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))


# ----------------------------------------------------------------------------- uploads


def _discover_uploads(uploads: Path) -> list[PageFile]:
    """Stored uploads, oldest first, each named as it was uploaded, with the pages.csv row it was
    uploaded with (jdash.uploadmeta)."""
    pages: list[PageFile] = []
    if not uploads.is_dir():
        return pages
    metas = uploadmeta.load(uploads)
    for fan in sorted(uploads.iterdir()):
        if not fan.is_dir() or fan.name.startswith("."):
            continue
        for folder in sorted(fan.iterdir()):
            files = [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
            if files:
                path = files[0]
                pages.append(PageFile(path, path.relative_to(folder).as_posix(), metas.get(folder.name)))
    # Oldest first, so a later upload with a taken name is the one renamed, build after build.
    return sorted(pages, key=lambda p: (p.path.stat().st_mtime_ns, p.path.parent.as_posix()))


def _save_uploads(
    files: Iterable[tuple[str, bytes]], uploads: Path, limits: Settings
) -> tuple[list[PageFile], list[str], list[ParseWarning]]:
    """Keep uploaded pages in `uploads` (each distinct content once), with the dates of a pages.csv
    inside their zip or uploaded beside them (jdash.uploadmeta).

    Returns the stored pages, the names they were uploaded as, and what was refused and why.
    """
    uploads.mkdir(parents=True, exist_ok=True)
    files = list(files)
    loose_csvs = [(_display_name(n), d) for n, d in files if uploadmeta.is_pages_csv(_display_name(n))]
    loose_tables, refused = uploadmeta.read_csvs(loose_csvs, "")
    saved: list[PageFile] = []
    names: list[str] = []
    metas: dict[str, PageMeta] = {}
    loose_used: set[tuple[int, str]] = set()
    for name, data in files:
        label = _display_name(name)
        if uploadmeta.is_pages_csv(label):
            continue
        kept, tables = _upload_members(label, data, limits, refused, uploads)
        current, used = (tables, set()) if tables else (loose_tables, loose_used)
        for source, page in kept:
            row = uploadmeta.row_for(source, current)
            meta = None if row is None else current[row[0]][1][row[1]]
            if row is not None:
                used.add(row)
            saved.append(dataclasses.replace(page, meta=meta or page.meta))
            names.append(source)
            if meta is not None:
                metas[_upload_digest(page.path, uploads)] = meta
        refused.extend(uploadmeta.unused_rows(tables, used, label))
    refused.extend(uploadmeta.unused_rows(loose_tables, loose_used, ""))
    uploadmeta.save(uploads, metas)
    return saved, names, refused


def _upload_digest(path: Path, uploads: Path) -> str:
    """The content-hash folder an upload is kept in (uploads/<xx>/<digest>/<its path>)."""
    return path.relative_to(uploads).parts[1]


def _upload_members(
    label: str, data: bytes, limits: Settings, refused: list[ParseWarning], uploads: Path
) -> tuple[list[tuple[str, PageFile]], list[uploadmeta.CsvTable]]:
    """The pages kept from one upload (a .txt, or a zip's .txt members, each kept as soon as it is
    read: one member's bytes in memory at a time) and the pages.csv tables in it."""
    if len(data) > limits.max_upload_bytes:
        refused.append(ParseWarning(label, f"too large ({len(data):,} bytes; the limit is "
                                           f"{limits.max_upload_bytes:,})"))
        return [], []
    if not label.lower().endswith((".txt", ".zip")):
        refused.append(ParseWarning(label, "not a .txt page, a .zip of pages or a pages.csv"))
        return [], []
    plain = label.lower().endswith(".txt")
    members = [(label, data)] if plain else _zip_pages(label, data, limits, refused)
    kept, csvs = [], []
    for source, payload in members:
        if uploadmeta.is_pages_csv(source):
            csvs.append((source, payload))
            continue
        # A zip's member is named with its zip when refused, as every other refusal of a member is
        # (`k/blank.txt: empty file` did not say which of several zips held it).
        page = _keep_page(uploads, source, payload, refused, where=source if plain else f"{label}/{source}")
        if page is not None:
            kept.append((source, page))
    tables, warnings = uploadmeta.read_csvs(csvs, label)
    refused.extend(warnings)
    return kept, tables


def _keep_page(uploads: Path, source: str, payload: bytes, refused: list[ParseWarning], *,
               where: str | None = None) -> PageFile | None:
    """Keep one uploaded page, or say why not (naming it `where`: a zip's member with its zip)."""
    where = where or source
    if len(payload) > MAX_PAGE_BYTES:
        # Kept, it would be refused by every build: refuse it now, with the same reason.
        refused.append(ParseWarning(where, oversized_page_reason(len(payload))))
        return None
    try:
        decode_page(payload, where)
    except InputError as err:
        refused.append(ParseWarning(err.source, err.reason))
        return None
    long = [part for part in source.split("/") if len(os.fsencode(part)) > _NAME_MAX]
    if long:
        refused.append(ParseWarning(where, f"file name too long ({len(os.fsencode(long[0])):,} bytes; "
                                           f"at most {_NAME_MAX}): rename it and upload it again"))
        return None
    try:
        return _save_upload(uploads, source, payload)
    except OSError as err:
        if err.errno not in (errno.ENAMETOOLONG, errno.EILSEQ, errno.EINVAL):
            raise  # a full or read-only disk stops the upload (ingest_uploads says so)
        refused.append(ParseWarning(where, f"cannot be kept under this name: {err.strerror}"))
        return None


def _display_name(name: str) -> str:
    # Browsers send a bare name, but never trust it: keep the last path component only.
    base = name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable())
    return base if base not in ("", ".", "..") else "upload.txt"


def _save_upload(uploads: Path, source: str, data: bytes) -> PageFile:
    digest = content_hash(data)
    folder = uploads / digest[:2] / digest
    existing = [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
    if existing:
        return PageFile(existing[0], existing[0].relative_to(folder).as_posix())
    target = folder / source
    # `source` is sanitised; this check is the last line against writing outside the store.
    if not _is_inside(target, uploads):
        raise StoreError(f"refusing to write {source!r} outside the store")
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = uploads / f".tmp-{uuid.uuid4().hex}"
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)
    _fsync_dir(target.parent)
    return PageFile(target, source)


def _zip_pages(label: str, data: bytes, limits: Settings, refused: list[ParseWarning]) -> Iterator[tuple[str, bytes]]:
    """The `.txt` members (and any pages.csv) of a zip that are safe to keep, one at a time, each read
    no further than a page may be (whatever its header declares); refusals are appended to `refused`."""
    archive = _open_zip(label, data, limits, refused)
    unpacked = 0
    for member in archive.infolist() if archive else ():
        where = f"{label}/{member.filename}"
        if member.is_dir() or _is_metadata(member.filename):
            continue
        source = _safe_member_path(member.filename)
        refusal = _member_refusal(member, source)
        if refusal:
            refused.append(ParseWarning(where, refusal))
            continue
        if unpacked + member.file_size > limits.max_unzipped_bytes:
            refused.append(ParseWarning(where, f"skipped: the zip's members unpack to more than "
                                               f"{limits.max_unzipped_bytes:,} bytes (a zip bomb?)"))
            continue
        payload = _read_member(archive, member, min(MAX_PAGE_BYTES, limits.max_upload_bytes), where, refused)
        if payload is not None:
            unpacked += len(payload)
            yield source, payload


def _open_zip(label: str, data: bytes, limits: Settings, refused: list[ParseWarning]) -> zipfile.ZipFile | None:
    """The zip, or None (refused: unreadable, too many members, declaring more than the unpacked limit)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as err:
        refused.append(ParseWarning(label, f"not a readable zip file ({err})"))
        return None
    if len(members) > limits.max_zip_files:
        refused.append(ParseWarning(label, f"zip refused: {len(members):,} members, more than the limit of "
                                           f"{limits.max_zip_files:,}"))
        return None
    declared = sum(m.file_size for m in members)
    if declared > limits.max_unzipped_bytes:
        refused.append(ParseWarning(label, f"zip refused: it would unpack to {declared:,} bytes, more than "
                                           f"the limit of {limits.max_unzipped_bytes:,} (a zip bomb?)"))
        return None
    return archive


def _member_refusal(member: zipfile.ZipInfo, source: str | None) -> str | None:
    """Why a zip member is skipped before it is read (its declared size included), or None."""
    if source is None:
        return "skipped: unsafe path (absolute or with '..')"
    if stat.S_ISLNK(member.external_attr >> 16):
        return "skipped: symbolic link"
    if member.flag_bits & 0x1:
        return "skipped: encrypted"
    if not (source.lower().endswith(".txt") or uploadmeta.is_pages_csv(source)):
        return "skipped: not a .txt page"
    if member.file_size > MAX_PAGE_BYTES:
        return oversized_page_reason(member.file_size)
    return None


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int, where: str,
                 refused: list[ParseWarning]) -> bytes | None:
    """A member's bytes, reading at most `limit` + 1 of them, or None (refused)."""
    try:
        with archive.open(member) as handle:
            payload = handle.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError,
            zlib.error) as err:
        refused.append(ParseWarning(where, f"skipped: cannot be unpacked ({err})"))
        return None
    if len(payload) > limit:
        refused.append(ParseWarning(where, f"skipped: unpacks to more than {limit:,} bytes, more than it "
                                           f"declares ({member.file_size:,}; a zip bomb?)"))
        return None
    return payload


def _is_metadata(name: str) -> bool:
    # Finder's resource forks and dot files travel in zips made on macOS: not pages, not news.
    parts = name.replace("\\", "/").split("/")
    return parts[0] == "__MACOSX" or any(part.startswith(".") and part not in (".", "..") for part in parts)


def _safe_member_path(name: str) -> str | None:
    """A zip member's path as a clean relative POSIX path, or None if it could escape its folder."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if not parts or any(part == ".." or not part.isprintable() for part in parts):
        return None
    return "/".join(parts)
