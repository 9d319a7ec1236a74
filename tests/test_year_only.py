"""A page whose year is known but where no article prints a day gets a year-only date: the year,
shown and exported as the year, placed in that year on yearly axes and in filters that hold the
whole year, never on a made-up 1 January. The pages here are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from jdash import export, queries, views
from jdash.dates import date_label, date_page
from jdash.engine import Engine
from jdash.filters import Filters
from jdash.parser import parse_page
from jdash.store import build, load_corpus

from dash_fixtures import store_of_pages

# The year is sure (a plan's first year and an anniversary), and no article says a day.
YEAR_ONLY = ("本报泗水讯（记者 周七）“十三五”规划实施的第一年，全县重点项目建设提速。纪念红军长征胜利80周年文艺演出举行。"
             "\n\n泗水县重点项目建设提速\n")
DAY = "本报嘉祥6月3日讯（记者 吴十）今天，全县重点项目观摩会召开。\n\n嘉祥县观摩重点项目\n"
PAGES = {"year.txt": YEAR_ONLY, "2016-06-04_p1.txt": DAY, "2017-03-02_p1.txt": DAY.replace("6月3日", "3月1日")}


def test_a_known_year_without_a_day_is_a_year_only_date():
    articles = parse_page(YEAR_ONLY, "year.txt")
    page = date_page(articles, YEAR_ONLY, "year.txt")
    assert (page.issue_date, page.year, page.precision, page.source) == (None, 2016, "year", "inferred")
    assert 0.5 < page.confidence < 1 and page.evidence[0].startswith("year 2016")
    assert all(a.issue_date is None and a.issue_year == 2016 for a in articles)


def test_a_page_with_a_day_keeps_the_day_and_its_year():
    page = date_page(parse_page(DAY, "2016-06-04_p1.txt"), DAY, "2016-06-04_p1.txt")
    assert (page.issue_date, page.year, page.precision) == ("2016-06-04", 2016, "day")


def test_a_year_only_date_is_shown_as_the_year():
    assert date_label(None, 2016) == "2016 (year only)"
    assert date_label(dt.date(2016, 6, 4), 2016) == "2016-06-04" and date_label(None, None) == "undated"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return store_of_pages(tmp_path_factory.mktemp("yearonly"), PAGES)


@pytest.fixture()
def engine(store):
    eng = Engine.open(store)
    yield eng
    eng.close()


def test_the_store_keeps_the_year_and_no_day(store):
    corpus = load_corpus(store)
    pages = corpus.pages.set_index("source")
    assert pd_na(pages.at["year.txt", "issue_date"]) and pages.at["year.txt", "issue_year"] == 2016
    assert pages.at["2017-03-02_p1.txt", "issue_year"] == 2017
    assert str(corpus.articles["issue_year"].dtype) == "Int64"


def pd_na(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


@pytest.mark.parametrize("filters, has_year_only", [
    (Filters(start=dt.date(2016, 1, 1), end=dt.date(2016, 12, 31)), True),  # the whole year
    (Filters(start=dt.date(2015, 6, 1), end=dt.date(2017, 1, 31)), True),  # holds 2016 wholly
    (Filters(start=dt.date(2016, 6, 1), end=dt.date(2016, 6, 30)), False),  # June: the page may not be of June
    (Filters(start=dt.date(2017, 1, 1)), False),
    (Filters(end=dt.date(2016, 12, 31)), True),
])
def test_a_date_filter_keeps_a_year_only_article_when_its_whole_year_is_in_range(store, engine, filters, has_year_only):
    corpus = load_corpus(store)
    in_pandas = set(queries.filter_articles(corpus.articles, filters)["source"])
    in_sql = set(views.articles(engine, filters).listing["source"])
    assert in_pandas == in_sql
    assert ("year.txt" in in_sql) is has_year_only


def test_the_dated_filter_has_year_only_and_undated_excludes_it(store, engine):
    assert set(views.articles(engine, Filters(dated="year")).listing["source"]) == {"year.txt"}
    assert views.articles(engine, Filters(dated="undated")).listing.empty
    corpus = load_corpus(store)
    assert set(queries.filter_articles(corpus.articles, Filters(dated="year"))["source"]) == {"year.txt"}
    assert queries.summary(corpus.articles)["year_only"] == 1 and queries.summary(corpus.articles)["undated"] == 0


def test_the_timeline_puts_it_in_its_year_only_on_a_yearly_axis(store, engine):
    yearly = views.timeline(engine, Filters(), freq="Y")
    by_year = yearly.data.groupby(yearly.data["period"].dt.year)["articles"].sum().to_dict()
    assert by_year == {2016: 2, 2017: 1}
    monthly = views.timeline(engine, Filters(), freq="M")
    assert monthly.data["articles"].sum() == 2 and monthly.year_only == 1 and monthly.undated == 0
    article = load_corpus(store).articles.set_index("source").loc["year.txt"]
    topic = article["topics"][0] if len(article["topics"]) else views.NO_TOPIC
    picked = views.timeline(engine, Filters(), freq="Y", bar=("2016-01-01", topic))
    assert "year.txt" in set(picked.picked["source"])


def test_the_export_gives_the_year_and_no_day(engine):
    table = views.filtered_table(engine, Filters(dated="year"), "articles")
    text = export.table_csv(table).decode("utf-8-sig").splitlines()
    header = text[0].split(",")
    row = text[1].split(",")
    assert row[header.index("issue_date")] == "" and row[header.index("issue_year")] == "2016"


def test_the_overview_counts_year_only_apart_from_undated(engine):
    view = views.overview(engine, Filters())
    assert (view.year_only, view.undated) == (1, 0)


def test_the_reader_and_the_timeline_say_year_only(store, monkeypatch):
    from dash_fixtures import captions, dashboard_on, open_reader

    article_id = load_corpus(store).articles.set_index("source").at["year.txt", "id"]
    with dashboard_on(monkeypatch, store):
        at = open_reader(article_id)
        assert any(c.startswith("2016 (year only) · date inferred") for c in captions(at))
        at.switch_page("pages/timeline.py").run()
        assert not at.exception
        if at.session_state["tl_freq"] != "Y":
            assert any("1 article known only to its year" in str(c.value) for c in at.get("caption"))
        else:
            assert at.get("plotly_chart")


def test_the_user_can_give_the_year_alone_and_it_survives_a_rebuild(tmp_path, monkeypatch):
    import jdash.store
    from jdash import corrections as C
    from jdash.store import apply_corrections

    (tmp_path / "pages").mkdir()
    text = DAY.replace("6月3日", "")  # no day printed, no year cue: undated
    (tmp_path / "pages" / "x.txt").write_text(text, encoding="utf-8")
    build([tmp_path / "pages"], tmp_path / "store")
    c = load_corpus(tmp_path / "store")
    assert pd_na(c.pages.at[0, "issue_year"])
    page = c.articles.sort_values("order")
    anchor = C.Anchorer("x.txt", c.pages.at[0, "content_hash"], list(zip(page["id"], page["headline"], page["body"])))
    apply_corrections(tmp_path / "store", [C.make("set_date", anchor.page_anchor(), "2015")])
    for rebuilt in (False, True):  # as set, then after a rebuild by a new parser
        if rebuilt:
            monkeypatch.setattr(jdash.store, "code_version", lambda: "a parser of the future")
            assert build([tmp_path / "pages"], tmp_path / "store").parsed == 1
        c = load_corpus(tmp_path / "store")
        row = c.pages.iloc[0]
        assert pd_na(row["issue_date"]) and row["issue_year"] == 2015 and row["date_source"] == "user"
        assert row["date_evidence"][0] == "set by the user: 2015"
        assert (c.articles["issue_year"] == 2015).all() and c.articles["issue_date"].isna().all()


def test_a_year_alone_is_a_valid_date_correction_and_a_word_is_not():
    from jdash import corrections as C
    from jdash.errors import CorrectionError

    assert C.parse_line('{"id": "c", "op": "set_date", "anchor": {"source": "a.txt"}, "value": "2015"}', "x").value == "2015"
    with pytest.raises(CorrectionError, match="YYYY-MM-DD or a year YYYY"):
        C.parse_line('{"id": "c", "op": "set_date", "anchor": {"source": "a.txt"}, "value": "215"}', "x")


def test_pages_csv_may_give_the_year_alone(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "x.txt").write_text(DAY, encoding="utf-8")
    (tmp_path / "pages" / "pages.csv").write_text("file,date\nx.txt,2015年\n", encoding="utf-8")
    report = build([tmp_path / "pages"], tmp_path / "store")
    assert not report.warnings
    row = load_corpus(tmp_path / "store").pages.iloc[0]
    assert pd_na(row["issue_date"]) and row["issue_year"] == 2015 and row["date_source"] == "pages.csv"
    assert row["date_evidence"][0] == "pages.csv: 2015 (year only)"
    assert str(load_corpus(tmp_path / "store").articles.at[0, "event_date"])[:10] == "2015-06-03"  # the dateline's day, that year


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/timeline.py", "pages/keywords.py", "pages/network.py",
                                  "pages/counties.py", "pages/articles.py"])
def test_every_page_runs_on_a_store_with_a_year_only_page(store, monkeypatch, page):
    from streamlit.testing.v1 import AppTest

    from dash_fixtures import ROOT, dashboard_on

    with dashboard_on(monkeypatch, store):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
        at.query_params["dated"] = "year"
        at.run()
        if page != "pages/overview.py":
            at.switch_page(page).run()
        assert not at.exception, [e.message for e in at.exception]
        if page == "pages/overview.py":
            captions = " ".join(str(c.value) for c in at.get("caption"))
            assert "1 is known only to its year" in captions


def test_the_pages_chart_labels_a_year_only_page_with_its_year_and_places_it_in_that_year(store, engine):
    from jdash import charts

    corpus = load_corpus(store)
    for kinds in (views.overview(engine, Filters()).page_kinds, queries.page_kind_counts(corpus.articles)):
        order = list(dict.fromkeys(kinds["source"]))
        assert order == ["2016-06-04_p1.txt", "year.txt", "2017-03-02_p1.txt"]
        labels = charts.page_counts(kinds).to_dict()["layout"]["xaxis"]["categoryarray"]
        assert labels[1] == "2016 year" and labels[0].startswith("2016-06-04 ")


def test_kwic_shows_a_year_only_article_under_its_year(store, engine):
    from ui import widgets

    kv = views.keywords(engine, Filters(), term="重点项目")
    row = kv.kwic.loc[kv.kwic["issue_date"].isna()]
    assert len(row) and (row["issue_year"] == 2016).all()
    html = widgets.kwic_html(kv.kwic, ["x"] * len(kv.kwic))
    assert "2016 (year only)" in html and "undated" not in html
    pandas_kwic = queries.concordance(load_corpus(store).articles, "重点项目")
    assert set(pandas_kwic.loc[pandas_kwic["issue_date"].isna(), "issue_year"]) == {2016}


def test_the_overview_links_to_the_articles_known_only_to_their_year(store, monkeypatch):
    """The overview counted "1 is known only to its year" with no way to see which: each count of undated, year-only
    and inferred articles links to the Articles page under that `dated` filter, which lists them."""
    from streamlit.testing.v1 import AppTest

    from dash_fixtures import ROOT, dashboard_on

    with dashboard_on(monkeypatch, store):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
        links = {x.proto.label: x.proto for x in at.get("page_link")}
        link = links["List the 1 article known only to its year"]
        assert "dated=year" in str(link) and not any(label.startswith("List the 0") for label in links)
        at.query_params["dated"] = "year"
        at.switch_page("pages/articles.py").run()
        listed = [x.proto.label.replace("\\", "") for x in at.get("page_link") if "泗水县重点项目建设提速" in x.proto.label]
        assert listed and listed[0].startswith("2016 (year only)")
