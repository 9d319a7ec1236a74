"""A store generation as parts: every table cut into files of at most `PART_PAGES` consecutive pages.

Layout of a generation folder (`jdash.store` names and commits it):

    <table>/000000-build.parquet        the warnings that belong to no page (key ""), warnings only
    <table>/<NNNNNN>-<part id>.parquet  the rows of up to PART_PAGES consecutive pages, in corpus order

Every table of a part has the same file name, so the parts line up across tables, and reading a
table's files in name order gives its rows in corpus order (`jdash.engine` globs them so).

A new generation is written window by window: the keys of the corpus, in order, are cut into
windows of at most PART_PAGES pages; a window whose pages are exactly an old part's (same keys, same
order, no correction to apply) is that part, hard-linked into the new generation, never rewritten;
any other window is assembled from the rows of wherever its pages are (old parts, the build's
segments, the pages parsed last) and written. A build thus holds one window and a few sources in
memory at a time, whatever the corpus's size, and a changed page rewrites its own part only.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from jdash.atomicio import fsync_dir
from jdash.errors import StoreDamagedError
from jdash.tables import KEY_COLUMN, results_to_arrow

PART_PAGES = 1000
BUILD_PART = "000000-build"
# Sources (old parts, segments) kept loaded while windows are written: consecutive windows mostly
# read the same one or two.
_CACHED_SOURCES = 3

Tables = dict[str, pa.Table]


def table_files(folder: Path, name: str) -> list[Path]:
    """The files of one table in a generation or segment folder, in order: `name.parquet` (a segment)
    or the parts `name/*.parquet` (a generation)."""
    single = folder / f"{name}.parquet"
    if single.is_file():
        return [single]
    parts = folder / name
    return sorted(parts.glob("*.parquet")) if parts.is_dir() else []


def missing_parts(folder: Path, name: str) -> list[Path]:
    """The parts of a generation that its pages table has and table `name` lacks."""
    if not (folder / "pages").is_dir() or name == "pages":
        return []
    return [folder / name / p.name for p in table_files(folder, "pages") if not (folder / name / p.name).is_file()]


def read_file(path: Path, columns: list[str] | None = None) -> pa.Table:
    """A stored Parquet file. Raises `StoreDamagedError` if the file is missing, is not Parquet or its
    data is corrupt; the OS's other errors (permissions …) as they are.

    One `ParquetFile`, not `pq.read_table` (which sets up a dataset for every file: 0.4 ms more a file,
    and a rebuild at 1M reads some 750 small files)."""
    try:
        with pq.ParquetFile(path, memory_map=False) as file:
            absent = [c for c in columns or () if c not in file.schema_arrow.names]  # read_table refused them
            if absent:
                raise StoreDamagedError(str(path), f"No match for FieldRef.Name({absent[0]})")
            return file.read(columns=columns)
    except FileNotFoundError:
        raise StoreDamagedError(str(path), "missing") from None
    except (OSError, pa.ArrowException) as err:
        if isinstance(err, OSError) and err.errno is not None:
            raise
        raise StoreDamagedError(str(path), first_line(err)) from None


def first_line(err: BaseException) -> str:
    """pyarrow's message without the file's path (the caller names the file) and its second thoughts."""
    text = re.sub(r"^Could not open Parquet input source '.*?': ", "", str(err).strip().split("\n")[0])
    return text.split(". Either")[0].rstrip(".") or type(err).__name__


def read_table(folder: Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """One table of a folder, all its parts concatenated (an empty table with its columns if none).

    Raises FileNotFoundError when the folder is gone (a reader racing a build's clean-up)."""
    if not folder.is_dir():
        raise FileNotFoundError(folder)
    tables = [read_file(f, columns) for f in table_files(folder, name)]
    if not tables:
        empty = results_to_arrow([], [])[name]
        return empty.select(columns) if columns else empty
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]


