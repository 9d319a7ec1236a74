"""Regression sets: pages written by engineers who never saw the parser (tests/heldout*/, tests/final/):
other counties, people, years, widths and encodings, with those engineers' golden annotations.
Each set was blind when it arrived (its first-contact figures are in docs/ACCURACY.md); the code was
tuned on their errors since, so these scores guard against regressions and do not measure accuracy
on unseen pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdash.evaluate import score_corpus

HERE = Path(__file__).resolve().parent
SETS = [d for d in sorted([*HERE.glob("heldout*"), HERE / "final"])
        if (d / "golden").is_dir() and any((d / "golden").glob("*.json"))]


@pytest.mark.parametrize("heldout", SETS, ids=lambda d: d.name)
def test_heldout_pages_meet_the_parse_targets(heldout):
    score = score_corpus(heldout / "golden", heldout / "pages")
    print(score.report())
    assert score.headlines_right >= 0.97 * score.real_total, score.report()
    assert not score.spurious and not score.banners_as_articles, score.report()
    assert score.dates_right == score.dated_total, score.report()
    assert score.years_right == len(score.pages), score.report()
    assert score.reporter_precision >= 0.95 and score.reporter_recall >= 0.95, score.report()


def test_there_is_a_heldout_set():
    assert SETS, "tests/heldout*/ holds the blind pages the parser is measured on"
