"""How solid an extracted figure or official is: a float in [0, 1] stored with each (column `confidence`).

A figure's score is the share of figures read so that are right: a base, plus the weights of the named rules
that apply (FIGURE_RULES), capped at DOUBT_CAP when any doubt applies (FIGURE_DOUBTS); the weights and the cap are
fitted to the judged figures of the real-text samples (docs/ACCURACY.md, "What a figure's confidence means").
Views that summarise (county cards, metric comparisons) keep figures with a canonical metric and
`confidence >= SOLID`; full tables keep every row with its score, so a reader can see what was hidden and why.

Figures (best 1.0): a figure read in full has a known canonical metric (营业收入), a unit that fits it (亿元 for
营业收入, jdash/data/metric_units.csv), a county and a period, and scores SOLID or more when no doubt applies:
上半年，金乡县实现营业收入35.9亿元 is; without 上半年, or with 35.9个, or with no county, it is not, and a
known measure misread so is right less often than a figure of no known measure. A label that reads as no measure
(带来, 市级), a part of its measure's whole, a figure that is not the county's own or not of its own period, are
doubts.
Officials: a title chain closed by punctuation or a verb such as 出席 scores high; a name whose end is
only guessed, or whose surname is not in the list, scores lower.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from jdash.datafiles import read_lines, read_table, read_words
from jdash.model import Figure

SOLID = 0.9  # figures at or above this, with a canonical metric, are fit for cards and comparisons
# Units of a change or a share: they fit any metric (地区生产总值增长6.1%, 高于全省2.1个百分点).
RATE_UNITS = frozenset(("%", "个百分点", "百分点", "倍"))

# Part-of-speech flags of a word that can end a metric label (a noun, or a verb used as one: 就业).
_HEAD_FLAGS = frozenset(("n", "nz", "nt", "nl", "ng", "j", "vn", "an", "eng", "nr", "ns", "l", "i"))
# One-character heads a label may end with (上传率, 垃圾收集点): jieba tags some of them as numerals.
_SUFFIX_HEADS = frozenset("率量额数值点站房村户")
# Part-of-speech flags that never start a metric label (市级 b, 带来 v are read elsewhere).
_BAD_FIRST = frozenset(("p", "u", "uj", "c", "r", "m", "q", "d", "f", "x", "y", "e"))


def as_percent(confidence: object) -> str:
    """A confidence as every page, caption and evidence line prints it: a whole percentage (`85%`), the one
    format (the reader said `81%` over evidence saying `0.46`); empty when there is none. Exported data keep the
    share itself (0.85), a number to filter on.

    >>> as_percent(0.846), as_percent(1), as_percent(None), as_percent(float("nan"))
    ('85%', '100%', '', '')
    """
    if confidence is None or isinstance(confidence, str):
        return ""
    try:
        share = float(confidence)
    except (TypeError, ValueError):
        return ""
    return "" if share != share else f"{share:.0%}"


@lru_cache(maxsize=1)
def _not_labels() -> frozenset[str]:
    return frozenset(read_lines("not_metric_labels.txt"))


@lru_cache(maxsize=4096)
def label_is_noun_phrase(label: str) -> bool:
    """Whether a metric label reads as a noun phrase: 营业收入, 垃圾收集点 yes; 带来, 建设, 市级, 联系 no."""
    from jdash.figure_metric import DESIGNATOR, is_media_label
    from jdash.nlp import tag as pos_tags

    text = label.strip("“”‘’\"'《》")
    code = DESIGNATOR.match(text)  # 5G基站 reads as 基站 does
    text = text[code.end() :] if code else text
    if len(text) < 2 and text not in _SUFFIX_HEADS:
        return False
    if text in _not_labels() or is_media_label(text) or is_bare_qualifier(text):
        return False
    tags = pos_tags(text)
    if not tags or tags[0][1] in _BAD_FIRST:
        return False
    last_word, last_flag = tags[-1]
    if last_word in _not_labels():
        return False  # 活动带来: the label ends in a verb, the measured thing is elsewhere
    if len(tags) == 1 and last_flag in ("v", "vn", "b", "a", "vd", "ad"):
        return False  # 带来, 建设: one verb alone measures nothing
    return last_flag in _HEAD_FLAGS or last_word[-1] in _SUFFIX_HEADS or last_flag == "v" and len(tags) > 1


_PER_LABEL = re.compile(r"每[\u4e00-\u9fff]")  # 每斤, 每亩: the amount a price or a yield is per


@lru_cache(maxsize=1)
def _bare_qualifier_words() -> frozenset[str]:
    return frozenset(read_words("dimension_words.txt") + read_words("total_words.txt") + read_words("per_words.txt"))


def is_bare_qualifier(label: str) -> bool:
    """Whether a label is only a qualifier, naming no thing: a dimension (全长: data/dimension_words.txt), a total
    (总数: total_words.txt), a per-word (年均: per_words.txt) or 每 and a measure word (每斤). The thing it qualifies is
    printed elsewhere or not at all, so the figure is no county's measure.

    >>> [is_bare_qualifier(x) for x in ("全长", "总数", "每斤", "环湖路全长", "总面积")]
    [True, True, True, False, False]
    """
    return label in _bare_qualifier_words() or len(label) == 2 and bool(_PER_LABEL.fullmatch(label))


def label_reads_as_measure(label: str) -> bool:
    """A metric phrase of data/metrics.csv as printed (出口, 纳税: verbs, yet the name of a measure), or a
    label that reads as a noun phrase."""
    from jdash.figure_metric import metrics

    return label in metrics()[0] or label_is_noun_phrase(label)


@dataclass(frozen=True)
class FigureEvidence:
    """What the extractor knew when it read a figure, beyond the figure itself."""

    county_in_sentence: bool  # the county (or 全市) is printed in the figure's sentence or paragraph
    sub_unit: str | None = None  # the unit inside a county its clause is about (园区, 梁山港), see figure_subject
    period_own: bool = True  # its period is printed in its clause or opens one of its sentence's, not carried
    restated: bool = False  # an earlier figure of the article has its metric, county and period, another value
    whose: str | None = ""  # the subject named nearest before it in its paragraph: "" the county, None none (figure_subject)
    batch_named: bool = False  # a batch's sum named after the batch its sentence counts (figures.name_batch_sums)
    unscoped: bool = False  # a batch's measure (完成投资) printed bare where no batch was found (figure_scope)


@dataclass(frozen=True)
class _Rule:
    name: str
    weight: float
    test: Callable[[Figure, FigureEvidence], bool]


@lru_cache(maxsize=1)
def metric_units() -> dict[str, frozenset[str]]:
    """Canonical metric → the base units it is measured in (营业收入 → {元})."""
    return {r["canonical"]: frozenset(r["units"].split()) for r in read_table("metric_units.csv")}


def unit_fits(figure: Figure) -> bool | None:
    """Whether the figure's unit is one its canonical metric is measured in; None when either is unknown.

    >>> from jdash.figures import extract_figures
    >>> [unit_fits(f) for f in extract_figures("营业收入35.9亿元，营业收入5个，增长8%，产品4万筐。")]
    [True, False, True, None]
    """
    if not figure.canonical_metric:
        return None
    if figure.kind in ("rate", "share") and figure.unit in RATE_UNITS:
        return True
    units = metric_units().get(figure.canonical_metric)
    if not units or not figure.base_unit:
        return None
    return figure.base_unit in units


@lru_cache(maxsize=1)
def _vague_metrics() -> frozenset[str]:
    return frozenset(read_words("vague_metrics.txt"))


def is_vague(figure: Figure) -> bool:
    """Whether the figure's canonical metric counts a class too loosely bounded to compare (data/vague_metrics.txt).

    >>> from jdash.figures import extract_figures
    >>> [is_vague(f) for f in extract_figures("新开工项目12个，其中产业项目8个，营业收入5亿元。")]
    [False, True, False]
    """
    return figure.canonical_metric in _vague_metrics()


_RATE_NAMES = ("增长率", "增速", "增幅", "降幅", "涨幅", "跌幅", "降速", "占比", "比重")


def is_qualified(figure: Figure) -> bool:
    """Whether the label only contains its canonical metric's phrase: 省市重点项目 → 重点项目, 研学旅游团队游客
    → 游客接待量, 新增产值 → 产值 count a part (or a projection) of the whole the metric names, so they are
    not that metric. A printed phrase of data/metrics.csv, with a rate's name after it, is not qualified.

    >>> from jdash.figures import extract_figures
    >>> [is_qualified(f) for f in extract_figures("营业收入增长8%，研学旅游团队游客2万人次，营业收入5亿元。")]
    [False, True, False]
    """
    from jdash.figure_metric import metrics

    if not figure.canonical_metric or not figure.metric:
        return False
    label = figure.metric.strip("“”")
    label = next((label[: -len(w)] for w in _RATE_NAMES if label.endswith(w) and len(label) > len(w)), label)
    return label not in metrics()[0] and label.replace("的", "", 1) not in metrics()[0]  # 集中开工的项目 as printed


def names_no_thing(figure: Figure) -> bool:
    """Whether the figure is named by a bare measure alone (data/bare_measures.txt) or by a qualifier alone
    (is_bare_qualifier): 产量, 收获面积增速, 全长 say how much but not of what.

    >>> from jdash.figures import extract_figures
    >>> [names_no_thing(f) for f in extract_figures("全县产量48万吨。全县小麦产量30万吨。新建道路一条，全长8公里。")]
    [True, False, True]
    """
    from jdash.figure_metric import bare_measure

    return bare_measure(figure.metric) is not None or is_bare_qualifier((figure.metric or "").strip("“”"))


def is_bare_act(figure: Figure) -> bool:
    """Whether the label is only a verb of spending (data/bare_act_verbs.txt): 投入10亿元建设产业园 says that
    money was spent, not on what nor by whom, so it is no measure of the county.

    >>> from jdash.figures import extract_figures
    >>> [is_bare_act(f) for f in extract_figures("全县投入10亿元建设产业园，财政投入资金3亿元。")]
    [True, False]
    """
    return (figure.metric or "").strip("“”") in read_words("bare_act_verbs.txt")


def is_bare_count(figure: Figure) -> bool:
    """Whether a count is labelled by one word of at most two characters that data/metrics.csv does not name as a
    measure: 企业120家, 团队529个, 乡镇5个 say what kind of thing was counted, not which (the verb or class of the
    sentence was lost), so the label stays vague; 人才23人 or 项目 (its own vague rule) are the file's.

    >>> from jdash.figures import extract_figures
    >>> [is_bare_count(f) for f in extract_figures("全县有企业120家，引进人才23人，规上工业企业38家。")]
    [True, False, False]
    """
    from jdash.figure_metric import metrics

    label = (figure.metric or "").strip("“”")
    return figure.kind == "count" and 0 < len(label) <= 2 and label not in metrics()[0]


def is_sub_units(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether the figure's clause is about a unit inside the county (a zone, a port, scenic spots, a firm, a
    village: jdash.figure_subject), not the county itself: 园区完成固定资产投资140亿元 is; 全县… is not.

    >>> from jdash.figures import extract_figures
    >>> [f.confidence >= SOLID for f in extract_figures("1至7月，园区完成固定资产投资14亿元。1至7月，全县完成固定资产投资80亿元。", "泗水县")]
    [False, True]
    """
    return bool(evidence.sub_unit)


