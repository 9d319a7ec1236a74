"""Issue 12, "the dashboard tells the truth", in a real browser (Debian's chromium, network cut):
every title of an official, clean and comparable figures, one count of a county on every page,
keyword in context that shows the words before the keyword, near-duplicate pages flagged, and
the date range. The server, browser and network guard are those of test_browser.py.

Run on its own, niced: `nice pytest tests/test_truth_browser.py -q`.
"""

from __future__ import annotations

import shutil
from urllib.parse import quote

import pytest

from playwright.sync_api import expect

from dash_fixtures import seeds, seeds_store  # noqa: F401
from test_browser import (SEEDS, TIMEOUT_MS, _streamlit, browser, context, cut_network, no_exception, page,  # noqa: F401
                          server, settle, shot)


def _article_with(seeds, name: str, title: str) -> str:
    offs = seeds.officials
    hit = offs.loc[(offs["name"] == name) & offs["titles"].map(lambda ts: title in list(ts))]
    assert len(hit), f"the seeds name {name} as {title}"
    return str(hit["article_id"].iloc[0])


def hover_bar(page, label: str) -> str:
    """Hover the bar of the ranking chart whose axis label is `label`; return the hover text."""
    charts = page.locator(".js-plotly-plot").filter(has=page.locator(".yaxislayer-above text", has_text=label))
    chart = charts.first
    tick = chart.locator(".yaxislayer-above text").filter(has_text=label).first.bounding_box()
    middle = tick["y"] + tick["height"] / 2
    bars = chart.locator("g.trace.bars g.point path")
    for i in range(bars.count()):
        box = bars.nth(i).bounding_box()
        if box and box["y"] <= middle <= box["y"] + box["height"]:
            page.mouse.move(box["x"] + box["width"] / 2, middle)
            # The bar's own tooltip (it names the bar): a previous hover's tooltip may still be drawn.
            chart.locator(".hoverlayer .hovertext", has_text=label).first.wait_for()
            return chart.locator(".hoverlayer").text_content()
    raise AssertionError(f"no bar for {label}")


def test_overview_ranking_shows_every_title(server, page):
    """林红玉 is only 市委书记 in her latest article: the Overview's ranking still names her
    市人大常委会主任 (every title of the articles shown), and 于永生 市长."""
    page.goto(server + "/")
    page.locator(".js-plotly-plot").nth(1).wait_for()
    settle(page)
    assert "市人大常委会主任" in hover_bar(page, "林红玉")
    assert "市长" in hover_bar(page, "于永生")


def test_reader_and_network_show_every_title(server, page, seeds):
    """The seed meeting article's reader lists 于永生 with 市委副书记 and 市长; the network's detail
    of 于永生 draws both titles over time, and that of 林红玉 keeps 市人大常委会主任."""
    meeting = _article_with(seeds, "于永生", "市长")
    page.goto(f"{server}/articles?article={meeting}")
    expect(page.locator(".jd-article")).to_be_visible()
    settle(page)
    no_exception(page)
    expect(page.get_by_role("link").filter(has_text="于永生 · 市委副书记、市长").first).to_be_visible()
    shot(page, "truth_reader_titles")

    page.goto(f"{server}/network?focus={quote('于永生')}")
    expect(page.get_by_text("Appears with").first).to_be_visible()
    settle(page)
    no_exception(page)
    ticks = page.locator(".js-plotly-plot .yaxislayer-above text")
    expect(ticks.filter(has_text="市长").first).to_be_attached()
    expect(ticks.filter(has_text="市委副书记").first).to_be_attached()
    shot(page, "truth_network_titles")

    page.goto(f"{server}/network?focus={quote('林红玉')}")
    expect(page.get_by_text("Appears with").first).to_be_visible()
    settle(page)
    ticks = page.locator(".js-plotly-plot .yaxislayer-above text")
    expect(ticks.filter(has_text="市人大常委会主任").first).to_be_attached()


@pytest.fixture(scope="module")
def revenue_server(tmp_path_factory):
    """The dashboard on three invented pages of three counties' revenue (test_views.REVENUE_PAGES): the seeds
    hold no metric two counties report solidly (their shared 营业收入 was of two groups of firms)."""
    from dash_fixtures import store_of_pages
    from test_views import REVENUE_PAGES

    store = store_of_pages(tmp_path_factory.mktemp("revenue"), REVENUE_PAGES)
    with _streamlit(store, tmp_path_factory.mktemp("log") / "streamlit.log") as base:
        yield base


