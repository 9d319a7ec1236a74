"""The reader's corrections (issue 13): one control per operation of jdash.corrections, an undo per
correction, and the list of orphaned corrections. Each click writes one correction to the store's
corrections file and applies it at once (`store.apply_corrections`: no page is parsed again); the
new store generation makes every cached view reload."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from jdash import corrections as C
from jdash.errors import JdashError
from jdash.model import KINDS
from jdash.tables import Corpus
from ui import cache, widgets as w


def _apply(new: C.Correction, message: str, article: str | None = None) -> None:
    from jdash import store

    try:
        store.apply_corrections(cache.store_dir(), [new])
    except JdashError as err:
        st.error(f"The correction was not saved: {err}")
        return
    outcome = next((o for o in C.status(cache.store_dir()) if o.correction.id == new.id), None)
    if outcome and outcome.status != C.APPLIED:
        st.session_state["cx_notice"] = f"Saved, but {outcome.status}: {outcome.detail}"
    else:
        st.session_state["cx_notice"] = message
    if article:
        st.query_params["article"] = article
    st.rerun()


def _anchorer(c: Corpus, source: str) -> C.Anchorer:
    page = c.articles.loc[c.articles["source"] == source].sort_values("order")
    digests = c.pages.loc[c.pages["source"] == source, "content_hash"]
    digest = str(digests.iloc[0]) if len(digests) else ""
    return C.Anchorer(source, digest, list(zip(page["id"], page["headline"], page["body"])))


def provenance(row: pd.Series) -> str:
    """'corrected by user 2026-12-01T23:59:00Z' for a corrected row, else ''."""
    who = w.text(row.get("corrected_by"))
    return f"corrected by {who} {w.text(row.get('corrected_at'))}".strip() if who else ""


def reader(c: Corpus, row: pd.Series) -> None:
    """The controls under an open article."""
    notice = st.session_state.pop("cx_notice", None)
    if notice:
        st.success(notice, icon=":material/edit:")
    _forget_other_article(row["id"])
    an = _anchorer(c, row["source"])
    with st.expander("Correct this article", icon=":material/edit:"):
        try:
            _page_date(an, row)
            _article_fields(an, row)
            _split_merge(an, row)
            _officials(c, an, row)
            _figures(c, an, row)
        except JdashError as err:
            st.error(f"This article cannot be corrected here: {err}")
    page_corrections(row["source"])


def _forget_other_article(article_id: str) -> None:
    """Drop the boxes' state when another article is open: widgets keep their state by key, so after
    'Next page' the boxes showed the previous article's headline, kind and page date, and one click
    on 'Fix headline' or 'Set page date' gave them to this one."""
    ss = st.session_state
    if ss.get("cx_open") != article_id:
        for k in [k for k in ss if str(k).startswith("cx_") and k != "cx_notice"]:
            del ss[k]
        ss["cx_open"] = article_id


def _page_date(an: C.Anchorer, row: pd.Series) -> None:
    st.markdown("**Issue date of the page** (all its articles)")
    page_date_control(an.page_anchor(), row["issue_date"], row.get("issue_year"), w.row_date(row))


def page_date_control(anchor: dict, current, year, was: str, key: str = "cx_date") -> None:
    """A date box, a 'year only' tick and 'Set page date', which stores a `set_date` correction for the
    page `anchor` names (kept with the store, applied again after every rebuild, shown as set by the
    user): the reader's control and the upload list's (`key` tells them apart)."""
    known_year = None if year is None or pd.isna(year) else int(year)
    # No made-up default: an undated page's box starts empty (it started at today, and one click set that),
    # a page known only to its year starts at its year with "year only" ticked.
    default = current.date() if not pd.isna(current) else dt.date(known_year, 1, 1) if known_year else None
    ss = st.session_state
    if f"{key}_year" not in ss:
        ss[f"{key}_year"] = bool(pd.isna(current) and known_year is not None)

    def typed() -> None:
        # A day typed into the box (not the 1 January it starts at) is a day: untick 'year only', which
        # stayed ticked for a page known to its year, so 2016-03-15 was stored as '2016'.
        day = ss.get(key)
        if day is not None and (day.month, day.day) != (1, 1):
            ss[f"{key}_year"] = False

    col, only, btn = st.columns([3, 1, 1])
    day = col.date_input("Issue date", value=default, min_value=dt.date(1940, 1, 1), key=key,
                         label_visibility="collapsed", on_change=typed)
    year_only = only.checkbox("year only", key=f"{key}_year", help="You know the year but not the day.")
    value = None if day is None else str(day.year) if year_only else day.isoformat()
    # Never disabled: a date typed into the empty box reaches the script only when the box loses focus,
    # and the click on the button that takes the focus away landed on a disabled button and was lost.
    if btn.button("Set page date", key=f"{key}_set"):
        if value is None:
            st.warning("Pick the issue date first, then set it.", icon=":material/event:")
        else:
            _apply(C.make("set_date", anchor, value, was=was), f"Page date set to {value} (by the user).")


def _article_fields(an: C.Anchorer, row: pd.Series) -> None:
    st.markdown("**Headline and kind**")
    col, btn = st.columns([3, 1])
    headline = col.text_input("Headline", value=w.text(row["headline"]), key="cx_headline",
                              label_visibility="collapsed")
    if btn.button("Fix headline", key="cx_headline_set") and headline.strip():
        _apply(C.make("set_headline", an.article(row["id"]), headline.strip(), was=w.text(row["headline"])),
               "Headline fixed.")
    col, btn = st.columns([3, 1])
    kinds = list(dict.fromkeys([*KINDS, row["kind"]]))
    kind = col.selectbox("Kind", kinds, index=kinds.index(row["kind"]), key="cx_kind", label_visibility="collapsed")
    if btn.button("Fix kind", key="cx_kind_set"):
        _apply(C.make("set_kind", an.article(row["id"]), kind, was=row["kind"]), f"Kind set to {kind}.")


def _split_merge(an: C.Anchorer, row: pd.Series) -> None:
    st.markdown("**Article boundaries**")
    index = an.page.ids.index(row["id"])
    if index > 0 and st.button("Merge with the previous article", key="cx_merge"):
        _apply(C.make("merge_previous", an.article(row["id"])), "Merged with the previous article.",
               article=an.page.ids[index - 1])
    paragraphs = w.text(row["body"]).split("\n\n")
    if len(paragraphs) < 2:
        if index == 0:  # else the heading stood over nothing
            st.caption("First on its page and one paragraph long: nothing to merge or split.")
        return
    col, title, btn = st.columns([2, 2, 1])
    at = col.selectbox("Split before paragraph", range(1, len(paragraphs)), key="cx_split_at",
                       format_func=lambda i: f"{i + 1}. {paragraphs[i][:18]}…")
    headline = title.text_input("New article's headline", key="cx_split_title")
    if btn.button("Split", key="cx_split"):
        _apply(C.make("split", an.paragraph(row["id"], at), headline.strip() or None),
               f"Split before paragraph {at + 1}.")


def _officials(c: Corpus, an: C.Anchorer, row: pd.Series) -> None:
    st.markdown("**Officials**")
    offs = c.officials.loc[c.officials["article_id"] == row["id"]].drop_duplicates("name")
    for i, o in enumerate(offs.itertuples(index=False)):
        col, btn = st.columns([3, 1])
        col.markdown(f"{w.md(o.name)} · {w.md(w.text(o.title))}")
        if btn.button("Not an official", key=f"cx_off_rej_{i}"):
            _apply(C.make("reject_official", an.official(row["id"], o.name), was=o.name),
                   f"{o.name} is no longer an official of this article.")
    name_col, title_col, btn = st.columns([2, 2, 1])
    name = name_col.text_input("Missed official: name", key="cx_off_name")
    title = title_col.text_input("Title", key="cx_off_title")
    if btn.button("Add official", key="cx_off_add") and name.strip():
        _apply(C.make("add_official", an.article(row["id"]), {"name": name.strip(), "title": title.strip()}),
               f"{name.strip()} added as an official.")


def _figures(c: Corpus, an: C.Anchorer, row: pd.Series) -> None:
    figs = c.figures.loc[c.figures["article_id"] == row["id"]]
    # An empty heading read as a panel that failed to load.
    st.markdown("**Figures**" if len(figs) else "**Figures**: none found in this article.")
    for i, f in enumerate(figs.itertuples(index=False)):
        printed = f"{w.text(f.approx)}{f.value:g}{w.text(f.unit)}"
        col, btn = st.columns([3, 1])
        col.markdown(f"{w.md(w.text(f.metric) or '—')}: **{w.md(printed)}** · {w.md(w.text(f.county))} · "
                     f"{w.md(w.text(f.period))}")
        anchor = an.figure(row["id"], f.value, f.unit, f.sentence)
        if btn.button("Reject figure", key=f"cx_fig_rej_{i}"):
            _apply(C.make("reject_figure", anchor, was=printed), f"Figure {printed} rejected.")
        with st.popover("Fix metric, unit, county or period", icon=":material/tune:"):
            values = {k: st.text_input(k.capitalize(), value=w.text(getattr(f, k)), key=f"cx_fig_{k}_{i}")
                      for k in C.FIGURE_FIELDS}
            changed = {k: v for k, v in values.items() if v.strip() != w.text(getattr(f, k))}
            if st.button("Fix figure", key=f"cx_fig_fix_{i}") and changed:
                _apply(C.make("fix_figure", anchor, changed, was={k: w.text(getattr(f, k)) for k in changed}),
                       f"Figure {printed} fixed.")


# The corrections list in words: the file keeps jdash.corrections' operation names ("set_date").
_SAID = {"set_date": "page date", "set_headline": "headline", "set_kind": "kind",
         "merge_previous": "merged with the previous article", "split": "split", "reject_official": "not an official:",
         "add_official": "official added", "reject_figure": "not a figure:", "fix_figure": "figure fixed:",
         "undo": "undo"}


def _describe(o: C.Outcome) -> str:
    c = o.correction
    what = c.anchor.get("text") or c.anchor.get("correction") or ""
    value = "" if c.value is None else f" → {said_value(c.value, c.was)}"
    return f"{_SAID.get(c.op, c.op)} {what}{value} · {o.status} · {c.who} {c.when}".replace("  ", " ")


def said_value(value, was=None) -> str:
    """A correction's new value in words: a figure's fixed fields with what they were, an added official with
    their title (the list showed the file's dict, `{'metric': '…'}`).

    >>> said_value({"metric": "财政收入", "county": "泗水县"}, {"metric": "收入"})
    'metric 收入 → 财政收入, county 泗水县'
    >>> said_value({"name": "王小明", "title": "县长"}), said_value("2016-03-06")
    ('王小明（县长）', '2016-03-06')
    """
    if not isinstance(value, dict):
        return str(value)
    if set(value) <= {"name", "title"}:
        return f"{value.get('name', '')}（{value['title']}）" if value.get("title") else str(value.get("name", ""))
    before = was if isinstance(was, dict) else {}
    return ", ".join(f"{k} {before[k]} → {v}" if before.get(k) else f"{k} {v}" for k, v in value.items())


def page_corrections(source: str) -> None:
    """The corrections of a page, each with its undo."""
    try:
        outcomes = C.status(cache.store_dir())
    except JdashError as err:
        st.error(f"The corrections file cannot be read: {err}")
        return
    undone = {o.correction.anchor.get("correction") for o in outcomes if o.correction.op == "undo"}
    mine = [o for o in outcomes if o.correction.source == source and o.correction.op != "undo"]
    if not mine:
        return
    st.markdown("**Corrections of this page**")
    for o in mine:
        col, btn = st.columns([4, 1])
        col.caption(w.md(_describe(o)))
        if o.correction.id not in undone and btn.button("Undo", key=f"cx_undo_{o.correction.id}"):
            _apply(C.make("undo", {"correction": o.correction.id, "source": source}), "Correction undone.")


def orphans() -> None:
    """The corrections whose anchored text is no longer on their page."""
    try:
        lost = C.orphaned(cache.store_dir())
    except JdashError as err:
        st.error(f"The corrections file cannot be read: {err}")
        return
    if not lost:
        return
    with st.expander(f"Orphaned corrections ({len(lost)}): their text is no longer on the page",
                     icon=":material/link_off:"):
        for o in lost:
            st.markdown(f"- {w.md(o.correction.source)}: {w.md(_describe(o))} — {w.md(o.detail)}")
