"""What a figure measures: metric phrases (data/metrics.csv) and the phrase reading around a number.

`METRIC_RULES` is an ordered list: the first rule that answers names the metric. `ADJUSTMENTS` then
refine that answer in order (a size names the thing after 的, a level word takes the thing counted
before, a change is named as a change). Every rule is a small function of a `Ctx` with one example.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from jdash.datafiles import alternation_of, read_table, read_words, words_longest_first
from jdash.figure_clause import label_of, names_a_part, read_clause, subject_before, topic_of
from jdash.figure_read import Raw
from jdash.gazetteer import aliases, county_mentions, own_place_names, towns
from jdash.model import Figure
from jdash.nlp import tag as pos_tags, word_freq
from jdash.parse.lexicon import Affixes
from jdash.rescan import Prefiltered

CLAUSE_END = frozenset("，,：:。！？!?；;\n")
_NOUN_FLAGS = ("n", "nz", "nt", "nl", "ng", "j", "b", "vn", "eng", "an", "a", "k", "nr", "s", "l", "z", "i")
_HEAD_FLAGS = ("n", "nz", "nt", "nl", "ng", "j", "vn", "eng", "an", "v", "z", "i")
_PHRASE_FLAGS = ("l",)  # a set phrase before a number heads its label (农用无人机, 合作社: jieba tags them l)
_FUNCTION_FLAGS = ("p", "u", "uj", "ul", "ud", "uz", "d", "c", "r", "m", "q", "x", "f", "t", "y", "e", "o", "zg", "ad", "tg")
# One-character heads that cannot stand alone: 上传率, 垃圾收集点 (jieba tags 点 as a numeral).
_SUFFIX_HEADS = frozenset("率量额数值点站户")  # one-character heads a noun takes (加工户, 高铁站)
_COPULAS = ("为", "成", "到", "至")
_BODY_CHARS = frozenset("社会园站所馆院队厂场库点区村")
_ASIDE = re.compile(r"[（(][^（）()]{1,10}[）)]")  # 农业示范园（区）, 细颗粒物（PM2.5）
_QUOTES = frozenset("“”‘’\"'《》")
_COORDINATED = ("n", "nz", "nt", "l", "j")
RATE_WORDS = ("增幅", "增速", "增长率", "降幅", "涨幅", "占比")
# A label of one word with one of these flags is a verb or a function word, not a measure (推进, 其中).
_LABEL_VERB_FLAGS = ("v", "vd", "p", "c", "d", "r", "u", "uj", "ul", "ud", "uz", "f", "m", "q", "x", "y")
# A product or grade code glued to a noun (5G基站, 3A级景区, 4K): letters and digits with one letter at least;
# DESIGNATOR finds it before a noun, _DESIGNATOR_END at the end of the words before one.
_CODE = r"(?=[0-9.]*[A-Za-z])[0-9A-Za-z]+(?:\.[0-9]+)?级?"
DESIGNATOR, _DESIGNATOR_END = re.compile(_CODE + r"(?=[\u4e00-\u9fff])"), re.compile(r"(?<![0-9A-Za-z.])" + _CODE + "$")
_CHANGE_BEFORE = re.compile(r"((?:同比|环比|比上年|比去年|较上年|较去年)(?:同期)?)?(增加|减少|(?<=比)增|(?<=比)减|(?<=期)增|(?<=期)减)了?")


@dataclass(frozen=True)
class Metric:
    """A metric phrase from metrics.csv."""

    phrase: str
    canonical: str
    base: str | None


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
def _metric_pattern() -> re.Pattern[str]:
    exact, _ = metrics()
    return re.compile(alternation_of(exact))


@lru_cache(maxsize=1)
def _metric_scan() -> Prefiltered:
    """The metric phrases tried only where one can open (see metric_before)."""
    return Prefiltered(_metric_pattern())


@lru_cache(maxsize=1)
def change_words() -> tuple[str, ...]:
    """The verbs of a change, the rises then the falls (data/rise_words.txt, data/fall_words.txt), joined once.

    >>> "增长" in change_words() and "下降" in change_words()
    True
    """
    return read_words("rise_words.txt") + read_words("fall_words.txt")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(read_words("figure_verbs.txt"))


@lru_cache(maxsize=1)
def _skip() -> frozenset[str]:
    return frozenset(read_words("figure_skip_words.txt"))


def canonical(phrase: str | None) -> Metric | None:
    """The metric a phrase maps to: 营收 → 营业收入; 助企攀登企业 → 企业数 (a suffix rule); else the last
    known metric inside it, unless that is a bare measure (data/bare_measures.txt) of a thing printed before
    it (蔬菜产量 is no 产量 of the county)."""
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
    if m and m.start() > 0 and m.end() == len(phrase) and m.group() in read_words("bare_measures.txt"):
        return None  # 大蒜种植面积: the area of one crop is not the county's 面积
    return exact[m.group()] if m else None


def _retag(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """jieba tags some nouns as fixed expressions (合作社 l): those ending in a facility or body character
    are nouns here; other expressions (每人每年) stay what they are. A body character alone (村 of 旅游特色村,
    tagged zg) is a noun too, and so is a word tagged as a person's name after a noun (龙虾 of 亩产龙虾, 农家乐
    of 好客人家农家乐): see _noun_not_name."""
    out = [(w, "n") if f == "l" and len(w) >= 2 and w[-1] in _BODY_CHARS else (w, f) for w, f in tags]
    out = [(w, "n") if _noun_after_noun(out, k) else (w, f) for k, (w, f) in enumerate(out)]
    out = [(w, "n") if _unplaced_beside_noun(out, k) or _size_read_as_place(w, f) else (w, f) for k, (w, f) in enumerate(out)]
    return _suffix_head(_class_suffix(_glued_char_head(out)))


_PLACE_END = frozenset("省市县区镇乡村州")
_COMMON_PLACE = 3000  # jieba's frequency of a word tagged ns above which it is taken for a real place (江苏 3337)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset((*own_place_names(), *(p.alias for p in towns())))


def _unplaced_beside_noun(tags: list[tuple[str, str]], k: int) -> bool:
    """灌溉塘坝, 入园人数: a word jieba tags a place name (塘坝, 入园 ns) beside a noun is part of that noun unless it is
    one of the city's places (金乡, 王鲁镇: gazetteer), a place jieba's dictionary knows well (中国, 北京: _COMMON_PLACE),
    ends as a place's name does (某某县, 某某村) or is a verb of
    data/flow_qualifiers.txt or governing_verbs.txt (新建), so the label keeps it (灌溉塘坝, not 灌溉; 入园人数, not 人数).

    >>> _unplaced_beside_noun([("灌溉", "n"), ("塘坝", "ns")], 1), _unplaced_beside_noun([("金乡", "ns"), ("大蒜", "n")], 0)
    (True, False)
    """
    word, flag = tags[k]
    if flag != "ns" or len(word) != 2 or word in _place_names() or word[-1] in _PLACE_END:
        return False
    if word in read_words("flow_qualifiers.txt") or word in read_words("governing_verbs.txt"):
        return False  # 新建 (ns): a verb that opens a phrase, read as such elsewhere
    if word_freq(word) >= _COMMON_PLACE:
        return False  # 中国, 北京, 河南: a place jieba's dictionary knows well is a place
    return any(0 <= j < len(tags) and tags[j][1] in ("n", "vn", "nz") for j in (k - 1, k + 1))


def _size_read_as_place(word: str, flag: str) -> bool:
    """某铁路境内长度为88公里: a size word (data/dimension_words.txt, thing_sizes.txt) jieba tags a place name (长度 ns) is
    the noun that names the size, never a place.

    >>> _size_read_as_place("长度", "ns"), _size_read_as_place("长度", "n"), _size_read_as_place("金乡", "ns")
    (True, False, False)
    """
    return flag == "ns" and word in _thing_sizes().words


def _glued_char_head(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """降水井6眼: a single character ending the words before a number, after a noun, that jieba leaves as no noun (井
    zg) is the noun's head, so the two are one noun (降水井), not a noun cut from its head; a place's character (县)
    is not.

    >>> _glued_char_head([("新打", "v"), ("降水", "n"), ("井", "zg")])
    [('新打', 'v'), ('降水井', 'n')]
    """
    if len(tags) < 2 or len(tags[-1][0]) != 1 or tags[-1][1] not in ("zg", "ng", "nr", "ns") or tags[-1][0] in _PLACE_END:
        return tags
    if tags[-2][1] not in ("n", "nz", "vn") or len(tags[-2][0]) < 2:
        return tags
    return tags[:-2] + [(tags[-2][0] + tags[-1][0], "n")]


def _glued_heads_inside(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """6眼降水井进行施工, 200亩花苗地: in the phrase after a number, a single character after a noun that jieba leaves
    as no noun (井 zg; 地 uv, as if it made an adverb, when it closes the phrase) is the noun's head, as
    _glued_char_head reads it before a number; a place's character (县) is not.

    >>> _glued_heads_inside([("降水", "n"), ("井", "zg"), ("进行", "v")]), _glued_heads_inside([("花苗", "n"), ("地", "uv")])
    ([('降水井', 'n'), ('进行', 'v')], [('花苗地', 'n')])
    """
    out: list[tuple[str, str]] = []
    for k, (word, flag) in enumerate(tags):
        glued = flag in ("zg", "ng") and word not in _PLACE_END or (word, flag) == ("地", "uv") and k == len(tags) - 1
        if glued and len(word) == 1 and out and out[-1][1] in ("n", "nz", "vn") and len(out[-1][0]) >= 2:
            out[-1] = (out[-1][0] + word, "n")
        else:
            out.append((word, flag))
    return out


def _suffix_head(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """观摩点, 加工户, 服务站: a one-character head (率, 量, 点, 站, 户 …) after a verb or a noun closes it, so the two are
    one noun, whatever jieba tags the character (站 a verb, 户 a classifier)."""
    out: list[tuple[str, str]] = []
    for word, flag in tags:
        if word in _SUFFIX_HEADS and out and out[-1][1] in ("v", "vn", "n", "nz") and len(out[-1][0]) >= 2:
            out[-1] = (out[-1][0] + word, "n")
        else:
            out.append((word, flag))
    return out


def _quoted_names(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """55个“百项重点工程”, 222个“双百工程”重点项目: the words inside a pair of quotes opening the phrase after a
    count are one name, whatever jieba tags them (百项, 双百 as numerals), so they are tagged a proper noun (nz)."""
    if not tags or tags[0][0] != "“":
        return tags
    close = next((k for k, (w, _) in enumerate(tags) if w == "”"), None)
    if close is None or sum(len(w) for w, _ in tags[1:close]) > 10:
        return tags
    return [tags[0]] + [(w, "nz") for w, _ in tags[1:close]] + tags[close:]


_PROVINCE_LEVELS = ("山东省", "山东")  # 4个山东旅游强县: the province names the level of a designation counted


def _province_level(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """4个山东旅游强县, 26个山东省旅游强乡镇: the province opening what a count counts names the level of a
    designation ([山东 b]), not a place that ends the phrase."""
    return [(tags[0][0], "b")] + tags[1:] if tags and tags[0][0] in _PROVINCE_LEVELS else tags


def _level_bound(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """72项市级以上先进荣誉: after a count, a level and its bound (以上, 以下) are one modifier of what is counted
    ([市级以上 b]), not the end of the phrase."""
    out: list[tuple[str, str]] = []
    for word, flag in tags:
        if word in _SECTOR_INNER and out and out[-1][0].endswith("级"):
            out[-1] = (out[-1][0] + word, "b")
        else:
            out.append((word, flag))
    return out


def _class_suffix(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """轻工类19个, 省级重点实施类项目: 类 after a noun or a verb (tagged a classifier) closes a class name, so the
    two are one noun: [轻工类 n], [实施类 n, 项目 n]."""
    out: list[tuple[str, str]] = []
    for word, flag in tags:
        if (word, flag) == ("类", "q") and out and out[-1][1] in ("n", "nz", "vn", "v"):
            out[-1] = (out[-1][0] + word, "n")
        else:
            out.append((word, flag))
    return out


def _noun_after_noun(tags: list[tuple[str, str]], k: int) -> bool:
    """亩产龙虾, 好客人家农家乐, 旅游特色村, 先进荣誉: after a common noun, a verbal noun or a modifier, a two- or three-character word
    jieba tags nr (a person's name) is a noun (a name follows a title, and no number follows it), and so is a
    body character alone (村, tagged zg); after a place name (渭河村) it stays what it is."""
    word, flag = tags[k]
    if flag == "nr" and len(word) >= 3 and word[-1] in _BODY_CHARS:
        return True  # 改扩建幼儿园: a body's name (园, 站, 院 …) jieba tags as a person's, after any word
    if k == 0 or tags[k - 1][1] not in ("n", "vn", "nz", "a", "b"):
        return False
    return flag == "nr" and 2 <= len(word) <= 3 or flag in ("zg", "ng") and word in _BODY_CHARS


def _is_noun(word: str, flag: str) -> bool:
    return (flag in _NOUN_FLAGS or word in _QUOTES) and word not in _verbs() and word not in _skip()


def _between(tags: list[tuple[str, str]], i: int, copula: bool) -> bool:
    """Whether tags[i-1] stands between a phrase and its number (达到, 为, 了, 同比 …)."""
    word, flag = tags[i - 1]
    if len(word) == 1 and word in _SUFFIX_HEADS and i > 1:
        return False
    return (word in _verbs() or word in _skip() or flag in _FUNCTION_FLAGS or flag == "ns"
            or flag not in _HEAD_FLAGS + _PHRASE_FLAGS or (flag == "v" and (copula or word.endswith(("至", "到", "为"))))
            or (flag == "vn" and copula))  # 企业发展到338家: 发展 before 到 is the predicate, not the head


def noun_tail(prefix: str) -> str | None:
    """The noun phrase that ends a clause prefix: 全市募集慈善款物 → 慈善款物, 建成垃圾收集点 → 垃圾收集点,
    光伏企业整合为 → 光伏企业, 认定农业示范园（区） → 农业示范园."""
    prefix = _ASIDE.sub("", prefix[-40:])[-16:]
    if not prefix:
        return None
    tags = _retag(pos_tags(prefix))
    i, copula = len(tags), False
    while i > 0 and _between(tags, i, copula):
        copula = tags[i - 1][0] in _COPULAS  # 整合为58家: the verb before 为 is the predicate too
        i -= 1
    if i == 0:
        return None
    j = i - 1  # the head
    if (len(tags[j][0]) == 1 and j > 0 and (tags[j][0] in _SUFFIX_HEADS or tags[j][1].startswith("n"))
            and tags[j - 1][0] not in _verbs() and tags[j - 1][1] not in _FUNCTION_FLAGS):
        j -= 1  # 上传率, 保障房, 收集点: a one-character head takes the word before it, whatever it is
    j = _phrase_start(tags, j)
    # 建设垃圾收集点: a verb that opens a longer phrase governs it.
    if i - j >= 2 and tags[j][0] in read_words("governing_verbs.txt") and len("".join(w for w, _ in tags[j + 1 : i])) >= 2:
        j += 1
    phrase = _with_rank(tags, j, _with_code(tags, j, i))
    return phrase if len(phrase) >= 2 else None


_AND_ITS = "及其"


def _and_its(tags: list[tuple[str, str]], j: int) -> bool:
    """大蒜及其制品出口额: 及其 between two nouns joins them into what is measured (not 制品出口额)."""
    return tags[j - 1][0] == _AND_ITS and j >= 2 and _is_noun(*tags[j - 2])


def _phrase_start(tags: list[tuple[str, str]], j: int) -> int:
    """Where the noun phrase whose head is tags[j] starts: back over nouns, 及其, a yearly 年 and paired acts."""
    while j > 0:
        if _paired_acts(tags, j):
            j -= 2
        elif _is_noun(*tags[j - 1]) or _and_its(tags, j) or _yearly(tags, j):
            j -= 1
        else:
            break
    return j


_PAIRING = ("与", "和", "及")


def _paired_acts(tags: list[tuple[str, str]], j: int) -> bool:
    """湿地保护与恢复80万亩, 道路新建和改造120公里: two acts joined by 与 (和, 及) are done together to what the phrase
    names, so the one before the joint belongs to the label as much as the one after it.

    >>> _paired_acts([("保护", "v"), ("与", "p"), ("恢复", "v")], 2), _paired_acts([("企业", "n"), ("与", "p"), ("恢复", "v")], 2)
    (True, False)
    """
    return (j >= 2 and tags[j - 1][0] in _PAIRING and tags[j][1] in ("v", "vn")
            and tags[j - 2][1] in ("v", "vn") and len(tags[j - 2][0]) >= 2)


def _yearly(tags: list[tuple[str, str]], j: int) -> bool:
    """芦笋年出口量: 年 between a thing and its measure is "a year's" (annual), inside what is measured, not
    a period that ends the phrase (as 去年 or 2021年 would be); a county's or a determiner's word before it is none.

    >>> _yearly([("芦笋", "n"), ("年", "m"), ("出口量", "n")], 2), _yearly([("全县", "n"), ("年", "m"), ("产量", "n")], 2)
    (True, False)
    """
    return (tags[j - 1] == ("年", "m") and j >= 2 and tags[j - 2][1] == "n" and _is_noun(*tags[j - 2])
            and not tags[j - 2][0].startswith(("全", "各", "我", "本", "该")))


def _with_rank(tags: list[tuple[str, str]], j: int, phrase: str) -> str:
    """世界500强企业, not 强企业: a phrase opening with 强 takes the rank (and its scope) printed before it."""
    ranked = _ranked_class_end().search("".join(w for w, _ in tags[:j]) + phrase[:1]) if phrase.startswith("强") else None
    return ranked.group()[:-1] + phrase if ranked else phrase


@lru_cache(maxsize=1)
def _ranked_class() -> re.Pattern[str]:
    """A ranked class: 世界500强, 全国百强 (a scope of data/scope_words.txt, optional, and a rank)."""
    scopes = "|".join(map(re.escape, read_words("scope_words.txt")))
    return re.compile(rf"(?:{scopes})?(?:\d+|[百千])强(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _ranked_class_end() -> re.Pattern[str]:
    scopes = "|".join(map(re.escape, read_words("scope_words.txt")))
    return re.compile(rf"(?:{scopes})?(?:\d+|[百千])强$")


def _with_code(tags: list[tuple[str, str]], j: int, i: int) -> str:
    """The words tags[j:i] as a phrase, with a product or grade code glued before it (5G基站, 3A级景区)."""
    k = j
    while k < i and tags[k][0].isascii() and tags[k][0].isalnum():
        k += 1
    designator = _DESIGNATOR_END.search("".join(w for w, _ in tags[:k]))
    code = designator.group() if designator else "".join(w for w, _ in tags[j:k])
    return code + "".join(w for w, _ in tags[k:i]).strip("“”‘’\"'《》")


def _heads(word: str, flag: str) -> bool:
    """Whether a word after a number can head what is counted: a noun, or a word of three characters or more jieba
    tags a person's name (小学生, 志愿者: no name follows a count)."""
    return flag in _HEAD_FLAGS and flag != "v" or flag == "nr" and len(word) >= 3


@dataclass
class _After:
    """State while reading the phrase after a number."""

    out: list[tuple[str, str]]
    lead: bool
    count: bool = False  # after a count, a set phrase ending in a noun heads too (_set_phrase_head)

    @property
    def has_noun(self) -> bool:
        return any(_heads(w, f) or _set_phrase_head(w, f, self.count) for w, f in self.out[1 if self.lead else 0 :])


def _coordinates(word: str, nxt_flag: str, st: _After) -> bool:
    """41家专业合作社和家庭农场: 和/及 between two nouns joins both into what is counted."""
    return word in ("和", "及") and st.has_noun and nxt_flag in _COORDINATED


def _counted_alone(word: str, flag: str, nxt_flag: str, st: _After) -> bool:
    """87个村完成…: a one-character noun right after a count, followed by a verb, is counted on its own."""
    return not st.out and len(word) == 1 and flag in ("n", "ng", "zg") and (not nxt_flag or nxt_flag.startswith("v"))


def _what_they_did(flag: str, nxt_flag: str, last: bool, st: _After) -> bool:
    """900余名农民转移就业: the verbs that end the phrase say what the counted did."""
    return st.has_noun and flag == "vn" and nxt_flag == "v" and last


def _after_step(word: str, flag: str, nxt_flag: str, last: bool, st: _After, count: bool, after_de: bool) -> str:
    """What one word after a number does to the phrase: "take", "take-stop", "join", "modifier", "head" or "stop"."""
    if _coordinates(word, nxt_flag, st):
        return "join"
    if word in _SUFFIX_HEADS and st.has_noun:
        return "head"  # 3座高铁站: 站 (tagged a verb) closes the noun it follows
    if word in _verbs() or word in _skip() or word in read_words("class_verbs.txt"):
        return "stop"
    if count and _counted_alone(word, flag, nxt_flag, st):
        return "take-stop"
    if _what_they_did(flag, nxt_flag, last, st):
        return "stop"
    if after_de and st.has_noun and flag == "v" and nxt_flag in _COORDINATED:
        return "modifier"  # 3亿元的产业引导基金: after 的 a verb between nouns modifies
    return "take" if _is_noun(word, flag) or (not st.has_noun and flag.startswith("v")) else "stop"


def _measure_starts(t: str, pos: int) -> bool:
    """15家企业营收增幅: a measure of its own (营收, 增幅) starts at pos."""
    starts = _metric_pattern().match(t, pos)
    return bool(starts) and bool(metrics()[0][starts.group()].base or starts.group() in RATE_WORDS)


def _trimmed(out: list[tuple[str, str]], count: bool) -> str | None:
    """The phrase without trailing verbs, particles and open quotes; at least two characters, or one
    noun counted alone (村). After a count a set phrase of three characters or more (发明专利, jieba's l) is a head."""
    while out and (not _heads(*out[-1]) and not _set_phrase_head(*out[-1], count) or out[-1][0] in _QUOTES) and out[-1][0] not in "”’":
        out.pop()
    phrase = "".join(w for w, _ in out)
    single = count and len(out) == 1 and len(phrase) == 1 and out[0][1] == "n"
    return phrase if len(phrase.strip("“”‘’\"'《》")) >= 2 or single else None


def _set_phrase_head(word: str, flag: str, count: bool) -> bool:
    """15项发明专利: after a count, a set phrase (l) of three characters or more ending in a noun (专利) names what is
    counted; 围坐在 (30位老人围坐在…) does not end in one."""
    return count and flag == "l" and len(word) >= 3 and pos_tags(word[-2:])[-1][1].startswith("n")


def noun_after(t: str, i: int, stop_at_measures: bool = True, count: bool = False, after_de: bool = False) -> str | None:
    """The noun phrase right after a number: 44家助企攀登企业实现… → 助企攀登企业."""
    code = DESIGNATOR.match(t, i) or _ranked_class().match(t, i)  # 300个5G基站, 46家世界500强企业: the code starts it
    i = code.end() if code else i
    m = re.match(r"[\u4e00-\u9fff“”‘’\"'《》]+", t[i : i + 14])
    if not m:
        return None
    found = _noun_after(t, i, m.group(), stop_at_measures, count, after_de)
    return (code.group() + found) if code and found else found


def _noun_after(t: str, i: int, snippet: str, stop_at_measures: bool, count: bool, after_de: bool) -> str | None:
    lead = next((w for w in read_words("project_states.txt") if snippet.startswith(w)), "")
    st = _After([(lead, "b")] if lead else [], bool(lead), count)  # 32个在建重点项目: the state belongs to the phrase
    pos = i + len(lead)
    tags = list(pos_tags(snippet[len(lead) :]))
    tags = _quoted_names(_retag(_glued_heads_inside(_level_bound(_province_level(tags) if count else tags))))
    for k, (word, flag) in enumerate(tags):
        if stop_at_measures and st.has_noun and _measure_starts(t, pos):
            break
        step = _after_step(word, flag, tags[k + 1][1] if k + 1 < len(tags) else "", k + 2 >= len(tags), st, count, after_de)
        if step == "stop" and st.has_noun and verbs_inside_name(t, i + len(snippet), tags, k):
            step = "modifier"  # 5个地理标志保护产品: 保护 is part of the name
        if step == "stop" or st.has_noun and k + 1 < len(tags) and tags[k + 1][0] == "于":
            break  # 土地专用于…: a word before 于 is a verb (专用于, 高于), not part of the thing
        st.out.append((word, {"join": "c", "take-stop": "n", "modifier": "vn", "head": "n"}.get(step, flag)))
        pos += len(word)
        if step == "take-stop":
            break
    return _trimmed(st.out, count)


def verbs_inside_name(t: str, end: int, tags: list[tuple[str, str]], k: int) -> bool:
    """5个地理标志保护产品, 12个粪污收集处理站, 2亿元产业发展引导资金: verbs after a noun (tags[k:], none a figure
    verb) are part of the name when nouns alone follow them to the phrase's end `end`, the last ending in a class head
    (data/class_heads.txt), and the phrase closes its clause (no number of its own follows: 12个乡镇建设扶贫车间86个
    keeps 乡镇).

    >>> name, t = "地理标志保护产品", "认定5个地理标志保护产品，"
    >>> verbs_inside_name(t, 12, list(pos_tags(name)), 2), verbs_inside_name("12个乡镇建设车间8个", 9, list(pos_tags("乡镇建设车间")), 1)
    (True, False)
    """
    j = k
    stops = _verbs() | _skip() | frozenset(read_words("class_verbs.txt"))  # 66个项目纳入省市重点项目: 纳入 is the predicate
    while j < len(tags) and tags[j][1] in ("v", "vn") and tags[j][0] not in stops:
        j += 1
    if j == k or j == len(tags) or not all(_is_noun(w, f) for w, f in tags[j:]):
        return False
    if not tags[-1][0].endswith(read_words("class_heads.txt")):
        return False  # 小学生身着汉服: a verb and its object, no class of things
    return end >= len(t) or t[end] in CLAUSE_END or t[end] == "的"


def head_after_attributive(t: str, i: int, first: str) -> str | None:
    """12个投资大、带动强的重点项目 → 重点项目: the noun after an attributive clause's last 的, when that
    noun ends the clause and the clause describes (投资大) rather than tells what the counted did
    (3000户村民住进了…的新房); not 5个村的农户, where 的 follows the counted noun itself."""
    end = i
    while end < len(t) and end - i < 40 and t[end] not in CLAUSE_END:
        end += 1
    clause = t[i:end]
    de = clause.rfind("的")
    if de <= len(first) or clause.startswith(first + "的"):
        return None
    tags = pos_tags(clause[len(first) : len(first) + 4])
    if not tags or not (tags[0][1] in ("a", "ad", "an") or (tags[0][1] == "d" and len(tags) > 1 and tags[1][1] == "a")):
        return None
    head = noun_after(t, i + de + 1, count=True)
    return head if head and i + de + 1 + len(head) == end else None


def metric_before(t: str, lo: int, hi: int) -> tuple[str, Metric] | None:
    """The last metric phrase in t[lo:hi]; a rate word right after another metric joins it (营收增幅)."""
    found: list[re.Match[str]] = []
    # The match at each point (overlapping: 临时救助金 holds both 临时救助 and 救助金), tried only where a phrase can open.
    for m in _metric_scan().matches_from_each_point(t, lo, hi):
        if not (found and found[-1].end() >= m.end()):
            found.append(m)
    if not found:
        return None
    exact, _ = metrics()
    last = found[-1]
    if last.group() in RATE_WORDS and len(found) > 1 and found[-2].end() >= last.start() - 2:
        prev = found[-2]
        return t[prev.start() : last.end()], exact[prev.group()]
    return last.group(), exact[last.group()]


@lru_cache(maxsize=1)
def _gap_words() -> Affixes:
    extra = ("同比", "平均", "分别", "总计", "合计", "约为")
    modal = read_words("modal_words.txt") + read_words("reach_verbs.txt")  # 产值有望突破1亿元: how sure, not what
    return Affixes(read_words("figure_verbs.txt") + read_words("approx_before.txt") + modal + extra)


_GAP_SPACE = re.compile(r"[\s“”]")


def gap_is_empty(gap: str) -> bool:
    """Whether only verbs and approximation words stand between a metric and its number (营收达到35亿)."""
    gap = _GAP_SPACE.sub("", gap)
    words = _gap_words()
    while gap and (w := words.prefix(gap)):  # the longest gap word opening it, taken off
        gap = gap[len(w) :]
    return not gap


# ---- the context of one figure, and the ordered metric rules


@dataclass
class Ctx:
    """One figure being read: the text, its number, where its clause starts, what came before."""

    t: str
    raw: Raw
    clause_lo: int
    lo: int  # the clause start, or the end of the figure before in the clause
    number_lo: int  # the number's start, before any approximation word (超过10亿元)
    kind: str
    prev: Figure | None
    prev_start: int
    carried_place: str | None = None  # the named place the sentence before (ended by ；) spoke of
    carried_thing: str | None = None  # the thing the sentence before (ended by ；) measured last (小麦 of 小麦单产)
    counted: tuple[tuple[str, str], ...] = ()  # (unit, class) counted last in the paragraph in each unit (所 → 学校)

    @property
    def nxt(self) -> str:
        return self.t[self.raw.end : self.raw.end + 1]

    @property
    def share_of(self) -> int:
        """Where 占 stands before a share (出口额占…的60%), else -1; 占比 is a measure's own name."""
        k = self.t.rfind("占", self.lo, self.number_lo) if self.kind == "share" else -1
        return -1 if k >= 0 and self.t.startswith("占比", k) else k


Answer = tuple[str | None, "Metric | None"]


def _named(text: str | None) -> Answer:
    return text, canonical(text.strip("“”") if text else None)


@lru_cache(maxsize=1)
def _bounded_after_count() -> re.Pattern[str]:
    """A bound printed between a count and its class: 投资2亿元以上, 投资过亿元的, 总投资5000万元及以上的."""
    before = "|".join(map(re.escape, read_words("threshold_before.txt")))
    return re.compile(rf"[\u4e00-\u9fff]{{0,3}}?(?:{_bound()}|(?:{before})[万亿]元)的?")


def counted_bounded_class(c: Ctx) -> Answer | None:
    """44个投资2亿元以上项目 → 投资2亿元以上项目, 19个投资过亿元的重大产业项目 → 投资过亿元的重大产业项目: a count
    whose class is bounded by a threshold printed after it names the class with its bound (the canonical metric
    is the class noun's), and with the verbs that say which of them are counted (…项目开工建设, 集中开工了19个…)."""
    if c.kind != "count":
        return None
    m = _bounded_after_count().match(c.t, c.raw.end)
    head = noun_after(c.t, m.end(), count=True) if m and m.end() > c.raw.end else None
    if not head:
        return None
    phrase = c.t[c.raw.end : m.end()] + head
    return (_verbs_after_count(c, (phrase, None)) or _verbs_glued_before(c)) + phrase, canonical(head)


def _verbs_glued_before(c: Ctx) -> str:
    """集中开工了19个投资过亿元的项目 → 集中开工: the verbs right before a count (a 了 after them) say which of the
    class are counted."""
    before = c.t[max(c.lo, c.number_lo - 10) : c.number_lo].removesuffix("了")
    return _defining_verbs(list(pos_tags(before))) if before and not before.endswith("的") else ""


_BECAME = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:成为|转型为|组成的|组建的|构成的)")


