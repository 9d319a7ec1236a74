"""The user's corrections of what the parse got wrong, kept with the store and applied at every build.

A correction is one JSON object on one line of `corrections.jsonl` in the store folder (format in
docs/CORRECTIONS.md):

    {"id": "c-…", "op": "reject_official", "anchor": {"source": "0105.txt", "content_hash": "…",
     "text": "张三", "offset": 812}, "value": null, "was": "张三", "who": "user", "when": "2026-12-01T23:59:00Z"}

An anchor names the page (its source name and content hash) and a piece of the page's text with its
character offset in the page's *article text* (`page_text`: each article's headline and body, in
order). It never names an article id, which a new parser could change: at each build the text is
looked up again (the occurrence nearest the offset wins) and the article holding it is the one
corrected. A page whose text changed so that the anchored text is gone leaves the correction
ORPHANED: listed (`jdash corrections list`, the Articles page), never dropped, never applied elsewhere.

Corrections are applied to `Article` records, in the order they were made, each against the
result of those before it (so a split article can have its headline fixed). An `undo` correction
cancels an earlier one; the file only grows.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import re
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdash.atomicio import atomic_write as _atomic_write
from jdash.dates import day_of_issue_month, event_in_issue_year
from jdash.errors import CorrectionError
from jdash.model import Article, Figure, OfficialMention, PageResult, PersonMention, Reporter

FILE_NAME = "corrections.jsonl"
STATUS_NAME = "corrections-status.json"
WHO = "user"

# op → what its value is (documented in docs/CORRECTIONS.md).
OPS = {
    "set_date": "the page's issue date, YYYY-MM-DD, or its year alone, YYYY",
    "set_headline": "the article's headline",
    "set_kind": "the article's kind (news, editorial, commentary, interview, feature, photo, notice)",
    "merge_previous": "null: the article joins the one before it on the page",
    "split": "the new article's headline, or null; it starts at the anchored paragraph",
    "reject_official": "null: the anchored name is not an official in this article",
    "add_official": "{\"name\": …, \"title\": …}",
    "reject_figure": "null: the anchored figure is not a figure",
    "fix_figure": "{\"metric\"|\"unit\"|\"county\"|\"period\": new value, …}",
    "undo": "null: cancels the correction whose id is the anchor's `correction`",
}
FIGURE_FIELDS = ("metric", "unit", "county", "period")
ANCHOR_CHARS = 30  # how much of a body or sentence an anchor keeps

# Statuses of a correction after a build.
APPLIED, ORPHANED, NO_PAGE, UNDONE = "applied", "orphaned", "page not in store", "undone"


@dataclass(frozen=True)
class Correction:
    """One line of the corrections file."""

    id: str
    op: str
    anchor: dict[str, Any]
    value: Any = None
    was: Any = None  # the value before, for people reading the file
    who: str = WHO
    when: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @property
    def source(self) -> str:
        return str(self.anchor.get("source", ""))


@dataclass
class Outcome:
    """What became of one correction at the last build."""

    correction: Correction
    status: str
    detail: str = ""


# ----------------------------------------------------------------------------- the file


def path_of(store_dir: str | os.PathLike[str]) -> Path:
    return Path(store_dir) / FILE_NAME


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_id() -> str:
    return f"c-{dt.datetime.now(dt.timezone.utc):%Y%m%d%H%M%S}-{uuid.uuid4().hex[:8]}"


def parse_line(line: str, where: str) -> Correction:
    """One line of a corrections file; `CorrectionError` naming `where` if it is not one.

    >>> parse_line('{"id": "c1", "op": "set_date", "anchor": {"source": "a.txt"}, "value": "2020-01-02"}', "x").op
    'set_date'
    """
    try:
        data = json.loads(line)
    except ValueError as err:
        raise CorrectionError(f"{where}: not a JSON object ({err})") from None
    if not isinstance(data, dict):
        raise CorrectionError(f"{where}: not a JSON object")
    known = {f.name for f in dataclasses.fields(Correction)}
    missing = [k for k in ("id", "op", "anchor") if k not in data]
    if missing:
        raise CorrectionError(f"{where}: missing {', '.join(missing)}")
    if data["op"] not in OPS:
        raise CorrectionError(f"{where}: unknown op {data['op']!r} (known: {', '.join(OPS)})")
    if not isinstance(data["anchor"], dict):
        raise CorrectionError(f"{where}: anchor must be an object")
    correction = Correction(**{k: v for k, v in data.items() if k in known})
    _check_value(correction, where)
    return correction


def _check_value(c: Correction, where: str) -> None:
    if c.op == "set_date":
        try:
            _user_date(c.value)
        except ValueError:
            raise CorrectionError(f"{where}: set_date needs a date YYYY-MM-DD or a year YYYY, not {c.value!r}") from None
    elif c.op in ("set_headline", "set_kind") and not (isinstance(c.value, str) and c.value.strip()):
        raise CorrectionError(f"{where}: {c.op} needs a non-empty text value")
    elif c.op == "add_official" and not (isinstance(c.value, dict) and str(c.value.get("name", "")).strip()):
        raise CorrectionError(f"{where}: add_official needs a value with a name")
    elif c.op == "fix_figure" and not (isinstance(c.value, dict) and set(c.value) <= set(FIGURE_FIELDS) and c.value):
        raise CorrectionError(f"{where}: fix_figure needs a value with some of {', '.join(FIGURE_FIELDS)}")
    elif c.op == "undo" and not c.anchor.get("correction"):
        raise CorrectionError(f"{where}: undo needs the anchor's `correction` id")


def read_file(path: str | os.PathLike[str]) -> list[Correction]:
    """Every correction in a corrections file (none if it does not exist)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as err:
        raise CorrectionError(f"{path}: cannot be read ({err})") from None
    return [parse_line(line, f"{path} line {n}") for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def load(store_dir: str | os.PathLike[str]) -> list[Correction]:
    """The store's corrections, oldest first."""
    return read_file(path_of(store_dir))


def dumps(corrections: Iterable[Correction]) -> str:
    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in corrections)


