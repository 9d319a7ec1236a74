"""Counties: the headline figures per county up front, a county's profile (articles, topics,
officials, every solid figure with its period and source sentence) and one metric across counties.
`全市` (the whole city) is a facet of its own, never a county."""

import streamlit as st

from jdash import charts, views
from jdash.confidence import hidden_caption
from jdash.filters import parse_choice
from ui import cache, widgets as w

MEASURES = {"articles": "Articles about it", "primary": "Its main county", "figures": "Solid figures"}

f = w.current_filters()
ss = st.session_state
wanted_metric = st.query_params.get("metric")
v = cache.view("counties", f, profile=ss.get("cty_pick"), metric=ss.get("cty_metric") or wanted_metric,
               period=ss.get("cty_period"))

st.title("Counties")
w.filter_caption(f, v.articles)

# -- headline figures: visible without digging
st.subheader("Headline figures")
if v.key.empty:
    st.info("No county figures with a recognised metric in these articles.")
else:
    cards = st.container(horizontal=True, gap="small")
    for county, part in v.glance.groupby("county", sort=False):
        with cards.container(border=True, width=260):
            st.markdown(f"**{w.md(county)}**")
            for r in part.itertuples(index=False):
                when = w.figure_when(r.period_shown, r.issue_date, r.issue_year)
                period = f" · {w.md(when)}" if when else ""
                label = views.figure_label(r.canonical_metric, r.metric, r.kind)
                fixed = w.FIXED if w.text(r.corrected_by) else ""
                st.markdown(f"{w.md(label)} **{w.md(r.figure)}**{period}{fixed}", help=w.md(r.sentence[:300]))
    with st.expander("The headline figure, with its sentence" if v.key_total == 1  # it said "All 1 headline figures"
                     else f"All {v.key_total} headline figures, with their sentences"):
        w.shown_of(len(v.key), v.key_total)
        st.dataframe(w.figures_shown(v.key)[["county", "canonical_metric", "metric", "figure", "period_shown", "subject", "issue_date",
                            "sentence"]], hide_index=True, width="stretch",
                     column_config={"sentence": st.column_config.TextColumn(width="large"), "period_shown": "period",
                                    "goal": st.column_config.CheckboxColumn("goal", help="stated as a goal (力争, 计划 …), not a result")})
        w.table_downloads(lambda: views.headline_figures(cache.engine(), f), name="headline_figures", key="dl_cty_key")

# -- map and counts (every county: the county filter only highlights)
m1, m2 = st.columns([3, 2])
with m1:
    measure = st.segmented_control("Colour the map by", list(MEASURES), default="articles", key="cty_measure",
                                   format_func=MEASURES.get) or "articles"
    mfig = charts.county_map(v.table, value=measure, label=MEASURES[measure],
                             selected=f.counties[0] if f.counties else None, title=None)
    ev = w.chart(mfig, key="cty_map", name=f"county_map_{measure}", on_select=True)
    st.caption("Click a county to filter by it. The zones (◆) have no boundary in the public data: they are "
               "marked at an approximate place inside the districts and counties that host them, and counted on their own.")
    if v.city_wide:
        # Said under the map, which covers every county whatever the county filter: above it, beside the
        # filtered headline figures, "33 articles are about the whole city" read as a count of `16 articles · 曲阜市`.
        st.caption(f"{w.count(v.city_wide, 'article')} {w.verb(v.city_wide, 'is', 'are')} about the whole city "
                   f"(全市): the map and the bars count {w.verb(v.city_wide, 'it', 'them')} for no county"
                   + (" (they cover every county: the county filter only highlights one)." if f.counties else "."))
    if w.clicked_values(ev) and w.clicked_values(ev)[:1] != list(f.counties[:1]):
        w.go("counties", counties=w.clicked_values(ev)[:1])
with m2:
    bfig = charts.ranking(v.table.rename(columns={"county": "value"}), value="articles",
                          title="Articles about each county", n=20, colour_index=4)
    w.chart(bfig, key="cty_bar", name="counties")

# -- profile
st.divider()
choices = v.table["county"].tolist()
if not f.counties and choices:
    st.selectbox("Profile of", choices, index=0, key="cty_pick")
    if ss.get("cty_pick") != (v.profiles[0].county if v.profiles else None):
        v = cache.view("counties", f, profile=ss.get("cty_pick"), metric=v.metric, period=v.period)
