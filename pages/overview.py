"""Overview: corpus size and span, articles per page and kind, skipped files, and the top
officials, counties and topics — each a link into its page."""

import streamlit as st

from jdash import charts, queries
from jdash.pipeline import INTERNAL_ERROR
from ui import cache, widgets as w

f = w.current_filters()
c = cache.corpus()
arts = cache.articles(f)
offs = cache.officials(f)

st.title("济宁日报 at a glance")
s = queries.summary(arts, c.pages, c.warnings)
cols = st.columns(5)
cols[0].metric("Articles", s["articles"])
cols[1].metric("Pages", s["pages"])
cols[2].metric("First issue", str(s["first"] or "—"))
cols[3].metric("Last issue", str(s["last"] or "—"))
cols[4].metric("Skipped files", s["warnings"])
if s["undated"] or s["inferred_dates"]:
    st.caption(f"{s['inferred_dates']} articles have an inferred issue date (no pages.csv or date in the file "
               f"name); {s['undated']} have none.")
w.filter_caption(f, len(arts))

per_page = queries.page_kind_counts(arts)
latest = per_page.loc[per_page["source"].isin(per_page["source"].drop_duplicates().tail(60))]
fig = charts.page_counts(latest, title="Articles per page and kind" if len(latest) == len(per_page)
                         else "Articles per page and kind (latest 60 pages; all in the CSV)")
w.chart(fig, key="ov_pages")
w.downloads(fig, per_page, name="articles_per_page", key="dl_ov_pages")

left, mid, right = st.columns(3)
with left:
    st.subheader("Officials")
    top_off = queries.top_officials(offs, 10)
    ev = w.chart(charts.ranking(top_off, label="name", hover="title", n=10), key="ov_off", on_select=True)
    if w.clicked_values(ev):
        w.go("network", focus=w.clicked_values(ev)[0])
    w.value_links(top_off, page="network", param="official", label_col="name")
with mid:
    st.subheader("Counties")
    top_c = queries.value_counts(arts, "counties", 10)
    ev = w.chart(charts.ranking(top_c, n=10, colour_index=4), key="ov_cty", on_select=True)
    if w.clicked_values(ev):
        w.go("counties", counties=w.clicked_values(ev)[:1])
    w.value_links(top_c, page="counties", param="county")
with right:
    st.subheader("Topics")
    top_t = queries.value_counts(arts, "topics", 10)
    ev = w.chart(charts.ranking(top_t, n=10, colour_index=1), key="ov_top", on_select=True)
    if w.clicked_values(ev):
        w.go("timeline", topics=w.clicked_values(ev)[:1])
    w.value_links(top_t, page="timeline", param="topic")

kinds = queries.value_counts(arts, "kind")
st.subheader("Kinds of article")
st.dataframe(kinds.rename(columns={"value": "kind"}), hide_index=True, width="content")

st.subheader("Skipped files")
warn = queries.warnings_table(c.warnings)
if warn.empty:
    st.success("Every file in the store was parsed.", icon=":material/check_circle:")
else:
    bugs = int(warn["reason"].str.startswith(INTERNAL_ERROR).sum())
    if bugs:
        st.error(f"{bugs} pages hit a bug in jdash, not a problem with the files: the build's log has the "
                 "traceback.", icon=":material/bug_report:")
    st.dataframe(warn, hide_index=True, width="stretch")