def counted_as_what_they_became(c: Ctx) -> Answer | None:
    """80多家升级成为科技型企业 → 科技型企业, 2565人组成的诵读方阵 → 诵读方阵: a count followed by what its members
    became or formed is a count of that."""
    m = _BECAME.match(c.t, c.raw.end) if c.kind == "count" else None
    gap = c.t[c.raw.end : m.end()] if m else ""
    if m and any(f.startswith("n") for _, f in pos_tags(gap)):
        return None  # 12家企业成为规上企业: the count names its own thing (企业)
    thing = noun_after(c.t, m.end(), count=True) if m else None
    return _named(thing) if thing else None


def class_joined_after_count(c: Ctx) -> Answer | None:
    """3人入选省领军人才 → 入选省领军人才: a count followed at once by a class verb (data/class_verbs.txt) and its
    object, to its clause's end, counts those who joined that class."""
    if c.kind != "count" or not c.t.startswith(read_words("class_verbs.txt"), c.raw.end):
        return None
    rest = _rest_of_clause(c.t, c.raw.end)
    end = c.raw.end + len(rest)
    if len(rest) > 16 or (end < len(c.t) and c.t[end] not in CLAUSE_END):
        return None
    return rest, None


_EXAMPLES_END = re.compile(r"等(?:约|近|共|共计)?$")
_CLASS_LONGEST = 16  # characters of a class counted after its examples (2022年省重大项目, 新一代信息技术产业项目)
_PREDICATE_FLAGS = ("v", "vd", "d", "ad", "p", "u", "uj", "ul", "y")  # a verb or adverb ends a class (vn, a, 和 do not)


def class_after_examples(c: Ctx) -> Answer | None:
    """华兴机械等42个高端装备制造项目 → 高端装备制造项目; “鲁香”“泉韵”等19个系列商标 → 系列商标: a count after
    examples and 等 counts the class printed after it, up to its clause's end less the predicate that closes it
    (按时开工, 遍布全境: the first verb ends it, unless a class head follows it: data/class_heads.txt), not the
    last example nor part of the class."""
    if c.kind != "count" or not _EXAMPLES_END.search(c.t, c.lo, c.number_lo):
        return None
    end = next((k for k in range(c.raw.end, min(len(c.t), c.raw.end + _CLASS_LONGEST + 8)) if c.t[k] in CLAUSE_END), None)
    tags = _suffix_head(list(pos_tags(c.t[c.raw.end : end]))) if end is not None else []
    heads = read_words("class_heads.txt")
    cut = next((i for i, (_, f) in enumerate(tags) if f in _PREDICATE_FLAGS
                and not (f == "v" and i + 1 < len(tags) and tags[i + 1][0].startswith(heads))), len(tags))
    tags = tags[:cut]  # 龙头项目按时开工 → 龙头项目; 公路干线遍布全境 → 公路干线; 装备制造项目 stays
    while tags and _STATE_BEFORE_VERBS.fullmatch(tags[-1][0]) and tags[-1][0]:
        tags.pop()  # 重点工程成功签约: 成功 (tagged an adjective) says how, not which
    label = "".join(w for w, _ in tags)
    if not tags or not tags[-1][1].startswith("n") or not 2 <= len(label) <= _CLASS_LONGEST or not re.fullmatch(r"[\u4e00-\u9fff\d年]+", label):
        return None
    return _named(label)


def counted_after(c: Ctx) -> Answer | None:
    """44家助企攀登企业 → 助企攀登企业: a count names what it counts right after it."""
    glued = "\u4e00" <= c.nxt <= "\u9fff" or c.nxt in "“《" or bool(DESIGNATOR.match(c.t, c.raw.end))
    if c.kind != "count" or not c.nxt or not glued:
        return None
    after = noun_after(c.t, c.raw.end, count=True)
    if not after:
        return None
    return _named(head_after_attributive(c.t, c.raw.end, after) or done_to_class(c.t, c.raw.end, after) or after)


def done_to_class(t: str, i: int, first: str) -> str | None:
    """6个受到嘉奖的班组和个人 → 受到嘉奖的班组和个人: a count whose words after it open with a verb, then 的 and a noun,
    counts that noun as the verb (or a short idiom jieba reads in its place) describes it, not the act alone; a
    four-character idiom says how the things are (丰富多彩), not what was done to them.

    >>> t = "6个受到嘉奖的班组和个人"
    >>> done_to_class(t, 2, "受到嘉奖"), done_to_class("5个村的农户", 2, "村")
    ('受到嘉奖的班组和个人', None)
    """
    tags = list(pos_tags(first))
    if not tags or not (tags[0][1] == "v" or tags[0][1] == "i" and len(first) != 4) or not t.startswith("的", i + len(first)):
        return None
    noun = noun_after(t, i + len(first) + 1, count=True)
    return f"{first}的{noun}" if noun else None


def share_of_previous(c: Ctx) -> Answer | None:
    """完成土地流转面积12.4万亩，占耕地面积的38.6% → 土地流转面积: the share is of what the figure before measured."""
    if c.share_of == c.lo and c.prev is not None and c.prev.metric:
        return _named(c.prev.metric)
    return None


def share_part(c: Ctx) -> Answer | None:
    """销售额占全县规上工业销售总额的58.1% → 销售额: the share is of what stands before 占, with the nouns printed
    right before a known metric (服务业增加值占…的比重 → 服务业增加值, not 增加值)."""
    if c.share_of <= c.lo:
        return None
    found = metric_before(c.t, c.lo, c.share_of)
    end = c.t.rfind(found[0], c.lo, c.share_of) + len(found[0]) if found else -1
    if found and end == c.share_of:
        return with_noun_modifiers(c.t, c.lo, end, found)
    return found if found else _named(noun_tail(c.t[c.lo : c.share_of]))


def with_noun_modifiers(t: str, lo: int, end: int, found: tuple[str, Metric]) -> tuple[str, Metric]:
    """服务业项目6个 → 服务业项目, not the bare known metric 项目: the nouns printed right before a known
    metric belong to what is counted (its canonical metric stays the known one's)."""
    words = list(pos_tags(noun_tail(t[lo:end]) or ""))
    verbs = read_words("predicate_verbs.txt") + read_words("governing_verbs.txt")
    while words and words[0][0] in verbs:
        words.pop(0)  # 带动村集体增收 → 村集体增收 (but 服务业项目 stays)
    longer = "".join(w for w, _ in words)
    if (len(longer) >= len(found[0]) + 2 and longer.endswith(found[0]) and t[end - len(longer) : end] == longer
            and not t[end - len(longer) - 1].isdigit() and not is_media_label(longer)):
        known = found[1] if found[0] not in read_words("bare_measures.txt") else canonical(longer)
        return longer, known  # as printed (not 合作社家庭农场 of 合作社和家庭农场), not 年产值 of 2021年产值
    return _thing_before_measure(t, lo, end, found)


def _thing_before_measure(t: str, lo: int, end: int, found: tuple[str, Metric]) -> tuple[str, Metric]:
    """全县小麦收获面积55万亩 → 小麦收获面积: a bare measure (data/bare_measures.txt, 收获面积 even when only 面积 is
    known) keeps the thing printed right before it, which the noun phrase reading stops short of."""
    measure = printed_measure(t, lo, end, found[0])
    if measure is None:
        return found
    thing = thing_tail(t[max(lo, end - len(measure) - 8) : end - len(measure)])
    if not thing:
        return found
    known = canonical(thing + measure)
    return thing + measure, known if known and len(known.phrase) > len(measure) else None


def printed_measure(t: str, lo: int, end: int, word: str) -> str | None:
    """The longest bare measure (data/bare_measures.txt) printed in t[lo:end] up to `end` and ending in `word`:
    种植面积 when 面积 was read."""
    return next((m for m in words_longest_first("bare_measures.txt")
                 if m.endswith(word) and t.endswith(m, lo, end)), None)


_THING_FLAGS = ("n", "nz", "nr", "ns", "ng", "nl", "j")  # jieba reads some crops as places (西瓜 ns)


def thing_tail(text: str) -> str | None:
    """The nouns that end `text`, without a determiner (全县, 各镇): 今年全市夏粮 → 夏粮; None when a verb or a
    digit ends it (开工建设, 2021年)."""
    tags = list(pos_tags(text)) if text else []
    k = len(tags)
    while k > 0 and tags[k - 1][1] in _THING_FLAGS and not (tags[k - 1][0][0] in "全各我本该" and len(tags[k - 1][0]) == 2):
        k -= 1
    while k < len(tags) and county_mentions(tags[k][0]):
        k += 1  # 金乡大蒜 → 大蒜
    thing = "".join(w for w, _ in tags[k:])
    if county_mentions(thing) or thing.endswith(("县", "市", "区", "镇", "乡", "村", "街道")):
        return None  # 金乡县种植面积: a place is where, not what
    return thing if 2 <= len(thing) <= 6 else None


def _glued_head(found: tuple[str, Metric], head: str) -> tuple[str, Metric | None]:
    """出口 + 量 → 出口量, with no canonical metric: a volume of a measure of money is another measure; 接待游客量 stays
    游客接待量, 项目数 项目.

    >>> [(p, m.canonical if m else None) for p, m in (_glued_head(metric_before(w, 0, len(w)), "量") for w in ("出口", "接待游客"))]
    [('出口量', None), ('接待游客量', '游客接待量')]
    """
    glued = found[0] + head
    known = metrics()[0].get(glued)
    return glued, known or (None if head == "量" and found[1].base == "元" else found[1])


def known_metric_before(c: Ctx) -> Answer | None:
    """实现营业收入12.7亿元 → 营业收入; 播种面积稳定在45万亩 → 播种面积 (the words between name no other measure)."""
    found = metric_before(c.t, c.lo, c.number_lo)
    if not found:
        return None
    end_of_metric = c.t.rfind(found[0], c.lo, c.number_lo) + len(found[0])
    if c.t[end_of_metric : end_of_metric + 1] in _SUFFIX_HEADS and gap_is_empty(c.t[end_of_metric + 1 : c.number_lo]):
        found, end_of_metric = _glued_head(found, c.t[end_of_metric]), end_of_metric + 1  # 出口量, not 出口
    if gap_is_empty(c.t[end_of_metric : c.number_lo]):
        return with_noun_modifiers(c.t, c.lo, end_of_metric, found)
    return _named(noun_tail(c.t[end_of_metric : c.number_lo]) or found[0])


_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{1,5}、)+[\u4e00-\u9fff]{1,5}$")


def things_listed_before(c: Ctx) -> Answer | None:
    """新栽樱桃、杏树、海棠5万棵 → 樱桃、杏树、海棠: things listed with 、 right before a number are all what it counts
    or measures, not the first with its verb nor the last alone; each a noun (the first after its verb), none a
    county, and no 分别 (each its own figure, paired elsewhere)."""
    m = _LISTED.search(c.t, c.lo, c.number_lo)
    if m is None or m.end() != c.number_lo or "分别" in c.t[c.lo : c.number_lo]:
        return None
    items = m.group().split("、")
    items[0] = noun_tail(items[0]) or ""
    if not items[0] or any(not _is_noun(*(list(pos_tags(w)) or [("", "")])[-1]) for w in items) or county_mentions(m.group()):
        return None
    return "、".join(items), None


_PARTNER_MARKS = ("和", "与", "同", "跟")  # 负责人和12家超市签约: who the counted units did it with


def noun_before(c: Ctx) -> Answer | None:
    """全市募集慈善款物1.2亿元 → 慈善款物: the noun phrase that ends the clause before the number; none when a partner's
    mark stands right before a count (负责人和12家超市签约: the count is of the partners, named after it)."""
    if c.number_lo <= c.lo or c.kind == "count" and c.t[c.number_lo - 1] in _PARTNER_MARKS:
        return None
    return _named(noun_tail(c.t[c.lo : c.number_lo]))


def noun_before_previous(c: Ctx) -> Answer | None:
    """种植大蒜、大葱分别达到50万亩、10万亩: a figure right after another takes the phrase before that one."""
    if c.number_lo > c.lo or c.prev is None or c.prev_start <= c.clause_lo:
        return None
    return _named(noun_tail(c.t[max(c.clause_lo, c.prev_start - 40) : c.prev_start]))


_LIST_ITEM = re.compile(r"[、，,]?([\u4e00-\u9fff]{2,6})")


def list_item_before(c: Ctx) -> Answer | None:
    """建设机位17个、廊桥8个 → 廊桥: a list item that is one word before its number names it, though the tagger
    reads it as a place (廊桥 ns); a county's name never."""
    m = _LIST_ITEM.fullmatch(c.t, c.lo, c.number_lo) if c.prev is not None else None
    tags = list(pos_tags(m.group(1))) if m else []
    if (len(tags) != 1 or tags[0][1] not in _THING_FLAGS or tags[0][0] in _verbs() or tags[0][0] in _skip()
            or county_mentions(m.group(1))):
        return None
    if _CHANGE_BEFORE.search(m.group(1)) or any(w in m.group(1) for w in change_words()):
        return None  # 同比增加0.7亿斤: a change, named after the level before it (change_named)
    return _named(m.group(1))


_LIST_PHRASE = re.compile(r"、([\u4e00-\u9fff]{3,10})")


def list_item_as_printed(c: Ctx) -> Answer | None:
    """建成停车场3个、电动车充电桩点120个 → 电动车充电桩点: a list item after 、 that no other rule reads (the tagger cuts
    it into a verb and a measure word) is printed before its own number, so it names that figure, not the item before
    it; it opens with a noun and is no change (增加) nor a county."""
    m = _LIST_PHRASE.fullmatch(c.t, c.lo, c.number_lo) if c.prev is not None else None
    tags = list(pos_tags(m.group(1))) if m else []
    if not tags or not _is_noun(*tags[0]) or county_mentions(m.group(1)):
        return None
    changes = [w for w in change_words() if len(w) >= 2]  # not 降 of 起降
    return None if _CHANGE_BEFORE.search(m.group(1)) or any(w in m.group(1) for w in changes) else _named(m.group(1))


_LIST_GAP = re.compile(r"[、，,\s]*(?:有|共|共有)?")


def _list_word(c: Ctx) -> str | None:
    """The word that alone stands between the figure before and this one (、省级4处 → 省级), else None."""
    if c.prev is None or not c.prev.metric or c.number_lo <= c.lo:
        return None
    gap = _LIST_GAP.match(c.t, c.lo, c.number_lo)
    word = c.t[gap.end() : c.number_lo].removesuffix("为").removesuffix("达")
    return word or None


def level_in_list(c: Ctx) -> Answer | None:
    """国家级文物保护单位5处、省级4处 → 省级 (level_of_previous names it 省级文物保护单位): a level word printed
    alone in a list names its own figure, which the figure before's label must not take over."""
    word = _list_word(c)
    return (word, None) if word in read_words("level_words.txt") else None


def dimension_in_list(c: Ctx) -> Answer | None:
    """该桥总长800米，最宽处30米，高15米 → 桥最宽处, 桥高: a size word printed alone in a list (data/
    dimension_words.txt) is that size of the thing the figure before measured, not the figure before's size."""
    word = _list_word(c)
    dims = words_longest_first("dimension_words.txt")
    if word not in dims or c.prev is None or not c.prev.metric:
        return None
    own = next((d for d in dims if c.prev.metric.endswith(d)), None)
    thing = c.prev.metric[: -len(own)] if own else ""
    return thing + word, None


_DONE_WORDS = re.compile(r"(?:已经|已|共|累计|新)?")


def event_verb_before(c: Ctx) -> Answer | None:
    """截至2月底，已开工95所 → 已开工; 选派723人对农场主进行辅导 → 选派: a count whose clause before it is one verb
    (with 已/累计 before it) counts the things that verb happened to; a predicate (实施, 推进:
    data/predicate_verbs.txt) names nothing."""
    if c.kind != "count" or c.number_lo <= c.lo:
        return None
    before = c.t[c.lo : c.number_lo].removesuffix("了")
    done = _DONE_WORDS.match(before)
    tags = list(pos_tags(before[done.end() :]))
    if len(tags) != 1 or tags[0][1] != "v" or len(tags[0][0]) < 2 or tags[0][0] in read_words("predicate_verbs.txt"):
        return None
    return before, None


def thing_after(c: Ctx) -> Answer | None:
    """8万亩优质小麦 → 优质小麦; 2亿元的中小企业发展专项资金: the thing measured is printed after the number."""
    if c.kind == "count" or not c.nxt or not "\u4e00" <= c.nxt <= "\u9fff":
        return None
    return _named(noun_after(c.t, c.raw.end + (1 if c.nxt == "的" else 0), stop_at_measures=False, after_de=c.nxt == "的"))


def sized_thing_after(c: Ctx) -> Answer | None:
    """一座36米高的电视塔 → 电视塔, 12层高的综合楼 → 综合楼: a number printed with a one-character size word and 的 after
    it (data/dimension_words.txt: 高, 长, 宽, 深, 厚) is that size of the thing after 的, not of anything before it."""
    word = c.t[c.raw.end : c.raw.end + 1]
    if not c.t.startswith("的", c.raw.end + 1) or len(word) != 1 or word not in read_words("dimension_words.txt"):
        return None
    thing = noun_after(c.t, c.raw.end + 2, stop_at_measures=False, after_de=True)
    return (without_idiom_tail(thing), None) if thing else None


