"""Articles: the filtered list (search with the sidebar's text box) and a reader that shows one
article with its officials, counties and figures highlighted, and where it sits on its page."""

import pandas as pd
import streamlit as st

from jdash import charts
from jdash.charts._style import colour
from jdash.confidence import SOLID, as_percent
from jdash.dates import reader_date_note
from ui import cache, correct, widgets as w

f = w.current_filters()
ss = st.session_state

wanted = st.query_params.get("article")
v = cache.view("articles", f, page=int(ss.get("ar_page", 1) or 1), article_id=wanted or None)
if wanted and v.reader is None:
    st.warning(f"Ignored article={w.md(wanted[:40])}: no such article in the store.", icon=":material/info:")
    wanted = None

if wanted:
    st.query_params["article"] = wanted  # a link to this same page does not update the address bar by itself
    r = v.reader
    row = r.article
    st.page_link(w.PAGES["articles"], label="Back to the list", icon=":material/arrow_back:",
                 query_params=w.link_params())
    if w.text(row["kicker"]):
        st.caption(w.md(row["kicker"]))
    st.header(w.md(w.headline_or_kind(row["headline"], row["kind"])), anchor=False)
    if w.text(row["subheadline"]):
        st.markdown(f"*{w.md(row['subheadline'])}*")
    reporters = " ".join(f"{r_}（{role}）" for r_, role in zip(row["reporters"], row["reporter_roles"]))
    note = reader_date_note(row["date_source"], row["date_confidence"])
    conf = f" · {note}" if note else ""
    st.caption(" · ".join(w.md(x) for x in [w.row_date(row) + conf, row["kind"],
                                            w.text(row["dateline_place"]), reporters,
                                            w.text(row["column"]), row["source"],
                                            correct.provenance(row)] if x))
    if r.date_evidence and row["date_source"] in ("inferred", "unknown", "user"):
        with st.expander(f"Why this date: {w.md(r.date_evidence[0])}"):
            st.markdown("\n".join(f"- {w.md(line)}" for line in r.date_evidence[1:]) or "No other cue.")
    marks = r.marks
    st.html(f'<div style="font-size:0.8em;color:#666">Highlighted: {w.legend_html()}</div>')
    st.html(w.highlighted_html(row["body"], marks))
    if w.text(row["continued_to"]):
        st.caption(f"Continued on {w.md(row['continued_to'])}")

    a, b, cc = st.columns(3)
    with a:
        st.markdown("**Officials**")
        for o in r.officials.itertuples(index=False):
            added = " (added by the user)" if o.corrected_by else ""
            # The level the network colours them by and the county profiles list, seen where it can be checked;
            # how sure the name and title are, printed as every confidence is (a percentage).
            level = f" ({w.md(o.level)})" if w.text(o.level) else ""
            sure = f" · confidence {as_percent(o.confidence)}" if as_percent(o.confidence) and not added else ""
            st.page_link(w.PAGES["network"], label=f"{w.md(o.name)} · {w.md(o.title)}{level}{sure}{added}",
                         query_params={**w.link_params(), "focus": o.name})
        if r.officials.empty:
            st.caption("None named.")
    with b:
        st.markdown("**Counties**")
        for county in r.counties:
            st.page_link(w.PAGES["counties"], label=w.md(county), query_params=w.link_params(counties=[county]))
        if row["primary_county"] == "全市":
            st.caption("About the whole city (全市).")
        elif not r.counties:
            st.caption("None named.")
    with cc:
        st.markdown("**Figures**")
        unsure = 0
        for fg in r.figures.itertuples(index=False):
            period = f" ({w.md(fg.period)})" if fg.period else ""
            fixed = w.FIXED if w.text(fg.corrected_by) else ""
            # Whose figure it is (a town's, printed as the county's), and whether the county's tables keep it.
            about = f" · {w.md(fg.subject or fg.county)}" if (fg.subject or fg.county) else ""
            solid = fg.confidence >= SOLID  # False for a missing confidence too
            unsure += not solid
            sure = f" · confidence {as_percent(fg.confidence)}" if as_percent(fg.confidence) and not fixed else ""
            st.markdown(f"- {w.md(fg.metric or '—')}: **{w.md(fg.figure)}**{period}{about}{fixed}{sure}"
                        + ("" if solid else " · *uncertain*"))
        if unsure:
            st.caption(f"{w.count(unsure, 'uncertain figure')} (unclear metric, subject or reading) "
                       f"{w.verb(unsure, 'is', 'are')} left out of the Counties page's figures.")
        if r.figures.empty:
            st.caption("None.")

    correct.reader(cache.page_corpus(row["source"]), pd.Series(row))

    st.divider()
    st.markdown(f"**On the same page** {w.md(row['source'])} (article {r.position + 1} of "
                f"{len(r.same_page)})")
    for _, other in r.same_page.iterrows():
        if other["id"] == wanted:
            st.markdown(f"→ **{w.md(w.headline_or_kind(other['headline'], other['kind']))}** (this article)")
        else:
            w.article_link(other, label=f"{other['order'] + 1}. {w.headline_or_kind(other['headline'], other['kind'])}")
    n1, n2 = st.columns(2)
    if r.previous_page:
        n1.page_link(w.PAGES["articles"], label=f"Previous page: {w.md(r.previous_page[0])}",
                     icon=":material/chevron_left:", query_params=w.link_params(article=r.previous_page[1]))
    if r.next_page:
        n2.page_link(w.PAGES["articles"], label=f"Next page: {w.md(r.next_page[0])}",
                     icon=":material/chevron_right:", query_params=w.link_params(article=r.next_page[1]))
    st.stop()

