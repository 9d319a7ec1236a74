"""Cues a page gives about its own year, each read as a piece of evidence.

A cue says the page's year is `=`, `>=` or `<=` some year, with a weight (how often a cue of its kind
is read right, 0..1) and the text it was read from. The knowledge the cues need lives in data
files (jdash/data/): five-year plans, party congresses and plenums, anniversaries. Each rule below
reads one kind of cue; `CUE_RULES` is their ordered list.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from jdash.datafiles import alternation_of, read_table, read_words
from jdash.gazetteer import foreign_bare, places


@dataclass(frozen=True)
class Evidence:
    """One cue: the page's year `relation` `year` (`=`, `>=`, `<=`; `in`: from `year` to `until`;
    `cycle`: `year` or a multiple of ZODIAC_CYCLE years from it; `among`: one of the years `among`, the
    first of which is `year`), read from `text` by `rule`."""

    relation: str
    year: int
    weight: float
    text: str
    rule: str
    at: int = 0  # where the cue starts in the flattened page text
    # How a `>=` cue spreads over the years from `year` on (jdash.yearmodel.PROFILES): "" the usual
    # (recent years are likelier), "soon" (most likely `year` itself: a review of the year before),
    # "estimate" (`year` or, likelier, the year after: an estimate of a year's result).
    profile: str = ""
    until: int | None = None  # `in`: the last year of the span
    # `in`: the first month of the span in its first year and the last in its last (a term from April 2020 to
    # February 2021 holds 9 months of 2020 and 2 of 2021: jdash.yearmodel.span_shape weighs its years so).
    months: tuple[int, int] = (1, 12)
    among: tuple[int, ...] = ()  # `among`: the years the cue allows (a weekday's date falls on it in them)

    def holds(self, year: int) -> bool:
        """Whether `year` agrees with this cue.

        >>> Evidence(">=", 2019, 0.5, "2019年以来", "year").holds(2020)
        True
        """
        if self.relation == "=":
            return year == self.year
        if self.relation == "in":  # a span whose ends are only seen reaches SEEN_MARGIN beyond them
            low = self.year - (SEEN_MARGIN if "<" in self.profile else 0)
            return low <= year <= (self.until if self.until is not None else self.year) + (SEEN_MARGIN if ">" in self.profile else 0)
        if self.relation == "cycle":
            return (year - self.year) % ZODIAC_CYCLE == 0
        if self.relation == "among":
            return year in self.among
        return year >= self.year if self.relation == ">=" else year <= self.year

    def describe(self) -> str:
        """`'十三五'规划实施的第一年 (= 2016)`."""
        if self.relation == "in":
            seen = {"seen<": ", the first year only seen in office", "seen>": ", the last year only seen in office",
                    "seen<>": ", years seen in office", "open>": ", its end not known"}.get(self.profile, "")
            if self.until == self.year and self.months == (1, 12):
                return f"{self.text} (seen in office in {self.year})" if self.profile.startswith("seen") else f"{self.text} (= {self.year})"
            if self.months != (1, 12):
                return f"{self.text} ({self.year}-{self.months[0]:02d}–{self.until}-{self.months[1]:02d}{seen})"
            return f"{self.text} ({self.year}–{self.until}{seen})"
        if self.relation == "cycle":
            return f"{self.text} (… {self.year - ZODIAC_CYCLE}, {self.year}, {self.year + ZODIAC_CYCLE} …)"
        if self.relation == "among":
            return f"{self.text} (one of {', '.join(str(y) for y in self.among)})"
        sign = {"=": "=", ">=": "≥", "<=": "≤"}[self.relation]
        likely = {"estimate": f", likely {self.year + 1}", "history": ", told later"}.get(self.profile, "")
        return f"{self.text} ({sign} {self.year}{likely})"


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMBER = r"[\d一二两三四五六七八九十百千零〇]+"


def chinese_number(text: str) -> int | None:
    """A number written in digits or Chinese numerals; None if it is neither.

    >>> chinese_number("一百"), chinese_number("二千五百七十"), chinese_number("80"), chinese_number("几")
    (100, 2570, 80, None)
    """
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char in _UNITS:
            total += (current or 1) * _UNITS[char]
            current = 0
        else:
            return None
    return total + current if text else None


@lru_cache(maxsize=None)
def plans() -> dict[str, int]:
    """Five-year plans by name: first year (`十三五` → 2016)."""
    return {row["name"]: int(row["start"]) for row in read_table("five_year_plans.csv")}


@lru_cache(maxsize=None)
def congresses() -> dict[str, int]:
    """Party congresses by short name: year (`十九大` → 2017)."""
    return {row["name"]: int(row["year"]) for row in read_table("party_congresses.csv")}


@lru_cache(maxsize=None)
def plenums() -> dict[str, int]:
    """Plenary sessions: year (`十八届三中全会` → 2013)."""
    return {f"{row['committee']}{row['session']}全会": int(row["year"]) for row in read_table("party_plenums.csv")}


@lru_cache(maxsize=None)
def anniversaries() -> dict[str, int]:
    """Events whose anniversaries are marked: year (`红军长征胜利` → 1936)."""
    return {row["event"]: int(row["year"]) for row in read_table("anniversaries.csv")}


# A plan's name is quoted “十四五”, or ‘十四五’ inside a quotation, or 「十四五」.
_OPEN_QUOTE = "[“\"‘「『]"
_CLOSE_QUOTE = "[”\"’」』]"


@lru_cache(maxsize=None)
def _plan_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<open>{_OPEN_QUOTE})?(?P<name>{alternation_of(plans())})(?P<close>{_CLOSE_QUOTE})?")


# What follows a plan's name, and which year of the plan it names (1 = its first year).
_PLAN_YEAR_RES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], int], float], ...] = (
    (re.compile(r"^(?:规划|计划)?(?:实施)?的?(?:良好|精彩|顺利|高质量|好)?(?:开局之年|开局|起步之年|起步|开篇之年|开篇)"),
     lambda m: 1, 0.9),
    (re.compile(r"^(?:规划|计划)?(?:实施)?的?第(?P<n>[一二三四五1-5])个?年"),
     lambda m: chinese_number(m.group("n")) or 1, 0.9),
    (re.compile(r"^(?:规划|计划|时期)?(?:实施)?的?(?:收官之年|收官|决胜之年|最后一年)"), lambda m: 5, 0.9),
    (re.compile(r"^(?:规划|计划|时期)?(?:实施)?的?中期"), lambda m: 3, 0.6),
)
# A plan being drafted or prepared for (`谋划“十五五”`, `编制“十五五”规划`): the year is before it starts.
_PLAN_PREPARED_BEFORE_RE = re.compile(r"(?:谋划|编制|编制好|编好|迎接)$")
_PLAN_PREPARED_AFTER_RE = re.compile(r"^(?:规划)?(?:编制|纲要编制|前期研究|谋篇)")
# A plan named without which of its years: from the year before it starts (it is planned then).
_PLAN_NAMED_RE = re.compile(r"^(?:规划|计划|时期|期间|以来|开局|收官|中期|的|[”’」』])")


def plan_cues(flat: str) -> list[Evidence]:
    """Five-year plans: `“十三五”规划实施的第一年` = 2016, `十四五中期` = 2023, `明年是“十二五”收官之年`
    = 2014, `为“十五五”良好开局打下基础` = 2025; a plan being prepared (`谋划“十五五”`) says the year is
    before it starts; one merely named says the year is one of its own or the one before (it is planned
    then), less and less likely after it ends (it is looked back on, but a later plan is named then)."""
    found: list[Evidence] = []
    for m in _plan_re().finditer(flat):
        name = m.group("name")
        if len(name) == 2 and not (m.group("open") and m.group("close")):
            continue  # 十五 unquoted is the number fifteen
        start, tail = plans()[name], flat[m.end(): m.end() + 12]
        said_of = flat[max(0, m.start() - 5): m.start()]
        shift = -1 if "明年" in said_of else 1 if "去年" in said_of else 0
        text = flat[m.start(): m.end()]
        if _PLAN_PREPARED_BEFORE_RE.search(said_of) or _PLAN_PREPARED_AFTER_RE.match(tail):
            found.append(Evidence("<=", start - 1 + shift, 0.7, said_of[-2:] + text + tail[:4], "plan", m.start()))
            continue
        if reviewed := plan_reviewed(flat, m.start(), m.end(), start):
            found.append(reviewed)
        elif said := _plan_year(tail):
            nth, weight, words = said
            year = start + nth - 1 + shift - bool(_PREPARING_RE.match(flat, m.end() + len(words)))
            if not said_of_a_printed_year(flat, m.start(), year):
                found.append(Evidence("=", year, weight, text + words, "plan", m.start()))
        elif m.group("close") or _PLAN_NAMED_RE.match(tail):
            found.append(Evidence("in", start - 1, 0.6, text, "plan", m.start(), profile="open>", until=start + PLAN_YEARS - 1))
    return found


PLAN_YEARS = 5  # a five-year plan's years


@lru_cache(maxsize=1)
def _plan_review_re() -> re.Pattern[str]:
    """`期间…成就` after a plan's name: its period looked back on (jdash/data/plan_review_words.txt)."""
    words = alternation_of(read_words("plan_review_words.txt"))
    return re.compile(rf"(?:[”’」』])?(?:时期|期间)[^。；！？]{{0,20}}?(?:{words})")


def plan_reviewed(flat: str, start: int, end: int, first: int) -> Evidence | None:
    """`介绍“十四五”期间全市农业发展成就`: a plan's period looked back on as a whole is over or ending: the
    year is its last (2025) or, as likely, early in the next (a work report reviews the plan just ended);
    not when the words set it a goal (`确保“十四五”期间…取得新成就`).

    >>> plan_reviewed("会上介绍了“十四五”期间全市农业发展成就。", 5, 10, 2021).describe()
    '“十四五”期间全市农业发展成就 (≥ 2025)'
    """
    m = _plan_review_re().match(flat, end)
    sentence_before = re.split(r"[。；！？]", flat[max(0, start - 20): start])[-1]
    if not m or _FUTURE_WORDS_RE.search(sentence_before + m.group()):
        return None
    return Evidence(">=", first + PLAN_YEARS - 1, 0.7, flat[start: m.end()], "plan review", start, profile="result")


# A year of a plan still to come, prepared for: `为“十五五”良好开局打下坚实基础` is said the year before.
_PREPARING_RE = re.compile(r"[^。；！？]{0,8}?(?:打下|奠定|做好准备|起跑|蓄势|蓄力|铺路|创造条件)")


def _plan_year(tail: str) -> tuple[int, float, str] | None:
    """Which year of a plan the words after its name say (1 = its first), how sure, and the words:
    `规划实施的第一年` (1, 0.9, …); None when they name no year of it."""
    for pattern, nth, weight in _PLAN_YEAR_RES:
        if hit := pattern.match(tail):
            return nth(hit), weight, hit.group()
    return None


# `2023年，是全面贯彻…`: the clause before a plan's or congress's year names that year itself.
_YEAR_IS_RE = re.compile(r"((?:19|20)\d{2})年[，,]?(?:是|为|作为)[^。；！？]{0,30}$")
SAID_OF_REACH = 40  # how far before the plan's or congress's name the printed year may stand


def said_of_a_printed_year(flat: str, at: int, year: int) -> bool:
    """Whether the sentence says which year it describes before the plan or congress at `at`:
    `2023年，是全面贯彻党的二十大精神开局之年` tells what 2023 was, not that the page is of 2023 (a
    review printed in 2024 says it so): the printed year speaks for itself (`printed_year_cues`).

    >>> said_of_a_printed_year("2023年，是全面贯彻党的二十大精神开局之年", 8, 2023)
    True
    """
    m = _YEAR_IS_RE.search(flat, max(0, at - SAID_OF_REACH), at)
    return m is not None and int(m.group(1)) == year


@lru_cache(maxsize=None)
def _congress_re() -> re.Pattern[str]:
    names, ordinals = alternation_of(congresses()), alternation_of(provincial_congresses())
    return re.compile(rf"(?:党的(?P<a>{names})|(?<![第届])(?P<b>{names})(?=精神|报告|以来|召开|胜利|代表|开幕|闭幕)"
                      rf"|(?:山东)?省第(?P<c>{ordinals})次党代会|中国共产党山东省第(?P<d>{ordinals})次代表大会)")


@lru_cache(maxsize=None)
def provincial_congresses() -> dict[str, int]:
    """Shandong's party congresses by ordinal: year (`十二` → 2022: 省第十二次党代会)."""
    return {row["ordinal"]: int(row["year"]) for row in read_table("provincial_congresses.csv")}


def _congress_year(m: re.Match[str]) -> int:
    """The year of the congress `_congress_re` matched, national or provincial."""
    if ordinal := m.group("c") or m.group("d"):
        return provincial_congresses()[ordinal]
    return congresses()[m.group("a") or m.group("b")]


# Words around a congress's name that say when the page is, relative to the congress year.
_CONGRESS_BEFORE = ((re.compile(r"去年召开的$"), 1), (re.compile(r"(?:今年召开的|即将召开的|迎接|喜迎)$"), 0),
                    (re.compile(r"明年召开的$"), -1))
_CONGRESS_AFTER = ((re.compile(r"^[^，。；！？]{0,3}召开之年"), 0), (re.compile(r"^[^，。；！？]{0,12}开局之年"), 1))


def congress_cues(flat: str) -> list[Evidence]:
    """Party congresses: `党的十九大召开之年` = 2017, `贯彻党的二十大精神的开局之年` = 2023,
    `去年召开的党的十九大` = 2018; named otherwise (`省第十二次党代会精神`), the year is at least the congress's."""
    found: list[Evidence] = []
    for m in _congress_re().finditer(flat):
        year, before, after = _congress_year(m), flat[max(0, m.start() - 6): m.start()], flat[m.end(): m.end() + 16]
        text = flat[m.start(): m.end()]
        for pattern, shift in _CONGRESS_BEFORE:
            if hit := pattern.search(before):
                found.append(Evidence("=", year + shift, 0.85, hit.group() + text, "congress", m.start()))
                break
        else:
            for pattern, shift in _CONGRESS_AFTER:
                if (hit := pattern.match(after)) and said_of_a_printed_year(flat, m.start(), year + shift):
                    break
                if hit:
                    found.append(Evidence("=", year + shift, 0.9, text + hit.group(), "congress", m.start()))
                    break
            else:
                found.append(Evidence(">=", year, 0.7, text, "congress", m.start()))
    return found


@lru_cache(maxsize=None)
def _plenum_re() -> re.Pattern[str]:
    return re.compile(alternation_of(plenums()))


def plenum_cues(flat: str) -> list[Evidence]:
    """Plenary sessions: `十八届三中全会以来` says the year is at least 2013."""
    return [Evidence(">=", plenums()[m.group()], 0.8, m.group(), "plenum", m.start())
            for m in _plenum_re().finditer(flat)]