_RESIDENTS = re.compile(r"(?P<place>[\u4e00-\u9fff]{1,8}(?:村|社区))(?:现|共|只|仅|拥|总共)?有"
                        r"(?:\d+(?:\.\d+)?(?:户|人|口)[、，,]?)*(?:约|近|共)?")


def residents_of_place(c: Ctx) -> Answer | None:
    """青禾村现有320户、1100人 → 青禾村户数, 青禾村人口: the households or people a village or community that opens the
    clause has (data/residents.csv names each unit's count), with no canonical metric: the village's, not the county's.
    全村有… and 该村有… are left to the rules that find the village named before."""
    from jdash.figure_subject import strip_leads

    label = {r["unit"]: r["label"] for r in read_table("residents.csv")}.get(c.raw.unit)
    m = _RESIDENTS.fullmatch(strip_leads(c.t[c.clause_lo : c.number_lo])) if label else None
    if m is None or m.group("place").startswith(("全", "该", "本", "每", "各", "这")):
        return None
    return m.group("place") + label, None


@lru_cache(maxsize=1)
def _presence() -> re.Pattern[str]:
    return re.compile(r"在[\u4e00-\u9fff]{1,8}?(?:" + alternation_of(read_words("presence_verbs.txt")) + r")(?=[，,。；;、\n]|$)")


def people_where_they_are(c: Ctx) -> Answer | None:
    """目前有260人在景区务工 → 在景区务工: a count of people or households followed by 在, a place and a verb of living
    or working there (data/presence_verbs.txt) closing the clause is named by what it says, not by a figure before it."""
    if c.kind != "count" or not c.raw.unit.endswith(_PEOPLE_UNITS + ("户",)):
        return None
    m = _presence().match(c.t, c.raw.end)
    return (m.group(), None) if m else None


_PROBLEM = re.compile(r"([\u4e00-\u9fff]{0,4}?)的([\u4e00-\u9fff]{2,6}?)(?:问题|难题)")


def problem_solved_for(c: Ctx) -> Answer | None:
    """可解决300余人的就业问题 → 解决就业: a count of people or households after a verb of solving (data/
    solving_verbs.txt), whose problem follows (…的…问题, …的…难题), is named by the verb and the problem; no canonical
    metric."""
    if c.kind != "count" or not c.raw.unit.endswith(_PEOPLE_UNITS + ("户",)):
        return None
    before = c.t[c.lo : c.number_lo].removesuffix("了")
    verb = next((w for w in read_words("solving_verbs.txt") if before.endswith(w)), None)
    m = _PROBLEM.match(c.t, c.raw.end) if verb else None
    return (verb + m.group(1) + m.group(2), None) if m else None


_KINDS_BETWEEN = re.compile(r"\d+(?:\.\d+)?[多余]?(?:个(品种|种类)|种)")


def counted_past_its_kinds(c: Ctx) -> Answer | None:
    """园内有3万余株30多个品种的海棠树 → 海棠树: a count followed at once by a count of its kinds (30多个品种) counts the
    thing after both, not nothing."""
    m = _KINDS_BETWEEN.match(c.t, c.raw.end) if c.kind == "count" else None
    if m is None:
        return None
    de = c.t.startswith("的", m.end())
    kinds = "" if de else m.group(1) or ""  # 80多个品种梅树: read from 品种 on (梅树 alone is tagged a name)
    thing = noun_after(c.t, m.end() + de - len(kinds), count=not de, after_de=de)
    thing = thing[len(kinds) :] if thing and thing.startswith(kinds) else thing
    return _named(thing) if thing and len(thing) >= 2 else None


def without_idiom_tail(phrase: str) -> str:
    """办公楼拔地而起 → 办公楼: a four-character idiom closing a noun phrase says what the thing did, not what it is.

    >>> without_idiom_tail("综合楼拔地而起"), without_idiom_tail("综合楼")
    ('综合楼', '综合楼')
    """
    tags = list(pos_tags(phrase))
    while len(tags) > 1 and tags[-1][1] == "i" and len(tags[-1][0]) == 4:
        tags.pop()
    return "".join(w for w, _ in tags)


def _answered(answer: Answer | None) -> bool:
    return answer is not None and answer[0] is not None


# The first rule whose answer names a metric wins.
_RANKED = re.compile(r"最(?:多|少|高|低|大|小|好|差|优)的(?:县（市、区）|县（市区）|县市区|县区|县市|地区|区县)?是")
_RANKED_TAIL = re.compile(r"[\u4e00-\u9fff（）()、]{2,20}[，,]?(?:均|分别)?为")


def ranked_measure(c: Ctx) -> Answer | None:
    """优良天数最多的县（市、区）是汶上县，为20天 → 优良天数: a ranking names the measure before 最多, and the
    figure after 为 is the first-ranked place's."""
    lo = max(c.t.rfind("。", 0, c.number_lo), c.t.rfind("；", 0, c.number_lo), c.number_lo - 60) + 1
    m = None
    for m in _RANKED.finditer(c.t, lo, c.number_lo):
        pass
    if m is None or not _RANKED_TAIL.fullmatch(c.t, m.end(), c.number_lo):
        return None
    measure = _measure_ranked(c.t, lo, m.start())
    if not measure:  # …浓度最低的县是兖州区，为85微克/立方米；最高的是金乡县，为111: the ranking before names it
        before = [r for r in _RANKED.finditer(c.t, max(0, m.start() - 120), m.start()) if "\n\n" not in c.t[r.end() : m.start()]]
        measure = _measure_ranked(c.t, max(0, before[-1].start() - 20), before[-1].start()) if before else None
    return _named(measure) if measure else None


_RANKED_LIST = re.compile(r"最(?:多|少|高|低|大|小|好|差|优)的[一二三四五六七八九十两几]个(?:县（市、区）|县（市区）|县市区|县区|县市|地区|区县)"
                          r"(?:分别)?(?:为|是)")


def ranked_list_measure(c: Ctx) -> Answer | None:
    """小麦总产量最高的三个县市区分别为汶上县12.3万吨；梁山县11.6万吨… → 小麦总产量: in a ranked list of places
    (even across ；), a figure printed right after a place's name is that place's figure of the measure ranked."""
    named = county_mentions(c.t[max(c.lo, c.number_lo - 6) : c.number_lo])
    if not named or not c.t.endswith(("县", "市", "区"), 0, c.number_lo):
        return None
    lo = max(c.t.rfind("。", 0, c.number_lo), c.t.rfind("\n\n", 0, c.number_lo), c.number_lo - 240) + 1
    m = None
    for m in _RANKED_LIST.finditer(c.t, lo, c.number_lo):
        pass
    measure = _measure_ranked(c.t, max(lo, m.start() - 20), m.start()) if m else None
    return _named(measure) if measure else None


_RANK_CLAUSE = re.compile(r"(?:位居|居|位列|排名|列)(?:全国|全省|全市)?(?:第[一二三四五六七八九十\d]+(?:位|名)|首位)$")


def measure_before_rank(c: Ctx) -> Answer | None:
    """济宁市接待中外游客人次位居全省第3位，达到581.6万人次 → 接待中外游客: a clause that only states the number
    (达到, 为) after a clause ranking a measure takes that measure, without the place before it and without the
    unit's name after it (人次 of 万人次)."""
    if c.clause_lo < 1 or not gap_is_empty(c.t[c.clause_lo : c.number_lo]):
        return None
    prev_hi = c.clause_lo - 1
    prev_lo = max(c.t.rfind(ch, 0, prev_hi) for ch in "，,。；：\n") + 1
    rank = _RANK_CLAUSE.search(c.t, prev_lo, prev_hi)
    if not rank:
        return None
    tags = list(pos_tags(c.t[prev_lo : rank.start()]))
    while tags and (tags[0][1] == "ns" or county_mentions(tags[0][0]) or tags[0][0][0] in "全我" and len(tags[0][0]) == 2):
        tags.pop(0)  # 济宁市, 金乡县, 全市: the place is the figure's county, not its measure
    measure = "".join(w for w, _ in tags)
    unit_name = c.raw.unit.lstrip("万亿千百")
    measure = measure.removesuffix(unit_name) if unit_name and len(measure) > len(unit_name) + 1 else measure
    return _named(measure) if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", measure) else None


def _measure_ranked(t: str, lo: int, hi: int) -> str | None:
    """The words of the clause before a ranking's 最多 (t[lo:hi] up to hi), when they name a measure."""
    opening = max(t.rfind(ch, lo, hi) for ch in "，,：:。；") + 1
    measure = t[max(lo, opening) : hi]
    return measure if re.fullmatch(r"[\u4e00-\u9fff（）()A-Za-z0-9.]{2,16}", measure) else None


METRIC_RULES: tuple[Callable[[Ctx], Answer | None], ...] = (
    class_after_examples, counted_bounded_class, class_joined_after_count, counted_as_what_they_became, counted_after,
    sized_thing_after, residents_of_place, people_where_they_are, problem_solved_for, counted_past_its_kinds, ranked_measure,
    ranked_list_measure, measure_before_rank, share_of_previous, share_part, known_metric_before, level_in_list, dimension_in_list, things_listed_before, noun_before,
    noun_before_previous, list_item_before, event_verb_before, thing_after, list_item_as_printed,
)


def negation_kept(c: Ctx, a: Answer) -> Answer | None:
    """不可移动文物91处 → 不可移动文物, not 移动文物: a label the tagger cut after a negating prefix glued before it
    (data/negating_prefixes.txt: 非, 不可; not the end of a word, 并非, data/not_negating.txt) keeps the prefix, which
    names the opposite class.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("这个镇登记不可移动文物91处。")]
    ['不可移动文物']
    """
    if not a[0]:
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    prefix = next((p for p in read_words("negating_prefixes.txt") if k > 0 and c.t.endswith(p, c.lo, k)), None)
    if prefix is None or any(c.t.endswith(w, c.lo, k) for w in read_words("not_negating.txt")):
        return None
    return prefix + a[0], canonical(prefix + a[0])


def size_of_thing_after(c: Ctx, a: Answer) -> Answer | None:
    """设立总规模5亿元的产业基金 → 产业基金: a size names the thing after 的."""
    if a[0] in read_words("size_words.txt") and c.t.startswith("的", c.raw.end):
        thing = noun_after(c.t, c.raw.end + 1, stop_at_measures=False, after_de=True)
        return _named(thing) if thing else None
    return None


def stock_of_thing_after(c: Ctx, a: Answer) -> Answer | None:
    """总投资15亿元的罐装饮料项目 → 罐装饮料项目总投资, with no canonical metric: a project's stock (data/stock_metrics.txt)
    printed before the project it is of is that project's, not the county's (实施总投资710亿元的108个重点项目
    counts the projects, and stays 总投资)."""
    if not a[0] or not a[0].endswith(read_words("stock_metrics.txt")) or not c.t.startswith("的", c.raw.end):
        return None
    thing = through_last_head(noun_after(c.t, c.raw.end + 1, stop_at_measures=False, after_de=True))
    return (thing + a[0], None) if thing and len(thing) >= 4 else None


def through_last_head(name: str | None) -> str | None:
    """A project's name ends at its last head word (data/class_heads.txt, two characters or more): what the words
    after it say is what the project does, not its name.

    >>> through_last_head("某某产业园项目规划建设原"), through_last_head("某某产业园配套工程"), through_last_head("罐装饮料")
    ('某某产业园项目', '某某产业园配套工程', '罐装饮料')
    """
    if not name:
        return name
    ends = [k + len(w) for w in read_words("class_heads.txt") if len(w) >= 2 and (k := name.rfind(w)) >= 0]
    end = max(ends, default=len(name))
    return name[:end] if end >= 4 else name


_BREAKDOWN = re.compile(r"[（(]其中")


def same_unit_as_previous(c: Ctx, a: Answer) -> Answer | None:
    """从业人员由2万人增加到8.4万人; 新增企业12家，总数达到64家: the second number measures what the first did; not a
    part of it broken down in brackets (境内长度120公里（其中甲站至乙站70公里…）: a part named by its own words)."""
    p = c.prev
    if (p is not None and c.raw.base is not None and p.base_unit == c.raw.base.base and c.kind not in ("rate", "share")
            and (a[0] is None or a[0] in read_words("total_words.txt")) and not _BREAKDOWN.search(c.t, c.prev_start, c.number_lo)):
        return _named(without_flow(p.metric) if a[0] and p.metric else p.metric)  # 新增企业12家，总数64家 → 企业
    return None


def part_by_its_act(c: Ctx, a: Answer) -> Answer | None:
    """全县40个重点项目已有35个开工，8个竣工 → 重点项目开工, 重点项目竣工, not 重点项目: a count that takes the class of
    the count before it and closes its clause with what those did (data/progress_verbs.txt) counts the part that did
    it, with no canonical metric (never the class's total).

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("全县40个重点项目已有35个开工，8个竣工。")]
    ['重点项目', '重点项目开工', '重点项目竣工']
    """
    p = c.prev
    if c.kind != "count" or not a[0] or p is None or p.kind != "count" or not p.metric:
        return None
    acts = sorted(read_words("progress_verbs.txt"), key=len, reverse=True)
    whole = next((p.metric.removesuffix(v) for v in acts if p.metric.endswith(v) and len(p.metric) > len(v)), p.metric)
    rest = _rest_of_clause(c.t, c.raw.end)
    act = next((v for v in acts if rest.removesuffix("了") == v), None)
    return (whole + act, None) if act and a[0] in (p.metric, whole) else None


_LONE_VERB_LEADS = re.compile(r"^(?:其中|今年|去年|全年|已经|已|共|累计|再|又|还)*")


def verb_on_previous_thing(c: Ctx, a: Answer) -> Answer | None:
    """改造农村公路200公里，其中新建80公里，改建120公里 → 新建农村公路, 改建农村公路: a clause that prints only a verb
    before a number in the unit of the figure before it, and nothing after the number, measures that verb done to the
    figure's thing (not the thing itself, nor the verb alone)."""
    p = c.prev
    if p is None or not p.metric or c.raw.base is None or p.base_unit != c.raw.base.base or c.kind in ("rate", "share"):
        return None
    if c.raw.end < len(c.t) and c.t[c.raw.end] not in CLAUSE_END | {"、"}:
        return None  # 投资5000万元的某超市: what follows the number names it
    before = c.t[c.lo : c.number_lo].lstrip("，,、；; ")
    verb = before[_LONE_VERB_LEADS.match(before).end() :]
    tags = pos_tags(verb) if 2 <= len(verb) <= 3 and verb not in _verbs() and verb not in _skip() else ()
    if len(tags) != 1 or not (tags[0][1] in ("v", "vn") or verb in read_words("governing_verbs.txt")):
        return None  # 突破100万户，达到101.6万户: 达到 names no act
    thing = list(pos_tags(p.metric))
    while len(thing) > 1 and (thing[0][1] in ("v", "vn") or thing[0][0] in read_words("governing_verbs.txt")):
        thing.pop(0)  # 改造农村公路 → 农村公路
    thing_text = "".join(w for w, _ in thing)
    if a[0] not in (None, verb, thing_text, p.metric):
        return None  # 开工123个 after 城建重点项目88个 → 重点项目开工, read by class_of_a_bare_act
    return verb + thing_text, None


_DIFFERENCES = ("增加", "减少")  # what change_named appends to a level's name


def quality_change_of_previous(c: Ctx, a: Answer) -> Answer | None:
    """PM10平均浓度为110微克/立方米，同比改善3.4% → PM10平均浓度改善: a rate named only by a change of quality
    (data/quality_change_words.txt) is that change of the level before it, with no canonical metric."""
    if c.kind not in ("rate", "share") or a[0] not in read_words("quality_change_words.txt") or c.prev is None or not c.prev.metric:
        return None
    return c.prev.metric + a[0], None


_SHARE_WORDS = ("占比", "比重")


_COMPARED = re.compile(r"[，,；;、\s]*(?:同比|环比|比上年|较上年|比去年|较去年)?(?:同期)?")


def _bare_change(c: Ctx, label: str) -> bool:
    """研学人数17万人次，同比上升10%: a label that is only the change's verb (data/rise_words.txt, fall_words.txt),
    printed alone in its clause (after a comparison word at most), names no measure; 平均浓度同比下降8% does.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("研学人数17万人次，同比上升10%。")]
    ['研学人数', '研学人数增速']
    """
    if label not in change_words():
        return False
    opening = _COMPARED.match(c.t, c.lo, c.number_lo)
    return c.t[opening.end() : c.number_lo].startswith(label)


def names_only_a_base(label: str | None) -> bool:
    """Whether a label is only the base a rate is compared against (data/base_periods.txt: 税收4.2亿元，较去年同期提高17%
    → 去年同期): it names no measure, so the rate is of the figure before it (see rate_of_previous).

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("全县完成税收4.2亿元，较去年同期提高17%。")]
    ['税收', '税收增速']
    """
    return label in read_words("base_periods.txt")


_COMPARISON_BEFORE = re.compile(r"(?:较|同比|环比|相比|比)(?![重例率])[^，,；;、]{0,8}$")


def _inside_comparison(c: Ctx, label: str) -> bool:
    """Whether a rate's label is read inside its comparison (同比去年上升56.3% → 上升, 较去年国庆假期大增61.2% → 国庆
    假期大增): printed after 较, 比 or 同比 and a base in its clause, it names the base and the change, no measure.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("全县集装箱作业量达2100标箱，较去年国庆假期大增61.2%。")]
    ['集装箱作业量', '集装箱作业量增速']
    """
    k = c.t.rfind(label, c.lo, c.number_lo)
    return k > c.lo and _COMPARISON_BEFORE.search(c.t, c.lo, k) is not None


def rate_of_previous(c: Ctx, a: Answer) -> Answer | None:
    """营收35亿元，增长12%: a rate without its own measure qualifies the figure before, and is comparable only
    when that figure is (景区营业收入 of 25家景区 has no canonical metric, nor has its rate). A share named only
    占比 is the share of that figure: 产业项目152个、占比75.6% → 产业项目占比. A label that is only the change's verb
    (研学人数17万人次，同比上升10%: 上升) names no measure either."""
    if c.kind in ("rate", "share") and c.prev is not None and (a[0] is None or a[0] in RATE_WORDS or _bare_change(c, a[0])
                                                                or names_only_a_base(a[0]) or _inside_comparison(c, a[0])):
        prev = c.prev.metric or ""
        if a[0] in _SHARE_WORDS and prev and c.prev.kind not in ("rate", "share"):  # 产业项目152个、占比75.6%
            return prev + a[0], canonical(prev) if c.prev.canonical_metric else None
        if c.prev.kind == "share" and "占" in prev:  # 技改投资433亿元，占工业投资的53%，增长4.7%: the part's rate
            return _named(prev.split("占", 1)[0])
        if prev.endswith(_DIFFERENCES):  # 总产量58万吨，同比增3万吨，增5.6%: the rate is the level's
            return _named(prev[:-2])
        name, known = _named(prev)
        return name, known if c.prev.canonical_metric else None
    return None


_AVERAGE_RATE = re.compile(r"(年均|平均)(?:增长|增速|增幅|提高|上涨)(?:了|达|为|达到|约)?$")


def average_rate(c: Ctx, a: Answer) -> Answer | None:
    """地区生产总值388亿元，五年来年均增长5.2% → 地区生产总值年均增速: a rate printed as an average over years
    keeps 年均 before the rate's name, with no canonical metric (an average over a plan's years is no year's
    growth, so it is not compared with them)."""
    if c.kind != "rate" or not a[0] or "均" in a[0]:
        return None
    m = _AVERAGE_RATE.search(c.t, c.lo, c.number_lo)
    if not m:
        return None
    rate = next((w for w in RATE_WORDS if a[0].endswith(w)), "")  # the rate's name is added later when not printed
    return a[0][: len(a[0]) - len(rate)] + m.group(1) + rate, None


def level_of_previous(c: Ctx, a: Answer) -> Answer | None:
    """省级重点项目3个、市级7个 → 市级重点项目: a level word stands for the thing counted before, its level and the
    bound after it left out (市级以上示范农场30家，其中，省级11家 → 省级示范农场: data/threshold_words.txt).

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("全县建成市级以上示范农场30家，其中，国家级2家、省级11家。")]
    ['市级以上示范农场', '国家级示范农场', '省级示范农场']
    """
    levels = read_words("level_words.txt")
    if a[0] not in levels or c.prev is None or not c.prev.metric:
        return None
    thing = c.prev.metric
    for level in levels:
        thing = thing.removeprefix(level)
    thing = next((thing.removeprefix(w) for w in read_words("threshold_words.txt") if thing.startswith(w)), thing)
    return _named(a[0] + thing) if thing else None


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern[str]:
    verbs = "|".join(read_words("comparison_words.txt"))
    adjectives = "".join(read_words("comparison_adjectives.txt"))
    return re.compile(rf"(?:(?:{verbs})[^，,。；;]{{0,10}}?|[比较][^，,。；;]{{1,10}}?[{adjectives}]出?)(?:了)?$")


_YARDSTICK_PLACE = re.compile(r"(全国|我国|全省|我省|全市)(?:的)?(?:平均水平|平均值|平均)?[（(]$")
_YARDSTICK_REACH = 12  # characters before the bracket read for the place whose average it is (高于全省平均（)


def bracketed_yardstick(t: str, lo: int, start: int) -> str | None:
    """The place whose average a rate printed in brackets is, after a comparison word of its clause (t[lo:start]):
    增长9.2%，快于全省平均（5.6%）3.6个百分点 → 全省; the rate in brackets is that place's, never the county's.

    >>> bracketed_yardstick("增长9.2%，快于全省平均（5.6%）", 7, 14), bracketed_yardstick("产值（5.6%）", 0, 3)
    ('全省', None)
    """
    m = _YARDSTICK_PLACE.search(t, max(lo, start - _YARDSTICK_REACH), start)
    if m is None or not _comparison_before(t[lo : m.start()]):
        return None
    return {"我国": "全国", "我省": "全省"}.get(m.group(1), m.group(1))


def _comparison_before(text: str) -> bool:
    """Whether a comparison word (data/comparison_words.txt) is printed in `text`, or it is empty or lists (、)."""
    return not text.strip("、，, ") or text.endswith("、") or any(w in text for w in read_words("comparison_words.txt"))


def _rate_compared(c: Ctx) -> str | None:
    """The rate a yardstick or a difference in 百分点 compares: the rate before it, without a comparison tail its label
    printed (规上工业增加值增速高于全省平均 → 规上工业增加值增速)."""
    if c.prev is None or c.prev.kind not in ("rate", "share") or not c.prev.metric:
        return None
    rate = c.prev.metric
    ends = [m.end() for m in re.finditer("|".join(RATE_WORDS), rate)]
    if c.prev.unit.endswith("百分点") and ends:
        rate = rate[: ends[-1]]  # (增加值 holds a comparison word: cut after the rate's own name)
    elif c.prev.unit.endswith("百分点") and (m := _comparison().search(rate)):
        rate = rate[: m.start()]
    return rate or None


def rate_of_yardstick(c: Ctx, a: Answer) -> Answer | None:
    """增长9.2%，快于全省平均（5.6%）3.6个百分点 → 5.6% is the 全省's rate of what was compared (工业用电量增速): a
    rate in brackets after a place's average (see bracketed_yardstick) is named after the rate before it; its place is
    the county's yardstick (figures: 全省), so no canonical metric.

    >>> from jdash.figures import extract_figures
    >>> [(f.metric, f.county) for f in extract_figures("前4个月，全县工业用电量增长9.2%，快于全省平均（5.6%）。")][1]
    ('工业用电量增速', '全省')
    """
    if c.kind not in ("rate", "share") or not bracketed_yardstick(c.t, c.clause_lo, c.number_lo):
        return None
    rate = _rate_compared(c)
    if rate and c.prev is not None and c.prev.unit == "%" and not rate.endswith(RATE_WORDS):
        fell = any(w in c.t[max(0, c.prev_start - 8) : c.prev_start] for w in read_words("fall_words.txt"))
        rate += "降幅" if fell else "增速"  # (the rate compared is named so only after the sentence is read)
    return (rate, None) if rate else None


