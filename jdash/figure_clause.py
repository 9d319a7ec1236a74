"""The clause a figure is printed in, read for the noun phrase its figure measures.

A figure's clause reads `[lead] [time] [place] SUBJECT [gap] MEASURE [copula] NUMBER`:
`1至11月，全市重点项目累计完成投资96亿元` is time 1至11月, place 全市, subject 重点项目 (a counted class; a sector such
as 造纸工业, a crop such as 小麦, anything measured that is not a place), gap 累计 and measure 完成投资. A figure's
label is composed from that read (`label_of`: 重点项目累计完成投资), so a part's measure is never labelled as the
whole place's. A named unit (a firm, park or village: figure_subject.subject_of) is the subject the figure readers
of figures.py name; this reader leaves it to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from jdash.datafiles import read_keyed_words, read_words
from jdash.gazetteer import aliases
from jdash.nlp import tag as pos_tags

# The words of a subject: nouns, a distinguishing word (规模以上), a verb's noun (养殖), an adjective of a class (高端)
_SUBJECT_FLAGS = frozenset(("n", "nz", "vn", "b", "l", "j", "ng", "nl", "an", "a", "nr"))
_SUBJECT_HEADS = frozenset(("n", "nz", "l", "j", "ng", "nl", "nr"))  # what a subject may end with
_SUBJECT_FIRST = _SUBJECT_FLAGS - {"vn"}  # 建设慢客驿站: a verb's noun opens a predicate, not a subject
_OPENING_VERBS = ("截至", "截止", "截止到", "截至到")  # words jieba tags as verbs that open a clause with its date
_QUOTES = frozenset("“”‘’\"'《》")
_CLAUSE_MARKS = "，,：:；;"
_OPENING_LONGEST = 30  # characters of a clause read before its measure
_SUBJECT_INNER = ("以上", "以下")  # 规模以上工业: a statistical scope inside a subject's name
# Words between a subject and its measure (重点项目累计完成投资): said of the measure, not part of the subject
_GAP = ("累计实现", "共实现", "累计完成", "累计", "共计", "合计", "总计", "共", "已经", "已", "实现", "完成", "的", "全年", "今年")
_PLACE_OPENING = re.compile(r"(?:全县|全市|全区|全省|我县|我市|我区|本县|本市|本区|全镇|全乡|全村|各地|全国)$")


@dataclass(frozen=True)
class ClauseRead:
    """What the text before a measure in its clause says: the `subject` measured ('' when none is printed), the
    `gap` words between it and the measure, and the `measure` as read."""

    subject: str
    gap: str
    measure: str


def read_clause(before: str, measure: str) -> ClauseRead:
    """The subject and gap of the text `before` a measure in its clause (see subject_before).

    >>> read_clause("1至11月，全市重点项目累计", "完成投资")
    ClauseRead(subject='重点项目', gap='累计', measure='完成投资')
    """
    rest, gap = _without_gap(before)
    return ClauseRead(subject_before(rest) or "", gap, measure)


def _without_gap(before: str) -> tuple[str, str]:
    """The text before a measure without the gap words that end it, and those words (重点项目累计 → 重点项目, 累计)."""
    rest = before
    while word := next((w for w in _GAP if rest.endswith(w)), None):
        rest = rest[: -len(word)]
    return rest, before[len(rest) :]


def subject_before(text: str) -> str | None:
    """The noun phrase that ends `text` (a clause read up to its measure) after what may open a clause (a lead, a time,
    a place), with a relative clause that says which of them (重点监测的商贸企业): 截至9月20日全县玉米 → 小麦, 全市规模以上
    工业 → 规模以上工业; None when the text ends in no noun, in a place (全市, a county's name), a named unit (a firm,
    park or village, figure_subject.names_one_unit, or a bare word of one, 该项目: the unit readers of figures.py name
    them), or when a verb or a quotation stands before the phrase (引导农户流转土地: an object, no subject).

    >>> subject_before("截至9月20日全县玉米"), subject_before("全市规模以上工业"), subject_before("今年以来，全县")
    ('玉米', '规模以上工业', None)
    >>> subject_before("引导农户"), subject_before("该厂2023年8月份"), subject_before("该项目"), subject_before("12个项目")
    (None, None, None, '项目')
    >>> subject_before("今年，全县重点监测的商贸企业"), subject_before("其中国家级人才")
    ('重点监测的商贸企业', '国家级人才')
    """
    from jdash.figure_subject import names_one_unit, strip_leads

    text = strip_leads(text[-_OPENING_LONGEST:])
    words = list(pos_tags(text)) if text else []
    k = _phrase_start(words, text)
    if k is None:
        return None
    phrase = "".join(w for w, _ in words[k:])
    counted = k > 0 and words[k - 1][1] in ("m", "q")  # 12个项目: a class counted, not one unit
    if len(phrase) < 2 or words[-1][1] not in _SUBJECT_HEADS or _is_place(phrase) or _aims(phrase) \
            or _bare_unit(phrase) and not counted or names_one_unit(phrase):
        return None
    return _which_of_them(text, len(text) - len(phrase)) + phrase


def _which_of_them(text: str, k: int) -> str:
    """The relative clause ending in 的 right before a subject at text[k] (重点监测的商贸企业: which firms; see
    figure_metric.relative_clause_before), '' when none is printed."""
    from jdash.figure_metric import relative_clause_before

    lo = max(text.rfind(mark, 0, k) for mark in _CLAUSE_MARKS) + 1
    return relative_clause_before(text, lo, k)


def _phrase_start(words: list[tuple[str, str]], text: str) -> int | None:
    """Where the noun phrase ending the tagged `words` of `text` opens, past a place, a verb's noun (建设慢客驿站: a
    predicate) and a word of how it was measured (data/not_subjects.txt); None when a verb or a quotation stands before
    it (a relative clause ending in 的 aside), or a number glued to it (6月份: a time)."""
    k = len(words)
    while k and (words[k - 1][1] in _SUBJECT_FLAGS and words[k - 1][0] not in _verbs() or words[k - 1][0] in _SUBJECT_INNER):
        k -= 1
    at = sum(len(w) for w, _ in words[:k])
    opening = at - len(_which_of_them(text, at))
    if any(_closes_opening(w, f) for w, f in _words_before(words, opening)):
        return None  # (引导农户流转土地: the object of a verb)
    j = k
    while j < len(words) and (words[j][1] not in _SUBJECT_FIRST or _is_place(words[j][0])
                              or words[j][0] in read_words("not_subjects.txt")):
        j += 1
    return None if j == k and k and words[k - 1][1] == "m" and words[k - 1][0] not in "个家项" else j


def _words_before(words: list[tuple[str, str]], end: int) -> list[tuple[str, str]]:
    """The tagged words that end at or before character `end`."""
    out, at = [], 0
    for word in words:
        at += len(word[0])
        if at > end:
            break
        out.append(word)
    return out


def _closes_opening(word: str, flag: str) -> bool:
    """Whether a word before a subject shows the text is no clause's opening: a verb (截至 excepted; one the tagger
    reads as a noun, 办理, by data/figure_verbs.txt) or a quotation."""
    return flag.startswith("v") and flag != "vn" and word not in _OPENING_VERBS or word in _QUOTES or word in _verbs()


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The verbs of figures (data/figure_verbs.txt), some of which the tagger reads as nouns (办理), but for the words
    that open a noun phrase too (data/subject_openers.txt: 基本医疗保险)."""
    return frozenset(read_words("figure_verbs.txt")) - frozenset(read_words("subject_openers.txt"))