@lru_cache(maxsize=None)
def _anniversary_re() -> re.Pattern[str]:
    # N周年, or N年 said of the event itself (孔子诞辰2565年, 新中国成立70年来), not N年前/后/间/代.
    return re.compile(rf"(?P<event>{alternation_of(anniversaries())})(?P<n>{NUMBER})(?P<unit>周年|年(?![前后间代底初末度]))")


def anniversary_cues(flat: str) -> list[Evidence]:
    """Anniversaries: `红军长征胜利80周年` = 2016, `孔子诞辰2570周年` = 2019, `建党一百周年` = 2021;
    without 周 (`孔子诞辰2565年`) a little weaker."""
    found: list[Evidence] = []
    for m in _anniversary_re().finditer(flat):
        years = chinese_number(m.group("n"))
        if years:
            weight = 0.85 if m.group("unit") == "周年" else 0.75
            found.append(Evidence("=", anniversaries()[m.group("event")] + years, weight, m.group(), "anniversary",
                                  m.start()))
    return found


STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
CYCLE_FROM = 1984  # a 甲子 year: sexagenary years are read as the one in CYCLE_FROM … CYCLE_FROM + 59
_SEXAGENARY_RE = re.compile(rf"(?P<gz>[{STEMS}][{BRANCHES}])年")


def sexagenary_year(name: str) -> int | None:
    """The year of a sexagenary (干支) name within the cycle from CYCLE_FROM; None if no such pair.

    >>> sexagenary_year("甲午"), sexagenary_year("丁酉"), sexagenary_year("甲丑")
    (2014, 2017, None)
    """
    stem, branch = STEMS.index(name[0]), BRANCHES.index(name[1])
    if stem % 2 != branch % 2:
        return None
    offset = next(n for n in range(60) if n % 10 == stem and n % 12 == branch)
    return CYCLE_FROM + offset


def sexagenary_cues(flat: str) -> list[Evidence]:
    """The lunar year by its sexagenary name (`甲午年祭孔大典`, `农历丁酉年春节`): the year is 2014, 2017
    (mostly printed within it; a new-year issue may still say the one just ending)."""
    found = []
    reigns = read_words("reign_titles.txt")
    for m in _SEXAGENARY_RE.finditer(flat):
        if any(flat.endswith(reign, 0, m.start()) for reign in reigns):
            continue  # 光绪甲午年: a year of history
        if (year := sexagenary_year(m.group("gz"))) is not None:
            found.append(Evidence("=", year, 0.75, m.group(), "sexagenary", m.start()))
    return found


ZODIAC_CYCLE = 12
ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"  # 2020 was a 鼠 year
# The animal's year named as the one at hand: its Spring Festival, its new year, its coming.
_ZODIAC_RE = re.compile(rf"(?P<animal>[{ZODIAC}])年(?=春节|新春|元宵|除夕|春晚|新年|大吉|吉祥|到来|来临|将至|伊始)")


def zodiac_cues(flat: str) -> list[Evidence]:
    """The lunar year by its animal (`兔年春节`, `龙年新春`): the year is one of every twelfth (2011, 2023,
    2035 …); alone it says no year, beside other cues it picks among the years they leave."""
    found: dict[int, Evidence] = {}
    for m in _ZODIAC_RE.finditer(flat):
        year = 2020 + ZODIAC.index(m.group("animal"))
        found.setdefault(year, Evidence("cycle", year, 0.6, m.group() + flat[m.end(): m.end() + 2], "zodiac", m.start()))
    return list(found.values())


@lru_cache(maxsize=None)
def eras() -> tuple[tuple[str, int, int | None, float], ...]:
    """(phrase, first year, last year or None, weight) of phrases of an era (`新常态`, 2014)."""
    return tuple((r["phrase"], int(r["first_year"]), int(r["last_year"]) if r["last_year"] else None,
                  float(r["weight"])) for r in read_table("era_phrases.csv"))


@lru_cache(maxsize=None)
def _era_re() -> re.Pattern[str]:
    return re.compile(alternation_of([phrase for phrase, *_ in eras()]))


def era_cues(flat: str) -> list[Evidence]:
    """Phrases coined in a known year or used only in some years (jdash/data/era_phrases.csv):
    `经济发展新常态` says the year is 2014 or later, any of them alike; `常态化疫情防控` 2020–2023. A phrase of
    some years only, in a sentence that opens with a year up to its last (`2006年，温家宝总理来到…`), tells of
    that year, not of the page's (the printed year is read on its own: `_told_of_a_year`).

    >>> [c.describe() for c in era_cues("2006年，温家宝总理来到某村。")], [c.describe() for c in era_cues("温家宝总理来到某村。")]
    ([], ['温家宝总理 (2003–2013)'])
    """
    found: dict[str, Evidence] = {}
    known = {phrase: (first, last, weight) for phrase, first, last, weight in eras()}
    sentences = _Sentences(flat)
    for m in _era_re().finditer(flat):
        phrase, at = m.group(), m.start()
        first, last, weight = known[phrase]
        if phrase in found or (last is not None and _told_of_a_year(sentences.around(at), last)):
            continue
        found[phrase] = Evidence(">=", first, weight, phrase, "era", at, profile="flat") if last is None else \
            Evidence("in", first, weight, phrase, "era", at, until=last)
    return sorted(found.values(), key=lambda c: c.at)


def _told_of_a_year(sentence: str, last: int) -> bool:
    """Whether `sentence` opens with a year no later than `last` (it tells of that year: `2006年，…`, an entry
    of a column of history), not as the start of a span up to now (`2020年以来`). A year later in the
    sentence may be a headline's run into it, or the page's own.

    >>> _told_of_a_year("2006年，某某来到某村。", 2013), _told_of_a_year("2006年以来，某某多次来到某村。", 2013)
    (True, False)
    """
    m = YEAR_RE.match(sentence)
    return m is not None and int(m.group(1)) <= last and not _SINCE_AFTER_RE.match(sentence, m.end())


_SINCE_AFTER_RE = re.compile(r"(?:以来|至今|起|开始)")


@lru_cache(maxsize=1)
def body_names() -> dict[str, tuple[int | None, int | None, float]]:
    """Names of local bodies with the years they existed: name → (first year, last year, weight), either
    year None when open (jdash/data/body_names.csv)."""
    return {r["name"]: (int(r["first_year"]) if r["first_year"] else None, int(r["last_year"]) if r["last_year"] else None,
                        float(r["weight"])) for r in read_table("body_names.csv")}


@lru_cache(maxsize=1)
def _body_name_re() -> re.Pattern[str]:
    return re.compile(alternation_of(body_names()))


# An old body as the giver of an honour (被…旅游局评为, 经…国土资源局批准): told long after, no present body.
_HONOUR_GIVEN_RE = re.compile(r"(?:被|经|由)[^，。；！？]{0,14}?(?:评为|命名为|命名|批准|授予|认定|列为|确定为)")
# A body said as former: 原旅游局, 原县旅游局 (not 平原县…: a county's name).
_FORMER_BODY_RE = re.compile(r"(?<![平太高中草])(?:原|前|老|旧)[省市县区]?$")


def body_name_cues(flat: str) -> list[Evidence]:
    """A local body named as it was called in known years (jdash/data/body_names.csv): `县农业农村局` (new in the
    2019 reform) says the year is ≥ 2019, any of those alike; `市旅游局` (merged then) ≤ 2019; `卫计委` 2013–2019.
    A name said as former (`原县旅游局`) is history: no cue. Each name counts once."""
    found: dict[str, Evidence] = {}
    for m in _body_name_re().finditer(flat):
        name = m.group()
        if name in found or FORMER_CHAIN_RE.search(flat[max(0, m.start() - 14): m.start()]) or \
                _FORMER_BODY_RE.search(flat[max(0, m.start() - 3): m.start()]):
            continue
        first, last, weight = body_names()[name]
        if first is None and _HONOUR_GIVEN_RE.search(flat[max(0, m.start() - 4): m.end() + 12]):
            continue  # 被国家旅游局评为4A级景区: an honour of its time, told later too
        if first is not None and last is not None:
            found[name] = Evidence("in", first, weight, name, "body name", m.start(), until=last)
        elif first is not None:
            found[name] = Evidence(">=", first, weight, name, "body name", m.start(), profile="flat")
        elif last is not None:
            found[name] = Evidence("<=", last, weight, name, "body name", m.start())
    return list(found.values())


@lru_cache(maxsize=1)
def _meeting_res() -> tuple[tuple[re.Pattern[str], int], ...]:
    """Each meeting of jdash/data/dated_meetings.csv as a pattern, with its year."""
    return tuple((re.compile(rf"{re.escape(r['stem'])}[^，。；！？]{{0,6}}?{re.escape(r['end'])}"), int(r["year"]))
                 for r in read_table("dated_meetings.csv"))


def meeting_cues(flat: str) -> list[Evidence]:
    """`深入贯彻落实全省新旧动能转换动员大会精神`: a meeting held once, in a known year (jdash/data/dated_meetings.csv),
    is spoken of that year or soon after: the year is ≥ 2018, most often 2018.

    >>> [c.describe() for c in meeting_cues("深入贯彻落实全省新旧动能转换动员大会精神。")]
    ['新旧动能转换动员大会 (≥ 2018)']
    """
    return [Evidence(">=", year, 0.8, m.group(), "meeting", m.start(), profile="soon")
            for pattern, year in _meeting_res() for m in pattern.finditer(flat)]


@lru_cache(maxsize=None)
def _congress_table() -> dict[tuple[str, str], tuple[int, frozenset[int]]]:
    """(body, term) → (the year of its first session, the years it met twice), read once from
    jdash/data/congress_terms.csv for both readers below."""
    return {(row["body"], row["term"]): (int(row["first_year"]),
                                         frozenset(int(y) for y in (row.get("two_sessions") or "").split()))
            for row in read_table("congress_terms.csv")}


@lru_cache(maxsize=None)
def congress_terms() -> dict[tuple[str, str], int]:
    """(body, term) → the year of the term's first session (`("全国人大", "十三届")` → 2018)."""
    return {key: first for key, (first, _twice) in _congress_table().items()}


@lru_cache(maxsize=None)
def two_session_years() -> dict[tuple[str, str], frozenset[int]]:
    """(body, term) → the years its congress met twice (`("山东省人大", "十二届")` → {2013}: a governor elected in June)."""
    return {key: twice for key, (_first, twice) in _congress_table().items()}


_TERM = r"(?P<term>十[一二三四五六七八九]?|[一二三四五六七八九])届"
_SESSION = r"第?(?P<session>[一二三四五六七])次(?:全体)?会议"
SESSION_REACH = 20  # a session's name reaches this far either side of its term's 届
# How each body's sessions are printed (never its standing committee's: 常委会第N次会议 are many a year).
_SHORT_SESSION = r"(?P<session>[一二三四五六七])次会议"
_SESSION_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("全国人大", re.compile(rf"第?{_TERM}全国(?:人大|人民代表大会){_SESSION}")),
    ("全国政协", re.compile(rf"全国政协{_TERM}{_SHORT_SESSION}")),
    ("全国政协", re.compile(rf"政协第{_TERM}全国委员会{_SESSION}")),
    ("山东省人大", re.compile(rf"(?<![市县区])(?:山东)?省第?{_TERM}(?:人大|人民代表大会){_SESSION}")),
    ("山东省政协", re.compile(rf"(?:山东)?省政协{_TERM}{_SHORT_SESSION}")),
    ("山东省政协", re.compile(rf"政协山东省第{_TERM}委员会{_SESSION}")),
    ("济宁市人大", re.compile(rf"(?:济宁)?市第?{_TERM}(?:人大|人民代表大会){_SESSION}")),
    ("济宁市政协", re.compile(rf"(?:济宁)?市政协{_TERM}{_SHORT_SESSION}")),
)


def session_cues(flat: str) -> list[Evidence]:
    """Sessions of the people's congresses and consultative conferences (jdash/data/congress_terms.csv):
    `十三届全国人大二次会议` met in 2019: the year is ≥ 2019, most often 2019 (`session_evidence`)."""
    found: dict[int, Evidence] = {}
    for term in re.finditer("届", flat):  # every session is printed with its term: read only around one
        start = max(0, term.start() - SESSION_REACH)
        window = flat[start: term.end() + SESSION_REACH]
        for body, pattern in _SESSION_RES:
            for m in pattern.finditer(window):
                first = congress_terms().get((body, f"{m.group('term')}届"))
                session = chinese_number(m.group("session"))
                if first and session and start + m.start() not in found and not _county_city_before(flat, start + m.start()):
                    twice = two_session_years()[(body, f"{m.group('term')}届")]
                    found[start + m.start()] = session_evidence(first, session, m.group(), start + m.start(), twice)
    return list(found.values())


SESSIONS_A_YEAR = 2  # most sessions of one body in a year: its annual one and one held to elect a leader


def session_evidence(first: int, session: int, text: str, at: int, twice: frozenset[int] = frozenset()) -> Evidence:
    """The Nth session of a term first met in year F meets once a year, in F + N − 1, save in the years known
    to have held two (`twice`): the page is then or soon after. A term lasts TERM_YEARS years, so a session
    numbered beyond them says some other year held two (a city's congress meets again to elect a mayor): the
    year is within the term, no earlier than two sessions a year allow, each year alike.

    >>> session_evidence(2013, 5, "省十二届人大五次会议", 0, frozenset({2013})).describe()
    '省十二届人大五次会议 (≥ 2016)'
    >>> session_evidence(2017, 6, "市十七届人大六次会议", 0).describe()
    '市十七届人大六次会议 (2019–2021)'
    """
    last, year, held = first + TERM_YEARS - 1, first, 1 + (first in twice)
    while held < session:
        year += 1
        held += 1 + (year in twice)
    if year <= last:
        return Evidence(">=", year, 0.8, text, "session", at, profile="soon")
    return Evidence("in", first + (session - 1) // SESSIONS_A_YEAR, 0.8, text, "session", at, until=last)


@lru_cache(maxsize=1)
def _county_city_stems() -> tuple[str, ...]:
    """The county-level cities' names before 市 (`邹城`, `曲阜`; jdash/data/counties.csv): their own
    congresses print `市十八届人大` too."""
    return tuple(sorted({p.alias[:-1] for p in places() if p.alias.endswith("市") and len(p.alias) > 2}))


def _county_city_before(flat: str, at: int) -> bool:
    """Whether the `市…` read at `at` is a county-level city's (`邹城市十八届人大…`), not the city's."""
    return flat.startswith("市", at) and flat[:at].endswith(_county_city_stems())


# A standing committee meets some 5 to 9 times a year through its five-year term: its Nth meeting
# falls in a span of the term's years (市十六届人大常委会第二次会议: the term's first year).
_STANDING_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("全国人大", re.compile(rf"第?{_TERM}全国人大常委会第(?P<session>{NUMBER})次会议")),
    ("山东省人大", re.compile(rf"(?<![市县区])(?:山东)?省第?{_TERM}人大常委会第(?P<session>{NUMBER})次会议")),
    ("济宁市人大", re.compile(rf"(?:济宁)?市第?{_TERM}人大常委会第(?P<session>{NUMBER})次会议")),
)
STANDING_MEETINGS_A_YEAR = (5, 9)  # fewest, most
TERM_YEARS = 5


