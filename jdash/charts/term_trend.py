"""How often a term appears over time."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, colour, empty, esc, padded_date_range, with_data


def term_trend(df: pd.DataFrame, *, term: str, title: str | None = None) -> go.Figure:
    """`df`: period, articles, mentions — as from `queries.term_trend`."""
    title = title if title is not None else f"“{esc(term)}” over time"
    if df.empty:
        return empty(title, f"“{esc(term)}” does not occur in dated articles")
    x = pd.to_datetime(df["period"]).tolist()
    fig = go.Figure([
        go.Bar(name="articles", x=x, y=df["articles"].tolist(), marker_color=colour(0),
               hovertemplate="%{x|%Y-%m-%d}: %{y} articles<extra></extra>"),
        go.Scatter(name="mentions", **_broken_where_bins_are_missing(x, df["mentions"].tolist()), mode="lines+markers",
                   line_color=colour(1), hovertemplate="%{x|%Y-%m-%d}: %{y} mentions<extra></extra>"),
    ])
    fig.update_xaxes(type="date", title_text="issue date", **padded_date_range(pd.Series(x)))
    fig.update_yaxes(title_text="count")
    with_data(fig, df[["period", "articles", "mentions"]].assign(term=term), value="articles")
    return base_layout(fig, title=title, height=340)


def _broken_where_bins_are_missing(x: list, y: list) -> dict[str, list]:
    """x and y of the mentions line, broken (a None point) where bins are missing between two points: the
    line ran straight from 2015 to 2018, as if the term had been printed in the years between. A gap is
    more than 1.5 times the closest two points (the bin).

    >>> t = pd.to_datetime(["2011-01-01", "2012-01-01", "2015-01-01"]).tolist()
    >>> _broken_where_bins_are_missing(t, [3, 4, 5])["y"]
    [3, 4, None, 5]
    """
    steps = [b - a for a, b in zip(x, x[1:])]
    if len(steps) < 2:
        return {"x": list(x), "y": list(y)}
    bin_ = min(steps)
    xs, ys = [x[0]], [y[0]]
    for step, at, value in zip(steps, x[1:], y[1:]):
        if step > 1.5 * bin_:
            xs.append(at - step / 2)
            ys.append(None)
        xs.append(at)
        ys.append(value)
    return {"x": xs, "y": ys}
