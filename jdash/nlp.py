"""Segmentation and part-of-speech tags for the whole package: one `rjieba.Jieba` per process.

rjieba (the jieba-rs binding) cuts text about 20× faster than Python jieba with the same
dictionary and the same tokens. jdash loads into it, once per process, jieba's dictionary format:
`data/userdict.txt` (lines `word [freq] [tag]`) and the gazetteer's place names.

Three things rjieba does not give, and which jieba's package still supplies as data:

- word frequencies (`word_freq`): jieba's `dict.txt`, read once and cached (marshal) in jdash's
  temporary folder;
- part-of-speech tags of words that are not in the dictionary: rjieba tags an HMM-found word by
  looking it up, which gives nonsense for names (`张向` → `p`). `tag` therefore mirrors
  `jieba.posseg`: rjieba finds the dictionary route, and each run of single characters that is no
  word goes through jieba's character-level POS HMM (`jieba.posseg.viterbi`), which tags names
  `nr`. The result equals `jieba.posseg.lcut` (tests/test_nlp.py checks it on the seeds);
- tags of dictionary words that jdash re-tags (rjieba's `add_word` keeps an existing word's tag).

Nothing here mutates jieba's global tokenizer; jieba's own dictionary is never built.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import marshal
import os
import re
import tempfile
import threading
from collections.abc import Iterable, Iterator
from typing import Any
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jdash.datafiles import data_path, read_table

_COUNTY_FREQ = 3000
_NAME_FREQ = 5000
_TAG_CACHE = 1 << 16
# The POS HMM costs 0.5–10 ms per character (hundreds of states for a character it has not seen):
# a longer run of characters that form no word is noise, never a name, and keeps its route's tags.
HMM_MAX_RUN = 64
_lock = threading.Lock()

# jieba.posseg's block patterns: han (and word-like ASCII) runs are segmented, the rest is tagged
# character by character.
_HAN_INTERNAL, _SKIP_INTERNAL = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)"), re.compile(r"(\r\n|\s)")
_HAN_DETAIL, _SKIP_DETAIL = re.compile(r"([\u4E00-\u9FD5]+)"), re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
_NUM, _ENG = re.compile(r"[\.0-9]+"), re.compile(r"[a-zA-Z0-9]+")
_ASCII_RUN = re.compile(r"[a-zA-Z0-9]{2,}")


@dataclass
class _Engine:
    """rjieba with jdash's words, and the frequencies and tags rjieba cannot report."""

    jieba: object  # rjieba.Jieba
    freq: dict[str, int]
    tags: dict[str, str] = field(default_factory=dict)  # words jdash added with a tag
    names: set[str] = field(default_factory=set)  # names added at run time (word_freq reports 0)
    routed: dict[tuple[str, str], tuple] = field(default_factory=dict)  # `_route`'s pairs of each (word, flag)

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        """Like `jieba.Tokenizer.add_word`: a new frequency, and the tag if one is given."""
        self.freq[word] = int(self.jieba.add_word(word, freq, tag or None))
        if tag:
            self.tags[word] = tag
        self.routed.clear()  # a word's tag, or whether a character is a word, may have changed


def jieba_data_dir() -> Path:
    """jieba's package folder (its dictionary, IDF table and POS model), found without importing it."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed: jdash reads its dictionary and models")
    return Path(next(iter(spec.submodule_search_locations)))


def parse_dictionary_line(line: str) -> tuple[str, int | None, str | None] | None:
    """One line of a jieba dictionary: `word [freq] [tag]`.

    >>> parse_dictionary_line("第一书记 2000 n")
    ('第一书记', 2000, 'n')
    """
    parts = line.strip().split()
    if not parts:
        return None
    word, freq, tag = parts[0], None, None
    for part in parts[1:3]:
        if part.isdigit() and freq is None and tag is None:
            freq = int(part)
        else:
            tag = part
    return word, freq, tag


def _cache_path(source: Path) -> Path:
    folder = Path(tempfile.gettempdir()) / "jdash"
    folder.mkdir(parents=True, exist_ok=True)
    stat = source.stat()
    return folder / f"freq-{stat.st_size}-{stat.st_mtime_ns}.marshal"


def _dictionary_freq() -> dict[str, int]:
    """jieba's `dict.txt` as word → frequency (marshal-cached: 0.1 s instead of 0.5 s)."""
    source = jieba_data_dir() / "dict.txt"
    cache = _cache_path(source)
    try:
        with _gc_paused():  # 350,000 new strings would trigger a dozen full collections
            return marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    freq: dict[str, int] = {}
    with _gc_paused(), open(source, encoding="utf-8") as handle:
        for line in handle:
            parsed = parse_dictionary_line(line)
            if parsed and parsed[1] is not None:
                freq[parsed[0]] = parsed[1]
    temp = cache.with_name(f".tmp-{os.getpid()}-{cache.name}")
    try:
        with open(temp, "wb") as handle:
            marshal.dump(freq, handle)
        os.replace(temp, cache)
    except OSError:
        temp.unlink(missing_ok=True)
    return freq


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_engine: _Engine | None = None


