"""Chart builders: figure structure via `fig.to_dict()` (traces, labels, axes), never pixels."""

from __future__ import annotations

import pandas as pd
import pytest

from dash_fixtures import seeds, seeds_store, tiny  # noqa: F401
from jdash import charts, export, queries as Q


def _annotation_texts(d: dict) -> list[str]:
    return [a["text"] for a in d["layout"].get("annotations", [])]


def test_topic_timeline_stacks_one_trace_per_topic_on_a_date_axis(seeds):
    data = Q.topic_timeline(seeds.articles, "M")
    before = data.copy()
    d = charts.topic_timeline(data, freq="M").to_dict()
    pd.testing.assert_frame_equal(data, before)
    assert d["layout"]["barmode"] == "stack"
    assert d["layout"]["xaxis"]["type"] == "date"
    assert [t["name"] for t in d["data"]] == list(dict.fromkeys(data["topic"]))
    assert sum(sum(t["y"]) for t in d["data"]) == data["articles"].sum()
    for t in d["data"]:
        assert t["type"] == "bar"
        # Each bar knows its bin and topic, for the click-through.
        assert all(c[1] == t["name"] for c in t["customdata"])
        starts = [pd.Timestamp(c[0]) for c in t["customdata"]]
        assert all(s.day == 1 for s in starts)


def test_topic_colours_do_not_depend_on_the_filter(seeds):
    order = Q.options(seeds.articles)["topics"]
    full = charts.topic_timeline(Q.topic_timeline(seeds.articles, "M"), freq="M", topic_order=order).to_dict()
    some = seeds.articles.loc[seeds.articles["topics"].map(lambda t: order[3] in t[:1])]
    part = charts.topic_timeline(Q.topic_timeline(some, "M"), freq="M", topic_order=order).to_dict()
    colours = {t["name"]: t["marker"]["color"] for t in full["data"]}
    assert len(set(colours.values())) == len(colours)  # every topic its own colour
    assert all(colours[t["name"]] == t["marker"]["color"] for t in part["data"])


def test_ranking_is_largest_first_with_full_labels(seeds):
    top = Q.top_officials(seeds.officials, 10)
    d = charts.ranking(top, label="name", hover="title", n=5).to_dict()
    (bar,) = d["data"]
    assert bar["orientation"] == "h" and len(bar["y"]) == 5
    assert [c[0] for c in bar["customdata"]] == top["name"].head(5).tolist()
    assert list(bar["x"]) == top["articles"].head(5).tolist()
    assert d["layout"]["yaxis"]["autorange"] == "reversed"


def test_page_counts_stack_kinds_per_page(seeds):
    data = Q.page_kind_counts(seeds.articles)
    d = charts.page_counts(data).to_dict()
    assert {t["name"] for t in d["data"]} == set(data["kind"])
    assert sum(sum(t["y"]) for t in d["data"]) == len(seeds.articles)
    assert len(d["layout"]["xaxis"]["categoryarray"]) == 5


def test_page_counts_name_pages_without_their_suffix_and_mark_a_cut():
    """Labels were the source's first 12 characters: 'i04_gb18030.' and 'pages/i02.tx'."""
    data = pd.DataFrame({"source": ["pages/i02.txt", "i04_gb18030.txt", "003_85b82fb2a4452231.txt"],
                         "issue_date": [pd.Timestamp("2022-05-08"), pd.NaT, pd.NaT],
                         "kind": ["news"] * 3, "articles": [1, 2, 3]})
    labels = charts.page_counts(data).to_dict()["layout"]["xaxis"]["categoryarray"]
    assert list(labels) == ["2022-05-08 pages/i02", "undated i04_gb18030", "undated 003_85b82fb2…"]


def test_page_counts_labels_stand_upright_when_the_pages_are_many():
    """37 real pages' labels, slanted at 30°, ran into each other; the plot keeps its height."""
    def layout(n):
        data = pd.DataFrame({"source": [f"pool/h{i:02}.txt" for i in range(n)], "issue_date": pd.NaT,
                             "kind": "news", "articles": 1})
        return charts.page_counts(data).to_dict()["layout"]

    few, many = layout(8), layout(37)
    assert few["xaxis"]["tickangle"] == -30 and many["xaxis"]["tickangle"] == -90
    assert many["margin"]["b"] > few["margin"]["b"]
    assert many["height"] - many["margin"]["b"] == few["height"] - few["margin"]["b"]


