"""The page's year as the one that best explains all its cues (jdash.yearcues), with a confidence.

Each cue is read as a likelihood over candidate years. With probability `weight` it was read
right and then:

- `= v`: the year is v;
- `>= v` (a year spoken of as past or present): the year is v or soon after, less likely the
  further after (`AFTER`; the cue may say how it spreads: `PROFILES`);
- `<= v` (a target): the year is v or some years before (`BEFORE`, flatter: targets lie 0–10
  years ahead);

otherwise it says nothing (`NOISE`, the same for every year). Cues of one rule naming one year are
one cue (a page that repeats 2019 ten times is not ten witnesses). The posterior over the years
around the cues is their product, normalised; its largest share is the confidence. Below
`MIN_CONFIDENCE` the year is unknown: no year is better than a guess put on a timeline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jdash.confidence import as_percent
from jdash.yearcues import Evidence, page_cues

# P(year = v + d | the page says the year is ≥ v), d = 0, 1, 2 …; beyond the table, TAIL.
AFTER = (0.45, 0.3, 0.1, 0.05, 0.03, 0.02, 0.015, 0.01, 0.008, 0.006)
# … when the cue names the year to come right after it (`soon`: a review of 2021 is printed in 2022).
SOON_AFTER = (0.8, 0.1, 0.03, 0.02, 0.01, 0.008, 0.006, 0.005)
# … for an estimate of year v's result printed when no later year is (likelier printed in v + 1).
ESTIMATE = (0.35, 0.6, 0.02, 0.01)
# … for a year opening a sentence of results (`2025年，全县共有89个项目…`): real pages print the year
# under way nearly as often as the year just ended: the cue alone hardly chooses between the two.
RESULT = (0.4, 0.5, 0.03, 0.02, 0.01, 0.008, 0.006)
# … for a span from year v to the page (`2023年以来`): printed within v or the year after, rarely later.
SINCE = (0.45, 0.4, 0.06, 0.03, 0.02, 0.01, 0.008, 0.006)
# … for a phrase of an era (`新常态`, coined 2014): printed in any later year alike, for FLAT_YEARS years.
FLAT_YEARS = 15
FLAT = (1 / FLAT_YEARS,) * FLAT_YEARS
# P(a term seen in office up to year v goes on to v + d | …), d = 1, 2, … (likewise before a first year
# only seen): terms of county and city leaders run 3–5 years, and one seen year may fall anywhere in one.
SEEN_TAIL = (0.8, 0.6, 0.4, 0.2, 0.1, 0.05)
# A step of a place's history told in a list (`2002年…获…，2009年…获…认可`): told a year or more later as
# often as in its own year (jdash.yearcues.honours_listed).
HISTORY = (0.15, 0.25, 0.15, 0.1, 0.08, 0.06, 0.05, 0.04, 0.03, 0.025, 0.02, 0.015)
PROFILES = {"": AFTER, "soon": SOON_AFTER, "estimate": ESTIMATE, "result": RESULT, "since": SINCE, "flat": FLAT,
            "history": HISTORY}
# P(year = v − d | the page sets a target for year v): targets lie up to 15 years ahead.
BEFORE = (0.08,) * 10 + (0.04,) * 5
# … for a target set to its month (`计划2010年12月竣工`, `将于2011年9月投产`): a schedule, set within the year
# or the year before, rarely earlier (jdash.yearcues.forward_year, scheduled_milestone).
NEAR_BEFORE = (0.5, 0.3, 0.1, 0.05, 0.03)
BEFORE_PROFILES = {"": BEFORE, "near": NEAR_BEFORE}
TAIL = 0.003
NOISE = 1 / 40  # a cue read wrong: any year of a 40-year span
MARGIN = 5  # candidate years reach this far beyond the cues
MAX_CONFIDENCE = 0.99  # an inferred year is never certain
MIN_CONFIDENCE = 0.5  # a year is given only when more likely right than wrong
# Repeats of one kind of cue (a page that compares ten figures with 2019) grow stronger, but never
# certain: a certain cue vetoes every year it rules out, whatever else the page says.
MAX_MERGED_WEIGHT = 0.9
# A cue decides the year when it makes it this many times likelier than a year next to it.
DECISIVE_RATIO = 2.0


@dataclass(frozen=True)
class YearVerdict:
    """The page's year (None when unknown), how sure, and the cues: those that agree with the
    year, strongest first, and those against it."""

    year: int | None
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    against: tuple[Evidence, ...] = ()
    best: int | None = None  # the likeliest year, given or not
    caveat: str = ""  # why the confidence was lowered after weighing (jdash.dates.one_older_article)

    def summary(self) -> str:
        """`year 2016: “十三五”规划实施的第一年 (= 2016); 红军长征胜利80周年 (= 2016)`."""
        said = "; ".join(dict.fromkeys(e.describe() for e in self.evidence[:5]))
        likeliest = f" (likeliest {self.best}, confidence {as_percent(self.confidence)})" if self.best is not None else ""
        head = f"year {self.year}" if self.year is not None else f"year unknown{likeliest}"
        tail = f" — against: {'; '.join(e.describe() for e in self.against[:2])}" if self.against else ""
        caveat = f" — {self.caveat}" if self.caveat else ""
        return f"{head}: {said or 'no cue'}{tail}{caveat}"

    def decisive(self) -> tuple[Evidence, ...]:
        """The cues that chose the year over a year next to it (`DECISIVE_RATIO`: `2012年以来` rules out
        2011), not merely allowed it (`兖州市` ≤ 2013 allows 2011, 2012 and 2013 alike).

        >>> cues = (Evidence("=", 2016, 0.9, "a", "plan"), Evidence(">=", 2010, 0.5, "b", "year"))
        >>> [c.text for c in YearVerdict(2016, 0.9, cues).decisive()]
        ['a']
        """
        if self.year is None:
            return ()
        year = self.year
        return tuple(c for c in self.evidence
                     if likelihood(c, year) >= DECISIVE_RATIO * min(likelihood(c, year - 1), likelihood(c, year + 1)))


def likelihood(cue: Evidence, year: int) -> float:
    """How likely `cue` is if the page's year is `year`.

    >>> likelihood(Evidence("=", 2016, 0.9, "", ""), 2016) > likelihood(Evidence("=", 2016, 0.9, "", ""), 2017)
    True
    """
    if cue.relation in ("=", "cycle", "among"):  # a cycle, a set: each of its years as likely as one named
        shape = 1.0 if cue.holds(year) else 0.0
    elif cue.relation == "in":  # any year of the span alike; beyond an end only seen, less and less
        shape = span_shape(cue, year)
    else:
        d = year - cue.year if cue.relation == ">=" else cue.year - year
        profile = PROFILES[cue.profile] if cue.relation == ">=" else BEFORE_PROFILES.get(cue.profile, BEFORE)
        shape = 0.0 if d < 0 else profile[d] if d < len(profile) else TAIL
    return cue.weight * shape + (1 - cue.weight) * NOISE


def span_shape(cue: Evidence, year: int) -> float:
    """P(year | an `in` cue read right): each year of the span alike; beyond an end that is only a
    year seen in office (profile `seen<`, `seen>`, `seen<>`), SEEN_TAIL of that.

    >>> round(span_shape(Evidence("in", 2015, 0.85, "", "", profile="seen>", until=2015), 2016), 3)
    0.254
    """
    until = cue.until if cue.until is not None else cue.year
    soft = ("<" in cue.profile, ">" in cue.profile)
    total = _span_total(cue)
    if cue.year <= year <= until:
        return held_share(cue, year) / total
    distance, side = (cue.year - year, soft[0]) if year < cue.year else (year - until, soft[1])
    return SEEN_TAIL[distance - 1] / total if side and distance <= len(SEEN_TAIL) else 0.0


def _span_total(cue: Evidence) -> float:
    """The years an `in` cue's span holds (`held_share`), with the tails beyond its ends only seen."""
    until = cue.until if cue.until is not None else cue.year
    soft = ("<" in cue.profile) + (">" in cue.profile)
    return sum(held_share(cue, y) for y in range(cue.year, until + 1)) + sum(SEEN_TAIL) * soft


