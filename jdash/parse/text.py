"""Text helpers shared by the parse stages: joining wrapped lines, tidying, compacting, undoubling,
sentence ends and continuation marks (下转2版 / 上接1版)."""

from __future__ import annotations

import re
from functools import lru_cache

TERMINAL = "。！？!?…"


CLOSERS = "”’」』）)》\"'"


_INNER_SPACE_RE = re.compile("[ \t\u3000]")  # the spaces SPACE_NEAR_CJK_RE removes
SPACE_NEAR_CJK_RE = re.compile(r"(?<=[^\x00-\x7f])[ \t\u3000]+|[ \t\u3000]+(?=[^\x00-\x7f])")


# OCR's doubling: a run printed twice (走在前走在前), a mark printed twice (““).
_DOUBLED, _DOUBLED_RUN, _DOUBLED_MARK = (
    re.compile(r"(.{2,})\1|([·“”\"'])\2"),
    re.compile(r"(.{2,}?)\1"),
    re.compile(r"([·“”\"'《》（）])\1"),
)


# Continuation marks: （下转2版） at the end of a page's part, （上接1版） at the start of the rest.
_PAGE_NO = r"[\dA-Za-z一二三四五六七八九十]+\s*版\s*[A-Za-z]?"
CONTINUED_TO_RE = re.compile(rf"[（(]\s*(?:下转|转)\s*(?:第)?\s*(?P<to>{_PAGE_NO})\s*[）)]")
CONTINUED_FROM_RE = re.compile(rf"^[（(]\s*上接\s*(?:第)?\s*{_PAGE_NO}\s*[）)]")


# A subheadline's dash as typed: —— (two em dashes), ―― (horizontal bars), ── (box drawing), --, －－.
# One dash alone is a connector (区—街道—社区), even when a wrap puts it at a line's start.
OPENING_DASH_RE = re.compile(r"^(?P<indent>\s*)[—―─－-]{2,3}\s*(?=[^\s—―─－-])")
INNER_DASH_RE = re.compile(r"\s*[—―─－-]{2,3}\s*")


def opening_dash(line: str) -> str:
    """`――某县推进乡村振兴纪实`, `--访县委书记李明`, `—— 某县见闻` → the same line opening with `——`;
    a line opening with one dash (`—社区—网格`, `-5℃`) is left alone.

    >>> opening_dash("――某县推进乡村振兴纪实"), opening_dash("—社区—网格")
    ('——某县推进乡村振兴纪实', '—社区—网格')
    """
    m = OPENING_DASH_RE.match(line)
    return f"{m.group('indent')}——{line[m.end():]}" if m else line


def join_lines(lines: list[str]) -> str:
    """Undo wrapping: lines are glued without a separator (Chinese has none), except between
    two Latin letters, where the wrap must have eaten a space."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalpha() and line[0].isascii() and line[0].isalpha():
            out += " "
        out += line
    return out


def tidy_body(text: str) -> str:
    """Body text as a reader wants it: no stray spaces next to Chinese characters
    (OCR puts them inside numbers: `9 个批次 337.143 亩`). Text without such spaces (nearly every
    paragraph) is only stripped: the expression, which opens with a look-behind, is tried at every
    character.

    >>> tidy_body(" 共9 个批次。"), tidy_body(" 共9个批次。")
    ('共9个批次。', '共9个批次。')
    """
    if not _INNER_SPACE_RE.search(text):
        return text.strip()
    return SPACE_NEAR_CJK_RE.sub("", text).strip()


def tidy_title(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1024)
def compact(text: str) -> str:
    """Text with all whitespace removed: what wrap-independent decisions look at. (`str.split()`
    splits on exactly the characters `re`'s `\\s` matches, and is several times faster.) Cached: the
    paragraph rules ask it of the same paragraph several times each.

    >>> compact(" 济宁 市　委 ")
    '济宁市委'
    """
    return "".join(text.split())


def undouble(text: str) -> str:
    """Undo OCR doubling in banners: `专题访谈专题访谈` → `专题访谈`, `··` → `·`.

    Applied only to text that shows doubling, so ordinary repeats (一企一策) are untouched; a run of digits is
    never doubling (the year 2020 is no 20 printed twice).

    >>> undouble("勇争先勇争先"), undouble("某市2020年一季度项目集中开工")
    ('勇争先', '某市2020年一季度项目集中开工')
    """
    if not any(m.group(1) is None or not m.group(1).isdigit() for m in _DOUBLED.finditer(text)):
        return text
    previous = None
    while previous != text:
        previous = text
        text = _DOUBLED_RUN.sub(_undoubled, text)
        text = _DOUBLED_MARK.sub(r"\1", text)
    return text


def _undoubled(m: re.Match[str]) -> str:
    return m.group(0) if m.group(1).isdigit() else m.group(1)


def original_index(text: str, compact_index: int) -> int:
    """Position in text of the compact_index-th non-space character."""
    seen = 0
    for position, char in enumerate(text):
        if char.isspace():
            continue
        if seen == compact_index:
            return position
        seen += 1
    return len(text)


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(CLOSERS + " ")
    if CONTINUED_TO_RE.search(text[-12:]):
        return True
    return bool(stripped) and stripped[-1] in TERMINAL + "：:"


def literal_starts(text: str, word: str) -> list[int]:
    """Where `word` starts in `text`, left to right without overlaps: what `re.finditer(re.escape(word), text)`
    finds, by `str.find` (no expression compiled or looked up per word: rules that look for each of many
    words in every article spent more on that than on the search).

    >>> literal_starts("李华和李华伟、李华", "李华"), literal_starts("哈哈哈", "哈哈"), literal_starts("甲", "乙")
    ([0, 3, 7], [0], [])
    """
    starts: list[int] = []
    if not word:
        return list(range(len(text) + 1))
    at = text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + len(word))
    return starts
