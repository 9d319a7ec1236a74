"""Issue dates and event dates.

Pages carry no masthead date. The issue date comes from, in order: the corpus's pages.csv,
a date in the file name, or inference from the page itself. Datelines give month and day; the
year is the one that best explains the page's cues (jdash.yearcues reads them, jdash.yearmodel
weighs them), and the page keeps those cues as the evidence for its date. An inferred date is
never presented as certain: its confidence stays below 1; when the cues are too weak the year,
and so the date, is unknown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jdash.confidence import as_percent
from jdash.datafiles import read_words
from jdash.model import Article
from jdash.parse.eventdate import ATTRIBUTION_RE, MONTH_DAY_START_RE, days_before_dateline, lead_date
from jdash.yearcues import Evidence, page_cues
from jdash.yearmodel import YearVerdict, judge, judge_text

_FILENAME_DATE_RES = (
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)"),
    re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"),
)


@dataclass
class PageDate:
    """A page's issue date (ISO, or None), where it came from, how sure, and why."""

    issue_date: str | None = None
    source: str = "unknown"  # pages.csv | filename | inferred | unknown
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)  # `year 2016: …` then each cue, as printed
    # The issue's year: issue_date's, or alone when the page's year is known but no article prints a
    # day (a year-only date: shown and exported as the year, placed in that year, never on 1 January).
    year: int | None = None

    def __post_init__(self) -> None:
        if self.issue_date and self.year is None:
            self.year = int(self.issue_date[:4])

    @property
    def precision(self) -> str:
        """`day`, `year` (the year alone) or `none`."""
        return "day" if self.issue_date else "year" if self.year is not None else "none"


def infer_year(text: str) -> tuple[int | None, float]:
    """The page's year and a confidence in [0, 1): (None, 0.0) when its cues cannot say."""
    verdict = judge_text(text)
    return (verdict.year, verdict.confidence) if verdict.year is not None else (None, 0.0)


def evidence_lines(verdict: YearVerdict) -> list[str]:
    """The verdict as stored with the page: its summary, then each cue for and against.

    >>> evidence_lines(judge_text("纪念红军长征胜利80周年。"))[0]
    'year 2016: 红军长征胜利80周年 (= 2016)'
    """
    lines = [verdict.summary()]
    lines += [e.describe() for e in verdict.evidence]
    lines += [f"against: {e.describe()}" for e in verdict.against]
    return list(dict.fromkeys(lines))


YEAR_ONLY_LABEL = "year only"


def date_label(issue_date: Any, issue_year: Any = None) -> str:
    """An issue date as shown and exported: the day, the year alone when no day is known, or `undated`.

    >>> date_label("2021-09-24", 2021), date_label(None, 2021), date_label(None, None)
    ('2021-09-24', '2021 (year only)', 'undated')
    """
    if issue_date is not None and str(issue_date) not in ("", "NaT", "nan", "<NA>", "None"):
        return str(issue_date)[:10]
    try:
        return f"{int(issue_year)} ({YEAR_ONLY_LABEL})"
    except (TypeError, ValueError):
        return "undated"


def how_dated(date_source: Any, confidence: Any = None) -> str:
    """How a page got its date, in words: `set by the user`, `pages.csv`, `file name`,
    `inferred (confidence 81%)` or `unknown`.

    >>> how_dated("user"), how_dated("inferred", 0.81)
    ('set by the user', 'inferred (confidence 81%)')
    """
    if date_source == "inferred" and as_percent(confidence):
        return f"inferred (confidence {as_percent(confidence)})"
    return {"user": "set by the user", "filename": "file name"}.get(str(date_source), str(date_source or "unknown"))


def reader_date_note(date_source: Any, confidence: Any = None) -> str:
    """What the reader says after an article's issue date about where it came from: nothing for a date
    given by pages.csv or the file name, `date set by the user`, `date inferred (confidence 81%)`, and for
    a page with none that its year is too weakly evidenced (it said `date unknown (confidence 0%)` beside
    a "Why this date" that gives the likeliest year's share, `confidence 46%`).

    >>> reader_date_note("pages.csv", 1.0), reader_date_note("inferred", 0.81), reader_date_note("unknown", 0.0)
    ('', 'date inferred (confidence 81%)', 'year too weakly evidenced to give')
    """
    if date_source in ("pages.csv", "filename"):
        return ""
    if date_source == "user":
        return "date set by the user"
    if date_source == "inferred":
        return f"date {how_dated(date_source, confidence)}"
    return "year too weakly evidenced to give"


