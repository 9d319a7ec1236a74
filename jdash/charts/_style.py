"""Shared look of jdash charts: CJK-capable font stack, margins, a qualitative palette."""

from __future__ import annotations

import plotly.graph_objects as go

FONT_FAMILY = ('"Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Source Han Sans SC", '
               '"PingFang SC", "Microsoft YaHei", sans-serif')
PALETTE = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#EECA3B", "#B279A2",
           "#FF9DA6", "#9D755D", "#BAB0AC", "#1F77B4", "#2CA02C", "#D62728", "#9467BD")
LEVEL_COLOURS = {"national": "#E45756", "province": "#F58518", "city": "#4C78A8",
                 "county": "#54A24B", "zone": "#72B7B2", "other": "#BAB0AC"}


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def base_layout(fig: go.Figure, *, title: str | None = None, height: int = 420, **extra) -> go.Figure:
    """Apply the common layout in place and return the figure."""
    fig.update_layout(
        title={"text": title or "", "x": 0.01, "xanchor": "left"},
        font={"family": FONT_FAMILY, "size": 13},
        height=height,
        margin={"l": 10, "r": 10, "t": 50 if title else 20, "b": 10},
        template="plotly_white",
        hoverlabel={"font": {"family": FONT_FAMILY}},
        **extra,
    )
    return fig


def empty(title: str | None = None, message: str = "No data for these filters") -> go.Figure:
    """A figure that says there is nothing to show (instead of an empty axis)."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font={"size": 16, "color": "#888"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return base_layout(fig, title=title, height=260)


def short(text: str, n: int = 18) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "…"
