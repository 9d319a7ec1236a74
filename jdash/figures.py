"""Numbers with units, and what they measure: 36家规上企业 … 营业收入12.7亿元.

Reading numbers is jdash.figure_read (35.9亿元, 1万多口, 三千万元, ranges, thresholds); naming what they
measure is jdash.figure_metric (an ordered list of metric rules, the first that answers wins). This
module walks the text once: sentences, clauses, county mentions and periods are found in one pass
each and looked up by position, so a page of thousands of figures costs time and memory in
proportion to its length. Each figure keeps at most ~200 characters of its sentence.

A rate is named after the amount it qualifies, so that rates stay apart from amounts: 地区生产总值同比
增长6.1% is 地区生产总值增速, …下降4% is …降幅, 出口额占…的60% is 出口额占比 (比重 when printed so),
and a difference in another unit (优良天数同比增加19天) is 优良天数增加. Rates keep the amount's canonical
metric (`kind` says rate or share); differences have none, as they share the levels' unit.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from itertools import accumulate

from jdash.confidence import FigureEvidence, batch_of, figure_confidence, is_bare_batch_sum
from jdash.datafiles import alternation_of, read_keyed_words, read_words
from jdash.figure_clause import names_a_part
from jdash.figure_metric import (CLAUSE_END, POINTERS, Ctx, Metric, bracketed_yardstick, change_words, is_count_act, counted_class, gap_is_empty, landmarks, metrics,
                                 measure_alone, noun_after, noun_tail, opens_alone, overlap, place_county, place_of, read_metric,
                                 thing_of)
from jdash.figure_metric import canonical as _canonical
from jdash.figure_period import (AS_OF_WORDS, PLAN_AHEAD, a_day, dates_an_act, dates_an_event, day_of_a_report, event_named,
                                 extra_periods, holds_a_stock, holiday_name, holiday_named, holiday_spans, is_a_plan_goal, name_the_event,
                                 name_the_holiday, names_a_capacity, names_a_vintage, names_by_year, one_day, sizes_a_thing, split_by_year, the_day_meant,
                                 present_opening, spans_years, this_years_holiday, tidy_months, yearly_habit, years_of_span)
from jdash.figure_read import Raw, Unit, is_duration, parse_number, prepare, read_figures, units
from jdash.figure_scope import Scope, heading_batches
from jdash.figure_owner import is_bare, is_batch, shaped_owner, subject_owner
from jdash.figure_subject import (COUNTY, PART, POINTER, SUBJECT_REACH, ClauseSubjects, article_subject, article_thing,
                                  at_the_event, bare_unit_name, clause_opening_subject, label_subject, label_with_unit,
                                  named_unit, names_a_person, names_a_unit, names_one_unit, opens_with_a_name, place_named_before,
                                  printed_label, quoted_firm, speakers_unit, strip_leads, unit_core, unit_group, unit_named_after,
                                  village_opening, visited_unit, whole_place, whole_place_rest)
from jdash.gazetteer import county_mentions, places, speaks_as_city
from jdash.model import Figure
from jdash.nlp import tag as pos_tags
from jdash.rescan import Prefiltered
from jdash.yearcues import chinese_number

__all__ = ["CITY_WIDE", "Metric", "Unit", "extract_figures", "metrics", "parse_number", "prepare", "units", "_canonical"]

CITY_WIDE = "全市"
EXCERPT = 200  # characters of a long sentence kept around a figure

_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")
_PARAGRAPH_END = re.compile(r"\n\s*\n")
_RATE_SUFFIX = {"rise": "增速", "fall": "降幅"}
_SHARE_ENDINGS = ("占比", "比重", "比例", "率")
_RATE_ENDINGS = ("增幅", "增速", "增长率", "降幅", "涨幅", "跌幅", "降速")
_FUNCTION_FLAGS = ("p", "u", "uj", "ul", "ud", "uz", "d", "c", "r", "m", "q", "x", "f", "t", "y", "e", "o", "zg", "ad", "tg")
_PERIOD_TEXT = (
    r"\d{4}年(?:{holiday_of_year}|\d{1,2}(?:至|-|—|~)\d{1,2}月份?|\d{1,2}月份?(?:底|末|初|[上中下]旬)?|上半年|下半年|前三个?季度|[一二三四]季度"
    r"|全年|度|底|末)?(?:{since_event}以来|起(?=[，,]))?"
    r"|\d{1,2}(?:至|-|—|~)\d{1,2}月份?|前(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个月"
    r"|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月份?|\d{1,2}月份(?:以来)?"
    r"|近[两三四五六七八九十]年(?:来|间)?|[两三四五六七八九十]年来|过去[两三四五六七八九十]年|(?:刚刚)?过去的一年"
    r"|截至(?:\d{4}年)?(?:\d{1,2}月(?:份)?(?:\d{1,2}日)?(?:底|末|初|[上中下]旬)?|年底|目前)"
    r"|(?:今年|去年|上年|当年|本年|明年)(?:{holiday_of_year}|以来|上半年|下半年|前三个?季度|[一二三四]季度|首季度?|全年|年初以来|底|末"
    r"|\d{1,2}(?:至|-|—|~)\d{1,2}月份?"
    r"|\d{1,2}月份?以来|[春夏秋冬]季|(?:春耕|夏收|秋收|入冬|入汛|汛期)以来)?"
    r"|{holiday}"
    r"|今冬明春|今[春夏秋冬](?![天节风雨雪])|(?:春耕|夏收|秋收|入冬|入汛)以来"
    r"|前三个?季度|第?[一二三四]季度|首季度?|上半年|下半年|半年来|年初以来|近(?:些|几)?年来|近(?:些|几)年(?=[，,])|目前|“?十[一二三四五六]五”?(?:期间|以来)?"
    r"|(?<![一二三四五六七八九十两几多\d])年内"
)
_HOLIDAY_DAY = r"(?:首日|第[一二三四五六七八]天|前[两二三四五六七]天|最后一天|高峰期)"
# 2019年6月开港以来, 2018年建园以来: a dated event of two characters (a verb the span starts from) before 以来
# belongs to the span, which runs from that event.
_SINCE_EVENT = r"(?:[\u4e00-\u9fff]{2}(?=以来))?"


@lru_cache(maxsize=1)
def periods() -> re.Pattern[str]:
    """The periods a figure can be counted over: 1至6月份, 今年以来, 截至2月7日, 国庆假期, 假期首日 (holidays
    and their spans from data/holidays.txt and holiday_spans.txt).

    >>> periods().search("中秋假期第二天，全市接待游客8万人次").group()
    '中秋假期第二天'
    >>> periods().search("2015年“国庆”长假期间，全市接待游客").group()
    '2015年“国庆”长假期间'
    >>> periods().search("“五一”三天小长假，").group(), periods().search("今年“五一”，全县").group()
    ('“五一”三天小长假', '今年“五一”')
    >>> periods().search("今年1—5月份，全县").group()
    '今年1—5月份'
    """
    # The paper often quotes the holiday's name (“国庆”长假期间, “五一”假期): the quotes belong to the period.
    # …or prints its length or 节 between (“五一”三天小长假, 端午节假期); after a year the span may be left out (今年五一，).
    named, spans = holiday_name(), holiday_spans()
    holiday = f"(?:{named}(?:{spans})(?:期间)?{_HOLIDAY_DAY}?|(?:{spans}){_HOLIDAY_DAY})"
    of_a_year = f"(?:{holiday}|{named}(?![\u4e00-\u9fff]))"
    text = _PERIOD_TEXT.replace("{holiday_of_year}", of_a_year).replace("{holiday}", holiday)
    return re.compile(extra_periods() + "|" + text.replace("{since_event}", _SINCE_EVENT))


@lru_cache(maxsize=1)
def _periods_scan() -> Prefiltered:
    """periods(), tried only where a period can open (see jdash.rescan)."""
    return Prefiltered(periods())


@lru_cache(maxsize=1)
def _opening_periods() -> Prefiltered:
    """A period, or 全年, that may open a clause before its subject (全年全市接待游客…, 今年全县…), tried only where one
    can open (see jdash.rescan)."""
    return Prefiltered(re.compile(f"(?:{periods().pattern})|{WHOLE_YEAR}"))


PROVINCE_WIDE = "全省"
# 全市/我市/济宁市 name the city; 全省/山东省 the province (its own facet, never a county and never 全市);
# 全县/我区… the article's own county. 山东省级 is a level, not the province. 齐鲁, the province's old name, names it
# where it opens a clause with a month or 大地 (齐鲁5月，…4800万亩小麦; not 齐鲁粮仓, a title, nor a firm's name).
_PLACE_MARKERS = re.compile(r"(全市|我市|本市|济宁市?(?!高新|经济技术|经开|太白湖|北湖|日报|市))"
                            r"|(全省|我省|山东省(?!级|委|政府)|(?<![\u4e00-\u9fff])齐鲁(?=大地|\d{1,2}月|[一二三四五六七八九十]{1,2}月))"
                            r"|(全县|我县|本县|全区|我区|本区)")
_PLACE_MARKERS_SCAN = Prefiltered(_PLACE_MARKERS)  # its groups leave `re` no first character to look for
_CITY, _PROVINCE, _OWN = 1, 2, 3
_CLAUSE_END_CHAR = re.compile("[" + re.escape("".join(sorted(CLAUSE_END))) + "]")
_DONE = re.compile("已")
_BARE_PREDICATE = re.compile(r"(?:均|分别|也|则)?为")
WHOLE_YEAR = "全年"  # a period only when no other is printed or carried (2014年，…全年交易量 is 2014年)
_WHOLE_YEAR_RE = re.compile(WHOLE_YEAR)
_BASE_BEFORE = ("较", "比", "与", "同", "相比", "恢复至", "恢复到", "相当于")
_BASE_AFTER = ("同期", "相比", "水平", "基础上", "的基础")


def is_base_period(t: str, start: int, end: int) -> bool:
    """较2019年同期增长12.5%, 比上年增长8%, 恢复至2019年的85%: a period compared against is the base, not the
    figure's period."""
    return t[max(0, start - 3) : start].endswith(_BASE_BEFORE) or t.startswith(_BASE_AFTER, end)


# 第3位, 第一名, 第一方阵, and a bare 第一 closing its phrase (13项全省第一、…; not 第一产业, 第一批)
_RANK = re.compile(r"第[一二三四五六七八九十\d]+(?:位|名|方阵|梯队)|第一(?=[，,、。；;：:！!）)\s]|$)")


_PROVINCE_NAME = "山东"


def is_yardstick(t: str, start: int, end: int) -> bool:
    """位居全省第3位, 入选全省首批, 占全市的15%: a place marker that is a ranking or a yardstick is not the
    scope of the figures after it (data/city_as_object.txt before it, yardstick_after.txt after it), nor is
    one that frames a contest the subject was ranked in (see ranked_in_contest)."""
    before = t[max(0, start - 5) : start]
    before = before[:-2] if before.endswith(_PROVINCE_NAME) else before  # 纳入山东全省现场推进会
    before = before[:-3] if before.endswith(_DESIGNATING_PROVINCE) else before  # 隶属山东省济宁市: the city's own word
    return (before[-3:].endswith(read_words("city_as_object.txt"))
            or t.startswith(read_words("yardstick_after.txt"), end) or bool(_RANK.match(t, end))
            or ranked_in_contest(t, start, end) or is_complement(t, start, end) or is_renown(t, start, end))


def is_renown(t: str, start: int, end: int) -> bool:
    """某桃园在济宁一带颇有名气，栽植面积3200亩, 闻名全省的某景区: a place marker framed by a word of renown
    (data/renown_words.txt) says where the subject is known, not whose figures follow: right after such a word,
    or followed by one in its clause before any number.

    >>> is_renown("某桃园在济宁一带颇有名气，栽植面积3200亩", 4, 6), is_renown("全市知名企业50家", 0, 2)
    (True, False)
    """
    words = read_words("renown_words.txt")
    if t[max(0, start - 4) : start].endswith(words):
        return True
    k = end
    while k < len(t) and k - end < 16 and t[k] not in CLAUSE_END and not t[k].isdigit():
        k += 1
    return (k >= len(t) or k - end >= 16 or t[k] in CLAUSE_END) and any(w in t[end:k] for w in words)


_COMPLEMENT_VERB = re.compile(r"(?:是|为|成为|作为|被誉为|素有)$")


def is_complement(t: str, start: int, end: int) -> bool:
    """某县是山东省的南大门, 成为全省的样板: a place marker between 是 (为, 成为 …) and 的 describes the subject by
    its place in the province or city; it is not the scope of the figures after it.

    >>> is_complement("某县是山东省的南大门，县域面积1780平方公里", 3, 6), is_complement("全省的粮食产量", 0, 2)
    (True, False)
    """
    return t.startswith("的", end) and bool(_COMPLEMENT_VERB.search(t, max(0, start - 3), start))


_CONTEST_FRAME = re.compile(r"[^，,。；;：:！？!?\n]{1,24}?[中上][，,]?(?:均|都|先后|连续|再次)?"
                            r"(?:获得|荣获|获|名列|位列|位居|排名|列|居)(?:全[国省市])?第")


def ranked_in_contest(t: str, start: int, end: int) -> bool:
    """在2023年全市项目观摩中获得第2名, 在济宁市两次观摩中，均获得第1名: a place marker after 在 that names the
    contest the subject was ranked in (…中/上 获得第N名) is the contest's scope, not the scope of the figures after it.

    >>> ranked_in_contest("在2023年全市项目观摩中获得第2名，营业收入突破300亿元", 7, 9)
    True
    >>> ranked_in_contest("在全市集中开工仪式上，全市开工项目100个", 1, 3)
    False
    """
    opening = max(t.rfind(ch, 0, start) for ch in "，,。；;：:！？!?\n") + 1
    return "在" in t[opening:start] and bool(_CONTEST_FRAME.match(t, end))


@lru_cache(maxsize=1)
def _named_place_after() -> re.Pattern[str]:
    suffixes = alternation_of(read_words("place_suffixes.txt"))
    return re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{suffixes})")


# 引进济宁某某食品、某某纸业等企业4家: the city's name opening an item of a list closed by 等 names that item
_LISTED_ITEM = re.compile(r"[\u4e00-\u9fff]{0,10}、[^，,。；;：:！？!?\n]{0,40}?等")


def names_a_place_in_the_city(t: str, start: int, end: int, lo: int) -> bool:
    """济宁大安机场, 济宁城投控股集团, “儒韵济宁”: the city's name opening the name of a place or a firm
    (data/place_suffixes.txt) or an item of a list closed by 等 (引进济宁某某食品、某某纸业等企业4家), or inside
    quotes, is no scope of the figures after it.

    >>> names_a_place_in_the_city("济宁大安机场建设机位17个", 0, 2, 0), names_a_place_in_the_city("济宁市新开工项目", 0, 3, 0)
    (True, False)
    >>> names_a_place_in_the_city("引进济宁某某食品、某某纸业等企业4家", 2, 4, 0)
    True
    """
    if t[start] == "济" and (_named_place_after().match(t, end) or _LISTED_ITEM.match(t, end)):
        return True
    opened = t.rfind("“", lo, start)
    return opened >= 0 and t.find("”", opened, start) < 0


@lru_cache(maxsize=1)
def _count_units() -> str:
    return alternation_of(u.text for u in units().values() if u.kind == "count")


@lru_cache(maxsize=1)
def _level_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`is_level_of_a_class`' two patterns: a count right before the marker, and a class counted right after it."""
    return (re.compile(rf"\d(?:多|余)?(?:{_count_units()})$"),
            re.compile(rf"([^，,。；;：:、\d]{{2,16}}?)\d+(?:{_count_units()})(?:[，,。；;、（(]|$)"))


_DESIGNATING_PROVINCE = "山东省"
_CLASS_FLAGS = ("n", "nz", "nr", "ng", "vn", "a", "b", "j", "l", "zg", "x", "eng", "q")


def is_level_of_a_class(t: str, start: int, end: int) -> bool:
    """26个山东省旅游强乡镇, 山东省旅游特色村5个: a place marker printed right after a count, or 山东省 opening a
    class of nouns that is counted at once (no verb, no time between), names the level of a designation the
    county or city holds, not the scope of the figure (山东省集中开工项目720个 stays the province's).

    >>> is_level_of_a_class("拥有26个山东省旅游强乡镇", 5, 8), is_level_of_a_class("山东省旅游特色村5个（", 0, 3)
    (True, True)
    >>> is_level_of_a_class("山东省集中开工项目720个", 0, 3), is_level_of_a_class("全省旅游特色村50个", 0, 2)
    (False, False)
    """
    count_before, class_counted = _level_patterns()
    if count_before.search(t[max(0, start - 6) : start]):
        return True
    m = class_counted.match(t, end)
    return (t[start:end] == _DESIGNATING_PROVINCE and m is not None
            and all(f in _CLASS_FLAGS for _, f in pos_tags(m.group(1))))


@lru_cache(maxsize=1)
def _route_pattern() -> re.Pattern[str]:
    """济宁至曲阜高速公路, 兖州—邹城城际公交: two places joined by 至/到/— and a kind of route after them."""
    kinds = alternation_of(read_words("route_words.txt"))
    return re.compile(rf"[\u4e00-\u9fff]{{2,5}}?(?<!截)(?:至|到|—|－|-)[\u4e00-\u9fff]{{2,5}}?(?:{kinds})")


# 除…外 opening a clause (除山东省外，其他各省…; 除甲县、乙县外，其他县市区…): the places it names are left out
_EXCEPTED = re.compile(r"(?:^|(?<=[，,。；;：:\n]))除(?:了)?(?!夕)([^，,。；;：:！？!?\n]{2,40}?)(?:以外|之外|外)")
_EXCEPTED_SCAN = Prefiltered(_EXCEPTED)  # tried only at a 除 (the anchor and look-behind opening it hid it from re)


# A person's home (来自某区的李女士, 家住某县的游客): the place says who spoke or came, not where the story's figures are.
_HOME = re.compile(r"(?:来自|家住)[^，,。；;：:！？!?\n的]{2,12}?的")


