"""Small Streamlit building blocks shared by the pages: the sidebar filters bound to the URL,
notices, export buttons, escaped text and links. No data logic here: that lives in jdash."""

from __future__ import annotations

import html
import inspect
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st

from jdash import export, queries
from jdash.dates import date_label
from jdash.errors import JdashError
from jdash.filters import DATED, LIST_PARAMS, MAX_VALUES, PARAM_NAMES, Filters, parse_params, parse_range
from ui import cache

# The sidebar's lists: no "Select all" (all officials is no filter, yet it filled the address with
# 83 names, of which the first 50 were used: a narrower view than none), and at most the values a
# link may carry.
_MANY = {"select_all": False, "max_selections": MAX_VALUES}

PAGES = {
    "overview": "pages/overview.py",
    "timeline": "pages/timeline.py",
    "keywords": "pages/keywords.py",
    "network": "pages/network.py",
    "counties": "pages/counties.py",
    "articles": "pages/articles.py",
    "upload": "pages/upload.py",
}

# Pages the filters mean nothing on: no sidebar filters there (the filters in force are kept for the next page).
NO_FILTERS = {"upload"}
_WIDGET = {"counties": "f_county", "topics": "f_topic", "officials": "f_official", "q": "f_q", "start": "f_start", "end": "f_end",
           "dated": "f_dated"}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&])")


# ---------------------------------------------------------------- text


def md(text) -> str:
    """Text made safe for a Markdown label: every Markdown/HTML character is backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", "" if text is None else str(text)).replace("\n", " ")


def esc(text) -> str:
    return html.escape("" if text is None else str(text))


def text(value) -> str:
    """A cell as text: None and NaN become ''."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def fmt_date(value, year=None) -> str:
    """The day; the year alone (`2021 (year only)`) when only the year is known; else `undated`."""
    if value is None or pd.isna(value):
        return date_label(None, None if year is None or pd.isna(year) else year)
    return pd.Timestamp(value).date().isoformat()


def figure_when(period: str, issue_date: str, issue_year=None) -> str:
    """When a figure is of, as a county card says it: its period, and that the page's issue date is unknown
    when nothing else gives the year (`1-9月` or `去年` on an undated page read as if they were recent); a
    page known only to its year gives it (its period shown already carries it: `views.clean_figures`).

    >>> figure_when("2023年1-9月", ""), figure_when("1-9月", "2013-11-18"), figure_when("去年", "")
    ('2023年1-9月', '1-9月', '去年 (issue date unknown)')
    >>> figure_when("", ""), figure_when("", "2014-06-03"), figure_when("", "", 2015), figure_when("十三五以来", "", 2015)
    ('issue date unknown', '', '2015 (year only)', '十三五以来 (2015 (year only))')
    """
    if text(issue_date) or re.search(r"(19|20)\d\d", text(period)):
        return text(period)
    known = "" if issue_year is None or pd.isna(issue_year) else date_label(None, issue_year)
    if known:
        return f"{period} ({known})" if text(period) else known
    return f"{period} (issue date unknown)" if text(period) else "issue date unknown"


def issue_column(df: pd.DataFrame) -> pd.DataFrame:
    """A table of figures with its `issue_date` as shown (`fmt_date`): the day, `2015 (year only)`, or `undated`.

    >>> issue_column(pd.DataFrame({"issue_date": ["2014-06-03", "", ""], "issue_year": [2014, 2015, None]}))["issue_date"].tolist()
    ['2014-06-03', '2015 (year only)', 'undated']
    """
    years = df["issue_year"] if "issue_year" in df else pd.Series(None, index=df.index)
    return df.assign(issue_date=[fmt_date(d or None, y) for d, y in zip(df["issue_date"], years)])


CAPTIONED = ("photo", "notice")  # kinds whose headline, when printed none, is their text's first words
FIXED = " (fixed by the user)"  # after a figure the user fixed, wherever one is shown (the reader says it so too)


