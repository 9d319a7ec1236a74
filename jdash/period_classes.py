"""A figure's period as a class figures can be compared within (data/period_classes.csv), and its year.

The parse keeps a period as printed (今年1月至6月, 1-9月份, 2012年春节期间, 去年底). A comparison needs to know
that 1至6月份, 今年1月至6月 and 上半年 are one span of one year: `period_parts` writes the period one way
(`written_one_way`, a list of small rules), reads its year apart, and looks the rest up in the data file.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Callable

from jdash.datafiles import read_table
from jdash.figure_period import tidy_months
from jdash.yearcues import chinese_number

UNSTATED = "未注明"
YEAR_UNKNOWN = "(year unknown)"  # said after the class of a period whose year nothing gives
WHOLE_YEAR = "全年"
_CN_MONTHS = re.compile(r"(十[一二]|[一二三四五六七八九十])(?:月份?)?至(十[一二]|[一二三四五六七八九十])月份?")
_FIRST_MONTHS = re.compile(r"^前(\d{1,2}|十[一二]|[一二三四五六七八九十两])个月")
_UP_TO_MONTH = re.compile(r"^截至(\d{1,2})月份?(?:底|末)?$")
_PRINTED_YEAR = re.compile(r"^((?:19|20)\d\d)年")
_YEAR_SPAN = re.compile(r"^(?:19|20)\d\d年?-((?:19|20)\d\d)年")  # written one way: 2016年至2018年 → 2016-2018年
_BEFORE = ("去年", "上年", "刚刚过去的一年", "过去的一年")
_THIS_YEAR = ("今年", "本年")


def chinese_months(period: str) -> str:
    """一至六月 → 1-6月: a span of months in Chinese numerals as digits.

    >>> chinese_months("一至九月份"), chinese_months("今年十至十二月")
    ('1-9月', '今年10-12月')
    """
    return _CN_MONTHS.sub(lambda m: f"{chinese_number(m.group(1))}-{chinese_number(m.group(2))}月", period)


def first_months(period: str) -> str:
    """前6个月 → 1-6月, 前三个月 → 1-3月: the first months of a year as a span.

    >>> first_months("前三个月"), first_months("前10个月")
    ('1-3月', '1-10月')
    """
    found = _FIRST_MONTHS.match(period)
    return f"1-{chinese_number(found.group(1))}月{period[found.end():]}" if found else period


def up_to_month(period: str) -> str:
    """截至6月底 → 1-6月: the months of a year up to the end of one (a day, 截至6月12日, stays as printed).

    >>> up_to_month("截至9月底"), up_to_month("截至6月12日")
    ('1-9月', '截至6月12日')
    """
    found = _UP_TO_MONTH.match(period)
    return f"1-{int(found.group(1))}月" if found else period


_YEARS = re.compile(r"^((?:19|20)\d\d)年?(?:至|到|-|—|－|~)((?:19|20)\d\d)年")


def years_one_way(period: str) -> str:
    """2016年至2018年 → 2016-2018年: a span of years written with one dash.

    >>> years_one_way("2016年至2018年"), years_one_way("2016—2018年间"), years_one_way("2018年")
    ('2016-2018年', '2016-2018年间', '2018年')
    """
    return _YEARS.sub(r"\1-\2年", period)


WRITING_RULES: tuple[Callable[[str], str], ...] = (tidy_months, chinese_months, first_months, up_to_month, years_one_way)


def written_one_way(period: str) -> str:
    """A period with each of `WRITING_RULES` applied in turn (quotes and spaces dropped first).

    >>> written_one_way("1月至6月"), written_one_way("“十四五”以来"), written_one_way("1至9月份")
    ('1-6月', '十四五以来', '1-9月')
    """
    text = re.sub(r"[\s“”\"'‘’]", "", period)
    for rule in WRITING_RULES:
        text = rule(text)
    return text


def split_year(period: str) -> tuple[int | None, bool, str]:
    """The year printed at a period's front, whether it names the year before the issue (去年, 上年), and the
    rest (today's year, 今年/本年, dropped when something follows it; 截至 dropped before a year).

    >>> split_year("2023年1-6月"), split_year("去年底"), split_year("今年上半年"), split_year("今年")
    ((2023, False, '1-6月'), (None, True, '底'), (None, False, '上半年'), (None, False, '今年'))
    >>> split_year("截至2023年底"), split_year("2016-2018年")
    ((2023, False, '底'), (2018, False, '2016-2018年'))
    """
    span = _YEAR_SPAN.match(period)
    if span:  # 2016-2018年: a span of years is its own class, in the year it ends
        return int(span.group(1)), False, period
    text = period.removeprefix("截至") if _PRINTED_YEAR.match(period.removeprefix("截至")) else period
    printed = _PRINTED_YEAR.match(text)
    if printed:
        return int(printed.group(1)), False, text[printed.end():]
    for word in _BEFORE:
        if text.startswith(word):
            return None, True, text[len(word):]
    for word in _THIS_YEAR:
        if text.startswith(word) and len(text) > len(word):
            return None, False, text[len(word):]
    return None, False, text


@lru_cache(maxsize=1)
def _classes() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """The data file's forms: exact form → class, and (prefix, class) for forms ending in …."""
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for row in read_table("period_classes.csv"):
        for form in row["forms"].split():
            if form.endswith("…"):
                prefixes.append((form[:-1], row["class"]))
            else:
                exact[form] = row["class"]
    return exact, tuple(prefixes)


def class_of(rest: str) -> str:
    """The class of a period written one way with its year taken off (`split_year`): the data file's, else itself.

    >>> class_of("1-6月"), class_of("截至2月7日"), class_of("春节期间"), class_of("")
    ('上半年', '截至目前', '春节期间', '全年')
    """
    if not rest:
        return WHOLE_YEAR  # a year alone (2023年, 去年)
    exact, prefixes = _classes()
    return exact.get(rest) or next((c for p, c in prefixes if rest.startswith(p)), rest)


def period_parts(period: str | None) -> tuple[int | None, bool, str]:
    """What a comparison reads in a printed period: the year printed, whether it names the year before the
    issue (去年/上年), and its class (`UNSTATED` for no period).

    >>> period_parts("2021年1至6月"), period_parts("去年"), period_parts(None), period_parts("今年1月至6月")
    ((2021, False, '上半年'), (None, True, '全年'), (None, False, '未注明'), (None, False, '上半年'))
    >>> period_parts("2012年春节期间"), period_parts("2018年度"), period_parts("截至2023年底")
    ((2012, False, '春节期间'), (2018, False, '全年'), (2023, False, '年底'))
    """
    text = written_one_way(period) if isinstance(period, str) else ""
    if not text:
        return None, False, UNSTATED
    printed, before, rest = split_year(text)
    return printed, before, class_of(rest)


def period_class(period: str | None) -> str:
    """A figure's period as a class that figures can be compared within (`period_parts`, without the year).

    >>> period_class("1至6月份"), period_class("前三季度"), period_class("2021年"), period_class(None)
    ('上半年', '前三季度', '全年', '未注明')
    """
    return period_parts(period)[2]


def period_key(period: str | None, issued: date | int | None) -> str:
    """The period figures must share to be compared: the year (as printed, else the year of the issue — its
    date's, or the year alone of a page known only to its year —, the year before for 去年/上年) and the
    `period_class`; the class and `YEAR_UNKNOWN` when no year is known (an undated page's 今年上半年 is compared
    with no year's).

    >>> period_key("1至6月份", date(2022, 8, 8)), period_key("2024年", None), period_key("去年", 2024)
    ('2022 上半年', '2024 全年', '2023 全年')
    >>> period_key("上半年", None)
    '上半年 (year unknown)'
    """
    printed, before, label = period_parts(period)
    issue_year = issued.year if isinstance(issued, date) else issued
    year = printed if printed else issue_year - before if issue_year else None
    return f"{year} {label}" if year else f"{label} {YEAR_UNKNOWN}"


def year_of(issue_date: date | None, issue_year: int | None) -> int | None:
    """The page's year: its issue date's, else the year alone a page known only to its year carries.

    >>> year_of(date(2022, 8, 8), None), year_of(None, 2015), year_of(None, None)
    (2022, 2015, None)
    """
    return issue_date.year if issue_date else issue_year
