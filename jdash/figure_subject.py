"""Whose figure it is: the subject of a figure's clause, when a unit inside a county is printed as one.

微山湖湿地公园和南阳古镇景区共接待游客21万人次 is the scenic spots' figure, 园区完成固定资产投资140亿元 the
zone's, not the county's total, though the county is the article's. A clause's subject is the noun phrase
that opens it (after a lead such as 其中 or 目前, and a period); it goes on to the later clauses of its
sentence that open with none, and an article whose headline or lead opens with a unit (开发区坚持…) is about
that unit wherever a sentence names no subject of its own. The county itself as a subject (全县, 我市, the
county's name) means the figure is the county's. Each reading is a small function with one example.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from functools import lru_cache

from jdash.datafiles import alternation_of, read_keyed_words, read_words
from jdash.gazetteer import aliases, county_mentions
from jdash.nlp import tag as pos_tags
from jdash.nlp import word_freq
from jdash.parse.lexicon import Affixes, longest_first
from jdash.rescan import Prefiltered

COUNTY = ""  # the subject is the county (or city) itself
PART = "其中"  # the clause names a part of what came before it (其中，…), no subject of its own
_CLAUSE_MARKS = "，,：:。！？!?；;\n"
_CLAUSE_MARK = re.compile("[" + re.escape(_CLAUSE_MARKS) + "]")
_ASIDE = re.compile(r"[（(][^（）()]{0,20}[）)]")
_NP_FLAGS = frozenset(("n", "ns", "nz", "nt", "nr", "j", "z", "s", "b", "l", "ng", "nl", "vn", "r", "eng"))
_NP_FIRST = _NP_FLAGS - {"vn", "z"}  # 实体化运营…产业园, 紧盯…集团: a verb's noun opens a predicate, not a subject
_OPENING_MARKS = re.compile(r"^[^\u4e00-\u9fff]+")  # “1+5”主导产业: quotes and codes before the first word
_EVERY = ("各", "所有", "全部", "主要", "重点")
_MAINLY = "主要"
_POINTING = ("该", "这", "此", "那", "本")  # 该示范区: the unit pointed back to, not its name
_NP_JOINERS = frozenset(("、", "和", "与", "及", "“", "”", "·"))
_OPENING = 30  # characters of a clause read for its subject
_LONG_LABEL = 24  # a unit's label printed longer than this is not taken as one
# How far before a figure the clause naming its subject may open: a list of thousands of figures in one
# sentence (1.1%、1.1%、…) costs each figure this much, not the whole sentence (tests/test_hostile_cost.py).
SUBJECT_REACH = 400


@lru_cache(maxsize=1)
def _unit_endings() -> tuple[str, ...]:
    return tuple(sorted(read_words("sub_units.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _unit_ending_set() -> Affixes:
    return Affixes(_unit_endings())


@lru_cache(maxsize=1)
def _leads() -> Affixes:
    return Affixes(read_words("clause_leads.txt"))


def strip_leads(text: str) -> str:
    """其中，园区… → 园区…: the lead words that open a clause (data/clause_leads.txt) taken off.

    >>> strip_leads("特别是今年")
    '今年'
    """
    while lead := _leads().prefix(text):
        text = text[len(lead) :]
    return text


def opening_phrase(clause: str) -> str:
    """The noun phrase that opens a clause, after its lead words: 其中微山湖公园和南阳古镇景区共接待 → 微山湖公园和
    南阳古镇景区; 完成投资… → '' (a verb opens it).

    >>> opening_phrase("目前园区已签约重大项目10个"), opening_phrase("完成投资12亿元")
    ('园区', '')
    """
    text = strip_leads(_OPENING_MARKS.sub("", _ASIDE.sub("", clause)[:_OPENING]))
    town = leading_town(text)
    words: list[str] = [town] if town else []
    tags = pos_tags(text[len(town) :])
    if not town and (firm := _firm_opening(tags)):
        return firm  # 河南|想念|食品有限公司出资…: a firm's registered name, its trade name read as a verb
    for k, (word, flag) in enumerate(tags):
        inner = (flag == "a" or flag == "m" and word.startswith("第")) and words  # 某某医院新院区, 某市第一人民医院
        inner_adjective = inner and k + 1 < len(tags) and tags[k + 1][1] in _NP_FIRST
        if flag in (_NP_FLAGS if words else _NP_FIRST) or (word in _NP_JOINERS and words) or inner_adjective:
            words.append(word)
        else:
            break
    while words and words[-1] in _NP_JOINERS:
        words.pop()
    return "".join(words)


def _not_name_openings() -> tuple[str, ...]:
    """What a unit's name never opens with: the county's own words (全县), a word of every unit (各) and a pointing
    word (该): a printed phrase opening so is the county's, a class, or one unit pointed back to, not a name."""
    return _own_words() + _EVERY + _POINTING


_PROPER = frozenset(("nr", "ns", "nz", "nt"))


def opens_with_a_name(clause: str) -> bool:
    """Whether a clause opens with a name of several words, one of them a proper noun (鲁南某某书院开设…, 某某民俗园
    研学团队…): something named of its own, though no unit this module knows, whose figures are no unit's named
    before it (a person, 村民王某介绍, is no such name).

    >>> opens_with_a_name("鲁南青禾书院开设国学课堂"), opens_with_a_name("村民王建国介绍"), opens_with_a_name("目前，产品已上市")
    (True, False, False)
    """
    words = pos_tags(opening_phrase(clause))
    person = bool(words) and words[-1][1] == "nr"  # 村民王某, 某镇党委书记李某: a person with their title
    return len(words) >= 2 and not person and any(flag in _PROPER for _, flag in words)


@lru_cache(maxsize=1)
def _town_names() -> Affixes:
    from jdash.gazetteer import towns

    return Affixes(p.alias for p in towns())


@lru_cache(maxsize=1)
def _alias_set() -> Affixes:
    return Affixes(aliases())


def leading_town(text: str) -> str:
    """A township or street of data/towns.csv opening a text, after its county's name when printed: jieba cuts
    some (看庄镇 → 看/庄镇), so the opening reads them whole; '' when none opens it.

    >>> leading_town("邹城市看庄镇奋力谱写新篇章"), leading_town("看庄镇实现财政收入"), leading_town("全县实现")
    ('邹城市看庄镇', '看庄镇', '')
    """
    county = _alias_set().prefix(text) or ""  # the longest
    town = _town_names().prefix(text, len(county))
    return county + town if town else ""


@lru_cache(maxsize=1)
def _own_words() -> tuple[str, ...]:
    return read_words("own_place_words.txt")


def _ends_in_unit(word: str, named: bool) -> bool:
    """景区, 物流园区 end in a unit's ending; a one-character ending (港, 村) makes a unit only after a name
    (`named`: 梁山港, 杨庄村; not 城乡, 乡村)."""
    ending = _unit_ending_set().suffix(word)
    return ending is not None and len(word) > len(ending) - 1 and (len(ending) > 1 or named and len(word) > 1)


def names_a_unit(unit: str | None) -> bool:
    """Whether a unit is printed with its name before its ending (长沟镇, 某某生态葡萄园区, 宏达公交集团), not as
    a bare ending (园区, 公司, 市场) that only points to one: a named unit's figures are labelled with its name.

    >>> names_a_unit("某某生态葡萄园区"), names_a_unit("杨庄村"), names_a_unit("园区"), names_a_unit("该示范区"), names_a_unit("全县")
    (True, True, False, False, False)
    """
    if not unit:
        return False
    ending = next((e for e in _unit_endings() if unit.endswith(e)), None)
    name = unit[: -len(ending)] if ending else ""
    opening = _not_name_openings() + read_words("first_person_words.txt")  # 全县…, 各…, 该…, 我们村
    return len(name) >= 1 and len(unit) >= 3 and not name.startswith(opening) and unit not in _aliases()


def names_one_unit(unit: str | None) -> bool:
    """Whether a subject names one unit: a unit inside a county with its name (names_a_unit), or one project, firm,
    scenic spot or cooperative by its full name (named_opening: 青禾废旧电池循环利用项目; 重点项目 names a class).

    >>> names_one_unit("某某生态葡萄园区"), names_one_unit("青禾废旧电池循环利用项目"), names_one_unit("重点项目")
    (True, True, False)
    """
    return names_a_unit(unit) or names_a_person(unit) or bool(unit) and named_opening(unit or "") == unit


def unit_core(unit: str) -> str:
    """A unit's name without the county or city printed before it (泗水县某某产业园 → 某某产业园), which a label
    may print alone.

    >>> unit_core("泗水县某某产业园"), unit_core("济宁市某某服务中心"), unit_core("泗水县")
    ('某某产业园', '某某服务中心', '泗水县')
    """
    opening = _place_opening().match(unit)
    place = opening.group() if opening else ""
    return unit[len(place) :] if len(unit) - len(place) >= 3 else unit


@lru_cache(maxsize=1)
def _place_opening() -> re.Pattern[str]:
    """The county, zone or city name a unit's name opens with: the first of `aliases()`, then data/city_names.txt,
    that it starts with, as a test of each in that order found it (an alternation tries its words in order).

    >>> _place_opening().match("泗水县某某产业园").group(), _place_opening().match("某某产业园")
    ('泗水县', None)
    """
    return re.compile("|".join(re.escape(name) for name in aliases() + _city_names()))