def _yardstick_gap(c: Ctx) -> str:
    """快于全省平均（5.6%）3.6个百分点: the comparison printed before the bracketed yardstick the difference follows
    (快于全省平均), with the comparison word of its clause when a list leaves it out (、全国（4.8%）…)."""
    if c.prev is None or not c.t.startswith(("）", ")"), c.lo) or c.lo - c.prev_start > 12:
        return ""
    bracket = c.prev_start - 1
    if not bracketed_yardstick(c.t, c.clause_lo, c.prev_start):
        return ""
    opening = max(c.clause_lo, c.t.rfind("、", c.clause_lo, bracket) + 1)
    gap = c.t[opening:bracket]
    if not any(w in gap for w in read_words("comparison_words.txt")):
        word = next((w for w in words_longest_first("comparison_words.txt") if w in c.t[c.clause_lo : opening]), "")
        gap = word + gap
    return gap


def points_of_previous(c: Ctx, a: Answer) -> Answer | None:
    """增长6.5%，高于全省1.2个百分点 → 地区生产总值增速高于全省: a difference in 百分点 after a rate compares
    that rate with a yardstick (or with last year: 比上年提高1.5个百分点 → 城镇化率比上年提高); it is named after
    the rate and the comparison as printed, with no canonical metric (never compared with the rates)."""
    if not c.raw.unit.endswith("百分点") or c.prev is None or c.prev.kind not in ("rate", "share") or not c.prev.metric:
        return None
    lead = re.match(r"[，,、\s]*(增速|增幅|降幅|涨幅|增长率)?", c.t[c.lo : c.number_lo])
    gap = _yardstick_gap(c) or c.t[c.lo + lead.end() : c.number_lo].removesuffix("了")
    if not gap or not _comparison().search(gap):
        return None
    rate, word = c.prev.metric, lead.group(1) or ""
    if c.prev.unit.endswith("百分点"):  # …比上年提高1.5个百分点，较全省高0.8个百分点: the same rate again
        rate = rate[: _comparison().search(rate).start()] if _comparison().search(rate) else rate
    if not word and c.prev.kind == "rate" and c.prev.unit == "%":
        word = "增速"  # 增长6.5%，高于全省…: the rate compared is the growth of the metric before
    return (rate if rate.endswith(RATE_WORDS + ("降幅", "增长率")) else rate + word) + gap, None


_GOVERNED_FLAGS = ("n", "nz", "nt", "nl", "ng", "l", "j", "vn", "an", "b", "i", "nr", "ns")


def _rest_of_clause(t: str, i: int) -> str:
    """The text after position i up to its clause's end (at most 20 characters)."""
    end = i
    while end < len(t) and end - i < 20 and t[end] not in CLAUSE_END:
        end += 1
    return t[i:end]


def verb_label(c: Ctx, a: Answer) -> Answer | None:
    """帮扶困难群众3200户 → 困难群众: a label that is one verb, with no known metric, governs the noun phrase
    printed between it and the number, which is what is measured; a verb alone stays (死亡39人 counts deaths).
    A function word, or a verb carried from another clause that the figure's own clause does not print
    again (推进12个，实施8个: 推进 names nothing of 8; but 已有1.05万人实现稳定脱贫 keeps 脱贫), names
    nothing: the thing after the number is tried instead."""
    if not a[0] or a[1] is not None:
        return None
    tags = pos_tags(a[0])
    if len(tags) != 1 or tags[0][1] not in _LABEL_VERB_FLAGS:
        return None
    at = c.t.rfind(a[0], c.lo, c.number_lo)
    governed = c.t[at + len(a[0]) : c.number_lo] if at >= 0 else ""
    if 2 <= len(governed) <= 10 and all(f in _GOVERNED_FLAGS for _, f in pos_tags(governed)):
        return _named(governed)
    if tags[0][1] in ("v", "vd") and (at >= 0 or a[0] in _rest_of_clause(c.t, c.raw.end)):
        return None
    de = c.nxt == "的"  # 还有15亿元的磷酸铁锂电池: the thing after 的
    after = (noun_after(c.t, c.raw.end + de, count=c.kind == "count", after_de=de)
             if "\u4e00" <= (c.nxt or " ") <= "\u9fff" else None)
    return _named(after) if after else (None, None)


_DONE_BEFORE = ("已经", "已", "累计", "共")


def subject_of_verb(c: Ctx, a: Answer) -> Answer | None:
    """有机葡萄种植已发展近5000亩 → 有机葡萄种植: a label that is one verb (发展, 扩大) after 已 or 累计 says what
    its subject did; the subject printed before it is what is measured. A unit's (data/sub_units.txt) act stays
    after its name (五泉景区累计接待12万人次 → 五泉景区接待); a holiday's span word (黄金周) before the name is its period."""
    if not a[0] or a[1] is not None or len(tags := pos_tags(a[0])) != 1 or tags[0][1] not in ("v", "vn"):
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    before = c.t[c.clause_lo : k] if k >= 0 else ""
    done = next((w for w in _DONE_BEFORE if before.endswith(w)), None)
    words = list(pos_tags(before[: -len(done)])) if done else []
    i = _subject_start(words, len(words) - (1 if words and words[-1][1] == "v" else 0))  # 种植 of 有机葡萄种植: the act
    subject = "".join(w for w, _ in words[i:])
    if county_mentions(subject) or all(f == "ns" for _, f in words[i:]):
        return None  # 汶上县累计投资5.8亿元: a place is where, not what (投资 stays)
    if len(subject) < 2 or not any(f in _THING_FLAGS for _, f in words[i:]):
        return None
    return _named(subject + a[0] if subject.endswith(read_words("sub_units.txt")) else subject)  # 某某景区接待


def _subject_start(words: list[tuple[str, str]], i: int) -> int:
    """Where the nouns that end words[:i] start (五泉景区 whole; not the 黄金周 before it)."""
    while i > 0 and (words[i - 1][1] in _THING_FLAGS and words[i - 1][0] not in _span_words() or _numeral_in_name(words, i - 1)):
        i -= 1
    return i


def _span_words() -> tuple[str, ...]:
    """黄金周, 假期: the span words of a holiday (data/holiday_spans.txt), a period, never what is measured."""
    return read_words("holiday_spans.txt")


def _numeral_in_name(words: list[tuple[str, str]], k: int) -> bool:
    """五 of 五泉景区: a Chinese numeral jieba may cut off the one-character noun it opens a name with (五 | 泉 | 景区)."""
    numeral = words[k][1] == "m" and all(ch in "一二三四五六七八九十两" for ch in words[k][0])
    return numeral and k + 1 < len(words) and words[k + 1][1] in _THING_FLAGS and len(words[k + 1][0]) == 1


def purpose_of_funds(c: Ctx, a: Answer) -> Answer | None:
    """县财政每年拿出500万元扶持村集体经济 → 扶持村集体经济: a sum of money whose label is one verb (拿出, 安排) and
    which a verb of purpose follows at once (data/purpose_verbs.txt) with its object to the clause's end, is named by
    what it is for, with no canonical metric."""
    if c.raw.base is None or c.raw.base.base != "元" or not a[0] or a[1] is not None:
        return None
    verb = next((w for w in read_words("purpose_verbs.txt") if c.t.startswith(w, c.raw.end)), None)
    tags = list(pos_tags(a[0]))
    if verb is None or len(tags) != 1 or tags[0][1] != "v":
        return None
    rest = _rest_of_clause(c.t, c.raw.end)
    end = c.raw.end + len(rest)
    return (rest, None) if len(rest) <= 12 and (end == len(c.t) or c.t[end] in CLAUSE_END) else None


def what_was_done_to_it(c: Ctx, a: Answer) -> Answer | None:
    """对城东路等12公里供水管网进行改造 → 供水管网改造; 对80条街巷完成街巷硬化 → 街巷硬化: a number after 对 whose thing
    printed after it is followed by a verb of treatment (data/treatment_verbs.txt) and the act to the clause's end
    measures that act done to the thing, not the thing alone; a count counts the things the act was done to
    (对120户困难群众进行走访 → 走访困难群众)."""
    if not a[0] or a[1] is not None or c.t.rfind("对", c.lo, c.number_lo) < 0 or not c.t.startswith(a[0], c.raw.end):
        return None
    after = c.raw.end + len(a[0])
    verb = next((w for w in read_words("treatment_verbs.txt") if c.t.startswith(w, after)), None)
    done = after + len(verb) + c.t.startswith("了", after + len(verb)) if verb else after
    act = _rest_of_clause(c.t, done) if verb else ""
    end = done + len(act)
    if not 2 <= len(act) <= 8 or (end < len(c.t) and c.t[end] not in CLAUSE_END):
        return None
    if act.startswith(a[0]):
        return act, None
    return (act + a[0] if c.kind == "count" else a[0] + act), None


@lru_cache(maxsize=1)
def _work_after() -> re.Pattern[str]:
    return re.compile(r"的([\u4e00-\u9fff]{1,4}?(?:" + alternation_of(read_words("work_nouns.txt")) + r"))(?=[，,。；;\n]|$)")


def work_done_on_thing(c: Ctx, a: Answer) -> Answer | None:
    """完成了全部300亩土地的平整工作 → 土地平整工作: the thing printed after a number, then 的 and a piece of work on
    it (data/work_nouns.txt) closing the clause, names the work done on so much of the thing, not the thing alone."""
    if not a[0] or a[1] is not None or not c.t.startswith(a[0], c.raw.end):
        return None
    m = _work_after().match(c.t, c.raw.end + len(a[0]))
    return (a[0] + m.group(1), None) if m else None


def object_after_amount(c: Ctx, a: Answer) -> Answer | None:
    """企业承接了1.6万吨玉米油订单 → 承接玉米油订单: an amount whose label ends in a verb, with the verb's object
    printed right after the number (a noun first, or after 的 a verb's noun: 签下3000吨的出口订单), measures that
    object; 投资5亿元建设物流园 keeps 投资. Read before subject_of_verb, which would name the signer."""
    if c.kind != "amount" or not a[0] or a[1] is not None or not "\u4e00" <= (c.nxt or " ") <= "\u9fff":
        return None
    tags = list(pos_tags(a[0]))
    after = noun_after(c.t, c.raw.end + (c.nxt == "的"), after_de=c.nxt == "的")  # 1.6万吨的玉米油订单
    first = pos_tags(after)[0][1] if after else ""
    if tags[-1][1] != "v" or not (first.startswith("n") or first == "vn" and c.nxt == "的"):
        return None  # 签下了3000吨的出口订单: after 的, a verb's noun opens the object too
    return _named(tags[-1][0] + after)


def thing_the_amount_sizes(c: Ctx, a: Answer) -> Answer | None:
    """新修的13.1公里生产路 → 生产路, 规划建设了50平方公里的专用汽车产业园 → 专用汽车产业园: an amount printed right
    before a noun phrase (with or without 的) is the size of that thing, when the label read before the number is
    no known metric and names no measure (data/measure_endings.txt: 投资, 面积 …) but an act, a place or an owner;
    never a pace (data/pace_words.txt: 以每年4万亩的速度递增). The size of one thing has no canonical metric."""
    if c.kind != "amount" or a[1] is not None or not a[0] or not "\u4e00" <= (c.nxt or " ") <= "\u9fff":
        return None
    if a[0].endswith(read_words("measure_endings.txt")):
        return None
    de = c.nxt == "的"
    thing = noun_after(c.t, c.raw.end + de, stop_at_measures=False, after_de=de)
    if (not thing or len(thing) < 2 or a[0].endswith(thing) or thing.endswith(read_words("pace_words.txt"))
            or not pos_tags(thing)[-1][1].startswith("n")):
        return None
    return thing, None  # the size of one thing is no county's measure


_SECTOR_VERBS = ("累计实现", "共实现", "实现", "完成")
_SECTOR_INNER = ("以上", "以下")  # 规模以上工业: a statistical scope inside the sector's name
_PLACE_OPENING = re.compile(r"^(?:全县|全市|全区|全省|我县|我市|我区|本县|本市|本区)")


def sector_of_count(c: Ctx, a: Answer) -> Answer | None:
    """现有纺织工业规模以上企业65家 → 纺织工业规模以上企业: a count of a known class (企业数) printed right after a
    sector that opens its clause (after a verb of having: data/holding_verbs.txt) counts that sector's members, not
    the place's: the label keeps the sector and no standard metric claims it.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("全市现有纺织工业规模以上企业65家。")]
    ['纺织工业规模以上企业']
    """
    if c.kind != "count" or not a[0] or a[1] is None:
        return None
    k = c.t.rfind(a[0], c.clause_lo, c.number_lo)
    if k < 0 or not gap_is_empty(c.t[k + len(a[0]) : c.number_lo]):
        return None
    before = c.t[c.clause_lo : k]
    held = next((v for v in read_words("holding_verbs.txt") if v in before), None)
    sector = subject_before(before.split(held, 1)[1] if held else before)
    if not sector or a[0].startswith(sector) or not sector.endswith(read_words("sector_endings.txt")):
        return None
    return sector + a[0], _sector_metric(sector, sector + a[0])


def sector_goes_on(c: Ctx, a: Answer) -> Answer | None:
    """纺织工业规模以上企业65家，1至5月实现营业收入90亿元，利润8亿元 → 纺织工业营业收入, 纺织工业利润: known
    measures that follow a sector's count or measure in its sentence, in clauses naming no subject of their own (a
    time, 实现 or 完成 at most before them), are that sector's too.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("全市现有纺织工业规模以上企业65家，1至5月实现营业收入90亿元，利税8亿元。")]
    ['纺织工业规模以上企业', '纺织工业营业收入', '纺织工业利税']
    """
    prev = c.prev
    if c.kind != "amount" or not a[0] or a[1] is None or prev is None or not prev.metric or c.t.find("。", c.prev_start, c.number_lo) >= 0:
        return None
    if not (prev.kind == "count" and counted_class(prev.metric) == _FIRMS or prev.kind == "amount" and prev.canonical_metric is None):
        return None  # (规模以上工业增加值…，固定资产投资…: the city's list of measures, each its own; 产业项目60个，总投资…: projects')
    k = c.t.rfind(a[0], c.clause_lo, c.number_lo)
    if k < 0 or not gap_is_empty(c.t[k + len(a[0]) : c.number_lo]):
        return None
    if not opens_alone(c.t[c.clause_lo : k]):
        return None  # (the text is read before the label's sector, which tags its openings)
    sector = _sector_of_label(prev.metric)
    if not sector or a[0].startswith(sector):
        return None
    return sector + a[0], _sector_metric(sector, sector + a[0])


_FIRMS = "企业"  # the class whose count opens a sector's measures (某某工业规模以上企业65家，实现销售收入…)
# A clause opening that is only a time: 上半年, 1至5月, 今年以来
_TIME_ONLY = re.compile(r"(?:今年|去年|全年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}\s*[-—－至到~～]\s*\d{1,2}\s*月份?|前\d{1,2}个月|\d{1,2}月份?)(?:以来)?[，,]?")


def opens_alone(before: str) -> bool:
    """Whether the text of a clause before its measure names no subject of its own: nothing, a time (1至5月), 实现 or
    完成 (so the measure goes on with the subject of the clause before it).

    >>> opens_alone("1至5月实现"), opens_alone(""), opens_alone("全县")
    (True, True, False)
    """
    before = before[: -len(v)] if (v := next((v for v in _SECTOR_VERBS if before.endswith(v)), None)) else before
    return not before or bool(_TIME_ONLY.fullmatch(before))


def measure_alone(metric: str | None) -> bool:
    """Whether a label is a measure with no thing of its own (营业收入, 新增产值, 完成投资增速: a phrase of data/metrics.csv
    or data/bare_measures.txt, a flow word or a rate's ending aside), which a class counted before it in its sentence
    owns (44家企业…，实现营业收入…); 大蒜冷藏加工能力 names its own thing, 规模以上工业营业收入 its own whole (a scope of
    data/metric_qualifiers.txt, a sector of data/sector_endings.txt).

    >>> measure_alone("新增产值"), measure_alone("完成投资增速"), measure_alone("大蒜冷藏加工能力"), measure_alone("规模以上工业营业收入")
    (True, True, False, False)
    """
    if not metric:
        return False
    core = without_flow(metric)
    core = next((core[: -len(e)] for e in _CHANGE_ENDINGS + _SHARE_NAMES_ALONE if core.endswith(e) and len(core) > len(e)), core)
    scoped = core.startswith(read_words("metric_qualifiers.txt")) or any(e in core for e in read_words("sector_endings.txt"))
    cores = (core, core[1:]) if core.startswith(_TOTAL) and len(core) > 2 else (core,)  # 总面积: 面积
    return not scoped and any(c in metrics()[0] or bare_measure(c) == c for c in cores)  # (规模以上工业营业收入: its own whole)


_SHARE_NAMES_ALONE = ("比重", "比例", "率")
_TOTAL = "总"


def _sector_metric(sector: str, label: str) -> Metric | None:
    """The standard metric of a sector's measure when data/metrics.csv names that sector's (规上工业营业收入), else
    none: one industry's revenue is no place's total."""
    known = canonical(label)
    return known if known is not None and sector in known.phrase else None


def _sector_of_label(label: str) -> str | None:
    """The sector a label opens with (纺织工业规模以上企业 → 纺织工业; 纺织工业销售收入 → 纺织工业): the longest opening
    that figure_clause.subject_before reads as one, of a label that goes on past it."""
    endings = read_words("sector_endings.txt")  # tried first: subject_before tags each opening it reads
    return next((label[:n] for n in range(len(label) - 2, 1, -1)
                 if label[n:] and label[:n].endswith(endings) and subject_before(label[:n]) == label[:n]), None)


_PHASE = re.compile(r"(?:第?[一二三四五六七八九十]|首)期$")


def phase_of_measure(c: Ctx, a: Answer) -> Answer | None:
    """该项目一期投资3亿元 → 一期投资; 第一期投资约6亿元 → 第一期投资: a project's phase printed right before the
    measure is part of what is measured (a phase's investment is not the project's); a class counted after the number
    (某某三期工程、某某二期项目等9个项目) is printed after it, so a phase before is an example's, not its.

    >>> from jdash.figures import extract_figures
    >>> t = "青禾公司四期项目、白水公司二期项目等10个项目竣工。"
    >>> [f.metric for f in extract_figures(t)], [f.metric for f in extract_figures("该项目一期投资3亿元。")]
    (['竣工项目'], ['一期投资'])
    """
    if not a[0] or c.t.startswith(a[0], c.raw.end):
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    phase = _PHASE.search(c.t, max(c.lo, k - 3), k) if k > c.lo else None
    return (phase.group() + a[0], a[1]) if phase else None


def is_media_label(label: str) -> bool:
    """单位新闻, 记者采访: a label opening or ending with a word of the paper's apparatus (data/media_words.txt)
    names no measure; 基因编辑品系 holds 编辑 inside a word and does.

    >>> is_media_label("单位新闻"), is_media_label("基因编辑品系")
    (True, False)
    """
    words = read_words("media_words.txt")
    return label.startswith(words) or label.endswith(words)


def not_a_measure(c: Ctx, a: Answer) -> Answer | None:
    """单位新闻 12条, 联系 121人, 服务全国2400万亩大豆种植: a label from the paper's apparatus, a bare verb or a
    scope (data/scope_words.txt) names nothing; the thing after the number is tried instead."""
    if not a[0] or not (a[0] in read_words("not_metric_labels.txt") or a[0] in read_words("scope_words.txt")
                        or is_media_label(a[0])):
        return None
    de = c.nxt == "的"  # 还有15亿元的磷酸铁锂电池: the thing after 的
    after = (noun_after(c.t, c.raw.end + de, count=c.kind == "count", after_de=de)
             if "\u4e00" <= (c.nxt or " ") <= "\u9fff" else None)
    return _named(after) if after and after not in read_words("not_metric_labels.txt") else (None, None)


def change_named(c: Ctx, a: Answer) -> Answer | None:
    """优良天数同比增加19天, 重污染天数减少23天 → 优良天数增加, 重污染天数减少: a difference, with no
    canonical metric, so it is never compared or summed with the levels (same unit, other meaning). Without
    同比 the measure must be printed right before 增加 (新增加就业2000人 is no difference), or be the figure's
    before it in a list (see _change_listed)."""
    if c.kind not in ("count", "amount"):
        return None
    change = _CHANGE_BEFORE.search(c.t, c.lo, c.number_lo)
    if not change or change.end() != c.number_lo:
        return None
    printed = noun_tail(c.t[c.lo : change.start()]) if change.start() > c.lo else None
    listed = _change_listed(c, a, change.start())
    base = printed or (a[0] if change.group(1) or listed else None)
    word = {"增": "增加", "减": "减少"}.get(change.group(2), change.group(2))
    if base and not base.endswith(word) and (change.group(1) or listed or c.t.endswith(base, 0, change.start())):
        return base + word, None
    return None


def _change_listed(c: Ctx, a: Answer, at: int) -> bool:
    """在谈项目45个、增加12个: a change printed right after the figure before it, of the same unit, with only a list
    mark between, is that figure's change (its label, as same_unit_as_previous read it), not another count of it.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("一季度，全县在谈项目45个、增加12个。")]
    ['在谈项目', '在谈项目增加']
    """
    p = c.prev
    return p is not None and p.unit == c.raw.unit and bool(a[0]) and a[0] == p.metric and c.t[c.lo : at] in ("、", "，", ",")


BARE_HEAD = 2  # a head of at most two characters (项目, 企业) names no class of things on its own
_MODIFIER_FLAGS = ("v", "vn", "nz")


def _defining_verbs(tags: list[tuple[str, str]]) -> str:
    """The verbs that end `tags` and define a class (集中开工 of 本次集中开工), up to a predicate (实施),
    a determiner or a place; at most six characters."""
    words: list[str] = []
    for word, flag in reversed(tags):
        if flag not in _MODIFIER_FLAGS or word in read_words("predicate_verbs.txt") or word in _skip():
            break
        if sum(map(len, words)) + len(word) > 6:
            break
        words.insert(0, word)
    return "".join(words)


_STATE_BEFORE_VERBS = re.compile(r"(已经|已|尚未|未)?(?:均|都|全部|成功|顺利|同时|相继|陆续|正式)*")  # 未开工: those not started
# 107个重大项目在各县市区集中开工: where they are, not which of them are counted
_PLACE_BEFORE_VERBS = re.compile(r"在(?:各|全|本)?[\u4e00-\u9fff]{0,3}?(?:县市区|县区|县市|乡镇|镇街|街道|园区|各地|[县市区镇乡村])")


def _verbs_after_count(c: Ctx, a: Answer) -> str:
    """45个项目集中开工，: the verbs that close the clause after a counted bare head, with 已 or 未 when printed (27个
    重点项目已开工建设 → 已开工建设, 15个项目未开工 → 未开工); adverbs (成功, 均) and where (在各县市区) before them stay out."""
    tail_lo = c.raw.end + len(a[0] or "")
    tail = re.match(r"[\u4e00-\u9fff]{0,12}", c.t[tail_lo:]).group()
    end = tail_lo + len(tail)
    if not tail or not _closes_act(c.t, end):
        return ""
    verbs = _defining_verbs(list(pos_tags(tail)))
    rest = tail[: len(tail) - len(verbs)]
    state = _STATE_BEFORE_VERBS.fullmatch(rest)
    placed = len(rest) <= 7 and _PLACE_BEFORE_VERBS.fullmatch(rest)
    if verbs and not (state or placed) and _by_whom(rest):
        return rest + verbs + "的"  # 12家企业通过研发机构认定 → 通过研发机构认定的企业
    if not verbs or not (state or placed):
        return ""
    return (state.group(1) or "") + verbs if state else verbs


def _closes_act(t: str, end: int) -> bool:
    """Whether t[end] closes the verbs after a counted head: the text's or a clause's end, or 、 before another act
    (和12家企业签约、和…), not before the next count of a list (6场专题演讲、3个分论坛: 演讲 is part of the name).

    >>> _closes_act("签约、和30家", 2), _closes_act("主题演讲、2个论坛", 4), _closes_act("签约。", 2)
    (True, False, True)
    """
    if end >= len(t) or t[end] in CLAUSE_END:
        return True
    return t[end] == "、" and not t[end + 1 : end + 2].isdigit()


