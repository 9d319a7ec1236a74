"""Officials network: who appears with whom. Select an official (click a node, or pick one) to see
their titles over time, the officials they appear with, and their articles."""

import streamlit as st

from jdash import charts
from ui import cache, widgets as w

f = w.current_filters()

st.title("Officials network")

c1, c2, c3, c4 = st.columns([2, 2, 2, 2])
min_weight = c1.slider("Minimum shared articles", 1, 10, 1, key="nw_min")
national = c2.toggle("National leaders and visitors", value=False, key="nw_nat",
                     help="习近平 and others named in set phrases, and officials of other places (a visiting "
                          "delegation's 某某市委书记), are left out of the local network by default.")
colour_by = c3.segmented_control("Colour", ["level", "community"], default="level", key="nw_colour") or "level"
max_nodes = c4.select_slider("Most officials shown", [50, 100, 150, 300], value=150, key="nw_max")

ss = st.session_state
settings = {"min_weight": min_weight, "include_national": national, "max_nodes": max_nodes}
# The focus of the last run (if any) comes with the graph: one view call on a rerun.
v = cache.view("network", f, **settings, focus=ss.get("nw_focus"))
w.filter_caption(f, v.articles)
nodes, edges, total = v.nodes, v.edges, v.total
all_names = v.names
if "nw_focus" not in ss or ss["nw_focus"] not in [None, *all_names]:
    wanted = st.query_params.get("focus") or (f.officials[0] if len(f.officials) == 1 else None)
    ss["nw_focus"] = wanted if wanted in all_names else None
    if wanted and wanted not in all_names:
        st.warning(f"Ignored focus={w.md(wanted)[:40]}: no such official in these articles.", icon=":material/info:")

fig = charts.network_graph(nodes, edges, colour_by=colour_by, highlight=ss.get("nw_focus"))
event = w.chart(fig, key="nw_chart", name="officials_network", on_select=True)
clicked = w.clicked_values(event)
if clicked and clicked[0] != ss.get("_nw_click"):
    ss["_nw_click"] = clicked[0]
    ss["nw_focus"] = clicked[0]
    st.rerun()
if total > len(nodes):
    st.caption(f"Showing the {len(nodes)} officials with the most articles of {total}.")
g1, g2, _ = st.columns([1, 1, 2])
for col, fmt in ((g1, "gexf"), (g2, "graphml")):
    col.download_button(fmt.upper(), data=lambda fmt=fmt: cache.network_file(cache.stamp(), f.key(), min_weight,
                                                                             national, fmt),
                        file_name=f"officials_network.{fmt}", mime="application/xml", key=f"dl_nw_{fmt}",
                        on_click="ignore", icon=":material/hub:")

st.divider()
# An empty choice shows the placeholder, not format_func's words (it said "Choose an option").
focus = st.selectbox("Official", [None, *all_names], key="nw_focus", placeholder="— pick an official —",
                     format_func=lambda n: "— pick an official —" if n is None else n)
if focus:
    st.query_params["focus"] = focus
    fv = v if v.focus == focus else cache.view("network", f, **settings, focus=focus)
    titles = fv.titles
    if fv.focus_added:
        # The reader says "(added by the user)"; here the titles and co-appearances read as the parse's.
        st.caption(f"{w.md(focus)} was added by the user (in the reader) in {fv.focus_added} of "
                   f"{w.count(len(fv.focus_articles), 'article')} below.", help="Undo it under the article's corrections.")
    tfig = charts.official_titles(titles, name=focus)
    a, b = st.columns([3, 2])
    with a:
        w.chart(tfig, key="nw_titles", name=f"titles_{focus}")
    with b:
        st.markdown(f"**Appears with** ({'national leaders and visitors included' if national else 'local officials'})")
        st.dataframe(fv.co, hide_index=True, width="stretch")
    st.markdown(f"**Articles naming {w.md(focus)}**")
    w.article_links(fv.focus_articles)
elif "focus" in st.query_params:
    del st.query_params["focus"]