def excepted_spans(t: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The stretches of t[lo:hi] that name the places a clause leaves out (除…外) or a person's home (来自…的):
    a county or 全省 printed there is not the scope of the figures after it.

    >>> excepted_spans("除山东省外，邻近五省代表140名", 0, 16), excepted_spans("来自某某新区的李女士说，公园接待游客2万人次", 0, 20)
    ([(0, 5)], [(0, 7)])
    """
    return [m.span() for pattern in (_EXCEPTED_SCAN, _HOME) for m in pattern.finditer(t, lo, hi)]


_THE_OTHERS = re.compile(r"(?:其他|其余|其它)(?:各)?县(?:市区|市、区|区|市)?")  # the counties a sentence leaves unnamed


@lru_cache(maxsize=1)
def _named_item() -> re.Pattern[str]:
    """A firm (data/org_endings.txt) or a named project (four characters or more before 项目) in a list item."""
    firms = alternation_of(read_words("org_endings.txt"))
    return re.compile(rf"{firms}|[\u4e00-\u9fff]{{4,}}项目")


@lru_cache(maxsize=1)
def _landmark_place() -> re.Pattern[str]:
    marks = alternation_of(landmarks())
    suffixes = alternation_of(read_words("place_suffixes.txt"))
    return re.compile(rf"({marks})[）)]?[\u4e00-\u9fff]{{0,4}}?(?:{suffixes})")


def landmark_place(t: str, lo: int, pos: int) -> str | None:
    """The county of a landmark's named place (data/landmarks.csv) printed in the sentence before the number:
    孔林旅游景区北门停车场累计停放车辆8200辆 is 曲阜市's, in a city-wide story that prints no county for it.

    >>> landmark_place("孔林旅游景区北门停车场累计停放车辆8200辆", 0, 17), landmark_place("新建三孔桥梁5座", 0, 6)
    ('曲阜市', None)
    """
    hits = _landmark_hits(t)
    k = bisect_left(hits, (lo,))
    return hits[k][2] if k < len(hits) and hits[k][1] <= pos else None


@lru_cache(maxsize=64)
def _landmark_hits(t: str) -> tuple[tuple[int, int, str], ...]:
    """Every landmark's place in t (start, end, county), found once per text: landmark_place is asked for each
    figure of a sentence, and searching the sentence each time made a long list of figures cost its square."""
    return tuple((m.start(), m.end(), landmarks()[m.group(1)]) for m in _landmark_place().finditer(t))


def is_venue(t: str, pos: int, hi: int) -> bool:
    """全市重大项目集中开工仪式在汶上县举行: a county after 在 whose clause says an event is held there is
    the venue (data/venue_words.txt)."""
    if not t[max(0, pos - 2) : pos].endswith("在"):
        return False
    end = pos
    while end < hi and end - pos < 20 and t[end] not in CLAUSE_END:
        end += 1
    return any(w in t[pos:end] for w in read_words("venue_words.txt"))


def is_stock(metric: str | None) -> bool:
    """总投资, 占地面积: what a project has, not what happened in a period (data/stock_metrics.txt); such
    a figure takes no period carried from an earlier sentence."""
    return bool(metric) and metric.endswith(read_words("stock_metrics.txt"))


_THIS_YEARS_MONTHS = re.compile(r"^(?:今年|本年)(?=\d{1,2}(?:至|-|—|~)\d{1,2}月)")


def period_text(printed: str) -> str:
    """A period as stored, without its quotes: “十四五”以来 → 十四五以来; a span of this year's months without 今年, as
    the months alone are printed and read (今年1—2月份 → 1—2月份: the page's year is theirs either way).

    >>> period_text("“十四五”以来"), period_text("今年1—2月份"), period_text("去年1—2月份")
    ('十四五以来', '1—2月份', '去年1—2月份')
    """
    return _THIS_YEARS_MONTHS.sub("", printed.replace("“", "").replace("”", ""))


def _spans(t: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of t between matches of `pattern`: sentences, paragraphs."""
    spans, pos = [], 0
    for m in pattern.finditer(t):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(t):
        spans.append((pos, len(t)))
    return spans


def _printed_periods(t: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The periods printed in t[lo:hi] that can be its figures': not a base compared against (比上年), nor the day a
    report is given (1月22日，…召开新闻发布会，记者了解到…)."""
    return [(m.start(), m.end(), period_text(m.group())) for m in _periods_scan().finditer(t, lo, hi)
            if not (is_base_period(t, m.start(), m.end()) or day_of_a_report(t, m.start(), m.end(), hi))]


_YEAR_SO_FAR = ("今年", "今年以来")
_AS_OF_DAY = re.compile(r"截[至止](?:\d{4}年)?\d{1,2}月(?:份)?(?:\d{1,2}日|底|末)?")


def year_so_far_as_of(t: str, periods: list[tuple[int, int, str]], k: int) -> str | None:
    """截至5月10日，今年来某县的游客达12万人次: a dated 截至 printed before 今年 (or 今年以来) in the same sentence
    ends the year's span, so the figure's period is that day (the year so far), not the whole 今年. `periods` are
    the sentence's printed periods in order (positions in `t`), k the one the figure takes. A part set apart by 其中
    (截至10月底，在孵企业300家，其中今年新入孵80家) keeps its 今年: the year tells the part from the stock of that day.

    >>> t = "截至5月10日，今年来某县的游客达12万人次"
    >>> year_so_far_as_of(t, [(0, 7, "截至5月10日"), (8, 10, "今年")], 1), year_so_far_as_of(t, [(8, 10, "今年")], 0)
    ('截至5月10日', None)
    """
    if k < 1 or periods[k][2] not in _YEAR_SO_FAR:
        return None
    as_of = periods[k - 1][2]
    apart = "其中" in t[periods[k - 1][1] : periods[k][0]]
    return as_of if _AS_OF_DAY.fullmatch(as_of) and not apart else None


_COUNT_AFTER_LIST = re.compile(r"(\d{1,2}|[两二三四五六七八九十]{1,3})个")
_LIST_OF_ITEMS = re.compile(r"(?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}")
_LIST_REACH = 120  # characters before a count its list of places may run back (a list is read once per count)


def counted_lists(t: str, lo: int, hi: int) -> list[tuple[int, list[str]]]:
    """(where it starts, its items) of each list of places in t[lo:hi] that the count right after it counts — as many
    items, set apart by 、, as the count says (湖区片区、梁山片区、山区片区3个示范区); each count looks back to its
    clause's start, at most `_LIST_REACH` characters, so a sentence is read once however long its lists.

    >>> counted_lists("去年启动示范带，湖区片区、梁山片区、山区片区3个示范区。", 0, 27)
    [(8, ['湖区片区', '梁山片区', '山区片区'])]
    """
    found = []
    for m in _COUNT_AFTER_LIST.finditer(t, lo, hi):
        start = max(lo, m.start() - _LIST_REACH)
        start = max([start] + [t.rfind(mark, start, m.start()) + 1 for mark in "，。；：,;:"])
        items = t[start : m.start()]
        n = m.group(1)
        if "、" in items and _LIST_OF_ITEMS.fullmatch(items) and chinese_number(n) == items.count("、") + 1:
            found.append((start, items.split("、")))
    return found


def _one_of_places_counted(mention: tuple[int, str], found: list[tuple[int, str]],
                           lists: list[tuple[int, list[str]]]) -> bool:
    """湖区片区、梁山片区、山区片区3个示范区: a county named inside a list of places that the number after it counts
    (`counted_lists`) names one of the parts counted, not whose the count is — unless it is named in the first item
    (梁山县某园、某小镇等2个项目: it heads the list, which is that county's) or the places are counties themselves (金乡、
    嘉祥、汶上3个县: left to the rule for several counties); the count and the figures after it stay the sentence's or
    the article's.

    >>> t = "去年启动两条示范带，湖区片区、梁山片区、山区片区3个示范区，12个示范镇。"
    >>> found = [(t.index("梁山"), "梁山县")]
    >>> _one_of_places_counted(found[0], found, counted_lists(t, 0, len(t)))
    True
    >>> t = "梁山县某某产业园、某某小镇等2个项目计划投资12亿元。"
    >>> _one_of_places_counted((0, "梁山县"), [(0, "梁山县")], counted_lists(t, 0, len(t)))
    False
    """
    for start, items in lists:
        end = start + sum(len(item) for item in items) + len(items) - 1
        if not start <= mention[0] < end:
            continue
        ends = list(accumulate(len(item) + 1 for item in items))
        owners = {next(i for i, item_end in enumerate(ends) if at - start < item_end) for at, name in found
                  if name == mention[1] and start <= at < end}
        if any(items[i].removesuffix("等") in _place_aliases() for i in owners):
            return False  # 金乡、嘉祥、汶上3个县: the places counted are counties themselves, the count is the city's
        return 0 not in owners and len(owners) < len(items)  # (named in the first item, it heads the list)
    return False


@lru_cache(maxsize=1)
def _place_aliases() -> frozenset[str]:
    """Every name of a county or zone as printed (金乡, 金乡县, 济宁高新区 …: the gazetteer's)."""
    return frozenset(p.alias for p in places())


@dataclass
class _Sentence:
    """One sentence's landmarks, found in one pass each and looked up by position (never rescanned)."""

    t: str
    lo: int
    hi: int
    clause_ends: list[int] = field(default_factory=list)
    mentions: list[tuple[int, str]] = field(default_factory=list)  # absolute position, county
    distinct: list[int] = field(default_factory=list)  # distinct counties among mentions[: i + 1]
    markers: list[int] = field(default_factory=list)  # where 全市/我市, 全省, 全县/我区 start
    marker_kinds: list[int] = field(default_factory=list)  # _CITY, _PROVINCE or _OWN, one per marker
    periods: list[tuple[int, int, str]] = field(default_factory=list)
    whole_year: int = -1  # where the sentence's first 全年 starts (-1: none)
    whole_years: list[int] = field(default_factory=list)  # where every 全年 starts
    targets: list[tuple[int, int]] = field(default_factory=list)  # target words (力争, 预计 …) that state goals
    dones: list[int] = field(default_factory=list)  # where 已 stands
    announced: int = -2  # where a national body's announcement ends (-1: none; -2: not looked for yet)

    @classmethod
    def scan(cls, t: str, lo: int, hi: int, figures: bool = True) -> _Sentence:
        """The landmarks of t[lo:hi]: 金乡县出口大蒜1800吨 has one mention (金乡县) and no period. A sentence with no
        `figures` is scanned only for what later sentences read of it (periods, places): not for 全年, target words
        or 已, which only its own figures would read."""
        s = cls(t, lo, hi)
        s.clause_ends = [m.start() for m in _CLAUSE_END_CHAR.finditer(t, lo, hi)]
        left_out = excepted_spans(t, lo, hi)
        found = [(lo + pos, name) for pos, name in county_mentions(t[lo:hi])
                 if not any(a <= lo + pos < b for a, b in left_out)]
        lists = counted_lists(t, lo, hi) if found else []
        found = [m for m in found if not _one_of_places_counted(m, found, lists)] if lists else found
        routes = [m.span() for m in _route_pattern().finditer(t, lo, hi)
                  if any(m.start() <= at < m.end() for at, _ in found)] if found else []  # a route holds a mention
        s._keep_markers(left_out)
        for start, _ in routes:  # 济宁至曲阜高速公路全长68公里: the route is the city's, not an end's
            k = bisect_left(s.markers, start)
            s.markers.insert(k, start)
            s.marker_kinds.insert(k, _CITY)
        s._keep_mentions(found, routes)
        s.periods = _printed_periods(t, lo, hi)
        if figures:
            s.whole_year = t.find(WHOLE_YEAR, lo, hi)
            s.whole_years = [m.start() for m in _WHOLE_YEAR_RE.finditer(t, lo, hi)]
            s.targets = [(m.start(), m.end()) for m in _target_pattern().finditer(t, lo, hi) if _target_word_at(t, m.start())]
            s.dones = [m.start() for m in _DONE.finditer(t, lo, hi)]
        return s

    def _keep_markers(self, left_out: list[tuple[int, int]]) -> None:
        """The place markers (全市, 全省, 全县 …) that can be a figure's scope: not a yardstick, a firm's or place's
        name, the level of a designation, nor a place a clause leaves out (除山东省外)."""
        t = self.t
        for m in _PLACE_MARKERS_SCAN.finditer(t, self.lo, self.hi):
            if not (is_yardstick(t, m.start(), m.end()) or names_a_place_in_the_city(t, m.start(), m.end(), self.lo)
                    or is_level_of_a_class(t, m.start(), m.end()) or any(a <= m.start() < b for a, b in left_out)):
                self.markers.append(m.start())
                self.marker_kinds.append(m.lastindex or _CITY)

    def _keep_mentions(self, found: list[tuple[int, str]], routes: list[tuple[int, int]]) -> None:
        """The county mentions that can be a figure's place: not the venue of a city-wide event (全市…仪式在
        汶上县举行) nor an end of a route (济宁至曲阜高速)."""
        # 济宁市外资项目…在泗水分会场开工: the city named by name is no city-wide event's subject here
        city_at = next((at for at, kind in zip(self.markers, self.marker_kinds)
                        if kind == _CITY and self.t[at] != "济"), self.hi)
        seen: set[str] = set()
        for at, name in found:
            if (at > city_at and is_venue(self.t, at, self.hi)) or any(a <= at < b for a, b in routes):
                continue
            seen.add(name)
            self.mentions.append((at, name))
            self.distinct.append(len(seen))

    @staticmethod
    def printed_between(positions: list[int], lo: int, hi: int) -> bool:
        """Whether one of the sorted `positions` lies in [lo, hi) (looked up, never rescanned)."""
        k = bisect_left(positions, lo)
        return k < len(positions) and positions[k] < hi

    def clause_start(self, pos: int) -> int:
        """Where the clause holding `pos` starts (after the last ，：；… before it)."""
        k = bisect_left(self.clause_ends, pos)
        return self.clause_ends[k - 1] + 1 if k else self.lo

    def period_before(self, pos: int) -> str | None:
        """The last period printed before `pos` in the sentence (1至6月份, 今年以来); none when a past one is
        followed by a word of the present before `pos` (`past_then_now`)."""
        k = bisect_left(self.periods, (pos,)) - 1
        while k >= 0:
            start, end, text = self.periods[k]
            if end <= pos and self.clause_start(start) != self.clause_start(pos) and (
                    dates_an_act(self.t, start, end) or names_by_year(self.t, start, end)):
                k -= 1  # 厂房于3月动工，概算投资9千万元: the date is the act's, not the figure's (so a name's year)
                continue
            if end <= pos:
                return None if past_then_now(self.t, text, end, pos) else year_so_far_as_of(self.t, self.periods, k) or text
            cut = _periods_scan().match(self.t, start, pos)  # a period cut by the number: read it up to there
            if cut and cut.group():
                return period_text(cut.group())
            k -= 1
        return None

    def period_is_own(self, pos: int) -> bool:
        """Whether the period printed last before `pos` (see period_before) is the figure's own: printed in
        its clause, or opening a clause of the sentence (2022年，全区… ; 全县今年…); 展示了近年来泗水县的招商成果，…
        签约项目总投资50.8亿元 prints 近年来 inside another clause's object, so it is not the figure's."""
        k = bisect_left(self.periods, (pos,)) - 1
        if k < 0:
            return False
        start = self.periods[k][0]
        lo = self.clause_start(start)
        return lo == self.clause_start(pos) or len(strip_leads(self.t[lo:start])) <= _SUBJECT_BEFORE_PERIOD

    def _city_takes_over(self, county_at: int, marker_at: int) -> bool:
        """Whether 全市/我市 printed after a county makes the later figures the city's: only when it opens
        a later clause as its subject (泗水县…，全市完成…), not as an object or yardstick in the county's
        own clause (兖州区纳入全市集中开工项目23个, 占全市的15%)."""
        if marker_at < county_at:
            return False
        return bisect_left(self.clause_ends, marker_at) > bisect_left(self.clause_ends, county_at)

    def _marker_place(self, m: int, default: str | None, city_itself: bool) -> str | None:
        """What marker m names: 全省 the province, 全县/我区 the article's county (when it is one), 全市 the
        city or, in a county-level city's own story, that city."""
        kind = self.marker_kinds[m]
        if kind == _PROVINCE:
            return PROVINCE_WIDE
        if kind == _OWN:
            return default if default not in (None, CITY_WIDE) else None
        return default if city_itself and default and not self.names_jining(m) else CITY_WIDE

    def names_jining(self, m: int) -> bool:
        """Whether marker m is the city's own name (济宁市, 济宁), which names Jining even in a county-level
        city's story (曲阜市…。据介绍，济宁市已有150天无有效降水 is Jining's), unlike 全市/我市."""
        return self.t[self.markers[m]] == "济"

    def _only_in_clause(self, pos: int, k: int) -> tuple[int, str] | None:
        """The county named in the figure's own clause when it is the only one there: 曲阜市完成投资15亿元，
        邹城市完成投资12亿元 → 邹城市 for 12, though the sentence lists two. A clause that is only 为 and the
        figure (…最多的县是汶上县，为20天) goes on with the clause before it."""
        lo = self.clause_start(pos)
        if _BARE_PREDICATE.fullmatch(self.t, lo, pos) and lo > self.lo:
            lo = self.clause_start(lo - 1)
        named = {name for at, name in self.mentions[:k] if at >= lo}
        return self.mentions[k - 1] if len(named) == 1 else None

    def counts_right_after(self, m: int, pos: int) -> bool:
        """Whether marker m is printed right before the number at `pos`: 泗水县被确定为全省21个试点县之一 counts
        the province's, though a county opens the clause (纳入全市集中开工项目23个 keeps the county's)."""
        marker = _PLACE_MARKERS.match(self.t, self.markers[m])
        return marker is not None and marker.end() == pos

    def county_before(self, pos: int, default: str | None, city_itself: bool) -> tuple[str | None, bool]:
        """(county, printed): the last county named before `pos`, unless several are listed before it and
        its own clause names none or several (then the city); 全市/我市 after it means the city, or the county-level city itself (`city_itself`); 全省 the
        province; 全县/我区 the article's own county (在全市观摩中，我区新开工项目27个 stays the county's)."""
        k = bisect_left(self.mentions, (pos,))
        best: tuple[int, str] | None = self.mentions[k - 1] if k else None
        if k and self.distinct[k - 1] >= 2:
            best = self._only_in_clause(pos, k)
        m = bisect_left(self.markers, pos)
        place = self._marker_place(m - 1, default, city_itself) if m else None
        if place and (best is None or self._city_takes_over(best[0], self.markers[m - 1])
                      or self.counts_right_after(m - 1, pos)):
            best = (self.markers[m - 1], place)
        if k and best is None:
            return (default if default is not None else CITY_WIDE), True
        return (best[1], True) if best else (default, False)


_SUBJECT_BEFORE_PERIOD = 4  # characters of a subject a period may follow and still open its clause (泗水县今年…)
_PURPOSE = re.compile(r"为了?(?=[\u4e00-\u9fff“])")


def period_of_a_purpose(t: str, s: _Sentence, pos: int) -> bool:
    """Whether the period printed last before `pos` stands in an earlier clause opening with 为 (为了): 为保障节日期间
    供应，全县已储备粮油2.3万吨 says what the stock is for, not when it was counted. A year alone (为筹办今年的
    梨花节，…安排活动9项) is still the year the figures are of.

    >>> t = "为保障春节期间供应，全县已储备粮油2.3万吨。"
    >>> period_of_a_purpose(t, _Sentence.scan(t, 0, len(t) - 1), t.index("2.3"))
    True
    """
    k = bisect_left(s.periods, (pos,)) - 1
    if k < 0:
        return False
    start, _, text = s.periods[k]
    lo = s.clause_start(start)
    return (lo != s.clause_start(pos) and not _YEAR_ONLY.fullmatch(text)
            and _PURPOSE.match(strip_leads(t[lo:start])) is not None)


_BATCH_SEASON = r"(?:第?[一二三四]季度|[春夏秋冬]季|上半年|下半年)"
_BATCH_ORDINAL = r"第[一二三四五六七八九十]+批次?"
_BATCH_YEAR = re.compile(r"\d{4}年(?=[^，。！？；：,;:!?]{0,16}$)")
_BATCH_GAP = r"[\u4e00-\u9fff\d“”\"]{0,16}?"


@lru_cache(maxsize=1)
def _batch_patterns() -> tuple[re.Pattern[str], ...]:
    """A season before a batch event (2020年一季度…集中开工), else a year or a numbered batch before one
    (2021年重大项目集中开工, 2022年第一批重大项目): the first pattern that finds one wins."""
    events = "|".join(map(re.escape, read_words("batch_events.txt")))
    season = rf"(?:\d{{4}}年)?{_BATCH_SEASON}(?:{_BATCH_ORDINAL})?"
    numbered = rf"\d{{4}}年(?:{_BATCH_ORDINAL})?|{_BATCH_ORDINAL}"
    return (re.compile(f"({season}){_BATCH_GAP}(?:{events})"),
            re.compile(f"({numbered}){_BATCH_GAP}(?:{events})|((?:\\d{{4}}年)?{_BATCH_ORDINAL})[\u4e00-\u9fff]{{0,4}}?项目"))


def batch_label(text: str) -> str | None:
    """2020年一季度重大项目集中开工 → 2020年一季度; 全市第一批重大项目 → 第一批: the period of a batch of
    projects named in a headline or lead, given to the batch's figures that print none of their own. A
    year printed a little before the season, in the same clause, is the season's
    (2020年“四个一批”项目建设攻坚一季度集中开工 → 2020年一季度)."""
    for pattern in _batch_patterns():
        for m in pattern.finditer(text):
            label = m.group(1) or (m.group(2) if pattern.groups > 1 else None)
            if label and not label[0].isdigit():
                year = _BATCH_YEAR.search(text, max(0, m.start() - 24), m.start())
                label = year.group() + label if year else label
            if label:
                return label
    return None


def _whole_year(s: _Sentence, pos: int) -> str | None:
    """全年实现地区生产总值320亿元 → 全年, when the sentence and its paragraph print no other period. The
    sentence's first 全年 is found once: a sentence of thousands of figures is never rescanned per figure."""
    return WHOLE_YEAR if 0 <= s.whole_year <= pos - len(WHOLE_YEAR) else None


_YEAR_ONLY = re.compile(r"\d{4}年度?|[今去上当本明]年")


@lru_cache(maxsize=1)
def _target_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, read_words("target_words.txt"))))


_SHARE_OF_TARGET = re.compile(r"[\u4e00-\u9fff]{0,4}的")


def _target_word_at(t: str, k: int) -> bool:
    """Whether the target word at k states a goal: not in 目标任务 (a result is measured against it)."""
    return not t.startswith(read_words("not_target_phrases.txt"), k)


def is_target(t: str, s: _Sentence, clause_lo: int, pos: int) -> bool:
    """Whether the figure at `pos` is stated as a goal: a target word (力争, 预计, 目标 …) stands before it in
    its sentence — 力争全年实现营收50亿元、新开工项目30个 are both targets, while in 上半年实现营收25亿元，预计
    全年可达55亿元 only 55 is. A clause that says 已, or a later one that opens with its own period, is a
    result again. The sentence's target words and 已 are found once (`_Sentence.scan`)."""
    done = s.printed_between(s.dones, clause_lo, pos)
    for k in range(bisect_left(s.targets, (pos,)) - 1, -1, -1):
        start, end = s.targets[k]
        if end > pos or _SHARE_OF_TARGET.fullmatch(t, end, pos):
            continue  # 完成年度目标的85%, 实现计划的92%: the target is what the figure is a share of
        if estimates_a_part(t, s, start, end, pos):
            return False
        if start >= clause_lo:
            return not done  # 今年已争取上级资金86.7亿元: obtained, a result
        return not (_periods_scan().match(t, clause_lo) or done)
    return False


_PART_OF_YEAR = re.compile(r"上半年|下半年|前三季度|[一二三四]季度|\d{1,2}(?:至|-|—|~)\d{1,2}月|前\d{1,2}个月|\d{1,2}月份")
_WHOLE_YEAR_AHEAD = re.compile(r"全年|年底|年末|到\d{4}年")


def estimates_a_part(t: str, s: _Sentence, start: int, end: int, pos: int) -> bool:
    """今年上半年，全县预计完成地区生产总值97亿元: an estimate word (data/estimate_words.txt) after a part of the
    year the figure is of is the first estimate of that part's result, not a goal; 上半年实现营收25亿元，预计全年
    可达55亿元 (全年 ahead) stays a goal.

    >>> [f.target for f in extract_figures("今年上半年，全县预计完成地区生产总值97亿元。上半年营收25亿元，预计全年可达55亿元。")]
    [False, False, True]
    """
    if t[start:end] not in read_words("estimate_words.txt"):
        return False
    k = bisect_left(s.periods, (start,)) - 1
    if k + 1 < len(s.periods) and s.periods[k + 1][0] == end:
        k += 1  # 预计前三季度，全区完成…: the part of the year right after the estimate word
    if k < 0 or not _PART_OF_YEAR.search(s.periods[k][2]) or s.printed_between([a for a, _ in s.targets], s.periods[k][1], start):
        return False  # 3月份计划实施…，预计…: the part of the year is another goal's
    return not _WHOLE_YEAR_AHEAD.search(t, end, pos)


ESTIMATE = "预计"  # the `approx` of an estimated result (2023年预计完成地区生产总值1050亿元)
_RELATIVE_YEAR = ("今年", "全年", "去年", "上年", "当年", "本年", "年内")


@lru_cache(maxsize=1)
def _estimate_verb() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, read_words("estimate_verbs.txt")))
    return re.compile(rf"(?:全年|今年|全县|全市|全区|我县|我市|我区)?(?:{verbs})")


