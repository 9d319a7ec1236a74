"""The reader's corrections in AppTest (ui/correct.py, pages/articles.py), on a copy of the seeds store:
each click writes a correction, the store changes at once, and the page shows it."""

from __future__ import annotations

import datetime as dt
import shutil

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dash_fixtures import ROOT, SEEDS, dashboard_on, seeds_store  # noqa: F401
from jdash import corrections as C
from jdash.store import apply_corrections, load_corpus

APP = str(ROOT / "app.py")


@pytest.fixture
def store(tmp_path, monkeypatch, seeds_store):
    copy = tmp_path / "store"
    shutil.copytree(seeds_store, copy)
    with dashboard_on(monkeypatch, copy):
        yield copy


def reader(article_id: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["article"] = article_id
    at.run()
    at.switch_page("pages/articles.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def leave_reader_for(at: AppTest, page: str, **params: str) -> AppTest:
    """From the reader to another page, with the sidebar's filters `params`; no page may fail."""
    at.query_params.pop("article", None)
    at.query_params.update(params)
    at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def an_article_with_officials_and_figures(store) -> pd.Series:
    c = load_corpus(store)
    ids = set(c.officials["article_id"]) & set(c.figures["article_id"])
    return c.articles.loc[c.articles["id"].isin(ids)].iloc[0]


def test_reject_an_official_from_the_reader(store):
    art = an_article_with_officials_and_figures(store)
    c = load_corpus(store)
    first = c.officials.loc[c.officials["article_id"] == art["id"]].drop_duplicates("name").iloc[0]["name"]
    at = click(reader(art["id"]), "cx_off_rej_0")
    after = load_corpus(store).officials
    assert first not in set(after.loc[after["article_id"] == art["id"], "name"])
    assert any("no longer an official" in x.value for x in at.success)
    assert not any(lbl.proto.label.startswith(first) for lbl in at.get("page_link"))
    assert [o.correction.op for o in C.status(store)] == ["reject_official"]


def test_set_the_page_date_from_the_reader(store):
    art = an_article_with_officials_and_figures(store)
    at = reader(art["id"])
    at.date_input(key="cx_date").set_value(dt.date(2016, 3, 6)).run()
    at = click(at, "cx_date_set")
    c = load_corpus(store)
    page = c.pages.set_index("source").loc[art["source"]]
    assert page["date_source"] == "user" and page["issue_date"] == pd.Timestamp("2016-03-06")
    assert (c.articles.loc[c.articles["source"] == art["source"], "issue_date"] == pd.Timestamp("2016-03-06")).all()
    assert any("date set by the user" in x.value for x in at.caption)
    # The page's corrections are listed in words, not by the file's operation name.
    listed = [x.value.replace("\\", "") for x in at.caption if " · applied · " in x.value]
    assert any(x.startswith("page date → 2016-03-06 · applied · user ") for x in listed), listed
    # The lists mark the date as the user's too (they showed it as any other date).
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["start"] = at.query_params["end"] = "2016-03-06"
    at.run().switch_page("pages/articles.py").run()
    labels = [x.proto.label.replace("\\", "") for x in at.get("page_link")]
    assert any(lbl.startswith("2016-03-06 (set by the user) · ") for lbl in labels), labels
    assert not any("(set by the user)" in lbl and not lbl.startswith("2016-03-06") for lbl in labels)


def test_reject_and_fix_figures_then_undo(store):
    art = an_article_with_officials_and_figures(store)
    n = len(load_corpus(store).figures)
    at = click(reader(art["id"]), "cx_fig_rej_0")
    assert len(load_corpus(store).figures) == n - 1
    at.text_input(key="cx_fig_county_0").set_value("泗水县").run()
    at = click(at, "cx_fig_fix_0")
    figs = load_corpus(store).figures
    fixed = figs.loc[figs["corrected_by"] == "user"]
    assert len(fixed) == 1 and fixed.iloc[0]["county"] == "泗水县"
    assert any("(fixed by the user)" in x.value for x in at.markdown)
    # The page's corrections list says the fix in words (it showed the file's dict: {'county': '泗水县'}).
    fixes = [x.value.replace("\\", "") for x in at.caption if x.value.replace("\\", "").startswith("figure fixed:")]
    assert fixes and "county" in fixes[0] and "→ 泗水县 · applied" in fixes[0] and "{" not in fixes[0], fixes
    rejected = C.load(store)[0]
    at = click(at, f"cx_undo_{rejected.id}")
    assert len(load_corpus(store).figures) == n
    assert {o.correction.id: o.status for o in C.status(store)}[rejected.id] == C.UNDONE


def test_headline_kind_and_added_official(store):
    art = an_article_with_officials_and_figures(store)
    at = reader(art["id"])
    at.text_input(key="cx_headline").set_value("改过的标题").run()
    at = click(at, "cx_headline_set")
    at.selectbox(key="cx_kind").set_value("feature").run()
    at = click(at, "cx_kind_set")
    at.text_input(key="cx_off_name").set_value("王小明").run()
    at.text_input(key="cx_off_title").set_value("县长").run()
    at = click(at, "cx_off_add")
    row = load_corpus(store).articles.set_index("id").loc[art["id"]]
    assert (row["headline"], row["kind"], row["corrected_by"]) == ("改过的标题", "feature", "user")
    assert "王小明" in row["officials"]
    assert at.header[0].value == "改过的标题"


def test_split_and_merge_from_the_reader(store):
    c = load_corpus(store)
    art = c.articles.loc[c.articles["body"].str.count("\n\n") >= 2].iloc[0]
    n = len(c.articles)
    at = reader(art["id"])
    at.text_input(key="cx_split_title").set_value("后半篇").run()
    at = click(at, "cx_split")
    c = load_corpus(store)
    assert len(c.articles) == n + 1 and "后半篇" in set(c.articles["headline"])
    second = c.articles.loc[c.articles["headline"] == "后半篇"].iloc[0]
    at = click(reader(second["id"]), "cx_merge")
    assert len(load_corpus(store).articles) == n
    assert at.query_params["article"] in (art["id"], [art["id"]])


def test_orphaned_corrections_are_listed(store):
    c = load_corpus(store)
    source = c.pages["source"].iloc[0]
    lost = C.make("reject_official", {"source": source, "content_hash": "x", "text": "并不在这一版上的文字",
                                      "offset": 0, "name": "无名氏"})
    apply_corrections(store, [lost])
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("pages/articles.py").run()
    labels = [e.proto.label for e in at.expander]
    assert any(lbl.startswith("Orphaned corrections (1)") for lbl in labels)
    assert any("并不在这一版上的文字" in m.value for m in at.markdown)


def test_boundaries_say_why_there_is_nothing_to_merge_or_split(store):
    """The first article of a page, one paragraph long, had an 'Article boundaries' heading over nothing."""
    arts = load_corpus(store).articles
    one = arts.loc[(arts["order"] == 0) & ~arts["body"].str.contains("\n\n")].iloc[0]
    at = reader(one["id"])
    assert "First on its page and one paragraph long: nothing to merge or split." in [c.value for c in at.caption]
    assert not [b for b in at.button if b.key in ("cx_merge", "cx_split")]


def test_the_correction_boxes_show_the_open_article_after_moving_to_another(store):
    """Moving from one article to another in the reader (next page, a link) kept the first one's
    headline, kind and page date in the boxes: one click on 'Fix headline' or 'Set page date' would
    have given the second article the first one's headline or its page the other page's date."""
    arts = load_corpus(store).articles
    first = arts.loc[arts["order"] == 0].iloc[0]
    other = arts.loc[(arts["source"] != first["source"]) & (arts["kind"] != first["kind"])].iloc[0]
    at = reader(first["id"])
    at.query_params["article"] = other["id"]
    at.run()
    assert not at.exception
    assert at.text_input(key="cx_headline").value == other["headline"]
    assert at.selectbox(key="cx_kind").value == other["kind"]
    assert at.date_input(key="cx_date").value == other["issue_date"].date()


def test_a_day_typed_for_a_page_known_to_its_year_is_kept_as_a_day(store):
    """A page known only to its year opens with 'year only' ticked; typing 2016-03-15 and clicking
    'Set page date' stored '2016', the day dropped. Typing a day now unticks 'year only'."""
    art = an_article_with_officials_and_figures(store)
    at = reader(art["id"])
    at.date_input(key="cx_date").set_value(dt.date(2016, 1, 1)).run()
    at.checkbox(key="cx_date_year").check().run()
    at = click(at, "cx_date_set")
    assert load_corpus(store).pages.set_index("source").at[art["source"], "issue_year"] == 2016
    at = reader(art["id"])
    assert at.checkbox(key="cx_date_year").value  # known to its year: ticked
    at.date_input(key="cx_date").set_value(dt.date(2016, 3, 15)).run()
    assert not at.checkbox(key="cx_date_year").value
    click(at, "cx_date_set")
    page = load_corpus(store).pages.set_index("source").loc[art["source"]]
    assert page["issue_date"] == pd.Timestamp("2016-03-15") and page["date_source"] == "user"


def test_an_article_without_figures_says_so_under_its_figures_heading(store):
    """An empty 'Figures' heading read as a panel that failed to load."""
    c = load_corpus(store)
    bare = c.articles.loc[~c.articles["id"].isin(set(c.figures["article_id"]))].iloc[0]
    said = [x.value for x in reader(bare["id"]).markdown]
    # The reader's own list keeps its plain heading (and its "None."); the correction panel says why it is empty.
    assert "**Figures**: none found in this article." in said and said.count("**Figures**") == 1
    full = [x.value for x in reader(an_article_with_officials_and_figures(store)["id"]).markdown]
    assert full.count("**Figures**") == 2 and "**Figures**: none found in this article." not in full


def test_a_fixed_figure_is_marked_as_the_users_on_the_counties_page(store):
    """The reader said `(fixed by the user)`, but the Counties page's cards and tables showed the figure as if jdash had
    read it: they say it too."""
    art = an_article_with_officials_and_figures(store)
    at = reader(art["id"])
    for field, value in (("metric", "营业收入"), ("county", "泗水县"), ("period", "2022年上半年"), ("unit", "亿元")):
        at.text_input(key=f"cx_fig_{field}_0").set_value(value).run()
    at = leave_reader_for(click(at, "cx_fig_fix_0"), "pages/counties.py", county="泗水县")
    cards = [x.value for x in at.markdown if "营业收入" in x.value]
    assert all("(fixed by the user)" in c for c in cards), cards  # a card shows it only when it is the county's headline
    tables = [t.value for t in at.dataframe if "figure" in t.value.columns]
    shown = [f for t in tables for f in t["figure"]]
    assert shown and any(f.endswith("(fixed by the user)") for f in shown)
    assert all("(fixed by the user)" not in f for t in tables for f, m in zip(t["figure"], t.get("metric", t["figure"]))
               if "营业收入" not in str(m))


def test_an_official_the_user_added_is_said_so_on_the_network_page(store):
    """The reader said "(added by the user)"; the network's focus on that official showed their titles and
    co-appearances as the parse's."""
    art = an_article_with_officials_and_figures(store)
    at = reader(art["id"])
    at.text_input(key="cx_off_name").set_value("王小明").run()
    at.text_input(key="cx_off_title").set_value("副市长").run()
    at = leave_reader_for(click(at, "cx_off_add"), "pages/network.py", focus="王小明")
    said = [c.value for c in at.caption if "added by the user" in c.value]
    assert said and said[0].startswith("王小明 was added by the user (in the reader) in 1 of 1 article")