_BY_WHOM = ("通过", "经", "被", "由", "获")  # 通过研发机构认定, 被评为: who did it to the counted units, before the verb


def _by_whom(rest: str) -> bool:
    """Whether the words between a counted bare head and the verbs closing its clause say by whom or through what
    (通过研发机构, 被省里): a preposition of _BY_WHOM opening nouns only.

    >>> _by_whom("通过研发机构"), _by_whom("今年"), _by_whom("通过")
    (True, False, False)
    """
    lead = next((w for w in _BY_WHOM if rest.startswith(w)), "")
    words = list(pos_tags(rest[len(lead) :])) if lead else []
    return bool(words) and all(f in _GOVERNED_FLAGS for _, f in words)


def _class_predicate_after(c: Ctx, a: Answer) -> str:
    """41个项目入选全市项目库，: a class verb (data/class_verbs.txt) with its object closing the clause after a
    counted bare head says which of them are counted (入选全市项目库的 + 项目)."""
    tail_lo = c.raw.end + len(a[0] or "")
    tail = _rest_of_clause(c.t, tail_lo)
    end = tail_lo + len(tail)
    if not tail.startswith(read_words("class_verbs.txt")) or not _closes_act(c.t, end):
        return ""
    if tail.endswith(a[0] or "\0"):
        return tail[: -len(a[0] or "")]  # 纳入集中开工项目: the object already names the class
    return tail + ("的" if tail not in read_words("class_verbs.txt") else "")


def _verbs_before_count(c: Ctx) -> str:
    """此次集中开工的23个项目: the verbs of an attributive clause (…的) right before the number."""
    before = c.t[max(c.lo, c.number_lo - 12) : c.number_lo]
    if not before.endswith("的"):
        return ""
    tags = list(pos_tags(before[:-1]))
    verbs = _defining_verbs(tags)
    k, size = len(tags), 0
    while size < len(verbs):
        k -= 1
        size += len(tags[k][0])
    opened = k == 0 or tags[k - 1][1] in _FUNCTION_FLAGS  # 此次|集中开工的, not 支持专用车|出口的
    return verbs if opened else ""


def defining_words(c: Ctx, a: Answer) -> Answer | None:
    """本次集中开工项目30个 → 集中开工项目, 参会企业20家 → 参会企业, 45个项目集中开工 → 集中开工项目, 此次集中开工的
    23个项目 → 集中开工的项目 (as printed): a bare head (项目, 企业) keeps the verbs that say which of them are
    counted; a predicate (实施项目20个) does not."""
    if not a[0]:
        return None
    after_count = c.kind == "count" and c.t.startswith(a[0], c.raw.end)
    if len(a[0]) > BARE_HEAD and not (after_count and classed_head(a[0])):
        return None
    if after_count:
        before = _verbs_before_count(c)
        verbs = _verbs_after_count(c, a) or (before + "的" if before else "") or _class_predicate_after(c, a)
        if verbs and len(a[0]) > BARE_HEAD:
            return verbs + a[0], a[1]  # 集中开工重点项目: a part of the head's class, which it stays (is_qualified)
        return _with_head(verbs, a) if verbs else None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    if k <= c.lo or not gap_is_empty(c.t[k + len(a[0]) : c.number_lo]):
        return None
    verbs = _whole_flow_word(c.t, c.lo, k, _defining_verbs(list(pos_tags(c.t[max(c.lo, k - 10) : k]))))
    if verbs:
        return _with_head(verbs, a)
    relative = relative_clause_before(c.t, c.lo, k)
    return _with_head(relative, a) if relative else None  # 纳入省重点项目库的项目: a part of the class (is_qualified)


_RELATIVE_LONGEST = 12  # characters of a relative clause before a bare head (通过研发机构认定的)
_RELATIVE_LEADS = ("t", "ns", "r", "d", "c", "m", "q")  # 今年, 某县, 其中, 已, 共: before the clause, not in it


def relative_clause_before(t: str, lo: int, k: int) -> str:
    """全县通过研发机构认定的企业36家 → 通过研发机构认定的: a clause with a verb, ending in 的 right before a bare head
    at t[k] and opening its clause (after a scope, a time or a place: 全县, 今年), says which of them are counted;
    '' when there is none, the clause is longer than _RELATIVE_LONGEST or holds a number.

    >>> relative_clause_before("全县完成亮化的道路18条", 0, 7), relative_clause_before("全县的道路18条", 0, 3)
    ('完成亮化的', '')
    """
    if k - 1 <= lo or t[k - 1] != "的" or k - 1 - lo > _RELATIVE_LONGEST + 4:
        return ""
    tags = list(pos_tags(t[lo : k - 1]))
    i = 0
    while i < len(tags) and (tags[i][1] in _RELATIVE_LEADS or tags[i][0] in _skip() or tags[i][0].startswith(("全", "各"))):
        i += 1
    words = tags[i:]
    clause = "".join(w for w, _ in words)
    if not any(f in ("v", "vn") for _, f in words) or len(clause) > _RELATIVE_LONGEST or re.search(r"[\d，,、]", clause):
        return ""
    return clause + "的"


_DID_LONGEST = 16  # characters of what counted units did that a label keeps (建立起集体经济股份合作机制)


def units_by_what_they_did(c: Ctx, a: Answer) -> Answer | None:
    """9家开发区完成人事制度改革 → 完成人事制度改革的开发区, 6个村已建成文化广场 → 建成文化广场村: a count of a bare
    kind of unit (data/sub_units.txt, a level word of data/level_words.txt before it allowed) followed by a verb phrase
    that closes its clause counts the units that did it, not all of them; no canonical metric (no county's count).
    A one-character head is joined as such classes are printed (示范村, 达标村), a longer one after 的. None when the
    head is no bare unit kind or no such verb phrase follows it.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("全县已有7个村开展电商销售，3家省级园区完成扩区。")]
    ['开展电商销售村', '完成扩区的省级园区']
    """
    head = a[0] or ""
    if c.kind != "count" or not head or not c.t.startswith(head, c.raw.end) or not _bare_unit_kind(head):
        return None
    tail = _rest_of_clause(c.t, c.raw.end + len(head))
    end = c.raw.end + len(head) + len(tail)
    state = _STATE_BEFORE_VERBS.match(tail)
    negated = state.group(1) if state.group(1) in ("未", "尚未") else ""
    did = tail[state.end() :]
    words = list(pos_tags(did)) if did else []
    if (not words or words[0][1] != "v" or len(did) > _DID_LONGEST or re.search(r"\d", did)
            or end < len(c.t) and c.t[end] not in CLAUSE_END):
        return None
    return negated + did + ("" if len(head) == 1 else "的") + head, None  # 开展电商销售村, 完成扩区的园区


def _class_after_count(c: Ctx, head: str) -> str:
    """7个乡村振兴项目入选省级示范名单 → 入选省级示范名单: a class verb (data/class_verbs.txt) with its object closing the
    clause after the head, as printed; '' when none."""
    tail = _rest_of_clause(c.t, c.raw.end + len(head))
    if not tail.startswith(read_words("class_verbs.txt")) or not _closes_act(c.t, c.raw.end + len(head) + len(tail)):
        return ""
    return tail


def act_of_counted_class(c: Ctx, a: Answer) -> Answer | None:
    """9个康养文旅工程成功签约 → 康养文旅工程成功签约, 7个乡村振兴项目入选省级示范名单 → 乡村振兴项目入选省级示范名单:
    a count of a class named in full (longer than defining_words' bare or classed heads) whose clause closes with what
    those units did — a step of a programme (data/progress_verbs.txt, after 成功/已 …) or a class verb with its object
    (data/class_verbs.txt) — counts the units that did it, not the county's stock of the class: the act stays in the
    label after the class, as printed, and no canonical metric claims it.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("推介会上，9个康养文旅工程成功签约。")]
    ['康养文旅工程成功签约']
    """
    head = a[0] or ""
    if c.kind != "count" or len(head) <= BARE_HEAD or classed_head(head) or not c.t.startswith(head, c.raw.end):
        return None  # (defining_words reads the steps and classes of bare and classed heads)
    verbs = _verbs_after_count(c, a)
    if verbs[_STATE_BEFORE_VERBS.match(verbs).end() :] in read_words("progress_verbs.txt"):
        return head + _rest_of_clause(c.t, c.raw.end + len(head)), None  # 成功签约, as printed
    did = _class_after_count(c, head) if c.t[c.number_lo - 1 : c.number_lo] not in _DISPOSAL else ""
    return (head + did, None) if did else None  # (将60家企业列入计划: what was done with the county's firms)


_DISPOSAL = ("将", "把")  # 将60家成长型企业列入培育计划: the units a body acted on, all of them, not those that did it


_OBJECT_LONGEST_BEFORE = 4  # characters of an object printed between an act and its count (搬迁滩区18个村庄)
_OBJECT_FLAGS = ("n", "nz", "ng", "s", "f")


@lru_cache(maxsize=1)
def _count_acts() -> frozenset[str]:
    """What is done to things counted (data/count_acts.txt, governing_verbs.txt, progress_verbs.txt)."""
    return frozenset(read_words("count_acts.txt") + read_words("governing_verbs.txt") + read_words("progress_verbs.txt"))


def is_count_act(text: str) -> bool:
    """Whether a label's opening words are an act act_on_counted wrote before a count's class (已建成, 搬迁滩区: an act
    of _count_acts, after 新 or 已, with its object).

    >>> is_count_act("已建成"), is_count_act("搬迁滩区"), is_count_act("集中")
    (True, True, False)
    """
    text = text.removeprefix("已").removeprefix("新")
    return any(text.startswith(w) for w in _count_acts())


def _act_before(t: str, lo: int, end: int, objects: bool) -> str:
    """The act printed right before t[end] in its clause (开辟, 搬迁滩区 with `objects`: a verb and its object of at most
    _OBJECT_LONGEST_BEFORE characters), with 新 before it; '' when what stands there is no such act."""
    tags = list(pos_tags(t[max(lo, end - 12) : end]))
    i, size = len(tags), 0
    while objects and i > 1 and tags[i - 1][1] in _OBJECT_FLAGS and size + len(tags[i - 1][0]) <= _OBJECT_LONGEST_BEFORE:
        i, size = i - 1, size + len(tags[i - 1][0])
    if i == 0 or tags[i - 1][0] not in _count_acts():
        return ""
    new = "新" if i > 1 and tags[i - 2][0] == "新" else ""
    k = i - 1 - len(new)
    if k > 0 and tags[k - 1][1] in _NAMING_FLAGS:
        return ""  # 某某智慧谷建设1个项目: the verb is part of the name before it, not an act on the count
    act = _whole_flow_word(t, lo, end - len("".join(w for w, _ in tags[i:])), tags[i - 1][0])  # 集中开工, not 开工
    return new + act + "".join(w for w, _ in tags[i:])


_NAMING_FLAGS = ("n", "nz", "nr", "vn", "nt", "l")  # a noun right before an act: the act is inside a name (ns: where it was done)


def act_on_counted(c: Ctx, a: Answer) -> Answer | None:
    """共搬迁滩区18个村庄 → 搬迁滩区村庄, 新开辟停车场3处 → 新开辟停车场: a count whose class is printed right after it,
    or right before it, after a verb of what was done to the things counted (see _count_acts) counts those done so in
    the period, not the county's stock of the class: the act stays in the label, and no canonical metric claims it.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("今年共搬迁滩区18个村庄。")]
    ['搬迁滩区村庄']
    """
    label = a[0] or ""
    if c.kind != "count" or len(label) < 2:
        return None
    if c.t.startswith(label, c.raw.end):
        act = _act_before(c.t, c.lo, c.number_lo, objects=True)
    else:
        k = c.t.rfind(label, c.lo, c.number_lo)
        act = _act_before(c.t, c.lo, k, objects=False) if k > c.lo and gap_is_empty(c.t[k + len(label) : c.number_lo]) else ""
    if not act or label.startswith(act[-2:]) or act in read_words("flow_qualifiers.txt"):
        return None  # (集中开工重大项目: a flow word, which qualified writes with its known metric)
    return act + label, None


def act_along_list(c: Ctx, a: Answer) -> Answer | None:
    """共清理垃圾堆86处、卫生死角1200处 → 清理卫生死角: a count listed after 、 right after a count whose label opens
    with what was done (data/count_acts.txt: see _count_acts) was done so too; the act stays in its label.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("共清理垃圾堆86处、卫生死角1200处。")]
    ['清理垃圾堆', '清理卫生死角']
    """
    label, p = a[0] or "", c.prev
    if c.kind != "count" or p is None or p.kind != "count" or not p.metric or len(label) < 2:
        return None
    k = c.t.rfind(label, c.lo, c.number_lo)
    if k < 0 or c.t[c.lo : k] != "、" or not gap_is_empty(c.t[k + len(label) : c.number_lo]):
        return None
    act = next((w for w in _count_acts() if p.metric.startswith(w)), None)
    if act is None or is_count_act(label):
        return None  # 新建学校5所、改扩建学校11所: an item with its own act
    return act + label, None


def _bare_unit_kind(head: str) -> bool:
    """Whether a label is a bare kind of unit (村, 开发区, 省级园区), no named one (杨庄村)."""
    level = next((w for w in read_words("level_words.txt") if head.startswith(w)), "")
    return head[len(level) :] in read_words("sub_units.txt")


def _whole_flow_word(t: str, lo: int, k: int, verbs: str) -> str:
    """在谈 of 在谈项目, not 谈: defining verbs that end a flow or state word printed before t[k] (data/flow_qualifiers.txt,
    project_states.txt; jieba splits off its first character) are that word whole.

    >>> _whole_flow_word("某园区有在谈项目6个", 0, 6, "谈"), _whole_flow_word("集中开工项目", 0, 4, "集中开工")
    ('在谈', '集中开工')
    """
    words = read_words("flow_qualifiers.txt") + read_words("project_states.txt")
    whole = max((w for w in words if len(w) > len(verbs) and w.endswith(verbs) and t.endswith(w, lo, k)), key=len, default="")
    return whole or verbs


def classed_head(label: str) -> bool:
    """Whether a label is a short class of a bare head (重大项目, 工业企业: a head of data/class_heads.txt after
    one word), which the verbs after its count still narrow (10个重大项目集中开工 counts those started).

    >>> classed_head("重大项目"), classed_head("项目"), classed_head("规上工业企业"), classed_head("营业收入")
    (True, False, False, False)
    """
    heads = tuple(w for w in read_words("class_heads.txt") if len(w) == BARE_HEAD)
    return BARE_HEAD < len(label) <= 2 * BARE_HEAD and label.endswith(heads)


def _with_head(verbs: str, a: Answer) -> Answer:
    """集中开工 + 项目: the longer phrase, with its own canonical metric when metrics.csv knows it (集中开工的项目
    as printed is 集中开工项目's)."""
    phrase = verbs + (a[0] or "")
    known = canonical(phrase.replace("的", "", 1) if verbs.endswith("的") else phrase)
    return phrase, known if known and len(known.phrase) > len(a[0] or "") else a[1]


@lru_cache(maxsize=1)
def _bound() -> str:
    """A class bound as printed: 50亿元以上, 过10亿元, 亿元以上, 5000万元及以上."""
    before = "|".join(map(re.escape, read_words("threshold_before.txt")))
    after = alternation_of(read_words("threshold_words.txt"))
    amount = r"\d+(?:\.\d+)?[万亿]?(?:元|亩|吨|人|平方米)"
    return rf"(?:(?:{before}){amount}(?:{after})?|{amount}(?:{after})|(?:{before})?[万亿]元(?:{after}))"


def threshold_class(c: Ctx, a: Answer) -> Answer | None:
    """其中50亿元以上项目1个、10亿元以上3个 → 50亿元以上项目, 10亿元以上项目: a count of a class bounded by a
    threshold keeps the bound, and a bound printed alone takes the class counted before it."""
    if c.kind != "count" or not a[0]:
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    end = k if k >= c.lo and gap_is_empty(c.t[k + len(a[0]) : c.number_lo]) else c.number_lo
    m = re.search(_bound() + "的?$", c.t[c.lo : end])
    if not m:
        return None
    flows = len(a[0]) - len(without_flow(a[0]))  # 新引进10亿元以上项目3个、5亿元以上3个 → 新引进5亿元以上项目
    head = re.sub("^" + _bound(), "", a[0][flows:])
    return (a[0][:flows] + m.group().removesuffix("的") + head, a[1]) if head else None


_LEADS = ("其中", "另外", "此外", "同时")  # words that open a clause before its subject
_DETERMINERS = ("全", "各", "我", "本", "每", "所有", "该", "这", "其", "内", "中", "等", "的", "主要", "重点", "部分", "新增", "新建")
_NAME_FLAGS = ("ns", "nr", "nz", "nt")
# Words between a place and its metric (三孔景区共接待游客, 杨庄村的小麦亩产); never 和/、, which join a list.
_PLACE_GAP = ("的", "共", "累计", "共计", "合计", "总计", "已", "实现", "完成", "今年", "全年", "新增", "已经")


@lru_cache(maxsize=1)
def _days_gap() -> re.Pattern[str]:
    """假日七天, 假期期间7天, 国庆期间: a span of days (data/holidays.txt, holiday_spans.txt) between a place
    and its metric."""
    words = alternation_of(read_words("holidays.txt") + read_words("holiday_spans.txt"))
    return re.compile(rf"(?:(?:{words})|[\d一二三四五六七八九十两]+天)$")


def strip_place_gap(before: str) -> str:
    """嘉祥青山景区假日期间7天共 → 嘉祥青山景区: the words that may stand between a place and its metric
    (共, 累计, 实现 …; a span of days such as 假日七天) taken off the end."""
    while True:
        lead = next((w for w in _PLACE_GAP if before.endswith(w)), None)
        days = _days_gap().search(before) if lead is None else None
        if lead is None and not days:
            return before
        before = before[: -len(lead)] if lead else before[: days.start()]  # type: ignore[union-attr]


_PLACE_NAME = re.compile(r"(?:[\u4e00-\u9fff“”]|[（(][\u4e00-\u9fff“”]{1,8}[）)])+")  # 明故城（三孔）景区: an aside inside


@lru_cache(maxsize=1)
def _place_suffixes() -> Affixes:
    return Affixes(read_words("place_suffixes.txt"))


def place_before(t: str, lo: int, k: int) -> str | None:
    """泗水县尼山圣境景区接待游客 → 尼山圣境景区: the named place (data/place_suffixes.txt) printed right
    before a metric at k, after any county name, and after any span of days (景区假日七天共接待游客); not
    全县各镇 or a bare 景区."""
    before = strip_place_gap(t[lo:k])
    suffix = _place_suffixes().suffix(before)
    if suffix is None:
        return _landmark_ending(before)
    head = before[: -len(suffix)]
    cut = max(head.rfind(ch) for ch in "县市区，、：")
    place = before[cut + 1 :]
    place = place[2:] if place.startswith(_LEADS) else place  # 其中曲阜三孔景区 → 曲阜三孔景区
    if len(place) < len(suffix) + 2 or not _PLACE_NAME.fullmatch(place) or place.startswith(_DETERMINERS):
        return None
    if len(suffix) == 1 and not any(f in _NAME_FLAGS for _, f in pos_tags(place)):
        return None  # 城镇, 贫困村: a one-character ending makes a place only after a name (杨庄村)
    return quotes_closed(place)


def quotes_closed(name: str) -> str:
    """A name that opens a quote it does not close is closed (“智慧社区 → “智慧社区”): its label is printed whole.

    >>> quotes_closed("“智慧社区"), quotes_closed("“智慧”社区"), quotes_closed("某某景区")
    ('“智慧社区”', '“智慧”社区', '某某景区')
    """
    return name + "”" if name.count("“") > name.count("”") else name


_TIME_BEFORE_DAY = frozenset("今昨明首当节次每假周月生")  # 今日, 首日, 节日: 日 names a day, not a rate


def _per_year(t: str, lo: int, k: int) -> str | None:
    """预计实现年产值10亿元 → 年: 年 right after a verb, before a measure, is per year (not 2021年产值, 今年产值 or
    去年销售额, where 年 ends a period: data/year_words.txt, though jieba tags 去 a verb); so is 年 opening its clause
    (see year_opens_clause)."""
    if not t.endswith("年", lo, k) or t.endswith(read_words("year_words.txt"), lo, k):
        return None
    if year_opens_clause(t, lo, k - 1):
        return "年"
    if k - 1 <= lo:
        return None
    tags = list(pos_tags(t[max(lo, k - 5) : k - 1]))
    return "年" if tags and tags[-1][1] == "v" else None


def year_opens_clause(t: str, lo: int, at: int) -> bool:
    """某厂年产纸板6万吨，年产值3亿元 → 年产值: a 年 that opens its clause, right after the clause's mark, can end no
    period (a year or 今年 prints its own words before 年), so it makes the measure after it one per year.

    >>> year_opens_clause("某厂，年产值3亿元", 3, 3), year_opens_clause("某厂2021年产值3亿元", 3, 7)
    (True, False)
    """
    return at == lo and (at == 0 or t[at - 1] in CLAUSE_END | {"、"})


def per_unit(c: Ctx, a: Answer) -> Answer | None:
    """三孔景区日接待游客2万人次 → 日接待游客, 日均客流量 → 日均客流量: a measure per day, year or person
    (data/per_words.txt) keeps the word, and a canonical metric only when metrics.csv names that rate
    (人均可支配收入), so it is never compared with totals."""
    if not a[0] or any(a[0].startswith(w) for w in read_words("per_words.txt")):
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    if k < 0 or not gap_is_empty(c.t[k + len(a[0]) : c.number_lo]):
        return None
    word = next((w for w in read_words("per_words.txt") if c.t.endswith(w, c.lo, k)), None) or _per_year(c.t, c.lo, k)
    if word is None or (word == "日" and c.t[k - 2 : k - 1] in _TIME_BEFORE_DAY):
        return None
    known = canonical(word + a[0])
    return word + a[0], known if known and word in known.phrase else None


@lru_cache(maxsize=1)
def _per_measure() -> re.Pattern[str]:
    return re.compile("每(?:" + alternation_of(read_words("price_measures.txt")) + ")")


def price_per_measure(c: Ctx, a: Answer) -> Answer | None:
    """西瓜每斤卖到2.5元 → 西瓜每斤价格, 大米每公斤售价12元 → 大米每公斤售价: an amount of money per 斤, 亩, 吨 …
    (data/price_measures.txt) is a price of the thing printed before 每, never a total, so it has no canonical metric;
    verbs after 每X (能卖) give way to 价格 unless a price word is printed (data/price_words.txt)."""
    per = _per_measure().search(a[0] or "")
    if per is None or c.raw.base is None or c.raw.base.base != "元":
        return None
    k = c.t.rfind(a[0] or "", c.lo, c.number_lo)
    head, tail = a[0][: per.start()], a[0][per.end() :]
    thing = head or (thing_tail(c.t[max(c.clause_lo, k - 8) : k]) if k > c.clause_lo else None) or ""
    priced = (head + tail).endswith(read_words("price_words.txt")) or head.endswith(read_words("price_words.txt"))
    return thing + per.group() + (tail if priced else "价格"), None  # 收购价每斤: the price is named before 每


def generic_measure(c: Ctx, a: Answer) -> Answer | None:
    """水泊梁山风景区接待游客数量达到23.6万人次 → 接待游客数量: a label that only says how much (数量, 总量:
    data/generic_measures.txt) takes the nouns printed before it, and the verb that governs them."""
    if a[0] not in read_words("generic_measures.txt"):
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    tags = _retag(pos_tags(c.t[max(c.lo, k - 12) : k])) if k > c.lo else []
    i = len(tags)
    while i > 0 and _is_noun(*tags[i - 1]) and tags[i - 1][1] not in ("ns", "nr"):
        i -= 1
    if i == len(tags):
        return None
    if i > 0 and tags[i - 1][1] == "v":
        i -= 1  # 接待游客数量: the verb makes the measure (接待游客)
    return _named("".join(w for w, _ in tags[i:]) + a[0])


_PER_GAP = 4  # characters printed between a 每 word and its measure that stay in the label (每亩每年创收)