def figures_shown(df: pd.DataFrame) -> pd.DataFrame:
    """A table of figures as shown: `issue_column`, and each figure the user fixed marked so in its `figure`
    (the Counties page's tables showed a fixed figure as if jdash had read it; exports carry `corrected_by`).

    >>> figures_shown(pd.DataFrame({"figure": ["85万人次", "3个"], "corrected_by": ["user", None], "issue_date": ["", ""],
    ...                             "issue_year": [2019, 2019]}))["figure"].tolist()
    ['85万人次 (fixed by the user)', '3个']
    """
    fixed = df["corrected_by"] if "corrected_by" in df else pd.Series(None, index=df.index)
    return issue_column(df).assign(figure=[f"{f}{FIXED}" if text(by) else f for f, by in zip(df["figure"], fixed)])


def row_date(row) -> str:
    """`fmt_date` of a row of the articles table (its issue_date and issue_year)."""
    return fmt_date(row["issue_date"], row.get("issue_year") if hasattr(row, "get") else None)


# ---------------------------------------------------------------- filters ↔ URL


def _params_from_url() -> dict[str, list[str]]:
    qp = st.query_params
    return {k: qp.get_all(k) for k in PARAM_NAMES if k in qp}


def _write_url(f: Filters) -> None:
    qp = st.query_params
    for k in PARAM_NAMES:
        if k in qp:
            del qp[k]
    for k, v in f.to_params().items():
        qp[k] = v
    st.session_state["_synced"] = f.key()
    st.session_state["_filters"] = f


def _widgets_to_filters() -> Filters:
    ss = st.session_state
    typed = parse_range(ss.get(_WIDGET["start"]), ss.get(_WIDGET["end"]))
    current = ss.get("_filters", Filters())
    # An inverted range is said in the sidebar and not applied: the dates in force stay.
    start, end = (current.start, current.end) if typed.inverted else (typed.start, typed.end)
    return Filters(start=start, end=end, counties=tuple(ss.get(_WIDGET["counties"], ())),
                   topics=tuple(ss.get(_WIDGET["topics"], ())),
                   officials=tuple(ss.get(_WIDGET["officials"], ())),
                   q=(ss.get(_WIDGET["q"]) or "").strip()[:200], dated=ss.get(_WIDGET["dated"]) or "")


def _on_change() -> None:
    _write_url(_widgets_to_filters())


def _clear() -> None:
    _write_url(Filters())
    _set_widgets(Filters())


def _set_widgets(f: Filters) -> None:
    ss = st.session_state
    ss[_WIDGET["counties"]] = list(f.counties)
    ss[_WIDGET["topics"]] = list(f.topics)
    ss[_WIDGET["officials"]] = list(f.officials)
    ss[_WIDGET["q"]] = f.q
    ss[_WIDGET["dated"]] = f.dated
    ss[_WIDGET["start"]] = f.start.isoformat() if f.start else ""
    ss[_WIDGET["end"]] = f.end.isoformat() if f.end else ""


def _date_boxes(first, last) -> None:
    """Issue dates as two boxes that apply on Enter (a date widget applies only when focus leaves
    it, and silently swaps an inverted range); what is wrong with the typed dates is said below."""
    hint = ("Type a date and press Enter: 2022-05-07, 2022/5/7, 2022年5月7日, 2022-05 or 2022. Empty: no bound. "
            "Articles whose issue date falls in the range are kept (undated ones drop out).")
    a, b = st.columns(2)
    a.text_input("Issue dates from", key=_WIDGET["start"], on_change=_on_change, max_chars=20,
                 placeholder=first if first and first != "—" else "YYYY-MM-DD", help=hint)
    b.text_input("to", key=_WIDGET["end"], on_change=_on_change, max_chars=20,
                 placeholder=last if last and last != "—" else "YYYY-MM-DD")
    for problem in parse_range(st.session_state.get(_WIDGET["start"]), st.session_state.get(_WIDGET["end"])).problems:
        st.error(md(problem), icon=":material/event_busy:")


