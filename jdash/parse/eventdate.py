"""The event date a news article gives: its dateline's, else the first date in its lead tied to the
event (issue 10: `……硬支撑。2月14日，…`, `勇担新使命。1月5日上午，…` are the event's). Each rule below
reads one way of giving it; `EVENT_DATE_RULES` is their ordered list, the first that answers wins.

Dates of other things are not the event's: a rule in force from a day, a deadline, a count up to a day,
a campaign's span, and a later sentence's date when the lead has already given the event another time
(`近日，…。3月1日，…`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from jdash.datafiles import alternation_of, read_keyed_words, read_words


if TYPE_CHECKING:
    from jdash.parse.blocks import Block

# Not the date of something else: a rule in force from a day (5月1日起), a deadline (6月30日前), a
# count up to a day (截至6月30日), a campaign's span (3月1日至6月30日).
# A span of a few days (5月8日至9日, 12月4日至12月6日, 11月30日至12月2日) is the event's; a longer one
# (3月1日至6月30日) is a campaign's (`short_span`).
# A day is printed `6日` or, less formally, `6号` (9月6号至7号).
DAY = r"(?:日|号)"
_DASH = r"(?:至|到|—|–|-|－|~|～)"
# The day a date starts on: `20日`, or `20` opening a span printed with one 日 (`5月20—21日`, `5月20至21日`).
_FIRST_DAY = rf"(?P<day>\d{{1,2}})(?:\s*{DAY}|(?=\s*{_DASH}\s*\d{{1,2}}\s*{DAY}))"
_NOT_AN_EVENT_AFTER = rf"(?!起|前|以来|以前|之前|后|止|{_DASH}(?!\d{{1,2}}{DAY}|\d{{1,2}}月\d{{1,2}}{DAY}))"
_SPAN_END_RE = re.compile(rf"\s*{_DASH}\s*(?:(?P<month>\d{{1,2}})\s*月\s*)?(?P<day>\d{{1,2}})\s*{DAY}")
SHORT_SPAN_DAYS = 7  # an event's span of days: a week at most


def short_span(body: str, end: int, month: int, day: int) -> bool:
    """Whether the date ending at `end` is no span or a span of at most SHORT_SPAN_DAYS days.

    >>> short_span("12月4日至12月6日", 5, 12, 4), short_span("3月1日至6月30日", 4, 3, 1), short_span("5月20—21日", 4, 5, 20)
    (True, False, True)
    """
    m = _SPAN_END_RE.match(body, end)
    if not m:
        return True
    to_month, to_day = int(m.group("month") or month), int(m.group("day"))
    days = (to_month - month) % 12 * 31 + to_day - day  # months counted as 31 days: a bound, not a count
    return 0 <= days <= SHORT_SPAN_DAYS
MONTH_DAY_START_RE = re.compile(rf"^(?:(?P<year>\d{{4}})\s*年\s*)?(?P<month>\d{{1,2}})\s*月\s*{_FIRST_DAY}"
                                + _NOT_AN_EVENT_AFTER)
# A date inside the lead sentence: 为…，3月17日上午，…会议召开.
MONTH_DAY_LEAD_RE = re.compile(rf"^[^。！？]{{0,60}}?(?<![\d年至到止从自])(?P<month>\d{{1,2}})月{_FIRST_DAY}"
                               + _NOT_AN_EVENT_AFTER)
# A date opening a later sentence of the lead, then the time of day and a comma: ……硬支撑。2月14日上午，
# (its year printed too: 仲夏六月，水美虾肥。2022年6月18日，…开幕).
# A time of day, and a clock time after it (上午9时, 晚7点30分, 10时许).
_TIME_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|凌晨|早上|清晨|傍晚|晚)?(?:\d{1,2}(?:时|点)(?:\d{1,2}分|半)?许?)?"
# It may open a span of days (`6月12日至13日，`: `short_span` tells an event's from a campaign's).
_SPAN_ON = rf"(?:\s*{_DASH}\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*{DAY})?"
_SENTENCE_DATE_RE = re.compile(rf"[。！？”]\s*(?:(?P<year>(?:19|20)\d{{2}})\s*年\s*)?(?P<month>\d{{1,2}})月(?P<first>{_FIRST_DAY})"
                               rf"{_SPAN_ON}{_TIME_OF_DAY}\s*[，,]")
# A date opening a clause of the lead, then the time of day and a comma: 为展示…成果，9月22日上午，…开幕.
_CLAUSE_DATE_RE = re.compile(rf"[，,]\s*(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}}){DAY}{_TIME_OF_DAY}\s*[，,]")


@lru_cache(maxsize=1)
def _other_time_re() -> re.Pattern[str]:
    """Words that tie the lead's event to another time than a later sentence's date (近日，…。3月1日，…;
    这几天，…。4月7日，…): jdash/data/recent_days_words.txt and other_time_words.txt."""
    return re.compile(alternation_of({*read_words("recent_days_words.txt"), *read_words("other_time_words.txt")}))


# A quotation in the lead: a speaker's words (“…”), whose time words tie the event to no time.
_QUOTATION_RE = re.compile(r"“[^“”]*”")


@lru_cache(maxsize=1)
def _year_framed_re() -> re.Pattern[str]:
    """`今年是`, `今年恰逢`: 今年 framing the year itself (jdash/data/year_frame_words.txt)."""
    return re.compile(rf"今年(?:{alternation_of(read_words('year_frame_words.txt'))})")


def another_time_before(lead: str, end: int) -> bool:
    """Whether the lead before `end` ties its event to another time than a date at `end` (`近日，…。3月1日，`);
    a sentence framing the year (`今年是…关键之年。2月23日，大会开幕`) does not: it says what year it is, not
    when the event was.

    Words inside a quotation are the speaker's (`“今年的桃子真甜！”6月3日上午，…`): they tie the event to no time.

    >>> another_time_before("近日，全县召开大会。3月1日，", 10), another_time_before("今年是开局之年。2月23日，", 8)
    (True, False)
    >>> another_time_before("“今年的桃子真甜！”6月3日上午，", 10)
    False
    """
    framed = {m.start() for m in _year_framed_re().finditer(lead, 0, end)}
    quoted = [(m.start(), m.end()) for m in _QUOTATION_RE.finditer(lead)]
    return any(m.start() not in framed and not any(a <= m.start() < b for a, b in quoted)
               for m in _other_time_re().finditer(lead, 0, end))


@lru_cache(maxsize=1)
def _days_before() -> dict[str, int]:
    """Each word that puts a lead's event days before its dateline's date, and how many (昨天 1, 前天 2:
    jdash/data/days_before_words.txt)."""
    return {word: int(days) for days, said in read_keyed_words("days_before_words.txt").items() for word in said}


_PRINTED_DAY = rf"\s*[（(]\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*{DAY}\s*[）)]"


@lru_cache(maxsize=1)
def _days_before_re() -> re.Pattern[str]:
    """The lead opening with a day before its dateline's: 本报济宁5月7日讯 昨天，… (the 6th); not when the day is
    printed with it (昨日（4月9日），…: that date is the event's already)."""
    return re.compile(rf"^(?:记者)?(?P<word>{alternation_of(_days_before())})(?!{_PRINTED_DAY})")


@lru_cache(maxsize=1)
def _relative_with_date_re() -> re.Pattern[str]:
    """A relative day printed with its date right after the credits: 昨日（4月9日），…"""
    return re.compile(rf"^(?:记者)?(?:{alternation_of({*_days_before(), '今天', '今日'})}){_PRINTED_DAY}")


MonthDay = tuple[int, int]


def from_dateline(start: Block | None, body: str) -> MonthDay | None:
    """`本报济宁5月7日讯`: the dateline's own date."""
    return (start.month, start.day) if start is not None and start.month and start.day else None


def opening_the_lead(start: Block, body: str) -> MonthDay | None:
    """`本报济宁讯（记者 …）3月19日，…`: the date the lead opens with."""
    m = MONTH_DAY_START_RE.match(body)
    return _short_span_date(body, m)


def a_relative_day_with_its_date(start: Block, body: str) -> MonthDay | None:
    """`本报鱼台讯 昨日（2月14日），…`: the lead opens with a relative day and prints its date.

    >>> a_relative_day_with_its_date(None, "昨日（2月14日），全县召开大会。")
    (2, 14)
    """
    m = _relative_with_date_re().match(body)
    return (int(m.group("month")), int(m.group("day"))) if m else None


ATTRIBUTION_RE = re.compile(r"据[^，。！？；]{1,20}?(?:报道|消息|介绍|了解|获悉)[，,]\s*")  # 据某某发布报道，: the lead's source
_ATTRIBUTED_DATE_RE = re.compile(ATTRIBUTION_RE.pattern + r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号]")


def after_an_attribution(start: Block, body: str) -> MonthDay | None:
    """`本报邹城讯 据某某新闻报道，2019年4月16日下午，…`: a lead that opens by naming its source (据…报道, 据…消息) and
    then a date: the date is the event's, its year too when printed (`attributed_year`).

    >>> after_an_attribution(None, "据某某新闻报道，2019年4月16日下午，市长到企业调研。"), after_an_attribution(None, "据了解，项目进展顺利。")
    ((4, 16), None)
    """
    m = _ATTRIBUTED_DATE_RE.match(body)
    return _short_span_date(body, m)


def attributed_year(body: str) -> int | None:
    """The year printed with the date `after_an_attribution` reads.

    >>> attributed_year("据某某新闻报道，2019年4月16日下午，市长到企业调研。")
    2019
    """
    m = _ATTRIBUTED_DATE_RE.match(body)
    return int(m.group("year")) if m and m.group("year") else None


def _short_span_date(body: str, m: re.Match[str] | None) -> MonthDay | None:
    """The month and day `m` read, unless they open a span longer than an event's, or a day still to come
    (`still_to_come`)."""
    if not m:
        return None
    month, day = int(m.group("month")), int(m.group("day"))
    return (month, day) if short_span(body, m.end(), month, day) and not still_to_come(body, m.end()) else None


@lru_cache(maxsize=1)
def _to_come_re() -> re.Pattern[str]:
    """Words of a thing still to come (jdash/data/future_words.txt)."""
    return re.compile(alternation_of(read_words("future_words.txt")))


@lru_cache(maxsize=1)
def _held_re() -> re.Pattern[str]:
    """Verbs of a thing held (jdash/data/event_verbs.txt, held_verbs.txt), not the name of its ceremony
    (开幕式, 签约仪式)."""
    words = alternation_of({*read_words("event_verbs.txt"), *read_words("held_verbs.txt")})
    return re.compile(rf"(?:{words})(?!式|仪式)")


def still_to_come(body: str, end: int) -> bool:
    """Whether the sentence a date ends at `end` in tells of its day as still to come: a word of the future
    before any verb of a thing held (`4月20日上午，开幕式将在县体育馆举行`: a preview's coming day, not
    the day of the news; `3月5日，全县召开大会，将于5月…` was held).

    >>> still_to_come("4月20日上午，开幕式将在县体育馆举行。", 5), still_to_come("3月5日，全县召开大会，将于5月验收。", 4)
    (True, False)
    """
    stop = min((i for i in (body.find(c, end) for c in "。！？") if i >= 0), default=len(body))
    future, held = _to_come_re().search(body, end, stop), _held_re().search(body, end, stop)
    if future is None or told_done(body, end, future.start()):
        return False
    return held is None or future.start() < held.start()


# A verb's 了 of a thing done (迎来了, 建成了); not 为了, 除了, 了解, 了不起, 受不了.
_DONE_RE = re.compile(r"(?<![为除不])了(?![解不])")


def told_done(body: str, start: int, end: int) -> bool:
    """Whether the words between a date and a later word of the future tell of a thing already done: the
    date is that thing's day (`3月5日，景区迎来了首批游客，赏花节即将开幕`: the visitors came on 3月5日).

    >>> told_done("3月5日，景区迎来了首批游客，赏花节即将开幕。", 4, 18), told_done("3月5日，为了迎接游客，景区即将开放。", 4, 14)
    (True, False)
    """
    return _DONE_RE.search(body, start, end) is not None


_SET_FOR_A_DAY = ("将于", "将在", "拟于", "定于", "计划于", "预计于")  # a day set for a thing to come (将于4月3日开幕)


@lru_cache(maxsize=1)
def _not_the_events_before_re() -> re.Pattern[str]:
    """Before a date in the lead's first sentence: the event's time said otherwise, on recent days
    (近日获悉，…: jdash/data/recent_days_words.txt), or the date still to come (将于4月3日开幕)."""
    return re.compile(alternation_of({*read_words("recent_days_words.txt"), *_SET_FOR_A_DAY}))


def in_the_first_sentence(body: str) -> MonthDay | None:
    """`为推进…，3月17日上午，…` or `树影斑驳，7月27日正午，…`: a date inside the lead's first sentence;
    not after `近日` or `将于` (`近日获悉，…桃花节将于4月3日开幕`: a day to come, the news of some day past).

    >>> in_the_first_sentence("春风拂面，4月2日上午，推进会召开。"), in_the_first_sentence("近日获悉，桃花节将于4月3日开幕。")
    ((4, 2), None)
    """
    m = MONTH_DAY_LEAD_RE.match(body)
    if m and _not_the_events_before_re().search(body, 0, m.start("month")):
        return None
    return _short_span_date(body, m)


def opening_a_lead_sentence(body: str) -> MonthDay | None:
    """`……为发展提供硬支撑。2月14日，…`: a date opening a later sentence of the lead paragraph,
    when nothing before it in the lead gives another time (`近日，…。3月1日，` is not the event's)."""
    m = _lead_sentence_date(body)
    return (int(m.group("month")), int(m.group("day"))) if m else None


def _lead_sentence_date(body: str) -> re.Match[str] | None:
    """The date `opening_a_lead_sentence` reads, as matched (its year, month and day)."""
    lead = body.split("\n\n", 1)[0]
    m = _first_short(_SENTENCE_DATE_RE, lead)
    return None if not m or another_time_before(lead, m.start()) or still_to_come(lead, m.end()) else m


def _first_short(pattern: re.Pattern[str], lead: str) -> re.Match[str] | None:
    """The first date `pattern` finds in the lead that is no span longer than an event's (`short_span`): a
    campaign's `3月1日至6月30日，` is passed over as if not printed.

    >>> _first_short(_SENTENCE_DATE_RE, "春回大地。3月1日至6月30日，全县开展检查。6月12日至13日，观摩会举行。").group("month", "day")
    ('6', '12')
    """
    return next((m for m in pattern.finditer(lead)
                 if short_span(lead, m.end("first"), int(m.group("month")), int(m.group("day")))), None)


@lru_cache(maxsize=1)
def _dated_verb_re() -> re.Pattern[str]:
    """A date then, at most a time of day and a place, a verb of a thing held (jdash/data/event_verbs.txt)."""
    verbs = alternation_of(read_words("event_verbs.txt"))
    return re.compile(rf"(?<![\d年至到止从自])(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}}){DAY}"
                      rf"(?:上午|下午|中午|晚上|晚间|晚)?(?:在[^，。！？；]{{1,15}}?)?(?:{verbs})(?!式|仪式)")


def a_date_the_lead_holds_on(body: str) -> MonthDay | None:
    """`春风送暖。一年一度的花会3月8日开幕，…`: a date in the lead paragraph followed at once by a verb of a
    thing held (开幕, 举行, 召开 …; after a time of day or a place at most) is the event's day, when nothing before it
    in the lead gives another time and the sentence does not tell of it as still to come (`将于3月8日开幕`).

    >>> a_date_the_lead_holds_on("春风送暖。一年一度的花会3月8日开幕，游人如织。"), a_date_the_lead_holds_on("近日获悉，花会将于3月8日开幕。")
    ((3, 8), None)
    """
    lead = body.split("\n\n", 1)[0]
    m = _dated_verb_re().search(lead)
    if not m or another_time_before(lead, m.start()) or _not_the_events_before_re().search(lead, 0, m.start()):
        return None
    return (int(m.group("month")), int(m.group("day")))


def a_clause_date_in_the_lead(body: str) -> MonthDay | None:
    """`初秋时节，瓜果满园。为展示丰收成果，9月22日上午，丰收节开幕。`: a date opening a clause of the lead, set off
    by commas (a time of day at most after it), is the event's day when nothing before it in the lead gives
    another time or a day to come (`近日`, `将于`) and its sentence does not tell of it as still to come.

    >>> a_clause_date_in_the_lead("初秋时节，瓜果满园。为展示丰收成果，9月22日上午，丰收节开幕。"), a_clause_date_in_the_lead("近日，记者获悉，3月1日，新规施行。")
    ((9, 22), None)
    """
    lead = body.split("\n\n", 1)[0]
    m = _CLAUSE_DATE_RE.search(lead)
    if not m or another_time_before(lead, m.start()) or _not_the_events_before_re().search(lead, 0, m.start()) \
            or still_to_come(lead, m.end()):
        return None
    return (int(m.group("month")), int(m.group("day")))


def later_in_the_lead(start: Block, body: str) -> MonthDay | None:
    """`奋进新征程，勇担新使命。1月5日上午，…会议召开。`: the first date later in the lead tied to the
    event (`LEAD_DATE_RULES`), when nothing before it gave the event's date.

    >>> later_in_the_lead(None, "凝心聚力，提供硬支撑。2月14日，全县推进会召开。")
    (2, 14)
    """
    return lead_date(body)


ISSUE_MONTH = 0  # the month of a day printed without one: the issue's, or the month before (jdash.dates)
# A day printed without its month opening the lead, then a time of day at most and a comma (`5日上午，…`).
_BARE_DAY_RE = re.compile(rf"^(?:记者)?(?P<day>\d{{1,2}})\s*{DAY}{_NOT_AN_EVENT_AFTER}{_TIME_OF_DAY}\s*[，,]")


def a_bare_day_opening_the_lead(start: Block | None, body: str) -> MonthDay | None:
    """`本报讯（记者 张三）5日上午，…`: a day the lead opens with, its month left to the reader: the issue's, or the
    month before when the day is later than the issue's (`ISSUE_MONTH`: `jdash.dates` places it); not a day a
    rule takes effect from (`5日起，…`).

    >>> a_bare_day_opening_the_lead(None, "5日上午，全县召开大会。"), a_bare_day_opening_the_lead(None, "5日起，新规施行。")
    ((0, 5), None)
    """
    m = _BARE_DAY_RE.match(body)
    return (ISSUE_MONTH, int(m.group("day"))) if m else None


EVENT_DATE_RULES: tuple[Callable[[Block, str], MonthDay | None], ...] = (
    from_dateline, opening_the_lead, a_relative_day_with_its_date, after_an_attribution, a_bare_day_opening_the_lead,
    later_in_the_lead)
# Dates later in the lead: the event's when nothing earlier answered, and evidence of the issue date.
LEAD_DATE_RULES: tuple[Callable[[str], MonthDay | None], ...] = (in_the_first_sentence, opening_a_lead_sentence,
                                                                 a_date_the_lead_holds_on, a_clause_date_in_the_lead)


def reported_feature(start: Block) -> bool:
    """A feature opened by its reporters' byline (`■本报记者 张三 李四`): its lead dates the scene it tells
    (`3月8日，天刚亮。…`, `春日的省城。4月20日上午，推介会举行`) as a dateline's lead does; a signed
    commentary's or an editorial's byline does not.

    >>> from jdash.parse.blocks import Block
    >>> reported_feature(Block("byline", "■本报记者 张三", byline_kind="reporter")), reported_feature(Block("byline", "■李四", byline_kind="signed"))
    (True, False)
    """
    return start.kind == "byline" and start.byline_kind == "reporter"


@lru_cache(maxsize=1)
def _reportage_re() -> re.Pattern[str]:
    """A heading closed by a reportage's genre word (jdash/data/reportage_words.txt)."""
    return re.compile(rf"(?:{alternation_of(read_words('reportage_words.txt'))})$")


def uncredited_reportage(start: Block | None, headings: tuple[str | None, ...]) -> bool:
    """A reportage printed with no dateline and no byline (`某书记在某村蹲点调研纪实` over `仲夏时节，…。6月12日至13日，
    市委书记来到…`): its headline or subheadline closes with a genre word of an event told as seen
    (jdash/data/reportage_words.txt: 纪实, 侧记, 见闻 …), and its lead dates the scene as a reported feature's does;
    a summary's (`…工作综述`) does not.

    >>> uncredited_reportage(None, ("某书记在某村蹲点调研纪实", None)), uncredited_reportage(None, ("某县今年工作综述", None))
    (True, False)
    """
    return start is None and any(_reportage_re().search(re.sub(r"\s+", "", h or "")) for h in headings)


def event_date(start: Block | None, body: str, headings: tuple[str | None, ...] = ()) -> str | None:
    """The event date of a datelined article (or a reported feature's, or an uncredited reportage's: its `headings`
    tell) as ISO 8601's year-less `--MM-DD` (the year is not known here: `jdash.dates` resolves it page-wide), the
    day alone `---DD` when the lead prints no month (`5日上午，…`), or the full date when the lead prints its year
    (`2018年5月21日，…`), by the first of `EVENT_DATE_RULES` that answers."""
    dated = start is not None and (start.kind == "dateline" or reported_feature(start))
    if not (dated or uncredited_reportage(start, headings)):
        return None
    for rule in EVENT_DATE_RULES:
        if found := rule(start, body):
            month, day = found
            if not (ISSUE_MONTH <= month <= 12 and 1 <= day <= 31):
                return None
            if month == ISSUE_MONTH:
                return f"---{day:02d}"  # ISO 8601's day alone: the issue's date places it
            year = _year_printed_by(rule, body)
            return f"{year or '-'}-{month:02d}-{day:02d}"
    return None


def _year_printed_by(rule: Callable[[Block, str], MonthDay | None], body: str) -> int | None:
    """The year printed with the date `rule` read, when that rule reads one (`_YEAR_OF_RULE`)."""
    year_of = _YEAR_OF_RULE.get(rule)
    return year_of(body) if year_of else None


def printed_year(body: str) -> int | None:
    """The year a lead's opening date prints (`2018年5月21日，…`): the event's own, whatever the page's.

    >>> printed_year("2018年5月21日，武氏祠景区项目奠基。"), printed_year("5月21日，项目奠基。")
    (2018, None)
    """
    m = MONTH_DAY_START_RE.match(body)
    return int(m.group("year")) if m and m.group("year") else None


def lead_year(body: str) -> int | None:
    """The year printed with the date `lead_date` reads, when it opens a later sentence of the lead: the
    event's own, whatever the page's.

    >>> lead_year("仲夏六月，水美虾肥。2022年6月18日，龙虾节开幕。"), lead_year("凝心聚力。2月14日，推进会召开。")
    (2022, None)
    """
    if in_the_first_sentence(body):
        return None
    m = _lead_sentence_date(body)
    return int(m.group("year")) if m and m.group("year") else None


def lead_date(body: str) -> MonthDay | None:
    """A date later in the lead (`LEAD_DATE_RULES`): the event's when the lead gave no earlier one, and
    the page was printed on or after it.

    >>> lead_date("树影斑驳，7月27日正午，记者来到合作社。"), lead_date("近日，全县召开大会。")
    ((7, 27), None)
    """
    for rule in LEAD_DATE_RULES:
        if (found := rule(body)) and 1 <= found[0] <= 12 and 1 <= found[1] <= 31:
            return found
    return None


# The rules whose date may print its year, and how to read it: the lead's opening date, a date after an
# attribution, a later sentence's date.
_YEAR_OF_RULE: dict[Callable[[Block, str], MonthDay | None], Callable[[str], int | None]] = {
    opening_the_lead: printed_year, after_an_attribution: attributed_year, later_in_the_lead: lead_year}


def days_before_dateline(body: str) -> int:
    """How many days before its dateline's date the lead puts the event: `昨天，…` (`昨晚`) 1, `前天` 2, else 0.

    >>> days_before_dateline("昨天，全县召开大会。"), days_before_dateline("昨日（2月14日），全县召开大会。")
    (1, 0)
    >>> days_before_dateline("昨晚，全县召开大会。"), days_before_dateline("前晚，全县召开大会。")
    (1, 2)
    """
    m = _days_before_re().match(body)
    return _days_before()[m.group("word")] if m else 0