def per_unit_in_clause(c: Ctx, a: Answer) -> Answer | None:
    """“三孔”每天接待的游客数都接近10万人次 → 每天游客: a per-day or per-person word (data/per_words.txt, two
    characters or more) anywhere in the figure's clause before its measure makes it a rate, never a total; a 每 word
    (养殖户每亩可多收入1800元 → 每亩可多收入) so also where no standard metric was read."""
    if not a[0] or any(w in a[0] for w in read_words("per_words.txt") if len(w) > 1):
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    words = [w for w in read_words("per_words.txt") if len(w) > 1 and c.t.find(w, c.clause_lo, k) >= 0] if k >= 0 else []
    if not words or a[1] is None and not words[0].startswith("每"):
        return None
    at = c.t.find(words[0], c.clause_lo, k) + len(words[0])
    if words[0].startswith("每") and 0 < k - at <= _PER_GAP and re.fullmatch(r"[\u4e00-\u9fff]+", c.t[at:k]):
        return c.t[at - len(words[0]) : k] + a[0], None  # 每亩地产量, 每亩每年创收: as printed
    known = canonical(words[0] + a[0])
    return words[0] + a[0], known if known and words[0] in known.phrase else None


def named_place(c: Ctx, a: Answer) -> Answer | None:
    """尼山圣境景区接待游客5万人次 → 尼山圣境景区接待游客, with no canonical metric: a named place's figure is
    not its county's total, so county cards never add it (the full table keeps it); nor is its rate, nor
    what the next clause says of it (see _place_goes_on)."""
    if not a[0]:
        return None
    if c.kind in ("rate", "share"):  # 尼山圣境景区接待游客增速: a rate of a place's figure is the place's
        p = c.prev
        named = p is not None and p.canonical_metric is None and bool(place_of(p.metric)) and a[0].startswith(p.metric or "")
        return (a[0], None) if named and a[1] else None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    if k < 0 or not gap_is_empty(c.t[k + len(a[0]) : c.number_lo]):
        return None
    own_phrase = a[1] is not None and len(a[0]) > len(a[1].phrase)  # 主导产业营业收入: the label names its own subject
    place = place_before(c.t, c.lo, k) or (None if own_phrase else _place_goes_on(c, k))
    if place is None:
        name = _county_name_before_place(c.t, c.lo, k, a[0])
        return (name + a[0], None) if name else None
    return (place + a[0], None) if not a[0].startswith(place) else None


def _county_name_before_place(t: str, lo: int, k: int, label: str) -> str | None:
    """梁山风景区接待11.6万人次 → 梁山: a label that opens with a place ending (风景区, data/place_suffixes.txt)
    right after a county's name is a place named after that county."""
    if not label.startswith(read_words("place_suffixes.txt")):
        return None
    before = t[max(lo, k - 4) : k]
    found = county_mentions(before)
    name = before[found[-1][0] :] if found else ""
    return name if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) else None


POINTERS = ("该", "这家", "这个", "此")  # 该项目, 这家企业: the one unit named before
_POINTING = POINTERS + ("本",)  # 本公司 too, where a unit's word follows (one_unit)


@lru_cache(maxsize=1)
def _single_subjects() -> tuple[str, ...]:
    return tuple(sorted(read_words("single_subjects.txt") + read_words("place_suffixes.txt"), key=len, reverse=True))


def one_unit(c: Ctx, a: Answer) -> Answer | None:
    """该公司实现营业收入5亿元 → 公司营业收入, with no canonical metric: one company's or project's figure
    (data/single_subjects.txt) is not its county's total; a company named in full before (在山东某某机械有限公司车间
    …该公司扩招员工40人) gives its name (山东某某机械有限公司扩招员工)."""
    if not a[0]:
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    if k < 0 or not gap_is_empty(c.t[k + len(a[0]) : c.number_lo]):
        return None
    before = strip_place_gap(c.t[c.lo : k])
    label = a[0]
    unit = next((u for u in _single_subjects() if before.endswith(u) and before[: -len(u)].endswith(_POINTING)), None)
    if unit is None and before.endswith(_POINTING):  # 该企业计划投资: the company word opens the label
        unit = next((u for u in ("公司", "企业") if label.startswith(u) and len(label) > len(u)), None)
        label = label[len(unit) :] if unit else label
    if unit is None:
        return None
    org = named_org_before(c.t, c.lo) if unit in ("公司", "企业") else None
    if org:
        return org + label, None
    return (unit + label, None) if a[1] is not None else None  # 该项目总投资: a qualified label, never solid


_ORG_OPENERS = "在于对由与和向到是据从把被及"  # prepositions jieba may glue to a name


def named_org_before(t: str, pos: int) -> str | None:
    """在山东某某机械有限公司车间，… → 山东某某机械有限公司: the last organisation printed in full (an ending of
    data/org_endings.txt after its name) in the 600 characters before `pos`, without a preposition before it.

    >>> named_org_before("记者来到山东某某机械有限公司车间，工人正忙。", 20)
    '山东某某机械有限公司'
    """
    endings = "|".join(map(re.escape, read_words("org_endings.txt")))
    found = None
    for found in re.finditer(rf"([\u4e00-\u9fff]{{2,14}}?)(?:{endings})", t[max(0, pos - 600) : pos]):
        pass
    if found is None:
        return None
    name, tags = found.group(), list(pos_tags(found.group(1)))
    cut = max((k + 1 for k, (_, f) in enumerate(tags)  # 在|山东某某, 记者来到|山东某某 (a verb before a place)
               if f[0] in "pc" or f[0] == "v" and k + 1 < len(tags) and tags[k + 1][1] == "ns"), default=0)
    name = name[sum(len(w) for w, _ in tags[:cut]) :].lstrip(_ORG_OPENERS)
    return name if len(name) >= 6 else None


def _place_goes_on(c: Ctx, k: int) -> str | None:
    """尼山圣境景区接待游客5万人次，实现旅游收入2亿元 → 尼山圣境景区旅游收入: a clause with no subject of its own
    right after a named place's figure in the same sentence goes on about that place, and so does the first
    clause of a sentence after ； (尼山圣境景区接待游客5万人次；营业收入2亿元)."""
    if c.prev is None:
        return c.carried_place if c.carried_place and gap_is_empty(c.t[c.clause_lo : k]) else None
    if c.t.startswith("的", c.raw.end):
        return None  # 投资6000万元的某园，投资5000万元的某超市: the figure is of the thing named after it
    prev = c.prev.metric if c.prev.canonical_metric is None and c.prev.metric else ""
    if not prev or c.t.count("，", c.prev_start, c.clause_lo) + c.t.count(",", c.prev_start, c.clause_lo) != 1:
        return None
    if not gap_is_empty(strip_place_gap(c.t[c.clause_lo : k])):
        return None  # 全县接待游客…: the clause names its own subject (假期8天共接待… names none)
    return place_of(prev)


@lru_cache(maxsize=1)
def landmarks() -> dict[str, str]:
    """Jining's well-known scenic areas and landmarks → their county (data/landmarks.csv)."""
    return {r["landmark"]: r["county"] for r in read_table("landmarks.csv")}


@lru_cache(maxsize=1)
def _landmarks_longest_first() -> tuple[str, ...]:
    return tuple(sorted(landmarks(), key=len, reverse=True))


def _landmark_ending(before: str) -> str | None:
    """微山湖旅游区, “三孔”, 尼山圣境: a landmark (data/landmarks.csv) that ends the text, with any place
    ending after it (景区) and the quotes around it, but without what precedes it (其中, 全市)."""
    text = before.rstrip("”")
    for mark in _landmarks_longest_first():
        at = text.rfind(mark)
        if at < 0:
            continue
        rest = text[at + len(mark) :]
        if rest and rest not in read_words("place_suffixes.txt"):
            continue
        at -= text[:at].endswith("“")
        return before[at:]
    return None


@lru_cache(maxsize=1024)
def place_county(place: str | None) -> str | None:
    """The county a named place lies in, when its name says so: 汶上宝相寺景区 → 汶上县 (a county's name in
    it), 尼山圣境景区 → 曲阜市 (a landmark of data/landmarks.csv); None for 青云山景区."""
    if not place:
        return None
    named = county_mentions(place)
    if named:
        return named[0][1]
    return next((county for mark, county in landmarks().items() if mark in place), None)


@lru_cache(maxsize=4096)
def place_of(metric: str | None) -> str | None:
    """尼山圣境景区接待游客 → 尼山圣境景区: the place a metric opens with, when something follows it (not 农贸市场)."""
    ends = sorted(metric.find(w) + len(w) for w in read_words("place_suffixes.txt") if metric and metric.find(w) >= 2)
    ends += [metric.find(w) + len(w) for w in landmarks() if metric and metric.find(w) >= 0]
    ends.sort(reverse=True)  # the longest place: 尼山圣境景区, not 尼山圣境
    return next((place for e in ends if e < len(metric or "") and (place := place_before(metric or "", 0, e))), None)


_COMPLETED = re.compile(r"(?:完成|实现)了?([\u4e00-\u9fff“”]{2,10})的$")
_BASE_WORDS = re.compile(r"同期|水平|去年|上年|前年")  # 实现去年同期的120%: a level against a base, not a completion


def completion_of(c: Ctx, a: Answer) -> Answer | None:
    """完成年度计划的47% → 年度计划完成率, 完成总投资的60% → 总投资完成率: a share of a plan or a whole that
    was done measures how far it is done, not the plan (no canonical metric: never compared with amounts)."""
    if c.kind != "share":
        return None
    m = _COMPLETED.search(c.t, c.lo, c.number_lo)
    return (m.group(1) + "完成率", None) if m and not _BASE_WORDS.search(m.group(1)) else None


# ---- a bare measure (产量, 收获面积) takes the thing it measures from its sentence

_CHANGE_ENDINGS = ("增加", "减少") + RATE_WORDS + ("降幅", "增长率")
_CHANGE_ENDING_SET = Affixes(_CHANGE_ENDINGS)
_INDUSTRY = re.compile(r"([\u4e00-\u9fff]{2,4})产业")
_OPENING_WORDS = ("其中", "同时", "同比", "预计", "平均", "全年", "今年")


@lru_cache(maxsize=1)
def _opening_gap() -> re.Pattern[str]:
    """What may stand before a clause's bare measure: 其中, 今年, and modal and reach words (预计将实现总产值:
    data/modal_words.txt, reach_verbs.txt)."""
    words = alternation_of(_OPENING_WORDS + read_words("modal_words.txt") + read_words("reach_verbs.txt"))
    return re.compile(rf"[、，,\s]*(?:{words})*")


def without_change(label: str) -> str:
    """A label without the change or rate name after it: 产量增速 → 产量, 小麦单产增加 → 小麦单产."""
    ending = _CHANGE_ENDING_SET.suffix(label, 1)  # no ending is another's suffix, so at most one is printed
    return label[: -len(ending)] if ending else label


def bare_measure(label: str | None) -> str | None:
    """The bare measure (data/bare_measures.txt) a label is, with any change or rate name after it taken off:
    产量增速 → 产量, 收获面积 → 收获面积; None for 小麦收获面积 or 营业收入."""
    if not label:
        return None
    label = without_change(label)
    return label if label in read_words("bare_measures.txt") else None


@lru_cache(maxsize=1)
def _bare_measure_set() -> Affixes:
    return Affixes(read_words("bare_measures.txt"))


def thing_of(metric: str | None, plain: bool = False) -> str | None:
    """The thing a named measure is of: 小麦收获面积 → 小麦, 收获蘑菇 → 蘑菇 (a verb and its object), and with
    `plain` a label of nouns alone (蘑菇 of 蘑菇240万平方米); None for 产量 or 营业收入 (a measure of its own).

    >>> thing_of("小麦收获面积"), thing_of("收获蘑菇"), thing_of("产量"), thing_of("营业收入"), thing_of("蘑菇", plain=True)
    ('小麦', '蘑菇', None, None, '蘑菇')
    """
    if not metric or bare_measure(metric):
        return None
    base = without_change(metric)
    measure = _bare_measure_set().suffix(base) or ""
    if not measure and canonical(metric) is not None:
        return None
    tags = list(pos_tags(base[: len(base) - len(measure)]))
    if not measure and not _names_a_thing(tags, plain):
        return None
    while tags and tags[0][1] in ("v", "vn") and len(tags) > 1:
        tags.pop(0)
    thing = "".join(w for w, _ in tags)
    return thing if 2 <= len(thing) <= 6 and all(f not in _FUNCTION_FLAGS for _, f in tags) else None


def _names_a_thing(tags: list[tuple[str, str]], plain: bool) -> bool:
    """收获蘑菇: a verb and the nouns it governs; with `plain`, nouns alone (蘑菇)."""
    if not tags or not all(f.startswith("n") for _, f in tags[1:]):
        return False
    return tags[0][1] == "v" and len(tags) >= 2 or plain and tags[0][1].startswith("n")


def thing_of_sentence(c: Ctx, a: Answer) -> Answer | None:
    """小麦收获面积55万亩，单产486公斤 → 小麦单产; 大蒜产业快速发展，种植面积达到30万亩 → 大蒜种植面积: a bare
    measure printed as its clause's subject takes the thing of the figure before it in the sentence, or the
    industry the sentence opens with; its canonical metric goes (小麦单产 is no county's 单产)."""
    if not a[0] or a[0] != bare_measure(a[0]):
        return None
    end = c.t.rfind(a[0], c.lo, c.number_lo) + len(a[0])  # 种植面积 printed, 面积 read
    printed = printed_measure(c.t, c.lo, end, a[0]) or a[0]
    k = end - len(printed)
    if k < c.lo or not _opening_gap().fullmatch(c.t, c.lo, k) or not gap_is_empty(c.t[end : c.number_lo]):
        return None
    thing = thing_of(c.prev.metric, plain=c.prev.kind == "amount") if c.prev is not None else c.carried_thing
    thing = thing_of_total(thing) if printed.startswith("总") else thing
    if thing is None:
        opening = max(c.t.rfind(ch, 0, c.clause_lo) for ch in "。！？；\n") + 1
        industry = list(_INDUSTRY.finditer(c.t, opening, c.clause_lo))
        thing = noun_tail(industry[-1].group(1)) if industry else None
    if not thing:
        return None
    label = joined_once(thing, printed)
    known = canonical(label)
    return label, known if known and len(known.phrase) > len(printed) else None


def thing_of_total(thing: str | None) -> str | None:
    """The thing a total (总产值) after a list of measures is of: the nouns of the thing before it, without the
    verb of one item (黄鳝捕捞 → 黄鳝: the total is of all the eel, caught and farmed); None when only a verb is left.

    >>> thing_of_total("黄鳝捕捞"), thing_of_total("捕捞"), thing_of_total("小麦")
    ('黄鳝', None, '小麦')
    """
    words = list(pos_tags(thing or ""))
    while words and words[-1][1] in ("v", "vn"):
        words.pop()
    noun = "".join(w for w, _ in words)
    return noun if len(noun) >= 2 else None


def joined_once(thing: str, measure: str) -> str:
    """A thing and its measure joined, a word they share printed once: 大棚种植 + 种植面积 → 大棚种植面积.

    >>> joined_once("大棚种植", "种植面积"), joined_once("小麦", "单产")
    ('大棚种植面积', '小麦单产')
    """
    return thing + measure[overlap(thing, measure):]


def overlap(thing: str, measure: str) -> int:
    """How many characters (two or more, never the whole measure) that end `thing` open `measure`; 0 when none.

    >>> overlap("大棚种植", "种植面积"), overlap("小麦", "单产"), overlap("园区完成固定资产投资", "固定资产投资增速")
    (2, 0, 6)
    """
    return next((k for k in range(min(len(thing), len(measure) - 1), 1, -1) if thing.endswith(measure[:k])), 0)


def _qualifiers() -> tuple[str, ...]:
    return read_words("metric_qualifiers.txt") + read_words("flow_qualifiers.txt")


def without_flow(label: str) -> str:
    """新增规上工业企业 → 规上工业企业: a label without the flow words it opens with (data/flow_qualifiers.txt).

    >>> without_flow("新增规上工业企业"), without_flow("新增")
    ('规上工业企业', '新增')
    """
    flows = words_longest_first("flow_qualifiers.txt")
    rest = label
    while (word := next((w for w in flows if rest.startswith(w) and len(rest) > len(w)), None)):
        rest = rest[len(word) :]
    return rest


@lru_cache(maxsize=1)
def _qualifier_end() -> re.Pattern[str]:
    """A qualifier (data/metric_qualifiers.txt) or a class bound (过亿元, 10亿元以上) ending a text, 的 after it allowed."""
    words = alternation_of(_qualifiers())
    before = "|".join(map(re.escape, read_words("threshold_before.txt")))
    return re.compile(rf"(?:({words})|{_bound()}|(?:{before})[万亿]元)的?$")


def qualifiers_before(t: str, lo: int, k: int) -> str:
    """The qualifiers and bounds printed right before t[k] and after t[lo], as printed (集中开工的); '' when no
    qualifier word stands among them (a bound alone is threshold_class's).

    >>> qualifiers_before("全县新签约过亿元项目12个", 0, 8)
    '新签约过亿元'
    """
    end, named = k, False
    while (m := _qualifier_end().search(t[lo:k])) and m.group():
        named, k = named or bool(m.group(1)), k - len(m.group())
    return t[k:end] if named else ""


def qualified(c: Ctx, a: Answer) -> Answer | None:
    """全县规模以上固定资产投资50亿元 → 规模以上固定资产投资; 新增省级以上研发平台8个 → 新增省级以上研发平台: a
    qualifier printed right before the label (a scope, an average, a flow: data/metric_qualifiers.txt) changes
    what it measures and stays in it. The canonical metric is the qualified phrase's when data/metrics.csv lists
    it (规模以上工业增加值), else the label's as read: whether such a figure is solid is the confidence's to say,
    and a unit's name is still written before it (figures.of_unit: 园区新增规上工业企业)."""
    if not a[0]:
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    if k < 0 and c.t.startswith(a[0], c.raw.end):
        k = c.number_lo  # 引进12个亿元以上项目: the label after the number, its qualifiers before it
    got = qualifiers_before(c.t, c.lo, k) if k >= 0 else ""
    if not got:
        return None
    label = got + a[0]
    return label, metrics()[0].get(label) or a[1]


def _quote_opening(t: str, lo: int, k: int) -> int:
    """Where the run of quoted names that t[k] stands in opens: 省“专精特新”“瞪羚”企业 at 羚 → at the first “."""
    start = t.rfind("“", lo, k + 1)
    while start > lo and t[start - 1] == "”" and (before := t.rfind("“", lo, start - 1)) >= 0:
        start = before
    return start


def whole_quotes(c: Ctx, a: Answer) -> Answer | None:
    """新增“专精特新”“瞪羚”企业21家 → “专精特新”“瞪羚”企业 (not 羚”企业); 全县“好客人家”农家乐46家 → “好客人家”农家乐
    (not 好客人家): a label cut at a quote mark takes the quoted names whole and the head printed after them."""
    k = c.t.rfind(a[0], c.lo, c.number_lo) if a[0] else -1
    if k < 0:
        return None
    end = k + len(a[0])
    if c.t.startswith("”", end):  # the head after the closing quote, up to the words that lead to the number
        end += 1
        while end < c.number_lo and "\u4e00" <= c.t[end] <= "\u9fff" and not gap_is_empty(c.t[end : c.number_lo]):
            end += 1
    text = c.t[k:end]
    if text.count("”") > text.count("“") or c.t[k - 1 : k] == "“":
        k = _quote_opening(c.t, c.lo, k)
    elif c.t[k - 1 : k] == "”" and (opening := _quote_opening(c.t, c.lo, k - 1)) >= c.lo:
        k = opening  # 全县“四上”企业发展到338家: the quoted name before the label is part of it
    label = c.t[k:end] if k >= c.lo else a[0]
    return (label, a[1]) if label != a[0] and label.count("“") == label.count("”") else None


_PRODUCT_REACH = 6  # characters before a trade word searched for the product (某县大蒜出口)


def _product_before(t: str, lo: int, k: int) -> str | None:
    """The product printed right before t[k] (金乡大蒜出口 → 大蒜), none when a place or a verb is."""
    thing = thing_tail(t[max(lo, k - _PRODUCT_REACH) : k])
    if thing and t.endswith(_AND_ITS, lo, k - len(thing)):  # 大蒜及其制品出口
        k -= len(thing) + len(_AND_ITS)
        first = thing_tail(t[max(lo, k - _PRODUCT_REACH) : k])
        thing = first + _AND_ITS + thing if first else thing
    return thing if thing and not thing.endswith(("企业", "公司", "行业", "产业")) else None


def product_of_trade(c: Ctx, a: Answer) -> Answer | None:
    """某县苹果出口总额3.2亿美元 → 苹果出口总额; 苹果出口继续增长，出口总额3.2亿美元 → 苹果出口总额; 地瓜销售总额47亿元，
    出口销售总额2亿元 → 地瓜出口销售总额: a measure of trade (data/trade_measures.txt) keeps the trade words printed
    before it, and is the product's when printed after one or in a sentence that speaks of that product's trade
    (no canonical metric then: it is no county's total exports)."""
    words = read_words("trade_measures.txt")
    k = c.t.rfind(a[0], c.clause_lo, c.number_lo) if a[0] and a[0].startswith(words) else -1
    if k < 0:
        return None
    while (word := next((w for w in words if c.t.endswith(w, c.clause_lo, k)), None)):
        k -= len(word)  # 出口销售总额: 出口 is printed before 销售总额
    label = c.t[k : c.t.rfind(a[0], k, c.number_lo)] + a[0]
    thing = _product_before(c.t, c.clause_lo, k)
    opening = max(c.t.rfind(ch, 0, c.clause_lo) for ch in "。！？；\n") + 1
    at = max(c.t.rfind(w, opening, c.clause_lo) for w in words)
    thing = thing or (_product_before(c.t, opening, at) if at >= 0 else None)
    if not thing:
        return (label, a[1]) if label != a[0] else None
    return thing + label, None


_YEARLY_REACH = 8  # characters before a number searched for 年产(能力)(达到)
_YEARLY_OUTPUT = re.compile(r"年产(?:能力)?(?:达到|达|约|可达)?$")
_PROJECT_TAIL = re.compile(r"(?:及|和|的)?(?:产业化|建设|技改|扩建|改扩建|生产)?(?:项目|生产线|工程|基地).*$")


def yearly_output(c: Ctx, a: Answer) -> Answer | None:
    """甲乙纸业年产5万吨特种纸 → 甲乙纸业年产特种纸 (not 甲乙纸业年产); 年产600吨精密铸件建设项目 → 年产精密铸件: a
    yearly output printed as 年产 + amount + product names the product, and who makes it when printed before."""
    # 年产 may stand in the label of the count before; a window, not the clause (a clause can be a page long)
    m = _YEARLY_OUTPUT.search(c.t, max(c.clause_lo, c.number_lo - _YEARLY_REACH), c.number_lo)
    if not m or not "\u4e00" <= (c.nxt or " ") <= "\u9fff":
        return None
    product = noun_after(c.t, c.raw.end, stop_at_measures=False)
    cut = c.t[c.raw.end + len(product) : c.raw.end + len(product) + 1] if product else ""
    product = _PROJECT_TAIL.sub("", re.split(r"[及和、与]", product)[0]) if product and not cut.isascii() else None
    if not product or len(product) < 2:
        return None  # 1000台数字化X射线机: a product read short of its name
    maker = _maker_before(c.t[c.lo : m.start()]) if m.start() > c.lo else None
    return (maker or "") + "年产" + product, None


def _maker_before(text: str) -> str | None:
    """Who makes a yearly output, printed right before 年产 after the list's last separator (…、硕远年产 → 硕远);
    None for a verb (建设年产) or a longer phrase."""
    seg = re.split(r"[、，,及和与]", text)[-1]
    tags = list(pos_tags(seg)) if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", seg) else []
    return seg if tags and not any(f.startswith(("v", "p", "d", "u")) for _, f in tags) else None


def _flow_opening(c: Ctx) -> str:
    """The flow word (data/flow_qualifiers.txt) that opens a clause of examples: 重点实施华兴机械等42个… → 重点实施."""
    if not _EXAMPLES_END.search(c.t, c.lo, c.number_lo):
        return ""
    m = _flow_words().match(c.t, c.clause_lo, c.number_lo)
    return m.group() if m else ""


