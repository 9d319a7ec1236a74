"""Topics (data/topics.toml) and keywords (words from `jdash.nlp`, ranked by jieba's IDF table,
data/stopwords.txt dropped).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from jdash import nlp
from jdash.datafiles import alternation_of, data_path, read_lines, read_table, read_words
from jdash.gazetteer import own_place_names

_HEADLINE_WEIGHT = 3.0
_COLUMN_WEIGHT = 4.0
_CUE_CAP = 3  # a cue repeated more often than this in the body adds nothing
_SCALE = 6.0  # raw evidence → score in (0, 1): 1 - exp(-raw / _SCALE)
_MIN_SCORE = 0.3
_MAX_TOPICS = 4
_WORDLIKE = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]*$")


@dataclass(frozen=True)
class Topic:
    """A topic and its weighted cue terms."""

    name: str
    cues: tuple[tuple[str, float], ...]


@lru_cache(maxsize=1)
def taxonomy() -> tuple[Topic, ...]:
    """The topics in topics.toml, in file order."""
    with open(data_path("topics.toml"), "rb") as fh:
        doc = tomllib.load(fh)
    return tuple(
        Topic(t["name"], tuple((str(k), float(v)) for k, v in t.get("cues", {}).items())) for t in doc["topic"]
    )


@lru_cache(maxsize=1)
def _cue_index() -> tuple[tuple[str, ...], tuple[tuple[int, str, float], ...]]:
    """The topics' names, and every (topic number, cue, weight) in taxonomy order: one flat list
    that `score_topics` walks once per article."""
    topics = taxonomy()
    return tuple(t.name for t in topics), tuple((i, cue, w) for i, t in enumerate(topics) for cue, w in t.cues)


@lru_cache(maxsize=1)
def _cue_characters() -> tuple[frozenset[str], ...]:
    """Each cue's characters, in `_cue_index` order."""
    return tuple(frozenset(cue) for _, cue, _ in _cue_index()[1])


def printed_cues(text: str) -> list[int]:
    """The numbers (in `_cue_index` order) of the cues printed in `text`. A cue is looked for only
    when the text holds each of its characters (one set test; about one cue in seven passes).

    >>> [_cue_index()[1][i][1] for i in printed_cues("全市招商引资")]
    ['招商引资', '招商']
    """
    _, cues = _cue_index()
    held = set(text)
    return [number for number, characters in enumerate(_cue_characters())
            if characters <= held and cues[number][1] in text]


@lru_cache(maxsize=1)
def _containers() -> tuple[tuple[int, ...], ...]:
    """For each cue (in `_cue_index` order), the longer cues of its topic that hold it (疫情 in 疫情防控)."""
    _, cues = _cue_index()
    return tuple(tuple(j for j, (t, longer, _) in enumerate(cues) if t == topic and longer != cue and cue in longer)
                 for topic, cue, _ in cues)


def _own_count(text: str, number: int) -> int:
    """How often cue `number` is printed in `text` on its own, not inside a longer cue of its topic that
    holds it: 新冠疫情防控 is one mention of 疫情防控, none of 疫情 or 防控 (the evidence is counted once).

    >>> _own_count("新冠疫情防控，疫情", next(i for i, c in enumerate(_cue_index()[1]) if c[1] == "疫情"))
    1
    """
    _, cues = _cue_index()
    cue = cues[number][1]
    found = text.count(cue)
    for longer in _containers()[number] if found else ():
        outer = cues[longer][1]
        found -= text.count(outer) * outer.count(cue)
    return max(found, 0)