def is_estimate(t: str, s: _Sentence, pos: int, period: str | None, year: int | None) -> bool:
    """2023年预计完成地区生产总值1050亿元 on a 2024 page: an estimate word (data/estimate_words.txt) followed by a
    verb of a result (data/estimate_verbs.txt) states the estimated result of the page's year or the one
    before, not a goal; 预计到2030年完成… (a later year), or a year not known, stays a goal.

    >>> [f.approx for f in extract_figures("2023年预计完成地区生产总值1050亿元。预计上半年，全县完成营收9亿元。", year=2024)]
    ['预计', '预计']
    """
    k = bisect_left(s.targets, (pos,)) - 1
    if k < 0 or s.targets[k][1] > pos:
        return False
    start, end = s.targets[k]
    ahead = _periods_scan().match(t, end)  # 预计前三季度，全区完成…: the part of the year, then its result
    after = end + len(ahead.group()) if ahead and ahead.group() else end
    after += t.startswith(("，", ","), after)
    if t[start:end] not in read_words("estimate_words.txt") or not _estimate_verb().match(t, after):
        return False
    reported = any(text == period and e <= start and not t.endswith(_TOWARDS, 0, b) for b, e, text in s.periods)
    return of_this_year_or_before(period, year, reported)


_TOWARDS = ("到", "至")  # 预计到2030年: a year ahead


def of_this_year_or_before(period: str | None, year: int | None, reported: bool = False) -> bool:
    """Whether a period is the page's year (`year`) or the one before: 2023年 on a 2024 page, 今年, 上半年 yes;
    2030年 or 明年 no. When the page's year is not known, a printed year is one only when it is `reported`:
    printed before the estimate word (2023年预计完成…), as a year being reported on, not ahead (预计2030年…).

    >>> of_this_year_or_before("2023年", 2024), of_this_year_or_before("2030年", 2024), of_this_year_or_before("今年上半年", None)
    (True, False, True)
    """
    if not period:
        return False
    printed = re.match(r"(\d{4})年", period)
    if printed:
        return year - 1 <= int(printed.group(1)) <= year if year is not None else reported
    return period.startswith(_RELATIVE_YEAR) or bool(_PART_OF_YEAR.match(period))


def per_year_period(metric: str | None, found: str | None) -> str | None:
    """A measure per year (年产值, 年接待游客) is of a year, never of a month or a span: 3月份计划实施项目，预计实现年
    产值10亿元 has no period; 2021年, 今年 stay, and so does the present (目前: data/present_periods.txt).

    >>> per_year_period("年产值", "3月份"), per_year_period("年产值", "2021年"), per_year_period("产值", "3月份")
    (None, '2021年', '3月份')
    >>> per_year_period("年产值", "目前")
    '目前'
    """
    if (metric and metric.startswith("年") and found and not _YEAR_ONLY.fullmatch(found)
            and found not in read_words("present_periods.txt")):
        return None
    return found


def is_projection(t: str, s: _Sentence, pos: int) -> bool:
    """Whether a target word ending in 后 (建成后, 投产后: data/target_words.txt) stands before `pos` in its
    sentence: 项目全部建成后年可新增产值40亿元 is what the projects will yield once built, of no period.

    >>> from jdash.figures import extract_figures
    >>> [f.period for f in extract_figures("2020年一季度集中开工项目8个，建成后年新增产值40亿元。")]
    ['2020年一季度', None]
    """
    k = bisect_left(s.targets, (pos,))
    return any(t[end - 1] == "后" for _, end in s.targets[:k] if end <= pos)


def whole_year_over(s: _Sentence, clause_lo: int, pos: int, found: str | None) -> str | None:
    """全年 in the figure's own clause after a part of the year is the whole year (上半年实现营收25亿元，预计
    全年可达55亿元 → 全年); after a year (2014年，全年交易量…) the year stays; `found` otherwise."""
    if (found is None or _YEAR_ONLY.fullmatch(found) or found.endswith(WHOLE_YEAR)
            or not s.printed_between(s.whole_years, clause_lo, pos - len(WHOLE_YEAR) + 1)):
        return found
    return WHOLE_YEAR