def test_page_counts_csv_gives_years_as_whole_numbers():
    """A page known only to its year beside undated pages: the CSV read '2016.0'."""
    data = pd.DataFrame({"source": ["a.txt", "b.txt"], "issue_date": [pd.NaT, pd.NaT],
                         "issue_year": [2016.0, float("nan")], "kind": ["news"] * 2, "articles": [1, 2]})
    csv = export.table_csv(export.chart_data(charts.page_counts(data))).decode("utf-8-sig").splitlines()
    assert csv[:3] == ["source,issue_date,issue_year,kind,articles", "a.txt,,2016,news,1", "b.txt,,,news,2"]


def test_term_trend_has_articles_and_mentions(seeds):
    data = Q.term_trend(seeds.articles, "林红玉", "M")
    d = charts.term_trend(data, term="林红玉").to_dict()
    assert [t["name"] for t in d["data"]] == ["articles", "mentions"]
    assert "林红玉" in d["layout"]["title"]["text"]


def test_network_graph_sizes_and_colours_nodes(seeds):
    from jdash.network import build_network

    nodes, edges = Q.network_frames(build_network(seeds.officials))
    d = charts.network_graph(nodes, edges, highlight="林红玉").to_dict()
    node_traces = [t for t in d["data"] if t.get("mode") == "markers+text"]
    names = [c[0] for t in node_traces for c in t["customdata"]]
    assert sorted(names) == sorted(nodes["name"])
    assert {t["name"] for t in node_traces} <= {"national", "province", "city", "county", "zone", "other"}
    biggest = max((s, c[0]) for t in node_traces for s, c in zip(t["marker"]["size"], t["customdata"]))
    assert biggest[1] == nodes["name"].iloc[0]  # the official with most articles is the largest node
    edge_lines = [t for t in d["data"] if t.get("mode") == "lines"]
    assert edge_lines and len({t["line"]["width"] for t in edge_lines}) == len(edge_lines)
    by_comm = charts.network_graph(nodes, edges, colour_by="community").to_dict()
    assert all(t["name"].startswith(("group", "alone")) for t in by_comm["data"] if t.get("mode") == "markers+text")


def test_a_chart_coloured_by_one_group_alone_keeps_its_key(seeds):
    """Plotly hides the legend of a single trace: the network of undated pages (county officials only) drew
    green dots with no key; a page of one kind, or one topic, said neither."""
    from jdash.network import build_network

    nodes, edges = Q.network_frames(build_network(seeds.officials))
    one_level = nodes.loc[nodes["level"] == nodes["level"].iloc[0]]
    d = charts.network_graph(one_level, edges.iloc[0:0]).to_dict()
    assert len([t for t in d["data"] if t.get("mode") == "markers+text"]) == 1 and d["layout"]["showlegend"] is True
    kinds = Q.page_kind_counts(seeds.articles)
    one_kind = kinds.loc[kinds["kind"] == kinds["kind"].iloc[0]]
    assert charts.page_counts(one_kind).to_dict()["layout"]["showlegend"] is True
    data = Q.topic_timeline(seeds.articles, "M")
    one_topic = data.loc[data["topic"] == data["topic"].iloc[0]]
    assert charts.topic_timeline(one_topic, freq="M").to_dict()["layout"]["showlegend"] is True


def test_official_titles_over_time(seeds):
    data = Q.official_titles(seeds.officials, "林红玉")
    d = charts.official_titles(data, name="林红玉").to_dict()
    assert d["layout"]["yaxis"]["type"] == "category" and "市委书记" in d["data"][0]["y"]
    assert d["layout"]["xaxis"]["type"] == "date"


