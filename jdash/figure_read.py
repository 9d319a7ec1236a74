"""Reading numbers with units: 35.9亿元, 1万多口, 三千万元, 15至20个.

A figure is a number followed by a unit from data/units.csv (with an optional 万/亿 scale). Years,
dates, ordinals (第八批), durations (24小时, 3个月) and codes (N95, 5G) carry no such unit, so they are
never figures. Each reading rule below is a small function over the prepared text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from jdash.datafiles import alternation_of, read_table, read_words
from jdash.rescan import Prefiltered

# Only what number reading needs: Chinese punctuation stays, so a figure's sentence is as printed.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％＋－～　", "0123456789.%+-~ ")
_FULLWIDTH_CHAR = re.compile("[０１２３４５６７８９．％＋－～　]")
# A number not glued to letters, digits or a code's marks: (?<![A-Za-z0-9.·/:_\-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
# written to open with its first digit, which `re` looks for quickly, and look behind from there (a look-behind
# opening the pattern was tried at every character): the same matches (tests/test_fast_paths.py), ≈ 4 × less CPU.
# Chinese numerals with a place value (三千, 两万, 一百二十): one- or two-character words such as 一个,
# 千家万户 are left alone.
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_PLACES = {"十": 10, "百": 100, "千": 1000}
_CN_NUMBER = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿第几数上])([零〇一二两三四五六七八九十百千]{2,})")
_CN_NUMBER_SCAN = Prefiltered(_CN_NUMBER)  # tried only where two numerals stand (its look-behind opens it)
_RANGE_SEP = ("至", "到", "-", "—", "~")
_RANGE_BEFORE = re.compile(r"(\d+(?:\.\d+)?)%?(?:至|到|-|—|~)$")


@dataclass(frozen=True)
class Unit:
    """A unit from units.csv."""

    text: str
    base: str | None
    factor: float
    kind: str  # amount | count | rate | scale


@dataclass
class Raw:
    """A number with its unit as read from the text, before its metric is known."""

    start: int  # of the number
    end: int  # past the unit and any trailing approximation word
    unit_end: int
    value: float
    unit: str
    scale: float
    base: Unit | None
    approx: str | None
    threshold: bool = False  # 10亿元以上项目: a bound of a class, not a measure


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Units and scales by their printed form."""
    return {
        r["unit"]: Unit(r["unit"], r["base"] or None, float(r["factor"]), r["kind"])
        for r in read_table("units.csv")
    }


@lru_cache(maxsize=1)
def _number_re() -> re.Pattern[str]:
    """An Arabic number standing alone: no letter or digit glued before or after it (5G, A3, 2023-01), except a
    Latin unit of units.csv right after it (12km, 5kg), which ends there."""
    latin = alternation_of(u for u in units() if u.isascii() and u.isalpha())
    glued = rf"(?!(?:{latin})(?![A-Za-z]))[A-Za-z0-9]" if latin else r"[A-Za-z0-9]"
    return re.compile(r"(\d(?<![A-Za-z0-9.·/:_\-]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
                      rf"(?!{glued}|\.\d)")


@lru_cache(maxsize=1)
def unit_breakers() -> dict[str, tuple[str, ...]]:
    """Unit → words that, following it, make it part of another word (个 + 月: 3个月 is a duration)."""
    return {r["unit"]: tuple(r["following"].split()) for r in read_table("unit_breakers.csv")}


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern[str]:
    all_units = units()
    scales = alternation_of(u.text for u in all_units.values() if u.kind == "scale")
    bases = alternation_of(u.text for u in all_units.values() if u.kind != "scale")
    return re.compile(
        r"(?P<mid>余|多)?(?P<scale>" + scales + r")?"
        r"(?P<mid2>余|多)?(?P<unit>" + bases + r")?"
    )


def prepare(text: str) -> str:
    """Text ready for number reading: full-width digits made ASCII, line wraps undone, spaces around numbers
    dropped (`53 亿元` → `53亿元`), 万 and 千 printed together written as one number (`3万5千` → `3.5万`)."""
    t = text or ""
    if _FULLWIDTH_CHAR.search(t):  # translate looks up every character: only when one is to be narrowed
        t = t.translate(_FULLWIDTH)
    t = t.replace("\r\n", "\n")
    for pattern in _UNWRAP:
        t = pattern.sub("", t)
    # 3万5千多人次 → 3.5万多人次; the pattern opens with a look-behind, tried at every character: only where 千 is printed
    return _WAN_QIAN.sub(r"\1.\2万", t) if "千" in t else t