def standing_committee_cues(flat: str) -> list[Evidence]:
    """`省十一届人大常委会第三十次会议`: the Nth meeting of a standing committee whose term began in
    year F (jdash/data/congress_terms.csv) falls between F + (N−1)//9 and F + (N−1)//5, within
    the term: the year is in that span (2011–2013 here).

    >>> [e.describe() for e in standing_committee_cues("传达省十一届人大常委会第三十次会议精神")]
    ['省十一届人大常委会第三十次会议 (2011–2013)']
    """
    fewest, most = STANDING_MEETINGS_A_YEAR
    found: list[Evidence] = []
    for body, pattern in _STANDING_RES:
        for m in pattern.finditer(flat):
            first = congress_terms().get((body, f"{m.group('term')}届"))
            meeting = chinese_number(m.group("session"))
            if first and meeting and not _county_city_before(flat, m.start()):
                found.append(Evidence("in", first + (meeting - 1) // most, 0.8, m.group(), "standing committee",
                                      m.start(), until=first + min(TERM_YEARS, (meeting - 1) // fewest)))
    return found


@dataclass(frozen=True)
class Leader:
    """A post held by one person in some years, from public record (jdash/data/leaders.csv)."""

    post: str
    name: str
    first: int
    last: int | None  # None: still held at the last source
    # A county-level post (泗水县委书记): the place names it may be printed with, longest first
    # (泗水县, 泗水); printed without them (县委书记X) it is still the post, the name says whose.
    places: tuple[str, ...] = ()
    # Which ends are only years the person was seen in office (`2015?`), not the term's bounds: the
    # term may reach beyond them (jdash.yearmodel.SEEN_TAIL); "<" the first, ">" the last.
    seen: str = ""
    months: tuple[int, int] = (1, 12)  # the first month in office in the first year, the last in the last year

    @property
    def bare_post(self) -> str:
        """The post without its place (`泗水县委书记` → `县委书记`); the post itself when it has none.

        >>> Leader("泗水县委书记", "周七", 2016, 2018, ("泗水县", "泗水")).bare_post
        '县委书记'
        """
        for place in sorted(self.places, key=len):
            if self.post.startswith(place) and self.post[len(place):] in BARE_POSTS:
                return self.post[len(place):]
        return self.post


TERM_YEARS = 5  # a party committee's and a people's congress's term: a holder with no known end, read so long
SEEN_MARGIN = 2  # a year a leader is only seen in office (`2015?`): the term likely reaches this far beyond it
# Posts of county-level units as printed without their place (县委书记X: the name says which county).
BARE_POSTS = frozenset({"县委书记", "县长", "区委书记", "区长", "市委书记", "市长", "党工委书记", "管委会主任"})


def _term_end(value: str) -> int | None:
    """A term's first or last year as the file gives it: `2015`, `2015?` (only seen in office) or
    `2015-09` (with the month the term began or ended) is 2015, empty (still in office) None.

    >>> _term_end("2015?"), _term_end("2015"), _term_end("2015-09"), _term_end("")
    (2015, 2015, 2015, None)
    """
    return int(value.rstrip("?").split("-")[0]) if value else None


def _term_month(value: str, whole: int) -> int:
    """The month a term began or ended in as the file gives it (`2020-04`: 4), else `whole` (1 for a
    first year, 12 for a last: the whole year).

    >>> _term_month("2020-04", 1), _term_month("2020", 12)
    (4, 12)
    """
    return int(value.split("-")[1]) if "-" in value else whole


def _leader(row: dict[str, str]) -> Leader:
    """One row of leaders.csv; a holder still in office first seen in a year (`2021?`, no last year)
    may have begun SEEN_MARGIN years before it."""
    first, last = _term_end(row["first_year"]) or 0, _term_end(row["last_year"])
    seen = ("<" if row["first_year"].endswith("?") else "") + (">" if row["last_year"].endswith("?") else "")
    if last is None and seen:
        first, seen = first - SEEN_MARGIN, ""
    places = tuple(sorted(filter(None, (row.get("place") or "").split("|")), key=len, reverse=True))
    months = (_term_month(row["first_year"], 1), _term_month(row["last_year"], 12))
    return Leader(row["post"], row["name"], first, last, places, seen, months)


@lru_cache(maxsize=None)
def leaders() -> tuple[Leader, ...]:
    """Leaders of the city and the province by year (`市委书记`, `傅明先`, 2019, 2021)."""
    return tuple(_leader(row) for row in read_table("leaders.csv"))


# Between a post and its holder's name: more titles of the same person (`市委书记、市人大常委会主任马平昌`),
# each after 、 and ending like a title; a post said of the past (原, 时任, 前任) names no present holder.
_TITLE_CHAIN = r"(?:、[^、，。；！？：“”\s]{1,12}?(?:书记|长|主任|主席|政委|司令员))*"
_PAST_POST_RE = re.compile(r"(?:原|时任|前任|曾任)$")
# A title chain said of the past: `原市委副书记、市长周某` (原 opening it, nothing but titles up to the name).
FORMER_CHAIN_RE = re.compile(r"(?:^|[，。；：、“（\s])原[^，。；！？：“”（）\s]{1,12}$")


@lru_cache(maxsize=None)
def _leader_res() -> tuple[tuple[Leader, re.Pattern[str]], ...]:
    return tuple((lead, re.compile(rf"(?<!副){_post_pattern(lead)}{_TITLE_CHAIN}{re.escape(lead.name)}"))
                 for lead in leaders())


def _post_pattern(lead: Leader) -> str:
    """The post as printed: `泗水县委书记`, `泗水县县委书记` or bare `县委书记` for a county's; as is otherwise."""
    if not lead.places:
        return re.escape(lead.post)
    return rf"(?:{alternation_of(lead.places)})?{re.escape(lead.bare_post)}"


def leader_cues(flat: str) -> list[Evidence]:
    """Leaders by public record: `市委书记、市人大常委会主任马平昌` says the year is one of 马平昌's years
    as 市委书记; a holder still in office at the last source is read in office for a term (TERM_YEARS) from
    his first year, less and less likely beyond it (a term's years alike, not the first likeliest). One
    person named in several posts (市委书记 and 市人大常委会主任, held together) is one cue, over the
    widest of their spans: each post's span is only as wide as its sources, so where they differ the
    narrower one shows what was not looked for, not a shorter term. A sentence that opens with a year of the
    term or before it (`2006年 …市委书记贾万志…`, a column of the city's history) tells of that year."""
    found: dict[str, Evidence] = {}
    sentences = _Sentences(flat)
    for lead, pattern in _leader_res():
        if lead.name not in flat:
            continue
        reach = lead.last + (SEEN_MARGIN if ">" in lead.seen else 0) if lead.last is not None else 9999
        for m in pattern.finditer(flat):
            if _PAST_POST_RE.search(flat[max(0, m.start() - 2): m.start()]) or \
                    FORMER_CHAIN_RE.search(flat[max(0, m.start() - 14): m.start()]) or \
                    _told_of_a_year(sentences.around(m.start()), reach):
                continue
            cue = Evidence("in", lead.first, 0.85, f"{lead.post}{lead.name} (public record)", "leader", m.start(),
                           profile=f"seen{lead.seen}" if lead.seen else "", until=lead.last, months=lead.months) \
                if lead.last is not None else \
                Evidence("in", lead.first, 0.85, f"{lead.post}{lead.name} (public record)", "leader", m.start(),
                         profile="open>", until=lead.first + TERM_YEARS - 1, months=(lead.months[0], 12))
            found[lead.name] = _widest(found[lead.name], cue) if lead.name in found else cue
            break
    return list(found.values())


def _widest(first: Evidence, other: Evidence) -> Evidence:
    """One person's two leader cues as one, over both spans, with the first one's text; an end is
    only seen (`seen` profile) when the cue that gives it says so.

    >>> _widest(Evidence("in", 2011, 0.85, "a", "leader", until=2017), Evidence("in", 2010, 0.85, "b", "leader", profile="seen<", until=2015)).describe()
    'a (2010–2017, the first year only seen in office)'
    """
    start = min(first.year, other.year)
    if first.relation == ">=" or other.relation == ">=":
        return dataclasses.replace(first, relation=">=", year=start, until=None, profile="")
    end = max(first.until or first.year, other.until or other.year)
    soft = "".join(mark for mark, bound, side in (("<", start, "year"), (">", end, "until"))
                   if any(getattr(c, side) == bound and mark in c.profile for c in (first, other)))
    months = (min(c.months[0] for c in (first, other) if c.year == start),
              max(c.months[1] for c in (first, other) if (c.until or c.year) == end))
    return dataclasses.replace(first, year=start, until=end, profile=f"seen{soft}" if soft else "", months=months)


@lru_cache(maxsize=1)
def _former_names() -> tuple[tuple[str, int, bool], ...]:
    """(name, last year, bare) of every former name of a county-level unit (data/counties.csv `until`)."""
    return tuple((r["alias"], int(r["until"]), r["form"] == "bare") for r in read_table("counties.csv") if r.get("until"))


_FORMER_SAID_RE = re.compile(r"(?:原|前|老|旧)$")
_CITY_WORD_NEXT = "民场区"  # 兖州市民, 兖州市场, 兖州市区: a word of its own after the place, not its name


class _Sentences:
    """The sentence around a position of a page. Its sentence ends are found once, on the first
    question, so many mentions on one page cost one scan of it, not one each."""

    def __init__(self, flat: str) -> None:
        self.flat = flat

    @cached_property
    def ends(self) -> list[int]:
        return [m.start() for m in re.finditer(r"[。！？；]", self.flat)]

    def around(self, at: int) -> str:
        """The text from the sentence end before `at` to the first at or after it."""
        i = bisect_left(self.ends, at)
        return self.flat[self.ends[i - 1] + 1 if i else 0: self.ends[i] if i < len(self.ends) else len(self.flat)]


def _former_name_used(sentences: _Sentences, start: int, name: str, until: int, bare: bool) -> bool:
    """Whether `name` at `start` names the unit as it then was: not said as former (原兖州市), not a
    word running on (兖州市场), not another city's (济南市中区), not beside a year of its time (2013年，
    兖州撤市设区: history)."""
    flat = sentences.flat
    end = start + len(name)
    if _FORMER_SAID_RE.search(flat[max(0, start - 1): start]):
        return False
    if name.endswith("市") and flat[end: end + 1] and flat[end] in _CITY_WORD_NEXT:
        return False
    if bare and foreign_bare(flat, start):
        return False
    return not any(int(m.group(1)) <= until for m in YEAR_RE.finditer(sentences.around(start)))


def former_name_cues(flat: str) -> list[Evidence]:
    """A unit named by a name it has since lost: `兖州市委书记` (兖州市 became 兖州区 in 2013) says the
    year is ≤ 2013."""
    found: list[Evidence] = []
    sentences = _Sentences(flat)
    for name, until, bare in _former_names():
        for m in re.finditer(re.escape(name), flat):
            if _former_name_used(sentences, m.start(), name, until, bare):
                found.append(Evidence("<=", until, 0.7, f"{name} (a name used until {until})", "former name", m.start()))
                break
    return found


# What may not follow a year that heads an event's name: a count (2000余人, 2015名, 2014届) or a date.
_NOT_EVENT_NEXT = "余多名人个元家亩吨米万亿千百户次辆套件台只头株份位场项座所条间栋册本篇年月日届级号版款型期"


@lru_cache(maxsize=None)
def _named_event_re() -> re.Pattern[str]:
    kinds = alternation_of(read_words("named_event_words.txt"))
    return re.compile(rf"(?<![\d.\-/／年])(?P<year>(?:19|20)\d{{2}})(?=[\u4e00-\u9fff（(“《])(?![{_NOT_EVENT_NEXT}])"
                      rf"[^，。；！？：、\d\s]{{0,16}}?(?:{kinds})")


def named_event_cues(flat: str) -> list[Evidence]:
    """An event named with its year in front, without 年 (`2014中国（曲阜）国际孔子文化节开幕`): reported
    in that year (a preview may come late in the year before, a look back later): the year is 2014."""
    return [Evidence("=", int(m.group("year")), 0.7, m.group(), "named event", m.start())
            for m in _named_event_re().finditer(flat)]


@lru_cache(maxsize=None)
def ordinal_days() -> dict[str, int]:
    """Days and festivals counted from their first year (`植树节` → 1979: 第41个植树节 is of 2019)."""
    return {row["day"]: int(row["first_year"]) for row in read_table("ordinal_days.csv")}


@lru_cache(maxsize=None)
def _ordinal_day_re() -> re.Pattern[str]:
    return re.compile(rf"第(?P<n>{NUMBER})[个次](?:全国|全民|世界)?[“\"]?(?P<name>{alternation_of(ordinal_days())})")


ORDINAL_DAY_WEIGHT = 0.85


def counted_cues(flat: str, pattern: re.Pattern[str], year_of: Callable[[str, int], tuple[int, float]], rule: str,
                 looked_back: Callable[[int], bool] | None = None) -> list[Evidence]:
    """The Nth of a thing kept since a known first year (`pattern`'s `n`, or `first` for 首届, and `name`;
    `year_of(name, n)`: the year the Nth was kept and the cue's weight); ≥ that year where `looked_back(at)` says
    the sentence speaks of it as past.

    >>> every_two = lambda name, n: (2001 + (n - 1) * 2, 0.8)
    >>> [c.describe() for c in counted_cues("第3届某节", re.compile(r"第(?P<n>[0-9])届(?P<name>某节)"), every_two, "x")]
    ['第3届某节 (= 2005)']
    """
    found = []
    for m in pattern.finditer(flat):
        n = 1 if m.groupdict().get("first") else chinese_number(m.group("n"))
        if n and n > 0:
            year, weight = year_of(m.group("name"), n)
            past = looked_back is not None and looked_back(m.start())
            found.append(Evidence(">=" if past else "=", year, weight, m.group(), rule, m.start()))
    return found


def ordinal_day_cues(flat: str) -> list[Evidence]:
    """`在全国第41个植树节来临之际`: the Nth of a day first kept in a known year (jdash/data/ordinal_days.csv):
    the year is 1979 + 41 − 1 = 2019 (`counted_cues`)."""
    return counted_cues(flat, _ordinal_day_re(), lambda day, n: (ordinal_days()[day] + n - 1, ORDINAL_DAY_WEIGHT),
                        "ordinal day")


# ----------------------------------------------------------------------------- years printed

YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*(?:[-—－~～至到]\s*((?:19|20)\d{2})\s*)?年(?!\s*\d{2,}\s*年)(?!代)")
_FORWARD_BEFORE_RE = re.compile(r"(?:(?<![达恢复回升降增提])到|(?<![截])至|力争|确保|预计|计划|将于|将在|将|争取|目标|推动|"
                                r"努力|有望|规划|展望|要在|要于|之前|届时)")
_FORWARD_AFTER_RE = re.compile(r"^(?:度)?\s*(?:底前(?!建成|建设|修建|建造|出生|竣工|投用|已)|年底前|前(?![三两一]季度|建成|出生|后)|"
                               r"以后|将|要|计划|力争|预计|目标|远景|起将|全面建成|基本实现|完成上市|"
                               r"\d{1,2}月(?:\d{1,2}日)?(?:起将|起施行|起实施|起执行|底前|前(?!后)))")
_COMPARED_RE = re.compile(r"(?:较|比|与|同)$")
_SAME_PERIOD_RE = re.compile(r"^(?:同期|同比|全年)")
_FULL_YEAR_RESULT_RE = re.compile(r"，[^，。；]{0,30}?\d")
# A year's result said without a comma: `2014年完成地区生产总值790.3亿元`, `2014年全县实现生产总值…`.
_DONE_RESULT_RE = re.compile(r"(?:全年)?(?:全[市县区镇])?(?:完成|实现)[^，。；]{0,24}?\d")
# … or as a metric reaching a figure: `2021年村集体收入达到86万元` (the metric is checked by the rule).
_REACHED_RESULT_RE = re.compile(r"[^，。；！？\d]{1,12}?(?:达到|达|突破)\d")
_ESTIMATE_RE = re.compile(r"预计|有望|将|力争|计划")
_ESTIMATED_RE = re.compile(r"((?:19|20)\d{2})年[，,]?[^。；，]{0,12}?预计(?:完成|实现|达到|增长|突破)")
# 预计 before the year, a figure completed after it: `预计2020年全区GDP完成456亿元` (not `预计2025年建成`).
_ESTIMATED_AFTER_RE = re.compile(r"[^。；，]{0,12}?完成\d")


@dataclass(frozen=True)
class _Printed:
    """A year printed on the page and the words around it (its clause before, a few chars after)."""

    flat: str
    match: re.Match[str]
    before: str

    @property
    def year(self) -> int:
        return int(self.match.group(1))

    @property
    def after(self) -> str:
        return self.flat[self.match.end(): self.match.end() + 10]

    def text(self, extra_after: int = 0, lead: str = "") -> str:
        """The year as printed, `lead` (a word of the clause before it) first and `extra_after` chars after."""
        start = self.before.rfind(lead) if lead else -1
        head = self.before[start:] if 0 <= start and len(self.before) - start <= 8 else ""
        return head + self.match.group() + self.flat[self.match.end(): self.match.end() + extra_after]


def span_of_years(p: _Printed) -> list[Evidence] | None:
    """`2021—2025年`: a span that has begun and not ended: the year is ≥ 2021 and ≤ 2025. A span that ends
    before a year the page prints (`2015-2017年规划新建学校尚有31所` beside `2018年全市规划…`) is over: ≥ 2017."""
    if not p.match.group(2):
        return None
    end = int(p.match.group(2))
    if end < max(int(m.group(2) or m.group(1)) for m in YEAR_RE.finditer(p.flat)):
        return [Evidence(">=", end, 0.7, p.text(), "span", p.match.start())]
    return [Evidence(">=", p.year, 0.7, p.text(), "span", p.match.start()),
            Evidence("<=", int(p.match.group(2)), 0.6, p.text(), "span", p.match.start())]


# A span of years told as done: `2017年至2019年接连成功举办了三届`: its end is no target.
_SPAN_START_BEFORE_RE = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:至|到|—|－|-|~|～)\s*$")
_DONE_AFTER_RE = re.compile(r"[^。；！？，]{0,12}?(?:了|已经|已|接连|连续|先后|累计)")


# A span opening a sentence as a review of its years: `2016年到2019年，服装厂日益扩大` (not `…，全县将…`).
_SPAN_OPENING_RE = re.compile(r"(?:^|[。！？；”]|讯)(?:19|20)\d{2}\s*年\s*(?:至|到)\s*$")
_REVIEW_CLAUSE_RE = re.compile(r"[，,][^。；！？]{2,40}?[。；！？]")
_FUTURE_WORDS_RE = re.compile(r"将|要|计划|力争|预计|目标|争取|确保|规划|预期|有望")


def span_told_done(p: _Printed) -> list[Evidence] | None:
    """`2017年至2019年接连成功举办了三届`: the end of a span of years said to be done is a year past or
    ending, not a target (`至` here is no 'by the year'): the year is ≥ 2019, likelier 2020 (a span still
    running is said `2017年以来`). A span opening a sentence whose clause tells no plan (`2016年到2019年，
    服装厂日益扩大。`) is a review of those years too, a little less surely."""
    window = p.flat[max(0, p.match.start() - 10): p.match.start()]
    done = _DONE_AFTER_RE.match(p.flat, p.match.end())
    if done and _SPAN_START_BEFORE_RE.search(window) and not _ESTIMATE_RE.search(done.group()):
        return [Evidence(">=", p.year, 0.75, p.text(4), "done span", p.match.start(), profile="estimate")]
    clause = _REVIEW_CLAUSE_RE.match(p.flat, p.match.end())
    if clause and _SPAN_OPENING_RE.search(window) and not _FUTURE_WORDS_RE.search(clause.group()):
        return [Evidence(">=", p.year, 0.65, p.text(4), "done span", p.match.start(), profile="estimate")]
    return None


_STAMP_AFTER_RE = re.compile(r"\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]")


def date_stamp(p: _Printed) -> list[Evidence] | None:
    """`全市一季度工业项目观摩评比结果（2015年4月）`: a notice or table stamped with its month is printed
    within weeks: the year is ≥ 2015, most often 2015 (stamped December: as likely the year after)."""
    stamp = _STAMP_AFTER_RE.match(p.flat, p.match.end())
    if not stamp or not p.before.endswith(("（", "(")):
        return None
    profile = "result" if int(stamp.group("m")) == 12 else "soon"
    return [Evidence(">=", p.year, 0.8, p.text(len(stamp.group())), "date stamp", p.match.start(), profile=profile)]


def compared_year(p: _Printed) -> list[Evidence] | None:
    """`较2022年同期增加`: a comparison with the same period of an earlier year, most often the year
    before: the year is ≥ 2023, and likely 2023."""
    if not (_COMPARED_RE.search(p.before) and _SAME_PERIOD_RE.match(p.after)):
        return None
    return [Evidence(">=", p.year + 1, 0.9, p.text(2, lead=p.before[-1]), "comparison", p.match.start(), profile="soon")]


_BASE_BEFORE_RE = re.compile(r"(?:比|较|恢复至|恢复到|回升至|相当于|超过|高于|低于)$")


def compared_base(p: _Printed) -> list[Evidence] | None:
    """`比2019年增长1.1%`, `恢复至2019年的85%`: a year a figure is set against is behind the page:
    the year is ≥ 2020 (not a target: 至 here is no 'by the year')."""
    if not _BASE_BEFORE_RE.search(p.before):
        return None
    return [Evidence(">=", p.year + 1, 0.7, p.text(2, lead=p.before[-2:]), "base", p.match.start())]


_ENDED_BEFORE_RE = re.compile(r"(?:刚刚|刚)?过去的$")


_THAT_YEAR_AFTER_RE = re.compile(r"^(?:这一年|这一年里|这一年来|这一年中)")
# The year said to be over: `极不平凡的2022年已经画上圆满句号`, `2022年已经过去`.
_OVER_AFTER_RE = re.compile(r"[^，。；！？]{0,3}?(?:已经|已)(?:画上|过去|结束|落下帷幕|落幕|收官)")


def ended_year(p: _Printed) -> list[Evidence] | None:
    """`在过去的2014年，全市…`, `2014年已经画上圆满句号`: the year just ended, looked back on early in
    the next: the year is ≥ 2015, most often 2015; `2018年这一年，高新区…` looks back on a whole year
    too, less surely (a review at its very end says so as well)."""
    if _ENDED_BEFORE_RE.search(p.before) or _OVER_AFTER_RE.match(p.flat, p.match.end()):
        return [Evidence(">=", p.year + 1, 0.9, p.text(4, lead="过去的"), "ended", p.match.start(), profile="soon")]
    if _THAT_YEAR_AFTER_RE.match(p.after):
        return [Evidence(">=", p.year + 1, 0.7, p.text(3), "ended", p.match.start(), profile="soon")]
    return None


def estimated_year(p: _Printed) -> list[Evidence] | None:
    """`2023年预计完成投资50亿元`, `预计2020年全区GDP完成456亿元`: an estimate of a year's result: the
    year is under way or over, ≥ 2023; with no later year on the page it is printed when the year is over or nearly so, most
    often early in the next: likely 2024."""
    if not (_ESTIMATED_RE.match(p.flat, p.match.start())
            or (p.before.endswith("预计") and _ESTIMATED_AFTER_RE.match(p.flat, p.match.end()))):
        return None
    latest = max((int(m.group(2) or m.group(1)) for m in YEAR_RE.finditer(p.flat)), default=0)
    return [Evidence(">=", p.year, 0.8, p.text(4), "estimate", p.match.start(),
                     profile="estimate" if p.year >= latest else "")]


_COUNTED_TO_BEFORE_RE = re.compile(r"(?:截至|截止到|截止至|截止)$")
_YEAR_END_AFTER_RE = re.compile(r"^(?:底|末|[，,])")  # 截至2013年，… counts the whole year
_COUNTED_MONTH_RE = re.compile(r"^\s*(?P<m>1[0-2]|0?[1-9])\s*月")


def counted_to_year(p: _Printed) -> list[Evidence] | None:
    """`截至2020年底前，全县累计完成…`: a count up to a time now past. Up to a year's end: the year is
    ≥ 2021, most often 2021. Up to a month within it (`截至2020年6月`): ≥ 2020, most often 2020; up to
    November or December, as likely the year after (as `month_report`). Not a target (`底前` here is
    no deadline); a count said to come (`截至2025年底，将…`) is left to `forward_year`."""
    if not _COUNTED_TO_BEFORE_RE.search(p.before) or _ESTIMATE_RE.search(p.flat, p.match.end(), p.match.end() + 12):
        return None
    if _YEAR_END_AFTER_RE.match(p.after):
        return [Evidence(">=", p.year + 1, 0.8, p.text(2, lead="截"), "counted", p.match.start(), profile="soon")]
    month = _COUNTED_MONTH_RE.match(p.after)
    late = month is not None and int(month.group("m")) >= LATE_MONTH
    return [Evidence(">=", p.year, 0.8, p.text(2, lead="截"), "counted", p.match.start(),
                     profile="result" if late else "soon")]


# A sentence of targets: `力争年内新开发…，2021年…覆盖率80%，…` (the trigger opens the list, an earlier clause).
_LISTED_TARGETS_RE = re.compile(r"(?:力争|确保|争取|目标是|计划到|预计到)[^。；！？]{2,60}?，$")
_DONE_WORDS_RE = re.compile(r"已|了|完成了|实现了")
# What follows `到2021年` when a story is told up to a year past: an honour won, a rank reached.
_PAST_BY_RE = re.compile(r"[^，。；！？]{0,4}?(?:斩获|荣获|获评|被评为|被授予|入选|跻身|已经|已)")


def forward_year(p: _Printed) -> list[Evidence] | None:
    """`到2025年`, `2025年底前`, `力争…2027年建成投用`: a target: the year is ≤ 2025. A year opening a
    later clause of a sentence of targets (`力争年内…，2021年公共服务设施覆盖率80%，…`) is one too."""
    trigger = _FORWARD_BEFORE_RE.search(p.before)
    if trigger and trigger.group() == "到" and _PAST_BY_RE.match(p.flat, p.match.end()) and not _FUTURE_WORDS_RE.search(p.before):
        return None  # `到2021年斩获…金奖`: a story told up to a year past, no target
    listed = not p.before and _LISTED_TARGETS_RE.search(p.flat, max(0, p.match.start() - 62), p.match.start())
    listed = listed and not (_DONE_WORDS_RE.search(listed.group()) or YEAR_RE.search(listed.group())) and \
        not _PART_OF_YEAR_RE.match(p.after)  # the trigger is another year's (确保2030年前…，2013年上半年…)
    if not (_FORWARD_AFTER_RE.match(p.after) or trigger or listed):
        return None
    # A project's schedule to the month, or a year's settled figure forecast: set soon before, or within the year.
    near = "near" if _MILESTONE_RE.match(p.flat, p.match.end()) or forecast_of_year_result(p) else ""
    return [Evidence("<=", p.year, 0.8, p.text(3, lead=trigger.group() if trigger else ""), "target", p.match.start(),
                     profile=near)]


# A figure of the year's result forecast (`预计2022年全村集体收入将突破50万元`): the forecast's verb and its figure.
_FORECAST_BEFORE_RE = re.compile(r"(?:预计|有望)$")
_FORECAST_FIGURE_RE = re.compile(r"[^，。；！？\d]{0,20}?(?:达到|达|突破|超过|完成|实现)\d")


def forecast_of_year_result(p: _Printed) -> bool:
    """`预计2022年全村集体收入将突破50万元`: a forecast of a figure only known once the year has ended
    (jdash/data/settled_year_metrics.txt) is made within the year or late in the one before, as a schedule is
    (`yearmodel.NEAR_BEFORE`), not years ahead as a target (`到2035年`) may be.

    >>> forecast_of_year_result(_Printed("预计2022年全村集体收入将突破50万元", YEAR_RE.search("预计2022年全"), "预计"))
    True
    """
    figure = _FORECAST_FIGURE_RE.match(p.flat, p.match.end())
    return bool(_FORECAST_BEFORE_RE.search(p.before) and figure and _settled_metric_re().search(figure.group()))


# A project's milestone set to a month with what follows it told in its sentence: `2024年6月竣工投产，建成后年产…`.
# (`2018年10月底前工程完工`, `2010年12月31日竣工`; not a rule's start, `2026年1月起施行`).
_MILESTONE_RE = re.compile(r"\s*(?:1[0-2]|0?[1-9])\s*月(?:\d{1,2}日|底|份|中旬|下旬|上旬)?前?[^，。；！？\d]{0,4}?"
                           r"(?:投产|竣工|建成|完工|开工|投用|运营|通车)")
_AFTER_DONE_RE = re.compile(r"[^。；！？]{0,40}?(?:建成后|投产后|达产后|完工后|竣工后|届时)")


def scheduled_milestone(p: _Printed) -> list[Evidence] | None:
    """`某项目2024年6月正式投产，全部建成后，年产…`: a milestone set to its month, its sentence telling what
    follows it, is a schedule: the year is ≤ 2024, most often 2024 or the year before (no word of the
    past in between: `2022年3月开工，目前已…` is a step done)."""
    milestone = _MILESTONE_RE.match(p.flat, p.match.end())
    after = milestone and _AFTER_DONE_RE.match(p.flat, milestone.end())
    if not after or _DONE_WORDS_RE.search(after.group()):
        return None
    return [Evidence("<=", p.year, 0.7, p.text(len(milestone.group())), "schedule", p.match.start(), profile="near")]


@lru_cache(maxsize=None)
def _annual_words() -> tuple[tuple[re.Pattern[str], int, float, str], ...]:
    """(words, years after the named one, weight, rule) for a `2021年度` cue, strongest first: a
    review after the year, a selection within it, honours most often given after it
    (jdash/data/annual_*_words.txt)."""
    kinds = (("annual_review_words.txt", 1, 0.85, "review"), ("annual_selection_words.txt", 0, 0.7, "selection"),
             ("annual_result_words.txt", 1, 0.85, "review"))
    return tuple((re.compile(alternation_of(read_words(name))), shift, weight, rule)
                 for name, shift, weight, rule in kinds)


def annual_report_year(p: _Printed) -> list[Evidence] | None:
    """`2023年经济“年报”显示`, `2023年度财务工作报告`: a year's report comes out after it: the year is
    ≥ 2024, most often 2024 (jdash/data/annual_reports.csv)."""
    annual = p.after.startswith("度")
    if not _annual_report_res()[annual].match(p.flat, p.match.end() + annual):
        return None
    return [Evidence(">=", p.year + 1, 0.85, p.text(8), "report", p.match.start(), profile="soon")]


@lru_cache(maxsize=None)
def _annual_report_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The report words after `2023年` (first) and after `2023年度` (second: those words too)."""
    rows = read_table("annual_reports.csv")
    after_year = [r["word"] for r in rows if r["printed_after"] == "年"]
    return tuple(re.compile(rf"[^。；，！？]{{0,12}}?(?:{alternation_of(words)})")  # type: ignore[return-value]
                 for words in (after_year, [r["word"] for r in rows]))


_APPRAISAL_RE = re.compile(r"[^。；！？，]{0,20}?(?:评价|考核|综合考评|绩效评估)(?:中|结果)")


def appraised_year(p: _Printed) -> list[Evidence] | None:
    """`在山东省2019年县域经济高质量发展差异化评价中列为先进县`: a year appraised as a whole is over:
    the year is ≥ 2020, most often 2020."""
    if p.after.startswith("度") or not _APPRAISAL_RE.match(p.flat, p.match.end()):
        return None
    return [Evidence(">=", p.year + 1, 0.75, p.text(8), "review", p.match.start(), profile="soon")]


_CLAUSE_AFTER_RE = re.compile(r"[^，。；！？]{0,40}(?=[，。；！？])")


def reviewed_year(p: _Printed) -> list[Evidence] | None:
    """`表彰2021年度优秀党组织`: an annual review: the year is ≥ 2022, most often 2022; a selection
    under way (`开展2021年度…评选活动`) is of the year itself: ≥ 2021, most often 2021."""
    if not p.after.startswith("度"):
        return None
    clause = _CLAUSE_AFTER_RE.match(p.flat, p.match.end())  # `2018年度全省…示范点开始申报。`: its clause
    near = p.flat[max(0, p.match.start() - 20): max(p.match.end() + 20, clause.end() if clause else 0)]
    for words, shift, weight, rule in _annual_words():
        if words.search(near):
            return [Evidence(">=", p.year + shift, weight, p.text(8), rule, p.match.start(), profile="soon")]
    return None


_LOOKED_BACK_RE = re.compile(r"(?:过去一年|过去的一年|刚刚过去的一年|回顾过去的一年|(?<![\d十百千两二三四五六七八九])一年来)")
LOOK_BACK_REACH = 300  # how far after the year `过去一年` still speaks of it (within one article)


def looked_back_year(p: _Printed) -> list[Evidence] | None:
    """`2019年，全县经济运行稳中有进……过去一年，全县…`: a year opening a review that calls it the past
    year (no other year printed between): the year just ended: the year is ≥ 2020, most often 2020. The
    review may call it so first (`过去的一年，…。2019年，全县…`: `looked_back_before`)."""
    if p.before or not p.after.startswith(("，", ",")):
        return None
    following = p.flat[p.match.end(): p.match.end() + LOOK_BACK_REACH]
    back = _LOOKED_BACK_RE.search(following)
    if not back or YEAR_RE.search(following[: back.start()]):
        return looked_back_before(p)
    return [Evidence(">=", p.year + 1, 0.85, p.text(2) + "……" + back.group(), "ended", p.match.start(), profile="soon")]


LOOK_BACK_BEFORE_REACH = 200  # how far before the year its review may call it `过去的一年` (within one article)
_PLANNED_RE = re.compile(r"将|计划|力争|预计|争取|确保|有望|打算")  # `2023年，全市将…`: the year to come, no review


def looked_back_before(p: _Printed) -> list[Evidence] | None:
    """`过去的一年，…全县喜事连连。2019年，全县…`: a review that opens on the past year and then
    names it (no other year printed between) names the year just ended: the year is ≥ 2020, most often 2020;
    the year's clause telling a plan (`2020年，全县将…`) is the year to come, no review.

    >>> [c.describe() for c in page_cues("过去的一年，全县亮点纷呈。2020年，全县新建公园8处。")]
    ['过去的一年……2020年， (≥ 2021)']
    """
    preceding = p.flat[max(0, p.match.start() - LOOK_BACK_BEFORE_REACH): p.match.start()]
    back = None
    for back in _LOOKED_BACK_RE.finditer(preceding):
        pass
    clause = _CLAUSE_AFTER_RE.match(p.flat, p.match.end() + 1)
    if back is None or YEAR_RE.search(preceding[back.end():]) or (clause and _PLANNED_RE.search(clause.group())):
        return None
    return [Evidence(">=", p.year + 1, 0.8, back.group() + "……" + p.text(1), "ended", p.match.start(), profile="soon")]


def whole_year_result(p: _Printed) -> list[Evidence] | None:
    """`2012年，全县新建农家书屋45个`: a year opening a sentence of figures is the year just ended
    (a review) or the year under way (`2025年，全县共有89个项目纳入省重点`): the year is ≥ 2012, as
    likely 2012 as 2013 (other cues decide); an estimate (`预计`) is not a result."""
    result = _FULL_YEAR_RESULT_RE.match(p.flat, p.match.end())
    if p.before or not result or _ESTIMATE_RE.search(result.group()):
        return None
    text = p.match.group() + result.group()[:8]
    return [Evidence(">=", p.year, 0.75, text, "result", p.match.start(), profile="result")]


@lru_cache(maxsize=1)
def _settled_metric_re() -> re.Pattern[str]:
    return re.compile(alternation_of(read_words("settled_year_metrics.txt")))


_SENTENCE_REST_RE = re.compile(r"[^。；！？]*")


def settled_year_result(p: _Printed) -> list[Evidence] | None:
    """`2011年，村民人均收入约6600元`, `2024年，全县集中开工7个项目，…全产业链产值增长41.1%`, `…，2021年村集体收入
    达到86万元`: a year opening a sentence or clause of results that gives a figure only known once the year has
    ended (jdash/data/settled_year_metrics.txt): the year is ≥ 2012, most often 2012; a sentence of estimates
    (`预计`) gives none."""
    result = _FULL_YEAR_RESULT_RE.match(p.flat, p.match.end()) or _DONE_RESULT_RE.match(p.flat, p.match.end()) \
        or _REACHED_RESULT_RE.match(p.flat, p.match.end())
    sentence = _SENTENCE_REST_RE.match(p.flat, p.match.end())
    said = sentence.group() if sentence else ""
    if p.before or not result or _ESTIMATE_RE.search(said) or not _settled_metric_re().search(said):
        return None
    text = p.match.group() + result.group()[:12]
    return [Evidence(">=", p.year + 1, 0.7, text, "settled", p.match.start(), profile="soon")]


_PART_OF_YEAR_RE = re.compile(r"^(?:上半年|前三季度|一季度|第一季度|前两个月|[1一]\s*[-—－至到~～]\s*\d{1,2}\s*月)")
# A phase of the year named in the year's own phrase (`2019年第一批重大项目`, `2017年年中观摩`,
# `2020年“四个一批”项目建设三季度集中开工`, `2025年春季集中开工`): an event of the year under way.
# A batch (首批, 第三批) is the year's own only right after it (`2019年第一批`, `2019年全市第一批`): after a
# verb it is a batch of something else (`2021年获批创建…和第三批国家级…`: a scheme's third batch).
_PHASE_OF_YEAR_RE = re.compile(r"(?:[^，。；！？：\d]{0,14}?(?:上半年|下半年|[一二三四]季度|年中|年初|春季|夏季|秋季|冬季)"
                               r"|(?:度|全[省市县区])?(?:首批|第[一二三四五六七八九十]批))")


@lru_cache(maxsize=None)
def _holiday_of_year_re() -> re.Pattern[str]:
    """A holiday of the year right after it (`2012年春节期间`; jdash/data/holidays.txt)."""
    return re.compile(rf"[“”\"]?(?:{alternation_of(read_words('holidays.txt'))})")


def part_of_year(p: _Printed) -> list[Evidence] | None:
    """`2013年上半年全市完成投资100亿元`, `2019年第一批项目集中开工`, `2012年春节期间，全县接待游客…`:
    part, phase or holiday of a year, reported while the year runs: the year is ≥ 2013, most often 2013."""
    if not (_PART_OF_YEAR_RE.match(p.after) or _PHASE_OF_YEAR_RE.match(p.flat, p.match.end())
            or _holiday_of_year_re().match(p.flat, p.match.end())):
        return None
    return [Evidence(">=", p.year, 0.85, p.text(4), "year", p.match.start(), profile="soon")]


_MONTH_REPORT_RE = re.compile(r"^\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:份(?!开始|起)|[，,]?全[市县区省镇])")
LATE_MONTH = 11  # a report on November or December is printed that year or early the next


LATE_SINCE_MONTH = 10  # a span from October on as likely runs into the year after
_SINCE_MONTH_RE = re.compile(r"^\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:份|中旬|下旬|上旬|底|初)?(?:以来|至今)")


def since_month(p: _Printed) -> list[Evidence] | None:
    """`2010年10月份以来，降水持续偏少`: a span from a month to the page: the year is ≥ 2010, most often
    2010; from October on, the span as likely runs into the year after (`2010年10月份以来` in a
    February report)."""
    hit = _SINCE_MONTH_RE.match(p.after)
    if not hit:
        return None
    profile = "result" if int(hit.group("m")) >= LATE_SINCE_MONTH else "since"
    return [Evidence(">=", p.year, 0.8, p.text(6), "since month", p.match.start(), profile=profile)]



# A month's report gives figures or a standing (状况, 排名) before its sentence ends; a month opening a
# story (`2012年8月份，…战略出台`) tells of a year past as often as of the year under way.
_MONTH_FIGURES_RE = re.compile(r"[^。；！？]{0,40}?(?:\d|状况|情况|排名|指数)")


def month_report(p: _Printed) -> list[Evidence] | None:
    """`2016年6月份，全市环境空气质量…`: a report on one month, printed the month after: the year is
    ≥ 2016, most often 2016; a report on November or December is as likely printed the year after.
    A month that opens a story without figures (`2012年8月份，…战略出台`) is no report (`plain_year`)."""
    hit = _MONTH_REPORT_RE.match(p.after)
    if not hit or not _MONTH_FIGURES_RE.match(p.flat, p.match.end() + hit.end()):
        return None
    profile = "result" if int(hit.group("m")) >= LATE_MONTH else "soon"
    return [Evidence(">=", p.year, 0.8, p.text(4), "month", p.match.start(), profile=profile)]


@lru_cache(maxsize=1)
def _year_projects_re() -> re.Pattern[str]:
    rows = read_table("year_projects.csv")
    marks, nouns = (alternation_of([r["word"] for r in rows if r["part"] == part]) for part in ("mark", "noun"))
    return re.compile(rf"[^。，；！？、：\d]{{0,8}}?(?:{marks})[^。，；！？、：\d]{{0,6}}?(?:{nouns})")


def year_projects(p: _Printed) -> list[Evidence] | None:
    """`我市5个项目列入2017年省重点建设项目`, `2010年全市重点在建旅游项目86个`: a year's list of key
    projects is drawn up for the year under way and reported within it (jdash/data/year_projects.csv):
    the year is ≥ 2017, most often 2017."""
    if p.after.startswith("度") or not _year_projects_re().match(p.flat, p.match.end()):
        return None
    return [Evidence(">=", p.year, 0.85, p.text(8), "year projects", p.match.start(), profile="soon")]


def since_year(p: _Printed) -> list[Evidence] | None:
    """`2023年以来，全镇新增…`: a span from a year to the page: the year is ≥ 2023; the page names
    the year (not 今年以来) nearly as often after it as within it: 2023 or 2024, hardly later."""
    if not p.after.startswith("以来"):
        return None
    return [Evidence(">=", p.year, 0.75, p.text(2), "year", p.match.start(), profile="since")]


_DATED_LEAD_RE = re.compile(r"(?P<m>\d{1,2})月\d{1,2}日")
_DATELINE_BEFORE_RE = re.compile(r"讯(?:[（(][^）)]{0,40}[）)])?$")


def dated_lead(p: _Printed) -> list[Evidence] | None:
    """`本报嘉祥讯 2018年5月21日，…项目奠基开工`: the lead opens with its event's full date: the
    issue follows within days: the year is 2018 (or early the next, for a date late in December)."""
    date = _DATED_LEAD_RE.match(p.flat, p.match.end())
    if not (date and _DATELINE_BEFORE_RE.search(p.flat, 0, p.match.start())):
        return None
    late = int(date.group("m")) == 12  # 2023年12月30日 may well be printed in January 2024
    return [Evidence(">=", p.year, 0.9, p.text(6), "lead date", p.match.start(), profile="result" if late else "soon")]


_AGAINST_LAST_YEAR_RE = re.compile(r"[^。；！？]{0,30}?(?:与|比|较|同|比上|超过)去年")


def against_last_year(p: _Printed) -> list[Evidence] | None:
    """`2014年全市小麦种植面积561.4万亩，与去年基本持平`: a year set against 去年 in its own sentence is
    the page's year itself (a year later the paper would say 上年): the year is 2014."""
    if not _AGAINST_LAST_YEAR_RE.match(p.flat, p.match.end()):
        return None
    return [Evidence("=", p.year, 0.8, p.text(6), "this year", p.match.start())]


_ELAPSED_RE = re.compile(r"(?P<m>1[0-2]|[1-9])月[^。；！？]{0,16}?(?:仅仅|仅用|短短|历时|用了|不到|仅)?"
                         r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})个月")


def elapsed_since(p: _Printed) -> list[Evidence] | None:
    """`该项目自2012年4月破土动工，仅仅18个月，一期已完工`: months counted from a month to the page: the
    year is the one 18 months after April 2012: 2013."""
    m = _ELAPSED_RE.match(p.flat, p.match.end())
    if not m or not p.before.endswith(("自", "从", "于")) or (n := chinese_number(m.group("n"))) is None:
        return None
    year = p.year + (int(m.group("m")) + n - 1) // 12
    return [Evidence(">=", year, 0.75, p.match.group() + m.group(), "elapsed", p.match.start(), profile="soon")]


_COUNTED_YEARS_RE = re.compile(r"(?:(?<=[。，；！？])|(?<=^))(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})(?:多)?年(?:来|间|里)")
COUNTED_YEARS_REACH = 200  # how far after `自2009年…以来` its `五年来` may stand


def years_counted_since(p: _Printed) -> list[Evidence] | None:
    """`自2009年封闭开发建设以来，……。五年来，累计投资9亿元`: years counted from a year to the page: the
    year is 2009 + 5 = 2014 (no other year printed between). A start said with 开始 needs no 自 (`2015年3月开始，
    …`), and its count may come first (`五年前，…，2015年3月开始…`).

    >>> [c.describe() for c in page_cues("五年前，这里还是荒山，2015年3月开始建设景区，如今游客如织。")]
    ['五年前……2015年3月开始 (= 2020)']
    """
    started = _STARTED_AFTER_RE.match(p.flat, p.match.end())
    since = started or (re.match(r"[^。；！？，]{0,16}?(?:以来|至今)", p.flat[p.match.end():])
                        if p.before.endswith(("自", "从")) else None)
    if not since:
        return None
    if started and (ago := _years_ago_before(p)):
        return [Evidence("=", p.year + ago[0], 0.6, ago[1] + "……" + p.text(len(started.group())), "years counted",
                         p.match.start())]
    following = p.flat[p.match.end(): p.match.end() + COUNTED_YEARS_REACH]
    counted = _COUNTED_YEARS_RE.search(following, since.end() - (p.match.end() if started else 0))
    if not counted or YEAR_RE.search(following[: counted.start()]) or not (n := chinese_number(counted.group("n"))):
        return None
    return [Evidence("=", p.year + n, 0.6, p.text(2) + "……" + counted.group(), "years counted", p.match.start())]


# A start said as such after a year (`2015年3月开始`, `2015年起步`); a count of years ago opening a clause before it.
_STARTED_AFTER_RE = re.compile(r"\s*(?:(?:1[0-2]|0?[1-9])\s*月份?)?(?:开始|起步)")
_YEARS_AGO_RE = re.compile(r"(?<![\d一二两三四五六七八九十百])(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})(?:多)?年前[，,]")


def _years_ago_before(p: _Printed) -> tuple[int, str] | None:
    """`五年前，…，2015年3月开始`: the years ago its sentence counts before the year (no other year between)."""
    sentence = _SENTENCE_START_RE.search(p.flat, 0, p.match.start())
    ago = None
    for ago in _YEARS_AGO_RE.finditer(sentence.group() if sentence else ""):
        pass
    if ago is None or YEAR_RE.search(sentence.group()[ago.end():]) or not (n := chinese_number(ago.group("n"))):
        return None
    return n, ago.group()[:-1]


# An honour or approval a clause opened by a year tells (`2019年获批创建…`, `2009年…获欧盟认可`).
_HONOUR_CLAUSE_RE = re.compile(r"[，,]?[^，。；！？]{0,30}?(?:获批|获评|获得|荣获|获|被评为|被授予|授予|被命名为|认可|入选|列入|认定)")
_SENTENCE_START_RE = re.compile(r"[^。；！？]*$")


def honours_listed(p: _Printed) -> list[Evidence] | None:
    """`2002年，某县获…之最，2009年某某大米获…认可`: a year of an honour listed after an earlier year's
    honour in one sentence (no month: `2018年6月，…被授予…` is news) is a step of a place's history, told
    later: the year is ≥ 2009, likelier a year or more after it than 2009 itself (`HISTORY` profile).

    >>> [c.describe() for c in page_cues("2015年，某村获评省级文明村，2019年某村入选全国示范村名录。") if c.rule == "history"]
    ['2019年某村入选 (≥ 2019, told later)']
    """
    if p.before or not _HONOUR_CLAUSE_RE.match(p.flat, p.match.end()) or _MONTH_AFTER_RE.match(p.after):
        return None
    sentence = _SENTENCE_START_RE.search(p.flat, 0, p.match.start())
    said = sentence.group() if sentence else ""
    earlier = [m for m in YEAR_RE.finditer(said) if _HONOUR_CLAUSE_RE.match(said, m.end())]
    if not earlier or any(_FUTURE_WORDS_RE.search(said[m.end():]) for m in earlier[-1:]):
        return None
    return [Evidence(">=", p.year, 0.75, p.text(4), "history", p.match.start(), profile="history")]


_MONTH_AFTER_RE = re.compile(r"\s*(?:1[0-2]|0?[1-9])\s*月")


@lru_cache(maxsize=None)
def _december_meeting_re() -> re.Pattern[str]:
    return re.compile(rf"(?:召开的)?(?:{alternation_of(read_words('december_meetings.txt'))})")


def december_meeting(p: _Printed) -> list[Evidence] | None:
    """`2019年中央经济工作会议提出，…`: a meeting held every December named with its year (jdash/data/
    december_meetings.txt) is spoken of as guidance in the year after: the year is ≥ 2020, most often 2020.

    >>> [c.describe() for c in december_meeting(_Printed("2019年中央经济工作会议提出", YEAR_RE.search("2019年中"), ""))]
    ['2019年中央经济工作会议 (≥ 2020)']
    """
    said = _named_after(p, _december_meeting_re())
    return [Evidence(">=", p.year + 1, 0.75, said, "december meeting", p.match.start(), profile="soon")] if said else None


@lru_cache(maxsize=None)
def _event_to_come_re() -> re.Pattern[str]:
    kinds = alternation_of(read_words("named_event_words.txt"))
    return re.compile(rf"[^，。；！？：、\d\s]{{0,16}}?(?:{kinds})[^，。；！？]{{0,4}}?(?:将于|将在|定于|拟于|即将|将)")


def event_to_come(p: _Printed) -> list[Evidence] | None:
    """`2016年某县梨花节将于4月8日开幕`: an event named with its year (with 年) and told as still to come is that
    year's edition, announced in its year (or late in the year before): the year is 2016. A year's event looked
    back on (`2016年梨花节期间，共接待游客…`) is left to the other rules.

    >>> [c.describe() for c in event_to_come(_Printed("2016年某县梨花节将于4月8日开幕", YEAR_RE.search("2016年某"), ""))]
    ['2016年某县梨花节将于 (= 2016)']
    """
    said = _named_after(p, _event_to_come_re())
    return [Evidence("=", p.year, 0.75, said, "event to come", p.match.start())] if said else None


def _named_after(p: _Printed, pattern: re.Pattern[str]) -> str | None:
    """The year (one year, not a span) and what `pattern` reads right after it, as printed; None when it reads nothing."""
    m = pattern.match(p.flat, p.match.end())
    return p.flat[p.match.start(): m.end()] if m and not p.match.group(2) else None


def plain_year(p: _Printed) -> list[Evidence]:
    """`2023年以来`, `2021年全镇新修道路12条`: a year spoken of as past or present: the year is ≥ 2023."""
    return [Evidence(">=", p.year, 0.75, p.text(2), "year", p.match.start())]


# How a printed year is read: the first rule that answers decides.
PRINTED_YEAR_RULES: tuple[Callable[[_Printed], list[Evidence] | None], ...] = (
    span_of_years, span_told_done, date_stamp, compared_year, compared_base, ended_year, estimated_year,
    counted_to_year, december_meeting, event_to_come, forward_year, scheduled_milestone, annual_report_year, appraised_year, reviewed_year, dated_lead, against_last_year,
    elapsed_since, since_month, looked_back_year, settled_year_result, whole_year_result, month_report, part_of_year,
    year_projects, years_counted_since, since_year, honours_listed, plain_year)


# A dateline or credit right before a year opens the sentence: `本报梁山讯2019年，…` (讯 at its end only:
# 通讯员, 资讯 run on).
_DATELINE_END_RE = re.compile(r"^.*讯(?:[（(][^）)]*[）)])?$")


_OPENING_QUOTE_END_RE = re.compile(r"[“‘「『]$")
# A lead-in closed by a colon opens the statement after it as a sentence is opened: `统计显示：2019年，某村集体收入…`.
_LEAD_IN_END_RE = re.compile(r"(?:显示|表明|统计|介绍|获悉|了解|得知)[：:]$")


def printed_year_cues(flat: str) -> list[Evidence]:
    """Each year printed in `flat`, read by `PRINTED_YEAR_RULES`. The clause before a year stops at
    the year before it: in `到2025年改造好1998年底前建成的`, 到 is 2025's, not 2000's."""
    found: list[Evidence] = []
    previous_end = 0
    for m in YEAR_RE.finditer(flat):
        before = _DATELINE_END_RE.sub("", re.split(r"[。；！？，]", flat[max(previous_end, m.start() - 14): m.start()])[-1])
        before = "" if _OPENING_QUOTE_END_RE.search(before) or _LEAD_IN_END_RE.search(before) else before  # “2024年，…
        previous_end = m.end()
        printed = _Printed(flat, m, before)
        for rule in PRINTED_YEAR_RULES:
            if (cues := rule(printed)) is not None:
                found.extend(cues)
                break
    return [e for e in found if 1949 <= e.year <= 2100]


_RELATIVE_DATE_RE = re.compile(r"(?P<word>去年|今年|前年)(?P<md>\d{1,2}月\d{1,2}日)")
_FULL_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{1,2}月\d{1,2}日)")
_RELATIVE_SHIFT = {"今年": 0, "去年": 1, "前年": 2}