def sidebar_filters(page_key: str) -> tuple[Filters, list[str]]:
    """Draw the shared sidebar filters and keep them in the URL query string.

    The URL wins when it changed from outside (first load, a link, back button); a page switch
    that dropped the parameters gets them back from the session. Returns the filters in force
    and notices about ignored values.
    """
    ss = st.session_state
    opts = cache.options()
    side = cache.sidebar()
    first, last = side.first_label, side.last_label  # a year alone when a page known only to its year ends the span
    ss["_span"] = (side.first, side.last)
    parsed = parse_params(_params_from_url(), counties=opts["counties"], topics=opts["topics"],
                          officials=opts["officials"])
    url_filters, notices = parsed.filters, parsed.notices
    previous_page = ss.get("_page")
    ss["_page"] = page_key
    has_params = any(k in st.query_params for k in PARAM_NAMES)
    if not has_params and previous_page not in (None, page_key) and not ss.get("_filters", Filters()).is_empty:
        _write_url(ss["_filters"])  # navigation dropped the query string: restore it
        _set_widgets(ss["_filters"])
        url_filters = ss["_filters"]
    elif url_filters.key() != ss.get("_synced") or notices:
        _set_widgets(url_filters)
        # Rewrite the address: it then shows the cleaned values, and also follows a link to the
        # same page (which does not update the address bar by itself).
        _write_url(url_filters)
    elif previous_page != page_key or any(k not in ss for k in _WIDGET.values()):
        _set_widgets(ss.get("_filters", Filters()))  # a page change may drop the widgets' state

    with st.sidebar:
        st.markdown("**Filters**")
        _date_boxes(first, last)
        st.multiselect("Counties", opts["counties"], key=_WIDGET["counties"], on_change=_on_change,
                       placeholder="All counties", **_MANY)
        st.multiselect("Topics", opts["topics"], key=_WIDGET["topics"], on_change=_on_change,
                       placeholder="All topics", **_MANY)
        st.multiselect("Officials", opts["officials"], key=_WIDGET["officials"], on_change=_on_change,
                       placeholder="All officials", **_MANY)
        st.text_input("Search text", key=_WIDGET["q"], on_change=_on_change,
                      placeholder="e.g. 算力中心", max_chars=200)
        st.selectbox("Issue date", ["", *DATED], key=_WIDGET["dated"], on_change=_on_change,
                     format_func=lambda k: DATED.get(k, "any, or none"),
                     help="Pages whose year is too weakly evidenced have no issue date: list them here.")
        f = ss.get("_filters", Filters())
        if not f.is_empty:
            st.button("Clear filters", on_click=_clear, icon=":material/filter_alt_off:")
        st.caption("The filters live in the page address: bookmark or share it.")
    return ss.get("_filters", Filters()), notices


def setup(page_key: str) -> Filters:
    """What every run does before its page: build the store on first use, draw the sidebar
    filters from the URL, show notices about ignored values. Returns the filters in force."""
    try:
        built = cache.ensure_store()
    except JdashError as err:  # a bad setting, a locked or unreadable store …
        st.error(f"The store could not be prepared: {err}", icon=":material/error:")
        st.stop()
    if built:
        st.toast(built, icon=":material/database:")
    if page_key in NO_FILTERS:
        st.session_state["_page"] = page_key
        return st.session_state.get("_filters", Filters())
    filters, notices = sidebar_filters(page_key)
    show_notices(notices)
    return filters


