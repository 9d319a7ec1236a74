"""A figure's period as a reader wants it on a card: the year made explicit, months written one way.

The parse keeps a figure's period as printed (今年上半年, 1至6月份, 去年, 截至6月底): that is what its
sentence says, and what the views' comparisons read (`views.period_key`). A card or a table shows a reader
`display_period(period, year)` instead, with `year` the page's year (its issue date's): 2023年上半年,
2023年1-6月, 2022年, 截至2023年6月底. A period that names no one year keeps its words and says up to when
(近年来（至2023年）, 目前（2023年）); a plan period (十四五) and any period when the year is unknown stay as
printed. Each reading is a small rule with one example; `display_period` tries them in order.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from jdash.datafiles import alternation_of, read_words
from jdash.rescan import Prefiltered
from jdash.yearcues import plans

_MONTHS = re.compile(r"(\d{1,2})月?份?(?:至|到|-|—|~)(\d{1,2})月份?")
_MONTH = re.compile(r"(\d{1,2})月份")
_PRINTED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年")
_RELATIVE_YEARS = (("今年", 0), ("本年", 0), ("去年", -1), ("上年", -1), ("明年", 1),
                   ("刚刚过去的一年", -1), ("过去的一年", -1))  # the year just ended, said at the next one's start
_SEASON_NOW = re.compile(r"^今([春夏秋冬])(?![天节风雨雪])")
_AS_OF = re.compile(r"^截至(?=\d{1,2}月|年底)")
_NOW = ("目前", "截至目前", "当前", "现在")
_SPAN = re.compile(r"^(?:近(?:些|几)?年来?|近[两三四五六七八九十]年(?:来|间)?|[两三四五六七八九十]年来|过去[两三四五六七八九十]年|半年来)$")
_NOW_DAY = ("当天", "当日")
_THIS_EVENT = ("此次", "本次", "本届")
_PLAN = re.compile(r"十[一二三四五六]五")
_WHOLE = ("全年", "年内", "年度")
_SINCE_NEW_YEAR = "年初以来"


# Periods the parse reads before figures.periods()' own (the first alternative that matches at a place wins):
# a span of months printed with both 月 (今年1月至6月, not 今年 alone). 现在/如今 are left out: carried through a
# paragraph they replaced the periods of stocks the goldens leave empty (sample F lost four).
EXTRA_PERIOD_TEXT = r"(?:(?:今年|去年|上年|本年|\d{4}年))?\d{1,2}月份?(?:至|到|-|—|~)\d{1,2}月份?(?:以来)?"
_TO = r"(?:至|到|-|—|－|~)"
_FEW = r"(?:\d{1,2}|[一二三四五六七八九十两]{1,2})"
# Periods a sentence prints whole that the older patterns read only in part (2015-2017年 as 2017年) or not at all,
# each its own alternative (see PERIOD_KINDS).
YEAR_SPAN = rf"(?:19|20)\d\d年?{_TO}(?:19|20)\d\d年(?:期间|间)?"
DECADE = r"(?:19|20)\d0年代(?:以来|初|末|中期)?|上世纪[五六七八九]十年代(?:以来|初|末|中期)?"
DAY_SPAN = rf"(?:\d{{4}}年)?(?:\d{{1,2}}月)?\d{{1,2}}日{_TO}(?:\d{{1,2}}月)?\d{{1,2}}日(?:期间)?"
DAYS_OFF = rf"{_FEW}天(?:的)?(?:假期|小长假|长假|假日)(?:期间)?|(?:节日|假日|节假日|假期|活动|节会|展会|赛事|文化节|旅游节|艺术节|博览会)期间"
EVENT_DAY = r"(?:开幕|开园|开业|开街|开港|开馆|活动|节会|展会)当[天日]|当天|(?:此次|本次|本届)(?:活动|节会|展会|大会)(?=[，,上中])"
SINCE_EVENT = (r"(?:开港|开园|开业|开馆|建成|投产|投用|运行|运营|开通|通车|成立|启动|建园|建区|挂牌)(?:以来|"
               rf"{_FEW}(?:余|多)?年多?来)|{_FEW}(?:余|多)年多?(?:来|间)|{_FEW}年多来|\d{{1,2}}年(?:来|间)"
               r"|[两三四五六七八九十]天(?:来|里)")
# One day (or part of one) that opens a clause, closed by a comma: 8月2日，… 15日下午，… 截止到20日，… (a date inside a
# clause, 于8月2日开工, dates an act, not the figures).
DAY = r"(?:截止到|截止|截至)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|晚)?(?=[，,])"
# The years a plan looks ahead to (今后五年, 未来三年内, 五年内) and the year a goal is set for (到2025年, 到2030年底).
PLAN_AHEAD = r"(?:今后|未来)(?:[一二三四五六七八九十两]{1,2}|\d{1,2})年(?:内|间|里)?|[一二三四五六七八九十两]{1,2}年内"
TO_A_YEAR = r"(?<![截止复])到(?:19|20)\d\d年(?!代)(?:底|末)?"
# A stretch of time a clause opens with (4天时间，…; 两年的时间，全镇建成…): the figures after it are of that stretch.
_TIME_TAKEN_TEXT = rf"{_FEW}(?:天|个月|年)(?:的)?时间(?:里|内)?"
TIME_TAKEN = _TIME_TAKEN_TEXT + "(?=[，,])"
PERIOD_KINDS = (YEAR_SPAN, DECADE, DAY_SPAN, DAYS_OFF, EVENT_DAY, SINCE_EVENT, DAY, PLAN_AHEAD, TO_A_YEAR, TIME_TAKEN)
_LUNAR_NUMBER = r"初[一二三四五六七八九十]"


def lunar_day() -> str:
    """A day of the lunar new year, or a span of them, with the year printed before it (2023年大年初一, 正月初一至初七,
    除夕; data/lunar_days.txt): the figure's period is that day, not the year alone.

    >>> [re.match(lunar_day(), t).group() for t in ("2023年大年初一，", "正月初一至初七，", "除夕当天", "大年三十")]
    ['2023年大年初一', '正月初一至初七', '除夕当天', '大年三十']
    """
    words = read_words("lunar_days.txt")
    before = "|".join(w for w in words if len(w) == 2 and w.endswith(("年", "月")))
    named = alternation_of(w for w in words if w not in before.split("|"))
    day = rf"(?:{before})(?:{_LUNAR_NUMBER}|三十)(?:{_TO}{_LUNAR_NUMBER})?"
    return rf"(?:\d{{4}}年)?(?:{day}|(?:{named})(?:当天|当日|夜)?)"

_PLAN_AHEAD = re.compile(PLAN_AHEAD)
_TO_A_YEAR = re.compile(r"到((?:19|20)\d\d)年(底|末)?")
_PLAN_SPAN = re.compile(r"[“\"]?(十[一二三四五六]五|[八九]五)[”\"]?(?:期间|时期|末)")


def is_a_plan_goal(period: str | None, year: int | None) -> bool:
    """Whether a figure's period makes it a plan's goal, not a result: the years a plan looks ahead to (今后五年,
    未来三年), a year a goal is set for that is later than the page's `year` (到2025年 on a 2021 page), or a five-year
    plan's span (“十四五”期间, data/five_year_plans.csv) while the plan still has a year to run (a 2025 page looks
    back on 十四五; so does 十四五以来 on any page). With the page's year unknown a year a goal is set for is one
    unless it is a year's end (到2020年底, 全县累计… may look back on it).

    >>> is_a_plan_goal("今后五年", None), is_a_plan_goal("到2025年", 2021), is_a_plan_goal("到2020年底", 2021)
    (True, True, False)
    >>> is_a_plan_goal("到2025年", None), is_a_plan_goal("到2025年底", None), is_a_plan_goal("十四五期间", None)
    (True, False, False)
    >>> is_a_plan_goal("“十四五”期间", 2022), is_a_plan_goal("十四五期间", 2025), is_a_plan_goal("十四五以来", 2022)
    (True, False, False)
    """
    if not period:
        return False
    if _PLAN_AHEAD.fullmatch(period):
        return True
    to_year, plan = _TO_A_YEAR.fullmatch(period), _PLAN_SPAN.fullmatch(period)
    if year is None:
        return to_year is not None and not to_year.group(2)
    if not (to_year or plan):
        return False
    return int(to_year.group(1)) > year if to_year else year < plans().get(plan.group(1), 0) + 4


_ONE_DAY = r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|晚)?"
_EVENT_DATE = re.compile(rf"{DAY_SPAN}|{_ONE_DAY}|\d{{4}}年\d{{1,2}}月")


def dates_an_event(period: str) -> bool:
    """Whether a period is a day, a span of days or a month of a printed year (5月7日至11日, 26日上午, 2010年9月): printed
    in a sentence with no figures it dates the event the sentence reports (2010年9月，双方签署协议), not the figures
    of the sentences after it.

    >>> dates_an_event("5月7日至11日"), dates_an_event("2010年9月"), dates_an_event("国庆假期"), dates_an_event("5月份")
    (True, True, False, False)
    """
    return bool(_EVENT_DATE.fullmatch(period))


def one_day(period: str) -> bool:
    """Whether a period is one day (8月2日, 26日上午): the day an event was held, the period of its own sentence's
    figures only (a later sentence restating them is not of that day); a day up to which a count runs (截至8月31日)
    is no event's.

    >>> one_day("26日上午"), one_day("截至8月31日"), one_day("2010年9月"), one_day("10月1日至7日")
    (True, False, False, False)
    """
    return bool(re.fullmatch(_ONE_DAY, period))


AS_OF_WORDS = ("截至", "截止", "目前", "当前", "现在")


_HOLDING_REACH = 16  # characters before a figure its clause's holding verb may stand (现有种子企业5家)


def holds_a_stock(t: str, lo: int, pos: int, carried: str | None) -> bool:
    """Whether the clause t[lo:pos] says what a place holds (data/holding_verbs.txt: right before the figure, 了 after
    it allowed, or opening what the figure counts, 现有种子企业5家) and the period carried to it is a span, not an
    as-of date: 汇集了28家世界500强企业 after 今年以来，… is a standing stock, no flow of this year.

    >>> t = "某市汇集了28家世界500强企业"
    >>> holds_a_stock(t, 0, 5, "今年以来"), holds_a_stock(t, 0, 5, "截至6月底"), holds_a_stock("新增企业46家", 0, 4, "今年以来")
    (True, False, False)
    >>> holds_a_stock("全县现有种子企业5家", 0, 8, "2020—2022年")
    True
    """
    if not carried or carried.startswith(AS_OF_WORDS):
        return False
    end = pos - 1 if t.startswith("了", pos - 1) and pos > lo else pos  # never a copy of the clause: a list may run a page
    verbs = tuple(read_words("holding_verbs.txt"))
    return t.endswith(verbs, lo, end) or any(t.find(v, max(lo, pos - _HOLDING_REACH), pos) >= 0 for v in verbs)


_RATE_UNITS = ("%", "百分点", "倍")


def sizes_a_thing(t: str, end: int, unit: str) -> bool:
    """Whether a figure ending at `end` is printed as an attribute of what follows it (投资8亿元的智能装备产业园, 占地200亩的
    园区): the size of that thing, a stock, so a period carried from an earlier sentence is not its own; a rate so
    printed (增长10%的目标) is not.

    >>> t = "投资8亿元的智能装备产业园投入运营"
    >>> sizes_a_thing(t, 5, "亿元"), sizes_a_thing("实现增长10%的目标", 7, "%"), sizes_a_thing("完成投资8亿元，", 7, "亿元")
    (True, False, False)
    """
    return t.startswith("的", end) and not unit.endswith(_RATE_UNITS)


_NAME_REACH = 12  # characters of a name between a capacity and the head that ends it (…万吨花生油项目)


@lru_cache(maxsize=1)
def _capacity_name() -> re.Pattern[str]:
    heads = alternation_of(read_words("project_heads.txt"))
    return re.compile(rf"[\u4e00-\u9fff\d.]{{0,{_NAME_REACH}}}?(?:{heads})")


def names_a_capacity(t: str, end: int, base: str | None) -> bool:
    """Whether a quantity other than money ending at `end` (its unit's `base`: 吨, 千瓦) is glued to the name of the project
    after it (60万吨饲料项目, 年产5万吨饲料8万吨有机肥项目; data/project_heads.txt): the project's capacity, a stock,
    so a period carried from an earlier sentence is not its own.

    >>> names_a_capacity("建设60万吨饲料项目", 6, "吨"), names_a_capacity("投资5亿元项目", 5, "元")
    (True, False)
    >>> names_a_capacity("产量60万吨，项目", 6, "吨")
    False
    """
    return base not in (None, "元") and _capacity_name().match(t, end) is not None


def day_of_a_report(t: str, start: int, end: int, hi: int) -> bool:
    """Whether t[start:end] is one day opening a sentence (ending at `hi`) that reports figures learned that day
    (data/report_words.txt: 1月22日，某市召开新闻发布会，记者了解到，全市…): the figures are not of that day.

    >>> t = "1月22日，市政府召开新闻发布会，记者了解到，全市新增企业300家。"
    >>> day_of_a_report(t, 0, 5, len(t)), day_of_a_report("8月2日，观摩团观摩了15个项目。", 0, 4, 18)
    (True, False)
    """
    return one_day(t[start:end]) and any(w in t[end:hi] for w in read_words("report_words.txt"))


_YEAR_SPAN = re.compile(YEAR_SPAN)


def names_a_vintage(t: str, printed: re.Match[str]) -> bool:
    """Whether a span of years printed at `printed` is glued to the name after it (2016-2018年规划新建学校: the plan's
    years), not closed by a comma as the period of what follows (2016-2018年，全县…): then it is no period the
    sentences after it go on in.

    >>> t = "2016-2018年计划新建的校舍仍有5所未投用"
    >>> names_a_vintage(t, re.match(YEAR_SPAN, t)), names_a_vintage("2016-2018年，", re.match(YEAR_SPAN, "2016-2018年，"))
    (True, False)
    """
    return bool(_YEAR_SPAN.fullmatch(printed.group())) and not t.startswith(("，", ","), printed.end())


@lru_cache(maxsize=2)
def holiday_name(capture: bool = False) -> str:
    """A holiday's name as the paper prints it (data/holidays.txt): quoted or not, 节 or 劳动节 and its length in days
    after it (“五一”三天, 端午节, 五一劳动节); the name alone is group 1 when `capture`. The one pattern of holiday names
    the period scan (figures.periods) and holiday_named both read.

    >>> re.fullmatch(holiday_name(True), "“五一”三天").group(1), bool(re.fullmatch(holiday_name(), "端午节"))
    ('五一', True)
    """
    names = alternation_of(w.strip("“”") for w in read_words("holidays.txt"))
    return rf"[“\"]?{'(' if capture else '(?:'}{names})[”\"]?(?:节|劳动节)?(?:{_FEW}天)?"


@lru_cache(maxsize=1)
def holiday_spans() -> str:
    """The words that make a holiday a span of days (data/holiday_spans.txt), as a regex alternative.

    >>> re.fullmatch(holiday_spans(), "小长假") is not None
    True
    """
    return alternation_of(read_words("holiday_spans.txt"))


@lru_cache(maxsize=1)
def _holiday_names() -> Prefiltered:
    """A holiday named with a span word after it (五一小长假) or with 节 (中秋节): see holiday_named. Its optional opening
    quote leaves `re` no first character to look for, so it is tried only where its first two characters stand."""
    return Prefiltered(re.compile(rf"{holiday_name(True)}(?:{holiday_spans()})|{holiday_name(True)}(?<=节)"))


def holiday_named(text: str, before: str | None = None) -> str | None:
    """The last holiday `text` names with a span word or 节 after it (data/holidays.txt, holiday_spans.txt):
    端午小长假 → 端午, “五一”三天小长假 → 五一, 中秋节 → 中秋; `before` (the one named before it) when it names none
    (a bare 十一 is a number).

    >>> holiday_named("端午小长假某县旅游火爆"), holiday_named("今年“五一”三天小长假期间"), holiday_named("第十一届")
    ('端午', '五一', None)
    """
    found = None
    for found in _holiday_names().finditer(text, 0, len(text)):
        pass
    return (found.group(1) or found.group(2)) if found else before


_DAYS_OFF_ONLY = re.compile(rf"(?:{_FEW}天(?:的)?)?(?:小长假|长假|假期|假日|节假日|节日)(?:期间)?((?:首日|第[一二三四五六七八]天"
                            r"|前[两二三四五六七]天|最后一天|高峰期)?)")


def name_the_holiday(period: str | None, holiday: str | None) -> str | None:
    """A period of days off that names no holiday (三天假期, 假期期间, 节日期间, 假期首日) named after the holiday
    its article names before it (`holiday`, see holiday_named): 端午 → 端午假期, 端午假期首日. A season (暑期) is
    named alone; a period naming its holiday, or none of days off, is kept.

    >>> name_the_holiday("三天假期", "端午"), name_the_holiday("假期首日", "五一"), name_the_holiday("上半年", "端午")
    ('端午假期', '五一假期首日', '上半年')
    """
    found = _DAYS_OFF_ONLY.fullmatch(period) if period and holiday else None
    if found is None:
        return period
    name = holiday if holiday.endswith(("期", "假")) else holiday + "假期"
    return name + found.group(1)


def this_years_holiday(period: str | None, headline_holiday: str | None) -> str | None:
    """A bare 今年 carried to a figure of a story whose headline names a holiday (`headline_holiday`, see
    holiday_named): the story counts that holiday's days, so 今年 (of 今年“五一”期间 cut short, or of a lead's scene) is
    that holiday's (五一 → 今年五一假期); any other period is kept.

    >>> this_years_holiday("今年", "五一"), this_years_holiday("今年", None), this_years_holiday("今年以来", "五一")
    ('今年五一假期', '今年', '今年以来')
    """
    return f"今年{name_the_holiday('假期', headline_holiday)}" if period == "今年" and headline_holiday else period


_EVENT_AFTER = r"(?=开幕|闭幕|期间|举办|举行|暨|启动|活动|当天|上|的|在|于|将|[^\u4e00-\u9fff]|$)"


@lru_cache(maxsize=1)
def _event_names() -> re.Pattern[str]:
    """An event's name: up to eight characters before a word of the kinds of event named (data/named_event_words.txt:
    旅游节, 庙会, 博览会 …), a year or an edition printed before it left out, then a word that goes on about the event."""
    kinds = alternation_of(read_words("named_event_words.txt"))
    return re.compile(rf"(?:第[一二三四五六七八九十百\d]+届|\d{{4}}年?)?(?P<name>[\u4e00-\u9fff“”]{{1,8}}?(?:{kinds})){_EVENT_AFTER}")


@lru_cache(maxsize=1)
def _event_kinds() -> re.Pattern[str]:
    """The kinds of event named (data/named_event_words.txt) alone: every name `_event_names` finds ends with one.

    >>> bool(_event_kinds().search("梨花旅游节开幕")), bool(_event_kinds().search("节能降耗")), bool(_event_kinds().search("全县接待"))
    (True, True, False)
    """
    return re.compile(alternation_of(read_words("named_event_words.txt")))


def event_named(text: str, before: str | None = None) -> str | None:
    """The last event `text` names (桃花旅游节, “三月三”庙会), not a holiday (春节 is a holiday's); `before` (the one
    named before it) when it names none.

    >>> event_named("2015某县梨花旅游节开幕"), event_named("春节期间，全县接待游客", "梨花节"), event_named("节能降耗")
    ('某县梨花旅游节', '梨花节', None)
    """
    if not _event_kinds().search(text):  # most sentences print no kind of event: the name's scan finds nothing
        return before
    found, joined_at = [], -2
    for m in _event_names().finditer(text):
        name = _NAME_CUT.split(m.group("name"))[-1]
        if m.start() not in (joined_at, joined_at + 1) and len(name) >= 2 and holiday_named(name) is None:
            found.append(name)
        joined_at = m.end() if text.startswith("暨", m.end()) else -2  # 某庙会暨某汇: the first is the event
    return found[-1] if found else before


_NAME_CUT = re.compile(r"届|举办|举行|召开|的|暨|在|、|和|与|\d")  # 今年的龙虾节 → 龙虾节, 第三届读书节 → 读书节


_EVENT_DAY_ONLY = re.compile(r"(?:开幕|开幕式|活动|节会|展会)(当天|当日|首日|期间)|(?:此次|本次|本届)(?:活动|节会|展会)()")


def name_the_event(period: str | None, event: str | None) -> str | None:
    """A day or span of an event that names no event (开幕当天, 活动期间, 本次活动) named after the event its article
    names before it (`event`, see event_named): 桃花节 → 桃花节开幕当天, 桃花节期间. Any other period is kept (a span
    named by the event's kind, 论坛期间: see event_kind_span).

    >>> name_the_event("开幕当天", "梨花节"), name_the_event("活动期间", "梨花节"), name_the_event("开幕当天", None)
    ('梨花节开幕当天', '梨花节期间', '开幕当天')
    """
    found = _EVENT_DAY_ONLY.fullmatch(period) if period and event else None
    if found is None:
        return period
    return event + (period if period.startswith("开幕") else found.group(1) or "")


def event_kind_span() -> str:
    """The span of an event named by its kind alone (论坛期间, 博览会期间; data/named_event_words.txt, two characters
    or more): the figures of the event's days, a period kept as printed (the event named before it may be another,
    a sub-forum or a side event).

    >>> re.fullmatch(event_kind_span(), "论坛期间") is not None, re.fullmatch(event_kind_span(), "节期间") is not None
    (True, False)
    """
    kinds = alternation_of(w for w in read_words("named_event_words.txt") if len(w) > 1)
    return rf"(?:{kinds})期间"


def the_day_meant(period: str | None, day: str | None) -> str | None:
    """当天, 当日 alone: the day printed last before it in the article (`day`: 2月27日, 国庆假期首日); kept when none
    was printed.

    >>> the_day_meant("当天", "2月27日"), the_day_meant("当日", None), the_day_meant("开幕当天", "2月27日")
    ('2月27日', '当日', '开幕当天')
    """
    return day if period in _NOW_DAY and day else period


_HOLIDAY_DAY_END = re.compile(r"(?:首日|第[一二三四五六七八]天|最后一天)$")


def a_day(period: str) -> bool:
    """Whether a printed period is one day a later 当天 may mean: a date (8月2日, 26日上午) or a holiday's day (国庆假期首日).

    >>> a_day("2月27日"), a_day("国庆假期首日"), a_day("上半年")
    (True, True, False)
    """
    return one_day(period) or bool(_HOLIDAY_DAY_END.search(period))


def names_no_holiday(period: str | None) -> bool:
    """Whether a period is days off of no named holiday (三天假期, 假期首日: its article named none before it, see
    name_the_holiday): a card would not say which holiday's.

    >>> names_no_holiday("三天假期"), names_no_holiday("端午假期"), names_no_holiday(None)
    (True, False, False)
    """
    return bool(period) and _DAYS_OFF_ONLY.fullmatch(period) is not None


_YEARS_OF_SPAN = re.compile(rf"((?:19|20)\d\d)年?{_TO}((?:19|20)\d\d)年(?:期间|间)?")


def years_of_span(period: str | None) -> list[str] | None:
    """The years a span of years prints, in order (2019—2022年 → 2019年 … 2022年; at most ten); None for any other
    period. A list of values after 分别, one per year, takes them in order (see figures._pair_years_respectively).

    >>> years_of_span("2019—2022年"), years_of_span("2016-2018年间"), years_of_span("上半年")
    (['2019年', '2020年', '2021年', '2022年'], ['2016年', '2017年', '2018年'], None)
    """
    found = _YEARS_OF_SPAN.fullmatch(period or "")
    first, last = (int(found.group(1)), int(found.group(2))) if found else (0, 0)
    return [f"{y}年" for y in range(first, last + 1)] if 0 < last - first < 10 else None


def split_by_year(opening: str, periods: list[str | None]) -> bool:
    """Whether a span of years opening a sentence was split among its figures, one year each (2019—2022年，…分别为…:
    see years_of_span), so it is a list of years, no span the sentences after it go on in.

    >>> split_by_year("2019—2022年", ["2019年", "2020年"]), split_by_year("2019—2022年", ["2019—2022年"])
    (True, False)
    >>> split_by_year("2019—2022年", ["2019年", "2020年", "2019—2022年"])  # …平均单产分别为3吨: a figure left whole
    True
    """
    years = years_of_span(opening)
    return years is not None and any(p in years for p in periods)


def extra_periods() -> str:
    """The periods of EXTRA_PERIOD_TEXT and PERIOD_KINDS, as a regex alternative to put before figures.periods()' own.

    >>> re.match(extra_periods(), "今年1月至6月，").group(), re.match(extra_periods(), "2023年3月到5月").group()
    ('今年1月至6月', '2023年3月到5月')
    >>> [re.match(extra_periods(), t).group() for t in ("2016-2018年，", "10月1日至7日，", "五天假期，", "开园以来，")]
    ['2016-2018年', '10月1日至7日', '五天假期', '开园以来']
    """
    return "|".join((EXTRA_PERIOD_TEXT,) + PERIOD_KINDS + (lunar_day(), event_kind_span()))


def tidy_months(period: str) -> str:
    """1至6月份 → 1-6月, 1月至6月 → 1-6月, 5月份 → 5月: months written one way.

    >>> tidy_months("2023年1至6月份"), tidy_months("1月份以来"), tidy_months("今年1月至6月")
    ('2023年1-6月', '1月以来', '今年1-6月')
    """
    return _MONTH.sub(r"\1月", _MONTHS.sub(r"\1-\2月", period))


def relative_year(period: str, year: int) -> str | None:
    """今年上半年 → 2023年上半年, 去年 → 2022年, 今年以来 → 2023年以来, 今年全年 → 2023年: a year named
    relative to the page's made explicit.

    >>> relative_year("去年底", 2023), relative_year("今年全年", 2023), relative_year("上半年", 2023)
    ('2022年底', '2023年', None)
    """
    for word, offset in _RELATIVE_YEARS:
        if period.startswith(word):
            rest = period[len(word) :]
            rest = "以来" if rest == _SINCE_NEW_YEAR else "" if rest in _WHOLE else rest
            return f"{year + offset}年{rest}"
    return None


def season_now(period: str, year: int) -> str | None:
    """今春 → 2023年春, 今冬明春 → 2023年冬至2024年春.

    >>> season_now("今冬明春", 2023), season_now("今秋", 2023)
    ('2023年冬至2024年春', '2023年秋')
    """
    if period == "今冬明春":
        return f"{year}年冬至{year + 1}年春"
    found = _SEASON_NOW.match(period)
    return f"{year}年{found.group(1)}{period[found.end() :]}" if found else None


def as_of(period: str, year: int) -> str | None:
    """截至6月底 → 截至2023年6月底: a day or month the page's year ends.

    >>> as_of("截至6月12日", 2023), as_of("截至目前", 2023)
    ('截至2023年6月12日', None)
    """
    return f"截至{year}年{period[2:]}" if _AS_OF.match(period) else None


def now_or_span(period: str, year: int) -> str | None:
    """目前 → 目前（2023年）, 近年来 → 近年来（至2023年）: a period that names no one year says up to when.

    >>> now_or_span("截至目前", 2023), now_or_span("近年来", 2023), now_or_span("上半年", 2023)
    ('截至目前（2023年）', '近年来（至2023年）', None)
    >>> now_or_span("开园以来", 2023), now_or_span("十余年间", 2023), now_or_span("开幕当天", 2023)
    ('开园以来（至2023年）', '十余年间（至2023年）', '开幕当天（2023年）')
    >>> now_or_span("4天时间", 2023)
    '4天时间（2023年）'
    """
    if period in _NOW or period.endswith(_NOW_DAY) or period.startswith(_THIS_EVENT) or re.fullmatch(_TIME_TAKEN_TEXT, period):
        return f"{period}（{year}年）"
    return f"{period}（至{year}年）" if _SPAN.match(period) or re.fullmatch(SINCE_EVENT, period) else None


def years_ahead(period: str, year: int) -> str | None:
    """今后五年 → 今后五年（2023年起）: the years a plan looks ahead to (PLAN_AHEAD) say from when.

    >>> years_ahead("今后五年", 2023), years_ahead("五年内", 2023), years_ahead("上半年", 2023)
    ('今后五年（2023年起）', '五年内（2023年起）', None)
    """
    return f"{period}（{year}年起）" if _PLAN_AHEAD.fullmatch(period) else None


def part_of_the_year(period: str, year: int) -> str | None:
    """上半年 → 2023年上半年, 1-6月 → 2023年1-6月, 国庆假期 → 2023年国庆假期, 年内 → 2023年: a part of the
    page's year (any period left that no other rule read, and no plan period).

    >>> part_of_the_year("前三季度", 2023), part_of_the_year("年初以来", 2023), part_of_the_year("十四五", 2023)
    ('2023年前三季度', '2023年以来', None)
    """
    if _PLAN.search(period) or period.startswith(("当年", "截至", "截止")):
        return None  # 当年: the year an older story names, not the page's
    if period in _WHOLE:
        return f"{year}年"
    return f"{year}年" + ("以来" if period == _SINCE_NEW_YEAR else period)


PERIOD_RULES: tuple[Callable[[str, int], str | None], ...] = (
    relative_year, season_now, as_of, now_or_span, years_ahead, part_of_the_year,
)


def display_period(period: str | None, year: int | None) -> str:
    """The period a reader is shown (see the module): '' for none; as printed, months tidied, when it prints a
    year or the page's `year` is unknown; else the first rule of PERIOD_RULES that reads it.

    >>> display_period("1至6月份", 2023), display_period("今年", 2023), display_period("2021年度", 2023)
    ('2023年1-6月', '2023年', '2021年度')
    >>> display_period("上半年", None), display_period(None, 2023)
    ('上半年', '')
    """
    text = tidy_months(period.strip()) if isinstance(period, str) else ""
    if not text or year is None or _PRINTED_YEAR.search(text):
        return text
    return next((got for rule in PERIOD_RULES if (got := rule(text, year)) is not None), text)


_QUOTE_MARKS = "“\"‘「"


def present_opening(t: str, lo: int) -> str | None:
    """The word of the present that the sentence or clause at `lo` opens with (a quote's mark skipped), one the period
    scan does not read (data/present_periods.txt: 如今, 现在 …): its figures are of now, so a period carried from an
    earlier sentence (今年一季度，…。如今全村有大棚120个) is not theirs.

    >>> present_opening("如今，全村有大棚120个", 0), present_opening("“现在每个棚收入4万元", 0)
    ('如今', '现在')
    >>> present_opening("全村有大棚120个", 0) is None
    True
    """
    while lo < len(t) and t[lo] in _QUOTE_MARKS:
        lo += 1
    return next((w for w in read_words("present_periods.txt") if t.startswith(w, lo)), None)


_HABIT_REACH = 40  # characters before a figure its sentence's word of a yearly habit may stand


def yearly_habit(t: str, lo: int, pos: int) -> bool:
    """Whether the sentence t[lo:pos] before a figure says what happens every year (data/yearly_habit_words.txt: 每年,
    年均, 一年可): a standing yearly measure, so a period carried from an earlier sentence (2002年，…。每年经这个市场
    销出的山药过万吨) is not its own.

    >>> yearly_habit("每年经市场销出山药1万吨", 0, 9), yearly_habit("这片果园一年可给村里挣6万元", 0, 11)
    (True, True)
    >>> yearly_habit("全县新增企业46家", 0, 6)
    False
    """
    lo = max(lo, pos - _HABIT_REACH)
    return any(t.find(w, lo, pos) >= 0 for w in read_words("yearly_habit_words.txt"))


def dates_an_act(t: str, start: int, end: int) -> bool:
    """Whether the period t[start:end] is glued between 于 and a project's milestone (data/progress_verbs.txt: 厂房于
    2031年3月动工, 将于9月投产): it dates that act, not the figures of the clauses after it (…动工，概算投资9千万元);
    an event held then (将于5月8日在某地举办，…学者近百名) or a body set up (于去年春成立…，租下荒坡600亩) does.

    >>> t = "厂房于2031年3月动工，概算投资9千万元"
    >>> dates_an_act(t, 3, 10), dates_an_act("将于5月8日在某地举办", 2, 6), dates_an_act("2010年5月，项目动工", 0, 7)
    (True, False, False)
    """
    return t.startswith("于", start - 1) and t.startswith(tuple(read_words("progress_verbs.txt")), end)


def names_by_year(t: str, start: int, end: int) -> bool:
    """Whether the year t[start:end] is glued into the name of what a verb before it makes the subject (data/vintage_verbs.txt:
    某项目是2031年省级重点项目, 为把2031年某某节办好): that name's year, not the period of the clauses after it.

    >>> t = "某项目是2031年省级重点项目，建设生产线5条"
    >>> names_by_year(t, 4, 9), names_by_year("2031年，全县建设生产线5条", 0, 5)
    (True, False)
    """
    year = re.fullmatch(r"(?:19|20)\d\d年", t[start:end]) is not None
    glued = end < len(t) and "\u4e00" <= t[end] <= "\u9fff"
    return year and glued and t.endswith(tuple(read_words("vintage_verbs.txt")), 0, start)


_YEARS_LONG = re.compile(rf"{YEAR_SPAN}|{SINCE_EVENT}")


def spans_years(period: str) -> bool:
    """Whether a period spans years (近年来, 近三年, 2016-2018年, 开园以来, 十三五以来): a yearly habit (每年拿出…) is
    told within it; a year, a part of one (今年以来) or the present is no span a habit goes on in.

    >>> spans_years("近年来"), spans_years("十三五以来"), spans_years("今年以来"), spans_years("2002年")
    (True, True, False, False)
    """
    if _SPAN.match(period) or _YEARS_LONG.fullmatch(period):
        return True
    return period.endswith("以来") and _PLAN.search(period) is not None