def relative_date_cues(flat: str) -> list[Evidence]:
    """`去年12月28日` where the page also prints `2019年12月28日`: the same day seen from a year
    later: the year is 2020."""
    full = {m.group(2): int(m.group(1)) for m in _FULL_DATE_RE.finditer(flat)}
    return [Evidence("=", full[m.group("md")] + _RELATIVE_SHIFT[m.group("word")], 0.85, m.group(), "relative",
                     m.start()) for m in _RELATIVE_DATE_RE.finditer(flat) if m.group("md") in full]


_RELATIVE_MONTH_RE = re.compile(r"(?P<word>去年|前年)(?P<m>1[0-2]|[1-9])月")
_FULL_MONTH_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})年(1[0-2]|[1-9])月")


def relative_month_cues(flat: str) -> list[Evidence]:
    """`去年9月10日以来…` where the page also prints `2010年9月收完水稻`: the month seen from a year later:
    the year is 2011 (less sure than the same day: two Septembers may be meant).

    >>> [c.describe() for c in relative_month_cues("2010年9月播下麦种。自去年9月10日以来无有效降水。")]
    ['去年9月 (= 2011)']
    """
    full: dict[int, set[int]] = {}
    for m in _FULL_MONTH_RE.finditer(flat):
        full.setdefault(int(m.group(2)), set()).add(int(m.group(1)))
    return [Evidence("=", next(iter(years)) + _RELATIVE_SHIFT[m.group("word")], 0.75, m.group(), "relative", m.start())
            for m in _RELATIVE_MONTH_RE.finditer(flat)
            if len(years := full.get(int(m.group("m")), set())) == 1]


