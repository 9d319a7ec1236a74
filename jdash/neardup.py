"""Near-duplicate pages: the same page stored twice with small differences (re-uploaded after an
OCR fix, or saved under two names), found on every build and upload so that no article is counted
twice silently.

A page is compared by its sentences (its articles' headlines and bodies cut at 。！？；and line
ends, whitespace removed, sentences of `MIN_SENTENCE` characters or more). Two pages are near
duplicates when at least `MIN_SHARED` sentences are shared and the shared ones make at least
`THRESHOLD` of the smaller page's sentences: an OCR fix changes a few sentences and leaves the
rest, while two different pages of one paper share at most a slogan. Sentences found on more than
`COMMON_PAGES` pages (mastheads, boilerplate) are ignored. Cost: one pass over the text and an
inverted index, never all pairs of pages.

The later page in the store's order (an upload after the corpus, a later upload after an earlier
one) is the newer copy; the other is `older`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyarrow as pa

MIN_SENTENCE = 8
MIN_SHARED = 3
THRESHOLD = 0.6
COMMON_PAGES = 20

SCHEMA = pa.schema([("source", pa.string()), ("older", pa.string()), ("similarity", pa.float64()),
                    ("shared", pa.int64()), ("sentences", pa.int64()), ("older_sentences", pa.int64())])
_CUT = re.compile(r"[。！？；!?;\n]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class NearDuplicate:
    source: str  # the newer copy
    older: str  # the page it nearly repeats
    similarity: float  # shared sentences / sentences of the smaller page
    shared: int
    sentences: int  # sentences of `source`
    older_sentences: int


def sentences(text: str) -> set[str]:
    """The comparable sentences of a text.

    >>> sorted(sentences("全市经济运行稳中向好。\\n短句。企业营业收入 35.9亿元，同比增长12%！"))
    ['企业营业收入35.9亿元，同比增长12%', '全市经济运行稳中向好']
    """
    out = set()
    for piece in _CUT.split(text or ""):
        piece = _SPACE.sub("", piece)
        if len(piece) >= MIN_SENTENCE:
            out.add(piece)
    return out


def find(pages: Sequence[tuple[str, str]]) -> list[NearDuplicate]:
    """Near-duplicate pairs among `pages` — (source, text) in the store's order, oldest first; each
    newer page paired with the older page it shares most with."""
    sets = [sentences(text) for _, text in pages]
    seen_on = Counter(s for ss in sets for s in ss)
    index: dict[str, list[int]] = defaultdict(list)
    out = []
    for i, ss in enumerate(sets):
        shared = Counter(j for s in ss if seen_on[s] <= COMMON_PAGES for j in index[s])
        best = _best(i, sets, shared)
        if best is not None:
            out.append(NearDuplicate(pages[i][0], pages[best[0]][0], best[1], shared[best[0]], len(ss), len(sets[best[0]])))
        for s in ss:
            if seen_on[s] <= COMMON_PAGES:
                index[s].append(i)
    return out


def _best(i: int, sets: list[set[str]], shared: Counter) -> tuple[int, float] | None:
    """The earlier page that page `i` nearly repeats, with the similarity, or None."""
    best = None
    for j, n in shared.items():
        smaller = min(len(sets[i]), len(sets[j]))
        similarity = n / smaller if smaller else 0.0
        if n >= MIN_SHARED and similarity >= THRESHOLD and (best is None or similarity > best[1]):
            best = (j, round(similarity, 3))
    return best


def page_texts(articles: pa.Table) -> list[tuple[str, str]]:
    """(source, text) per page, in the order the articles table holds them (the store's order),
    the text being its articles' headlines and bodies in reading order."""
    cols = articles.select(["source", "headline", "body"]).to_pydict()
    texts: dict[str, list[str]] = {}
    for source, headline, body in zip(cols["source"], cols["headline"], cols["body"]):
        texts.setdefault(source, []).append(f"{headline or ''}\n{body or ''}")
    return [(source, "\n".join(parts)) for source, parts in texts.items()]


def table(pairs: Iterable[NearDuplicate]) -> pa.Table:
    """The store's `near_duplicates` table."""
    return pa.Table.from_pylist([p.__dict__ for p in pairs], schema=SCHEMA)