def count_rows(folder: Path, name: str) -> int:
    """Rows of one table, from the Parquet footers only."""
    return sum(pq.ParquetFile(f).metadata.num_rows for f in table_files(folder, name))


@dataclass
class Source:
    """Where rows of parsed pages can be read: an old generation's part, a build segment, or pages
    parsed in this run (still in memory). `load` gives every table, `read(table, columns)` some
    columns of one; `part` is the old part's file name, for old parts only."""

    name: str
    keys: list[str]
    load: Callable[[], Tables]
    read: Callable[[str, list[str]], pa.Table]
    part: str | None = None
    folder: Path | None = None


def segment_source(name: str, folder: Path, tables: Sequence[str]) -> Source:
    """A build segment (one file per table) as a source."""
    keys = read_table(folder, "pages", columns=[KEY_COLUMN]).column(KEY_COLUMN).to_pylist()
    return Source(name, keys, lambda: {t: read_table(folder, t) for t in tables},
                  lambda t, columns: read_table(folder, t, columns))


def part_source(folder: Path, part: str, keys: list[str], tables: Sequence[str]) -> Source:
    """One part of a generation folder (its page keys already read) as a source."""

    def load() -> Tables:
        return {t: read_file(folder / t / part) for t in tables if (folder / t / part).is_file()}

    def read(name: str, columns: list[str]) -> pa.Table:
        path = folder / name / part
        return read_file(path, columns) if path.is_file() else results_to_arrow([], [])[name].select(columns)

    return Source(part, keys, load, read, part, folder)


def memory_source(name: str, chunks: Sequence[Tables], tables: Sequence[str]) -> Source:
    """Tables of pages parsed in this run, still in memory, as a source."""
    joined = {t: pa.concat_tables([c[t] for c in chunks]) for t in tables}
    return Source(name, joined["pages"].column(KEY_COLUMN).to_pylist(), lambda: joined,
                  lambda t, columns: joined[t].select(columns))


def owners(sources: Sequence[Source], order: Sequence[str] | None = None) -> dict[str, int]:
    """Which source gives each page's rows: the first that has it (only the pages of `order`, if given)."""
    owner: dict[str, int] = {}
    for index in reversed(range(len(sources))):  # the first source's, written last, wins (no call per key)
        owner.update(dict.fromkeys(sources[index].keys, index))
    return owner if order is None else {k: owner[k] for k in order if k in owner}


def read_columns(sources: Sequence[Source], owner: dict[str, int], name: str, columns: list[str],
                 keep: Callable[[pa.Table], pa.Array] | None = None) -> pa.Table:
    """Some columns of one table over the pages `owner` assigns (each page's rows from its source),
    source by source, filtered by `keep` as they are read: what a whole-corpus pass needs, never a
    whole table.

    Key column first, then `columns`; rows in source order."""
    wanted = [KEY_COLUMN, *columns]
    pieces = [results_to_arrow([], [])[name].select(wanted)]
    for index, source in enumerate(sources):
        mine = [k for k in source.keys if owner.get(k) == index]
        if not mine:
            continue
        table = source.read(name, wanted)
        if keep is not None:
            table = table.filter(keep(table))
        if len(mine) < len(source.keys):
            table = table.filter(pc.is_in(table.column(KEY_COLUMN), value_set=pa.array(mine, type=pa.string())))
        pieces.append(table.select(wanted))
    return pa.concat_tables(pieces)


class Corrector(Protocol):
    """What a generation writer asks of the user's corrections (`jdash.corrections.Applier`)."""

    targets: set[str]  # page keys whose rows corrections rebuild

    def apply(self, tables: Tables, order: list[str]) -> Tables:
        """`tables` (the rows of the pages in `order`) with the targets' rows rebuilt."""


class Summariser(Protocol):
    """What a generation writer asks of the per-part summary tables (`jdash.summaries`)."""

    names: Sequence[str]  # the summary tables, one file per part

    def summarise(self, rows: Tables) -> Tables:
        """The summary tables of one part from its final rows."""

    def current(self, source: Source) -> bool:
        """Whether an old part's summary files may be linked as they are."""


