"""Officials and other named people in article text.

An official is a name printed right after a chain of titles (市委副书记、市长于永生). The chain is read
head by head: a head comes from data/titles.txt (书记, 市长, 局长 …) and the organisation is whatever is
printed before it (市工业和信息化局 + 党组书记). A name is a known surname plus one or two characters, and
its length is decided by what follows it (出席, 主持, 等, 、 …). No part-of-speech tagging: it is slow and
labels titles as names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from jdash.confidence import BARE_DISCOUNT, LEADER_CONFIDENCE, official_confidence
from jdash.datafiles import alternation_of, read_keyed_words, read_lines, read_words
from jdash.gazetteer import aliases, canonical_county, find_counties, places
from jdash.model import OfficialMention, PersonMention
from jdash.parse.lexicon import longest_first
from jdash.parse.text import literal_starts

LEVELS = ("other", "county", "city", "province", "national")  # most junior first
_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}

_CJK = re.compile(r"[\u4e00-\u9fff]")
_ORG_MAX = 25
# Heads that begin with a place character: they need a clean left edge (江阴市长泾镇 is a town, not a 市长).
_PLACE_HEADS = {"市长", "县长", "区长", "镇长", "乡长", "省长"}
_PLACE_SUFFIX = set("市县区镇乡省")
_PUNCT_STRONG = set("，。、；：！？,.;:!?“”\"'‘’（）()《》【】[]「」 \t\n—-…·／/")
_FOREIGN = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8})+")
# A candidate whose first two characters are this common a word is a word, not a name (关于深入, 项目化),
# unless a verb such as 主持 clearly closes it.
_WORD_FREQ = 1000
_RARE_WORD = 20
_HEAD_WORD_FREQ = 100  # 主席台 (442): a head that, with the next character, is this common a word is no title
_COMMON_SURNAMES = 100  # the most common surnames: a name starting with one may start with a word (王国强)


@lru_cache(maxsize=None)
def _chars(name: str) -> frozenset[str]:
    """The characters of a character-list data file (org_stop_chars.txt …)."""
    return frozenset("".join(read_words(name)))


@dataclass(frozen=True)
class Head:
    """A title head from titles.txt."""

    text: str
    kind: str  # official | person
    level: str | None


@dataclass
class _Segment:
    org: str
    head: Head
    start: int
    end: int  # just past the head

    @property
    def title(self) -> str:
        return self.org + self.head.text


@lru_cache(maxsize=1)
def heads() -> dict[str, Head]:
    """Title heads by text."""
    out: dict[str, Head] = {}
    for line in read_lines("titles.txt"):
        parts = line.split("\t")
        if len(parts) < 2:
            parts = line.split()
        text, kind = parts[0], parts[1]
        level = parts[2] if len(parts) > 2 and parts[2] != "-" else None
        out[text] = Head(text, kind, level)
    return out


def title_head_pattern() -> re.Pattern[str]:
    """Every title head of titles.txt, longest first (副市长 before 市长)."""
    return _head_pattern()


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    # The longest head wins (副市长 over 市长, 主任医师 over 主任); one trie, not 158 alternatives at each point.
    return re.compile(longest_first(heads()))


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, two-character surnames)."""
    # Lines marked "# word" are surnames that are mostly common words (全, 党): never a name's start here.
    names = [line.split("#")[0].strip() for line in read_lines("surnames.txt") if "#" not in line]
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@lru_cache(maxsize=1)
def national_leaders() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(name, title, phrases) from national_leaders.txt; phrase "*" means any mention."""
    out = []
    for line in read_lines("national_leaders.txt"):
        parts = line.split("\t") if "\t" in line else line.split()
        name, title, phrases = parts[0], parts[1], tuple(p for p in parts[2].split(";") if p)
        out.append((name, title, phrases))
    return tuple(out)


_WRAP = re.compile(r"\n(?<=\S\n)(?=\S)")  # (?<=\S)\n(?=\S), opening with the line break `re` looks for quickly


def unwrap(text: str) -> str:
    """Undo line wrapping: drop single newlines between printed characters, keep paragraph breaks."""
    text = text.replace("\r\n", "\n").replace("\u3000", " ")
    return _WRAP.sub("", text)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _strength(text: str, j: int) -> int:
    """How surely a name ends at j: 3 punctuation/end, 2 a verb like 出席, 1 a particle like 在, 0 none."""
    if j >= len(text):
        return 3
    ch = text[j]
    if ch in _PUNCT_STRONG or ch.isdigit() or ch.isspace():
        return 3
    if text.startswith(read_words("official_name_enders.txt"), j) or _delivers_speech(text, j):
        return 2
    if ch in _chars("name_weak_enders.txt") or _comes_to_a_place(text, j):
        return 1
    return 0


_DELIVER = ("作", "致")  # 作报告, 致欢迎辞: the verbs of what an official delivers
_DELIVERED_REACH = 4  # 作动员讲话, 作政府工作报告: the characters that may stand between 作 and what is delivered


def _delivers_speech(text: str, j: int) -> bool:
    """县长李某作报告, 主任张某作动员讲话, 区长王某作《政府工作报告》, 县长王某某致欢迎辞: 作 or 致 at j followed by a
    title in 《》 or, within a few characters that hold no other such verb, by a speech word
    (data/delivered_speech_words.txt) is the verb the name before it does, so it closes that name surely (a
    three-character name the segmenter glues to 致 is no name of two); 县长李作出席 (a name ending in 作, then a
    verb) is left to the other enders.

    >>> _delivers_speech("张某作动员讲话", 2), _delivers_speech("王某作《政府工作报告》", 2), _delivers_speech("李作出席", 1)
    (True, True, False)
    >>> _delivers_speech("王立作作报告", 2), _delivers_speech("王立作作报告", 3), _delivers_speech("钟立平致欢迎辞", 3)
    (False, True, True)
    """
    if not text.startswith(_DELIVER, j):
        return False
    if text.startswith("《", j + 1):
        return True
    words = read_words("delivered_speech_words.txt")
    for k in range(j + 1, min(j + 2 + _DELIVERED_REACH, len(text))):
        if text.startswith(words, k):
            return True
        if not _is_cjk(text[k]) or text[k] in _DELIVER:
            return False
    return False


_COMING = "来"
_OWN_PLACE_OPENERS = ("济", "我")  # 来济宁, 来济调研, 来我市, 来我县


def _comes_to_a_place(text: str, j: int) -> bool:
    """某某来曲阜考察, 某某来我市调研, 某某来泗调研: 来 followed by the city (济, 我市), one of its places, or a
    place's one-character name and an inspection word (data/inspection_words.txt) closes the name before it weakly,
    as 到 does; 远道而来 (no place after it) does not.

    >>> _comes_to_a_place("王某来曲阜考察", 2), _comes_to_a_place("王某来我县", 2), _comes_to_a_place("王某来泗调研", 2)
    (True, True, True)
    >>> _comes_to_a_place("远道而来，", 3)
    False
    """
    return text.startswith(_COMING, j) and (text.startswith(_OWN_PLACE_OPENERS, j + 1)
                                            or text.startswith(_place_aliases(), j + 1)
                                            or text.startswith(read_words("inspection_words.txt"), j + 2))


def _valid_name(name: str, surname_len: int) -> bool:
    if not all(_is_cjk(c) for c in name):
        return False
    given = name[surname_len:]
    if not given or given[0] in _chars("not_given_first_chars.txt") or name[-1] in _chars("not_name_end_chars.txt"):
        return False
    if given.startswith(read_words("not_given_first_words.txt")):
        return False
    return not given.startswith(read_words("address_forms.txt"))


def _foreign(text: str, i: int) -> tuple[str, int] | None:
    """A transliterated name (尤里·先科), its last part cut where a verb follows (尤里·先科一行)."""
    m = _FOREIGN.match(text, i)
    if not m:
        return None
    last_dot = max(m.group().rfind(c) for c in "·•・") + i
    for end in range(last_dot + 2, m.end() + 1):
        if _strength(text, end) >= 2:
            return text[i:end], 3
    return m.group(), 3


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    """The most common surnames (surnames.txt is ordered by frequency)."""
    names = [line.split("#")[0].strip() for line in read_lines("surnames.txt") if "#" not in line]
    return frozenset(n for n in names[:_COMMON_SURNAMES] if len(n) == 1)


def _name_despite_word(cand: str, strength: int) -> bool:
    """王国强及市委常委, 王国强、: a three-character name whose first two characters are a word (王国) is still a
    name when something closes it and its surname is common; 项目化、 (项目 far commoner, 项 a rare
    surname) is not."""
    from jdash.nlp import word_freq

    return (len(cand) == 3 and strength >= 1 and cand[0] in _common_surnames()
            and word_freq(cand[:2]) < _WORD_FREQ * 5 and word_freq(cand) < _RARE_WORD)


def _tagged_name_closed(cand: str, strength: int) -> bool:
    """县长高峰，县委常委…: a two-character word that the tagger itself reads as a person's name (nr), with a
    common surname and closed by punctuation after a title, is a name; 高度重视 (n, and not closed) is not."""
    from jdash.nlp import tag as pos_tags

    if len(cand) != 2 or strength != 3 or cand[0] not in _common_surnames():
        return False  # decided without the tagger (its HMM costs milliseconds for a word it has not seen)
    tags = pos_tags(cand)
    return len(tags) == 1 and tags[0][1] == "nr"


def _wordlike(cand: str, strength: int) -> bool:
    from jdash.nlp import tag as pos_tags, word_freq

    if _tagged_name_closed(cand, strength):
        return False
    if strength != 2 and word_freq(cand[:2]) >= _WORD_FREQ and not _name_despite_word(cand, strength):
        return True
    closed_rare = word_freq(cand) < _RARE_WORD and (strength == 2 or (strength == 3 and not _verb_word(cand)))
    if len(cand) == 2 and not closed_rare:
        # 县级领导包保: a two-character verb that happens to start with a surname (but 局长万峰介绍, 省长助理周齐，:
        # a word jieba barely knows, closed by a verb of speech or by punctuation and no verb, is a name)
        tags = pos_tags(cand)
        return len(tags) == 1 and not tags[0][1].startswith("n")
    return False


def _name_lengths(text: str, i: int) -> tuple[tuple[int, ...], int] | None:
    """(possible name lengths, surname length) of a name starting at text[i]: 欧阳 → (3, 4), 2; 王 → (2, 3), 1;
    a surname missing from the list (仉志远告诉记者) → (3,), 1 only when a verb closes three characters."""
    single, double = surnames()
    if text[i : i + 2] in double:
        return (3, 4), 2
    if text[i : i + 1] in single:
        return (2, 3), 1
    if (_is_cjk(text[i : i + 1]) and text[i] not in _chars("not_surname_chars.txt") and _strength(text, i + 2) < 2
            and (_strength(text, i + 3) == 2 or _unlisted_surname_closed(text[i : i + 3], _strength(text, i + 3)))
            and not _opens_with_verb(text[i : i + 3])):
        return (3,), 1
    return None


def _opens_with_verb(cand: str) -> bool:
    """副局长出席并讲话: three characters whose surname is not listed and whose first two the tagger reads as one
    verb (出席) are what the person did, not a name closed by the verb after them.

    >>> _opens_with_verb("出席并"), _opens_with_verb("仉志远")
    (True, False)
    """
    from jdash.nlp import tag as pos_tags

    tags = pos_tags(cand)
    return bool(tags) and len(tags[0][0]) == 2 and tags[0][1].startswith("v")


def _unlisted_surname_closed(cand: str, strength: int) -> bool:
    """副县长蒯海涛，: three characters closed by punctuation whose surname is missing from the list are a
    name when the tagger reads them as names only (蒯/nr 海涛/nr); 讲话时， (a noun and more) is not.

    >>> _unlisted_surname_closed("蒯海涛", 3), _unlisted_surname_closed("讲话时", 3)
    (True, False)
    """
    from jdash.nlp import tag as pos_tags

    if strength != 3 or not all(_is_cjk(c) for c in cand):
        return False
    return all(t.startswith("nr") for _, t in pos_tags(cand))


def _no_given_name(text: str, i: int, slen: int) -> bool:
    """任书记, 孙先生 (a title or an address form after the surname), 来高新区 (a place), 省长来济调研 (a verb of
    coming to the city: data/city_visit_words.txt): no name here."""
    after_surname = text[i + slen : i + slen + 6]
    if after_surname.startswith(read_words("address_forms.txt")) or _head_pattern().match(after_surname):
        return True
    if text.startswith(read_words("city_visit_words.txt"), i):
        return True
    return after_surname.startswith(_place_aliases()) or text.startswith(_place_aliases(), i)


def _verb_word(cand: str) -> bool:
    """市级领导包保、专班推进: a candidate the tagger reads as one verb (包保) opens no list of names.

    >>> _verb_word("包保"), _verb_word("高峰")
    (True, False)
    """
    from jdash.nlp import tag as pos_tags

    tags = pos_tags(cand)
    return len(tags) == 1 and tags[0][1] == "v"


def _name_options(text: str, i: int, lengths: tuple[int, ...], slen: int, listed_anyway: bool, group: bool):
    """(strength, prefer longer, name) for each length that makes a valid name at text[i]."""
    options: list[tuple[int, int, str]] = []
    for n in lengths:
        cand = text[i : i + n]
        if len(cand) < n or not _valid_name(cand, slen):
            continue
        strength = _strength(text, i + n) or _closed_by_time_word(text, i + n) or _ends_on_adverb_before_noun(text, i + n)
        if _last_goes_on(text, i + n, strength):
            continue
        if _event_name(cand) or (strength < 2 and (_word_after_rare_surname(cand, slen)
                                                   or _given_runs_on(text, i + slen, i + n))):
            continue
        listed = listed_anyway or (group and text[i + n : i + n + 1] == "、" and not _verb_word(cand))
        if listed or not _wordlike(cand, strength):
            options.append((strength, 1 if n == lengths[-1] else 0, cand))
    return options


def _last_goes_on(text: str, j: int, strength: int) -> bool:
    """李华会上, 王五会同, 张三所在: a would-be name's last character (text[j - 1]) goes with what follows, as a body's
    last character that nothing closes or that makes a word with the next; 张某作动员讲话: 作 is the verb
    (`_delivers_speech`), not the name's last character.

    >>> _last_goes_on("王五会同有关部门", 3, 0), _last_goes_on("张某作动员讲话", 3, 2), _last_goes_on("李作出席", 2, 2)
    (True, True, False)
    """
    last = text[j - 1]
    if last in _chars("body_end_chars.txt") and (strength < 1 or _joins_next(text, j)):
        return True
    return last in _DELIVER and _delivers_speech(text, j - 1)


_NOUN_REACH = 4  # the characters after a name that the tagger reads: a two-character noun and the word after it


def _ends_on_adverb_before_noun(text: str, j: int) -> int:
    """主任王某正记忆深处…: a name whose last character could be an adverb (正, 已: data/name_weak_adverbs.txt) is
    closed weakly (1) when a two-character noun follows that opens a noun phrase, for an adverb stands before a
    verb (王某正主持会议: 王某, then 正主持) or before a noun used as one (李某已全部完成: 全部, then a verb); 0 otherwise.

    >>> _ends_on_adverb_before_noun("王某正记忆深处", 3), _ends_on_adverb_before_noun("王某正主持会议", 3)
    (1, 0)
    >>> _ends_on_adverb_before_noun("李某已全部完成", 3)
    0
    """
    from jdash.nlp import tag

    if not 0 < j < len(text) or text[j - 1] not in _chars("name_weak_adverbs.txt"):
        return 0
    after = tag(text[j : j + _NOUN_REACH])
    noun = bool(after) and len(after[0][0]) == 2 and after[0][1].startswith("n") and not after[0][1].startswith("nr")
    return 1 if noun and (len(after) == 1 or not after[1][1].startswith(("v", "d"))) else 0


def _closed_by_time_word(text: str, j: int) -> int:
    """县长李华今天来到…, 县委书记张明春节将至…: a common word of time (`_time_word`) right after a name closes it
    weakly (1), as a particle does; 0 otherwise, and when the name's last character opens such a word itself
    (李明日前来: 日前 is the time word, so 李明日 is no name).

    >>> _closed_by_time_word("李华今天来到", 2), _closed_by_time_word("李华华来到", 2), _closed_by_time_word("李明日前来", 3)
    (1, 0, 0)
    """
    return 1 if _time_word(text[j : j + 2]) and not _time_word(text[j - 1 : j + 1]) else 0


_RARE_SURNAME_RANK = 200  # surnames.txt is ordered by frequency: past this rank a surname is rare (过, 宿, 富)
_GIVEN_WORD_FREQ = 300  # 捕捞 (781): a word this common after a rare surname is that word (引导渔民由捕捞向养殖转)


def _word_after_rare_surname(cand: str, slen: int) -> bool:
    """让市民过一个安心年, 乡村民宿设计: a rare surname (过, 宿) followed by a common word that is no noun and no
    name (一个, 设计) is a word, not a name, when nothing closes it (the caller's test); 副县长过建国 (建国: a
    name's word) stays a name.

    >>> _word_after_rare_surname("过一个", 1), _word_after_rare_surname("由捕捞", 1), _word_after_rare_surname("过建国", 1)
    (True, True, False)
    """
    from jdash.nlp import tag, word_freq
    from jdash.parse.names import surname_ranks

    given = cand[slen:]
    if slen != 1 or surname_ranks().get(cand[0], _RARE_SURNAME_RANK) < _RARE_SURNAME_RANK or word_freq(given) < _GIVEN_WORD_FREQ:
        return False
    tags = tag(given)
    return len(tags) == 1 and not tags[0][1].startswith(("n", "nr", "ns"))


_RUN_ON_WORD_FREQ = 500  # 新华 (549), 新华网 (1079): a word this common is what the characters are


def _given_runs_on(text: str, start: int, end: int) -> bool:
    """负责人向新华网记者介绍: a would-be given name (text[start:end]) that makes a common word with the character
    after it (新华网; 新 with 华: 新华) is the start of that word, not a name, when nothing closes the name surely
    (the caller's test): 向 is the preposition there.

    >>> _given_runs_on("向新华网记者", 1, 3), _given_runs_on("王建国主持", 1, 3)
    (True, False)
    """
    from jdash.nlp import word_freq

    return end < len(text) and _is_cjk(text[end]) and word_freq(text[start : end + 1]) >= _RUN_ON_WORD_FREQ


_EVENT_WORD_FREQ = 100  # 丰收 (395): a word this common before 节 makes a festival's name


@lru_cache(maxsize=1)
def _event_enders() -> frozenset[str]:
    """The one-character last words of an event's name (节, 赛: data/named_event_words.txt)."""
    return frozenset(w for w in read_words("named_event_words.txt") if len(w) == 1)


def _event_name(cand: str) -> bool:
    """丰收节, 读书节: a common word closed by an event's last word (节, 赛) names a festival or a contest, not a
    person, though its first character is a surname.

    >>> _event_name("丰收节"), _event_name("丰收")
    (True, False)
    """
    from jdash.nlp import word_freq

    return len(cand) >= 3 and cand[-1] in _event_enders() and word_freq(cand[:-1]) >= _EVENT_WORD_FREQ


_JOINED_WORD_FREQ = 500  # a name's last character and the next one this common a word belong together


def _joins_next(text: str, j: int) -> bool:
    """Whether the character before j makes a common word with the one at j (王五会同有关部门: 会同; 张三所在:
    所在), so it opens what follows rather than ending a name.

    >>> _joins_next("王五会同有关部门", 3), _joins_next("田中会率领", 3)
    (True, False)
    """
    from jdash.nlp import word_freq

    return 0 < j < len(text) and word_freq(text[j - 1 : j + 1]) >= _JOINED_WORD_FREQ


def read_name(
    text: str, i: int, min_strength: int = 0, in_list: bool = False, group: bool = False
) -> tuple[str, int] | None:
    """The name starting at text[i], and how surely it ends where it does; None when none fits:
    市长于永生主持 at 于 → (于永生, 2).

    `in_list`: the name is one of a list after a title (市领导高峰、文明、李华): names that read as words
    are accepted there; `group`: the title names a group (市领导), so a 、 after the name opens such a list."""
    foreign = _foreign(text, i)
    if foreign:
        return foreign
    shape = _name_lengths(text, i)
    if shape is None or _no_given_name(text, i, shape[1]):
        return None
    options = _name_options(text, i, *shape, in_list, group)
    if not options:
        return None
    strength, _, name = max(options)
    shorter = next((o for o in options if o[2] == name[:-1]), None)
    if shorter and name[-1] in _chars("name_weak_enders.txt") and _closed_elsewhere(text, shorter[2], i):
        # 马骏在接受采访时说 … 马骏介绍: the particle 在 ends a name printed elsewhere on its own
        strength, _, name = shorter
    elif shorter and shorter[0] == 2 and name[-1] in _one_character_enders():
        # 县委书记李华说。: 说 closes 李华; it does not end a three-character name 李华说
        strength, _, name = shorter
    return (name, strength) if strength >= min_strength else None


@lru_cache(maxsize=1)
def _one_character_enders() -> frozenset[str]:
    """The one-character verbs that close a name surely (说): data/official_name_enders.txt."""
    return frozenset(w for w in read_words("official_name_enders.txt") if len(w) == 1)


def _closed_elsewhere(text: str, name: str, i: int) -> bool:
    """Whether `name` is printed somewhere other than at i with a clear end (a verb such as 介绍, punctuation)."""
    k = text.find(name)
    while k >= 0:
        if k != i and _strength(text, k + len(name)) >= 2:
            return True
        k = text.find(name, k + 1)
    return False


def _org_before(text: str, start: int, floor: int) -> str:
    """The organisation printed right before a head: walk back over CJK characters and brackets."""
    i = start
    while i > floor and start - i < _ORG_MAX:
        ch = text[i - 1]
        if (ch in _chars("org_stop_chars.txt") and not _noun_across(text, i - 1)) or not (_is_cjk(ch) or ch in "（）()"):
            break
        if ch == "和" and (text[i : i + 1] in _LEVEL_CHARS or not _BODY_CHARS.intersection(text[i:start])
                           or _first_alias_re().match(text, i)):
            break  # 张三和市委副书记, 张三和某县委常委, 和困难户: 和 joins two people (工业和信息化局 keeps it: a body follows)
        i -= 1
    # 济宁经济技术开发区党工委: a stop character inside a place name (经) does not end the organisation.
    # Only a place name holding the two characters around i can straddle it.
    for alias in _aliases_holding().get(text[i - 1 : i + 1], ()) if 0 < i < start else ():
        k = text.rfind(alias, max(0, i - len(alias)), start)
        if 0 <= k < i < k + len(alias) and start - k <= _ORG_MAX:
            i = k
            break
    org = _after_receiving_verb(text[i:start])
    # An unmatched closing bracket means we stopped inside one: drop up to it.
    while org and org.count("（") + org.count("(") < org.count("）") + org.count(")"):
        cut = max(org.find("）"), org.find(")"))
        org = org[cut + 1 :]
    return _places_listed_before(text, start - len(org), floor) + org if _LEVELS_WORD.search(org) else org


_LEVELS_WORD = re.compile("[两三四]级")
_LISTED_PLACE_MAX = 6


def _places_listed_before(text: str, i: int, floor: int) -> str:
    """济宁、曲阜两级市领导: the places listed with 、 before an organisation that spans levels (两级, 三级) belong
    to it. Returns them with their marks (济宁、), or "".

    >>> t = "出席的济宁、曲阜两级市领导"
    >>> _places_listed_before(t, 6, 0)
    '济宁、'
    """
    k = i
    while k - 1 > floor and text[k - 1] == "、":
        j = k - 1
        while j > floor and k - 1 - j < _LISTED_PLACE_MAX and _is_cjk(text[j - 1]):
            j -= 1
        piece = next((text[m:k - 1] for m in range(j, k - 1) if org_level(text[m:k - 1]) and _place_at(text[m:k - 1])), None)
        if piece is None:
            break
        k = k - 1 - len(piece)
    return text[k:i]


def _place_at(piece: str) -> bool:
    """Whether `piece` is one place's name: the city's, one of its units, or a place read by its suffix (某某县)."""
    return piece in ("济宁", "济宁市", "省", "市", "县", "区") or piece in _place_aliases() or \
        bool(_X_PROVINCE.fullmatch(piece) or _X_CITY.fullmatch(piece) or _X_COUNTY.fullmatch(piece))


def _after_receiving_verb(org: str) -> str:
    """某某会见银川市委 → 银川市委: what precedes a verb of meeting (data/receiving_verbs.txt) inside a would-be
    organisation is who met, not the body.

    >>> _after_receiving_verb("王某会见某某市委"), _after_receiving_verb("市委")
    ('某某市委', '市委')
    """
    cut = max((org.rfind(v) + len(v) for v in read_words("receiving_verbs.txt") if v in org), default=0)
    return org[cut:]


def _noun_across(text: str, k: int) -> bool:
    """市经济和信息化委员会: a stop character (经) that starts a common noun with the next character (经济)
    is inside the organisation's name, not before it; 陪同 (a verb) and 经市 (no word) stop it.

    >>> _noun_across("市经济和信息化委员会", 1), _noun_across("陪同市委", 0)
    (True, False)
    """
    from jdash.nlp import tag, word_freq

    pair = text[k : k + 2]
    if len(pair) < 2 or word_freq(pair) < _WORD_FREQ:
        return False
    tags = tag(pair)
    return len(tags) == 1 and tags[0][1] == "n"


@lru_cache(maxsize=1)
def _place_aliases() -> tuple[str, ...]:
    return aliases()


@lru_cache(maxsize=1)
def _first_alias_re() -> re.Pattern[str]:
    """The place aliases as one alternation in `_place_aliases` order: its match at a point is the first
    alias, in that order, that the text starts with there (one regular expression instead of a
    `startswith` per alias)."""
    return re.compile("|".join(re.escape(a) for a in _place_aliases()) or "(?!)")


@lru_cache(maxsize=1)
def _aliases_holding() -> dict[str, tuple[str, ...]]:
    """Each pair of adjacent characters → the place aliases that contain it, in `_place_aliases` order."""
    out: dict[str, list[str]] = {}
    for alias in _place_aliases():
        for pair in dict.fromkeys(alias[j : j + 2] for j in range(len(alias) - 1)):
            out.setdefault(pair, []).append(alias)
    return {pair: tuple(aliases) for pair, aliases in out.items()}


@lru_cache(maxsize=1)
def _county_city_aliases() -> tuple[str, ...]:
    """Aliases of county-level cities (邹城市, 曲阜市)."""
    return tuple(a for a in _place_aliases() if a.endswith("市"))


_X_PROVINCE = re.compile(r"[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,5}?自治区")  # 宁夏回族自治区: a province
_X_CITY = re.compile(r"[\u4e00-\u9fff]{2,4}市(?!场|民|政(?!协|府))")  # 乌兰察布市; 市政工程 no city; 某市政协, 某市政府 are
_X_COUNTY = re.compile(r"[\u4e00-\u9fff]{1,3}[县区](?!域)")
_X_TOWN = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道|社区|村)")


_Step = tuple[str, int, bool]  # (level, characters read, generic body)


# A township or street is run inside its county: its officials are county level (the golden convention,
# tests/final/README.md: the levels are national, province, city and county).
_TOWN_LEVEL = "county"


def _town_body(rest: str, proper: bool) -> _Step | None:
    """社区, 街道, 镇, 乡, 村 (not 乡村振兴): a unit inside a county, county level."""
    if rest.startswith(("社区", "街道")):
        return _TOWN_LEVEL, 2, False
    if proper and rest[0] in "镇乡村" and not rest.startswith(read_words("rural_words.txt")):
        return _TOWN_LEVEL, 1, False
    return None


def _jining_unit(rest: str, proper: bool) -> _Step | None:
    """泗水县, 济宁高新区 → county; 济宁市, 济宁 → city; 山东省, 省 → province."""
    alias = _first_alias_re().match(rest)
    if alias:
        return "county", alias.end(), False
    for prefix, level in (("济宁市", "city"), ("济宁", "city"), ("山东省", "province"), ("省", "province")):
        if rest.startswith(prefix):
            return level, len(prefix), False
    return None


def _generic_body(rest: str, proper: bool) -> _Step | None:
    """市 (not 市场) → city, 县/区 → county: a bare level, after which only departments follow (市农业农村局)."""
    if rest[0] == "市" and not rest.startswith("市场"):
        return "city", 1, True
    if rest[0] in "县区":
        return "county", 1, True
    return None


def _other_place(rest: str, proper: bool) -> _Step | None:
    """江苏省, 宁夏回族自治区, 重庆市, 孟姑集镇, 万州区: places outside the gazetteer, read by their suffix."""
    if not proper:
        return None
    for pattern, level in ((_X_PROVINCE, "province"), (_X_CITY, "city")):
        if m := pattern.match(rest):
            return level, m.end(), False
    if (m := _X_TOWN.match(rest)) and not _common_word_end(m.group()) and not rest.startswith(read_words("rural_words.txt")):
        return _TOWN_LEVEL, m.end(), False
    if (m := _X_COUNTY.match(rest)) and not m.group().endswith(read_words("area_words.txt")):
        return "county", m.end(), False
    return None


def _zone_body(rest: str, proper: bool) -> _Step | None:
    """管委会, 党工委 printed alone (管委会主任, 党工委书记): the administrative or working committee of a zone (or of
    a street), county level (data/local_unit_bodies.txt)."""
    body = next((b for b in read_words("local_unit_bodies.txt") if rest.startswith(b)), None)
    return ("county", len(body), True) if body else None


def _local_unit_body(s: str) -> str | None:
    """某某工业园区管委会, 柳行办事处: an organisation that no unit rule reads but that holds a zone's or a street's
    body (data/local_unit_bodies.txt) is county level.

    >>> _local_unit_body("某某工业园区管委会"), _local_unit_body("柳行办事处"), _local_unit_body("某某协会")
    ('county', 'county', None)
    """
    return "county" if any(b in s for b in read_words("local_unit_bodies.txt")) else None

_ZONE_NAME_MAX = 8  # how many characters a zone's own name may have before its kind (运河经济 + 开发区)


@lru_cache(maxsize=1)
def _zone_re() -> re.Pattern[str]:
    kinds = alternation_of(read_words("county_zone_kinds.txt"))
    return re.compile(rf"[\u4e00-\u9fff]{{1,{_ZONE_NAME_MAX}}}?(?:{kinds})")


def _named_zone(rest: str, proper: bool) -> _Step | None:
    """运河经济开发区, 某某高新区: a development zone missing from the gazetteer, named by its kind
    (data/county_zone_kinds.txt), is run as a county-level unit.

    >>> _named_zone("运河经济开发区党工委", True), _named_zone("农业农村局", True)
    (('county', 7, False), None)
    """
    m = _zone_re().match(rest) if proper else None
    return ("county", m.end(), False) if m else None


# Read in order at each point of an organisation's name; the first that answers reads the next unit.
_LEVEL_RULES = (_town_body, _jining_unit, _generic_body, _zone_body, _named_zone, _other_place)


_TERM = re.compile(r"^第?[一二三四五六七八九十百\d]+届")  # 第十届, 十届


def title_level(title: str) -> str | None:
    """The level the extractor gives an official printed with `title` alone (副市长 → city, 镇长 → county), or None
    when it reads no official (村支书): what an official the user adds under that title is. `org_level` reads a
    body's name and gives 副市长 none.

    >>> title_level("副市长"), title_level("镇长"), title_level("村支书"), title_level("")
    ('city', 'county', None, None)
    """
    if not title.strip():
        return None
    found, _ = extract_officials(f"{title.strip()}张明出席会议。", [])
    return found[0].level if found else None


def org_level(org: str) -> str | None:
    """Administrative level of an organisation as printed (市委 → city, 省委外办 → province, 嘉祥县孟姑集镇 →
    county: the most junior unit named, a town counting as its county), or None. A party or mass organisation before the place
    (中共, 共青团: data/org_prefixes.txt) is read past.

    >>> org_level("共青团济宁市委"), org_level("中共嘉祥县委"), org_level("中国某某协调小组"), org_level("第十届全国人大常委会")
    ('city', 'county', 'national', 'national')
    """
    if "、" in org:  # 济宁、曲阜两级: the highest level of the places listed
        levels = [lvl for part in org.split("、") if (lvl := org_level(part))]
        return max(levels, key=_RANK.__getitem__) if levels else None
    prefix = next((p for p in read_words("org_prefixes.txt") if org.startswith(p)), "")
    s = _TERM.sub("", org[len(prefix):])  # 第十届全国人大常委会: the term is no part of the body's place
    if not s:
        return None
    if s.startswith(("中共中央", "中央", "国务院", "全国", "国家")) and not s.startswith("国家高新"):
        return "national"
    level = _units_level(s)
    if level is None and s.startswith(("中国", "我国")) and s[2:3] not in "（(":
        return "national"  # 中国地方志指导小组, 我国驻某国: a body of the whole country with no place of its own
    if level is None and _ministry(s):
        return "national"  # 农业农村部: a ministry of the State Council
    return level or _local_unit_body(s)


def _ministry(s: str) -> bool:
    """农业农村部副部长, 交通部部长: a body of data/national_bodies.txt opens the organisation; not 交通部门 (departments).

    >>> _ministry("交通部"), _ministry("交通部门"), _ministry("市交通局")
    (True, False, False)
    """
    body = next((b for b in read_words("national_bodies.txt") if s.startswith(b)), None)
    return body is not None and not s.startswith("门", len(body))


def _units_level(s: str) -> str | None:
    """The level of the most junior unit named at the start of `s`, read unit by unit (`_LEVEL_RULES`):
    嘉祥县孟姑集镇 → county, 山东省济宁市 → city, 市农业农村局 → city."""
    level: str | None = None
    i, proper = 0, True  # after a generic 市/县/区 only departments follow (市农业农村局), not place names
    for _ in range(5):
        rest = s[i:]
        step = next((got for rule in _LEVEL_RULES if rest and (got := rule(rest, proper))), None)
        if step is None:
            break
        found, n, generic = step
        if level is None or _RANK[found] < _RANK[level]:
            level = found
        i, proper = i + n, not generic
    return level


def _common_word_end(town: str) -> bool:
    """Whether a would-be town name ends in a common word (农业农村, 住房和城乡): a department, not a place. A
    two-character suffix (街道, 社区) is the word itself: 许庄街道 is a street.

    >>> _common_word_end("住房和城乡"), _common_word_end("许庄街道")
    (True, False)
    """
    from jdash.nlp import word_freq

    return len(town) >= 3 and not town.endswith(("街道", "社区")) and word_freq(town[-2:]) >= _WORD_FREQ


def _strip_party_group(org: str) -> str:
    """市工业和信息化局党组 → 市工业和信息化局: the party group sits inside the bureau it belongs to."""
    for suffix in ("党组", "党委"):
        if org.endswith(suffix) and len(org) > len(suffix) + 1 and org[: -len(suffix)][-1] not in "市县区省":
            return org[: -len(suffix)]
    return org


def _names_county_city(org: str) -> bool:
    """Whether an organisation belongs to a county-level city (邹城市委, 兖州市政府)."""
    return org.startswith(_county_city_aliases())


def _sentence_end(text: str, i: int) -> int:
    ends = [j for j in (text.find(c, i) for c in "。！？\n") if j >= 0]
    return min(ends) if ends else len(text)


_VILLAGE_ORG = re.compile(r"(?:(?:村|社区)(?:党委|委会|委|民委员会|居委会|两委)?|党支部|党总支|支部)$")


def _is_person_org(org: str) -> bool:
    """A company, school, hospital … (data/person_orgs.txt), a village or a party branch: 台庄村党支部书记 and 村主任
    are villagers elected in their village, not state officials (the golden convention too), and so are a
    community's (社区党委书记: a community is a town's residents' own committee, as a village is); a branch (党支部,
    党总支, printed with or without its village) is the party's grassroots unit of a village, a community or a firm,
    never a level of the state.

    >>> _is_person_org("某某集团"), _is_person_org("台庄村党支部"), _is_person_org("某庄村村委"), _is_person_org("市农业农村局")
    (True, True, True, False)
    >>> _is_person_org("党支部"), _is_person_org("某某社区党总支"), _is_person_org("县委")
    (True, True, False)
    >>> _is_person_org("某庄村老支部"), _is_person_org("某庄村原党支部"), _is_person_org("某某社区党委")
    (True, True, True)
    """
    return any(k in org for k in read_words("person_orgs.txt")) or bool(_VILLAGE_ORG.search(org))


@dataclass
class _Found:
    name: str
    segments: list[_Segment]
    strength: int = 3  # how surely the name ends where it was cut (see _strength)


def _head_in_word(text: str, start: int, end: int) -> bool:
    """主席台, 常委会, 书记处: the head and the character after it make a longer word, so it is no title; nor is
    a head that names a thing with the words after it (区长信箱, 市长热线: data/head_things.txt).

    >>> _head_in_word("主席台", 0, 2), _head_in_word("区长信箱收到来信", 0, 2), _head_in_word("区长王某", 0, 2)
    (True, True, False)
    """
    from jdash.nlp import word_freq

    return end < len(text) and (text[end] in _chars("head_breaker_chars.txt") or word_freq(text[start : end + 1]) >= _HEAD_WORD_FREQ
                                or text.startswith(read_words("head_things.txt"), end))


def _title_at(text: str, start: int, end: int, floor: int, glued: int = -1) -> _Segment | None:
    """The title (organisation + head) whose head is text[start:end], or None when the head is part of
    another word (主席台, 江阴市长泾镇). `glued`: where the title before it ended, when that title found
    no name (市委副书记市长某某: the 市长 right after 副书记 is a second title, not 记市 + 长)."""
    head = heads()[text[start:end]]
    if _head_in_word(text, start, end):
        return None
    if head.text in _PLACE_HEADS and start > 0 and start != glued:
        before = text[start - 1]
        if _is_cjk(before) and before not in _PLACE_SUFFIX and before not in "副代" \
                and before not in _chars("name_weak_enders.txt") and not _short_place_before(text, start, end) \
                and not _next_in_chain(text, start, glued) and not _after_government(text, start):
            return None  # 江阴市长泾镇; but 孙立国和市长钱海峰: a conjunction may stand before a bare 市长
    suffix = next((w for w in read_words("title_suffixes.txt") if text.startswith(w, end)), "")
    if suffix:  # 县长候选人王某
        head, end = Head(head.text + suffix, head.kind, head.level), end + len(suffix)
    org = _past_opener(_concurrent(_org_before(text, start, floor)))
    org, gap = _org_across_gap(text, start, org, floor)
    if head.text.startswith(_OF_BODIES):
        org = _bodies_listed_before(text, start - len(org) - gap, floor) + org
    return _Segment(org, head, start - len(org) - gap, end)


def _org_across_gap(text: str, start: int, org: str, floor: int) -> tuple[str, int]:
    """`市委 副书记张三`, `济宁市 委副书记张三`: a space inside a title chain (a wrap or OCR gap) splits no organisation
    from its head: when what is read before the head has no level of its own and a body with one stands right
    before the space, the organisation is both (市委, 济宁市委); returns it and the gap's width (1), else (org, 0).

    >>> _org_across_gap("市委 副书记张三", 3, "", 0), _org_across_gap("张三 市委副书记", 5, "市委", 0)
    (('市委', 1), ('市委', 0))
    """
    at = start - len(org) - 1
    if at <= floor or text[at] != " " or org_level(org) is not None:
        return org, 0
    before = _org_before(text, at, floor)
    return (before + org, 1) if before and org_level(before + org) else (org, 0)


_GOVERNMENT = "政府"


def _after_government(text: str, start: int) -> bool:
    """泗水县人民政府县长张三, 县政府县长李四: a place head (县长, 市长) right after a government's name is that
    government's head, not the end of a longer word.

    >>> _after_government("县人民政府县长张三", 5), _after_government("江阴市长泾镇", 2)
    (True, False)
    """
    return text.endswith(_GOVERNMENT, 0, start)


_CONCURRENT = "兼"  # 组织部部长兼统战部部长: a second post held at the same time


def _concurrent(org: str) -> str:
    """兼统战部 → 统战部: the mark of a post held concurrently (兼) opens no organisation; the post joins the
    chain before it (`_scan`). Not 兼职, 兼任 (a word that 兼 opens).

    >>> _concurrent("兼统战部"), _concurrent("县委"), _concurrent("兼职")
    ('统战部', '县委', '兼职')
    """
    from jdash.nlp import word_freq

    if not org.startswith(_CONCURRENT) or word_freq(org[:2]) >= _HEAD_WORD_FREQ:
        return org
    return org[len(_CONCURRENT):]


_OPENERS = ("还有", "有")  # 出席活动的还有县领导张三, 参加活动的有市领导李四: what opens a list, not the title


def _past_opener(org: str) -> str:
    """还有县 → 县, 有市 → 市, 还有 (before 县领导) → "": the verb that opens a list of those present is no part of the
    title after it; 有关部门 keeps its 有 (a level, or the head, must follow the verb).

    >>> _past_opener("还有县"), _past_opener("有市"), _past_opener("还有"), _past_opener("有关部门")
    ('县', '市', '', '有关部门')
    """
    opener = next((o for o in _OPENERS if org.startswith(o)), "")
    rest = org[len(opener):]
    return rest if opener and (not rest or rest[0] in _LEVEL_CHARS) else org


_OF_BODIES = "的"  # a head read up to 的 (的领导同志: titles.txt) names the leaders of every body printed before it


def _bodies_listed_before(text: str, i: int, floor: int) -> str:
    """市委、市政府、市纪委的领导同志张三: the bodies listed with 、 before the organisation of a head read up to 的
    share it; returns them with their marks (市委、市政府、), or "".

    >>> _bodies_listed_before("。市委、市政府、市纪委的领导同志", 8, 0), _bodies_listed_before("。出席。市纪委的领导同志", 4, 0)
    ('市委、市政府、', '')
    """
    k = i
    while k - 1 > floor and text[k - 1] == "、":
        piece = _org_before(text, k - 1, floor)
        if not piece or org_level(piece) is None:
            break
        k = k - 1 - len(piece)
    return text[k:i]


def _short_place_before(text: str, start: int, end: int) -> bool:
    """曲阜市长张三，嘉祥县长李四出席: a place of the gazetteer printed in its short form (曲阜, 嘉祥) right before
    a place head (市长, 县长) whose first character completes its full name (曲阜市, 嘉祥县) is that place's
    head when a name surely closed (by punctuation or a verb) follows; 江阴市长泾镇 (江阴 is no listed place)
    and 鱼台县长江路的 (no name closed) are no heads, nor is 修到鱼台县长江路。 (长江, a common word across the head's
    end, with only punctuation closing the would-be name).

    >>> _short_place_before("曲阜市长张三，", 2, 4), _short_place_before("江阴市长泾镇", 2, 4), _short_place_before("鱼台县长江路的", 2, 4)
    (True, False, False)
    >>> _short_place_before("鱼台县长江路。", 2, 4), _short_place_before("鱼台县长江涛出席", 2, 4)
    (False, True)
    """
    from jdash.nlp import word_freq

    full = set(_place_aliases())
    if not any(text.endswith(a, 0, start) and a + text[start] in full for a in _place_aliases()):
        return False
    got = read_name(text, end, min_strength=2)
    return got is not None and (got[1] == 2 or word_freq(text[end - 1 : end + 1]) < _JOINED_WORD_FREQ)


def _next_in_chain(text: str, start: int, glued: int) -> bool:
    """梁山县委副书记、梁山县长某某在会上讲话: a place head (县长) whose place in its short form (梁山, 梁山县 in full)
    follows the 、 that ended the title before it (`glued`: where that title ended, -1 when none is pending) is the
    next title of the chain, however weakly the name after it is closed.

    >>> _next_in_chain("某县委副书记、梁山县长张三在会上", 9, 6), _next_in_chain("修到梁山县长江路", 4, -1)
    (True, False)
    """
    if glued < 0 or text[glued : glued + 1] != "、":
        return False
    return text[glued + 1 : start] + text[start] in _place_aliases()


_NOTE = re.compile(r"[（(][^（）()]{1,8}[）)]")


def _name_start(text: str, end: int) -> int:
    """Where the name after a title starts: past a bracketed note (（挂职）) and closing quotes (“快递小哥”段玉超)."""
    j = end
    paren = _NOTE.match(text, j)
    if paren:
        j = paren.end()
    while j < len(text) and text[j] in "”’\"」 ":
        j += 1
    return j


def _first_name(text: str, j: int, seg: _Segment) -> tuple[str, int] | None:
    """The name right after a title, if it holds: 市长于永生主持 → 于永生."""
    got = read_name(text, j, group=seg.head.text.endswith("领导")) if j < len(text) else None
    # With no clear end after it (no 出席, no punctuation), a name after an official's title is a guess:
    # keep it only when printed again (包保企业 after 县级领导 is not a name), or when the tagger reads a
    # person's name there and a verb after it (王某某冒雨察看).
    if got and got[1] == 0 and seg.head.kind == "official" and text.count(got[0]) < 2:
        return _tagged_name_before_verb(text, j, got[0])
    # 全县民生支出: a resident head whose last character starts a word with what follows is no title.
    # 负责人韩立国说: not when a verb or punctuation closes the name surely.
    if got and got[1] < 2 and seg.head.kind != "official" and _word_across(text, seg.end):
        return None
    if got and seg.head.kind != "official" and _opens_with_word(*got, text[j + len(got[0]) : j + len(got[0]) + 1]):
        return None  # 农民金色的梦想, 农民丰收节”, 负责人应邀参加
    return got


_TAG_REACH = 4  # the characters after a would-be name that the tagger reads with it
_ACT_FLAGS = ("v", "p", "d", "c")  # a verb, a preposition, an adverb or a conjunction opens what the person did


def _tagged_name_before_verb(text: str, j: int, name: str) -> tuple[str, int] | None:
    """县委书记王某某冒雨察看, 县长李某某从三个方面部署: a name that nothing listed closes is still one (closed weakly, 1)
    when the tagger reads a person's name (nr) starting at `j` and ending where `name` (or its first two characters)
    ends, and a verb, preposition, adverb or conjunction right after it; 高度重视, 马上到 are no names.

    >>> _tagged_name_before_verb("王德明冒雨察看", 0, "王德明"), _tagged_name_before_verb("高度重视", 0, "高度重")
    (('王德明', 1), None)
    """
    from jdash.nlp import tag

    for cand in dict.fromkeys((name, name[:2])):
        tags = tag(text[j : j + len(cand) + _TAG_REACH])
        if not tags or not tags[0][1].startswith("nr"):
            return None
        k = 0
        for word, flag in tags:
            if k == len(cand):
                if flag.startswith(_ACT_FLAGS) and read_name(cand + "，", 0):
                    return cand, 1
                break
            k += len(word)
    return None


_PERSON_WORD_FREQ = 50  # a word this common, not read as a name, is no name after a person's head


def _opens_with_word(name: str, strength: int, after: str = "") -> bool:
    """农民金色的梦想, 工人干劲十足, 农民合作社: after a person's head (农民, 工人) a common word that the tagger
    does not read as a name is no name: the whole candidate (合作社), or its first two characters (金色, 干劲)
    when no verb or punctuation closes it (农民周长贵说 is a name: 周长 is a word, but 说 closes the name).

    >>> _opens_with_word("金色", 1), _opens_with_word("干劲十", 0), _opens_with_word("周长贵", 2), _opens_with_word("合作社", 3)
    (True, True, False, True)
    """
    if _time_word(name[:2]):
        return True  # 游客白天来，
    if _name_despite_word(name, strength) and not _common_word(name[-1] + after):
        return False  # 副总经理王家明等: 王家 is a word, but 王 is a common surname and 王家明 no word (农民田地劳作: 劳作 is)
    return _common_word(name) or (strength < 2 and _common_word(name[:2]))


_TIME_WORD_FREQ = 1000  # 白天 (1456), 今天: a time word this common opens no name


def _time_word(text: str) -> bool:
    """游客白天来，晚上走: a common word of time (the tagger's t) opens no name, however it is closed.

    >>> _time_word("白天"), _time_word("天明")
    (True, False)
    """
    from jdash.nlp import tag, word_freq

    if word_freq(text) < _TIME_WORD_FREQ:
        return False
    tags = tag(text)
    return len(tags) == 1 and tags[0][1] == "t"


def _common_word(text: str) -> bool:
    """Whether `text` is one word of the dictionary, this common, that the tagger does not read as a name."""
    from jdash.nlp import tag, word_freq

    if word_freq(text) < _PERSON_WORD_FREQ:
        return False  # decided without the tagger (its HMM costs milliseconds for a word it has not seen)
    tags = tag(text)
    return len(tags) == 1 and not tags[0][1].startswith("nr")


def _listed_names(text: str, got: tuple[str, int], j: int, group: bool = False) -> tuple[list[tuple[str, int]], int]:
    """副市长李海洋、白平和、宫晓芳: the names listed after the first share its titles, also a last one joined by
    和 after a list or a group title (市领导张三和李四). Returns them and where the list ends."""
    names = [got]
    k = j + len(got[0])
    while k < len(text) - 1 and text[k] == "、":
        nxt = read_name(text, k + 1, min_strength=1, in_list=True) or _tagged_in_list(text, k + 1)
        if not nxt and (pair := _glued_pair(text, k + 1)):
            names.extend(pair)  # 张三、李四王五出席: the last mark of the list was lost
            k += 1 + sum(len(n) for n, _ in pair)
            break
        if not nxt or _head_pattern().search(text, k + 1, k + 1 + len(nxt[0])):
            break
        names.append(nxt)
        k += 1 + len(nxt[0])
    joined = next((w for w in read_words("list_conjunctions.txt") if text.startswith(w, k)), None) if len(names) > 1 or group else None
    last = read_name(text, k + len(joined), min_strength=2, in_list=True) if joined else None
    if last and not _head_pattern().search(text, k + len(joined), k + len(joined) + len(last[0])):
        names.append(last)  # 市领导张三、李四和王五参加
        k += len(joined) + len(last[0])
    return names, k


def _tagged_in_list(text: str, i: int) -> tuple[str, int] | None:
    """市领导张三、李四华冒雨察看: a listed name that nothing listed closes, read by the tagger before a verb
    (`_tagged_name_before_verb`), before two names glued where a mark was lost are looked for."""
    got = read_name(text, i, in_list=True)
    return _tagged_name_before_verb(text, i, got[0]) if got and got[1] == 0 else None


_GLUED_RUNS = (6, 5, 4)  # two names of two or three characters printed with no mark between


def _glued_pair(text: str, i: int) -> list[tuple[str, int]] | None:
    """副主席张三、李海洋王五出席: two names glued where a list lost its 、 (a run of four to six characters that a
    verb or punctuation closes, split at surnames into two whole names); None when the run is no such pair.

    >>> _glued_pair("李海洋王五出席", 0), _glued_pair("李海洋出席", 0)
    ([('李海洋', 2), ('王五', 2)], None)
    """
    from jdash.parse.names import split_glued_names

    for n in _GLUED_RUNS:
        run = text[i : i + n]
        if len(run) < n or not all(_is_cjk(c) for c in run) or _strength(text, i + n) < 2 or _head_pattern().search(run):
            continue  # 、区长冯某某一同: a title, not a glued name
        parts = split_glued_names(run)
        if len(parts) == 2 and all(read_name(p + "，", 0, in_list=True) == (p, 3) for p in parts):
            return [(p, 2) for p in parts]
    return None


_GROUP_LIST_GAP = 3  # at most this many characters between 等 and a group title (等我区领导, 等县级领导)


def _names_before_group(text: str, seg: _Segment) -> list[_Found]:
    """张三、李四、王五等区领导陪同: names listed before 等 and a group title (区领导) share that title.
    Every part of the list must be a whole name; the first may follow the word that opens the list
    (`_list_opened`: 出席活动的还有张三、李四等区领导).

    >>> [(f.name, f.segments[0].title) for f in _names_before_group("赵一鸣、钱多多等市领导出席", _title_at("赵一鸣、钱多多等市领导出席", 8, 11, 0))]
    [('赵一鸣', '市领导'), ('钱多多', '市领导')]
    """
    cut = seg.org.rfind("等")
    if not seg.head.text.endswith("领导") or cut < 0 or len(seg.org) - cut - 1 > _GROUP_LIST_GAP:
        return []
    end = seg.start + cut
    title = replace(seg, org=seg.org[cut + 1 :], start=end + 1)
    return [_Found(name, [title]) for name in _names_listed_before(text, end)]


def _names_listed_before(text: str, end: int) -> list[str]:
    """The names listed with 、 right before `end` (where 等 stands), in order; every part must be a whole
    name, and the first may follow a word that opens the list (`_list_opened`).

    >>> _names_listed_before("出席活动的还有赵一鸣、钱多多等", 14), _names_listed_before("加快推进工作等", 6)
    (['赵一鸣', '钱多多'], [])
    """
    start = end
    while start > 0 and (_is_cjk(text[start - 1]) or text[start - 1] == "、"):
        start -= 1
    parts = text[start:end].split("、")
    names = []
    for part in reversed(parts):
        got = read_name(part + "、", 0, in_list=len(parts) > 1)
        if not got or got[0] != part:
            break
        names.append(part)
    if len(names) == len(parts) - 1 and (first := _list_opened(text, start + len(parts[0]))):
        names.append(first)
    return names[::-1]


@lru_cache(maxsize=1)
def _group_title_re() -> re.Pattern[str]:
    """等 and a group title of leaders that no head of titles.txt reads (data/group_titles.txt)."""
    words = read_keyed_words("group_titles.txt")
    body = f"(?:{alternation_of(words['levels'])})(?:{alternation_of(words['bodies'])})?"
    return re.compile(f"等(?:{alternation_of(words['qualifiers'])})?({body}(?:、{body})*)"
                      f"(?:{alternation_of(words['qualifiers'])})?领导")


def _names_before_group_title(text: str) -> list[_Found]:
    """王强、赵亮等县四大班子领导, 等在家县级领导, 等市、县领导, 等县委、县政府领导: the names listed before 等 and a
    group title built of levelled bodies (data/group_titles.txt) are officials with that title; its level is
    the highest body's (市、县领导 → city). 等村党支部书记 is no such title.

    >>> [(f.name, f.segments[0].title, f.segments[0].head.level) for f in _names_before_group_title("王强、赵亮等市、县领导出席")]
    [('王强', '市、县领导', 'city'), ('赵亮', '市、县领导', 'city')]
    """
    found = []
    for m in _group_title_re().finditer(text):
        levels = [_GROUP_LEVELS[part[0]] for part in m.group(1).split("、")]
        level = max(levels, key=lambda lvl: _RANK[lvl])
        title = _Segment("", Head(text[m.start() + 1 : m.end()], "official", level), m.start() + 1, m.end())
        names = _names_listed_before(text, m.start())
        if names and _whole_list(text, m.start() - len("、".join(names)), names[0]):
            found.extend(_Found(name, [title]) for name in names)
    return found


def _whole_list(text: str, first: int, name: str) -> bool:
    """Whether the list whose first name `name` starts at `first` is all names: it opens its clause or follows a
    word that opens a list, not a title's list of its own (县委副书记张三、李四等县级有关领导: 李四 is a 县委副书记).

    >>> _whole_list("，张三、李四等", 1, "张三"), _whole_list("副书记张三、李四等", 6, "李四")
    (True, False)
    """
    before = text[first - 1] if first else "。"
    if before == "、":
        return False
    return not _is_cjk(before) or _list_opened(text, first + len(name)) is not None


_GROUP_LEVELS = {"市": "city", "县": "county", "区": "county"}  # the level of a group title's first character


def _list_opened(text: str, end: int) -> str | None:
    """The name ending at `end` right after a word that opens a list of people (出席活动的还有张三, 由李四, 在王五:
    data/note_name_openers.txt and 在), or opening its clause; None when none.

    >>> _list_opened("出席活动的还有赵一鸣", 10), _list_opened("出席活动的领导赵一鸣", 10)
    ('赵一鸣', None)
    """
    return _name_before(text, end, read_words("note_name_openers.txt") + ("在",))


_GLUED_ORG_STARTS = set("市县区省镇乡")
_LEVEL_CHARS = _GLUED_ORG_STARTS
_BODY_CHARS = set("局委厅部办会院所站室心处队")  # the last characters of a body's name (信息化局, 改革委员会, 服务中心)


def _glued_title(seg: _Segment, pending: list[_Segment]) -> bool:
    """Whether `seg` continues the chain `pending` printed with no mark between (县委副书记县长, 党组书记局长,
    县委书记县人大常委会主任, 市委常委宣传部长): it starts right where the last title ended, and its organisation is
    empty, opens with a level (市, 县, 区, 省, 镇, 乡) or one of the city's places, or is a short department after a
    membership (常委, 委员).

    >>> h = heads()
    >>> chain = [_Segment("市委", h["副书记"], 0, 5)]
    >>> _glued_title(_Segment("", h["市长"], 5, 7), chain), _glued_title(_Segment("对全市招商局", h["局长"], 5, 13), chain)
    (True, False)
    >>> _glued_title(_Segment("某庄村党支部", h["书记"], 5, 13), chain)
    True
    """
    if not pending or seg.start != pending[-1].end:
        return False
    if pending[-1].head.text.endswith(_MEMBER_HEADS) and len(seg.org) <= _MEMBER_POST_MAX:
        return True  # 市委常委宣传部长, 县委常委组织部部长: a committee member's post in a department follows
    if _BRANCH.search(seg.org):
        return True  # 驻村第一书记村党支部书记: a branch's post printed unmarked is the same person's next post
    return not seg.org or seg.org[0] in _GLUED_ORG_STARTS or seg.org.startswith(_place_aliases())


_BRANCH = re.compile(r"(?:党支部|党总支)$")


_CHAIN_MARKS = "、，, " + _CONCURRENT


def _marked_next_title(text: str, end: int, start: int) -> bool:
    """区委副书记、区长, 区委副书记（挂职）、副区长: the title that starts at `start` is the next of the chain that
    ended at `end` when one mark (、，兼) stands between them, after a bracketed note on the last title (挂职, 兼).

    >>> _marked_next_title("区委副书记、区长", 5, 6), _marked_next_title("区委副书记（挂职）、副区长", 5, 10)
    (True, True)
    >>> _marked_next_title("县委副书记出席。县长", 5, 8)
    False
    """
    note = _NOTE.match(text, end, start)
    k = note.end() if note else end
    return start - k == 1 and text[k] in _CHAIN_MARKS


_MEMBER_HEADS = ("常委", "委员", "成员")  # a membership, which the member's post often follows unmarked
_MEMBER_POST_MAX = 8  # how long a department's name after a membership may be (宣传部, 政法委, 统战部)


def _scan(text: str) -> list[_Found]:
    """Every (title chain, name) in text, in order: 市委副书记、市长于永生 → 于永生 with both titles; titles
    glued with no mark between (市委副书记市长于永生) chain the same way."""
    found: list[_Found] = []
    pending: list[_Segment] = []
    floor = pos = 0
    while m := _head_pattern().search(text, pos):
        seg = _title_at(text, m.start(), m.end(), floor, pending[-1].end if pending else -1)
        if seg is None:
            pos = m.start() + 1
            continue
        if pending and not _marked_next_title(text, pending[-1].end, seg.start) and not _glued_title(seg, pending):
            pending = []
        chain = pending + [seg]
        j = _name_start(text, seg.end)
        if seg.head.text.endswith("领导"):  # 出席会议的市领导有：张三、李四
            j += next((len(w) for w in read_words("list_openers.txt") if text.startswith(w, j)), 0)
        got = _first_name(text, j, seg)
        if got is None:
            found.extend(_names_before_group(text, seg))
        if got:
            names, floor = _listed_names(text, got, j, seg.head.text.endswith("领导"))
            found.extend(_Found(name, list(chain), strength) for name, strength in names)
            pending, pos = [], floor
            continue
        pending = chain if seg.end < len(text) and (text[seg.end] in "、，, " or _is_cjk(text[seg.end])
                                                    or _NOTE.match(text, seg.end)) else []
        floor = pos = seg.end
    return found


_NOTE_SPAN = re.compile(r"[（(]([^（）()]{2,40})[）)]")


def _titles_in_notes(text: str) -> list[_Found]:
    """王某某（县委常委、副县长）主持; 张三（县委书记）、李四（县长）出席: a name opening its clause (or after 由,
    有, 和: data/note_name_openers.txt) followed by a bracket that holds nothing but a title chain holds that
    chain, printed after the name.

    >>> [(f.name, [s.title for s in f.segments]) for f in _titles_in_notes("会议由王德明（县委常委、副县长）主持。")]
    [('王德明', ['县委常委', '副县长'])]
    """
    found = []
    for m in _NOTE_SPAN.finditer(text):
        chain = _note_chain(text, m.start(1), m.end(1))
        name = _name_before(text, m.start(), read_words("note_name_openers.txt")) if chain else None
        if name:
            found.append(_Found(name, chain))
    return found


def _heads_after_names(text: str) -> list[_Found]:
    """李春华县长在会上要求, 在王德明副县长的陪同下: a full name opening its clause (or after 在, 由, 和:
    data/note_name_openers.txt) and right after it a head that carries its own level (县长, 副市长, 省长 …) with
    something closing it (a verb, a particle, punctuation): the head is the name's title.

    >>> [(f.name, f.segments[0].title) for f in _heads_after_names("会上，李春华县长要求抓好落实。")]
    [('李春华', '县长')]
    >>> _heads_after_names("嘉祥县长期坚持。"), _heads_after_names("全县长期坚持。")
    ([], [])
    """
    found = []
    for m in _head_pattern().finditer(text):
        head = heads()[m.group()]
        if head.kind != "official" or head.level is None or _head_in_word(text, m.start(), m.end()) \
                or _strength(text, m.end()) < 1:
            continue
        name = _name_before(text, m.start(), read_words("note_name_openers.txt") + ("在",))
        if name and _known_surname(name) and not _place_before_head(name, head.text):
            found.append(_Found(name, [_Segment("", head, m.start(), m.end())]))
    return found


def _names_between_body_and_head(text: str) -> list[_Found]:
    """市交通局王海平副局长出席并讲话: a state body's name (data/state_body_ends.txt) that names a place, then a full
    name with a listed surname, then an official's head closed by a verb or punctuation: the head is the name's
    title in that body, printed after the name as older reports do.

    >>> [(f.name, f.segments[0].title) for f in _names_between_body_and_head("市交通局王海平副局长出席并讲话。")]
    [('王海平', '市交通局副局长')]
    >>> _names_between_body_and_head("该公司王海平副总经理说。")
    []
    """
    found = []
    body_ends = read_words("state_body_ends.txt")
    for m in _head_pattern().finditer(text):
        head = heads()[m.group()]
        if head.kind != "official" or _head_in_word(text, m.start(), m.end()) or _strength(text, m.end()) < 2:
            continue
        name = _name_before(text, m.start(), {w[-1] for w in body_ends})  # after a body's last character (局, 部)
        if not name or not _known_surname(name):
            continue
        start = text.rfind(name, 0, m.start())  # (a 同志 may stand between)
        org = _org_before(text, start, 0)
        if org.endswith(body_ends) and org_level(org) is not None and not _name_inside_word(text, start):
            found.append(_Found(name, [_Segment(org, head, start - len(org), m.end())]))
    return found


def _name_inside_word(text: str, start: int) -> bool:
    """县委办公室主任: a "name" (公室, 公 a surname) whose first character makes a common word with the body's last one
    (办公) begins inside a word of the body's (办公室), so it is no name.

    >>> _name_inside_word("县委办公室主任", 3), _name_inside_word("市交通局王海平副局长", 4)
    (True, False)
    """
    from jdash.nlp import word_freq

    return start > 0 and word_freq(text[start - 1 : start + 1]) >= _HEAD_WORD_FREQ


_NAME_COMMA_TITLE = re.compile(r"(?<=[：；])([\u4e00-\u9fff]{2,4})，([^，。；：]{2,40})(?=[；。])")


def _names_before_comma_titles(text: str) -> list[_Found]:
    """出席的有：张明，县委常委、宣传部部长；李华，副县长。: in a list whose items are parted by ；, a name, a comma
    and a whole title chain make one item; the chain is the name's (a company's post makes a person, as anywhere).

    >>> [(f.name, [s.title for s in f.segments]) for f in _names_before_comma_titles("有：张明，县委常委、宣传部部长；李华，副县长。")]
    [('张明', ['县委常委', '宣传部部长']), ('李华', ['副县长'])]
    """
    found = []
    for m in _NAME_COMMA_TITLE.finditer(text):
        if text[m.start() - 1] != "；" and text[m.end()] != "；":
            continue  # one item alone (有：张明，县委常委。) is no such list
        got = read_name(text, m.start())
        chain = _whole_chain(text, m.start(2), m.end(2))
        if got and got[0] == m.group(1) and chain:
            found.append(_Found(got[0], chain))
    return found


def _whole_chain(text: str, start: int, end: int) -> list[_Segment] | None:
    """The titles that make up all of text[start:end], parted by 、 or glued (县委常委、宣传部部长); None when any
    other text is left.

    >>> [s.title for s in _whole_chain("，县委常委、宣传部部长；", 1, 11)], _whole_chain("，县里的事；", 1, 5)
    (['县委常委', '宣传部部长'], None)
    """
    chain: list[_Segment] = []
    at = start
    for m in _head_pattern().finditer(text, start, end):
        seg = _title_at(text, m.start(), m.end(), at)
        if seg is None or seg.start != at:
            return None
        chain.append(seg)
        at = seg.end + (seg.end < end and text[seg.end] == "、")
    return chain if chain and at == end else None


def _place_before_head(name: str, head: str) -> bool:
    """杨柳镇长在会上说: before a head that opens with a place's suffix (镇长, 县长), a would-be name that the suffix
    makes a listed place (杨柳镇, a town of the gazetteer) is the place's name, the head its own; before a town's
    head (镇长, 乡长: towns are many and not all listed) so is any of two characters (马集 + 镇). A name that makes
    no place stays a name (李春华县长, 李强县长).

    >>> _place_before_head("杨柳", "镇长"), _place_before_head("马集", "镇长"), _place_before_head("李强", "县长")
    (True, True, False)
    """
    if head[0] not in _PLACE_SUFFIX:
        return False
    return (len(name) < 3 and head[0] in _TOWN_SUFFIXES) or bool(find_counties(name + head[0]))


_TOWN_SUFFIXES = "镇乡"


def _note_chain(text: str, start: int, end: int) -> list[_Segment] | None:
    """The title chain that fills text[start:end] exactly (县委常委、副县长; 县委常委宣传部部长), or None."""
    segs: list[_Segment] = []
    pos = start
    for m in _head_pattern().finditer(text, start, end):
        if m.start() < pos:
            continue
        seg = _title_at(text, m.start(), m.end(), pos, segs[-1].end if segs else -1)
        if seg is None:
            continue
        if seg.start != pos:
            return None
        segs.append(seg)
        pos = seg.end + (1 if text[seg.end : seg.end + 1] in ("、", _CONCURRENT) else 0)
    return segs if segs and segs[-1].end == end else None


def _word_across(text: str, end: int) -> bool:
    from jdash.nlp import word_freq

    return word_freq(text[end - 1 : end + 1]) >= _WORD_FREQ // 4


def _segment_levels(segments: list[_Segment]) -> list[str | None]:
    """Each title's level: from its organisation, else its head, else the title before it. After a
    county-level city's body (邹城市委宣传部副部长、市文明办主任) a bare 市 body is that city's."""
    out: list[str | None] = []
    prev: str | None = None
    county_city = False
    for seg in segments:
        level = org_level(seg.org) if seg.org else None
        if county_city and level == "city" and seg.org.startswith("市"):
            level = "county"
        county_city = county_city or _names_county_city(seg.org)
        if level is None and seg.org and seg.head.level:
            level = seg.head.level
        if level is None and not seg.org:
            # 兖州市委副书记、市长: the bare 市长 belongs to the body named before it.
            level = prev or seg.head.level
        if level is None:
            # 全国政协常委、经济委员会副主任委员: a body with no place of its own belongs to the one named before it.
            level = prev
        out.append(level)
        prev = level if level is not None else prev
    return out


_OWN_BARE_ORGS = ("市", "我市")  # a city's body printed without its name: 市委, 我市市委


def _local_levels(segments: list[_Segment], levels: list[str | None]) -> list[str | None]:
    """The levels of a chain whose bare 市 titles belong to a county-level city: a city-level title printed
    bare (市委常委, 我市市委副书记, 市长), or with a body of no place of its own after one of them (宣传部长), is county.

    >>> segs = [_Segment("市委", heads()["常委"], 0, 4), _Segment("宣传", heads()["部长"], 5, 9)]
    >>> _local_levels(segs, ["city", "city"]), _local_levels([_Segment("济宁市委", heads()["常委"], 0, 6)], ["city"])
    (['county', 'county'], ['city'])
    """
    out: list[str | None] = []
    local = False
    for seg, level in zip(segments, levels):
        own = not seg.org or seg.org.startswith(_OWN_BARE_ORGS)
        local = own or (local and org_level(seg.org) is None)
        out.append("county" if level == "city" and local else level)
    return out


_SENDER = re.compile(r"^[省市县区]派(?!出所)")


def _own_levels(segments: list[tuple[_Segment, str | None]]) -> list[str]:
    """The levels of an official's posts; a post whose body is only who sent the official (省派第一书记, 市派驻村
    工作队长: a level then 派) counts only when no other post gives one, for 区委常委（挂职）、市派第一书记 is the
    county's official on secondment.

    >>> h = heads()
    >>> _own_levels([(_Segment("县委", h["副书记"], 0, 5), "county"), (_Segment("省派", h["书记"], 6, 12), "province")])
    ['county']
    >>> _own_levels([(_Segment("省派", h["书记"], 0, 6), "province")])
    ['province']
    """
    levels = [lvl for seg, lvl in segments if lvl and not _SENDER.match(seg.org)]
    return levels or [lvl for _, lvl in segments if lvl]


def _classify(f: _Found, local_city: bool = False) -> OfficialMention | PersonMention:
    """An official or a person from a title chain. `local_city`: the sentence has already named a
    county-level city's body (邹城市委书记…，市委副书记、市长…): bare 市 titles then belong to it."""
    titles = tuple(s.title for s in f.segments)
    inherited = ""
    official_segments: list[tuple[_Segment, str | None]] = []
    levels_by_segment = _segment_levels(f.segments)
    if local_city:
        levels_by_segment = _local_levels(f.segments, levels_by_segment)
    company = False
    for seg, level in zip(f.segments, levels_by_segment):
        org = seg.org or inherited
        inherited = org
        if _official_post(seg, org) and not _inside_company(company, seg):
            official_segments.append((seg, level))
        company = company or _is_person_org(org)
    if not official_segments:
        return PersonMention(f.name, "、".join(titles))
    levels = _own_levels(official_segments)
    level = max(levels, key=lambda lvl: _RANK[lvl]) if levels else "other"
    org = next((s.org for s, _ in official_segments if s.org and s.org != _FORMER), None)
    confidence = official_confidence(name_end=f.strength, has_org=org is not None, known_surname=_known_surname(f.name))
    return OfficialMention(f.name, titles, level, _strip_party_group(org) if org else None, confidence)


def _inside_company(company: bool, seg: _Segment) -> bool:
    """某某集团党委委员、副总经理、工会主席某某: after a title of a company (or any person's organisation) in one
    person's chain, a later title whose organisation names no place or level (工会, 党支部) is a post in that
    company too, not a state post.

    >>> _inside_company(True, _Segment("工会", heads()["主席"], 0, 0)), _inside_company(True, _Segment("县总工会", heads()["主席"], 0, 0))
    (True, False)
    """
    return company and org_level(seg.org) is None


def _official_post(seg: _Segment, org: str) -> bool:
    """Whether a title (its head, under the organisation `org` it belongs to) is a state post: an official's
    head outside a company, a village or a foreign state (白俄罗斯驻华大使), not printed as former (驻某国前大使); a body's head (负责人, kind
    `body` in titles.txt) only in a state body of a place (县发改局负责人; not 该公司负责人, 某县研学基地负责人).

    >>> heads_ = heads()
    >>> [_official_post(_Segment(o, heads_[h], 0, 0), o) for o, h in (("县发改局", "负责人"), ("曲阜研学基地", "负责人"), ("驻某国前", "大使"))]
    [True, False, False]
    """
    if _is_person_org(org) or seg.org.endswith("前") or _former_post(seg.org) or _foreign_state(org) \
            or _conference_member(seg) or _unit_league(org):
        return False
    if seg.head.kind == "body":
        return org.endswith(read_words("state_body_ends.txt")) and org_level(org) is not None
    return seg.head.kind == "official"


_CONFERENCE = "政协"


def _conference_member(seg: _Segment) -> bool:
    """某市政协常委某某, 政协委员: a member of a political consultative conference holds a seat, not a post (as a
    人大代表 does: a person); its 主席, 副主席 and 秘书长 are officials.

    >>> h = heads()
    >>> _conference_member(_Segment("某市政协", h["常委"], 0, 0)), _conference_member(_Segment("某市政协", h["主席"], 0, 0))
    (True, False)
    """
    return seg.org.endswith(_CONFERENCE) and seg.head.text in _MEMBER_HEADS


_LEAGUE = "团委"


def _unit_league(org: str) -> bool:
    """某某监狱团委, 某某银行团委: the Youth League committee of a work unit is a post inside that unit, not a
    place's (某县团委, 济宁市团委 are the places' own league bodies).

    >>> _unit_league("山东省某某监狱团委"), _unit_league("某某县团委"), _unit_league("市委")
    (True, False, False)
    """
    return org.endswith(_LEAGUE) and len(org) > len(_LEAGUE) and not _place_at(org[: -len(_LEAGUE)])


_FORMER = "原"  # 原主席: a post held before


def _former_post(org: str) -> bool:
    """省政协原副主席某某, 某某部原副部长某某: a named body's former post is a retired official's, no current official's
    (a bare 原主席, listed among a body's leaders, stays one of them: its organisation is only 原).

    >>> _former_post("省人大常委会原"), _former_post("中华人民共和国某某部原"), _former_post("原"), _former_post("市委")
    (True, True, False, False)
    """
    if not org.endswith(_FORMER) or len(org) == len(_FORMER):
        return False
    body = org[: -len(_FORMER)]
    # A state body's name (data/state_body_ends.txt: 某某部, 某某厅, 某某院) marks a former post even where the body
    # is no place's (a national ministry has no level of the city's).
    return org_level(body) is not None or body.endswith(read_words("state_body_ends.txt"))


def _foreign_state(org: str) -> bool:
    """Whether an organisation is a foreign state's (data/foreign_states.txt first, or a mission's mark such as
    驻华 anywhere: data/foreign_mission_marks.txt): its people are no Chinese officials.

    >>> _foreign_state("白俄罗斯驻华"), _foreign_state("韩国某市"), _foreign_state("我国驻某国"), _foreign_state("市委")
    (True, True, False, False)
    """
    return org.startswith(read_words("foreign_states.txt")) or any(m in org for m in read_words("foreign_mission_marks.txt"))


def _known_surname(name: str) -> bool:
    """Whether a name starts with a listed surname (or is a transliterated name such as 尤里·先科)."""
    single, double = surnames()
    return name[:2] in double or name[:1] in single or any(c in name for c in "·•・")


_PAST_MARK = re.compile("时任|曾任|原任|历任")
_PAST_REACH = 12  # how far before a name a 时任 of its clause still speaks of it
_DOCTRINE_WORDS = ("思想", "理论")  # 某某新时代中国特色社会主义思想, 某某理论: a doctrine named after a leader
_DOCTRINE_REACH = 16
_PERSON_AFTER = ("总书记", "同志", "主席", "总理", "委员长")  # 某某总书记关于…思想的论述: the person


def _leader_in_present(text: str, pos: int, name: str) -> bool:
    """Whether a national leader's mention at `pos` names the person as the article's: not a post held
    back then (时任国务院副总理的某某同志来到湖区: history) and not a doctrine named after them (以某某新时代中国
    特色社会主义思想为指导, 某某理论), which a researcher of local governance would not count as the leader
    taking part (the golden convention of tests/final/README.md leaves the set phrase off too).

    >>> t = "时任国务院副总理的某某来到湖区。以某某新时代中国特色社会主义思想为指导。某某总书记指出"
    >>> [_leader_in_present(t, t.find("某某", k), "某某") for k in (0, 16, 38)]
    [False, False, True]
    """
    clause = re.split(r"[，。；！？,;!?\n]", text[max(0, pos - _PAST_REACH) : pos])[-1]
    if _PAST_MARK.search(clause):
        return False
    after = re.split(r"[，。；！？、,;!?\n]", text[pos + len(name) : pos + len(name) + _DOCTRINE_REACH])[0]
    return after.startswith(_PERSON_AFTER) or not any(w in after for w in _DOCTRINE_WORDS)


def _leaders(text: str) -> list[tuple[int, OfficialMention]]:
    """The national leaders of data/national_leaders.txt that the text names in the present (see
    `_leader_in_present`), at their first such mention."""
    out: list[tuple[int, OfficialMention]] = []
    if not _leader_phrases().search(text):
        return out  # most articles name none: one scan, not one per phrase
    for name, title, phrases in national_leaders():
        positions = [at for p in _leader_wanted(name, phrases) for at in literal_starts(text, p)
                     if _leader_in_present(text, at + p.find(name), name)]
        if positions:
            out.append((min(positions), OfficialMention(name, (title,), "national", None, LEADER_CONFIDENCE)))
    return out


@lru_cache(maxsize=1)
def _leader_phrases() -> re.Pattern[str]:
    """Any phrase `_leaders` looks for (a leader's name where any mention counts): a text without one names no leader."""
    return re.compile(alternation_of(p for name, _, phrases in national_leaders() for p in _leader_wanted(name, phrases)))


def _leader_wanted(name: str, phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases a national leader is looked for by: the name alone where any mention counts (`*`), else the
    phrases of data/national_leaders.txt."""
    return (name,) if "*" in phrases else phrases


def _merge_official(a: OfficialMention, b: OfficialMention) -> OfficialMention:
    titles = a.titles + tuple(t for t in b.titles if t not in a.titles)
    level = max(a.level, b.level, key=lambda lvl: _RANK.get(lvl, 0))
    return OfficialMention(a.name, titles, level, a.organisation or b.organisation, max(a.confidence, b.confidence))


def _bare_mentions(text: str, known: Mapping[str, OfficialMention], have: set[str]) -> list[tuple[int, OfficialMention]]:
    """Known officials printed without a title here (林红玉强调): three-character names anywhere,
    two-character ones only where a clear boundary follows."""
    out = []
    for name, mention in known.items():
        if name in have:
            continue
        for at in literal_starts(text, name):
            if len(name) >= 3 or _strength(text, at + len(name)) >= 2:
                out.append((at, replace(mention, confidence=round(max(0.0, mention.confidence - BARE_DISCOUNT), 2))))
                break
    return out


@dataclass
class People:
    """Officials and persons of one text (unwrapped), by name, with where each is first mentioned."""

    text: str = ""
    excluded: set[str] = field(default_factory=set)
    officials: dict[str, OfficialMention] = field(default_factory=dict)
    persons: dict[str, PersonMention] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)

    def copy(self) -> People:
        return People(self.text, self.excluded, dict(self.officials), dict(self.persons), dict(self.order))

    def add_official(self, rec: OfficialMention, pos: int) -> None:
        old = self.officials.get(rec.name)
        self.officials[rec.name] = _merge_official(old, rec) if old else rec
        self.order[rec.name] = min(self.order.get(rec.name, pos), pos)

    def add_person(self, rec: PersonMention, pos: int) -> None:
        """A person, once: the first reading with a role (游客, 老人) wins over one without (”某某说)."""
        old = self.persons.get(rec.name)
        if old is None or (not old.role and rec.role):
            self.persons[rec.name] = rec
        self.order[rec.name] = min(self.order.get(rec.name, pos), pos)

    def drop_cut_names(self, text: str) -> None:
        """李兴 read where 李兴伟 was meant: drop a name whose every occurrence sits inside a longer one."""
        names = set(self.officials) | set(self.persons)
        for short in list(names):
            long = next((n for n in names if n != short and n.startswith(short) and text.count(short) == text.count(n)), None)
            if long is None:
                continue
            if short in self.officials and long in self.officials:
                self.officials[long] = _merge_official(self.officials[long], self.officials[short])
            self.officials.pop(short, None)
            self.persons.pop(short, None)

    def result(self) -> tuple[list[OfficialMention], list[PersonMention]]:
        by_order = sorted(self.order, key=self.order.__getitem__)
        return (
            [self.officials[n] for n in by_order if n in self.officials],
            [self.persons[n] for n in by_order if n in self.persons and n not in self.officials],
        )


_SESSION = re.compile(r"[一二三四五六七八九十\d]+届[^。，；！？\n]{0,12}?[一二三四五六七八九十\d]+次(?:全体|全委)?(?:会议|全会)")
_SESSION_REACH = 8  # how far before a session's 届 the county-level city's name may end (曲阜市政协十五届)


def _own_session(text: str, home: str | None = None) -> bool:
    """Whether the text reports a session of a county-level city's own congress, political consultative
    conference or party committee (曲阜市政协十五届四次会议, 政治协商会议第十五届曲阜市委员会第四次会议): its bare
    市 bodies (市政协主席, 市委、市政府的领导同志) are then that city's, not Jining's. Under another place's
    dateline (`home`: 本报济宁讯, a city leader attending the county's session) they stay that place's.

    >>> t = "某日，政治协商会议第十五届邹城市委员会第四次会议开幕。"
    >>> _own_session(t), _own_session(t, "邹城"), _own_session(t, "济宁"), _own_session("济宁市政协十五届四次会议开幕。")
    (True, True, False, False)
    """
    for m in _SESSION.finditer(text):
        window = text[max(0, m.start() - _SESSION_REACH) : m.end()]
        alias = next((a for a in _county_city_aliases() if a in window), None)
        if alias and (not home or canonical_county(home) == canonical_county(alias)):
            return True
    return False


_BARE_SESSION = re.compile(r"市(?:[一二三四五六七八九十\d]+届)?(?:政协|人大)[^。，；！？\n]{0,12}?会议")


def _home_city(home: str | None, text: str, found: list[_Found]) -> bool:
    """本报邹城讯 出席市政协十次会议的委员…，市政协主席张三参加: a story datelined at a county-level city (`home`:
    邹城, 曲阜; not a former one such as 兖州, now a district) that reports a meeting of a bare 市政协 or 市人大
    and names none of Jining's bodies (济宁市委…) reports that city's own meeting: its bare 市 bodies are
    that city's. (本报曲阜讯 市委书记某某到曲阜植树: Jining's leaders visiting, no meeting of the city's own.)

    >>> f = [_Found("张三", [_Segment("市政协", heads()["主席"], 0, 5)])]
    >>> t = "出席市政协十次会议的委员分组审议。市政协主席张三参加。"
    >>> _home_city("邹城", t, f), _home_city("泗水", t, f), _home_city("邹城", "市委书记张三到邹城植树。", f)
    (True, False, False)
    """
    if not _county_level_city(home) or any(seg.org.startswith("济宁") for f in found for seg in f.segments):
        return False
    return any(not text.endswith("济宁", 0, m.start()) for m in _BARE_SESSION.finditer(text))


_OWN_CITY_WORD = "我市"  # how a city's own paper names its city


def _home_city_voice(home: str | None, text: str) -> bool:
    """本报邹城讯 某县考察团来我市参观。市委副书记张三陪同。: a story datelined at a county-level city (`home`: 邹城,
    曲阜) that speaks of 我市 and never names Jining (济宁) speaks as that city: 我市 is it, and so are its bare 市
    bodies. (本报曲阜讯 济宁市委书记某某…, or …济宁… anywhere: Jining's paper, whose 我市 is Jining.)

    >>> t = "某县考察团来我市参观。市委副书记张三陪同。"
    >>> _home_city_voice("邹城", t), _home_city_voice("泗水", t), _home_city_voice("邹城", "济宁" + t)
    (True, False, False)
    """
    return _county_level_city(home) and _OWN_CITY_WORD in text and not any(name in text for name in read_words("city_names.txt"))


def _home_city_apart(home: str | None, text: str) -> bool:
    """本报邹城讯 济宁市考察团走进我市。市委副书记张三陪同。: a story datelined at a county-level city (`home`) with a
    sentence that names Jining (data/city_names.txt) and says 我市 in it tells the two apart: 我市 is the dateline's
    city, and so are its bare 市 bodies (Jining's paper, naming its own city, says 我市 and not both).

    >>> t = "济宁市考察团走进我市。市委副书记张三陪同。"
    >>> _home_city_apart("邹城", t), _home_city_apart("泗水", t), _home_city_apart("邹城", "济宁市考察团来了。我市很美。")
    (True, False, False)
    """
    if not (_county_level_city(home) or _former_county_city(home, text)):
        return False
    jining = tuple(read_words("city_names.txt"))
    return any(_OWN_CITY_WORD in s and any(name in s for name in jining) for s in _SENTENCE_SPLIT.split(text))


_SENTENCE_SPLIT = re.compile(r"[。！？\n]")


@lru_cache(maxsize=1)
def _city_leaders() -> frozenset[str]:
    """The names public record gives as Jining's party secretaries and mayors (data/leaders.csv rows whose post
    names no county-level place): a bare 市委书记 of theirs is the city's under any dateline.

    >>> "林红玉" in _city_leaders(), "王建文" in _city_leaders()  # 济宁 市长; 邹城市长
    (True, False)
    """
    from jdash.yearcues import leaders

    return frozenset(lead.name for lead in leaders() if not lead.places and lead.post.startswith("市"))


def _home_city_named(home: str | None, text: str) -> int:
    """本报邹城讯 …邹城市举行开工仪式。市长张三出席: in a story datelined at a county-level city (`home`) that never names
    Jining (data/city_names.txt), the bare 市 titles printed after the text names that city (邹城, 邹城市) are that
    city's; returns where it is first named, or -1. The city named as where someone goes (data/visit_verbs.txt:
    本报曲阜讯 某某到曲阜调研。市委书记某某…) is visited by Jining's leaders, whose bare titles stay the city's.

    >>> _home_city_named("邹城", "邹城市举行开工仪式。市长张三出席。"), _home_city_named("泗水", "泗水县举行仪式。")
    (0, -1)
    >>> _home_city_named("邹城", "济宁市重点项目在邹城开工。市长张三出席。"), _home_city_named("曲阜", "市长张三到曲阜调研。")
    (-1, -1)
    """
    if not _county_level_city(home) or any(name in text for name in read_words("city_names.txt")):
        return -1
    visits = tuple(read_words("visit_verbs.txt"))
    found = [m.start() for alias in _own_aliases(home or "") for m in re.finditer(re.escape(alias), text)
             if not text.endswith(visits, 0, m.start())]
    return min(found, default=-1)


@lru_cache(maxsize=None)
def _own_aliases(home: str) -> tuple[str, ...]:
    """Every name of the unit a dateline's place is (邹城 → 邹城, 邹城市 …: the gazetteer's aliases)."""
    own = canonical_county(home)
    return tuple(p.alias for p in places() if p.canonical == own)


def _own_body_again(home: str | None, text: str, first: _Segment) -> bool:
    """本报曲阜讯 曲阜市人大常委会召集代表视察。市人大常委会主任张三、副主任李四参加: in a story datelined at a county-level city
    (`home`), a bare 市 body (市人大常委会) that the text named before as that city's own (邹城市人大常委会) and never as
    Jining's (济宁市人大常委会) is that body again; its sentence's bare 市 titles are the city's.

    >>> t = "邹城市人大常委会召集代表视察。市人大常委会主任张三参加。"
    >>> seg = _Segment("市人大常委会", heads()["主任"], 15, 23)
    >>> _own_body_again("邹城", t, seg), _own_body_again("泗水", t, seg), _own_body_again("邹城", "济宁市人大常委会" + t, seg)
    (True, False, False)
    """
    if not _county_level_city(home) or not first.org.startswith("市") or len(first.org) < 2:
        return False
    body = re.escape(first.org[1:])
    own = alternation_of(list(_own_aliases(home or "")))
    jining = alternation_of(list(read_words("city_names.txt")))
    return bool(re.search(f"(?:{own})市?{body}", text[: first.start])) and not re.search(f"(?:{jining})市?{body}", text)


def _former_county_city(home: str | None, text: str) -> bool:
    """本报兖州讯 …兖州市…: a dateline's place that was a county-level city (data/counties.csv: 兖州市, an old name, until
    2013) in a text that prints that city's name (not 兖州市民, a resident): the story is of the city's years.

    >>> _former_county_city("兖州", "兖州市举行仪式。"), _former_county_city("兖州", "兖州区举行仪式。"), _former_county_city("兖州", "兖州市民说。")
    (True, False, False)
    """
    return bool(home) and any(p.form == "old" and p.alias == f"{home}市" and re.search(f"{p.alias}(?!民)", text)
                              for p in places())


def _county_level_city(home: str | None) -> bool:
    """Whether a dateline's place is a county-level city of today (邹城, 曲阜; not 兖州, now a district)."""
    return any(p.alias == home and p.type == "city" for p in places()) if home else False


def _titled(text: str, excluded: set[str], people: People, home: str | None = None) -> None:
    """Everyone printed after a title chain; bare 市 titles in a sentence that named a county-level city's
    body (邹城市委书记…，市委副书记、市长…), anywhere in a report of that city's own session, in a story
    datelined there that names no body of Jining's (`home`: the dateline's place), or after the city is named in
    a story datelined there that never names Jining (`_home_city_named`), belong to that city."""
    found = sorted(_scan(text) + _titles_in_notes(text) + _heads_after_names(text) + _names_between_body_and_head(text)
                   + _names_before_group_title(text)
                   + _names_before_comma_titles(text),
                   key=lambda f: f.segments[0].start)
    own = (_own_session(text, home) or _home_city(home, text, found) or _home_city_voice(home, text)
           or _home_city_apart(home, text))
    city_sentence = len(text) if own else -1  # where bare 市 stops meaning the county-level city
    named_at = _home_city_named(home, text)  # where bare 市 starts meaning it
    staff, bare = _Staff(), _BareTitles()
    for f in found:
        if f.name in excluded:
            continue
        first = f.segments[0]
        if first.start > city_sentence and (_names_county_city(first.org) or _own_body_again(home, text, first)):
            city_sentence = _sentence_end(text, first.start)
        local = (first.start <= city_sentence or 0 <= named_at < first.start) and f.name not in _city_leaders()
        rec = _classify(f, local_city=local and not _names_county_city(first.org))
        rec = bare.read(text, f, staff.read(text, f, rec))
        if isinstance(rec, OfficialMention):
            people.add_official(rec, f.segments[-1].end)
        else:
            people.add_person(rec, f.segments[-1].end)


@dataclass
class _Staff:
    """A list of a company's people: 某某公司总经理张三、战略发展中心主任李四、王五 — a title with no place
    of its own (no 市/县/镇 body, no head with a level), printed right after a company person and a 、,
    is a post in that company, so its holders are persons too.

    >>> sorted(p.name for p in read_people("某某公司总经理张三、战略发展中心主任李四、王五出席。").persons.values())
    ['张三', '李四', '王五']
    """

    chain: int = -1  # where the title chain of the last company person starts
    name_end: int = -1  # where that person's name ends

    def read(self, text: str, f: _Found, rec: OfficialMention | PersonMention) -> OfficialMention | PersonMention:
        first = f.segments[0]
        continues = self._continues(text, f)
        if isinstance(rec, OfficialMention) and continues:
            rec = PersonMention(f.name, "、".join(s.title for s in f.segments))
        if isinstance(rec, PersonMention) and (continues or _staff_head(f)):
            self.chain = first.start
            self.name_end = text.find(f.name, f.segments[-1].end) + len(f.name)
        elif first.start != self.chain:
            self.chain = self.name_end = -1
        return rec

    def _continues(self, text: str, f: _Found) -> bool:
        first = f.segments[0]
        if first.start == self.chain:
            return True
        listed = self.name_end >= 0 and first.start == self.name_end + 1 and text[self.name_end] == "、"
        return listed and all(level is None for level in _segment_levels(f.segments))


_RANK_PREFIXES = ("第一", "常务", "专职", "副")


def _base_head(head: str) -> str:
    """副主任, 第一副主任, 常务副主任 → 主任: a title head without its rank."""
    while head.startswith(_RANK_PREFIXES):
        head = head[2:] if head.startswith(("第一", "常务", "专职")) else head[1:]
    return head


def _member_of(head: str, titles: Iterable[str]) -> bool:
    """党组成员 after 市政协党组副书记: a membership (成员, 委员) of a body that a title before it names.

    >>> _member_of("党组成员", ["县政协党组副书记"]), _member_of("党组成员", ["县长"]), _member_of("副局长", ["局长"])
    (True, False, False)
    """
    body = next((head[: -len(m)] for m in _MEMBER_HEADS if head.endswith(m)), "")
    return bool(body) and any(body in t for t in titles)


@dataclass
class _BareTitles:
    """市人大常委会主任张三主持会议，副主任李四、王五出席; 县政协主席张三，党组副书记李四，副主席王五、党组成员赵六:
    a title printed bare (no organisation, no level of its own) after officials of a body in the same
    sentence, the head of one of them up to its rank (主席, 副主席) or a membership of a body they name
    (党组成员), is a post of that body: its holders take the level of the official before them (their
    titles stay as printed).

    >>> {m.name: m.level for m in read_people("县政协主席张三，县政协党组副书记李四，副主席王五、党组成员赵六出席。").officials.values()}
    {'张三': 'county', '李四': 'county', '王五': 'county', '赵六': 'county'}
    """

    last: OfficialMention | None = None
    heads: set[str] = field(default_factory=set)  # the base heads of the sentence's officials
    titles: list[str] = field(default_factory=list)  # and their titles
    sentence_end: int = -1

    def read(self, text: str, f: _Found, rec: OfficialMention | PersonMention) -> OfficialMention | PersonMention:
        if not isinstance(rec, OfficialMention):
            return rec
        first = f.segments[0]
        if rec.level == "other" and self.last is not None and first.start <= self.sentence_end:
            if rec.organisation is None and (_base_head(first.head.text) in self.heads
                                             or _member_of(first.head.text, self.titles)):
                return replace(rec, level=self.last.level)
            if _placeless_body(rec.organisation):
                return replace(rec, level=self.last.level)
        if rec.organisation is not None and not _placeless_body(rec.organisation):
            if first.start > self.sentence_end:
                self.heads, self.titles = set(), []
            self.last = rec
            self.heads |= {_base_head(s.head.text) for s in f.segments}
            self.titles += rec.titles
            self.sentence_end = _sentence_end(text, first.start)
        return rec


def _placeless_body(org: str | None) -> bool:
    """县委副书记、县长张三，人大常委会副主任李四陪同: a body every place has (data/place_bodies.txt: 人大常委会, 政协)
    printed without its place, listed in a sentence after a place's officials, is that place's body
    (`_BareTitles` gives its holders their level).

    >>> _placeless_body("人大常委会"), _placeless_body("县人大常委会"), _placeless_body("某某集团"), _placeless_body(None)
    (True, False, False, False)
    """
    return bool(org) and org in read_words("place_bodies.txt")


def _staff_head(f: _Found) -> bool:
    """Whether a person's chain names a company or the like (某某集团董事长, 公司总经理), not a village."""
    return any((s.head.kind != "official" and not _official_post(s, s.org))
               or (_is_person_org(s.org) and not _VILLAGE_ORG.search(s.org)) for s in f.segments)


_ELECTED_TITLE_MAX = 20  # how far after 当选为 the post's head may end


def _elected(text: str) -> list[_Found]:
    """王某当选为县人民政府县长, 会议选举王某为县长: a name opening a clause, an election verb
    (data/election_verbs.txt) and the title after it, or an appointment verb, the name and 为 before the
    title (data/appointment_verbs.txt), make an official (the title's own name-reading finds no name after it).

    >>> [(f.name, f.segments[0].title) for f in _elected("大会上，王立军当选为县人民政府县长。")]
    [('王立军', '县人民政府县长')]
    """
    found = []
    election, appointment = _election_patterns()
    for m in election.finditer(text):
        name = _name_before(text, m.start())
        seg = _post_after(text, m.end())
        if name and seg:
            found.append(_Found(name, [seg]))
    for m in appointment.finditer(text):  # 会议选举王某为县长
        got = read_name(text, m.end(), in_list=True)
        seg = _post_after(text, m.end() + len(got[0]) + 1) if got and text.startswith("为", m.end() + len(got[0])) else None
        if seg:
            found.append(_Found(got[0], [seg]))
    return found


@lru_cache(maxsize=1)
def _election_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """_elected's two verbs: an election verb (data/election_verbs.txt), and an appointment verb
    (data/appointment_verbs.txt) before a name and 为 (会议选举王某为县长), compiled once."""
    election = "|".join(re.escape(v) for v in read_words("election_verbs.txt"))
    appointment = "|".join(re.escape(v) for v in read_words("appointment_verbs.txt"))
    return re.compile(election), re.compile(f"(?:{appointment})(?=[\u4e00-\u9fff]{{2,4}}为)")


def _post_after(text: str, start: int) -> _Segment | None:
    """The post printed from `start` (县人民政府县长): an organisation and the first title head within reach
    that is no part of a longer word, with no punctuation before it."""
    heads_after = _head_pattern().finditer(text, start, start + _ELECTED_TITLE_MAX)
    head = next((h for h in heads_after if not _head_in_word(text, h.start(), h.end())), None)
    if not head or any(c in _PUNCT_STRONG for c in text[start : head.start()]):
        return None
    return _Segment(text[start : head.start()], heads()[head.group()], start, head.end())


def _name_before(text: str, end: int, openers: Iterable[str] = ()) -> str | None:
    """The name that ends at `end` and opens its clause (，王立军当选, 王立军同志当选), or follows one of
    `openers` (由王立军): None when none fits."""
    if text.endswith("同志", 0, end):
        end -= 2
    for n in (3, 2, 4):
        start = end - n
        if start < 0 or (start > 0 and text[start - 1] not in _PUNCT_STRONG and text[start - 1] not in openers):
            continue
        got = read_name(text[start:end] + "，", 0)
        if got and got[0] == text[start:end]:
            return got[0]
    return None


@lru_cache(maxsize=1)
def person_cues() -> dict[str, tuple[str, ...]]:
    """data/person_cues.txt: kind (elder, told) → its words, longest first."""
    cues = read_keyed_words("person_cues.txt")
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in cues.items()}


