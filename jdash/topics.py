"""Topics (data/topics.toml) and keywords (jieba with data/userdict.txt and data/stopwords.txt).

One `jieba.Tokenizer` per process, built lazily, with its cache file in jdash's temp dir; never jieba's
global tokenizer (its add_word would leak into other users of jieba). Only `lcut` is used: posseg is
about 13× slower.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
import threading
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from jdash.datafiles import data_path, read_lines, read_table

_HEADLINE_WEIGHT = 3.0
_COLUMN_WEIGHT = 4.0
_CUE_CAP = 3  # a cue repeated more often than this in the body adds nothing
_SCALE = 6.0  # raw evidence → score in (0, 1): 1 - exp(-raw / _SCALE)
_MIN_SCORE = 0.3
_MAX_TOPICS = 4
_NAME_FREQ = 5000
_lock = threading.Lock()
_tokenizer = None
_added: set[str] = set()
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


def score_topics(headline: str, body: str, column: str | None = None) -> list[tuple[str, float]]:
    """Topics an article is about, best first, with scores in (0, 1]; several may apply.

    A cue counts three times in the headline, four times in a column banner, once per body mention
    (capped), times its weight. The best topic is kept even below the threshold when it has evidence.
    """
    headline, body, column = headline or "", body or "", column or ""
    scored: list[tuple[str, float]] = []
    for topic in taxonomy():
        raw = 0.0
        for cue, weight in topic.cues:
            n = min(body.count(cue), _CUE_CAP) + _HEADLINE_WEIGHT * headline.count(cue)
            n += _COLUMN_WEIGHT * column.count(cue)
            raw += weight * n
        if raw > 0:
            scored.append((topic.name, round(1 - math.exp(-raw / _SCALE), 3)))
    scored.sort(key=lambda ts: -ts[1])
    kept = [ts for ts in scored if ts[1] >= _MIN_SCORE][:_MAX_TOPICS]
    return kept or scored[:1]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words never returned as keywords."""
    return frozenset(read_lines("stopwords.txt"))


def _cache_dir() -> str:
    path = os.path.join(tempfile.gettempdir(), "jdash")
    os.makedirs(path, exist_ok=True)
    return path


def tokenizer():  # -> jieba.Tokenizer (jieba is imported lazily: ~0.6 s)
    """jdash's own jieba tokenizer, with the user dictionary and the gazetteer loaded; built once per process."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(60)  # its "Building prefix dict" chatter goes to stderr otherwise
                tk = jieba.Tokenizer()
                tk.tmp_dir = _cache_dir()
                tk.cache_file = "jdash-jieba.cache"
                tk.initialize()
                tk.load_userdict(str(data_path("userdict.txt")))
                for row in read_table("counties.csv"):
                    tk.add_word(row["alias"], 3000, "ns")
                _tokenizer = tk
    return _tokenizer


_pos_tokenizer = None


def pos_tags(snippet: str) -> list[tuple[str, str]]:
    """(word, part of speech) for a short snippet. Only for a dozen characters at a time: posseg is
    about 13× slower than lcut, so it is never run over whole texts."""
    global _pos_tokenizer
    if _pos_tokenizer is None:
        import jieba.posseg

        tk = tokenizer()
        with _lock:
            if _pos_tokenizer is None:
                _pos_tokenizer = jieba.posseg.POSTokenizer(tk)
    return [(p.word, p.flag) for p in _pos_tokenizer.lcut(snippet)]


def word_freq(word: str) -> int:
    """How common `word` is in jieba's dictionary (0 when unknown or when it is a name jdash added)."""
    if word in _added:
        return 0
    return int(tokenizer().FREQ.get(word) or 0)


def add_names(names: Iterable[str]) -> None:
    """Teach the tokenizer names (officials, places) so keywords keep them whole."""
    tk = tokenizer()
    with _lock:
        for name in names:
            if name and name not in _added and len(name) >= 2:
                tk.add_word(name, _NAME_FREQ, "nr")
                _added.add(name)


def tokens(text: str, names: Iterable[str] = ()) -> list[str]:
    """Words of `text`; `names` are kept whole without touching the shared tokenizer (deterministic)."""
    tk = tokenizer()
    protected = sorted({n for n in names if n and len(n) >= 2}, key=len, reverse=True)
    if not protected:
        return tk.lcut(text)
    out: list[str] = []
    pattern = re.compile("|".join(re.escape(n) for n in protected))
    pos = 0
    for m in pattern.finditer(text):
        out.extend(tk.lcut(text[pos : m.start()]))
        out.append(m.group())
        pos = m.end()
    out.extend(tk.lcut(text[pos:]))
    return out


@lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    """jieba's shipped IDF table and its median, for ranking keywords."""
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")
    table: dict[str, float] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, value = line.strip().partition(" ")
            if value:
                table[word] = float(value)
    values = sorted(table.values())
    return table, values[len(values) // 2] if values else 10.0


def keywords(text: str, k: int = 20, names: Iterable[str] = ()) -> list[str]:
    """The k most telling words of `text` (TF × IDF), stopwords, punctuation, numbers and single characters dropped."""
    if not text:
        return []
    stop = stopwords()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, tok in enumerate(tokens(text, names)):
        tok = tok.strip()
        if len(tok) < 2 or tok in stop or not _WORDLIKE.match(tok) or any(c.isdigit() for c in tok):
            continue
        counts[tok] += 1
        first.setdefault(tok, i)
    idf, median = _idf()
    scored = sorted(counts, key=lambda w: (-counts[w] * idf.get(w, median), first[w]))
    return scored[:k]
