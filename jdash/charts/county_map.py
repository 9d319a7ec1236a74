"""A schematic map of Jining's counties drawn offline: one bubble per county seat, sized by
articles. Coordinates are approximate seat positions (lon, lat); no tiles, no network."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, colour, empty, esc

SEATS = {
    "任城区": (116.59, 35.41), "兖州区": (116.78, 35.55), "曲阜市": (116.99, 35.58),
    "邹城市": (116.97, 35.40), "微山县": (117.13, 34.81), "鱼台县": (116.65, 35.01),
    "金乡县": (116.31, 35.07), "嘉祥县": (116.34, 35.41), "汶上县": (116.49, 35.73),
    "泗水县": (117.25, 35.66), "梁山县": (116.10, 35.80),
    "济宁高新区": (116.70, 35.44), "太白湖新区": (116.56, 35.33),
    "济宁经济技术开发区": (116.45, 35.47), "曲阜文化建设示范区": (116.93, 35.62),
}


def county_map(df: pd.DataFrame, *, value: str = "mentioned", selected: str | None = None,
               title: str | None = "Counties (schematic)") -> go.Figure:
    """`df`: county plus a count column (as from `queries.county_overview`). Counties without a
    known seat are left out of the map (they stay in the tables)."""
    df = df.loc[df["county"].isin(SEATS)]
    if df.empty:
        return empty(title, "No county to place on the map")
    vmax = max(int(df[value].max()), 1)
    fig = go.Figure(go.Scatter(
        x=[SEATS[c][0] for c in df["county"]], y=[SEATS[c][1] for c in df["county"]],
        mode="markers+text", text=[esc(c) for c in df["county"]], textposition="bottom center",
        marker={"size": [12 + 40 * (v / vmax) ** 0.5 for v in df[value]],
                "color": [colour(1) if c == selected else colour(0) for c in df["county"]],
                "opacity": 0.75, "line": {"width": 1, "color": "#fff"}},
        customdata=[[c, int(v)] for c, v in zip(df["county"], df[value])],
        hovertemplate="%{customdata[0]}: %{customdata[1]} " + value + "<extra></extra>",
    ))
    fig.update_xaxes(visible=False, range=[115.95, 117.45])
    fig.update_yaxes(visible=False, range=[34.7, 35.9], scaleanchor="x", scaleratio=1.2)
    fig.update_layout(clickmode="event+select")
    return base_layout(fig, title=title, height=480)
