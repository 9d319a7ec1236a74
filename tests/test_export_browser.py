"""Every chart on every page downloads as PNG, SVG, HTML and CSV in a real browser (Debian's chromium
via Playwright); the CSV is the chart's own data (checked against what plotly drew in the page), the
images and the HTML carry the caption line, and the server keeps no Chromium running afterwards."""

from __future__ import annotations

import glob
import io
import time
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest
from PIL import Image
from playwright.sync_api import Page

from dash_fixtures import seeds_store  # noqa: F401
from jdash import export
from test_browser import TIMEOUT_MS, browser, context, page, server, settle, no_exception  # noqa: F401

CHARTS = '[data-testid="stMain"] [data-testid="stElementContainer"]:has(.js-plotly-plot)'
PAGES = ["/", "/timeline", "/keywords", "/network?focus=" + quote("林红玉"), "/counties", "/articles"]

# What each trace draws, read from plotly's own data in the page: bar lengths, map colours, and
# for markers that carry data (network nodes: name, title, articles) their articles.
DRAWN = """el => {
  const arr = a => a == null ? [] : Array.from(a);
  const out = {values: [], points: 0};
  for (const t of el._fullData) {
    if (t.visible === false) continue;
    if (t.type === 'bar') out.values.push(...arr(t.orientation === 'h' ? t.x : t.y).map(Number));
    else if (t.type === 'choropleth') out.values.push(...arr(t.z).map(Number));
    else if (t.type === 'scattergeo' && t.customdata) out.values.push(...arr(t.marker.color).map(Number));
    else if (t.type === 'scatter' && t.customdata) {
      const cd = arr(t.customdata);
      if (cd.length && Array.isArray(cd[0]) && cd[0].length === 3) out.values.push(...cd.map(c => Number(c[2])));
      else out.points += cd.length;
    }
  }
  const meta = (el.layout.meta || {}).data || null;
  out.value = meta ? meta.value : null;
  out.rows = meta ? meta.rows.length : 0;
  out.title = (el.layout.title || {}).text || '';
  return out;
}"""


def _download(page: Page, bar, name: str) -> tuple[str, bytes]:
    with page.expect_download(timeout=TIMEOUT_MS) as dl:
        bar.get_by_role("button", name=name).click()
    return dl.value.suggested_filename, Path(dl.value.path()).read_bytes()


def _check_csv(data: bytes, drawn: dict, where: str) -> None:
    assert data.startswith(b"\xef\xbb\xbf"), where
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert len(frame) == drawn["rows"] > 0, where
    if drawn["values"]:  # the CSV's value column holds exactly the quantities drawn
        assert sorted(frame[drawn["value"]].astype(float)) == sorted(drawn["values"]), where
    elif drawn["points"]:
        assert len(frame) == drawn["points"], where


def _check_chart(page: Page, chart, where: str) -> None:
    drawn = chart.locator(".js-plotly-plot").evaluate(DRAWN)
    bar = chart.locator("xpath=following-sibling::*[1]")
    png_name, png = _download(page, bar, "PNG")
    assert png_name.endswith(".png") and png[:8] == b"\x89PNG\r\n\x1a\n", where
    assert Image.open(io.BytesIO(png)).size[0] >= 1000, where
    _, svg = _download(page, bar, "SVG")
    text = svg.decode("utf-8")
    assert text.lstrip().startswith("<svg") and "jdash" in text and "corpus: 5 pages" in text, where
    _, html = _download(page, bar, "HTML")
    assert b"Plotly.newPlot" in html and "corpus: 5 pages".encode() in html, where
    csv_name, csv = _download(page, bar, "CSV")
    assert csv_name.endswith(".csv"), where
    _check_csv(csv, drawn, where)


def _kaleido_processes() -> int:
    """Chromium processes under a streamlit server started by this test run."""
    import os

    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for stat in glob.glob("/proc/[0-9]*/cmdline"):
        pid = int(stat.split("/")[2])
        try:
            cmd = open(stat, "rb").read().replace(b"\0", b" ").decode(errors="replace")
            ppid = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(pid)
        names[pid] = cmd
    servers = [p for p in children.get(os.getpid(), []) if "streamlit run" in names.get(p, "")]
    count, todo = 0, list(servers)
    while todo:
        for kid in children.get(todo.pop(), []):
            count += "chrom" in names.get(kid, "")
            todo.append(kid)
    return count


@pytest.mark.parametrize("path", PAGES)
def test_every_chart_downloads_in_four_formats_and_its_csv_is_the_chart(server, page, path):
    page.goto(server + path)
    page.locator(CHARTS).first.wait_for(timeout=3 * TIMEOUT_MS)  # a fresh server under load: slow first page
    settle(page)
    no_exception(page)
    charts = page.locator(CHARTS)
    n = charts.count()
    assert n >= 1
    for i in range(n):
        chart = charts.nth(i)
        chart.scroll_into_view_if_needed()
        _check_chart(page, chart, f"{path} chart {i + 1} of {n}")


def test_the_server_keeps_no_chromium_after_exports(server, page):
    # A chart no other test exported (the server caches image bytes per chart and caption).
    page.goto(server + "/timeline?county=" + quote("泗水县"))
    page.locator(CHARTS).first.wait_for(timeout=3 * TIMEOUT_MS)  # a fresh server under load: slow first page
    settle(page)
    bar = page.locator(CHARTS).first.locator("xpath=following-sibling::*[1]")
    _download(page, bar, "PNG")
    assert _kaleido_processes() > 0  # the export ran kaleido's browser under the server …
    deadline = time.monotonic() + export.KEEP_ALIVE + 30
    while _kaleido_processes() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _kaleido_processes() == 0  # … and it is gone once the exports are over