@lru_cache(maxsize=1)
def _flow_words() -> re.Pattern[str]:
    return re.compile(alternation_of(read_words("flow_qualifiers.txt")))


def flow_along_list(c: Ctx, a: Answer) -> Answer | None:
    """重点实施甲等42个装备制造项目，乙等18个医养健康项目 → 重点实施医养健康项目: the flow word that opens a list of
    counts of one kind (the same head) governs every item of it; a total (总数达到64家) is not an item."""
    if c.kind != "count" or not a[0] or without_flow(a[0]) != a[0]:
        return None
    opening = _flow_opening(c)
    if opening:
        return opening + a[0], a[1]
    p = c.prev
    flow = p.metric[: len(p.metric) - len(without_flow(p.metric))] if p is not None and p.metric and p.kind == "count" else ""
    between = c.t[c.prev_start : c.number_lo]
    first = next(iter(pos_tags(a[0])), ("", ""))[1]  # 新建学校7所、改扩建学校9所: an item opening with its own verb
    listed = "、" in between and not re.search(r"[，,]", between)  # 新增平台10个、认证29个: one verb over the list
    if (not flow or first.startswith(("v", "j")) or not (p.metric[-2:] == a[0][-2:] or listed) or not c.t[c.prev_start].isdigit()
            or re.search(r"[。！？；;\n]", between) or any(w in between for w in read_words("total_words.txt"))):
        return None
    return flow + a[0], a[1]


_SHARE_NAMES = re.compile(r"^的?(?:比重|比例|份额)?")
_SHARE_VERBS = re.compile(r"^(?:已经|已|将)?(?:降至|降到|降为|升至|升到|增至|提高到|提高至|提升到|提升至|下降到|下降至|上升到|上升至)?")
_WHOLE_LONGEST = 16  # characters of the whole a share is of (规模以上工业企业营业收入)
_WHOLE_ENDS = re.compile(rf"([\u4e00-\u9fff]{{2,{_WHOLE_LONGEST}}}?)(?=的|比重|比例|份额|达到|达|为|约|超过|接近|已|将|降至|降到|降为|升至|升到|增至|提高|提升|下降|上升|$)")


def whole_of_share(t: str, of: int, number_lo: int) -> str | None:
    """占全国总产量的1.5% → 全国总产量: the whole printed between 占 (at `of`) and the share, before 的/比重 and the
    verbs that lead to the number (达到, 降至); None when none is printed (占60%) or it is no plain phrase.

    >>> whole_of_share("产量占全国总产量的1.5%", 2, 9), whole_of_share("占比达60%", 0, 4)
    ('全国总产量', None)
    """
    m = _WHOLE_ENDS.match(t[of + 1 : number_lo])
    if not m or m.group(1).startswith(("比", "地")):
        return None  # 占比, 占地: no whole
    rest = _SHARE_NAMES.sub("", t[of + 1 + m.end() : number_lo])
    return m.group(1) if gap_is_empty(_SHARE_VERBS.sub("", rest)) else None


def share_of_whole(c: Ctx, a: Answer) -> Answer | None:
    """蔬菜产量占全国总产量的1.5% → 蔬菜产量占全国总产量比重; 营业收入占规上工业营业收入比重43% keeps both: a share
    names what it is a share of when the sentence prints it, and its part as printed before 占 (煤电企业营业收入), a bare
    measure (产量) with the thing of the figure before it or of the list it goes on (芦笋产量占全国比重); no canonical
    metric (a share of a named whole is no county's level)."""
    of = c.share_of
    whole = whole_of_share(c.t, of, c.number_lo) if of >= 0 and a[0] else None
    if not whole or not a[0]:
        return None
    part = a[0]
    for ending in ("占比", "比重", "比例"):
        part = part.removesuffix(ending)
    printed = noun_tail(c.t[c.lo : of]) if of > c.lo else None
    part = printed if printed and part in printed else part
    if part in whole:  # 前五大市场合计占进出口总值的51%: the label read was the whole's, the part is not printed
        part = ""
    thing = (thing_of(c.prev.metric) if c.prev is not None else c.carried_thing) if bare_measure(part) else None
    return f"{joined_once(thing, part) if thing else part}占{whole}比重", None  # 产量占… of 芦笋: 芦笋产量占…


def share_of_amount(c: Ctx, a: Answer) -> Answer | None:
    """分出合作社利润的25% → 合作社利润比重, not 合作社利润: a share printed right after 的 and the amount it divides (no
    占 before it: see share_of_whole) is a part of that amount, with no canonical metric (never compared as profit);
    a level against a base (恢复到正常水平的90%) is none.

    >>> from jdash.figures import extract_figures
    >>> [(f.metric, f.canonical_metric) for f in extract_figures("年底分出合作社利润的25%给社员。")]
    [('合作社利润比重', None)]
    """
    if c.kind != "share" or not a[0] or a[0].endswith(("占比", "比重", "比例")) or c.share_of >= 0 or _BASE_WORDS.search(a[0]):
        return None  # (恢复到正常水平的90%: a level against a base, see _BASE_WORDS)
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    return (a[0] + "比重", None) if k >= 0 and c.t[k + len(a[0]) : c.number_lo] == "的" else None


_PEOPLE_UNITS = ("人", "名", "位", "人次")
_OBJECT_LONGEST = 4  # characters of what is attended printed after the verb, closing the clause (参加会议)
_THIS_EVENT = re.compile(r"^了?(?:此次|本次|这次|本届|该)?")  # 参加了此次推介会: words pointing to the event, not its name


def _attended(t: str, pos: int) -> str | None:
    """The attendance verb (data/event_attendance_verbs.txt) of the clause that goes on at `pos`, with what is
    attended when that closes the clause: 参加会议, 参观考察, 出席; None when there is none or what follows the
    verb is longer than an event's name (参加了城乡居民医疗保险)."""
    end = next((k for k in range(pos, min(len(t), pos + 40)) if t[k] in CLAUSE_END), min(len(t), pos + 40))
    verbs = words_longest_first("event_attendance_verbs.txt")
    found = max(((t.rfind(v, pos, end), v) for v in verbs), default=(-1, ""))
    if found[0] < 0:
        return None
    rest = _THIS_EVENT.sub("", t[found[0] + len(found[1]) : end], count=1)  # 参加了此次推介会: the event is 推介会
    if len(rest) > _OBJECT_LONGEST or not re.fullmatch(r"[\u4e00-\u9fff]*", rest):
        return None  # 32万人参加了城乡居民医疗保险: a programme joined, no event attended
    return found[1] + rest


_BEFORE_PEOPLE = re.compile(r"(?:一行|共计|共|约|近|达|等)*$")
_PEOPLE_FLAGS = ("n", "nr", "ns", "nz", "nt")


def _attendees(c: Ctx, a: Answer) -> str | None:
    """Who a count of attendees counts: the noun printed right after it (30余名媒体记者), else the noun right before
    it (嘉宾800余人, 考察团一行26人); None after 等 or a list (…等近150人 counts everyone), for a place (周边省市)
    or when no noun is printed."""
    if a[0] and c.t.startswith(a[0], c.raw.end) and all(f.startswith(_PEOPLE_FLAGS) for _, f in pos_tags(a[0])):
        return a[0]
    gap = _BEFORE_PEOPLE.search(c.t, c.lo, c.number_lo)
    listed = "等" in gap.group() or any(w in c.t[c.lo : gap.start()] for w in ("、", "以及"))
    tags = list(pos_tags(c.t[c.lo : gap.start()])) if not listed else []  # 领导、…以及农民代表200余人: everyone
    word = tags[-1][0] if tags and tags[-1][1].startswith(_PEOPLE_FLAGS) and len(tags[-1][0]) >= 2 else None
    if word is None or county_mentions(word) or word[-1] in "省市县区镇乡村" or word in read_words("own_place_words.txt"):
        return None  # 吸引周边省市7.5万余人: where they came from, not who they are
    return word


def attendance(c: Ctx, a: Answer) -> Answer | None:
    """嘉宾800余人出席 → 出席的嘉宾; 一行26人来参观考察 → 参观考察的考察团; 20余家媒体进行了报道 → 报道的媒体: a
    count of people (or of media, delegations: data/group_words.txt) the clause then says attend an event is
    that event's turnout, named by what they did; no canonical metric (no county's economy or population)."""
    if c.kind != "count" or not a[0] or not c.raw.unit.endswith(_PEOPLE_UNITS + ("家", "个")):
        return None  # 3人参加 with nothing read is no figure (not emitted), and stays so
    did = _attended(c.t, c.raw.end)
    if not did or (a[0] and did[:2] in a[0] and not a[0].endswith(read_words("event_attendance_verbs.txt"))):
        return None  # 参赛选手620名: the label says it already
    noun, groups = _attendees(c, a), read_words("group_words.txt")
    if not c.raw.unit.endswith(_PEOPLE_UNITS):
        noun = noun or (a[0] if a[0].endswith(groups) else None)  # 甲省、乙省等地企业60多家参加: the label
        if not (noun and noun.endswith(groups)):
            return None
    return (f"{did}的{noun}" if noun else f"{did}人数"), None


@lru_cache(maxsize=1)
def _thing_sizes() -> Affixes:
    return Affixes(read_words("thing_sizes.txt") + read_words("dimension_words.txt") + read_words("stock_metrics.txt"))


@lru_cache(maxsize=1)
def _thing_heads() -> tuple[str, ...]:
    words = read_words("named_thing_heads.txt") + read_words("place_suffixes.txt") + read_words("single_subjects.txt")
    return tuple(sorted(set(words), key=len, reverse=True))


_NAME_TEXT = re.compile(r"[\u4e00-\u9fff0-9A-Za-z“”·]{2,24}")
_NAME_VERBS = re.compile(r"又称|也称|俗称|隶属于|隶属|位于|地处|是|为|始建于|建于|起于|西起|东起|南起|北起")


def thing_name(text: str) -> str | None:
    """The name of one thing a text is (or opens with): 500千伏某某输电工程 → itself, 位于某县西南部的高楼乡 → 高楼乡,
    某湖又称南湖 → 某湖; None for a county or the city itself (微山县: its size is the county's), or a phrase that
    does not end in a thing's head (data/named_thing_heads.txt, place_suffixes.txt, single_subjects.txt).

    >>> thing_name("某某湖又称南湖"), thing_name("位于某县西南部的高楼乡"), thing_name("微山县"), thing_name("加快建设")
    ('某某湖', '高楼乡', None, None)
    """
    from jdash.figure_subject import strip_leads

    verb = _NAME_VERBS.search(text, 1)
    text = strip_leads(text[: verb.start()] if verb else text).rsplit("的", 1)[-1].strip("“”")
    text = text[len(next((v for v in read_words("predicate_verbs.txt") if len(v) > 1 and text.startswith(v)), "")) :]  # 实施某工程
    if not _NAME_TEXT.fullmatch(text) or not text.endswith(_thing_heads()) or text.endswith(_PLACE_END_CHARS):
        return None
    if text.startswith(_POINTING + ("其", "这", "全")) or _COUNT_IN_NAME.search(text):
        return None  # 该项目, 全村: one_unit and whole places name those; 104个重大项目: a batch, not one thing
    return None if text in aliases() or _PLACE_OPENING.match(text) or len(text) <= len(_head_of(text)) else text


_COUNT_IN_NAME = re.compile(r"\d+(?:\.\d+)?余?[个家项座条处所批]")
_PLACE_END_CHARS = ("县", "市", "区", "省")  # a county's, the city's or a zone's name: their size is their own


def _head_of(text: str) -> str:
    return next(h for h in _thing_heads() if text.endswith(h))


def _size_before(c: Ctx) -> tuple[str, int] | None:
    """The size word (data/thing_sizes.txt, dimension_words.txt) printed right before a number, through 约/达,
    with where it starts: 全长约72米 → ('全长', k)."""
    end = c.number_lo
    while end > c.lo and not c.t[end - 1].isalnum() or c.t.endswith(("约", "达", "为", "近", "超过"), c.lo, end):
        end -= 1
    size = _thing_sizes().suffix(c.t, c.lo, end)
    return (size, end - len(size)) if size else None


def _name_opening_sentence(c: Ctx, figures_between: bool = False) -> str | None:
    """The thing named by the first clause of the figure's sentence (某湖又称南湖，…), when no figure stands between
    (or whatever stands between, with `figures_between`)."""
    opening = max(c.t.rfind(ch, 0, c.clause_lo) for ch in "。！？；\n") + 1
    first_end = min((k for k in (c.t.find(ch, opening, c.clause_lo) for ch in "，,") if k >= 0), default=-1)
    if not opening < first_end < c.clause_lo or not figures_between and re.search(r"\d", c.t[first_end : c.clause_lo]):
        return None
    return thing_name(c.t[opening:first_end])


def size_of_named_thing(c: Ctx, a: Answer) -> Answer | None:
    """某某输电工程全长127公里 → 某某输电工程全长; 某湖又称南湖，位于某市境内，总面积1266平方公里 → 某湖总面积: a size of
    one thing (data/thing_sizes.txt, dimension_words.txt) is named after the thing printed right before it, or
    opening its sentence when the size opens its own clause; no canonical metric (a lake's or a port's size is
    no county's). A county's own size (某县总面积1780平方公里) stays the county's."""
    found = _size_before(c)
    if found is None or not a[0]:
        return None
    size, k = found
    if not size.endswith(a[0][-1]) or thing_name(a[0][: len(a[0]) - len(size)] or "的"):
        return None  # 尧王线全长: the label names the thing already
    before = c.t[c.lo : k]
    if before.strip("共总"):
        name = thing_name(before)
        return (name + size, None) if name and before.endswith(name) else None
    name = _name_opening_sentence(c)
    return (name + size, None) if name else None


def investment_in_thing_after(c: Ctx, a: Answer) -> Answer | None:
    """投资6.28亿元的某某汽车城项目 → 某某汽车城项目投资: money put into one thing (data/investment_words.txt) printed
    before it with 的 is that thing's, named after it, with no canonical metric (no county's investment)."""
    word = next((w for w in words_longest_first("investment_words.txt") if (a[0] or "").endswith(w)), None)
    if word is None or a[0].endswith(read_words("stock_metrics.txt")) or not c.t.startswith("的", c.raw.end):
        return None  # 甲公司与乙集团签约投资12亿元的某项目: the investment word, not who signed, names it
    m = re.match(r"[\u4e00-\u9fff0-9A-Za-z“”]{2,20}", c.t[c.raw.end + 1 :])
    text = re.split(r"[在等及和与、]", m.group())[0] if m else ""  # 某项目在某镇建成: the name ends before 在
    thing = next((text[:k] for k in range(len(text), 3, -1) if text[:k].endswith(_thing_heads())), None)
    return (thing + word, None) if thing and thing_name(thing) == thing else None


_YEARLY_BEFORE = re.compile(r"年(?:可|将|预计)?(?:实现|新增)?$")


def _completed_thing(c: Ctx, at: int, word: str) -> str | None:
    """What a completion word at `at` is of: the thing named right before it (新饮品项目全部建成后 → 新饮品项目), else the
    thing the sentence opens with, else 项目."""
    clause_lo = max(c.t.rfind(ch, 0, at) for ch in CLAUSE_END) + 1
    before = re.sub(r"(?:全部|全面|均|正式)$", "", c.t[clause_lo:at])
    if before.startswith(_POINTING):
        return None  # 该项目建成后: one_unit names the project it points back to
    name = thing_name(before) if before else None
    if name is None and not before:
        name = _name_opening_sentence(c, figures_between=True)
    return name or "项目"


def after_completion(c: Ctx, a: Answer) -> Answer | None:
    """新型建材项目全部建成投产后，预计年销售收入达到10亿元 → 新型建材项目建成后年销售收入: a forecast printed after a
    project's completion (data/completion_words.txt) is that project's, named after it, with no canonical metric
    (is_projection already takes the county's away); so is one in a clause the completion word opens (…，建成投产后
    销售收入18亿元 → 项目建成后销售收入)."""
    if not a[0] or "后" in a[0]:
        return None
    opening = max(c.t.rfind(ch, 0, c.clause_lo) for ch in "。！？；\n") + 1
    ends = [(k + len(w), len(w), k, w) for w in read_words("completion_words.txt") if (k := c.t.rfind(w, opening, c.number_lo)) >= 0]
    if not ends:
        return None
    found = max(ends)[2:]  # 建成投产后 over 投产后: the longest word ending last
    if found[0] >= c.clause_lo and c.t[c.clause_lo : found[0]].strip():
        return None  # 某项目建成后总产能40万吨: the clause names it as printed (figures.of_unit); 建成后… opening it does not
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    yearly = "年" if k >= 0 and _YEARLY_BEFORE.search(c.t, c.lo, k) else ""
    thing = _completed_thing(c, *found)
    return (thing + "建成后" + yearly + a[0], None) if thing else None


def _exported_thing(c: Ctx, before: str) -> str:
    """The product printed before an export verb (大蒜出口 → 大蒜); 产品 takes the thing of the figure before it in
    the sentence (大蒜加工出口总量70%，产品出口… → 大蒜产品); '' when none is printed."""
    thing = thing_tail(before[-_PRODUCT_REACH:]) or ""
    if thing.endswith(("企业", "公司", "行业")):
        return ""
    earlier = thing_of(c.prev.metric, plain=True) if thing in ("", "产品") and c.prev is not None else None
    if earlier and earlier not in read_words("per_words.txt"):  # 年均产量80万吨，产品出口…: 年均 is no thing
        return earlier + thing
    return thing


def destinations_of_trade(c: Ctx, a: Answer) -> Answer | None:
    """大蒜出口发展到150多个国家和地区 → 大蒜出口国家和地区: a count of the places a product is sold to (data/
    destination_words.txt after an export verb, data/export_verbs.txt, in its clause) is named after the product
    and the verb, with no canonical metric; never the bare 国家和地区."""
    if c.kind != "count" or a[0] not in read_words("destination_words.txt"):
        return None
    verbs = words_longest_first("export_verbs.txt")
    found = max(((c.t.rfind(v, c.clause_lo, c.number_lo), v) for v in verbs), default=(-1, ""))
    if found[0] < 0:
        return None
    thing = _exported_thing(c, c.t[c.clause_lo : found[0]])
    return thing + found[1].removesuffix("到") + a[0], None


_SPAN_FROM = re.compile(r"(?:已经|已|将|均)?(?:由|从)(?:[\u4e00-\u9fff\d]{1,8}的)?$")
_SPAN_PERIOD_AFTER = r"(?:[\u4e00-\u9fff\d]{1,8}的)?"  # 到今年的15万亩: the period of the level after 到


@lru_cache(maxsize=1)
def _span_to() -> re.Pattern[str]:
    verbs = alternation_of(read_words("span_verbs.txt"))
    return re.compile(rf"[\d.]+[^\d，,。；;！？]{{0,4}}?[，,]?[\u4e00-\u9fff]{{0,4}}?(?:{verbs})?了?(?:到|至){_SPAN_PERIOD_AFTER}")


def span_subject(t: str, k: int) -> str | None:
    """What a change printed as 由…到… is of: the noun phrase between the clause's opening (after its lead words,
    全县 or a county's name) and 由/从 at t[k]; None when that is no noun phrase.

    >>> span_subject("据了解，全县草莓种植面积已由2016年的2.5万亩", 13)
    '草莓种植面积'
    """
    from jdash.confidence import label_is_noun_phrase
    from jdash.figure_subject import strip_leads

    lo = max(t.rfind(ch, 0, k) for ch in CLAUSE_END) + 1
    text = strip_leads(t[lo:k])
    text = _PLACE_OPENING.sub("", text)
    text = text[len(next((n for n in aliases() if text.startswith(n)), "")) :]
    text = re.sub(r"(?:已经|已|将|均)$", "", text)
    if not 2 <= len(text) <= 16 or not re.fullmatch(r"[\u4e00-\u9fff“”]+", text):
        return None
    tags = list(pos_tags(text))
    ends_in_noun = bool(tags) and tags[-1][1] in _HEAD_FLAGS and tags[-1][1] != "v" or text[-1] in _SUFFIX_HEADS
    return text if ends_in_noun and label_is_noun_phrase(text) else None  # 加快推进由…: a verb, no subject


def _subject_before_span(t: str, m: re.Match[str]) -> str | None:
    """`span_subject` of a `_SPAN_FROM` match: read before its 由/从, past the 已/将 it opens with."""
    return span_subject(t, m.start() + len(re.match(r"(?:已经|已|将|均)?", m.group()).group()))


def span_from_to(c: Ctx, a: Answer) -> Answer | None:
    """草莓种植面积由2016年的2.5万亩发展到今年的15万亩 → 草莓种植面积, both: the two levels of a change printed as
    由/从 … (data/span_verbs.txt) 到 are both of the subject printed before 由/从, not of the verb (发展) nor of a
    bare measure (面积)."""
    m = _SPAN_FROM.search(c.t, c.lo, c.number_lo)
    if m and m.group():
        subject = _subject_before_span(c.t, m)
        return _named(subject) if subject else None
    p = c.prev
    if p is None or c.raw.base is None or p.base_unit != c.raw.base.base or not _span_to().fullmatch(c.t, c.prev_start, c.number_lo):
        return None
    before = _SPAN_FROM.search(c.t, 0, c.prev_start)
    if not before or not before.group():
        return None
    subject = _subject_before_span(c.t, before)
    return _named(subject) if subject else None


_FLOW_GAP = r"(?:已经|已|共|累计)?({flows})了?(?:达到|达|为|约|共|近|超过)?"


@lru_cache(maxsize=1)
def _flow_gap() -> re.Pattern[str]:
    flows = alternation_of(read_words("flow_qualifiers.txt"))
    return re.compile(_FLOW_GAP.format(flows=flows))


def flow_after_label(c: Ctx, a: Answer) -> Answer | None:
    """规上工业企业新增31家 → 新增规上工业企业: a flow word (data/flow_qualifiers.txt) printed between the label and its
    number says the figure counts the new ones, not all; it is written before the label, as `qualified` writes one
    printed there (the canonical metric stays the label's: whether the figure is solid is the confidence's to say)."""
    k = c.t.rfind(a[0], c.lo, c.number_lo) if a[0] else -1
    gap = _flow_gap().fullmatch(c.t, k + len(a[0]), c.number_lo) if k >= 0 else None
    if gap is None or a[0].startswith(gap.group(1)):
        return None
    label = gap.group(1) + a[0]
    return label, metrics()[0].get(label) or a[1]


_ACT_GAP = re.compile(r"(?:已经|已|共|共计|累计|全年|当年|今年|一年|每年|年)?(?P<act>{acts})(?:了|量)?(?:达到|达|为|约|近|超过|逾)?")


@lru_cache(maxsize=1)
def _act_gap() -> re.Pattern[str]:
    return re.compile(_ACT_GAP.pattern.format(acts=alternation_of(read_words("measured_acts.txt"))))


def act_before_number(c: Ctx, a: Answer) -> Answer | None:
    """光伏电站累计发电3.2亿度 → 光伏电站发电, 此次活动共签约8万吨 → 签约, 签约8万吨大蒜 → 签约大蒜: an act whose amount is
    what it produced or moved (data/measured_acts.txt) printed between the label's noun and the number is the measure:
    the noun is who did it, kept before the act, unless it is an event (活动, 推介会: when it was done); a noun printed
    right after the number is what was moved, kept after it. No canonical metric: a unit's or an event's act is no
    county's stock.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("去年，某光伏电站累计发电3.2亿度。")]
    ['光伏电站发电']
    """
    label = (a[0] or "").strip("“”")
    k = c.t.rfind(label, c.lo, c.number_lo) if label else -1
    gap = _act_gap().fullmatch(c.t, k + len(label), c.number_lo) if k >= 0 else None
    if gap is None or label.endswith(gap.group("act")):
        return None
    after = noun_after(c.t, c.raw.end) if "\u4e00" <= (c.nxt or " ") <= "\u9fff" else None
    if after:
        return gap.group("act") + after, None
    return (gap.group("act") if label.endswith(_event_words()) else label + gap.group("act")), None


@lru_cache(maxsize=1)
def _event_words() -> tuple[str, ...]:
    """活动, 推介会, 博览会: words ending an event's name (data/event_endings.txt, event_words.txt)."""
    return read_words("event_endings.txt") + read_words("event_words.txt")