_ELDER_NAME_CHARS = 3  # a full name (surname and a two-character given name): 高龄老人 is no 高龄


def _untitled_people(text: str) -> list[tuple[int, PersonMention]]:
    """People printed with no title: 据张明远介绍 (据, a name, a verb of telling), ……。”张明远说 (the speaker
    after a quotation) and 今年八十岁的张明远老人 (a full name, then what an elder is called: data/person_cues.txt). A name that opens with a common word is none
    (据主办方介绍, 据专家介绍).

    >>> [p.name for _, p in _untitled_people("据张明远介绍，稻田画已成景。八十岁的李文清老人走过。")]
    ['张明远', '李文清']
    """
    cues, out = person_cues(), []
    for m in re.finditer("据", text):
        if m.start() > 0 and text[m.start() - 1] not in _PUNCT_STRONG:
            continue  # 根据, 数据: 据 opens the clause
        got = read_name(text, m.end(), min_strength=2)
        if got and text.startswith(cues["told"], m.end() + len(got[0])) and not _opens_with_word(got[0], 1):
            out.append((m.end(), PersonMention(got[0], "")))
    for m in re.finditer("[”\"]", text):  # ……。”周广才说。: the speaker of a quotation
        got = read_name(text, m.end(), min_strength=2)
        if got and text.startswith(cues["told"], m.end() + len(got[0])) and not _opens_with_word(got[0], 2):
            out.append((m.end(), PersonMention(got[0], "")))
    for word in cues["elder"]:
        for at in literal_starts(text, word):
            start = at - _ELDER_NAME_CHARS
            if start < 0 or (start > 0 and text[start - 1] not in _PUNCT_STRONG and text[start - 1] not in "的位名是"):
                continue
            got = read_name(text[start:at] + "，", 0)
            if got and got[0] == text[start:at] and not _opens_with_word(got[0], 1):
                out.append((start, PersonMention(got[0], word)))
    return out