# A figure worth matching: at least three digits, or a decimal, or with 万/亿 (`432万`, `83.85`).
_FIGURE_RE = re.compile(r"\d+\.\d+[万亿]?|\d{3,}[万亿]?|\d+[万亿]")
FIGURE_REACH = 16  # how far after 去年 or a printed year its figure may stand


def last_year_figure_cues(flat: str) -> list[Evidence]:
    """`去年接待游客432万人次` where the page also prints `2013年共接待游客为432万人次`: one figure said of
    去年 and of a printed year: the year is the one after it, 2014.

    >>> [c.describe() for c in last_year_figure_cues("去年接待游客432万人次。2013年共接待游客432万人次。")]
    ['去年接待游客432万 (= 2014)']
    """
    by_figure: dict[str, set[int]] = {}
    for m in YEAR_RE.finditer(flat):
        for f in _FIGURE_RE.finditer(flat, m.end(), m.end() + FIGURE_REACH):
            by_figure.setdefault(f.group(), set()).add(int(m.group(1)))
    found = []
    for m in re.finditer("去年", flat):
        f = _FIGURE_RE.search(flat, m.end(), m.end() + FIGURE_REACH)
        if f and len(years := by_figure.get(f.group(), set())) == 1 and not YEAR_RE.search(flat, m.end(), f.start()):
            found.append(Evidence("=", next(iter(years)) + 1, 0.8, flat[m.start(): f.end()], "relative", m.start()))
    return found