# prepare's four passes, in order. Each was a look-behind tried at every character, (?<=\S)\n(?=\S) and so on,
# and two also matched the empty string at most points; here each match opens with the space or line break it
# takes away, and looks behind from there: the same text out (tests/test_figure_read.py), about 4 × less CPU.
_UNWRAP = (
    re.compile(r"\n(?<=\S\n)(?=\S)"),  # a line wrap inside a sentence (was (?<=\S)\n(?=\S))
    # 53 亿元, 9 个批次, 2.67 \n亿元 (was (?<=\d)[ \t]*(?:\n[ \t]*)?(?=[^\s\d]))
    re.compile(r"[ \t](?<=\d[ \t])[ \t]*(?:\n[ \t]*)?(?=[^\s\d])|\n(?<=\d\n)[ \t]*(?=[^\s\d])"),
    re.compile(r"\n(?<=\d\n)(?=[\d.])"),  # 468\n.3亿元 (was (?<=\d)\n(?=[\d.]))
    # 达 98.5% (was (?<=[^\s\d，。、；：,;:])[ \t]*(?:\n[ \t]*)?(?=\d)); not after a Latin letter (GDP 86亿元: glued,
    # GDP115 would read as a code like 5G or A3, no figure)
    re.compile(r"[ \t](?<=[^\s\dA-Za-z，。、；：,;:][ \t])[ \t]*(?:\n[ \t]*)?(?=\d)"
               r"|\n(?<=[^\s\dA-Za-z，。、；：,;:]\n)[ \t]*(?=\d)"),
)


_WAN_QIAN = re.compile(r"(?<![\d.])(\d+)万(\d)千")


def parse_number(s: str) -> float:
    """A printed number (full-width digits and thousands commas allowed) as a float: `１,２００` → 1200."""
    return float(s.translate(_FULLWIDTH).replace(",", ""))


def chinese_number(s: str) -> float | None:
    """A Chinese numeral without 万/亿 as a number: 三千 → 3000, 一百二十 → 120, 十五 → 15; None if malformed."""
    total, digit = 0, None
    for ch in s:
        if ch in "零〇":
            continue  # 两千零五: a zero only marks an empty place
        if ch in _CN_DIGITS:
            if digit is not None:
                return None  # 三四 is "three or four", not a number
            digit = _CN_DIGITS[ch]
        elif ch in _CN_PLACES:
            total += (1 if digit is None else digit) * _CN_PLACES[ch]
            digit = None
        else:
            return None
    return float(total + (digit or 0))


def _approx_before(t: str, s: int) -> str | None:
    """超过10亿元, 近3000人: the approximation word printed right before a number; not the end of a word that only
    ends in one (data/not_approx_words.txt: 共签约15万吨 is signed, exact).

    >>> _approx_before("约15万吨", 1), _approx_before("共签约15万吨", 3)
    ('约', None)
    """
    words = read_words("approx_before.txt")
    if not t.endswith(words, 0, s) or t.endswith(read_words("not_approx_words.txt"), 0, s):
        return None
    return next((w for w in words if t.endswith(w, 0, s)), None)


def _range_before(t: str, s: int) -> str | None:
    """15至20个, 5%至6%: the lower bound printed before the upper one, as `15至`."""
    m = _RANGE_BEFORE.search(t, max(0, s - 12), s)
    return m.group(1) + "至" if m else None


def _approx_after(t: str, end: int) -> str | None:
    """30%左右, 10亿元以上, 1200余人: the approximation word right after a unit (not 多 of 多万)."""
    words = read_words("approx_after.txt")
    if not t.startswith(words, end):
        return None  # most units are followed by no such word: one test of them all
    for w in words:
        if t.startswith(w, end) and not (w in ("多", "余") and t[end + 1 : end + 2] == "万"):
            return w
    return None


_BETWEEN = ("多", "余")  # 1200余人, 3万多元: printed between the number (and its scale) and the unit
_SCALES = ("万亿", "亿", "万", "千", "百")


