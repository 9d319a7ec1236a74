"""One metric compared across counties: one bar per stated figure, with its period in the hover."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, colour, empty, esc, short

_SCALES = ((1e8, "亿"), (1e4, "万"))


def display_values(df: pd.DataFrame) -> tuple[pd.Series, str]:
    """Values on one comparable scale, and its unit: as printed when every figure shares a unit,
    else normalised (元, 人 …) and scaled to 亿/万 for readability."""
    units = set(df["unit"].dropna())
    if len(units) == 1:
        return df["value"].astype(float), units.pop()
    base = df["base_unit"].dropna()
    base_unit = base.iloc[0] if len(base) else ""
    values = df["normalised_value"].astype(float).fillna(df["value"].astype(float))
    top = values.abs().max()
    for factor, prefix in _SCALES:
        if top >= factor:
            return values / factor, prefix + base_unit
    return values, base_unit


def metric_comparison(df: pd.DataFrame, *, metric: str, title: str | None = None) -> go.Figure:
    """`df`: county, value, unit, normalised_value, base_unit, period, subject, sentence … as from
    `queries.metric_comparison`. Figures from different periods are shown side by side, never summed."""
    title = title if title is not None else f"{esc(metric)} by county"
    if df.empty:
        return empty(title, f"No county states {esc(metric)}")
    values, unit = display_values(df)
    df = df.assign(_shown=values.to_numpy(), _rank=df.groupby("county").cumcount())
    fig = go.Figure()
    for rank, part in df.groupby("_rank", sort=True):
        fig.add_trace(go.Bar(
            x=[esc(c) for c in part["county"]], y=part["_shown"].tolist(), name=f"figure {rank + 1}",
            marker_color=colour(int(rank)), showlegend=False,
            customdata=[[esc(f"{'' if pd.isna(a) else a}{v:g}{u}"), esc(p if isinstance(p, str) else ""),
                         esc(short(s if isinstance(s, str) else "", 24)), esc(short(sent if isinstance(sent, str) else "", 60))]
                        for a, v, u, p, s, sent in zip(part["approx"] if "approx" in part else [None] * len(part),
                                                       part["value"], part["unit"], part["period"],
                                                       part["subject"], part["sentence"])],
            hovertemplate="%{x}: %{customdata[0]}<br>%{customdata[1]} %{customdata[2]}"
                          "<br><i>%{customdata[3]}</i><extra></extra>",
        ))
    fig.update_layout(barmode="group")
    fig.update_yaxes(title_text=esc(unit))
    return base_layout(fig, title=title, height=380)