def engine() -> _Engine:
    """The process's segmenter, with the user dictionary and the gazetteer loaded; built once."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                import rjieba

                built = _Engine(rjieba.Jieba(), _dictionary_freq())
                load_userdict(built, data_path("userdict.txt"))
                for row in read_table("counties.csv"):
                    built.add_word(row["alias"], _COUNTY_FREQ, "ns")
                _engine = built
    return _engine


def load_userdict(target: _Engine, path: str | os.PathLike[str]) -> None:
    """Add every word of a jieba-format dictionary file to `target`."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parsed = parse_dictionary_line(line)
            if parsed:
                target.add_word(*parsed)


def cut(text: str) -> list[str]:
    """Words of `text`, as `jieba.lcut(text)` gives them (HMM on for unknown words).

    >>> cut("济宁市委书记调研")
    ['济宁', '市委书记', '调研']
    """
    return engine().jieba.cut(text)


def word_freq(word: str) -> int:
    """How common `word` is in the dictionary (0 when unknown or when it is a name added at run time).

    >>> word_freq("发展") > 10000
    True
    """
    found = engine()
    if word in found.names:
        return 0
    return found.freq.get(word, 0)


def add_names(names: Iterable[str]) -> None:
    """Teach the segmenter names (officials, places) so they stay whole."""
    found = engine()
    with _lock:
        for name in names:
            if name and name not in found.names and len(name) >= 2:
                found.add_word(name, _NAME_FREQ, "nr")
                found.names.add(name)
        forget_tags()


def forget_tags() -> None:
    """Forget every tagging kept (`tag`'s snippets, `_tag_block`'s blocks): what the dictionary's words decided."""
    tag.cache_clear()
    _tag_block.cache_clear()
    _run_detail.cache_clear()


@lru_cache(maxsize=_TAG_CACHE)
def tag(snippet: str) -> tuple[tuple[str, str], ...]:
    """(word, part of speech) pairs, as `jieba.posseg.lcut(snippet)` gives them.

    >>> tag("于永在会上")[0]
    ('于永', 'nr')
    """
    out: list[tuple[str, str]] = []
    # The pattern has one group, so `split` puts its matches at the odd places and the text between
    # them (which holds none of its characters) at the even ones: `_blocks` without a fullmatch each.
    for i, block in enumerate(_HAN_INTERNAL.split(snippet)):
        if block:
            out.extend(_tag_block(block) if i % 2 else _tag_other(block))
    return tuple(out)


def _blocks(pattern: re.Pattern[str], text: str) -> Iterator[tuple[str, bool]]:
    """The non-empty pieces of `text` split by `pattern`'s group, each with whether it is a match.

    >>> list(_blocks(re.compile("([a-z]+)"), "ab12"))
    [('ab', True), ('12', False)]
    """
    for block in pattern.split(text):
        if block:
            yield block, bool(pattern.fullmatch(block))


@lru_cache(maxsize=_TAG_CACHE)
def _tag_other(block: str) -> tuple[tuple[str, str], ...]:
    """The tags of what lies between Chinese runs (marks, spaces), one per character or space; kept per block, as
    the same marks come back in every snippet."""
    out = []
    for piece in _SKIP_INTERNAL.split(block):
        if _SKIP_INTERNAL.fullmatch(piece):
            out.append((piece, "x"))
            continue
        for char in piece:
            out.append((char, "m" if _NUM.match(char) else "eng" if _ENG.match(piece) else "x"))
    return tuple(out)


def _route(block: str) -> list[tuple[str, str]]:
    """The dictionary route of a block (rjieba without HMM), one pair per route word with its tag.
    rjieba joins runs of single ASCII letters and digits that are no word: split them again. What a route word
    gives (`_route_pairs`) depends on the word, its flag and the dictionary alone: it is kept per (word, flag)
    until a word is added."""
    found = engine()
    routed = found.routed
    if len(routed) > _TAG_CACHE:
        routed.clear()
    words: list[tuple[str, str]] = []
    for item in found.jieba.tag(block, False):
        pairs = routed.get(item)
        if pairs is None:
            pairs = routed[item] = _route_pairs(found, *item)
        words.extend(pairs)
    return words