def printed_figure(approx: str | None, number: str, unit: str | None, sentence: str = "") -> str:
    """A figure written as the paper prints it, its approximation word in its place: 10亿元以上 and 30%左右 (not
    以上10亿元), 超过10亿元, 预计1050亿元, 5至6%; 多 and 余 stand after the number (1200余人, 100多万人次) or after
    its scale (3万多元), as `sentence` prints it.

    >>> printed_figure("以上", "1500", "元"), printed_figure("多", "3", "万元", "收入3万多元"), printed_figure("多", "3", "万元")
    ('1500元以上', '3万多元', '3多万元')
    """
    approx, unit = approx or "", unit or ""
    after = next((w for w in read_words("approx_after.txt") if approx.endswith(w) and w not in _BETWEEN), None)
    if after:
        return approx[: -len(after)] + number + unit + after
    between = next((w for w in _BETWEEN if approx.endswith(w)), None)
    if not between:
        return approx + number + unit
    lead = approx[: -len(between)]
    scale = next((k for k in _SCALES if unit.startswith(k) and len(unit) > len(k)), "")
    inside = number + scale + between + unit[len(scale) :]
    return lead + (inside if scale and inside in sentence else number + between + unit)


def is_threshold(t: str, end: int, approx: str | None) -> bool:
    """投资5亿元以上项目12个: a bound (以上) followed by the class it bounds and a count of that class in the
    same clause, or by the count at once (10亿元以上3个), is a threshold, not a measure; 增长10%以上， is a
    measure."""
    if approx not in read_words("threshold_words.txt") or end >= len(t):
        return False
    if t[end].isdigit():
        return True  # 其中50亿元以上项目1个、10亿元以上3个: the class's count follows at once
    if not "\u4e00" <= t[end] <= "\u9fff":
        return False
    clause = re.match(r"[^，,：:。！？!?；;\n]{0,30}", t[end:]).group()
    return bool(re.search(r"\d", clause)) and not clause.startswith(("，", "同比", "增长"))


def is_bound_before(t: str, start: int, end: int) -> bool:
    """过10亿元项目68个: an amount after a bound (data/threshold_before.txt), followed at once by the class
    it bounds and a count of that class in the same clause, is a threshold; 超过10亿元， is a measure."""
    if not t.endswith(read_words("threshold_before.txt"), 0, start) or end >= len(t) or not "\u4e00" <= t[end] <= "\u9fff":
        return False
    clause = re.match(r"[^，,：:。！？!?；;\n]{0,20}", t[end:]).group()
    return bool(re.match(r"的?[\u4e00-\u9fff]{1,8}?\d", clause))


_COUNT_BEFORE = re.compile(r"\d[个家项所座条户名]的?[\u4e00-\u9fff]{0,4}$")


def bounds_counted_class(t: str, start: int, end: int, approx: str | None) -> bool:
    """44个投资2亿元以上项目开工建设: an amount with a bound (以上) between a count and the class it counts is
    the class's threshold, not a measure.

    >>> bounds_counted_class("44个投资2亿元以上项目", 5, 10, "以上"), bounds_counted_class("投资2亿元以上", 2, 7, "以上")
    (True, False)
    """
    if approx not in read_words("threshold_words.txt") or end >= len(t) or not "\u4e00" <= t[end] <= "\u9fff":
        return False
    return bool(_COUNT_BEFORE.search(t, max(0, start - 8), start))


def is_duration(t: str, raw: Raw) -> bool:
    """国庆假期8天, 为期3天, 景区7天共接待: a number of days right after a word of a span
    (data/duration_words.txt), or right before the words of what happened in them (duration_after.txt), is
    how long it lasted, not a figure (优良天数182天 is one)."""
    return raw.unit == "天" and (t.endswith(read_words("duration_words.txt"), 0, raw.start - len(raw.approx or ""))
                                or t.startswith(read_words("duration_after.txt"), raw.end))


