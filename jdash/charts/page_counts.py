"""Articles per page, stacked by kind."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, colour, empty, esc, with_data
from jdash.model import KINDS


def page_counts(df: pd.DataFrame, *, title: str | None = "Articles per page and kind") -> go.Figure:
    """`df`: source, issue_date, kind, articles (one row per page and kind); with issue_year, a page
    known only to its year is labelled with the year."""
    if df.empty:
        return empty(title)
    pages = df.drop_duplicates("source")[["source", "issue_date"]]
    years = dict(zip(df["source"], df["issue_year"])) if "issue_year" in df else {}
    labels: dict[str, str] = {}
    for r in pages.itertuples(index=False):
        label = esc(_date_of(r.issue_date, years.get(r.source)) + page_name(r.source))
        while label in labels.values():  # two pages whose names start alike stay two bars
            label += "′"
        labels[r.source] = label
    order = [labels[s] for s in pages["source"]]
    fig = go.Figure()
    for i, (kind, part) in enumerate(df.groupby("kind", sort=False)):
        fig.add_trace(go.Bar(
            name=esc(kind), x=[labels[s] for s in part["source"]], y=part["articles"].tolist(),
            marker_color=kind_colour(kind, i), customdata=part["source"].tolist(),
            hovertext=[esc(s) for s in part["source"]],
            hovertemplate="%{hovertext}<br>" + esc(kind) + ": %{y}<extra></extra>",
        ))
    fig.update_layout(barmode="stack", legend_title_text="kind", showlegend=True)  # one kind alone keeps its key
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=order)
    fig.update_yaxes(title_text="articles")
    # The CSV keeps the year of a page known only to its year (its issue_date is empty), as the bar's label does.
    # The year as a whole number ('2016', not '2016.0': a column with empty cells came as floats).
    data = df.assign(issue_year=df["issue_year"].astype("Int64")) if "issue_year" in df else df
    with_data(fig, data[[c for c in ("source", "issue_date", "issue_year", "kind", "articles") if c in df]], value="articles")
    # Labels slanted always, with room for the longest: an exported image's caption goes under that room
    # (plotly's own automatic margin is unknown to it, and the caption overlapped slanted labels). Upright
    # when the bars are many: 37 pages' labels at 30° ran into each other.
    angle = 30 if len(order) <= _SLANTED_MOST else 90
    room = label_room(max(len(label) for label in order), angle)
    base_layout(fig, title=title, height=360 + room - label_room(max(len(label) for label in order)))
    fig.update_xaxes(tickangle=-angle)
    fig.update_layout(margin_b=room)
    return fig


# The most bars whose labels fit slanted at 30° side by side in a dashboard-wide chart (~900 px of plot:
# a label's line needs ~14 px across its slant, 28 px between bars at 30°).
_SLANTED_MOST = 30


def label_room(chars: int, angle: int = 30) -> int:
    """Pixels under the plot for x labels of `chars` characters slanted at `angle`° (font 13).

    >>> label_room(23), label_room(23, 90)
    (116, 208)
    """
    return 24 + round(math.sin(math.radians(angle)) * 8 * chars)


def kind_colour(kind: str, i: int) -> str:
    """One colour per kind of article whatever kinds a view holds (news is always the first colour);
    a kind jdash does not know takes one after them.

    >>> kind_colour("news", 3) == colour(0), kind_colour("photo", 0) == colour(5)
    (True, True)
    """
    return colour(KINDS.index(kind) if kind in KINDS else len(KINDS) + i)


def page_name(source, n: int = 12) -> str:
    """A page's short name under its bar: without `.txt`, cut to `n` characters with an ellipsis (the
    hover gives the whole). Cut blindly at 12 characters, `i04_gb18030.txt` read `i04_gb18030.` and
    `pages/i02.txt` read `pages/i02.tx`.

    >>> page_name("pages/i02.txt"), page_name("003_85b82fb2a4452231.txt"), page_name("ab.TXT")
    ('pages/i02', '003_85b82fb2…', 'ab')
    """
    name = str(source)
    name = name[:-4] if name.lower().endswith(".txt") else name
    return name if len(name) <= n else name[:n] + "…"


def _date_of(issue_date, year) -> str:
    """`2016-06-04 `, `2016 ` for a page known only to its year, `undated ` (a bare page name among dated
    ones did not say it had no date).

    >>> _date_of(pd.Timestamp("2016-06-04"), 2016), _date_of(None, 2016), _date_of(None, pd.NA)
    ('2016-06-04 ', '2016 ', 'undated ')
    """
    if pd.notna(issue_date):
        return f"{pd.Timestamp(issue_date):%Y-%m-%d} "
    return f"{int(year)} " if year is not None and pd.notna(year) else "undated "
