"""Keywords: top terms, a word cloud in Chinese glyphs, one term's trend, and keyword in context."""

from urllib.parse import urlencode

import streamlit as st

from jdash import charts, views
from jdash.errors import FontNotFoundError
from ui import cache, widgets as w

f = w.current_filters()

st.title("Keywords")
n = st.slider("Terms", 10, 60, 25, step=5, key="kw_n")
base = cache.view("keywords", f, n=n)
w.filter_caption(f, base.articles)
top = base.top

left, right = st.columns([1, 1])
with left:
    bar = charts.ranking(top, label="term", n=n, title="Top terms (articles that list them)", colour_index=4)
    event = w.chart(bar, key="kw_bar", name="top_terms", on_select=True)
with right:
    try:
        cloud = cache.word_cloud(tuple(base.cloud.items()), str(cache.settings().font or "") or None)
        w.chart(cloud, key="kw_cloud", name="word_cloud")
    except FontNotFoundError as err:
        st.error(str(err), icon=":material/font_download_off:")

# The term: a click on a bar, else ?term=, else the top term.
ss = st.session_state
clicked = w.clicked_values(event)
if clicked and clicked[0] != ss.get("_kw_click"):
    ss["_kw_click"] = ss["kw_term"] = clicked[0]
elif "kw_term" not in ss:
    ss["kw_term"] = (st.query_params.get("term") or "").strip()[:40] or (top["term"].iloc[0] if len(top) else "")
term = st.text_input("Term", key="kw_term", max_chars=40,
                     help="Any word or phrase; the trend and concordance search the article text.").strip()
if term:
    st.query_params["term"] = term

if term:
    v = base if term == base.term else cache.view("keywords", f, n=n, term=term)
    trend = v.trend
    fig = charts.term_trend(trend, term=term)
    # The trend counts dated articles only; the articles listed below hold them all (while the concordance,
    # which they come from, is not cut short).
    off = len(v.term_articles) - int(trend["articles"].sum()) if len(v.kwic) < views.KWIC_LIMIT else 0
    said = f"{w.count(off, 'article')} with the term (no issue date, or only {w.verb(off, 'its', 'their')} year)"
    w.chart(fig, key="kw_trend", name=f"trend_{term}", left_out=said if off > 0 else "")
    if off > 0:
        st.caption(f"Not on the time axis: {said}.")

    kwic = v.kwic
    st.subheader(f"“{w.md(term)}” in context · {len(kwic)} hits")
    if kwic.empty:
        st.info("The term does not occur in these articles.")
    else:
        links = [f"articles?{urlencode(w.link_params(article=a), doseq=True)}" for a in kwic["article_id"]]
        st.html(w.kwic_html(kwic, links))
        w.table_downloads(kwic, name=f"concordance_{term}", key="dl_kwic")
        st.markdown("**Articles with the term**")
        w.article_links(v.term_articles, limit=10)
