"""One pure function per dashboard page: (engine, filters, page parameters) → exactly what the page shows.

Every query runs in DuckDB over the store's Parquet files (`jdash.engine`); only small results come
back as DataFrames, and article bodies are read only for the articles shown. The pages render these
dataclasses; `bench/tasks.py` times these same functions.

Shared definitions, used by every view:
- the articles a filter keeps: `engine.selection`;
- an article's counties: `engine.COUNTIES_OF` (listed or primary; `全市` is the city-wide facet, never a county);
- an official's title: every title printed for them in the articles shown, latest first
  (`市委副书记、市长`; `merge_titles`);
- a figure fit for cards and comparisons: a canonical metric and confidence ≥ `confidence.SOLID`.
"""

from __future__ import annotations

import hashlib
import inspect
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import duckdb
import networkx as nx
import pandas as pd

from jdash import queries
from jdash.confidence import SOLID, hidden_counts
from jdash.datafiles import read_words
from jdash.dates import span_end
from jdash.engine import (CITY_WIDE, COUNTIES_OF, IN_TEXT, TEXT_OF, UNDATED, YEAR_END_PLACE, YEAR_ONLY, YEAR_PLACE, Engine,
                          selection, table_files)
from jdash.figure_period import display_period
from jdash.figure_read import printed_figure
from jdash.filters import Filters
from jdash.gazetteer import canonical_names, canonical_of_alias, own_place_names
from jdash.locality import local_sql
from jdash.topics import local_bodies
from jdash.period_classes import YEAR_UNKNOWN, period_class, period_key, period_parts  # noqa: F401 (the pages' and tests' names)
from jdash.tables import Corpus

NO_TOPIC = "（无主题）"
_TRUNC = {"D": "day", "W": "week", "M": "month", "Y": "year"}
LIST_COLUMNS = ["id", "issue_date", "issue_year", "date_source", "headline", "kind", "primary_county", "topics", "officials",
                "source", "order"]
# period: as printed (comparisons and exports read it); period_shown: the year made explicit from the page's (今年上半年 on
# a 2023 page → 2023年上半年), what cards and tables show.
FIGURE_COLUMNS = ["county", "metric", "canonical_metric", "figure", "value", "unit", "approx", "period", "period_shown", "subject",
                  "kind", "sentence", "issue_date", "issue_year", "article_id", "source", "confidence", "normalised_value", "base_unit", "corrected_by"]


# ---------------------------------------------------------------- shared pieces


def _where(engine: Engine, filters: Filters) -> tuple[str, list]:
    """`selection(filters)` as a condition on articles (alias a) and its parameters, with the text search
    (`q`, every body scanned) run once per engine and its hits kept (`Engine.keep`): the page's other
    queries, and the other pages under the same search, join them."""
    if not filters.q.split():
        sel = selection(filters)
        return sel.where, list(sel.params)
    text, rest = selection(Filters(q=filters.q)), selection(filters.replace(q=""))
    kept = engine.keep(f"SELECT a.id FROM articles a WHERE {text.where}", text.params)
    return f"{rest.where} AND a.id IN (SELECT id FROM {kept})", list(rest.params)


# An article's columns the counts read (no text): a filter's articles are kept with these once per engine.
FACT_COLUMNS = ("id", "source", "order", "issue_date", "issue_year", "date_source", "kind", "primary_county", "counties",
                "topics")


def _facts(engine: Engine, filters: Filters) -> str:
    """A table of the filtered articles' `FACT_COLUMNS`, made once per engine and filter (`Engine.keep`):
    the page's queries (and the other pages under the same filter) read it instead of applying the filter
    to every article again in each query (at 1M articles a filter costs 0.15–0.25 s of CPU a query)."""
    where, params = _where(engine, filters)
    have = set(engine.columns("articles"))
    cols = ", ".join(f'a."{c}"' for c in FACT_COLUMNS if c in have)
    return engine.keep(f"SELECT {cols} FROM {_parts(engine, 'articles', filters)} a WHERE {where}", params, large=True)


# A generation's parts, read once per generation folder (a generation is written once and never changed): each
# part's name → the span of its articles' dates (first, last, first_year, last_year: `_part_spans`), and the
# files of each table by part name.
_SPANS: OrderedDict[str, pd.DataFrame | None] = OrderedDict()
_FILES: OrderedDict[tuple[str, str], dict[str, str]] = OrderedDict()
_REMEMBERED = 16


def _remember(cache: OrderedDict, key, make):
    if key not in cache:
        cache[key] = make()
        while len(cache) > _REMEMBERED:
            cache.popitem(last=False)
    return cache[key]


def _part_spans(engine: Engine) -> pd.DataFrame | None:
    """The store's parts (the name of each part's articles file) with the span of their articles' issue dates
    (first, last) and of the years of those known only to their year (first_year, last_year); None when the
    articles are one file, or have no `issue_year` column."""
    def spans() -> pd.DataFrame | None:
        files = table_files(engine.generation, "articles")
        if len(files) < 2:
            return None
        listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        only = "issue_date IS NULL AND issue_year IS NOT NULL"
        try:
            return engine.df(f"SELECT parse_filename(filename) AS part, min(issue_date) AS first, max(issue_date) AS last, "
                             f"min(issue_year) FILTER (WHERE {only}) AS first_year, max(issue_year) FILTER (WHERE {only}) "
                             f"AS last_year FROM read_parquet([{listed}], filename=true, union_by_name=true) GROUP BY ALL")
        except duckdb.Error:  # files from before the issue_year column
            return None

    return _remember(_SPANS, str(engine.generation), spans)


def _parts(engine: Engine, table: str, filters: Filters) -> str:
    """`table` as a SQL source read only from the parts that can hold an article of the filter's dates (by each
    part's span, `_part_spans`: a part is a run of dates), or the whole table when the filter names no dates or
    the table's files are not one per part. Rows of other parts are left out by the filter anyway: this only
    spares reading them (a date range of half the span reads about half the files)."""
    spans = _part_spans(engine) if filters.start or filters.end else None
    files = _remember(_FILES, (str(engine.generation), table),
                      lambda: {Path(f).name: f for f in table_files(engine.generation, table)})
    if spans is None or set(files) != set(spans["part"]):
        return table
    first, last = filters.whole_years()
    day, year = spans["first"].notna(), spans["first_year"].notna()
    if filters.start:
        day &= spans["last"] >= pd.Timestamp(filters.start)
        year &= spans["last_year"] >= first
    if filters.end:
        day &= spans["first"] < pd.Timestamp(filters.end + timedelta(days=1))
        year &= spans["first_year"] <= last
    parts = sorted(spans.loc[(day | year).fillna(False).astype(bool), "part"])
    if not parts:
        return f"(SELECT * FROM {table} WHERE false)"
    listed = ", ".join("'" + files[p].replace("'", "''") + "'" for p in parts)
    return f"read_parquet([{listed}], union_by_name=true)"


def _fa(engine: Engine, filters: Filters) -> tuple[str, list]:
    """The filtered articles as a SQL source of their `FACT_COLUMNS` at least (alias a) and its parameters."""
    if filters.is_empty:
        return "articles", []
    return _facts(engine, filters), []


def _ids(engine: Engine, filters: Filters) -> tuple[str, list]:
    if filters.is_empty:
        return "(SELECT a.id FROM articles a)", []
    return f"(SELECT id FROM {_facts(engine, filters)})", []


# An officials row's columns the pages count and name by: a filter's officials rows are kept with these.
OFFICIAL_COLUMNS = ("article_id", "name", "titles", "title", "level", "organisation", "issue_date")


def _of(engine: Engine, filters: Filters) -> tuple[str, list]:
    """The officials rows of the filtered articles (every row of each), `OFFICIAL_COLUMNS` at least and `_local`
    (whether the row is of a local official: `_LOCAL`), as a SQL source (alias o) and its parameters: the
    officials table when nothing is filtered, else a table made once per engine and filter (`Engine.keep`),
    which the page's queries read instead of joining every officials row to the filtered articles again
    (0.2–0.6 s of CPU a query at 1M articles) and matching `_LOCAL`'s patterns in each."""
    if filters.is_empty:
        return f"(SELECT o.*, {_LOCAL} AS _local FROM officials o)", []
    have = set(engine.columns("officials"))
    cols = ", ".join(f'o."{c}"' for c in OFFICIAL_COLUMNS if c in have)
    ids, params = _ids(engine, filters)
    return engine.keep(f"SELECT {cols}, {_LOCAL} AS _local FROM {_parts(engine, 'officials', filters)} o "
                       f"WHERE o.article_id IN {ids}", params, large=True), []


