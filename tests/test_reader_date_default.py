"""The reader's page-date control makes up no date: for an undated page its box starts empty and the
button waits for a date (it started at today's date, and one click stored it as the page's issue date);
a page known only to its year keeps its year alone. Invented page."""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dash_fixtures import ROOT, dashboard_on, store_of_pages
from jdash.store import load_corpus

UNDATED = ("本报讯（记者 周七）今天上午，全县春季农业生产现场会召开，部署春耕备播工作。\n\n"
           "春季农业生产现场会召开\n")


@pytest.fixture
def store(tmp_path):
    return store_of_pages(tmp_path, {"page.txt": UNDATED})


def test_an_undated_page_gets_no_made_up_date(store, monkeypatch):
    art = load_corpus(store).articles.iloc[0]
    assert pd.isna(art["issue_date"]) and pd.isna(art["issue_year"])  # the page is undated
    with dashboard_on(monkeypatch, store):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["article"] = art["id"]
        at.run()
        at.switch_page("pages/articles.py").run()
        assert not at.exception, [e.message for e in at.exception]
        assert at.date_input(key="cx_date").value is None
        assert at.button(key="cx_date_set").disabled
