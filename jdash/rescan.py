"""A long alternation searched through a text at only the points where a match can open.

Python's `re` looks for a pattern's first character quickly only when every alternative opens with a plain
character; an alternation such as `figures.periods()` (an optional quote, \\d, a look-behind, words from data
files) is tried in full at every point of a text. `Prefiltered` finds the points where the pattern's first
character stands with one character class (read from the parsed pattern) and tries the pattern only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # CPython 3.11+
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - CPython 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]


class _Unknown(Exception):
    """The pattern holds something the first-character reading does not follow."""


def first_class(pattern: str) -> str | None:
    """A character class holding every character a match of `pattern` can open with; None when the pattern
    may match the empty string or holds something this reading does not follow (then no prefilter is safe).

    >>> first_class(r"(?<!十)年内|\\d{4}年|“?十[一二]五”?")
    '[\\\\d“十年]'
    >>> first_class(r"a?") is None
    True
    """
    items: set[str] = set()
    try:
        empty = _walk(_sre_parse.parse(pattern), items)
    except (_Unknown, re.error, ValueError, TypeError, AttributeError):
        return None
    return None if empty or not items else "[" + "".join(sorted(items)) + "]"


def _walk(seq, items: set[str]) -> bool:
    """Add the characters `seq` can open with to `items`; True when `seq` may match the empty string."""
    for op, av in seq:
        if op is _sre.LITERAL:
            items.add(re.escape(chr(av)))
            return False
        if op is _sre.IN:
            items.update(_class_items(av))
            return False
        if op is _sre.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown(op)  # (?i:…) and other scoped flags: not followed
            if not _walk(av[-1], items):
                return False
        elif op is _sre.BRANCH:
            if not any([_walk(alt, items) for alt in av[1]]):  # every alternative walked, none may be empty
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            if not _walk(av[2], items) and av[0] > 0:
                return False
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT) and av[0] < 0:
            continue  # a look-behind consumes nothing where the match opens
        else:
            raise _Unknown(op)
    return True


def _class_items(av) -> list[str]:
    out = []
    for op, value in av:
        if op is _sre.LITERAL:
            out.append(re.escape(chr(value)))
        elif op is _sre.RANGE:
            out.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        elif op is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
            out.append(r"\d")
        else:
            raise _Unknown(op)  # a negated class, \s, \w …: not followed
    return out


class Prefiltered:
    """`pattern.finditer(t, lo, hi)`, the same matches, trying the pattern only where its first character stands.

    >>> [m.group() for m in Prefiltered(re.compile(r"(?<!十)年内|\\d{4}年")).finditer("2015年，十年内，年内完成", 0, 12)]
    ['2015年', '年内']
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        opening = first_class(pattern.pattern)
        self.first = re.compile(opening, pattern.flags) if opening else None

    def finditer(self, t: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        if self.first is None:
            yield from self.pattern.finditer(t, lo, hi)
            return
        search, match = self.first.search, self.pattern.match
        pos = lo
        while (at := search(t, pos, hi)) is not None:
            found = match(t, at.start(), hi)
            if found is None:
                pos = at.start() + 1
            else:
                yield found
                pos = found.end()  # never empty: first_class is None for a pattern that may match nothing

    def match(self, t: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.match(t, pos, endpos)`, tried only when a match can open at `pos`.

        >>> Prefiltered(re.compile(r"\\d{4}年|年内")).match("在2015年", 1).group(), Prefiltered(re.compile("年内")).match("在年内")
        ('2015年', None)
        """
        end = len(t) if endpos is None else endpos
        return self.pattern.match(t, pos, end) if self._opens_at(t, pos, end) else None

    def fullmatch(self, t: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.fullmatch(t, pos, endpos)`, tried only when a match can open at `pos`."""
        end = len(t) if endpos is None else endpos
        return self.pattern.fullmatch(t, pos, end) if self._opens_at(t, pos, end) else None

    def _opens_at(self, t: str, pos: int, end: int) -> bool:
        """Whether a match can open at `pos` (the pattern's first character class stands there, or it has none)."""
        return self.first is None or self.first.match(t, pos, end) is not None
