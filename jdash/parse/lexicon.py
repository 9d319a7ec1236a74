"""The parser's word lists, read from jdash/data/ (one list per concept) and turned into regex parts."""

from __future__ import annotations

import re
from functools import lru_cache

from jdash.datafiles import read_lines, read_table, read_words


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Every word of a word-list file (several may share a line, separated by spaces), in order,
    as `jdash.datafiles.read_words` reads it (cached here: rules ask for lists per token).

    >>> "讲话" in words("speech_verbs.txt")
    True
    """
    return read_words(name)


def alternation(name: str) -> str:
    """The words of a list as a regex alternation, longest first so the longest word wins.

    >>> alternation("attendance_verbs.txt").split("|")[0]
    '出席并作重要讲话'
    """
    return "|".join(re.escape(w) for w in sorted(dict.fromkeys(words(name)), key=len, reverse=True))


@lru_cache(maxsize=1)
def agencies() -> tuple[str, ...]:
    """Full names of the wire agencies and papers that print datelines (新华社北京5月7日电)."""
    return tuple(line.split()[0] for line in read_lines("wire_agencies.txt"))


@lru_cache(maxsize=1)
def role_of_word() -> dict[str, str]:
    """Credit role word → role (本报见习记者 → 记者)."""
    return {row["word"]: row["role"] for row in read_table("reporter_roles.csv")}


def roles_alternation() -> str:
    return "|".join(re.escape(w) for w in sorted(role_of_word(), key=len, reverse=True))
