"""Read jdash's editable data files (jdash/data/): comment lines start with #, blank lines are skipped."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


def data_path(name: str) -> Path:
    """The path of a data file shipped with jdash."""
    return DATA_DIR / name


@lru_cache(maxsize=None)
def read_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a data file, stripped."""
    text = data_path(name).read_text(encoding="utf-8")
    return tuple(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))


@lru_cache(maxsize=None)
def read_table(name: str, sep: str = ",") -> tuple[dict[str, str], ...]:
    """Rows of a CSV/TSV data file as dicts keyed by its header line (comments allowed)."""
    lines = read_lines(name) if sep == "," else tuple(
        line.rstrip("\n") for line in data_path(name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=sep)
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)


@lru_cache(maxsize=None)
def read_words(name: str) -> tuple[str, ...]:
    """Every word of a word-list file, in order: several words may share a line, separated by spaces;
    `#` starts a comment anywhere on a line.

    >>> "出席" in read_words("official_name_enders.txt")
    True
    """
    return tuple(dict.fromkeys(w for line in read_lines(name) for w in line.split("#", 1)[0].split()))


@lru_cache(maxsize=None)
def read_keyed_words(name: str) -> dict[str, tuple[str, ...]]:
    """A file of `key: word word …` lines as key → its words, in order.

    >>> read_keyed_words("person_cues.txt")["told"][:2]
    ('介绍', '说')
    """
    table: dict[str, tuple[str, ...]] = {}
    for line in read_lines(name):
        key, _, listed = line.partition(":")
        table[key.strip()] = tuple(listed.split())
    return table


def alternation_of(words: Iterable[str]) -> str:
    """A regex alternation of `words`, each escaped, longest first, so that where several are printed at a
    point the longest wins (`副市长` before `市长`); a word given twice is kept once. For a long list, where
    trying word by word at every point costs, `jdash.parse.lexicon.longest_first` builds a trie that matches the same.

    >>> alternation_of(["市长", "副市长", "市长", "县"])
    '副市长|市长|县'
    >>> re.findall(alternation_of(["主任", "主任医师"]), "主任医师")
    ['主任医师']
    """
    return "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True))


@lru_cache(maxsize=None)
def words_longest_first(name: str) -> tuple[str, ...]:
    """read_words(name), longest first (words of one length in the file's order), sorted once: the rules that
    try the longest word first asked for it per figure.

    >>> words_longest_first("export_verbs.txt") == tuple(sorted(read_words("export_verbs.txt"), key=len, reverse=True))
    True
    """
    return tuple(sorted(read_words(name), key=len, reverse=True))


@lru_cache(maxsize=None)
def read_json(name: str):
    """A JSON data file, parsed (e.g. the county boundaries, `jining_counties.geojson`). Callers must not mutate it."""
    import json

    return json.loads(data_path(name).read_text(encoding="utf-8"))