def write_generation(staging: Path, order: list[str], sources: list[Source], tables: Sequence[str],
                     build_warnings: pa.Table, corrector: Corrector | None = None,
                     derive: Callable[[Tables, Tables], Tables] | None = None, derived: Sequence[str] = (),
                     summaries: Summariser | None = None) -> None:
    """Write the generation of `order` (page keys) into the empty folder `staging`: intact old parts
    linked, every other window of pages assembled from `sources` (the first that has a key gives its
    rows) and written; `build_warnings` (key "") as the warnings' first part. `derive(rows, kept)` gives
    the `derived` tables of a written window from its final rows and `kept`, the derived rows old parts
    hold for the window's pages they give unchanged (an old part's source loads its derived tables);
    an intact part's are linked. `summaries` are counted from a written part's final rows, and linked with
    an intact part unless they are not `current` (then counted from its rows)."""
    owner = owners(sources)
    written = (*tables, *derived)
    summary_names = tuple(summaries.names) if summaries else ()
    missing = [k for k in order if k not in owner]
    if missing:
        raise KeyError(f"{len(missing)} pages are missing from the store's parsed records")
    for name in (*written, *summary_names):
        (staging / name).mkdir(parents=True, exist_ok=True)
    _write_part(staging, "warnings", BUILD_PART, build_warnings)
    targets = corrector.targets if corrector else set()
    cache: OrderedDict[int, Tables] = OrderedDict()
    current: dict[Path | None, bool] = {}  # whether each old generation's summaries are current: asked once, not per part
    number = 0
    for window, intact in _windows(order, sources, owner, targets):
        number += 1
        file_name = f"{number:06d}-{uuid.uuid4().hex[:12]}.parquet"
        if intact is not None:
            _link_part(sources[intact], staging, file_name, written)
            if summaries is not None:
                _link_summaries(sources, intact, staging, file_name, summaries, cache, current)
            continue
        rows = _assemble(window, sources, owner, tables, cache)
        if corrector and targets.intersection(window):
            rows = corrector.apply(rows, window)
        if derive is not None:
            rows = {**rows, **derive(rows, _kept(window, sources, owner, targets, derived, cache))}
        if summaries is not None:
            rows = {**rows, **summaries.summarise(rows)}
        for name in (*written, *summary_names):
            _write_part(staging, name, file_name.removesuffix(".parquet"), rows[name])
    for name in (*written, *summary_names):
        fsync_dir(staging / name)
    fsync_dir(staging)


def _link_summaries(sources: list[Source], intact: int, staging: Path, file_name: str, summaries: Summariser,
                    cache: OrderedDict[int, Tables], current: dict[Path | None, bool]) -> None:
    """An intact part's summary files: linked when current, else counted from its rows (a store written
    before summaries, or by other summary SQL, gets them part by part as it is rebuilt). `current` keeps
    the answer per old generation folder."""
    source = sources[intact]
    if source.folder not in current:
        current[source.folder] = summaries.current(source)
    if current[source.folder]:
        _link_part(source, staging, file_name, summaries.names)
        return
    for name, table in summaries.summarise(_loaded(intact, sources, cache)).items():
        _write_part(staging, name, file_name.removesuffix(".parquet"), table)


def _windows(order: list[str], sources: list[Source], owner: dict[str, int], targets: set[str]):
    """(window keys, index of the intact old part that is this window, or None), in corpus order."""
    starts = {s.keys[0]: i for i, s in enumerate(sources) if s.part is not None and s.keys}
    i, window = 0, []
    while i < len(order):
        part = starts.get(order[i])
        if part is not None and _intact(order, i, sources[part], part, owner, targets) \
                and not _grows(order, i, sources[part].keys, starts):
            if window:
                yield window, None
                window = []
            yield sources[part].keys, part
            i += len(sources[part].keys)
            continue
        window.append(order[i])
        i += 1
        if len(window) >= PART_PAGES:
            yield window, None
            window = []
    if window:
        yield window, None


