"""One metric compared across counties: one bar per stated figure, with its period in the hover."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, colour, empty, esc, short, with_data

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


def _label(a, v, u) -> str:
    return f"{'' if pd.isna(a) else a}{v:g}{'' if pd.isna(u) else u}"


def metric_comparison(df: pd.DataFrame, *, metric: str, title: str | None = None) -> go.Figure:
    """`df`: county, value, unit, normalised_value, base_unit, period, subject, sentence … as from
    `views.metric_comparison` (one row per county, `period_class` the period compared) or
    `queries.metric_comparison`. Each figure is a bar labelled as printed, never summed; bars are
    coloured by period with a legend (the period compared, or each figure's printed period), the axes
    name the county and the unit."""
    period = df["period_class"] if "period_class" in df else df.get("period", pd.Series(None, index=df.index))
    one_period = f" · {esc(period.iloc[0])}" if period.nunique() == 1 and "period_class" in df else ""
    title = title if title is not None else f"{esc(metric)} by county{one_period}"
    if df.empty:
        return empty(title, f"No county states {esc(metric)}")
    values, unit = display_values(df)
    period = period.where(period.notna() & (period.astype(str) != ""), "period not printed").astype(str)
    df = df.assign(_shown=values.to_numpy(), _period=period.to_numpy())
    one_each = df["county"].is_unique
    fig = go.Figure()
    for i, (label, part) in enumerate(df.groupby("_period", sort=False)):
        approx = part["approx"] if "approx" in part else [None] * len(part)
        printed = [_label(a, v, u) for a, v, u in zip(approx, part["value"], part["unit"])]
        fig.add_trace(go.Bar(
            x=[esc(c) for c in part["county"]], y=part["_shown"].tolist(), name=esc(label),
            marker_color=colour(i), text=[esc(t) for t in printed], textposition="outside", cliponaxis=False,
            offsetgroup="one" if one_each else None, width=0.6 if one_each else None,
            customdata=[[esc(t), esc(p if isinstance(p, str) else ""),
                         esc(short(s if isinstance(s, str) else "", 24)),
                         esc(short(sent if isinstance(sent, str) else "", 60))]
                        for t, p, s, sent in zip(printed, part["period"], part["subject"], part["sentence"])],
            hovertemplate="%{x}: %{customdata[0]}<br>%{customdata[1]} %{customdata[2]}"
                          "<br><i>%{customdata[3]}</i><extra></extra>",
        ))
    fig.update_layout(barmode="group", showlegend=True, legend={"title": {"text": "period"}})
    fig.update_xaxes(title_text="county")
    fig.update_yaxes(title_text=esc(f"{metric} ({unit})" if unit else metric))
    shown = df.assign(metric=metric, shown=df["_shown"], shown_unit=unit, period_compared=df["_period"])
    with_data(fig, shown[[c for c in ("county", "metric", "shown", "shown_unit", "period_compared", "approx", "value",
                                      "unit", "period", "subject", "issue_date", "sentence") if c in shown]], value="shown")
    return base_layout(fig, title=title, height=400)
