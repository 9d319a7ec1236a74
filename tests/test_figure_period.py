"""A figure's period shown to a reader (issue 14, county cards): the year made explicit from the page's year,
months written one way; the printed period itself is kept for comparisons. Invented periods."""

import pytest

from jdash.figure_period import PERIOD_RULES, display_period


@pytest.mark.parametrize("period, shown", [
    ("今年上半年", "2023年上半年"), ("上半年", "2023年上半年"), ("1至6月份", "2023年1-6月"), ("3—5月份", "2023年3-5月"),
    ("今年", "2023年"), ("年内", "2023年"), ("全年", "2023年"), ("今年全年", "2023年"),
    ("去年", "2022年"), ("上年", "2022年"), ("去年底", "2022年底"), ("去年以来", "2022年以来"),
    ("今年以来", "2023年以来"), ("年初以来", "2023年以来"), ("今年5月以来", "2023年5月以来"),
    ("一季度", "2023年一季度"), ("今年前三季度", "2023年前三季度"), ("1月份", "2023年1月"),
    ("截至6月底", "截至2023年6月底"), ("截至3月15日", "截至2023年3月15日"),
    ("国庆假期", "2023年国庆假期"), ("今春", "2023年春"), ("今冬明春", "2023年冬至2024年春"),
])
def test_a_period_of_the_pages_year_names_the_year(period, shown):
    assert display_period(period, 2023) == shown


@pytest.mark.parametrize("period, shown", [
    ("目前", "目前（2023年）"), ("截至目前", "截至目前（2023年）"), ("近年来", "近年来（至2023年）"),
    ("近三年", "近三年（至2023年）"), ("半年来", "半年来（至2023年）"),
])
def test_a_period_of_no_one_year_keeps_its_words_and_says_up_to_when(period, shown):
    assert display_period(period, 2023) == shown


@pytest.mark.parametrize("period, shown", [
    ("2021年", "2021年"), ("2021年1至6月份", "2021年1-6月"), ("截至2021年11月", "截至2021年11月"),
    ("2016年第二批", "2016年第二批"), ("2012年度", "2012年度"), ("十四五", "十四五"), ("当年", "当年"),
])
def test_a_printed_year_or_a_plan_period_stays_as_printed(period, shown):
    assert display_period(period, 2023) == shown


def test_without_the_pages_year_a_period_stays_as_printed_and_none_is_empty():
    assert display_period("1至6月份", None) == "1-6月"
    assert display_period("今年", None) == "今年"
    assert display_period(None, 2023) == "" and display_period("", 2023) == ""


def test_every_rule_reads_only_its_own_kind():
    readers = {p: [rule.__name__ for rule in PERIOD_RULES if rule(p, 2023) is not None][:1]
               for p in ("今年", "今秋", "截至6月底", "目前", "上半年")}
    assert readers == {"今年": ["relative_year"], "今秋": ["season_now"], "截至6月底": ["as_of"],
                       "目前": ["now_or_span"], "上半年": ["part_of_the_year"]}


def test_a_span_of_months_printed_with_both_months_is_read_whole():
    from jdash.figures import extract_figures

    figs = extract_figures("今年1月至5月，全县新开工项目14个，总投资36亿元。")
    assert [f.period for f in figs] == ["今年1月至5月", "今年1月至5月"]  # not 今年 alone
    assert display_period("今年1月至5月", 2024) == "2024年1-5月"
