"""Whose a figure is, read from the grammar of its sentence: the one project, firm, line or team it measures.

figure_subject reads a clause's opening phrase by its words; these rules read the shape of the sentence around a
figure, for the figures that reading leaves with no owner (the county's by default):

- a figure inside a modifier before 的 belongs to the noun it modifies (全长80公里、总投资90亿元的青禾高铁进入…);
- an amount invested, printed with no subject, belongs to the work its verb's object names (投资400万元，实施了青禾
  供水工程);
- a clause's subject opens it after lead words, adverbs, a possessive (她的) or a modifier (即将开工建设的), and is a
  phrase ending in a word of one thing (data/owner_heads.txt) before its verb (某县青禾种植专业合作社成立后, the county's
  name being where it lies); the later clauses of its sentence go on with it while none names another;
- a listed batch (青禾景区、白云景区等两处景区累计接待…) owns the figures after it.

A bare word of one thing (项目, 团队, 该景区) is the one named before it, else no owner. The county itself (全县, 我市,
the county's name alone) as a clause's subject ends the search: the figure is the county's. Each rule is one function.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jdash.datafiles import read_words
from jdash.figure_subject import COUNTY, SUBJECT_REACH, bare_unit_name, named_unit, strip_leads
from jdash.gazetteer import aliases
from jdash.nlp import tag as pos_tags
from jdash.parse.lexicon import Affixes

_CLAUSE_MARKS = "，,；;：:"
_OPENING = 30  # characters of a clause read for its subject
_MODIFIER = 14  # characters of a modifier read before its 的 (即将开工建设的, 纳入省级监测的)
_NAME_LONGEST = 24  # characters of an owner's name
_DE = "的"
_QUOTES = ("“", "”", "（", "）")  # “青禾”景区, 某某（某某）景区
_ROUTE_JOINERS = ("至", "•", "·")  # 甲地至乙地公路, 中国•某地某某节
_NOUN_FLAGS = frozenset(("n", "ns", "nz", "nt", "nr", "j", "l", "ng", "nl", "vn", "eng", "b", "a", "s", "z"))
_FIRST_FLAGS = frozenset(("n", "ns", "nz", "nt", "nr", "j", "l", "ng", "nl", "eng", "b", "s", "z"))
_STOP_FLAGS = frozenset(("p", "d", "c", "u", "uj", "ul", "uz", "ud", "m", "q", "r", "x", "y", "f", "t", "mq"))
_COPULAS = ("是", "为", "有", "在", "将", "已", "和", "与", "及")
_POSSESSIVE = re.compile(r"^(?:[她他它]们?的|我们的|其)")
_POINTING = re.compile(r"^(?:本次|本届|往届|历届|第?[一二三四五六七八九十\d]+届|这个|这家|这支|该|这|此)")  # 往届某某节: the event, not this edition
_EVERY = ("全", "各", "所有", "每")
_BATCH = re.compile(r"[\u4e00-\u9fff“”（）()]{2,60}?、[^，。；：]{2,60}?等[\d一二三四五六七八九十两]+[个家座处条项所]")


@lru_cache(maxsize=1)
def _heads() -> Affixes:
    return Affixes(read_words("owner_heads.txt") + read_words("event_endings.txt"))


@lru_cache(maxsize=1)
def _places() -> tuple[str, ...]:
    return tuple(sorted(aliases() + read_words("city_names.txt"), key=len, reverse=True))


def head_of(phrase: str) -> str | None:
    """The word of one thing a phrase ends in (data/owner_heads.txt, data/event_endings.txt), None when none.

    >>> head_of("青禾种植专业合作社"), head_of("接待游客")
    ('合作社', None)
    """
    return _heads().suffix(phrase) or (_FESTIVAL if phrase.endswith(_FESTIVAL) else None)


def name_part(phrase: str) -> str:
    """A phrase without the county or city printed before its name (某县青禾合作社 → 青禾合作社).

    >>> name_part("泗水县青禾合作社"), name_part("青禾合作社")
    ('青禾合作社', '青禾合作社')
    """
    place = next((p for p in _places() if phrase.startswith(p)), "")
    return phrase[len(place) :]


def is_named(phrase: str) -> bool:
    """Whether a phrase names one thing by its name (青禾中学综合楼, 某县青禾梨园), not by a bare word (项目, 某县景区)
    nor as the county's or every one's (全县企业, 各景区).

    >>> is_named("青禾中学综合楼"), is_named("泗水县景区"), is_named("全县企业"), is_named("项目")
    (True, False, False, False)
    """
    head = head_of(phrase)
    name = name_part(phrase)
    return bool(head) and len(name) > len(head) and not name.startswith(_EVERY) and not _POINTING.match(name) \
        and not names_a_class(name) and not _heads().prefix(name)


_NUMBERED_CLASS = re.compile(r"^[A-Z]+级|[\d一二三四五六七八九十两]+大")


def names_a_class(name: str) -> bool:
    """Whether a name is a class of things, not one (重点项目, 省级旅游度假区, 六大重点工程, A级景区: a qualifier of
    data/class_qualifiers.txt opening it, or a numbered class).

    >>> names_a_class("重点旅游景区"), names_a_class("六大重点工程"), names_a_class("青禾旅游度假区")
    (True, True, False)
    """
    return name.startswith(read_words("class_qualifiers.txt")) or bool(_NUMBERED_CLASS.search(name))


def strip_opening(clause: str) -> str:
    """A clause from where its subject may start: after lead words (其中, 目前: data/clause_leads.txt), time words,
    adverbs (仅), a possessive (她的) and a modifier opening with a verb up to its 的 (即将开工建设的).

    >>> strip_opening("目前，她的青禾合作社带动农户"), strip_opening("即将开工建设的青禾博物馆位于"), strip_opening("仅青禾项目投资")
    ('青禾合作社带动农户', '青禾博物馆位于', '青禾项目投资')
    """
    text = clause
    for _ in range(3):
        before = text = strip_leads(text.lstrip("，, ")).lstrip("，, ")
        tags = pos_tags(text[:_OPENING])
        while tags and tags[0][1] in ("t", "d") and len(tags) > 1:
            text, tags = text[len(tags[0][0]) :], tags[1:]
        text = _POSSESSIVE.sub("", text)
        text = _POINTING.sub("", text)  # 该团队…: the one named before (see resolve)
        text = _after_modifier(text)
        if text == before:
            break
    return text


def _after_modifier(text: str) -> str:
    """即将开工建设的青禾博物馆… → 青禾博物馆…: a modifier opening with a verb or adverb, up to its 的, left out (no
    figure in it, no clause mark); the text itself otherwise.

    >>> _after_modifier("纳入省级监测的青禾景区"), _after_modifier("孔子的故乡")
    ('青禾景区', '孔子的故乡')
    """
    de = text.find(_DE, 0, _MODIFIER)
    tags = pos_tags(text[:de]) if de > 0 else ()
    if not tags or tags[0][1] not in ("v", "d", "p") or re.search(r"[\d，,。；、]", text[:de]):
        return text
    return text[de + 1 :]


@lru_cache(maxsize=1)
def _predicate_verbs() -> frozenset[str]:
    """Verbs that say what a subject does or where it lies (实现, 接待, 位于), never a word inside a name."""
    return frozenset(read_words("predicate_verbs.txt") + read_words("measure_verbs.txt") + read_words("city_as_object.txt"))


def head_phrase(text: str, verbs: bool = True) -> str | None:
    """The phrase opening `text` that ends in a word of one thing before its verb (青禾种植专业合作社成立后 → 青禾种植
    专业合作社): a noun first, then nouns and verbs inside a name before its head; the last such end before a stop
    word or a verb of a predicate (位于, 接待: see _predicate_verbs); None when none. 节 printed as a word of its own
    ends a festival's name (青禾|节), never a word that ends in it (环节).

    >>> head_phrase("青禾种植专业合作社成立后"), head_phrase("青禾储能项目投资已达"), head_phrase("青禾轮胎位于某工业园")
    ('青禾种植专业合作社', '青禾储能项目', None)
    """
    found, acc = None, ""
    tags = pos_tags(text[:_OPENING])
    for k, (word, flag) in enumerate(tags):
        step = _step(word, flag, acc, found is not None, verbs, tags[k + 1][1] if k + 1 < len(tags) else "")
        if step == _STOP:
            break
        acc += word
        ends = _heads().suffix(acc) or word == _FESTIVAL
        if step == _WORD and ends and len(acc) <= _NAME_LONGEST and not _open(acc):
            found = acc
    return None if found and acc != found and _COUNTED_NEXT.match(text, len(acc)) else found


# 研学旅游团队游客2万人次: nouns going on after the word of one thing up to a number are a figure's label, whose head
# they are (visitors), no owner's name.
_COUNTED_NEXT = re.compile(r"[约近超逾]?\d")


_STOP, _JOIN, _WORD = 0, 1, 2
_FESTIVAL = "节"


def _step(word: str, flag: str, acc: str, found: bool, verbs: bool, next_flag: str) -> int:
    """What a word does to the phrase read so far (see head_phrase): joins it (a quote, an aside, 至 between places),
    adds to it (a noun; a verb inside a name before its head; an adjective opening a name: 明|故城), or stops it.

    >>> _step("“", "x", "", False, True, "n"), _step("位于", "v", "青禾", False, True, "ns"), _step("明", "a", "", False, True, "ns")
    (1, 0, 2)
    """
    if word in _QUOTES or word in _ROUTE_JOINERS and acc or _open(acc):
        return _JOIN  # “青禾”景区, 甲地至乙地公路: a name printed in quotes or from one place to another
    if word == _FESTIVAL and acc:
        return _WORD  # 青禾|节 (jieba may read it as a time word)
    verb = flag.startswith("v") and flag != "vn"
    if _stops(word, flag) or verb and (found or not acc or not verbs):
        return _STOP  # (a verb inside a name only before its head: 青禾|种植|专业合作社)
    if not acc:
        return _WORD if flag in _FIRST_FLAGS or flag == "a" and next_flag in _PROPER else _STOP
    return _WORD if flag in _NOUN_FLAGS or verb else _STOP


def _stops(word: str, flag: str) -> bool:
    """Whether a word ends any phrase naming a thing: a function word, a number, a time word, 是 and the like, or a
    verb of a predicate (see _predicate_verbs).

    >>> _stops("的", "uj"), _stops("位于", "v"), _stops("合作社", "n")
    (True, True, False)
    """
    return flag in _STOP_FLAGS or word in _COPULAS or word in _predicate_verbs()


_PROPER = frozenset(("ns", "nr", "nz"))


def _open(acc: str) -> bool:
    """Whether a phrase read so far is inside a quote or an aside (“三孔 of “三孔”景区).

    >>> _open("“三孔"), _open("“三孔”景区")
    (True, False)
    """
    return acc.count("“") > acc.count("”") or acc.count("（") > acc.count("）")


def listed_batch(text: str) -> str | None:
    """青禾景区、白云景区等两处景区累计接待… → 青禾景区、白云景区等两处景区: a list of named things and their count
    opening a clause, with the noun counted; None when the clause opens with no such list.

    >>> listed_batch("青禾景区、白云景区等两处景区累计接待游客"), listed_batch("开足马力、保障青禾项目等3个项目")
    ('青禾景区、白云景区等两处景区', None)
    """
    batch = _BATCH.match(text)
    first = text[: text.find("、")] if batch else ""
    tags = pos_tags(first[:_OPENING])
    if not batch or not tags or tags[0][1] not in _FIRST_FLAGS or not is_named(first):
        return None  # (开足马力、…: the list opens with a named thing, 青禾景区、…)
    noun = ""
    for word, flag in pos_tags(text[batch.end() : batch.end() + 8]):
        if flag not in _NOUN_FLAGS:
            break
        noun += word
    return batch.group() + noun if head_of(noun) else None


def is_batch(owner: str) -> bool:
    """Whether an owner is a listed batch (see listed_batch), which a label does not print before its metric.

    >>> is_batch("青禾景区、白云景区等两处景区"), is_batch("青禾景区")
    (True, False)
    """
    return listed_batch(owner) == owner


def clause_owner(clause: str) -> str | None:
    """The owner a clause's subject names (see strip_opening, listed_batch, head_phrase): the phrase, COUNTY when the
    clause opens with the county or a whole place (全县, 泗水县), None when it names neither.

    >>> clause_owner("她的青禾合作社带动了3个合作社"), clause_owner("全县企业实现利税"), clause_owner("完成投资3亿元")
    ('青禾合作社', '', None)
    """
    text = strip_opening(clause)
    if found := listed_batch(text) or head_phrase(text):
        return None if name_part(found).startswith(_EVERY) else found
    return COUNTY if speaks_of_the_county(text) else None


def speaks_of_the_county(text: str) -> bool:
    """Whether a clause opens with the county or city itself (全县, 我市, 泗水县, 济宁市) or every unit of it (各乡镇),
    not with an adverb (全部投产后) nor a unit's name.

    >>> speaks_of_the_county("全县企业实现利税"), speaks_of_the_county("泗水县今年完成"), speaks_of_the_county("全部投产后")
    (True, True, False)
    """
    return text.startswith(read_words("own_place_words.txt") + _places() + ("各",))


def modified_owner(t: str, end: int, hi: int) -> str | None:
    """全长80公里、总投资90亿元的青禾高铁… → 青禾高铁: a figure ending at `end` inside a modifier (no clause mark but 、
    before its 的) owned by the named thing it modifies; None otherwise.

    >>> t = "全长80公里、总投资90亿元的青禾高铁进入建设阶段。"
    >>> modified_owner(t, 6, len(t)), modified_owner("投资8亿元的项目", 5, 8)
    ('青禾高铁', None)
    """
    de = t.find(_DE, end, min(hi, end + _MODIFIER))
    if de < 0 or re.search(r"[，,。；;：:是]", t[end:de]):
        return None
    found = head_phrase(t[de + 1 : min(hi, de + 1 + _OPENING)], verbs=False)
    return found if found and is_named(found) else None


_QUANTITY = re.compile(r"^[\d.]+[万亿]?(?:平方米|公里|千米|亩|米|吨|个|座|处|栋|间|条|套|台)")
_ACTS = re.compile(r"^(?:(?:实施|建设|新建|完成|进行|启动|开展|改造|打造|修建|建成)了?)+")


def funded_owner(t: str, start: int, end: int, hi: int) -> str | None:
    """投资400万元，实施了青禾供水工程 → 青禾供水工程: an amount invested opening its clause (data/investment_words.txt,
    no subject before it), owned by the work its verb names as object, in its clause or the next; None otherwise.

    >>> t = "投资400万元，实施了青禾供水工程。"
    >>> funded_owner(t, 2, 8, len(t)), funded_owner("投资400万元，用于修路。", 2, 8, 12)
    ('青禾供水工程', None)
    """
    reach = max(0, start - SUBJECT_REACH)
    lo = max(reach - 1, *(t.rfind(ch, reach, start) for ch in _CLAUSE_MARKS + "。\n")) + 1
    if not strip_leads(t[lo:start]).rstrip("约近超逾达").endswith(read_words("investment_words.txt")):
        return None
    rest = t[end : min(hi, end + _OPENING * 2)].lstrip("多余左右的，, ")
    act = _ACTS.match(rest)
    if not act:
        return None
    obj = _QUANTITY.sub("", rest[act.end() :])  # 开展了2.3万亩高标准农田项目
    clause = re.split(r"[，,。；;]", obj, maxsplit=1)[0]
    found = head_phrase(clause[clause.rfind(_DE) + 1 :]) if _DE in clause else head_phrase(clause)
    return found if found and is_named(found) else None


def resolve(t: str, phrase: str, pos: int, lo: int = 0) -> str | None:
    """An owner as named: a phrase naming one thing itself, a bare word of one thing (项目, 该景区) as the one named
    before `pos` (figure_subject.named_unit, bare_unit_name), else None.

    >>> resolve("青禾光伏项目开工。项目投资3亿元", "项目", 12), resolve("投资3亿元", "项目", 2)
    ('青禾光伏项目', None)
    """
    if is_batch(phrase):
        return phrase
    if is_named(phrase):
        return phrase
    bare = _POINTING.sub("", phrase)
    if bare != phrase and is_named(bare):
        return bare  # 本次青禾桃花节
    word = _word_of(bare)
    if _counted_before(t, word, lo, pos):
        return None  # 本批签约的36个重点项目…，项目平均规模…: the batch counted, no one of it
    found = named_unit(t, word, pos) or bare_unit_name(t, phrase, pos) or named_before(t, word, pos)
    return found if found and is_named(found) else None


def _word_of(bare: str) -> str:
    """The word of one thing a bare phrase is about: the one it opens with (项目 of 项目建设工程), else its head.

    >>> _word_of("项目建设工程"), _word_of("湿地景区")
    ('项目', '景区')
    """
    return _heads().prefix(bare) or head_of(bare) or bare


def _counted_before(t: str, bare: str, lo: int, pos: int) -> bool:
    """Whether t[lo:pos] counts things of a bare word (36个重点项目 before 项目…).

    >>> _counted_before("签约的36个重点项目多为制造业，项目平均规模", "项目", 0, 16)
    True
    """
    return bool(re.search(rf"\d+[个家座处条项所][^，。；]{{0,8}}{re.escape(bare)}", t[lo:pos]))


_NAME_CUT = re.compile(r"[，,。；;：:、！？\s的了是在和与及“”（）()]")
_ARTICLE_REACH = 3000  # characters before a figure searched for the name a bare word of one thing points back to


def named_before(t: str, bare: str, pos: int) -> str | None:
    """青禾收割机团队…。该团队日均收割800亩 → 青禾收割机团队: the nearest name printed before `pos` (within
    _ARTICLE_REACH characters) ending in the bare word, read back to a clause mark, 的 or 是; None when none is.

    >>> named_before("青禾收割机团队早已待命。该团队日均收割800亩", "团队", 14), named_before("团队日均收割800亩", "团队", 2)
    ('青禾收割机团队', None)
    """
    k = t.rfind(bare, max(0, pos - _ARTICLE_REACH), pos)
    while k > 0:
        start = max((m.end() for m in _NAME_CUT.finditer(t, max(0, k - _NAME_LONGEST + len(bare)), k)), default=k - 8)
        found = head_phrase(t[max(0, start) : k + len(bare)])
        if found and found.endswith(bare) and is_named(found):
            return found
        k = t.rfind(bare, max(0, pos - _ARTICLE_REACH), k)
    return None


def owner_of(t: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """The owner of the figure t[start:end] in the sentence t[lo:hi]: the thing it modifies (modified_owner), the work
    it funds (funded_owner), else the subject of its clause or of the nearest clause before it in its sentence that
    names one (clause_owner), resolved (see resolve); None when the county is that subject, or none is named.

    >>> t = "青禾合作社成立于2015年，目前带动农户300户，年销售额达到900万元。"
    >>> owner_of(t, 0, 25, 30, len(t))
    '青禾合作社'
    >>> t = "全县新建合作社12个，带动农户300户。"
    >>> owner_of(t, 0, 15, 19, len(t))
    """
    return shaped_owner(t, lo, start, end, hi) or subject_owner(t, lo, start, end)


def shaped_owner(t: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """The owner the shape around a figure names: the thing it modifies (modified_owner), else the work it funds
    (funded_owner) when no clause of its sentence before it names a subject (see names_a_subject); these hold whatever
    unit an earlier sentence spoke of (a town's 投资600万元，建设…的某某小学).

    >>> shaped_owner("投资600万元，建设青禾小学。", 0, 2, 8, 14), shaped_owner("该项目总投资6亿元，建设青禾车间。", 0, 6, 10, 18)
    ('青禾小学', None)
    """
    if found := modified_owner(t, end, hi):
        return found
    funded = funded_owner(t, start, end, hi)
    return funded if funded and not names_a_subject(t, lo, start) else None


def names_a_subject(t: str, lo: int, pos: int) -> bool:
    """Whether a clause of t[lo:pos] opens with a subject (see clause_owner): a thing, a bare word of one, the county.

    >>> names_a_subject("该项目总投资6亿元", 0, 6), names_a_subject("投资6亿元", 0, 2)
    (True, False)
    """
    lo = max(lo, pos - SUBJECT_REACH)
    cut = pos
    while cut > lo:
        begin = max([lo - 1] + [t.rfind(ch, lo, cut) for ch in _CLAUSE_MARKS]) + 1
        if clause_owner(t[begin:pos]) is not None:
            return True
        cut = begin - 1
    return False


def is_bare(unit: str | None) -> bool:
    """Whether a unit read for a figure is only a bare word of one thing (小镇, 该项目), no name of one.

    >>> is_bare("小镇"), is_bare("青禾小镇"), is_bare(None)
    (True, False, False)
    """
    return bool(unit) and bool(head_of(_POINTING.sub("", unit or ""))) and not is_named(unit or "")


def subject_owner(t: str, lo: int, start: int, end: int) -> str | None:
    """The subject of the figure's clause or of the nearest clause before it in its sentence that names one (see
    owner_of), read back at most SUBJECT_REACH characters (a list of thousands of figures: each looks so far back);
    a bare word (果园里有…) is the thing an earlier clause of the sentence names with that word (某县青禾果园
    是…), else the one named before (see resolve)."""
    lo = max(lo, start - SUBJECT_REACH)
    if not _HAN.search(t, lo, start):
        return None  # (1.1%、1.1%、…: no word to name anything)
    cut, bare = start, None
    while cut > lo:
        begin = max([lo - 1] + [t.rfind(ch, lo, cut) for ch in _CLAUSE_MARKS]) + 1
        got = clause_owner(t[begin:start])
        if got == COUNTY:
            break
        at = t.find(got, begin, start) + len(got) if got else -1
        if got and at < start and not is_listed(t, at, end):
            if listed_example(t, at, end):
                return None
            if not is_bare(got):
                return got if bare is None or got.endswith(_word_of(bare)) else resolve(t, bare, start, lo)
            bare = bare or got
        cut = begin - 1
    return resolve(t, bare, start, lo) if bare else None


_HAN = re.compile(r"[\u4e00-\u9fff]")
_COUNTED_BATCH = re.compile(r"等[\d一二三四五六七八九十两]+[个家座处条项所]")


def is_listed(t: str, at: int, end: int) -> bool:
    """Whether a phrase ending at `at` is one item of a list (青禾景区、白云景区…: 、 right after it) or a class its
    count follows (新签约产业项目23个, 总投资…: the batch the county counts), which owns no figure as one thing.

    >>> is_listed("青禾景区、白云景区接待游客3万人次", 4, 16), is_listed("签约产业项目23个", 6, 9), is_listed("青禾景区接待游客", 4, 8)
    (True, True, False)
    """
    return t.startswith("、", at) or bool(_CLASS_COUNT.match(t, at))


_CLASS_COUNT = re.compile(r"(?!1个)\d+[个家座处条项所](?:[，,。；;、]|$)")  # 项目23个， (1个: the one thing itself)


def listed_example(t: str, at: int, end: int) -> bool:
    """Whether a phrase ending at `at` opens a list of examples counted by the figure ending at `end` or before it
    (青禾公司年产50万吨纸、白云公司…等22个项目): the batch's, not its first example's.

    >>> listed_example("青禾公司年产50万吨纸、白云公司年产3万吨等22个项目", 4, 28), listed_example("青禾集团年产5万吨乙醇等项目加快", 4, 16)
    (True, True)
    """
    batch = _COUNTED_BATCH.search(t, at, end)
    if batch and "、" in t[at : batch.start()]:
        return True
    clause = re.split(r"[，,。；;：:]", t[at : end + _MODIFIER], maxsplit=1)[0]  # (…等7个项目: the noun after it)
    return any(head_of(m.group()) for m in _EXAMPLES.finditer(clause))  # 青禾集团年产5万吨乙醇等项目加快推进


_EXAMPLES = re.compile(r"等[\d一二三四五六七八九十两]*[个家座处条项所]?[\u4e00-\u9fff]{0,6}?(?:项目|工程|企业|景区|基地)")
