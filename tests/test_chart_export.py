"""Every chart's own data (the CSV of its downloads) is what it draws; exported images carry a
caption; image export leaves no browser processes behind."""

from __future__ import annotations

import glob
import io
import time

import numpy as np
import pandas as pd
import pytest

from dash_fixtures import seeds  # noqa: F401
from jdash import charts, export, queries as Q


def _num(values) -> list[float]:
    return [float(v) for v in np.asarray(values, dtype=float)]


def _drawn(fig) -> tuple[list[str], list[float]]:
    """(labels, quantities) as the figure draws them: bar lengths, choropleth colours, marker values."""
    labels, values = [], []
    for t in fig.data:
        if t.type == "bar":
            horizontal = t.orientation == "h"
            values += _num(t.x if horizontal else t.y)
            custom = t.customdata  # ranking: (label, hover); timeline: (bin start, topic); page counts: source
            labels += [str(c) if isinstance(c, str) else str(c[1] if t.name and c[1] == t.name else c[0]) for c in custom]
        elif t.type == "choropleth":
            values += _num(t.z)
            labels += [c[0] for c in t.customdata]
        elif t.type == "scattergeo" and t.customdata is not None:
            values += _num(t.marker.color)
            labels += [c[0] for c in t.customdata]
    return labels, values


CHARTS = {
    "ranking": lambda s: charts.ranking(Q.value_counts(s.articles, "topics"), n=5),
    "top_officials": lambda s: charts.ranking(Q.top_officials(s.officials, None), label="name", hover="title", n=10),
    "timeline": lambda s: charts.topic_timeline(Q.topic_timeline(s.articles, "M"), freq="M"),
    "page_counts": lambda s: charts.page_counts(
        s.articles.groupby(["source", "kind"]).size().rename("articles").reset_index()
        .merge(s.articles.groupby("source")["issue_date"].first().reset_index())),
    "map": lambda s: charts.county_map(Q.county_overview(s.articles, s.figures)),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_a_charts_csv_is_what_it_draws(seeds, name):
    fig = CHARTS[name](seeds)
    data = export.chart_data(fig)
    value = fig.layout.meta["data"]["value"]
    labels, values = _drawn(fig)
    assert len(data) == len(values) > 0
    assert sorted(_num(data[value])) == sorted(values)
    csv = pd.read_csv(io.BytesIO(export.table_csv(data)), encoding="utf-8-sig")
    assert list(csv.columns) == list(export.with_codes(data).columns)
    assert sorted(_num(csv[value])) == sorted(values)
    label_column = {"ranking": "value", "top_officials": "name", "map": "county", "timeline": "topic", "page_counts": "source"}
    assert sorted(map(str, csv[label_column[name]])) == sorted(labels)


def test_the_ranking_csv_holds_the_bars_shown_not_the_whole_table(seeds):
    full = Q.value_counts(seeds.articles, "topics")
    assert len(full) > 5
    data = export.chart_data(charts.ranking(full, n=5))
    assert data["value"].tolist() == full["value"].head(5).tolist()


def test_the_word_clouds_csv_is_the_words_it_drew(seeds):
    freqs = Q.term_frequencies(seeds.articles, 300)
    fig = charts.word_cloud(freqs, font_path=str(export.find_cjk_font()), width=300, height=150)
    data = export.chart_data(fig)
    # A small cloud has no room for every term: its data is the words drawn, not the term list.
    assert 0 < len(data) < len(freqs)
    assert set(data["term"]) <= set(freqs) and data["font_size"].min() > 0
    assert all(data["weight"] == [freqs[t] for t in data["term"]])
    assert data["x"].between(0, 300).all() and data["y"].between(0, 150).all()


def test_network_and_titles_and_comparison_carry_their_data(seeds):
    from jdash.network import build_network

    nodes, edges = Q.network_frames(build_network(seeds.officials))
    net = export.chart_data(charts.network_graph(nodes, edges))
    assert set(net["name"]) == set(nodes["name"])
    assert sum(s.count("(") for s in net["appears_with"]) == 2 * len(edges)
    titles = Q.official_titles(seeds.officials, "林红玉")
    assert len(export.chart_data(charts.official_titles(titles, name="林红玉"))) == titles["issue_date"].notna().sum()
    cmp = Q.metric_comparison(seeds.figures, "总投资")
    fig = charts.metric_comparison(cmp, metric="总投资")
    assert sorted(export.chart_data(fig)["shown"]) == sorted(v for t in fig.data for v in _num(t.y))


def test_an_empty_chart_has_an_empty_csv():
    data = export.chart_data(charts.ranking(pd.DataFrame(columns=["value", "articles"])))
    assert data.empty


def test_images_and_html_carry_the_caption(seeds):
    fig = CHARTS["ranking"](seeds)
    line = export.caption_line(filters="泗水县 · 乡村振兴", pages=5, articles=40, first="2021-12-04", last="2024-03-02")
    svg = export.figure_image(fig, "svg", caption=line).decode("utf-8")
    assert "泗水县 · 乡村振兴" in svg and "jdash" in svg and "2021-12-04" in svg
    html = export.figure_html(fig, caption=line).decode("utf-8")
    assert "corpus: 5 pages, 40 articles" in html
    from PIL import Image

    plain = Image.open(io.BytesIO(export.figure_image(fig, "png", scale=1)))
    captioned = Image.open(io.BytesIO(export.figure_image(fig, "png", scale=1, caption=line)))
    assert captioned.size[0] == plain.size[0] and captioned.size[1] >= plain.size[1] + export.CAPTION_PX
    assert fig.layout.annotations == ()  # the figure itself is untouched


def _descendants() -> list[str]:
    """Names of every process descended from this one (read from /proc)."""
    import os

    children: dict[int, list[tuple[int, str]]] = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            text = open(stat).read()
        except OSError:
            continue
        pid, name, ppid = int(text.split()[0]), text[text.index("(") + 1 : text.rindex(")")], int(text[text.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append((pid, name))
    out, todo = [], [os.getpid()]
    while todo:
        for pid, name in children.get(todo.pop(), []):
            out.append(name)
            todo.append(pid)
    return out


def test_image_export_leaves_no_browser_behind(seeds, monkeypatch):
    export.stop_image_server()
    before = _descendants()
    monkeypatch.setattr(export, "KEEP_ALIVE", 0.5)
    fig = CHARTS["ranking"](seeds)
    export.figure_image(fig, "png")
    export.figure_image(fig, "svg")
    during = _descendants()
    assert len(during) > len(before)  # kaleido's browser ran as our child …
    deadline = time.monotonic() + 30
    while _descendants() != before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _descendants() == before  # … and is gone once the exports are over
