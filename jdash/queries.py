"""Pure DataFrame functions behind the dashboard: filter the corpus, aggregate for each chart.

Inputs are the `Corpus` tables described in docs/ARCHITECTURE.md; nothing here mutates its
input or imports streamlit. Every function returns a new DataFrame (or plain data).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain
from dataclasses import dataclass
from datetime import date, datetime

import networkx as nx
import numpy as np
import pandas as pd

from jdash.datafiles import alternation_of
from jdash.filters import Filters
from jdash.locality import local_rows

CITY_WIDE = "全市"
FREQ_LABELS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
UNDATED = "undated"


# ---------------------------------------------------------------- filtering


def _list_col(df: pd.DataFrame, col: str) -> pd.Series:
    """A list-valued column with missing values as empty lists."""
    if col not in df.columns:
        return pd.Series([[] for _ in range(len(df))], index=df.index, dtype=object)
    return df[col].map(lambda v: list(v) if isinstance(v, (list, tuple, np.ndarray)) else [])


def _exploded(df: pd.DataFrame, col: str) -> pd.Series:
    """A list column as one row per (article, value), indexed like `df`; no empty values."""
    if col not in df.columns or df.empty:
        return pd.Series([], dtype=object, index=df.index[:0])
    s = df[col].explode()
    return s[s.notna()]


def _any_in(df: pd.DataFrame, col: str, wanted: set[str]) -> pd.Series:
    """Rows whose list column `col` holds any of `wanted`."""
    s = _exploded(df, col)
    hit_index = s.index[s.isin(wanted).to_numpy()]
    return pd.Series(df.index.isin(hit_index), index=df.index)


def _timestamp(d: date | datetime | None) -> pd.Timestamp | None:
    return None if d is None else pd.Timestamp(d)


TEXT_COLUMNS = ("headline", "subheadline", "body")


def text_of(articles: pd.DataFrame) -> pd.Series:
    """Headline, subheadline and body joined: the text trends and concordances search."""
    parts = [articles[c].fillna("").astype(str) for c in TEXT_COLUMNS if c in articles]
    if not parts:
        return pd.Series("", index=articles.index)
    out = parts[0]
    for p in parts[1:]:
        out = out + "\n" + p
    return out


def _contains(articles: pd.DataFrame, term: str, *, case: bool = True) -> pd.Series:
    """Rows whose headline, subheadline or body contains `term` (vectorised per column)."""
    hit = pd.Series(False, index=articles.index)
    for c in TEXT_COLUMNS:
        if c in articles:
            hit |= articles[c].fillna("").astype(str).str.contains(term, case=case, regex=False)
    return hit


def query_mask(articles: pd.DataFrame, q: str) -> pd.Series:
    """Rows whose headline, subheadline or body contains every whitespace-separated term of `q`
    (case-insensitive)."""
    terms = [t for t in q.split() if t]
    mask = pd.Series(True, index=articles.index)
    for term in terms:
        mask &= _contains(articles, term, case=False)
    return mask


def filter_articles(articles: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The articles matching every field of `filters`.

    Dates apply to `issue_date` (an article with no date is left out once a date bound is set);
    counties match `counties` or `primary_county`; topics and officials match their list columns.
    """
    mask = pd.Series(True, index=articles.index)
    if filters.start or filters.end:
        mask &= _in_range(articles, filters)
    if filters.counties:
        wanted = set(filters.counties)
        county_hit = _any_in(articles, "counties", wanted)
        if "primary_county" in articles:
            county_hit |= articles["primary_county"].isin(wanted)
        mask &= county_hit
    if filters.topics:
        mask &= _any_in(articles, "topics", set(filters.topics))
    if filters.officials:
        mask &= _any_in(articles, "officials", set(filters.officials))
    if filters.q:
        mask &= query_mask(articles, filters.q)
    if filters.dated:
        mask &= dated_mask(articles, filters.dated)
    return articles.loc[mask.fillna(False).to_numpy(dtype=bool)]


def _year_only(articles: pd.DataFrame) -> pd.Series:
    """Articles known only to their year (issue_year without issue_date)."""
    years = articles["issue_year"] if "issue_year" in articles else pd.Series(pd.NA, index=articles.index)
    return pd.to_datetime(articles["issue_date"]).isna() & years.notna()


