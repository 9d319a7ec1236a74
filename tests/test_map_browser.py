"""The county map in a real browser (Debian's chromium via Playwright): it draws the 11 county
polygons with no request leaving the machine, and a click on a county filters by it."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from playwright.sync_api import expect

from test_browser import browser, context, page, server, settle, shot, no_exception  # noqa: F401
from dash_fixtures import seeds_store  # noqa: F401

POLYGONS = '[data-testid="stMain"] .js-plotly-plot path.choroplethlocation'
# Every name written on the map and every visible marker, as the page draws them.
DRAWN_BOXES = """g => {
  const box = (e, t) => { const b = e.getBoundingClientRect(); return {t, x0: b.left, y0: b.top, x1: b.right, y1: b.bottom}; };
  const names = [...g.querySelectorAll('.scattergeo text')].filter(e => e.textContent).map(e => box(e, e.textContent));
  const marks = [...g.querySelectorAll('.scattergeo path.point')]
    .filter(e => getComputedStyle(e).opacity !== '0').map(e => box(e, '◆'));
  return names.concat(marks).filter(b => b.x1 > b.x0);
}"""


def _overlap(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]


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
    # No name covers another name or a zone's marker (曲阜文化建设示范区's name lay over 兖州区's and 曲阜市's, and
    # 太白湖新区's marker over 任城区's): boxes as drawn, the names' invisible spacing markers left out.
    boxes = page.locator('[data-testid="stMain"] .js-plotly-plot').first.evaluate(DRAWN_BOXES)
    assert len([b for b in boxes if b["t"] == "◆"]) >= 2  # the seeds' zones are on the map
    assert [(a["t"], b["t"]) for i, a in enumerate(boxes) for b in boxes[i + 1:] if _overlap(a, b)] == []
    # Click 泗水县: its polygon is the one under its label.
    label = labels.filter(has_text="泗水县").first.bounding_box()
    page.mouse.click(label["x"] + label["width"] / 2, label["y"] + label["height"] + 8)
    page.wait_for_url("**county=*")
    settle(page)
    assert parse_qs(urlparse(page.url).query)["county"] == ["泗水县"]
    expect(page.get_by_role("heading", name="泗水县")).to_be_visible()
    no_exception(page)
    shot(page, "county_map_clicked")
