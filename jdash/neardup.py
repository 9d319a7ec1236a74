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

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

MIN_SENTENCE = 8
MIN_SHARED = 3
THRESHOLD = 0.6
COMMON_PAGES = 20

# What pairs are found by: a generation's pairs are written with it (`RULES_MARK`), and a later build keeps
# some of them (`find_signed_since`) only when they were found by the same rules. Change it with the rules.
RULES = f"v1 sentences>={MIN_SENTENCE} shared>={MIN_SHARED} threshold={THRESHOLD} common<={COMMON_PAGES} blake2b-64"
RULES_MARK = b"jdash.neardup.rules"

KEY = "_key"  # the store's page key column (jdash.tables.KEY_COLUMN)
# A page's signature: the 64-bit hashes of its comparable sentences, each once (the store keeps it
# per part, so a build compares pages without reading their text again).
SIGNATURE_SCHEMA = pa.schema([(KEY, pa.string()), ("source", pa.string()), ("hashes", pa.list_(pa.uint64()))])
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
        best = _best(i, [len(s) for s in sets], shared)
        if best is not None:
            out.append(NearDuplicate(pages[i][0], pages[best[0]][0], best[1], shared[best[0]], len(ss), len(sets[best[0]])))
        for s in ss:
            if seen_on[s] <= COMMON_PAGES:
                index[s].append(i)
    return out


def _best(i: int, sizes: Sequence[int], shared: Counter) -> tuple[int, float] | None:
    """The earlier page that page `i` nearly repeats, with the similarity, or None (`sizes`: each
    page's number of sentences)."""
    best = None
    for j, n in shared.items():
        smaller = min(sizes[i], sizes[j])
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


def sentence_hash(sentence: str) -> int:
    """A sentence's 64-bit hash (stable across processes, unlike `hash`).

    >>> sentence_hash("全市经济运行稳中向好") == sentence_hash("全市经济运行稳中向好") != sentence_hash("全市经济运行稳中向坏")
    True
    """
    return int.from_bytes(hashlib.blake2b(sentence.encode("utf-8"), digest_size=8).digest(), "little")


def signatures(articles: pa.Table) -> pa.Table:
    """Each page's signature (key, source, its sentences' hashes, sorted), pages in the order the
    keyed articles table holds them; pages without articles have none."""
    cols = articles.select([KEY, "source", "headline", "body"]).to_pydict()
    texts: dict[tuple[str, str], list[str]] = {}
    for key, source, headline, body in zip(cols[KEY], cols["source"], cols["headline"], cols["body"]):
        texts.setdefault((key, source), []).append(f"{headline or ''}\n{body or ''}")
    rows = [{KEY: key, "source": source, "hashes": sorted({sentence_hash(s) for s in sentences("\n".join(parts))})}
            for (key, source), parts in texts.items()]
    return pa.Table.from_pylist(rows, schema=SIGNATURE_SCHEMA)


def find_signed(signed: pa.Table) -> list[NearDuplicate]:
    """`find` over pages' signatures (`signatures`, in the store's order) instead of their text: the
    same pairs (but for a 64-bit hash collision), counted with arrays, a few bytes a sentence.

    Where a newer page is equally similar to two older ones, the older of the two is taken."""
    sources, sizes, flat, page_of = _flattened(signed)
    return _pairs(sources.__getitem__, sizes, *_shared_counts(flat, page_of, len(sources)))


def find_signed_since(signed: pa.Table, changed: Sequence[tuple[str, Sequence[int]]],
                      older: Iterable[NearDuplicate]) -> list[NearDuplicate]:
    """`find_signed(signed)` from `older`, the pairs it gave the pages before some of them changed (were
    added, removed or given other sentences; the others kept their order), and `changed`, those pages' old
    and new signatures as (source, sentence hashes). Only the changed pages, and the pages holding one of
    their sentences, can pair otherwise now (a pair's count, and which sentences are too common to count,
    change only through those sentences): their pairs are counted again, from the pages that share their
    sentences; every other page keeps its pair in `older`. A sentence on more than `COMMON_PAGES` pages
    before and after (a masthead) touches no page.

    >>> a, b, c = ([1, 2, 3, 4], [1, 2, 3, 9], [5, 6, 7, 8])
    >>> old = find_signed(_signed([("a", a), ("b", b), ("c", c)]))
    >>> [(p.source, p.older) for p in find_signed_since(_signed([("a", a), ("b", b), ("c", b)]), [("c", c), ("c", b)], old)]
    [('b', 'a'), ('c', 'b')]
    """
    column, sources = signed.column("hashes"), signed.column("source")
    values = pc.list_flatten(column)  # every page's hashes, one after another (no copy)
    starts = np.r_[0, np.cumsum(pc.list_value_length(column).to_numpy(zero_copy_only=False), dtype=np.int64)]

    def holding(hashes: np.ndarray) -> np.ndarray:
        """The positions in `values` of these sentence hashes (one pass over every page's)."""
        found = pc.is_in(values, value_set=pa.array(hashes, type=pa.uint64()))
        return np.flatnonzero(found.to_numpy(zero_copy_only=False))

    hits = holding(np.unique(np.fromiter((h for _, hashes in changed for h in hashes), dtype=np.uint64)))
    hit, seen_on = np.unique(values.take(hits).to_numpy(), return_counts=True)
    counted = hit[seen_on <= COMMON_PAGES + len(changed)]  # each changed signature moves a count by one at most
    hits = hits[np.isin(values.take(hits).to_numpy(), counted)]
    named = pc.index_in(pa.array([source for source, _ in changed], type=pa.string()), value_set=sources)
    touched = np.union1d(np.searchsorted(starts, hits, side="right") - 1, pc.drop_null(named).to_numpy().astype(np.int64))
    theirs = values.take(np.concatenate([np.arange(starts[i], starts[i + 1]) for i in touched] or [np.arange(0)]))
    rows = holding(np.unique(theirs.to_numpy()))  # every sentence of a touched page, where any page holds it
    later, earlier, shared = _shared_counts(values.take(rows).to_numpy(), np.searchsorted(starts, rows, side="right") - 1,
                                            len(starts) - 1)
    mine = np.isin(later, touched)  # only a touched page's counts are whole here (all its sentences were taken)
    found = _pairs(lambda i: sources[i].as_py(), np.diff(starts), later[mine], earlier[mine], shared[mine])
    older = list(older)
    at = pc.index_in(pa.array([p.source for p in older + found], type=pa.string()), value_set=sources).to_pylist()
    again = set(touched.tolist())
    kept = [(i, p) for i, p in zip(at, older) if i is not None and i not in again] + list(zip(at[len(older):], found))
    return [p for _, p in sorted(kept, key=lambda row: row[0])]


