"""The dashboard in a real browser: Debian's chromium driven by Playwright (never a downloaded
browser), against one `streamlit run app.py` server on a copy of the seeds store.

Every page of every test runs with the network cut at the browser: a request to any host but the
local server is recorded and aborted, and the test fails (the dashboard works with no network).

Screenshots go to tests/artifacts/ (gitignored); page render times are written to
tests/artifacts/render_times.json for the record (measured, not asserted).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import pandas as pd
import pytest
from PIL import Image
from playwright.sync_api import Page, expect, sync_playwright

from dash_fixtures import ROOT, SEEDS, seeds, seeds_store  # noqa: F401

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "tests" / "artifacts"
TIMEOUT_MS = 60_000
# Pages under load (2 shared cores) take well over expect's default 5 s to draw.
expect.set_options(timeout=TIMEOUT_MS)
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
PAGES = {"/": "济宁日报 at a glance", "/timeline": "Topics over time", "/keywords": "Keywords",
         "/network": "Officials network", "/counties": "Counties", "/articles": "Articles", "/upload": "Add pages"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _streamlit(store: Path, log_path: Path, **env_extra: str):
    """`streamlit run app.py` on `store`, on a free port; yields its base URL once healthy."""
    port = _free_port()
    env = {**os.environ, "JDASH_STORE": str(store), "JDASH_CORPUS": str(SEEDS), **env_extra}
    log = open(log_path, "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"streamlit did not start: see {log.name}")
        time.sleep(0.3)
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def server(seeds_store, tmp_path_factory):
    store = tmp_path_factory.mktemp("browser") / "store"
    shutil.copytree(seeds_store, store)
    with _streamlit(store, tmp_path_factory.mktemp("log") / "streamlit.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).is_file(), "Debian's chromium is required (apt-get install chromium)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def is_outside(url: str) -> bool:
    """A request that would leave the machine (data:, blob: and the local server stay)."""
    parsed = urlparse(url)
    return parsed.scheme not in ("data", "blob", "about") and parsed.hostname not in LOCAL_HOSTS


def cut_network(ctx) -> list[str]:
    """Abort every request of `ctx` to a host other than the local server; return the list that
    records them (the tests assert it stays empty)."""
    outside: list[str] = []

    def handle(route):
        if is_outside(route.request.url):
            outside.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    ctx.route("**/*", handle)
    return outside


def outside_resources(page: Page) -> list[str]:
    """Addresses in the document that point off the machine (icons, styles, scripts, images, fonts).
    The browser fetches some, such as the tab icon, without passing them through request routing."""
    urls = page.evaluate("""() => [
        ...[...document.querySelectorAll('link[href]')].map(e => e.href),
        ...[...document.querySelectorAll('script[src], img[src], iframe[src], source[src]')].map(e => e.src),
        ...[...document.styleSheets].flatMap(s => { try { return [...s.cssRules]; } catch (e) { return []; } })
            .map(r => r.cssText).join(' ').match(/url\\(["']?https?:[^)"']+/g) || [],
    ]""")
    return [u for u in urls if is_outside(u.removeprefix("url(").strip("\"'"))]


@pytest.fixture(scope="module")
def context(browser):
    # One context for the module: the browser caches Streamlit's and plotly's scripts like a user's
    # would. Each test still opens its pages afresh (a new Streamlit session per page load).
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="zh-CN")
    ctx.outside = cut_network(ctx)
    yield ctx
    ctx.close()


@pytest.fixture()
def page(context) -> Page:
    context.outside.clear()
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    yield pg
    pg.close()
    assert context.outside == [], f"requests left the machine: {context.outside}"


@pytest.fixture(scope="module")
def render_times():
    times: dict[str, float] = {}
    yield times
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "render_times.json").write_text(json.dumps(times, indent=2, ensure_ascii=False))


def settle(page: Page) -> None:
    """Wait until the script run is over (the running indicator is gone)."""
    page.wait_for_selector('[data-testid="stApp"]')
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"] [data-testid=\"stStatusWidgetRunningIcon\"]')"
        " && !document.querySelector('[data-testid=\"stSkeleton\"]')"
    )


def shot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def no_exception(page: Page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator(
        '[data-testid="stException"]').first.inner_text()


def caption_count(page: Page) -> int:
    text = page.get_by_text(re.compile(r"\d+ articles? · ")).first.inner_text()
    return int(text.split(" article")[0])


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_loads_with_its_chart(server, page, path, render_times):
    t0 = time.monotonic()
    page.goto(server + path)
    expect(page.get_by_role("heading", name=PAGES[path]).first).to_be_visible()
    if path != "/upload":
        page.locator(".js-plotly-plot").first.wait_for()
    render_times[f"load {path}"] = round(time.monotonic() - t0, 2)
    settle(page)
    no_exception(page)
    assert page.context.outside == [], f"requests left the machine: {page.context.outside}"
    assert outside_resources(page) == []
    shot(page, "page_" + (path.strip("/") or "overview"))
    # Chinese is drawn as text (in the sidebar and charts), not as boxes of missing glyphs.
    if path != "/upload":
        assert page.locator(".js-plotly-plot text").filter(has_text=r"县").count() + \
            page.locator(".js-plotly-plot text").filter(has_text="林").count() + \
            page.locator(".js-plotly-plot text, .js-plotly-plot image").count() > 0


NAV = {"/timeline": "Topic timeline", "/keywords": "Keywords", "/network": "Officials network",
       "/counties": "Counties", "/articles": "Articles", "/": "Overview"}


def test_switching_pages_in_the_app(server, page, render_times):
    """The way people move around: the sidebar's page links (one session, no reload)."""
    page.goto(server + "/")
    page.locator(".js-plotly-plot").first.wait_for()
    settle(page)
    for path, link in NAV.items():
        t0 = time.monotonic()
        page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=link).click()
        expect(page.get_by_role("heading", name=PAGES[path]).first).to_be_visible()
        page.locator('[data-testid="stMain"] .js-plotly-plot').first.wait_for()
        render_times[f"switch to {path}"] = round(time.monotonic() - t0, 2)
        settle(page)
        no_exception(page)
        assert urlparse(page.url).path == path


def test_county_filter_in_the_sidebar_narrows_and_goes_into_the_url(server, page):
    page.goto(server + "/")
    settle(page)
    everything = caption_count(page)
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text="Counties")
    box.locator("input").click()
    page.keyboard.type("泗水县")
    page.keyboard.press("Enter")
    page.wait_for_url("**county=*")
    settle(page)
    page.keyboard.press("Escape")
    assert parse_qs(urlparse(page.url).query)["county"] == ["泗水县"]
    expect(page.get_by_text(re.compile(r" articles? · 泗水县")).first).to_be_visible()
    assert 0 < caption_count(page) < everything
    shot(page, "filter_county")
    # The filter is in the URL, so it survives a reload and a page switch.
    page.reload()
    settle(page)
    assert 0 < caption_count(page) < everything
    page.get_by_role("link", name="Counties").first.click()
    expect(page.get_by_role("heading", name="泗水县")).to_be_visible()
    assert "county=" in page.url
    expect(box).to_contain_text("泗水县")  # the sidebar still shows the filter


def test_counties_url_opens_the_profile(server, page):
    page.goto(server + "/counties?county=" + quote("泗水县"))
    expect(page.get_by_role("heading", name="泗水县")).to_be_visible()
    settle(page)
    no_exception(page)
    shot(page, "counties_sishui")


def test_timeline_bar_click_lands_on_its_articles(server, page, seeds):
    from jdash import queries as Q

    page.goto(server + "/timeline")
    bars = page.locator(".js-plotly-plot g.trace.bars g.point path")
    bars.first.wait_for()
    settle(page)
    # The tallest bar of the first trace.
    boxes = [b for b in (bars.nth(i).bounding_box() for i in range(bars.count())) if b and b["height"] > 2]
    box = max(boxes, key=lambda b: b["height"])
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    heading = page.get_by_role("heading").filter(has_text=" articles").filter(has_text=" – ")
    heading.first.wait_for()
    settle(page)
    title = heading.first.inner_text()
    topic, rest = title.split(" · ", 1)
    start = rest.split(" – ")[0]
    n = int(title.rsplit(": ", 1)[1].split()[0])
    expected = Q.articles_in_bin(seeds.articles, start, "M", topic)
    assert n == len(expected) > 0
    for headline in expected["headline"]:
        expect(page.get_by_role("link").filter(has_text=headline).first).to_be_visible()
    shot(page, "timeline_clicked")
    page.get_by_role("link", name="Open these articles in the Articles page").click()
    page.wait_for_url("**/articles?*")
    settle(page)
    q = parse_qs(urlparse(page.url).query)
    assert q["topic"] == [topic] and q["start"] == [start]
    for headline in expected["headline"]:
        expect(page.get_by_role("link").filter(has_text=headline).first).to_be_visible()
    shot(page, "timeline_articles")
    # And into the reader.
    titled = [h for h in expected["headline"] if h]  # an editor's note opened by its label has no headline
    page.get_by_role("link").filter(has_text=titled[-1]).first.click()
    page.wait_for_url("**article=*")
    expect(page.locator(".jd-article")).to_be_visible()
    shot(page, "reader")


def test_download_png_and_csv(server, page):
    page.goto(server + "/timeline")
    page.locator(".js-plotly-plot").first.wait_for()
    settle(page)
    with page.expect_download(timeout=TIMEOUT_MS) as dl:
        page.get_by_role("button", name="PNG").first.click()
    png = Path(dl.value.path()).read_bytes()
    assert dl.value.suggested_filename.endswith(".png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert Image.open(io.BytesIO(png)).size[0] >= 1000
    (ARTIFACTS / "download_timeline.png").write_bytes(png)

    with page.expect_download(timeout=TIMEOUT_MS) as dl:
        page.get_by_role("button", name="CSV").first.click()
    data = Path(dl.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(frame.columns) == ["period", "topic", "articles"]
    assert frame["topic"].str.contains(r"[\u4e00-\u9fff]").all()
    assert frame["articles"].sum() > 30


def test_upload_adds_pages_and_lists_failures(server, page, tmp_path):
    new_page = tmp_path / "2022-09-01_new.txt"
    # A new page (distinct bytes) whose text carries script and HTML.
    text = (SEEDS / "000_e0ccfd52c87558dd.txt").read_text("utf-8").replace(
        "今天下午，全市助企攀登工作会议召开", "今天下午，<script>window.pwned=1</script><b>粗</b>全市助企攀登工作会议召开", 1)
    new_page.write_text(text, "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    page.goto(server + "/upload")
    settle(page)
    before = int(page.get_by_text("The store holds").inner_text().split("holds ")[1].split()[0])
    page.locator('input[type="file"]').set_input_files([str(new_page), str(empty)])
    page.get_by_role("button", name="Add to the store").click()
    expect(page.get_by_role("heading", name="Last upload")).to_be_visible(timeout=TIMEOUT_MS)
    settle(page)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "empty.txt" in body
    expect(page.get_by_text(f"The store holds {before + 1} pages")).to_be_visible()
    shot(page, "upload_done")

    # The uploaded text is searchable, and the reader shows its markup as text.
    page.goto(server + "/articles?q=" + quote("<script>"))
    settle(page)
    link = page.get_by_role("link").filter(has_text="全市助企攀登工作会议召开").first
    link.click()
    page.wait_for_url("**article=*")
    reader = page.locator(".jd-article")
    expect(reader).to_contain_text("<script>window.pwned=1</script><b>粗</b>")
    assert reader.locator("script, b").count() == 0
    assert page.evaluate("() => window.pwned === undefined")
    shot(page, "reader_hostile")


@pytest.fixture(scope="module")
def hostile_server(seeds_store, tmp_path_factory):
    """A second server whose zip limit is small enough to build a zip bomb for it quickly."""
    root = tmp_path_factory.mktemp("hostile")
    store = root / "inside" / "store"
    shutil.copytree(seeds_store, store)
    log = tmp_path_factory.mktemp("log") / "streamlit-hostile.log"
    with _streamlit(store, log, JDASH_MAX_UNZIPPED_BYTES=str(64 * 2**20)) as base:
        yield base, root, store


def _store_pages(page: Page) -> int:
    return int(page.get_by_text("The store holds").inner_text().split("holds ")[1].split()[0])


def _upload(page: Page, files: list[Path]) -> None:
    page.locator('input[type="file"]').set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Add to the store").click()


def test_hostile_uploads_are_refused_with_reasons_and_write_nothing_outside_the_store(hostile_server, browser, tmp_path):
    import zipfile

    base, root, store = hostile_server
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(3):
            archive.writestr(f"p{i}.txt", b"0" * (32 * 2**20))  # 96 MiB of zeros in ~300 KB
    escape = tmp_path / "escape.zip"
    with zipfile.ZipFile(escape, "w") as archive:
        archive.writestr(zipfile.ZipInfo("../evil.txt"), (SEEDS / "000_e0ccfd52c87558dd.txt").read_bytes())
        archive.writestr(zipfile.ZipInfo("/tmp/evil2.txt"), (SEEDS / "001_997de938dbf79ec5.txt").read_bytes())
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"\n" * 10**6)
    huge = tmp_path / "huge.txt"
    huge.write_bytes("今天，全市工作会议召开。".encode() * (50 * 2**20 // 36))  # ~50 MB, one line
    assert huge.stat().st_size > 49 * 2**20 and bomb.stat().st_size < 2**20

    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside = cut_network(ctx)
    page = ctx.new_page()
    page.set_default_timeout(TIMEOUT_MS * 2)
    page.goto(base + "/upload")
    settle(page)
    before = _store_pages(page)
    _upload(page, [bomb, escape, blank, huge])
    expect(page.get_by_role("heading", name="Last upload")).to_be_visible(timeout=TIMEOUT_MS * 2)
    settle(page)
    body = page.locator('[data-testid="stMain"]').inner_text()
    shot(page, "upload_hostile")
    ctx.close()
    assert outside == []
    assert "bomb.zip" in body and "zip bomb" in body
    assert "escape.zip/../evil.txt" in body and "unsafe path" in body
    assert "blank.txt" in body and "empty file" in body
    assert "huge.txt" in body and "split it into pages" in body
    assert f"The store holds {before} pages" in body
    outside = [p for p in root.rglob("*") if p.is_file() and not p.is_relative_to(store)]
    assert outside == [] and not (ROOT / "evil.txt").exists() and not Path("/tmp/evil2.txt").exists()
    assert not any("evil" in p.name or p.stat().st_size > 8 * 2**20 for p in store.rglob("*") if p.is_file())


def test_two_sessions_uploading_at_once_both_land(hostile_server, browser, tmp_path):
    base, _, _ = hostile_server
    pages = []
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt"))[:2]):
        path = tmp_path / f"concurrent_{i}.txt"
        path.write_bytes(seed.read_bytes() + f"\n\n本报济宁讯（记者 张三）今天，第{i}次会议召开。\n\n第{i}次会议召开\n".encode())
        pages.append(path)
    contexts = [browser.new_context() for _ in pages]
    outside = [cut_network(ctx) for ctx in contexts]
    tabs = [ctx.new_page() for ctx in contexts]
    for tab in tabs:
        tab.set_default_timeout(TIMEOUT_MS)
        tab.goto(base + "/upload")
        settle(tab)
    before = _store_pages(tabs[0])
    for tab, path in zip(tabs, pages):
        tab.locator('input[type="file"]').set_input_files([str(path)])
    for tab in tabs:  # both clicks before either upload is done
        tab.get_by_role("button", name="Add to the store").click()
    for tab in tabs:
        expect(tab.get_by_role("heading", name="Last upload")).to_be_visible(timeout=TIMEOUT_MS)
    tabs[0].reload()
    settle(tabs[0])
    expect(tabs[0].get_by_text(f"The store holds {before + 2} pages")).to_be_visible()
    for ctx in contexts:
        ctx.close()
    assert outside == [[], []]