CALENDAR_YEARS = range(1980, 2041)  # the years a weekday's or a festival's date is looked up in
_WEEKDAYS = "一二三四五六日"
_WEEKDAY_DATE_RE = re.compile(r"(?<!\d)(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*日\s*[（(]?\s*"
                              r"(?:星期|周|礼拜)(?P<w>[一二三四五六日天])\s*[）)]?")


def weekday_cues(flat: str) -> list[Evidence]:
    """`3月5日（星期二）`: the years in which that day is that weekday (2013, 2019, 2024 …); alone it names
    no year, beside other cues it picks among the years they leave.

    >>> [c.among[-3:] for c in weekday_cues("3月5日（星期二），全县召开大会。")]
    [(2019, 2024, 2030)]
    """
    found = []
    for m in _WEEKDAY_DATE_RE.finditer(flat):
        month, day, weekday = int(m.group("m")), int(m.group("d")), _WEEKDAYS.index(m.group("w").replace("天", "日"))
        years = tuple(y for y in CALENDAR_YEARS if _weekday(y, month, day) == weekday)
        if years:
            found.append(Evidence("among", years[0], 0.8, m.group(), "weekday", m.start(), among=years))
    return found


def _weekday(year: int, month: int, day: int) -> int | None:
    """Monday 0 … Sunday 6 of a date, or None when there is no such day (2月30日)."""
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def lunar_months() -> dict[tuple[int, int], dt.date]:
    """(lunar year, month) → the Gregorian date of the month's first day (leap months left out:
    jdash/data/lunar_months.csv)."""
    return {(int(r["lunar_year"]), int(r["month"])): dt.date.fromisoformat(r["first_day"])
            for r in read_table("lunar_months.csv") if r["leap"] == "0"}