def save(store_dir: str | os.PathLike[str], corrections: Sequence[Correction]) -> None:
    """Replace the store's corrections file, atomically."""
    _atomic_write(path_of(store_dir), dumps(corrections).encode("utf-8"))


def merge_in(existing: Sequence[Correction], incoming: Iterable[Correction]) -> tuple[list[Correction], int]:
    """`existing` plus the `incoming` corrections it does not hold yet (by id); and how many were new."""
    ids = {c.id for c in existing}
    new = [c for c in incoming if c.id not in ids and not ids.add(c.id)]  # type: ignore[func-returns-value]
    return [*existing, *new], len(new)


def effective(corrections: Sequence[Correction]) -> list[Correction]:
    """The corrections no undo cancels, in order (undos themselves excluded)."""
    undone = {c.anchor.get("correction") for c in corrections if c.op == "undo"}
    return [c for c in corrections if c.op != "undo" and c.id not in undone]


# ----------------------------------------------------------------------------- page text and anchors


@dataclass
class PageText:
    """A page's article text: each article's headline and body, in order, with where each starts."""

    ids: list[str]
    text: str
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, articles: Iterable[tuple[str, str | None, str | None]]) -> PageText:
        """From (id, headline, body) triples in page order.

        >>> PageText.of([("a", "标题", "正文。"), ("b", "二", "三")]).text
        '标题\\n正文。\\n\\n二\\n三'
        """
        ids, parts, starts, ends, at = [], [], [], [], 0
        for article_id, headline, body in articles:
            piece = f"{headline or ''}\n{body or ''}"
            ids.append(article_id)
            starts.append(at)
            ends.append(at + len(piece))
            parts.append(piece)
            at += len(piece) + 2
        return cls(ids, "\n\n".join(parts), starts, ends)

    def find(self, text: str, offset: int) -> tuple[int, int] | None:
        """(article index, position) of the occurrence of `text` nearest `offset`, or None."""
        if not text:
            return None
        best: tuple[int, int] | None = None
        at = self.text.find(text)
        while at >= 0:
            if best is None or abs(at - offset) < abs(best[1] - offset):
                best = (self._article_at(at), at)
            at = self.text.find(text, at + 1)
        return best if best and best[0] >= 0 else None

    def _article_at(self, position: int) -> int:
        for index, (start, end) in enumerate(zip(self.starts, self.ends)):
            if start <= position < end:
                return index
        return -1

    def body_start(self, index: int, headline: str | None) -> int:
        return self.starts[index] + len(headline or "") + 1


def page_text_of(articles: Sequence[Article]) -> PageText:
    return PageText.of((a.id, a.headline, a.body) for a in articles)


