"""The dashboard's shared filters, and their life in a URL query string.

`parse_params` turns untrusted query parameters into a `Filters` value plus a list of notices
for every value it ignored; it never raises. `Filters.to_params` goes the other way, so a
filtered view can be bookmarked and shared:

    ?county=泗水县&county=嘉祥县&topic=制造强市/助企攀登&start=2022-01-01&end=2022-06-30&q=算力中心

Each list parameter may be repeated or comma-separated (`,` `，` `、`). Names may be given in a
short form when it matches exactly one known value (`county=泗水` → 泗水县).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

# Query parameter name → Filters field.
LIST_PARAMS = {"county": "counties", "topic": "topics", "official": "officials"}
DATE_PARAMS = ("start", "end")
# `dated=`: articles by how their issue date is known (a year too weak to give leaves a page undated).
DATED = {"undated": "no issue date", "year": "year only (no day printed)", "inferred": "date inferred from the page",
         "given": "date given (file name, pages.csv or the user)"}
PARAM_NAMES = (*LIST_PARAMS, *DATE_PARAMS, "q", "dated")

MAX_VALUES = 50  # per list parameter
MAX_QUERY_CHARS = 200
MIN_YEAR, MAX_YEAR = 1900, 2100

_SPLIT = re.compile(r"[,，、;；]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_DATE_FORMS = (
    re.compile(r"^(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
    re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日?$"),
    re.compile(r"^(?P<y>\d{4})(?:[-/.]|年)(?P<m>\d{1,2})月?$"),
    re.compile(r"^(?P<y>\d{4})年?$"),
)


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the corpus to. Empty fields mean 'no restriction'."""

    start: date | None = None
    end: date | None = None
    counties: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()
    q: str = ""
    dated: str = ""  # "" (all) or a key of DATED

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def replace(self, **changes) -> Filters:
        """A copy with some fields changed; list fields accept any iterable of str."""
        for name in ("counties", "topics", "officials"):
            if name in changes:
                changes[name] = tuple(dict.fromkeys(changes[name] or ()))
        return replace(self, **changes)

    def to_params(self) -> dict[str, str | list[str]]:
        """Query parameters for this value (repeated parameters as lists; empty fields left out)."""
        params: dict[str, str | list[str]] = {}
        for param, name in LIST_PARAMS.items():
            values = getattr(self, name)
            if values:
                params[param] = list(values)
        if self.start:
            params["start"] = self.start.isoformat()
        if self.end:
            params["end"] = self.end.isoformat()
        if self.q:
            params["q"] = self.q
        if self.dated:
            params["dated"] = self.dated
        return params

    def whole_years(self) -> tuple[int | None, int | None]:
        """The first and last years that lie wholly within the date range (None: no bound). An
        article known only to its year is kept when its whole year is in the range: a filter on
        June 2021 cannot say a page of '2021' belongs to June.

        >>> Filters(start=date(2021, 1, 1), end=date(2022, 6, 30)).whole_years()
        (2021, 2021)
        """
        first = None if self.start is None else self.start.year + (self.start.timetuple().tm_yday > 1)
        last = None if self.end is None else self.end.year - (self.end != date(self.end.year, 12, 31))
        return first, last

    def key(self) -> tuple:
        """A hashable, canonical form (for caches and change detection)."""
        return (self.start, self.end, self.counties, self.topics, self.officials, self.q, self.dated)

    def describe(self) -> str:
        """A short human-readable summary, e.g. for captions and file names."""
        parts = []
        if self.start or self.end:
            parts.append(f"{self.start or '…'} – {self.end or '…'}")
        for name in ("counties", "topics", "officials"):
            parts.extend(getattr(self, name))
        if self.q:
            parts.append(f"“{self.q}”")
        if self.dated:
            parts.append(DATED[self.dated])
        return " · ".join(parts) or "all articles"


@dataclass
class ParseResult:
    filters: Filters
    notices: list[str] = field(default_factory=list)