def test_date_axes_of_one_day_span_weeks_not_milliseconds():
    """An official named on one day only (one the user added in the reader) drew an axis of hours and
    milliseconds (`23:59:59.999 May 4, 2019`): the axis spans weeks around that day; a longer span is plotly's."""
    one = pd.DataFrame({"issue_date": ["2019-05-05", "2019-05-05"], "title": ["副市长", "副市长"], "article_id": ["a", "b"]})
    x = charts.official_titles(one, name="张三").to_dict()["layout"]["xaxis"]
    start, end = (pd.Timestamp(v) for v in x["range"])
    assert start < pd.Timestamp("2019-05-05") < end and end - start >= pd.Timedelta(days=60)
    years = one.assign(issue_date=["2018-01-02", "2019-05-05"])
    assert "range" not in charts.official_titles(years, name="张三").to_dict()["layout"]["xaxis"]
    # The keyword's trend, over the one day a filter keeps, did the same.
    trend = charts.term_trend(pd.DataFrame({"period": ["2019-05-05"], "articles": [2], "mentions": [3]}), term="游客")
    start, end = (pd.Timestamp(v) for v in trend.to_dict()["layout"]["xaxis"]["range"])
    assert end - start >= pd.Timedelta(days=60)


def test_metric_comparison_shows_each_figure_never_sums(seeds):
    data = Q.metric_comparison(seeds.figures, "总投资")
    d = charts.metric_comparison(data, metric="总投资").to_dict()
    shown = [(x, y) for t in d["data"] for x, y in zip(t["x"], t["y"])]
    assert len(shown) == len(data)
    jx = sorted(y for x, y in shown if x == "嘉祥县")
    assert 154.0 in jx and 620.0 in jx  # as printed, in 亿元
    assert d["layout"]["yaxis"]["title"]["text"] == "总投资 (亿元)"
    assert d["layout"]["barmode"] == "group"


def test_metric_comparison_one_labelled_bar_per_county_with_a_period_legend():
    rows = pd.DataFrame({
        "county": ["泗水县", "嘉祥县"], "value": [35.9, 12.0], "unit": ["亿元", "亿元"], "approx": ["", "超"],
        "normalised_value": [35.9e8, 12e8], "base_unit": ["元", "元"], "period": ["1至6月份", "上半年"],
        "period_class": ["2022 上半年", "2022 上半年"], "subject": ["", ""], "sentence": ["…", "…"]})
    d = charts.metric_comparison(rows, metric="营业收入").to_dict()
    assert len(d["data"]) == 1 and d["data"][0]["name"] == "2022 上半年" and d["layout"]["showlegend"]
    assert list(d["data"][0]["x"]) == ["泗水县", "嘉祥县"] and list(d["data"][0]["text"]) == ["35.9亿元", "超12亿元"]
    assert d["layout"]["xaxis"]["title"]["text"] == "county"
    assert d["layout"]["yaxis"]["title"]["text"] == "营业收入 (亿元)"
    assert d["layout"]["legend"]["title"]["text"] == "period"


def test_metric_comparison_scales_mixed_units(tiny):
    figs = tiny.figures.copy()
    figs.loc[2, ["value", "unit", "normalised_value"]] = [5000.0, "万元", 5e7]
    figs.loc[2, "canonical_metric"] = "营业收入"
    data = Q.metric_comparison(figs, "营业收入")
    from jdash.charts.metric_comparison import display_values

    values, unit = display_values(data)
    assert unit == "亿元" and sorted(values.round(2)) == [0.5, 35.9]


def test_county_map_colours_the_counties_of_the_overview(seeds):
    ov = Q.county_overview(seeds.articles, seeds.figures)
    fig = charts.county_map(ov, selected="泗水县")
    shown = {c[0]: c[1] for trace in fig.data if trace.customdata is not None for c in trace.customdata}
    counts = dict(zip(ov["county"], ov["mentioned"]))
    assert {c: n for c, n in counts.items() if c in shown} == {c: shown[c] for c in counts if c in shown}
    assert len(shown) >= 11 and "泗水县" in shown  # every unit is on the map, counted or not


