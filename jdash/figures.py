"""Numbers with units, and what they measure: 44家助企攀登企业 … 营业收入35.9亿元.

A figure is a number followed by a unit from data/units.csv (with an optional 万/亿 scale). Years,
dates, ordinals (第八批), durations (24小时, 3个月) and codes (N95, 5G) carry no such unit, so they are
never figures. The metric is the nearest phrase from data/metrics.csv before the number in the same
clause, else the noun phrase around it; rates without one inherit the metric of the figure before.

A rate is named after the amount it qualifies, so that rates stay apart from amounts: 地区生产总值同比
增长6.1% is 地区生产总值增速, …下降4% is …降幅, 出口额占…的60% is 出口额占比 (比重 when printed so),
and a difference in another unit (优良天数同比增加19天) is 优良天数增加. Rates keep the amount's canonical
metric (`kind` says rate or share); differences have none, as they share the levels' unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from jdash.confidence import FigureEvidence, figure_confidence
from jdash.datafiles import read_table
from jdash.gazetteer import county_mentions, speaks_as_city
from jdash.model import Figure
from jdash.nlp import tag as pos_tags

CITY_WIDE = "全市"

# Only what number reading needs: Chinese punctuation stays, so a figure's sentence is as printed.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％＋－～　", "0123456789.%+-~ ")
_NUMBER = re.compile(r"(?<![A-Za-z0-9.·/:_\-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![A-Za-z0-9]|\.\d)")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")
_CLAUSE_END = set("，,：:。！？!?；;\n")
_APPROX_BEFORE = ("将近", "接近", "不少于", "不到", "不足", "至少", "超过", "超", "逾", "近", "约")
_APPROX_MID = ("余", "多")
_APPROX_AFTER = ("以上", "左右", "上下", "以内", "以下", "多", "余")
_RANGE_BEFORE = re.compile(r"\d+(?:\.\d+)?(?:至|到|-|—|~)$")
# A unit followed by these is part of another word: 3个月 and 6个工作日 are durations, 2200吨级 a class.
_UNIT_BREAKERS = {
    "个": ("月", "小时", "季度", "星期", "多月", "半月", "年头"),
    "吨": ("级",),
    "米": ("级",),
    "人": ("民",),
    "台": ("阶",),
    "次": ("日",),
    "家": ("庭", "乡"),
    "位": ("于", "居", "列"),
}
_GROWTH = ("增", "降", "减", "提高", "提升", "上涨", "回落", "下滑", "扩大", "缩小", "翻")
# The direction of a change printed before a rate (同比增长6.1%, 下降8.5%): a growth rate is named
# 增速 and a decline 降幅, after the amount it qualifies (地区生产总值增速), so rates stay apart from amounts.
_RISE_WORDS = ("增长", "增加", "提高", "提升", "上涨", "上升", "扩大", "回升", "增")
_FALL_WORDS = ("下降", "减少", "降低", "回落", "下滑", "下跌", "缩小", "降", "减")
_RATE_SUFFIX = {"rise": "增速", "fall": "降幅"}
_CHANGE_BEFORE = re.compile(r"(?:同比|环比|比上年|比去年|较上年|较去年)(?:同期)?(增加|减少)了?")
_SHARE_ENDINGS = ("占比", "比重", "比例", "率")
_LEVEL_REACHED = re.compile("(?:" + "|".join(_RISE_WORDS + _FALL_WORDS) + ")(?:到|至)$")
# Metric endings that already name a rate or a share: nothing is appended to them.
_RATE_ENDINGS = ("增幅", "增速", "增长率", "降幅", "涨幅", "跌幅", "降速")
_SHARE = ("占", "率", "比重", "比例")
# Words that end a noun phrase read before or after a number (实现营业收入, 44家…企业实现).
_VERBS = (
    "实现", "完成", "达到", "达", "共有", "现有", "拥有", "共", "累计", "新增", "增长", "增加", "提高", "提升",
    "下降", "减少", "超过", "其中", "计划", "实施", "开工", "建成", "签约", "引进", "落户", "举办", "开展",
    "组织", "解决", "争取", "取得", "提供", "发放", "帮助", "助力", "选派", "覆盖", "比对", "服务", "配备",
    "评选", "获评", "入选", "已", "为", "是", "有", "占", "与", "和", "及", "在", "对", "向", "给", "由", "将",
    "把", "使", "让", "的", "了", "等", "均", "都", "也", "还", "获", "经", "通过", "推动", "带动", "吸引",
    "参加", "参与", "办理", "梳理", "建立", "组建", "成立", "设立", "涉及", "全部", "均", "正在", "分别",
    "已经", "正", "可", "能", "将", "会", "要", "稳定", "保持", "控制", "维持", "发展到", "扩展到", "增加到",
    "提高到", "下降到", "减少到", "突破", "高达", "仅", "已有", "力争", "培育", "认定", "整合", "基本", "全面",
)
_PERIODS = re.compile(
    r"\d{4}年(?:\d{1,2}(?:至|-|—|~)\d{1,2}月份?|\d{1,2}月份?(?:底|末)?|上半年|下半年|前三季度|[一二三四]季度"
    r"|全年|度)?(?:以来)?"
    r"|\d{1,2}(?:至|-|—|~)\d{1,2}月份?"
    r"|截至(?:\d{4}年)?(?:\d{1,2}月(?:份)?(?:底|末)?|年底|目前)"
    r"|(?:今年|去年|上年|当年|本年|明年)(?:以来|上半年|下半年|前三季度|[一二三四]季度|全年|年初以来"
    r"|\d{1,2}月份?以来|[春夏秋冬]季|(?:春耕|夏收|秋收|入冬|入汛|汛期)以来)?"
    r"|今冬明春|今[春夏秋冬](?![天节风雨雪])|(?:春耕|夏收|秋收|入冬|入汛)以来"
    r"|前三季度|第?[一二三四]季度|上半年|下半年|半年来|年初以来|近年来|目前|“?十[一二三四五六]五”?(?:期间|以来)?"
)
_PLACE_MARKERS = re.compile(r"全市|我市")


@dataclass(frozen=True)
class Unit:
    """A unit from units.csv."""

    text: str
    base: str | None
    factor: float
    kind: str  # amount | count | rate | scale


@dataclass(frozen=True)
class Metric:
    """A metric phrase from metrics.csv."""

    phrase: str
    canonical: str
    base: str | None


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Units and scales by their printed form."""
    return {
        r["unit"]: Unit(r["unit"], r["base"] or None, float(r["factor"]), r["kind"])
        for r in read_table("units.csv")
    }


