"""Officials' co-occurrence network: who appears with whom, built from the officials table.

Nodes are officials (by name), an edge joins two officials printed in the same article; its weight is
the number of such articles and its `articles` attribute their ids, ;-joined so GEXF and GraphML can
hold it. National leaders (习近平 in set phrases) stay out unless asked for.
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pandas as pd

from jdash.errors import ExportError
from jdash.locality import local_rows

FORMATS = ("gexf", "graphml", "csv")
SEED = 42
_LEVEL_RANK = {"other": 0, "county": 1, "city": 2, "province": 3, "national": 4}
METRIC_COLUMNS = ["name", "title", "level", "articles", "counties", "degree", "weighted_degree", "betweenness",
                  "community"]
REGISTRY_COLUMNS = ["name", "level", "title", "titles", "title_history", "organisations", "first_date",
                    "last_date", "articles"]


def _dates(df: pd.DataFrame) -> pd.Series:
    if "issue_date" not in df:
        return pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]")
    return pd.to_datetime(df["issue_date"], errors="coerce")


def _titles(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _latest(group: pd.DataFrame, column: str) -> str:
    """The value of `column` in the group's latest dated row (the first row when none is dated)."""
    values = group.sort_values("_date", na_position="first")[column].dropna()
    return str(values.iloc[-1]) if len(values) else ""