def test_word_cloud_is_one_image(seeds):
    freqs = Q.term_frequencies(seeds.articles, 60)
    d = charts.word_cloud(freqs, font_path=str(export.find_cjk_font())).to_dict()
    (img,) = d["data"]
    assert img["type"] == "image" and img["source"].startswith("data:image/png;base64,")
    assert d["layout"]["meta"]["terms"][0] == next(iter(freqs))


@pytest.mark.parametrize("build", [
    lambda: charts.topic_timeline(Q.topic_timeline(pd.DataFrame(columns=["id", "issue_date", "topics"]))),
    lambda: charts.ranking(pd.DataFrame(columns=["value", "articles"])),
    lambda: charts.page_counts(pd.DataFrame(columns=["source", "issue_date", "kind", "articles"])),
    lambda: charts.term_trend(pd.DataFrame(columns=["period", "articles", "mentions"]), term="火星"),
    lambda: charts.network_graph(*Q.network_frames(__import__("networkx").Graph())),
    lambda: charts.official_titles(pd.DataFrame(columns=["issue_date", "title", "article_id"]), name="某"),
    lambda: charts.metric_comparison(pd.DataFrame(columns=["county", "value", "unit"]), metric="总投资"),
    lambda: charts.county_map(pd.DataFrame(columns=["county", "mentioned"])),
    lambda: charts.word_cloud({}, font_path="unused"),
])
def test_empty_data_gives_a_message_not_an_empty_axis(build):
    d = build().to_dict()
    assert d["data"] == [] and _annotation_texts(d)


def test_charts_use_a_cjk_font_stack(seeds):
    d = charts.ranking(Q.value_counts(seeds.articles, "counties")).to_dict()
    assert "WenQuanYi Micro Hei" in d["layout"]["font"]["family"]


HOSTILE = "<b>粗</b><a href='javascript:alert(1)'>链</a><script>x</script>"
SHOWN = ("x", "y", "text", "hovertext", "name")


def _shown_strings(d: dict) -> list[str]:
    """Every string plotly draws as a label: axis values, text, hover text, trace names, titles."""
    out = [d["layout"].get("title", {}).get("text", "")]
    for axis in ("xaxis", "yaxis"):
        out.append(str(d["layout"].get(axis, {}).get("title", {}).get("text", "")))
    for t in d["data"]:
        for key in SHOWN:
            v = t.get(key)
            out.extend(str(x) for x in (v if isinstance(v, (list, tuple)) else [v]) if x is not None)
        for row in t.get("customdata") or []:
            if t.get("type") == "bar" and "hovertemplate" in t and "customdata[3]" in t["hovertemplate"]:
                out.extend(str(x) for x in row)  # metric_comparison shows its customdata
    return out


def test_text_from_pages_is_inert_in_every_chart(tiny):
    arts = tiny.articles.assign(topics=[[HOSTILE], [HOSTILE], ["x"]], source=[HOSTILE, HOSTILE, "p2.txt"],
                                kind=[HOSTILE, "news", "news"])
    offs = tiny.officials.assign(name=[HOSTILE, "于永生", HOSTILE, "于永生"], title=HOSTILE,
                                 titles=[[HOSTILE]] * 4)
    figs = tiny.figures.assign(county=HOSTILE, metric="总投资", canonical_metric="总投资", sentence=HOSTILE,
                               period=HOSTILE, subject=HOSTILE)
    import networkx as nx

    g = nx.Graph()
    g.add_node(HOSTILE, title=HOSTILE, level="city", articles=2)
    g.add_node("于永生", title="市长", level="city", articles=2)
    g.add_edge(HOSTILE, "于永生", weight=1, articles="a3")
    built = [
        charts.topic_timeline(Q.topic_timeline(arts, "M"), freq="M"),
        charts.ranking(Q.top_officials(offs), label="name", hover="title"),
        charts.page_counts(Q.page_kind_counts(arts)),
        charts.term_trend(Q.term_trend(arts, "<b>"), term=HOSTILE),
        charts.network_graph(*Q.network_frames(g)),
        charts.official_titles(Q.official_titles(offs, HOSTILE), name=HOSTILE),
        charts.metric_comparison(Q.metric_comparison(figs, "总投资"), metric=HOSTILE),
    ]
    for fig in built:
        shown = " ".join(_shown_strings(fig.to_dict()))
        assert "<script" not in shown and "<a " not in shown and "<b>粗" not in shown
        assert "&lt;" in shown, fig.layout.title.text