def _route_pairs(found: _Engine, word: str, flag: str) -> tuple[tuple[str, str], ...]:
    """What one route word of rjieba's, tagged `flag`, gives: itself with jdash's tag, else `x` for a single
    character that is no word, else its flag; a run of ASCII letters and digits that is no word, one pair per
    character.

    >>> _route_pairs(engine(), "市委书记", "n"), _route_pairs(engine(), "ab12", "eng")[:2]
    ((('市委书记', 'n'),), (('a', 'x'), ('b', 'x')))
    """
    has_word = found.jieba.has_word
    if word.isascii() and _ASCII_RUN.fullmatch(word) and not has_word(word):
        return tuple((char, _word_tag(char, "")) for char in word)
    if word in found.tags:
        return ((word, found.tags[word]),)
    if len(word) == 1 and not has_word(word):
        return ((word, "x"),)
    return ((word, flag or "x"),)


def _word_tag(word: str, flag: str) -> str:
    found = engine()
    if word in found.tags:
        return found.tags[word]
    if len(word) == 1 and not found.jieba.has_word(word):
        return "x"
    return flag or "x"


@lru_cache(maxsize=_TAG_CACHE)
def _tag_block(block: str) -> tuple[tuple[str, str], ...]:
    """The tags of a run of Chinese characters, kept per run: the rules tag overlapping snippets of one sentence
    (a clause's opening, the words after a number, a label), and the runs between their digits and marks come back
    in several of them."""
    out: list[tuple[str, str]] = []
    buf: list[tuple[str, str]] = []
    for pair in _route(block):
        if len(pair[0]) == 1:
            buf.append(pair)
            continue
        if buf:  # `_flush` keeps a run of one as it is
            out.extend(_flush(buf) if len(buf) > 1 else buf)
            buf = []
        out.append(pair)
    out.extend(_flush(buf))
    return tuple(out)