def excerpt(t: str, s: _Sentence, raw: Raw) -> str:
    """The figure's sentence, or at most EXCERPT characters of a long one centred on the figure."""
    if s.hi - s.lo <= EXCERPT:
        return t[s.lo : s.hi].strip()
    lo = max(s.lo, min(raw.start - EXCERPT // 2, s.hi - EXCERPT))
    return t[lo : lo + EXCERPT].strip()


_YEAR_ALONE = re.compile(r"\d{4}年")
_GOES_ON = ("其中", "其", "此外", "同时")  # a sentence opening so goes on with the one before


_CLAUSE_OPENERS = "，,：:；;"
_PROVINCE_REACH = 60  # characters before a figure read for a clause that opens with the province
_PROVINCE_OPENING = 16  # characters of a clause read for its lead words, the province's name and a verb


def speaks_of_the_province(t: str, lo: int, pos: int) -> bool:
    """截至去年底，山东建成省级示范园区30个: a clause of the figure's sentence, before the figure, that opens (after its lead
    words and period) with the province's name (data/province_names.txt) and goes on with a verb speaks of the
    province; a firm named after it (山东某某集团) is no verb's subject.

    >>> speaks_of_the_province("截至去年底，山东建成省级示范园区30个", 0, 18), speaks_of_the_province("山东青禾集团年产纸200万吨", 0, 11)
    (True, False)
    """
    lo = max(lo, pos - _PROVINCE_REACH)  # (a list of thousands of figures: each looks so far back)
    starts = [lo] + [k + 1 for k in range(lo, pos) if t[k] in _CLAUSE_OPENERS]
    return any(_province_opens(t[k : min(pos, k + _PROVINCE_OPENING)]) for k in starts)


@lru_cache(maxsize=1 << 12)
def _province_opens(opening: str) -> bool:
    """Whether a clause's opening (its first _PROVINCE_OPENING characters before the figure) is the province's name
    and a verb after its lead words (see speaks_of_the_province); kept per opening, as a figure's place and its unit
    both ask, and so does every figure after it in the sentence.

    >>> _province_opens("截至去年底，山东建成省级示范园区"[6:]), _province_opens("山东青禾集团年产纸")
    (True, False)
    """
    clause = strip_leads(opening)
    name = next((n for n in read_words("province_names.txt") if clause.startswith(n)), None)
    tags = pos_tags(clause[len(name) : len(name) + 6]) if name else ()
    return bool(tags) and _verb_opens(tags)


def _verb_opens(tags: tuple[tuple[str, str], ...]) -> bool:
    """建设省级片区, 新增企业: a verb opens the words; a verbal noun before a noun (旅游特色村) names a thing instead."""
    flag = tags[0][1]
    return flag == "v" or flag == "vn" and not (len(tags) > 1 and tags[1][1].startswith("n"))


@lru_cache(maxsize=1)
def _whole_scope() -> re.Pattern[str]:
    return re.compile(alternation_of(read_words("own_place_words.txt") + read_words("whole_place_words.txt")))


_OPENS = 60  # characters of a sentence read for the name it opens with (see opens_with_a_name)
_CARRIED = 4  # sentences of a paragraph back to which a named unit opening one is what later ones speak of
_WHOLE = "全"  # 全镇, 全村: a whole town or village, no unit named before


# A past period (当年 "back then", 去年, a year printed) and words of the present after it: the story has come to today.
_PAST_PERIOD_RE = re.compile(r"^(?:当年|去年|上年|(?:19|20)\d\d年)$")
_NOW_WORDS_RE = re.compile(r"如今|今天|现在|目前")


def past_then_now(t: str, period: str, end: int, pos: int) -> bool:
    """`当年为了脱贫，乡亲们种起了山药，才有了今天的“山药专业村”——办起加工厂12家`: a past period with a word of the
    present (如今, 今天, 现在, 目前) between it and the figure dates the story's past, not the figure (today's).

    >>> t = "当年为了脱贫，乡亲们种起山药，如今办起加工厂12家"
    >>> past_then_now(t, "当年", 2, t.index("12")), past_then_now(t, "今年以来", 2, t.index("12"))
    (True, False)
    """
    return bool(_PAST_PERIOD_RE.match(period)) and _NOW_WORDS_RE.search(t, end, pos) is not None


_GOES_BACK = object()  # a sentence that names no unit for later ones, nor stops one named before it (_Paragraph.unit)


@dataclass
class _Paragraph:
    """What earlier sentences of a paragraph carry to later ones: a period that opens a sentence
    (今年以来，…), the counties named, whether 全市/我市 was printed. Updated sentence by sentence."""

    lo: int = 0
    period: str | None = None
    counties: set[str] = field(default_factory=set)
    city_marked: bool = False
    joined: bool = False  # the last sentence ended with ；: the next one goes on with it
    place: str | None = None  # the named place whose figure the last sentence printed last
    thing: str | None = None  # the thing the last sentence measured last (小麦 of 小麦收获面积)
    held: tuple[str | None] | None = None  # the paragraph's period while a list's own period (…；…；) runs
    year: str | None = None  # the last year (2018年) printed in the paragraph
    jining_named: bool = False  # an earlier sentence named 济宁(市) itself: 全市 after it is Jining (city_here)
    counted: dict[str, str] = field(default_factory=dict)  # unit → the class counted last in it (所 → 学校)
    opened: list[tuple[int, int]] = field(default_factory=list)  # the spans of its sentences so far, read by `unit`
    checked: int = 0  # how many of `opened` spoke_of_county has read
    county_spoken: bool = False  # one of them opened with the county itself (see spoke_of_county)
    carries: dict[int, str | None | object] = field(default_factory=dict)  # what each read gives later ones (`unit`)

    def unit(self, t: str, clauses: ClauseSubjects) -> str | None:
        """The named unit the paragraph speaks of (see _Walk.unit_of): the one an earlier sentence of it opened with
        (see _opening_unit), the nearest of the last _CARRIED; none when a sentence after it opened with the county
        or a whole town or village (全县, 全镇). Read only for a sentence with figures, as most have none.

        >>> [f.metric for f in extract_figures("青石寨村筹资15万元建车间。眼下产品已上市。每年能为村集体增收5万元。")][1]
        '青石寨村集体增收'
        >>> [f.metric for f in extract_figures("记者日前走访了青禾纺织有限公司。去年实现销售收入3亿元。")]
        ['青禾纺织有限公司销售收入']
        """
        for lo, hi in reversed(self.opened[-_CARRIED:]):
            if lo not in self.carries:  # each sentence read once, not once for each sentence with figures after it
                self.carries[lo] = self._carries(t, clauses, lo, hi)
            if self.carries[lo] is not _GOES_BACK:
                return self.carries[lo]
        return None

    @staticmethod
    def _carries(t: str, clauses: ClauseSubjects, lo: int, hi: int) -> str | None | object:
        """What the sentence t[lo:hi] gives the sentences after it (see unit): the unit it opened with, None when it
        opened with the county, a whole place or another name, `_GOES_BACK` when it says nothing of it."""
        subject = clauses.sentence_subject(lo, hi)
        if subject == COUNTY or (subject or "").startswith(_WHOLE) or subject is None and opens_with_a_name(t[lo : lo + _OPENS]):
            return None  # (…；鲁南某某书院开设…；: another item of a list, something else named)
        subject = visited_unit(t[lo : min(hi, lo + _OPENS)]) if subject is None else subject  # 记者走访了某某公司。…
        if (unit := _opening_unit(subject, t, lo)) and "、" not in unit and not examples_counted(t[lo:hi]):
            return unit  # (某某开发区、某某园区分别…: units listed, each an example, are no one unit)
        return _GOES_BACK

    def thing_here(self, thing: str | None, clauses: ClauseSubjects) -> str | None:
        """The one thing the article is about (figure_subject.article_thing) as this paragraph's, unless an earlier
        sentence of it spoke of the county itself (see spoke_of_county)."""
        return None if thing is None or self.spoke_of_county(clauses) else thing

    def spoke_of_county(self, clauses: ClauseSubjects) -> bool:
        """Whether an earlier sentence of the paragraph opened with the county itself (某县是…, 全县…): the sentences
        after it that name no subject go on about the county, not about the one thing the article is about.

        >>> t = "本报讯 第三届青禾论坛在某地举行。\\n泗水县地处鲁中。境内有河流2条，长25公里。"
        >>> [f.metric for f in extract_figures(t, "泗水县", heading="第三届青禾论坛开幕")]
        ['河流', '长']
        """
        while not self.county_spoken and self.checked < len(self.opened):  # each sentence read once, not once a figure
            lo, hi = self.opened[self.checked]
            self.checked += 1
            self.county_spoken = clauses.sentence_subject(lo, hi) == COUNTY and _names_the_county(clauses.t, lo, hi)
        return self.county_spoken

    def after(self, t: str, s: _Sentence, found: list[Figure]) -> None:
        years = [text for _, _, text in s.periods if _YEAR_ALONE.fullmatch(text)]  # not a base year (比2017年)
        self.year = years[-1] if years else self.year
        last = found[-1] if found else None
        self.place = place_of(last.metric) if last is not None and last.canonical_metric is None else None
        kept = self.thing if self.joined else None  # a list (…；…；) goes on measuring its thing (大蒜) until one is named
        self.thing = next((thing for f in reversed(found) if (thing := thing_of(f.metric))), kept)
        self.counted.update((f.unit, name) for f in found if f.kind == "count" and (name := counted_class(f.metric)))
        listed = t[s.hi : s.hi + 1] in ("；", ";")
        self._note_period(t, s, found, listed)
        self.joined = listed or t.startswith(_GOES_ON, s.hi + 1)
        self._note_places(s)

    def _note_period(self, t: str, s: _Sentence, found: list[Figure], listed: bool) -> None:
        """The period later sentences go on in: one opening this sentence (not a plan's years glued to its name,
        2016-2018年规划…, nor a span of days dating an event a sentence with no figures reports), else the first
        opening a clause of a sentence with no figures; a list (…；…) goes on in its first figure's period. One day
        (8月2日，…) dates its own sentence only, not the items of a list after it (7月5日，某团来访；某机构组织了…)."""
        opening = _periods_scan().match(t, s.lo)
        if self.joined and not listed and self.held is not None:
            self.period, self.held = self.held[0], None  # the list of figures ends: its period ends with it
        if opening and not _opens_no_span(t, opening, found):
            self.period = _listed_span(found, listed) or period_text(opening.group())
            if past_then_now(t, self.period, opening.end(), s.hi):
                self.period = None  # (当年…，…才有了今天的…: the sentence came to today; so do the ones after it)
        elif found and (frame := _frame_after_lead(t, s, found)):
            self.period = frame  # 据悉，一季度，全市完成…。其中，…: the frame opens the clause after the lead
        elif present_opening(t, s.lo):
            self.period = None  # 如今，…: the paragraph has come to now; the sentences after it are of no earlier period
        elif not found:
            self.period = clause_opening_period(t, s) or plan_ahead_named(s) or self.period
        elif listed and opening is None and s.periods and found[0].period and self.held is None:
            self.held = (self.period,)  # 预计前三季度，…增长9.1%；固定资产投资…: the list goes on in that period
            self.period = found[0].period

    def _note_places(self, s: _Sentence) -> None:
        """The counties a sentence named, and whether it printed 全市/我市, or 济宁市 itself."""
        self.counties.update(name for _, name in s.mentions)
        self.city_marked = self.city_marked or bool(s.markers)
        self.jining_named = self.jining_named or any(s.names_jining(m) for m in range(len(s.markers)))

    def city_here(self, city_itself: bool) -> bool:
        """Whether 全市 still means the county-level city itself (`city_itself`) in this paragraph: not after an
        earlier sentence named 济宁市 (…济宁市已有150天无有效降水…。目前，全市作物受旱面积356万亩 is Jining's)."""
        return city_itself and not self.jining_named


def _names_the_county(t: str, lo: int, hi: int) -> bool:
    """Whether the first clause of the sentence t[lo:hi] names a county or the county's whole (泗水县地处…, 全县…), not
    only every unit of it (各级各部门要…).

    >>> _names_the_county("泗水县地处鲁中，境内有河流2条", 0, 15), _names_the_county("各级各部门要主动服务，营造环境", 0, 15)
    (True, False)
    """
    mark = _CLAUSE_END_CHAR.search(t, lo, hi)
    first = t[lo : mark.start() if mark else hi]
    return bool(county_mentions(first)) or any(w in first for w in read_words("own_place_words.txt"))


def _opens_no_span(t: str, opening: re.Match[str], found: list[Figure]) -> bool:
    """Whether the period opening a sentence is no span the sentences after it go on in: a plan's years glued to its
    name, a span of years split among the sentence's figures, or a day or event date that dates the sentence only."""
    return (names_a_vintage(t, opening) or split_by_year(period_text(opening.group()), [f.period for f in found])
            or _dates_its_own(t, opening, bool(found)))


def _dates_its_own(t: str, opening: re.Match[str], has_figures: bool) -> bool:
    """Whether a period opening a sentence dates only that sentence: one day (8月2日，…); in a sentence with no figures,
    a span of days or a month dating its event (5月7日至11日，… 2010年9月，…), a year glued to an approval, or the
    present (目前，…: as clause_opening_period leaves it out)."""
    if one_day(opening.group()):
        return True
    present = opening.group() in read_words("present_periods.txt")  # 目前，…热潮正在兴起。: the scene of now, no frame
    return not has_figures and (dates_an_event(opening.group()) or _glued_year(t, opening) or present)


_HONOURED = ("获批", "获评", "获得", "荣获", "被", "入选", "成功")


def _glued_year(t: str, opening: re.Match[str]) -> bool:
    """2017年获批筹建市级物流园。: a printed year glued to an honour or approval (获批, 被评为, 入选 …) dates that event, as
    a year glued to a name does (see clause_opening_period); a sentence with no figures so opened sets no period for
    the sentences after it."""
    return bool(re.fullmatch(r"\d{4}年", opening.group())) and t.startswith(_HONOURED, opening.end())


def _frame_after_lead(t: str, s: _Sentence, found: list[Figure]) -> str | None:
    """The period opening a clause after a lead with no figure (据悉，一季度，全市完成…; 4月8日，从某部门获悉，一季度全市…):
    the frame the sentences after it go on in, as one opening the sentence would be; the first figure took it.

    >>> [f.period for f in extract_figures("据悉，一季度，全县完成投资12亿元。其中，工业投资8亿元。")]
    ['一季度', '一季度']

    The frame printed twice in the lead (once in the name of the report it is read from) is one frame:
    >>> [f.period for f in extract_figures("记者从2021年某县经济运行发布会获悉，2021年，全县生产总值520亿元。全县工业增加值增长9.1%。")]
    ['2021年', '2021年']
    """
    opening = _periods_scan().match(t, s.lo)
    if opening and not one_day(opening.group()):
        return None  # (2016-2018年计划新建的…: a period opening the sentence is read by _note_period's own rules)
    frame = clause_opening_period(t, s)
    if not frame or found[0].period != frame or len({p for _, _, p in s.periods}) > 1 or frame.startswith(AS_OF_WORDS):
        return None  # (乐园5月1日开园，五一假期接待…，到年底共接待…: no one frame; one printed twice is one)
    return None if one_day(frame) or dates_an_event(tidy_months(frame)) else frame


def clause_opening_period(t: str, s: _Sentence) -> str | None:
    """The first period that opens a clause of a sentence with no figures: 据网站获悉，中秋假期第二天，各景区
    迎来高峰。 sets the scene for the paragraph's figures after it (中秋假期第二天), and so does a year closed by a
    comma (他谈到，2023年，全区…); a year glued to a name (2018年济宁市推介会在北京举行: an event's name) or 目前
    does not.

    >>> [f.period for f in extract_figures("据悉，国庆假期首日，各景区迎来高峰。全县接待游客3万人次。")]
    ['国庆假期首日']
    """
    return next((text for start, end, text in s.periods if (start == s.lo or t[start - 1] in "，,")
                 and (not _YEAR_ONLY.fullmatch(text) or t.startswith(("，", ","), end)) and text != "目前"
                 and not dates_an_event(text)), None)


NATION_WIDE = "全国"
_WIDE = r"(全国|我国|全省|我省)"
_WIDE_RIGHT_BEFORE = re.compile(_WIDE + r"(?:共有|共|有|已有|总共|范围内)?$")
_WIDE_HOLDS = re.compile(_WIDE + r"(?:范围内)?(?:共有|有|已有|总共有)")


def wide_count(t: str, lo: int, pos: int) -> str | None:
    """A number printed right after 全国 or 全省 (我国, 我省; 共有 or 有 between), or in a clause that opens with what
    the nation or the province has (全国共有…), counts the nation's or the province's, whatever county the article
    is about: 全国共有制种大县216个 and 是全国50个基地县之一 are no county's. 全国 is a scope of its own, as 全省 is
    (never a county, never 全市).

    >>> t = "全国共有制种大县216个，是全省21个试点县之一，全县共有6个"
    >>> wide_count(t, 0, 8), wide_count(t, 13, 16), wide_count(t, 25, 29), wide_count("增速高于全省0.5个百分点", 0, 8)
    ('全国', '全省', None, None)
    """
    found = _WIDE_RIGHT_BEFORE.search(t, max(lo, pos - 6), pos) or _WIDE_HOLDS.match(t, lo, pos)
    if found is None or is_yardstick(t, found.start(1), found.end(1)):
        return None  # 增速高于全省0.5个百分点: the province is what the county is measured against
    return NATION_WIDE if found.group(1) in ("全国", "我国") else PROVINCE_WIDE


_CLASS_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d年)(?![代底末初]|度?以来|\d)")


def year_of_its_class(metric: str | None) -> str | None:
    """A count with no period of its own whose label names a year's list (8个项目列入2019年市重点工程) is of that year.

    >>> year_of_its_class("列入2019年市重点工程"), year_of_its_class("新开工项目"), year_of_its_class("2020年代以来")
    ('2019年', None, None)
    """
    found = _CLASS_YEAR.search(metric or "")
    return found.group(1) if found else None


@lru_cache(maxsize=1)
def _national_announcement() -> re.Pattern[str]:
    bodies = alternation_of(["国务院", *read_words("national_bodies.txt")])
    return re.compile(rf"(?:{bodies}|国家[\u4e00-\u9fff]{{1,10}}?(?:局|委))(?:近日|日前|正式|今天)?"
                      rf"(?:{alternation_of(read_words('announce_verbs.txt'))})")


def announced_nationally(t: str, s: _Sentence, pos: int) -> bool:
    """Whether the number at `pos` counts a national body's list its sentence announces (某部公布了第三批示范区名单，
    45个县市区入选: data/national_bodies.txt, announce_verbs.txt) before the sentence names a county or 全市: the
    nation's count, not the county the article is about (…，某县成功入选 names it after).

    >>> t = "日前，文化和旅游部公布了第三批示范区名单，45个县市区入选，某县名列其中。"
    >>> announced_nationally(t, _Sentence.scan(t, 0, len(t) - 1), t.index("45"))
    True
    """
    if s.announced == -2:  # looked for once a sentence: a long list of figures must not rescan it per figure
        found = _national_announcement().search(t, s.lo, s.hi)
        s.announced = found.end() if found else -1
    if not 0 <= s.announced <= pos or s.printed_between([at for at, _ in s.mentions], s.lo, pos):
        return False
    return not s.printed_between(s.markers, s.lo, pos)


def plan_ahead_named(s: _Sentence) -> str | None:
    """The years a plan looks ahead to (今后五年, figure_period.PLAN_AHEAD) named anywhere in a sentence with no figures:
    会议描绘了今后五年的发展蓝图。 makes the figures after it that plan's goals (see figure_period.is_a_plan_goal).

    >>> [(f.period, f.target) for f in extract_figures("会议描绘了今后五年的发展蓝图。全县新增企业200家。")]
    [('今后五年', True)]
    """
    return next((text for _, _, text in s.periods if re.fullmatch(PLAN_AHEAD, text)), None)


def _sentence_county(county: str | None, para: _Paragraph, s: _Sentence) -> str | None:
    """A city-wide story visiting one county (在位于梁山县的…公司。…销售收入8.2亿元): the paragraph's only
    county, named in an earlier sentence, is where the figures of a later one belong (a 全市 printed in
    this sentence still takes the figures after it, see `_Sentence.county_before`)."""
    if county in (None, CITY_WIDE) and len(para.counties) == 1 and not para.city_marked:
        return next(iter(para.counties))
    return county


_RATE_NOUN = re.compile("|".join(_RATE_ENDINGS))


_RATES_LISTED_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?(?:%|倍|个百分点)[、和及与])+$")
_LIST_REACH = 60  # characters before a rate searched for the rates listed before it


def window_before(t: str, raw: Raw, lo: int, reach: int) -> str:
    """The `reach` characters before a figure, from `lo` (its clause) on; for a rate listed after others
    (分别增长12.5%、36.2%、317.8%) the reach runs from the list's first rate, in the list's clause.

    >>> [f.kind for f in extract_figures("营业收入、利润、税金分别增长12.5%、36.2%、317.8%。")]
    ['rate', 'rate', 'rate']
    """
    joined = raw.start > 0 and t[raw.start - 1] in "、和及与"
    listed = _RATES_LISTED_BEFORE.search(t, max(0, raw.start - _LIST_REACH), raw.start) if joined else None
    if listed is None:
        return t[max(lo, raw.start - reach) : raw.start]
    first = listed.start()
    floor = max(0, first - reach)  # (a list of thousands of rates: each looks so far back)
    lo = max(t.rfind(mark, floor, first) + 1 for mark in "，,；;。")
    return t[max(lo, floor) : raw.start]


def _kind(t: str, raw: Raw, lo: int) -> str:
    """amount | count | rate | share: 增长6.1% and 增长率为6.1% are rates (the 率 of a rate's noun is no
    share's), 占60% and 覆盖率90% shares, 由58%提高到83% a level."""
    if raw.base is None:
        return "amount"
    if raw.base.kind != "rate":
        return raw.base.kind
    if raw.unit.endswith(("百分点", "倍")):
        return "rate"
    before = _RATE_NOUN.sub(lambda m: "增" * len(m.group()), window_before(t, raw, lo, 10))
    growth = max((before.rfind(w) for w in read_words("change_words.txt")), default=-1)
    share = max((before.rfind(w) for w in read_words("share_words.txt")), default=-1)
    if before.endswith(("到", "至", "为")) and (re.search(r"由|从", before) or _level_reached().search(before)):
        return "share"
    return "rate" if growth > share else "share"


def yardstick_kind(t: str, raw: Raw, lo: int, prev: Figure | None, kind: str) -> str:
    """增长9.2%，快于全省平均（5.6%）: a place's average in brackets (figure_metric.bracketed_yardstick) after a rate is a
    rate too, whatever the words before it say; else `kind`.

    >>> [f.kind for f in extract_figures("全县工业用电量增长9.2%，快于全省平均（5.6%）。")]
    ['rate', 'rate']
    """
    if raw.unit != "%" or prev is None or prev.kind != "rate" or not bracketed_yardstick(t, lo, raw.start):
        return kind
    return "rate"


@lru_cache(maxsize=1)
def _level_reached() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(change_words()) + ")(?:到|至)$")


_Unit = tuple[str | None, str | None, bool]  # (unit, label, named): see _Walk.unit_of
_NAME_OPENING = 24  # characters of a clause a unit's name opening it may take (see _Walk._unit_cut_by)