def build_network(
    officials_df: pd.DataFrame,
    *,
    min_weight: int = 1,
    include_national: bool = False,
    article_ids: Any = None,
    articles: pd.DataFrame | None = None,
) -> nx.Graph:
    """The co-occurrence graph of officials.

    `article_ids` keeps only those articles (a date, county or topic filter done by the caller);
    `articles` (the articles table) adds each official's counties from the articles' primary county.
    Node attributes: title (latest), level, articles (count), counties (;-joined).
    Edge attributes: weight (shared articles), articles (;-joined ids).
    """
    g = nx.Graph()
    df = _network_rows(officials_df, article_ids, include_national)
    if df.empty:
        return g
    _add_official_nodes(g, df, _county_of_articles(articles))
    pairs = df[["article_id", "name"]].merge(df[["article_id", "name"]], on="article_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["name_a"] < pairs["name_b"]]
    if pairs.empty:
        return g
    edges = pairs.groupby(["name_a", "name_b"], sort=True)["article_id"].agg(lambda ids: sorted(ids))
    for (a, b), ids in edges.items():
        if len(ids) >= min_weight:
            g.add_edge(a, b, weight=len(ids), articles=";".join(ids))
    return g


def _network_rows(officials_df: pd.DataFrame | None, article_ids: Any, include_national: bool) -> pd.DataFrame:
    """The officials rows the graph is drawn from: filtered, one per article and name, with a date and a title."""
    if officials_df is None or officials_df.empty:
        return pd.DataFrame()
    df = officials_df.copy()
    if article_ids is not None:
        df = df[df["article_id"].isin(set(article_ids))]
    if not include_national and "level" in df:
        df = df[df["level"] != "national"]
    if not include_national:  # nor officials of other places (a visiting delegation's)
        df = df[local_rows(df)]
    if df.empty:
        return df
    df["_date"] = _dates(df)
    if "title" not in df:
        df["title"] = df["titles"].map(lambda v: (_titles(v) or [""])[0]) if "titles" in df else ""
    df = df.drop_duplicates(["article_id", "name"])
    df["name"] = df["name"].astype(str).to_numpy(dtype=object)
    df["article_id"] = df["article_id"].astype(str).to_numpy(dtype=object)
    return df


def _county_of_articles(articles: pd.DataFrame | None) -> pd.Series:
    """Article id → its primary county, for the articles that have one."""
    if articles is None or articles.empty or "primary_county" not in articles:
        return pd.Series(dtype=object)
    known = articles[["id", "primary_county"]].dropna()
    known = known[known["primary_county"].astype(str) != ""]
    return pd.Series(known["primary_county"].astype(str).to_numpy(dtype=object),
                     index=known["id"].astype(str).to_numpy(dtype=object)).groupby(level=0).first()


def _add_official_nodes(g: nx.Graph, df: pd.DataFrame, county_of: pd.Series) -> None:
    """One node per official: latest title, highest level, article count, counties.

    Whole-table operations rather than a loop per official or per article: at 100,000 articles the
    loops took seconds (the benchmark's network query).
    """
    by_date = df.sort_values("_date", na_position="first", kind="stable")
    latest_title = by_date.groupby("name", sort=True)["title"].last()
    ranks = df["level"].map(_LEVEL_RANK) if "level" in df else pd.Series(dtype=float, index=df.index)
    top_rank = ranks.groupby(df["name"]).max()
    level_of = {rank: level for level, rank in _LEVEL_RANK.items()}
    counts = df.groupby("name", sort=True)["article_id"].nunique()
    placed = pd.DataFrame({"name": df["name"].to_numpy(dtype=object),
                           "county": df["article_id"].map(county_of).to_numpy(dtype=object)})
    placed = placed.dropna().drop_duplicates().sort_values(["name", "county"])
    counties = placed.groupby("name")["county"].agg(";".join)
    for name, n in counts.items():
        rank = top_rank.get(name)
        g.add_node(
            name,
            title=str(latest_title.get(name) or "") if pd.notna(latest_title.get(name)) else "",
            level=level_of[int(rank)] if pd.notna(rank) else "other",
            articles=int(n),
            counties=counties.get(name, ""),
        )


def network_metrics(g: nx.Graph) -> pd.DataFrame:
    """Per official: degree, weighted degree, betweenness and community (Louvain, fixed seed; communities
    numbered from the largest)."""
    if g.number_of_nodes() == 0:
        return pd.DataFrame(columns=METRIC_COLUMNS)
    betweenness = nx.betweenness_centrality(g, weight=None, seed=SEED) if g.number_of_edges() else {}
    community_of = communities(g)
    rows = []
    for node, data in g.nodes(data=True):
        rows.append({
            "name": node,
            "title": data.get("title", ""),
            "level": data.get("level", ""),
            "articles": data.get("articles", 0),
            "counties": data.get("counties", ""),
            "degree": g.degree(node),
            "weighted_degree": g.degree(node, weight="weight"),
            "betweenness": betweenness.get(node, 0.0),
            "community": community_of[node],
        })
    out = pd.DataFrame(rows, columns=METRIC_COLUMNS)
    return out.sort_values(["weighted_degree", "name"], ascending=[False, True], ignore_index=True)


def communities(g: nx.Graph) -> dict:
    """Node → its community: Louvain on the weights with a fixed seed, communities numbered from the
    largest (ties: by their first name).

    >>> sorted(communities(nx.Graph([("a", "b"), ("c", "d"), ("d", "e")])).items())
    [('a', 1), ('b', 1), ('c', 0), ('d', 0), ('e', 0)]
    """
    found = nx.community.louvain_communities(g, weight="weight", seed=SEED)
    found = sorted(found, key=lambda c: (-len(c), sorted(c)[0]))
    return {node: i for i, nodes in enumerate(found) for node in nodes}


def edge_table(g: nx.Graph) -> pd.DataFrame:
    """The edge list: source, target, weight, articles."""
    rows = [{"source": a, "target": b, "weight": d.get("weight", 1), "articles": d.get("articles", "")}
            for a, b, d in g.edges(data=True)]
    return pd.DataFrame(rows, columns=["source", "target", "weight", "articles"])


def write_network(g: nx.Graph, fmt: str, path_or_buffer: str | Path | IO[Any]) -> None:
    """Write the graph as gexf (Gephi), graphml, or csv (edge list) to a path or an open file."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown network format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "csv":
        text = edge_table(g).to_csv(index=False)
        if isinstance(path_or_buffer, (str, Path)):
            Path(path_or_buffer).write_text(text, encoding="utf-8")
        elif isinstance(path_or_buffer, io.TextIOBase):
            path_or_buffer.write(text)
        else:
            path_or_buffer.write(text.encode("utf-8"))
        return
    writer = nx.write_gexf if fmt == "gexf" else nx.write_graphml
    if isinstance(path_or_buffer, io.TextIOBase):
        raw = io.BytesIO()
        writer(g, raw)
        path_or_buffer.write(raw.getvalue().decode("utf-8"))
    else:
        writer(g, path_or_buffer)


def official_registry(officials_df: pd.DataFrame) -> pd.DataFrame:
    """One row per official: most senior level, latest title, every title in order of first appearance
    (title_history: "YYYY-MM-DD title"), organisations, first and last dates, article count."""
    if officials_df is None or officials_df.empty:
        return pd.DataFrame(columns=REGISTRY_COLUMNS)
    df = officials_df.copy()
    df["_date"] = _dates(df)
    if "title" not in df:
        df["title"] = df["titles"].map(lambda v: (_titles(v) or [""])[0])
    rows = []
    for name, group in df.groupby("name", sort=True):
        group = group.sort_values("_date", na_position="last", kind="stable")
        first_seen: dict[str, pd.Timestamp] = {}
        for _, row in group.iterrows():
            for t in _titles(row.get("titles")) or _titles(row.get("title")):
                first_seen.setdefault(t, row["_date"])
        history = [f"{d.date().isoformat() if pd.notna(d) else '?'} {t}" for t, d in first_seen.items()]
        levels = [lvl for lvl in group.get("level", pd.Series(dtype=str)).dropna() if lvl in _LEVEL_RANK]
        orgs = list(dict.fromkeys(o for o in group.get("organisation", pd.Series(dtype=str)).dropna() if o))
        rows.append({
            "name": name,
            "level": max(levels, key=_LEVEL_RANK.__getitem__) if levels else "other",
            "title": _latest(group, "title"),
            "titles": list(first_seen),
            "title_history": history,
            "organisations": orgs,
            "first_date": group["_date"].min(),
            "last_date": group["_date"].max(),
            "articles": int(group["article_id"].nunique()),
        })
    out = pd.DataFrame(rows, columns=REGISTRY_COLUMNS)
    return out.sort_values(["articles", "name"], ascending=[False, True], ignore_index=True)


def level_counts(officials_df: pd.DataFrame) -> Counter:
    """How many distinct officials each level has (a quick summary for the dashboard)."""
    if officials_df is None or officials_df.empty:
        return Counter()
    return Counter(officials_df.drop_duplicates("name")["level"])
