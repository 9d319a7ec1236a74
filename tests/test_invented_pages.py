"""Invented pages that are harder on people, places and article splitting (tests/invented/README.md):
every headline, reporter, official and primary county right, no banner or caption taken for an article,
and no company or hospital person taken for an official."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from entity_eval import enriched, evaluate_heldout, find_article

from jdash.evaluate import score_corpus

INVENTED = Path(__file__).resolve().parent / "invented"
GOLDEN = sorted((INVENTED / "golden").glob("*.json"))


def test_articles_headlines_and_reporters_are_all_right():
    score = score_corpus(INVENTED / "golden", INVENTED / "pages")
    assert score.headlines_right == score.real_total, score.report()
    assert not score.spurious and not score.banners_as_articles, score.report()
    assert score.reporter_precision == score.reporter_recall == 1.0, score.report()
    assert score.kinds_right == score.real_total, score.report()


def test_officials_and_primary_counties_are_all_right():
    score = evaluate_heldout(INVENTED)
    assert score.precision == score.recall == 1.0, score.misses
    assert score.county_accuracy == 1.0 and score.level_accuracy == 1.0, score.misses


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_no_person_is_taken_for_an_official(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    articles = enriched(INVENTED / "pages" / gold["source"])
    for ga in gold["articles"]:
        if ga.get("headline") and ga.get("persons"):
            found = find_article(articles, ga["headline"])
            assert found is not None and not set(ga["persons"]) & {m.name for m in found.officials}
