"""Parse accuracy against hand-checked golden annotations (tests/golden/articles/*.json).

Run `python -m jdash.evaluate [GOLDEN_DIR] [PAGES_DIR]` to print the figures reported in the
notes; the tests assert the same figures against the issue's targets.
`python -m jdash.evaluate --years [GOLDEN_DIR PAGES_DIR …]` prints how often the year inferred from
a page's text is right per confidence band (default: the seeds and every held-out set).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from jdash.dates import page_verdict, resolve_dates
from jdash.model import Article
from jdash.parser import parse_page
from jdash.textio import decode_page, normalise_text
from jdash.yearmodel import MIN_CONFIDENCE

REAL_KINDS = {"news", "editorial", "commentary", "interview", "feature"}


def norm(text: str | None) -> str:
    """Compare titles without whitespace or punctuation differences."""
    return re.sub(r"[\s\u3000·•.,，、:：;；!！?？\"'“”‘’《》（）()—\-]+", "", text or "")


def parse_text(text: str, source: str) -> list[Article]:
    """Parse and date one page's normalised text (no entity stage)."""
    articles = parse_page(text, source)
    resolve_dates(articles, text, source, None)
    return articles


@dataclass
class PageScore:
    source: str
    real_total: int = 0
    headlines_right: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    banners_as_articles: list[str] = field(default_factory=list)
    dated_total: int = 0
    dates_right: int = 0
    date_errors: list[str] = field(default_factory=list)
    year_right: bool = False
    issue_date_right: bool = False
    reporters_expected: int = 0
    reporters_found: int = 0
    reporters_correct: int = 0
    reporter_sets_right: int = 0
    kinds_right: int = 0
    kind_errors: list[str] = field(default_factory=list)


def score_page(golden: dict, articles: list[Article]) -> PageScore:
    """Compare one page's parse with its golden annotation."""
    score = PageScore(golden["source"])
    by_headline = {norm(a.headline): a for a in articles}
    matched_ids: set[str] = set()
    for expected in golden["articles"]:
        if not expected.get("real", True):
            _match_non_article(expected, articles, matched_ids)
            continue
        score.real_total += 1
        found = by_headline.get(norm(expected["headline"]))
        if found is None or found.id in matched_ids:
            score.missed.append(expected["headline"])
            continue
        matched_ids.add(found.id)
        _score_article(score, expected, found)
    # An article found with a wrong headline is a miss, not an extra article: only parsed articles
    # beyond the golden ones missed are spurious (a banner or fragment counted as an article).
    unmatched = [a.headline for a in articles if a.id not in matched_ids and a.kind in REAL_KINDS]
    score.spurious = unmatched[len(score.missed):]
    score.banners_as_articles = banners_as_articles(golden.get("not_articles", []), articles)
    issue = articles[0].issue_date if articles else None
    year = articles[0].issue_year if articles else None  # a year-only date counts: the year is what is judged
    score.year_right = year is not None and year == golden["year"]
    score.issue_date_right = issue == golden.get("issue_date")
    return score


def _match_non_article(expected: dict, articles: list[Article], matched_ids: set[str]) -> None:
    """Photos and notes are kept as what they are: match them by kind and credits."""
    for article in articles:
        if article.kind == expected["kind"] and article.id not in matched_ids \
                and [r.name for r in article.reporters] == expected.get("reporters", []):
            matched_ids.add(article.id)
            return


def _score_article(score: PageScore, expected: dict, found: Article) -> None:
    """Kind, event date and reporters of an article found with its golden headline."""
    score.headlines_right += 1
    if found.kind == expected["kind"]:
        score.kinds_right += 1
    else:
        score.kind_errors.append(f"{expected['headline']}: {found.kind} ≠ {expected['kind']}")
    if "event_date" in expected:
        score.dated_total += 1
        placed = None if (found.event_date or "").startswith("--") else found.event_date  # year-less: no date
        if placed == expected["event_date"]:
            score.dates_right += 1
        else:
            score.date_errors.append(f"{expected['headline']}: {placed} ≠ {expected['event_date']}")
    want = expected["reporters"]
    got = [r.name for r in found.reporters]
    score.reporters_expected += len(want)
    score.reporters_found += len(got)
    score.reporters_correct += len(set(want) & set(got))
    score.reporter_sets_right += int(sorted(want) == sorted(got))


