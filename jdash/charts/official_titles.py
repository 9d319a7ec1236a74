"""An official's titles over time: one marker per article and title."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, colour, empty, esc, padded_date_range, with_data


def official_titles(df: pd.DataFrame, *, name: str, title: str | None = None) -> go.Figure:
    """`df`: issue_date, title, article_id — as from `queries.official_titles`."""
    title = title if title is not None else f"{esc(name)}: titles over time"
    dated = df.loc[pd.to_datetime(df["issue_date"]).notna()] if len(df) else df
    if dated.empty:
        return empty(title, "No dated mentions")
    order = list(dict.fromkeys(esc(t) for t in dated["title"]))
    fig = go.Figure(go.Scatter(
        x=pd.to_datetime(dated["issue_date"]).tolist(), y=[esc(t) for t in dated["title"]], mode="markers",
        marker={"size": 12, "color": colour(0)}, customdata=dated["article_id"].tolist(),
        hovertemplate="%{x|%Y-%m-%d}<br>%{y}<extra></extra>",
    ))
    fig.update_xaxes(type="date", title_text="issue date", **padded_date_range(pd.to_datetime(dated["issue_date"])))
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=order)
    with_data(fig, dated[["issue_date", "title", "article_id"]].assign(name=name))
    return base_layout(fig, title=title, height=max(220, 40 * len(order) + 120))
