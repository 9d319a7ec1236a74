"""How often a term appears over time."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, colour, empty, esc, with_data


def term_trend(df: pd.DataFrame, *, term: str, title: str | None = None) -> go.Figure:
    """`df`: period, articles, mentions — as from `queries.term_trend`."""
    title = title if title is not None else f"“{esc(term)}” over time"
    if df.empty:
        return empty(title, f"“{esc(term)}” does not occur in dated articles")
    x = pd.to_datetime(df["period"]).tolist()
    fig = go.Figure([
        go.Bar(name="articles", x=x, y=df["articles"].tolist(), marker_color=colour(0),
               hovertemplate="%{x|%Y-%m-%d}: %{y} articles<extra></extra>"),
        go.Scatter(name="mentions", x=x, y=df["mentions"].tolist(), mode="lines+markers",
                   line_color=colour(1), hovertemplate="%{x|%Y-%m-%d}: %{y} mentions<extra></extra>"),
    ])
    fig.update_xaxes(type="date", title_text="issue date")
    fig.update_yaxes(title_text="count")
    with_data(fig, df[["period", "articles", "mentions"]].assign(term=term), value="articles")
    return base_layout(fig, title=title, height=340)