def anchor_at(page: PageText, source: str, content_hash: str, index: int, text: str, after: int = 0) -> dict:
    """An anchor on `text` inside article `index` (its first occurrence at or after `after` in the article).

    >>> p = PageText.of([("a", "标题", "张三出席。")])
    >>> anchor_at(p, "x.txt", "h", 0, "张三")["offset"]
    3
    """
    start, end = page.starts[index], page.ends[index]
    article_text = page.text[start:end]
    position = article_text.find(text, after)
    if position < 0:
        position = article_text.find(text)
    if not text or position < 0:
        raise CorrectionError(f"{text!r} is not in the article's text: it cannot anchor a correction")
    return {"source": source, "content_hash": content_hash, "text": text, "offset": start + position}


def article_anchor(page: PageText, source: str, content_hash: str, index: int, body: str, headline: str) -> dict:
    """An anchor on an article: the start of its body (its headline when it has no body)."""
    snippet = (body or "").strip()[:ANCHOR_CHARS] or (headline or "").strip()[:ANCHOR_CHARS]
    return anchor_at(page, source, content_hash, index, snippet)


def figure_snippet(article_text: str, sentence: str) -> str:
    """The longest start of a figure's sentence (up to ANCHOR_CHARS) that is in the article's text."""
    sentence = sentence.strip().strip("…")
    for size in range(min(len(sentence), ANCHOR_CHARS), 3, -1):
        for start in range(0, len(sentence) - size + 1, max(1, size // 2)):
            piece = sentence[start:start + size]
            if piece in article_text:
                return piece
    return ""


def make(op: str, anchor: dict[str, Any], value: Any = None, was: Any = None, who: str = WHO) -> Correction:
    """A new correction made now, checked as a line of the file would be.

    >>> make("set_date", {"source": "a.txt", "content_hash": "h"}, "2016-03-05").anchor["source"]
    'a.txt'
    """
    correction = Correction(id=new_id(), op=op, anchor=anchor, value=value, was=was, who=who, when=now())
    if op not in OPS:
        raise CorrectionError(f"unknown op {op!r} (known: {', '.join(OPS)})")
    _check_value(correction, "the new correction")
    return correction


@dataclass
class Anchorer:
    """Makes anchors on one page from its articles as shown: (id, headline, body) in page order."""

    source: str
    content_hash: str
    rows: list[tuple[str, str | None, str | None]]

    def __post_init__(self) -> None:
        self.page = PageText.of(self.rows)

    def _index(self, article_id: str) -> int:
        try:
            return self.page.ids.index(article_id)
        except ValueError:
            raise CorrectionError(f"no article {article_id!r} on {self.source}") from None

    def page_anchor(self) -> dict[str, Any]:
        return {"source": self.source, "content_hash": self.content_hash}

    def article(self, article_id: str) -> dict[str, Any]:
        index = self._index(article_id)
        _, headline, body = self.rows[index]
        return article_anchor(self.page, self.source, self.content_hash, index, body or "", headline or "")

    def official(self, article_id: str, name: str) -> dict[str, Any]:
        index = self._index(article_id)
        body_at = len(self.rows[index][1] or "") + 1
        text = self.page.text[self.page.starts[index]:self.page.ends[index]]
        anchor = (anchor_at(self.page, self.source, self.content_hash, index, name, body_at)
                  if name in text else self.article(article_id))
        return {**anchor, "name": name}

    def figure(self, article_id: str, value: float, unit: str, sentence: str) -> dict[str, Any]:
        index = self._index(article_id)
        text = self.page.text[self.page.starts[index]:self.page.ends[index]]
        snippet = figure_snippet(text, sentence)
        anchor = (anchor_at(self.page, self.source, self.content_hash, index, snippet) if snippet
                  else self.article(article_id))
        return {**anchor, "figure": {"value": float(value), "unit": unit, "sentence": sentence[:80]}}

    def paragraph(self, article_id: str, paragraph: int) -> dict[str, Any]:
        index = self._index(article_id)
        paragraphs = (self.rows[index][2] or "").split("\n\n")
        if not 0 < paragraph < len(paragraphs):
            raise CorrectionError(f"an article can be split only at one of its paragraphs 2..{len(paragraphs)}")
        snippet = paragraphs[paragraph].strip()[:ANCHOR_CHARS]
        after = len(self.rows[index][1] or "") + 1 + len("\n\n".join(paragraphs[:paragraph]))
        return anchor_at(self.page, self.source, self.content_hash, index, snippet, after)


# ----------------------------------------------------------------------------- applying


@dataclass
class _Page:
    """The page being corrected: its articles now, and the page-level date fields."""

    result: PageResult
    articles: list[Article] = field(default_factory=list)

    def text(self) -> PageText:
        return page_text_of(self.articles)


def _stamp(obj: Any, c: Correction) -> Any:
    return dataclasses.replace(obj, corrected_by=c.who or WHO, corrected_at=c.when or None)


def _locate(page: _Page, c: Correction) -> int | None:
    found = page.text().find(str(c.anchor.get("text", "")), int(c.anchor.get("offset", 0) or 0))
    return None if found is None else found[0]


def _user_date(value: Any) -> tuple[dt.date | None, int]:
    """A set_date value: (the day, its year), or (None, the year) for a year alone; ValueError if neither.

    >>> _user_date("2016-03-05"), _user_date("2016")
    ((datetime.date(2016, 3, 5), 2016), (None, 2016))
    """
    text = str(value).strip()
    if re.fullmatch(r"(?:19|20)\d{2}", text):
        return None, int(text)
    day = dt.date.fromisoformat(text)
    return day, day.year


def _op_set_date(page: _Page, c: Correction, _index: int) -> str | None:
    """Every article of the page gets the user's issue date (date_source 'user'), or the user's year
    alone (no day: a year-only date, `issue_year`).

    E.g. value '2016-03-05' on a page inferred as 2019 moves all its articles to 2016-03-05; value
    '2016' gives them the year 2016 and no day.
    """
    new, year = _user_date(c.value)
    said = new.isoformat() if new else str(year)
    for article in page.articles:
        article.event_date = _event_on_user_date(article.event_date, new, year)
        article.issue_date, article.date_source, article.date_confidence = new.isoformat() if new else None, "user", 1.0
        article.issue_year = year
        article.corrected_by, article.corrected_at = c.who or WHO, c.when or None
    page.result.issue_date, page.result.date_source, page.result.date_confidence = new.isoformat() if new else None, "user", 1.0
    page.result.issue_year = year
    page.result.date_evidence = [f"set by the user: {said}",
                                 *(e for e in page.result.date_evidence if not e.startswith("set by the user"))]
    page.result.corrected_by, page.result.corrected_at = c.who or WHO, c.when or None
    return None


def _event_on_user_date(event: str | None, day: dt.date | None, year: int) -> str | None:
    """An article's event date under the user's issue date `day` (or `year` alone): a day printed without its month
    (`---05`, kept when the page's day was unknown) in the issue's month or the month before, others in its year
    (`_event_in_year`); a year alone places no month-less day.

    >>> _event_on_user_date("---05", dt.date(2016, 3, 7), 2016), _event_on_user_date("---05", None, 2016)
    ('2016-03-05', '---05')
    """
    if (event or "").startswith("---"):
        return day_of_issue_month(event, day) if day else event
    return _event_in_year(event, day or dt.date(year, 12, 31))


def _event_in_year(event: str | None, issue: dt.date) -> str | None:
    """An event date moved to the issue's year, or the year before by `dates.event_in_issue_year` (the page
    builder's rule). A year-less event (`--12-30`: the page's year was unknown) is placed the same way.

    >>> _event_in_year("2019-12-30", dt.date(2016, 1, 2)), _event_in_year("--06-24", dt.date(2013, 6, 25))
    ('2015-12-30', '2013-06-24')
    """
    m = re.fullmatch(r"(?:\d{4})?--?(\d{2})-(\d{2})", event or "")
    placed = event_in_issue_year(int(m.group(1)), int(m.group(2)), issue) if m else None
    return placed.isoformat() if placed else event


def _op_set_headline(page: _Page, c: Correction, index: int) -> str | None:
    """The article's headline becomes the value (e.g. '县域经济稳中有进')."""
    page.articles[index] = _stamp(page.articles[index], c)
    page.articles[index].headline = str(c.value).strip()
    return None


def _op_set_kind(page: _Page, c: Correction, index: int) -> str | None:
    """The article's kind becomes the value (e.g. 'commentary')."""
    page.articles[index] = _stamp(page.articles[index], c)
    page.articles[index].kind = str(c.value).strip()
    return None


def _op_merge_previous(page: _Page, c: Correction, index: int) -> str | None:
    """The article's headline and body join the previous article's body; its entities go with them."""
    if index == 0:
        return "the first article on the page has no previous article to join"
    prev, this = page.articles[index - 1], page.articles[index]
    joined = [p for p in (prev.body, this.headline, this.body) if p]
    merged = _stamp(prev, c)
    merged.body = "\n\n".join(joined)
    merged.counties = list(dict.fromkeys([*prev.counties, *this.counties]))
    merged.officials = [*prev.officials, *this.officials]
    merged.persons = [*prev.persons, *this.persons]
    merged.figures = [*prev.figures, *this.figures]
    merged.keywords = list(dict.fromkeys([*prev.keywords, *this.keywords]))
    merged.reporters = list(dict.fromkeys([*prev.reporters, *this.reporters]))
    page.articles[index - 1:index + 1] = [merged]
    return None


def _op_split(page: _Page, c: Correction, index: int) -> str | None:
    """A new article starts at the anchored paragraph; entities go with the half whose text holds them."""
    this = page.articles[index]
    paragraphs = this.body.split("\n\n")
    snippet = str(c.anchor.get("text", ""))
    at = next((i for i, p in enumerate(paragraphs) if snippet and snippet in p), None)
    if at is None or at == 0:
        return "the anchored text does not start a later paragraph of the article"
    first, second = _stamp(this, c), _stamp(this, c)
    first.body, second.body = "\n\n".join(paragraphs[:at]), "\n\n".join(paragraphs[at:])
    second.id = f"{this.id}~{at}"
    second.headline = str(c.value).strip() if c.value else paragraphs[at][:20]
    second.subheadline = second.kicker = second.continued_to = None
    first.continued_to = None
    for part in (first, second):
        part.officials = [m for m in this.officials if m.name in part.body]
        part.persons = [m for m in this.persons if m.name in part.body]
        part.figures = [f for f in this.figures if figure_snippet(part.body, f.sentence)]
        part.counties = [k for k in this.counties if k in part.body]
    page.articles[index:index + 1] = [first, second]
    return None


def _op_reject_official(page: _Page, c: Correction, index: int) -> str | None:
    """The anchored name (e.g. '张三') is no official of this article: its mentions go."""
    article = page.articles[index]
    name = str(c.anchor.get("name") or c.anchor.get("text"))
    kept = [m for m in article.officials if m.name != name]
    if len(kept) == len(article.officials):
        return f"{name} is not among the article's officials"
    page.articles[index] = _stamp(article, c)
    page.articles[index].officials = kept
    return None


def _op_add_official(page: _Page, c: Correction, index: int) -> str | None:
    """A missed official (e.g. {'name': '李四', 'title': '县长'}) is added to the article."""
    from jdash.officials import org_level, title_level

    name, title = str(c.value["name"]).strip(), str(c.value.get("title") or "").strip()
    article = page.articles[index]
    # As the extractor would level them (副市长 is city: org_level, reading a body's name, said "other").
    level = (title_level(title) or org_level(title) if title else None) or "other"
    mention = OfficialMention(name=name, titles=(title,) if title else (), level=level, confidence=1.0,
                              corrected_by=c.who or WHO, corrected_at=c.when or None)
    page.articles[index] = _stamp(article, c)
    page.articles[index].officials = [*[m for m in article.officials if m.name != name], mention]
    return None


def _figure_at(article: Article, c: Correction) -> int | None:
    want = c.anchor.get("figure") or {}
    snippet = str(c.anchor.get("text", ""))
    for i, fig in enumerate(article.figures):
        same = fig.unit == want.get("unit") and abs(fig.value - float(want.get("value", "nan"))) < 1e-9
        if same and (not snippet or snippet in fig.sentence or fig.sentence.strip("…") in snippet):
            return i
    return None


def _edit_figure(page: _Page, c: Correction, index: int, edit: Callable[[Figure], Figure | None]) -> str | None:
    """The anchored figure replaced by `edit`'s answer (None drops it); the article stamped as corrected."""
    article = page.articles[index]
    at = _figure_at(article, c)
    if at is None:
        return "the figure is not among the article's figures"
    edited = edit(article.figures[at])
    page.articles[index] = _stamp(article, c)
    page.articles[index].figures = [*article.figures[:at], *([edited] if edited else []), *article.figures[at + 1:]]
    return None


def _op_reject_figure(page: _Page, c: Correction, index: int) -> str | None:
    """The anchored figure (value, unit, sentence) is dropped from the article."""
    return _edit_figure(page, c, index, lambda fig: None)


def _op_fix_figure(page: _Page, c: Correction, index: int) -> str | None:
    """The anchored figure's metric, unit, county or period become the value's (e.g. {'county': '泗水县'});
    a figure so fixed that it has all of metric, county and period is as sure as the user (`user_fixed`)."""
    changes = {k: (str(v).strip() or None) if v is not None else None for k, v in c.value.items()}
    if "metric" in changes:
        changes["canonical_metric"] = changes["metric"]

    def fixed(fig: Figure) -> Figure:
        new = dataclasses.replace(fig, **changes)
        return _stamp(user_fixed(in_its_unit(new) if new.unit != fig.unit else new), c)

    return _edit_figure(page, c, index, fixed)


def in_its_unit(fig: Figure) -> Figure:
    """A figure whose unit the user changed, with its base unit and normalised value read again from the value and
    that unit (3个 fixed to 亿元 kept base 个 and 3: comparisons and exports had it as 3 of something); a unit jdash
    cannot read leaves both empty.

    >>> fig = Figure(3.0, "亿元", 3.0, "个", "营业收入", "营业收入", "amount", None, "泗水县", None, None, "")
    >>> fixed = in_its_unit(fig); (fixed.normalised_value, fixed.base_unit)
    (300000000.0, '元')
    """
    from decimal import Decimal

    from jdash.figure_read import prepare, read_figures

    read = read_figures(prepare(f"{fig.value:g}{fig.unit or ''}"))
    raw = read[0] if len(read) == 1 and read[0].unit == fig.unit else None
    if raw is None:
        return dataclasses.replace(fig, normalised_value=None, base_unit=None)
    factor = raw.scale * (raw.base.factor if raw.base else 1.0)
    normalised = float(Decimal(str(fig.value)) * Decimal(repr(factor)))
    return dataclasses.replace(fig, normalised_value=normalised, base_unit=raw.base.base if raw.base else None)


def user_fixed(fig: Figure) -> Figure:
    """A figure the user fixed: confidence 1.0 when it has a metric, a county and a period, as an official the
    user adds has (it stayed `uncertain`, left off the Counties page, after the user gave it all three); else
    as it was.

    >>> fig = Figure(3.0, "亿元", 3e8, "元", "营业收入", "营业收入", "amount", None, "泗水县", None, None, "", confidence=0.2)
    >>> user_fixed(fig).confidence, user_fixed(dataclasses.replace(fig, period="2016年")).confidence
    (0.2, 1.0)
    """
    if fig.metric and fig.county and fig.period:
        return dataclasses.replace(fig, confidence=1.0)
    return fig


_OPS: dict[str, Callable[[_Page, Correction, int], str | None]] = {
    "set_date": _op_set_date, "set_headline": _op_set_headline, "set_kind": _op_set_kind,
    "merge_previous": _op_merge_previous, "split": _op_split, "reject_official": _op_reject_official,
    "add_official": _op_add_official, "reject_figure": _op_reject_figure, "fix_figure": _op_fix_figure,
}


def apply_page(result: PageResult, corrections: Sequence[Correction]) -> tuple[PageResult, list[Outcome]]:
    """`result` with `corrections` (those of this page, oldest first) applied; and what became of each.

    `result` is not modified. A correction whose anchored text is gone is ORPHANED and changes nothing.
    """
    page = _Page(copy.deepcopy(result))
    page.articles = page.result.articles
    outcomes = []
    for c in corrections:
        index = 0 if c.op == "set_date" else _locate(page, c)
        if index is None or not page.articles:
            outcomes.append(Outcome(c, ORPHANED, f"{c.anchor.get('text', '')!r} is no longer on the page"))
            continue
        problem = _OPS[c.op](page, c, index)
        outcomes.append(Outcome(c, ORPHANED, problem) if problem else Outcome(c, APPLIED))
    for order, article in enumerate(page.articles):
        article.order = order
    page.result.articles = page.articles
    return page.result, outcomes


def for_page(corrections: Sequence[Correction], source: str, content_hash: str,
             sources: set[str]) -> list[Correction]:
    """The corrections that concern a page: anchored to its name, or to its bytes under a name no longer stored."""
    return [c for c in corrections if c.source == source
            or (c.anchor.get("content_hash") == content_hash and c.source not in sources)]


# ----------------------------------------------------------------------------- records


def article_from_dict(data: dict[str, Any]) -> Article:
    """An `Article` from `Article.to_dict()` (nested records included)."""
    data = dict(data)
    data["reporters"] = [Reporter(**r) for r in data.get("reporters", [])]
    data["officials"] = [OfficialMention(**{**m, "titles": tuple(m.get("titles", ()))})
                         for m in data.get("officials", [])]
    data["persons"] = [PersonMention(**p) for p in data.get("persons", [])]
    data["figures"] = [Figure(**f) for f in data.get("figures", [])]
    known = {f.name for f in dataclasses.fields(Article)}
    return Article(**{k: v for k, v in data.items() if k in known})


def result_to_json(result: PageResult) -> str:
    data = dataclasses.asdict(result)
    data["articles"] = [a.to_dict() for a in result.articles]
    return json.dumps(data, ensure_ascii=False)


def result_from_json(text: str) -> PageResult:
    data = json.loads(text)
    data["articles"] = [article_from_dict(a) for a in data.get("articles", [])]
    from jdash.model import ParseWarning

    data["warnings"] = [ParseWarning(**w) for w in data.get("warnings", [])]
    known = {f.name for f in dataclasses.fields(PageResult)}
    return PageResult(**{k: v for k, v in data.items() if k in known})


# ----------------------------------------------------------------------------- the store's tables

RAW_DIR = "corrections-raw"  # the parse of each corrected page as it was before correction, by page key


def fingerprint(store_dir: str | os.PathLike[str]) -> str:
    """A hash of the store's corrections file ('' without one): the store re-applies when it changes."""
    import hashlib

    try:
        return hashlib.sha256(path_of(store_dir).read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


def apply_to_tables(store_dir: str | os.PathLike[str], tables: dict[str, Any]) -> dict[str, Any]:
    """The store's keyed Arrow tables with the corrections applied to the rows of the pages they concern.

    Only those pages' rows are rebuilt (from the page's uncorrected parse, kept in `corrections-raw/`
    under the page's key); every other row is left as it is. What became of each correction is
    written to the store's status file (`outcomes`).
    """
    from jdash.tables import KEY_COLUMN

    pages = tables["pages"]
    applier = Applier(store_dir, *(pages.column(n).to_pylist() for n in (KEY_COLUMN, "source", "content_hash")))
    out = applier.apply(tables, pages.column(KEY_COLUMN).to_pylist()) if applier.targets else tables
    applier.finish()
    return out


class Applier:
    """The corrections of a whole corpus applied part by part (`jdash.parts` writes a generation so):
    `targets` are the page keys whose rows are rebuilt, `apply` rebuilds those of one part's tables,
    `finish` writes what became of each correction and forgets uncorrected parses no page needs."""

    def __init__(self, store_dir: str | os.PathLike[str], keys: Sequence[str], sources: Sequence[str],
                 hashes: Sequence[str]) -> None:
        self.store = Path(store_dir)
        self.keys = list(keys)
        self.every = load(self.store)
        self.live = effective(self.every)
        known = set(sources)
        self.mine: dict[str, list[Correction]] = {}
        self.targets: set[str] = set()
        raw_dir = self.store / RAW_DIR  # listed once: a look-up per page cost seconds at 100,000s of pages
        kept = {p.name for p in raw_dir.iterdir()} if raw_dir.is_dir() else set()
        for key, source, digest in zip(keys, sources, hashes):
            mine = for_page(self.every, source, digest, known)
            if mine or f"{key}.json" in kept:
                self.mine[key] = mine  # a page corrected before goes back to its parse
                self.targets.add(key)
        self.outcomes: list[Outcome] = []

    def apply(self, tables: dict[str, Any], order: list[str]) -> dict[str, Any]:
        """`tables` (rows of the pages in `order`, keyed) with the target pages' rows rebuilt."""
        replaced: dict[str, dict[str, Any]] = {}
        for key in order:
            if key not in self.targets:
                continue
            raw = _raw_result(self.store, key, tables)
            corrected, page_outcomes = apply_page(raw, [c for c in self.live if c in self.mine[key]])
            self.outcomes += page_outcomes
            replaced[key] = _rows(corrected, key)
        return replace_rows(tables, replaced, order) if replaced else tables

    def finish(self) -> None:
        _forget_raw(self.store, set(self.keys))
        outcomes = list(self.outcomes)
        done = {o.correction.id for o in outcomes}
        undone = {c.anchor.get("correction") for c in self.every if c.op == "undo"}
        outcomes += [Outcome(c, UNDONE if c.id in undone else (APPLIED if c.op == "undo" else NO_PAGE))
                     for c in self.every if c.id not in done]
        write_status(self.store, outcomes)


def _rows(result: PageResult, key: str) -> dict[str, Any]:
    from jdash.tables import results_to_arrow

    return results_to_arrow([result], [key])


def replace_rows(tables: dict[str, Any], replaced: dict[str, dict[str, Any]], order: list[str]) -> dict[str, Any]:
    """`tables` with the rows of the pages in `replaced` (by key) swapped for the given ones, pages in `order`."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from jdash.tables import KEY_COLUMN

    gone = pa.array(sorted(replaced), type=pa.string())
    rank = pa.array(["", *order], type=pa.string())
    out = {}
    for name, table in tables.items():
        kept = table.filter(pc.invert(pc.is_in(table.column(KEY_COLUMN), value_set=gone)))
        parts = [kept, *(rows[name].select(table.column_names).cast(table.schema) for rows in replaced.values())]
        joined = pa.concat_tables(parts).combine_chunks()
        ranks = pc.index_in(joined.column(KEY_COLUMN), value_set=rank)
        # A stable sort keeps each page's rows in their order.
        out[name] = joined.append_column("_rank", ranks).sort_by("_rank").drop_columns(["_rank"])
    return out


def _raw_result(store: Path, key: str, tables: dict[str, Any]) -> PageResult:
    """The page's parse before any correction: kept, or taken from `tables` (then uncorrected) and kept."""
    path = store / RAW_DIR / f"{key}.json"
    try:
        return result_from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        pass
    result = _result_from_tables(key, tables)
    _atomic_write(path, result_to_json(result).encode("utf-8"))
    return result


def _result_from_tables(key: str, tables: dict[str, Any]) -> PageResult:
    import pyarrow.compute as pc

    from jdash.model import ParseWarning
    from jdash.tables import KEY_COLUMN

    def rows(name: str) -> list[dict[str, Any]]:
        table = tables[name]
        return table.filter(pc.equal(table.column(KEY_COLUMN), key)).to_pylist()

    page = rows("pages")[0]
    body_of = {r["id"]: r["body"] for r in rows("articles")}
    articles = []
    for record in rows("records"):
        data = json.loads(record["record"])
        data["body"] = body_of.get(record["article_id"], "")
        articles.append(article_from_dict(data))
    issue = page["issue_date"]
    return PageResult(source=page["source"], content_hash=page["content_hash"],
                      issue_date=issue.date().isoformat() if issue is not None else None,
                      date_source=page["date_source"], date_confidence=page["date_confidence"] or 0.0,
                      articles=articles, warnings=[ParseWarning(w["source"], w["reason"]) for w in rows("warnings")],
                      corrected_by=page.get("corrected_by"), corrected_at=page.get("corrected_at"),
                      date_evidence=list(page.get("date_evidence") or []), issue_year=page.get("issue_year"))


def _forget_raw(store: Path, keys: set[str]) -> None:
    folder = store / RAW_DIR
    if folder.is_dir():
        for path in folder.glob("*.json"):
            if path.stem not in keys:
                path.unlink(missing_ok=True)


# ----------------------------------------------------------------------------- status


def write_status(store_dir: str | os.PathLike[str], outcomes: Sequence[Outcome]) -> None:
    data = [{"id": o.correction.id, "status": o.status, "detail": o.detail} for o in outcomes]
    _atomic_write(Path(store_dir) / STATUS_NAME, json.dumps(data, ensure_ascii=False, indent=0).encode("utf-8"))


def status(store_dir: str | os.PathLike[str]) -> list[Outcome]:
    """Every correction of the store with what became of it at the last build or application
    ('not applied yet' for those made since)."""
    try:
        rows = json.loads((Path(store_dir) / STATUS_NAME).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        rows = []
    by_id = {r["id"]: r for r in rows if isinstance(r, dict) and "id" in r}
    return [Outcome(c, by_id.get(c.id, {}).get("status", "not applied yet"), by_id.get(c.id, {}).get("detail", ""))
            for c in load(store_dir)]


def orphaned(store_dir: str | os.PathLike[str]) -> list[Outcome]:
    """The corrections whose anchor no longer matches the page's text."""
    return [o for o in status(store_dir) if o.status == ORPHANED]
