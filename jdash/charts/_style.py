"""Shared look of jdash charts: CJK-capable font stack, margins, a qualitative palette."""

from __future__ import annotations

import colorsys
import html

import pandas as pd
import plotly.graph_objects as go

FONT_FAMILY = ('"Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Source Han Sans SC", '
               '"PingFang SC", "Microsoft YaHei", sans-serif')
# Tableau 20, strong colours first: 20 topics get 20 distinct colours.
PALETTE = ("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
           "#9C755F", "#BAB0AC", "#A0CBE8", "#FFBE7D", "#8CD17D", "#F1CE63", "#86BCB6", "#FF9D9A",
           "#D4A6C8", "#D7B5A6", "#79706E", "#B6992D")
LEVEL_COLOURS = {"national": "#E45756", "province": "#F58518", "city": "#4C78A8",
                 "county": "#54A24B", "zone": "#72B7B2", "other": "#BAB0AC"}


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def distinct_colours(n: int) -> list[str]:
    """`n` colours of `n` different hues, evenly spaced around the colour wheel (lightness
    alternates so neighbours differ more): every topic its own hue, however many topics.

    >>> distinct_colours(4)
    ['#c83737', '#94db4d', '#37c8c8', '#944ddb']
    """
    out = []
    for i in range(n):
        light = 0.50 if i % 2 == 0 else 0.58
        r, g, b = colorsys.hls_to_rgb(i / max(n, 1), light, 0.57 if i % 2 == 0 else 0.66)
        out.append("#{:02x}{:02x}{:02x}".format(*(round(v * 255) for v in (r, g, b))))
    return out


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


def esc(text) -> str:
    """Text from a page, made inert for plotly (which reads <b>, <br>, <a href> … in labels)."""
    return html.escape("" if text is None else str(text), quote=False)


def short(text: str, n: int = 18) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def _plain(value):
    """A JSON-ready cell: dates as ISO dates, numpy scalars as Python numbers, NaN/NaT as None."""
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and getattr(value, "ndim", 0) == 1):
        return [_plain(v) for v in (value.tolist() if hasattr(value, "tolist") else value)]
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def with_data(fig: go.Figure, frame: pd.DataFrame, *, value: str | None = None) -> go.Figure:
    """Keep the data a chart draws inside the figure (`layout.meta["data"]`), in place: every CSV
    export of the chart writes exactly it (`jdash.export.chart_data`). `value` names the column
    of the drawn quantity (bar lengths, colours).

    >>> with_data(go.Figure(), pd.DataFrame({"county": ["泗水县"], "articles": [3]})).layout.meta["data"]["rows"]
    [['泗水县', 3]]
    """
    meta = dict(fig.layout.meta or {})
    meta["data"] = {"columns": [str(c) for c in frame.columns], "value": value,
                    "rows": [[_plain(v) for v in row] for row in frame.itertuples(index=False, name=None)]}
    fig.update_layout(meta=meta)
    return fig


MIN_SPAN = pd.Timedelta(days=60)


def padded_date_range(days: pd.Series) -> dict:
    """A date axis's range at least `MIN_SPAN` wide around the dates: over one day alone the axis ticked hours
    and milliseconds (`23:59:59.999 May 4, 2019`); a wider span keeps plotly's own range (an empty dict).

    >>> padded_date_range(pd.to_datetime(pd.Series(["2019-05-05"])))["range"]
    ['2019-04-05', '2019-06-04']
    >>> padded_date_range(pd.to_datetime(pd.Series(["2019-01-01", "2020-01-01"])))
    {}
    """
    first, last = days.min(), days.max()
    if last - first >= MIN_SPAN:
        return {}
    middle, half = first + (last - first) / 2, MIN_SPAN / 2
    return {"range": [(middle - half).date().isoformat(), (middle + half).date().isoformat()]}