def banners_as_articles(banners: list[str], articles: list[Article]) -> list[str]:
    """Banners that became an article: an article's headline or body is (a piece of) the banner;
    a real headline that merely names the same campaign (全市“两学一做”学习教育推进会议召开) is not. A photo
    caption the annotator listed here and the parse kept as a photo (or a notice) did not become an article:
    only articles of the real kinds count."""
    found = []
    for banner in banners:
        flat = norm(banner)
        for article in (a for a in articles if a.kind in REAL_KINDS):
            headline, body = norm(article.headline), norm(article.body)
            if flat and ((headline and headline in flat) or headline == flat or (body and body in flat)):
                found.append(banner)
    return found


def _total(name: str) -> property:
    """A corpus-wide sum of one PageScore count (`year_right` sums to the pages with the right year)."""
    return property(lambda self: sum(getattr(p, name) for p in self.pages), doc=f"sum of pages' {name}")


def _joined(name: str) -> property:
    """A corpus-wide list: one PageScore list after another."""
    return property(lambda self: [s for p in self.pages for s in getattr(p, name)], doc=f"pages' {name}")


@dataclass
class CorpusScore:
    pages: list[PageScore]

    real_total = _total("real_total")
    headlines_right = _total("headlines_right")
    spurious = _joined("spurious")
    banners_as_articles = _joined("banners_as_articles")
    dates_right = _total("dates_right")
    dated_total = _total("dated_total")
    years_right = _total("year_right")
    issue_dates_right = _total("issue_date_right")
    reporter_sets_right = _total("reporter_sets_right")
    kinds_right = _total("kinds_right")

    def _sum(self, name: str) -> int:
        return sum(getattr(p, name) for p in self.pages)

    @property
    def reporter_precision(self) -> float:
        found = self._sum("reporters_found")
        return self._sum("reporters_correct") / found if found else 1.0

    @property
    def reporter_recall(self) -> float:
        expected = self._sum("reporters_expected")
        return self._sum("reporters_correct") / expected if expected else 1.0

    def report(self) -> str:
        lines = [
            f"headlines right      {self.headlines_right}/{self.real_total}",
            f"spurious articles    {len(self.spurious)} {self.spurious}",
            f"banners as articles  {len(self.banners_as_articles)} {self.banners_as_articles}",
            f"event dates right    {self.dates_right}/{self.dated_total}",
            f"years right          {self.years_right}/{len(self.pages)}",
            f"issue dates right    {self.issue_dates_right}/{len(self.pages)} (inferred: day after the latest dateline)",
            f"reporters P/R        {self.reporter_precision:.3f}/{self.reporter_recall:.3f}"
            f" (exact sets {self.reporter_sets_right}/{self.headlines_right})",
            f"kinds right          {self.kinds_right}/{self.headlines_right}",
        ]
        for page in self.pages:
            for problem in page.missed + page.date_errors + page.kind_errors:
                lines.append(f"  {page.source}: {problem}")
        return "\n".join(lines)


def load_golden(golden_dir: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(golden_dir.glob("*.json"))]


def score_corpus(golden_dir: Path, pages_dir: Path, transform=None) -> CorpusScore:
    """Parse every annotated page (optionally transformed first) and score it."""
    scores = []
    for golden in load_golden(golden_dir):
        path = pages_dir / golden["source"]
        text = normalise_text(decode_page(path.read_bytes(), path.name))
        if transform is not None:
            text = transform(text)
        scores.append(score_page(golden, parse_text(text, golden["source"])))
    return CorpusScore(scores)


# ----------------------------------------------------------------------------- year calibration

# Confidence bands of the calibration table, highest first; below the last the year is unknown.
BANDS = tuple(sorted({0.9, 0.7, MIN_CONFIDENCE}, reverse=True))