def lunar_to_solar(year: int, month: int, day: int | None) -> dt.date | None:
    """The Gregorian date of a lunar one (`day` None: the month's last day); None beyond the table.

    >>> lunar_to_solar(2016, 8, 15), lunar_to_solar(2019, 12, None)
    (datetime.date(2016, 9, 15), datetime.date(2020, 1, 24))
    """
    first = lunar_months().get((year, month))
    if first is None:
        return None
    if day is not None:
        return first + dt.timedelta(days=day - 1)
    following = lunar_months().get((year + 1, 1) if month == 12 else (year, month + 1))
    return following - dt.timedelta(days=1) if following else None


_LUNAR_MONTHS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                 "冬": 11, "十一": 11, "腊": 12, "十二": 12}
_LUNAR_DATE_RE = re.compile(r"(?:农历(?P<m>十一|十二|[正一二三四五六七八九十冬腊])月|(?P<m2>[正腊冬])月|(?P<big>大年))"
                            r"(?P<d>初[一二三四五六七八九十]|[二廿]十|三十|[十廿][一二三四五六七八九]|二十[一二三四五六七八九])")
LUNAR_REACH = 12  # how far after a Gregorian date its lunar date may stand


def lunar_day(text: str) -> int | None:
    """A lunar day as printed: `初一` 1, `十六` 16, `廿三` 23, `三十` 30.

    >>> lunar_day("初一"), lunar_day("十六"), lunar_day("廿三"), lunar_day("三十")
    (1, 16, 23, 30)
    """
    if text.startswith("初"):
        return chinese_number(text[1:])
    return chinese_number(text.replace("廿", "二十"))


def lunar_dates_with_solar(flat: str) -> list[Evidence]:
    """`1月10日（农历腊月十六）`, `2月2日至3日，农历腊月三十到大年初一`: a Gregorian date printed with its
    lunar date: the years in which the two fall together (2020; every 19 years or so the pair comes back)."""
    found = []
    for m in _SOLAR_DATE_RE.finditer(flat):
        lunar = _LUNAR_DATE_RE.search(flat, m.end(), m.end() + LUNAR_REACH)
        if not lunar or re.search(r"[。；！？]", flat[m.end(): lunar.start()]):
            continue
        month = 1 if lunar.group("big") else _LUNAR_MONTHS[lunar.group("m") or lunar.group("m2")]
        day = lunar_day(lunar.group("d"))
        solar = (int(m.group("m")), int(m.group("d")))
        years = tuple(y for y in CALENDAR_YEARS if day and any(
            (d := lunar_to_solar(ly, month, day)) and (d.year, d.month, d.day) == (y, *solar) for ly in (y - 1, y)))
        if years:
            found.append(Evidence("among", years[0], 0.85, flat[m.start(): lunar.end()], "lunar date", m.start(),
                                  among=years))
    return found


_SOLAR_DATE_RE = re.compile(r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*日")


@lru_cache(maxsize=1)
def festivals() -> dict[str, tuple[int, int | None]]:
    """Festival name → (lunar month, lunar day; None for the month's last day) (jdash/data/festivals.csv)."""
    return {r["name"]: (int(r["month"]), None if r["day"] == "last" else int(r["day"])) for r in read_table("festivals.csv")}


def festival_date(name: str, year: int) -> dt.date | None:
    """The Gregorian date of a festival in a Gregorian year (除夕 of the lunar year ending in it).

    >>> festival_date("中秋", 2016), festival_date("除夕", 2020), festival_date("春节", 2020)
    (datetime.date(2016, 9, 15), datetime.date(2020, 1, 24), datetime.date(2020, 1, 25))
    """
    month, day = festivals()[name]
    return lunar_to_solar(year - 1 if month == 12 and day is None else year, month, day)


FESTIVAL_WEIGHT = 0.6  # a holiday's days may be printed loosely (the days off around it, a week of it)


def holiday_span_re(names: Iterable[str]) -> re.Pattern[str]:
    """A holiday of `names` (`中秋小长假`, `“五一”假期`) and, within its sentence, the span of days printed for it."""
    return re.compile(rf"(?P<name>{alternation_of(names)})(?:节)?[”’\"]?(?:小长假|假期|长假|黄金周|期间)[^。；！？]{{0,30}}?"
                      rf"(?P<m>1[0-2]|0?[1-9])月(?P<d>\d{{1,2}})日\s*(?:至|到|—|-|－)\s*(?:(?P<m2>1[0-2]|0?[1-9])月)?"
                      rf"(?P<d2>\d{{1,2}})日")


def printed_days(m: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last day a `holiday_span_re` match prints, as (month, day).

    >>> printed_days(holiday_span_re(["中秋"]).search("中秋假期，9月29日至10月1日。"))
    ((9, 29), (10, 1))
    """
    return (int(m.group("m")), int(m.group("d"))), (int(m.group("m2") or m.group("m")), int(m.group("d2")))


@lru_cache(maxsize=1)
def _festival_span_re() -> re.Pattern[str]:
    return holiday_span_re(festivals())


def festival_holiday_cues(flat: str) -> list[Evidence]:
    """`今年中秋小长假，…，9月15日至17日，共接待游客164.35万人次`: a festival's holiday printed with its days:
    the years in which the festival falls within them (1997, 2016, 2024, 2027, 2035).

    >>> [c.among for c in festival_holiday_cues("今年中秋小长假，9月15日至17日，全市接待游客164万人次。")]
    [(1997, 2016, 2024, 2027, 2035)]
    """
    found = []
    for m in _festival_span_re().finditer(flat):
        first, last = printed_days(m)
        years = tuple(y for y in CALENDAR_YEARS if (d := festival_date(m.group("name"), y)) and first <= (d.month, d.day) <= last)
        if years:
            found.append(Evidence("among", years[0], FESTIVAL_WEIGHT, m.group(), "festival", m.start(), among=years))
    return found


@lru_cache(maxsize=1)
def fixed_days() -> dict[str, tuple[dt.date, int]]:
    """Each printed name of a day kept on a fixed date (`六一`, `儿童节`) → (its date in 2000, the days its
    holiday runs from it) (jdash/data/fixed_days.csv)."""
    return {name: (dt.date.fromisoformat(f"2000-{row['date']}"), int(row["days"]))
            for row in read_table("fixed_days.csv") for name in row["names"].split("|")}


MEETING_SLACK = 2  # days a festival may lie before or after a fixed day's holiday and still be said to meet it
MEETING_WEIGHT = 0.7
_MEET_VERBS = r"(?:恰逢|正逢|适逢|巧逢|喜逢|恰遇|巧遇|撞上|遇上|碰上|赶上|撞|遇)"


@lru_cache(maxsize=1)
def _festival_meets_day_re() -> re.Pattern[str]:
    festival, day = alternation_of(festivals()), alternation_of(fixed_days())
    joint = rf"[”’\"]?(?:节)?[”’\"]?(?:小长假|假期|长假|当天|期间)?[^。；！？，、]{{0,3}}?{_MEET_VERBS}[“‘\"]?"
    return re.compile(rf"(?P<f>{festival}){joint}(?P<d>{day})|(?P<d2>{day}){joint}(?P<f2>{festival})")


def festival_meets_day_cues(flat: str) -> list[Evidence]:
    """`今年端午假期正逢“六一”`, `国庆撞上中秋`: a lunar festival said to meet a day of a fixed date
    (jdash/data/fixed_days.csv) falls within that day's holiday, give or take MEETING_SLACK days: the years
    in which it does (端午 and 六一: … 2006, 2014, 2017, 2022, 2025 …); alone it names no year.

    >>> [c.among[-4:] for c in festival_meets_day_cues("今年端午假期正逢“六一”，公园里孩子格外多。")]
    [(2022, 2025, 2033, 2036)]
    """
    found = []
    for m in _festival_meets_day_re().finditer(flat):
        festival, day = m.group("f") or m.group("f2"), m.group("d") or m.group("d2")
        fixed, days = fixed_days()[day]
        years = tuple(y for y in CALENDAR_YEARS if (d := festival_date(festival, y)) is not None
                      and -MEETING_SLACK <= (d - fixed.replace(year=y)).days <= days - 1 + MEETING_SLACK)
        if years:
            found.append(Evidence("among", years[0], MEETING_WEIGHT, m.group(), "festival meets day", m.start(),
                                  among=years))
    return found


@lru_cache(maxsize=1)
def holiday_arrangements() -> dict[str, dict[int, tuple[tuple[int, int], tuple[int, int]]]]:
    """Each printed name of a holiday whose days the State Council sets (`五一`, `劳动节`) → year → its first and
    last day off as (month, day) (jdash/data/holiday_arrangements.csv)."""
    table: dict[str, dict[int, tuple[tuple[int, int], tuple[int, int]]]] = {}
    for row in read_table("holiday_arrangements.csv"):
        first, last = (tuple(int(x) for x in row[end].split("-")) for end in ("first", "last"))
        for name in row["names"].split("|"):
            table.setdefault(name, {})[int(row["year"])] = (first, last)  # type: ignore[assignment]
    return table


@lru_cache(maxsize=1)
def _holiday_arrangement_re() -> re.Pattern[str]:
    return holiday_span_re(holiday_arrangements())


def holiday_arrangement_cues(flat: str) -> list[Evidence]:
    """`“五一”假期，4月29日至5月3日，全市接待游客…`: a holiday whose days the State Council sets each year, printed
    with its days (or some of them): the years whose holiday holds those days (2023), or years the table does
    not know (before or after it).

    >>> [c.among[:3] for c in holiday_arrangement_cues("“五一”假期，4月29日至5月3日，全市接待游客216万人次。")]
    [(1980, 1981, 1982)]
    >>> [y for y in holiday_arrangement_cues("“五一”假期，4月29日至5月3日，全市接待游客216万人次。")[0].among if 2008 <= y <= 2025]
    [2023]
    """
    found = []
    for m in _holiday_arrangement_re().finditer(flat):
        days = holiday_arrangements()[m.group("name")]
        printed = printed_days(m)
        years = tuple(y for y in CALENDAR_YEARS if y not in days or days[y][0] <= printed[0] and printed[1] <= days[y][1])
        if years and len(years) < len(CALENDAR_YEARS):
            found.append(Evidence("among", years[0], FESTIVAL_WEIGHT, m.group(), "holiday days", m.start(), among=years))
    return found


_HOLIDAY_LAST_WORDS = r"(?:正式)?(?:收官|结束|落下帷幕|落幕|画上句号)|最后一天"
_HOLIDAY_FIRST_WORDS = r"首日|第一天"
_DAY = r"(?P<m{0}>1[0-2]|0?[1-9])月(?P<d{0}>[12]\d|3[01]|0?[1-9])日"


@lru_cache(maxsize=1)
def _holiday_day_re() -> re.Pattern[str]:
    holiday = r"[“\"]?(?P<name{0}>" + alternation_of(holiday_arrangements()) + r")[”\"]?(?:小长假|假期|长假|黄金周)"
    return re.compile(rf"{_DAY.format(1)}[，,]?是?{holiday.format(1)}的?(?P<which1>{_HOLIDAY_LAST_WORDS}|{_HOLIDAY_FIRST_WORDS})(?![后以之])"
                      rf"|{holiday.format(2)}的?(?P<which2>{_HOLIDAY_FIRST_WORDS}|最后一天)[（(]?{_DAY.format(2)}")


def holiday_day_cues(flat: str) -> list[Evidence]:
    """`5月5日，五一假期落下帷幕`, `“五一”假期首日（4月29日）`: the first or last day of a holiday whose days the
    State Council sets (jdash/data/holiday_arrangements.csv), printed with its date: the years whose holiday began
    or ended that day (2020, 2021, 2024, 2025), or years the table does not know; alone it names no year.

    >>> [y for y in holiday_day_cues("5月5日，五一假期落下帷幕。")[0].among if 2008 <= y <= 2025]
    [2020, 2021, 2024, 2025]
    """
    found = []
    for m in _holiday_day_re().finditer(flat):
        k = "1" if m.group("name1") else "2"
        days = holiday_arrangements()[m.group("name" + k)]
        day, last = (int(m.group("m" + k)), int(m.group("d" + k))), not re.fullmatch(_HOLIDAY_FIRST_WORDS, m.group("which" + k))
        years = tuple(y for y in CALENDAR_YEARS if y not in days or days[y][1 if last else 0] == day)
        if years and len(years) < len(CALENDAR_YEARS):
            found.append(Evidence("among", years[0], FESTIVAL_WEIGHT, m.group(), "holiday day", m.start(), among=years))
    return found


@lru_cache(maxsize=1)
def world_events() -> tuple[tuple[str, tuple[int, ...], str, float], ...]:
    """(name, the years it was held, names before it that make it another event's, weight) of international
    sports events (jdash/data/world_events.csv)."""
    return tuple((r["event"], tuple(int(y) for y in r["years"].split()), r["before"], float(r["weight"]))
                 for r in read_table("world_events.csv"))


# Said of the event under way: its days (期间), its opening, its matches going on.
_UNDER_WAY = r"(?:[”’」』])?(?:足球赛|比赛|赛事)?(?:期间|开幕|开赛|激战正酣|战火正酣|正酣|火热进行|如火如荼)"
# Said of another one: a year or an edition printed before it, a past or coming one.
_OTHER_EDITION_RE = re.compile(r"(?:\d年|届|上|下|历|往|前|每|各)[“‘「『]?$")


@lru_cache(maxsize=1)
def _world_event_res() -> tuple[tuple[str, re.Pattern[str], tuple[int, ...], float], ...]:
    return tuple((name, re.compile((rf"(?<!{before})" if before else "").replace("|", ")(?<!") + rf"{re.escape(name)}{_UNDER_WAY}"),
                  years, weight) for name, years, before, weight in world_events())


def world_event_cues(flat: str) -> list[Evidence]:
    """An international event spoken of as under way (jdash/data/world_events.csv): `“世界杯”比赛期间，夜宵店生意
    火爆` is of a World Cup's year; its name printed after a year or an edition (`2014年世界杯期间`, `上届世界杯`)
    is another one's, and a sport's own cup (`篮球世界杯`) is no cue.

    >>> [c.among[-3:] for c in world_event_cues("“世界杯”比赛期间，夜宵店生意火爆。")]
    [(2018, 2022, 2026)]
    """
    found = []
    for name, pattern, years, weight in _world_event_res():
        if name not in flat:  # each pattern prints the name: a page naming none is not scanned pattern by pattern
            continue
        for m in pattern.finditer(flat):
            if not _OTHER_EDITION_RE.search(flat[max(0, m.start() - 3): m.start()]):
                found.append(Evidence("among", years[0], weight, m.group(), "world event", m.start(), among=years))
                break
    return found


@lru_cache(maxsize=1)
def _hosted_event_re() -> tuple[re.Pattern[str], dict[str, int]]:
    """Every printed name of jdash/data/hosted_events.csv as one pattern, and each name's year."""
    years = {name: int(r["year"]) for r in read_table("hosted_events.csv") for name in r["name"].split("|")}
    return re.compile(alternation_of(tuple(years))), years


def hosted_event_cues(flat: str) -> list[Evidence]:
    """`北京冬奥会闭幕后，冰雪装备订单…`: an event held once and named by its host (jdash/data/hosted_events.csv)
    is spoken of in its year or soon after: the year is ≥ 2022, most often 2022 or the next.

    >>> [c.describe() for c in hosted_event_cues("北京冬奥会闭幕后，冰雪运动持续升温。")]
    ['北京冬奥会 (≥ 2022)']
    """
    pattern, years = _hosted_event_re()
    found: dict[str, Evidence] = {}
    for m in pattern.finditer(flat):
        found.setdefault(m.group(), Evidence(">=", years[m.group()], 0.8, m.group(), "hosted event", m.start(),
                                             profile="soon"))
    return list(found.values())


_SENTENCE_RE = re.compile(r"[^。！？]+")


def next_year_in_sentence(flat: str) -> list[Evidence]:
    """`为及早谋划明年经济工作，…召开了2013年工业和技术改造项目初审论证会`: a sentence that speaks of
    明年 and then prints one year (not set against another: 比, 较), and no 今年 or 去年 to tell them apart,
    names next year by its number: the year is 2012. A year before 明年 is another (`2012年全县完成投资50亿元，
    明年力争…`: a review of the year under way).

    >>> [c.describe() for c in next_year_in_sentence("为谋划明年工作，全县召开2013年重点项目论证会。")]
    ['明年……2013年 (= 2012)']
    """
    found = []
    for sentence in _SENTENCE_RE.finditer(flat):
        text = sentence.group()
        if "明年" not in text or "今年" in text or "去年" in text or _COMPARED_YEAR_RE.search(text):
            continue
        said = text.index("明年")
        years = [(m.start(), int(m.group(1))) for m in YEAR_RE.finditer(text) if not m.group(2)]
        if len({y for _, y in years}) == 1 and years[0][0] > said:
            year = years[0][1]
            found.append(Evidence("=", year - 1, 0.6, f"明年……{year}年", "next year", sentence.start() + said))
    return found


_COMPARED_YEAR_RE = re.compile(r"(?:比|较|同比|相比|超过)(?:19|20)\d{2}\s*年")


@lru_cache(maxsize=1)
def editions() -> dict[str, tuple[tuple[int, int, int, float], ...]]:
    """Local events held every year or few: name → its rhythms, each (the edition it holds from, that edition's year,
    years between editions, weight), latest first (jdash/data/event_editions.csv)."""
    rows: dict[str, list[tuple[int, int, int, float]]] = {}
    for r in read_table("event_editions.csv"):
        rows.setdefault(r["event"], []).append((int(r["from_edition"]), int(r["first_year"]), int(r["every"]), float(r["weight"])))
    return {name: tuple(sorted(rhythms, reverse=True)) for name, rhythms in rows.items()}


def edition_year(name: str, n: int) -> tuple[int, float]:
    """The year the Nth edition of an event of jdash/data/event_editions.csv was held, and the cue's weight: by the
    rhythm that holds from the latest edition at or before it (世界儒学大会: yearly from 2008, every two years from
    its 6th in 2013).

    >>> edition_year("世界儒学大会", 4)[0], edition_year("世界儒学大会", 8)[0]
    (2011, 2017)
    """
    since, year, every, weight = next((r for r in editions()[name] if r[0] <= n), editions()[name][-1])
    return year + (n - since) * every, weight


@lru_cache(maxsize=1)
def _edition_re() -> re.Pattern[str]:
    # 第二十五届微山湖荷花节, 全省首届“好客山东休闲汇”, 第34届中国（曲阜）国际孔子文化节: the edition, then the name
    # within a few characters (a place, a quote, the event's longer form).
    return re.compile(rf"(?:第(?P<n>{NUMBER})|(?P<first>首))届[^，。；！？、\d]{{0,10}}?(?P<name>{alternation_of(editions())})")


# A sentence that looks back on an edition: it names a year, or a span up to now.
_LOOKED_BACK_EDITION_RE = re.compile(r"(?:19|20)\d{2}\s*年|以来|至今|历届|先后|曾经|曾")
# The year an edition is printed with (`2010年第十七届…`): its own year, no look back.
_EDITION_OWN_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年度?$")


def edition_cues(flat: str) -> list[Evidence]:
    """`第二十届微山湖荷花节开幕`: the Nth edition of a yearly event first held in a known year
    (jdash/data/event_editions.csv) is held in first + N − 1: the year is 1994 + 19 = 2013 (`counted_cues`; an event
    that changed its rhythm is counted by `edition_year`).
    In a sentence that looks back (`2011年举办首届…以来`, `曾承办第二十届…`) the edition is past: the year is
    ≥ 2013; the year the edition itself is printed with (`2013年第二十届…`) is no look back."""
    sentences = _Sentences(flat)

    def looked_back(at: int) -> bool:
        own = _EDITION_OWN_YEAR_RE.search(flat[max(0, at - 7): at])
        sentence = sentences.around(at)
        return _LOOKED_BACK_EDITION_RE.search(sentence.replace(own.group(), "", 1) if own else sentence) is not None

    return counted_cues(flat, _edition_re(), edition_year, "edition", looked_back)


@lru_cache(maxsize=1)
def _edition_year_re() -> re.Pattern[str]:
    kinds = alternation_of(read_words("named_event_words.txt"))
    # An edition's count (第三届) may stand between the year and the name; without one, 年度 is an annual review's
    # (`2020年度表彰大会` meets the year after), so only 年 is read.
    # The name may be quoted after its host (`2021年某市“菊花节”`): one opening quote, the name up to its kind.
    return re.compile(rf"(?<![\d.])(?P<year>(?:19|20)\d{{2}})\s*(?:年度?(?:第{NUMBER}|首)届|年(?!度))"
                      rf"(?:[^，。；！？、“”‘’]{{0,12}}?[“‘])?[^，。；！？、“”‘’]{{0,20}}?(?:{kinds})(?P<rest>[^。；！？]*)")


# A sentence that looks back on the edition it names, or tells of a prize won there (荣获…奖).
_PAST_EDITION_RE = re.compile(r"以来|至今|历届|先后|曾经|曾|此前|上届|去年|往届|获|奖")
EDITION_YEAR_WEIGHT = 0.7  # as named_event_cues: a report of the edition, rarely printed the year after


def edition_year_cues(flat: str) -> list[Evidence]:
    """`2016年第三届某某桃花节在某镇开幕`, `庆祝2021年某某丰收节开幕式举行`: an edition of any event printed with its
    year (its count or not), in a sentence that
    reports it (开幕, 举行, 启动 …: jdash/data/event_verbs.txt) and looks back on nothing (曾, 以来, a prize
    won there): the page reports that year's edition, so its year is 2016 (a preview, `将于…举行`, is
    printed in the same year too). Without a report (`荣获2016年第三届…金奖`) the printed year says only ≥.

    >>> [c.describe() for c in edition_year_cues("4月12日，2016年第三届某某县桃花节在某镇开幕。")]
    ['2016年第三届某某县桃花节 (= 2016)']
    >>> [c.describe() for c in edition_year_cues("10月8日，2021年某市“菊花节”在某县开幕。")]
    ['2021年某市“菊花节 (= 2021)']
    """
    found = []
    for m in _edition_year_re().finditer(flat):
        before = flat[max(flat.rfind(end, 0, m.start()) for end in "。！？；") + 1: m.start()]
        if _report_verbs_re().search(m.group("rest")) and not _PAST_EDITION_RE.search(before + m.group("rest")):
            said = m.group()[: m.start("rest") - m.start()]
            found.append(Evidence("=", int(m.group("year")), EDITION_YEAR_WEIGHT, said, "edition year", m.start()))
    return found


@lru_cache(maxsize=1)
def _report_verbs_re() -> re.Pattern[str]:
    return re.compile(alternation_of(read_words("event_verbs.txt")))


@lru_cache(maxsize=1)
def campaign_starts() -> dict[str, int]:
    """National campaigns: name → their first year of action (jdash/data/campaign_starts.csv)."""
    return {r["campaign"]: int(r["first_year"]) for r in read_table("campaign_starts.csv")}


@lru_cache(maxsize=1)
def _campaign_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<name>{alternation_of(campaign_starts())})[^，。；！？]{{0,4}}?的?"
                      rf"(?:(?P<open>开局之年|启动之年|起步之年|首战之年|元年)|第(?P<n>[一二三四五六七八九十\d]{{1,2}})个?年)")


def campaign_cues(flat: str) -> list[Evidence]:
    """`今年是…大面积单产提升行动开局之年`: the opening year of a campaign begun in a known year
    (jdash/data/campaign_starts.csv) is that year; its `第三年` two years on. A printed year the sentence
    describes (`2023年，是…开局之年`) speaks for itself (`said_of_a_printed_year`)."""
    found = []
    for m in _campaign_re().finditer(flat):
        n = 1 if m.group("open") else chinese_number(m.group("n"))
        year = campaign_starts()[m.group("name")] + (n or 1) - 1
        if n and not said_of_a_printed_year(flat, m.start(), year):
            found.append(Evidence("=", year, 0.85, m.group(), "campaign", m.start()))
    return found


@lru_cache(maxsize=1)
def foundings() -> dict[str, int]:
    """Local units founded in a known year: each printed name → that year (jdash/data/unit_foundings.csv)."""
    return {name: int(r["year"]) for r in read_table("unit_foundings.csv") for name in r["name"].split("|")}


@lru_cache(maxsize=1)
def _founding_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<name>{alternation_of(foundings())})[^，。；！？\d]{{0,6}}?成立"
                      rf"(?:(?P<n>{NUMBER})周年|(?P<since>以来))?")


