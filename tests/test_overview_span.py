"""The Overview's first and last issue take pages known only to their year into account: a corpus
whose earliest page is known only as 2016 starts in 2016, not at its first dated day. Invented pages."""

from __future__ import annotations

import pytest

from jdash import views
from jdash.engine import Engine
from jdash.filters import Filters

from dash_fixtures import ROOT, dashboard_on, store_of_pages
from test_year_only import DAY, YEAR_ONLY

# The year-only page (2016) comes before both dated pages.
PAGES = {"year.txt": YEAR_ONLY, "2017-03-02_p1.txt": DAY.replace("6月3日", "3月1日"),
         "2018-06-04_p1.txt": DAY}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return store_of_pages(tmp_path_factory.mktemp("span"), PAGES)


def test_the_overview_span_starts_at_the_year_of_a_year_only_page(store):
    eng = Engine.open(store)
    try:
        view = views.overview(eng, Filters())
    finally:
        eng.close()
    assert (view.first_label, view.last_label) == ("2016", "2018-06-04")
    assert view.year_only >= 1


def test_the_overview_page_shows_the_year_and_counts_year_only_apart_from_inferred(store, monkeypatch):
    from streamlit.testing.v1 import AppTest

    with dashboard_on(monkeypatch, store):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
        assert not at.exception, [e.message for e in at.exception]
        metrics = {m.label: m.value for m in at.metric}
        assert (metrics["First issue"], metrics["Last issue"]) == ("2016", "2018-06-04")
        captions = " ".join(str(c.value) for c in at.get("caption"))
        assert "1 is known only to its year (no day printed)" in captions
        assert "(1 of them known only" not in captions


def test_a_selection_of_year_only_articles_is_binned_by_year(store):
    """Finer bins leave year-only articles out: when they are all there is, the automatic bins are years."""
    eng = Engine.open(store)
    try:
        only_years = Filters(dated="year")
        timeline = views.timeline(eng, only_years)
        articles = views.articles(eng, only_years)
        mixed = views.timeline(eng, Filters())
    finally:
        eng.close()
    assert (timeline.auto_freq, timeline.freq, articles.freq) == ("Y", "Y", "Y")
    assert timeline.data["articles"].sum() >= 1 and articles.when["articles"].sum() >= 1
    assert mixed.auto_freq == "M"  # dated days still choose bins from the span (2016 to mid-2018)


def test_the_timeline_page_draws_year_only_articles(store, monkeypatch):
    from streamlit.testing.v1 import AppTest

    with dashboard_on(monkeypatch, store):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
        at.query_params["dated"] = "year"
        at.run()
        at.switch_page("pages/timeline.py").run()
        assert not at.exception, [e.message for e in at.exception]
        captions = " ".join(str(c.value) for c in at.get("caption"))
        assert "choose Bins → year to see them" not in captions
        spec = at.get("plotly_chart")[0].proto.spec
        assert "No dated articles" not in spec


def test_the_readers_previous_and_next_page_place_a_year_only_page_in_its_year(store):
    """Previous/next page in the reader walk the pages in date order, a year-only page within its year
    (it was put after every dated page, as if undated)."""
    from jdash.store import load_corpus

    first_article = load_corpus(store).articles.sort_values("order").groupby("source")["id"].first()
    eng = Engine.open(store)
    try:
        in_2016 = views.reader(eng, first_article["year.txt"])
        in_2017 = views.reader(eng, first_article["2017-03-02_p1.txt"])
    finally:
        eng.close()
    assert in_2016.previous_page is None and in_2016.next_page[0] == "2017-03-02_p1.txt"
    assert in_2017.previous_page[0] == "year.txt"


def test_the_pages_chart_csv_keeps_the_year_of_a_year_only_page(store):
    """The bar says `2016 year.txt`; its CSV row said nothing of 2016 (an empty issue_date alone)."""
    from jdash import charts, export

    eng = Engine.open(store)
    try:
        kinds = views.overview(eng, Filters()).page_kinds
    finally:
        eng.close()
    rows = export.chart_data(charts.page_counts(kinds)).set_index("source")
    assert rows.at["year.txt", "issue_year"] == 2016 and pd_isna(rows.at["year.txt", "issue_date"])


def test_a_kind_keeps_its_colour_whatever_other_kinds_are_shown():
    """News was blue on one view and teal on another: colours followed the kinds' order in the data."""
    import pandas as pd

    from jdash import charts

    def colours(kinds: list[str]) -> dict[str, str]:
        df = pd.DataFrame({"source": "a.txt", "issue_date": pd.Timestamp("2020-01-01"), "kind": kinds,
                           "articles": 1})
        return {t.name: t.marker.color for t in charts.page_counts(df).data}

    assert colours(["news", "photo"])["news"] == colours(["feature", "interview", "news"])["news"]
    assert colours(["photo"])["photo"] == colours(["news", "photo"])["photo"]


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def test_the_sidebar_span_and_the_export_caption_start_at_a_year_only_page(store, monkeypatch):
    """The date boxes' hints and every exported chart's caption gave the first dated day (2017-03-02)
    for a corpus whose first page is known only as 2016."""
    from streamlit.testing.v1 import AppTest

    eng = Engine.open(store)
    try:
        side = views.sidebar(eng)
    finally:
        eng.close()
    assert (side.first_label, side.last_label) == ("2016", "2018-06-04")
    with dashboard_on(monkeypatch, store):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
        assert not at.exception, [e.message for e in at.exception]
        hints = [t.placeholder for t in at.sidebar.text_input][:2]
        assert hints == ["2016", "2018-06-04"]


def test_an_exported_pages_chart_puts_its_caption_under_the_slanted_labels():
    """The caption line of an exported Articles-per-page chart overlapped its slanted page labels."""
    import pandas as pd

    from jdash import charts, export

    df = pd.DataFrame({"source": [f"00{i}_e0ccfd52c87558dd.txt" for i in range(8)],
                       "issue_date": pd.Timestamp("2022-08-08"), "kind": "news", "articles": 3})
    fig = export.with_caption(charts.page_counts(df), "济宁日报 · filters: all articles · jdash")
    label = max(len(x) for x in fig.layout.xaxis.categoryarray)  # '2022-08-08 000_e0ccfd52'
    assert fig.layout.xaxis.tickangle == -30
    # The caption sits below the labels' slanted height (sin 30° of their width at ~8 px a character).
    assert fig.layout.margin.b - export.CAPTION_PX >= 0.5 * 8 * label