def label_with_unit(metric: str, unit: str) -> str:
    """The label of a named unit's figure, naming the unit: 年产葡萄 → 某某合作社年产葡萄, 项目占地面积 → 光伏发电
    项目占地面积 (a bare word of the unit opening the label is the unit); a label naming the unit already, or
    naming one thing of its own (某某光伏项目总投资, printed in a list of a group's projects), is kept.

    >>> label_with_unit("年产葡萄", "某某合作社"), label_with_unit("占地面积", "宏达光伏发电项目")
    ('某某合作社年产葡萄', '宏达光伏发电项目占地面积')
    >>> label_with_unit("项目占地面积", "宏达光伏发电项目"), label_with_unit("宏达光伏项目总投资", "某某集团")
    ('宏达光伏发电项目占地面积', '宏达光伏项目总投资')
    >>> label_with_unit("一期工程投资", "宏达光伏发电项目"), label_with_unit("硬化步行街道路", "杨庄村")
    ('宏达光伏发电项目一期工程投资', '杨庄村硬化步行街道路')
    """
    named_own = _names_own_unit(metric)
    if unit in metric or unit_core(unit) in metric or named_own or _counts_own_kind(metric, unit):
        return metric
    bare = _bare_word_opening(metric, unit) or at_the_event(metric, unit)
    if not bare and _OWN_THING.search(_PHASE.sub("", metric)):
        return metric  # 某某光伏项目总投资 (but 一期工程投资 is a phase of the unit's, not a thing of its own)
    return unit + metric[len(bare) :]


_AT = "上"  # 会上: at the meeting


def at_the_event(label: str, event: str) -> str:
    """会 of 会上发布的项目 for 某某推介会: the last word of an event's name (data/event_endings.txt) opening a label
    with 上 (at it) points to the event, which the label then names in its place (某某推介会上发布的项目); ''
    otherwise.

    >>> at_the_event("会上发布的项目", "青禾招商推介会"), at_the_event("会上发布的项目", "青禾合作社")
    ('会', '')
    """
    ending = next((e for e in _event_endings() if event.endswith(e)), "")
    return next((ending[-k:] for k in range(len(ending), 0, -1) if label.startswith(ending[-k:] + _AT)), "")


def _counts_own_kind(metric: str, unit: str) -> bool:
    """Whether a label counts units of the unit's own kind (完成扩区的开发区 under 全市开发区), naming them already.

    >>> _counts_own_kind("完成扩区的开发区", "全市开发区"), _counts_own_kind("开展电商销售村", "某某镇")
    (True, False)
    """
    kind = next((e for e in _unit_endings() if unit.endswith(e)), None)
    return bool(kind) and metric.endswith(kind)  # type: ignore[arg-type]


def opening_unit(label: str) -> str | None:
    """The named unit a label opens with (泗水风景区接待 → 泗水风景区), None when it opens with none.

    >>> opening_unit("某某物流中心运营能力"), opening_unit("营业收入")
    ('某某物流中心', None)
    """
    return next((label[:k] for k in range(len(label) - 1, 1, -1) if label[:k].endswith(_unit_endings())
                 and names_a_unit(label[:k]) and _HAN_NAME.fullmatch(label[:k])), None)


def _names_own_unit(label: str) -> bool:
    """Whether a label opens with a unit's name of its own (某某光伏项目总投资; see opening_unit), whose last word ends
    where the name does: 硬化步行街道路 ends no unit (街道 inside 步行街|道路), 建成文化广场村 opens with a verb.

    >>> _names_own_unit("某某物流中心运营能力"), _names_own_unit("硬化步行街道路"), _names_own_unit("营业收入")
    (True, False, False)
    """
    unit = opening_unit(label)
    if not unit or _opens_with_verb(label):
        return False
    ends, pos = set(), 0
    for word, _ in pos_tags(label):
        pos += len(word)
        ends.add(pos)
    return len(unit) in ends


def _opens_with_verb(label: str) -> bool:
    """Whether jieba reads the first word of a label as a verb (建成文化广场村): an act or a class
    of units named by what they did, though a unit's ending (街道, 村) may end a word of it."""
    tags = pos_tags(label)
    return bool(tags) and tags[0][1] == "v"


def _bare_word_opening(label: str, unit: str) -> str:
    """The bare word of a unit opening its label (项目 of 项目占地面积 for 某某光伏项目, 园区 of 园区新增企业 for
    某某产业园), with the pointing word printed before it (该园区), '' when none opens it.

    >>> _bare_word_opening("该园区共有企业", "某某产业园"), _bare_word_opening("园区共有企业", "某某产业园"), _bare_word_opening("共有企业", "某某产业园")
    ('该园区', '园区', '')
    """
    words = [w for w in read_words("single_subjects.txt") if unit.endswith(w)]
    words += [w for w, endings in _bare_units().items() if unit.endswith(endings)]
    pointer = _POINTER.match(label)
    for start in ([pointer.end()] if pointer else []) + [0]:
        if word := next((w for w in sorted(words, key=len, reverse=True) if label.startswith(w, start)), ""):
            return label[:start] + word
    return ""


_PHASE = re.compile(r"^[一二三四五六七八九十]期")
_OWN_THING = re.compile(r"[\u4e00-\u9fff“”]{4,}(?:项目|工程)")  # 某某光伏项目总投资: a label naming its own project


def subject_of(phrase: str) -> str | None:
    """What a clause's opening phrase says about whose figures follow: COUNTY for the county or city itself
    (全县, 我市, 泗水县; 各景区: every unit of it), the phrase for a unit inside a county (梁山港物流园区, 邹城经济开发区), None when it
    names neither (营业收入, a metric opening the clause).

    >>> subject_of("全县"), subject_of("梁山港物流园区"), subject_of("营业收入"), subject_of("各景区")
    ('', '梁山港物流园区', None, '')
    """
    found = _subject_of(phrase)
    return COUNTY if found and is_epithet(found) else found  # 葡萄之乡迎客来: the place itself by its fame


def _subject_of(phrase: str) -> str | None:
    if not phrase or phrase in _EVERY or _adverb_then_verb(phrase):
        return None  # 主要种植葡萄: an adverb, no subject
    one = _one_spoken_of(phrase)
    if one:
        return one  # 企业计划投入…, 该公司实现…, 该村…: the one firm, project or place the article speaks of
    if group := unit_group(phrase):
        return group  # 全市开发区: the city's zones, a group of units inside it
    if phrase.startswith(_own_words() + _EVERY) or _every_unit().search(phrase):
        return COUNTY  # 全县各乡镇, 各景区, 示范区内主要景区: every (main) unit of the county, no one of them
    tags = pos_tags(phrase)
    named = any(f in ("ns", "nr", "nz", "nt") for _, f in tags)
    if (any(_ends_in_unit(w, f in _NAME_FLAGS) for w, f in tags) or _ends_in_unit(phrase, named)) and phrase not in _aliases():
        return _through_last_unit(phrase, tags)
    if glued := _glued_unit(tags) or _name_then_unit_noun(tags):
        return glued
    if town := leading_town(phrase):
        return town  # 看庄镇聚力…: a township of the county (data/towns.csv), not the county itself
    if any(w in phrase for w in _own_words()) or county_mentions(phrase) or phrase.startswith(_city_names()):
        return COUNTY
    return None


_EPITHET = "之乡"


def is_epithet(phrase: str) -> bool:
    """Whether a phrase names a place by what it is famed for (某某之乡, the home of something): the county or city
    itself, never a township though it ends in 乡.

    >>> is_epithet("中国葡萄之乡"), is_epithet("青禾乡")
    (True, False)
    """
    return phrase.endswith(_EPITHET) and len(phrase) > len(_EPITHET)


def _one_spoken_of(phrase: str) -> str | None:
    """The one unit a phrase names as the speaker's (我们村), by a bare word (该公司, 企业) or a pointed place (该村)."""
    return speakers_unit(phrase) or _one_unit(phrase) or _pointed_place(phrase)


def _pointed_place(phrase: str) -> str | None:
    """该村, 该镇, 该社区: a pointing word and a bare word of a place (data/bare_units.txt) that jieba reads as one
    pronoun name the place named before (see bare_unit_name), not the county; None for any other phrase.

    >>> _pointed_place("该村"), _pointed_place("该县"), _pointed_place("村里"), _pointed_place("这个镇")
    ('该村', None, None, '这个镇')
    """
    pointer = _POINTER.match(phrase)
    return phrase if pointer and phrase[pointer.end() :] in _bare_units() else None


def _adverb_then_verb(phrase: str) -> bool:
    """主要生产青禾食品: 主要 as an adverb before a verb (mainly makes) names no subject (主要景区, 主要旅游景区: the
    main units, do).

    >>> _adverb_then_verb("主要生产青禾食品"), _adverb_then_verb("主要景区"), _adverb_then_verb("主要旅游景区")
    (True, False, False)
    """
    tags = list(pos_tags(phrase[:12]))
    verb = len(tags) > 1 and tags[0][0] == _MAINLY and tags[1][1] in ("v", "vn")  # 全部投产后: when, the county's
    return verb and _unit_ending_set().suffix(phrase) is None  # 主要旅游景区: the main units, no verb


def unit_group(phrase: str) -> str | None:
    """全市开发区, 全县省级园区: the county's or city's word (data/own_place_words.txt) before a kind of unit that does
    not make up the county (data/unit_group_kinds.txt) names a group of units inside it, whose figures are the
    group's, not the county's own; None for any other phrase (全县, 全县各镇街, 全市景区).

    >>> unit_group("全市开发区"), unit_group("全县省级园区"), unit_group("全县"), unit_group("开发区")
    ('全市开发区', '全县省级园区', None, None)
    """
    own = next((w for w in _own_words() if phrase.startswith(w)), None)
    rest = phrase[len(own) :] if own else ""
    return phrase if rest and not rest.startswith(_EVERY) and rest.endswith(read_words("unit_group_kinds.txt")) else None


@lru_cache(maxsize=1)
def _every_unit() -> re.Pattern[str]:
    """各景区, 主要企业: a word of every (main) unit (_EVERY) before a unit's ending, anywhere in a text."""
    return re.compile(f"(?:{'|'.join(_EVERY)}){longest_first(_unit_endings())}")