def _date(value) -> date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _year(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


@dataclass
class Sidebar:
    """What the shared sidebar offers: values most frequent first, and the corpus's date span."""

    counties: list[str]
    topics: list[str]
    officials: list[str]
    first: date | None
    last: date | None
    first_label: str = "—"  # as shown: the day, or a year alone from a page known only to its year
    last_label: str = "—"


def sidebar(engine: Engine) -> Sidebar:
    """Options of the sidebar filters (counties exclude the city-wide `全市`)."""
    counties = _value_counts(engine, Filters(), COUNTIES_OF)["value"].tolist()
    topics = _value_counts(engine, Filters(), "a.topics")["value"].tolist()
    if summed(engine, "sum_officials"):
        officials = engine.df("SELECT name FROM sum_officials WHERE county IS NULL GROUP BY name "
                              "ORDER BY sum(articles) DESC, name")
    else:
        officials = engine.df("SELECT name FROM officials GROUP BY name ORDER BY count(DISTINCT article_id) DESC, name")
    if summed(engine, "sum_head"):
        span = _head(engine, Filters())
    else:
        only = "issue_date IS NULL AND issue_year IS NOT NULL"
        span = engine.df(f"SELECT min(issue_date) AS first, max(issue_date) AS last, min(issue_year) FILTER (WHERE {only}) "
                         f"AS first_year, max(issue_year) FILTER (WHERE {only}) AS last_year FROM articles").iloc[0]
    first, last = _date(span["first"]), _date(span["last"])
    return Sidebar(counties, topics, officials["name"].tolist(), first, last,
                   span_end(first, _year(span["first_year"])), span_end(last, _year(span["last_year"]), last=True))


def _value_counts(engine: Engine, filters: Filters, list_sql: str, n: int | None = None) -> pd.DataFrame:
    """value, articles — how many filtered articles carry each value of a list expression."""
    limit = f" LIMIT {int(n)}" if n else ""
    facet = next((name for name, sql in FACETS.items() if sql == list_sql), None)
    scope = _scope(engine, filters, "sum_facets")
    if facet and scope:
        return engine.df(f"SELECT value, sum(articles)::BIGINT AS articles FROM sum_facets WHERE facet = ? AND {scope[0]} "
                         f"GROUP BY value ORDER BY articles DESC, value{limit}", [facet, *scope[1]])
    fa, params = _fa(engine, filters)
    if facet == "county":  # the same counts without COUNTIES_OF's list functions
        return engine.df(f"SELECT county AS value, count(*) AS articles FROM ({_COUNTY_ROWS.format(source=fa)}) "
                         f"GROUP BY county ORDER BY articles DESC, value{limit}", params + params)
    once = facet in _ONCE_EACH
    return engine.df(f"{_value_counts_sql(list_sql, fa, once=once)} ORDER BY articles DESC, value{limit}", params)


def _value_counts_sql(list_sql: str, source: str, by: str | None = None, *, once: bool = False) -> str:
    """value, articles: the articles of `source` (alias a) carrying each value of a list expression (per
    value of the column `by` too, as `county`, when given); `once`: each article's list names a value once
    (rows counted without a distinct count's hash of the ids: 5× less CPU)."""
    key = f"a.{by}, " if by else ""
    return (f"SELECT {by + ' AS county, ' if by else ''}v AS value, {'count(*)' if once else 'count(DISTINCT id)'} AS articles FROM "
            f"(SELECT {key}a.id, unnest({list_sql}) AS v FROM {source} a) "
            f"WHERE v IS NOT NULL AND v <> '' GROUP BY {by + ', ' if by else ''}v")


# The lists the pages count articles by: an article's counties, topics, kind.
FACETS = {"county": COUNTIES_OF, "topic": "a.topics", "kind": "[a.kind]"}
# Facets whose list names each value once: an article's kind, its topics (`topics.score_topics`, one score a topic).
_ONCE_EACH = ("topic", "kind")
# Each article of `source` (alias a) with each of its counties (`COUNTIES_OF`) once, and whether it is the
# article's primary county: id, county, main. Its listed counties (a list names each once: `enrich.article_counties`)
# and its primary county when not listed, instead of COUNTIES_OF's list functions (list_distinct and a lambda: 3-10×
# the CPU over a filter's articles) or a DISTINCT over the rows (3× at 1M).
_COUNTY_ROWS = ("SELECT id, county, main FROM (SELECT a.id, unnest(a.counties) AS county, a.primary_county = county AS main "
                "FROM {source} a UNION ALL SELECT a.id, a.primary_county, true FROM {source} a "
                "WHERE NOT list_contains(coalesce(a.counties, []), a.primary_county)) "
                f"WHERE county IS NOT NULL AND county <> '' AND county <> '{CITY_WIDE}'")


_GROUP_TITLE = "领导"  # 市领导, 区领导: a group label (data/titles.txt), not a post
_PARENS = re.compile(r"（[^（）]*）|\([^()]*\)")


def merge_titles(title_lists) -> str:
    """Every title an official is given, latest article first, each once, joined with 、. A group
    label (市领导) is kept only when nothing more precise is printed, and a title printed elsewhere
    with a parenthesis (组织部（人力资源部）部长) absorbs its short form.

    >>> merge_titles([["市委书记"], ["市委书记", "市人大常委会主任"], ["市领导"]])
    '市委书记、市人大常委会主任'

    A title printed elsewhere with its place before it is that title (`_placed_elsewhere`).
    """
    seen = list(dict.fromkeys(t for ts in title_lists if ts is not None for t in ts if isinstance(t, str) and t))
    precise = [t for t in seen if not t.endswith(_GROUP_TITLE)]
    kept = precise or seen
    stripped = {t: _PARENS.sub("", t) for t in kept}
    short = {bare for t, bare in stripped.items() if bare != t} | _placed_elsewhere(kept)
    return "、".join(t for t in kept if t not in short)


def _placed_elsewhere(titles: list[str]) -> set[str]:
    """The titles printed elsewhere with their place or body before them (县人大常委会主任 beside
    金乡县人大常委会主任, 副主席 beside 市政协副主席: one post; `_same_post`).

    >>> sorted(_placed_elsewhere(["金乡县委书记", "县委书记", "市政协副主席", "副主席", "常务副市长", "副市长"]))
    ['副主席', '县委书记']
    """
    return {t for t in titles for other in titles if other != t and other.endswith(t) and _same_post(other[: -len(t)], t)}


_LEVELS = "省市县区镇乡"


def _same_post(before: str, title: str) -> bool:
    """Whether `before` + `title` is the post `title` names: `before` is a place (data/city_names.txt,
    counties.csv), a level (市, 县 …) or both, then nothing or a body of the party or state (data/local_bodies.txt).
    A bare 市… post is the city's (济宁市委书记), a bare 县…/区… post a county's or district's (金乡县委书记): 曲阜市委书记
    is another post than 市委书记; 常务 makes another post too.

    >>> _same_post("济宁", "市委书记"), _same_post("曲阜", "市委书记"), _same_post("金乡", "县委书记")
    (True, False, True)
    >>> _same_post("金乡县人大常委会", "主任"), _same_post("市政协", "副主席"), _same_post("常务", "副市长")
    (True, True, False)
    """
    place = next((p for p in own_place_names() if before.startswith(p)), "")  # longest first
    rest = before[len(place):]
    if place and not rest and title[:1] in "市县区":
        cities = read_words("city_names.txt")
        return place in cities if title[0] == "市" else place not in cities and _county_of(place).endswith(title[0])
    if not rest:
        return bool(place)
    bodies = local_bodies()
    return rest in bodies or (rest[0] in _LEVELS and (len(rest) == 1 or rest[1:] in bodies))


def _county_of(place: str) -> str:
    """A county-level unit's name as jdash reports it (data/counties.csv: 金乡 → 金乡县), '' for no such place."""
    return canonical_of_alias().get(place, "")


# An officials row of a local official (the pages leave national ones and those of other places out unless asked).
_LOCAL = f"coalesce(o.level, '') <> 'national' AND {local_sql('o')}"
# Each officials row's titles as a list (a row from before the titles column: its title).
_TITLES_OF = "CASE WHEN len(o.titles) > 0 THEN o.titles WHEN o.title IS NULL THEN [] ELSE [o.title] END"


def _officials(engine: Engine, where: str, params: list, *, order: str = "articles DESC, o.name",
               limit: int | None = None, count_as: str = "articles",
               source: tuple[str, list] = ("officials", [])) -> pd.DataFrame:
    """name, title (`merge_titles` of every row kept), level (latest), `count_as` (articles) —
    the officials rows of `source` (`_of`) matching `where` (alias o), one row per name."""
    lim = f" LIMIT {int(limit)}" if limit else ""
    df = engine.df(
        "SELECT o.name, coalesce(arg_max(o.level, o.issue_date), any_value(o.level), 'other') AS level, "
        f"count(DISTINCT o.article_id) AS {count_as} FROM {source[0]} o WHERE {where} "
        f"GROUP BY o.name ORDER BY {order}{lim}", source[1] + params)
    titles = _titles(engine, where, params, df["name"].tolist(), source)
    df.insert(1, "title", [merge_titles([titles.get(name, [])]) for name in df["name"]])
    return df


# A row's place in "latest first" order (issue_date DESC NULLS LAST, article_id, pos) as one value that sorts so.
_LATEST_FIRST = ("struct_pack(undated := issue_date IS NULL, back := coalesce(-epoch(issue_date), 0), "
                 "article_id := article_id, pos := pos)")


def _titles(engine: Engine, where: str, params: list, names: list[str],
            source: tuple[str, list] = ("officials", [])) -> dict[str, list[str]]:
    """name → each title printed for them in the officials rows of `source` matching `where`, once, latest
    first (rows of one day: by article id; a row's titles in their order). Each title's latest row is the least
    of a key in that order (`_LATEST_FIRST`), an aggregate: a window per name and title costs 4× the CPU."""
    if not names:
        return {}
    df = engine.df(
        f"WITH t AS (SELECT o.name, o.issue_date, o.article_id, unnest({_TITLES_OF}) AS title, "
        f"generate_subscripts({_TITLES_OF}, 1) AS pos FROM {source[0]} o WHERE {where} "
        "AND o.name IN (SELECT unnest(?::VARCHAR[]))), "
        f"f AS (SELECT name, title, min({_LATEST_FIRST}) AS k FROM t WHERE title IS NOT NULL AND title <> '' GROUP BY ALL) "
        "SELECT name, list(title ORDER BY k) AS titles FROM f GROUP BY name",
        source[1] + params + [names])
    return {name: list(ts) for name, ts in zip(df["name"], df["titles"])}


def _top_officials(engine: Engine, filters: Filters, n: int | None, *, include_national: bool = False,
                   names: list[str] | None = None) -> pd.DataFrame:
    """name, title (every title in the filtered articles, `merge_titles`), level, articles."""
    scope = _scope(engine, filters, "sum_officials", "sum_titles")
    if scope and names is None:
        return _top_officials_summed(engine, scope, n, include_national)
    where, params = ("TRUE" if include_national else "o._local"), []
    if names is not None:
        where += " AND o.name IN (SELECT unnest(?::VARCHAR[]))"
        params.append(names)
    return _officials(engine, where, params, limit=n, source=_of(engine, filters))


def _top_officials_summed(engine: Engine, scope: tuple[str, list], n: int | None, include_national: bool) -> pd.DataFrame:
    """`_top_officials` of the articles `scope` names (`_scope`) from the parts' summaries."""
    df = _top_summed(engine, scope, n, include_national)
    return df.assign(titles=[merge_titles([ts]) for ts in df["titles"]]).rename(columns={"titles": "title"})


def _top_summed(engine: Engine, scope: tuple[str, list], n: int | None, include_national: bool) -> pd.DataFrame:
    """name, titles (each title once, latest first: `_titles`' list), level, articles of the `n` officials with
    most articles in `scope` (`_scope`), from the parts' summaries."""
    pre = "" if include_national else "local_"
    lim = f" LIMIT {int(n)}" if n else ""
    where, params = scope
    df = engine.df(
        f"SELECT name, coalesce(arg_max({pre}level, {pre}latest), any_value({pre}level), 'other') AS level, "
        f"sum({pre}articles)::BIGINT AS articles "
        f"FROM sum_officials WHERE {pre}articles > 0 AND {where} GROUP BY name ORDER BY articles DESC, name{lim}", params)
    national = "" if include_national else " AND NOT national"
    titles = engine.df(
        f"WITH f AS (SELECT * FROM sum_titles WHERE {where} AND name IN (SELECT unnest(?::VARCHAR[])){national} "
        "QUALIFY row_number() OVER (PARTITION BY name, title ORDER BY issue_date DESC NULLS LAST, article_id, pos) = 1) "
        "SELECT name, list(title ORDER BY issue_date DESC NULLS LAST, article_id, pos) AS titles FROM f GROUP BY name",
        params + [df["name"].tolist()])
    found = {name: list(ts) for name, ts in zip(titles["name"], titles["titles"])}
    df.insert(1, "titles", [found.get(name, []) for name in df["name"]])
    return df


# The lists' order: newest first (a year known alone before the dated days of an older year), then page order.
_LIST_ORDER = "a.issue_year DESC NULLS LAST, a.issue_date DESC NULLS LAST, a.source, a.\"order\""


def _article_list(engine: Engine, where: str, params: list, *, limit: int | None = None, offset: int = 0,
                  order: str = _LIST_ORDER) -> pd.DataFrame:
    """The columns a reader scans (no body), for the articles matching `where`."""
    cols = ", ".join(f'a."{c}"' for c in LIST_COLUMNS)
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
    return engine.df(f"SELECT {cols} FROM articles a WHERE {where} ORDER BY {order}{page}", params)


def _within_their_dates(dates) -> tuple[str, list]:
    """Bounds on `a.issue_date` from the earliest and the latest of `dates` (SQL and its parameters), when every
    one is known and there is one: rows picked by id are then read from the Parquet row groups of those dates
    only (a lower bound alone kept every newer row group).

    >>> _within_their_dates(["2020-03-01", "2020-01-05"])[1], _within_their_dates(["2020-03-01", None]), _within_their_dates([])
    ([datetime.datetime(2020, 1, 5, 0, 0), datetime.datetime(2020, 3, 1, 0, 0)], ('', []), ('', []))
    """
    known = pd.to_datetime(pd.Series(list(dates), dtype=object), errors="coerce")
    if len(known) and known.notna().all():
        return " AND a.issue_date BETWEEN ? AND ?", [known.min().to_pydatetime(), known.max().to_pydatetime()]
    return "", []


def _newest(engine: Engine, filters: Filters, *, limit: int, offset: int = 0) -> pd.DataFrame:
    """`_article_list` of the filtered articles, `limit` of them from `offset` in `_LIST_ORDER`: picked from
    their kept facts (`_fa`), then only those rows read (bounded by their dates too, so that only the
    Parquet row groups of those dates are read), not the list's columns of every filtered article."""
    fa, params = _fa(engine, filters)
    picked = engine.df(f"SELECT a.id, a.issue_date FROM {fa} a ORDER BY {_LIST_ORDER} LIMIT {int(limit)} OFFSET {int(offset)}",
                       params)
    since, bound = _within_their_dates(picked["issue_date"])
    return _article_list(engine, f"a.id IN (SELECT unnest(?::VARCHAR[])){since}", [picked["id"].tolist()] + bound)


def _timeline(engine: Engine, filters: Filters, freq: str, mode: str) -> pd.DataFrame:
    """period, topic, articles — articles per topic per bin (undated ones left out; those known only
    to their year are in yearly bins, left out of finer ones)."""
    df = _timeline_counts(engine, filters, freq, mode)
    if df.empty:
        return pd.DataFrame(columns=["period", "topic", "articles"])
    order = df.groupby("topic")["articles"].sum().sort_values(ascending=False, kind="stable").index.tolist()
    df["_rank"] = df["topic"].map({t: i for i, t in enumerate(order)})
    df["period"] = pd.to_datetime(df["period"]).astype("datetime64[ns]")
    df["articles"] = df["articles"].astype(int)
    return df.sort_values(["_rank", "period"], kind="stable").drop(columns="_rank").reset_index(drop=True)


# An article's topic on the timeline (alias a), per mode: its primary topic, or each of its topics (one row each).
_TIMELINE_TOPIC = {"primary": f"coalesce(a.topics[1], '{NO_TOPIC}')",
                   "all": f"unnest(CASE WHEN len(a.topics) > 0 THEN a.topics ELSE ['{NO_TOPIC}'] END)"}
# The freqs whose bins are whole months (`sum_timeline`'s rows add up into them).
_MONTHLY = ("M", "Y")


def _timeline_counts(engine: Engine, filters: Filters, freq: str, mode: str) -> pd.DataFrame:
    """period, topic, articles of `_timeline`, in no order: the parts' `sum_timeline` months summed into the
    bins when the filter allows (none, or one county) and the bins are months or years, else counted over
    the filtered articles (a scan of every article's date and topics: 0.3 s of CPU at 1M articles)."""
    key = "primary" if mode == "primary" else "all"  # the `_TIMELINE_TOPIC` (and `sum_timeline`) mode
    scope = _scope(engine, filters, "sum_timeline") if freq in _MONTHLY else None
    if scope:
        dated = "" if freq == "Y" else " AND NOT year_only"  # finer than a year: an article known to its year alone is left out
        return engine.df(f"SELECT date_trunc('{_TRUNC[freq]}', month) AS period, topic, sum(articles)::BIGINT AS articles "
                         f"FROM sum_timeline WHERE {scope[0]} AND mode = ?{dated} GROUP BY ALL", scope[1] + [key])
    fa, params = _fa(engine, filters)
    return engine.df(
        f"SELECT period, topic, count(*) AS articles FROM (SELECT date_trunc('{_TRUNC[freq]}', {_placed(freq)}) AS period, "
        f"{_TIMELINE_TOPIC[key]} AS topic FROM {fa} a WHERE {_placed(freq)} IS NOT NULL) GROUP BY ALL", params)


def _placed(freq: str) -> str:
    """Where an article sits on a time axis binned by `freq`: its issue date; on a yearly axis, an
    article known only to its year sits in that year (never in a month or week it may not be in)."""
    return YEAR_PLACE if freq == "Y" else "a.issue_date"


def _head_count(engine: Engine, filters: Filters, column: str, where: str) -> int:
    """How many filtered articles hold `where` (alias a): the parts' `sum_head` column `column` (`_HEAD`) summed
    when the filter allows, else counted over the filtered articles."""
    scope = _scope(engine, filters, "sum_head")
    if scope:
        return int(engine.scalar(f"SELECT coalesce(sum({column}), 0) FROM sum_head WHERE {scope[0]}", scope[1]))
    fa, params = _fa(engine, filters)
    return int(engine.scalar(f"SELECT count(*) FROM {fa} a WHERE {where}", params))


def _count(engine: Engine, filters: Filters) -> int:
    """How many articles the filter keeps."""
    return _head_count(engine, filters, "n", "TRUE")


def _city_wide(engine: Engine, filters: Filters) -> int:
    """How many filtered articles are about the whole city (primary county 全市): `_HEAD`'s `city` alone."""
    return _head_count(engine, filters, "city", f"a.primary_county = '{CITY_WIDE}'")


@dataclass(frozen=True)
class Span:
    """The filtered articles' span (years known alone included), how many, how many have no date
    at all, and how many are known only to their year."""

    first: date | None
    last: date | None
    n: int
    undated: int
    year_only: int

    def freq(self) -> str:
        """The automatic bin size: yearly when every dated article is known only to its year (finer bins
        would draw nothing), else `queries.choose_freq` of the span."""
        if self.year_only and self.year_only == self.n - self.undated:
            return "Y"
        return queries.choose_freq(self.first, self.last)


def _span(engine: Engine, filters: Filters) -> Span:
    """The filtered articles' `Span`: from the parts' `sum_head` when the filter allows (`_scope`), else counted."""
    scope = _scope(engine, filters, "sum_head")
    if scope:  # a year known alone spans 1 January to 31 December of it (YEAR_PLACE, YEAR_END_PLACE)
        row = engine.df("SELECT least(min(first), make_timestamp(min(first_year), 1, 1, 0, 0, 0)) AS first, "
                        "greatest(max(last), make_timestamp(max(last_year), 12, 31, 0, 0, 0)) AS last, "
                        "coalesce(sum(n), 0) AS n, coalesce(sum(undated), 0) AS undated, "
                        f"coalesce(sum(year_only), 0) AS year_only FROM sum_head WHERE {scope[0]}", scope[1]).iloc[0]
        return Span(_date(row["first"]), _date(row["last"]), int(row["n"]), int(row["undated"]), int(row["year_only"]))
    fa, params = _fa(engine, filters)
    row = engine.df(f"SELECT min({YEAR_PLACE}) AS first, max({YEAR_END_PLACE}) AS last, count(*) AS n, "
                    f"count(*) FILTER (WHERE {UNDATED}) AS undated, "
                    f"count(*) FILTER (WHERE {YEAR_ONLY}) AS year_only FROM {fa} a", params).iloc[0]
    return Span(_date(row["first"]), _date(row["last"]), int(row["n"]), int(row["undated"]), int(row["year_only"]))


# ---------------------------------------------------------------- overview


@dataclass
class OverviewView:
    articles: int
    pages: int
    stored_pages: int
    first: date | None
    last: date | None
    undated: int
    year_only: int  # articles whose page's year is known but no day
    inferred_dates: int
    first_label: str  # the first issue as shown: its day, or a year alone (`dates.span_end`)
    last_label: str
    page_kinds: pd.DataFrame  # source, issue_date, issue_year, kind, articles — the latest `pages_shown` pages
    pages_shown: int
    top_officials: pd.DataFrame  # name, title, level, articles
    top_counties: pd.DataFrame  # value, articles (全市 left out: it is `city_wide`)
    top_topics: pd.DataFrame  # value, articles
    kinds: pd.DataFrame  # value, articles
    city_wide: int  # articles about the whole city (primary county 全市)
    warnings: pd.DataFrame  # source, reason
    near_duplicates: pd.DataFrame  # source, older, similarity, articles — pages that nearly repeat an older one


# Where a page sorts by date: its day; a page known only to its year, at the end of that year.
PAGE_PLACE = "coalesce(min(a.issue_date), make_timestamp(min(a.issue_year), 12, 31, 0, 0, 0))"


def overview(engine: Engine, filters: Filters, *, n: int = 10, pages_shown: int = 60) -> OverviewView:
    """The Overview page: corpus size and span, articles per page and kind, rankings, skipped files."""
    head = _head(engine, filters)
    page_kinds_ = page_kinds(engine, filters, pages_shown)
    return OverviewView(
        articles=int(head["n"]), pages=int(head["pages"]),
        stored_pages=int(engine.scalar("SELECT count(*) FROM pages")),
        first=_date(head["first"]), last=_date(head["last"]), undated=int(head["undated"]), year_only=int(head["year_only"]),
        inferred_dates=int(head["inferred"]), page_kinds=page_kinds_,
        first_label=span_end(_date(head["first"]), _year(head["first_year"])),
        last_label=span_end(_date(head["last"]), _year(head["last_year"]), last=True),
        pages_shown=int(page_kinds_["source"].nunique()),
        top_officials=_top_officials(engine, filters, n),
        top_counties=_value_counts(engine, filters, COUNTIES_OF, n),
        top_topics=_value_counts(engine, filters, "a.topics", n),
        kinds=_value_counts(engine, filters, "[a.kind]"),
        city_wide=int(head["city"]),
        warnings=engine.df("SELECT source, reason FROM warnings"),
        near_duplicates=near_duplicates(engine),
    )


# The Overview's head counts of a set of articles (alias a), and how the counts of parts add up.
_HEAD = (f"count(*) AS n, count(DISTINCT source) AS pages, min(issue_date) AS first, max(issue_date) AS last, "
         f"min(a.issue_year) FILTER (WHERE {YEAR_ONLY}) AS first_year, max(a.issue_year) FILTER (WHERE {YEAR_ONLY}) AS last_year, "
         f"count(*) FILTER (WHERE {UNDATED}) AS undated, "
         f"count(*) FILTER (WHERE {YEAR_ONLY}) AS year_only, count(*) FILTER (WHERE date_source = 'inferred') AS inferred, "
         f"count(*) FILTER (WHERE primary_county = '{CITY_WIDE}') AS city")
_HEAD_SUMMED = ", ".join([f"coalesce(sum({c}), 0)::BIGINT AS {c}" for c in ("n", "pages", "undated", "year_only", "inferred", "city")]
                         + ["min(first) AS first", "max(last) AS last", "min(first_year) AS first_year",
                            "max(last_year) AS last_year"])


def _head(engine: Engine, filters: Filters) -> pd.Series:
    """`_HEAD` of the filtered articles (of the parts' `sum_head` when nothing is filtered)."""
    scope = _scope(engine, filters, "sum_head")
    if scope:
        return engine.df(f"SELECT {_HEAD_SUMMED} FROM sum_head WHERE {scope[0]}", scope[1]).iloc[0]
    fa, params = _fa(engine, filters)
    return engine.df(f"SELECT {_HEAD} FROM {fa} a", params).iloc[0]


def page_kinds(engine: Engine, filters: Filters, pages_shown: int = 60) -> pd.DataFrame:
    """source, issue_date, issue_year, kind, articles — the Overview's main chart: the latest
    `pages_shown` pages' articles by kind. A page known only to its year sits in that year (after its
    dated days: `PAGE_PLACE`)."""
    fa, params = _fa(engine, filters)
    return engine.df(
        f"WITH p AS (SELECT source, min(issue_date) AS issue_date, min(issue_year) AS issue_year, {PAGE_PLACE} AS placed "
        f"FROM {fa} a GROUP BY source ORDER BY placed DESC NULLS FIRST, source DESC LIMIT {int(pages_shown)}) "
        f"SELECT p.source, p.issue_date, p.issue_year, a.kind, count(*) AS articles FROM {fa} a JOIN p USING (source) "
        "GROUP BY p.source, p.issue_date, p.issue_year, p.placed, a.kind ORDER BY p.placed NULLS LAST, p.source, a.kind",
        params + params)


def near_duplicates(engine: Engine) -> pd.DataFrame:
    """source, older, similarity, articles — each stored page that nearly repeats an older one
    (`jdash.neardup`: the same page re-uploaded after an OCR fix), with its number of articles,
    which the counts hold twice until the older copy is replaced."""
    return engine.df(
        "SELECT d.source, d.older, d.similarity::DOUBLE AS similarity, count(a.id) AS articles FROM near_duplicates d "
        "LEFT JOIN articles a ON a.source = d.source GROUP BY ALL ORDER BY d.source")


UPLOADED_COLUMNS = ["source", "content_hash", "issue_date", "issue_year", "date_source", "date_confidence"]


def uploaded_pages(engine: Engine, digests: list[str]) -> pd.DataFrame:
    """source, content_hash, issue_date, issue_year, date_source, date_confidence — the stored pages
    uploaded by the user (their content hashes: jdash.uploadmeta.stored_digests), by name: the upload
    page's list, where each page's date can be set."""
    if not digests:
        return pd.DataFrame(columns=UPLOADED_COLUMNS)
    return engine.df(f"SELECT {', '.join(UPLOADED_COLUMNS)} FROM pages WHERE content_hash IN "
                     "(SELECT unnest(?::VARCHAR[])) ORDER BY source", [digests])


# ---------------------------------------------------------------- timeline


@dataclass
class TimelineView:
    freq: str
    auto_freq: str
    mode: str
    data: pd.DataFrame  # period, topic, articles
    articles: int
    undated: int
    year_only: int = 0  # articles known only to their year: in yearly bins, not in finer ones
    picked: pd.DataFrame | None = None  # the articles behind a clicked bar
    picked_start: date | None = None
    picked_end: date | None = None


def timeline(engine: Engine, filters: Filters, *, freq: str | None = None, mode: str = "primary",
             bar: tuple[str, str] | None = None) -> TimelineView:
    """The Topic timeline page; `bar` = (period start, topic) of a clicked bar lists its articles."""
    span = _span(engine, filters)
    auto = span.freq()
    freq = freq if freq in _TRUNC else auto
    view = TimelineView(freq, auto, mode, _timeline(engine, filters, freq, mode), span.n, span.undated, span.year_only)
    if bar:
        start = pd.Timestamp(bar[0])
        start = pd.Timestamp(engine.scalar(f"SELECT date_trunc('{_TRUNC[freq]}', ?::TIMESTAMP)", [start]))
        end = queries.period_end(start, freq)
        topic_sql = "coalesce(a.topics[1], ?) = ?" if mode == "primary" else "list_contains(a.topics, ?)"
        topic_params = [NO_TOPIC, bar[1]] if mode == "primary" else [bar[1]]
        ids, params = _ids(engine, filters)
        view.picked = _article_list(engine, f"a.id IN {ids} AND {_placed(freq)} >= ? AND {_placed(freq)} < ? AND {topic_sql}",
                                    params + [start.to_pydatetime(), end.to_pydatetime()] + topic_params)
        view.picked_start, view.picked_end = start.date(), (end - pd.Timedelta(days=1)).date()
    return view


# ---------------------------------------------------------------- keywords


@dataclass
class KeywordsView:
    articles: int
    top: pd.DataFrame  # term, articles, mentions
    cloud: dict[str, int]  # term → articles, for the word cloud (its own data)
    term: str
    trend: pd.DataFrame  # period, articles, mentions
    kwic: pd.DataFrame  # article_id, issue_date, issue_year, headline, left, match, right
    term_articles: pd.DataFrame  # articles with the term (list columns)


def _top_terms(engine: Engine, filters: Filters, n: int) -> pd.DataFrame:
    if filters.is_empty and summed(engine, "sum_terms"):
        return engine.df("SELECT term, sum(articles)::BIGINT AS articles, sum(mentions)::BIGINT AS mentions FROM sum_terms "
                         f"GROUP BY term ORDER BY articles DESC, mentions DESC, term LIMIT {int(n)}")
    ids, params = _ids(engine, filters)
    where = "" if filters.is_empty else f" WHERE t.article_id IN {ids}"
    # count(*): a term has one row per article (`tables.term_rows`), so it counts the articles without
    # the distinct count's hash set per term (10× less CPU over the 20 rows an article has).
    return engine.df(
        f"SELECT t.term, count(*) AS articles, sum(t.count)::BIGINT AS mentions FROM {_parts(engine, 'terms', filters)} t{where} "
        f"GROUP BY t.term ORDER BY articles DESC, mentions DESC, t.term LIMIT {int(n)}",
        [] if filters.is_empty else params)


def _term_hits(engine: Engine, term: str) -> str:
    """A kept table (`Engine.keep`) of every article whose text holds `term`: id, issue_date, issue_year
    and mentions (how often it is printed). The trend and the concordance of any filter read it; bodies
    are scanned once per term."""
    found = IN_TEXT if "\n" not in term else f"contains({TEXT_OF}, ?)"  # IN_TEXT: a term on one line
    return engine.keep(
        f"SELECT a.id, a.issue_date, a.issue_year, (length({TEXT_OF}) - length(replace({TEXT_OF}, ?, ''))) // length(?) "
        f"AS mentions FROM articles a WHERE {found}", [term, term] + [term] * found.count("?"))


def _hits_in(engine: Engine, filters: Filters, term: str) -> tuple[str, list]:
    """The term's hits (alias a) among the filtered articles, as a FROM … WHERE clause."""
    hits = _term_hits(engine, term)
    if filters.is_empty:
        return f"{hits} a WHERE true", []
    ids, params = _ids(engine, filters)
    return f"{hits} a WHERE a.id IN {ids}", params


def _term_trend(engine: Engine, filters: Filters, term: str) -> pd.DataFrame:
    span = _span(engine, filters)
    freq = span.freq()
    hits, params = _hits_in(engine, filters, term)
    df = engine.df(
        f"SELECT date_trunc('{_TRUNC[freq]}', {_placed(freq)}) AS period, count(*) AS articles, "
        f"sum(a.mentions)::BIGINT AS mentions FROM {hits} AND {_placed(freq)} IS NOT NULL GROUP BY 1 ORDER BY 1", params)
    df["period"] = pd.to_datetime(df["period"]).astype("datetime64[ns]")
    return df[["period", "articles", "mentions"]]


# Newest first: an article known only to its year after the dated days of that year, before the year's end.
_NEWEST = f"{YEAR_END_PLACE} DESC NULLS LAST"


def _kwic(engine: Engine, filters: Filters, term: str, *, width: int, limit: int) -> pd.DataFrame:
    """Keyword in context from the bodies of at most `limit` matching articles (newest first): the
    articles are picked from the term's hits, and only their bodies are read (bounded by their issue
    dates too, so that only the Parquet row groups of those dates are read)."""
    hits, params = _hits_in(engine, filters, term)
    newest = engine.df(f"SELECT a.id, a.issue_date FROM {hits} ORDER BY {_NEWEST}, a.id "
                       f"LIMIT {int(limit)}", params)
    since, bound = _within_their_dates(newest["issue_date"])
    rows = engine.df(
        "SELECT a.id, a.issue_date, a.issue_year, a.headline, a.subheadline, a.body FROM articles a WHERE a.id IN "
        f"(SELECT unnest(?::VARCHAR[])){since} ORDER BY {_NEWEST}, a.id", [newest["id"].tolist()] + bound)
    return queries.concordance(rows, term, width=width, limit=limit)


KWIC_LIMIT = 500  # the concordance's most hits (the articles with the term are those of its hits)


def keywords(engine: Engine, filters: Filters, *, n: int = 25, term: str | None = None, cloud_n: int = 150,
             width: int = 24, limit: int = KWIC_LIMIT) -> KeywordsView:
    """The Keywords page: top terms (from the store's `terms` table, never re-tokenised), the cloud's
    frequencies, and for `term` (default: the top term) its trend, concordance and articles."""
    cloud = _top_terms(engine, filters, max(n, cloud_n))
    top = cloud.head(n).reset_index(drop=True)
    term = (term or "").strip() or (str(top["term"].iloc[0]) if len(top) else "")
    empty = pd.DataFrame(columns=["period", "articles", "mentions"])
    view = KeywordsView(_count(engine, filters), top, dict(zip(cloud["term"], cloud["articles"].astype(int))), term, empty,
                        queries.concordance(pd.DataFrame(columns=["id"]), "", width=width), pd.DataFrame(columns=LIST_COLUMNS))
    if term:
        view.trend = _term_trend(engine, filters, term)
        view.kwic = _kwic(engine, filters, term, width=width, limit=limit)
        ids = list(dict.fromkeys(view.kwic["article_id"]))
        since, bound = _within_their_dates(view.kwic["issue_date"])
        view.term_articles = _article_list(engine, f"a.id IN (SELECT unnest(?::VARCHAR[])){since}", [ids] + bound)
    return view


# ---------------------------------------------------------------- network


@dataclass
class NetworkView:
    articles: int
    nodes: pd.DataFrame  # name, title, level, articles, counties, community, degree, x, y
    edges: pd.DataFrame  # source, target, weight, articles, x0, y0, x1, y1
    total: int  # officials in these articles
    names: list[str]  # every official in these articles, most articles first
    focus: str | None = None
    titles: pd.DataFrame | None = None  # issue_date, title, article_id — the focus's titles over time
    co: pd.DataFrame | None = None  # name, title, level, shared
    focus_articles: pd.DataFrame | None = None
    focus_added: int = 0  # the focus's articles where the user added them (a correction), not the parse


def network_graph(engine: Engine, filters: Filters, *, min_weight: int = 1, include_national: bool = False,
                  max_nodes: int | None = 150) -> nx.Graph:
    """The co-appearance graph of the `max_nodes` officials with most articles (all when None):
    nodes carry title (all titles), level, articles, counties; edges weight and up to 20 article ids."""
    settings = (min_weight, include_national, max_nodes)
    top, places, edges = _network_kept(engine, filters, *settings) or _network_counted(engine, filters, *settings)
    counties = dict(zip(places["name"], places["counties"]))
    g = nx.Graph()
    for r in top.itertuples(index=False):
        g.add_node(r.name, title=r.title, level=r.level, articles=int(r.articles), counties=counties.get(r.name, ""))
    for r in edges.itertuples(index=False):
        g.add_edge(r.source, r.target, weight=int(r.weight), articles=";".join(str(r.ids).split(";")[:20]))
    return g


def _network_counted(engine: Engine, filters: Filters, min_weight: int, include_national: bool,
                     max_nodes: int | None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """`network_graph`'s officials (`_top_officials`), their places (name, counties) and the edges among them
    (source, target, weight, ids), summed from the parts' summaries (`_scope`) or counted from the rows."""
    top = _top_officials(engine, filters, max_nodes, include_national=include_national)
    names = top["name"].tolist()
    scope = _scope(engine, filters, "sum_pairs", "sum_places")
    if scope:
        return (top, *_places_edges_summed(engine, scope, names, min_weight))
    (source, params), (fa, fparams) = _of(engine, filters), _fa(engine, filters)
    where = "o.name IN (SELECT unnest(?::VARCHAR[]))"
    places = engine.df(f"SELECT o.name, {_PLACES_OF} AS counties FROM {source} o JOIN {fa} a ON a.id = o.article_id "
                       f"WHERE {where} AND {_PLACED} GROUP BY o.name", params + fparams + [names])
    edges = engine.df(
        f"WITH o AS (SELECT DISTINCT o.article_id, o.name FROM {source} o WHERE {where}) "
        "SELECT x.name AS source, y.name AS target, count(*) AS weight, "
        "string_agg(x.article_id, ';' ORDER BY x.article_id) FILTER (WHERE true) AS ids FROM o x JOIN o y "
        "ON x.article_id = y.article_id AND x.name < y.name GROUP BY ALL HAVING count(*) >= ? ORDER BY source, target",
        params + [names, int(min_weight)])
    return top, places, edges


# An article placed in a county (its primary county, not 全市), and an official's places, once each, in order.
_PLACED = f"a.primary_county IS NOT NULL AND a.primary_county NOT IN ('', '{CITY_WIDE}')"
_PLACES_OF = "string_agg(DISTINCT a.primary_county, ';' ORDER BY a.primary_county)"


def _places_edges_summed(engine: Engine, scope: tuple[str, list], names: list[str],
                         min_weight: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`network_graph`'s places (name, counties) and edges (source, target, weight, ids: the first 20
    shared articles) of `names`, from the parts' `sum_places` and `sum_pairs`."""
    where, params = scope
    places = engine.df(f"SELECT name, string_agg(DISTINCT place, ';' ORDER BY place) AS counties FROM sum_places "
                       f"WHERE {where} AND name IN (SELECT unnest(?::VARCHAR[])) GROUP BY name", params + [names])
    edges = engine.df(
        "SELECT source, target, sum(weight)::BIGINT AS weight, array_to_string(list_sort(flatten(list(ids)))[1:20], ';') "
        f"AS ids FROM sum_pairs WHERE {where} AND source IN (SELECT unnest(?::VARCHAR[])) AND target IN "
        "(SELECT unnest(?::VARCHAR[])) GROUP BY ALL HAVING sum(weight) >= ? ORDER BY source, target",
        params + [names, names, int(min_weight)])
    return places, edges


def network(engine: Engine, filters: Filters, *, min_weight: int = 1, include_national: bool = False,
            max_nodes: int = 150, focus: str | None = None) -> NetworkView:
    """The Officials network page: the drawn graph, and for `focus` their titles over time, the
    officials they appear with and their articles."""
    source, params = _of(engine, filters)
    scope = _scope(engine, filters, "sum_officials")
    if scope:
        everyone = engine.df("SELECT name, sum(local_articles) > 0 AS local FROM sum_officials "
                             f"WHERE {scope[0]} GROUP BY name ORDER BY sum(articles) DESC, name", scope[1])
    else:  # names and whether local only (`_officials` order); titles are read for the nodes drawn
        everyone = engine.df(
            f"SELECT o.name, bool_or(o._local) AS local FROM {source} o "
            "GROUP BY o.name ORDER BY count(DISTINCT o.article_id) DESC, o.name", params)
    graph = network_graph(engine, filters, min_weight=min_weight, include_national=include_national,
                          max_nodes=max_nodes)
    nodes, edges = queries.network_frames(graph, max_nodes=max_nodes)
    total = int(everyone["local"].sum()) if not include_national else len(everyone)
    view = NetworkView(_count(engine, filters), nodes, edges, total, everyone["name"].tolist())
    if focus and focus in view.names:
        view.focus = focus
        view.titles = official_titles(engine, filters, focus)
        mine = f"(SELECT article_id FROM {source} WHERE name = ?)"  # every officials row of these articles is in source
        co = _officials(engine, f"o.article_id IN {mine} AND o.name <> ?"
                        + ("" if include_national else " AND o._local"),
                        params + [focus, focus], order="shared DESC, o.name", count_as="shared", source=(source, params))
        view.co = co
        view.focus_articles = _article_list(engine, f"a.id IN {mine}", params + [focus],
                                            order="a.issue_date NULLS LAST, a.source, a.\"order\"")
        if "corrected_by" in engine.columns("officials"):
            view.focus_added = int(engine.df(
                "SELECT count(DISTINCT o.article_id) AS n FROM officials o WHERE o.name = ? AND o.corrected_by IS NOT NULL "
                f"AND o.article_id IN {mine}", [focus] + params + [focus]).at[0, "n"])
    return view


def official_titles(engine: Engine, filters: Filters, name: str) -> pd.DataFrame:
    """issue_date, title, article_id — each title an official is given, per article, in date order."""
    source, params = _of(engine, filters)
    return engine.df(
        "SELECT issue_date, coalesce(t, '（无职务）') AS title, article_id FROM (SELECT o.issue_date, o.article_id, "
        f"unnest(CASE WHEN len(o.titles) > 0 THEN o.titles ELSE [o.title] END) AS t FROM {source} o "
        "WHERE o.name = ?) ORDER BY issue_date NULLS LAST, title", params + [name])


def officials_frame(engine: Engine, filters: Filters) -> pd.DataFrame:
    """The officials rows of the filtered articles (for network file exports)."""
    ids, params = _ids(engine, filters)
    return engine.df(f"SELECT * EXCLUDE (_key) FROM officials o WHERE o.article_id IN {ids}", params) \
        if "_key" in engine.df("SELECT * FROM officials LIMIT 0").columns else \
        engine.df(f"SELECT * FROM officials o WHERE o.article_id IN {ids}", params)


# ---------------------------------------------------------------- counties and figures


def figure_label(canonical: str | None, metric: str | None, kind: str | None) -> str:
    """What a card says a figure is: its canonical metric, and for a rate or a share what the number is of it
    (固定资产投资 16% reads as the investment; 固定资产投资增速 16% does not). A fall says 降幅 as its metric does;
    a canonical metric that is a share already (覆盖率, 占比: data/share_words.txt) stays as it is.

    >>> figure_label("固定资产投资", "规模以上固定资产投资增速", "rate"), figure_label("出口", "出口额降幅", "rate")
    ('固定资产投资增速', '出口降幅')
    >>> figure_label("产值", "产值占比", "share"), figure_label("覆盖率", "覆盖率", "share"), figure_label("", "营业收入", "amount")
    ('产值占比', '覆盖率', '营业收入')
    """
    if not (isinstance(canonical, str) and canonical):
        return metric if isinstance(metric, str) else ""  # a metric as printed says what it is
    name = canonical
    if kind == "rate":
        return name + ("降幅" if isinstance(metric, str) and metric.endswith("降幅") else "增速")
    if kind == "share" and not any(name.endswith(w) for w in (*read_words("share_words.txt"), "占比")):
        return name + "占比"
    return name


def is_target(sentence: str | None) -> bool:
    """A figure stated as a goal (力争、目标、预计 … from data/target_words.txt), not a result.

    >>> is_target("力争全年营业收入达到500亿元"), is_target("营业收入35.9亿元")
    (True, False)
    """
    text = sentence if isinstance(sentence, str) else ""
    return any(w in text for w in read_words("target_words.txt"))


def targets(figs: pd.DataFrame) -> pd.Series:
    """Which figures are goals: the parser's `target` column (the target word stands before the figure in
    its sentence), or, for a store without it, a target word anywhere in the sentence."""
    if "target" in figs:
        return figs["target"].fillna(False).astype(bool)
    return figs["sentence"].map(is_target).astype(bool)


# Figures of one article in a fixed order (rows of one article otherwise come in any order, and
# `clean_figures` keeps the first of a figure stated twice): the most confident first.
_FIGURE_TIES = "f.confidence DESC NULLS LAST, f.metric, f.period, f.sentence, f.subject, f.value, f.unit"

# A figure is one number of one metric in one article: 44家攀登企业 stated in three sentences is one figure.
FIGURE_IDENTITY = ["article_id", "_metric", "value", "unit"]
# The same in SQL (alias f): `clean_figures`' metric, and the condition that keeps each figure's first row
# in the order `{order}` (`clean_figures` on rows in that order keeps the same ones).
_METRIC_OF = "coalesce(nullif(f.canonical_metric, ''), f.metric)"
_ONCE = f"row_number() OVER (PARTITION BY f.article_id, {_METRIC_OF}, f.value, f.unit ORDER BY {{order}}) = 1"
# Rows of a long table a page shows (the rest are counted, and downloaded whole).
SHOWN = 500


_NOT_TEXT = ("value", "confidence", "normalised_value", "issue_year", "goal")  # numbers and flags keep their types


def clean_figures(df: pd.DataFrame, keep: tuple[str, ...] = ()) -> pd.DataFrame:
    """Figures for a table: each figure once (`FIGURE_IDENTITY`, the metric canonical when known),
    the number as printed (`figure`), dates without a time, no missing-value cells (empty text instead);
    `keep`: more columns to keep."""
    columns = FIGURE_COLUMNS + list(keep)
    if df.empty:
        return pd.DataFrame(columns=columns)
    df = df.assign(_metric=df["canonical_metric"].where(df["canonical_metric"].fillna("") != "", df["metric"]))
    df = df.drop_duplicates(FIGURE_IDENTITY).reset_index(drop=True)
    values = df["value"].to_numpy()
    distinct = pd.unique(values)  # each number formatted once
    number = pd.Series([f"{v:g}" for v in distinct], dtype=object).to_numpy()[pd.Index(distinct).get_indexer(values)]
    # As the paper prints it (1500元以上, 3万多元): approximation words before the number read as junk (以上1500元).
    sentences = _text(df["sentence"]) if "sentence" in df else [""] * len(df)
    df = df.assign(figure=[printed_figure(a, v, u, t) for a, v, u, t in zip(_text(df["approx"]), number, _text(df["unit"]),
                                                                            sentences)],
                   issue_date=_text(pd.to_datetime(df["issue_date"]).dt.strftime("%Y-%m-%d")))
    # The page's year: its issue date's, else the year alone of a page known only to its year (`_SOLID_ROWS`).
    years = [int(d[:4]) if d else None for d in df["issue_date"]]
    if "issue_year" in df:
        years = [y if y is not None else None if pd.isna(k) else int(k) for y, k in zip(years, df["issue_year"])]
    df = df.assign(issue_year=pd.array(years, dtype="Int64"))
    df = df.assign(period_shown=[display_period(p, y) for p, y in zip(_text(df["period"]), years)])
    text_cols = [c for c in columns if c in df and c not in _NOT_TEXT]
    df[text_cols] = df[text_cols].astype(object).where(df[text_cols].notna(), "").astype(str)
    return df[[c for c in columns if c in df]]


def _text(column: pd.Series) -> list[str]:
    """A column's values as text, a missing value as ''."""
    values = column.astype(object)
    return values.where(values.notna(), "").astype(str).tolist()


@dataclass
class CountyProfile:
    county: str
    articles: int  # articles about it (the one definition)
    primary: int  # of which it is the main county
    topics: pd.DataFrame  # value, articles
    officials: pd.DataFrame  # name, title, level, articles
    figures: pd.DataFrame  # solid figures stated for it (clean)
    weak_figures: int  # figures below the confidence threshold, left out of the table
    article_list: pd.DataFrame  # the newest `SHOWN` of the `articles` about it
    figures_total: int = 0  # solid figures stated for it, each once (`figures` holds the first `SHOWN`)
    hidden: dict[str, int] = field(default_factory=dict)  # the weak figures per reason (confidence.hidden_counts)


@dataclass
class CountiesView:
    articles: int
    table: pd.DataFrame  # county, articles, primary, figures — every county (the county filter ignored)
    city_wide: int
    key: pd.DataFrame  # headline figures (canonical, solid, results), clean: the first `SHOWN` of `key_total`
    glance: pd.DataFrame  # a few of them per county, for cards
    profiles: list[CountyProfile]
    metrics: pd.DataFrame  # metric, counties, figures — canonical metrics reported for ≥ 2 counties
    metric: str | None
    comparison: pd.DataFrame  # one row per county, all of `period`: county, figure, value, unit, period, …
    not_compared: pd.DataFrame  # targets, other periods and units of that metric, clean, with `why`: the first `SHOWN`
    periods: pd.DataFrame  # period, counties — the periods the metric's results are reported for
    period: str | None  # the period compared ("2022 上半年")
    selected: list[str] = field(default_factory=list)
    key_total: int = 0  # headline figures in all (a download holds them: `headline_figures`)
    not_compared_total: int = 0  # the metric's other figures in all


# Figures fit for cards and comparisons: a canonical metric, confidence ≥ SOLID, and a county of the
# gazetteer (全市 and 全省 are facets of their own, never a county).
_SOLID_FIGURES = (f"f.canonical_metric IS NOT NULL AND f.canonical_metric <> '' AND f.confidence >= {SOLID} "
                  "AND f.county IN (" + ", ".join("'" + c.replace("'", "''") + "'" for c in canonical_names()) + ")")


# Figures at or above SOLID, of any metric and county: every figure the Counties page shows, counts or
# compares is among them (about 1 in 8 of the figures table's rows).
_CONFIDENT = f"coalesce(f.confidence, 0) >= {SOLID}"
# Those figures, every column, with their page's `issue_year` (a page known only to its year has no issue date:
# its figures carry the year for their period's year, their order and the year filters).
_SOLID_ROWS = ("SELECT f.*, a.issue_year FROM figures f LEFT JOIN (SELECT id, issue_year FROM articles) a "
               f"ON a.id = f.article_id WHERE {_CONFIDENT}")
# Where a figure stands in time (alias f): its issue date, else the end of its page's year.
_FIGURE_PLACE = "coalesce(f.issue_date, make_timestamp(f.issue_year, 12, 31, 0, 0, 0))"


# The order of the solid figures: by county, date and article, then `_FIGURE_TIES`. Every table of figures the
# Counties page shows is in this order (within one county for a profile's).
_SOLID_ORDER = f"f.county, {_FIGURE_PLACE} NULLS LAST, f.article_id, {_FIGURE_TIES}"


def _solid(engine: Engine) -> str:
    """A table of the figures at or above SOLID (`_CONFIDENT`), every column, made once per engine
    (`Engine.keep`): the Counties page's queries read it instead of scanning the figures table (its
    sentences included) once per query. `_spos` numbers its rows in `_SOLID_ORDER`, sorted once here:
    the page's windows and lists order by it instead of sorting by ten columns (sentences among them)."""
    rows = "solid_figures f" if summed(engine, "solid_figures") else f"({_SOLID_ROWS}) f"
    # Stored in that order: a query's first rows by `_spos` (ORDER BY … LIMIT) skip the rest by zone maps.
    return engine.keep(f"SELECT * FROM (SELECT f.*, row_number() OVER (ORDER BY {_SOLID_ORDER}) AS _spos FROM {rows}) "
                       "ORDER BY _spos")


def _solid_in(engine: Engine, filters: Filters) -> str:
    """A condition on a row of `_solid` (alias f; or of a table of its rows keyed by `_spos`: `_headlines`,
    `_classed`): its article is among the filtered ones. The positions of the filtered articles' solid figures
    are kept once per engine and filter (`Engine.keep`): integers, so that the page's queries join by them
    instead of by the filtered articles' ids (a hash of 0.7M strings in each query at 1M articles)."""
    if filters.is_empty:
        return "TRUE"
    ids, params = _ids(engine, filters)
    return f"f._spos IN (SELECT _spos FROM {engine.keep(f'SELECT f._spos FROM {_solid(engine)} f WHERE f.article_id IN {ids}', params)})"


def _county_table(engine: Engine, filters: Filters) -> pd.DataFrame:
    # Each figure once (`FIGURE_IDENTITY`, as a profile counts them): 150.2亿元 stated twice in an article is one figure.
    figures = (f"f AS (SELECT county, count(DISTINCT (f.article_id, {_METRIC_OF}, f.value, f.unit)) AS figures "
               f"FROM {_solid(engine)} f WHERE {_SOLID_FIGURES} AND {_solid_in(engine, filters)} GROUP BY county)")
    if filters.is_empty and summed(engine, "sum_facets"):
        counts, params = ("SELECT value AS county, sum(articles) FILTER (WHERE facet = 'county') AS articles, "
                          "sum(articles) FILTER (WHERE facet = 'primary') AS main FROM sum_facets "
                          "WHERE facet IN ('county', 'primary') AND county IS NULL GROUP BY value"), []
    else:
        fa, params = _fa(engine, filters)
        params = params + params
        counts = ("SELECT county, count(*) AS articles, count(*) FILTER (WHERE main) AS main FROM "
                  f"({_COUNTY_ROWS.format(source=fa)}) GROUP BY county")
    df = engine.df(
        f"WITH c AS ({counts}), {figures} SELECT c.county, c.articles, c.main, coalesce(f.figures, 0) AS figures "
        "FROM c LEFT JOIN f USING (county) ORDER BY articles DESC, main DESC, c.county",
        params).rename(columns={"main": "primary"})
    return df.astype({"articles": int, "primary": int, "figures": int})


def _headline_sql(engine: Engine, filters: Filters) -> tuple[str, list]:
    """`WITH k AS (…)` and its parameters: the headline figures of the filtered articles — solid results
    (targets apart), each figure once (`clean_figures`' rule, in SQL), of the filtered counties only
    when counties are filtered — with `_pos`, their place in the table (county, date, article)."""
    where = "" if filters.is_empty else f" WHERE {_solid_in(engine, filters)}"  # _headlines' rows are keyed by _spos
    counties = " WHERE f.county IN (SELECT unnest(?::VARCHAR[]))" if filters.counties else ""
    # NOT MATERIALIZED: a query reading k twice would otherwise copy every headline figure, sentences included.
    sql = (f"WITH o AS NOT MATERIALIZED (SELECT * FROM {_headlines(engine)} f{where}), "
           f"k AS NOT MATERIALIZED (SELECT * FROM o f{counties}) ")
    return sql, ([list(filters.counties)] if filters.counties else [])


def _headlines(engine: Engine) -> str:
    """A table of every headline figure of the corpus (`_headline_sql` without a filter) with `_pos`, made
    once per engine (`Engine.keep`). A filter keeps whole articles, and a figure's first row is chosen
    among its own article's rows, so the filtered headline figures are this table's rows of the filtered
    articles, in the same order."""
    target, tparams = _target_sql(engine)
    return engine.keep(f"SELECT f.*, f._spos AS _pos FROM {_solid(engine)} f "  # _SOLID_ORDER is the table's order
                       f"WHERE {_SOLID_FIGURES} AND NOT {target} QUALIFY {_ONCE.format(order='f._spos')} ORDER BY _pos",
                       tparams)


def headline_figures(engine: Engine, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    """The headline figures (`CountiesView.key`), clean, the first `limit` (all when None)."""
    sql, params = _headline_sql(engine, filters)
    lim = f" LIMIT {int(limit)}" if limit else ""
    return clean_figures(engine.df(f"{sql} SELECT * EXCLUDE (_pos) FROM k ORDER BY _pos{lim}", params))


def _glance(engine: Engine, filters: Filters, per_county: int) -> pd.DataFrame:
    """A few headline figures per county: one per metric (the latest, then the largest), headline metrics
    (`queries.KEY_METRICS`, in that order) first; counties with most headline figures first."""
    sql, params = _headline_sql(engine, filters)
    rank = " ".join(f"WHEN contains(canonical_metric, '{m}') THEN {i}" for i, m in enumerate(queries.KEY_METRICS))
    size = "CASE WHEN normalised_value IS NULL OR isnan(normalised_value) THEN value ELSE normalised_value END"
    order = "_rank, _placed DESC NULLS LAST, _size DESC NULLS LAST, _pos"
    # The windows rank the figures by their keys alone (not their sentences): the rows shown are joined after.
    # A metric's first figure in `order` is of its latest date (`_rank` is the metric's): only those are ranked.
    return clean_figures(engine.df(
        f"{sql}, g AS (SELECT county, canonical_metric, {_FIGURE_PLACE.replace('f.', '')} AS _placed, _pos, "
        f"CASE {rank} ELSE {len(queries.KEY_METRICS)} END "
        f"AS _rank, {size} AS _size FROM k), "
        "m AS (SELECT county, canonical_metric, max(_placed) AS _latest FROM g GROUP BY ALL), "
        "d AS (SELECT g.* FROM g JOIN m USING (county, canonical_metric) WHERE g._placed IS NOT DISTINCT FROM m._latest "
        f"QUALIFY row_number() OVER (PARTITION BY county, canonical_metric ORDER BY {order}) = 1), "
        "n AS (SELECT county, count(*) AS _n FROM k GROUP BY county), "
        f"p AS (SELECT d.*, n._n FROM d JOIN n USING (county) QUALIFY row_number() OVER (PARTITION BY county ORDER BY {order}) <= ?) "
        "SELECT k.*, p._rank, p._size, p._n FROM p JOIN k USING (_pos) "
        "ORDER BY p._n DESC, p.county, p._rank, p._placed DESC NULLS LAST, p._size DESC NULLS LAST, p._pos",
        params + [int(per_county)]))


def _county_figures_sql(engine: Engine, filters: Filters, county: str) -> tuple[str, list]:
    """FROM … WHERE … for the solid figures (`_solid`) stated for `county` in the filtered articles (the county
    filter is not applied: the figures are the county's) and its parameters."""
    return f"FROM {_solid(engine)} f WHERE f.county = ? AND {_solid_in(engine, filters)}", [county]


def county_figures(engine: Engine, filters: Filters, county: str, limit: int | None = None) -> pd.DataFrame:
    """The solid figures stated for `county` (confidence ≥ SOLID), clean (each figure once), oldest first:
    the first `limit` (all when None); `goal` marks a figure stated as a goal (力争, 计划 …: `targets`), which the
    profile lists beside results, so it must say which it is."""
    source, params = _county_figures_sql(engine, filters, county)
    lim = f" LIMIT {int(limit)}" if limit else ""
    order = "f._spos"  # the county's figures in their order (`_SOLID_ORDER`)
    df = engine.df(f"SELECT f.* {source} QUALIFY {_ONCE.format(order=order)} ORDER BY {order}{lim}", params)
    figs = clean_figures(df.assign(goal=targets(df).to_numpy(dtype=bool)), keep=("goal",))
    return figs.astype({"goal": bool})  # a table with no rows too


def _profile(engine: Engine, filters: Filters, county: str, table: pd.DataFrame) -> CountyProfile:
    about = filters.replace(counties=(county,))
    row = table.loc[table["county"] == county]
    weak = engine.df(f"SELECT canonical_metric, unit, base_unit, kind, p, n FROM {_weak(engine, filters)} WHERE county = ?",
                     [county])
    solid, params = _county_figures_sql(engine, filters, county)
    total = int(engine.scalar(f"SELECT count(*) FROM (SELECT f.article_id {solid} QUALIFY {_ONCE.format(order='f._spos')})",
                              params))
    return CountyProfile(
        county=county,
        articles=int(row["articles"].iloc[0]) if len(row) else 0,
        primary=int(row["primary"].iloc[0]) if len(row) else 0,
        topics=_value_counts(engine, about, "a.topics"),
        officials=_top_officials(engine, about, None),
        figures=county_figures(engine, filters, county, SHOWN),
        weak_figures=int(weak["n"].sum()),
        article_list=_newest(engine, about, limit=SHOWN),
        figures_total=total,
        hidden=hidden_counts(weak.itertuples(index=False, name=None)),
    )


def _weak(engine: Engine, filters: Filters) -> str:
    """A table of the filtered articles' figures below SOLID (`_CONFIDENT`) counted per county and by what
    `confidence.hidden_counts` reads of them (metric, unit, base unit, kind, whether a period is printed: p),
    n; made once per engine and filter (`Engine.keep`): a profile's weak figures and why they are left out,
    and another county's profile under the same filter, read it instead of scanning the figures again."""
    ids, params = _ids(engine, filters)
    where = "" if filters.is_empty else f" AND f.article_id IN {ids}"
    return engine.keep("SELECT f.county, f.canonical_metric, f.unit, f.base_unit, f.kind, coalesce(f.period, '') <> '' AS p, "
                       f"count(*) AS n FROM {_parts(engine, 'figures', filters)} f WHERE NOT {_CONFIDENT}{where} GROUP BY ALL",
                       [] if filters.is_empty else params)


def _target_sql(engine: Engine) -> tuple[str, list]:
    """SQL for `targets` of a figure (alias f): the parser's `target` column, or, for a store without
    it, a target word anywhere in the sentence."""
    if "target" in engine.columns("figures"):
        return "coalesce(f.target, false)", []
    return ("len(list_filter(?::VARCHAR[], lambda w: contains(coalesce(f.sentence, ''), w))) > 0",
            [list(read_words("target_words.txt"))])


# A comparable figure's keys: what the comparison picks, orders and deduplicates by (its rows are read after).
_COMPARED = ("f._spos, f.county, f.kind, f.issue_date, f.issue_year, f.confidence, f.normalised_value, f.article_id, f.canonical_metric, "
             "f.metric, f.value, f.unit")


def _classed(engine: Engine) -> str:
    """A table of the figures fit for comparisons (`_SOLID_FIGURES`) by their keys (`_COMPARED`), with their
    `period_class` (`period_key`), whether they are targets (`_target`) and their base unit (`_base`), made
    once per engine (`Engine.keep`): none of these depends on a filter."""
    solid = _solid(engine)
    # In a fixed order: the periods are parameters of the kept table's SQL, its key (in DuckDB's order of the
    # moment, a call could miss the table kept and make another: 0.35 s of CPU a call at 1M articles).
    periods = engine.df(f"SELECT DISTINCT coalesce(f.period, '') AS p FROM {solid} f WHERE {_SOLID_FIGURES} ORDER BY p")["p"]
    printed, before, label = zip(*map(period_parts, periods)) if len(periods) else ((), (), ())
    target, tparams = _target_sql(engine)
    return engine.keep(
        "WITH pk AS (SELECT unnest(?::VARCHAR[]) AS p, unnest(?::INTEGER[]) AS printed, unnest(?::BOOLEAN[]) AS before, "
        "unnest(?::VARCHAR[]) AS label) "
        f"SELECT {_COMPARED}, {target} AS _target, coalesce(f.base_unit, '') AS _base, CASE WHEN pk.printed IS NOT NULL "
        "THEN CAST(pk.printed AS VARCHAR) || ' ' || pk.label WHEN coalesce(year(f.issue_date), f.issue_year) IS NOT NULL THEN "
        "CAST(coalesce(year(f.issue_date), f.issue_year) - pk.before::INTEGER AS VARCHAR) || ' ' || pk.label "
        f"ELSE pk.label || ' {YEAR_UNKNOWN}' END AS period_class "
        f"FROM {solid} f JOIN pk ON pk.p = coalesce(f.period, '') WHERE {_SOLID_FIGURES} ORDER BY f._spos",
        [list(periods), list(printed), list(before), list(label)] + tparams)


def _comparable_sql(engine: Engine, filters: Filters, metric: str | None = None) -> tuple[str, list]:
    """`WITH … c AS (…)` and its parameters: the solid figures of the filtered articles (of `metric`, or of
    every metric) by their keys (`_classed`) with `period_class` and `why` a figure cannot be compared: ''
    for a result of its metric's most common kind and base unit (ties: the first in order), else 'target'
    (力争/目标/预计 …) or 'another kind or unit'. Select from `c` after it."""
    where, wparams = _solid_in(engine, filters), []  # _classed's rows are keyed by _spos
    if metric is not None:
        where, wparams = f"{where} AND f.canonical_metric = ?", wparams + [metric]
    sql = (
        f"WITH s AS MATERIALIZED (SELECT * FROM {_classed(engine)} f WHERE {where}), "
        "k AS (SELECT canonical_metric, kind FROM s WHERE NOT _target AND kind IS NOT NULL GROUP BY 1, 2 "
        "QUALIFY row_number() OVER (PARTITION BY canonical_metric ORDER BY count(*) DESC, kind) = 1), "
        "b AS (SELECT canonical_metric, _base FROM s WHERE NOT _target GROUP BY 1, 2 "
        "QUALIFY row_number() OVER (PARTITION BY canonical_metric ORDER BY count(*) DESC, _base) = 1), "
        "c AS (SELECT s.* EXCLUDE (_target, _base), CASE WHEN s._target THEN 'target' WHEN s.kind IS NOT DISTINCT FROM "
        "k.kind AND s._base = b._base THEN '' ELSE 'another kind or unit' END AS why FROM s "
        "LEFT JOIN k ON k.canonical_metric = s.canonical_metric LEFT JOIN b ON b.canonical_metric = s.canonical_metric) ")
    return sql, wparams


def metric_options(engine: Engine, filters: Filters) -> pd.DataFrame:
    """metric, counties, comparable, figures — canonical metrics with solid results for at least two
    counties; `comparable` is the most counties sharing one period. Most comparable first."""
    sql, params = _comparable_sql(engine, filters.replace(counties=()))
    # The results counted once per metric, period and county (g), then per period and per metric from those.
    return engine.df(
        f"{sql}, g AS (SELECT canonical_metric, period_class, county, count(*) AS n FROM c WHERE why = '' GROUP BY ALL), "
        "p AS (SELECT canonical_metric, max(k) AS comparable FROM (SELECT canonical_metric, period_class, count(*) AS k "
        "FROM g GROUP BY ALL) GROUP BY ALL), m AS (SELECT canonical_metric, count(DISTINCT county) AS counties, "
        "sum(n)::BIGINT AS figures FROM g GROUP BY ALL) "
        "SELECT m.canonical_metric AS metric, m.counties, p.comparable, m.figures FROM m JOIN p USING (canonical_metric) "
        "WHERE m.counties >= 2 ORDER BY comparable DESC, counties DESC, figures DESC, metric", params)


@dataclass
class Comparison:
    """One metric across counties: one row per county, all of one period (`period`)."""

    rows: pd.DataFrame  # clean figures + period_class (the period key), one per county
    rest: pd.DataFrame  # the metric's other figures, clean, with `why` (target, another period, …)
    periods: pd.DataFrame  # period, counties — every period the metric's results are reported for
    period: str | None
    rest_total: int = 0  # the metric's other figures in all (`rest` holds the first `SHOWN`)


# A county's latest figure first (alias t, with its dot): by its place in time (`_FIGURE_PLACE`), then the most confident.
_LATEST = (_FIGURE_PLACE.replace("f.", "{t}") + " DESC NULLS LAST, {t}confidence DESC NULLS LAST, "
           "{t}normalised_value DESC NULLS LAST, {t}_pos")


def metric_comparison(engine: Engine, filters: Filters, metric: str, period: str | None = None) -> Comparison:
    """One bar per county for `metric`: results only (targets apart), the most common kind and base unit,
    all of one period (`period`, default the one most counties report), per county its latest figure.
    `rest` holds the first `SHOWN` of the metric's other figures (`Comparison.rest_total`)."""
    sql, params = _comparable_sql(engine, filters.replace(counties=()), metric)
    placed = _FIGURE_PLACE.replace("f.", "")
    latest = _LATEST.format(t="")
    solid = _solid(engine)
    # The metric's figures by their keys alone (_pos: in _SOLID_ORDER); the rows shown are read after, by _spos.
    with engine.scratch(f"{sql} SELECT f.*, f._spos AS _pos FROM c f", params) as o:
        periods = engine.df(
            f"SELECT period_class AS period, count(DISTINCT county) AS counties FROM {o} WHERE why = '' GROUP BY 1 "
            f"ORDER BY counties DESC, max({placed}) DESC NULLS LAST, period")
        names = periods["period"].tolist()
        period = period if period in names else (names[0] if names else None)
        picks = (f"WITH ch AS (SELECT * FROM {o} WHERE why = '' AND period_class IS NOT DISTINCT FROM ? "
                 f"QUALIFY row_number() OVER (PARTITION BY county ORDER BY {latest}) = 1), "
                 "r AS (SELECT * REPLACE (CASE WHEN why = '' THEN 'another period: ' || period_class ELSE why END AS why) "
                 f"FROM {o} f WHERE _pos IN (SELECT min(_pos) FROM {o} f WHERE _pos NOT IN (SELECT _pos FROM ch) "
                 f"GROUP BY f.article_id, {_METRIC_OF}, f.value, f.unit)) ")  # `_ONCE` in _pos order
        chosen = engine.df(f"{picks} SELECT s.*, ch.period_class FROM ch JOIN {solid} s ON s._spos = ch._pos "
                           f"ORDER BY ch.county, {_LATEST.format(t='ch.')}", [period])
        rest = engine.df(f"{picks}, w AS (SELECT _pos, period_class, why FROM r ORDER BY _pos LIMIT {SHOWN}) "
                         f"SELECT s.*, w.period_class, w.why FROM w JOIN {solid} s ON s._spos = w._pos ORDER BY w._pos", [period])
        total = int(engine.scalar(f"{picks} SELECT count(*) FROM r", [period]))
    rows = clean_figures(chosen, keep=("period_class",))
    return Comparison(rows.sort_values("county", kind="stable").reset_index(drop=True),
                      clean_figures(rest, keep=("period_class", "why")), periods, period, total)


def counties(engine: Engine, filters: Filters, *, profile: str | None = None, metric: str | None = None,
             period: str | None = None, per_county: int = 4) -> CountiesView:
    """The Counties page. The table, map and comparison cover every county (the county filter
    selects profiles); `profile` is shown when no county is filtered. Long tables hold their first
    `SHOWN` rows and say how many there are."""
    wide = filters.replace(counties=())
    table = _county_table(engine, wide)
    sql, params = _headline_sql(engine, filters)
    key_total = int(engine.scalar(f"{sql} SELECT count(*) FROM k", params))
    key = headline_figures(engine, filters, SHOWN)
    chosen = [c for c in filters.counties if c != CITY_WIDE] or ([profile] if profile else
                                                                 table["county"].head(1).tolist())
    metrics = metric_options(engine, filters)
    names = metrics["metric"].tolist()
    metric = metric if metric in names else (names[0] if names else None)
    cmp_ = metric_comparison(engine, filters, metric, period) if metric else \
        Comparison(pd.DataFrame(), pd.DataFrame(), pd.DataFrame(columns=["period", "counties"]), None)
    return CountiesView(articles=_count(engine, filters), table=table, city_wide=_city_wide(engine, wide), key=key,
                        glance=_glance(engine, filters, per_county),
                        profiles=[_profile(engine, filters.replace(counties=()), c, table) for c in chosen],
                        metrics=metrics, metric=metric, comparison=cmp_.rows, not_compared=cmp_.rest,
                        periods=cmp_.periods, period=cmp_.period, selected=list(filters.counties),
                        key_total=key_total, not_compared_total=cmp_.rest_total)


# ---------------------------------------------------------------- articles


@dataclass
class Reader:
    """One article as the reader shows it."""

    article: dict  # every column of the article, body included
    officials: pd.DataFrame  # name, title (all titles), level — once per official
    counties: list[str]
    figures: pd.DataFrame  # clean, each figure once
    marks: dict[str, str]
    same_page: pd.DataFrame  # id, headline, order — the page's articles in order
    position: int
    previous_page: tuple[str, str] | None
    next_page: tuple[str, str] | None
    date_evidence: list[str] = field(default_factory=list)  # why the page has its date (pages.date_evidence)


@dataclass
class ArticlesView:
    total: int
    page: int
    pages: int
    listing: pd.DataFrame  # the shown page of the list (no bodies)
    freq: str
    when: pd.DataFrame  # period, topic, articles
    reader: Reader | None = None


def _neighbour_page(engine: Engine, source: str, step: int) -> tuple[str, str] | None:
    # A page known only to its year sits at the end of that year (as on the Overview's pages chart).
    df = engine.df(
        f"WITH p AS (SELECT source, row_number() OVER (ORDER BY {YEAR_END_PLACE} NULLS LAST, source) AS i "
        "FROM (SELECT DISTINCT source, issue_date, issue_year FROM pages) a), me AS (SELECT i FROM p WHERE source = ?) SELECT p.source, (SELECT a.id FROM articles a "
        "WHERE a.source = p.source ORDER BY a.\"order\" LIMIT 1) AS first FROM p, me WHERE p.i = me.i + ?",
        [source, step])
    if df.empty or df.at[0, "first"] is None or pd.isna(df.at[0, "first"]):
        return None
    return str(df.at[0, "source"]), str(df.at[0, "first"])


def reader(engine: Engine, article_id: str) -> Reader | None:
    """One article with its officials (all titles), counties, clean figures, highlights and page context."""
    rows = engine.df("SELECT * FROM articles WHERE id = ?", [article_id])
    if rows.empty:
        return None
    art = rows.iloc[0].to_dict()
    offs = _reader_officials(engine, article_id)
    # The article's figures carry its year (a page known only to its year has no issue date: `_SOLID_ROWS`).
    figs = engine.df("SELECT * FROM figures WHERE article_id = ?", [article_id]).assign(issue_year=art.get("issue_year"))
    same = engine.df("SELECT id, headline, kind, \"order\", issue_date FROM articles WHERE source = ? ORDER BY \"order\"",
                     [art["source"]])
    listed = art.get("counties")
    listed = [] if listed is None or isinstance(listed, float) else list(listed)
    counties_ = [c for c in listed + [art.get("primary_county")]
                 if isinstance(c, str) and c and c != CITY_WIDE]
    marks = queries.article_marks({"id": article_id, "counties": list(dict.fromkeys(counties_))},
                                  offs.assign(article_id=article_id), figs)
    return Reader(art, offs, list(dict.fromkeys(counties_)), clean_figures(figs), marks, same,
                  int(same["id"].tolist().index(article_id)),
                  _neighbour_page(engine, art["source"], -1), _neighbour_page(engine, art["source"], 1),
                  _date_evidence(engine, art["source"]))


def _reader_officials(engine: Engine, article_id: str) -> pd.DataFrame:
    """name, title, level, corrected_by, confidence — the article's officials, each once, with every title printed
    for them in it as every page shows titles (`merge_titles`: 县委副书记、县长, not 县领导、县委副书记、县长) and the
    best confidence of their mentions (NaN for a store without the column)."""
    titles = _TITLES_OF if "titles" in engine.columns("officials") else "[o.title]"
    conf = "o.confidence" if "confidence" in engine.columns("officials") else "NULL::DOUBLE"
    offs = engine.df(f"SELECT o.name, {titles} AS titles, o.level, o.corrected_by, {conf} AS confidence "
                     "FROM officials o WHERE o.article_id = ? ORDER BY o.name", [article_id])
    merged = offs.groupby("name", sort=False)["titles"].agg(lambda lists: merge_titles(list(lists)))
    best = offs.groupby("name", sort=False)["confidence"].max()
    offs = offs.drop_duplicates("name").drop(columns=["titles", "confidence"]).reset_index(drop=True)
    offs.insert(1, "title", offs["name"].map(merged).fillna(""))
    return offs.fillna("").assign(confidence=offs["name"].map(best).astype(float).tolist())


def _date_evidence(engine: Engine, source: str) -> list[str]:
    """The page's date evidence: `year 2016: …` and each cue (empty for a page stored without it)."""
    df = engine.df("SELECT date_evidence FROM pages WHERE source = ? LIMIT 1", [source])
    value = None if df.empty else df.at[0, "date_evidence"]
    return [] if value is None or isinstance(value, float) else [str(v) for v in value]


def articles(engine: Engine, filters: Filters, *, page: int = 1, per_page: int = 25,
             article_id: str | None = None) -> ArticlesView:
    """The Articles page: one page of the filtered list, when they appeared, and the reader for `article_id`."""
    span = _span(engine, filters)
    n = span.n
    pages = max(1, -(-n // per_page))
    page = min(max(1, int(page)), pages)
    freq = span.freq()
    view = ArticlesView(n, page, pages, listing(engine, filters, page=page, per_page=per_page), freq,
                        _timeline(engine, filters, freq, "primary"))
    if article_id:
        view.reader = reader(engine, article_id)
    return view


def listing(engine: Engine, filters: Filters, *, page: int = 1, per_page: int = 25) -> pd.DataFrame:
    """The Articles page's list: page `page` (from 1) of the filtered articles, newest first, no bodies."""
    return _newest(engine, filters, limit=per_page, offset=(page - 1) * per_page)


def page_corpus(engine: Engine, source: str) -> Corpus:
    """One page's rows of every table, bodies included (the reader's correction controls work on a page)."""
    def rows(table: str, where: str) -> pd.DataFrame:
        df = engine.df(f"SELECT * FROM {table} t WHERE {where}", [source])
        return df.drop(columns=[c for c in df.columns if c.startswith("_")])

    ids = "t.article_id IN (SELECT id FROM articles WHERE source = ?)"
    return Corpus(articles=rows("articles", "t.source = ?"), officials=rows("officials", ids),
                  persons=rows("persons", ids), figures=rows("figures", ids), pages=rows("pages", "t.source = ?"),
                  warnings=rows("warnings", "t.source = ?"))


def filtered_table(engine: Engine, filters: Filters, table: str) -> pd.DataFrame:
    """A whole table's rows for the filtered articles, for a download (bodies included for articles); the rows of
    an article's table (figures, officials) with their page's `issue_year`, the year of a page known only to it."""
    ids, params = _ids(engine, filters)
    column = "id" if table == "articles" else "article_id"
    year = table != "articles" and "issue_year" not in engine.columns(table)
    join = " LEFT JOIN (SELECT id, issue_year FROM articles) a ON a.id = t.article_id" if year else ""
    df = engine.df(f"SELECT t.*{', a.issue_year' if year else ''} FROM {table} t{join} WHERE t.{column} IN {ids}", params)
    return df.drop(columns=[c for c in df.columns if c.startswith("_")])


# ---------------------------------------------------------------- per-part summaries


# The summary tables the build writes with each part (`jdash.summaries`): each is this SQL over the part's
# tables (articles a, officials o, figures f), written with the views' own expressions. A view whose
# filters are empty sums them over the parts (`summed`) instead of scanning every row: an article and
# its officials and figures are in one part, so distinct counts of articles add up across parts.
# Each article of a part (alias a) once for the whole part (`_county` NULL) and once for each of its
# counties (`COUNTIES_OF`): the summaries below answer no filter and a filter of one county.
_SCOPES = (f"(SELECT a.*, NULL::VARCHAR AS _county FROM articles a UNION ALL "
           f"SELECT a.*, unnest({COUNTIES_OF}) AS _county FROM articles a)")
# The same for officials rows (alias o), each with its article's scopes.
_OFFICIAL_SCOPES = (f"(SELECT o.*, s._county FROM officials o JOIN (SELECT a.id, a._county FROM {_SCOPES} a) s "
                    "ON s.id = o.article_id)")
SUMMARIES = {
    # _HEAD of the part's articles, per scope.
    "sum_head": f"SELECT a._county AS county, {_HEAD} FROM {_SCOPES} a GROUP BY a._county",
    # Articles per county, topic, kind (`FACETS`) per scope, and per county those whose primary county it is.
    "sum_facets": " UNION ALL ".join(
        [f"SELECT '{name}' AS facet, county, value, articles FROM ({_value_counts_sql(sql, _SCOPES, '_county')})"
         for name, sql in FACETS.items()]
        + [f"SELECT 'primary' AS facet, NULL::VARCHAR AS county, county AS value, count(*) FILTER (WHERE main) AS articles "
           f"FROM ({_COUNTY_ROWS.format(source='articles')}) GROUP BY county"]),
    # Per scope and official: articles, and the level of the latest row with one (with its date), of all
    # rows and of the local rows (`_LOCAL`); arg_max, like max, adds up across parts. arg_max skips rows
    # with no date, so an official seen only on undated pages keeps the level those rows give.
    "sum_officials": ("SELECT o._county AS county, o.name, count(DISTINCT o.article_id) AS articles, "
                      "coalesce(arg_max(o.level, o.issue_date), any_value(o.level)) AS level, "
                      "max(o.issue_date) FILTER (WHERE o.level IS NOT NULL) AS latest, "
                      f"count(DISTINCT o.article_id) FILTER (WHERE {_LOCAL}) AS local_articles, "
                      f"coalesce(arg_max(o.level, o.issue_date) FILTER (WHERE {_LOCAL}), any_value(o.level) FILTER (WHERE {_LOCAL})) "
                      "AS local_level, "
                      f"max(o.issue_date) FILTER (WHERE {_LOCAL} AND o.level IS NOT NULL) AS local_latest "
                      f"FROM {_OFFICIAL_SCOPES} o GROUP BY o._county, o.name"),
    # Per scope, official and title, of local and of national rows: the row `_titles` would keep (the latest).
    "sum_titles": (f"WITH t AS (SELECT o._county AS county, o.name, o.issue_date, o.article_id, unnest({_TITLES_OF}) AS title, "
                   f"generate_subscripts({_TITLES_OF}, 1) AS pos, NOT ({_LOCAL}) AS national FROM {_OFFICIAL_SCOPES} o) "
                   "SELECT county, name, title, national, issue_date, article_id, pos FROM t WHERE title IS NOT NULL "
                   "AND title <> '' QUALIFY row_number() OVER (PARTITION BY county, name, title, national "
                   "ORDER BY issue_date DESC NULLS LAST, article_id, pos) = 1"),
    # Per scope, each pair of officials in one article: how many articles, and the first 20 of them.
    "sum_pairs": (f"WITH o AS (SELECT DISTINCT o._county, o.article_id, o.name FROM {_OFFICIAL_SCOPES} o) "
                  "SELECT x._county AS county, x.name AS source, y.name AS target, count(*) AS weight, "
                  "list_sort(list(x.article_id))[1:20] AS ids FROM o x JOIN o y ON x.article_id = y.article_id "
                  "AND x.name < y.name AND x._county IS NOT DISTINCT FROM y._county GROUP BY ALL"),
    # Per scope, each official and each county an article of theirs is placed in.
    "sum_places": (f"SELECT DISTINCT o._county AS county, o.name, a.primary_county AS place FROM {_OFFICIAL_SCOPES} o "
                   f"JOIN articles a ON a.id = o.article_id WHERE {_PLACED}"),
    # Per scope, month (`YEAR_PLACE`'s: an article known only to its year in January, `year_only`) and timeline
    # mode (`_TIMELINE_TOPIC`), articles per topic: the timeline's bins of months and years (`_timeline_counts`).
    "sum_timeline": " UNION ALL ".join(
        f"SELECT county, month, year_only, '{mode}' AS mode, topic, count(*) AS articles FROM (SELECT a._county AS county, "
        f"date_trunc('month', {YEAR_PLACE}) AS month, a.issue_date IS NULL AS year_only, {topic} AS topic "
        f"FROM {_SCOPES} a WHERE {YEAR_PLACE} IS NOT NULL) GROUP BY ALL" for mode, topic in _TIMELINE_TOPIC.items()),
    # Per term of the part's `terms` (one row per article and term): articles and mentions (`_top_terms`).
    "sum_terms": "SELECT t.term, count(*) AS articles, sum(t.count)::BIGINT AS mentions FROM terms t GROUP BY t.term",
    # The figures the Counties page reads (`_solid`), every column: about 1 in 8 of the figures.
    "solid_figures": _SOLID_ROWS,
}


# A hash of `SUMMARIES`' SQL: summaries a store holds from other SQL (older code, another predicate) are
# not summed; the views scan instead, and the next build writes them again.
SUMMARIES_VERSION = hashlib.sha256(repr(sorted(SUMMARIES.items())).encode()).hexdigest()[:16]


def _scope(engine: Engine, filters: Filters, *names: str) -> tuple[str, list] | None:
    """Which rows of the summaries `names` answer `filters` (a condition on their `county` and its
    parameters): no filter, or one county (not 全市, which is no county); None when they cannot answer
    (other filters, or no such summaries)."""
    if not summed(engine, *names):
        return None
    if filters.is_empty:
        return "county IS NULL", []
    one = filters.counties[0] if len(filters.counties) == 1 else None
    if one and one != CITY_WIDE and filters == Filters(counties=(one,)):
        return "county = ?", [one]
    return None


def summed(engine: Engine, *names: str) -> bool:
    """Whether the store has the summary tables `names`, for every part, written by this code's `SUMMARIES`."""
    return engine.summaries_version == SUMMARIES_VERSION and all(n in engine.tables for n in names)


# ---------------------------------------------------------------- the whole store's network


# The unfiltered network as a build keeps it for the whole store (`jdash.summaries.network`), from the parts'
# summaries when a generation is written: per mode (`national`: include_national) the `NETWORK_KEPT` officials
# with most articles in `_top_summed`'s order (`network_nodes`: rank, name, titles, level, articles, counties) and
# every edge among them (`network_edges`: source, target, weight, ids). `network_graph` with no filter and at
# most that many nodes reads them instead of summing every part's `sum_pairs` (≈ 60 ms a view at 1M articles,
# growing with the store): the top n of an order is the first n of its top `NETWORK_KEPT`, and an edge's weight
# and ids do not depend on which other officials are drawn.
NETWORK_KEPT = 300  # the Network page's largest choice


def network_summary(engine: Engine) -> dict[str, pd.DataFrame]:
    """The whole store's network tables (`network_nodes`, `network_edges`) from an engine over the parts'
    summaries (`sum_officials`, `sum_titles`, `sum_pairs`, `sum_places`; every part's, unfiltered)."""
    nodes, edges = [], []
    for national in (False, True):
        top = _top_summed(engine, ("county IS NULL", []), NETWORK_KEPT, national)
        places, pairs = _places_edges_summed(engine, ("county IS NULL", []), top["name"].tolist(), 1)
        counties = dict(zip(places["name"], places["counties"]))
        nodes.append(top.assign(national=national, rank=range(1, len(top) + 1),
                                counties=[counties.get(name) for name in top["name"]]))
        edges.append(pairs.assign(national=national))
    return {"network_nodes": pd.concat(nodes, ignore_index=True), "network_edges": pd.concat(edges, ignore_index=True)}


# A hash of the code that writes the whole store's network, and of the summaries it is counted from: a store's
# network written otherwise (older code, another `NETWORK_KEPT`) is not read; the views sum the parts instead.
NETWORK_VERSION = hashlib.sha256(repr([SUMMARIES_VERSION, NETWORK_KEPT] + [
    inspect.getsource(f) for f in (_top_summed, _places_edges_summed, network_summary)]).encode()).hexdigest()[:16]


def _network_kept(engine: Engine, filters: Filters, min_weight: int, include_national: bool,
                  max_nodes: int | None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame] | None:
    """`_network_counted`'s three frames read from the whole store's network (`network_summary`), or None when
    it cannot answer: a filter, all officials or more than `NETWORK_KEPT`, no such tables of this code."""
    if not (filters.is_empty and max_nodes and max_nodes <= NETWORK_KEPT and engine.network_version == NETWORK_VERSION):
        return None
    nodes = engine.df("SELECT name, titles, level, articles, counties FROM network_nodes WHERE national = ? AND rank <= ? "
                      "ORDER BY rank", [bool(include_national), int(max_nodes)])
    top = nodes[["name", "level", "articles"]].copy()
    top.insert(1, "title", [merge_titles([list(ts)]) for ts in nodes["titles"]])
    places = nodes.loc[nodes["counties"].notna(), ["name", "counties"]]
    names = nodes["name"].tolist()
    edges = engine.df("SELECT source, target, weight, ids FROM network_edges WHERE national = ? AND weight >= ? "
                      "AND source IN (SELECT unnest(?::VARCHAR[])) AND target IN (SELECT unnest(?::VARCHAR[])) "
                      "ORDER BY source, target", [bool(include_national), int(min_weight), names, names])
    return top, places, edges