@lru_cache(maxsize=1)
def metrics() -> tuple[dict[str, Metric], tuple[Metric, ...]]:
    """(metric phrases by text, suffix rules for phrases read from the text)."""
    exact: dict[str, Metric] = {}
    suffix: list[Metric] = []
    for r in read_table("metrics.csv"):
        m = Metric(r["phrase"].lstrip("*"), r["canonical"], r["base"] or None)
        if r["phrase"].startswith("*"):
            suffix.append(m)
        else:
            exact.setdefault(m.phrase, m)
    return exact, tuple(suffix)


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern[str]:
    all_units = units()
    scales = sorted((u for u in all_units.values() if u.kind == "scale"), key=lambda u: -len(u.text))
    bases = sorted((u for u in all_units.values() if u.kind != "scale"), key=lambda u: -len(u.text))
    return re.compile(
        r"(?P<mid>余|多)?(?P<scale>" + "|".join(re.escape(u.text) for u in scales) + r")?"
        r"(?P<mid2>余|多)?(?P<unit>" + "|".join(re.escape(u.text) for u in bases) + r")?"
    )


@lru_cache(maxsize=1)
def _metric_pattern() -> re.Pattern[str]:
    exact, _ = metrics()
    return re.compile("|".join(re.escape(p) for p in sorted(exact, key=len, reverse=True)))


def prepare(text: str) -> str:
    """Text ready for number reading: full-width digits made ASCII, line wraps undone, spaces around numbers dropped."""
    t = (text or "").translate(_FULLWIDTH).replace("\r\n", "\n")
    t = re.sub(r"(?<=\S)\n(?=\S)", "", t)
    t = re.sub(r"(?<=\d)[ \t]*(?:\n[ \t]*)?(?=[^\s\d])", "", t)  # 53 亿元, 9 个批次, 2.67 \n亿元
    t = re.sub(r"(?<=\d)\n(?=[\d.])", "", t)  # 468\n.3亿元
    t = re.sub(r"(?<=[^\s\d，。、；：,;:])[ \t]*(?:\n[ \t]*)?(?=\d)", "", t)  # 达 98.5%
    return t


def parse_number(s: str) -> float:
    """A printed number (full-width digits and thousands commas allowed) as a float."""
    return float(s.translate(_FULLWIDTH).replace(",", ""))


@dataclass
class _Raw:
    start: int  # of the number
    end: int  # past the unit and any trailing approximation word
    unit_end: int
    value: float
    unit: str
    scale: float
    base: Unit | None
    approx: str | None