@lru_cache(maxsize=1)
def _one_char_endings() -> tuple[str, ...]:
    return tuple(e for e in _unit_endings() if len(e) == 1)


@lru_cache(maxsize=1)
def _city_names() -> tuple[str, ...]:
    return read_words("city_names.txt")


@lru_cache(maxsize=1)
def _part_leads() -> tuple[str, ...]:
    return read_words("part_leads.txt")


_POINTING_AFTER_SPEAKER = ("这个", "这家", "这", "的", "家")
_NOUN_FLAGS = frozenset(("n", "nr", "nz", "nt", "ng", "nl", "j", "s"))
_COUNTY_NOUNS = frozenset("县市区省国")


def speakers_unit(phrase: str) -> str | None:
    """我这个农家乐, 我们村, 咱家合作社: a first-person word (data/first_person_words.txt) and a noun name the
    speaker's own unit, so its figures are not the county's; 我们县 or 我们 alone (the county's officials
    speaking) are not one.

    >>> speakers_unit("我这个农家乐"), speakers_unit("我们村"), speakers_unit("我们县"), speakers_unit("我们"), speakers_unit("我县分会场")
    ('我这个农家乐', '我们村', None, None, None)
    """
    words = list(pos_tags(phrase))
    if not words or words[0][0] not in read_words("first_person_words.txt") or phrase.startswith(_own_words()):
        return None  # 我县分会场…: 我县 is the county itself
    rest = [(w, f) for w, f in words[1:]]
    while len(rest) > 1 and rest[0][0] in _POINTING_AFTER_SPEAKER:
        rest.pop(0)
    named = "".join(w for w, _ in rest)
    if not rest or named in _COUNTY_NOUNS or named.startswith(_own_words()):
        return None
    return phrase if rest[0][1] in _NOUN_FLAGS or _ends_in_unit(phrase, True) else None


def _one_unit(phrase: str) -> str | None:
    """企业, 该公司, 企业计划 (jieba reads 计划 as a noun): a bare word of one unit (data/single_subjects.txt), with
    at most a pointing word before it and one word after it, is the one firm or project the text speaks of.

    >>> _one_unit("该公司"), _one_unit("企业计划"), _one_unit("规上工业企业")
    ('公司', '企业', None)
    """
    tags = [w for w, _ in pos_tags(phrase.lstrip("该这此本家个"))]
    return tags[0] if tags and len(tags) <= 2 and tags[0] in read_words("single_subjects.txt") else None


_NAME_FLAGS = ("nr", "ns", "nz")


def _glued_unit(tags: tuple[tuple[str, str], ...]) -> str | None:
    """牛楼村党委 → 牛楼村: a name jieba cut off from the one-character unit ending after it (牛楼 | 村党委), the
    ending opening the next word; None when no name is followed so.

    >>> _glued_unit((("牛楼", "nr"), ("村党委", "n"))), _glued_unit((("全县", "n"), ("村党委", "n")))
    ('牛楼村', None)

    A common word of the countryside (data/rural_words.txt) after a name is no unit's ending glued on:

    >>> _glued_unit((("山东", "ns"), ("乡村", "n"), ("旅游", "vn")))
    """
    endings, rural = _one_char_endings(), read_words("rural_words.txt")
    for (word, flag), (after, _) in zip(tags, tags[1:]):
        if flag in _NAME_FLAGS and len(word) >= 2 and after.startswith(endings) and not after.startswith(rural) \
                and word + after[0] not in _aliases():
            return word + after[0]
    return None


_NAME_JOINERS = "·•"


def _name_then_unit_noun(tags: tuple[tuple[str, str], ...]) -> str | None:
    """东湖 | 水厂 | 设计供水规模 → 东湖水厂: a name, then a noun of two characters or more ending in a one-character unit
    ending (水厂, 电厂, 渔港), opening a phrase that goes on to what is measured: that unit, not the place it is named
    after; None when the phrase opens otherwise.

    >>> _name_then_unit_noun((("东湖", "ns"), ("水厂", "n"), ("设计", "vn"))), _name_then_unit_noun((("全县", "n"), ("水厂", "n")))
    ('东湖水厂', None)
    >>> _name_then_unit_noun((("青山", "ns"), ("儒乡", "n"), ("·", "x"), ("某某村", "ns")))  # the name goes on
    >>> _name_then_unit_noun((("某县", "ns"), ("农村", "n"), ("电商", "n")))  # a settlement's word: the village rules

    """
    if len(tags) < 2:
        return None
    (word, flag), (after, after_flag) = tags[0], tags[1]
    goes_on = len(tags) > 2 and tags[2][0][:1] in _NAME_JOINERS  # 某某儒乡·某某村项目: a name joined by ·, not done
    if (flag in _NAME_FLAGS and len(word) >= 2 and after_flag.startswith("n") and len(after) >= 2
            and after.endswith(_one_char_endings()) and not after.endswith(read_words("settlement_endings.txt"))
            and word + after not in _aliases() and not goes_on):
        return word + after
    return None


def _through_last_unit(phrase: str, tags: tuple[tuple[str, str], ...]) -> str:
    """某某开发区力争 → 某某开发区: the phrase up to the last word ending in a unit's ending (jieba may read a
    verb after it as a noun); a one-character ending (村, 镇) ends a word jieba tags as a name (杨家村 nr)."""
    end, pos = len(phrase), 0
    for word, flag in tags:
        pos += len(word)
        if _ends_in_unit(word, flag in _NAME_FLAGS):
            end = pos
    return phrase[:end]


@lru_cache(maxsize=1)
def _aliases() -> frozenset[str]:
    """济宁高新区, 泗水县: every name of a county or zone of the gazetteer (a zone is a county here)."""
    return frozenset(aliases())


def clause_subject(t: str, lo: int, hi: int) -> str | None:
    """The subject of what t[hi] begins (a figure's metric), read from the clauses of t[lo:hi]: the last clause
    opening with a place (see subject_of) names it; None when none does.

    >>> clause_subject("1至7月，园区新增企业3家，完成投资140亿元", 0, 15)
    '园区'
    """
    return ClauseSubjects(t, max(lo, hi - SUBJECT_REACH), hi).subject(lo, hi)


class ClauseSubjects:
    """The clause subjects of one text, each clause's read once: a page's figures ask for the subjects of the
    same clauses again and again (every figure of a sentence reads its earlier clauses). `subject(lo, hi)` is
    `clause_subject(t, lo, hi)`; the clause marks are found once, in t[lo:hi] (the whole text by default).

    >>> ClauseSubjects("1至7月，园区新增企业3家，完成投资140亿元").subject(0, 15)
    '园区'
    """

    def __init__(self, t: str, lo: int = 0, hi: int | None = None, periods: re.Pattern[str] | Prefiltered | None = None) -> None:
        self.t = t
        self.periods = periods  # what a clause may open with before its subject (全年全市…), for `whose`
        self.marks = [m.start() for m in _CLAUSE_MARK.finditer(t, lo, len(t) if hi is None else hi)]
        self._read: dict[str, str | None] = {}  # clause text → its opening's subject
        self._words_at: dict[tuple[int, int], int] = {}  # _after_time per clause, read once too

    def subject(self, lo: int, hi: int) -> str | None:
        """The last subject named by the openings of the clauses of t[lo:hi] (see clause_subject)."""
        marks = self.marks
        if hi - lo > SUBJECT_REACH:  # only the clauses of the last SUBJECT_REACH characters (from a clause's start)
            k = bisect_left(marks, hi - SUBJECT_REACH)
            if k == len(marks) or marks[k] >= hi:
                return None
            lo = marks[k] + 1
        found = None
        start = lo
        for end in marks[bisect_left(marks, lo) : bisect_left(marks, hi)] + [hi]:
            got = self._opening(start, end)
            found = got if got is not None else found
            start = end + 1
        return found

    def whose(self, lo: int, hi: int, sentence: int = 0) -> str | None:
        """Whose figure t[hi] begins, read back clause by clause from it through t[lo:hi] (its paragraph): the
        subject named by the nearest clause opening that names one (see subject_of), PART when a clause of its
        sentence (from `sentence` on) opening with 其中 (data/part_leads.txt) comes first; None when no clause
        names one.

        >>> w = ClauseSubjects("全县新开工项目12个。其中，某某项目完成投资3亿元。微山湖景区是5A级景区，接待游客5万人次")
        >>> w.whose(0, 7), w.whose(0, 18, 11), w.whose(0, 38, 26)
        ('', '其中', '微山湖景区')
        >>> ClauseSubjects("全年全市接待游客5万人次", periods=re.compile("全年")).whose(0, 4)
        ''
        >>> ClauseSubjects("今年春节济宁市共接待游客5万人次", periods=re.compile("今年")).whose(0, 11)
        ''
        """
        marks = self.marks
        lo = max(lo, hi - SUBJECT_REACH)
        ends = marks[bisect_left(marks, lo) : bisect_left(marks, hi)]
        for start, end in reversed(list(zip([lo] + [e + 1 for e in ends], ends + [hi]))):
            got = self._opening(start, end)
            if got is None and (after := self._after_time(start, end)) > start:
                got = self._opening(after, end)  # 全年全市…, 今年春节济宁市…
            if got is not None:
                return got
            if start >= sentence and self.t.startswith(_part_leads(), start):
                return PART
        return None

    def sentence_subject(self, lo: int, hi: int) -> str | None:
        """The subject the first clause of the sentence t[lo:hi] opens with, after its periods and time words
        (see subject_of): what the sentences after it that name no subject go on speaking of.

        >>> ClauseSubjects("2020年，青禾合作社种植葡萄300亩。", periods=re.compile(r"\\d{4}年")).sentence_subject(0, 17)
        '青禾合作社'
        """
        ends = self.marks[bisect_left(self.marks, lo) : bisect_left(self.marks, hi)] + [hi]
        for end in ends:
            got = self._opening(lo, end)
            if got is None and (after := self._after_time(lo, end)) > lo:
                got = self._opening(after, end)
            if got is not None or self.periods is None or not self.periods.fullmatch(self.t, lo, end):
                return got
            lo = end + 1  # 2020年，…: a clause that is only a period, then the subject
        return None

    def _after_time(self, start: int, end: int) -> int:
        """Where a clause's words start after the periods and time words that open it (今年春节济宁市… → 济宁市…):
        a period of `periods`, then words jieba tags as time words."""
        key = (start, end)
        if key not in self._words_at:
            self._words_at[key] = self._read_after_time(start, end)
        return self._words_at[key]

    def _read_after_time(self, start: int, end: int) -> int:
        pos = start
        while self.periods is not None and (period := self.periods.match(self.t, pos, end)) and period.end() > pos:
            pos = period.end()
        for word, flag in pos_tags(self.t[pos : min(end, pos + _OPENING)]):
            if flag != "t":
                break
            pos += len(word)
        return pos

    def _opening(self, start: int, end: int) -> str | None:
        """subject_of the opening of the clause t[start:end], read once per clause text (see clause_opening_subject): the
        units listed opening it (see listed_units), else what its opening phrase names, else the one unit whose full name
        opens it (see named_opening; also when it opens with the county's name: 泗水某某文化节已连续举办十届) or the
        village (see village_opening; also the village after the town it names: see _village_of_town). Each is a
        function of the clause's text alone, so a clause printed again, or cut at the same point, is not read again."""
        clause = self.t[start:end]
        found = self._read.get(clause, _UNREAD)
        if found is _UNREAD:
            found = listed_units(clause) or clause_opening_subject(clause)
            if found is None or found == COUNTY:  # 泗水县某某古村落保护项目总投资…: the county's name opens the project's
                found = named_opening(clause) or (village_opening(clause) if found is None else found)
            found = _village_of_town(found, clause)
            self._read[clause] = found
        return found