def span_end(day: dt.date | None, year: int | None, *, last: bool = False) -> str:
    """The first (or, `last`, the last) issue of a span as shown: its day, or the year alone when a page
    known only to its year lies before (after) that day or in the same year; `—` when neither is known.

    >>> span_end(dt.date(2019, 6, 14), 2016), span_end(dt.date(2019, 6, 14), 2016, last=True), span_end(None, None)
    ('2016', '2019-06-14', '—')
    """
    if year is None:
        return day.isoformat() if day else "—"
    if day is None or (year >= day.year if last else year <= day.year):
        return str(int(year))
    return day.isoformat()


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
    """The month and day of an article's event date, year-less (`--06-24`) or printed with its year."""
    value = article.event_date
    if value and (m := re.fullmatch(r"(?:\d{4})?--?(\d{2})-(\d{2})", value)):
        return int(m.group(1)), int(m.group(2))
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


def _meta_year(meta: Any) -> int | None:
    """The year of a pages.csv row that gives a year alone (`2016`), else None."""
    value = str(getattr(meta, "date", None) or "").strip() if meta is not None else ""
    return int(value) if re.fullmatch(r"\d{4}", value) else None


def _dated(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_dates(articles: list[Article], text: str, source: str, meta: Any = None) -> tuple[str | None, str, float]:
    """Set `issue_date`, `date_source`, `date_confidence` and full `event_date`s on the
    articles; return (issue_date, date_source, confidence) for the page."""
    page = date_page(articles, text, source, meta)
    return page.issue_date, page.source, page.confidence


def date_page(articles: list[Article], text: str, source: str, meta: Any = None,
              extra: Sequence[Evidence] = ()) -> PageDate:
    """Date the page and its articles (see `resolve_dates`); the `PageDate` carries the evidence.
    `extra` cues join the page's own (officials' tenures learned from the corpus: jdash.tenures)."""
    page = _given_date(source, meta) or _inferred_date(articles, text, extra)
    issue = dt.date.fromisoformat(page.issue_date) if page.issue_date else None
    for article in articles:
        _date_article(article, issue, page, meta)
    return page


EARLY_MONTHS = 2  # January and February: the year just ended is still spoken of by its number
IN_EARLY_MONTHS = "in an article of January or February"


def since_in_early_months(cues: Sequence[Evidence], articles: Sequence[Article]) -> list[Evidence]:
    """`2023年以来` in an article of January or February looks back on the year just ended: printed in
    2024 (ten days into 2023 the paper says 今年以来, if anything): the cue becomes ≥ 2024, most
    likely 2024. Other cues are kept as they are.

    >>> a = Article("a", "x.txt", 0, "", None, "news", "2023年以来，全县新增企业50家。", event_date="--01-10")
    >>> [c.describe() for c in since_in_early_months(page_cues(a.body), [a])]
    ['2023年以来 in an article of January or February (≥ 2024)']
    """
    early = _early_bodies(articles)
    return [dataclasses.replace(c, year=c.year + 1, profile="soon", text=f"{c.text} {IN_EARLY_MONTHS}")
            if early and c.profile == "since" and any(c.text in body for body in early) else c for c in cues]


def _early_bodies(articles: Sequence[Article]) -> list[str]:
    """The flattened text of each article whose event is in January or February."""
    return [re.sub(r"\s+", "", f"{a.headline}{a.body}") for a in articles
            if (md := _event_month_day(a)) and md[0] <= EARLY_MONTHS]


def named_events_in_early_months(cues: Sequence[Evidence], articles: Sequence[Article]) -> list[Evidence]:
    """An event named with its year (`2023中国·济宁研学旅行创新发展大会`) in an article of January or
    February is as likely one held the year before, looked back on: the cue becomes ≥ 2023, as likely
    2024 as 2023.

    >>> a = Article("a", "x.txt", 0, "", None, "news", "举办2023济宁文化旅游博览会。", event_date="--01-22")
    >>> [c.describe() for c in named_events_in_early_months(page_cues(a.body), [a])]
    ['2023济宁文化旅游博览会 in an article of January or February (≥ 2023)']
    """
    early = _early_bodies(articles)
    return [dataclasses.replace(c, relation=">=", profile="result", text=f"{c.text} {IN_EARLY_MONTHS}")
            if early and c.rule == "named event" and any(c.text in body for body in early) else c for c in cues]


# An article dated this many days or more before the page's newest is of another issue's time.
OLDER_ARTICLE_DAYS = 60
# The most a year may be trusted when every cue that decided it is in such an older article.
OLDER_ARTICLE_CONFIDENCE = 0.8


def one_older_article(verdict: YearVerdict, articles: Sequence[Article]) -> YearVerdict:
    """A year decided only by cues of one article dated months before the page's newest article
    (`2012年总投资…` in a February report, the other reports of May to December printing no year) is
    that article's year; the page, dated by its newest article, may be a later year's: the confidence
    falls to OLDER_ARTICLE_CONFIDENCE at most, and the page's evidence says why.

    >>> old = Article("a", "x.txt", 0, "", None, "news", "“十二五”的第二年。力争到2012年底建成。", event_date="--02-20")
    >>> new = Article("b", "x.txt", 1, "", None, "news", "全县召开大会。", event_date="--12-25")
    >>> one_older_article(judge(page_cues(old.body)), [old, new]).confidence
    0.8
    """
    decisive = verdict.decisive()
    dated = [(a, md) for a in articles if (md := _event_month_day(a))]
    if not decisive or len(dated) < 2 or verdict.confidence <= OLDER_ARTICLE_CONFIDENCE:
        return verdict
    flats = {a.id: re.sub(r"\s+", "", f"{a.headline}{a.body}") for a, _ in dated}
    holders = {a.id for a, _ in dated if any(c.text in flats[a.id] for c in decisive)}
    newest = max(_day_of_year(md) for _, md in dated)
    if len(holders) != 1 or any(c.text not in flats[next(iter(holders))] for c in decisive):
        return verdict
    (older, md), = [(a, md) for a, md in dated if a.id in holders]
    if newest - _day_of_year(md) < OLDER_ARTICLE_DAYS:
        return verdict
    why = f"only one article, of {md[0]}月{md[1]}日, gives the year; the page's newest is months later"
    return dataclasses.replace(verdict, confidence=OLDER_ARTICLE_CONFIDENCE, caveat=why)


def _day_of_year(md: tuple[int, int]) -> int:
    """A month and day as a day count (months of 31 days: for distances, not dates)."""
    return md[0] * 31 + md[1]


LEAD_DATE_WEIGHT = 0.85
CAPTION_DATE_WEIGHT = 0.6


def printed_lead_dates(articles: Sequence[Article], text: str) -> list[Evidence]:
    """An event date printed with its year later in a lead (`仲夏六月，水美虾肥。2022年6月18日，…开幕`)
    or opening a photo caption (`2011年8月15日，…双双通车`): the page was printed days after it: the
    year is ≥ 2022, most often 2022 (a date in December: as likely the year after). A caption's date is
    weaker evidence, of a year past or present alike: an old photo may be shown again. A lead opening with
    its full date after the dateline is read from the page's text already (`jdash.yearcues.dated_lead`).

    >>> a = Article("a", "x.txt", 0, "", None, "photo", "2011年8月15日，大桥正式通车。")
    >>> [c.describe() for c in printed_lead_dates([a], a.body)]
    ['2011年8月15日 (≥ 2011)']
    """
    flat = re.sub(r"\s+", "", text)
    found = []
    for article in articles:
        dated = _printed_event_date(article)
        if dated is None:
            continue
        year, month, day = dated
        said = f"{year}年{month}月{day}日"
        if article.kind == "photo":  # a photo of long ago may be shown again (`1984年9月22日，首届…开幕`)
            found.append(Evidence(">=", year, CAPTION_DATE_WEIGHT, said, "caption date", max(flat.find(said), 0)))
        else:
            found.append(Evidence(">=", year, LEAD_DATE_WEIGHT, said, "lead date", max(flat.find(said), 0),
                                  profile="result" if month == 12 else "soon"))
    return found


def _printed_event_date(article: Article) -> tuple[int, int, int] | None:
    """The year, month and day of a news article's event date printed with its year, or of the full
    date a photo caption opens with."""
    if article.kind == "photo":
        m = MONTH_DAY_START_RE.match(re.sub(r"\s+", "", article.body))
        return (int(m.group("year")), int(m.group("month")), int(m.group("day"))) if m and m.group("year") else None
    if article.event_date and (m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", article.event_date)):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return None if told_an_event_before(article.body, f"{year}年{month}月{day}日") else (year, month, day)
    return None


@lru_cache(maxsize=1)
def _event_verbs_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in read_words("event_verbs.txt")))


