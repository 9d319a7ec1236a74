"""Export bytes: real PNG/SVG through kaleido and Debian's chromium, CSV with a BOM, JSONL, GEXF/GraphML,
and the CJK font lookup order."""

from __future__ import annotations

import io
import json

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from PIL import Image

from dash_fixtures import seeds, seeds_store, tiny  # noqa: F401
from jdash import charts, export, queries
from jdash.errors import ExportError, FontNotFoundError


@pytest.fixture(scope="module")
def timeline_fig():
    from dash_fixtures import seeds_corpus

    data = queries.topic_timeline(seeds_corpus().articles, "M")
    return charts.topic_timeline(data, freq="M")


def test_png_is_a_real_image(timeline_fig):
    png = export.figure_image(timeline_fig, "png", width=800, height=400, scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    img = Image.open(io.BytesIO(png))
    assert img.size == (800, 400)
    # Not blank: a chart has many colours.
    assert len(np.unique(np.asarray(img.convert("RGB")).reshape(-1, 3), axis=0)) > 50


def test_svg_keeps_the_chinese_text(timeline_fig):
    svg = export.figure_image(timeline_fig, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<svg")
    topics = [t.name for t in timeline_fig.data]
    assert topics and all(t in svg for t in topics)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in "".join(topics))


def test_unknown_image_format_is_an_export_error(timeline_fig):
    with pytest.raises(ExportError, match="Unknown image format"):
        export.figure_image(timeline_fig, "bmp")


def test_no_browser_says_so_and_html_still_works(timeline_fig, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chrome")
    assert export.find_chrome() is None
    with pytest.raises(ExportError, match="Chrome or Chromium.*HTML export still works"):
        export.figure_image(timeline_fig, "png")
    html = export.figure_html(timeline_fig, title="话题时间线").decode("utf-8")
    assert "<title>话题时间线</title>" in html
    # The page draws the same figure: its traces, read back from the HTML's JSON (however plotly
    # escapes Chinese or "/" in it), are the figure's.
    data, layout = html_figure(html)
    assert [t["name"] for t in data] == [t.name for t in timeline_fig.data]
    assert any("\u4e00" <= ch <= "\u9fff" for t in data for ch in t["name"])
    assert layout["title"]["text"] == timeline_fig.layout.title.text


def html_figure(html: str) -> tuple[list, dict]:
    """The data and layout JSON passed to `Plotly.newPlot(id, data, layout, config)` in an HTML export."""
    decoder = json.JSONDecoder()
    at = html.index("Plotly.newPlot(") + len("Plotly.newPlot(")
    values = []
    while len(values) < 3:
        while html[at] in " \t\r\n,":
            at += 1
        value, at = decoder.raw_decode(html, at)
        values.append(value)
    return values[1], values[2]


def test_html_is_standalone(timeline_fig):
    html = export.figure_html(timeline_fig).decode("utf-8")
    assert "<script src=\"https://cdn" not in html  # plotly.js is inlined: opens offline
    assert len(html) > 1_000_000


def test_csv_starts_with_a_bom_and_keeps_chinese(seeds):
    data = export.table_csv(seeds.articles[["id", "headline", "counties", "issue_date"]])
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(frame.columns) == ["id", "headline", "counties", "county_codes", "issue_date"]
    assert len(frame) == len(seeds.articles)
    assert "全市助企攀登工作会议召开" in set(frame["headline"])
    # List cells are joined with 、 rather than printed as Python lists.
    assert not frame["counties"].dropna().str.startswith("[").any()


def test_csv_does_not_touch_its_input(tiny):
    before = tiny.articles.copy()
    export.table_csv(tiny.articles)
    pd.testing.assert_frame_equal(tiny.articles, before)


def test_jsonl_is_one_record_per_line(seeds):
    lines = export.table_jsonl(seeds.figures).decode("utf-8").splitlines()
    assert len(lines) == len(seeds.figures)
    first = json.loads(lines[0])
    assert set(first) == {*seeds.figures.columns, "county_code"}
    assert "\\u" not in lines[0]  # Chinese kept as is


def test_exports_carry_gbt2260_codes_next_to_counties(seeds):
    from jdash.datafiles import read_table
    from jdash.gazetteer import county_codes

    zones = {r["canonical"] for r in read_table("counties.csv") if r["type"] == "zone"}
    figs = export.with_codes(seeds.figures)
    assert list(figs.columns).index("county_code") == list(figs.columns).index("county") + 1
    for county, code in zip(figs["county"], figs["county_code"]):
        if county == "全市":
            assert code == "370800"
        elif county in zones:
            assert code is None  # a zone is no administrative division: no code
        elif county in county_codes():
            assert code == county_codes()[county] and code.startswith("3708") and len(code) == 6
    assert zones & set(figs["county"])  # the seeds have zone figures (济宁高新区)
    assert "370831" in set(figs["county_code"])  # 泗水县's figures
    arts = export.with_codes(seeds.articles)
    for counties, codes in zip(arts["counties"], arts["county_codes"]):
        assert len(codes) == len(counties)
        assert all(c == county_codes().get(n) for n, c in zip(counties, codes))
    assert export.with_codes(seeds.articles).equals(export.with_codes(export.with_codes(seeds.articles)))


def test_graph_exports_open_in_networkx(tmp_path):
    g = nx.Graph()
    g.add_node("林红玉", level="city", title="市委书记")
    g.add_node("于永生", level="city")
    g.add_edge("林红玉", "于永生", weight=3, articles="a1;a2;a3")
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        path = tmp_path / f"g.{fmt}"
        path.write_bytes(export.graph_bytes(g, fmt))
        back = read(path)
        assert set(back.nodes) == {"林红玉", "于永生"}
        assert int(float(back.edges["林红玉", "于永生"]["weight"])) == 3
        assert back.edges["林红玉", "于永生"]["articles"] == "a1;a2;a3"
    with pytest.raises(ExportError):
        export.graph_bytes(g, "dot")


def test_font_lookup_order(tmp_path, monkeypatch):
    monkeypatch.delenv(export.FONT_ENV, raising=False)
    mine = tmp_path / "mine.ttf"
    mine.write_bytes(b"font")
    assert export.find_cjk_font(mine) == mine  # the setting first
    monkeypatch.setenv(export.FONT_ENV, str(mine))
    assert export.find_cjk_font() == mine  # then the environment
    monkeypatch.delenv(export.FONT_ENV)
    from noto_cjk_sans_otc import FONT_PATH

    assert str(export.find_cjk_font()) == str(FONT_PATH)  # then the pip package
    monkeypatch.setattr(export, "_pip_font", lambda: None)
    assert str(export.find_cjk_font()) == "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"  # then the system


def test_no_font_is_a_clear_error(monkeypatch):
    monkeypatch.delenv(export.FONT_ENV, raising=False)
    monkeypatch.setattr(export, "_pip_font", lambda: None)
    monkeypatch.setattr(export, "SYSTEM_FONTS", ("/nonexistent/font.ttc",))
    with pytest.raises(FontNotFoundError, match="JDASH_FONT.*noto-cjk-sans-otc.*fonts-wqy-microhei"):
        export.find_cjk_font()


def test_word_cloud_png_draws_chinese_glyphs(seeds):
    """Rendered with the CJK font, the cloud's words are glyphs: a tofu box font would draw the
    same hollow rectangle for every character, so distinct words give distinct ink."""
    from jdash.charts.word_cloud import cloud_image

    font = export.find_cjk_font()
    a = cloud_image({"助企攀登": 1.0}, font_path=str(font), width=300, height=150)
    b = cloud_image({"乡村振兴": 1.0}, font_path=str(font), width=300, height=150)
    ink = lambda img: int((np.asarray(img.convert("L")) < 200).sum())  # noqa: E731
    assert ink(a) > 500 and ink(b) > 500
    assert a.tobytes() != b.tobytes()
    fig = charts.word_cloud(queries.term_frequencies(seeds.articles), font_path=str(font))
    png = export.figure_image(fig, "png", scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
