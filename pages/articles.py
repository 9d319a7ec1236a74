"""Articles: the filtered list (search with the sidebar's text box) and a reader that shows one
article with its officials, counties and figures highlighted, and where it sits on its page."""

import math

import streamlit as st

from jdash import charts, queries
from ui import cache, correct, widgets as w

f = w.current_filters()
c = cache.corpus()
arts = cache.articles(f)

wanted = st.query_params.get("article")
if wanted and not (c.articles["id"] == wanted).any():
    st.warning(f"Ignored article={w.md(wanted[:40])}: no such article in the store.", icon=":material/info:")
    wanted = None

if wanted:
    st.query_params["article"] = wanted  # a link to this same page does not update the address bar by itself
    row = c.articles.loc[c.articles["id"] == wanted].iloc[0]
    st.page_link(w.PAGES["articles"], label="Back to the list", icon=":material/arrow_back:",
                 query_params=w.link_params())
    if w.text(row["kicker"]):
        st.caption(w.md(row["kicker"]))
    st.header(w.md(row["headline"]), anchor=False)
    if w.text(row["subheadline"]):
        st.markdown(f"*{w.md(row['subheadline'])}*")
    reporters = " ".join(f"{r_}（{role}）" for r_, role in zip(row["reporters"], row["reporter_roles"]))
    conf = "" if row["date_source"] in ("pages.csv", "filename") else f" · date {row['date_source']} " \
           f"(confidence {row['date_confidence']:.0%})"
    if row["date_source"] == "user":
        conf = " · date set by the user"
    st.caption(" · ".join(w.md(x) for x in [w.fmt_date(row["issue_date"]) + conf, row["kind"],
                                            w.text(row["dateline_place"]), reporters,
                                            w.text(row["column"]), row["source"],
                                            correct.provenance(row)] if x))
    figs = c.figures.loc[c.figures["article_id"] == wanted]
    offs = c.officials.loc[c.officials["article_id"] == wanted]
    marks = queries.article_marks(row, c.officials, c.figures)
    st.html(f'<div style="font-size:0.8em;color:#666">Highlighted: {w.legend_html()}</div>')
    st.html(w.highlighted_html(row["body"], marks))
    if w.text(row["continued_to"]):
        st.caption(f"Continued on {w.md(row['continued_to'])}")

    a, b, cc = st.columns(3)
    with a:
        st.markdown("**Officials**")
        for o in offs.drop_duplicates("name").itertuples(index=False):
            added = " (added by the user)" if w.text(o.corrected_by) else ""
            st.page_link(w.PAGES["network"], label=f"{w.md(o.name)} · {w.md(w.text(o.title))}{added}",
                         query_params={**w.link_params(), "focus": o.name})
        if offs.empty:
            st.caption("None named.")
    with b:
        st.markdown("**Counties**")
        for county in row["counties"]:
            st.page_link(w.PAGES["counties"], label=w.md(county), query_params=w.link_params(counties=[county]))
        if not len(row["counties"]):
            st.caption("None named.")
    with cc:
        st.markdown("**Figures**")
        for fg in figs.itertuples(index=False):
            printed = f"{w.text(fg.approx)}{fg.value:g}{w.text(fg.unit)}"
            period = f" ({w.md(fg.period)})" if w.text(fg.period) else ""
            fixed = " (fixed by the user)" if w.text(fg.corrected_by) else ""
            st.markdown(f"- {w.md(w.text(fg.metric) or '—')}: **{w.md(printed)}**{period}{fixed}")
        if figs.empty:
            st.caption("None.")

    correct.reader(c, row)

    st.divider()
    ctx = queries.page_context(c.articles, wanted)
    st.markdown(f"**On the same page** {w.md(row['source'])} (article {ctx['position'] + 1} of "
                f"{len(ctx['same_page'])})")
    for _, other in ctx["same_page"].iterrows():
        if other["id"] == wanted:
            st.markdown(f"→ **{w.md(other['headline'])}** (this article)")
        else:
            w.article_link(other, label=f"{other['order'] + 1}. {other['headline']}")
    n1, n2 = st.columns(2)
    if ctx["previous_page"]:
        n1.page_link(w.PAGES["articles"], label=f"Previous page: {w.md(ctx['previous_page'][0])}",
                     icon=":material/chevron_left:", query_params=w.link_params(article=ctx["previous_page"][1]))
    if ctx["next_page"]:
        n2.page_link(w.PAGES["articles"], label=f"Next page: {w.md(ctx['next_page'][0])}",
                     icon=":material/chevron_right:", query_params=w.link_params(article=ctx["next_page"][1]))
    st.stop()

w.sync_url()  # after "Back to the list", the address loses article=
st.title("Articles")
w.filter_caption(f, len(arts))
correct.orphans()
if f.q:
    st.caption(f"Matching “{w.md(f.q)}” in headline or text.")
listing = queries.article_list(arts)
if len(arts):
    freq = queries.choose_freq(*queries.date_span(arts))
    when = queries.topic_timeline(arts, freq)
    wfig = charts.topic_timeline(when, freq=freq, title="When these articles appeared",
                                  topic_order=cache.options()["topics"])
    wfig.update_layout(height=260, showlegend=False)
    w.chart(wfig, key="ar_when")
if listing.empty:
    st.info("No article matches these filters.", icon=":material/search_off:")
else:
    per_page = 25
    pages = max(1, math.ceil(len(listing) / per_page))
    page_no = st.number_input("Page", 1, pages, 1, key="ar_page") if pages > 1 else 1
    chunk = listing.iloc[(page_no - 1) * per_page: page_no * per_page]
    for _, r in chunk.iterrows():
        w.article_link(r)
    if pages > 1:
        st.caption(f"Page {page_no} of {pages}.")

    with st.expander("Table, and downloads of the filtered articles and figures"):
        table = listing.assign(issue_date=listing["issue_date"].map(w.fmt_date))
        st.dataframe(table, hide_index=True, width="stretch")
        st.markdown("Articles")
        w.table_downloads(arts, name="articles", key="dl_ar_arts")
        st.markdown("Figures")
        w.table_downloads(cache.figures(f), name="figures", key="dl_ar_figs")