_UNREAD = object()


def clause_opening_subject(clause: str) -> str | None:
    """subject_of a clause's opening phrase, unless the unit it names is only an item listed with its figure
    (恒信集团50万吨乙醇等7个项目: one example of the projects counted) or only who tells the reporter (某某服务中心
    主任某某介绍: an office speaking of something else; a firm or a town speaking is taken to speak of its own).

    >>> clause_opening_subject("园区新增企业3家"), clause_opening_subject("宏达集团50万吨乙醇等7个项目")
    ('园区', None)
    >>> clause_opening_subject("某某服务中心主任王某介绍"), clause_opening_subject("宏达公司总经理王某介绍说")
    (None, '宏达公司')
    >>> clause_opening_subject("汶上县南站镇党委副书记王某介绍")  # a town's official speaks for the town
    '南站镇'
    """
    if person := person_opening(clause):
        return person  # 村民张桂兰住进了180平方米的新房: a person's own, no village's
    phrase = opening_phrase(clause)
    found = subject_of(phrase) if phrase else None
    found = _scene(clause) if found is None else found  # 走进某某公司 (记者来到…: 记者 names no subject)
    if not found or found in _aliases():
        return found  # the county itself (a zone is one), or no subject
    after = clause.index(found) + len(found) if found in clause else -1
    listed = after >= 0 and _LISTED_AFTER.match(clause, after)
    if after >= 0 and clause.startswith(_WHERE, after) and not names_a_unit(found):
        return None  # 市场上订单…: where, not who
    speaks_for = found.endswith(_firm_words()) or _town_body(clause, found, after)  # a firm's or a town's people
    if _tells(clause) and not speaks_for:
        return None if listed else _village_body(clause)  # 某某街道杨楼村党支部书记王某介绍: the village speaks
    return None if listed else found


_PERSON_OPENING = 16  # characters of a clause read for a person's role: where from, what they grow (杨庄村葡萄种植户)


@lru_cache(maxsize=1)
def _person_roles() -> re.Pattern[str]:
    return re.compile(alternation_of(read_words("person_subjects.txt")))


def person_opening(clause: str) -> str | None:
    """杨庄村葡萄种植户王建国：“我今年种了葡萄15亩” → 种植户王建国: a private person (data/person_subjects.txt: a
    villager, a grower, a shop owner) named by role and name opening a clause, after the words that say where
    from or what they grow: the figures after it are their own, not their village's or county's. None when no
    such role opens the clause or no name follows it (村民人均收入, 农民专业合作社), or the person only tells the
    reporter (村民王建国说，村里…: what they tell is their village's).

    >>> person_opening("杨庄村葡萄种植户王建国"), person_opening("返乡大学生李明承包了8个大棚"), person_opening("村民人均收入3万元")
    ('种植户王建国', '大学生李明', None)
    >>> person_opening("村民王建国介绍")
    """
    role = _person_roles().search(clause, 0, _PERSON_OPENING)
    if role is None or _tells(clause):
        return None
    name = _person_name(clause, role.end())
    return role.group() + name if name else None


def _person_name(clause: str, start: int) -> str | None:
    """The person's name printed at `start` (officials.read_name); a weak reading only where jieba reads a name
    there too (安居小区 is no name), and where it runs into a word after it, jieba's shorter name (李明|承包了, not
    李明承).

    >>> _person_name("李明承包了8个大棚", 0), _person_name("王建国：“我今年", 0), _person_name("安居小区28个", 0)
    ('李明', '王建国', None)
    """
    from jdash.officials import read_name

    read = read_name(clause, start)
    word, flag = next(iter(pos_tags(clause[start : start + 6])), ("", ""))
    short = word if flag == "nr" and len(word) >= 2 else None
    if read and read[1] > 0:
        return read[0]
    if read and short and len(short) < len(read[0]):
        after = next(iter(pos_tags(clause[start + len(short) : start + len(short) + 3])), ("", ""))[0]
        return short if len(after) >= 2 else read[0]  # 承包 runs on from 承: the reading took a verb's first character
    return read[0] if read and short else short


def names_a_person(unit: str | None) -> bool:
    """Whether a subject is a private person by role and name (see person_opening): 村民张桂兰 is, 村民 is not.

    >>> names_a_person("村民张桂兰"), names_a_person("村民"), names_a_person("杨庄村")
    (True, False, False)
    """
    role = _person_roles().match(unit or "")
    return bool(role) and len(unit or "") > role.end()


def _village_body(clause: str) -> str | None:
    """The village whose body (data/village_bodies.txt: 党支部, 村委会) a clause of telling names right after it,
    after its town when printed (某某街道杨楼村党支部委员王某介绍 → 杨楼村): its people speak for the village, whose
    figures follow; None when no village's body opens the clause (杨楼村村民王某说: a villager speaks for no one).

    >>> _village_body("某某街道杨楼村党支部委员王某介绍"), _village_body("杨楼村村民王某说")
    ('杨楼村', None)
    """
    village = village_opening(clause)
    at = clause.find(village) if village else -1
    return village if at >= 0 and clause.startswith(read_words("village_bodies.txt"), at + len(village)) else None


def _town_body(clause: str, found: str, after: int) -> bool:
    """Whether a clause names a town (data/towns.csv) and then one of its bodies (data/town_bodies.txt: 某某镇党委),
    whose people speak for the town; a farmer of the town (某某镇养殖户) does not.

    >>> _town_body("汶上县南站镇党委副书记王某介绍", "南站镇", 6), _town_body("南站镇养殖户王某说", "南站镇", 3)
    (True, False)
    """
    return after >= 0 and leading_town(found) == found and clause.startswith(read_words("town_bodies.txt"), after)


_WHERE = "上"  # 市场上, 会上: a bare unit word before it says where, not whose


@lru_cache(maxsize=1)
def _scene_openers() -> Affixes:
    return Affixes(read_words("scene_openers.txt"))


_VISIT_REACH = 40  # characters of a sentence read for a visit to one unit (记者日前走访了某某公司)


def visited_unit(sentence: str) -> str | None:
    """记者日前走访了青禾纺织有限公司。 → 青禾纺织有限公司: the one named unit (names_one_unit) a sentence takes the
    reader to, printed right after a word setting the scene (data/scene_openers.txt: 走进, 走访了) within its first
    _VISIT_REACH characters: the sentences after it that name no subject speak of that unit. None when no such
    word is printed there or what follows it is no one unit's whole name.

    >>> visited_unit("记者日前走访了青禾纺织有限公司"), visited_unit("代表们走访了困难群众"), visited_unit("全县走访企业300家")
    ('青禾纺织有限公司', None, None)
    >>> visited_unit("考察队来到白水镇古运河段")
    """
    head = sentence[: _VISIT_REACH + _NAME_LONGEST]  # (a sentence may run on for thousands of characters)
    for k in range(min(len(head), _VISIT_REACH)):
        opener = _scene_openers().prefix(head, k)
        if opener and len(opener) > 1:
            name = _name_printed_from(head, k + len(opener))  # the whole name: 来到某镇古运河段 is no visit to the town
            if names_one_unit(name) and _HAN_NAME.fullmatch(name):
                return name
    return None


def _scene(clause: str) -> str | None:
    """在某某合作社, 走进某某公司: a clause that is only a named unit after a word setting the scene (data/scene_openers.txt:
    在, 走进, 记者来到) sets the scene of the sentence, whose figures after it are that unit's; None when the clause
    goes on past the unit (在全县推广…) or opens with no such word.

    >>> _scene("在青禾葡萄专业合作社"), _scene("在某县青禾单产提升示范区"), _scene("在全县推广新品种")
    ('青禾葡萄专业合作社', '某县青禾单产提升示范区', None)
    >>> _scene("走进青禾纺织有限公司"), _scene("记者来到青禾纺织有限公司"), _scene("青禾纺织有限公司")
    ('青禾纺织有限公司', '青禾纺织有限公司', None)
    """
    opener = _scene_openers().prefix(clause)
    if not opener:
        return None
    place = clause[len(opener) :].strip()
    whole = len(place) <= _LONG_LABEL and place.endswith(_unit_endings()) and names_a_unit(place)
    return place if whole and _HAN_NAME.fullmatch(place) else None