w.sync_url()  # after "Back to the list", the address loses article=
st.title("Articles")
w.filter_caption(f, v.total)
correct.orphans()
if f.q:
    st.caption(f"Matching “{w.md(f.q)}” in headline or text.")
if v.total and v.when.empty:
    st.caption("None of these articles has an issue date: no chart of when they appeared.")
elif v.total:
    wfig = charts.topic_timeline(v.when, freq=v.freq, title="When these articles appeared",
                                  topic_order=cache.options()["topics"])
    # One colour: this small chart has no room for the topics' legend, and hues with no key said
    # nothing (a bar's parts still name their topic on hover).
    wfig.update_layout(height=260, showlegend=False)
    wfig.update_traces(marker_color=colour(0))
    # Each article is in one bar (its main topic): the rest have no issue date, or only a year in finer bins.
    off = v.total - int(v.when["articles"].sum())
    only = "" if v.freq == "Y" else f", or only {w.verb(off, 'its', 'their')} year"
    w.chart(wfig, key="ar_when", name="articles_over_time",
            left_out=f"{w.count(off, 'article')} (no issue date{only})" if off else "")
    if off:
        st.caption(f"{w.count(off, 'article')} {w.verb(off, 'is', 'are')} not on the time axis (no issue date{only}).")
if v.listing.empty:
    st.info("No article matches these filters.", icon=":material/search_off:")
else:
    if v.pages > 1:
        if int(ss.get("ar_page", 1) or 1) != v.page:
            ss["ar_page"] = v.page  # the filters changed: the page number was clamped
        st.number_input("Page", 1, v.pages, key="ar_page")
        if int(ss.get("ar_page", 1)) != v.page:
            v = cache.view("articles", f, page=int(ss["ar_page"]), article_id=None)
    for _, r_ in v.listing.iterrows():
        w.article_link(r_)
    if v.pages > 1:
        st.caption(f"Page {v.page} of {v.pages}.")

    with st.expander("Table, and downloads of the filtered articles and figures"):
        table = v.listing.assign(issue_date=[w.fmt_date(d, y) for d, y in zip(v.listing["issue_date"], v.listing["issue_year"])])
        table = table.drop(columns="issue_year")
        st.dataframe(table, hide_index=True, width="stretch")
        st.markdown("Articles")
        w.table_downloads(lambda: cache.table(f, "articles"), name="articles", key="dl_ar_arts")
        st.markdown("Figures")
        w.table_downloads(lambda: cache.table(f, "figures"), name="figures", key="dl_ar_figs")