def _bare_unit(phrase: str) -> bool:
    """项目, 博览会, 景区: a bare word of one unit or event, which the unit readers of figures.py name (data/
    single_subjects.txt, event_endings.txt, place_suffixes.txt, bare_units.txt)."""
    return phrase in _bare_unit_words()


@lru_cache(maxsize=1)
def _bare_unit_words() -> frozenset[str]:
    words = read_words("single_subjects.txt") + read_words("event_endings.txt") + read_words("place_suffixes.txt")
    return frozenset(words + tuple(read_keyed_words("bare_units.txt")))


def _is_place(word: str) -> bool:
    """全市, 泗水县, 全镇: a place, whose measure the county readers name (a county's or zone's name: gazetteer.aliases)."""
    return bool(_PLACE_OPENING.search(word)) or word in aliases()


def _aims(phrase: str) -> bool:
    """预计, 力争, 计划…: a goal's or an estimate's word, no subject (data/target_words.txt, estimate_words.txt)."""
    return any(w in phrase for w in _aim_words())


@lru_cache(maxsize=1)
def _aim_words() -> tuple[str, ...]:
    return read_words("target_words.txt") + read_words("estimate_words.txt")


def label_of(read: ClauseRead) -> str:
    """The label a clause's read composes: the subject, then the measure (a gap word that qualifies it, 累计, kept as
    printed).

    >>> label_of(ClauseRead("重点项目", "累计", "完成投资")), label_of(ClauseRead("", "", "完成投资"))
    ('重点项目累计完成投资', '完成投资')
    """
    kept = read.gap if read.gap in ("累计",) else ""
    return read.subject + kept + read.measure