def told_an_event_before(body: str, said: str) -> bool:
    """Whether the lead tells of an event (召开, 举行, 开幕 …: jdash/data/event_verbs.txt) before the full date
    `said`: `全县召开大会。2009年6月12日，老厂房拆除` dates a history, not the page; a scene set first
    (`仲夏六月，水美虾肥。2022年6月18日，…开幕`) does not.

    >>> told_an_event_before("全县召开大会。2009年6月12日，老厂房拆除。", "2009年6月12日")
    True

    The lead's source named first (`据某某新闻报道，2019年4月16日，…`) tells of no event, whatever words its name holds:
    >>> told_an_event_before("据某某新闻报道，2019年4月16日，市长到企业调研。", "2019年4月16日")
    False
    """
    flat = re.sub(r"\s+", "", body)
    at = flat.find(said)
    source = ATTRIBUTION_RE.match(flat)
    return at > 0 and _event_verbs_re().search(flat, source.end() if source else 0, at) is not None


def page_verdict(articles: Sequence[Article], text: str, extra: Sequence[Evidence] = ()) -> YearVerdict:
    """The page's year from its cues, read with its articles' datelines (`since_in_early_months`,
    `named_events_in_early_months`, `one_older_article`, `printed_lead_dates`), and `extra` cues (tenures)."""
    cues = named_events_in_early_months(since_in_early_months(page_cues(text), articles), articles)
    return one_older_article(judge([*cues, *printed_lead_dates(articles, text), *extra], page_months(articles)), articles)