def _grows(order: list[str], i: int, keys: list[str], starts: dict[str, int]) -> bool:
    """Whether an old part of fewer than PART_PAGES pages is followed by pages no old part starts with
    (pages added after it): it is then written again with them, so pages added a few at a time
    (uploads) fill the last part instead of making a part each."""
    end = i + len(keys)
    return len(keys) < PART_PAGES and end < len(order) and order[end] not in starts


def _intact(order: list[str], i: int, source: Source, index: int, owner: dict[str, int], targets: set[str]) -> bool:
    keys = source.keys
    return (order[i:i + len(keys)] == keys and all(owner[k] == index for k in keys)
            and not targets.intersection(keys))


def _kept(window: list[str], sources: list[Source], owner: dict[str, int], targets: set[str],
          derived: Sequence[str], cache: OrderedDict[int, Tables]) -> Tables:
    """The `derived` rows old parts hold for the window's pages whose rows they give unchanged."""
    by_part: dict[int, list[str]] = {}
    for key in window:
        if sources[owner[key]].part is not None and key not in targets:
            by_part.setdefault(owner[key], []).append(key)
    pieces: dict[str, list[pa.Table]] = {name: [] for name in derived}
    for index, keys in by_part.items():
        loaded = _loaded(index, sources, cache)
        for name in derived:
            if name in loaded:
                table = loaded[name]
                pieces[name].append(table.filter(pc.is_in(table.column(KEY_COLUMN), value_set=pa.array(keys, type=pa.string()))))
    return {name: pa.concat_tables(tables) for name, tables in pieces.items() if tables}


def _assemble(window: list[str], sources: list[Source], owner: dict[str, int], tables: Sequence[str],
              cache: OrderedDict[int, Tables]) -> Tables:
    """Every table's rows of the window's pages, in window order (a page's rows in their order)."""
    by_source: dict[int, list[str]] = {}
    for key in window:
        by_source.setdefault(owner[key], []).append(key)
    pieces: dict[str, list[pa.Table]] = {name: [] for name in tables}
    for index, keys in by_source.items():
        loaded = _loaded(index, sources, cache)
        wanted = pa.array(keys, type=pa.string())
        for name in tables:
            table = loaded.get(name)
            if table is not None:
                pieces[name].append(table.filter(pc.is_in(table.column(KEY_COLUMN), value_set=wanted)))
    rank = pa.array(window, type=pa.string())
    out = {}
    empty = results_to_arrow([], [])
    for name in tables:
        joined = pa.concat_tables([empty[name], *pieces[name]]).combine_chunks()
        ranks = pc.index_in(joined.column(KEY_COLUMN), value_set=rank)
        # A stable sort keeps each page's rows in their order.
        out[name] = joined.append_column("_rank", ranks).sort_by("_rank").drop_columns(["_rank"])
    return out


def _loaded(index: int, sources: list[Source], cache: OrderedDict[int, Tables]) -> Tables:
    if index in cache:
        cache.move_to_end(index)
        return cache[index]
    tables = sources[index].load()
    cache[index] = tables
    while len(cache) > _CACHED_SOURCES:
        cache.popitem(last=False)
    return tables


def _write_part(staging: Path, name: str, stem: str, table: pa.Table) -> None:
    path = staging / name / f"{stem}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _link_part(source: Source, staging: Path, file_name: str, tables: Sequence[str]) -> None:
    """An unchanged old part in the new generation: a hard link to its files (a copy where links fail)."""
    for name in tables:
        old = source.folder / name / source.part
        if not old.is_file():
            continue
        new = staging / name / file_name
        try:
            os.link(old, new)
        except OSError:
            shutil.copy2(old, new)