def _in_range(articles: pd.DataFrame, filters: Filters) -> pd.Series:
    """Articles within the date range; one known only to its year when its whole year is (Filters.whole_years)."""
    issued = pd.to_datetime(articles["issue_date"])
    inside = pd.Series(True, index=articles.index)
    if filters.start:
        inside &= issued >= _timestamp(filters.start)
    if filters.end:
        inside &= issued < _timestamp(filters.end) + pd.Timedelta(days=1)
    year_only = _year_only(articles)
    if year_only.any():
        first, last = filters.whole_years()
        years = articles["issue_year"].astype("Int64")
        whole = year_only & (years >= (first if first is not None else -9999)) & (years <= (last if last is not None else 9999))
        inside = inside.fillna(False) | whole.fillna(False)
    return inside


def dated_mask(articles: pd.DataFrame, dated: str) -> pd.Series:
    """Articles whose issue date is known as `dated` says (jdash.filters.DATED): undated, year only, inferred, given."""
    known = pd.to_datetime(articles["issue_date"]).notna()
    year_only = _year_only(articles)
    if dated in ("undated", "year"):
        return year_only if dated == "year" else ~known & ~year_only
    given = articles["date_source"].isin(["filename", "pages.csv", "user"])
    return known & (~given if dated == "inferred" else given)  # a new frame (copy-on-write): no .copy()


def rows_for_articles(df: pd.DataFrame, article_ids, col: str = "article_id") -> pd.DataFrame:
    """Rows of an entity table (`officials`, `figures`, `persons`) belonging to the given articles."""
    ids = set(article_ids)
    return df.loc[df[col].isin(ids)].copy()


def options(articles: pd.DataFrame, officials: pd.DataFrame | None = None) -> dict[str, list[str]]:
    """Values the sidebar can offer, most frequent first."""
    out = {
        "counties": value_counts(articles, "counties")["value"].tolist(),
        "topics": value_counts(articles, "topics")["value"].tolist(),
    }
    extra = [CITY_WIDE] if "primary_county" in articles and (articles["primary_county"] == CITY_WIDE).any() else []
    out["counties"] += [c for c in extra if c not in out["counties"]]
    if officials is not None and len(officials):
        out["officials"] = officials.groupby("name")["article_id"].nunique().sort_values(ascending=False).index.tolist()
    else:
        out["officials"] = value_counts(articles, "officials")["value"].tolist()
    return out


def date_span(articles: pd.DataFrame) -> tuple[date | None, date | None]:
    issued = pd.to_datetime(articles["issue_date"]).dropna()
    if issued.empty:
        return None, None
    return issued.min().date(), issued.max().date()


# ---------------------------------------------------------------- overview


def summary(articles: pd.DataFrame, pages: pd.DataFrame | None = None, warnings: pd.DataFrame | None = None) -> dict:
    """Corpus size and span."""
    first, last = date_span(articles)
    issued = pd.to_datetime(articles["issue_date"])
    inferred = articles["date_source"].eq("inferred").sum() if "date_source" in articles else 0
    return {
        "articles": len(articles),
        "pages": int(articles["source"].nunique()) if len(articles) else 0,
        "stored_pages": len(pages) if pages is not None else None,
        "first": first,
        "last": last,
        "undated": int((issued.isna() & ~_year_only(articles)).sum()),
        "year_only": int(_year_only(articles).sum()),
        "inferred_dates": int(inferred),
        "warnings": len(warnings) if warnings is not None else 0,
    }


def _is_list_col(series: pd.Series) -> bool:
    first = series.dropna()
    return len(first) > 0 and isinstance(first.iloc[0], (list, tuple, np.ndarray))