@dataclass(frozen=True)
class YearCheck:
    """One page's inferred year (from its text alone, file name ignored) against its golden year."""

    source: str
    golden: int
    year: int | None
    confidence: float
    best: int | None = None  # the likeliest year, also when too weak to be given


def year_checks(golden_dir: Path, pages_dir: Path) -> list[YearCheck]:
    """The year inferred from each annotated page's text, with its confidence."""
    checks = []
    for golden in load_golden(golden_dir):
        path = pages_dir / golden["source"]
        text = normalise_text(decode_page(path.read_bytes(), path.name))
        verdict = page_verdict(parse_page(text, path.name), text)
        checks.append(YearCheck(golden["source"], golden["year"], verdict.year, verdict.confidence, verdict.best))
    return checks


def article_year_checks(golden_dir: Path, pages_dir: Path) -> list[YearCheck]:
    """The year inferred from each article of each annotated page alone (its headline and body): far
    weaker evidence than a whole page, so the lower confidence bands get filled."""
    checks = []
    for golden in load_golden(golden_dir):
        path = pages_dir / golden["source"]
        for article in parse_page(normalise_text(decode_page(path.read_bytes(), path.name)), path.name):
            verdict = page_verdict([article], f"{article.headline}\n{article.body}")
            checks.append(YearCheck(f"{golden['source']}#{article.order}", golden["year"], verdict.year,
                                    verdict.confidence, verdict.best))
    return checks


def calibration(checks: list[YearCheck]) -> list[tuple[str, int, int]]:
    """(band, pages, right) per confidence band, then (`unknown`, pages, likeliest year right) for
    pages given no year (those with no cue at all count as not right).

    >>> calibration([YearCheck("a", 2016, 2016, 0.95), YearCheck("b", 2017, 2016, 0.6)])[0]
    ('≥ 0.9', 1, 1)
    """
    rows, upper = [], None
    for low in BANDS:
        band = [c for c in checks if c.year is not None and c.confidence >= low and (upper is None or c.confidence < upper)]
        label = f"≥ {low}" if upper is None else f"{low}–{upper}"
        rows.append((label, len(band), sum(c.year == c.golden for c in band)))
        upper = low
    unknown = [c for c in checks if c.year is None]
    rows.append(("unknown", len(unknown), sum(c.best == c.golden for c in unknown)))
    return rows


def calibration_report(checks: list[YearCheck]) -> str:
    """The calibration table (Markdown) and every wrong or unknown year."""
    lines = ["| confidence | pages | year right | share right |", "|---|---|---|---|"]
    for band, pages, right in calibration(checks):
        share = f"{right / pages:.0%}" if pages else "—"
        said = f"(likeliest year right: {right})" if band == "unknown" else str(right)
        lines.append(f"| {band} | {pages} | {said} | {share if band != 'unknown' else '—'} |")
    lines += [f"- wrong: {c.source}: {c.year} (confidence {c.confidence:.2f}), golden {c.golden}"
              for c in checks if c.year is not None and c.year != c.golden]
    return "\n".join(lines)


def regression_sets(root: Path) -> list[tuple[Path, Path]]:
    """(golden, pages) folders of the seeds and of every held-out set in `root`/tests."""
    tests = root / "tests"
    sets = [(tests / "golden" / "articles", root / "seeds")]
    sets += [(d / "golden", d / "pages") for d in sorted([*tests.glob("heldout*"), tests / "final"]) if (d / "golden").is_dir()]
    return sets


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parent.parent
    if args[:1] == ["--years"]:
        pairs = list(zip(map(Path, args[1::2]), map(Path, args[2::2]))) or regression_sets(root)
        print("Pages:\n" + calibration_report([c for golden, pages in pairs for c in year_checks(golden, pages)]))
        print("\nEach article alone:\n" + calibration_report(
            [c for golden, pages in pairs for c in article_year_checks(golden, pages)]))
        return 0
    golden_dir = Path(args[0]) if args else root / "tests" / "golden" / "articles"
    pages_dir = Path(args[1]) if len(args) > 1 else root / "seeds"
    print(score_corpus(golden_dir, pages_dir).report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
