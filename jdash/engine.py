"""The dashboard's query engine: DuckDB over the store's Parquet files, read in place.

An `Engine` opens one in-memory DuckDB database whose views (`articles`, `officials`, `figures`,
`pages`, `warnings`, `persons`, `terms`) read the current generation's Parquet files. Nothing is
loaded up front: each query reads only the columns and row groups it needs, so the server never
holds the corpus (bodies included) in memory. A table may be one file (`articles.parquet`) or
parts (`articles/part-0.parquet`, `articles-0001.parquet`): both layouts are globbed.

`selection(filters)` is the one SQL definition of "the articles these filters keep" and
`ABOUT_COUNTY` the one definition of "an article about a county"; every view uses them.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import duckdb
import pandas as pd

from jdash.errors import StoreError
from jdash.filters import Filters

CITY_WIDE = "全市"
STORE_TABLES = ("articles", "officials", "persons", "figures", "pages", "warnings", "terms", "near_duplicates")
# Per-part summary tables a build writes with each part (`jdash.summaries`, `views.SUMMARIES`), and the file
# of a generation that names the version of the SQL that wrote them.
SUMMARY_TABLES = ("sum_head", "sum_facets", "sum_officials", "sum_titles", "sum_pairs", "sum_places", "sum_terms",
                  "sum_timeline", "solid_figures")
SUMMARIES_MARK = "summaries.json"
# The whole store's network (`views.network_summary`): one file each in a generation folder, the version of the
# code that wrote them under this key of its `SUMMARIES_MARK`.
NETWORK_TABLES = ("network_nodes", "network_edges")
NETWORK_KEY = "network"
# Summary tables that hold rows (a subset of a table's), not counts.
SUMMARY_ROWS = ("solid_figures",)
# Memory DuckDB may use for one query before it spills to disk.
MEMORY_LIMIT = "1GB"
# Query results an engine keeps as tables (`Engine.keep`; article ids, a few MB per 100k articles), the
# least recently used dropped first.
KEPT = 8
# Large results (a filter's articles with their facts, its officials rows: up to 230 MB each at 1M articles)
# are kept apart, fewer.
KEPT_LARGE = 4

# An article is about county ? when the county is listed among its counties or is its primary county.
# 全市 (the whole city) is a facet of its own, never a county.
ABOUT_COUNTY = "(list_contains(a.counties, ?) OR a.primary_county = ?)"
# Counties of an article, one definition for every count: listed ones plus the primary one, no 全市.
COUNTIES_OF = ("list_filter(list_distinct(list_concat(coalesce(a.counties, []), "
               "CASE WHEN a.primary_county IS NULL THEN [] ELSE [a.primary_county] END)), "
               f"lambda c: c IS NOT NULL AND c <> '' AND c <> '{CITY_WIDE}')")
# An article known only to its year (its page prints no day): placed in that year, never on a made-up day.
YEAR_ONLY = "(a.issue_date IS NULL AND a.issue_year IS NOT NULL)"
# The day an article is placed on a yearly axis: its issue date, or 1 January of its year when only the
# year is known (for yearly bins only: finer bins leave year-only articles out and say so).
YEAR_PLACE = "coalesce(a.issue_date, make_timestamp(a.issue_year, 1, 1, 0, 0, 0))"
# The day an article sorts on among dated ones: its issue date, or 31 December of its year when only the
# year is known (after the dated days of that year: the newest-first lists and a span's last day).
YEAR_END_PLACE = "coalesce(a.issue_date, make_timestamp(a.issue_year, 12, 31, 0, 0, 0))"
# An article with neither a day nor a year.
UNDATED = "(a.issue_date IS NULL AND a.issue_year IS NULL)"
TEXT_OF = "concat_ws(chr(10), coalesce(a.headline, ''), coalesce(a.subheadline, ''), coalesce(a.body, ''))"
# `contains(TEXT_OF, ?)` without building the text: a word holds no line break (the search box splits
# on white space), so it is in the joined text exactly when it is in one of its parts. A quarter less
# CPU than joining every article's text first.
IN_TEXT = "(contains(coalesce(a.headline, ''), ?) OR contains(coalesce(a.subheadline, ''), ?) OR contains(coalesce(a.body, ''), ?))"
IN_TEXT_LOWER = ("(contains(lower(coalesce(a.headline, '')), lower(?)) OR contains(lower(coalesce(a.subheadline, '')), lower(?)) "
                 "OR contains(lower(coalesce(a.body, '')), lower(?)))")


def table_files(generation: Path, name: str) -> list[str]:
    """The Parquet files of one table in a generation folder: `name.parquet`, or its parts."""
    files = [generation / f"{name}.parquet"] if (generation / f"{name}.parquet").is_file() else []
    files += sorted((generation / name).glob("**/*.parquet")) if (generation / name).is_dir() else []
    files += sorted(generation.glob(f"{name}-*.parquet")) + sorted(generation.glob(f"{name}.*.parquet"))
    return [str(f) for f in files]


def _listed(files: Sequence[str]) -> str:
    """File names as a SQL list's items, quoted."""
    return ", ".join("'" + f.replace("'", "''") + "'" for f in files)