def _unit_at(t: str, e: int) -> re.Match[str] | None:
    """The scale and unit printed at t[e] (亿元, 万多口, %), or None when there is none or it is part of
    another word (3个月, 2200吨级, 5万年, 五百亿级: a class of size, 五百亿级产业集群, no amount)."""
    u = _unit_pattern().match(t, e)
    scale_text, unit_text = u.group("scale"), u.group("unit")
    if not scale_text and not unit_text:
        return None
    if unit_text and t.startswith(unit_breakers().get(unit_text, ()), u.end()):
        return None
    if unit_text in read_words("scaled_only_units.txt") and not scale_text:
        return None  # 气温30度: a unit only after 万 or 亿 (5.8亿度 of electricity)
    if not unit_text and scale_text and u.end() < len(t) and t[u.end()] in "年月日天级":
        return None
    return u


def _raw(t: str, s: int, e: int, value: float, u: re.Match[str]) -> Raw:
    all_units = units()
    scale_text, unit_text = u.group("scale"), u.group("unit")
    approx = _approx_before(t, s) or _range_before(t, s) or u.group("mid") or u.group("mid2")
    end = u.end()
    after = _approx_after(t, end)
    if after:
        approx = approx or after
        end += len(after)
    return Raw(
        start=s, end=end, unit_end=u.end(), value=value, unit=(scale_text or "") + (unit_text or ""),
        scale=all_units[scale_text].factor if scale_text else 1.0,
        base=all_units[unit_text] if unit_text else None, approx=approx,
        threshold=is_threshold(t, end, after) or bounds_counted_class(t, s, end, after)
        or (unit_text is not None and all_units[unit_text].kind == "amount" and is_bound_before(t, s, end)),
    )


def _arabic(t: str) -> list[Raw]:
    """Arabic numbers with a unit: 35.9亿元, 1,200人 (not 第8批, not 13912345678)."""
    out = []
    for m in _number_re().finditer(t):
        s, e = m.span()
        digits = m.group(1).replace(",", "")
        if (s > 0 and t[s - 1] == "第") or (len(digits) >= 11 and "." not in digits):
            continue  # an ordinal, a phone number or an identifier
        u = _unit_at(t, e)
        if u:
            out.append(_raw(t, s, e, float(digits), u))
    return out


def _chinese(t: str) -> list[Raw]:
    """Chinese numerals with a place value and a unit: 三千万元 → 3000万元, 两百多人 → 200人 (多)."""
    out = []
    for m in _CN_NUMBER_SCAN.finditer(t, 0, len(t)):
        value = chinese_number(m.group(1))
        u = _unit_at(t, m.end()) if value else None
        if u and (u.group("unit") or u.group("scale")):
            out.append(_raw(t, m.start(), m.end(), value, u))
    return out


_BELOW_ZERO = re.compile(r"(?:零下|(?<![\dA-Za-z.%~—\-])-)(\d+(?:\.\d+)?)(?=℃)")


def _below_zero(t: str) -> list[Raw]:
    """最低气温降至-0.3℃, 零下5℃: a temperature printed with a minus sign or 零下 is below zero (the
    minus is no range dash: 3-5℃ stays a range's upper bound).

    >>> [(r.value, r.unit) for r in _below_zero("最低气温降至-0.3℃，白天零下5℃，3-5℃")]
    [(-0.3, '℃'), (-5.0, '℃')]
    """
    out: list[Raw] = []
    if "℃" not in t:
        return out  # a temperature only: the expression looks for ℃ after the number (and is tried at every point)
    for m in _BELOW_ZERO.finditer(t):
        u = _unit_at(t, m.end())
        if u:
            raw = _raw(t, m.start(1), m.end(), -parse_number(m.group(1)), u)
            out.append(raw)
    return out


def _drop_range_starts(raws: list[Raw], t: str) -> list[Raw]:
    """5%至6%: the lower bound is part of the range read with the upper one (approx `5至`)."""
    out = []
    for k, raw in enumerate(raws):
        nxt = raws[k + 1] if k + 1 < len(raws) else None
        gap = t[raw.end : nxt.start] if nxt else ""
        if nxt and gap in _RANGE_SEP and nxt.unit == raw.unit:
            continue
        out.append(raw)
    return out


def read_figures(t: str) -> list[Raw]:
    """Every number with a unit in prepared text, in text order, thresholds marked."""
    below = _below_zero(t)
    signed = {r.start for r in below}
    raws = sorted([r for r in _arabic(t) if r.start not in signed] + below + _chinese(t), key=lambda r: r.start)
    return _drop_range_starts(raws, t)
