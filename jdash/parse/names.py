"""Personal names in credits and people lines: surnames by frequency, glued names split at surnames."""

from __future__ import annotations

from functools import lru_cache

from jdash.parse.lexicon import words

COMMON_SURNAMES = 200  # how many of surnames.txt (most common first) count as common


@lru_cache(maxsize=1)
def surname_ranks() -> dict[str, int]:
    """Surname → rank (0 = most common), from surnames.txt, which lists them by frequency.

    >>> surname_ranks()["王"] < surname_ranks()["玉"]
    True
    """
    ranks: dict[str, int] = {}
    for item in words("surnames.txt"):
        if 1 <= len(item) <= 2:
            ranks.setdefault(item, len(ranks))
    return ranks


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    ranks = surname_ranks()
    return (frozenset(k for k in ranks if len(k) == 1), frozenset(k for k in ranks if len(k) == 2))


def split_glued_names(token: str) -> list[str]:
    """Split `李超张培龙` into names of 2–3 characters that each start with a surname.
    Tokens of up to 3 characters (4 with a two-character surname) are one name."""
    single, double = surnames()
    limit = 4 if token[:2] in double else 3
    if len(token) <= limit or not single:
        return [token]
    ranks = surname_ranks()
    best: list[str] | None = None
    best_score = float("-inf")

    def rarity(name: str) -> float:
        if name[:2] in ranks and len(name) >= 3:
            return 0.3  # a two-character surname: listed on purpose, neither common nor rare
        rank = ranks.get(name[0], len(ranks))
        return rank / (len(ranks) + 1)

    def walk(rest: str, acc: list[str]) -> None:
        nonlocal best, best_score
        if not rest:
            # Few names, with common surnames: a rare surname (玉 in 徐杰刘玉孔琳) costs more than
            # one more name, so 徐杰 刘玉 孔琳 beats 徐杰刘 玉孔琳.
            score = -len(acc) - 10.0 * sum(rarity(name) for name in acc)
            if score > best_score:
                best, best_score = list(acc), score
            return
        lengths = (3, 2, 4) if rest[:2] in double else (3, 2)
        for length in lengths:
            piece = rest[:length]
            if len(piece) < length:
                continue
            head_ok = piece[:2] in double if length == 4 else (piece[0] in single or piece[:2] in double)
            if head_ok:
                walk(rest[length:], acc + [piece])

    walk(token, [])
    return best if best else [token]


def common_names(run: str) -> bool:
    """Can `run` be cut into 2–3-character names that all start with a common surname?"""
    ranks = surname_ranks()
    if not run:
        return True
    for length in (4, 3, 2):
        head = run[:length]
        if len(head) != length:
            continue
        if head[:2] in ranks and len(head[:2]) == 2:
            ok = length >= 3  # a listed two-character surname (司马, 欧阳) is common enough
        else:
            rank = ranks.get(head[0])
            ok = length <= 3 and rank is not None and rank < COMMON_SURNAMES
        if ok and common_names(run[length:]):
            return True
    return False