def value_counts(articles: pd.DataFrame, col: str, n: int | None = None) -> pd.DataFrame:
    """How many articles carry each value of a column (list columns are exploded): value, articles."""
    if col not in articles.columns or articles.empty:
        return pd.DataFrame({"value": pd.Series(dtype=str), "articles": pd.Series(dtype=int)})
    if _is_list_col(articles[col]):
        # An article counts once per value, however often it lists it. Values are cleaned after
        # counting (there are few distinct ones), not per item: half the time at 100,000 articles.
        counter = Counter(chain.from_iterable(
            set(vals) for vals in articles[col] if isinstance(vals, (list, tuple, np.ndarray))
        ))
        merged: Counter[str] = Counter()
        for value, number in counter.items():
            if value is not None and value == value and str(value):
                merged[str(value)] += number
        values = np.asarray(list(merged), dtype=object)
        numbers = np.asarray(list(merged.values()), dtype=int)
    else:
        series = articles[col].dropna()
        series = series[series.astype(str) != ""].value_counts()
        values, numbers = series.index.astype(str).to_numpy(dtype=object), series.to_numpy()
    out = pd.DataFrame({"value": pd.Series(values, dtype=object).astype(str), "articles": numbers.astype(int)})
    out = out.loc[out["articles"] > 0]
    out = out.sort_values(["articles", "value"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return out.head(n) if n else out


def articles_per_page(articles: pd.DataFrame) -> pd.DataFrame:
    """source, issue_date, articles — one row per page, in date order; a page known only to its year
    after the dated pages of that year."""
    if articles.empty:
        return pd.DataFrame(columns=["source", "issue_date", "articles"])
    g = articles.groupby("source", sort=False).agg(
        issue_date=("issue_date", "first"), articles=("id", "count")
    ).reset_index()
    if "issue_year" in articles:
        years = articles.groupby("source", sort=False)["issue_year"].first().reindex(g["source"]).to_numpy()
        ends = pd.to_datetime([f"{int(y)}-12-31" if pd.notna(y) else None for y in years])
        place = pd.to_datetime(g["issue_date"]).fillna(pd.Series(ends, index=g.index))
    else:
        place = pd.to_datetime(g["issue_date"])
    order = g.assign(_place=place).sort_values(["_place", "source"], na_position="last", kind="stable")
    return order.drop(columns="_place").reset_index(drop=True)


def top_officials(officials: pd.DataFrame, n: int | None = 20, *, include_national: bool = False) -> pd.DataFrame:
    """name, title (latest), level, articles — officials by the number of articles they appear in."""
    df = officials if include_national else officials.loc[(officials["level"] != "national") & local_rows(officials)]
    if df.empty:
        return pd.DataFrame(columns=["name", "title", "level", "articles"])
    df = df.sort_values("issue_date", na_position="first", kind="stable")
    g = df.groupby("name").agg(
        title=("title", lambda s: next((t for t in reversed(s.tolist()) if isinstance(t, str) and t), "")),
        level=("level", "last"),
        articles=("article_id", "nunique"),
    ).reset_index()
    g = g.sort_values(["articles", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return g.head(n) if n else g


def warnings_table(warnings: pd.DataFrame | None) -> pd.DataFrame:
    if warnings is None or warnings.empty:
        return pd.DataFrame(columns=["source", "reason"])
    return warnings[["source", "reason"]].reset_index(drop=True)


# ---------------------------------------------------------------- time


def choose_freq(first: date | None, last: date | None) -> str:
    """Bin size for a time axis from the span: D (≤ 60 days), W (≤ 1 year), M (≤ 6 years), Y."""
    if first is None or last is None:
        return "M"
    days = (pd.Timestamp(last) - pd.Timestamp(first)).days
    if days <= 60:
        return "D"
    if days <= 366:
        return "W"
    if days <= 6 * 366:
        return "M"
    return "Y"


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """The first day of each date's bin (weeks start on Monday)."""
    dates = pd.to_datetime(dates)
    if freq == "D":
        return dates.dt.normalize()
    return dates.dt.to_period(freq).dt.start_time


def period_end(start: pd.Timestamp, freq: str) -> pd.Timestamp:
    """The first day after the bin that starts at `start`."""
    start = pd.Timestamp(start)
    return {
        "D": start + pd.Timedelta(days=1),
        "W": start + pd.Timedelta(days=7),
        "M": start + pd.offsets.MonthBegin(1),
        "Y": start + pd.offsets.YearBegin(1),
    }[freq]


def _topic_rows(articles: pd.DataFrame, mode: str) -> pd.DataFrame:
    topics = _list_col(articles, "topics")
    if mode == "primary":
        topics = topics.map(lambda t: t[:1])
    rows = pd.DataFrame({"id": articles["id"], "issue_date": articles["issue_date"], "topic": topics})
    rows = rows.explode("topic")
    rows["topic"] = rows["topic"].fillna("（无主题）")
    return rows


def topic_timeline(articles: pd.DataFrame, freq: str | None = None, *, mode: str = "primary") -> pd.DataFrame:
    """period, topic, articles — articles per topic per bin of issue date (undated ones left out).

    `mode="primary"` counts each article once, under its best topic; `"all"` under every topic.
    """
    cols = ["period", "topic", "articles"]
    dated = articles.loc[pd.to_datetime(articles["issue_date"]).notna()]
    if dated.empty:
        return pd.DataFrame(columns=cols)
    freq = freq or choose_freq(*date_span(dated))
    rows = _topic_rows(dated, mode)
    rows["period"] = period_start(rows["issue_date"], freq)
    out = rows.groupby(["period", "topic"]).size().rename("articles").reset_index()
    order = out.groupby("topic")["articles"].sum().sort_values(ascending=False, kind="stable").index
    out["topic"] = pd.Categorical(out["topic"], categories=list(order), ordered=True)
    out = out.sort_values(["topic", "period"], kind="stable").reset_index(drop=True)
    out["topic"] = out["topic"].astype(str)
    return out[cols]


def articles_in_bin(
    articles: pd.DataFrame, period, freq: str, topic: str | None = None, *, mode: str = "primary"
) -> pd.DataFrame:
    """The articles behind one bar of `topic_timeline`."""
    start = pd.Timestamp(period)
    start = period_start(pd.Series([start]), freq).iloc[0]
    issued = pd.to_datetime(articles["issue_date"])
    in_bin = articles.loc[((issued >= start) & (issued < period_end(start, freq))).fillna(False).to_numpy()]
    if topic is None:
        return in_bin.copy()
    topics = _list_col(in_bin, "topics")
    if mode == "primary":
        hit = topics.map(lambda t: (t[0] if len(t) else "（无主题）") == topic)
    else:
        hit = topics.map(lambda t: topic in t)
    return in_bin.loc[hit.to_numpy(dtype=bool)].copy()


# ---------------------------------------------------------------- keywords


def keyword_counts(articles: pd.DataFrame, n: int | None = 30) -> pd.DataFrame:
    """term, articles — how many articles list each keyword."""
    vc = value_counts(articles, "keywords", n)
    return vc.rename(columns={"value": "term"})


def term_trend(articles: pd.DataFrame, term: str, freq: str | None = None) -> pd.DataFrame:
    """period, articles, mentions — how often `term` appears in article text per bin."""
    cols = ["period", "articles", "mentions"]
    dated = articles.loc[pd.to_datetime(articles["issue_date"]).notna()]
    if dated.empty or not term:
        return pd.DataFrame(columns=cols)
    freq = freq or choose_freq(*date_span(dated))
    has = _contains(dated, term)
    mentions = pd.Series(0, index=dated.index)
    pattern = re.escape(term)
    for c in TEXT_COLUMNS:
        if c in dated:
            mentions[has] += dated.loc[has, c].fillna("").astype(str).str.count(pattern).to_numpy()
    frame = pd.DataFrame({"period": period_start(dated["issue_date"], freq), "mentions": mentions})
    frame["articles"] = (frame["mentions"] > 0).astype(int)
    out = frame.groupby("period")[["articles", "mentions"]].sum().reset_index()
    return out[cols]


def concordance(articles: pd.DataFrame, term: str, *, width: int = 24, limit: int = 500) -> pd.DataFrame:
    """Keyword in context: article_id, issue_date, issue_year, headline, left, match, right (one row per
    hit; issue_year tells an article known only to its year from an undated one)."""
    cols = ["article_id", "issue_date", "issue_year", "headline", "left", "match", "right"]
    if not term or articles.empty:
        return pd.DataFrame(columns=cols)
    hits = articles.loc[_contains(articles, term)]
    texts = zip(*(hits[c] if c in hits else [None] * len(hits) for c in TEXT_COLUMNS))
    years = hits["issue_year"] if "issue_year" in hits else [None] * len(hits)
    rows: list[dict] = []
    for article_id, issued, year, headline, parts in zip(hits["id"], hits["issue_date"], years, hits["headline"], texts):
        flat = re.sub(r"\s+", " ", "\n".join(str(p) for p in parts if isinstance(p, str)))
        rows += _contexts(flat, term, width, limit - len(rows), {"article_id": article_id, "issue_date": issued,
                                                                  "issue_year": year, "headline": headline, "match": term})
        if len(rows) >= limit:
            break
    return pd.DataFrame(rows, columns=cols)


def _contexts(flat: str, term: str, width: int, limit: int, about: dict) -> list[dict]:
    """Up to `limit` rows of `about` with the `width` characters left and right of each `term` in `flat`.

    >>> [(r["left"], r["right"]) for r in _contexts("甲乙丙乙丁", "乙", 1, 5, {})]
    [('甲', '丙'), ('丙', '丁')]
    """
    rows = []
    i = flat.find(term)
    while i >= 0 and len(rows) < limit:
        rows.append({**about, "left": flat[max(0, i - width):i], "right": flat[i + len(term):i + len(term) + width]})
        i = flat.find(term, i + len(term))
    return rows


# ---------------------------------------------------------------- officials


def official_titles(officials: pd.DataFrame, name: str) -> pd.DataFrame:
    """issue_date, title, article_id — each title an official is given, per article, in date order."""
    df = officials.loc[officials["name"] == name, ["issue_date", "titles", "title", "article_id"]]
    rows = []
    for rec in df.itertuples(index=False):
        titles = list(rec.titles) if isinstance(rec.titles, (list, tuple, np.ndarray)) and len(rec.titles) else []
        if not titles and isinstance(rec.title, str) and rec.title:
            titles = [rec.title]
        for t in titles or ["（无职务）"]:
            rows.append({"issue_date": rec.issue_date, "title": t, "article_id": rec.article_id})
    out = pd.DataFrame(rows, columns=["issue_date", "title", "article_id"])
    return out.sort_values(["issue_date", "title"], na_position="last", kind="stable").reset_index(drop=True)


def co_officials(officials: pd.DataFrame, name: str, *, include_national: bool = False) -> pd.DataFrame:
    """name, title, level, shared — officials appearing in the same articles as `name`."""
    ids = set(officials.loc[officials["name"] == name, "article_id"])
    others = officials.loc[officials["article_id"].isin(ids) & (officials["name"] != name)]
    if not include_national:
        others = others.loc[(others["level"] != "national") & local_rows(others)]
    if others.empty:
        return pd.DataFrame(columns=["name", "title", "level", "shared"])
    out = top_officials(others, None, include_national=True).rename(columns={"articles": "shared"})
    return out


def articles_of_official(articles: pd.DataFrame, officials: pd.DataFrame, name: str) -> pd.DataFrame:
    ids = set(officials.loc[officials["name"] == name, "article_id"])
    return articles.loc[articles["id"].isin(ids)].sort_values("issue_date", kind="stable").copy()


def _node_count(attrs: dict) -> int:
    for key in ("articles", "n_articles", "article_count", "count"):
        v = attrs.get(key)
        if isinstance(v, (int, float, np.integer, np.floating)):
            return int(v)
        if isinstance(v, (list, tuple, set)):
            return len(v)
    return 1


def _as_text(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, (list, tuple, set, np.ndarray)):
        return "、".join(str(x) for x in v)
    return str(v)


def _layout(g: nx.Graph, seed: int) -> dict:
    """Positions: each connected group laid out on its own (so loners do not squeeze the main
    group into a blob), scaled by its size, and the groups packed in rows, largest first."""
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(g)), key=lambda c: (-len(c), str(c[0])))
    pos: dict = {}
    x = y = row_h = 0.0
    width = 2.2 * math.sqrt(len(comps[0])) + 2 if comps else 1  # the row is as wide as the main group
    for comp in comps:
        sub = g.subgraph(comp)
        r = 0.5 * math.sqrt(len(comp))  # radius grows with the group
        if len(comp) == 1:
            local = {comp[0]: (0.0, 0.0)}
        elif len(comp) <= 60:
            local = nx.kamada_kawai_layout(sub, weight=None, scale=r)
        else:
            local = nx.spring_layout(sub, seed=seed, weight="weight", scale=r, k=2 / math.sqrt(len(comp)))
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y - row_h - 0.6, 0.0
        for n, (px, py) in local.items():
            pos[n] = (x + r + float(px), y - r + float(py))
        x += 2 * r + 0.6
        row_h = max(row_h, 2 * r)
    return pos


def network_frames(graph: nx.Graph, *, max_nodes: int = 150, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (name, title, level, articles, counties, community, x, y) and edges (source, target,
    weight, x0, y0, x1, y1) of a co-appearance graph, laid out with a fixed seed.

    Only the `max_nodes` officials with the most articles are kept (layout cost grows fast).
    """
    node_cols = ["name", "title", "level", "articles", "counties", "community", "degree", "x", "y"]
    edge_cols = ["source", "target", "weight", "articles", "x0", "y0", "x1", "y1"]
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=node_cols), pd.DataFrame(columns=edge_cols)
    counts = {n: _node_count(a) for n, a in graph.nodes(data=True)}
    keep = sorted(graph.nodes, key=lambda n: (-counts[n], str(n)))[:max_nodes]
    g = graph.subgraph(keep)
    from jdash.network import communities as communities_of  # Louvain with a fixed seed (no betweenness: not drawn)

    communities = communities_of(nx.Graph(g)) if g.number_of_edges() else {}
    pos = _layout(g, seed)
    nodes = pd.DataFrame([
        {
            "name": str(n),
            "title": _as_text(a.get("title") or a.get("latest_title") or a.get("titles")),
            "level": _as_text(a.get("level")) or "other",
            "articles": counts[n],
            "counties": _as_text(a.get("counties")),
            "community": communities.get(n, -1),
            "degree": g.degree(n),
            "x": float(pos[n][0]),
            "y": float(pos[n][1]),
        }
        for n, a in g.nodes(data=True)
    ], columns=node_cols)
    edges = pd.DataFrame([
        {
            "source": str(u), "target": str(v),
            "weight": float(a.get("weight", 1)),
            "articles": _as_text(a.get("articles") or a.get("article_ids")),
            "x0": float(pos[u][0]), "y0": float(pos[u][1]), "x1": float(pos[v][0]), "y1": float(pos[v][1]),
        }
        for u, v, a in g.edges(data=True)
    ], columns=edge_cols)
    nodes = nodes.sort_values(["articles", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return nodes, edges


# ---------------------------------------------------------------- counties


@dataclass
class CountyProfile:
    county: str
    articles: pd.DataFrame  # the county's articles
    topics: pd.DataFrame  # value, articles
    officials: pd.DataFrame  # name, title, level, articles
    figures: pd.DataFrame  # every figure stated for the county, with period and sentence


FIGURE_COLS = ["county", "metric", "canonical_metric", "value", "unit", "approx", "period", "subject",
               "kind", "normalised_value", "base_unit", "sentence", "issue_date", "article_id", "source"]


def _figure_view(figures: pd.DataFrame) -> pd.DataFrame:
    cols = [c for c in FIGURE_COLS if c in figures.columns]
    return figures[cols].reset_index(drop=True)


def county_articles(articles: pd.DataFrame, county: str) -> pd.DataFrame:
    hit = _any_in(articles, "counties", {county})
    if "primary_county" in articles:
        hit |= articles["primary_county"].eq(county)
    return articles.loc[hit].copy()


def county_overview(articles: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """county, articles (primary), mentioned (any), figures — one row per county."""
    primary = articles["primary_county"].dropna().value_counts() if "primary_county" in articles else pd.Series(dtype=int)
    mentioned = value_counts(articles, "counties").set_index("value")["articles"]
    figs = figures["county"].dropna().value_counts() if len(figures) else pd.Series(dtype=int)
    names = list(dict.fromkeys([*mentioned.index, *primary.index, *figs.index]))
    out = pd.DataFrame({
        "county": names,
        "articles": [int(primary.get(n, 0)) for n in names],
        "mentioned": [int(mentioned.get(n, 0)) for n in names],
        "figures": [int(figs.get(n, 0)) for n in names],
    })
    return out.sort_values(["mentioned", "articles", "county"], ascending=[False, False, True], kind="stable").reset_index(drop=True)


def county_profile(articles: pd.DataFrame, officials: pd.DataFrame, figures: pd.DataFrame, county: str) -> CountyProfile:
    arts = county_articles(articles, county)
    ids = set(arts["id"])
    offs = officials.loc[officials["article_id"].isin(ids)]
    figs = figures.loc[figures["county"] == county]
    figs = figs.sort_values(["issue_date", "article_id"], na_position="last", kind="stable")
    return CountyProfile(
        county=county,
        articles=arts.sort_values("issue_date", kind="stable"),
        topics=value_counts(arts, "topics"),
        officials=top_officials(offs, None),
        figures=_figure_view(figs),
    )


KEY_METRICS = ("营业收入", "总投资", "利润", "税收", "投资", "重大项目", "项目", "产值", "增加值", "营收")


def _canonical(figures: pd.DataFrame) -> pd.Series:
    """The figures' canonical metric (all None for a table from before the column)."""
    return figures["canonical_metric"] if "canonical_metric" in figures else pd.Series(None, index=figures.index)


def metric_name(figures: pd.DataFrame) -> pd.Series:
    """The canonical metric, else the metric as printed."""
    canon = _canonical(figures)
    return canon.where(canon.notna() & (canon.astype(str) != ""), figures.get("metric"))


def key_figures(figures: pd.DataFrame, *, metrics=KEY_METRICS) -> pd.DataFrame:
    """The headline numbers per county: amounts and counts whose canonical metric is one of `metrics`
    (or contains one), with their period and sentence; county-less figures left out. A metric only printed
    (a project's 总投资, a park's 产值) is not the county's, so it is no headline number."""
    if figures.empty:
        return _figure_view(figures)
    name = _canonical(figures).fillna("").astype(str)
    wanted = name.str.contains("|".join(re.escape(m) for m in metrics), regex=True)
    kinds = figures["kind"].isin(["amount", "count"]) if "kind" in figures else True
    df = figures.loc[figures["county"].notna() & (figures["county"] != "") & wanted & kinds]
    df = df.sort_values(["county", "issue_date", "article_id"], na_position="last", kind="stable")
    return _figure_view(df)


def headline_figures(figures: pd.DataFrame, *, per_county: int = 4, metrics=KEY_METRICS) -> pd.DataFrame:
    """A few figures per county for a glance: `key_figures` ranked by the metric's place in
    `metrics`, then by size; one row per distinct (metric, value). Counties with most figures first."""
    key = key_figures(figures, metrics=metrics)
    if key.empty:
        return key
    name = metric_name(key).fillna("")
    rank = name.map(lambda m: next((i for i, k in enumerate(metrics) if k in m), len(metrics)))
    key = key.assign(_metric=name, _rank=rank, _size=key["normalised_value"].fillna(key["value"]))
    key = key.sort_values(["county", "_rank", "_size"], ascending=[True, True, False], kind="stable")
    key = key.drop_duplicates(["county", "_metric", "value", "unit"])
    # One figure per metric first (the largest), then seconds: a glance shows several metrics.
    key = key.assign(_nth=key.groupby(["county", "_metric"]).cumcount())
    key = key.sort_values(["county", "_nth", "_rank", "_size"], ascending=[True, True, True, False], kind="stable")
    top = key.groupby("county", sort=False).head(per_county)
    order = key["county"].value_counts()
    top = top.assign(_n=top["county"].map(order))
    top = top.sort_values(["_n", "county", "_nth", "_rank", "_size"], ascending=[False, True, True, True, False],
                          kind="stable")
    return top.drop(columns=["_metric", "_rank", "_size", "_n", "_nth"]).reset_index(drop=True)


def metric_options(figures: pd.DataFrame) -> pd.DataFrame:
    """metric, counties, figures — metrics that could be compared, most widely reported first."""
    if figures.empty:
        return pd.DataFrame(columns=["metric", "counties", "figures"])
    df = figures.assign(_metric=metric_name(figures)).dropna(subset=["_metric", "county"])
    df = df.loc[df["_metric"].astype(str) != ""]
    g = df.groupby("_metric").agg(counties=("county", "nunique"), figures=("value", "size")).reset_index()
    g = g.rename(columns={"_metric": "metric"})
    return g.sort_values(["counties", "figures", "metric"], ascending=[False, False, True], kind="stable").reset_index(drop=True)


def metric_comparison(figures: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Every figure of one metric with a county: county, value, unit, normalised_value, base_unit,
    period, subject, approx, sentence, issue_date, article_id — largest first within a county."""
    df = figures.loc[(metric_name(figures) == metric) & figures["county"].notna()]
    df = df.sort_values(["county", "normalised_value", "value"], ascending=[True, False, False], na_position="last", kind="stable")
    return _figure_view(df)


# ---------------------------------------------------------------- articles


def article_list(articles: pd.DataFrame) -> pd.DataFrame:
    """The columns a reader scans, newest first."""
    cols = ["id", "issue_date", "headline", "kind", "primary_county", "topics", "officials", "source", "order"]
    df = articles[[c for c in cols if c in articles.columns]]
    return df.sort_values(["issue_date", "source", "order"], ascending=[False, True, True], na_position="last", kind="stable").reset_index(drop=True)


def article_segments(text: str, marks: dict[str, str]) -> list[tuple[str, str | None]]:
    """Split `text` into (piece, kind) runs, kind being the mark kind of the piece or None.

    `marks` maps strings to highlight (official names, counties, figures' printed numbers) to a
    kind. Longer strings win over shorter ones at the same position. Nothing is escaped here.
    """
    needles = [m for m in marks if m]
    if not text or not needles:
        return [(text, None)] if text else []
    pattern = re.compile(alternation_of(needles))
    out: list[tuple[str, str | None]] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], None))
        out.append((m.group(0), marks[m.group(0)]))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def _number_forms(value, unit: str | None) -> list[str]:
    """How a figure may be printed: 35.9亿元, 35.9 亿元, 11个 …"""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    v = float(value)
    num = str(int(v)) if v.is_integer() else f"{v:g}"
    unit = unit if isinstance(unit, str) else ""
    forms = {f"{num}{unit}", f"{num} {unit}"} if unit else {num}
    return [f for f in forms if f.strip()]


def article_marks(article: pd.Series | dict, officials: pd.DataFrame, figures: pd.DataFrame) -> dict[str, str]:
    """Strings to highlight in one article: its officials, counties and figures."""
    aid = article["id"]
    marks: dict[str, str] = {}
    for f in figures.loc[figures["article_id"] == aid].itertuples(index=False):
        for form in _number_forms(getattr(f, "value", None), getattr(f, "unit", None)):
            marks[form] = "figure"
    for county in _list_col(pd.DataFrame([dict(article)]), "counties").iloc[0]:
        marks[county] = "county"
        short = re.sub(r"(县|区|市)$", "", county)
        if len(short) >= 2:
            marks.setdefault(short, "county")
    for name in officials.loc[officials["article_id"] == aid, "name"].unique():
        marks[name] = "official"
    return marks


def page_context(articles: pd.DataFrame, article_id: str) -> dict:
    """Where an article sits: the articles on its page (in order), and the previous/next page
    (by issue date, then file name) with their first article."""
    row = articles.loc[articles["id"] == article_id]
    if row.empty:
        return {"same_page": articles.iloc[0:0], "previous_page": None, "next_page": None, "position": None}
    source = row.iloc[0]["source"]
    same = articles.loc[articles["source"] == source].sort_values("order", kind="stable")
    pages = articles_per_page(articles)["source"].tolist()
    i = pages.index(source)
    first_of = lambda s: articles.loc[articles["source"] == s].sort_values("order").iloc[0]["id"]  # noqa: E731
    return {
        "same_page": same,
        "position": int(same["id"].tolist().index(article_id)),
        "previous_page": (pages[i - 1], first_of(pages[i - 1])) if i > 0 else None,
        "next_page": (pages[i + 1], first_of(pages[i + 1])) if i + 1 < len(pages) else None,
    }


def to_records(df: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts (dates as ISO strings, arrays as lists)."""
    def plain(v):
        if isinstance(v, np.ndarray):
            return [plain(x) for x in v.tolist()]
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, pd.Timestamp):
            return None if pd.isna(v) else v.date().isoformat() if v == v.normalize() else v.isoformat()
        if isinstance(v, np.generic):
            return v.item()
        if isinstance(v, float) and math.isnan(v):
            return None
        if v is pd.NaT:
            return None
        return v
    return [{k: plain(v) for k, v in rec.items()} for rec in df.to_dict(orient="records")]


def term_frequencies(articles: pd.DataFrame, n: int = 200) -> dict[str, int]:
    """keyword → article count, for a word cloud."""
    vc = value_counts(articles, "keywords", n)
    return dict(zip(vc["value"], vc["articles"].astype(int)))


def page_kind_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """source, issue_date, issue_year, kind, articles — for the articles-per-page chart, pages in date order."""
    cols = ["source", "issue_date", "issue_year", "kind", "articles"]
    if articles.empty:
        return pd.DataFrame(columns=cols)
    pages = articles_per_page(articles)[["source", "issue_date"]]
    years = (articles.groupby("source")["issue_year"].min() if "issue_year" in articles
             else pd.Series(pd.NA, index=pages["source"])).rename("issue_year")
    counts = articles.groupby(["source", "kind"]).size().rename("articles").reset_index()
    return pages.merge(years, left_on="source", right_index=True, how="left").merge(counts, on="source", how="left")[cols]