@dataclass
class _Walk:
    """The figures of one sentence, read in order: each knows the one before it in the sentence."""

    t: str
    s: _Sentence
    county: str | None
    city_itself: bool
    clauses: ClauseSubjects  # the page's clause subjects, each clause's read once (see unit_of)
    prev_end: int = 0
    prev: Figure | None = None
    prev_start: int = 0
    subject: str | None = None
    printed: list[bool] = field(default_factory=list)
    batch: str | None = None  # the batch label of the headline or lead (2020年一季度), see batch_label
    joined: bool = False  # the sentence goes on from the one before it (after ；)
    place: str | None = None  # the named place the sentence before it (ended by ；) spoke of last
    subject_noun: str | None = None  # what the subject count counts (25家景区 → 景区)
    thing: str | None = None  # the thing the sentence before (ended by ；) measured last
    year: int | None = None  # the page's year, when known
    year_before: str | None = None  # the last year (2018年) printed in the paragraph before this sentence
    counted: tuple[tuple[str, str], ...] = ()  # the paragraph's (unit, class) counted last in each unit
    unit: str | None = None  # the unit inside a county the article is about (its headline or lead opens with it)
    own_periods: list[bool] = field(default_factory=list)  # per figure: its period is its clause's own
    subjects: list[_Unit] = field(default_factory=list)  # per figure: see unit_of
    para_lo: int = 0  # where the sentence's paragraph starts
    about: str | None = None  # what the article is about (figure_subject.article_subject), for subject-less figures
    whose: list[str | None] = field(default_factory=list)  # per figure: ClauseSubjects.whose over its paragraph
    para_unit: str | None = None  # the named unit the sentence before opened with (_Paragraph.unit)
    one_thing: str | None = None  # the one project, park or event the article is about (figure_subject.article_thing)
    owned: bool = False  # the last figure's unit is the owner its sentence's grammar names (figure_owner.owner_of)
    sized: bool = False  # …an owner the figure sizes or funds (figure_owner.shaped_owner): a stock of it

    def period(self, raw: Raw, metric: str | None, carried: str | None) -> str | None:
        """The figure's period (see _period), noting whether it is the clause's own (own_periods)."""
        found, own = self._period(raw, metric, carried)
        self.own_periods.append(own)
        return found

    def _period(self, raw: Raw, metric: str | None, carried: str | None) -> tuple[str | None, bool]:
        """The figure's period: printed in its sentence, else the batch's (2020年一季度集中开工 …) when the
        sentence names the batch event, else carried from an earlier sentence of the paragraph (a stock such
        as 总投资 only across ； or into a sentence opening with 其中), else the batch's, else 全年.
        A year printed alone that opens the batch label (2022年 of 2022年第一批), or a season that ends it
        (三季度 of 2020年三季度), is the batch's in a sentence that names the batch event."""
        own = None if period_of_a_purpose(self.t, self.s, raw.start) else self.s.period_before(raw.start)
        if is_projection(self.t, self.s, raw.start):
            return None, False
        if own and self._batch_names(own):
            return self.batch, True
        found, is_own = self._source(raw, metric, carried, own)
        over = whole_year_over(self.s, self.s.clause_start(raw.start), raw.start, found)
        if over is None and (whole := _whole_year(self.s, raw.start)):
            # 2018年济宁承办…。全年接待游客7000万人次: 全年 may be the year printed before it, not the page's
            # …the whole year is the one printed before it (2018年济宁承办…。全年… → 2018年), not the page's
            return per_year_period(metric, self.year_before or whole), self.year_before is None
        return per_year_period(metric, over), is_own or (over == WHOLE_YEAR and over != found)

    def _batch_names(self, own: str) -> bool:
        """Whether a period printed alone is part of the batch label named by the sentence: 2022年 of 2022年第一批,
        三季度 of 2020年三季度."""
        batch = self.batch or ""
        return self.about_batch and batch != own and (batch.startswith(own) and own.endswith("年") or batch.endswith(own))

    def _source(self, raw: Raw, metric: str | None, carried: str | None, own: str | None) -> tuple[str | None, bool]:
        """(period, the clause's own): the period printed in the sentence (own when it is printed in or opens
        the figure's clause), else the batch's in a sentence naming the batch, else one carried from an
        earlier sentence (own only across ；), else the batch's. The batch's period (2025年春季 of a headline's
        集中开工) is the article's own event's, so it counts as own."""
        if own:
            return own, self.s.period_is_own(raw.start)
        if self.about_batch:
            return self.batch, True
        stock = (is_stock(metric) or sizes_a_thing(self.t, raw.end, raw.unit)  # 投资8亿元的产业园
                 or names_a_capacity(self.t, raw.end, raw.base.base if raw.base and raw.base.kind == "amount" else None))
        holds = holds_a_stock(self.t, self.s.clause_start(raw.start), raw.start, carried)  # 汇集了28家…
        carry = None if (stock or holds) and not self.joined or self._frame_of_its_own(raw.start, carried) else carried
        if carry:
            return carry, self.joined
        return (self.batch if not stock or self.subject else None), True

    def _frame_of_its_own(self, pos: int, carried: str | None) -> bool:
        """Whether the figure's sentence states a frame of time of its own, so no period carried from an earlier sentence
        is its (it is left unknown, not borrowed): the present (如今，… see present_opening) opening the sentence or the
        figure's clause, unless the present was carried; a yearly habit (每年…, see yearly_habit) before it told in no
        span of years (see spans_years); or a date of a milestone (于3月动工, see dates_an_act) printed before it."""
        t, lo, carried = self.t, self.s.lo, carried or ""
        now = carried not in read_words("present_periods.txt") and bool(
            present_opening(t, lo) or present_opening(t, self.s.clause_start(pos)))  # (目前，…。如今又引来…: now goes on)
        acted = any(dates_an_act(t, a, b) for a, b, _ in self.s.periods if b <= pos)  # 厂房于3月动工，概算投资…
        return now or acted or (yearly_habit(t, lo, pos) and not spans_years(carried))

    @cached_property
    def about_batch(self) -> bool:
        """Whether the sentence names the batch event (兖州区纳入集中开工项目18个，总投资157亿元): then its
        stocks, such as the batch's 总投资, are the batch's too."""
        return bool(self.batch) and any(w in self.t[self.s.lo : self.s.hi] for w in read_words("batch_events.txt"))

    def figure(self, raw: Raw, carried_period: str | None) -> Figure:
        t, s = self.t, self.s
        clause_lo = s.clause_start(raw.start)
        kind = _kind(t, raw, clause_lo)
        number_lo = raw.start - len(raw.approx) if raw.approx in read_words("approx_before.txt") else raw.start
        kind = yardstick_kind(t, raw, clause_lo, self.prev, kind)
        ctx = Ctx(t, raw, clause_lo, max(clause_lo, self.prev_end), number_lo, kind, self.prev, self.prev_start,
                  self.place if self.joined else None, self.thing if self.joined else None, self.counted)
        metric_text, metric = read_metric(ctx)
        own = kind == "count" and bool(metric_text)
        base_unit = raw.base.base if raw.base else (metric.base if metric else None)
        factor = raw.scale * (raw.base.factor if raw.base else 1.0)
        # Decimal keeps 312.4亿 at 31240000000 rather than 31239999999.999996.
        normalised = float(Decimal(str(raw.value)) * Decimal(repr(factor))) if (base_unit or raw.scale != 1.0) else None
        place = self._place(raw, metric_text, metric)
        period = self.period(raw, metric_text, carried_period) or year_of_its_class(metric_text)
        fig = Figure(
            value=raw.value, unit=raw.unit, normalised_value=normalised, base_unit=base_unit, metric=metric_text,
            canonical_metric=metric.canonical if metric else None, kind=kind, subject=None if own else self.subject,
            county=place, period=period, approx=raw.approx, sentence=excerpt(t, s, raw),
            target=is_target(t, s, clause_lo, raw.start) or is_a_plan_goal(period, self.year),
        )
        fig = self._estimate_or_goal(day_of_an_event(fig), raw.start)
        whose = self.clauses.whose(self.para_lo, self._metric_at(metric_text, clause_lo, raw.start), s.lo)
        self.subjects.append(self.unit_of(raw, metric_text, clause_lo, metric.phrase if metric else None, whose == PART,
                                          self._scoped(raw.start, whose == COUNTY)))
        fig = self._owned_subject(fig)
        self.whose.append(self.about if whose is None else whose)
        fig = self._of_counted_places(fig, raw.start)
        fig = self._of_unit_named_after(fig, raw)
        if fig.canonical_metric and is_projection(t, s, raw.start):
            fig = replace(fig, canonical_metric=None)  # 项目建成后预计销售收入30亿元: the project's, no county's
        self._advance(raw, fig, clause_lo)
        return self._of_whole_place(fig, raw.start)

    def _place(self, raw: Raw, metric_text: str | None, metric: Metric | None) -> str | None:
        """The figure's county (see _Sentence.county_before), noting whether it was printed: a place its label
        names lies in its county (尼山圣境景区接待游客 → 曲阜市), and so does a landmark's place the sentence
        names when no county is printed (see landmark_place)."""
        clause_lo = self.s.clause_start(raw.start)
        wide = wide_count(self.t, clause_lo, raw.start - len(raw.approx or ""))
        wide = wide or (bracketed_yardstick(self.t, clause_lo, raw.start) if raw.unit == "%" else None)
        wide = wide or (PROVINCE_WIDE if speaks_of_the_province(self.t, clause_lo, raw.start) else None)
        if wide := wide or (NATION_WIDE if announced_nationally(self.t, self.s, raw.start) else None):
            self.printed.append(True)
            return wide
        place, printed = self.s.county_before(raw.start, self.county, self.city_itself)
        lies_in = place_county(place_of(metric_text)) if metric_text and metric is None else None
        place, printed = (lies_in, True) if lies_in else (place, printed)
        if not printed and place in (None, CITY_WIDE):
            place = landmark_place(self.t, self.s.lo, raw.start) or place
        elif printed and not lies_in and self._own_list_item(raw.start, place):
            place, printed = self.county, False
        if _THE_OTHERS.search(self.t, self.s.clause_start(raw.start), raw.start) or in_a_field(self.t, raw):
            place = None  # 其他县市区开工率均达100%: the counties not named, neither one of them nor the city
        self.printed.append(printed)
        return place

    def _own_list_item(self, pos: int, place: str | None) -> bool:
        """Whether the figure at `pos` opens a list item (after 、 following the figure before it) that names its own
        firm or project, so a county named in an earlier item is not its place: 某某物流园项目总投资21亿元、
        济宁高新区某某产业园项目总投资6.5亿元、山东某某有限公司扩建项目总投资3.2亿元 (the third is not the zone's)."""
        if self.prev is None:
            return False
        cut = self.t.rfind("、", self.prev_end, pos)
        if cut < 0 or self.s.printed_between(self.s.clause_ends, self.prev_end, pos):
            return False
        k = bisect_left(self.s.mentions, (pos,))
        if not k or self.s.mentions[k - 1][0] > cut or self.s.mentions[k - 1][1] != place:
            return False
        return bool(_named_item().search(self.t, cut + 1, pos))

    def _estimate_or_goal(self, fig: Figure, pos: int) -> Figure:
        """A figure that is an estimate of a past or this year's result (see is_estimate) is no goal: it is marked
        by its `approx`, 预计 (printed before the number as 约 or 超 are: 预计1050亿元)."""
        if not is_estimate(self.t, self.s, pos, fig.period, self.year):
            return fig
        return replace(fig, target=False, approx=ESTIMATE + (fig.approx or ""))

    def _metric_at(self, metric: str | None, clause_lo: int, pos: int) -> int:
        """Where the figure's clause prints its metric (完成投资 of 园区完成投资3亿元), else the figure itself."""
        at = self.t.rfind(metric, clause_lo, pos) if metric else -1
        return at if at >= 0 else pos

    def _scoped(self, pos: int, county_nearest: bool) -> bool:
        """Whether the figure's sentence speaks of a whole county, town or village before it (全县, 我市, 全镇, 全村:
        data/own_place_words.txt, data/whole_place_words.txt), so the unit an earlier sentence named is not its
        subject, unless it is that town or village (某某村…。全村新增…); with none printed, whether the subject named
        nearest before it is the county (`county_nearest`).

        >>> t = "近年来，葡萄产业发展迅速。青禾{}成立于2010年，年产葡萄900吨。目前，全村葡萄种植面积1900亩。"
        >>> [[f.metric for f in extract_figures(t.format(unit))][1] for unit in ("合作社", "村")]
        ['葡萄种植面积', '青禾村葡萄种植面积']
        """
        scope = _whole_scope().search(self.t, max(self.s.lo, pos - SUBJECT_REACH), pos)
        if scope is None or scope.group() in read_words("own_place_words.txt"):
            return scope is not None or county_nearest
        return not (self.para_unit or "").endswith(scope.group()[len(_WHOLE) :])

    def unit_of(self, raw: Raw, metric: str | None, clause_lo: int, phrase: str | None, part: bool = False,
                scoped: bool = False) -> _Unit:
        """The unit the figure belongs to (see _unit_of), or the firm whose person it quotes speaking as 我们 (see
        figure_subject.quoted_firm: “…海外市场增速为25%。”青禾鞋业总经理王某说 → 青禾鞋业海外市场增速).

        >>> t = "记者见到了青禾鞋业总经理王某。“这一年，我们接的单子一直在涨，海外市场增速为25%。”王某说。"
        >>> [f.metric for f in extract_figures(t)]
        ['青禾鞋业海外市场增速']
        """
        found = self._unit_of(raw, metric, clause_lo, phrase, part, scoped)
        owner = self._owner(raw, found[0])
        self.owned = bool(owner)
        if owner:  # printed with the owner's name, its label keeps its measure (not one named after its clause: 分别…)
            printed = bool(metric) and self.t.rfind(metric or "", max(clause_lo, raw.start - SUBJECT_REACH), raw.start) >= 0
            return owner, label_with_unit(metric, owner) if printed and metric else None, True
        if found[0] and counts_the_examples(self.t, raw.start, found[0]):
            # 某某公司…项目、某某公司…项目等22个项目: the class's count, not its first example's (an event's stays its)
            return None, noun_after(self.t, raw.unit_end, count=True) or metric, False
        firm = quoted_firm(self.t, raw.start, self.para_lo)
        if not firm or speakers_unit(found[0] or ""):
            return found
        label = found[1] or metric or ""
        return firm, label if firm in label else firm + label, True

    def _unit_of(self, raw: Raw, metric: str | None, clause_lo: int, phrase: str | None, part: bool,
                 scoped: bool) -> _Unit:
        """(unit, label, named): the unit inside a county the figure belongs to (园区 of 园区完成固定资产投资140亿元),
        named by the opening of its clause (then `label` is the metric as printed from the unit on: 园区完成固定资产
        投资), else by its label before the label's known `phrase` (see label_subject), else by the openings of its
        sentence's earlier clauses (also when the label names the county's but its clause is a `part`, 其中…, of
        what came before), else by the article's; None when the subject is the county itself or none is printed.
        A bare 项目 or 该公司 is the one named before it (`named`: see named_unit), a bare 园区 the park named
        before it (bare_unit_name). Else the unit an earlier sentence of the paragraph named (_Paragraph.unit), unless
        the figure's sentence is `scoped` to the county or a whole town (全县, 全镇) before it."""
        at = self.t.rfind(metric, clause_lo, raw.start) if metric else -1
        hi = at if at >= 0 else raw.start
        found = self.clauses.subject(clause_lo, hi)
        if not found and metric and 0 <= at - clause_lo <= _NAME_OPENING and (cut := self._unit_cut_by(metric, clause_lo, at)):
            return cut  # 某某分院占地543亩 read as 分院占地: the unit's name is 某某分院
        if found and metric and at >= 0:
            label = printed_label(self.t, found, clause_lo, at, metric)
            named = self._named_one(found, clause_lo)
            return (named[0], label, True) if named else (found, label, False)
        found = _label_unit(metric, phrase, part) if found is None else found
        found = self._sentence_unit(clause_lo, hi) if found is None else found
        one = self._label_opens_with_one(metric, clause_lo, at) or self._villagers(clause_lo, at) if found is None else None
        if one:
            return one  # 项目占地面积230亩: the label opens with the word of the one unit named before
        return self._at_the_thing(self._unit_beyond(raw.start, found, clause_lo, scoped), metric, clause_lo)

    def _owned_subject(self, fig: Figure) -> Figure:
        """The figure as its owner read from grammar (self.owned) makes it: the owner replaces a count as its subject
        (see _counted); a figure sizing or funding its owner (self.sized) takes no period carried from before its
        clause; a listed batch (青禾景区、白云景区等两处景区) is its subject, its label left as printed, and its measure is
        no county's (no canonical metric)."""
        if not self.owned:
            return fig
        fig = replace(fig, subject=None) if _counted(fig.subject) else fig
        if self.sized and not self.own_periods[-1]:
            fig = replace(fig, period=None)  # 投资600万元，建设…的某某小学: the school's size, no period carried to it
        if is_batch(batch := self.subjects[-1][0] or ""):
            fig, self.subjects[-1] = replace(fig, subject=batch, canonical_metric=None), (None, None, False)
        return fig

    def _owner(self, raw: Raw, found: str | None) -> str | None:
        """The owner the grammar of the figure's sentence names (figure_owner): the thing the figure modifies or the
        work it funds, whatever unit was `found` (全长80公里的青禾高铁, 投资600万元，建设青禾小学); the subject of
        its clause when none was found, or only a bare word (她的青禾合作社带动…); None when a whole place (全县, 全镇)
        is printed before it in its sentence."""
        if _whole_scope().search(self.t, max(self.s.lo, raw.start - SUBJECT_REACH), raw.start):
            return None
        shaped = shaped_owner(self.t, self.s.lo, raw.start, raw.end, self.s.hi)
        self.sized = bool(shaped)
        if shaped or found and not is_bare(found):
            return shaped
        return subject_owner(self.t, self.s.lo, raw.start, raw.end)

    def _at_the_thing(self, unit: _Unit, metric: str | None, clause_lo: int) -> _Unit:
        """会上发布的35个项目 in an article about one event: the clause's 会上 (at it, see figure_subject.at_the_event)
        printed right before the label is kept in it, where the event's name goes (某某推介会上发布的项目).

        >>> t = "本报讯 5月3日下午，青禾农产品推介会在杭州召开。会上发布的35个项目，覆盖多个行业。"
        >>> [f.metric for f in extract_figures(t, "全市", heading="初夏谈合作")]
        ['青禾农产品推介会上发布的项目']
        """
        opening = strip_leads(self.t[clause_lo : clause_lo + _AT_WORD])
        at = at_the_event(opening, unit[0] or "") if unit[0] == self.one_thing and metric else ""
        printed = at and opening.startswith((metric or "")[:2], len(at) + 1)
        return (unit[0], at + "上" + metric, unit[2]) if printed else unit

    def _unit_beyond(self, pos: int, found: str | None, clause_lo: int, scoped: bool) -> _Unit:
        """The unit of a figure whose sentence names none of its own (`found` None): the unit an earlier sentence of the
        paragraph named (see _carried), else the article's (its headline's unit, else its one thing: see
        _article_thing); `found` itself, or the one unit a bare word of it names (see _named_one), otherwise."""
        if found is None and speaks_of_the_province(self.t, self.s.lo, pos):
            return None, None, False  # 截至去年底，山东建成省级示范园区30个: the province's, no unit's of the article
        if found is None and (carried := self._carried(scoped)):
            return carried  # 某某合作社成立于2010年。年产葡萄900吨
        found = self.unit if found is None else found
        if found is None and (thing := self._article_thing(pos)):
            return thing, None, True  # 某某项目开工。…计划投资3亿元: the article's one thing
        return self._named_one(found, clause_lo) or (found or None, None, False)

    def _article_thing(self, pos: int) -> str | None:
        """The one thing the article is about (figure_subject.article_thing) as the unit of a figure whose sentence
        names no subject, unless it names a whole place (全县, 我市, 全镇: see _scoped) or a county before it.

        >>> t = "本报讯 青禾农机博览会在某地举行。展会吸引客商3000人。全县农机保有量5万台。"
        >>> [f.metric for f in extract_figures(t, "泗水县", heading="青禾农机博览会开幕")]
        ['青禾农机博览会吸引客商', '农机保有量']
        """
        if not self.one_thing:
            return None
        lo = max(self.s.lo, pos - SUBJECT_REACH)  # (a list of thousands of figures: each looks so far back)
        named = any(self._county_of_figure(at) for at, _ in self.s.mentions if lo <= at < pos)  # 泗水县…: the county's
        named = named or bool(self.s.markers) and self.s.markers[0] < pos  # 是全市从…储备的471个项目: the city's
        scoped = _whole_scope().search(self.t, max(self.s.lo, pos - SUBJECT_REACH), pos)
        return None if scoped or named else self.one_thing

    def _county_of_figure(self, at: int) -> bool:
        """Whether a county named at `at` in the sentence may be its figures' scope, in an article about one thing: not
        where the thing is held (论坛将在某县举办，来自30个国家的…: the venue, see is_venue) nor a word of a quoted
        title (举办了“唱响某县”文艺晚会…，吸引观众7万人).

        >>> t = "本报讯 青禾论坛将在泗水县举办，来自30个国家的专家出席。举办了“畅游泗水”晚会，观众3万人。"
        >>> [f.metric for f in extract_figures(t, "泗水县", heading="第二届青禾论坛开幕")]
        ['青禾论坛国家', '青禾论坛观众']
        """
        lo = max(self.s.lo, at - SUBJECT_REACH)
        quoted = self.t.rfind("“", lo, at) > self.t.rfind("”", lo, at)
        return not (quoted or is_venue(self.t, at, self.s.hi))

    def _carried(self, scoped: bool) -> _Unit | None:
        """The unit an earlier sentence of the paragraph named (_Paragraph.unit), unless the figure is `scoped` to the
        county or a whole town (see _scoped)."""
        if not self.para_unit or scoped or opens_with_a_name(self.t[self.s.lo : min(self.s.hi, self.s.lo + _OPENS)]):
            return None  # (…；鲁南某某园研学团队15个: its own thing named, no unit of this module's)
        if names_a_person(self.para_unit) and not points_to_a_person(self.t, self.s.lo):
            return None  # 村民王某…。近年来，当地…: a person goes on only where the sentence points back to them
        return self.para_unit, None, True

    def _unit_cut_by(self, metric: str, clause_lo: int, at: int) -> _Unit | None:
        """高新区分院占地543亩 whose metric was read as 分院占地 (高新区 being a zone's name): the named unit opening the
        clause whose name the metric begins inside, with the label from the unit on (高新区分院占地); None when the
        metric begins after the clause's subject, or the subject names no unit."""
        whole = clause_opening_subject(self.t[clause_lo : at + len(metric)])
        start = self.t.find(whole, clause_lo, at + len(metric)) if whole and names_a_unit(whole) else -1
        end = start + len(whole or "")
        if start < 0 or not start < at < end or metric.startswith(unit_core(whole or "")):
            return None  # 泗水县青云山景区接待: the metric opens with the name itself, the county left out
        return whole, whole + metric[end - at :], False

    def _label_opens_with_one(self, metric: str | None, clause_lo: int, at: int) -> _Unit | None:
        """项目占地面积230亩 (opening its clause, or after 该): the one unit named before (see _named_one); after a
        pointing word also a bare place word (“这块示范区总面积3万亩: data/bare_units.txt); 本次开工项目总投资… in an
        article about one project (see _thing_for) is that project.

        >>> [f.metric for f in extract_figures("走进青禾高产示范区，豆荚饱满。“这块示范区总面积3万亩。")]
        ['青禾高产示范区总面积']
        """
        if not metric or at < 0:
            return None
        before = strip_leads(self.t[clause_lo:at]).lstrip("“‘")
        pointed = bool(before) and bool(_POINTED.fullmatch(before))
        if before and not pointed and before != self._this_one(before):
            return None
        words = read_words("single_subjects.txt") + (tuple(read_keyed_words("bare_units.txt")) if pointed else ())
        opening = next((w for w in words if metric.startswith(w) and metric != w), None)
        return self._named_one(opening, clause_lo) if opening else None

    def _villagers(self, clause_lo: int, at: int) -> _Unit | None:
        """村集体经济收入90万元, 村民人均收入3万元 (a label opening with the village's own people or collective:
        data/village_label_openings.txt) after one village was named in the paragraph (figure_subject.place_named_before):
        that village's; None when the label opens otherwise or no village is named before it in its paragraph.

        >>> t = "说起杨楼村，人人称赞。村集体经济收入达到90万元，村民人均收入3万元。"
        >>> [f.metric for f in extract_figures(t, "全市")]
        ['杨楼村集体经济收入', '杨楼村民人均收入']
        """
        opening = self.t[clause_lo : min(at + _VILLAGE_OPENING, clause_lo + _OPENS)]
        if at < 0 or not strip_leads(opening).startswith(read_words("village_label_openings.txt")):
            return None  # (the label read may leave its 村 out: 集体经济年收入)
        village = place_named_before(self.t, _VILLAGE, max(at, self.para_lo)) if at >= self.para_lo else None
        return (village, None, True) if village else None

    def _named_one(self, found: str | None, clause_lo: int) -> _Unit | None:
        """该项目… → (光伏发电项目, None, True): a bare word of one unit (data/single_subjects.txt) as the name printed
        before it (figure_subject.named_unit); None when it is no such word or no name is printed."""
        if found and (name := bare_unit_name(self.t, found, clause_lo) or self._headline_unit(found)):
            return name, None, True  # 园区… after 某某产业园 was named: that park
        if village := self._speakers_village(found, clause_lo):
            return village, None, True
        counted = rf"\d[^，。；\d]{{0,8}}{found}|{found}[^，。；\d]{{0,4}}\d+[个家项座所]"
        if found not in read_words("single_subjects.txt") or re.search(counted, self.t[self.s.lo : min(self.s.hi, clause_lo + 40)]):
            return None  # 其中70个项目…: projects counted, no one of them
        name = named_unit(self.t, found, self._pointed_at(found, clause_lo))
        name = name if name and not periods().search(name) else self._thing_for(found)
        return (name, None, True) if name else None

    def _speakers_village(self, found: str | None, clause_lo: int) -> str | None:
        """我们村 (figure_subject.speakers_unit: a villager or the village's secretary speaking) as the village named last
        before it in its paragraph (figure_subject.place_named_before); None for any other subject, or none named.

        >>> t = "王明是白石村的党支部书记。“过去，我们村是个穷村，人均年收入才800元。”"
        >>> [f.metric for f in extract_figures(t)]
        ['白石村人均年收入']
        """
        own = (found or "")[: (found or "").find(_VILLAGE) + 1]  # 我们村 of 我们村人均年收入 (the phrase read whole)
        if not own or own[:-1] not in read_words("first_person_words.txt") or not speakers_unit(own):
            return None
        at = self.t.rfind(own, max(self.para_lo, clause_lo - SUBJECT_REACH), clause_lo + len(own))
        return place_named_before(self.t, _VILLAGE, at) if at > self.para_lo else None

    def _this_one(self, opening: str) -> str:
        """本次开工 of 本次开工项目总投资… in an article about one project (see _thing_for): what points to that project,
        as 该 does; '' elsewhere (本次开工项目 of a batch's story are the batch's)."""
        this = _THIS_TIME.match(opening) if self.one_thing else None
        return this.group() if this and this.group().startswith(("本次", "此次", "这次")) else ""

    def _thing_for(self, bare: str) -> str | None:
        """该项目, 园区 in an article about one project or park (figure_subject.article_thing) that no name printed
        before it in its paragraph is: that thing, when the bare word may point to it (项目 to 某某项目, 园区 to
        某某产业园: data/bare_units.txt).

        >>> [f.metric for f in extract_figures("本次开工项目占地36亩。", heading="青禾冷链装备制造项目开工")]
        ['青禾冷链装备制造项目占地']
        """
        word = bare.lstrip("该这个此本")
        endings = read_keyed_words("bare_units.txt").get(word, (word,))
        thing = self.one_thing or ""
        return thing if word and thing.endswith(endings) else None

    def _pointed_at(self, word: str, clause_lo: int) -> int:
        """Where the sentence points back to the one unit `word` names (该项目 of 该项目是…示范项目，总投资…): the name
        is read before the pointer, not from the figure's clause (whose complement names a class); `clause_lo` when
        no pointer is printed before it."""
        lo = max(self.s.lo, clause_lo - SUBJECT_REACH)
        at = max((self.t.rfind(p + word, lo, clause_lo) for p in POINTERS), default=-1)
        return at if at >= 0 else clause_lo

    def _sentence_unit(self, clause_lo: int, hi: int) -> str | None:
        """The subject the figure's sentence goes on with: the one unit an earlier clause points to (该项目总投资…，
        年产值…: see _pointed_before), else the last its clauses name."""
        if examples_counted(self.t[self.s.lo : clause_lo]):
            return self._pointed_before(clause_lo, hi)  # (…等22个项目竣工，另有10个项目…: no example goes on)
        return self._pointed_before(clause_lo, hi) or self.clauses.subject(self.s.lo, hi)

    def _pointed_before(self, clause_lo: int, hi: int) -> str | None:
        """某某基地开工，该项目总投资2.4亿元，年产值达9亿元 → 项目: the word of one unit (data/single_subjects.txt) the
        last earlier clause of the figure's sentence opens with after 该 (这个, 这家, 此), whose figures the clauses
        after it go on telling while none names another subject (up to `hi`); None when no clause opens so."""
        words = read_words("single_subjects.txt")
        marks = self.clauses.marks  # the article's clause marks, in order: the sentence's before the clause, by bisection
        starts = [self.s.lo] + [m + 1 for m in marks[bisect_left(marks, self.s.lo) : bisect_left(marks, clause_lo - 1)]]
        for start in reversed(starts):
            opening = strip_leads(self.t[start:clause_lo])
            pointer = next((p for p in POINTERS if opening.startswith(p)), "") or self._this_one(opening)
            word = next((w for w in words if pointer and opening.startswith(w, len(pointer))), None)
            if word:
                return word if self.clauses.subject(start, hi) is None else None
        return None

    def _headline_unit(self, bare: str) -> str | None:
        """该街道… in an article whose headline names 某某街道 (the article's unit): that unit, when the bare word
        may point to it (data/bare_units.txt); None otherwise."""
        unit = self.unit or ""
        return unit if names_a_unit(unit) and bare_unit_name(unit + "。" + bare, bare, len(unit) + 1) == unit else None

    def _of_unit_named_after(self, fig: Figure, raw: Raw) -> Figure:
        """总投资60亿元的某某古城项目开工 → 某某古城项目总投资: a figure printed to describe the one named unit after
        it (figure_subject.unit_named_after) is that unit's (its subject; no canonical metric), not the county's."""
        unit = None if raw.threshold or not fig.metric else unit_named_after(self.t, raw.end)
        if unit is None:
            return fig
        metric = fig.metric or ""
        shared = next((k for k in range(min(len(unit), len(metric)), 1, -1) if unit.startswith(metric[:k])), 0)
        self.subjects[-1] = (unit, None, False)  # 新能源汽车总投资 (a name's first words read as the label's): 某某项目总投资
        return replace(fig, metric=metric if unit in metric else unit + metric[shared:], canonical_metric=None, subject=unit)

    def _of_whole_place(self, fig: Figure, pos: int) -> Figure:
        """王家口村位于某镇，全村有110户、面积2440亩 → 王家口村面积: a label opening with 全村 (全镇, 全乡) is the village's
        named before it (figure_subject.whole_place), its figure the village's (its subject; no canonical metric)."""
        place = whole_place(self.t, fig.metric or "", pos) or self._whole_place_before(pos)
        if place is None:
            return fig
        self.subjects[-1] = (place, None, False)
        rest = whole_place_rest(fig.metric or "") or (fig.unit + "数" if fig.kind == "count" else "")  # 全村有110户 → 户数
        return replace(fig, metric=place + rest, canonical_metric=None, subject=place)

    def _whole_place_before(self, pos: int) -> str | None:
        """某某村党支部书记王某说，全村共有300户，仅民宿就有12家 → 某某村: the village (town) a 全村 (全镇, 全乡)
        printed before a figure in its sentence speaks of (figure_subject.whole_place), when no unit of its own is the
        figure's subject (the article's unit, a town its headline names, is not: the village is inside it); None otherwise.

        >>> t = "杨楼村党支部书记王某介绍，全村600多户，光民宿就有20多家。"
        >>> [f.metric for f in extract_figures(t, "泗水县", heading="某某镇：农旅融合")]
        ['杨楼村户数', '杨楼村光民宿']
        """
        unit = self.subjects[-1][0]
        if unit and unit != self.unit:
            return None
        k = max(self.t.rfind(word, max(self.s.lo, pos - SUBJECT_REACH), pos) for word in _WHOLE_PLACES)
        whole = self.t[k : k + len(_WHOLE_PLACES[0])] if k >= 0 else ""
        kind = whole[len(_WHOLE) :]
        if not whole or (unit or "").endswith(kind) and (kind != _VILLAGE or village_opening(unit or "") == unit):
            return None  # 某某镇…：全镇…: the town the article is about already (吴村, a town's short name, is no village)
        return whole_place(self.t, whole, k)

    def _of_counted_places(self, fig: Figure, raw_start: int) -> Figure:
        """纳入统计的25家景区共接待游客26万人次 → 景区接待游客; 44家攀登企业实现营业收入…，利润… → 攀登企业营业收入,
        攀登企业利润: what a counted class of units (the sentence's subject count, see _advance) goes on to do is
        theirs, not the county's, so it keeps no canonical metric."""
        noun = self.counted_places or self._class_going_on(fig, raw_start)
        if not noun or not fig.metric or fig.metric.startswith(noun) or is_bare_batch_sum(fig.metric):
            return fig  # (集中开工项目27个，总投资…: the batch's sum, see name_batch_sums)
        printed = self._printed_after_places(fig.metric, raw_start)
        if fig.subject is None and printed is None:
            return fig
        kept = fig.canonical_metric if not self.counted_places and not names_a_part(noun) else None  # (企业: comparable)
        return replace(fig, metric=printed or noun + fig.metric, canonical_metric=kept)

    def _class_going_on(self, fig: Figure, pos: int) -> str | None:
        """The class of units the sentence counted (see counted_units) whose measure an amount printed alone goes on
        with (see _goes_on_alone); None for a count, or a figure of a unit of its own (园区新增企业3家，完成投资…: the
        park's)."""
        if not self.subject_noun or not fig.metric or fig.kind == "count" or not self.counted_units:
            return None  # (the cheap tests first: a list of thousands of figures runs through here)
        own_unit = self.subjects[-1][0] if self.subjects else None
        return None if own_unit or not self._goes_on_alone(fig.metric, pos) else self.counted_units

    def _goes_on_alone(self, metric: str | None, pos: int) -> bool:
        """Whether a figure's label is a measure alone (see measure_alone), printed in a clause that opens with it (a
        time, 实现 or 累计 at most before it) and shares no opening with the class counted: 44家企业…，1至5月实现营业收入….
        (规模以上工业企业56家，规模以上工业营业收入… names its own whole.)"""
        clause_lo = self.s.clause_start(pos)
        at = self.t.rfind(metric or "\0", clause_lo, pos)
        noun = self.counted_units or ""
        return measure_alone(metric) and at >= 0 and opens_alone(self.t[clause_lo:at]) and noun[:2] not in (metric or "")

    def _printed_after_places(self, metric: str, pos: int) -> str | None:
        """景区 + 接待人次 as printed, when only gap words stand between the units counted and the metric
        (25家景区共接待人次 → 景区共接待人次); None when the metric is not printed right after them."""
        noun = self.counted_units or ""
        at = self.t.rfind(self.subject or "\0", self.s.lo, pos)
        noun_end = at + len(self.subject or "") if at >= 0 else -1
        k = self.t.find(metric, noun_end, pos) if noun_end >= 0 else -1
        return self.t[noun_end - len(noun) : k + len(metric)] if k >= 0 and gap_is_empty(self.t[noun_end:k]) else None

    @property
    def counted_places(self) -> str | None:
        """The noun of the sentence's subject count when it counts places (25家景区 → 景区), else None."""
        noun = self.subject_noun
        return noun if noun and noun.endswith(read_words("place_suffixes.txt")) else None

    @property
    def counted_units(self) -> str | None:
        """The noun of the sentence's subject count when it counts places or a class of units (25家景区 → 景区, 44家攀登
        企业 → 攀登企业: see figure_clause.names_a_part), else None (接待游客30万人次 counts no units)."""
        noun = self.subject_noun
        comparable = bool(noun) and noun.endswith(read_words("comparable_classes.txt"))  # 44家企业: firms, comparable
        return noun if noun and (self.counted_places or names_a_part(noun) or comparable) else None

    def _advance(self, raw: Raw, fig: Figure, clause_lo: int) -> None:
        """44家助企攀登企业实现营业收入…: a count that names its own thing is the subject of what follows."""
        if fig.kind == "count" and fig.subject is None and fig.metric:
            printed = printed_class(self.t, raw, fig.metric)
            own = _own_subject(self.t, raw, printed, max(clause_lo, self.prev_end))
            self.subject = own or self.subject
            self.subject_noun = printed if own else self.subject_noun
            self.prev_end = raw.end + (len(printed) if own and own.startswith(self.t[raw.start : raw.end]) else 0)
        else:
            self.prev_end = raw.end
        self.prev, self.prev_start = fig, raw.start


