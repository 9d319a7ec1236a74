"""County and period attribution of figures on invented text (issue 14, figure precision): a plan's goals, national
counts, ranks, and periods carried from where they do not belong. Each rule's own test."""

import pytest

from jdash.figure_period import display_period, is_a_plan_goal
from jdash.figures import extract_figures


def figs(text, county="泗水县", year=None):
    return [(f.value, f.metric, f.county, f.period, f.target) for f in extract_figures(text, county, year=year)]


# ---- a plan's goals: the plan's years are their period, and they are goals, never results on a card

def test_the_years_a_plan_looks_ahead_to_are_its_goals_period():
    got = figs("大会描绘了今后五年的发展蓝图。全县新增规上企业200家，研发投入占比达到2.8%。", year=2022)
    assert [(p, t) for *_, p, t in got] == [("今后五年", True), ("今后五年", True)]


def test_a_year_a_goal_is_set_for_is_a_goal_after_the_pages_year():
    text = "到2025年，全县地区生产总值突破600亿元。"
    assert figs(text, year=2021) == [(600, "地区生产总值", "泗水县", "到2025年", True)]
    assert figs(text, year=2026)[0][-1] is False  # a look back from a later year


def test_a_five_year_plans_span_is_a_goal_while_the_plan_runs():
    text = "“十四五”期间，全县新建农村公路500公里。"
    assert figs(text, year=2022)[0][3:] == ("十四五期间", True)
    assert figs(text, year=2025)[0][3:] == ("十四五期间", False)  # its last year looks back on it


@pytest.mark.parametrize("period, year, goal", [
    ("未来三年", None, True), ("到2030年", None, True), ("到2020年底", None, False), ("“十三五”期间", 2017, True),
    ("十三五以来", 2017, False), ("上半年", 2023, False),
])
def test_plan_goal_periods(period, year, goal):
    assert is_a_plan_goal(period, year) is goal


def test_a_plans_years_ahead_are_shown_from_the_pages_year():
    assert display_period("今后五年", 2022) == "今后五年（2022年起）"
    assert display_period("到2025年", 2022) == "到2025年"


# ---- national and provincial counts are the nation's or the province's, never the county's the article is about

def test_a_count_the_nation_holds_is_no_countys():
    got = figs("农业部公布了名单，全国共有示范县100个，全省有8个县入选，我县榜上有名。")
    assert [(v, c) for v, _, c, *_ in got] == [(100, "全国"), (8, "全省")]


def test_a_county_that_is_one_of_the_nations_count_does_not_own_the_count():
    assert figs("本县是全国50个旅游强县之一。")[0][2] == "全国"


def test_the_province_measured_against_is_no_scope():
    got = figs("全县地区生产总值增长6.8%，增速高于全省0.5个百分点。")
    assert {c for _, _, c, *_ in got} == {"泗水县"}


# ---- not figures: places moved in a ranking

def test_places_moved_in_a_ranking_are_no_figures():
    got = figs("全县地区生产总值在全省排名上升12位，比上年前进5个位次，新增3位专家。")
    assert [(v, m) for v, m, *_ in got] == [(3, "新增专家")]


def test_a_rankings_first_places_are_no_figure():
    got = figs("全县营商环境位列全省前3名，进入全国百强县前50位。目前10名专家在岗。")
    assert [(v, m) for v, m, *_ in got] == [(10, "专家")]


# ---- periods borrowed: from a span split by year, a day of another clause's event, the base of a change

def test_a_span_split_by_year_ends_even_when_one_figure_kept_it_whole():
    text = "2020—2022年，全县蔬菜产量分别为40万吨、42万吨和45万吨，平均单产分别为3.1吨。全县现有蔬菜合作社120家。"
    assert [f.period for f in extract_figures(text, "汶上县")][-1] is None


def test_a_day_opening_a_list_dates_its_own_item_only():
    text = "暑期活动丰富。8月9日，某地的参观专列驶入某市；某机构组织了650人夏令营来某市参观。"
    assert [(f.value, f.period) for f in extract_figures(text, "曲阜市")] == [(650, None)]


def test_a_change_against_the_year_before_takes_its_amounts_period():
    got = figs("目前，8家园区完成改革，全年引进技工58人，比上年增加17人。", "全市")
    assert [(v, p) for v, _, _, p, _ in got][-2:] == [(58, "全年"), (17, "全年")]


def test_the_level_a_quantity_grew_from_takes_no_period():
    got = figs("近年来，全县蔬菜产量由2.4万吨增长到3.1万吨。", "嘉祥县")
    assert [(v, p) for v, _, _, p, _ in got] == [(2.4, None), (3.1, "近年来")]


def test_a_period_in_a_clause_of_purpose_is_not_the_figures():
    got = figs("为保障春节期间市场供应，全县已储备蔬菜1.2万吨。为筹办今年的梨花节，全县安排民俗活动9项。")
    assert [(v, p) for v, _, _, p, _ in got] == [(1.2, None), (9, "今年")]


def test_a_count_of_a_years_list_is_of_that_year():
    assert figs("日前，全县6个项目列入2019年省重点项目。")[0][3] == "2019年"


def test_a_count_of_a_national_bodys_list_is_the_nations():
    got = figs("近日，农业农村部公布了第二批示范县名单，全国88个县入选，本县榜上有名。本县新增示范基地3个。")
    assert [(v, c) for v, _, c, *_ in got] == [(88, "全国"), (3, "泗水县")]


def test_a_county_named_before_the_count_keeps_it():
    assert figs("农业农村部公布名单，泗水县3个村入选。")[0][2] == "泗水县"