def page_months(articles: Sequence[Article]) -> frozenset[int]:
    """The months a page may be of: its latest datelined event's month (the issue follows it: an older event
    may be reported later, never a newer one) and the months beside it (a term's month is only as sure as its
    source); year-less event dates only (a date printed with its year may be an old event's). None when no
    article gives a date or the dates span a new year (December events in a January issue).

    >>> page_months([Article("a", "x", 0, "某", None, "news", "某。", event_date="--06-12")])
    frozenset({5, 6, 7})
    """
    said = {md[0] for a in articles if (a.event_date or "").startswith("--") and (md := _event_month_day(a))}
    if not said or (min(said) <= 2 and max(said) >= 11):
        return frozenset()
    latest = max(said)
    return frozenset(m for m in (latest - 1, latest, latest + 1) if 1 <= m <= 12)


def _given_date(source: str, meta: Any) -> PageDate | None:
    """The date the corpus gives: its pages.csv row, else the file name."""
    if meta_date := _meta_date(meta):
        return PageDate(meta_date.isoformat(), "pages.csv", 1.0, [f"pages.csv: {meta_date.isoformat()}"])
    if year := _meta_year(meta):  # the year alone: a year-only date
        return PageDate(None, "pages.csv", 1.0, [f"pages.csv: {year} ({YEAR_ONLY_LABEL})"], year=year)
    if file_date := date_from_filename(source):
        return PageDate(file_date.isoformat(), "filename", 1.0, [f"file name: {source}"])
    return None


def _inferred_date(articles: list[Article], text: str, extra: Sequence[Evidence] = ()) -> PageDate:
    """The issue date from the page's year and its datelines: the day after the latest dated event
    (datelines report the day before the paper comes out). A page with both January and December
    datelines is a new-year issue: its December events belong to the year before."""
    verdict = page_verdict(articles, text, extra)
    evidence = evidence_lines(verdict) if verdict.evidence or verdict.against else []
    month_days = _printed_month_days(articles)
    if verdict.year is None:
        return PageDate(evidence=evidence)
    if not month_days:  # the year is known, no day: a year-only date
        return PageDate(None, "inferred", round(verdict.confidence * 0.9, 2), evidence, year=verdict.year)
    spans_new_year = any(m <= 2 for m, _ in month_days) and any(m >= 11 for m, _ in month_days)
    latest = max(month_days, key=lambda md: (md[0] <= 2 if spans_new_year else 0, md))
    latest_date = _dated(verdict.year, *latest)
    if latest_date is None:
        return PageDate(None, "inferred", round(verdict.confidence * 0.9, 2), evidence, year=verdict.year)
    issue = latest_date + dt.timedelta(days=1)
    return PageDate(issue.isoformat(), "inferred", round(verdict.confidence * 0.9, 2), evidence)


