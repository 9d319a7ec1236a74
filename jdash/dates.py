"""Issue dates and event dates.

Pages carry no masthead date. The issue date comes from, in order: the corpus's pages.csv,
a date in the file name, or inference from the page itself. Datelines give month and day;
the year is inferred from the years the page mentions and how it mentions them:

- a plain mention (`2021年集团全日制招生达到9842人`) says the current year is at least that year;
- an annual review (`表扬2021年度表现突出的集体`) says it is at least the year after;
- a forward-looking mention (`2025年底前`, `力争…2022年完成上市`, `到2035年`) says it is at most
  that year.

The year chosen is the smallest year that contradicts the fewest mentions. An inferred date is
never presented as certain: its confidence stays below 1.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from jdash.model import Article
from jdash.yearcues import knowledge_cues

_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*(?:[-—－~～至到]\s*((?:19|20)\d{2})\s*)?年(?!\s*\d{2,}\s*年)")
_FORWARD_BEFORE_RE = re.compile(r"(?:(?<![达恢复回升降增提])到|(?<![截])至|力争|确保|预计|计划|将于|将在|将|争取|目标|推动|努力|有望|规划|展望|要在|要于|之前|届时)")
_FORWARD_AFTER_RE = re.compile(r"^(?:度)?\s*(?:底前(?!建成|建设|修建|建造|出生|竣工|投用|已)|年底前|前(?![三两一]季度|建成|出生)|以后|将|要|计划|力争|预计|目标|远景|起将|全面建成|基本实现|完成上市)")
_FULL_YEAR_RESULT_RE = re.compile(r"，(?:全[市县区]|我[市县区]|[\u4e00-\u9fff]{2,5}[市县区])?[^，。；]{0,12}?"
                                  r"(?:实现|完成|接待|达到|累计|共计|新增|发放|实施)[^，。；]{0,20}?\d")
_REVIEW_CONTEXT_RE = re.compile(r"(?:表彰|表扬|表现突出|先进|考核|评选|述职|履行|总结|汇报|优秀)")
_FILENAME_DATE_RES = (
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)"),
    re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"),
)


@dataclass(frozen=True)
class YearMention:
    year: int
    context: str  # plain | review | forward
    at: int


def year_mentions(text: str) -> list[YearMention]:
    """Every year the text mentions, with how it is mentioned."""
    flat = re.sub(r"\s+", "", text)
    # Five-year plans, congresses, plenums and anniversaries name the present year (jdash.yearcues).
    context = {"=": "exact", ">=": "plain", "<=": "forward"}
    mentions = [YearMention(e.year, context[e.relation], e.at) for e in knowledge_cues(flat)]
    previous_end = 0
    for m in _YEAR_RE.finditer(flat):
        first = int(m.group(1))
        second = int(m.group(2)) if m.group(2) else None
        # The context before a year stops at the previous year: 到2025年基本完成2000年底前建成的
        # reads forward for 2025, not for 2000.
        before = flat[max(previous_end, m.start() - 14): m.start()]
        previous_end = m.end()
        after = flat[m.end(): m.end() + 6]
        near = flat[max(0, m.start() - 20): m.end() + 20]
        # Only the clause the year sits in counts as its context.
        before = re.split(r"[。；！？，]", before)[-1]
        if second is not None:
            # 2021—2025年: a plan spanning years; its start has begun, its end lies ahead.
            mentions.append(YearMention(first, "plain", m.start()))
            mentions.append(YearMention(second, "forward", m.start()))
            continue
        if _FORWARD_AFTER_RE.match(after) or _FORWARD_BEFORE_RE.search(before):
            context = "forward"
        elif after.startswith("度") and _REVIEW_CONTEXT_RE.search(near):
            context = "review"
        elif (result := _FULL_YEAR_RESULT_RE.match(flat, m.end())) and not before \
                and not re.search(r"预计|有望|将|力争|计划", result.group()):
            # `2012年，全县接待游客38万人次`: a whole year's result, opening its sentence, is
            # reported after that year is over.
            context = "review"
        else:
            context = "plain"
        mentions.append(YearMention(first, context, m.start()))
    return mentions


def infer_year(text: str) -> tuple[int | None, float]:
    """The page's year and a confidence in [0, 1): None when the page mentions no year."""
    mentions = [m for m in year_mentions(text) if 1949 <= m.year <= 2100]
    if not mentions:
        return None, 0.0
    lowest = min(m.year for m in mentions) - (3 if all(m.context == "forward" for m in mentions) else 0)
    highest = max(m.year for m in mentions) + 1
    best_year, best_key = None, None
    for candidate in range(lowest, highest + 1):
        cost = 0
        for m in mentions:
            if m.context == "plain" and m.year > candidate:
                cost += 1
            elif m.context == "review" and m.year + 1 > candidate:
                cost += 1
            elif m.context == "forward" and m.year < candidate:
                cost += 1
            elif m.context == "exact" and m.year != candidate:
                cost += 2
        # Fewest contradictions; then the year the page names as the present most often; then
        # the earliest.
        key = (cost, -_direct_support(mentions, candidate), candidate)
        if best_key is None or key < best_key:
            best_year, best_key = candidate, key
    assert best_year is not None and best_key is not None
    best_cost = best_key[0]
    direct = _direct_support(mentions, best_year)
    if direct == 0:
        confidence = 0.3  # only bounds, nothing that names this year as the present
    else:
        confidence = min(0.9, 0.55 + 0.1 * direct)
    confidence *= len(mentions) / (len(mentions) + best_cost) if best_cost else 1.0
    return best_year, round(confidence, 2)


