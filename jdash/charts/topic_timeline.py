"""Articles per topic over issue date: stacked bars on a real time axis."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, distinct_colours, empty, esc, with_data

# Bar width in milliseconds per bin, a little under the bin so bars do not touch.
_WIDTH_MS = {"D": 0.8 * 86_400_000, "W": 6 * 86_400_000, "M": 26 * 86_400_000, "Y": 330 * 86_400_000}
_HALF = {"D": pd.Timedelta(hours=12), "W": pd.Timedelta(days=3.5), "M": pd.Timedelta(days=15),
         "Y": pd.Timedelta(days=182)}
# Ticks no finer than a bin, labelled to the bin: a few bars otherwise drew hour ticks (00:00, 12:00).
_TICK = {"D": ("%Y-%m-%d", 86_400_000), "W": ("%Y-%m-%d", 7 * 86_400_000), "M": ("%Y-%m", "M1"), "Y": ("%Y", "M12")}
_FEW_BINS = 12
# Yearly and monthly bars are labelled under their middle with the bin they count (`2011`, `2016-03`): a tick
# at the start of a year stands between two bars, and the 2011 bar read as 2012's. Every k-th bin is labelled
# (k from _STEPS), so at most _MOST_LABELS labels.
_CENTRED = {"Y": ("YS", "%Y", (1, 2, 5, 10, 20, 50, 100)), "M": ("MS", "%Y-%m", (1, 2, 3, 6, 12, 24, 60, 120))}
_MOST_LABELS = 16


def topic_timeline(df: pd.DataFrame, *, freq: str = "M", title: str | None = "Articles per topic",
                   topic_order: list[str] | None = None) -> go.Figure:
    """`df`: period (bin start), topic, articles — as from `queries.topic_timeline`.

    One bar trace per topic, stacked, centred on the middle of its bin. Each bar's `customdata`
    is (bin start as ISO date, topic), which the page reads from a click to list the articles.
    `topic_order` (every topic of the corpus) fixes each topic's colour, whatever the filters; every
    topic has a hue of its own.
    """
    if df.empty:
        return empty(title, "No dated articles for these filters")
    fig = go.Figure()
    order = list(topic_order or [])
    order += [t for t in dict.fromkeys(df["topic"]) if t not in order]
    colours = distinct_colours(len(order))
    for topic, part in df.groupby("topic", sort=False):
        col = colours[order.index(topic)]
        starts = pd.to_datetime(part["period"])
        fig.add_trace(go.Bar(
            name=esc(topic),
            x=(starts + _HALF[freq]).tolist(),
            y=part["articles"].tolist(),
            width=[_WIDTH_MS[freq]] * len(part),
            marker_color=col,
            customdata=[[s.date().isoformat(), str(topic)] for s in starts],
            hovertext=[f"{esc(topic)}<br>{s.date().isoformat()}" for s in starts],
            hovertemplate="%{hovertext}: %{y} articles<extra></extra>",
        ))
    fig.update_layout(barmode="stack", legend_title_text="topic", showlegend=True,  # one topic alone keeps its key
                      clickmode="event+select")
    # Pad the axis by a bin on each side, so one bar does not fill the plot (and hours show as ticks).
    starts = pd.to_datetime(df["period"])
    pad = 2 * _HALF[freq]
    fig.update_xaxes(type="date", title_text="issue date", tickformat=_TICK[freq][0],
                     range=[(starts.min() - pad).isoformat(), (starts.max() + 3 * pad).isoformat()])
    if freq in _CENTRED:
        where, labels = bin_ticks(starts, freq)
        fig.update_xaxes(tickmode="array", tickvals=where, ticktext=labels)
    elif (starts.max() - starts.min()) <= _FEW_BINS * 2 * _HALF[freq]:
        fig.update_xaxes(dtick=_TICK[freq][1])
    # Counts are whole: a short bar otherwise drew ticks at 0.5.
    fig.update_yaxes(title_text="articles", rangemode="tozero",
                     dtick=1 if df.groupby("period")["articles"].sum().max() <= 5 else None)
    with_data(fig, df[["period", "topic", "articles"]], value="articles")
    return base_layout(fig, title=title, height=440)


def bin_ticks(starts: pd.Series, freq: str) -> tuple[list[str], list[str]]:
    """Ticks for yearly or monthly bins ("Y", "M") from the first of `starts` to the last: the middle of
    every k-th bin (where its bar is drawn) and the bin's name, at most `_MOST_LABELS` of them.

    >>> bin_ticks(pd.Series(pd.to_datetime(["2011-01-01", "2013-01-01"])), "Y")
    (['2011-07-02T00:00:00', '2012-07-01T00:00:00', '2013-07-02T00:00:00'], ['2011', '2012', '2013'])
    >>> bin_ticks(pd.Series(pd.to_datetime(["1990-01-01", "2025-01-01"])), "Y")[1]
    ['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']
    """
    alias, fmt, steps = _CENTRED[freq]
    first, last = (pd.Timestamp(t).to_period(freq).start_time for t in (starts.min(), starts.max()))
    bins = pd.date_range(first, last, freq=alias)
    step = next((k for k in steps if math.ceil(len(bins) / k) <= _MOST_LABELS), steps[-1])
    # Labelled bins on round numbers (every 5th year: 2010, 2015 …; every 3rd month: January, April …).
    count = (lambda b: b.year) if freq == "Y" else (lambda b: 12 * b.year + b.month - 1)
    shown = [b for b in bins if count(b) % step == 0] or list(bins[:1])
    return [(b + _HALF[freq]).isoformat() for b in shown], [b.strftime(fmt) for b in shown]