def measure_verb_before(c: Ctx, a: Answer) -> Answer | None:
    """产业园带动农民12万户 → 带动农民, 医院设计日门急诊量8000人次 → 设计日门急诊量: a verb that changes what is counted
    (data/measure_verbs.txt) printed right before the label (or before the number, when the label follows it) stays in
    the label, with 累计 before it; what a thing drove, drew or was built for is no county's stock, so the figure
    keeps a canonical metric only when data/metrics.csv names the whole phrase, or the verb with the label's known
    phrase is the same measure (接待 + 县外游客 → 接待县外游客, still 游客接待量)."""
    if not a[0]:
        return None
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    k = c.number_lo if k < 0 and c.t.startswith(a[0], c.raw.end) else k
    verbs = words_longest_first("measure_verbs.txt")
    gap = _gap_after_verb(c.t, c.lo, k) if k >= 0 else ""
    verb = next((v for v in verbs if c.t.endswith(v, c.lo, k - len(gap))), None) if k >= 0 else None
    if verb is None or a[0].startswith(tuple(verbs)):
        return None
    start = k - len(gap) - len(verb)
    phrase = ("累计" if c.t.endswith("累计", c.lo, start) else "") + verb + gap.removeprefix("了") + a[0]
    return phrase, metrics()[0].get(phrase) or _same_with_verb(verb, a[1])


def _same_with_verb(verb: str, known: Metric | None) -> Metric | None:
    """The label's metric when the verb does not change it: 接待 + 游客 is 接待游客, the same measure (data/metrics.csv)."""
    with_verb = metrics()[0].get(verb + known.phrase) if known else None
    return known if with_verb and known and with_verb.canonical == known.canonical else None


_CLASS_FLAGS = ("n", "nz", "ng", "nl", "j")
_DONE_STATE = re.compile(r"(?:已经|已|全部|均|都|共|累计)*")


def counted_class(metric: str | None) -> str | None:
    """The class a count's label names, as its last noun: 规划新改扩建学校 → 学校, 已开工幼儿园 → 幼儿园; None for a label
    that names none (已开工).

    >>> counted_class("规划新改扩建学校"), counted_class("已开工"), counted_class("新增规上工业企业")
    ('学校', None, '企业')
    """
    tags = _retag(list(pos_tags(metric or "")))
    word, flag = tags[-1] if tags else ("", "")
    return word if flag in _CLASS_FLAGS and len(word) >= 2 and word not in _verbs() else None


def class_of_a_bare_act(c: Ctx, a: Answer) -> Answer | None:
    """计划新建学校40所。截至9月底，已开工25所 → 学校已开工: a count labelled only by a programme's progress (data/
    progress_verbs.txt, with 已 or 全部 before it), and closing its phrase (no noun after the number), counts the class
    counted last in its unit before it, in its sentence or its paragraph, written before it (as 规上工业企业新增 reads)."""
    state = _DONE_STATE.match(a[0] or "")
    act = (a[0] or "")[state.end() :]
    if c.kind != "count" or act not in read_words("progress_verbs.txt") or "\u4e00" <= (c.nxt or " ") <= "\u9fff":
        return None
    before = counted_class(c.prev.metric) if c.prev is not None and c.prev.unit == c.raw.unit else None
    found = before or dict(c.counted).get(c.raw.unit)
    return _named(found + a[0]) if found else None  # 学校已开工: the class, then what was done to it


_GAP_FLAGS = ("n", "f", "s", "nz", "vn", "b")  # 带动基地周边农户就业人数, 带动周边种植, 接待大型游客团队: what the verb reaches, before the label


def _gap_after_verb(t: str, lo: int, k: int) -> str:
    """The nouns and places (at most 6 characters, 了 before them allowed) between a measure verb and the label at
    t[k]: 带动|周边|种植 → 周边; '' when none or when anything else stands there."""
    text = t[max(lo, k - 8) : k]
    tags = list(pos_tags(text))
    i = len(tags)
    while i > 0 and tags[i - 1][1] in _GAP_FLAGS and sum(len(w) for w, _ in tags[i - 1 :]) <= 6:
        i -= 1
    gap = "".join(w for w, _ in tags[i:])
    gap = "了" + gap if text.endswith("了" + gap) else gap
    verbs = tuple(read_words("measure_verbs.txt"))
    while gap and not t.endswith(verbs, lo, k - len(gap)):
        gap = gap[1:]  # the shortest tail of it right after a verb, if any
    return gap


_PER_TIME = ("小时", "分钟", "秒", "天", "日")


def rate_per_time(c: Ctx, a: Answer) -> Answer | None:
    """列车运行速度每小时160公里 → 列车运行速度: a label that is only the time a rate is per (每小时) names nothing; the
    measure is the noun phrase printed before 每."""
    k = c.t.rfind(a[0], c.lo, c.number_lo) if a[0] in _PER_TIME else -1
    if k < 1 or c.t[k - 1] != "每":
        return None
    noun = noun_tail(c.t[c.lo : k - 1])
    return _named(noun) if noun else None


@lru_cache(maxsize=1)
def _modal_after_completion() -> re.Pattern[str]:
    """后 then modal words and a reach verb inside a label (建成后可实现年销售收入)."""
    modal, reach = alternation_of(read_words("modal_words.txt")), alternation_of(read_words("reach_verbs.txt"))
    return re.compile(rf"(?<=后)(?:{modal})+(?:{reach})?")


def without_modal_tail(c: Ctx, a: Answer) -> Answer | None:
    """小麦亩产有望达到600公斤 → 小麦亩产, 年收益可达3万元 → 年收益, 某项目建成后可实现年产值 → 某项目建成后年产值:
    a modal word (data/modal_words.txt), with a reach verb after it (data/reach_verbs.txt), says how sure the figure
    is, not what it measures; at a label's end, or right after 后 inside it, it is dropped (whole words only:
    行政许可 keeps its 可). None when nothing is dropped.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("今年全县小麦亩产有望达到600公斤。")]
    ['小麦亩产']
    """
    if not a[0]:
        return None
    label = _modal_after_completion().sub("", a[0])
    words = [w for w, _ in pos_tags(label)]
    k = len(words)
    if k >= 2 and words[-1] in read_words("reach_verbs.txt") and words[-2] in read_words("modal_words.txt"):
        k -= 1
    while k > 1 and words[k - 1] in read_words("modal_words.txt"):
        k -= 1
    out = "".join(words[:k])
    return (out, a[1]) if out != a[0] and len(out) >= 2 else None


def measure_before_frame(c: Ctx, a: Answer) -> Answer | None:
    """将在集体收入50万元的基础上 → 集体收入: a number followed by 的 and a frame (data/frame_after.txt: 基础上, 水平上)
    is the measure printed before it; the frame names nothing measured. None when no noun phrase is printed there.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("全村将在集体收入50万元的基础上再次分红。")]
    ['集体收入']
    """
    if c.nxt != "的" or not c.t.startswith(read_words("frame_after.txt"), c.raw.end + 1):
        return None
    noun = noun_tail(c.t[c.lo : c.number_lo])
    return _named(noun) if noun else (None, None)


_ACT_ALONE_FLAGS = ("v", "i", "a", "ad", "vd")  # 上演, 受表彰, 丰富多彩: a word that says what was done or how, not what
_HOW_FLAGS = ("a", "ad")  # 丰硕, 热烈: how things were, never what was measured (and four-character idioms: 丰富多彩)


def lone_act(c: Ctx, a: Answer) -> Answer | None:
    """竖立3座石碑 → 石碑; 举办了丰富多彩的60余场 → no label: a label that is one verb, idiom or adjective, no metric
    phrase, names nothing measured; the noun right after the number is the label when one is printed. Else an idiom
    or adjective leaves the figure with none (it is not emitted: figures.measures_something), while a verb stays
    (开工12个, 增收10万元 say what the units or the money did; a verb that never does is listed in
    data/not_metric_labels.txt). A verb or idiom counting people (45人受表彰, 接待8万人次: units of _PEOPLE_UNITS)
    says what they did or underwent, and a size word (占地260亩: data/thing_sizes.txt) is a measure: both stay.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("景区竖立3座石碑。今年全县举办的活动丰富多彩，共60余场。")]
    ['石碑']
    """
    if not a[0] or a[1] is not None or canonical(a[0]) is not None:
        return None
    tags = pos_tags(a[0])
    if len(tags) != 1 or tags[0][1] not in _ACT_ALONE_FLAGS:
        return None
    if tags[0][1] in ("v", "i") and c.raw.unit.endswith(_PEOPLE_UNITS) or a[0] in _thing_sizes().words:
        return None
    de = c.nxt == "的"
    printed_after = c.t.startswith(a[0], c.raw.end + de)  # 45人受表彰: the act itself follows the number
    after = None if printed_after or not "\u4e00" <= (c.nxt or " ") <= "\u9fff" else noun_after(
        c.t, c.raw.end + de, count=c.kind == "count", after_de=de)
    if after and _is_noun(*pos_tags(after)[0]):
        return _named(after)  # 拿出80万元修缮学校: a verb after the number says what the money is for, not what it is
    how = tags[0][1] in _HOW_FLAGS or tags[0][1] == "i" and len(a[0]) == 4  # 冲锋舟 (i) is a thing jieba misreads
    return (None, None) if how else None


def kinds_of_thing(c: Ctx, a: Answer) -> Answer | None:
    """有60多个品种的牡丹 → 牡丹品种, 30个品种桃树 → 桃树品种: a count of kinds (data/kind_words.txt) printed right after
    the number counts kinds of the thing printed after them (after 的, or glued), so the label names that thing.
    None when no noun follows.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("园内有60多个品种的牡丹。")]
    ['牡丹品种']
    """
    kind = next((w for w in read_words("kind_words.txt") if a[0] and a[0].startswith(w)), None)
    if c.kind != "count" or kind is None or not c.t.startswith(kind, c.raw.end):
        return None
    rest = a[0][len(kind) :]
    if not rest:
        de = c.t.startswith("的", c.raw.end + len(kind))
        at = c.raw.end + len(kind) + de
        rest = noun_after(c.t, at, count=True, after_de=de) or (thing_tail(_rest_of_clause(c.t, at)) if de else None) or ""
    return (rest + kind, None) if len(rest) >= 2 else None


def balanced_quotes(c: Ctx, a: Answer) -> Answer | None:
    """菜粮轮作”示范区 → “菜粮轮作”示范区, 某某电厂“双 → 某某电厂: a label whose quote marks do not pair (cut where an aside
    was taken out, or at a number printed inside the quotes) gets the opening mark it lost at its start, or loses an
    opening mark left open with what follows it (the rest of the quoted name is the number). None when they pair.

    >>> balanced_quotes(None, ("菜粮轮作”示范区", None)), balanced_quotes(None, ("某某电厂“双", None))
    (('“菜粮轮作”示范区', None), ('某某电厂', None))
    """
    label = a[0] or ""
    opened, closed = label.count("“"), label.count("”")
    if opened == closed:
        return None
    first_open = label.find("“")
    if closed > opened and not label.startswith("”") and (first_open < 0 or label.find("”") < first_open):
        return "“" + label, a[1]
    cut = label.rfind("“")
    return (label[:cut], a[1]) if opened > closed and cut >= 2 else None


_SHARE_OF_CLASS = re.compile(r"(?:以上|左右|以下|多)?的")
_DOING_END = re.compile(r"[，,。；;！？、\n（(]|外[，,。；]")


def share_of_class_doing(c: Ctx, a: Answer) -> Answer | None:
    """65%以上的秸秆实现还田利用 → 秸秆还田利用, 40%的耕地都成了荒地 → 耕地成了荒地: a share printed before 的 and the
    class it is of counts the part of that class that did what the clause says after it; the label keeps it, without
    the adverbs and light verb that open it (data/share_doing_leads.txt), which must be printed (they tell the act
    from the rest of a noun phrase). None when the clause says nothing more.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("全县80%的玉米秸秆实现了打捆离田。")]
    ['玉米秸秆打捆离田']
    """
    if c.raw.unit != "%" or not a[0]:
        return None
    de = _SHARE_OF_CLASS.match(c.t, c.raw.end)
    if not de or not c.t.startswith(a[0], de.end()):
        return None
    start = de.end() + len(a[0])
    end = _DOING_END.search(c.t, start)
    rest = c.t[start : end.start() if end else len(c.t)]
    leads, printed = words_longest_first("share_doing_leads.txt"), rest
    while lead := next((w for w in leads if rest.startswith(w)), ""):
        rest = rest[len(lead) :]
    if rest == printed or not 2 <= len(rest) <= 12 or rest[0] in "是为的":
        return None  # 60%的村民进城做起了生意: no lead, so the label may already hold what they did
    return a[0] + rest, None


_RUNNER_FLAGS = ("n", "ns", "nz", "nt")


def _runs(label: str | None) -> bool:
    """Whether a label says only how far something runs: a verb of extent (过境: data/extent_verbs.txt), or a length word
    (data/dimension_words.txt) with at most a word of being inside a place before it (境内长度: data/within_words.txt).

    >>> _runs("过境"), _runs("境内长度"), _runs("长度"), _runs("道路长度")
    (True, True, True, False)
    """
    label = label or ""
    if label in read_words("extent_verbs.txt"):
        return True
    within = next((w for w in read_words("within_words.txt") if label.startswith(w)), "")
    return label[len(within) :] in _LENGTH_WORDS


_LENGTH_WORDS = ("长度", "全长", "总长", "总长度")


_ROUTE_NAME_LONGEST = 12  # characters of the name of what runs (a railway, a canal) opening a sentence


def _route_opening(text: str) -> str | None:
    """The name opening a sentence's clauses before a length's own (青云快速铁路经过三个县区 → 青云快速铁路): the words
    before its first verb or preposition, ending in a noun; None when those clauses print a figure (the thing's own
    figures name it: figure_subject), or the name is a place's (青云市) or too long to be one name."""
    if any(ch.isdigit() for ch in text):
        return None
    runs = min((k for k in (text.find(v) for v in read_words("extent_verbs.txt")) if k > 0), default=-1)
    if runs > 0:  # 某干渠流经…: the name ends at the verb of extent, whatever jieba reads inside it (引水 v)
        name = text[:runs]
    else:
        words = list(pos_tags(text[: _ROUTE_NAME_LONGEST + 4]))
        k = next((i for i, (_, f) in enumerate(words) if f in ("v", "p", "x", "uj", "c")), len(words))
        name = "".join(w for w, _ in words[:k]) if 0 < k < len(words) and words[k - 1][1] in ("n", "nz", "ng") else ""
    if not 2 <= len(name) <= _ROUTE_NAME_LONGEST or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return None
    return None if name[-1] in _PLACE_END or county_mentions(name) else name


def length_of_what_runs(c: Ctx, a: Answer) -> Answer | None:
    """某河水面开阔，南北过境12公里 → 某河南北过境; 某运河东西纵横30公里 → 某运河东西纵横: a length labelled by a verb
    of extent alone (data/extent_verbs.txt), or by a length word with only a word of being inside a place before it
    (境内长度: see _runs), measures the noun that opens its sentence (a river, a canal, a road), which the label names
    before the clause as printed. None when the sentence opens with no such noun.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("青石河蜿蜒向前，东西过境31公里。")]
    ['青石河东西过境']
    """
    if not _runs(a[0]) or c.raw.base is None or c.raw.base.base != "米":
        return None
    opening = max(c.t.rfind(ch, 0, c.clause_lo) for ch in "。！？；\n") + 1
    at = c.t.find(a[0], c.clause_lo, c.number_lo)
    if at > opening and a[0] not in read_words("extent_verbs.txt"):
        runner = _route_opening(c.t[opening : c.clause_lo])  # 境内长度: what runs is named before the length's own clause
        return (runner + a[0], None) if runner else None
    words = list(pos_tags(c.t[opening:at])) if at >= 0 else []
    if not words or words[0][1] not in _RUNNER_FLAGS:
        return None
    k = 1
    while k < len(words) and (words[k][1] in ("n", "ng", "nz") or words[k][1] == "ns" and len(words[k][0]) == 1):
        # 青石/河: the name goes on (not into 南北, a direction jieba also tags ns)
        k += 1
    runner = "".join(w for w, _ in words[:k])
    course = c.t[c.clause_lo : c.number_lo].strip("，,、 ")  # 东西过境: the direction printed stays
    course = course if course.endswith(a[0]) and len(course) <= len(a[0]) + 6 else a[0]
    return (course if course.startswith(runner) else runner + course, None) if len(runner) >= 2 else None


def without_lead_verb(c: Ctx, a: Answer) -> Answer | None:
    """说起自家的150亩玉米 → 玉米 (was 说起), 某区紧盯总投资80亿元的工程 → 某区总投资: a verb of speaking or aiming
    (data/label_lead_verbs.txt) in a label is dropped; a label left empty takes the thing printed after the number.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("说起自家的150多亩玉米，他满意得很。")]
    ['玉米']
    """
    if not a[0]:
        return None
    words = [w for w, _ in pos_tags(a[0])]
    kept = "".join(w for w in words if w not in read_words("label_lead_verbs.txt"))
    if kept == a[0]:
        return None
    if not kept:
        short = _SHORT_THING.match(c.t, c.raw.end)
        return _named(noun_after(c.t, c.raw.end, stop_at_measures=False) or (short.group() if short else None))
    return kept, canonical(kept)


_SHORT_THING = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[，,。；;])")  # 150亩玉米，: jieba may read the crop as a name


_COUNT_CHARS = 6  # a count and its measure word before the class's name: 188个, 1200余家


def _class_counted_before(c: Ctx, k: int) -> str | None:
    """12个项目总投资86亿元: the class the figure before counts, when its name ends right before the measure at `k` (gap
    words such as 累计 aside) in the same clause: the measure is that class's; None otherwise."""
    prev = c.prev
    if prev is None or prev.kind != "count" or not prev.metric or c.prev_start < c.clause_lo or c.kind != "amount":
        return None
    opens = c.lo - len(prev.metric)  # where the class's name opens, right after the count (188个)
    if not c.t.startswith(prev.metric, opens) or not 0 < opens - c.prev_start <= _COUNT_CHARS:
        return None
    return prev.metric if c.t[c.lo : k] in ("", *_CLASS_GAP) and counted_class(prev.metric) else None


_CLASS_GAP = ("累计", "共", "共计", "合计", "实现", "完成", "累计完成", "累计实现")


def subject_of_clause(c: Ctx, a: Answer) -> Answer | None:
    """截至9月20日全县玉米应收面积48万亩 → 玉米应收面积; 全市重点项目累计完成投资96亿元 → 重点项目累计完成投资: a measure
    printed right before its number is the measure of the noun phrase its clause prints before it (figure_clause):
    the label is composed from that subject and the measure. A part of the place (a class of units, a sector: see
    figure_clause.names_a_part) keeps a standard metric only when data/metrics.csv names the part's measure
    (规模以上工业增加值); a thing measured (小麦, 农村劳动力) keeps the measure's.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("截至9月20日，全县玉米应收面积48万亩。1至11月，全市重点项目累计完成投资96亿元。")]
    ['玉米应收面积', '重点项目累计完成投资']
    """
    if not a[0] or a[0][0].isdigit():
        return None  # (500万元以上企业: a bound opens the class)
    k = c.t.rfind(a[0], c.lo, c.number_lo)
    if k < 0 or not gap_is_empty(c.t[k + len(a[0]) : c.number_lo]):
        return None
    read = read_clause(c.t[c.lo : k], a[0])
    if not read.subject and (counted := _class_counted_before(c, k)):
        read = replace(read, subject=counted)
    if not read.subject or read.subject in a[0]:
        return None
    label = label_of(read)
    known = canonical(label)
    if known is not None and read.subject in known.phrase:
        return label, known  # 规模以上工业增加值: the part's measure as data/metrics.csv names it
    return label, None if names_a_part(read.subject) else a[1]


_SENTENCE_MARKS = "。！？!?；;\n"
_FIRST_CLAUSE_END = re.compile(r"[，,：:]")


def _time_alone(clause: str) -> bool:
    """目前, 今年以来, 1至5月: a clause that is only a time (every word of it tagged as one, or _TIME_ONLY)."""
    tags = pos_tags(clause) if clause else ()
    return bool(_TIME_ONLY.fullmatch(clause)) or bool(tags) and all(f in ("t", "m", "f") for _, f in tags)


def _size_of_one_thing(label: str) -> bool:
    """总投资, 面积, 堤长: what one thing has (data/stock_metrics.txt), a size of it (data/dimension_words.txt) or a
    bare measure (data/bare_measures.txt); a place's measure of a period (固定资产投资增速) is none."""
    return label in read_words("stock_metrics.txt") or label.endswith(read_words("dimension_words.txt")) \
        or bare_measure(label) == label


def measure_of_topic(c: Ctx, a: Answer) -> Answer | None:
    """此次动工的青云湖长堤是湖区景观的主体工程，总投资2.4亿元，堤长4千米 → 青云湖长堤总投资, 青云湖长堤堤长: a size
    or stock printed alone (see _size_of_one_thing) opening a later clause of a sentence whose opening
    clause is about one thing (figure_clause.topic_of) and prints no figure measures that thing, not the county: the
    label names it and no standard metric claims it.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("此次动工的青云湖长堤是湖区景观的主体工程，总投资2.4亿元，堤长4千米。")]
    ['青云湖长堤总投资', '青云湖长堤堤长']
    """
    if not a[0] or not _size_of_one_thing(a[0]):
        return None
    k = c.t.rfind(a[0], c.clause_lo, c.number_lo)
    printed = _TOTAL + a[0] if k > c.clause_lo and c.t[k - 1] == _TOTAL else a[0]  # 总面积 read as 面积
    k -= len(printed) - len(a[0])
    if k < 0 or not opens_alone(c.t[c.clause_lo : k]) or not gap_is_empty(c.t[k + len(printed) : c.number_lo]):
        return None
    s_lo = max(c.t.rfind(ch, 0, c.clause_lo) for ch in _SENTENCE_MARKS) + 1
    first = _FIRST_CLAUSE_END.search(c.t, s_lo, c.clause_lo)
    while first and _time_alone(c.t[s_lo : first.start()]):
        s_lo, first = first.end(), _FIRST_CLAUSE_END.search(c.t, first.end(), c.clause_lo)  # (目前，…: the clause after it)
    topic = topic_of(c.t[s_lo : first.start()]) if first else None
    if not topic or c.prev is not None and c.prev_start >= s_lo and not (c.prev.metric or "").startswith(topic):
        return None  # (the figure before it in the sentence measured something else)
    return joined_once(topic, printed), None


ADJUSTMENTS: tuple[Callable[[Ctx, Answer], Answer | None], ...] = (
    negation_kept, size_of_thing_after, stock_of_thing_after, same_unit_as_previous, part_by_its_act, verb_on_previous_thing, rate_of_yardstick, points_of_previous, quality_change_of_previous, rate_of_previous, average_rate, level_of_previous, not_a_measure,
    verb_label, purpose_of_funds, object_after_amount, subject_of_verb, thing_the_amount_sizes, what_was_done_to_it, work_done_on_thing, phase_of_measure, class_of_a_bare_act, thing_of_sentence, change_named, defining_words, act_of_counted_class, units_by_what_they_did, generic_measure, price_per_measure, per_unit, per_unit_in_clause, named_place, one_unit, act_on_counted, act_along_list, threshold_class, completion_of, whole_quotes, product_of_trade, yearly_output, qualified, flow_along_list, share_of_whole, share_of_amount, attendance, span_from_to, size_of_named_thing, investment_in_thing_after,
    after_completion, destinations_of_trade, act_before_number, flow_after_label, measure_verb_before, rate_per_time, measure_before_frame, lone_act,
    kinds_of_thing, without_modal_tail, balanced_quotes, share_of_class_doing, length_of_what_runs,
    without_lead_verb, sector_of_count, sector_goes_on, subject_of_clause, measure_of_topic,
)


def read_metric(c: Ctx) -> Answer:
    """The metric of one figure: the first rule that names one, then every adjustment in order."""
    answer: Answer = (None, None)
    for rule in METRIC_RULES:
        got = rule(c)
        if _answered(got):
            answer = got  # type: ignore[assignment]
            break
    for adjust in ADJUSTMENTS:
        got = adjust(c, answer)
        if got is not None:
            answer = got
    return answer

