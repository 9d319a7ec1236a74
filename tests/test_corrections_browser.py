"""Corrections in a real browser (Debian's chromium via Playwright), as issue 13 judges them: fix a wrong
year, remove a false official and reject a figure on a page; the views change; rebuild the store from
scratch under another parser code version: the corrections still hold; edit the page so an anchor
breaks: that correction is listed as orphaned."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Page, expect, sync_playwright

import jdash.store
from dash_fixtures import SEEDS
from jdash import corrections as C
from jdash.store import build, load_corpus
from test_browser import ARGS, CHROMIUM, TIMEOUT_MS, _streamlit, cut_network, no_exception, settle


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).is_file(), "Debian's chromium is required (apt-get install chromium)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1400}, locale="zh-CN")
    outside = cut_network(ctx)
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    yield pg
    ctx.close()
    assert outside == [], f"requests left the machine: {outside}"


def open_reader(page: Page, base: str, article_id: str) -> None:
    page.goto(f"{base}/articles?article={article_id}")
    settle(page)
    no_exception(page)


def press(page: Page, button: str) -> None:
    """Click a button of the corrections expander, opening it first if a rerun closed it."""
    target = page.get_by_role("button", name=button).first
    settle(page)
    if not target.is_visible():
        page.get_by_text("Correct this article").click()
    target.click()
    settle(page)


def count_caption(page: Page, url: str) -> int:
    page.goto(url)
    page.get_by_text(re.compile(r"\d+ articles? · ")).first.wait_for()
    settle(page)
    no_exception(page)
    text = page.get_by_text(re.compile(r"\d+ articles? · ")).first.inner_text()
    return int(text.split(" article")[0])


def target(store: Path) -> tuple[pd.Series, str, pd.Series]:
    """An article with an official whose name appears in no other article, and a figure."""
    c = load_corpus(store)
    solo = c.officials.groupby("name")["article_id"].nunique()
    for art in c.articles.itertuples(index=False):
        offs = c.officials.loc[c.officials["article_id"] == art.id].drop_duplicates("name")
        figs = c.figures.loc[c.figures["article_id"] == art.id]
        names = [n for n in offs["name"] if solo[n] == 1]
        if names and len(figs) and names[0] == offs["name"].iloc[0]:
            return c.articles.set_index("id").loc[art.id], names[0], figs.iloc[0]
    raise AssertionError("the seeds have no article to correct")


def test_fix_year_official_and_figure_survive_rebuilds_and_orphan_on_edit(browser, page, tmp_path, monkeypatch):
    corpus = tmp_path / "pages"
    shutil.copytree(SEEDS, corpus)
    store = tmp_path / "store"
    build([corpus], store)
    art, name, fig = target(store)
    n_figures = len(load_corpus(store).figures)

    with _streamlit(store, tmp_path / "streamlit.log") as base:
        assert count_caption(page, f"{base}/articles?start=2016-01-01&end=2016-12-31") == 0
        assert count_caption(page, f"{base}/articles?official={name}") == 1

        open_reader(page, base, art.name)
        page.get_by_text("Correct this article").click()
        # The reader's date field (react-aria segments: year, month, day); the sidebar has "Issue dates".
        year = page.get_by_role("spinbutton", name="year, Issue date", exact=True)
        year.click()
        page.keyboard.type("20160306", delay=50)
        page.keyboard.press("Tab")
        settle(page)
        expect(year).to_have_attribute("aria-valuenow", "2016")
        press(page, "Set page date")
        expect(page.get_by_text("date set by the user").first).to_be_visible()

        press(page, "Not an official")
        expect(page.get_by_text("is no longer an official").first).to_be_visible()

        press(page, "Reject figure")
        expect(page.get_by_text("rejected").first).to_be_visible()
        no_exception(page)

        # The views change: the page's articles move to 2016, the official is gone from the filters' view.
        c = load_corpus(store)
        mine = c.articles.loc[c.articles["source"] == art["source"]]
        assert set(mine["issue_date"]) == {pd.Timestamp("2016-03-06")}, set(mine["issue_date"])
        n_page = len(mine)
        assert count_caption(page, f"{base}/articles?start=2016-01-01&end=2016-12-31") == n_page
        page.goto(f"{base}/articles?official={name}")
        settle(page)
        expect(page.get_by_text("not in the corpus").first).to_be_visible()
        assert len(load_corpus(store).figures) == n_figures - 1

    # From scratch, under another parser: only the corrections file is kept.
    for sub in store.iterdir():
        if sub.name != C.FILE_NAME:
            shutil.rmtree(sub) if sub.is_dir() else sub.unlink()
    monkeypatch.setattr(jdash.store, "code_version", lambda: "a later parser")
    assert build([corpus], store).parsed == 5
    c = load_corpus(store)
    assert set(c.pages.loc[c.pages["source"] == art["source"], "date_source"]) == {"user"}
    assert name not in set(c.officials["name"]) and len(c.figures) == n_figures - 1

    # Edit the page so that the figure's anchored text is gone: that one correction is orphaned.
    figure_fix = next(x for x in C.load(store) if x.op == "reject_figure")
    path = corpus / art["source"]
    text = path.read_text(encoding="utf-8")
    snippet = figure_fix.anchor["text"]
    assert snippet in text.replace("\n", ""), "the anchor is a piece of the page's text"
    path.write_text(_remove_wrapped(text, snippet), encoding="utf-8")
    build([corpus], store)

    # Article ids follow the page's bytes: the edited page's articles have new ones.
    c = load_corpus(store)
    again = c.articles.loc[c.articles["source"] == art["source"], "id"].iloc[0]
    with _streamlit(store, tmp_path / "streamlit2.log") as base:
        open_reader(page, base, again)
        expect(page.get_by_text("date set by the user").first).to_be_visible()
        page.goto(f"{base}/articles")
        settle(page)
        page.get_by_text("Orphaned corrections (1)").click()
        expect(page.get_by_text(snippet[:10]).first).to_be_visible()
        no_exception(page)


def _remove_wrapped(text: str, snippet: str) -> str:
    """`text` without `snippet`, which the page may print wrapped over several lines."""
    flat = text.replace("\n", "")
    start = flat.index(snippet)
    # Map positions of the flat text back to the original, dropping the snippet's characters.
    keep, at = [], 0
    for ch in text:
        if ch == "\n":
            keep.append(ch)
            continue
        if not start <= at < start + len(snippet):
            keep.append(ch)
        at += 1
    return "".join(keep)
