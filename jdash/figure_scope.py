"""A figure's scope: a bare class label (项目5个, 完成投资31亿元, 康养项目占比61%) read within the batch of its class a
story printed before it — earlier in its sentence, in an earlier sentence of its paragraph, or in the headline or
the lead (42个重点工业项目, 本批开工的36个项目). A card `项目 5个` or `完成投资 31亿元` cannot tell what was
counted; `康养旅游项目 5个`, `重点工业项目完成投资 31亿元` can.

A batch is a count whose label ends in a class noun (data/scope_nouns.txt) with words before it that say which
(集中签约文旅项目, “百企攀升”项目); the batch's measures are data/scope_measures.txt. Each rule (SCOPE_RULES, the
first that answers wins) composes the label from the figure's label and the batch nearest before it. A figure
whose clause names a whole place (全县, 全市: data/own_place_words.txt, whole_place_words.txt) or a county is that
place's and is left alone. A bare measure with no batch found, and no whole place or county printed before it in its
sentence, is marked `unscoped` (confidence.scope_unnamed: never solid). A price named by no thing (每斤价格) is read
the same way, as the price of the thing its sentence priced or spoke of before it (price_of_thing).

Every search is bounded: a sentence keeps its batches in order as its figures are read, a paragraph the last
_KEPT of them, the article those of its headline and lead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from jdash.confidence import FigureEvidence, closes_batch
from jdash.datafiles import alternation_of, read_keyed_words, read_words
from jdash.figure_read import Raw
from jdash.gazetteer import county_mentions
from jdash.model import Figure

_KEPT = 4  # batches a paragraph keeps, the latest last
_PRICE_LEAD = 4  # characters before a price word kept with it in its clause (起初价格, 目前价格)
_CLAUSES_BACK = 3  # clauses before a price's read for the thing it prices (外地运来的鲜桃，当初价格仅4元)
_REACH = 40  # characters before a figure read for its clause (a sentence may be one list of thousands of figures)
_LONGEST = 16  # characters of a batch's label (高端装备制造重大项目); a longer label is a clause, no batch
_PART_WORDS = 4  # characters before the class noun of a part of a batch (续建项目, 新开工项目, 产业项目)
_CLAUSE_MARKS = "，,；;：:"
_SHARES = ("占比", "比重")
_PART_LEADS = ("其中", "另有")
_WITHIN = ("中", "里")  # 96个市级项目中(里)续建项目35个: a part printed right after its batch
_QUOTES = "“”\"'"
_LEADS = "leads"  # the key of data/scope_measures.txt's words that may open a measure's label
_RATE_KINDS = ("rate", "share")
_DIGIT = re.compile(r"\d")
# What may stand before a bare label in its clause: a part's lead, the batch itself with 中, a time, an adverb of
# sum or state (其中有, 这96个市级项目中, 1至5月, 年内, 累计, 已), a share's word (占比达到); any other word is the clause's own subject (大桥总投资).
_BARE_LEAD = re.compile(r"(?:其中|另有|[这此本该]?\d+[个项家][^，。；]{0,16}?[中里]|\d+(?:[—至-]\d+)?月份?(?:底|末)?(?:以来)?"
                        r"|今年|年内|全年|当年|目前|截至目前|累计|已经|已|共计|共有|共|总计|同时|并|还|均|有|达到|达|占比|比重)*")


@dataclass(frozen=True)
class Batch:
    """A counted batch: its label as read (集中开工重点项目), its class noun (项目), its count and where it ends."""

    label: str
    noun: str
    value: float
    end: int  # past its count, and past its label when printed after the count (96个市级项目|中)


@lru_cache(maxsize=1)
def _nouns() -> tuple[str, ...]:
    return tuple(sorted(read_words("scope_nouns.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _noun_pattern() -> re.Pattern[str]:
    return re.compile(alternation_of(_nouns()))


@lru_cache(maxsize=1)
def _measures() -> tuple[str, ...]:
    every = {m for key, listed in read_keyed_words("scope_measures.txt").items() if key != _LEADS for m in listed}
    return tuple(sorted(every, key=len, reverse=True))


def class_noun(label: str) -> str | None:
    """The class noun a label ends in (data/scope_nouns.txt): 续建项目 → 项目; 营业收入 → None.

    >>> class_noun("续建项目"), class_noun("营业收入")
    ('项目', None)
    """
    bare = label.strip(_QUOTES)
    return next((n for n in _nouns() if bare.endswith(n)), None)


def batch_measure(label: str) -> str | None:
    """The batch measure a label opens with, nothing before it but one of the file's leads (data/scope_measures.txt):
    完成投资占年度计划比重 → 完成投资, 年度计划投资 → 计划投资; 全县完成投资 → None (a place comes first).

    >>> batch_measure("完成投资占年度计划比重"), batch_measure("年度计划投资"), batch_measure("全县完成投资")
    ('完成投资', '计划投资', None)
    """
    lead = next((w for w in read_keyed_words("scope_measures.txt").get(_LEADS, ()) if label.startswith(w)), "")
    return next((m for m in _measures() if label.startswith(m, len(lead))), None)


def batch_of_count(figure: Figure, end: int) -> Batch | None:
    """A count labelled by a class noun with words before it that say which (重点文旅项目36个) is a batch; a bare
    noun (项目), a label with a number or one longer than a clause's noun phrase is none.

    >>> from jdash.figures import extract_figures
    >>> [batch_of_count(f, 0) for f in extract_figures("全市重点文旅项目36个，项目5个。")][0].label
    '重点文旅项目'
    """
    label = (figure.metric or "").strip(_QUOTES)
    noun = class_noun(label) if figure.kind == "count" else None
    if noun is None or len(label) <= len(noun) or len(label) > _LONGEST or _DIGIT.search(label):
        return None
    return Batch(figure.metric or label, noun, figure.value, end)


@dataclass(frozen=True)
class Place:
    """Where a figure is printed, as the scope rules read it: its label, kind and value, whether its clause opens
    as a part (其中, 另有, or the batch printed right before it with 中: 96个市级项目中续建项目35个) and whether it
    closes its clause (项目5个，)."""

    label: str
    kind: str
    value: float
    part: bool
    closes: bool


def measure_of_batch(at: Place, batch: Batch) -> str | None:
    """A measure of the batch's class printed with no class (data/scope_measures.txt) is the batch's: 42个重点工业项目，
    完成投资31亿元 → 重点工业项目完成投资; 研学团队20个，人数3000人 → 研学团队人数.

    >>> measure_of_batch(Place("完成投资", "amount", 31, False, True), Batch("重点工业项目", "项目", 42, 0))
    '重点工业项目完成投资'
    """
    measure = batch_measure(at.label)
    return batch.label + at.label if measure in read_keyed_words("scope_measures.txt").get(batch.noun, ()) else None


def share_within_batch(at: Place, batch: Batch) -> str | None:
    """A share of a part of the class (产业项目占比74%) after a batch of that class, naming no whole (no 占…的), is
    the part's share of the batch: 36个集中签约项目…，康养项目占比61% → 集中签约项目中康养项目占比.

    >>> share_within_batch(Place("康养项目占比", "share", 61, False, True), Batch("集中签约项目", "项目", 36, 0))
    '集中签约项目中康养项目占比'
    """
    share = next((w for w in _SHARES if at.label.endswith(w)), None)
    part = at.label[: -len(share)] if share else ""
    if not part or class_noun(part) != batch.noun or part == batch.label or "占" in part:
        return None
    return f"{batch.label}中{at.label}"


def part_of_batch(at: Place, batch: Batch) -> str | None:
    """A count of a part of the class (续建项目35个) printed as a part of a batch (其中…, 96个市级项目中…), fewer than
    the batch, is counted within it: 96个市级项目中续建项目35个 → 市级项目中续建项目.

    >>> part_of_batch(Place("续建项目", "count", 35, True, True), Batch("市级项目", "项目", 96, 0))
    '市级项目中续建项目'
    """
    noun = class_noun(at.label)
    extra = len(at.label) - len(noun or "")
    if at.kind != "count" or not at.part or noun != batch.noun or not 0 < extra <= _PART_WORDS:
        return None
    if at.value >= batch.value or at.label in batch.label or batch.label in at.label:
        return None
    return f"{batch.label}中{at.label}"


def batch_itself(at: Place, batch: Batch) -> str | None:
    """A count labelled by the bare class noun (项目5个), closing its clause and no part (not after 其中), is a
    count of the batch printed before it, no more than it: 13个文化旅游项目纳入项目库。…项目5个 → 文化旅游项目.

    >>> batch_itself(Place("项目", "count", 5, False, True), Batch("文化旅游项目", "项目", 13, 0))
    '文化旅游项目'
    """
    if at.kind != "count" or at.label != batch.noun or at.part or not at.closes or at.value > batch.value:
        return None
    return batch.label


SCOPE_RULES: tuple[Callable[[Place, Batch], str | None], ...] = (
    measure_of_batch, share_within_batch, part_of_batch, batch_itself)


def scoped_label(at: Place, batch: Batch) -> str | None:
    """The label the first rule of SCOPE_RULES composes, None when none answers."""
    return next((label for rule in SCOPE_RULES if (label := rule(at, batch))), None)


def wants_scope(label: str) -> bool:
    """Whether a label is bare for the scope rules: a batch measure opening it (完成投资), a share of a part of a class
    (产业项目占比) or a class noun with at most _PART_WORDS before it (项目, 续建项目).

    >>> [wants_scope(x) for x in ("项目", "续建项目", "完成投资", "市级文旅项目完成投资", "营业收入")]
    [True, True, True, False, False]
    """
    bare = label.strip(_QUOTES)
    if batch_measure(bare):
        return True
    noun = class_noun(bare.removesuffix("占比").removesuffix("比重"))
    return noun is not None and len(bare.removesuffix("占比").removesuffix("比重")) - len(noun) <= _PART_WORDS


@dataclass
class _Sentence:
    """What the scope rules read of one sentence, once: its batches so far (in order), where its class nouns are
    printed and where it first names a whole place or a county."""

    lo: int
    batches: list[Batch] = field(default_factory=list)
    nouns_at: list[int] = field(default_factory=list)
    place_at: int = -1  # where the sentence first names a whole place or a county; -1 none
    joints_at: list[int] = field(default_factory=list)  # where it prints 、 (a list's joint)
    renamed: dict[str, str] = field(default_factory=dict)  # a label scoped in the sentence → its scoped label

    def named_before(self, label: str) -> str | None:
        """A rate named after an amount scoped earlier in the sentence (人数 → 研学团队人数: 人数增速 → 研学团队人数增速)."""
        return next((new + label[len(old) :] for old, new in self.renamed.items() if label.startswith(old)), None)

    def listed_between(self, lo: int, hi: int) -> bool:
        """Whether a 、 is printed in t[lo:hi]."""
        return bisect_left(self.joints_at, lo) < bisect_left(self.joints_at, hi)

    def own_thing_before(self, lo: int, hi: int) -> bool:
        """Whether a class noun is printed in t[lo:hi] (此次签约的某某研学营地项目…，总投资12亿元: the sentence's own)."""
        k = bisect_left(self.nouns_at, lo)
        return k < len(self.nouns_at) and self.nouns_at[k] < hi


@dataclass
class Scope:
    """The batches an article printed so far, read sentence by sentence (see `read`). `whole`: the words naming a
    whole place (全县, 我市) whose clause is that place's; `article`: the batches of the headline and lead."""

    t: str
    whole: re.Pattern[str]
    article: list[Batch] = field(default_factory=list)
    para_lo: int = -1
    paragraph: list[Batch] = field(default_factory=list)
    spoke_of_whole: bool = False  # a sentence of the paragraph named a whole place: the article's batches are not its
    lead_done: bool = False

    def read(self, s_lo: int, s_hi: int, p_lo: int, raws: list[Raw], got: list[tuple[Figure, FigureEvidence]]
             ) -> list[tuple[Figure, FigureEvidence]]:
        """The sentence t[s_lo:s_hi]'s figures (`got`, one per raw of `raws`) with their scope read; the batches it
        counts noted for later sentences.

        >>> from jdash.figures import extract_figures
        >>> [f.metric for f in extract_figures("全县42个重点工业项目加快建设。1至5月，完成投资31亿元。")]
        ['重点工业项目', '重点工业项目完成投资']
        """
        if p_lo != self.para_lo:
            self._new_paragraph(p_lo)
        if not raws:  # a sentence with no figures only ends what the paragraph's batches scope when it names a place
            if (self.paragraph or self.article and not self.spoke_of_whole) and self._place_at(s_lo, s_hi) >= 0:
                self._note(True, [])
            return got
        s = self._sentence(s_lo, s_hi)
        out = []
        for raw, (fig, ev) in zip(raws, got):
            before = fig.metric
            fig, ev = self._scoped(raw, fig, ev, s)
            if before and fig.metric != before and len(s.renamed) < _KEPT:
                s.renamed[before] = fig.metric or before
            out.append((fig, ev))
            if (batch := batch_printed(self.t, raw, fig)) is not None:
                s.batches.append(batch)
        self._note(s.place_at >= 0, s.batches)
        return out

    def _sentence(self, s_lo: int, s_hi: int) -> _Sentence:
        nouns = [m.start() for m in _noun_pattern().finditer(self.t, s_lo, s_hi)]
        joints = [k for k in range(s_lo, s_hi) if self.t[k] == "、"]
        return _Sentence(s_lo, nouns_at=nouns, place_at=self._place_at(s_lo, s_hi), joints_at=joints)

    def _place_at(self, s_lo: int, s_hi: int) -> int:
        """Where t[s_lo:s_hi] first names a whole place (全县) or a county; -1 when it names none."""
        places = [m.start() for m in [self.whole.search(self.t, s_lo, s_hi)] if m] + [
            s_lo + k for k, _ in county_mentions(self.t[s_lo:s_hi])[:1]]
        return min(places, default=-1)

    def _new_paragraph(self, p_lo: int) -> None:
        if self.para_lo >= 0 and not self.lead_done:
            self.article = (self.article + self.paragraph)[-_KEPT:]  # the lead's batches are the article's
            self.lead_done = True
        self.para_lo, self.paragraph, self.spoke_of_whole = p_lo, [], False

    def _note(self, names_a_place: bool, here: list[Batch]) -> None:
        """A sentence naming a whole place (全县…) ends what the paragraph's batches scope; its own batches go on."""
        if names_a_place:
            self.paragraph, self.spoke_of_whole = [], True
        self.paragraph = (self.paragraph + here)[-_KEPT:]

    def _scoped(self, raw: Raw, fig: Figure, ev: FigureEvidence, s: _Sentence) -> tuple[Figure, FigureEvidence]:
        label = (fig.metric or "").strip(_QUOTES)
        if (priced := price_of_thing(self.t, s.lo, raw, label)) is not None:
            return replace(fig, metric=priced), ev
        if not label or not wants_scope(label):
            return fig, ev
        if fig.kind in _RATE_KINDS and (again := s.named_before(fig.metric or "")):
            return replace(fig, metric=again), ev
        if (bare := self._bare_clause(raw, label, s)) is None:
            return fig, ev
        clause_lo, label_at = bare
        at = self._place(raw, label, fig, clause_lo, s)
        for batch in self._candidates(s, clause_lo, label_at):
            if (scoped := scoped_label(at, batch)) is not None:
                return replace(fig, metric=scoped), ev
        unscoped = batch_measure(label) is not None and not 0 <= s.place_at < raw.start
        return fig, (replace(ev, unscoped=True) if unscoped else ev)

    def _bare_clause(self, raw: Raw, label: str, s: _Sentence) -> tuple[int, int] | None:
        """Where the figure's clause starts and its label is printed in it (the figure itself when it is not), when
        the clause prints no more than the bare label; None when it names a whole place or a county (全县完成投资80亿元),
        its own subject (大桥总投资9亿元), or the sentence names a place after any batch it counts (上半年，全县…，
        完成投资95亿元): the figure is that place's or thing's."""
        reach = max(s.lo, raw.start - _REACH)
        clause_lo = max([reach] + [self.t.rfind(m, reach, raw.start) + 1 for m in _CLAUSE_MARKS])
        if self.whole.search(self.t, clause_lo, raw.start) or _names_a_county(self.t[clause_lo : raw.start]):
            return None
        label_at = self.t.rfind(label, clause_lo, raw.start)
        label_at = label_at if label_at >= 0 else raw.start
        if not _BARE_LEAD.fullmatch(self.t[clause_lo:label_at].strip()):
            return None
        if 0 <= s.place_at < raw.start and (not s.batches or s.place_at > s.batches[-1].end):
            return None
        return clause_lo, label_at

    def _place(self, raw: Raw, label: str, fig: Figure, clause_lo: int, s: _Sentence) -> Place:
        """Where the figure is printed (see Place): a part when its clause opens with 其中 or follows one that is only
        其中 (其中，工业项目24个), or when its batch is printed right before it with 中 (96个市级项目中续建项目35个)."""
        here = s.batches
        lead = self.t[clause_lo : raw.start].lstrip()
        opened = self.t[s.lo : clause_lo].strip("，,： ") in _PART_LEADS
        right_before = bool(here) and self.t.startswith(_WITHIN, here[-1].end) and clause_lo <= here[-1].end
        closes = raw.end >= len(self.t) or self.t[raw.end] in _CLAUSE_MARKS + "。！？!?；\n"
        return Place(label, fig.kind, fig.value, lead.startswith(_PART_LEADS) or opened or right_before, closes)

    def _candidates(self, s: _Sentence, clause_lo: int, label_at: int) -> list[Batch]:
        """The batches a figure may be read within, nearest first: the sentence's, then the paragraph's, then the
        article's; none when the sentence prints a class noun after its last batch, or the batch in the figure's
        clause is the last of a list (9个…项目、24个…项目开工率…: the list is its subject)."""
        after = s.batches[-1].end if s.batches else s.lo
        if s.own_thing_before(after, label_at) or clause_lo < after and s.listed_between(clause_lo, after):
            return []
        sentence = list(reversed(s.batches[-_KEPT:]))
        rest = list(reversed(self.paragraph)) + ([] if self.spoke_of_whole else list(reversed(self.article)))
        return sentence + rest


def batch_printed(t: str, raw: Raw, figure: Figure) -> Batch | None:
    """The batch a count is of (see batch_of_count), ending past its label when that is printed right after the
    count (96个市级项目中: past 市级项目); a count whose label runs on into a measure printed after it is a batch
    up to its class noun (1068个市级重点项目开工率… → 市级重点项目).

    >>> from jdash.figures import extract_figures
    >>> t = "9月底，168个市级重点项目开工率达到96%。"
    >>> batch_printed(t, Raw(4, 8, 8, 168.0, "个", 1.0, None, None), extract_figures(t)[0]).label
    '市级重点项目'
    """
    label = (figure.metric or "").strip(_QUOTES)
    if label and t.startswith(label, raw.end) and class_noun(label):
        return batch_of_count(figure, raw.end + len(label))
    noun = next((n for n in _nouns() if n in label), None) if figure.kind == "count" else None
    ends = [m.end() for m in re.finditer(re.escape(noun), label)] if noun else []
    cut = label[: next((k for k in reversed(ends) if closes_batch(label[k:])), ends[-1])] if ends else ""
    if len(cut) <= len(noun or "") or not t.startswith(cut, raw.end):
        return batch_of_count(figure, _past_noun(t, raw.end, noun or class_noun(label) or ""))
    return batch_of_count(replace(figure, metric=cut), raw.end + len(cut))


def heading_batches(heading: str) -> list[Batch]:
    """The batches a headline counts (某县36个文旅项目集中签约 → 集中签约文旅项目), read as any text's figures.

    >>> [b.label for b in heading_batches("某县36个文旅项目集中签约")]
    ['集中签约文旅项目']
    """
    from jdash.figures import extract_figures

    if not heading or not _DIGIT.search(heading) or not any(n in heading for n in _nouns()):
        return []
    return [b for f in extract_figures(heading) if (b := batch_of_count(f, 0)) is not None][-_KEPT:]


@lru_cache(maxsize=1)
def _bare_price() -> re.Pattern[str]:
    per = alternation_of(read_words("price_measures.txt"))
    return re.compile(rf"([\u4e00-\u9fff]{{0,8}}?)(每(?:{per}))?(?:{alternation_of(read_words('price_words.txt'))})")


@lru_cache(maxsize=1)
def _per_end() -> re.Pattern[str]:
    return re.compile(rf"每(?:{alternation_of(read_words('price_measures.txt'))})$")


@lru_cache(maxsize=1)
def _price_word() -> re.Pattern[str]:
    return re.compile(alternation_of(read_words("price_words.txt")))


def price_of_thing(t: str, s_lo: int, raw: Raw, label: str) -> str | None:
    """A price named by no thing (价格, 每斤价格, 涨到眼下的每斤价格: a price word, data/price_words.txt, after at most
    每 and a measure, data/price_measures.txt, and words that are no thing) is the price of the thing its sentence
    prices before it — the nouns before the last price word printed (本地鲜桃收购价…每斤2元 → 鲜桃收购价每斤) — or of the
    thing one of the _CLAUSES_BACK clauses before its own is about, with the words its own clause prints before its
    price word (外地运来的鲜桃，当初价格仅4元 → 鲜桃当初价格); None when neither is printed.

    >>> from jdash.figures import extract_figures
    >>> [f.metric for f in extract_figures("本地鲜桃收购价已从每斤2元涨到每斤3元。")]
    ['鲜桃收购价每斤', '鲜桃收购价每斤']
    """
    from jdash.figure_clause import topic_of
    from jdash.figure_metric import thing_tail

    bare = _bare_price().fullmatch(label)
    if bare is None or raw.base is None or raw.base.base != "元":
        return None
    if bare.group(1) and not bare.group(1).endswith("的") and thing_tail(bare.group(1)):
        return None  # 西瓜每斤价格: the thing is named
    lo = max(s_lo, raw.start - 2 * _REACH)
    for word in reversed(list(_price_word().finditer(t, lo, raw.start))):
        before = t[lo : word.start()]
        per = _per_end().search(before)  # 大米每公斤售价: the thing is before 每公斤
        if thing := thing_tail(before[: per.start()] if per else before):
            return thing + word.group() + (bare.group(2) or "")  # 鲜桃收购价 + 每斤
    clauses = t[lo : raw.start].split("，")
    thing = next((x for clause in reversed(clauses[-1 - _CLAUSES_BACK : -1]) if (x := topic_of(clause))), None)
    own = _price_word().search(clauses[-1])  # 当初价格仅4元: the clause's words before its price word stay
    lead = clauses[-1][: own.start()] if own and own.start() <= _PRICE_LEAD else ""
    lead = "" if _DIGIT.search(lead) else lead
    return thing + lead + (bare.group(2) or "") + "价格" if thing else None  # 鲜桃 + 当初 + 每斤 + 价格


def _past_noun(t: str, end: int, noun: str) -> int:
    """Past the class noun printed after a count within its clause (36个文旅项目集中签约: past 项目), else `end`."""
    k = t.find(noun, end, end + _LONGEST) if noun else -1
    return k + len(noun) if k >= 0 and not any(m in t[end:k] for m in _CLAUSE_MARKS + "。") else end


def _names_a_county(text: str) -> bool:
    """Whether a clause names a county or zone (泗水县完成投资…): its figure is that place's."""
    return bool(text) and bool(county_mentions(text))