def month_likelihood(cue: Evidence, year: int, month: int) -> float:
    """How likely an `in` cue is if the page is of `month` of `year`, in the units of `likelihood` (its
    mean over a year's months is `likelihood(cue, year)`): inside the span, only its months; in a tail
    beyond an end only seen, every month alike.

    >>> cue = Evidence("in", 2020, 0.85, "", "", until=2021, months=(4, 2))
    >>> month_likelihood(cue, 2020, 3) < month_likelihood(cue, 2020, 4)
    True
    """
    until = cue.until if cue.until is not None else cue.year
    if not cue.year <= year <= until:
        shape = span_shape(cue, year)
    else:
        first = cue.months[0] if year == cue.year else 1
        last = cue.months[1] if year == until else 12
        shape = (first <= month <= last) / _span_total(cue)
    return cue.weight * shape + (1 - cue.weight) * NOISE


def months_likelihood(cues: Sequence[Evidence], year: int, months: frozenset[int] = frozenset()) -> float:
    """How likely `cues` (`in` cues whose spans begin or end within a year) are together if the page is of
    `year`: month by month, since two terms that each hold two months of 2021 both hold the page's month
    only if they are the same two months (a product of their year shares would count them twice: a page
    naming a secretary who left in February and a mayor who became secretary then is of those months).

    Where the page's own months are known (`months`, from its datelines), only they count: a page of June
    naming a mayor in office from April 2020 to February 2021 is of 2020.

    >>> a = Evidence("in", 2020, 0.85, "", "", until=2021, months=(4, 2))
    >>> round(months_likelihood([a], 2021), 12) == round(likelihood(a, 2021), 12)
    True
    >>> months_likelihood([a], 2021, frozenset({6})) < months_likelihood([a], 2020, frozenset({6}))
    True
    """
    if not cues:
        return 1.0
    said = sorted(months) or range(1, 13)
    total = 0.0
    for month in said:
        joint = 1.0
        for cue in cues:
            joint *= month_likelihood(cue, year, month)
        total += joint
    return total / len(said)


