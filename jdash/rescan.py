"""A long alternation searched through a text at only the points where a match can open.

Python's `re` looks for a pattern's first character quickly only when every alternative opens with a plain
character; an alternation such as `figures.periods()` (an optional quote, \\d, a look-behind, words from data
files) is tried in full at every point of a text. `Prefiltered` finds the points where the pattern's first
character stands with one character class (read from the parsed pattern) and tries the pattern only there; where the
pattern can be read that far, the class of the second character that may follow each first one is checked too
(`first_pairs`: 建 opens a period only before 成, 园 or 区), so a common character that rarely opens a match (建, 中, 开)
is not tried at each of its places.
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


_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)  # ops that test a point without consuming a character


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
        elif op in _ZERO_WIDTH:
            continue  # a look-around or an anchor (^, \\b) consumes nothing: what follows it opens the match
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


_ANY = None  # what follows is not constrained: a match may end there, or the pattern was not read that far
_Follow = "tuple[frozenset[str], bool] | None"  # the characters that may come next, and whether the match may end


def first_pairs(pattern: str) -> str | None:
    """A regular expression that matches where a match of `pattern` can open: one of its first characters, then one of
    the characters that may follow that one (any character, or none, where the match may end after it). None when
    first_class would be None, when the pattern holds something this reading does not follow, or when nothing after a
    first character narrows it.

    >>> first_pairs(r"建成|建园|\\d{1,2}月|中秋")
    '[\\\\d中建](?:(?<=[\\\\d])[\\\\d月]|(?<=[中])[秋]|(?<=[建])[园成])'
    >>> [m.start() for m in re.finditer(first_pairs(r"建成|建园|\\d{1,2}月|中秋"), "建设中心12月建成")]
    [4, 7]
    """
    found: list[tuple[str, frozenset[str] | None]] = []
    try:
        empty = _pairs(_sre_parse.parse(pattern), (frozenset(), True), found)
    except (_Unknown, re.error, ValueError, TypeError, AttributeError):
        return None
    if empty or all(after is None for _, after in found):
        return None  # nothing after a first character narrows it: first_class says as much
    return _pairs_source(found)


def _pairs_source(found: list[tuple[str, frozenset[str] | None]]) -> str:
    """The expression of `first_pairs`: the first characters' class, then a look-behind that says which first
    character stands and the class of what may follow it (each group of first characters sharing one)."""
    free = {first for first, after in found if after is None}
    following: dict[str, set[str]] = {}
    for first, after in found:
        if first not in free and after is not None:
            following.setdefault(first, set()).update(after)
    groups: dict[frozenset[str], list[str]] = {}
    for first, after in following.items():
        groups.setdefault(frozenset(after), []).append(first)
    alternatives = sorted(f"(?<=[{''.join(sorted(firsts))}])[{''.join(sorted(after))}]" for after, firsts in groups.items())
    if free:
        alternatives.append(f"(?<=[{''.join(sorted(free))}])")
    return f"[{''.join(sorted(free | set(following)))}](?:{'|'.join(alternatives)})"


def _pairs(seq, follow: _Follow, found: list) -> bool:
    """Add to `found` each (first character, the class of the characters that may follow it, or None for any) by which
    `seq` then `follow` can open; True when `seq` may match the empty string (as `_walk`, whose reading this extends)."""
    for i, (op, av) in enumerate(seq):
        after = _then(seq[i + 1 :], follow)
        if op is _sre.LITERAL or op is _sre.IN:
            _add_firsts(op, av, after, found)
            return False
        if op is _sre.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown(op)
            if not _pairs(av[-1], after, found):
                return False
        elif op is _sre.BRANCH:
            if not any([_pairs(alt, after, found) for alt in av[1]]):
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            again = _or_again(av[2], after, av[0] > 1) if av[1] > 1 else after  # after a round: the next, or what follows
            if not _pairs(av[2], again, found) and av[0] > 0:
                return False
        elif op not in _ZERO_WIDTH:
            raise _Unknown(op)
    return True


def _add_firsts(op, av, after: _Follow, found: list) -> None:
    """Add the characters of a literal or a class, each with what may follow it (None: anything, or the end)."""
    second = None if after is _ANY or after[1] else after[0]
    found.extend((first, second) for first in ([re.escape(chr(av))] if op is _sre.LITERAL else _class_items(av)))


def _or_again(item, after: _Follow, required: bool) -> _Follow:
    """What may follow the first round of a repeated `item`: another round (`required` when the repeat asks for two
    or more), or `after`."""
    items: set[str] = set()
    try:
        empty = _walk(item, items)
    except _Unknown:
        return _ANY
    if required and not empty:
        return frozenset(items), False
    return _ANY if after is _ANY else (frozenset(items) | after[0], after[1])


def _then(seq, follow: _Follow) -> _Follow:
    """What `seq` then `follow` can open with: its first characters, and whether it may be empty all through."""
    if not seq:
        return follow
    items: set[str] = set()
    try:
        empty = _walk(seq, items)
    except _Unknown:
        return _ANY
    if not empty:
        return frozenset(items), False
    return _ANY if follow is _ANY else (frozenset(items) | follow[0], follow[1])


class Prefiltered:
    """`pattern.finditer(t, lo, hi)`, the same matches, trying the pattern only where its first character stands.

    >>> [m.group() for m in Prefiltered(re.compile(r"(?<!十)年内|\\d{4}年")).finditer("2015年，十年内，年内完成", 0, 12)]
    ['2015年', '年内']
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        opening = first_pairs(pattern.pattern) or first_class(pattern.pattern)
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

    def matches_from_each_point(self, t: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """`pattern.match(t, pos, hi)` for each pos of lo..hi-1 in turn, the ones that match (overlapping matches:
        救助金 and 临时救助 in 临时救助金), tried only at the points where a match can open.

        >>> [m.group() for m in Prefiltered(re.compile("临时救助|救助金")).matches_from_each_point("临时救助金", 0, 5)]
        ['临时救助', '救助金']
        """
        if self.first is None:
            yield from filter(None, (self.pattern.match(t, pos, hi) for pos in range(lo, hi)))
            return
        search, match = self.first.search, self.pattern.match
        pos = lo
        while (at := search(t, pos, hi)) is not None:
            pos = at.start()
            found = match(t, pos, hi)
            if found is not None:
                yield found
            pos += 1

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