_LISTED_AFTER = re.compile(r"等|、|的?(?!\d+年)\d")  # 某某集团50万吨…, 某某中心等22个项目: a name listed with a figure


@lru_cache(maxsize=1)
def _firm_words() -> tuple[str, ...]:
    return read_words("org_endings.txt") + read_words("single_subjects.txt")


def _tells(clause: str) -> bool:
    """Whether a clause is who tells the reporter something (某某主任王某介绍说, 据某某负责人表示)."""
    return clause.rstrip("：:“\"").endswith(_told_endings())


@lru_cache(maxsize=1)
def _told_endings() -> tuple[str, ...]:
    """介绍, 介绍说, 表示道…: a word of telling (officials.person_cues' "told") with what may follow it."""
    from jdash.officials import person_cues

    return tuple(w + end for w in person_cues()["told"] for end in ("", "说", "道"))


def label_subject(label: str, phrase: str) -> str | None:
    """The subject a metric label prints before its known phrase (`phrase`, of data/metrics.csv): “1+5”主导产业
    营业收入 → COUNTY (the county's industries: a noun phrase naming no unit), 园区营业收入 → 园区; None when the
    label adds no noun phrase (营业收入, 新增营业收入).

    >>> label_subject("主导产业营业收入", "营业收入"), label_subject("园区营业收入", "营业收入"), label_subject("营业收入", "营业收入")
    ('', '园区', None)
    """
    modifier = opening_phrase(label[: -len(phrase)]) if label.endswith(phrase) and label != phrase else ""
    if not modifier:
        return None
    found = subject_of(modifier)
    return COUNTY if found is None else found


def printed_label(t: str, unit: str, lo: int, at: int, metric: str) -> str | None:
    """The label of a unit's figure as printed from the unit to the end of its metric, asides left out, when the
    unit opens the metric's clause (t[lo:at]) close before it: 园区新增规上工业企业3家 → 园区新增规上工业企业,
    梁山港物流园区（含某公司）销售收入 → 梁山港物流园区销售收入; None when the unit is not printed there.

    >>> printed_label("1至7月，园区已签约重大项目10个", "园区", 5, 10, "重大项目")
    '园区已签约重大项目'
    """
    start = t.find(unit, lo, at)
    if start < 0:
        return None
    label = _ASIDE.sub("", t[start:at]) + metric
    between = t[start + len(unit) : at]
    listed = "、" in between  # 某村通过甲、乙、丙流转土地: a list between, the unit and metric apart
    counted = any(ch.isdigit() for ch in between)  # 某村投资50万元硬化道路3000平方米: another figure between
    return label if len(label) <= _LONG_LABEL and not listed and not counted else None


_NAME_REACH = 300  # characters before a figure searched for the name of the one unit its clause points to
_NAME_CUTS = _CLAUSE_MARKS + "的是、"
_NAME_LONGEST = 24  # characters of a unit's name read before its word (济宁经济技术开发区新能源产业园二期)
_NAME_MIN = 4  # characters of a unit's name: 产业项目, 主体工程 name a class or a part, 光伏发电项目 one unit
_NAME_STOPS = frozenset(("p", "u", "uj", "ul", "ud", "uz", "c", "d", "r", "m", "q", "y", "e", "o", "x", "t", "f"))


def named_unit(t: str, word: str, pos: int) -> str | None:
    """该项目一期投资3亿元 → 光伏发电项目: the name of the one unit a bare word (项目, 公司: data/single_subjects.txt)
    points back to, the nearest printed with a name before `pos` in its paragraph (within _NAME_REACH characters);
    None when none is.

    >>> named_unit("位于某镇的宏达光伏发电项目开工。该项目一期投资3亿元", "项目", 20)
    '宏达光伏发电项目'
    >>> named_unit("宏达光伏发电项目是市级示范项目。项目新建厂房3万平方米", "项目", 17)  # what it is said to be: a class
    '宏达光伏发电项目'
    """
    lo = max(0, pos - _NAME_REACH, t.rfind("\n", 0, pos) + 1)  # within the paragraph
    k = t.rfind(word, lo, pos)
    while k > lo:
        if dashed := name_after_dash(t, k + len(word)):
            return dashed  # 省重点项目——某某生产基地: the kind, then the one unit's name
        if opened := _opening_name_at(t, k + len(word), lo):
            return _after_scene(opened) or opened  # 某某电池前端拆解项目由…。项目投产后…: the whole name opening a clause
        name = _after_scene(_name_before(t[max(lo, k - _NAME_LONGEST) : k]))
        if name and not any(w in name for w in _own_words() + _EVERY) and not _said_to_be(t, k - len(name), lo):
            return name + word  # (全县新开工项目: a class of the county's)
        k = t.rfind(word, lo, k)
    return None


_IS = "是"


def _said_to_be(t: str, start: int, lo: int) -> bool:
    """Whether a name starting at `start` is a class its clause says something is (某某项目是省级重大项目: 是 printed
    between the clause's start and the name, and a word of a class in it, data/class_qualifiers.txt), not one unit's
    name (第一个项目是某某光伏组件项目 names the one).

    >>> _said_to_be("某某项目是省级重大项目", 6, 0), _said_to_be("第一个项目是某某光伏组件项目", 6, 0), _said_to_be("某某项目开工", 0, 0)
    (True, False, False)
    """
    mark = max(t.rfind(ch, lo, start) for ch in _CLAUSE_MARKS)
    said = t.find(_IS, max(lo, mark + 1), start) >= 0
    return said and any(w in t[start : start + _NAME_LONGEST] for w in read_words("class_qualifiers.txt"))


def _after_scene(name: str | None, shortest: int = _NAME_MIN) -> str | None:
    """记者来到青禾纺织有限 → 青禾纺织有限: a unit's name read back from its word without the scene word it was printed
    after (data/scene_openers.txt); None when too little is left to name one.

    >>> _after_scene("记者来到青禾纺织有限"), _after_scene("青禾纺织有限"), _after_scene("走进青禾")
    ('青禾纺织有限', '青禾纺织有限', None)
    """
    opener = _scene_openers().prefix(name or "") or ""
    rest = (name or "")[len(opener) :]
    return rest if len(rest) >= shortest else None


def _opening_name_at(t: str, end: int, lo: int) -> str | None:
    """The full name of one unit (see named_opening) opening a clause and ending at `end` (some of its words, 前端拆解,
    would cut a name read back from its ending); None when no such name ends there.

    >>> t = "青禾电池前端拆解项目由某公司承建。项目投产后…"
    >>> _opening_name_at(t, 10, 0), _opening_name_at(t, 8, 0)
    ('青禾电池前端拆解项目', None)
    """
    marks = [t.rfind(ch, lo, end) for ch in _CLAUSE_MARKS]
    start = max([lo - 1, *marks]) + 1
    if end - start > _NAME_LONGEST:
        return None
    name = named_opening(t[start : end + 1])
    return name if name and t.startswith(name, end - len(name)) else None


_DASH = re.compile(r"[—－]{1,2}")


def name_after_dash(t: str, pos: int) -> str | None:
    """省重点项目——青禾食品生产基地在某镇开工 → 青禾食品生产基地: the name of the one unit a kind of unit printed
    before a dash at `pos` is told of, up to a preposition, adverb or clause mark, when it ends in a unit's ending
    (data/sub_units.txt, data/named_after_endings.txt); None when no dash or no such name follows.

    >>> name_after_dash("省重点项目——青禾食品生产基地在某镇开工", 5), name_after_dash("省重点项目开工", 5)
    ('青禾食品生产基地', None)
    """
    dash = _DASH.match(t, pos)
    if not dash:
        return None
    name = _name_printed_from(t, dash.end())
    endings = _unit_endings() + named_endings()
    whole = len(name) >= _NAME_MIN and name.endswith(endings) and _HAN_NAME.fullmatch(name)
    return name if whole and not name.startswith(_not_name_openings()) else None


@lru_cache(maxsize=1)
def _bare_units() -> dict[str, tuple[str, ...]]:
    """data/bare_units.txt: bare unit word → the endings of the names it points back to."""
    return read_keyed_words("bare_units.txt")


# A pointing word and its measure word before a bare unit word (该示范区, 这块示范区, 这座园区): the one named before.
POINTER = r"[该这此本那](?:个|家|座|块|所|片|处|条)?"
_POINTER = re.compile(POINTER)


def bare_unit_name(t: str, bare: str, pos: int) -> str | None:
    """某某新材料产业园区…。目前，园区有企业76家 → 某某新材料产业园区: the named unit a bare unit word (园区, 该街道,
    示范区: data/bare_units.txt) points back to, the nearest printed before `pos` in the article with a name before
    one of the endings it may point to (not one listed as an example: 某某园区等16个项目); None when the word is
    not bare or none is printed.

    >>> bare_unit_name("青禾新材料产业园规划面积30平方公里。目前，园区有企业76家", "园区", 25)
    '青禾新材料产业园'
    >>> bare_unit_name("走进白水县青禾高产示范区，豆荚饱满。“这块示范区总面积3万亩", "这块示范区", 22)
    '白水县青禾高产示范区'
    """
    endings = _bare_units().get(bare[m.end() :] if (m := _POINTER.match(bare)) else bare)
    if not endings:
        return None
    best, best_at = None, -1
    for ending in endings:
        k = t.rfind(ending, 0, pos)
        while k > 0 and k > best_at:
            name = _name_without_verb(_after_scene(_name_before(t[max(0, k - _NAME_LONGEST) : k], 2), 2))
            name = _after_verb(name or "") if len(ending) == 1 else name  # 记者来到白石|村: a village's name
            listed = _LISTED_AFTER.match(t, k + len(ending))  # 某某园区等16个项目: an example, not the one
            if name and names_a_unit(name + ending) and not listed and not any(w in name for w in _own_words() + _EVERY):
                best, best_at = _town_names().suffix(name + ending) or name + ending, k  # 赏风景|某某镇: the listed town
                break
            k = t.rfind(ending, 0, k)
    return best