def county_not_subject(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether the clause opening nearest before the figure in its paragraph names no county or whole (全县, 全市,
    泗水县, 济宁市) as its subject: a unit (微山湖景区是5A级景区。2022年接待游客108万人次), a part (其中，…), or
    nothing at all while its sentence prints no county either (在嘉祥县举行的推进会上，集中开工项目11个 prints one).
    A figure is the county's own only when the county is what its clauses speak of.

    >>> from jdash.figures import extract_figures
    >>> text = "微山湖景区是5A级景区。2022年接待游客108万人次。2022年，全县接待游客500万人次。"
    >>> [f.confidence >= SOLID for f in extract_figures(text, "微山县")]
    [False, True]
    """
    return evidence.whose != "" and not (evidence.whose is None and evidence.county_in_sentence)


def period_not_own(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether the figure's period is carried from another sentence, or printed inside another clause's words
    (展示了近年来的成果，签约总投资50亿元), rather than printed in its clause or opening one of its sentence.

    >>> from jdash.figures import extract_figures
    >>> [f.confidence >= SOLID for f in extract_figures("今年以来，全县项目建设提速。全县完成固定资产投资80亿元。", "泗水县")]
    [False]
    """
    return bool(figure.period) and not evidence.period_own


def is_restated(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether an earlier figure of the article has the same canonical metric, county and period with another
    value (总投资1488亿元 … 其中70个项目总投资908亿元): the later one is a part of it, or a rival reading.

    >>> from jdash.figures import extract_figures
    >>> [f.confidence >= SOLID for f in extract_figures("上半年，全县完成固定资产投资50亿元，全县完成固定资产投资30亿元。", "泗水县")]
    [True, False]
    """
    return evidence.restated


def rate_of_no_measure(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether the canonical metric is only a rate's name (增速, 降幅 …: data/metrics.csv maps them to themselves):
    社会消费品零售总额降幅较一季度收窄8.6个百分点 says how a rate moved, not a measure of the county.

    >>> from jdash.figures import extract_figures
    >>> [rate_of_no_measure(f, FigureEvidence(True)) for f in extract_figures("全县增速达到8%，出口增长6%。")]
    [True, False]
    """
    return figure.canonical_metric in _RATE_NAMES


_WHOLE_SHARES = ("占比", "比重")


def share_of_unnamed_whole(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether a share is named only after its part's measure (营业收入比重 of 煤电企业营业收入占规上工业营业收入
    比重43%): the part's subject and the whole are left out, so the label is a fragment; a share named in
    data/metrics.csv (城镇化率) is not.

    >>> from jdash.figures import extract_figures
    >>> [is_qualified_share for is_qualified_share in map(lambda f: share_of_unnamed_whole(f, FigureEvidence(True)),
    ...   extract_figures("全县煤电企业营业收入占全部营业收入比重降至43%。"))]
    [True]
    """
    from jdash.figure_metric import metrics

    metric = (figure.metric or "").strip("“”")
    return figure.kind == "share" and metric.endswith(_WHOLE_SHARES) and metric not in metrics()[0]


def batch_of(label: str | None) -> str | None:
    """The batch a count's label names, up to its last batch noun (data/batch_nouns.txt), when more than the bare
    noun: 重点产业项目建设 → 重点产业项目, 集中开工的项目 → 集中开工的项目; 项目 alone names no batch.

    >>> batch_of("重点产业项目建设"), batch_of("项目"), batch_of("企业")
    ('重点产业项目', None, None)
    """
    label = (label or "").strip("“”")
    ends = sorted((m.end() for n in read_words("batch_nouns.txt") for m in re.finditer(re.escape(n), label)), reverse=True)
    end = next((k for k in ends if closes_batch(label[k:])), 0)
    return label[:end] if end and label[:end] not in read_words("batch_nouns.txt") else None


def closes_batch(rest: str) -> bool:
    """Whether the words after a batch noun in a label leave it the batch's name: nothing, or an act (建设, 签约,
    列入市级重点项目库); not a noun the batch noun only opens (重点项目库 is no batch of projects).

    >>> closes_batch(""), closes_batch("列入市级重点项目库"), closes_batch("库")
    (True, True, False)
    """
    from jdash.nlp import tag

    return not rest or tag(rest)[0][1] in ("v", "vn", "d", "ad")


def is_bare_batch_sum(label: str | None) -> bool:
    """Whether a label is only a batch's sum (data/batch_stock_metrics.txt, 额 after it allowed): 总投资, 计划投资额
    say how much a batch or a project is worth, never what of, so on a county card they read as the county's own.

    >>> is_bare_batch_sum("总投资额"), is_bare_batch_sum("集中开工项目总投资")
    (True, False)
    """
    return (label or "").strip("“”").removesuffix("额") in read_words("batch_stock_metrics.txt")


def batch_sum_unnamed(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether a batch's sum keeps its bare label (集中开工项目27个，总投资93.8亿元 named so when its sentence's count
    names no batch: jdash.figures names it after the count, 集中开工项目总投资): a card would show `某县 · 总投资`.

    >>> from jdash.figures import extract_figures
    >>> [batch_sum_unnamed(f, FigureEvidence(True)) for f in extract_figures("全县集中开工项目12个，总投资50亿元。大桥总投资9亿元。")]
    [False, False, True]
    """
    return is_bare_batch_sum(figure.metric)


@lru_cache(maxsize=1)
def _counted_batch() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, read_words("batch_nouns.txt")))
    return re.compile(rf"\d+[多余]?[个项][^，。；,;]{{0,16}}?(?:{nouns})|(?:{nouns})[^，。；,;\d]{{0,4}}\d+[多余]?[个项]")