def _hue(hex_colour: str) -> float:
    import colorsys

    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[0] * 360


def test_every_topic_has_a_hue_of_its_own():
    """Issue 12: 15+ topics, no repeated hue (the old palette paired a dark and a light blue …)."""
    from jdash.topics import taxonomy

    topics = [t.name for t in taxonomy()] + ["（未分类）", "extra topic"]
    data = pd.DataFrame({"period": ["2022-01-01"] * len(topics), "topic": topics, "articles": [1] * len(topics)})
    d = charts.topic_timeline(data, freq="M", topic_order=topics[:-1]).to_dict()
    hues = sorted(_hue(t["marker"]["color"]) for t in d["data"])
    assert len(hues) == len(topics) >= 15
    gaps = [b - a for a, b in zip(hues, hues[1:])] + [360 - hues[-1] + hues[0]]
    assert min(gaps) > 0.8 * 360 / len(topics)  # evenly spread: no two topics share a hue


@pytest.mark.parametrize("freq,label", [("D", "%Y-%m-%d"), ("M", "%Y-%m"), ("Y", "%Y")])
def test_a_timeline_of_one_article_has_whole_counts_and_no_hour_ticks(freq, label):
    """One article on the Articles page drew ticks at 00:00 / 12:00 and counts of 0.5."""
    one = pd.DataFrame({"period": ["2016-03-01"], "topic": ["economy"], "articles": [1]})
    layout = charts.topic_timeline(one, freq=freq).to_dict()["layout"]
    assert layout["xaxis"]["tickformat"] == label
    ticks = layout["xaxis"].get("ticktext") or []
    assert "dtick" in layout["xaxis"] or ticks == [pd.Timestamp("2016-03-01").strftime(label)]
    assert layout["yaxis"]["dtick"] == 1


@pytest.mark.parametrize("freq", ["Y", "M"])
def test_each_yearly_or_monthly_bar_is_labelled_with_its_own_bin(freq):
    """Yearly ticks stood at 1 January, between two bars: the 2011 bar sat beside '2012', and a reader took
    2011's ten articles for 2012's. A label is now under the middle of the bar it names."""
    data = pd.DataFrame({"period": ["2011-01-01", "2012-01-01", "2014-01-01"] if freq == "Y" else
                         ["2011-11-01", "2011-12-01", "2012-02-01"], "topic": "economy", "articles": [10, 2, 1]})
    d = charts.topic_timeline(data, freq=freq).to_dict()
    xaxis = d["layout"]["xaxis"]
    where = dict(zip(xaxis["ticktext"], (pd.Timestamp(t) for t in xaxis["tickvals"])))
    bars = {pd.Timestamp(x): y for x, y in zip(d["data"][0]["x"], d["data"][0]["y"])}
    fmt = "%Y" if freq == "Y" else "%Y-%m"
    for period, n in zip(data["period"], data["articles"]):
        name = pd.Timestamp(period).strftime(fmt)
        assert bars[where[name]] == n  # the tick named for the bin is at its bar
    assert len(where) == (4 if freq == "Y" else 4)  # the empty bin between is named too


def test_a_long_timeline_labels_at_most_sixteen_round_bins():
    many = pd.DataFrame({"period": pd.date_range("2010-01-01", periods=120, freq="MS").strftime("%Y-%m-%d"),
                         "topic": "economy", "articles": 40})
    layout = charts.topic_timeline(many, freq="M").to_dict()["layout"]
    labels = layout["xaxis"]["ticktext"]
    assert 8 <= len(labels) <= 16 and all(t.endswith("-01") for t in labels)
    assert "dtick" not in layout["xaxis"] and "dtick" not in layout["yaxis"]
