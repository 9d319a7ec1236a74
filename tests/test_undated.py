"""Pages whose year is unknown are listed and filterable (`dated=undated`), never put in a year.
The pages here are invented."""

from __future__ import annotations

import pytest

from jdash import queries, views
from jdash.engine import Engine
from jdash.filters import Filters, parse_params
from jdash.store import load_corpus

from dash_fixtures import store_of_pages

PAGES = {
    # Only a target year: too weak to give a year, so no date.
    "weak.txt": "本报泗水6月13日讯（记者 周七）今天，全县示范村建设推进会召开。力争到2025年建成示范村50个。\n\n泗水县推进示范村建设\n",
    # Plan and anniversary: the year is inferred.
    "strong.txt": "本报嘉祥6月3日讯（记者 吴十）今天，“十三五”规划实施的第一年重点项目观摩会召开。"
                  "纪念红军长征胜利80周年文艺演出同日举行。\n\n嘉祥县观摩重点项目\n",
    # The file name gives the date.
    "2020-05-09_p2.txt": "本报金乡5月8日讯（记者 郑九）今天，全县春季招聘会举行。\n\n金乡县举行春季招聘会\n",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return store_of_pages(tmp_path_factory.mktemp("undated"), PAGES)


@pytest.mark.parametrize("dated, sources", [("undated", {"weak.txt"}), ("inferred", {"strong.txt"}),
                                            ("given", {"2020-05-09_p2.txt"}), ("", set(PAGES))])
def test_the_dated_filter_in_sql_and_pandas(store, dated, sources):
    corpus = load_corpus(store)
    assert set(queries.filter_articles(corpus.articles, Filters(dated=dated))["source"]) == sources
    engine = Engine.open(store)
    try:
        listing = views.articles(engine, Filters(dated=dated)).listing
    finally:
        engine.close()
    assert set(listing["source"]) == sources


def test_an_undated_page_keeps_why_and_its_likeliest_year(store):
    pages = load_corpus(store).pages.set_index("source")
    assert pages.at["weak.txt", "date_source"] == "unknown" and pages["issue_date"].isna().sum() == 1
    assert pages.at["weak.txt", "date_evidence"][0].startswith("year unknown (likeliest ")


def test_the_dated_parameter_is_parsed_and_bad_values_ignored():
    assert parse_params({"dated": ["undated"]}).filters == Filters(dated="undated")
    assert Filters(dated="undated").to_params() == {"dated": "undated"}
    parsed = parse_params({"dated": ["someday"]})
    assert parsed.filters == Filters() and "dated" in parsed.notices[0]


def test_the_reader_says_an_undated_pages_year_is_too_weak_not_confidence_0(store, monkeypatch):
    """The reader said `undated · date unknown (confidence 0%)` over a "Why this date" giving the likeliest
    year's share (`confidence 0.46`): it says the year is too weakly evidenced, and gives no share of its own."""
    from dash_fixtures import captions, dashboard_on, open_reader

    article_id = load_corpus(store).articles.set_index("source").at["weak.txt", "id"]
    with dashboard_on(monkeypatch, store):
        line = next(c for c in captions(open_reader(article_id)) if c.startswith("undated · "))
        assert "year too weakly evidenced to give" in line and "confidence" not in line, line