def _ensure_router() -> None:
    """Make sure the shared setup ran in this run.

    With a `pages/` folder beside app.py, Streamlit runs a page file on its own (its old
    multipage mode) until some run has called `st.navigation`: a server's first request for
    /counties?county=… would skip app.py, hence the store check and the filters. Switch the old
    mode off for later runs; rerun a session's first run through app.py, and do the setup here
    for any other (a rerun would drop a button click made in this run).
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        if "_page" not in st.session_state:
            st.rerun()  # a new session has no click to lose: go through app.py (its menu, its setup)
        caller = inspect.stack()[2].filename
        setup(Path(caller).stem)


def sync_url() -> None:
    """Rewrite the address bar from the filters in force (drops page parameters not set this run)."""
    _write_url(current_filters())


def current_filters() -> Filters:
    """The filters in force (app.py's sidebar has read them from the URL). Every page calls this first."""
    _ensure_router()
    return st.session_state.get("_filters", Filters())


def show_notices(notices: Iterable[str]) -> None:
    for n in notices:
        st.warning(n, icon=":material/info:")


def filter_caption(f: Filters, n: int) -> None:
    st.caption(f"{count(n, 'article')} · {md(f.describe())}")


def count(n: int, noun: str, plural: str | None = None) -> str:
    """A number and its noun, plural unless the number is one ("1 files" was said).

    >>> count(1, "file"), count(0, "page"), count(3, "county", "counties")
    ('1 file', '0 pages', '3 counties')
    """
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def verb(n: int, one: str, many: str) -> str:
    """The verb that agrees with a count of `n` ("1 articles are …" was said).

    >>> count(1, "article") + " " + verb(1, "is", "are"), count(2, "page") + " " + verb(2, "has", "have")
    ('1 article is', '2 pages have')
    """
    return one if n == 1 else many


# ---------------------------------------------------------------- links


def link_params(**changes) -> dict[str, str | list[str]]:
    """The current filters with some fields changed, as query parameters for a link."""
    f = current_filters()
    extra = {k: v for k, v in changes.items()
             if k not in ("counties", "topics", "officials", "start", "end", "q", "dated")}
    f = f.replace(**{k: v for k, v in changes.items() if k not in extra})
    params = f.to_params()
    params.update({k: v for k, v in extra.items() if v is not None})
    return params


def go(page: str, **changes) -> None:
    """Switch to a page with the current filters changed (e.g. a clicked county)."""
    st.switch_page(PAGES[page], query_params=link_params(**changes))


def clicked_values(event, index: int = 0) -> list[str]:
    """`customdata[index]` of each selected point (charts put the full label there)."""
    out = []
    for p in selected_points(event):
        custom = p.get("customdata") if isinstance(p, dict) else getattr(p, "customdata", None)
        if isinstance(custom, (list, tuple)) and len(custom) > index:
            out.append(str(custom[index]))
        elif isinstance(custom, str) and index == 0:
            out.append(custom)
    return out


def headline_or_kind(headline, kind=None) -> str:
    """An article's headline, or what it is when it has none (a link labelled `2023-01-04 · ` led nowhere
    anyone could tell); a photo's or notice's headline is its caption's first words, so it says what it is
    (`1984年9月22日，首届…` read as a headline made of a sentence).

    >>> headline_or_kind("济宁新闻", "news"), headline_or_kind(None, "photo"), headline_or_kind(" ")
    ('济宁新闻', '(no headline: photo)', '(no headline)')
    >>> headline_or_kind("1984年9月22日，首届开幕式举行", "photo")
    '(photo) 1984年9月22日，首届开幕式举行'
    """
    if text(headline).strip():
        return f"({kind}) {text(headline)}" if kind in CAPTIONED else text(headline)
    return f"(no headline: {kind})" if text(kind) else "(no headline)"


def article_link(row, *, label: str | None = None, key: str | None = None) -> None:
    """A link to the reader for one article (row of the articles table)."""
    kind = row.get("kind") if hasattr(row, "get") else None
    # A date the user set is marked so wherever it is shown (the reader says it; the lists showed it bare).
    given = " (set by the user)" if hasattr(row, "get") and row.get("date_source") == "user" else ""
    text = label or f"{row_date(row)}{given} · {headline_or_kind(row['headline'], kind)}"
    st.page_link(PAGES["articles"], label=md(text), query_params=link_params(article=row["id"]),
                 icon=":material/article:")


def article_links(df: pd.DataFrame, *, limit: int = 30, total: int | None = None) -> None:
    """Links to the first `limit` articles of `df`, then a count of the rest (of `total`, when `df`
    holds only the first of them)."""
    for _, row in df.head(limit).iterrows():
        article_link(row)
    total = len(df) if total is None else total
    if total > limit:
        st.caption(f"… and {total - limit} more.")


def shown_of(shown: int, total: int) -> None:
    """Say that a table shows the first `shown` of `total` rows (nothing when it shows them all)."""
    if total > shown:
        st.caption(f"The first {shown:,} of {total:,} are shown; the downloads hold them all.")


def value_links(values: pd.DataFrame, *, page: str, param: str, label_col: str = "value",
                count_col: str = "articles", limit: int = 10) -> None:
    """One link per value (top counties, topics, officials) into the page that explores it."""
    field = {"county": "counties", "topic": "topics", "official": "officials"}[param]
    for rec in values.head(limit).itertuples(index=False):
        value = getattr(rec, label_col)
        st.page_link(PAGES[page], label=f"{md(value)} · {getattr(rec, count_col)}",
                     query_params=link_params(**{field: [value]}))


# ---------------------------------------------------------------- charts and downloads


def chart(fig: go.Figure, *, key: str, name: str | None = None, on_select: bool = False,
          selection_mode=("points",), left_out: str = ""):
    """Render a figure with its PNG, SVG, HTML and CSV downloads under it (`downloads`, files named
    `name`, else `key`; `left_out`: what the chart does not draw, said in the images' caption); with
    `on_select`, return the selection event (a dict) or None."""
    config = {**export.PLOTLY_CONFIG, "toImageButtonOptions": {"format": "png", "scale": 2}}
    event = None
    if on_select:
        event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode=selection_mode, config=config,
                                width="stretch")
    else:
        st.plotly_chart(fig, key=key, config=config, width="stretch")
    downloads(fig, name=name or key, key=f"dl_{key}", left_out=left_out)
    return event


