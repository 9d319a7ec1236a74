"""The parser's word lists, read from jdash/data/ (one list per concept) and turned into regex parts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from jdash.datafiles import alternation_of, read_lines, read_table, read_words


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Every word of a word-list file (several may share a line, separated by spaces), in order,
    as `jdash.datafiles.read_words` reads it (cached here: rules ask for lists per token).

    >>> "讲话" in words("speech_verbs.txt")
    True
    """
    return read_words(name)


def alternation(name: str) -> str:
    """The words of a list file as a regex alternation, longest first so the longest word wins
    (`jdash.datafiles.alternation_of`).

    >>> alternation("attendance_verbs.txt").split("|")[0]
    '出席并作重要讲话'
    """
    return alternation_of(words(name))


def longest_first(items: Iterable[str]) -> str:
    """A regex source that matches what an alternation of `items`, longest first, matches (at a point,
    the longest item printed there; on backtracking the next longest), written as a trie: one branch per
    character, so that a long list is not tried word by word at every point of a text. An empty item is
    left out.

    >>> longest_first(["市长", "副市长", "市委书记"])
    '(?:副市长|市(?:委书记|长))'
    >>> re.findall(longest_first(["主任", "主任医师"]), "主任医师主任")
    ['主任医师', '主任']
    """
    trie: dict[str, dict] = {}
    for item in items:
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        if item:
            node[""] = {}
    return _trie_source(trie) or "(?!)"


def _trie_source(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body  # the longer items first; ending here last


class Affixes:
    """A set of words asked for the longest one a text opens (or ends) with: what `next(w for w in words
    if text.startswith(w))` over the words sorted longest first gives, found by one set look-up per
    distinct word length instead of one `startswith` per word (two words of one length cannot both open
    a text at the same point, so the order among them never mattered). An empty word is left out.

    >>> a = Affixes(["市", "市委", "县"])
    >>> a.prefix("市委书记"), a.prefix("书记市委", 2), a.prefix("书记"), a.suffix("泗水县"), a.suffix("市委书记", 0, 2)
    ('市委', '市委', None, '县', '市委')
    """

    __slots__ = ("words", "lengths", "_by_first", "_by_last")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in words if w)
        self.lengths = tuple(sorted({len(w) for w in self.words}, reverse=True))
        # The lengths (longest first) of the words opening, and ending, with each character: most points of a
        # text open no word at all, and are told so by one look-up instead of one slice per length.
        self._by_first = _lengths_by(self.words, 0)
        self._by_last = _lengths_by(self.words, -1)

    def prefix(self, text: str, start: int = 0) -> str | None:
        """The longest word `text[start:]` opens with; None when none."""
        words = self.words
        lengths = self._by_first.get(text[start : start + 1], ()) if start >= 0 else self.lengths
        for n in lengths:
            if (word := text[start : start + n]) in words and len(word) == n:
                return word
        return None

    def suffix(self, text: str, lo: int = 0, end: int | None = None) -> str | None:
        """The longest word `text[lo:end]` ends with; None when none."""
        words = self.words
        end = len(text) if end is None else end
        lengths = self._by_last.get(text[end - 1 : end], ()) if 0 < end <= len(text) else self.lengths
        for n in lengths:
            if end - n >= lo and (word := text[end - n : end]) in words:
                return word
        return None


def _lengths_by(words: frozenset[str], at: int) -> dict[str, tuple[int, ...]]:
    """For each character standing at `at` (0: first, -1: last) in some of `words`, their lengths, longest first."""
    found: dict[str, set[int]] = {}
    for word in words:
        found.setdefault(word[at], set()).add(len(word))
    return {ch: tuple(sorted(lengths, reverse=True)) for ch, lengths in found.items()}


@lru_cache(maxsize=1)
def agencies() -> tuple[str, ...]:
    """Full names of the wire agencies and papers that print datelines (新华社北京5月7日电)."""
    return tuple(line.split()[0] for line in read_lines("wire_agencies.txt"))


@lru_cache(maxsize=1)
def role_of_word() -> dict[str, str]:
    """Credit role word → role (本报见习记者 → 记者)."""
    return {row["word"]: row["role"] for row in read_table("reporter_roles.csv")}


def roles_alternation() -> str:
    return alternation_of(role_of_word())
