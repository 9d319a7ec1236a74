"""Overview: corpus size and span, articles per page and kind, skipped files, and the top
officials, counties and topics — each a link into its page."""

import streamlit as st

from jdash import charts
from jdash.pipeline import INTERNAL_ERROR
from ui import cache, widgets as w

f = w.current_filters()
v = cache.view("overview", f)

st.title("济宁日报 at a glance")
cols = st.columns(5)
cols[0].metric("Articles", v.articles)
cols[1].metric("Pages", v.pages)
cols[2].metric("First issue", v.first_label)
cols[3].metric("Last issue", v.last_label)
cols[4].metric("Warnings", len(v.warnings), help="Files skipped, and rows or parts of files not used (a pages.csv row, …)")
if v.undated or v.inferred_dates or v.year_only:
    said = [f"{w.count(v.inferred_dates, 'article')} {w.verb(v.inferred_dates, 'has', 'have')} an inferred issue date "
            "(no pages.csv or date in the file name)"]
    if v.year_only:
        said.append(f"{v.year_only} {w.verb(v.year_only, 'is known only to its', 'are known only to their')} year "
                    "(no day printed)")
    said.append(f"{v.undated} {w.verb(v.undated, 'has', 'have')} none")
    st.caption("; ".join(said) + ".")
    # Which ones: a count of undated articles with no way to see them sent the user hunting for the sidebar's
    # "Issue date" box. Each link is that filter on the Articles page.
    links = st.container(horizontal=True, gap="medium")
    for n, dated, what in ((v.undated, "undated", "with no issue date"),
                           (v.year_only, "year", f"known only to {w.verb(v.year_only, 'its', 'their')} year"),
                           (v.inferred_dates, "inferred", "with an inferred date")):
        if n and f.dated != dated:
            links.page_link(w.PAGES["articles"], label=f"List the {w.count(n, 'article')} {what}",
                            icon=":material/list:", query_params=w.link_params(dated=dated))
w.filter_caption(f, v.articles)
if not v.near_duplicates.empty:
    nd = v.near_duplicates
    n_articles = int(nd["articles"].sum())
    st.warning(f"{w.count(len(nd), 'page')} nearly {w.verb(len(nd), 'repeats', 'repeat')} an older page (the same text "
               f"with small differences, such as a re-upload after an OCR fix): {w.verb(len(nd), 'its', 'their')} "
               f"{w.count(n_articles, 'article')} {w.verb(n_articles, 'is', 'are')} counted twice. "
               "Replace the older copies on the Add pages page.", icon=":material/content_copy:")
    st.dataframe(nd.rename(columns={"source": "page", "older": "nearly repeats"}), hide_index=True, width="stretch")

fig = charts.page_counts(v.page_kinds, title="Articles per page and kind" if v.pages_shown == v.pages
                         else f"Articles per page and kind (latest {v.pages_shown} of {v.pages} pages)")
w.chart(fig, key="ov_pages", name="articles_per_page")

left, mid, right = st.columns(3)
with left:
    st.subheader("Officials")
    top_off = v.top_officials
    ev = w.chart(charts.ranking(top_off, label="name", hover="title", n=10), key="ov_off", name="top_officials",
                 on_select=True)
    if w.clicked_values(ev):
        w.go("network", focus=w.clicked_values(ev)[0])
    w.value_links(top_off, page="network", param="official", label_col="name")
with mid:
    st.subheader("Counties")
    top_c = v.top_counties
    ev = w.chart(charts.ranking(top_c, n=10, colour_index=4), key="ov_cty", name="top_counties", on_select=True)
    if w.clicked_values(ev):
        w.go("counties", counties=w.clicked_values(ev)[:1])
    w.value_links(top_c, page="counties", param="county")
    if v.city_wide:
        st.caption(f"{w.count(v.city_wide, 'article')} {w.verb(v.city_wide, 'is', 'are')} about the whole city (全市), "
                   "not one county.")
with right:
    st.subheader("Topics")
    top_t = v.top_topics
    ev = w.chart(charts.ranking(top_t, n=10, colour_index=1), key="ov_top", name="top_topics", on_select=True)
    if w.clicked_values(ev):
        w.go("timeline", topics=w.clicked_values(ev)[:1])
    w.value_links(top_t, page="timeline", param="topic")

st.subheader("Kinds of article")
st.dataframe(v.kinds.rename(columns={"value": "kind"}), hide_index=True, width="content")

st.subheader("Skipped files and warnings")
warn = v.warnings
if warn.empty:
    st.success("Every file in the store was parsed.", icon=":material/check_circle:")
else:
    bugs = int(warn["reason"].str.startswith(INTERNAL_ERROR).sum())
    if bugs:
        st.error(f"{w.count(bugs, 'page')} hit a bug in jdash, not a problem with the files: the build's log has the "
                 "traceback.", icon=":material/bug_report:")
    st.dataframe(warn, hide_index=True, width="stretch")