def read_people(text: str, exclude: Iterable[str] = frozenset(), home: str | None = None) -> People:
    """Everyone `text` names with a title, and the national leaders it mentions: the one scan of an
    article, which `extract_officials` finishes (with or without the batch's known officials).
    `home`: the place of the article's dateline (邹城 of 本报邹城讯), which may own its bare 市 bodies.

    >>> sorted(read_people("市委副书记、市长于永生主持").officials)
    ['于永生']
    """
    text = unwrap(text or "")
    excluded = set(exclude)
    people = People(text, excluded)
    _titled(text, excluded, people, home)
    for f in _elected(text):
        rec = _classify(f)
        if f.name not in excluded and isinstance(rec, OfficialMention):
            people.add_official(rec, f.segments[0].start)
    for pos, rec in _leaders(text):
        if rec.name not in excluded:
            people.add_official(rec, pos)
    for pos, rec in _untitled_people(text):
        if rec.name not in excluded:
            people.add_person(rec, pos)
    return people


def extract_officials(
    text: str,
    exclude: Iterable[str] = frozenset(),
    *,
    known: Mapping[str, OfficialMention] | None = None,
    people: People | None = None,
) -> tuple[list[OfficialMention], list[PersonMention]]:
    """Officials and other named people in `text`, each once with all their titles, in order of first
    mention: 市委副书记、市长于永生主持 → 于永生 (市委副书记, 市长).

    `exclude`: names that are never officials (the article's reporters). `known`: officials found
    elsewhere (other articles of the batch), recognised here even when printed without a title.
    `people`: `read_people(text, exclude)` already done (it is not changed), so that a second call
    with `known` does not scan the text again.
    """
    people = (people or read_people(text, exclude)).copy()
    if known:
        # a person read with no title (据某某介绍, ”某某说) who is a known official is that official
        have = set(people.officials) | {n for n, p in people.persons.items() if p.role} | people.excluded
        for pos, rec in _bare_mentions(people.text, known, have):
            people.officials[rec.name] = rec
            people.order[rec.name] = pos
    people.drop_cut_names(people.text)
    return people.result()