def _read_figures(t: str) -> list[_Raw]:
    out: list[_Raw] = []
    upat = _unit_pattern()
    all_units = units()
    for m in _NUMBER.finditer(t):
        s, e = m.span()
        if s > 0 and t[s - 1] == "第":
            continue
        digits = m.group(1).replace(",", "")
        if len(digits) >= 11 and "." not in digits:
            continue  # a phone number or an identifier
        u = upat.match(t, e)
        scale_text, unit_text = u.group("scale"), u.group("unit")
        if not scale_text and not unit_text:
            continue
        if unit_text and t.startswith(_UNIT_BREAKERS.get(unit_text, ()), u.end()):
            continue
        if not unit_text and scale_text and u.end() < len(t) and t[u.end()] in "年月日天":
            continue
        approx = None
        for w in _APPROX_BEFORE:
            if t.endswith(w, 0, s):
                approx = w
                break
        if _RANGE_BEFORE.search(t, max(0, s - 12), s) and not approx:
            approx = "至"
        mid = u.group("mid") or u.group("mid2")
        if mid:
            approx = approx or mid
        end = u.end()
        for w in _APPROX_AFTER:
            if t.startswith(w, end) and not (w in ("多", "余") and end < len(t) and t[end + 1 : end + 2] == "万"):
                approx = approx or w
                end += len(w)
                break
        scale = all_units[scale_text].factor if scale_text else 1.0
        base = all_units[unit_text] if unit_text else None
        printed = (scale_text or "") + (unit_text or "")
        out.append(_Raw(s, end, u.end(), float(digits), printed, scale, base, approx))
    return out


