"""The officials' co-appearance network: node size = articles, colour = level or community,
edge width = shared articles."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import LEVEL_COLOURS, base_layout, colour, empty, esc, with_data

LEVEL_ORDER = ("national", "province", "city", "county", "zone", "other")


def _edge_traces(edges: pd.DataFrame) -> list[go.Scatter]:
    if edges.empty:
        return []
    wmax = float(edges["weight"].max())
    # Up to five width classes: one line trace each (a trace has one line width).
    classes = sorted({max(1, math.ceil(5 * w / wmax)) for w in edges["weight"]})
    traces = []
    for c in classes:
        part = edges.loc[edges["weight"].map(lambda w: max(1, math.ceil(5 * w / wmax))) == c]
        xs, ys = [], []
        for e in part.itertuples(index=False):
            xs += [e.x0, e.x1, None]
            ys += [e.y0, e.y1, None]
        traces.append(go.Scatter(
            x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
            line={"width": 0.6 + 1.2 * c, "color": "rgba(120,120,120,0.45)"}, name=f"edges {c}",
        ))
    # Invisible midpoints carry the edge hover text.
    traces.append(go.Scatter(
        x=((edges["x0"] + edges["x1"]) / 2).tolist(), y=((edges["y0"] + edges["y1"]) / 2).tolist(),
        mode="markers", marker={"size": 6, "opacity": 0}, showlegend=False, name="edge info",
        text=[esc(f"{e.source} — {e.target}: {int(e.weight)} shared") for e in edges.itertuples(index=False)],
        hovertemplate="%{text}<extra></extra>",
    ))
    return traces


def _node_table(nodes: pd.DataFrame, edges: pd.DataFrame) -> pd.DataFrame:
    """The network as drawn, one row per official: name, title, level, community, articles, position,
    and the officials drawn linked to them with their shared articles (`王某(3)、李某(1)`)."""
    links: dict[str, list[tuple[int, str]]] = {}
    for e in edges.itertuples(index=False):
        links.setdefault(e.source, []).append((int(e.weight), e.target))
        links.setdefault(e.target, []).append((int(e.weight), e.source))
    cols = [c for c in ("name", "title", "level", "community", "articles", "x", "y") if c in nodes]
    return nodes[cols].assign(appears_with=["、".join(f"{n}({w})" for w, n in sorted(links.get(name, []), key=lambda t: (-t[0], t[1])))
                                            for name in nodes["name"]])


def network_graph(nodes: pd.DataFrame, edges: pd.DataFrame, *, colour_by: str = "level",
                  highlight: str | None = None, title: str | None = "Officials who appear together") -> go.Figure:
    """`nodes`/`edges` as from `queries.network_frames`. Node traces carry the name as `customdata`
    so a click selects the official."""
    if nodes.empty:
        return empty(title, "No officials for these filters")
    fig = go.Figure(_edge_traces(edges))
    amax = max(int(nodes["articles"].max()), 1)
    size = lambda s: (10 + 30 * (s / amax) ** 0.5).tolist()  # noqa: E731
    if colour_by == "community":
        groups = [(f"group {int(c) + 1}" if c >= 0 else "alone", part, colour(int(c) if c >= 0 else 9))
                  for c, part in nodes.groupby("community", sort=True)]
    else:
        present = [lv for lv in LEVEL_ORDER if lv in set(nodes["level"])] + \
                  sorted(set(nodes["level"]) - set(LEVEL_ORDER))
        groups = [(lv, nodes.loc[nodes["level"] == lv], LEVEL_COLOURS.get(lv, "#999")) for lv in present]
    for name, part, col in groups:
        line_w = [3 if n == highlight else 0.5 for n in part["name"]]
        fig.add_trace(go.Scatter(
            x=part["x"].tolist(), y=part["y"].tolist(), mode="markers+text", name=esc(name),
            text=[esc(n) for n in part["name"]], textposition="top center", textfont={"size": 11},
            marker={"size": size(part["articles"]), "color": col, "line": {"width": line_w, "color": "#222"}},
            customdata=[[n, t, int(a)] for n, t, a in zip(part["name"], part["title"], part["articles"])],
            hovertext=[f"<b>{esc(n)}</b> {esc(t)}<br>{int(a)} articles"
                       for n, t, a in zip(part["name"], part["title"], part["articles"])],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
    fig.update_xaxes(visible=False)
    # The groups stretch to the plot's width: held square (scaleanchor), 70 officials filled 400 of a wide
    # page's 900 pixels and their names ran into each other.
    fig.update_yaxes(visible=False)
    # The key always shows: with one level alone (every official a county one) plotly hid it, and the colour said nothing.
    fig.update_layout(legend_title_text=colour_by, showlegend=True, clickmode="event+select", dragmode="pan")
    with_data(fig, _node_table(nodes, edges), value="articles")
    return base_layout(fig, title=title, height=600)