def _flush(buf: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A run of single-character route words, as jieba.posseg handles it; a run longer than
    HMM_MAX_RUN (王王王… for pages on end) keeps its route's tags, so a tag costs its length.

    >>> _flush([("王", "nr")] * (HMM_MAX_RUN + 1))[0]
    ('王', 'nr')
    """
    if len(buf) <= 1 or len(buf) > HMM_MAX_RUN:
        return buf
    detail = _run_detail("".join([word for word, _ in buf]))
    if detail is not _UNSEEN:
        return buf if detail is None else detail
    out: list[tuple[str, str]] = []  # split at the characters the HMM never saw (see _unseen_splits)
    seen = pos_model()[1][0]
    for piece in _unseen_splits(buf, seen):
        out.extend(_flush(piece) if len(piece) > 1 and piece[0][0] in seen else piece)
    return out


_UNSEEN = ()  # `_run_detail`'s answer for a run holding a character the HMM never saw


@lru_cache(maxsize=_TAG_CACHE)
def _run_detail(text: str) -> tuple[tuple[str, str], ...] | None:
    """What `_flush` makes of a run of single-character route words, by its text alone (kept per text until a word is
    added: see forget_tags): None when the run is a dictionary word (its route's tags stay), `_UNSEEN` when it holds
    a character the HMM never saw (split there), else the HMM's tags (`_cut_detail`).

    >>> _run_detail("张向"), _run_detail("王小明"), _run_detail("张堃") is _UNSEEN
    ((('张向', 'nr'),), None, True)
    """
    if engine().freq.get(text):
        return None
    seen = pos_model()[1][0]
    if all(char in seen for char in text if "\u4e00" <= char <= "\u9fd5"):  # the characters _HAN_DETAIL matches
        return tuple(_cut_detail(text))
    return _UNSEEN


def _unseen_splits(buf: list[tuple[str, str]], seen: dict) -> list[list[tuple[str, str]]]:
    """A run split before and after each character the POS HMM never saw (堃): for such a character
    every state's emission is −3.14e100, which swamps every other term, so its path is decided by
    tie-breaking alone (张堃 → 张/q 堃/yg) and costs 256 × 256 steps (~7 ms): it keeps its route tag,
    and the HMM tags the pieces between.

    >>> [len(p) for p in _unseen_splits([("张", "nr"), ("堃", "x"), ("王", "nr"), ("强", "a")], {"张": 1, "王": 1, "强": 1})]
    [1, 1, 2]
    """
    pieces: list[list[tuple[str, str]]] = []
    for pair in buf:
        known = pair[0] in seen or not _HAN_DETAIL.match(pair[0])
        if known and pieces and (pieces[-1][-1][0] in seen or not _HAN_DETAIL.match(pieces[-1][-1][0])):
            pieces[-1].append(pair)
        else:
            pieces.append([pair])
    return pieces


def _cut_detail(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for block, han in _blocks(_HAN_DETAIL, text):
        if han:
            out.extend(_hmm_tags(block))
            continue
        for piece in _SKIP_DETAIL.split(block):
            if piece:
                out.append((piece, "m" if _NUM.match(piece) else "eng" if _ENG.match(piece) else "x"))
    return out


@lru_cache(maxsize=1)
def pos_model() -> tuple:
    """jieba.posseg's HMM (its pickled tables and its `viterbi`), loaded from jieba's files without
    importing `jieba.posseg`, whose import builds a second tag table from the dictionary (2 s)."""
    import pickle

    folder = jieba_data_dir() / "posseg"
    tables = []
    for name in ("char_state_tab", "prob_start", "prob_trans", "prob_emit"):
        with open(folder / f"{name}.p", "rb") as handle:
            tables.append(pickle.load(handle))  # noqa: S301 - jieba's own installed model files
    spec = importlib.util.spec_from_file_location("jdash._jieba_posseg_viterbi", folder / "viterbi.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.viterbi, tables


@lru_cache(maxsize=1)
def _predecessors() -> tuple[dict[Any, list[Any]], set[Any]]:
    """Of the POS HMM's states: those each can follow (by its transition table), and those with any successor."""
    trans = pos_model()[1][2]
    before: dict[Any, list[Any]] = {}
    for state, following in trans.items():
        for after in following:
            before.setdefault(after, []).append(state)
    return before, {state for state, following in trans.items() if following}


def viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict) -> tuple[float, list[Any]]:
    """jieba.posseg's `viterbi`, the same path and probability (the same sums, in the same order, and the
    same ties), 2–3 × faster: a state's best predecessor is looked for among the states that can
    precede it (`_predecessors`), not among all the previous step's states (up to 256 × 256 a step).

    >>> text = "王小明说"; viterbi(text, *pos_model()[1]) == pos_model()[0](text, *pos_model()[1])
    True
    """
    before, has_next = _predecessors()
    all_states = trans_p.keys()
    V = {y: start_p[y] + emit_p[y].get(obs[0], _MIN_FLOAT) for y in states.get(obs[0], all_states)}
    memory = [dict.fromkeys(V, "")]
    for char in obs[1:]:
        now, path = _viterbi_step(char, V, memory[-1].keys() & has_next, before, states, trans_p, emit_p)
        if not now:  # no state of this character can follow: jieba's fallback, over every previous state
            now, path = _viterbi_fallback(char, memory[-1], V, trans_p, emit_p)
        V = now
        memory.append(path)
    prob, state = max((V[y], y) for y in memory[-1])
    route: list[Any] = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = memory[i][state]
    return prob, route


def _viterbi_step(char: str, V: dict, previous: set, before: dict, states: dict, trans_p: dict,
                  emit_p: dict) -> tuple[dict, dict]:
    """One step of `viterbi`: each state of `char` that some `previous` state can precede, its best
    probability and predecessor."""
    now: dict = {}
    path: dict = {}
    for y in set(states.get(char, trans_p.keys())):
        candidates = [(V[y0] + trans_p[y0][y], y0) for y0 in before.get(y, ()) if y0 in previous]
        if candidates:
            emit = emit_p[y].get(char, _MIN_FLOAT)
            now[y], path[y] = max([(p + emit, y0) for p, y0 in candidates])
    return now, path


def _viterbi_fallback(char: str, last_path: dict, V: dict, trans_p: dict, emit_p: dict) -> tuple[dict, dict]:
    previous = [x for x in last_path if len(trans_p[x]) > 0]
    expected = {y for x in previous for y in trans_p[x]}
    now: dict = {}
    path: dict = {}
    for y in expected or trans_p.keys():
        emit = emit_p[y].get(char, _MIN_FLOAT)
        now[y], path[y] = max((V[y0] + trans_p[y0].get(y, float("-inf")) + emit, y0) for y0 in previous)
    return now, path


_MIN_FLOAT = -3.14e100  # jieba's emission for a character a state never emitted


@lru_cache(maxsize=1)
def _hmm_arrays() -> tuple:
    """The POS HMM as arrays for `viterbi_arrays`: its states in their order (a state's index orders it as the
    state itself does), the index of each, the transitions (−inf where a state cannot follow another) and the
    start probabilities; None when a table holds a probability that is not finite (then no array path is exact)."""
    import math

    import numpy as np

    _, start, trans, emit = pos_model()[1]
    finite = all(math.isfinite(p) for table in (start, *trans.values(), *emit.values()) for p in table.values())
    if not finite or not set(start) == set(trans) == set(emit):
        return None
    order = sorted(trans)
    index = {state: i for i, state in enumerate(order)}
    moves = np.full((len(order), len(order)), -np.inf)
    for state, following in trans.items():
        for after, p in following.items():
            moves[index[state], index[after]] = p
    return order, index, moves, np.array([start[state] for state in order])


@lru_cache(maxsize=_TAG_CACHE)
def _char_states(char: str) -> tuple | None:
    """The indices (ascending) of the states the HMM gives `char` (every state for a character it has no entry
    for) and each one's emission of it; None for a character given no state."""
    import numpy as np

    order, index, _, _ = _hmm_arrays()
    states_of, _, _, emit = pos_model()[1]
    own = sorted({index[state] for state in states_of[char]}) if char in states_of else range(len(order))
    if not own:
        return None
    return np.array(own), np.array([emit[order[i]].get(char, _MIN_FLOAT) for i in own])


def viterbi_arrays(obs: str) -> tuple[float, list[Any]] | None:
    """`viterbi` over the HMM's tables, one array operation per character instead of a Python loop over its
    states and their predecessors: the same sums in the same order ((previous + transition) + emission), the same
    ties (the greatest state wins, as a max over (probability, state) pairs picks it), so the same path and
    probability. None where `viterbi` takes its fallback (no state of a character can follow the last one's) or
    the model is not exact as arrays: the caller runs `viterbi` then.

    >>> text = "王小明说"; viterbi_arrays(text) == viterbi(text, *pos_model()[1])
    True
    """
    import numpy as np

    arrays = _hmm_arrays()
    first = _char_states(obs[0]) if arrays else None
    if first is None:
        return None
    order, _, moves, start = arrays
    present, values = first[0], start[first[0]] + first[1]
    steps = []
    for char in obs[1:]:
        found = _char_states(char)
        if found is None:
            return None
        states, emit = found
        sums = (values[:, None] + moves[present[:, None], states]) + emit[None, :]
        best = len(present) - 1 - sums[::-1].argmax(axis=0)  # the last greatest: the greatest state on a tie
        reached = sums[best, np.arange(len(states))]
        kept = reached > -np.inf  # a state that some present state can precede
        count = np.count_nonzero(kept)  # (the methods `argmax` and `count_nonzero` skip numpy's Python wrappers)
        if not count:
            return None
        if count == len(kept):
            steps.append((states, present[best]))
            present, values = states, reached
            continue
        steps.append((states[kept], present[best[kept]]))
        present, values = states[kept], reached[kept]
    last = len(values) - 1 - int(values[::-1].argmax())
    prob, state = float(values[last]), int(present[last])
    route: list[Any] = [None] * len(obs)
    for i in range(len(obs) - 1, 0, -1):
        route[i] = order[state]
        reached_states, came_from = steps[i - 1]
        state = int(came_from[np.searchsorted(reached_states, state)])
    route[0] = order[state]
    return prob, route


@lru_cache(maxsize=_TAG_CACHE)
def _hmm_tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba.posseg's character-level (position, tag) HMM over a run of unknown characters (kept per run: the
    same run comes back in every snippet that holds it, and the HMM depends on no dictionary word)."""
    _, (states_of, start, trans, emit) = pos_model()
    _, states = viterbi_arrays(text) or viterbi(text, states_of, start, trans, emit)
    out: list[tuple[str, str]] = []
    begin = following = 0
    for i, char in enumerate(text):
        position, flag = states[i]
        if position == "B":
            begin = i
        elif position == "E":
            out.append((text[begin:i + 1], flag))
            following = i + 1
        elif position == "S":
            out.append((char, flag))
            following = i + 1
    if following < len(text):
        out.append((text[following:], states[following][1]))
    return tuple(out)
