"""What a new user found wrong on pages the dashboard had not been tuned on (37 real pages, most
without a date), each seen again here on invented text: a figure's period on a county card that gave no
year, a link to an article without a headline that read `2023-01-04 · `, and a reader that listed
uncertain figures as if the Counties page kept them."""

from __future__ import annotations

import pytest

from dash_fixtures import store_of_pages
from test_app import link_labels, open_page

# A page with no date anywhere, whose story opens the page (no headline above it).
UNDATED = ("　　本报讯（记者 周七）今年1-9月份，金乡县实现地区生产总值111亿元，同比增长9%。"
           "全县完成固定资产投资93亿元，增长15%。\n\n")


@pytest.fixture()
def undated_store(tmp_path, monkeypatch):
    store = store_of_pages(tmp_path, {"page.txt": UNDATED})
    monkeypatch.setenv("JDASH_STORE", str(store))
    monkeypatch.setenv("JDASH_CORPUS", str(tmp_path / "pages"))
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    return store


def test_a_county_card_says_when_the_year_of_its_period_is_unknown(undated_store):
    """The card read `地区生产总值 111亿元 · 1-9月`: of which year, the page does not say, and the card
    did not say it did not know."""
    at = open_page("pages/counties.py")
    cards = [str(m.value).replace("\\", "") for m in at.markdown if "111亿元" in str(m.value)]
    assert cards and cards[0].endswith("· 1-9月 (issue date unknown)"), cards


def test_an_article_without_a_headline_is_listed_by_its_kind(undated_store):
    at = open_page("pages/articles.py")
    labels = [x for x in link_labels(at) if x.startswith("undated · ")]
    assert labels == ["undated · (no headline: news)"], link_labels(at)


def test_the_reader_marks_figures_the_counties_page_leaves_out(undated_store):
    from jdash.confidence import SOLID
    from jdash.store import load_corpus

    c = load_corpus(undated_store)
    weak = c.figures.loc[~(c.figures["confidence"] >= SOLID)]
    assert len(weak) and len(weak) < len(c.figures)  # the page has both kinds
    at = open_page("pages/articles.py", article=c.articles["id"].iloc[0])
    lines = [str(m.value).replace("\\", "") for m in at.markdown if str(m.value).startswith("- ")]
    marked = [x for x in lines if x.endswith("· *uncertain*")]
    assert len(marked) == len(weak) and all("金乡县" in x for x in lines), lines
    assert any(str(x.value).startswith(f"{len(weak)} uncertain figure") for x in at.caption)


DATED = "本报讯（记者 李四）近日，全县秋季农业生产现场会召开，部署秋收秋种工作。\n\n秋季农业生产现场会召开\n"


@pytest.mark.parametrize("page", ["pages/timeline.py", "pages/articles.py"])
def test_an_exported_timeline_says_what_it_does_not_draw(page, tmp_path, monkeypatch):
    """The PNG of the timeline said 'corpus: 37 pages, 71 articles' under bars that held 45 of them: the
    26 without a date were said on the page, never in the image a user takes away."""
    from jdash import export

    store = store_of_pages(tmp_path, {"2021-03-05_p1.txt": DATED, "page.txt": UNDATED})
    monkeypatch.setenv("JDASH_STORE", str(store))
    monkeypatch.setenv("JDASH_CORPUS", str(tmp_path / "pages"))
    lines: list[str] = []
    real = export.caption_line
    monkeypatch.setattr(export, "caption_line", lambda **kw: lines.append(real(**kw)) or lines[-1])
    open_page(page)  # the Overview first (its charts leave nothing out), then the page: its chart's line is last
    assert lines and lines[-1].endswith((" · not drawn: 1 undated article · jdash",
                                         " · not drawn: 1 article (no issue date, or only its year) · jdash")), lines
    assert "not drawn" not in lines[0]


def test_the_network_stretches_to_the_plot_s_width():
    """Held square, 70 officials of the real pages filled 400 of a wide page's 900 pixels, names overlapping."""
    import pandas as pd

    from jdash import charts

    nodes = pd.DataFrame({"name": ["甲", "乙", "丙"], "title": ["县长"] * 3, "level": ["county"] * 3,
                          "articles": [1, 2, 3], "community": [0, 0, 1], "x": [0.0, 4.0, 8.0], "y": [0.0, 1.0, 0.0]})
    edges = pd.DataFrame({"source": ["甲"], "target": ["乙"], "weight": [1], "x0": [0.0], "y0": [0.0], "x1": [4.0], "y1": [1.0]})
    layout = charts.network_graph(nodes, edges).to_dict()["layout"]
    assert "scaleanchor" not in layout.get("yaxis", {}) and "scaleanchor" not in layout.get("xaxis", {})