def _spans(t: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in pattern.finditer(t):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(t):
        spans.append((pos, len(t)))
    return spans


def _clause_start(t: str, s: int, floor: int) -> int:
    i = s
    while i > floor and t[i - 1] not in _CLAUSE_END:
        i -= 1
    return i


_NOUN_FLAGS = ("n", "nz", "nt", "nl", "ng", "j", "b", "vn", "eng", "an", "a", "k", "nr", "s", "l", "z", "i")
_HEAD_FLAGS = ("n", "nz", "nt", "nl", "ng", "j", "vn", "eng", "an", "v", "z", "i")
_FUNCTION_FLAGS = ("p", "u", "uj", "ul", "ud", "uz", "d", "c", "r", "m", "q", "x", "f", "t", "y", "e", "o", "zg", "ad", "tg")
# One-character heads that cannot stand alone: 上传率, 垃圾收集点 (jieba tags 点 as a numeral).
_SUFFIX_HEADS = set("率量额数值点站")
_COPULAS = ("为", "成", "到", "至")
# A total printed after a figure is a total of what that figure counts (新增企业12家，总数达到64家).
_TOTAL_WORDS = ("总数", "总量", "总计", "合计", "数量", "总数量")
# Generic sizes whose thing is printed after the number (总规模3亿元的引导基金).
_SIZE_WORDS = ("规模", "总规模", "资金规模", "基金规模", "总额")
_BODY_CHARS = set("社会园站所馆院队厂场库点区村")
# Verbs that take the counted thing as their object (建设垃圾收集点46个): never part of the phrase.
_GOVERNING = ("建设", "培训", "打造", "创建", "建立", "设立", "扶持", "帮扶", "资助", "救助", "检查", "排查",
              "整治", "认定", "培育", "组织", "改造", "新建", "建成")
_ASIDE = re.compile(r"[（(][^（）()]{1,10}[）)]")  # 农业示范园（区）, 细颗粒物（PM2.5）
_QUOTES = set("“”‘’\"'《》")
_COORDINATED = ("n", "nz", "nt", "l", "j")
_STATE_WORDS = ("在建", "新建", "续建", "拟建", "新开工", "已建成")
_SKIP_WORDS = frozenset(("同比", "环比", "同期", "平均", "日均", "年均", "全市", "我市", "全县", "全区"))


def _retag(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """jieba tags some nouns as fixed expressions (合作社 l): those ending in a facility or body character
    are nouns here; other expressions (每人每年) stay what they are."""
    return [(w, "n") if f == "l" and len(w) >= 2 and w[-1] in _BODY_CHARS else (w, f) for w, f in tags]


def _is_noun(word: str, flag: str) -> bool:
    return (flag in _NOUN_FLAGS or word in _QUOTES) and word not in _VERBS and word not in _SKIP_WORDS


def _noun_tail(prefix: str) -> str | None:
    """The noun phrase that ends a clause prefix: 全市募集慈善款物 → 慈善款物, 上半年报件 → 报件,
    建成垃圾收集点 → 垃圾收集点, 光伏企业整合为 → 光伏企业, 认定农业示范园（区） → 农业示范园."""
    prefix = _ASIDE.sub("", prefix)[-16:]
    if not prefix:
        return None
    tags = _retag(pos_tags(prefix))
    i = len(tags)
    copula = False
    # Skip what stands between the phrase and the number: 达到, 为, 了, 同比去年增加了 …
    while i > 0 and not (len(tags[i - 1][0]) == 1 and tags[i - 1][0] in _SUFFIX_HEADS and i > 1) and (
        tags[i - 1][0] in _VERBS or tags[i - 1][0] in _SKIP_WORDS or tags[i - 1][1] in _FUNCTION_FLAGS
        or (tags[i - 1][1] == "v" and (copula or tags[i - 1][0].endswith(("至", "到", "为"))))
        or tags[i - 1][1] == "ns" or tags[i - 1][1] not in _HEAD_FLAGS
    ):
        copula = tags[i - 1][0] in _COPULAS  # 整合为58家: the verb before 为 is the predicate too
        i -= 1
    if i == 0:
        return None
    j = i - 1  # the head
    if (len(tags[j][0]) == 1 and j > 0 and (tags[j][0] in _SUFFIX_HEADS or tags[j][1].startswith("n"))
            and tags[j - 1][0] not in _VERBS and tags[j - 1][1] not in _FUNCTION_FLAGS):
        j -= 1  # 上传率, 保障房, 收集点: a one-character head takes the word before it, whatever it is
    while j > 0 and _is_noun(*tags[j - 1]):
        j -= 1
    # 建设垃圾收集点: a verb that opens a longer phrase governs it.
    if i - j >= 2 and tags[j][0] in _GOVERNING and len("".join(w for w, _ in tags[j + 1 : i])) >= 2:
        j += 1
    phrase = "".join(w for w, _ in tags[j:i]).strip("“”‘’\"'《》")
    return phrase if len(phrase) >= 2 else None


def _noun_after(t: str, i: int, stop_at_measures: bool = True, count: bool = False, after_de: bool = False) -> str | None:
    """The noun phrase right after a count (44家助企攀登企业实现… → 助企攀登企业)."""
    m = re.match(r"[\u4e00-\u9fff“”‘’\"'《》]+", t[i : i + 14])
    if not m:
        return None
    metric_pat = _metric_pattern()
    out: list[tuple[str, str]] = []
    pos = i
    snippet = m.group()
    lead = next((w for w in _STATE_WORDS if snippet.startswith(w)), "")
    if lead:  # 32个在建重点项目: the project's state belongs to the phrase
        out.append((lead, "b"))
        pos += len(lead)
        snippet = snippet[len(lead) :]
    tags = _retag(pos_tags(snippet))
    for k, (word, flag) in enumerate(tags):
        has_noun = any(f in _HEAD_FLAGS and f != "v" for _, f in out[1 if lead else 0 :])
        nxt_flag = tags[k + 1][1] if k + 1 < len(tags) else ""
        starts = metric_pat.match(t, pos)
        if stop_at_measures and has_noun and starts and (metrics()[0][starts.group()].base or starts.group() in _RATE_WORDS):
            break  # 15家企业营收增幅: a measure of its own starts
        if word in ("和", "及") and has_noun and nxt_flag in _COORDINATED:
            out.append((word, "c"))  # 41家专业合作社和家庭农场: both are counted
            pos += len(word)
            continue
        if word in _VERBS or word in _SKIP_WORDS:
            break
        if count and not out and len(word) == 1 and flag in ("n", "ng", "zg") and (not nxt_flag or nxt_flag.startswith("v")):
            out.append((word, "n"))  # 87个村完成…: a one-character noun counted on its own
            pos += len(word)
            break
        if has_noun and flag == "vn" and nxt_flag == "v" and k + 2 >= len(tags):
            break  # 900余名农民转移就业: the verbs that end the phrase say what the counted did
        modifier = after_de and has_noun and flag == "v" and nxt_flag in _COORDINATED
        if _is_noun(word, flag) or (not has_noun and flag.startswith("v")) or modifier:
            # 3亿元的产业引导基金: after 的 the words are one noun phrase, a verb between nouns modifies
            out.append((word, "vn" if modifier else flag))
            pos += len(word)
            continue
        break
    while out and (out[-1][1] not in _HEAD_FLAGS or out[-1][1] == "v" or out[-1][0] in _QUOTES) and out[-1][0] not in "”’":
        out.pop()
    phrase = "".join(w for w, _ in out)
    single = count and len(out) == 1 and len(phrase) == 1 and out[0][1] == "n"
    return phrase if len(phrase.strip("“”‘’\"'《》")) >= 2 or single else None


def _head_after_attributive(t: str, i: int, first: str) -> str | None:
    """12个投资大、带动强的重点项目: what a count counts is the noun after the attributive clause's last 的,
    when that noun ends the clause and the clause describes (投资大) rather than tells what the counted did
    (3000户村民住进了…的新房); not 5个村的农户, where 的 follows the counted noun itself."""
    end = i
    while end < len(t) and end - i < 40 and t[end] not in _CLAUSE_END:
        end += 1
    clause = t[i:end]
    de = clause.rfind("的")
    if de <= len(first) or clause.startswith(first + "的"):
        return None
    # 投资大、…: an adjective right after the first noun makes it a description; 村民住进了… is a predicate
    tags = pos_tags(clause[len(first) : len(first) + 4])
    if not tags or not (tags[0][1] in ("a", "ad", "an") or (tags[0][1] == "d" and len(tags) > 1 and tags[1][1] == "a")):
        return None
    head = _noun_after(t, i + de + 1, count=True)
    return head if head and i + de + 1 + len(head) == end else None


def _canonical(phrase: str | None) -> Metric | None:
    if not phrase:
        return None
    exact, suffix = metrics()
    if phrase in exact:
        return exact[phrase]
    for rule in suffix:
        if phrase.endswith(rule.phrase):
            return rule
    m = None
    for m in _metric_pattern().finditer(phrase):
        pass
    return exact[m.group()] if m else None


_RATE_WORDS = ("增幅", "增速", "增长率", "降幅", "涨幅", "占比")


def _metric_before(t: str, lo: int, hi: int) -> tuple[str, Metric] | None:
    """The last metric phrase in t[lo:hi]; a rate word right after another metric joins it (营收增幅)."""
    pattern = _metric_pattern()
    found: list[re.Match[str]] = []
    for pos in range(lo, hi):  # overlapping matches: 临时救助金 holds both 临时救助 and 救助金
        m = pattern.match(t, pos, hi)
        if m and not (found and found[-1].end() >= m.end()):
            found.append(m)
    if not found:
        return None
    exact, _ = metrics()
    last = found[-1]
    if last.group() in _RATE_WORDS and len(found) > 1 and found[-2].end() >= last.start() - 2:
        prev = found[-2]
        return t[prev.start() : last.end()], exact[prev.group()]
    return last.group(), exact[last.group()]


def _kind(t: str, raw: _Raw, lo: int) -> str:
    if raw.base is None:
        return "amount"
    if raw.base.kind != "rate":
        return raw.base.kind
    if raw.unit.endswith(("个百分点", "倍")):
        return "rate"
    before = t[max(lo, raw.start - 10) : raw.start]
    growth = max((before.rfind(w) for w in _GROWTH), default=-1)
    share = max((before.rfind(w) for w in _SHARE), default=-1)
    # 由58%提高到83%, 比重提高到21.7%: a level reached, not a change.
    if before.endswith(("到", "至", "为")) and (re.search(r"由|从", before) or _LEVEL_REACHED.search(before)):
        return "share"
    return "rate" if growth > share else "share"


def _county_before(t: str, lo: int, hi: int, default: str | None, city_itself: bool) -> tuple[str | None, bool]:
    """The place a figure belongs to: the last county named before it in its sentence, unless several are
    listed (深入市中区、兖州市、邹城市等地，观摩了32个项目: the figure is the whole city's); 全市/我市 means the
    city, or the county-level city itself in that city's own article (`city_itself`)."""
    mentions = county_mentions(t[lo:hi])
    best: tuple[int, str] | None = mentions[-1] if mentions else None
    if len({name for _, name in mentions}) >= 2:
        best = None
    for m in _PLACE_MARKERS.finditer(t, lo, hi):
        if best is None or m.start() - lo > best[0]:
            best = (m.start() - lo, default if city_itself and default else CITY_WIDE)
    if mentions and best is None:
        return (default if default not in (None,) else CITY_WIDE), True
    return (best[1], True) if best else (default, False)


def _period_before(t: str, lo: int, hi: int) -> str | None:
    last = None
    for m in _PERIODS.finditer(t, lo, hi):
        last = m.group().strip("“”")
    return last


def _gap_is_empty(gap: str) -> bool:
    """Whether only verbs and approximation words stand between a metric and its number (营收达到35亿)."""
    gap = re.sub(r"[\s“”]", "", gap)
    words = sorted(_VERBS + _APPROX_BEFORE + ("同比", "平均", "分别", "总计", "合计", "约为"), key=len, reverse=True)
    changed = True
    while gap and changed:
        changed = False
        for w in words:
            if gap.startswith(w):
                gap, changed = gap[len(w) :], True
                break
    return not gap


def _sentence_periods(t: str, para_lo: int, s_lo: int) -> str | None:
    """A period that opens an earlier sentence of the paragraph (今年以来，…) carries over to later ones."""
    last = None
    for lo, hi in _spans(t[para_lo:s_lo], _SENTENCE_END):
        m = _PERIODS.match(t, para_lo + lo)
        if m:
            last = m.group().strip("“”")
    return last


def extract_figures(text: str, county: str | None = None, *, city_event: bool = False) -> list[Figure]:
    """Every number with a unit in `text`, with what it measures. `county`: the article's county, used
    when the sentence names none (a sentence naming 全市/我市 gives "全市"). In an article about a
    county-level city (曲阜市) 全市 means that city, unless `city_event`: the article is Jining's own event
    held there (city leaders attend), where 全市 is Jining."""
    t = prepare(text)
    raws = _read_figures(t)
    if not raws:
        return []
    figures: list[Figure] = []
    sentences = _spans(t, _SENTENCE_END)
    paragraphs = _spans(t, re.compile(r"\n\s*\n"))
    city_itself = speaks_as_city(county, t) and not city_event
    idx = 0
    for s_lo, s_hi in sentences:
        in_sentence = []
        while idx < len(raws) and raws[idx].start < s_hi:
            if raws[idx].start >= s_lo:
                in_sentence.append(raws[idx])
            idx += 1
        if not in_sentence:
            continue
        sentence = t[s_lo:s_hi].strip()
        para_lo = next((p_lo for p_lo, p_hi in paragraphs if p_lo <= s_lo < p_hi), 0)
        sentence_county = county
        if county in (None, CITY_WIDE):
            # A city-wide story visiting one county (在位于邹城市的…公司。…销售收入23.6亿元): the paragraph's
            # only county, named in an earlier sentence, is where its figures belong.
            earlier = {name for _, name in county_mentions(t[para_lo:s_lo])}
            if len(earlier) == 1 and not _PLACE_MARKERS.search(t, para_lo, s_hi):
                sentence_county = earlier.pop()
        carried_period = _sentence_periods(t, para_lo, s_lo)
        prev_end = s_lo
        prev: Figure | None = None
        prev_start = s_lo
        subject: str | None = None
        for raw in in_sentence:
            figures.append(
                fig := _figure(t, raw, s_lo, prev_end, prev, prev_start, subject, sentence_county, sentence, city_itself)
            )
            if fig.kind == "count" and fig.subject is None and fig.metric:
                own = _own_subject(t, raw, fig.metric, max(_clause_start(t, raw.start, s_lo), prev_end))
                subject = own or subject
                prev_end = raw.end + (len(fig.metric) if own and own.startswith(t[raw.start : raw.end]) else 0)
            else:
                prev_end = raw.end
            if fig.period is None and carried_period:
                figures[-1] = fig = _replace_period(fig, carried_period)
            prev, prev_start = fig, raw.start
        _pair_respectively(t, in_sentence, figures, s_lo)
        _name_changes(t, in_sentence, figures, s_lo)
        for k in range(len(figures) - len(in_sentence), len(figures)):
            fig = figures[k]
            evidence = FigureEvidence(county_in_sentence=_county_before(t, s_lo, in_sentence[k - len(figures)].start, None, False)[1])
            figures[k] = replace(fig, confidence=figure_confidence(fig, evidence))
    return figures


def _direction(t: str, raw: _Raw, lo: int) -> str | None:
    """"rise" or "fall" when a change verb stands before a rate in its clause (同比分别下降12.3%和9.6%)."""
    before = t[max(lo, raw.start - 12) : raw.start]
    best: tuple[int, int, str] | None = None
    for words, direction in ((_RISE_WORDS, "rise"), (_FALL_WORDS, "fall")):
        for w in words:
            k = before.rfind(w)
            if k >= 0 and (best is None or (k + len(w), len(w)) > best[:2]):
                best = (k + len(w), len(w), direction)
    return best[2] if best else None


def _name_changes(t: str, raws: list[_Raw], figures: list[Figure], s_lo: int) -> None:
    """A growth or decline rate measures the change of an amount, not the amount: 地区生产总值同比增长6.1%
    is 地区生产总值增速, 平均浓度同比下降4% is 平均浓度降幅; a share of a whole is 出口额占比 (or 比重 when
    printed so). The canonical metric stays the amount's, so a rate and its amount still group together
    (kind tells them apart)."""
    n = len(raws)
    for k, raw in enumerate(raws):
        fig = figures[len(figures) - n + k]
        if fig.kind == "share" and fig.metric and not fig.metric.endswith(_SHARE_ENDINGS):
            # 出口额占外贸出口总额的60%: a share of a whole is named after its part (出口额占比)
            of = t.rfind("占", _clause_start(t, raw.start, s_lo), raw.start)
            if of >= 0 and not t.startswith("占比", of):
                suffix = "比重" if "比重" in t[of : raw.start] else "占比"
                figures[len(figures) - n + k] = replace(fig, metric=fig.metric + suffix)
            continue
        if fig.kind != "rate" or raw.unit != "%" or not fig.metric or fig.metric.endswith(_RATE_ENDINGS):
            continue
        lo = _clause_start(t, raw.start, s_lo)
        named = t.rfind(fig.metric, lo, raw.start)
        # 平均降价超过40%, 用水减量约10%: the change word is the metric's own, look only after it
        own_change = any(w in fig.metric for w in _RISE_WORDS + _FALL_WORDS)
        direction = _direction(t, raw, named + len(fig.metric) if named >= 0 and own_change else lo)
        if direction:
            figures[len(figures) - n + k] = replace(fig, metric=fig.metric + _RATE_SUFFIX[direction])


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
            while i < len(tags) and (tags[i][1] in _FUNCTION_FLAGS or tags[i][1] == "ns" or tags[i][0] in _SKIP_WORDS):
                i += 1
            phrase = "".join(w for w, _ in tags[i:])
            if len(phrase) < 2 or len(phrase) > 12:
                return None
            out.append(phrase)
        return out
    return None


def _pair_respectively(t: str, raws: list[_Raw], figures: list[Figure], s_lo: int) -> None:
    """分别增长16.2%和18.7%: the rates after 分别 belong, in order, to the figures printed before it, or,
    when no amounts are printed, to the measures listed before it (火灾起数、受伤人数同比分别下降8.5%和6.2%)."""
    n = len(raws)
    sentence_figs = figures[-n:]
    for k, raw in enumerate(raws):
        pos = t.rfind("分别", max(0, raw.start - 12), raw.start)
        if pos < 0 or sentence_figs[k].kind not in ("rate", "share"):
            continue
        rates = [i for i in range(k, n) if raws[i].start > pos and sentence_figs[i].kind in ("rate", "share")
                 and not any(c in "。；;" for c in t[pos : raws[i].start])]
        before = [i for i in range(k) if raws[i].end <= pos and sentence_figs[i].kind not in ("rate", "share")]
        if len(rates) >= 2 and len(before) >= len(rates):
            for r, b in zip(rates, before[-len(rates) :]):
                src = sentence_figs[b]
                sentence_figs[r] = replace(sentence_figs[r], metric=src.metric, canonical_metric=src.canonical_metric)
        elif len(rates) >= 2 and not before:
            lo = max(_clause_start(t, pos, s_lo), raws[k - 1].end if k else s_lo)
            listed = _listed_measures(t, lo, pos, len(rates))
            for r, phrase in zip(rates, listed or ()):
                metric = _canonical(phrase)
                sentence_figs[r] = replace(sentence_figs[r], metric=phrase, canonical_metric=metric.canonical if metric else None)
        break
    figures[-n:] = sentence_figs


def _replace_period(fig: Figure, period: str) -> Figure:
    return replace(fig, period=period)


def _own_subject(t: str, raw: _Raw, metric: str, lo: int) -> str | None:
    """The printed span naming what a count counts: 44家助企攀登企业, or 重大项目11个."""
    if t.startswith(metric, raw.end):
        return t[raw.start : raw.end + len(metric)]
    k = t.rfind(metric, lo, raw.start)
    return t[k : raw.end] if k >= 0 else None


def _figure(
    t: str,
    raw: _Raw,
    s_lo: int,
    prev_end: int,
    prev: Figure | None,
    prev_start: int,
    subject: str | None,
    county: str | None,
    sentence: str,
    city_itself: bool,
) -> Figure:
    clause_lo = _clause_start(t, raw.start, s_lo)
    lo = max(clause_lo, prev_end)
    kind = _kind(t, raw, clause_lo)
    number_lo = raw.start - len(raw.approx) if raw.approx in _APPROX_BEFORE else raw.start
    metric_text: str | None = None
    metric: Metric | None = None
    own = False
    nxt = t[raw.end : raw.end + 1]
    if kind == "count" and nxt and ("\u4e00" <= nxt <= "\u9fff" or nxt in "“《") and (after := _noun_after(t, raw.end, count=True)):
        after = _head_after_attributive(t, raw.end, after) or after
        metric_text, metric, own = after, _canonical(after.strip("“”")), True
    share_of = t.rfind("占", lo, number_lo) if kind == "share" else -1
    if share_of >= 0 and t.startswith("占比", share_of):
        share_of = -1  # 支出占比达到80.2%: 占比 is the measure's own name
    if metric_text is None and share_of == lo and prev is not None and prev.metric:
        # 完成土地流转面积12.4万亩，占耕地面积的38.6%: the share is of what the figure before measured
        metric_text, metric = prev.metric, _canonical(prev.metric)
    if metric_text is None and share_of > lo:
        # 出口额占全县外贸出口总额的72.4%: the share is of what stands before 占
        found = _metric_before(t, lo, share_of)
        metric_text = found[0] if found else _noun_tail(t[lo:share_of])
        metric = found[1] if found else _canonical(metric_text)
    if metric_text is None:
        found = _metric_before(t, lo, number_lo)
        if found:
            end_of_metric = t.rfind(found[0], lo, number_lo) + len(found[0])
            if _gap_is_empty(t[end_of_metric:number_lo]):
                metric_text, metric = found
            else:
                # 种植面积稳定在70万亩: the words between name no other measure, so the metric stands.
                metric_text = _noun_tail(t[end_of_metric:number_lo]) or found[0]
                metric = _canonical(metric_text)
        elif number_lo > lo:
            metric_text = _noun_tail(t[lo:number_lo])
            metric = _canonical(metric_text)
        elif prev is not None and prev_start > clause_lo:
            metric_text = _noun_tail(t[clause_lo:prev_start])
            metric = _canonical(metric_text)
    if metric_text is None and kind != "count" and nxt and "\u4e00" <= nxt <= "\u9fff":
        # 10万亩优质水稻, 2亿元的中小企业发展专项资金: the thing measured is printed after the number
        metric_text = _noun_after(t, raw.end + (1 if nxt == "的" else 0), stop_at_measures=False, after_de=nxt == "的")
        metric = _canonical(metric_text)
    if metric_text in _SIZE_WORDS and t.startswith("的", raw.end):
        # 设立总规模3亿元的引导基金: the size is the fund's, named after 的
        thing = _noun_after(t, raw.end + 1, stop_at_measures=False, after_de=True)
        if thing:
            metric_text, metric = thing, _canonical(thing)
    if (prev is not None and raw.base is not None and prev.base_unit == raw.base.base and kind not in ("rate", "share")
            and (metric_text is None or metric_text in _TOTAL_WORDS)):
        # 常住人口由3万人增加到21.6万人, 新增企业12家，总数达到64家: the second number measures
        # what the first did
        metric_text, metric = prev.metric, _canonical(prev.metric)
    if kind in ("rate", "share") and prev is not None and (metric_text is None or metric_text in _RATE_WORDS):
        metric_text, metric = prev.metric, _canonical(prev.metric)
    if kind == "count" and not own and metric_text:
        own = True
    change = _CHANGE_BEFORE.search(t, lo, number_lo) if kind in ("count", "amount") else None
    if change and change.end() == number_lo:
        # 优良天数同比增加19天: a difference from last year, not a level. It is named as such and has no
        # canonical metric, so it is never compared or summed with the levels (same unit, other meaning).
        base = (_noun_tail(t[lo : change.start()]) if change.start() > lo else None) or metric_text
        if base and not base.endswith(change.group(1)):
            metric_text, metric = base + change.group(1), None
    base_unit = raw.base.base if raw.base else (metric.base if metric else None)
    factor = raw.scale * (raw.base.factor if raw.base else 1.0)
    # Decimal keeps 312.4亿 at 31240000000 rather than 31239999999.999996.
    normalised = float(Decimal(str(raw.value)) * Decimal(repr(factor))) if (base_unit or raw.scale != 1.0) else None
    place, printed = _county_before(t, s_lo, raw.start, county, city_itself)
    return Figure(
        value=raw.value,
        unit=raw.unit,
        normalised_value=normalised,
        base_unit=base_unit,
        metric=metric_text,
        canonical_metric=metric.canonical if metric else None,
        kind=kind,
        subject=None if (kind == "count" and own) else subject,
        county=place,
        period=_period_before(t, s_lo, raw.start),
        approx=raw.approx,
        sentence=sentence,
    )