def score_topics(headline: str, body: str, column: str | None = None) -> list[tuple[str, float]]:
    """Topics an article is about, best first, with scores in (0, 1]; several may apply.

    A cue counts three times in the headline, four times in a column banner, once per body mention
    (capped; a mention inside a longer cue of its topic is that cue's: `_own_count`), times its weight. The best topic is kept even below the threshold when it has evidence.
    Only cues printed somewhere (`printed_cues`) are counted, in taxonomy order.

    >>> score_topics("全市招商引资工作会议召开", "")[0][0]
    '项目建设/招商引资'
    """
    headline, body, column = headline or "", body or "", column or ""
    names, cues = _cue_index()
    everything = f"{headline}\0{body}\0{column}"
    raw = [0.0] * len(names)
    for number in printed_cues(everything):
        topic, cue, weight = cues[number]
        n = min(_own_count(body, number), _CUE_CAP) + _HEADLINE_WEIGHT * _own_count(headline, number)
        n += _COLUMN_WEIGHT * _own_count(column, number)
        raw[topic] += weight * n
    scored = [(name, round(1 - math.exp(-r / _SCALE), 3)) for name, r in zip(names, raw) if r > 0]
    scored.sort(key=lambda ts: -ts[1])
    kept = [ts for ts in scored if ts[1] >= _MIN_SCORE][:_MAX_TOPICS]
    return kept or scored[:1]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words never returned as keywords: data/stopwords.txt (function words, the paper's boilerplate,
    officialese) and the words of each `_NOT_SUBJECTS` rule."""
    words = set(read_lines("stopwords.txt"))
    for rule in _NOT_SUBJECTS:
        words |= rule()
    return frozenset(words)


def local_bodies() -> frozenset[str]:
    """Bodies of the party and state (data/local_bodies.txt: 县委, 市政协, 人大常委会): who acts, not what about.

    >>> "人大常委会" in local_bodies()
    True
    """
    return frozenset(read_words("local_bodies.txt"))


def own_places() -> frozenset[str]:
    """The city, its counties and zones in every printed form (data/city_names.txt, counties.csv) and the
    words for them (own_place_words.txt): the Counties page counts articles by county, and the city is
    in every article, so as keywords they crowd out what the articles are about.

    >>> {"济宁市", "微山县", "微山", "全县"} <= own_places()
    True
    """
    return frozenset(own_place_names()) | frozenset(read_words("own_place_words.txt"))


def media_outlets() -> frozenset[str]:
    """The press (data/wire_agencies.txt, media_outlets.txt): an outlet is named as a source, a credit or
    a visitor, never as what an article is about.

    >>> {"大众网", "新华社"} <= media_outlets()
    True
    """
    return frozenset(read_words("wire_agencies.txt")) | frozenset(read_words("media_outlets.txt"))


def official_titles() -> frozenset[str]:
    """Officials' posts (the `official` and `body` rows of data/titles.txt), bare (书记, 主任) or after a
    body (`local_bodies`) or a level (县委书记, 政协主席, 县长): the Officials network shows who holds
    them. A person's role (游客, 村民, 专家) stays a keyword: it says whom an article is about.

    >>> {"书记", "县委书记", "政协主席", "县长"} <= official_titles(), "游客" in official_titles()
    (True, False)
    """
    heads = {row.split("\t")[0] for row in read_lines("titles.txt") if row.split("\t")[1:2] != ["person"]}
    bodies = local_bodies() | set("省市县区镇乡村")
    return frozenset(heads | {body + head for body in bodies for head in heads})


_SCALES = "十百千万亿"


def unit_words() -> frozenset[str]:
    """Units of measure with or without a scale or an approximation before them (data/units.csv,
    approx_after.txt: 亿元, 万亩, 余万亩, 千亿): the figure beside them was cut off by the segmenter; the
    Counties page reads figures whole.

    >>> {"亿元", "万亩", "余万亩", "千亿", "百分点"} <= unit_words(), "亩产" in unit_words()
    (True, False)
    """
    units = {r["unit"] for r in read_table("units.csv") if r["kind"] != "scale"}
    units |= {u.removeprefix("个") for u in units}
    scales = {a + b for a in _SCALES for b in _SCALES} | set(_SCALES)
    scaled = units | {s + u for s in scales for u in units} | {s for s in scales if len(s) > 1}
    return frozenset(scaled | {a + u for a in read_words("approx_after.txt") if len(a) == 1 for u in scaled})


def leader_activity_words() -> frozenset[str]:
    """What a leader or a guest does at an event (data/inspection_words.txt, attendance_verbs.txt,
    event_attendance_verbs.txt: 调研, 考察, 陪同, 致辞, 参观, 观摩): the 会议/领导活动 topic counts those articles; as
    keywords they say nothing of the subject.

    >>> {"调研", "陪同", "参观"} <= leader_activity_words()
    True
    """
    return frozenset(read_words("inspection_words.txt")) | frozenset(read_lines("attendance_verbs.txt")) \
        | frozenset(read_words("event_attendance_verbs.txt"))


def approximation_words() -> frozenset[str]:
    """Words that bound or round a number (data/approx_after.txt, approx_before.txt: 左右, 以上, 以内): what they say is
    said of the figure beside them, never a subject.

    >>> {"左右", "以上"} <= approximation_words(), "多" in approximation_words()
    (True, False)
    """
    return frozenset(w for w in (*read_words("approx_after.txt"), *read_words("approx_before.txt")) if len(w) > 1)


def when_words() -> frozenset[str]:
    """Words that place what is told in time (data/when_words.txt, year_words.txt: 期间, 以来, 当年): when, never what.

    >>> {"期间", "以来", "当年"} <= when_words(), "假期" in when_words()
    (True, False)
    """
    return frozenset(read_words("when_words.txt")) | frozenset(read_words("year_words.txt"))


# The kinds of words that are no keyword besides data/stopwords.txt: each names what another page shows, or no subject.
_NOT_SUBJECTS = (local_bodies, own_places, media_outlets, official_titles, unit_words, leader_activity_words,
                 approximation_words, when_words)


def add_names(names: Iterable[str]) -> None:
    """Teach the segmenter names (officials, places) so keywords keep them whole."""
    nlp.add_names(names)


def tokens(text: str, names: Iterable[str] = ()) -> list[str]:
    """Words of `text`; `names` are kept whole without touching the shared tokenizer (deterministic)."""
    protected = {n for n in names if n and len(n) >= 2}
    if not protected:
        return nlp.cut(text)
    out: list[str] = []
    pos = 0
    for start, name in name_spans(text, protected):
        out.extend(nlp.cut(text[pos:start]))
        out.append(name)
        pos = start + len(name)
    out.extend(nlp.cut(text[pos:]))
    return out


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, str]]:
    """Where `names` are printed in `text`, left to right without overlaps, the longest name where
    several start at one point: what one regular expression of the names, longest first, finds (without
    compiling one per article, which cost more than the search).

    >>> name_spans("李华和李华伟、李华", ["李华", "李华伟"])
    [(0, '李华'), (3, '李华伟'), (7, '李华')]
    """
    found: list[tuple[int, str]] = []
    upcoming = {name: text.find(name) for name in names}  # each name's next start at or after pos
    pos = 0
    while True:
        live = [(start, -len(name), name) for name, start in upcoming.items() if start >= 0]
        if not live:
            return found
        start, _, name = min(live)
        found.append((start, name))
        pos = start + len(name)
        for other, at in upcoming.items():
            if 0 <= at < pos:
                upcoming[other] = text.find(other, pos)


@lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    """jieba's shipped IDF table and its median, for ranking keywords."""
    path = nlp.jieba_data_dir() / "analyse" / "idf.txt"
    table: dict[str, float] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, value = line.strip().partition(" ")
            if value:
                table[word] = float(value)
    values = sorted(table.values())
    return table, values[len(values) // 2] if values else 10.0


_CHINESE_NUMERALS = "一二三四五六七八九十百千万亿两零〇几"


@lru_cache(maxsize=1)
def numeral_count() -> re.Pattern[str]:
    """A number in Chinese numerals with what it counts or orders (units.csv's one-character units,
    data/ordinal_measures.txt): 九个, 十七次, 第十届, 五年 are numbers, as 5G's digit makes it one, and so is a vague
    count of one character (data/vague_counts.txt: 多日, 数月, 连日); a plan or a congress named by its number
    (十四五, 二十大) is no such word.

    >>> [bool(numeral_count().match(w)) for w in ("九个", "第十届", "五年", "五十周年", "多日", "十四五", "二十大")]
    [True, True, True, True, True, False, False]
    """
    one_char_times = {w for w in read_words("time_measures.txt") if len(w) == 1}  # 日, 周: 五日, 多日
    measures = "".join(sorted(_one_char_units() | set(read_words("ordinal_measures.txt")) | one_char_times))
    times = alternation_of(w for w in read_words("time_measures.txt") if len(w) > 1)
    vague = "".join(w for w in read_words("vague_counts.txt") if len(w) == 1)
    measure = f"(?:[{re.escape(measures)}]|{times})"
    return re.compile(f"^(?:第?[{_CHINESE_NUMERALS}]+|[{re.escape(vague)}]){measure}$")


@lru_cache(maxsize=1)
def number_tail_heads() -> tuple[str, ...]:
    """What a number's tail opens with: units.csv's one-character units and scales, data/ordinal_measures.txt and
    data/time_measures.txt (个, 吨, 万, 年, 届, 日, 周, 小时 …).

    >>> {"个", "吨", "万", "年", "日", "小时"} <= set(number_tail_heads())
    True
    """
    scales = {r["unit"][0] for r in read_table("units.csv") if r["kind"] == "scale"}  # 万, 亿; 千 of 千万, 百 of 百万
    return tuple(sorted(_one_char_units() | scales | set(read_words("ordinal_measures.txt"))
                        | set(read_words("time_measures.txt"))))


@lru_cache(maxsize=1)
def _one_char_units() -> frozenset[str]:
    """units.csv's units of one character (个, 吨, 人, 天): what a number printed before them counts."""
    return frozenset(r["unit"] for r in read_table("units.csv") if r["kind"] != "scale" and len(r["unit"]) == 1)


_NUMBER_TOKEN = re.compile(rf"^(?:[\d.,%]+|[{_CHINESE_NUMERALS}]+)$")


def without_number_tails(words: list[str]) -> list[str]:
    """`words` without the tails the segmenter cut off a number (28日晚 → 28 / 日晚, 3个村 → 3 / 个村, 五周年 → 五 /
    周年): a word right after a number that opens with a measure (`number_tail_heads`) is part of the figure, no
    keyword; the same word elsewhere stays (`个村` after no number is kept, as is `项目` after a measure).

    >>> without_number_tails(["全县", "3", "个村", "28", "日晚", "五", "周年", "3", "个", "项目", "个村"])
    ['全县', '3', '28', '五', '3', '个', '项目', '个村']
    """
    heads, firsts, number = number_tail_heads(), _tail_firsts(), _NUMBER_TOKEN.match
    # One set test of a word's first character says no to most words before the tuple's startswith.
    return [w for i, w in enumerate(words)
            if not (i and len(w) > 1 and w[0] in firsts and w.startswith(heads) and number(words[i - 1]))]


@lru_cache(maxsize=1)
def _tail_firsts() -> frozenset[str]:
    """The characters a number's tail opens with (the first of each of `number_tail_heads`): a word opening with
    none of them is no tail.

    >>> {"个", "小", "周"} <= _tail_firsts(), "全" in _tail_firsts()
    (True, False)
    """
    return frozenset(head[0] for head in number_tail_heads())


@lru_cache(maxsize=1 << 16)
def _keyword_form(token: str) -> str | None:
    """A token as a keyword (stripped), or None when it cannot be one: under two characters, not
    word-like, a number (a digit inside, or `numeral_count`), or a stopword.

    >>> _keyword_form(" 新能源"), _keyword_form("的"), _keyword_form("5G"), _keyword_form("第十届")
    ('新能源', None, None, None)
    """
    word = token.strip()
    if len(word) < 2 or word in stopwords() or not _WORDLIKE.match(word) or any(c.isdigit() for c in word):
        return None
    return None if numeral_count().match(word) else word


_UNSEEN = object()
_ENTRIES_KEPT = 1 << 17
# Each token seen → its keyword form and IDF weight, or None (`_keyword_entry`): one look-up per distinct
# token of an article in a table of the tokens seen, instead of two in large tables (the keyword forms'
# cache, and the 270,000 words of the IDF table, whose look-ups miss the processor's caches).
_entries: dict[str, tuple[str, float] | None] = {}


def _keyword_entry(token: str) -> tuple[str, float] | None:
    """A token's keyword form and its IDF weight (the median for a word the table lacks), or None when it
    cannot be a keyword; kept in `_entries` (emptied when it holds `_ENTRIES_KEPT` tokens).

    >>> _keyword_entry("的") is None, _keyword_entry("新能源")[0]
    (True, '新能源')
    """
    word = _keyword_form(token)
    idf, median = _idf()
    entry = None if word is None else (word, idf.get(word, median))
    if len(_entries) >= _ENTRIES_KEPT:
        _entries.clear()
    _entries[token] = entry
    return entry


def keywords(text: str, k: int = 20, names: Iterable[str] = ()) -> list[str]:
    """The k most telling words of `text` (TF × IDF), stopwords, punctuation, numbers and single characters
    dropped; ties in order of first mention. Each distinct token is judged once.

    >>> keywords("新能源汽车。新能源电池。")[:3]
    ['新能源', '电池', '汽车']
    """
    if not text:
        return []
    counts: dict[str, int] = {}  # in order of first mention
    weights: dict[str, float] = {}  # a word's weight is its own (its IDF): set once, with its first count
    entry_of = _entries.get
    for token, n in Counter(without_number_tails(tokens(text, names))).items():  # distinct, in order of first mention
        entry = entry_of(token, _UNSEEN)
        if entry is _UNSEEN:
            entry = _keyword_entry(token)
        if entry is None:
            continue
        word = entry[0]
        if word in counts:
            counts[word] += n
        else:
            counts[word], weights[word] = n, entry[1]
    words = list(counts)
    scores = [-n * weights[w] for w, n in counts.items()]
    # A stable sort of the positions by score: ties keep the order of first mention.
    best = sorted(range(len(words)), key=scores.__getitem__)[:k]
    return [words[i] for i in best]
