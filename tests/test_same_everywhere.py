"""What one thing is shown as is the same on every page: a county's figures counted once in its table (and the
map coloured by it) as in its profile; an official's posts in the reader as in the rankings. The pages are invented."""

from __future__ import annotations

from jdash import views
from jdash.filters import Filters

from dash_fixtures import engine_of_pages

# One figure, stated twice in one article (in the lead and again in the next sentence).
TWICE = ("本报嘉祥7月20日讯（记者 吴十）今年上半年，嘉祥县实现地区生产总值150.2亿元。"
         "嘉祥县上半年地区生产总值150.2亿元，居全市前列。\n\n嘉祥县经济运行稳中向好\n")


def test_the_county_table_counts_a_figure_stated_twice_once(tmp_path):
    with engine_of_pages(tmp_path, {"2016-07-21_p1.txt": TWICE}) as engine:
        view = views.counties(engine, Filters())
        # The parse keeps a row per statement (two today): the page counts figures, not rows.
        row = view.table.set_index("county").loc["嘉祥县"]
        assert row["figures"] == view.profiles[0].figures_total == len(view.profiles[0].figures) == 1


# A group label and the posts of one official in one article (invented).
GROUP = ("本报嘉祥7月20日讯（记者 吴十）昨天，全县重点项目观摩会召开。县领导张晓峰、李明远参加观摩。"
         "县委副书记、县长张晓峰讲话。\n\n嘉祥县观摩重点项目\n")


def test_the_reader_names_an_official_s_posts_as_every_page_does(tmp_path):
    with engine_of_pages(tmp_path, {"2016-07-21_p1.txt": GROUP}) as engine:
        article = engine.df("SELECT id FROM articles")["id"].iloc[0]
        shown = views.reader(engine, article).officials.set_index("name")["title"].to_dict()
        ranked = views.overview(engine, Filters()).top_officials.set_index("name")["title"].to_dict()
    assert shown["张晓峰"] == ranked["张晓峰"] == "县委副书记、县长"  # the group label 县领导 gives way, as on the Overview
    assert shown["李明远"] == "县领导"