def held_share(cue: Evidence, year: int) -> float:
    """The share of `year` an `in` cue's span holds: a whole year inside it, the months from its first
    month in its first year, up to its last month in its last (`cue.months`).

    >>> held_share(Evidence("in", 2020, 0.85, "", "", until=2021, months=(4, 2)), 2020)
    0.75
    """
    first = cue.months[0] if year == cue.year else 1
    last = cue.months[1] if year == (cue.until if cue.until is not None else cue.year) else 12
    return max(last - first + 1, 0) / 12


def merge_repeats(cues: Iterable[Evidence]) -> list[Evidence]:
    """Cues of one rule that say the same thing count once, a little stronger (1 − Π(1 − w), at
    most `MAX_MERGED_WEIGHT` unless one of them is stronger alone), with the first one's text.

    >>> [c.weight for c in merge_repeats([Evidence(">=", 2019, 0.5, "a", "year")] * 2)]
    [0.75]
    """
    merged: dict[tuple[str, int, str, str, int | None, tuple[int, ...], tuple[int, int]], Evidence] = {}
    for cue in cues:
        key = (cue.relation, cue.year, cue.rule, cue.profile, cue.until, cue.among, cue.months)
        if key in merged:
            first = merged[key]
            weight = max(min(1 - (1 - first.weight) * (1 - cue.weight), MAX_MERGED_WEIGHT),
                         first.weight, cue.weight)
            merged[key] = dataclasses.replace(first, weight=weight)
        else:
            merged[key] = cue
    return list(merged.values())


def posterior(cues: Sequence[Evidence], months: frozenset[int] = frozenset()) -> dict[int, float]:
    """P(year | cues) over the candidate years around the cues (uniform prior); a cycle's or a set's years
    are no candidates of their own (a zodiac animal, a weekday alone says no year): empty without other cues.
    `months`: the months the page may be of, when its datelines say (`months_likelihood`)."""
    years = [c.year for c in cues if c.relation not in ("cycle", "among")]
    years += [c.until for c in cues if c.until is not None]
    if not years:
        return {}
    low = max(1949, min(years) - MARGIN)
    # A set's years beyond the others' reach stay candidates (`中秋…9月15日至17日` beside `2000年前后`: 2016).
    among = {y for c in cues if c.relation == "among" for y in c.among if y >= low}
    candidates = sorted(set(range(low, min(2100, max(years) + MARGIN) + 1)) | among)
    by_month = [c for c in cues if c.relation == "in" and c.months != (1, 12)]
    by_year = [c for c in cues if not (c.relation == "in" and c.months != (1, 12))]
    scores = {}
    for year in candidates:
        score = months_likelihood(by_month, year, months)
        for cue in by_year:
            score *= likelihood(cue, year)
        scores[year] = score
    total = sum(scores.values()) or 1.0
    return {year: score / total for year, score in scores.items()}


