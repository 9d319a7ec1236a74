"""Title shapes: what a headline, kicker, subheadline (people line), label or banner looks like."""

from __future__ import annotations

import re

from jdash.parse.lexicon import alternation
from jdash.parse.names import common_names, surnames
from jdash.parse.text import (
    CONTINUED_FROM_RE,
    CONTINUED_TO_RE,
    TERMINAL,
    compact,
    original_index,
    undouble,
)

MAX_TITLE_CHARS = 50
MAX_SUBTITLE_CHARS = 70
KICKER_MAX_CHARS = 9
LABEL_MAX_CHARS = 12

# What people did, in a people line under a headline: 林红玉讲话 于永生主持 霍媛媛李兴伟出席.
SPEECH_VERB_RE = re.compile(f"(?:{alternation('speech_verbs.txt')})")
ATTEND_END_RE = re.compile(f"(?:{alternation('attendance_verbs.txt')})$")
EVENT_END_RE = re.compile(f"(?:{alternation('event_verbs.txt')})$")
# A title line that opens with a verb needs the place above it as its subject
# (曲阜文化建设示范区 / 签约12个文旅项目), so that place is not a kicker.
OPENS_WITH_PREDICATE_RE = re.compile(f"^(?:{alternation('title_opening_verbs.txt')})")
# A first line ending in a verb wants its object on the next line: 于永生会见 / 白俄罗斯驻华大使.
TRAILING_VERB_RE = re.compile(f"(?:{alternation('object_verbs.txt')})$")


def looks_like_title(text: str) -> bool:
    """Title-shaped: short, no sentence-final punctuation, at most one inner comma."""
    flat = compact(text)
    if not flat or len(flat) < 2:
        return False
    if flat.startswith("——") or flat.startswith("—"):
        return len(flat) <= MAX_SUBTITLE_CHARS
    if len(flat) > MAX_TITLE_CHARS:
        return False
    if flat[-1] in "！!" and len(flat) <= 25 and not flat.startswith("“"):
        flat = flat[:-1]  # 奋进新时代！ is a title; a quoted exclamation is speech
    if any(ch in flat for ch in TERMINAL):
        return False
    if flat[-1] in "，、；：,;:":
        return False
    if sum(flat.count(ch) for ch in "，、；：,;") > 1:
        return False
    if CONTINUED_TO_RE.search(flat) or CONTINUED_FROM_RE.match(flat):
        return False
    return True


def split_trailing_subheadline(text: str) -> tuple[str, str | None]:
    """`全市助企攀登工作会议召开林红玉讲话 于永生主持 霍媛媛李兴伟出席` → headline and the
    subheadline of people and what they did: at least two `name(s)+verb` segments at the end.
    Spaces are ignored and names are found by their surnames, so the split does not depend on
    where lines were wrapped or which spaces the wrap ate."""
    flat = compact(text)
    for start in range(4, len(flat) - 4):
        if is_people_and_verbs(flat[start:]):
            cut = original_index(text, start)
            return text[:cut].strip(), text[cut:].strip()
    return text, None


def is_people_and_verbs(tail: str) -> bool:
    single, double = surnames()

    def names_then_verb(rest: str, names_seen: int) -> int | None:
        """Length of `name(、name)* verb` at the start of rest, or None."""
        if names_seen:
            verb = SPEECH_VERB_RE.match(rest)
            if verb:
                return verb.end()
        for length in ((4, 3, 2) if rest[:2] in double else (3, 2)):
            name = rest[:length]
            if len(name) == length and (name[0] in single or name[:2] in double):
                after = rest[length:]
                skip = 1 if after.startswith("、") else 0
                inner = names_then_verb(after[skip:], names_seen + 1)
                if inner is not None:
                    return length + skip + inner
        return None

    segments = []
    rest = tail
    while rest:
        consumed = names_then_verb(rest, 0)
        if consumed is None:
            return False
        segments.append(rest[:consumed])
        rest = rest[consumed:]
    if len(segments) >= 2:
        return True  # two actions: 张三讲话 李四主持
    # One attendance by several people (顾承志江岩出席), or by one who also spoke (司马林出席并
    # 讲话), every name with a common surname, so that 一行来高新区考察调研 is not read as people.
    verb = ATTEND_END_RE.search(segments[0]) if segments else None
    if not verb:
        return False
    people = segments[0][: verb.start()].replace("、", "")
    fewest = 2 if "并" in verb.group() else 4
    return fewest <= len(people) <= 12 and common_names(people)


def is_kicker_line(first: str, second: str) -> bool:
    """Inside one block, a line that is exactly a place name (太白湖新区 over its headline), or a
    very short phrase over a headline at least twice its length that reads on its own (消费提振年
    over 任城区一季度以旧换新销售额超12亿元), is a kicker. Other short first lines are the first half
    of a wrapped headline (任城夜经济 / 点亮城市“烟火气”)."""
    if not stands_alone(second):
        return False
    if is_place_name(first):
        return True
    head, tail = compact(first), compact(second)
    return (2 <= len(head) <= 6 and len(tail) >= 2 * len(head) and not TRAILING_VERB_RE.search(head)
            and not any(ch in head for ch in TERMINAL + "，、；："))


def stands_alone(title: str) -> bool:
    flat = compact(title)
    return len(flat) >= 4 and not flat.startswith("—") and not OPENS_WITH_PREDICATE_RE.match(flat)


def is_place_name(text: str) -> bool:
    from jdash.gazetteer import (
        county_mentions,  # the gazetteer's data file names the places
    )

    flat = compact(text)
    mentions = county_mentions(flat)
    return len(mentions) == 1 and mentions[0][0] == 0 and place_alias_length(flat) == len(flat)


def place_alias_length(flat: str) -> int:
    from jdash.gazetteer import _pattern

    m = _pattern()[0].match(flat)
    return m.end() if m else 0


def kicker_like(text: str) -> bool:
    """A line that labels the headline under it: a place (济宁高新区), a few characters, or a
    slogan of short parallel phrases (多维聚焦 精准发力)."""
    flat = compact(text)
    if len(flat) <= 6 or is_place_name(flat):
        return True
    parts = text.split()
    return len(parts) >= 2 and all(2 <= len(p) <= 6 for p in parts) and len(flat) <= 13


def label_like(text: str) -> bool:
    flat = compact(text)
    return (len(flat) <= LABEL_MAX_CHARS or "·" in flat) and not SPEECH_VERB_RE.search(flat) and not flat.startswith("—")


def is_banner(text: str) -> bool:
    """Column-banner marks: a middle dot between parts, or OCR's doubled characters."""
    return "·" in text or undouble(text) != text


def is_subheadline(text: str) -> bool:
    flat = compact(text)
    return flat.startswith("—") or is_people_and_verbs(flat)