def selected_points(event) -> list[dict]:
    """Points of a plotly selection event (dicts in AppTest, attribute objects in a browser)."""
    if not event:
        return []
    sel = event.get("selection") if isinstance(event, dict) else getattr(event, "selection", None)
    if not sel:
        return []
    points = sel.get("points") if isinstance(sel, dict) else getattr(sel, "points", None)
    return list(points or [])


def caption(left_out: str = "") -> str:
    """The line under an exported chart: the filters in force, the corpus and its issue dates, what the
    chart leaves out, jdash."""
    f = current_filters()
    side = cache.sidebar()
    pages, articles = cache.store_counts()
    return export.caption_line(filters=f.describe(), pages=pages, articles=articles, first=side.first_label,
                               last=side.last_label, left_out=left_out)


def downloads(fig: go.Figure, *, name: str, key: str, left_out: str = "") -> None:
    """PNG, SVG, HTML and CSV buttons for a chart: the images and the HTML carry `caption()`, the CSV
    is the chart's own data (`export.chart_data`). Image bytes are made only when clicked."""
    row = st.container(horizontal=True, gap="small")
    fig_json, line = fig.to_json(), caption(left_out)
    available = cache.static_export_available()
    help_ = None if available else ("No Chrome/Chromium found: PNG/SVG export is off (install chromium or set "
                                    "BROWSER_PATH). HTML still works.")
    for fmt in ("png", "svg"):
        row.download_button(
            fmt.upper(), data=(lambda fmt=fmt: cache.image_bytes(fig_json, fmt, line)) if available else b"",
            file_name=f"{name}.{fmt}", mime=export.MIME[fmt], key=f"{key}_{fmt}", disabled=not available,
            help=help_, on_click="ignore", icon=":material/image:",
        )
    row.download_button("HTML", data=lambda: export.figure_html(pio.from_json(fig_json), title=name, caption=line),
                        file_name=f"{name}.html", mime="text/html", key=f"{key}_html",
                        on_click="ignore", icon=":material/code:")
    row.download_button("CSV", data=lambda: export.table_csv(export.chart_data(pio.from_json(fig_json))),
                        file_name=f"{name}.csv", mime="text/csv", key=f"{key}_csv", on_click="ignore",
                        icon=":material/table:")
    if not available:
        st.caption("No Chrome/Chromium was found, so PNG/SVG export is unavailable; HTML export works.")