def _printed_month_days(articles: Sequence[Article]) -> list[tuple[int, int]]:
    """Each article's event month and day, else a date later in the lead of an article with no dateline (a
    feature's `树影斑驳，7月27日正午，…`: no event date, since only a datelined report has one, but the page was
    printed after it)."""
    found = [_event_month_day(a) or (lead_date(printed_lead(a)) if a.event_date is None and a.kind != "photo" else None)
             for a in articles]
    return [md for md in found if md]


def printed_lead(article: Article) -> str:
    """The article's lead: its first paragraph, or its body up to `lead_end` where the printed lines ended the lead
    (a page printed with no blank line between paragraphs: `jdash.parse.article.with_printed_lead`).

    >>> printed_lead(Article("a", "x.txt", 0, "", None, "feature", "稻香四溢。10月8日，…", lead_end=5))
    '稻香四溢。'
    """
    return article.body[:article.lead_end] if article.lead_end else article.body.split("\n\n", 1)[0]


def day_of_issue_month(event: str, issue: dt.date | None) -> str | None:
    """A day printed without its month (`---05`: `5日上午，…`) as a date: in the issue's month, or the month before
    when that day is still to come on the issue date (`28日` in an issue of 2 March: 28 February); None when no
    issue date is known (a year alone places no day).

    >>> day_of_issue_month("---05", dt.date(2024, 3, 7)), day_of_issue_month("---28", dt.date(2024, 3, 2))
    ('2024-03-05', '2024-02-28')
    >>> day_of_issue_month("---05", None)
    """
    if issue is None:
        return None
    day = int(event[3:])
    this_month = _dated(issue.year, issue.month, day)
    if this_month is not None and this_month <= issue:
        return this_month.isoformat()
    before = issue.replace(day=1) - dt.timedelta(days=1)
    last_month = _dated(before.year, before.month, day)
    return last_month.isoformat() if last_month else None


PREVIEW_DAYS = 31  # an event dated up to this many days after its issue is a preview of the issue's year


def event_in_issue_year(month: int, day: int, issue: dt.date) -> dt.date | None:
    """A month and day printed in an issue, as a date: in the issue's year, or the year before when that would put
    it more than `PREVIEW_DAYS` after the issue (a December event in a January issue looks back; `1月20日` in an
    issue of 5 January is a preview). None for a day its year lacks (29 February).

    >>> event_in_issue_year(12, 30, dt.date(2016, 1, 2)), event_in_issue_year(1, 20, dt.date(2016, 1, 5))
    (datetime.date(2015, 12, 30), datetime.date(2016, 1, 20))
    """
    limit = issue + dt.timedelta(days=PREVIEW_DAYS)
    looks_back = limit.year == issue.year and (month, day) > (limit.month, limit.day)
    return _dated(issue.year - 1 if looks_back else issue.year, month, day)


def _date_article(article: Article, issue: dt.date | None, page: PageDate, meta: Any) -> None:
    if (article.event_date or "").startswith("---") and issue is not None:
        article.event_date = day_of_issue_month(article.event_date, issue)
    md = _event_month_day(article) if (article.event_date or "").startswith("--") else None  # a printed year stays
    if md and (issue or page.year is not None):
        # With the year alone (given), that year.
        full = event_in_issue_year(*md, issue) if issue else _dated(int(page.year or 0), *md)
        # 本报济宁3月1日讯 昨天，… : the day before the dateline's.
        article.event_date = (full - dt.timedelta(days=days_before_dateline(article.body))).isoformat() if full else None
    # A month and day without any year stay year-less (`--06-24`), a day without its month with no issue date
    # month-less (`---05`): no date in the tables (their date column holds none), but a year or a day the user gives
    # later places them (jdash.corrections).
    article.issue_date = issue.isoformat() if issue else None
    article.issue_year = page.year
    article.date_source = page.source
    article.date_confidence = page.confidence
    if meta is not None:
        article.page = getattr(meta, "page", None) or article.page
        article.paper = getattr(meta, "paper", None) or article.paper
