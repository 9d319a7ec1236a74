"""The dashboard's DataFrame functions, on the parsed seeds (and a tiny corpus for edge cases)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dash_fixtures import seeds, seeds_store, tiny  # noqa: F401
from jdash import queries as Q
from jdash.filters import Filters


def headlines(df: pd.DataFrame) -> set[str]:
    return set(df["headline"])


# ---------------------------------------------------------------- filtering


def test_no_filter_keeps_everything(seeds):
    assert len(Q.filter_articles(seeds.articles, Filters())) == len(seeds.articles) > 30


def test_county_filter(seeds):
    got = Q.filter_articles(seeds.articles, Filters(counties=("泗水县",)))
    assert "泗水着力放大助企攀登质量效益" in headlines(got)
    assert all("泗水县" in c or p == "泗水县" for c, p in zip(got["counties"], got["primary_county"]))
    assert len(got) < len(seeds.articles)


def test_free_text_query(seeds):
    got = Q.filter_articles(seeds.articles, Filters(q="算力中心"))
    assert "省内首家县域算力中心落户嘉祥" in headlines(got)
    assert all("算力中心" in (h + (b or "")) for h, b in zip(got["headline"], got["body"]))
    # Several words: every one must occur.
    both = Q.filter_articles(seeds.articles, Filters(q="算力中心 嘉祥"))
    none = Q.filter_articles(seeds.articles, Filters(q="算力中心 火星"))
    assert len(both) >= 1 and none.empty


def test_date_range_is_inclusive_and_drops_undated(seeds):
    issued = pd.to_datetime(seeds.articles["issue_date"])
    day = issued.dropna().min().date()
    got = Q.filter_articles(seeds.articles, Filters(start=day, end=day))
    assert len(got) == (issued.dt.date == day).sum() > 0
    got = Q.filter_articles(seeds.articles, Filters(start=date(2022, 1, 1), end=date(2022, 12, 31)))
    assert set(pd.to_datetime(got["issue_date"]).dt.year) == {2022}


def test_topic_and_official_filters(seeds):
    topic = Q.value_counts(seeds.articles, "topics")["value"].iloc[0]
    got = Q.filter_articles(seeds.articles, Filters(topics=(topic,)))
    assert len(got) and all(topic in t for t in got["topics"])
    got = Q.filter_articles(seeds.articles, Filters(officials=("林红玉",)))
    assert len(got) >= 3 and all("林红玉" in o for o in got["officials"])


def test_filters_combine(seeds):
    f = Filters(counties=("嘉祥县",), q="算力")
    got = Q.filter_articles(seeds.articles, f)
    assert headlines(got) <= headlines(Q.filter_articles(seeds.articles, Filters(q="算力")))
    assert "省内首家县域算力中心落户嘉祥" in headlines(got)


def test_entity_rows_follow_their_articles(seeds):
    arts = Q.filter_articles(seeds.articles, Filters(counties=("泗水县",)))
    figs = Q.rows_for_articles(seeds.figures, arts["id"])
    assert set(figs["article_id"]) <= set(arts["id"])


def test_options_offer_what_the_corpus_has(seeds):
    opts = Q.options(seeds.articles, seeds.officials)
    assert {"泗水县", "嘉祥县"} <= set(opts["counties"])
    assert "林红玉" in opts["officials"]
    assert len(opts["topics"]) >= 5


# ---------------------------------------------------------------- overview


def test_summary(seeds):
    s = Q.summary(seeds.articles, seeds.pages, seeds.warnings)
    assert s["pages"] == 5 and s["articles"] == len(seeds.articles)
    assert s["first"] < s["last"]


def test_value_counts_counts_articles_not_mentions(tiny):
    vc = Q.value_counts(tiny.articles, "officials")
    assert dict(zip(vc["value"], vc["articles"])) == {"林红玉": 2, "于永生": 2}
    assert Q.value_counts(tiny.articles.iloc[0:0], "counties").empty


def test_page_kind_counts_cover_every_article(seeds):
    pk = Q.page_kind_counts(seeds.articles)
    assert pk["articles"].sum() == len(seeds.articles)
    assert pk["source"].nunique() == 5


def test_top_officials_leave_national_leaders_out_by_default(seeds):
    top = Q.top_officials(seeds.officials, 10)
    assert {"林红玉", "于永生"} <= set(top["name"].head(5))  # the city's party secretary and mayor
    assert "national" not in set(top["level"])
    assert top["articles"].is_monotonic_decreasing


# ---------------------------------------------------------------- time


@pytest.mark.parametrize("days, freq", [(0, "D"), (60, "D"), (61, "W"), (366, "W"), (367, "M"), (3000, "Y")])
def test_choose_freq(days, freq):
    first = date(2022, 1, 1)
    assert Q.choose_freq(first, (pd.Timestamp(first) + pd.Timedelta(days=days)).date()) == freq


def test_timeline_counts_each_dated_article_once_in_primary_mode(seeds):
    tl = Q.topic_timeline(seeds.articles, "M")
    dated = pd.to_datetime(seeds.articles["issue_date"]).notna().sum()
    assert tl["articles"].sum() == dated
    all_labels = Q.topic_timeline(seeds.articles, "M", mode="all")
    assert all_labels["articles"].sum() >= dated


@pytest.mark.parametrize("mode", ["primary", "all"])
def test_every_bar_lists_exactly_its_articles(seeds, mode):
    tl = Q.topic_timeline(seeds.articles, "M", mode=mode)
    for row in tl.itertuples(index=False):
        got = Q.articles_in_bin(seeds.articles, row.period, "M", row.topic, mode=mode)
        assert len(got) == row.articles
        assert (pd.to_datetime(got["issue_date"]).dt.to_period("M") == pd.Timestamp(row.period).to_period("M")).all()


@pytest.mark.parametrize("freq", ["D", "W", "M", "Y"])
def test_period_start_and_end_bracket_the_date(freq):
    d = pd.Series(pd.to_datetime(["2022-05-08", "2023-12-31"]))
    starts = Q.period_start(d, freq)
    for day, start in zip(d, starts):
        assert start <= day < Q.period_end(start, freq)


# ---------------------------------------------------------------- keywords


def test_keyword_counts_and_frequencies(seeds):
    kc = Q.keyword_counts(seeds.articles, 20)
    assert len(kc) == 20 and kc["articles"].is_monotonic_decreasing
    freqs = Q.term_frequencies(seeds.articles, 50)
    assert list(freqs)[0] == kc["term"].iloc[0]


def test_term_trend(seeds):
    tr = Q.term_trend(seeds.articles, "助企攀登", "M")
    assert tr["mentions"].sum() >= tr["articles"].sum() > 0
    text = Q.text_of(seeds.articles)
    assert tr["mentions"].sum() == text.str.count("助企攀登").sum()


def test_concordance_rows_are_real_context(seeds):
    kwic = Q.concordance(seeds.articles, "林红玉", width=10)
    assert len(kwic) >= 5
    texts = {a: " ".join(Q.text_of(seeds.articles.loc[seeds.articles["id"] == a]).iloc[0].split())
             for a in kwic["article_id"].unique()}
    for r in kwic.itertuples(index=False):
        assert r.match == "林红玉" and len(r.left) <= 10 and len(r.right) <= 10
        assert r.left + r.match + r.right in texts[r.article_id]
    assert len(Q.concordance(seeds.articles, "林红玉", limit=3)) == 3
    assert Q.concordance(seeds.articles, "").empty


# ---------------------------------------------------------------- officials and network


def test_official_titles_and_co_officials(seeds):
    titles = Q.official_titles(seeds.officials, "林红玉")
    assert "市委书记" in set(titles["title"])
    assert titles["issue_date"].is_monotonic_increasing
    co = Q.co_officials(seeds.officials, "林红玉")
    assert "于永生" in set(co["name"])
    assert co.set_index("name").at["于永生", "shared"] >= 3
    assert len(Q.articles_of_official(seeds.articles, seeds.officials, "林红玉")) == titles["article_id"].nunique()


def test_network_frames_lay_out_the_real_network(seeds):
    from jdash.network import build_network

    g = build_network(seeds.officials)
    nodes, edges = Q.network_frames(g)
    assert {"林红玉", "于永生"} <= set(nodes["name"])
    pair = edges.loc[edges[["source", "target"]].apply(set, axis=1) == {"林红玉", "于永生"}]
    assert len(pair) == 1 and pair["weight"].iloc[0] >= 3
    assert nodes[["x", "y"]].notna().all().all()
    reporters = {r for rs in seeds.articles["reporters"] for r in rs}
    assert not reporters & set(nodes["name"])
    # Same seed, same picture.
    again, _ = Q.network_frames(g)
    pd.testing.assert_frame_equal(nodes, again)
    small, _ = Q.network_frames(g, max_nodes=3)
    assert len(small) == 3 and set(small["name"]) <= set(nodes["name"].head(len(nodes)))


# ---------------------------------------------------------------- counties


def _has(df, **want) -> bool:
    mask = pd.Series(True, index=df.index)
    for k, v in want.items():
        mask &= df[k] == v
    return bool(mask.any())


def test_sishui_revenue_and_jiaxiang_projects_are_headline_figures(seeds):
    key = Q.key_figures(seeds.figures)
    sishui = key.loc[key["county"] == "泗水县"]
    assert _has(sishui, value=35.9, unit="亿元")
    row = sishui.loc[sishui["value"] == 35.9].iloc[0]
    assert "营业收入" in (row["canonical_metric"] or row["metric"]) and row["period"] == "1至6月份"
    assert "35.9亿元" in row["sentence"].replace(" ", "")
    jx = key.loc[key["county"] == "嘉祥县"]
    assert _has(jx, value=154.0, unit="亿元") and _has(jx, value=620.0, unit="亿元")
    assert _has(jx, value=11.0, unit="个") and _has(jx, value=76.0, unit="个")


def test_headline_figures_show_several_metrics_per_county(seeds):
    glance = Q.headline_figures(seeds.figures, per_county=4)
    assert glance.groupby("county").size().max() <= 4
    sishui = glance.loc[glance["county"] == "泗水县"]
    assert sishui.iloc[0]["value"] == 35.9 and {2.52, 2.67} <= set(sishui["value"])
    jx = glance.loc[glance["county"] == "嘉祥县"]
    assert {620.0, 11.0, 76.0} <= set(jx["value"])
    assert not Q.key_figures(seeds.figures)["canonical_metric"].isna().any()  # a printed-only metric is no county's
    assert Q.metric_name(jx).nunique() == len(jx)  # one figure per metric before any second one


def test_county_profile_has_every_figure_with_period_and_sentence(seeds):
    p = Q.county_profile(seeds.articles, seeds.officials, seeds.figures, "泗水县")
    assert len(p.figures) == (seeds.figures["county"] == "泗水县").sum() > 0
    assert {"period", "sentence", "metric", "value", "unit"} <= set(p.figures.columns)
    assert p.figures["sentence"].str.len().gt(0).all()
    assert "泗水着力放大助企攀登质量效益" in headlines(p.articles)
    assert len(p.topics) > 0


def test_county_overview(seeds):
    ov = Q.county_overview(seeds.articles, seeds.figures)
    assert {"泗水县", "嘉祥县"} <= set(ov["county"])
    assert ov.set_index("county").at["嘉祥县", "figures"] >= 4


def test_metric_comparison_across_counties(seeds):
    opts = Q.metric_options(seeds.figures)
    assert "总投资" in set(opts["metric"])
    cmp_ = Q.metric_comparison(seeds.figures, "总投资")
    assert {154.0, 620.0} <= set(cmp_.loc[cmp_["county"] == "嘉祥县", "value"])
    assert cmp_["county"].notna().all()


# ---------------------------------------------------------------- articles


def test_article_list_is_newest_first(seeds):
    lst = Q.article_list(seeds.articles)
    assert pd.to_datetime(lst["issue_date"]).dropna().is_monotonic_decreasing


def test_article_marks_and_segments(tiny):
    art = tiny.articles.iloc[0]
    marks = Q.article_marks(art, tiny.officials, tiny.figures)
    assert marks["林红玉"] == "official" and marks["泗水县"] == "county" and marks["35.9亿元"] == "figure"
    segs = Q.article_segments(art["body"], marks)
    assert "".join(s for s, _ in segs) == art["body"]  # nothing lost or added
    assert ("35.9亿元", "figure") in segs and ("泗水县", "county") in segs  # the longer form wins over 泗水


def test_segments_never_escape_or_interpret(tiny):
    body = tiny.articles.iloc[1]["body"]
    segs = Q.article_segments(body, {"于永生": "official"})
    assert "".join(s for s, _ in segs) == body


def test_page_context(seeds):
    first_page = Q.articles_per_page(seeds.articles)["source"].iloc[0]
    arts = seeds.articles.loc[seeds.articles["source"] == first_page].sort_values("order")
    ctx = Q.page_context(seeds.articles, arts["id"].iloc[1])
    assert ctx["position"] == 1 and len(ctx["same_page"]) == len(arts)
    assert ctx["previous_page"] is None and ctx["next_page"] is not None
    nxt, nxt_first = ctx["next_page"]
    assert seeds.articles.set_index("id").at[nxt_first, "source"] == nxt
    assert Q.page_context(seeds.articles, "no-such-id")["position"] is None


def test_undated_articles_stay_out_of_time_charts(tiny):
    arts = tiny.articles.copy()
    arts.loc[0, "issue_date"] = pd.NaT
    tl = Q.topic_timeline(arts)
    assert tl["articles"].sum() == 2
    assert Q.topic_timeline(arts.iloc[0:1]).empty


def test_no_query_mutates_its_input(seeds):
    before = {n: getattr(seeds, n).copy(deep=True) for n in ("articles", "officials", "figures")}
    Q.filter_articles(seeds.articles, Filters(counties=("泗水县",), q="企业"))
    Q.topic_timeline(seeds.articles, "W", mode="all")
    Q.value_counts(seeds.articles, "topics")
    Q.county_profile(seeds.articles, seeds.officials, seeds.figures, "嘉祥县")
    Q.key_figures(seeds.figures)
    Q.metric_comparison(seeds.figures, "总投资")
    Q.concordance(seeds.articles, "企业")
    Q.top_officials(seeds.officials)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(getattr(seeds, name), frame)
