"""Counties: the headline figures per county up front, a county's profile (articles, topics,
officials, every figure with its period and source sentence) and one metric across counties."""

import streamlit as st

from jdash import charts, queries
from jdash.filters import parse_choice
from ui import cache, widgets as w

f = w.current_filters()
arts = cache.articles(f)
figs = cache.figures(f)
offs = cache.officials(f)

st.title("Counties")
w.filter_caption(f, len(arts))

overview = queries.county_overview(arts, figs)
# The map and bars show every county (the county filter only highlights), so the choice stays visible.
all_counties = queries.county_overview(cache.articles(f.replace(counties=())), cache.figures(f.replace(counties=())))

# -- headline figures: visible without digging
st.subheader("Headline figures")
key = queries.key_figures(figs)
glance = queries.headline_figures(figs)
if f.counties:
    key = key.loc[key["county"].isin(f.counties)]
    glance = glance.loc[glance["county"].isin(f.counties)]
if key.empty:
    st.info("No county figures (revenue, investment, projects …) in these articles.")
else:
    cards = st.container(horizontal=True, gap="small")
    for county, part in glance.groupby("county", sort=False):
        with cards.container(border=True, width=260):
            st.markdown(f"**{w.md(county)}**")
            for r in part.itertuples(index=False):
                period = f" · {w.md(r.period)}" if w.text(r.period) else ""
                st.markdown(f"{w.md(w.text(r.canonical_metric) or w.text(r.metric))} "
                            f"**{w.md(w.text(r.approx))}{r.value:g}{w.md(w.text(r.unit))}**{period}",
                            help=w.text(r.sentence)[:300])
    with st.expander(f"All {len(key)} headline figures, with their sentences"):
        shown = key.assign(figure=[f"{w.text(a)}{v:g}{w.text(u)}"
                                   for a, v, u in zip(key["approx"], key["value"], key["unit"])])
        st.dataframe(shown[["county", "metric", "figure", "period", "subject", "sentence"]], hide_index=True,
                     width="stretch", column_config={"sentence": st.column_config.TextColumn(width="large")})
        w.table_downloads(key, name="headline_figures", key="dl_cty_key")

# -- map and counts
m1, m2 = st.columns([1, 1])
with m1:
    mfig = charts.county_map(all_counties, selected=f.counties[0] if f.counties else None)
    ev = w.chart(mfig, key="cty_map", on_select=True)
    if w.clicked_values(ev) and w.clicked_values(ev)[:1] != list(f.counties[:1]):
        w.go("counties", counties=w.clicked_values(ev)[:1])
with m2:
    mentioned = all_counties.loc[all_counties["mentioned"] > 0]
    bfig = charts.ranking(mentioned.rename(columns={"county": "value"}), value="mentioned",
                          title="Articles that mention each county", n=20, colour_index=4)
    w.chart(bfig, key="cty_bar")
    w.downloads(bfig, all_counties, name="counties", key="dl_cty_bar")

# -- profile
st.divider()
choices = overview["county"].tolist()
if f.counties:
    profiles = list(f.counties)
else:
    profiles = [st.selectbox("Profile of", choices, index=0 if choices else None, key="cty_pick")] if choices else []
for county in profiles:
    if county is None:
        continue
    p = queries.county_profile(arts, offs, figs, county)
    st.header(county)
    row = overview.loc[overview["county"] == county]
    k1, k2, k3 = st.columns(3)
    k1.metric("Articles (main county)", int(row["articles"].iloc[0]) if len(row) else 0)
    k2.metric("Articles mentioning it", len(p.articles))
    k3.metric("Figures", len(p.figures))
    a, b = st.columns(2)
    with a:
        tfig = charts.ranking(p.topics, title="Topics", n=12, colour_index=1)
        w.chart(tfig, key=f"cty_topics_{county}")
    with b:
        st.markdown("**Officials**")
        st.dataframe(p.officials, hide_index=True, width="stretch", height=300)
    st.markdown(f"**Every figure stated for {w.md(county)}** (value as printed, period, source sentence)")
    if p.figures.empty:
        st.caption("None.")
    else:
        st.dataframe(p.figures[["metric", "value", "unit", "approx", "period", "subject", "kind", "sentence",
                                "issue_date", "source"]],
                     hide_index=True, width="stretch",
                     column_config={"sentence": st.column_config.TextColumn(width="large")})
        w.table_downloads(p.figures, name=f"figures_{county}", key=f"dl_cty_figs_{county}")
    st.markdown("**Articles**")
    w.article_links(queries.article_list(p.articles), limit=15)

# -- compare one metric
st.divider()
st.subheader("Compare one metric across counties")
all_figs = cache.figures(f.replace(counties=()))
metrics = queries.metric_options(all_figs)
if metrics.empty:
    st.info("No figures to compare.")
else:
    names = metrics["metric"].tolist()
    preferred = next((m for m in ("总投资", "营业收入") if m in names), names[0])
    wanted, notes = parse_choice(st.query_params.get("metric"), names, name="metric")
    w.show_notices(notes)
    metric = st.selectbox("Metric", names, index=names.index(wanted or preferred), key="cty_metric",
                          format_func=lambda m: f"{m} ({int(metrics.set_index('metric').at[m, 'counties'])} counties)")
    cmp_ = queries.metric_comparison(all_figs, metric)
    cfig = charts.metric_comparison(cmp_, metric=metric)
    w.chart(cfig, key="cty_cmp")
    if f.counties:
        st.caption("The comparison ignores the county filter: it is across all counties.")
    st.dataframe(cmp_[["county", "value", "unit", "approx", "period", "subject", "sentence"]], hide_index=True,
                 width="stretch")
    w.downloads(cfig, cmp_, name=f"compare_{metric}", key="dl_cty_cmp")