def test_an_upload_tells_pages_added_with_a_warning_from_files_not_used(tmp_path, monkeypatch):
    """Uploading the real pages listed m09 ('one paragraph: … check them') among the files that 'could not be
    used', while the Added list named it: it was stored."""
    import io
    import zipfile

    from test_app import texts

    monkeypatch.setenv("JDASH_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("JDASH_CORPUS", str(store_of_pages(tmp_path, {"2021-03-05_p1.txt": DATED}).parent / "pages"))
    line = ("春耕生产全面展开 本报讯（记者 周七）今天上午，全县春季农业生产现场会召开，部署春耕备播工作。"
            "秋粮收购有序推进 本报讯（记者 李四）近日，全县秋粮收购工作有序推进，各收购点秩序井然。") * 3
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("one_line.txt", line + "\n")
    at = open_page("pages/upload.py")
    at.file_uploader[0].set_value([("pages.zip", buf.getvalue(), "application/zip"), ("empty.txt", b"", "text/plain")])
    at.run()
    [b for b in at.button if b.label == "Add to the store"][0].click().run()
    said = [str(x.value) for x in at.warning]
    assert "1 file, or parts of files, could not be used:" in said, said
    assert "1 page was added with a warning: check them." in said, said
    listed = " ".join(texts(at, "markdown")).replace("\\", "")
    assert "one_line.txt**: no line breaks" in listed and "empty.txt**:" in listed


def test_the_timeline_of_undated_articles_says_so_instead_of_an_empty_chart(undated_store):
    """With Issue date → no issue date (13 of the real pages' articles), the timeline drew an empty chart with
    four downloads over 'Click a bar to list its articles'."""
    from test_app import plotly_specs

    at = open_page("pages/timeline.py")
    assert not plotly_specs(at) and not any("Click a bar" in str(x.value) for x in at.info)
    assert [str(x.value) for x in at.info] == ["1 article has no issue date: nothing to place on a time axis."]
    assert "Read them in the Articles page" in link_labels(at)


def test_a_term_s_trend_says_how_many_of_its_articles_it_cannot_place(tmp_path, monkeypatch):
    """'旅游 over time' drew the dated articles of 41 with the term; nothing said the rest had no date."""
    store = store_of_pages(tmp_path, {"2021-03-05_p1.txt": UNDATED.replace("本报讯", "本报讯金乡"), "page.txt": UNDATED})
    monkeypatch.setenv("JDASH_STORE", str(store))
    monkeypatch.setenv("JDASH_CORPUS", str(tmp_path / "pages"))
    at = open_page("pages/keywords.py", term="固定资产投资")
    said = [str(x.value) for x in at.caption if str(x.value).startswith("Not on the time axis")]
    assert said == ["Not on the time axis: 1 article with the term (no issue date, or only its year)."], said


def test_a_term_s_mentions_line_breaks_over_years_without_them():
    import pandas as pd

    from jdash import charts

    trend = pd.DataFrame({"period": pd.to_datetime(["2011-01-01", "2012-01-01", "2015-01-01"]),
                          "articles": [1, 1, 2], "mentions": [3, 4, 5]})
    line = [t for t in charts.term_trend(trend, term="旅游").to_dict()["data"] if t["name"] == "mentions"][0]
    assert list(line["y"]) == [3, 4, None, 5]


def test_the_map_names_its_zones_and_writes_on_dark_counties_in_white():
    """The exported map of the real pages showed three unnamed diamonds (the names were in the hover only) and
    邹城市's name black on navy."""
    import pandas as pd

    from jdash import charts

    table = pd.DataFrame({"county": ["邹城市", "任城区", "济宁高新区", "太白湖新区"], "articles": [14, 3, 6, 2]})
    fig = charts.county_map(table, value="articles")
    names = next(t for t in fig.data if t.name == "names")
    ink = dict(zip(names.text, names.textfont.color))
    assert ink["邹城市"] == "#ffffff" and ink["任城区"] != "#ffffff"
    zones = next(t for t in fig.data if t.name == "zone names")
    assert "text" in zones.mode and list(zones.text) == ["高新区", "太白湖新区"]


def test_the_reader_gives_each_official_s_level(tmp_path, monkeypatch):
    """A county's 市政协主席 was drawn as a city official in the network; the reader, where the sentence is,
    did not say which level jdash gave them, so nobody could check it there."""
    from jdash.store import load_corpus

    text = "本报讯（记者 周七）今天上午，全县春季农业生产现场会召开。县委书记王小明出席会议并讲话。\n\n春耕会议召开\n"
    store = store_of_pages(tmp_path, {"2021-03-05_p1.txt": text})
    monkeypatch.setenv("JDASH_STORE", str(store))
    monkeypatch.setenv("JDASH_CORPUS", str(tmp_path / "pages"))
    c = load_corpus(store)
    o = c.officials.iloc[0]
    at = open_page("pages/articles.py", article=o["article_id"])
    assert f"{o['name']} · {o['title']} ({o['level']}) · confidence 100%" in link_labels(at), link_labels(at)
