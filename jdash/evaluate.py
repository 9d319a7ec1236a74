"""Parse accuracy against hand-checked golden annotations (tests/golden/articles/*.json).

Run `python -m jdash.evaluate [GOLDEN_DIR] [PAGES_DIR]` to print the figures reported in the
notes; the tests assert the same figures against the issue's targets.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from jdash.dates import resolve_dates
from jdash.model import Article
from jdash.parser import parse_page
from jdash.textio import decode_page, normalise_text

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
    score.year_right = bool(issue) and int(issue[:4]) == golden["year"]
    score.issue_date_right = issue == golden.get("issue_date")
    return score


def _match_non_article(expected: dict, articles: list[Article], matched_ids: set[str]) -> None:
    """Photos and notes are kept as what they are: match them by kind and credits."""
    for article in articles:
        if article.kind == expected["kind"] and article.id not in matched_ids \
                and [r.name for r in article.reporters] == expected["reporters"]:
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
        if found.event_date == expected["event_date"]:
            score.dates_right += 1
        else:
            score.date_errors.append(f"{expected['headline']}: {found.event_date} ≠ {expected['event_date']}")
    want = expected["reporters"]
    got = [r.name for r in found.reporters]
    score.reporters_expected += len(want)
    score.reporters_found += len(got)
    score.reporters_correct += len(set(want) & set(got))
    score.reporter_sets_right += int(sorted(want) == sorted(got))


def banners_as_articles(banners: list[str], articles: list[Article]) -> list[str]:
    """Banners that became an article: an article's headline or body is (a piece of) the banner;
    a real headline that merely names the same campaign (全市“两学一做”学习教育推进会议召开) is not."""
    found = []
    for banner in banners:
        flat = norm(banner)
        for article in articles:
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


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parent.parent
    golden_dir = Path(args[0]) if args else root / "tests" / "golden" / "articles"
    pages_dir = Path(args[1]) if len(args) > 1 else root / "seeds"
    print(score_corpus(golden_dir, pages_dir).report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