_VILLAGE = "村"
_AT_WORD = 8  # characters of a clause read for the word of an event it opens with (会上)
_VILLAGE_OPENING = 3  # characters of a label read for data/village_label_openings.txt
_WHOLE_PLACES = ("全村", "全镇", "全乡")  # a whole village or town a sentence speaks of (figure_subject.whole_place)
_POINTED = re.compile(POINTER)  # 该, 这块: a pointing word before a bare unit word
_THIS_TIME = re.compile(r"(?:本次|此次|这次)?(?:开工|签约|建设|实施|新建)?")  # 本次开工项目: the one the article is about


def day_of_an_event(fig: Figure) -> Figure:
    """8月2日，观摩团观摩了15个观摩点 → 8月2日: one day is the period of what an event counted, never of a measure
    data/metrics.csv names (9月5日，全县地区生产总值完成120亿元: the day of the report, not of the output).

    >>> [f.period for f in extract_figures("9月5日，全县地区生产总值完成120亿元，观摩点15个。")]
    [None, '9月5日']
    """
    return replace(fig, period=None) if fig.period and fig.canonical_metric and one_day(fig.period) else fig


def _label_unit(metric: str | None, phrase: str | None, part: bool) -> str | None:
    """The unit a label names before its known phrase (label_subject), COUNTY when it names the county's own noun
    phrase (主导产业营业收入), except in a clause that is a `part` of what came before (其中上市公司12家: a part of
    the unit named before, read from the sentence); None when it names neither."""
    found = label_subject(metric, phrase) if metric and phrase else None
    return None if found == "" and part else found


# Units given as examples of a counted class: 某某项目、某某项目等10个项目, 某某公司某某牌挂面等12家企业 (等, then a count)
_EXAMPLES_COUNTED_RE = re.compile(r"(?<![等平同均对])等\s*\d+\s*[个家项处座所条]")


def counts_the_examples(t: str, start: int, unit: str) -> bool:
    """Whether the number at `start` counts a class after units given as its examples (`某某公司甲醇项目、某某公司
    变压器项目等10个项目`, or one example, `青禾食品公司“青禾”牌挂面等12家企业`: 等 right before it) and `unit` is one
    of them: the count is the class's, not the first example's.

    >>> t = "某某焦化公司甲醇项目、某某电工公司变压器项目等9个项目建成投用。"
    >>> counts_the_examples(t, t.index("9个"), "某某焦化公司"), counts_the_examples(t, t.index("9个"), "青禾论坛")
    (True, False)
    >>> t = "青禾食品有限公司“青禾”牌挂面等12家企业入选品牌名录。"
    >>> counts_the_examples(t, t.index("12家"), "青禾食品有限公司")
    True
    >>> counts_the_examples("某某公司等待了10天。", 6, "某某公司")
    False
    """
    before = t[max(0, start - _EXAMPLES_REACH): start]
    listed = before.rstrip()
    return listed.endswith("等") and not listed.endswith(("等等", "平等", "同等", "均等", "对等")) and unit in before


