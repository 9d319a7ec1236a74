"""A figure carries its page's year: on a page known only to its year (no day printed), 今年上半年 is that
year's first half on cards, in tables, downloads and comparisons, never a yearless 上半年 compared with other
years' first halves; on an undated page it stays without a year, and says so. The pages here are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from jdash import views
from jdash.filters import Filters

from dash_fixtures import engine_of_pages

# The year is sure (a plan's first year and an anniversary), and no article says a day.
YEAR_ONLY = ("本报泗水讯（记者 周七）“十三五”规划实施的第一年，今年上半年，泗水县实现地区生产总值120.5亿元。"
             "纪念红军长征胜利80周年文艺演出举行。\n\n泗水县经济运行稳中向好\n")
DATED = "本报嘉祥7月20日讯（记者 吴十）今年上半年，嘉祥县实现地区生产总值150.2亿元。\n\n嘉祥县经济运行稳中向好\n"
UNDATED = "本报金乡讯（记者 郑九）今年上半年，金乡县实现地区生产总值130.8亿元。\n\n金乡县经济运行稳中向好\n"
PAGES = {"year.txt": YEAR_ONLY, "2016-07-21_p1.txt": DATED, "2017-07-21_p1.txt": DATED.replace("150.2", "160.4"),
         "nodate.txt": UNDATED}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_of_pages(tmp_path_factory.mktemp("figyears"), PAGES) as e:
        yield e


def _figure(view_rows, county):
    rows = view_rows[view_rows["county"] == county]
    assert len(rows) == 1, view_rows[["county", "figure", "period"]]
    return rows.iloc[0]


def test_a_year_only_page_gives_its_figures_its_year(engine):
    key = views.counties(engine, Filters()).key
    year_only, undated = _figure(key, "泗水县"), _figure(key, "金乡县")
    assert (year_only["issue_date"], year_only["issue_year"], year_only["period_shown"]) == ("", 2016, "2016年上半年")
    assert undated["period_shown"] == "今年上半年" and undated["issue_year"] is pd_na  # unknown stays unknown


pd_na = __import__("pandas").NA


def test_the_comparison_puts_a_year_only_figure_in_its_year(engine):
    view = views.counties(engine, Filters(), metric="地区生产总值")
    periods = dict(zip(view.periods["period"], view.periods["counties"]))
    # 泗水 (2016, year only) and 嘉祥 (2016-07-21) share 2016 上半年; 嘉祥's 2017 figure and 金乡's yearless one do not.
    assert periods["2016 上半年"] == 2 and periods["2017 上半年"] == 1 and periods["上半年 (year unknown)"] == 1
    assert view.period == "2016 上半年" and set(view.comparison["county"]) == {"泗水县", "嘉祥县"}


def test_a_whole_year_filter_keeps_the_year_only_figure_and_a_download_carries_its_year(engine):
    in_2016 = Filters(start=dt.date(2016, 1, 1), end=dt.date(2016, 12, 31))
    assert set(views.counties(engine, in_2016).key["county"]) == {"泗水县", "嘉祥县"}
    table = views.filtered_table(engine, Filters(dated="year"), "figures")
    assert set(table["issue_year"]) == {2016} and table["issue_date"].isna().all()
    unknown = views.counties(engine, Filters(dated="undated")).key
    assert set(unknown["county"]) == {"金乡县"}  # figures of undated pages stay listed and filterable


def test_the_reader_gives_a_year_only_page_s_figures_its_year(engine):
    article = engine.df("SELECT id FROM articles WHERE source = 'year.txt'")["id"].iloc[0]
    figures = views.reader(engine, article).figures
    assert set(figures["period_shown"]) == {"2016年上半年"} and set(figures["issue_year"]) == {2016}