def _name_without_verb(name: str | None) -> str | None:
    """建设某某产业 → 某某产业: a name read before a unit's ending without the verbs it opens with (建设某某产业园:
    building the park is said, not named); None when nothing of two characters or more is left.

    >>> _name_without_verb("建设新材料产业"), _name_without_verb("新材料产业")
    ('新材料产业', '新材料产业')
    """
    words = list(pos_tags(name or ""))
    while words and words[0][1].startswith("v"):
        words.pop(0)
    rest = "".join(w for w, _ in words)
    return rest if len(rest) >= 2 else None


def _name_before(prefix: str, shortest: int = _NAME_MIN) -> str | None:
    """位于泗水县的中电光伏发电 → 中电光伏发电, 县第一家太阳能光伏 → 太阳能光伏: the words that name a unit, printed
    right before its unit word (after a clause mark, 的, 是, a number or a verb of a figure's clause)."""
    prefix = prefix[max(prefix.rfind(ch) for ch in _NAME_CUTS) + 1 :]
    verbs = read_words("predicate_verbs.txt") + read_words("figure_verbs.txt")
    words = list(pos_tags(prefix)) if prefix else []
    read = words[:-1] if _named_work(words) else words  # 某某医院建设|项目: the work a name ends in is part of it
    start = max((i + 1 for i, (w, f) in enumerate(read) if f in _NAME_STOPS or w in verbs), default=0)
    start = place_of_firm(words, start)
    name = "".join(w for w, _ in words[start:])
    named = county_mentions(name)
    if named and named[0][0] == 0 and name.startswith(named[0][1]):
        name = name[len(named[0][1]) :]  # 泗水县光伏: the county is where, not the name
    return name if len(name) >= shortest and name not in _aliases() else None


_TRADE_NAME_FLAGS = ("v", "d", "a", "ad", "vn")  # 湖北|大自然 (d), 东营|喜 (v): a trade name jieba reads as a word of speech


def place_of_firm(words: list[tuple[str, str]], start: int) -> int:
    """Where a firm's registered name opens, read back from `start` (where a verb, adverb or adjective cut it): a firm's
    name (data/org_endings.txt: 有限公司, 集团) opens with its place (湖北, 东营), and the word after the place that cut
    it is its trade name (湖北|青禾|农业有限公司 with 青禾 read as an adverb), not a predicate; `start` otherwise.

    >>> words = [("签约", "v"), ("湖北", "ns"), ("大自然", "d"), ("农业", "n"), ("有限公司", "n")]
    >>> place_of_firm(words, 3), place_of_firm(words[:3] + [("农业", "n")], 3)
    (1, 3)
    """
    firm = any(w.endswith(_org_endings()) for w, _ in words[start:])  # (…有限公司种苗基地项目: its project too)
    cut = start >= 2 and words[start - 1][1] in _TRADE_NAME_FLAGS and len(words[start - 1][0]) <= 3
    return start - 2 if firm and cut and words[start - 2][1] == "ns" else start


_FIRM_WORDS = 5  # words of a firm's name after its place and trade name, up to its ending


def _firm_opening(tags: tuple[tuple[str, str], ...]) -> str | None:
    """The firm a clause opens with when its name runs from its place through a trade name jieba reads as a verb or
    adverb to its ending (data/org_endings.txt): 河南|想念|食品有限公司 → the whole; None otherwise (see place_of_firm).

    >>> _firm_opening((("湖北", "ns"), ("大自然", "d"), ("农业", "n"), ("有限公司", "n"), ("投资", "vn")))
    '湖北大自然农业有限公司'
    >>> _firm_opening((("湖北", "ns"), ("大力", "d"), ("发展", "v"), ("农业", "n")))
    """
    if len(tags) < 3 or tags[0][1] != "ns" or tags[1][1] not in _TRADE_NAME_FLAGS:
        return None
    for k in range(2, min(len(tags), 2 + _FIRM_WORDS)):
        word, flag = tags[k]
        if word.endswith(_org_endings()):
            return "".join(w for w, _ in tags[: k + 1])
        if flag not in _NP_FLAGS:
            return None
    return None


@lru_cache(maxsize=1)
def _org_endings() -> tuple[str, ...]:
    return read_words("org_endings.txt")


def _named_work(words: list[tuple[str, str]]) -> bool:
    """Whether a name read before its unit word ends in the work done to a thing it names (某某医院|建设 of 某某医院
    建设项目, 某某路|改造 of 某某路改造工程): a verb right after a noun, which is part of the name, not its predicate.

    >>> _named_work([("在", "p"), ("青禾医院", "nz"), ("建设", "vn")]), _named_work([("实施", "v"), ("建设", "vn")])
    (True, False)
    """
    return len(words) >= 2 and words[-1][1] in ("v", "vn") and words[-2][1] in _NAME_NOUNS


_NAME_NOUNS = frozenset(("n", "ns", "nz", "nr", "nt", "j"))
_AFTER_CUTS = re.compile("[" + re.escape(_CLAUSE_MARKS) + "、的]")
_AFTER_STOPS = frozenset(("p", "d", "ad", "c", "u", "uj", "ul", "r", "m"))


def _name_printed_from(t: str, start: int) -> str:
    """The words a unit's name printed at `start` may be: up to a clause mark, 、 or 的 (`_NAME_LONGEST` characters
    at most), and then up to the first preposition, adverb, conjunction, particle, pronoun or numeral (某某产业园项目由某公司投资:
    the name ends before 由). Callers judge whether it is a name.

    >>> _name_printed_from("的青禾古城项目由某公司投资，", 1)
    '青禾古城项目'
    """
    cut = _AFTER_CUTS.search(t, start)
    rest = t[start : cut.start() if cut else len(t)][:_NAME_LONGEST]
    return "".join(w for w, _ in itertools.takewhile(lambda wf: wf[1] not in _AFTER_STOPS, pos_tags(rest)))


def unit_named_after(t: str, end: int) -> str | None:
    """总投资60亿元的某某古城项目开工 → 某某古城项目: the one named firm, project, scenic spot, cooperative or
    festival (data/named_after_endings.txt) a figure ending at `end` is printed to describe, by 的 right after it;
    None when 的 does not follow, the unit is bare or the county's (的项目, 的全县项目), or a count follows in the
    clause (年产值超亿元的龙头企业12家: a class counted, no one unit).

    >>> unit_named_after("总投资60亿元的青禾古城项目开工", 7), unit_named_after("总投资60亿元的项目开工", 7)
    ('青禾古城项目', None)
    """
    if not t.startswith("的", end):
        return None
    clause = _CLAUSE_MARK.search(t, end + 1)
    if any(ch.isdigit() for ch in t[end + 1 : clause.start() if clause else len(t)]):
        return None
    rest = _name_printed_from(t, end + 1)
    endings = named_endings()
    opening = _not_name_openings()
    for k in range(len(rest), 2, -1):
        ending = next((e for e in endings if rest[:k].endswith(e)), None)
        if ending and k - len(ending) >= 2 and not rest.startswith(opening) and _HAN_NAME.fullmatch(rest[:k]):
            return rest[:k]
    return None


def named_opening(clause: str) -> str | None:
    """青禾废旧电池循环利用项目由某公司承建 → 青禾废旧电池循环利用项目: a clause opening with the full name of one
    project, firm, scenic spot, cooperative or event (see named_endings), printed up to a preposition,
    adverb or clause mark, names the one unit whose figures its sentence goes on to give; None when the name is short
    or names a class (重点项目, 新开工项目: data/class_qualifiers.txt), opens with a verb or the county's word
    (推进某某项目, 全县…项目), or is counted or listed (某某项目等5个项目).

    >>> named_opening("青禾废旧电池循环利用项目由某公司承建"), named_opening("新开工项目由各镇街承建")
    ('青禾废旧电池循环利用项目', None)
    >>> named_opening("泗水县青禾古村落保护开发项目总投资"), named_opening("全县重点项目完成投资"), named_opening("加快推进青禾废旧电池循环利用项目")
    ('泗水县青禾古村落保护开发项目', None, None)
    >>> named_opening("泗水县投资合作推介会在某地举行")  # an event's name may tell what it does, after its place
    '泗水县投资合作推介会'
    >>> named_opening("青禾智能装备制造项目是省级重大项目")
    '青禾智能装备制造项目'
    """
    text = strip_leads(clause)
    rest = _name_printed_from(text, 0).split(_IS, 1)[0]  # 某某项目是省级重大项目: what it is said to be is no part of it
    if not _named_endings().search(rest):
        return None  # no ending printed: no name (most clauses), without trying each length of `rest`
    endings = named_endings()
    k = next((k for k in range(len(rest), 2, -1) if rest[:k].endswith(endings)), 0)
    name = rest[:k]
    ending = next((e for e in endings if name.endswith(e)), "")
    core = unit_core(name)
    core = core[: len(core) - len(ending)]
    act = _tells_an_act(core) and (ending not in _event_endings() or _tells_an_act(name[: len(name) - len(ending)]))
    if len(core) < _NAME_MIN or not _DOTTED_NAME.fullmatch(name) or act:
        return None
    opening = _not_name_openings() + read_words("first_person_words.txt")
    if name.startswith(opening) or any(w in core for w in read_words("class_qualifiers.txt")):
        return None
    return None if _LISTED_AFTER.match(text, k) else name