_EXAMPLES_REACH = 80  # how far back a list of examples before 等 may open


def examples_counted(sentence: str) -> bool:
    """`某某机械公司挖掘机项目、某某玻纤公司三期项目等9个项目进入设备调试阶段`: a sentence opening with units
    given as examples of a counted class (…、…等10个项目; one example, …等10个项目, too) names no one unit for the sentences after it; the first
    example's firm is no subject of the paragraph's later counts.

    >>> examples_counted("某某机械公司挖掘机项目、某某玻纤公司三期项目等9个项目进入设备调试阶段。"), examples_counted("某某公司年产轮胎600万套。")
    (True, False)
    """
    return _EXAMPLES_COUNTED_RE.search(sentence) is not None


_PERSON_POINTER = 12  # characters of a sentence read for a word pointing back to a person (2020年以来，她家…)


def points_to_a_person(t: str, lo: int) -> bool:
    """Whether the sentence opening at `lo` points back to a person named before by one of its first words (within
    _PERSON_POINTER characters: data/person_pointers.txt, 他家, 她, or 我们 going on in their quotation): its figures
    that name no subject are that person's (其他 is a word of its own, no 他).

    >>> t = "村民张桂兰住进了新房。2020年以来，她家种植葡萄20亩。近年来，当地种植葡萄3000亩。"
    >>> [f.metric for f in extract_figures(t)]
    ['村民张桂兰种植葡萄', '种植葡萄']
    """
    words = {word for word, _ in pos_tags(t[lo : lo + _PERSON_POINTER])}
    return any(w in words for w in read_words("person_pointers.txt"))


def _counted(subject: str | None) -> bool:
    """Whether a figure's subject is only a count printed before it (40名机手 of 该团队40名机手…，每天收割600亩),
    which the one unit its sentence's grammar names (figure_owner.owner_of) replaces as its subject.

    >>> t = "青禾农机合作社40名机手分两组作业，每天收割600亩。"
    >>> [f.subject for f in extract_figures(t)][1:], _counted("40名机手"), _counted("青禾合作社")
    (['青禾农机合作社'], True, False)
    """
    return bool(subject) and any(ch.isdigit() for ch in subject)  # type: ignore[union-attr]


def _opening_unit(subject: str | None, t: str = "", pos: int = 0) -> str | None:
    """The unit the next sentence of a paragraph goes on with when it names no subject: the named unit its
    sentence before (at `pos` in `t`) opened with (某某合作社…; 该项目… as the project named before it), none
    after a sentence opening with the county or none (a list of units, each an example, names none)."""
    if subject and subject in read_words("single_subjects.txt"):
        return named_unit(t, subject, pos)  # 项目分两期建设: the 某某光伏项目 named before
    return subject if names_one_unit(subject) else None


def _listed_span(found: list[Figure], listed: bool) -> str | None:
    """今年1-6月份，完成投资201亿元；财政收入36.4亿元: a list (ended by ；) goes on in the span its first figure
    read (1-6月份), not in the bare year that opens it; None when the sentence is no list or read none."""
    return found[0].period if listed and found else None


def _sentence_figures(t: str, s: _Sentence, raws: list[Raw], walk: _Walk, carried: str | None) -> list[_Read]:
    """The figures of one sentence, with rates named and 分别 paired, each with what its confidence is read from."""
    walk.prev_end = walk.prev_start = s.lo
    figures = [walk.figure(raw, carried) for raw in raws]
    _pair_respectively(t, raws, figures, s)
    _pair_counties_respectively(t, raws, figures, s)
    _pair_periods_respectively(t, raws, figures, s)
    _pair_years_respectively(t, raws, figures, s)
    _name_against_years(t, raws, figures, s)
    _name_changes(t, raws, figures, s)
    _changes_take_their_amounts_period(t, raws, figures, s)
    figures[:] = [replace(f, period=None) if is_starting_level(t, raw) else f for f, raw in zip(figures, raws)]
    return name_batch_sums([(unit_county(of_unit(f, *unit), unit[0], walk.county),
                             FigureEvidence(printed, sub_unit=unit[0], period_own=own, whose=whose))
                            for f, printed, unit, own, whose in zip(figures, walk.printed, walk.subjects, walk.own_periods,
                                                                    walk.whose)])


def name_batch_sums(read: list[_Read]) -> list[_Read]:
    """A bare sum over a batch (总投资, 计划投资: see confidence.is_bare_batch_sum) is named after the batch its
    sentence counts, the count nearest before it, else the first after (see confidence.batch_of); with no such
    count it keeps its bare label (never solid).

    >>> [f.metric for f in extract_figures("全县集中开工项目12个，总投资50亿元。推进总投资30亿元的8个重点产业项目建设。")]
    ['集中开工项目', '集中开工项目总投资', '重点产业项目总投资', '重点产业项目建设']
    """
    batches = [(i, b) for i, (f, _) in enumerate(read) if f.kind == "count" and (b := batch_of(f.metric))]
    if not batches:
        return read
    out = list(read)
    for i, (f, e) in enumerate(read):
        if is_bare_batch_sum(f.metric):
            before = [b for k, b in batches if k < i]
            label = before[-1] if before else next(b for k, b in batches if k > i)
            out[i] = (replace(f, metric=label + f.metric.strip("“”")), replace(e, batch_named=True))
    return out


def unit_county(figure: Figure, unit: str | None, county: str | None) -> Figure:
    """A named unit's figure in a county's story lies in that county: 某某茶叶园区在济宁地区颇有名气，现有茶树种植
    面积900亩 frames the park's fame by the city, not its scope. A unit named after the city (济宁某某集团) may be
    the city's, and keeps the county read from its sentence.

    >>> [f.county for f in extract_figures("青禾生态茶叶园区在济宁地区颇有名气，现有茶树种植面积900多亩。", "金乡县")]
    ['金乡县']
    """
    if figure.county != CITY_WIDE or county in (None, CITY_WIDE) or not names_a_unit(unit):
        return figure
    return figure if (unit or "").startswith(read_words("city_names.txt")) else replace(figure, county=county)


_Read = tuple[Figure, FigureEvidence]


def of_unit(figure: Figure, unit: str | None, label: str | None, named_one: bool = False) -> Figure:
    """园区完成固定资产投资140亿元: a figure of a unit inside a county (see jdash.figure_subject) names the unit as
    its `subject`, and in its metric when the unit is printed opening the metric's clause (`label`: 园区完成固定资产
    投资); a metric that does not name the unit keeps no canonical metric, so it is never taken for the county's
    total (one that names it keeps its kind of measure; its confidence keeps it off cards either way). The one
    unit a bare 该项目 points back to (`named_one`) is written before any metric: 光伏发电项目占地面积.

    >>> [(f.metric, f.canonical_metric, f.subject) for f in extract_figures("1至7月，园区完成固定资产投资140亿元。")]
    [('园区完成固定资产投资', '固定资产投资', '园区')]
    >>> [(f.metric, f.canonical_metric) for f in extract_figures("园区新增企业3家，完成固定资产投资140亿元。")][1]
    ('固定资产投资', None)
    >>> [f.metric for f in extract_figures("宏达光伏发电项目开工。该项目占地面积600亩。")]
    ['宏达光伏发电项目占地面积']
    """
    named_unit = named_one or names_one_unit(unit) or bool(unit_group(unit or ""))
    if not unit or not figure.metric or not (figure.canonical_metric or named_unit):
        return figure
    printed = printed_with_metric(label, figure.metric) if label else figure.metric
    named = unit in printed or printed.startswith(unit[-2:])  # printed naming its unit: 园区完成固定资产投资
    metric = label_with_unit(printed, unit) if named_unit else printed  # 年产葡萄 → 某某合作社年产葡萄
    return replace(figure, metric=metric, canonical_metric=figure.canonical_metric if named else None,
                   subject=figure.subject or unit)


def printed_with_metric(label: str, metric: str) -> str:
    """A unit's printed label (园区完成固定资产投资) ending in the metric its figure was named after it was printed:
    the rate of 园区完成固定资产投资…、增长8% is 园区完成固定资产投资增速; the label as printed when it already ends in
    the metric, or shares no start of it.

    >>> printed_with_metric("园区完成固定资产投资", "固定资产投资增速"), printed_with_metric("园区完成投资", "完成投资")
    ('园区完成固定资产投资增速', '园区完成投资')
    """
    if label.endswith(metric):
        return label
    shared = overlap(label, metric)
    return label[: len(label) - shared] + metric if shared else label


_LISTED_PERIODS = re.compile(r"((?:[一二三四]、)+[一二三四])季度|((?:\d{1,2}、)+\d{1,2})月份?")


def _pair_periods_respectively(t: str, raws: list[Raw], figures: list[Figure], s: _Sentence) -> None:
    """一、二、三季度分别进出口177.9亿元、250.4亿元、339.3亿元: the periods listed before 分别 go, in order, to
    the figures of one kind printed after it, when there are as many of them as periods."""
    at = t.find("分别", s.lo, s.hi)
    listed = None
    for listed in _LISTED_PERIODS.finditer(t, s.clause_start(at), at) if at >= 0 else ():
        pass
    if listed is None:
        return
    ends = "季度" if listed.group(1) else "月"
    names = [item + ends for item in (listed.group(1) or listed.group(2)).split("、")]
    year = re.match(r"\d{4}年", t[max(s.lo, listed.start() - 5) : listed.start()][-5:])
    after = [i for i, raw in enumerate(raws) if raw.start > at]
    same = [i for i in after if figures[i].kind == figures[after[0]].kind] if after else []
    if len(same) == len(names):
        for i, name in zip(same, names):
            figures[i] = replace(figures[i], period=(year.group() if year else "") + name)


def _pair_years_respectively(t: str, raws: list[Raw], figures: list[Figure], s: _Sentence) -> None:
    """2019—2022年，全县粮食产量分别为6.1万吨、6.2万吨、6.4万吨和6.5万吨: the figures of one kind after each 分别 of
    the sentence that read a span of years take its years in order, one each (see years_of_span), when there are as
    many of them as years; otherwise the span stays theirs."""
    at = t.find("分别", s.lo, s.hi)
    while at >= 0:
        nxt = t.find("分别", at + 2, s.hi)
        group = [i for i, raw in enumerate(raws) if at < raw.start < (nxt if nxt >= 0 else s.hi)]
        same = [i for i in group if figures[i].kind == figures[group[0]].kind]
        years = years_of_span(figures[same[0]].period) if same else None
        if years and len(years) == len(same) and all(figures[i].period == figures[same[0]].period for i in same):
            for i, year in zip(same, years):
                figures[i] = replace(figures[i], period=year)
        at = nxt


def _pair_counties_respectively(t: str, raws: list[Raw], figures: list[Figure], s: _Sentence) -> None:
    """任城区、兖州区分别完成投资12亿元、8亿元: the counties listed before 分别 take, in order, the figures of one
    kind printed after it, when there are as many of them as counties."""
    at = t.find("分别", s.lo, s.hi)
    if at < 0:
        return
    lo = s.clause_start(at)
    listed = list(dict.fromkeys(name for pos, name in s.mentions if lo <= pos < at))
    after = [i for i, raw in enumerate(raws) if raw.start > at]
    if len(listed) < 2 or not after:
        return
    same = [i for i in after if figures[i].kind == figures[after[0]].kind]
    if len(same) == len(listed):
        for i, county in zip(same, listed):
            figures[i] = replace(figures[i], county=county)


def _same_fact(a: Figure, b: Figure) -> bool:
    """Two printings of one figure: value, unit, kind and county equal; the metrics equal or one ending the
    other (新开工项目 / 项目); the periods equal, or one of them not printed (a lead without its 今年以来)."""
    metrics_agree = a.metric == b.metric or bool(a.metric and b.metric and (a.metric.endswith(b.metric)
                                                                            or b.metric.endswith(a.metric)))
    return ((a.value, a.unit, a.kind, a.county) == (b.value, b.unit, b.kind, b.county) and metrics_agree
            and (a.period == b.period or not a.period or not b.period))


def _drop_repeats(read: list[_Read]) -> list[_Read]:
    """The same figure printed twice (a lead repeating the headline's 212个项目, a summary repeating a
    paragraph's figure) is kept once, as it is first printed; a figure that measures nothing is dropped."""
    out: list[_Read] = []
    by_value: dict[tuple, list[Figure]] = {}
    for f, e in read:
        seen = by_value.setdefault((f.value, f.unit), [])
        if not any(_same_fact(g, f) for g in seen):
            seen.append(f)
            out.append((f, e))
    return [(f, e) for f, e in out if measures_something(f)]


def _mark_restated(read: list[_Read]) -> list[_Read]:
    """总投资1488亿元 … 其中70个项目总投资908亿元: a later figure of the same canonical metric, kind, county and
    period as an earlier one of the article, with another value, is a part of it (a subset, one project) or
    another count of it; it is marked `restated` (never solid), the first stays. A unit's figure (园区…) is
    no rival of the county's.

    >>> [f.confidence for f in extract_figures("上半年，全县完成固定资产投资50亿元，全县完成固定资产投资30亿元。", "泗水县")]
    [1.0, 0.6]
    """
    first: dict[tuple, float] = {}
    out: list[_Read] = []
    for f, e in read:
        key = (f.canonical_metric, f.kind, f.county, f.period, f.base_unit)
        if f.canonical_metric and not e.sub_unit and first.setdefault(key, f.value) != f.value:
            e = replace(e, restated=True)
        out.append((f, e))
    return out


def _unit_about(about: str | None) -> str | None:
    """figure_subject.article_unit from what article_subject read (the county, '', is no unit), without reading the
    headline and the lead again."""
    return about or None


def extract_figures(text: str, county: str | None = None, *, city_event: bool = False, heading: str = "",
                    year: int | None = None) -> list[Figure]:
    """Every number with a unit in `text`, with what it measures. `county`: the article's county, used
    when the sentence names none (a sentence naming 全市/我市 gives "全市"). In an article about a
    county-level city (曲阜市) 全市 means that city, unless `city_event`: the article is Jining's own event
    held there (city leaders attend), where 全市 is Jining. `heading`: the headline and subheadline, where
    a batch label (2020年一季度集中开工) or the unit the article is about (某某开发区…) may be printed. `year`:
    the page's year, when known (an estimate of that year's result, or the year before, is no goal)."""
    t = prepare(text)
    raws = [r for r in read_figures(t) if is_a_figure(t, r)]
    if not raws:
        return []
    city_itself = speaks_as_city(county, t) and not city_event
    lead_end = _SENTENCE_END.search(t, 0, 400)
    batch = batch_label(heading + "\n" + t[: lead_end.start() if lead_end else 400])
    about = article_subject(heading, t)
    topic = _unit_about(about)
    thing = article_thing(heading, t)
    clauses = ClauseSubjects(t, periods=_opening_periods())
    paragraph_starts = [lo for lo, _ in _spans(t, _PARAGRAPH_END)]
    starts = [r.start for r in raws]
    read: list[_Read] = []
    para = _Paragraph()
    idx = 0
    named = _Named(holiday_named(heading), event=event_named(heading))
    scope = Scope(t, _whole_scope(), article=heading_batches(heading))
    for s_lo, s_hi in _spans(t, _SENTENCE_END):
        if idx == len(raws):
            break  # every figure is read: what the sentences after the last one carry goes to none
        p_lo = paragraph_starts[bisect_right(paragraph_starts, s_lo) - 1] if paragraph_starts else 0
        if p_lo != para.lo:
            para = _Paragraph(p_lo)
        first, idx = idx, bisect_left(starts, s_hi, lo=idx)
        in_sentence = [r for r in raws[first:idx] if r.start >= s_lo]
        s = _Sentence.scan(t, s_lo, s_hi, figures=bool(in_sentence))
        got: list[_Read] = []
        if in_sentence:
            walk = _Walk(t, s, _sentence_county(county, para, s), para.city_here(city_itself), clauses, batch=batch, joined=para.joined,
                         place=para.place, thing=para.thing, year=year, year_before=para.year, unit=topic, para_lo=para.lo, about=about,
                         counted=tuple(para.counted.items()), para_unit=para.unit(t, clauses),
                         one_thing=para.thing_here(thing, clauses))
            got = _sentence_figures(t, s, in_sentence, walk, para.period)
        got = scope.read(s_lo, s_hi, p_lo, in_sentence, named.periods(t, s, got))
        read.extend(got)
        found = [f for f, _ in got]
        para.after(t, s, found)
        para.opened.append((s_lo, s_hi))
        if found and found[-1].subject and walk.counted_places:
            para.place = walk.counted_places  # …25家景区共接待游客26万人次；实现营业收入… → 景区营业收入
    return [replace(f, confidence=figure_confidence(f, e)) for f, e in _mark_restated(_drop_repeats(read))]


@dataclass
class _Named:
    """What an article named before a sentence that periods of its figures may point back to: the holiday of its
    headline, the holiday named last, the day printed last, the event named last (see name_the_holiday,
    this_years_holiday, the_day_meant, name_the_event)."""

    headline_holiday: str | None
    holiday: str | None = None
    day: str | None = None
    event: str | None = None

    def __post_init__(self) -> None:
        self.holiday = self.headline_holiday

    def periods(self, t: str, s: _Sentence, read: list[_Read]) -> list[_Read]:
        """The sentence's figures with those periods named, then what the sentence names noted for later ones."""
        self.holiday = holiday_named(t[s.lo : s.hi], self.holiday)
        self.event = event_named(t[s.lo : s.hi], self.event)
        printed = {text for _, _, text in s.periods}
        out = [(_with_period(f, self._named(f.period, f.period in printed)), e) for f, e in read]
        self.day = next((text for _, _, text in reversed(s.periods) if a_day(text)), self.day)
        return out

    def _named(self, period: str | None, printed: bool) -> str | None:
        """The period named (a 今年 printed in the figure's own sentence is that year's, see this_years_holiday)."""
        period = name_the_event(the_day_meant(name_the_holiday(period, self.holiday), self.day), self.event)
        return period if printed else this_years_holiday(period, self.headline_holiday)


_FIELD_AFTER = re.compile(r"[\u4e00-\u9fff“”]{1,12}?中(?:成功|最终|一举)?(?:脱颖而出|胜出|选出|评选|遴选|筛选)")


def _with_period(f: Figure, period: str | None) -> Figure:
    """The figure with that period: itself when it has it already (most do; a copy costs a dataclass rebuilt)."""
    return f if period == f.period else replace(f, period=period)