def _direct_support(mentions: list[YearMention], year: int) -> int:
    return sum(1 for m in mentions if (m.context in ("plain", "exact") and m.year == year)
               or (m.context == "review" and m.year + 1 == year))


def date_from_filename(name: str) -> dt.date | None:
    """A date written in a file name: `2022-05-08…`, `20220508…`, `2022年5月8日…`."""
    for pattern in _FILENAME_DATE_RES:
        for m in pattern.finditer(name):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def _event_month_day(article: Article) -> tuple[int, int] | None:
    value = article.event_date
    if value and value.startswith("--"):
        month, day = value[2:].split("-")[:2]
        return int(month), int(day)
    return None


def _meta_date(meta: Any) -> dt.date | None:
    value = getattr(meta, "date", None) if meta is not None else None
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return date_from_filename(str(value))


def _dated(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_dates(articles: list[Article], text: str, source: str, meta: Any = None) -> tuple[str | None, str, float]:
    """Set `issue_date`, `date_source`, `date_confidence` and full `event_date`s on the
    articles; return (issue_date, date_source, confidence) for the page."""
    month_days = [md for md in (_event_month_day(a) for a in articles) if md]
    issue: dt.date | None = None
    source_kind, confidence = "unknown", 0.0
    meta_date = _meta_date(meta)
    file_date = date_from_filename(source)
    if meta_date:
        issue, source_kind, confidence = meta_date, "pages.csv", 1.0
    elif file_date:
        issue, source_kind, confidence = file_date, "filename", 1.0
    else:
        year, year_confidence = infer_year(text)
        if year is not None and month_days:
            # Datelines report the day before the paper comes out: the issue is the day after
            # the page's latest dated event.
            # A page with both January and December datelines is a new-year issue: its
            # December events belong to the year before.
            spans_new_year = any(m <= 2 for m, _ in month_days) and any(m >= 11 for m, _ in month_days)
            latest = max(month_days, key=lambda md: (md[0] <= 2 if spans_new_year else 0, md))
            latest_date = _dated(year, *latest)
            if latest_date is not None:
                issue = latest_date + dt.timedelta(days=1)
                source_kind, confidence = "inferred", round(year_confidence * 0.9, 2)
    for article in articles:
        md = _event_month_day(article)
        if md and issue:
            year = issue.year - 1 if md[0] > issue.month + 1 else issue.year  # a December event in a January issue
            full = _dated(year, *md)
            article.event_date = full.isoformat() if full else None
        elif md:
            article.event_date = None  # month/day without any year: not a date we can place
        article.issue_date = issue.isoformat() if issue else None
        article.date_source = source_kind
        article.date_confidence = confidence
        if meta is not None:
            article.page = getattr(meta, "page", None) or article.page
            article.paper = getattr(meta, "paper", None) or article.paper
    return (issue.isoformat() if issue else None), source_kind, confidence