@dataclass(frozen=True)
class Sel:
    """A filter as SQL: `where` is a condition on articles (alias `a`), `TRUE` for no filter, with `params`."""

    where: str
    params: tuple


class Engine:
    """Queries over one store generation. Thread-safe: every query runs on its own cursor."""

    def __init__(self, generation: Path, *, threads: int = 2) -> None:
        self.generation = Path(generation)
        self._con = duckdb.connect(config={"threads": threads, "memory_limit": MEMORY_LIMIT})
        self._lock = threading.Lock()
        self.tables: set[str] = set()
        self._columns: dict[str, list[str]] = {}
        self._kept: dict[bool, OrderedDict[tuple, str]] = {False: OrderedDict(), True: OrderedDict()}
        self._serial = 0
        for name in STORE_TABLES:
            files = table_files(self.generation, name)
            if files:
                self._con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet([{_listed(files)}], union_by_name=true)")
                self.tables.add(name)
        self.summaries_version = self._open_summaries()
        self.network_version = self._open_network()
        missing = {"articles", "officials", "figures", "pages"} - self.tables
        if missing:
            raise StoreError(f"the store at {self.generation} has no {', '.join(sorted(missing))} table")
        if "terms" not in self.tables:  # a store built before the terms table: keywords count once each
            self._con.execute("CREATE VIEW terms AS SELECT id AS article_id, unnest(keywords) AS term, "
                              "1::BIGINT AS count FROM articles")
        if "issue_year" not in self.df("SELECT * FROM articles LIMIT 0").columns:  # a store from before the column
            self._con.execute("CREATE OR REPLACE VIEW articles AS SELECT *, year(issue_date)::BIGINT AS issue_year "
                              f"FROM read_parquet([{_listed(table_files(self.generation, 'articles'))}], union_by_name=true)")
        for name, cols in (("warnings", ("source", "reason")), ("persons", ("article_id", "name", "role")),
                           ("near_duplicates", ("source", "older", "similarity"))):
            if name not in self.tables:  # a store written before the table
                nulls = ", ".join(f"NULL::VARCHAR AS {c}" for c in cols)
                self._con.execute(f"CREATE VIEW {name} AS SELECT {nulls} WHERE false")

    def _open_summaries(self) -> str | None:
        """A view per summary table the generation holds for every part of its pages (none for a store
        written before summaries, or whose summaries miss a part), and the version they were written by."""
        try:
            version = json.loads((self.generation / SUMMARIES_MARK).read_text(encoding="utf-8"))["version"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        parts = {Path(f).name for f in table_files(self.generation, "pages")}
        for name in SUMMARY_TABLES:
            files = table_files(self.generation, name)
            if not parts or {Path(f).name for f in files} != parts:
                continue
            # Counts are small (20k rows at 1M articles): read once into memory, a tenth of the CPU of
            # opening 150 files in each query. The solid figures are rows: read in place.
            kind = "VIEW" if name in SUMMARY_ROWS else "TABLE"
            try:
                self._con.execute(f"CREATE {kind} {name} AS SELECT * FROM read_parquet([{_listed(files)}], union_by_name=true)")
            except duckdb.Error:  # a damaged summary file: the views scan instead (summaries are never the only copy)
                return None
            self.tables.add(name)
        return str(version)

    def _open_network(self) -> str | None:
        """The whole store's network tables (`NETWORK_TABLES`), read into memory (a few hundred officials and the
        edges among them), and the version the generation's mark gives them; None for a generation without them
        (written before them) or with a damaged one."""
        try:
            version = json.loads((self.generation / SUMMARIES_MARK).read_text(encoding="utf-8"))[NETWORK_KEY]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        files = [self.generation / f"{name}.parquet" for name in NETWORK_TABLES]
        if version is None or not all(f.is_file() for f in files):
            return None
        try:
            for name, path in zip(NETWORK_TABLES, files):
                self._con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet([{_listed([str(path)])}])")
        except duckdb.Error:  # a damaged file: the views sum the parts' summaries instead
            return None
        return str(version)

    @classmethod
    def open(cls, store_dir: str | Path) -> Engine:
        from jdash import store

        return cls(store.generation_dir(Path(store_dir)))

    def df(self, sql: str, params: Sequence = ()) -> pd.DataFrame:
        """Run a query and return its (small) result as a DataFrame."""
        with self._lock:
            cur = self._con.cursor()
        try:
            return cur.execute(sql, list(params)).df()
        finally:
            cur.close()

    def columns(self, table: str) -> list[str]:
        """The column names of one of the store's tables (read from the files' schema, once)."""
        if table not in self._columns:
            self._columns[table] = self.df(f"SELECT * FROM {table} LIMIT 0").columns.tolist()
        return self._columns[table]

    def keep(self, sql: str, params: Sequence = (), *, large: bool = False) -> str:
        """The name of a table holding `sql`'s result, run once per engine (a store generation) and
        kept while it is among the `KEPT` most recently used (`KEPT_LARGE` for a `large` result): for a
        scan too costly to repeat in every query of a page, such as a text search over every body."""
        key = (sql, repr(list(params)))
        kept = self._kept[large]
        with self._lock:
            if key in kept:
                kept.move_to_end(key)
                return kept[key]
            self._serial += 1
            name = f"kept_{'large_' if large else ''}{self._serial}"
        self._run(f"CREATE TABLE {name} AS {sql}", params)
        with self._lock:
            if key in kept:  # another thread kept it meanwhile
                mine, name = name, kept[key]
                dropped = [mine]
            else:
                kept[key] = name
                bound = KEPT_LARGE if large else KEPT
                dropped = [kept.popitem(last=False)[1] for _ in range(len(kept) - bound)]
        for table in dropped:
            self._run(f"DROP TABLE IF EXISTS {table}")
        return name

    @contextlib.contextmanager
    def scratch(self, sql: str, params: Sequence = ()) -> Iterator[str]:
        """The name of a table holding `sql`'s result for the queries of one call, dropped after it: for
        an intermediate result several queries of one view read."""
        with self._lock:
            self._serial += 1
            name = f"scratch_{self._serial}"
        self._run(f"CREATE TABLE {name} AS {sql}", params)
        try:
            yield name
        finally:
            self._run(f"DROP TABLE IF EXISTS {name}")

    def _run(self, sql: str, params: Sequence = ()) -> None:
        with self._lock:
            cur = self._con.cursor()
        try:
            cur.execute(sql, list(params))
        finally:
            cur.close()

    def scalar(self, sql: str, params: Sequence = ()):
        frame = self.df(sql, params)
        return None if frame.empty else frame.iat[0, 0]

    def close(self) -> None:
        self._con.close()


def selection(filters: Filters) -> Sel:
    """SQL for the articles `filters` keep (see `queries.filter_articles`' rules):
    dates on issue_date, counties by `ABOUT_COUNTY`, topics and officials in their lists, every
    word of `q` in headline, subheadline or body (case-insensitive)."""
    where: list[str] = []
    params: list = []
    first, last = filters.whole_years()
    if filters.start:  # an article known only to its year: kept when its whole year is in the range
        where.append("(a.issue_date >= ? OR (a.issue_date IS NULL AND a.issue_year >= ?))")
        params += [pd.Timestamp(filters.start).to_pydatetime(), first]
    if filters.end:
        where.append("(a.issue_date < ? OR (a.issue_date IS NULL AND a.issue_year <= ?))")
        params += [pd.Timestamp(filters.end + timedelta(days=1)).to_pydatetime(), last]
    if filters.counties:
        where.append("(" + " OR ".join([ABOUT_COUNTY] * len(filters.counties)) + ")")
        for county in filters.counties:
            params += [county, county]
    for column, values in (("topics", filters.topics), ("officials", filters.officials)):
        if values:
            where.append(f"list_has_any(a.{column}, ?::VARCHAR[])")
            params.append(list(values))
    for word in filters.q.split():
        where.append(IN_TEXT if caseless(word) else IN_TEXT_LOWER)
        params += [word] * 3
    if filters.dated:
        where.append(_DATED_SQL[filters.dated])
    return Sel(" AND ".join(where) or "TRUE", tuple(params))


def caseless(word: str) -> bool:
    """Whether `word` has no letter with a case (Chinese, digits): then a text holds it exactly when the
    lowercased text does, and the search skips lowercasing every body (5× the cost of the search).

    >>> caseless("算力中心"), caseless("5G基站"), caseless("2024")
    (True, False, True)
    """
    return word.lower() == word == word.upper()


# `Filters.dated` → SQL over the articles table (see jdash.filters.DATED).
_DATED_SQL = {"undated": UNDATED, "year": YEAR_ONLY,
              "inferred": "a.issue_date IS NOT NULL AND a.date_source = 'inferred'",
              "given": "a.issue_date IS NOT NULL AND a.date_source IN ('filename', 'pages.csv', 'user')"}