def in_a_field(t: str, r: Raw) -> bool:
    """某景区从8家参评景区中脱颖而出: a count between 从 and 中 (then a verb of being picked) is the field the subject was
    picked from, no county's figure.

    >>> from jdash.figure_read import read_figures
    >>> [in_a_field(t, r) for t in ("某景区从8家参评景区中脱颖而出", "从3个方面入手，建成公园8处") for r in read_figures(t)][:2]
    [True, False]
    """
    return t.startswith("从", r.start - 1) and bool(_FIELD_AFTER.match(t, r.end))


def is_a_figure(t: str, r: Raw) -> bool:
    """Whether a number read with its unit is a figure: not a threshold (10亿元以上项目), a duration, part of a
    document's title (see in_a_title) or of a quoted term (inside_a_quoted_term), a ranking's places (see
    is_rank_move, is_rank_bound) nor a machine's rating (is_a_rating)."""
    return (not r.threshold and not is_duration(t, r) and not in_a_title(t, r.start) and not opens_a_quoted_name(t, r)
            and not is_rank_move(t, r) and not is_rank_bound(t, r) and not inside_a_quoted_term(t, r)
            and not is_a_rating(t, r) and not restates_a_milestone(t, r))


def restates_a_milestone(t: str, r: Raw) -> bool:
    """地区生产总值为520.3亿元，首次迈过500亿元大关: a round number before a milestone's word
    (data/milestone_words.txt) that a figure of the same unit printed before it in the sentence has crossed restates
    that figure, and is none of its own; the milestone alone (产量首次突破80亿斤大关) is kept, the only figure said.

    >>> from jdash.figure_read import read_figures
    >>> t = "全县生产总值520.3亿元，首次迈过500亿元大关。"
    >>> [restates_a_milestone(t, r) for r in read_figures(t)], [restates_a_milestone(u, r) for u in ("产量首次突破80亿斤大关",) for r in read_figures(u)]
    ([False, True], [False])
    """
    if not t.startswith(read_words("milestone_words.txt"), r.end):
        return False
    lo = max((t.rfind(end, 0, r.start) for end in "。！？；\n"), default=-1) + 1
    return any(f.unit == r.unit and f.value * f.scale >= r.value * r.scale for f in read_figures(t[lo : r.start]))


@lru_cache(maxsize=1)
def _rated_machine() -> re.Pattern[str]:
    return re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation_of(read_words('rated_machines.txt'))})")


def is_a_rating(t: str, r: Raw) -> bool:
    """车间里的1200吨液压机: tons glued before a machine's name (data/rated_machines.txt) rate the machine, a spec, no
    figure (年产5万吨饲料 is one).

    >>> from jdash.figure_read import read_figures
    >>> [is_a_rating(t, r) for t in ("车间投用1200吨电动压力机", "年产5万吨饲料") for r in read_figures(t)]
    [True, False]
    """
    return r.unit == "吨" and bool(_rated_machine().match(t, r.end))


_QUOTED_BEFORE = re.compile(r"“[\u4e00-\u9fff]{1,6}$")
_QUOTED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}”")


def inside_a_quoted_term(t: str, r: Raw) -> bool:
    """攻克“零下40℃耐寒性能”难题, 实施“双50万吨”项目: a number with words glued before it inside quotes is part of the
    quoted term (a technical problem, a project's nickname), nobody's figure; a figure quoted alone (营收“9000亿元”)
    or one the quote only follows is kept.

    >>> from jdash.figure_read import read_figures
    >>> [inside_a_quoted_term(t, r) for t in ("攻克“零下40℃耐寒性能”难题", "营收“9000亿元”") for r in read_figures(t)]
    [True, False]
    """
    return bool(_QUOTED_BEFORE.search(t, max(0, r.start - 7), r.start)) and bool(_QUOTED_AFTER.match(t, r.end))


_RANK_PLACES = ("位次", "名次")
_RANK_UNITS = ("名", "位")
_RANK_BOUND = re.compile(r"(?:位列|进入|跻身|位居|名列|居|排名|排在|列)(?:全国|全省|全市|全县|同类城市)?前$")


def is_rank_bound(t: str, r: Raw) -> bool:
    """位列前3名, 进入全省前10位: the first N places of a ranking bound where the county stands; no figure.

    >>> from jdash.figure_read import read_figures
    >>> [is_rank_bound(t, r) for t in ("位列全省前3名", "目前10名专家在岗") for r in read_figures(t)]
    [True, False]
    """
    return r.unit in _RANK_UNITS and bool(_RANK_BOUND.search(t, max(0, r.start - 8), r.start))


def is_rank_move(t: str, r: Raw) -> bool:
    """前进6个位次, 排名上升12位, 比上年前移8位: places moved in a ranking (a count of 位次 or 名次, or 位 right after a
    verb of moving up or down, data/rank_moves.txt) say where the county stands, not how much of anything it has:
    no figure (3位专家 is one).

    >>> from jdash.figure_read import read_figures
    >>> [is_rank_move(t, r) for t in ("前进6个位次", "排名上升12位", "新增3位专家") for r in read_figures(t)]
    [True, True, False]
    """
    if t.startswith(_RANK_PLACES, r.unit_end) or r.unit in _RANK_PLACES:
        return True
    return r.unit == "位" and t.endswith(read_words("rank_moves.txt"), 0, r.start - len(r.approx or ""))


_QUOTED_NAME_REST = re.compile(r"[\u4e00-\u9fff]{1,8}”")


def opens_a_quoted_name(t: str, r: Raw) -> bool:
    """向“9000亿方阵”迈进, “双20”: a number that opens a quoted name, the name's words closing the quote right after
    it, is part of the name (a club, a campaign), nobody's figure.

    >>> from jdash.figure_read import read_figures
    >>> [opens_a_quoted_name(t, r) for t in ("向“9000亿方阵”迈进", "营收“9000亿元”") for r in read_figures(t)]
    [True, False]
    """
    return r.start > 0 and t[r.start - 1] == "“" and bool(_QUOTED_NAME_REST.match(t, r.end))


def in_a_title(t: str, pos: int) -> bool:
    """某部发布《关于公布8家示范基地名单的通知》: a number inside the title of a document (between 《 and 》, within
    one line) is part of the title, nobody's figure.

    >>> in_a_title("某部发布《关于公布8家示范基地名单的通知》，某园区名列其中", 9), in_a_title("《规划》提出新建公园8处", 10)
    (True, False)
    """
    opened = t.rfind("《", max(0, pos - 60), pos)
    return opened >= 0 and t.find("》", opened, pos) < 0 and "\n" not in t[opened:pos] and t.find("》", pos, pos + 60) >= 0


def measures_something(figure: Figure) -> bool:
    """Whether a figure names what it measures: 营业收入5亿元 does; an amount or a count with no label at all
    (好的有3万多元, 3人入选…) does not, and is not emitted: nothing a reader can check or compare. A rate without
    one (力争增长5%至6%) is kept: it says at least that something changed by so much."""
    return bool(figure.metric) or figure.kind in ("rate", "share")


def _direction(t: str, raw: Raw, lo: int) -> str | None:
    """"rise" or "fall" when a change verb stands before a rate in its clause (同比分别下降7.1%和4.4%), or before
    the first of the rates listed with it (分别增长12.5%、36.2%、317.8%: the verb is the third's too).

    >>> [f.metric for f in extract_figures("营业收入、利润、税金分别增长12.5%、36.2%、317.8%。")]
    ['营业收入增速', '利润增速', '税金增速']
    """
    before = window_before(t, raw, lo, 12)
    best: tuple[int, int, str] | None = None
    for words, direction in ((read_words("rise_words.txt"), "rise"), (read_words("fall_words.txt"), "fall")):
        for w in words:
            k = before.rfind(w)
            if k >= 0 and (best is None or (k + len(w), len(w)) > best[:2]):
                best = (k + len(w), len(w), direction)
    return best[2] if best else None


_AGAINST_YEAR = re.compile(r"(?:比|较|与|恢复至|恢复到|相当于|达到)(\d{4}年)(?:同期)?(?:相比)?(的)?")
_CHANGE_TAIL = re.compile(r"(?:分别)?(?:增长|增加|下降|减少|提高|降低|上升|回落)了?(?:达|为)?")


def against_year(t: str, lo: int, pos: int) -> tuple[str, bool] | None:
    """(year, level) when a rate or share at `pos` is measured against a named past year, not the year before:
    比2019年增长15.98% → ('2019年', False), 恢复至2019年的88% → ('2019年', True); None for 同比增长8%.

    >>> against_year("营业收入比2019年增长15.98%", 0, 12), against_year("同比增长8%", 0, 4)
    (('2019年', False), None)
    """
    found = None
    for m in _AGAINST_YEAR.finditer(t, max(lo, pos - 18), pos):
        found = m
    if found is None:
        return None
    if found.group(2):
        return (found.group(1), True) if found.end() == pos else None
    tail = _CHANGE_TAIL.fullmatch(t, found.end(), pos)
    return (found.group(1), False) if tail else None


def _name_against_years(t: str, raws: list[Raw], figures: list[Figure], s: _Sentence) -> None:
    """营业收入比2019年增长15.98% is 营业收入较2019年增速, 恢复至2019年的88% is 接待人次与2019年之比: a change or
    level against a named past year is no year-on-year rate, so it keeps no canonical metric."""
    for k, raw in enumerate(raws):
        fig = figures[k]
        if fig.kind not in ("rate", "share") or raw.unit != "%" or not fig.metric:
            continue
        lo = s.clause_start(raw.start)
        against = against_year(t, lo, raw.start - len(raw.approx or ""))
        if against is None:
            continue
        year, level = against
        base = next((fig.metric[: -len(w)] for w in _RATE_ENDINGS if fig.metric.endswith(w)), fig.metric)
        direction = None if level else _direction(t, raw, lo)
        name = f"{base}与{year}之比" if level else f"{base}较{year}{_RATE_SUFFIX.get(direction or 'rise')}"
        figures[k] = replace(fig, metric=name, canonical_metric=None, kind="share" if level else "rate")


_GROWN_TO = re.compile(r"(?:增长|增加|提高|提升|扩大|发展|上升|跃升|下降|减少|降低|缩减)(?:到|至)")


def is_starting_level(t: str, r: Raw) -> bool:
    """近年来，产量由2.4万吨增长到3.1万吨: the number after 由 (从) that a quantity grew or fell from is where it stood
    before the period printed, so it takes none (the number it reached keeps it).

    >>> from jdash.figure_read import read_figures
    >>> [is_starting_level(t, r) for t in ("产量由2.4万吨增长到3.1万吨",) for r in read_figures(t)]
    [True, False]
    """
    return t.startswith(("由", "从"), r.start - 1) and _GROWN_TO.match(t, r.end) is not None


_CHANGE_OF_THE_ONE_BEFORE = re.compile(r"(?:比|较)(?:上年|去年)(?:同期)?" + _CHANGE_TAIL.pattern)


def changes_the_one_before(t: str, lo: int, pos: int) -> bool:
    """Whether the clause t[lo:pos] only says how much the figure before it changed against the year before (全年引进
    技工58人，比上年增加17人): the change is of that figure's period, whatever was carried to the sentence.

    >>> changes_the_one_before("比上年增加17人", 0, 5), changes_the_one_before("全县新增企业21家", 0, 6)
    (True, False)
    """
    return _CHANGE_OF_THE_ONE_BEFORE.fullmatch(t, lo, pos) is not None


def _changes_take_their_amounts_period(t: str, raws: list[Raw], figures: list[Figure], s: _Sentence) -> None:
    """A change against the year before, in the unit of the figure before it (see changes_the_one_before), takes that
    figure's period."""
    for k in range(1, len(raws)):
        at = raws[k].start - len(raws[k].approx or "")
        if raws[k].unit == raws[k - 1].unit and changes_the_one_before(t, s.clause_start(raws[k].start), at):
            figures[k] = replace(figures[k], period=figures[k - 1].period)


def _name_changes(t: str, raws: list[Raw], figures: list[Figure], s: _Sentence) -> None:
    """A growth or decline rate measures the change of an amount, not the amount: 地区生产总值同比增长6.1%
    is 地区生产总值增速, 平均浓度同比下降4% is 平均浓度降幅; a share of a whole is 出口额占比 (or 比重 when
    printed so). The canonical metric stays the amount's, so a rate and its amount still group together
    (kind tells them apart)."""
    for k, raw in enumerate(raws):
        fig = figures[k]
        if fig.kind == "share" and fig.metric and not fig.metric.endswith(_SHARE_ENDINGS):
            # 出口额占外贸出口总额的60%: a share of a whole is named after its part (出口额占比)
            of = t.rfind("占", max(s.clause_start(raw.start), raw.start - 40), raw.start)
            if of >= 0 and not t.startswith("占比", of):
                suffix = "比重" if "比重" in t[of : raw.start] else "占比"
                figures[k] = replace(fig, metric=fig.metric + suffix)
            continue
        if fig.kind != "rate" or raw.unit not in ("%", "倍") or not fig.metric or fig.metric.endswith(_RATE_ENDINGS):
            continue
        lo = max(s.clause_start(raw.start), raw.start - 60)
        named = t.rfind(fig.metric, lo, raw.start)
        # 平均降价超过40%, 用水减量约10%: the change word is the metric's own, look only after it
        own_change = any(w in fig.metric for w in change_words())
        direction = _direction(t, raw, named + len(fig.metric) if named >= 0 and own_change else lo)
        if direction:
            figures[k] = replace(fig, metric=fig.metric + _RATE_SUFFIX[direction])


def _listed_measures(t: str, lo: int, hi: int, n: int) -> list[str] | None:
    """The n measures listed before 分别 when no amounts are printed (火灾起数、受伤人数同比分别下降…):
    the clause before 分别 split at 、 (else at 和/及), each part without its determiners (各类, 全市)."""
    clause = re.sub(r"(?:同比|环比|比上年|比去年|较上年|较去年)(?:同期)?$", "", t[lo:hi])
    for sep in ("、", "和|及"):
        parts = [p for p in re.split(sep, clause) if p]
        if len(parts) != n:
            continue
        out = []
        for part in parts:
            tags = pos_tags(part)
            i = 0
            while i < len(tags) and (tags[i][1] in _FUNCTION_FLAGS or tags[i][1] == "ns" or tags[i][0] in read_words("figure_skip_words.txt")):
                i += 1
            phrase = "".join(w for w, _ in tags[i:])
            if len(phrase) < 2 or len(phrase) > 12:
                return None
            out.append(phrase)
        return out
    return None


def rate_measure_before(t: str, lo: int, pos: int) -> str | None:
    """工业项目8个、农业项目4个，完成率分别为160%、150%: a measure printed in 分别's own clause (完成率) is what
    the rates measure; the figures before are their subjects, not their metric."""
    phrase = noun_tail(t[lo:pos]) if pos > lo else None
    return phrase if phrase and phrase.endswith(_SHARE_ENDINGS + _RATE_ENDINGS) else None


def _pair_with_amounts(own: str | None, rate: Figure, src: Figure) -> Figure:
    """A rate after 分别 paired with the amount `src` printed before: named after it, or after the
    measure printed in 分别's clause (`own`, 完成率) with `src`'s label as its subject."""
    if not own:
        return replace(rate, metric=src.metric, canonical_metric=src.canonical_metric)
    known = _canonical(own)
    return replace(rate, metric=own, canonical_metric=known.canonical if known else None, subject=src.metric)


def _pair_respectively(t: str, raws: list[Raw], figures: list[Figure], s: _Sentence) -> None:
    """分别增长11.5%和9.8%: the rates after 分别 belong, in order, to the figures printed before it, or,
    when no amounts are printed, to the measures listed before it (火灾起数、受伤人数同比分别下降8.5%和6.2%)."""
    n = len(raws)
    sentence_figs = figures
    for k, raw in enumerate(raws):
        pos = t.rfind("分别", max(0, raw.start - 12), raw.start)
        if pos < 0 or sentence_figs[k].kind not in ("rate", "share"):
            continue
        rates = [i for i in range(k, n) if raws[i].start > pos and sentence_figs[i].kind in ("rate", "share")]
        before = [i for i in range(k) if raws[i].end <= pos and sentence_figs[i].kind not in ("rate", "share")]
        if len(rates) >= 2 and len(before) >= len(rates):
            own = rate_measure_before(t, max(s.clause_start(pos), raws[before[-1]].end), pos)
            for r, b in zip(rates, before[-len(rates) :]):
                sentence_figs[r] = _pair_with_amounts(own, sentence_figs[r], sentence_figs[b])
        elif len(rates) >= 2 and not before:
            _pair_with_listed(t, max(s.clause_start(pos), raws[k - 1].end if k else s.lo), pos, rates, sentence_figs)
        break


def _pair_with_listed(t: str, lo: int, pos: int, rates: list[int], figures: list[Figure]) -> None:
    """火灾起数、受伤人数同比分别下降8.5%和6.2%: the rates after 分别 take the measures listed before it; when none
    are listed there (电子设备制造业、焦化…增势较好，增加值分别增长115.9%、49.2%), they are rates of things listed
    elsewhere, comparable with nothing (no canonical metric)."""
    listed = _listed_measures(t, lo, pos, len(rates))
    for r, phrase in zip(rates, listed or ()):
        metric = _canonical(phrase)
        figures[r] = replace(figures[r], metric=phrase, canonical_metric=metric.canonical if metric else None)
    if listed is None:
        for r in rates:
            figures[r] = replace(figures[r], canonical_metric=None)


def printed_class(t: str, raw: Raw, metric: str) -> str:
    """The class a count's label names as printed right after the count, without the act the label writes before it
    (搬迁滩区村庄 of 搬迁滩区18个村庄 → 村庄: figure_metric.act_on_counted, is_count_act); the label itself when it is
    printed so, or no part of it is.

    >>> from jdash.figure_read import read_figures
    >>> printed_class("共搬迁滩区18个村庄", read_figures("共搬迁滩区18个村庄")[0], "搬迁滩区村庄")
    '村庄'
    """
    if t.startswith(metric, raw.end):
        return metric
    k = next((k for k in range(1, len(metric) - 1) if t.startswith(metric[k:], raw.end)), 0)
    return metric[k:] if k and is_count_act(metric[:k]) and t.endswith(metric[:k], 0, raw.start) else metric


def _own_subject(t: str, raw: Raw, metric: str, lo: int) -> str | None:
    """The printed span naming what a count counts: 44家助企攀登企业, or 重大项目11个."""
    if t.startswith(metric, raw.end):
        return t[raw.start : raw.end + len(metric)]
    k = t.rfind(metric, lo, raw.start)
    return t[k : raw.end] if k >= 0 else None