def table_downloads(df, *, name: str, key: str, jsonl: bool = True) -> None:
    """CSV and JSONL buttons for a table; `df` may be a function returning it, called only on a click
    (a large table, such as every filtered article with its body, is then read only when asked for)."""
    def get() -> pd.DataFrame:
        return df() if callable(df) else df

    row = st.container(horizontal=True, gap="small")
    cols = [row, row]
    cols[0].download_button("CSV", data=(lambda: export.table_csv(get())) if callable(df) else export.table_csv(df),
                            file_name=f"{name}.csv", mime="text/csv",
                            key=f"{key}_csv", on_click="ignore", icon=":material/table:")
    if jsonl:
        cols[1].download_button("JSONL", data=lambda: export.table_jsonl(get()), file_name=f"{name}.jsonl",
                                mime="application/x-ndjson", key=f"{key}_jsonl", on_click="ignore",
                                icon=":material/data_object:")


# ---------------------------------------------------------------- article reader


_MARK_STYLE = {
    "official": "background:#dbe9ff;border-bottom:2px solid #4C78A8",
    "county": "background:#dff3dc;border-bottom:2px solid #54A24B",
    "figure": "background:#ffe9cc;border-bottom:2px solid #F58518",
}


def highlighted_html(text: str, marks: dict[str, str]) -> str:
    """Article text as HTML: every piece escaped, highlights as <mark> spans we write ourselves."""
    paras = []
    for para in (text if isinstance(text, str) else "").split("\n\n"):
        out = []
        for piece, kind in queries.article_segments(para, marks):
            if kind:
                out.append(f'<mark class="jd-{kind}" title="{kind}" style="{_MARK_STYLE[kind]}">{esc(piece)}</mark>')
            else:
                out.append(esc(piece))
        paras.append("<p style=\"line-height:1.9;margin:0 0 0.8em\">" + "".join(out).replace("\n", "<br>") + "</p>")
    return "<div class=\"jd-article\">" + "".join(paras) + "</div>"


def legend_html() -> str:
    return " ".join(f'<mark style="{style}">{kind}</mark>' for kind, style in _MARK_STYLE.items())


# ---------------------------------------------------------------- keyword in context

_KWIC_STYLE = """<style>
.jd-kwic{max-height:520px;overflow-y:auto;border:1px solid #e6e6e6;border-radius:6px}
.jd-kwic table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:0.92em}
.jd-kwic td{padding:3px 6px;border-bottom:1px solid #f0f0f0;white-space:nowrap;overflow:hidden}
.jd-kwic td.d{color:#888;width:6.5em}
.jd-kwic td.a{width:3.5em}
.jd-kwic td.l>div{display:flex;justify-content:flex-end;overflow:hidden}
.jd-kwic td.m{text-align:center;font-weight:600;background:#fff3c4}
</style>"""


def kwic_html(kwic: pd.DataFrame, links: list[str]) -> str:
    """Keyword in context as an HTML table: the left context right-aligned against the keyword (a
    long one is cut on its far side, so the words just before the keyword always show), the right
    context left-aligned; every piece of text escaped; `links` are the rows' reader addresses."""
    longest = max((len(str(m)) for m in kwic["match"]), default=1)
    width = f"<style>.jd-kwic td.m{{width:{longest * 1.1 + 1:.1f}em}}</style>"  # the keyword's column fits it
    rows = []
    for rec, link in zip(kwic.itertuples(index=False), links):
        rows.append(
            f'<tr><td class="d">{esc(fmt_date(rec.issue_date, getattr(rec, "issue_year", None)))}</td>'
            f'<td class="l"><div><span>{esc(rec.left)}</span></div></td>'
            f'<td class="m">{esc(rec.match)}</td><td class="r">{esc(rec.right)}</td>'
            f'<td class="a"><a href="{esc(link)}" title="{esc(rec.headline)}">open</a></td></tr>')
    return _KWIC_STYLE + width + '<div class="jd-kwic"><table>' + "".join(rows) + "</table></div>"
