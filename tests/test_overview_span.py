"""The Overview's first and last issue take pages known only to their year into account: a corpus
whose earliest page is known only as 2016 starts in 2016, not at its first dated day. Invented pages."""

from __future__ import annotations

import pytest

from jdash import views
from jdash.engine import Engine
from jdash.filters import Filters

from dash_fixtures import ROOT, dashboard_on, store_of_pages
from test_year_only import DAY, YEAR_ONLY

# The year-only page (2016) comes before both dated pages.
PAGES = {"year.txt": YEAR_ONLY, "2017-03-02_p1.txt": DAY.replace("6月3日", "3月1日"),
         "2018-06-04_p1.txt": DAY}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return store_of_pages(tmp_path_factory.mktemp("span"), PAGES)


def test_the_overview_span_starts_at_the_year_of_a_year_only_page(store):
    eng = Engine.open(store)
    try:
        view = views.overview(eng, Filters())
    finally:
        eng.close()
    assert (view.first_label, view.last_label) == ("2016", "2018-06-04")
    assert view.year_only >= 1


def test_the_overview_page_shows_the_year_and_counts_year_only_apart_from_inferred(store, monkeypatch):
    from streamlit.testing.v1 import AppTest

    with dashboard_on(monkeypatch, store):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
        assert not at.exception, [e.message for e in at.exception]
        metrics = {m.label: m.value for m in at.metric}
        assert (metrics["First issue"], metrics["Last issue"]) == ("2016", "2018-06-04")
        captions = " ".join(str(c.value) for c in at.get("caption"))
        assert "are known only to their year (no day printed)" in captions
        assert "(1 of them known only" not in captions