def latest_plain_years(cues: Iterable[Evidence]) -> list[Evidence]:
    """Of the years printed plainly as past or present (rule `year`: `2016年的2.5万亩`, `2019年在济南…`)
    only the latest says how near the page is: an older one is implied by it, and read alone each would
    pull the year back towards itself (a page printing 2016, 2017 and 2019 is no likelier of 2019 than
    one printing 2019 alone).

    >>> [c.year for c in latest_plain_years([Evidence(">=", 2016, 0.75, "a", "year"), Evidence(">=", 2019, 0.75, "b", "year")])]
    [2019]

    A plain year that a closer reading of another printing of it already counts (`2022年重点项目` read as a year's
    list of projects, `2022年3月`) is that reading again, not a second witness: the page speaks of 2022 once.
    >>> listed = Evidence(">=", 2022, 0.85, "2022年重点项目", "year projects", 10, profile="soon")
    >>> [c.rule for c in latest_plain_years([listed, Evidence(">=", 2022, 0.75, "2022年3月", "year", 30)])]
    ['year projects']

    So with a year's settled result or review printed after older ones (`2013年…评价中位列第三`, `2014年，被…`,
    `2015年完成财政收入…`): the latest past result bounds the page, the older are its history.
    >>> old = Evidence(">=", 2014, 0.75, "a", "review", profile="soon")
    >>> [c.year for c in latest_plain_years([old, Evidence(">=", 2016, 0.7, "b", "settled", profile="soon")])]
    [2016]
    """
    cues = list(cues)
    plain = [c.year for c in cues if _past_bound(c) or c.profile == "history"]  # history implies the steps before
    read_closer = {(c.year, c.at) for c in cues if c.relation == ">=" and c.rule != "year" and c.text[:4] == str(c.year)}
    return [c for c in cues if not (_past_bound(c) and (c.year < max(plain) or (c.rule == "year" and _read_closer_elsewhere(c, read_closer))))]


def _read_closer_elsewhere(cue: Evidence, read_closer: set[tuple[int, int]]) -> bool:
    """Whether another printing of the cue's year (not the same one, which the calibration reads as two cues) was read
    closer: a year's list of projects, a lead's date (`latest_plain_years`)."""
    return any(year == cue.year and at != cue.at for year, at in read_closer)


_PAST_RESULT_RULES = ("review", "settled")  # a year's result told once the year has ended (jdash.yearcues)


def _past_bound(cue: Evidence) -> bool:
    """A year spoken of plainly as past or present, or a year's result told once it ended: a lower bound."""
    return cue.relation == ">=" and (cue.rule == "year" and cue.profile == "" or cue.rule in _PAST_RESULT_RULES)


def judge(cues: Iterable[Evidence], months: frozenset[int] = frozenset()) -> YearVerdict:
    """The year that best explains `cues` (on a page of `months`, when known), or None when they are too weak
    to say."""
    merged = merge_repeats(latest_plain_years(cues))
    shares = posterior(merged, months)
    if not shares:
        return YearVerdict(None, 0.0, tuple(merged))
    best = max(shares, key=lambda y: (shares[y], -y))
    confidence = round(min(shares[best], MAX_CONFIDENCE), 2)
    ranked = sorted(merged, key=lambda c: -likelihood(c, best) / max(likelihood(c, best + 1), likelihood(c, best - 1)))
    agree = tuple(c for c in ranked if c.holds(best))
    against = tuple(c for c in merged if not c.holds(best))
    if confidence < MIN_CONFIDENCE:
        return YearVerdict(None, confidence, tuple(merged), (), best)
    return YearVerdict(best, confidence, agree, against, best)


def judge_text(text: str) -> YearVerdict:
    """The year of a page's text: `judge(page_cues(text))`.

    >>> judge_text("纪念红军长征胜利80周年。“十三五”规划实施的第一年，全县新增就业5000人。").year
    2016
    """
    return judge(page_cues(text))