def split_values(raw: str | Sequence[str] | None) -> list[str]:
    """Repeated and/or comma-separated values → a de-duplicated list of non-empty strings."""
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            continue
        for part in _SPLIT.split(_CONTROL.sub("", item)):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def match_option(value: str, options: Iterable[str]) -> str | None:
    """`value` itself if it is an option, else the single option it is a prefix of, else None."""
    options = list(options)
    if value in options:
        return value
    folded = value.casefold()
    exact = [o for o in options if o.casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    prefixed = [o for o in options if o.startswith(value)]
    if len(prefixed) == 1 and len(value) >= 2:
        return prefixed[0]
    return None


def parse_date(value: str, *, end: bool = False) -> date | None:
    """`2022-05-07`, `20220507`, `2022/5/7`, `2022年5月7日`, `2022-05` or `2022` → a date.

    Month and year forms give the first day (or, with `end=True`, the last). None when invalid.
    """
    value = _CONTROL.sub("", value).strip()
    for form in _DATE_FORMS:
        m = form.match(value)
        if not m:
            continue
        parts = m.groupdict()
        y = int(parts["y"])
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        mo = int(parts.get("m") or (12 if end else 1))
        if not 1 <= mo <= 12:
            return None
        if parts.get("d") is not None:
            d = int(parts["d"])
        else:
            d = calendar.monthrange(y, mo)[1] if end else 1
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class TypedRange:
    """Issue dates as typed in the sidebar: the bounds to apply and what is wrong, if anything."""

    start: date | None
    end: date | None
    problems: tuple[str, ...] = ()
    inverted: bool = False


def parse_range(start: str | None, end: str | None) -> TypedRange:
    """Typed `From` and `To` boxes → a `TypedRange`. An empty box is an open bound; a box that is
    not a date is left open and named in `problems`; an end before the start is `inverted`: it is
    said, never swapped silently, and neither bound applies.

    >>> parse_range("2023-01-01", "2022-06").problems
    ('The end (2022-06-30) is before the start (2023-01-01): no issue date can fall in that range. Fix one of them.',)
    """
    bounds: dict[str, date | None] = {}
    problems: list[str] = []
    for name, raw in (("start", start), ("end", end)):
        text = _CONTROL.sub("", raw or "").strip()
        bounds[name] = parse_date(text, end=name == "end") if text else None
        if text and bounds[name] is None:
            problems.append(f"“{_short(text)}” is not a date: use YYYY-MM-DD (or 2022/5/7, 2022年5月7日, 2022-05, 2022).")
    if bounds["start"] and bounds["end"] and bounds["start"] > bounds["end"]:
        problems.append(f"The end ({bounds['end']}) is before the start ({bounds['start']}): no issue date can fall "
                        "in that range. Fix one of them.")
        return TypedRange(None, None, tuple(problems), inverted=True)
    return TypedRange(bounds["start"], bounds["end"], tuple(problems))


def _first(raw: str | Sequence[str] | None) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        return raw
    raw = [r for r in raw if isinstance(r, str)]
    return raw[-1] if raw else None


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[:limit] + "…"


def parse_params(
    params: Mapping[str, str | Sequence[str]],
    *,
    counties: Iterable[str] | None = None,
    topics: Iterable[str] | None = None,
    officials: Iterable[str] | None = None,
) -> ParseResult:
    """Untrusted query parameters → `Filters` and notices about what was ignored. Never raises.

    When the known `counties`/`topics`/`officials` are given, other values are ignored with a
    notice (short forms that match exactly one known value are accepted). Parameters other
    than the filter ones are left alone: pages own them.
    """
    notices: list[str] = []
    known = {"counties": counties, "topics": topics, "officials": officials}
    chosen: dict[str, tuple[str, ...]] = {}
    for param, name in LIST_PARAMS.items():
        values = split_values(params.get(param))
        if len(values) > MAX_VALUES:
            notices.append(f"Only the first {MAX_VALUES} `{param}` values are used ({len(values)} given).")
            values = values[:MAX_VALUES]
        options = known[name]
        if options is not None:
            options = list(options)
            kept, ignored = [], []
            for v in values:
                hit = match_option(v, options)
                (kept.append(hit) if hit else ignored.append(v))
            if ignored:
                shown = "、".join(_short(v) for v in ignored[:5]) + ("…" if len(ignored) > 5 else "")
                notices.append(f"Ignored `{param}` {shown}: not in the corpus.")
            values = kept
        chosen[name] = tuple(dict.fromkeys(values))

    dates: dict[str, date | None] = {}
    raws: dict[str, str] = {}
    for param in DATE_PARAMS:
        raw = _first(params.get(param))
        dates[param] = None
        if raw is None or not raw.strip():
            continue
        parsed = parse_date(raw, end=param == "end")
        if parsed is None:
            notices.append(f"Ignored `{param}={_short(raw)}`: not a date (use YYYY-MM-DD).")
        dates[param], raws[param] = parsed, raw
    if dates["start"] and dates["end"] and dates["start"] > dates["end"]:
        notices.append("`start` was after `end`: the two were swapped.")
        # Each value read in its new role: start=2020&end=2016 is 2016-01-01 … 2020-12-31 (swapping the
        # parsed days gave 2016-12-31 … 2020-01-01, all of 2016 and 2020 but a day left out).
        dates["start"], dates["end"] = parse_date(raws["end"]), parse_date(raws["start"], end=True)

    q = _CONTROL.sub("", _first(params.get("q")) or "").strip()
    if len(q) > MAX_QUERY_CHARS:
        notices.append(f"The search text was cut to {MAX_QUERY_CHARS} characters.")
        q = q[:MAX_QUERY_CHARS]

    dated = _dated_param(params.get("dated"), notices)
    filters = Filters(start=dates["start"], end=dates["end"], q=q, dated=dated, **chosen)
    return ParseResult(filters, notices)


def _dated_param(raw: str | Sequence[str] | None, notices: list[str]) -> str:
    """The `dated` parameter: a key of DATED, else "" with a notice.

    >>> _dated_param("Undated", []), _dated_param("someday", [])
    ('undated', '')
    """
    dated = (_first(raw) or "").strip().lower()
    if dated and dated not in DATED:
        notices.append(f"Ignored `dated={_short(dated)}`: use one of {', '.join(DATED)}.")
        return ""
    return dated


def parse_choice(raw: str | Sequence[str] | None, options: Iterable[str], *, name: str) -> tuple[str | None, list[str]]:
    """A page's own single-valued parameter (`metric`, `term` …) checked against its options."""
    value = _first(raw)
    if value is None or not value.strip():
        return None, []
    hit = match_option(value.strip(), options)
    if hit is None:
        return None, [f"Ignored `{name}={_short(value)}`: not one of the known values."]
    return hit, []
