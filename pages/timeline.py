"""Topic timeline: articles per topic over issue date; click a bar to list the articles behind it."""

import html

import pandas as pd
import streamlit as st

from jdash import charts, queries
from ui import cache, widgets as w

f = w.current_filters()
v = cache.view("timeline", f)

st.title("Topics over time")
w.filter_caption(f, v.articles)

auto = v.auto_freq
ss = st.session_state
# Until the user picks bins, they follow the filters (a default would stick at the first page's
# choice: 'year' stayed selected beside 'day (auto)' once the dates were narrowed).
if ss.get("tl_freq_user") is None:
    ss["tl_freq"] = auto
elif "tl_freq" not in ss:  # back from another page
    ss["tl_freq"] = ss["tl_freq_user"]
c1, c2 = st.columns([2, 2])
freq = c1.segmented_control("Bins", list(queries.FREQ_LABELS), key="tl_freq",
                            on_change=lambda: ss.update(tl_freq_user=ss.get("tl_freq")),
                            format_func=lambda k: queries.FREQ_LABELS[k] + (" (auto)" if k == auto else "")) or auto
mode = c2.segmented_control("Count each article", ["primary", "all"], default="primary", key="tl_mode",
                            format_func={"primary": "under its main topic", "all": "under every topic"}.get) or "primary"
if (freq, mode) != (v.freq, v.mode):
    v = cache.view("timeline", f, freq=freq, mode=mode)

data = v.data
year_note = (f"{w.count(v.year_only, 'article')} known only to {w.verb(v.year_only, 'its', 'their')} year (no day "
             f"printed) {w.verb(v.year_only, 'is', 'are')} in yearly bins only: choose Bins → year to see them."
             if v.year_only and freq != "Y" else "")
if data.empty:  # nothing to place on the axis: an empty chart, four downloads and "Click a bar" said nothing
    if not v.articles:
        st.info("No article matches these filters.", icon=":material/search_off:")
    elif v.undated:
        st.info(f"{w.count(v.undated, 'article')} {w.verb(v.undated, 'has', 'have')} no issue date: nothing to place "
                "on a time axis.", icon=":material/event_busy:")
        st.page_link(w.PAGES["articles"], label="Read them in the Articles page", icon=":material/open_in_new:",
                     query_params=w.link_params())
    if year_note:
        st.caption(year_note)
    st.stop()
fig = charts.topic_timeline(data, freq=freq, topic_order=cache.options()["topics"])
# What the bars leave out, said under them and in the images' caption.
left_out = [w.count(v.undated, "undated article")] if v.undated else []
if v.year_only and freq != "Y":
    left_out.append(f"{w.count(v.year_only, 'article')} known only to {w.verb(v.year_only, 'its', 'their')} year")
event = w.chart(fig, key="tl_chart", name=f"topic_timeline_{freq}", on_select=True, left_out=" and ".join(left_out))
if v.undated:
    st.caption(f"{w.count(v.undated, 'undated article')} {w.verb(v.undated, 'is', 'are')} not on the time axis.")
if year_note:
    st.caption(year_note)

points = w.selected_points(event)
if points:
    p = points[0]
    custom = p.get("customdata") if isinstance(p, dict) else None
    if custom:
        start, topic = custom[0], custom[1]
    else:  # a point without customdata: take the trace name and the bar's x
        topic = html.unescape(fig.data[p["curve_number"]].name)
        start = str(pd.Timestamp(p["x"]).date())
    picked = cache.view("timeline", f, freq=freq, mode=mode, bar=(str(start), topic))
    start, end = picked.picked_start, picked.picked_end
    st.subheader(f"{topic} · {start} – {end}: {w.count(len(picked.picked), 'article')}")
    w.article_links(picked.picked)
    st.page_link(w.PAGES["articles"], label="Open these articles in the Articles page",
                 icon=":material/open_in_new:",
                 query_params=w.link_params(start=start, end=end,
                                            topics=[topic] if not topic.startswith("（") else []))
else:
    st.info("Click a bar to list its articles.", icon=":material/touch_app:")