def test_metric_comparison_has_one_labelled_bar_per_county(revenue_server, page):
    """The comparison of 营业收入: one bar per county, each labelled with its figure as printed, a
    legend naming the period, both axes titled; the metric list holds metrics of two counties or more."""
    server = revenue_server
    page.goto(f"{server}/counties?metric={quote('营业收入')}")
    chart = page.locator(".js-plotly-plot").filter(has=page.locator(".gtitle", has_text="营业收入 by county"))
    chart.first.wait_for()
    settle(page)
    no_exception(page)
    chart = chart.first
    chart.scroll_into_view_if_needed()
    counties = [t.text_content() for t in chart.locator(".xaxislayer-above .xtick text").all()]
    bars = chart.locator("g.trace.bars g.point path")
    labels = [t.text_content() for t in chart.locator("g.trace.bars text.bartext").all()]
    assert counties and len(counties) == len(set(counties)) == bars.count() == len(labels)
    assert sorted(counties) == ["嘉祥县", "泗水县"]  # 1至6月份: not the firms' 60亿元 of 汶上县
    assert all(label and label[-1] in "元亿万家个%" for label in labels), labels
    assert chart.locator(".g-xtitle").text_content() == "county"
    assert "营业收入" in chart.locator(".g-ytitle").text_content()
    period = chart.locator(".legend .legendtext").all()
    assert len(period) == 1 and period[0].text_content() in chart.locator(".gtitle").text_content()
    shot(page, "truth_metric_comparison")
    # The metric list: each metric is reported for two counties or more.
    box = page.locator('[data-testid="stSelectbox"]').filter(has_text="Metric")
    box.click()
    options = page.locator('[role="option"]').all_text_contents()
    assert options and all(int(o.rsplit("(", 1)[1].split()[0]) >= 2 for o in options), options
    page.keyboard.press("Escape")


def test_counts_of_a_county_agree_across_pages(server, page, seeds):
    """济宁高新区: the same number of articles in the Overview's ranking, the Counties profile and the
    Articles page filtered to it; 全市 is no county (no link, no card, not a filter value)."""
    county = "济宁高新区"
    about = seeds.articles.apply(lambda a: county in {*a["counties"], a["primary_county"]}, axis=1)
    n = int(about.sum())
    assert n > 1
    page.goto(server + "/")
    settle(page)
    expect(page.get_by_role("link", name=f"{county} · {n}", exact=True)).to_be_visible()
    expect(page.get_by_role("link").filter(has_text="全市 · ")).to_have_count(0)

    page.goto(f"{server}/counties?county={quote(county)}")
    expect(page.get_by_role("heading", name=county)).to_be_visible()
    settle(page)
    metric = page.locator('[data-testid="stMetric"]').filter(has_text="Articles about it")
    expect(metric.locator('[data-testid="stMetricValue"]')).to_have_text(str(n))
    expect(page.get_by_role("heading", name="全市")).to_have_count(0)

    page.goto(f"{server}/articles?county={quote(county)}")
    settle(page)
    expect(page.get_by_text(f"{n} {'article' if n == 1 else 'articles'} · ").first).to_be_visible()
    shot(page, "truth_county_counts")

    page.goto(f"{server}/articles?county={quote('全市')}")
    settle(page)
    expect(page.get_by_text("全市").filter(has_text="Ignored").first).to_be_visible()
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text="Counties")
    box.locator("input").click()
    options = page.locator('[role="option"]').all_text_contents()
    assert options and "全市" not in options and county in options
    page.keyboard.press("Escape")


def test_kwic_left_context_is_right_aligned_against_the_keyword(server, browser):
    """In a narrow window the left context does not fit: it is cut on its far side, and the words
    just before the keyword stay visible, touching the keyword's column."""
    ctx = browser.new_context(viewport={"width": 1000, "height": 900})
    outside = cut_network(ctx)
    try:
        pg = ctx.new_page()
        pg.set_default_timeout(TIMEOUT_MS)
        pg.goto(f"{server}/keywords?term={quote('企业')}")
        pg.locator(".jd-kwic").wait_for()
        settle(pg)
        no_exception(pg)
        rows = pg.evaluate("""() => [...document.querySelectorAll('.jd-kwic tr')].slice(0, 30).map(r => {
            const l = r.querySelector('td.l').getBoundingClientRect(), s = r.querySelector('td.l span');
            const b = s.getBoundingClientRect(), m = r.querySelector('td.m').getBoundingClientRect();
            return {cellLeft: l.left, cellRight: l.right, spanLeft: b.left, spanRight: b.right,
                    matchLeft: m.left, matchWidth: m.width, text: s.textContent}; })""")
        assert len(rows) >= 5
        for r in rows:
            assert r["matchWidth"] > 20 and abs(r["cellRight"] - r["matchLeft"]) < 2
            assert r["cellRight"] - 12 <= r["spanRight"] <= r["cellRight"], r  # flush against the keyword
        assert any(r["spanLeft"] < r["cellLeft"] for r in rows), "some left context is long enough to be cut"
        pg.locator(".jd-kwic").scroll_into_view_if_needed()
        shot(pg, "truth_kwic")
        assert outside == []
    finally:
        ctx.close()


