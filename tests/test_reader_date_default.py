"""The reader's page-date control makes up no date: for an undated page its box starts empty (it started at
today's date, and one click stored it as the page's issue date), and a click before a date is typed says
so; one click sets a date typed into the empty box (the button was disabled until the box lost focus, so
that first click was lost); a page known only to its year keeps its year alone. Invented page."""

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
        # The button is never disabled: a date typed into the empty box reaches the app only when the box
        # loses focus, and the click that takes the focus away was lost on the disabled button. A click
        # with the box still empty says what is missing and stores nothing.
        assert not at.button(key="cx_date_set").disabled
        at.button(key="cx_date_set").click().run()
        assert any("Pick the issue date first" in x.value for x in at.warning), [x.value for x in at.warning]
        assert pd.isna(load_corpus(store).articles.iloc[0]["issue_date"])
        # The typed date and the click arrive in one rerun, as the browser sends them: one click sets it.
        at.date_input(key="cx_date").set_value(pd.Timestamp("2020-04-11").date())
        at.button(key="cx_date_set").click().run()
        assert not at.exception, [e.message for e in at.exception]
        art = load_corpus(store).articles.iloc[0]
        assert (str(art["issue_date"].date()), art["date_source"]) == ("2020-04-11", "user")