@lru_cache(maxsize=1)
def _named_endings() -> re.Pattern[str]:
    """Any ending of named_endings(), printed anywhere: a text printing none names no unit by it.

    >>> bool(_named_endings().search("青禾古村落保护开发项目")), bool(_named_endings().search("完成投资"))
    (True, False)
    """
    return re.compile(alternation_of(named_endings()))


@lru_cache(maxsize=1)
def named_endings() -> tuple[str, ...]:
    """The endings of one named firm, project, scenic spot or cooperative (data/named_after_endings.txt) and of one
    named event (data/event_endings.txt).

    >>> "项目" in named_endings(), "论坛" in named_endings()
    (True, True)
    """
    return read_words("named_after_endings.txt") + _event_endings()


@lru_cache(maxsize=1)
def _event_endings() -> tuple[str, ...]:
    return read_words("event_endings.txt")


_ACT_FLAGS = ("d", "p", "c")  # 大力实施…工程, 通过…: words of an act, never of a name


def _tells_an_act(name: str) -> bool:
    """Whether the words before a unit's ending tell an act rather than name the unit (加快推进青禾古城 of …项目, 当地
    引导各村组建 of …合作社): an adverb, preposition or conjunction among them, or a verb not right after a noun
    (or a verb after one): the work a name tells of follows the thing worked on (青禾古村落保护开发, 某某医院建设).

    >>> _tells_an_act("加快推进青禾古城"), _tells_an_act("青禾古村落保护开发"), _tells_an_act("青禾废旧电池循环利用")
    (True, False, False)
    """
    after_noun = False
    for _, flag in pos_tags(name):
        if flag.startswith(_ACT_FLAGS) or flag.startswith("v") and not after_noun:
            return True
        after_noun = flag in _NAME_NOUNS or flag.startswith(("v", "f"))  # 电池前端拆解: a place word goes on
    return False


_VILLAGE_END = "村"
_VILLAGE = re.compile(rf"([\u4e00-\u9fff]{{2,3}}){_VILLAGE_END}(?![民庄落级])")
_COMMON = 100  # jieba's dictionary frequency above which a word is a common word, no village's name (贫困, 农村)
_NOT_NAMES = ("全", "各", "每", "该", "本", "这")
# After a town the gazetteer lists (某镇白云村), a word as common as this may still be its village's name (贫困, 示范,
# 美丽 are commoner: 某镇贫困村 names no village).
_COMMON_AFTER_TOWN = 600


def village_opening(clause: str) -> str | None:
    """青石寨村依托当地… → 青石寨村: a clause opening with a village's name (two or three characters before 村, after the
    town's name when printed, that make no common word: 贫困村, and 农村 or 乡村 no village) speaks of that village;
    None otherwise, or when the village is counted or listed (某某村等5个村).

    >>> village_opening("某镇青石寨村依托当地优势"), village_opening("美丽乡村建设"), village_opening("共建设村部")
    ('青石寨村', None, None)
    """
    if _VILLAGE_END not in clause:
        return None  # most clauses print no 村: no village opens them
    text = strip_leads(clause)
    listed_town = leading_town(text)
    text = text[len(listed_town) :]
    found = _VILLAGE.match(text)
    if found is None and (town := re.match(r"[\u4e00-\u9fff]{1,4}(?:[镇乡]|街道)", text)):
        found = _VILLAGE.match(text, town.end())  # 某镇青石寨村: a town the gazetteer does not list
    name = found.group(1) if found else ""
    common = _COMMON_AFTER_TOWN if listed_town.endswith(("镇", "乡")) else _COMMON  # 某镇白云村: a town's village
    if not name or word_freq(name) > common or word_freq(name[-1] + "村") > _COMMON or name.startswith(_NOT_NAMES):
        return None
    if _tells_an_act(name):
        return None  # 共建设村部: an act, no village's name
    return None if _LISTED_AFTER.match(text, found.end()) else name + "村"


_LISTED_NAME = r"[\u4e00-\u9fff]{2,12}"


@lru_cache(maxsize=1)
def _listed_units() -> re.Pattern[str]:
    """A list of named units closed by 等 and their kind (青山、白水等景区), opening a clause or after what defines them
    (列入监测的…)."""
    return re.compile(rf"(?:^[^，,。；;：:]{{0,30}}?的|^在?)({_LISTED_NAME})(?:、{_LISTED_NAME})+等"
                      rf"({longest_first(_unit_endings())})(?![内中的])")


def listed_units(clause: str) -> str | None:
    """列入监测的青山、白水、金沙湾等景区 → 青山等景区: a clause opening with a list of named units closed by 等 and
    their kind (data/sub_units.txt), maybe after what defines them (列入…的) or 在, speaks of those units: their
    figures are theirs, not the county's, and are labelled with the first of them; None otherwise (全县景区, 各景区,
    or the units inside what the list names: …等示范区内).

    >>> listed_units("列入监测的青山、白水、金沙湾等景区"), listed_units("在青山、白水等村种植"), listed_units("全县景区")
    ('青山等景区', '青山等村', None)
    >>> listed_units("青山、白水等示范区内主要景区共接待游客")  # the spots of a zone the sentence is about
    
    """
    found = _listed_units().match(clause)
    if found is None or found.group(1).startswith(_not_name_openings()):
        return None
    return found.group(1) + "等" + found.group(2)


_WE = ("我们", "咱们", "俺们")


