"""The county map in a real browser (Debian's chromium via Playwright): it draws the 11 county
polygons with no request leaving the machine, and a click on a county filters by it."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from playwright.sync_api import expect

from test_browser import browser, context, page, server, settle, shot, no_exception  # noqa: F401
from dash_fixtures import seeds_store  # noqa: F401

POLYGONS = '[data-testid="stMain"] .js-plotly-plot path.choroplethlocation'


def test_the_map_draws_the_county_polygons_and_a_click_filters(server, page):
    page.goto(server + "/counties")
    page.locator(POLYGONS).first.wait_for()
    settle(page)
    no_exception(page)
    polys = page.locator(POLYGONS)
    polys.first.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    assert polys.count() == 11
    boxes = [polys.nth(i).bounding_box() for i in range(polys.count())]
    assert all(b and b["width"] > 10 and b["height"] > 10 for b in boxes)  # real areas, not dots
    # The county names are drawn on the map, in Chinese.
    labels = page.locator('[data-testid="stMain"] .js-plotly-plot .scattergeo text')
    assert "泗水县" in labels.evaluate_all("els => els.map(e => e.textContent)")
    shot(page, "county_map")
    # Click 泗水县: its polygon is the one under its label.
    label = labels.filter(has_text="泗水县").first.bounding_box()
    page.mouse.click(label["x"] + label["width"] / 2, label["y"] + label["height"] + 8)
    page.wait_for_url("**county=*")
    settle(page)
    assert parse_qs(urlparse(page.url).query)["county"] == ["泗水县"]
    expect(page.get_by_role("heading", name="泗水县")).to_be_visible()
    no_exception(page)
    shot(page, "county_map_clicked")