# `今年2月27日，` before the founded unit (in its clause or the one before): the founding told as this year's.
_THIS_YEAR_BEFORE_RE = re.compile(r"今年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:上午|下午|晚上|初|底)?[，,]?[^，。；！？]{0,8}$")


def founding_cues(flat: str) -> list[Evidence]:
    """A unit founded in a known year (jdash/data/unit_foundings.csv): `今年2月27日，某某开发区揭牌成立` is of that
    year, its `成立5周年` five years on; `成立以来` says only that the page is no earlier (any later year alike).

    >>> [c.describe() for c in founding_cues("今年3月，济宁经开区挂牌成立。")]
    ['今年……济宁经开区挂牌成立 (= 2014)']
    """
    found = []
    for m in _founding_re().finditer(flat):
        year = foundings()[m.group("name")]
        if m.group("n") and (n := chinese_number(m.group("n"))):
            found.append(Evidence("=", year + n, 0.85, m.group(), "founding", m.start()))
        elif m.group("since"):
            found.append(Evidence(">=", year, 0.8, m.group(), "founding", m.start(), profile="flat"))
        elif _THIS_YEAR_BEFORE_RE.search(flat, max(0, m.start() - 16), m.start()):
            found.append(Evidence("=", year, 0.85, "今年……" + m.group(), "founding", m.start()))
    return found


@lru_cache(maxsize=1)
def annual_themes() -> dict[str, tuple[int, float]]:
    """The city's themes of one year: theme → (its year, weight) (jdash/data/annual_themes.csv)."""
    return {r["theme"]: (int(r["year"]), float(r["weight"])) for r in read_table("annual_themes.csv")}


def annual_theme_cues(flat: str) -> list[Evidence]:
    """`深入开展“大项目突破年”活动`: the city's theme of one year (jdash/data/annual_themes.csv) is spoken of in that
    year: the year is 2012. Each theme counts once.

    >>> [c.describe() for c in annual_theme_cues("全县开展“大项目突破年”活动，新开工项目20个。")]
    ['大项目突破年 (= 2012)']
    """
    return [Evidence("=", year, weight, theme, "annual theme", flat.index(theme))
            for theme, (year, weight) in annual_themes().items() if theme in flat]


# The rules that read cues with the knowledge in data files, in order.
KNOWLEDGE_RULES: tuple[Callable[[str], list[Evidence]], ...] = (
    plan_cues, congress_cues, plenum_cues, session_cues, standing_committee_cues, anniversary_cues, sexagenary_cues,
    zodiac_cues, era_cues, meeting_cues,
    leader_cues, former_name_cues, named_event_cues, ordinal_day_cues, edition_cues, edition_year_cues, campaign_cues,
    body_name_cues, founding_cues, annual_theme_cues)
# The rules that read cues, in order: the knowledge, then the years printed.
CUE_RULES: tuple[Callable[[str], list[Evidence]], ...] = (*KNOWLEDGE_RULES, printed_year_cues, relative_date_cues,
                                                         relative_month_cues, last_year_figure_cues,
                                                         next_year_in_sentence, weekday_cues,
                                                         lunar_dates_with_solar, festival_holiday_cues, festival_meets_day_cues, holiday_day_cues,
                                                         holiday_arrangement_cues, world_event_cues, hosted_event_cues)


def page_cues(text: str) -> list[Evidence]:
    """Every cue about its year that `text` gives, in text order.

    >>> [e.describe() for e in page_cues("纪念红军长征胜利80周年。")]
    ['红军长征胜利80周年 (= 2016)']
    """
    flat = re.sub(r"\s+", "", text)
    return next_years_printed(sorted((e for rule in CUE_RULES for e in rule(flat)), key=lambda e: e.at))


def next_years_printed(cues: list[Evidence]) -> list[Evidence]:
    """A year the page names as 明年 (`next_year_in_sentence`) is to come wherever the page prints it
    plainly: `2013年工业和技术改造项目共计70项` beside `谋划明年…2013年…` is a plan: ≤ 2013, not ≥ 2013.

    >>> [c.describe() for c in page_cues("为谋划明年工作，全县召开2013年项目论证会。2013年项目共计70项。")][-1]
    '2013年项目 (≤ 2013)'
    """
    coming = {c.year + 1 for c in cues if c.rule == "next year"}
    return [dataclasses.replace(c, relation="<=", rule="target", weight=0.7) if c.year in coming
            and c.relation == ">=" and c.rule == "year" and c.profile == "" else c for c in cues]


def knowledge_cues(flat: str) -> list[Evidence]:
    """The cues read with the knowledge in data files (plans, congresses, plenums, anniversaries, leaders,
    former names, eras, named events: `KNOWLEDGE_RULES`)."""
    return sorted((e for rule in KNOWLEDGE_RULES for e in rule(flat)), key=lambda e: e.at)