def quoted_firm(t: str, pos: int, lo: int = 0) -> str | None:
    """“这一年，我们接的单子增长了20%。”王某说: a figure inside a quotation that speaks as 我们, whose speaker is a firm's
    person (data/firm_roles.txt: 青禾鞋业总经理王某, named before it from `lo` on) or who speaks for a firm (青禾公司负责人
    王某介绍：“…), is that firm's; None when the figure is not so quoted or no such speaker is named.

    >>> t = "记者见到了青禾鞋业总经理王某。“这一年，我们接的单子增长了20%。”王某说。"
    >>> quoted_firm(t, t.index("20")), quoted_firm("“我们全县增速为20%。”王某说。", 9)
    ('青禾鞋业', None)
    """
    opened = t.rfind("“", max(lo, pos - SUBJECT_REACH), pos)  # (a list of thousands of figures: each looks so far)
    if opened < 0 or "”" in t[opened:pos] or not any(w in t[opened:pos] for w in _WE):
        return None
    before = t[max(lo, opened - _NAME_REACH // 3) : opened].rstrip("：:，, ")
    clause = before[max(before.rfind(ch) for ch in _CLAUSE_MARKS) + 1 :]
    if _tells(clause) and (found := clause_opening_subject(clause)) and found.endswith(_firm_words()):
        return found  # 青禾公司负责人王某介绍道：“…
    closed = t.find("”", pos)
    before = t[max(0, opened - _SPEAKER_REACH) : opened]
    return (_firm_speaking_after(t, closed + 1) or _firm_of(before, t[closed + 1 : closed + 1 + _SPEAKER])) if closed >= 0 else None


def _firm_speaking_after(t: str, start: int) -> str | None:
    """The firm whose person is printed with it right after a quotation, telling (“…”青禾鞋业有限公司董事长王某介绍 →
    青禾鞋业有限公司); None when the clause after the quotation names no firm so.

    >>> t = "“我们年产鞋20万双。”青禾鞋业有限公司董事长王某介绍，公司…"
    >>> _firm_speaking_after(t, 12), _firm_speaking_after("“…”王某说。", 3)
    ('青禾鞋业有限公司', None)
    """
    mark = _CLAUSE_MARK.search(t, start, start + _OPENING)
    clause = t[start : mark.start() if mark else start + _OPENING]
    found = clause_opening_subject(clause) if _tells(clause) else None
    return found if found and found.endswith(_firm_words()) else None


_SPEAKER_REACH = 1500  # characters before a quotation searched for its speaker printed with a firm and a role
_SPEAKER = 2  # characters of a speaker's name printed after a quotation that tell who it is (surname and one more)


def _firm_of(text: str, speaker: str) -> str | None:
    """The firm the speaker (the first characters of their name) is printed with, by a role, last in `text`
    (记者见到了青禾鞋业总经理王某 → 青禾鞋业 for 王某); None when no one so printed is the speaker."""
    roles = alternation_of(read_words("firm_roles.txt"))
    found = [m for m in re.finditer(rf"([\u4e00-\u9fff]{{2,12}}?)(?:{roles})([\u4e00-\u9fff]{{2,3}})", text)
             if len(speaker) == _SPEAKER and m.group(2).startswith(speaker)]
    firm = _name_before(found[-1].group(1), 2) if found else None
    return firm if firm and not firm.startswith(_not_name_openings()) else None


_WHOLE_PLACE = re.compile(r"^全(村|镇|乡|社区)")


def whole_place(t: str, label: str, pos: int) -> str | None:
    """王家口村位于某镇，全村有110户、面积2440亩 → 王家口村: the village (town) a label opening with 全村 (全镇,
    全乡) speaks of, the one named last before `pos` in its paragraph; None when the label opens otherwise or
    none is named.

    >>> whole_place("杨庄村位于某镇，全村面积2440亩", "全村面积", 12), whole_place("全县面积2440亩", "全县面积", 4)
    ('杨庄村', None)
    """
    opening = _WHOLE_PLACE.match(label)
    return place_named_before(t, opening.group(1), pos) if opening else None


def place_named_before(t: str, ending: str, pos: int) -> str | None:
    """The village (town) named last before `pos` in its paragraph, by its name and `ending` (村, 镇): 说起杨楼村，人人称赞 →
    杨楼村; None when none is (村民, 动员村民: no name before the ending).

    >>> place_named_before("说起杨楼村，人人动员村民", "村", 12), place_named_before("动员村民", "村", 4)
    ('杨楼村', None)
    """
    lo = max(0, pos - _NAME_REACH, t.rfind("\n", 0, pos) + 1)
    k = t.rfind(ending, lo, pos)
    while k > lo:
        seg = t[max(lo, k - 4) : k]
        name = _after_verb(seg[max(seg.rfind(ch) for ch in _PLACE_CUTS) + 1 :])
        word = not t.startswith(_NOT_A_PLACE_AFTER, k + len(ending))  # 村民, 村级: a word of villages, no village
        if word and len(name) >= 2 and _HAN_NAME.fullmatch(name) and not name.startswith(("全", "该", "本", "每", "各")) \
                and not any(flag == "m" or flag.startswith("v") for _, flag in pos_tags(name)):  # 第一村, 动员村民
            return _town_names().suffix(name + ending) or name + ending  # 方兴未艾|某某镇: the listed town
        k = t.rfind(ending, lo, k)
    return None


_NOT_A_PLACE_AFTER = ("民", "庄", "落", "级", "里")


def _after_verb(name: str) -> str:
    """人问杨庄 → 杨庄: the words of a village's name after the last verb, pronoun or adverb before it (如果有人问
    杨庄村…: who asks is no part of the name).

    >>> _after_verb("人问杨庄"), _after_verb("杨庄")
    ('杨庄', '杨庄')
    """
    words = list(pos_tags(name))
    start = max((i + 1 for i, (_, f) in enumerate(words) if f.startswith("v") or f in ("r", "p", "c", "d")), default=0)
    return "".join(w for w, _ in words[start:])


def whole_place_rest(label: str) -> str:
    """全村耕地 → 耕地: a label without the 全村 (全镇, 全乡) it opens with.

    >>> whole_place_rest("全村耕地"), whole_place_rest("耕地")
    ('耕地', '耕地')
    """
    return _WHOLE_PLACE.sub("", label, count=1)


_PLACE_CUTS = _CLAUSE_MARKS + "、的在于是和与及县镇乡市区“”"  # what may stand before a village's name (某镇杨庄村, ”杨庄村)
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]+")  # 某某湾·某某村项目: a name may join its parts by ·


_DATELINE = re.compile(r"\s*本报[\u4e00-\u9fff]{0,8}讯(?:（[^）]{0,20}）)?")


def article_unit(heading: str, text: str) -> str | None:
    """The unit inside a county an article is about, when its headline or the first clause of its lead opens
    with one (邹城经济开发区坚定不移抓建设; 本报邹城讯开发区坚持…): its sentences that name no subject of their
    own speak of that unit. None when they open with the county or with no place.

    >>> article_unit("某某经济开发区力争开门红", "全区完成投资5亿元。"), article_unit("泗水县新开工项目12个", "")
    ('某某经济开发区', None)
    """
    return article_subject(heading, text) or None


def article_subject(heading: str, text: str) -> str | None:
    """What an article is about, read from the opening of its headline, else of the first clause of its lead:
    COUNTY for the county or city (泗水县新开工项目12个), a unit inside one (某某经济开发区力争开门红), None when
    neither opens with a place. Its sentences that name no subject of their own speak of it.

    >>> article_subject("泗水县新开工项目12个", ""), article_subject("", "本报讯 某某景区迎来客流高峰"), article_subject("春耕忙", "")
    ('', '某某景区', None)
    >>> article_subject("多措并举 泗水县狠抓项目建设", "")  # a kicker, then the headline
    ''
    """
    lead = _DATELINE.sub("", text[:200], count=1)
    end = next((k for k, ch in enumerate(lead) if ch in _CLAUSE_MARKS), len(lead))
    for opening in [*heading.split(), lead[:end]]:  # the kicker, headline and subheadline, then the lead
        found = clause_opening_subject(opening)
        if found is not None and not names_a_person(found):  # (村民王某…: a person is a paragraph's topic at most)
            return _village_of_town(_fuller_in_lead(found, lead), lead[:end])
    return None


def _fuller_in_lead(found: str, lead: str) -> str:
    """The unit a headline names bare (党支部领办合作社) as the lead's first clause names it in full (某镇青石寨村党支部
    领办合作社…): the full name, which tells which one; `found` when the lead names it no fuller.

    >>> _fuller_in_lead("党支部领办合作社", "6月9日，泗水县泉林镇白云村党支部领办合作社小麦开镰"), _fuller_in_lead("", "泗水县白云村合作社")
    ('泗水县泉林镇白云村党支部领办合作社', '')
    """
    lead = lead[m.end() :] if (m := _LEAD_DAY.match(lead.lstrip())) else lead.lstrip()  # 6月10日，… : its day left out
    clause = _CLAUSE_MARK.split(lead, maxsplit=1)[0]
    full = subject_of(opening_phrase(clause)) if found and found != clause else None
    return full if full and len(full) > len(found) and full.endswith(found) else found


def _village_of_town(town: str, lead: str) -> str:
    """The unit a clause or an article is about when it names a town and the clause (the lead's first) opens with
    that town's village (金乡县某镇 in the headline, 金乡县某镇青石寨村… opening the lead): that village; else the unit
    found.

    >>> _village_of_town("金乡县鸡黍镇", "金乡县鸡黍镇青石寨村整治荒地"), _village_of_town("金乡县鸡黍镇", "全镇整治荒地")
    ('青石寨村', '金乡县鸡黍镇')
    """
    village = village_opening(lead) if town and leading_town(town) == town and strip_leads(lead).startswith(town) else None
    return village or town



_LEAD_DAY = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?[，,]?")  # 7月22日上午，… of a lead
_COUNTED_BATCH = re.compile(r"[\d一二两三四五六七八九十百千]+[个项批家座所]")  # 经开区8个项目签约: a batch, no one thing
_EDITION = re.compile(r"(?:\d{4}年?|第[\d一二三四五六七八九十]+届)+")  # 2019年…推介会, 第二届…节: which one, no part of the name
_LEAD_SENTENCES = 2  # sentences of a lead read for the event it reports (a scene may come first)


def article_thing(heading: str, text: str) -> str | None:
    """The one project, firm, park or event an article is about (see named_opening), when a part of its headline
    (kicker, headline, subheadline) opens with its full name, or the first clause of one of the lead's first sentences
    does, after the dateline and the day, and reports it held or begun (data/event_verbs.txt: 举行, 开工): its figures
    that name no subject and no county of their own are that thing's. None when none does, or the headline counts a
    batch (某县8个项目签约).

    >>> article_thing("泗水县青禾冷链装备制造项目开工", "6月3日，该项目开工仪式举行。")
    '泗水县青禾冷链装备制造项目'
    >>> article_thing("金秋话丰收", "本报讯 秋高气爽。9月8日上午，青禾农产品推介会在上海举行。"), article_thing("泗水县6个项目签约", "")
    ('青禾农产品推介会', None)
    >>> article_thing("2021青禾（泗水）樱桃节推介发布会今日召开", "")  # a year with no 年, a place in brackets
    '青禾樱桃节推介发布会'
    """
    if _COUNTED_BATCH.search(heading):
        return None
    parts = re.split(r"[\s，,：:！!]+", heading)
    for sentence in _SENTENCE_MARK.split(_DATELINE.sub("", text[:300], count=1).lstrip())[:_LEAD_SENTENCES]:
        sentence = sentence[m.end() :] if (m := _LEAD_DAY.match(sentence)) else sentence
        clause = _CLAUSE_MARK.split(sentence, maxsplit=1)[0]
        parts += [clause] if _held_verbs().search(clause) or _edition_event(clause) else []
    return next((name for part in parts if part and (name := _one_name(part))), None)


def _one_name(part: str) -> str | None:
    """named_opening of a headline's part or a lead's clause after the year or edition it opens with (2019年, 第二届),
    or the event an edition opens (see _edition_event), unless the name tells a time (今年某某区继续实施…工程: an act of
    the year, no one thing; an event's season after its first word, 某某中秋晚会, is its name's)."""
    part = _ASIDE.sub("", part)  # 青禾（某县）樱桃节: the place in brackets is no part of the name as read
    name = named_opening(part[m.end() :] if (m := _EDITION.match(part)) else part) or _edition_event(part)
    if not name:
        return None
    flags = [flag for _, flag in pos_tags(name)]
    event = name.endswith(_event_endings() + (_FESTIVAL,))
    return None if "t" in (flags[:1] if event else flags) else name


_FESTIVAL = "节"


def _edition_event(part: str) -> str | None:
    """第五届青禾论坛26日开幕 → 青禾论坛: the event an edition (第五届) or a year (2018年) opens a part with, named up to a
    numeral, preposition or clause mark and ending in an event's ending (data/event_endings.txt), or in 节 after an
    edition: a counted edition names an event however short its name (青禾论坛, 青禾虾节) and however it is reported
    (拉开帷幕); None when no edition opens the part or no such name follows it.

    >>> _edition_event("第五届青禾论坛26日在某地开幕"), _edition_event("第二届中国·青禾樱桃节在南湖广场拉开帷幕")
    ('青禾论坛', '中国·青禾樱桃节')
    >>> _edition_event("2018年青禾项目完成投资"), _edition_event("青禾论坛开幕")
    (None, None)
    """
    edition = _EDITION.match(part)
    if not edition:
        return None
    printed = _name_printed_from(part, edition.end())
    endings = _event_endings() + ((_FESTIVAL,) if "届" in edition.group() else ())
    k = next((k for k in range(len(printed), 2, -1) if printed[:k].endswith(endings)), 0)  # (节在: one word to jieba)
    name = printed[:k]
    ending = next((e for e in endings if name.endswith(e)), None)
    if ending is None or len(name) - len(ending) < 2 or not _DOTTED_NAME.fullmatch(name):
        return None
    return None if name.startswith(_not_name_openings()) else name


_SENTENCE_MARK = re.compile("[。！？!?\n]")


@lru_cache(maxsize=1)
def _held_verbs() -> re.Pattern[str]:
    return re.compile(alternation_of(read_words("event_verbs.txt")))
