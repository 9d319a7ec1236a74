"""Per-part summary tables: what the dashboard's unfiltered pages count, counted by the build with each part.

A generation's parts (`jdash.parts`) each get one file per summary table (`engine.SUMMARY_TABLES`), named
like the part's other files: the result of `views.SUMMARIES`' SQL over that part's articles, officials
and figures (articles per county, topic and kind; officials with their article counts and latest titles;
the head counts; the figures the Counties page reads). A written part's summaries are counted from its
final rows; an unchanged part's are linked with it. The generation's `engine.SUMMARIES_MARK` names the
version of the SQL (`views.SUMMARIES_VERSION`): a store written before summaries, or by other SQL, has
none the dashboard sums (it scans instead), and its next build counts them for every part.

One summary is of the whole store: its unfiltered network (`network`: the top officials and the edges among
them, `views.network_summary`), counted from the parts' summaries each time a generation is written, versioned
in the same mark (`views.NETWORK_VERSION`); a generation without it (or of other code) has its parts summed.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from jdash.atomicio import atomic_write
from jdash.engine import NETWORK_KEY, NETWORK_TABLES, SUMMARIES_MARK, SUMMARY_TABLES
from jdash.parts import Source, Tables, table_files

NAMES = SUMMARY_TABLES


def _sql() -> tuple[dict[str, str], str]:
    from jdash import views  # the views' own SQL (imported when a build first writes a part)

    return views.SUMMARIES, views.SUMMARIES_VERSION


def summarise(rows: Tables) -> Tables:
    """The summary tables of one part from its tables (`articles`, `officials`, `figures`, `terms`)."""
    queries, _ = _sql()
    con = duckdb.connect(config={"threads": 1})
    try:
        for name in ("articles", "officials", "figures", "terms"):
            con.register(name, rows[name])
        return {name: con.sql(queries[name]).to_arrow_table() for name in NAMES}
    finally:
        con.close()


def version() -> str:
    return _sql()[1]


def current(source: Source) -> bool:
    """Whether an old part's summaries were written by this code (its generation's mark says so)."""
    return source.folder is not None and written_by(source.folder) == version()


def written_by(generation: Path) -> str | None:
    """The version named by a generation's mark, or None (no summaries, or an unreadable mark)."""
    try:
        return str(json.loads((generation / SUMMARIES_MARK).read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


class Summaries:
    """The build's `parts.Summariser`: this module's functions."""

    names = NAMES

    def summarise(self, rows: Tables) -> Tables:
        return summarise(rows)

    def current(self, source: Source) -> bool:
        return current(source)


def mark(generation: Path) -> None:
    """Say that every part of a generation being written has summaries of this code's version, with the whole
    store's network counted from them (`network`)."""
    written = network(generation)
    atomic_write(generation / SUMMARIES_MARK,
                 json.dumps({"version": version(), "tables": list(NAMES), NETWORK_KEY: written}).encode())


def network_version() -> str:
    from jdash import views  # the views' own code, hashed (imported when a build first writes it)

    return views.NETWORK_VERSION


def network_written_by(generation: Path) -> str | None:
    """The version of a generation's whole-store network (`network`), or None (none, or an unreadable mark)."""
    try:
        return json.loads((generation / SUMMARIES_MARK).read_text(encoding="utf-8"))[NETWORK_KEY]
    except (OSError, ValueError, KeyError, TypeError):
        return None


# What the whole store's network is counted from, and its tables' columns.
NETWORK_INPUTS = ("sum_officials", "sum_titles", "sum_pairs", "sum_places")
NETWORK_SCHEMAS = {
    "network_nodes": pa.schema([("national", pa.bool_()), ("rank", pa.int64()), ("name", pa.string()),
                                ("titles", pa.list_(pa.string())), ("level", pa.string()), ("articles", pa.int64()),
                                ("counties", pa.string())]),
    "network_edges": pa.schema([("national", pa.bool_()), ("source", pa.string()), ("target", pa.string()),
                                ("weight", pa.int64()), ("ids", pa.string())]),
}


class _Summed:
    """The one method of an `Engine` the views' summing functions call, over a connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def df(self, sql: str, params=()):
        return self.con.execute(sql, list(params)).df()


def network(generation: Path) -> str:
    """Write the whole store's network of a generation whose parts' summaries are written (`views.network_summary`,
    from them; files `NETWORK_TABLES`, empty for a generation of no page) and return its version."""
    from jdash import views

    files = {name: [str(f) for f in table_files(generation, name)] for name in NETWORK_INPUTS}
    tables = {name: schema.empty_table() for name, schema in NETWORK_SCHEMAS.items()}
    if all(files.values()):
        con = duckdb.connect(config={"threads": 1})
        try:
            for name, listed in files.items():
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet(?, union_by_name=true)", [listed])
            tables.update({name: pa.Table.from_pandas(frame[NETWORK_SCHEMAS[name].names], schema=NETWORK_SCHEMAS[name],
                                                      preserve_index=False)
                           for name, frame in views.network_summary(_Summed(con)).items() if len(frame)})
        finally:
            con.close()
    for name, table in tables.items():
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        atomic_write(generation / f"{name}.parquet", sink.getvalue().to_pybytes())
    return network_version()