for p in v.profiles:
    county = p.county
    st.header(county)
    k1, k2, k3 = st.columns(3)
    k1.metric("Articles about it", p.articles)
    k2.metric("Of which its main county", p.primary)
    k3.metric("Figures", p.figures_total)
    a, b = st.columns(2)
    with a:
        tfig = charts.ranking(p.topics, title="Topics", n=12, colour_index=1)
        w.chart(tfig, key=f"cty_topics_{county}", name=f"topics_{county}")
    with b:
        st.markdown("**Officials**")
        st.dataframe(p.officials, hide_index=True, width="stretch", height=300)
    st.markdown(f"**Figures stated for {w.md(county)}** (as printed, with period and source sentence)")
    if p.figures.empty:
        st.caption("None.")
    else:
        w.shown_of(len(p.figures), p.figures_total)
        st.dataframe(w.figures_shown(p.figures)[["metric", "figure", "goal", "period_shown", "subject", "kind", "sentence", "issue_date", "source"]],
                     hide_index=True, width="stretch",
                     column_config={"sentence": st.column_config.TextColumn(width="large"), "period_shown": "period",
                                    "goal": st.column_config.CheckboxColumn("goal", help="stated as a goal (力争, 计划 …), not a result")})
        w.table_downloads(lambda county=county: views.county_figures(cache.engine(), f.replace(counties=()), county),
                          name=f"figures_{county}", key=f"dl_cty_figs_{county}")
    if p.hidden:
        st.caption(hidden_caption(p.hidden))  # how many figures are left out, and why
    st.markdown("**Articles**")
    w.article_links(p.article_list, limit=15, total=p.articles)

# -- compare one metric
st.divider()
st.subheader("Compare one metric across counties")
if v.metrics.empty:
    st.info("No metric is reported for two or more counties.")
else:
    names = v.metrics["metric"].tolist()
    wanted, notes = parse_choice(wanted_metric, names, name="metric")
    w.show_notices(notes)
    counts = dict(zip(v.metrics["metric"], v.metrics["counties"]))
    metric = st.selectbox("Metric", names, index=names.index(wanted or v.metric), key="cty_metric",
                          format_func=lambda m: f"{m} ({int(counts[m])} counties)")
    if metric != v.metric:
        v = cache.view("counties", f, profile=ss.get("cty_pick"), metric=metric)
    # Figures are compared within one period (the same year and span): the others are listed below.
    reported = dict(zip(v.periods["period"], v.periods["counties"]))
    if ss.get("cty_period") not in reported:
        ss["cty_period"] = v.period
    period = st.selectbox("Period", list(reported), key="cty_period",
                          format_func=lambda p: f"{p} ({int(reported[p])} {'county' if reported[p] == 1 else 'counties'})",
                          help="Year and span of the figures compared; figures of other periods are not comparable.")
    if period != v.period:
        v = cache.view("counties", f, profile=ss.get("cty_pick"), metric=metric, period=period)
    cfig = charts.metric_comparison(v.comparison, metric=metric)
    w.chart(cfig, key="cty_cmp", name=f"compare_{metric}")
    if len(v.comparison) == 1 and len(reported) > 1:
        st.info(f"Only {w.md(v.comparison['county'].iloc[0])} reports {w.md(metric)} for {w.md(v.period)}: pick another "
                "period to see the other counties' figures (figures of different periods are not compared).",
                icon=":material/info:")
    st.caption("One figure per county, all of the same period: results only (targets such as 力争/目标/预计 are "
               "listed apart), each county's latest. "
               + ("The comparison ignores the county filter: it is across all counties." if f.counties else ""))
    st.dataframe(w.figures_shown(v.comparison)[["county", "figure", "metric", "period_shown", "subject", "issue_date", "sentence"]],
                 hide_index=True, width="stretch", column_config={"period_shown": "period"})
    if not v.not_compared.empty:
        with st.expander(f"{v.not_compared_total} other figures of {w.md(metric)} (targets, other periods)"):
            w.shown_of(len(v.not_compared), v.not_compared_total)
            st.dataframe(w.figures_shown(v.not_compared)[["county", "figure", "metric", "period", "why", "issue_date", "sentence"]],
                         hide_index=True, width="stretch")