def _signed(pages: Sequence[tuple[str, Sequence[int]]]) -> pa.Table:
    """A signatures table (source as key) of (source, sentence hashes), for examples."""
    return pa.Table.from_pylist([{KEY: s, "source": s, "hashes": sorted(h)} for s, h in pages], schema=SIGNATURE_SCHEMA)


def _flattened(signed: pa.Table) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """The pages' sources, their numbers of sentences, every sentence hash and the page (row) of each."""
    sources = signed.column("source").to_pylist()
    hashes = signed.column("hashes").combine_chunks()
    sizes = np.diff(hashes.offsets.to_numpy()).astype(np.int64)
    flat = hashes.values.to_numpy(zero_copy_only=False)
    return sources, sizes, flat, np.repeat(np.arange(len(sources), dtype=np.int64), sizes)


def _pairs(source: Callable[[int], str], sizes: np.ndarray, later: np.ndarray, earlier: np.ndarray,
           shared: np.ndarray) -> list[NearDuplicate]:
    """Each later page's pair (`_best`) from the counts of `_shared_counts`, sorted by later page (`source`: a
    page's name by its number)."""
    # Only pairs that can be near duplicates go on to `_best` (the same division, in float64 as Python's).
    close = shared / np.maximum(np.minimum(sizes[later], sizes[earlier]), 1) >= THRESHOLD
    later, earlier, shared = later[close], earlier[close], shared[close]
    out = []
    bounds = np.flatnonzero(np.r_[True, later[1:] != later[:-1], True]) if len(later) else []
    for start, end in zip(bounds[:-1], bounds[1:]):
        i = int(later[start])
        counted = Counter(dict(zip(earlier[start:end].tolist(), shared[start:end].tolist())))
        best = _best(i, sizes, counted)
        if best is not None:
            j = best[0]
            out.append(NearDuplicate(source(i), source(j), best[1], counted[j], int(sizes[i]), int(sizes[j])))
    return out


def _shared_counts(flat: np.ndarray, page_of: np.ndarray, pages: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(later page, earlier page, sentences shared) for the pairs of pages that share at least
    `MIN_SHARED` sentences found on at most `COMMON_PAGES` pages; sorted by later, then earlier page."""
    # Each sentence's number by a hash table (pyarrow), not by sorting (np.unique's argsort): 4 × less CPU
    # at 14M sentences; the numbers differ, the pairs counted from them do not.
    inverse = pa.array(flat, type=pa.uint64()).dictionary_encode().indices.to_numpy().astype(np.int64)
    seen_on = np.bincount(inverse)[inverse] if len(inverse) else inverse
    keep = (seen_on >= 2) & (seen_on <= COMMON_PAGES)
    sentence, page = inverse[keep], page_of[keep]
    ordered = np.lexsort((page, sentence))
    sentence, page = sentence[ordered], page[ordered]
    starts = np.flatnonzero(np.r_[True, sentence[1:] != sentence[:-1]]) if len(sentence) else np.array([], dtype=np.int64)
    lengths = np.diff(np.r_[starts, len(sentence)])
    codes = [np.array([], dtype=np.int64)]
    for m in range(2, COMMON_PAGES + 1):
        block = page[starts[lengths == m][:, None] + np.arange(m)]  # the pages of each sentence seen on m pages
        codes += [block[:, b] * pages + block[:, a] for b in range(1, m) for a in range(b)]
    pair, shared = np.unique(np.concatenate(codes), return_counts=True)
    pair, shared = pair[shared >= MIN_SHARED], shared[shared >= MIN_SHARED]
    return pair // pages, pair % pages, shared
