"""The records jdash produces: plain, typed dataclasses with no behaviour beyond (de)serialising.

Every stage is text in, records out. The parser fills the article fields; the entity stage
(`jdash.enrich`) fills `counties`, `primary_county`, `topics`, `keywords`, `officials`,
`persons` and `figures`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

# Article kinds, as the parser assigns them.
KINDS = ("news", "editorial", "commentary", "interview", "feature", "photo", "notice")

# How an issue date was found, best first.
DATE_SOURCES = ("user", "pages.csv", "filename", "inferred", "unknown")


@dataclass(frozen=True)
class Reporter:
    """A person credited for an article: 记者, 通讯员, 评论员, 摄影 (photo) or author."""

    name: str
    role: str  # "记者" | "通讯员" | "摄影" | "作者" | "编辑"


@dataclass(frozen=True)
class OfficialMention:
    """One official as they appear in one article."""

    name: str
    titles: tuple[str, ...] = ()
    level: str = "other"  # national | province | city | county | other
    organisation: str | None = None
    confidence: float = 1.0  # 0..1, how surely this is an official of these titles (jdash.confidence)
    corrected_by: str | None = None  # who added or changed it by hand (jdash.corrections), e.g. "user"
    corrected_at: str | None = None  # when (ISO time, UTC)


@dataclass(frozen=True)
class PersonMention:
    """A named non-official (entrepreneur, villager, expert) with the role printed beside them."""

    name: str
    role: str | None = None


@dataclass(frozen=True)
class Figure:
    """A number with a unit, and what it measures, as stated in one sentence."""

    value: float  # as printed (35.9 for 35.9亿元)
    unit: str  # as printed (亿元, %, 个, 亩 …)
    normalised_value: float | None  # in base units (元, 人 …) where the unit scales
    base_unit: str | None
    metric: str | None  # phrase it measures as printed (营收)
    canonical_metric: str | None  # mapped (营业收入)
    kind: str  # amount | rate | share | count
    subject: str | None  # 44家助企攀登企业
    county: str | None
    period: str | None  # 1至6月份, 前三季度, 今年以来, 2021年
    approx: str | None  # 超 余 近 多 约 …
    sentence: str  # the source sentence, or at most ~200 printed characters of it around the figure
    confidence: float = 1.0  # 0..1: known canonical metric, unit and county score high, junk labels low
    target: bool = False  # stated as a goal (力争/预计/目标 …), not a result (jdash.figures.is_target)
    corrected_by: str | None = None  # who changed it by hand (jdash.corrections), e.g. "user"
    corrected_at: str | None = None  # when (ISO time, UTC)


@dataclass
class Article:
    """One article on one page."""

    id: str  # stable: derived from the page's content hash and the article's order
    source: str  # file name of the page
    order: int  # 0-based position on the page
    headline: str
    subheadline: str | None
    kind: str
    body: str  # wrapping undone; paragraphs separated by "\n\n"
    dateline_place: str | None = None  # 济宁, 嘉祥 … from 本报X讯
    event_date: str | None = None  # ISO date of the event, when the page says it (`--MM-DD`: no year known)
    # Where the lead ends in `body` when only the printed lines show it (a page printed with no blank line between
    # paragraphs: jdash.parse.article.with_printed_lead); None when the first paragraph is the lead.
    lead_end: int | None = None
    issue_date: str | None = None  # ISO date of the paper's issue
    # The issue's year whenever it is known: with issue_date, its year; without (a page whose year is
    # known but where no article prints a day), the year alone — never a made-up day.
    issue_year: int | None = None
    date_source: str = "unknown"  # one of DATE_SOURCES
    date_confidence: float = 0.0  # 1.0 for pages.csv/filename, lower when inferred
    reporters: list[Reporter] = field(default_factory=list)
    continued_to: str | None = None  # "2版C" from （下转2版C）
    column: str | None = None  # column banner or kicker that labels the article
    kicker: str | None = None  # 引题 printed above the headline
    page: str | None = None  # page label from pages.csv, when given
    paper: str | None = None
    # Filled by jdash.enrich:
    counties: list[str] = field(default_factory=list)
    primary_county: str | None = None  # a county, or "全市" for city-wide articles
    topics: list[dict[str, Any]] = field(default_factory=list)  # {"topic": str, "score": float}
    keywords: list[str] = field(default_factory=list)
    officials: list[OfficialMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # Set by jdash.corrections when the user corrected the article, its date or its entities:
    corrected_by: str | None = None
    corrected_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (nested dataclasses become dicts, tuples lists)."""
        return _plain(self)


@dataclass(frozen=True)
class ParseWarning:
    """A file, or part of one, that could not be used, and why."""

    source: str
    reason: str


@dataclass
class PageResult:
    """What one page yields: its articles, and warnings about it."""

    source: str
    content_hash: str
    issue_date: str | None
    date_source: str
    date_confidence: float
    articles: list[Article] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    corrected_by: str | None = None  # who set the page's issue date by hand (jdash.corrections)
    corrected_at: str | None = None
    # Why the page has its date: `year 2016: …` and each cue (jdash.dates.evidence_lines), or where
    # the date was given (`pages.csv: …`, `file name: …`, `set by the user: …`).
    date_evidence: list[str] = field(default_factory=list)
    issue_year: int | None = None  # the issue's year when known, even without a day (Article.issue_year)


_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}  # a dataclass's field names; None: no dataclass


def _plain(value: Any) -> Any:
    """`value` as JSON-ready data: what `dataclasses.asdict` gives with tuples made lists, without its
    deep copies (a build writes every article this way: asdict was 8 % of a page's time).

    >>> _plain(PersonMention("王强", None)), _plain(("a", {"k": (1,)}))
    ({'name': '王强', 'role': None}, ['a', {'k': [1]}])
    """
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind not in _FIELD_NAMES:
        _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None
    names = _FIELD_NAMES[kind]
    atoms = _ATOMS  # an atom is taken as it is, without a call (most of an article's values are atoms)
    if names is not None:
        return {name: v if type(v) in atoms else _plain(v) for name in names for v in (getattr(value, name),)}
    if isinstance(value, dict):
        return {k: v if type(v) in atoms else _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [v if type(v) in atoms else _plain(v) for v in value]
    return value
