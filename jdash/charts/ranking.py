"""Horizontal bars of a ranking (top officials, counties, topics, terms, article kinds)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, colour, empty, esc, short, with_data


def ranking(df: pd.DataFrame, *, label: str = "value", value: str = "articles", title: str | None = None,
            hover: str | None = None, n: int = 20, value_title: str = "articles", colour_index: int = 0) -> go.Figure:
    """Largest first, top to bottom. `customdata` carries the full label (for click-through); the
    chart's data (`with_data`) is the `n` rows drawn: label, value and the hover column."""
    if df.empty:
        return empty(title)
    top = df.head(n)
    labels = top[label].astype(str)
    extra = top[hover].fillna("").astype(str) if hover and hover in top else pd.Series("", index=top.index)
    fig = go.Figure(go.Bar(
        x=top[value].tolist(),
        y=[esc(short(v)) for v in labels],
        orientation="h",
        marker_color=colour(colour_index),
        customdata=list(zip(labels, extra)),  # raw: the page reads the clicked value from here
        hovertext=[esc(f"{lb} {ex}".strip()) for lb, ex in zip(labels, extra)],
        hovertemplate="%{hovertext}<br>%{x} " + value_title + "<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(title_text=value_title)
    with_data(fig, top[list(dict.fromkeys([label, value, *([hover] if hover and hover in top else [])]))], value=value)
    return base_layout(fig, title=title, height=max(220, 28 * len(top) + 80))
