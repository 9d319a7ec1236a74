"""bench.replicate: a built store and its corpus copied ×N make a store jdash opens, counts and
rebuilds like any other (no timings)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pyarrow.compute as pc
import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.corpus import change_page, write_corpus
from bench.replicate import replicate
from jdash import parts, store, views
from jdash.engine import SUMMARY_TABLES, Engine
from jdash.filters import Filters

COPIES = 3


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("replicate")
    write_corpus(5, root / "corpus", seed=11)
    store.build([root / "corpus"], root / "store")
    result = replicate(root / "store", root / "corpus", root / "big", root / "bigcorpus", COPIES)
    return root, result


def _table(store_dir: Path, name: str, columns: list[str]):
    return parts.read_table(store.generation_dir(store_dir), name, columns)


def test_counts_are_multiplied_and_ids_unique(built):
    root, result = built
    engine = Engine.open(root / "big")
    small = Engine.open(root / "store")
    for table in ("articles", "officials", "figures", "pages", "terms"):
        n = small.scalar(f"SELECT count(*) FROM {table}")
        assert engine.scalar(f"SELECT count(*) FROM {table}") == COPIES * n
    assert result["articles"] == COPIES * small.scalar("SELECT count(*) FROM articles") > 0
    assert engine.scalar("SELECT count(DISTINCT id) FROM articles") == result["articles"]
    assert engine.scalar("SELECT count(DISTINCT _key) FROM pages") == result["pages"]
    assert engine.scalar("SELECT count(DISTINCT source) FROM pages") == result["pages"]
    # Every entity row names an article of the store.
    assert engine.scalar("SELECT count(*) FROM officials WHERE article_id NOT IN (SELECT id FROM articles)") == 0


def test_copy_zero_keeps_its_ids_and_later_copies_move_by_years(built):
    root, _ = built
    old = _table(root / "store", "articles", ["id", "issue_date"])
    new = _table(root / "big", "articles", ["id", "issue_date", "source", "issue_year"])
    first = new.filter(pc.starts_with(new.column("source"), "c00/"))
    assert first.column("id").to_pylist() == old.column("id").to_pylist()  # ids as the pipeline makes them
    last = new.filter(pc.starts_with(new.column("source"), f"c{COPIES - 1:02d}/"))
    years = [d.year for d in old.column("issue_date").to_pylist() if d]
    assert [d.year for d in last.column("issue_date").to_pylist() if d] == [y + COPIES - 1 for y in years]


def test_the_replicated_store_holds_the_summaries_a_build_counts(built):
    """Each part's summaries, of this code's SQL: the dashboard sums them (as on a built store), and they give
    what a scan of the copied rows gives."""
    root, _ = built
    summed, scanned = Engine.open(root / "big"), Engine.open(root / "big")
    scanned.summaries_version = None
    assert views.summed(summed, *SUMMARY_TABLES) and not views.summed(scanned, "sum_head")
    for view in (views.overview, views.counties):
        left, right = view(summed, Filters()), view(scanned, Filters())
        assert left.articles == right.articles > 0
        pd.testing.assert_frame_equal(left.table if view is views.counties else left.top_counties,
                                      right.table if view is views.counties else right.top_counties)


def test_the_replicated_store_is_sound_and_a_build_over_its_corpus_parses_nothing(built):
    root, result = built
    assert store.verify(root / "big") == []
    report = store.build([root / "bigcorpus"], root / "big")
    assert (report.parsed, report.reused, report.articles) == (0, result["pages"], result["articles"])


def test_one_changed_page_is_parsed_alone(built, tmp_path):
    root, result = built
    page = sorted((root / "bigcorpus" / "c01").rglob("*.txt"))[0]
    change_page(page)
    report = store.build([root / "bigcorpus"], root / "big")
    assert (report.parsed, report.reused) == (1, result["pages"] - 1)