def batch_not_counted(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether a sum over a batch of projects (data/batch_stock_metrics.txt: 总投资) is printed in a sentence that
    counts no projects: 机场开工建设，总投资22.97亿元 is one project's; 集中开工项目183个，总投资1488亿元 is the batch's.

    >>> from jdash.figures import extract_figures
    >>> [batch_not_counted(f, FigureEvidence(True)) for f in extract_figures("新开工项目共有12个，总投资50亿元。全县加快建设，总投资9亿元。")]
    [False, False, True]
    """
    return figure.canonical_metric in read_words("batch_stock_metrics.txt") and not _counted_batch().search(figure.sentence)


def class_bound_cut(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether the label was cut from the class bound printed before it (副高级以上人才23人 → 人才): the figure counts
    a part of what its label names (data/threshold_words.txt: 以上, 以下).

    >>> from jdash.figures import extract_figures
    >>> [class_bound_cut(f, FigureEvidence(True)) for f in extract_figures("引进副高级以上人才23人，引进人才50人。")]
    [True, False]
    """
    label = (figure.metric or "").strip("“”")
    return bool(label) and any(w + label in figure.sentence for w in read_words("threshold_words.txt"))


_COUNT_IN_SUBJECT = re.compile(r"\d+(?:\.\d+)?余?[家个项所座处]")


def is_counted_group(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether the figure's subject is a counted group of firms or units (data/counted_units.txt): 44家攀登企业实现
    营业收入36亿元 is the group's revenue, not the county's; a batch's 总投资 (data/batch_stock_metrics.txt) is read by
    "batch not counted" instead.

    >>> from jdash.figures import extract_figures
    >>> [is_counted_group(f, FigureEvidence(True)) for f in extract_figures("上半年，12家龙头企业实现利润3亿元。")]
    [False, True]
    """
    subject = figure.subject or ""
    count = _COUNT_IN_SUBJECT.search(subject)
    if count is None or figure.canonical_metric in read_words("batch_stock_metrics.txt") + read_words("group_sums.txt"):
        return False  # 引进项目68个，累计到位资金27.53亿元: what the county's projects brought in is the county's
    noun = subject[: count.start()] or subject[count.end() :]
    return noun.endswith(read_words("counted_units.txt"))


def _text_after(figure: Figure) -> str | None:
    """The figure's sentence after the figure as printed (6%以上”的目标 → 以上”的目标), None when it is not printed so."""
    printed = f"{figure.value:g}{figure.unit}"
    k = figure.sentence.find(printed)
    return figure.sentence[k + len(printed) :] if k >= 0 else None


_GOAL_AFTER = re.compile(r"^(?:以上|左右)?[”\"]?的?(?:预期|奋斗|发展)?目标")


def goal_not_marked(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether the figure is printed as a goal (…增长5.5%以上”的目标: 目标 right after it, past 以上 and a closing
    quote) while it is not marked as one: a goal read as a result would stand on the cards as done.

    >>> from jdash.figures import extract_figures
    >>> [goal_not_marked(f, FigureEvidence(True)) for f in extract_figures("全县定下了“地区生产总值增长6%以上”的目标。")]
    [True]
    """
    after = _text_after(figure)
    return not figure.target and after is not None and bool(_GOAL_AFTER.match(after))


_PLAN_SHARE_AFTER = re.compile(r"^[^。；;]{0,6}?占(?:年度)?(?:计划|规划)(?:量|总量|任务|总投资)?的?\d")


def progress_of_a_plan(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether a bare 完成投资 is followed by its share of a plan (累计完成投资1.1亿元，占规划量的30.8%): that is the
    progress of one programme (the schools, the kindergartens, a batch of projects) named sentences before, not
    the county's investment; 完成固定资产投资80亿元，占年度计划的62% names its measure and stays solid.

    >>> from jdash.figures import extract_figures
    >>> [progress_of_a_plan(f, FigureEvidence(True)) for f in extract_figures("累计完成投资2.3亿元，占规划量的40.5%。")]
    [True, False]
    """
    if figure.canonical_metric != "完成投资" or (figure.metric or "") != "完成投资":
        return False
    after = _text_after(figure)
    return after is not None and bool(_PLAN_SHARE_AFTER.match(after))


_BATCH_INVESTS = re.compile(r"(?:累计|共计|共|已经|已)?完成投资$")


def _clause_before(figure: Figure) -> str | None:
    """The figure's clause up to the figure as printed (…，重点工程已完成投资6亿元 → 重点工程已完成投资), None
    when it is not printed so."""
    k = figure.sentence.find(f"{figure.value:g}{figure.unit}")
    return re.split(r"[，,；;：:]", figure.sentence[:k])[-1] if k >= 0 else None


def invested_by_a_batch(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether a bare 完成投资 is printed right after a batch of projects in its clause (data/batch_nouns.txt:
    重点工程已完成投资6亿元): that is the batch's investment, not the county's; a class bound by a threshold
    (data/threshold_words.txt: 500万元以上项目完成投资, the statistics' own scope) is the county's.

    >>> from jdash.figures import extract_figures
    >>> text = "一季度，全县重点工程已完成投资6亿元。一季度，全县500万元以上项目完成投资9亿元。"
    >>> [invested_by_a_batch(f, FigureEvidence(True)) for f in extract_figures(text, "泗水县")]
    [True, False]
    """
    before = _clause_before(figure) if (figure.metric or "").endswith("完成投资") else None  # (重点工程完成投资 too)
    head = _BATCH_INVESTS.search(before or "")
    if head is None:
        return False
    batch = before[: head.start()]
    noun = next((n for n in read_words("batch_nouns.txt") if batch.endswith(n)), None)
    return noun is not None and not batch[: -len(noun)].endswith(tuple(read_words("threshold_words.txt")))


def scope_unnamed(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether a batch's measure (完成投资, 开工率: data/scope_measures.txt) is printed bare, its clause naming no
    whole place and no batch printed before it (jdash.figure_scope): a card `完成投资 31亿元` cannot say of what.

    >>> from jdash.figures import extract_figures
    >>> [f.confidence >= SOLID for f in extract_figures("1至5月，泗水县完成投资78亿元。1至5月，完成投资18亿元。", "泗水县")]
    [True, False]
    """
    return evidence.unscoped


def holiday_not_named(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether the figure's period is days off of no named holiday (三天假期 where the article named no 端午 before it:
    jdash.figure_period.names_no_holiday): the card could not say which holiday's.

    >>> from jdash.figures import extract_figures
    >>> [holiday_not_named(f, FigureEvidence(True)) for f in extract_figures("三天假期，全县接待游客5万人次。")]
    [True]
    """
    from jdash.figure_period import names_no_holiday

    return names_no_holiday(figure.period)


DOUBT_CAP = 0.6  # the most a figure with a doubt about its owner, period, value or measure may score


def _doubts(*tests: Callable[[Figure, FigureEvidence], bool]) -> tuple[_Rule, ...]:
    """A rule for each test, named after it, whose weight is the cap `DOUBT_CAP` it puts on a figure's confidence.

    >>> [(r.name, r.weight) for r in _doubts(is_restated)]
    [('is_restated', 0.6)]
    """
    return tuple(_Rule(t.__name__, DOUBT_CAP, t) for t in tests)


def read_in_full(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether a figure has all four a card needs: a canonical metric, a unit it is measured in, a county and a
    period. 上半年，金乡县实现营业收入35.9亿元 has; without 上半年, or as 35.9个, it has not.

    >>> from jdash.figures import extract_figures
    >>> [read_in_full(f, FigureEvidence(True)) for f in extract_figures("上半年，金乡县营业收入35.9亿元，营业收入8个。")]
    [True, False]
    """
    return bool(figure.canonical_metric) and unit_fits(figure) is True and bool(figure.county) and bool(figure.period)


def measure_misread(figure: Figure, evidence: FigureEvidence) -> bool:
    """Whether a figure names a canonical metric but lacks one of the other three a card needs (read_in_full): a
    known measure printed with no period or county of its own, or in a unit it is not measured in, is mostly a
    project's or a plan's number read as the county's (金乡县营业收入5个; 某大桥总投资9亿元 with no period).

    >>> from jdash.figures import extract_figures
    >>> [measure_misread(f, FigureEvidence(True)) for f in extract_figures("上半年，金乡县营业收入35.9亿元，营业收入8个。")]
    [False, True]
    """
    return bool(figure.canonical_metric) and not read_in_full(figure, evidence)


# The weights and the cap are fitted to the judged figures of the real-text samples (docs/ACCURACY.md, "What a
# confidence means"), so that a score is the share of such figures that are right: about half of the figures read
# with a label are (`_BASE`); a county printed in the sentence, a measure read in full, raise it; no label, a label
# naming no thing, a measure misread lower it; any doubt caps it at DOUBT_CAP.
_BASE = 0.5
FIGURE_RULES: tuple[_Rule, ...] = (
    _Rule("no label", -0.3, lambda f, e: not f.metric),
    # 产量488万吨, 全长8公里: an output, a length of what? 投入10亿元建设…: money spent, by whom, on what?
    # 企业120家: which firms? (the sentence's verb or class was lost)
    _Rule("thing not named", -0.5, lambda f, e: names_no_thing(f)),
    _Rule("bare act", -0.5, lambda f, e: is_bare_act(f)),
    _Rule("bare count", -0.5, lambda f, e: is_bare_count(f)),
    _Rule("county printed", 0.2, lambda f, e: bool(f.county) and e.county_in_sentence),
    # 上半年，金乡县实现营业收入35.9亿元: comparable with other counties' 营业收入 of other half-years.
    _Rule("read in full", 0.4, read_in_full),
    _Rule("measure misread", -0.3, measure_misread),
)
# Doubts: each caps the score at DOUBT_CAP. A label that reads as no measure, a label whose class is too loose (产业项目8个 → 项目) or that names a
# part of its metric's whole (省市重点项目 → 重点项目; 集中开工项目总投资, named so after the batch its sentence
# counts, is the whole batch's sum); a figure not the county's own, for its own period, or one of several values of
# one measure: whose (a sub-unit; 44家攀登企业实现营业收入…, a counted group's; not the county), which period (not
# its clause's own), which value (restated), of what (an unnamed whole, no measure, a batch not counted; 总投资93.8亿元
# of 27个项目集中开工, the batch's sum unnamed; a class bound cut off), which holiday (三天假期 with no 端午 named
# before it), a goal read as a result (定下了“增长6%以上”的目标), a programme's progress (累计完成投资1.1亿元，
# 占规划量的30.8%) or a batch's investment (重点工程已完成投资6亿元), not the county's.
FIGURE_DOUBTS: tuple[_Rule, ...] = (
    # 带来 or 市级 does not read as a measure.
    _Rule("junk label", DOUBT_CAP, lambda f, e: bool(f.metric) and not label_reads_as_measure(f.metric)),
    _Rule("vague metric", DOUBT_CAP, lambda f, e: is_vague(f)),
    _Rule("qualified label", DOUBT_CAP, lambda f, e: is_qualified(f) and not e.batch_named),
    *_doubts(is_sub_units, is_counted_group, county_not_subject, period_not_own, is_restated, share_of_unnamed_whole,
             rate_of_no_measure, batch_not_counted, batch_sum_unnamed, class_bound_cut, holiday_not_named,
             goal_not_marked, progress_of_a_plan, invested_by_a_batch, scope_unnamed),
)


def figure_confidence(figure: Figure, evidence: FigureEvidence) -> float:
    """0..1, the share of figures read so that are right: 1.0 for 泗水县 … 1至6月份 … 营业收入35.9亿元; 0.0 for
    活动7个 (a bare count) with no county; at most DOUBT_CAP with any doubt (FIGURE_DOUBTS).

    >>> from jdash.figures import extract_figures
    >>> [f.confidence for f in extract_figures("1至6月份，泗水县营业收入35.9亿元。活动带来7个。")]
    [1.0, 0.0]
    """
    score = _BASE + sum(rule.weight for rule in FIGURE_RULES if rule.test(figure, evidence))
    if any(doubt.test(figure, evidence) for doubt in FIGURE_DOUBTS):
        score = min(score, DOUBT_CAP)
    return round(min(1.0, max(0.0, score)), 2)


# ---- why a figure is left off the cards: one reason per figure, read from what is stored with it

NO_METRIC = "with no recognised metric"
UNIT_MISFITS = "in a unit their metric is not measured in"
NO_PERIOD = "with no period"
LOOSE_CLASS = "counting a class too loose to compare (项目, 重点项目)"
UNSURE_READING = "of unsure owner or period (a unit's, a part's or a group's; restated; or carried)"
# In the order they are read: the first that applies is the figure's reason.
HIDDEN_REASONS = (NO_METRIC, UNIT_MISFITS, NO_PERIOD, LOOSE_CLASS, UNSURE_READING)


def why_hidden(figure: Figure) -> str:
    """The first reason of HIDDEN_REASONS a figure below SOLID is left off the cards for, read from its stored
    fields alone (the evidence of its sentence is not stored, so what remains is an unsure reading).

    >>> from jdash.figures import extract_figures
    >>> [why_hidden(f) for f in extract_figures("活动带来7个。金乡县营业收入5个。金乡县营业收入3亿元。", "金乡县")]
    ['with no recognised metric', 'in a unit their metric is not measured in', 'with no period']
    """
    if not figure.canonical_metric:
        return NO_METRIC
    if unit_fits(figure) is False:
        return UNIT_MISFITS
    if not figure.period:
        return NO_PERIOD
    return LOOSE_CLASS if is_vague(figure) else UNSURE_READING


def hidden_counts(rows: Iterable[tuple[str | None, str, str | None, str, bool, int]]) -> dict[str, int]:
    """How many figures each reason of HIDDEN_REASONS leaves off the cards, from rows of (canonical metric, unit,
    base unit, kind, has a period, count) of the figures below SOLID; reasons with none are left out, the rest in
    HIDDEN_REASONS' order.

    >>> hidden_counts([(None, "个", None, "count", True, 3), ("营业收入", "亿元", "元", "amount", False, 2), (float("nan"), "个", None, "count", True, 1)])
    {'with no recognised metric': 4, 'with no period': 2}
    """
    counts = dict.fromkeys(HIDDEN_REASONS, 0)
    for canonical, unit, base, kind, has_period, n in rows:
        canonical, base = (x if isinstance(x, str) and x else None for x in (canonical, base))  # NULL: None or NaN
        figure = Figure(value=0.0, unit=str(unit), normalised_value=None, base_unit=base, metric=canonical,
                        canonical_metric=canonical, kind=str(kind), subject=None, county=None,
                        period="?" if has_period else None, approx=None, sentence="")
        counts[why_hidden(figure)] += int(n)
    return {reason: n for reason, n in counts.items() if n}


def hidden_caption(counts: dict[str, int]) -> str:
    """A caption saying how many figures are left off and why (see hidden_counts); '' when none are.

    >>> hidden_caption({"with no recognised metric": 3, "with no period": 1})
    '4 less certain figures are left out: 3 with no recognised metric, 1 with no period.'
    """
    total = sum(counts.values())
    if not total:
        return ""
    parts = ", ".join(f"{n} {reason}" for reason, n in counts.items())
    return f"{total} less certain figure{'' if total == 1 else 's'} {'is' if total == 1 else 'are'} left out: {parts}."


# ---- officials

# How surely a name ends where it was cut (jdash.officials._strength): 3 punctuation, 2 a verb such as
# 出席, 1 a particle such as 在, 0 nothing (the name was kept because it is printed again).
_NAME_END = {3: 0.3, 2: 0.3, 1: 0.15, 0: 0.0}
LEADER_CONFIDENCE = 1.0  # a national leader found in a set phrase (习近平总书记)
BARE_DISCOUNT = 0.1  # a known official printed here without a title (林红玉强调)


def official_confidence(*, name_end: int, has_org: bool, known_surname: bool, person_org_free: bool = True) -> float:
    """0..1 for an official read after a title chain: 市委副书记、市长于永生主持 → 1.0 (organisation printed,
    name closed by a verb, known surname); 局长郇志强告诉 → 0.8 (surname not in the list)."""
    score = 0.5 + _NAME_END.get(name_end, 0.0) + (0.2 if has_org else 0.1)
    if not known_surname:
        score -= 0.2
    if not person_org_free:
        score -= 0.3
    return round(min(1.0, max(0.0, score)), 2)
