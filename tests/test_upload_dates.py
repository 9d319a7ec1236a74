"""The upload page lists the uploaded pages with their dates and sets a page's date (issue 10 item 5):
the same `set_date` correction as the reader's, kept with the store, applied again after a rebuild
and shown as set by the user. Invented pages."""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dash_fixtures import ROOT, dashboard_on
from jdash.dates import how_dated
from jdash.store import build, ingest_uploads, load_corpus
from jdash.uploadmeta import stored_digests

UNDATED = ("本报讯（记者 周七）今天上午，全县春季农业生产现场会召开，部署春耕备播工作。\n\n"
           "春季农业生产现场会召开\n")
DATED = ("本报鱼台讯（记者 吴十）今天，全县秋季植树活动启动。\n\n全县秋季植树活动启动\n")


@pytest.fixture
def store(tmp_path):
    store = tmp_path / "store"
    build([], store)
    report = ingest_uploads([("u.txt", UNDATED.encode()), ("2019-10-12_p2.txt", DATED.encode())], store)
    assert sorted(report.added) == ["2019-10-12_p2.txt", "u.txt"]
    return store


def _page(store, source: str) -> pd.Series:
    return load_corpus(store).pages.set_index("source").loc[source]


def _upload_page(monkeypatch, store) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/upload.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_the_stored_uploads_are_found_by_content(store):
    assert len(stored_digests(store)) == 2
    assert set(load_corpus(store).pages["content_hash"]) == set(stored_digests(store))


def test_how_a_page_got_its_date_in_words():
    assert [how_dated("user"), how_dated("pages.csv"), how_dated("filename"), how_dated("inferred", 0.9),
            how_dated("unknown")] == ["set by the user", "pages.csv", "file name", "inferred (confidence 90%)", "unknown"]


def test_the_upload_list_sets_a_pages_date_that_survives_a_rebuild(store, monkeypatch):
    assert pd.isna(_page(store, "u.txt")["issue_date"])
    digest = _page(store, "u.txt")["content_hash"][:12]
    with dashboard_on(monkeypatch, store):
        at = _upload_page(monkeypatch, store)
        listed = at.dataframe[0].value
        assert listed["page"].tolist() == ["2019-10-12_p2.txt", "u.txt"]
        assert listed["how dated"].tolist() == ["file name", "unknown"]
        at.selectbox(key="up_date_page").select("u.txt").run()
        assert at.date_input(key=f"up_date_{digest}").value is None  # no made-up default
        assert not at.button(key=f"up_date_{digest}_set").disabled  # a disabled one lost the first click
        at.button(key=f"up_date_{digest}_set").click().run()
        assert any("Pick the issue date first" in x.value for x in at.warning)
        assert pd.isna(_page(store, "u.txt")["issue_date"])
        at.date_input(key=f"up_date_{digest}").set_value(pd.Timestamp("2018-04-03").date()).run()
        at.button(key=f"up_date_{digest}_set").click().run()
        assert not at.exception, [e.message for e in at.exception]
        assert any("Page date set to 2018-04-03" in s.value for s in at.success)
        assert at.dataframe[0].value.set_index("page").at["u.txt", "how dated"] == "set by the user"
    row = _page(store, "u.txt")
    assert (str(row["issue_date"].date()), row["date_source"]) == ("2018-04-03", "user")
    assert row["date_evidence"][0] == "set by the user: 2018-04-03"
    build([], store)  # a rebuild from the store's uploads keeps the user's date
    row = _page(store, "u.txt")
    assert (str(row["issue_date"].date()), row["date_source"]) == ("2018-04-03", "user")
    art = load_corpus(store).articles.set_index("source").loc["u.txt"]
    assert str(art["issue_date"].date()) == "2018-04-03" and art["date_source"] == "user"


def test_a_year_alone_can_be_set_from_the_upload_list(store, monkeypatch):
    digest = _page(store, "u.txt")["content_hash"][:12]
    with dashboard_on(monkeypatch, store):
        at = _upload_page(monkeypatch, store)
        at.selectbox(key="up_date_page").select("u.txt").run()
        at.date_input(key=f"up_date_{digest}").set_value(pd.Timestamp("2016-01-01").date())
        at.checkbox(key=f"up_date_{digest}_year").check().run()
        at.button(key=f"up_date_{digest}_set").click().run()
        assert not at.exception, [e.message for e in at.exception]
    row = _page(store, "u.txt")
    assert pd.isna(row["issue_date"]) and (int(row["issue_year"]), row["date_source"]) == (2016, "user")


def test_a_users_date_places_the_month_and_day_a_dateline_printed(tmp_path):
    """A page with no year of its own keeps its dateline's month and day year-less; the year the user
    sets gives the article its event date (the day before the issue here), after a rebuild too."""
    from jdash import corrections as C
    from jdash.store import apply_corrections

    store = tmp_path / "store"
    build([], store)
    ingest_uploads([("d.txt", "本报济宁6月24日讯（记者 周七）今天，全市工作会议召开。\n\n全市工作会议召开\n".encode())], store)
    page = load_corpus(store).pages.iloc[0]
    assert pd.isna(load_corpus(store).articles.iloc[0]["event_date"])
    apply_corrections(store, [C.make("set_date", {"source": "d.txt", "content_hash": page["content_hash"]}, "2013-06-25")])
    for _ in range(2):
        art = load_corpus(store).articles.iloc[0]
        assert str(art["event_date"].date()) == "2013-06-24"
        build([], store)
