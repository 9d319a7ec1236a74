"""A county's totals say the same on every part of the Counties page: the table (and the map coloured by it)
counts each figure once, as the county's profile does. The page is invented."""

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