def test_date_range_applies_on_enter_and_says_when_inverted(server, page, seeds):
    """Typing a date and pressing Enter applies it (the focus stays in the box); an end before the
    start is said in the sidebar and not applied."""
    import pandas as pd

    issued = pd.to_datetime(seeds.articles["issue_date"])
    page.goto(server + "/articles")
    settle(page)
    start = page.get_by_role("textbox", name="Issue dates from")
    end = page.get_by_role("textbox", name="to", exact=True)
    start.fill("2022-01-01")
    start.press("Enter")
    page.wait_for_url("**start=2022-01-01*")
    settle(page)
    n = int((issued >= "2022-01-01").sum())
    assert 0 < n < len(issued)
    expect(page.get_by_text(f"{n} {'article' if n == 1 else 'articles'} · 2022-01-01").first).to_be_visible()
    end.fill("2021-06-30")
    end.press("Enter")
    alert = page.locator('[data-testid="stSidebar"] [data-testid="stAlert"]')
    expect(alert.filter(has_text="before the start")).to_be_visible()
    expect(page.get_by_text(f"{n} {'article' if n == 1 else 'articles'} · 2022-01-01").first).to_be_visible()  # not applied
    assert "end=" not in page.url
    shot(page, "truth_dates_inverted")
    end.fill("2022-12-31")
    end.press("Enter")
    page.wait_for_url("**end=2022-12-31*")
    settle(page)
    expect(alert).to_have_count(0)
    m = int(issued.between("2022-01-01", "2022-12-31").sum())
    expect(page.get_by_text(f"{m} articles · 2022-01-01 – 2022-12-31").first).to_be_visible()


@pytest.fixture()
def own_server(seeds_store, tmp_path):
    """A server on its own copy of the seeds store: this test changes what is stored."""
    store = tmp_path / "store"
    shutil.copytree(seeds_store, store)
    with _streamlit(store, tmp_path / "streamlit.log") as base:
        yield base


def _stored(page) -> tuple[int, int]:
    text = page.get_by_text("The store holds").inner_text().split("holds ")[1].split()
    return int(text[0]), int(text[3])


def test_a_page_uploaded_again_after_an_ocr_fix_is_flagged_and_can_replace_the_older(own_server, page, tmp_path):
    """The same seed page with one character fixed, uploaded: flagged on the upload page and on the
    Overview (its articles counted twice); "Replace the older" leaves the older copy out, and the
    counts are those of the seeds again."""
    seed = sorted(SEEDS.glob("*.txt"))[0]
    fixed = tmp_path / "fixed.txt"
    fixed.write_text(seed.read_text("utf-8").replace("。", "．", 1), "utf-8")
    page.goto(own_server + "/upload")
    settle(page)
    pages, articles = _stored(page)
    page.locator('input[type="file"]').set_input_files([str(fixed)])
    page.get_by_role("button", name="Add to the store").click()
    expect(page.get_by_text("1 new page nearly repeats a stored page").first).to_be_visible()
    settle(page)
    assert _stored(page)[0] == pages + 1
    doubled = _stored(page)[1] - articles
    assert doubled > 0
    shot(page, "truth_near_duplicate_upload")

    page.goto(own_server + "/")
    settle(page)
    expect(page.get_by_text(f"1 page nearly repeats an older page").first).to_be_visible()
    expect(page.get_by_text(f"its {doubled} articles are counted twice").first).to_be_visible()
    expect(page.locator('[data-testid="stMetric"]').filter(has_text="Articles").locator(
        '[data-testid="stMetricValue"]')).to_have_text(str(articles + doubled))

    page.goto(own_server + "/upload")
    settle(page)
    expect(page.get_by_text(f"{seed.name}").first).to_be_visible()
    page.get_by_role("button", name="Replace the older").click()
    expect(page.get_by_text("its articles are counted once").first).to_be_visible()
    settle(page)
    assert _stored(page) == (pages, articles)
    expect(page.get_by_role("button", name="Replace the older")).to_have_count(0)
    page.goto(own_server + "/")
    settle(page)
    expect(page.get_by_text("counted twice")).to_have_count(0)
    shot(page, "truth_near_duplicate_replaced")