def names_a_part(subject: str) -> bool:
    """Whether a subject names a part of its place, whose measure is no place's total: a class of units (重点项目:
    data/class_heads.txt, but for the firms of data/comparable_classes.txt) or a sector (造纸工业: data/sector_endings.txt);
    a thing measured (小麦, 农村劳动力, 细颗粒物) names none, its measure is the place's.

    >>> names_a_part("重点项目"), names_a_part("新材料产业"), names_a_part("小麦"), names_a_part("攀登企业")
    (True, True, False, False)
    """
    if subject.endswith(read_words("comparable_classes.txt")):
        return False  # (44家企业实现营业收入: firms' revenue stays comparable, data/comparable_classes.txt)
    return subject.endswith(read_words("class_heads.txt") + read_words("sector_endings.txt"))


_TOPIC_LONGEST = 24  # characters of a sentence's opening clause read for the thing it is about
_TOPIC_NOUNS = frozenset(("n", "nz", "ns", "nr", "l", "j", "ng", "nl", "b"))
_TOPIC_ENDS = frozenset(("v", "d", "p", "x"))  # what closes the topic's noun phrase: its verb (是, 已修建), or the clause's end
_COPULAS = ("是", "为")


def topic_of(clause: str) -> str | None:
    """The one thing a sentence's opening clause is about, which clauses after it printing a measure alone go on
    measuring (此次动工的青云湖长堤是…，总投资2.4亿元，堤长4千米): the noun phrase after a relative or possessive clause
    ending in 的 (此次开工的, 王庄村北部的), else the one opening the clause, up to its verb; None when the clause
    opens with no noun, or with a place, a person, a bare word of one unit (项目: the unit readers' of figures.py) or a
    named unit, or tells what someone said (data/speech_verbs.txt).

    >>> topic_of("此次动工的青云湖长堤是湖区景观的主体工程"), topic_of("王庄村北部的青石岭路已修建完成")
    ('青云湖长堤', '青石岭路')
    >>> topic_of("据统计"), topic_of("全县"), topic_of("项目建成后")
    (None, None, None)
    """
    from jdash.figure_subject import names_one_unit, strip_leads

    if any(ch.isdigit() for ch in clause):
        return None  # (项目占地230亩，总投资…: a clause with a figure of its own)
    words = list(pos_tags(strip_leads(clause[:_TOPIC_LONGEST])))
    k, end = _topic_span(words)
    phrase = "".join(w for w, _ in words[k:end])
    person = end > k and words[end - 1][1] == "nr" or any(w in read_words("speech_verbs.txt") for w, _ in words)
    whole = bool(_PLACE_OPENING.search(words[k][0])) if phrase else False  # 全县项目建设提速: the county's doings
    if len(phrase) < 2 or person or whole or _is_place(phrase) or _bare_unit(phrase) or names_one_unit(phrase) or _aims(phrase):
        return None  # (a person, what someone said, a place's doings: 全县项目建设提速)
    return phrase


def _topic_span(words: list[tuple[str, str]]) -> tuple[int, int]:
    """(start, end) of the noun phrase a clause's tagged `words` are about: after a 的 printed before its copula (是, 为),
    else from its start, up to its verb or its end; (0, 0) when the phrase is not closed so."""
    copula = next((i for i, (w, _) in enumerate(words) if w in _COPULAS), len(words))
    k = next((i for i, (w, _) in enumerate(words[:copula]) if w == "的"), -1) + 1  # (该项目是…的…项目: none)
    end = k
    while end < len(words) and words[end][1] in _TOPIC_NOUNS:
        end += 1
    closed = end == len(words) or words[end][1] in _TOPIC_ENDS or words[end][0] in _verbs()
    return (k, end) if closed and end > k else (0, 0)
