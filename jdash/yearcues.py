"""Cues a page gives about its own year, each read as a piece of evidence.

A cue says the page's year is `=`, `>=` or `<=` some year, with a weight (how often a cue of its kind
is read right, 0..1) and the text it was read from. The knowledge the cues need lives in data
files (jdash/data/): five-year plans, party congresses and plenums, anniversaries. Each rule below
reads one kind of cue; `CUE_RULES` is their ordered list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from jdash.datafiles import read_table


@dataclass(frozen=True)
class Evidence:
    """One cue: the page's year `relation` `year` (`=`, `>=`, `<=`), read from `text` by `rule`."""

    relation: str
    year: int
    weight: float
    text: str
    rule: str
    at: int = 0  # where the cue starts in the flattened page text

    def holds(self, year: int) -> bool:
        """Whether `year` agrees with this cue.

        >>> Evidence(">=", 2019, 0.5, "2019年以来", "year").holds(2020)
        True
        """
        if self.relation == "=":
            return year == self.year
        return year >= self.year if self.relation == ">=" else year <= self.year

    def describe(self) -> str:
        """`'十三五'规划实施的第一年 (= 2016)`."""
        sign = {"=": "=", ">=": "≥", "<=": "≤"}[self.relation]
        return f"{self.text} ({sign} {self.year})"


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


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


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


@lru_cache(maxsize=None)
def _plan_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<open>[“\"])?(?P<name>{_alternation(list(plans()))})(?P<close>[”\"])?")


# What follows a plan's name, and which year of the plan it names (1 = its first year).
_PLAN_YEAR_RES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], int], float], ...] = (
    (re.compile(r"^(?:规划|计划)?(?:实施)?的?(?:开局之年|开局|起步之年|起步|开篇之年|开篇)"), lambda m: 1, 0.9),
    (re.compile(r"^(?:规划|计划)?(?:实施)?的?第(?P<n>[一二三四五1-5])个?年"),
     lambda m: chinese_number(m.group("n")) or 1, 0.9),
    (re.compile(r"^(?:规划|计划|时期)?(?:实施)?的?(?:收官之年|收官|决胜之年|最后一年)"), lambda m: 5, 0.9),
    (re.compile(r"^(?:规划|计划|时期)?(?:实施)?的?中期"), lambda m: 3, 0.6),
)
# A plan named without which of its years: from the year before it starts (it is planned then).
_PLAN_NAMED_RE = re.compile(r"^(?:规划|计划|时期|期间|以来|开局|收官|中期|的|”)")


def plan_cues(flat: str) -> list[Evidence]:
    """Five-year plans: `“十三五”规划实施的第一年` = 2016, `十四五中期` = 2023, `明年是“十二五”收官之年`
    = 2014; a plan merely named says the year is at least the one before it starts."""
    found: list[Evidence] = []
    for m in _plan_re().finditer(flat):
        name = m.group("name")
        if len(name) == 2 and not (m.group("open") and m.group("close")):
            continue  # 十五 unquoted is the number fifteen
        start, tail = plans()[name], flat[m.end(): m.end() + 12]
        said_of = flat[max(0, m.start() - 5): m.start()]
        shift = -1 if "明年" in said_of else 1 if "去年" in said_of else 0
        text = flat[m.start(): m.end()]
        for pattern, nth, weight in _PLAN_YEAR_RES:
            if hit := pattern.match(tail):
                found.append(Evidence("=", start + nth(hit) - 1 + shift, weight, text + hit.group(), "plan", m.start()))
                break
        else:
            if m.group("close") or _PLAN_NAMED_RE.match(tail):
                found.append(Evidence(">=", start - 1, 0.6, text, "plan", m.start()))
    return found


@lru_cache(maxsize=None)
def _congress_re() -> re.Pattern[str]:
    names = _alternation(list(congresses()))
    return re.compile(rf"(?:党的(?P<a>{names})|(?<![第届])(?P<b>{names})(?=精神|报告|以来|召开|胜利|代表|开幕|闭幕))")


# Words around a congress's name that say when the page is, relative to the congress year.
_CONGRESS_BEFORE = ((re.compile(r"去年召开的$"), 1), (re.compile(r"(?:今年召开的|即将召开的|迎接|喜迎)$"), 0),
                    (re.compile(r"明年召开的$"), -1))
_CONGRESS_AFTER = ((re.compile(r"^[^，。；！？]{0,3}召开之年"), 0), (re.compile(r"^[^，。；！？]{0,12}开局之年"), 1))


def congress_cues(flat: str) -> list[Evidence]:
    """Party congresses: `党的十九大召开之年` = 2017, `贯彻党的二十大精神的开局之年` = 2023,
    `去年召开的党的十九大` = 2018; named otherwise, the year is at least the congress's."""
    found: list[Evidence] = []
    for m in _congress_re().finditer(flat):
        name = m.group("a") or m.group("b")
        year, before, after = congresses()[name], flat[max(0, m.start() - 6): m.start()], flat[m.end(): m.end() + 16]
        text = flat[m.start(): m.end()]
        for pattern, shift in _CONGRESS_BEFORE:
            if hit := pattern.search(before):
                found.append(Evidence("=", year + shift, 0.85, hit.group() + text, "congress", m.start()))
                break
        else:
            for pattern, shift in _CONGRESS_AFTER:
                if hit := pattern.match(after):
                    found.append(Evidence("=", year + shift, 0.9, text + hit.group(), "congress", m.start()))
                    break
            else:
                found.append(Evidence(">=", year, 0.7, text, "congress", m.start()))
    return found


@lru_cache(maxsize=None)
def _plenum_re() -> re.Pattern[str]:
    return re.compile(_alternation(list(plenums())))


def plenum_cues(flat: str) -> list[Evidence]:
    """Plenary sessions: `十八届三中全会以来` says the year is at least 2013."""
    return [Evidence(">=", plenums()[m.group()], 0.8, m.group(), "plenum", m.start())
            for m in _plenum_re().finditer(flat)]


@lru_cache(maxsize=None)
def _anniversary_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<event>{_alternation(list(anniversaries()))})(?P<n>{NUMBER})周年")


def anniversary_cues(flat: str) -> list[Evidence]:
    """Anniversaries: `红军长征胜利80周年` = 2016, `孔子诞辰2570周年` = 2019, `建党一百周年` = 2021."""
    found: list[Evidence] = []
    for m in _anniversary_re().finditer(flat):
        years = chinese_number(m.group("n"))
        if years:
            found.append(Evidence("=", anniversaries()[m.group("event")] + years, 0.85, m.group(), "anniversary",
                                  m.start()))
    return found


# The rules that read knowledge cues, in order.
CUE_RULES: tuple[Callable[[str], list[Evidence]], ...] = (plan_cues, congress_cues, plenum_cues, anniversary_cues)


def knowledge_cues(flat: str) -> list[Evidence]:
    """Every cue the knowledge rules read in `flat` (page text without whitespace), in text order."""
    return sorted((e for rule in CUE_RULES for e in rule(flat)), key=lambda e: e.at)
