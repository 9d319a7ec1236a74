"""Bytes for downloads: figures as PNG/SVG/PDF (kaleido + a system Chrome/Chromium) or standalone
HTML; tables as CSV (UTF-8 with BOM, so Excel shows Chinese) or JSON Lines; graphs as GEXF/GraphML.

Also finds a font that draws Chinese glyphs, for the word cloud. Lookup order: the `font`
argument (the `font` setting), the `JDASH_FONT` environment variable, the font shipped by the pip package
`noto-cjk-sans-otc`, then common system fonts. Nothing found → `FontNotFoundError`.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import logging
import os
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from jdash.errors import ExportError, FontNotFoundError

log = logging.getLogger(__name__)

FONT_ENV = "JDASH_FONT"  # the `font` setting of jdash.settings
SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)
IMAGE_FORMATS = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
MIME = {**IMAGE_FORMATS, "html": "text/html", "csv": "text/csv", "jsonl": "application/x-ndjson",
        "gexf": "application/xml", "graphml": "application/xml"}
BOM = "\ufeff"
# plotly.js fetches a world outline (topojson) from its CDN for any map trace, even with every base
# layer hidden, and draws no map at all when that fails (no network). jdash's maps need no base map:
# an empty topology, inline, stops the request. Used by the dashboard, HTML and image exports alike.
OFFLINE_TOPOJSON = 'data:application/json,{"type":"Topology","objects":{},"arcs":[]}#'
PLOTLY_CONFIG = {"displaylogo": False, "topojsonURL": OFFLINE_TOPOJSON}

_server_lock = threading.RLock()
_server_started = False
_stopper: threading.Timer | None = None
KEEP_ALIVE = 20.0  # seconds kaleido's browser stays up after an export, for the next one
CAPTION_PX = 30  # height of the caption line under an exported chart
AXIS_PX = 70  # bottom margin an x axis with ticks and a title needs (plotly grows a smaller one itself)
_CARTESIAN = {"bar", "scatter", "histogram", "box", "heatmap", "image"}


# ---------------------------------------------------------------- fonts


def _pip_font() -> str | None:
    try:
        from noto_cjk_sans_otc import FONT_PATH  # OFL-1.1, ships NotoSansCJK-Regular.ttc
    except ImportError:
        return None
    return str(FONT_PATH)


def font_candidates(font: str | os.PathLike | None = None) -> list[tuple[str, str]]:
    """(where it came from, path) in lookup order; paths may not exist."""
    out: list[tuple[str, str]] = []
    if font:
        out.append(("setting", str(font)))
    if os.environ.get(FONT_ENV):
        out.append((FONT_ENV, os.environ[FONT_ENV]))
    pip_font = _pip_font()
    if pip_font:
        out.append(("noto-cjk-sans-otc", pip_font))
    out.extend(("system", p) for p in SYSTEM_FONTS)
    return out


def find_cjk_font(font: str | os.PathLike | None = None) -> Path:
    """The first font file in lookup order that exists. Raises `FontNotFoundError` if none."""
    tried = []
    for origin, path in font_candidates(font):
        p = Path(path).expanduser()
        if p.is_file():
            return p
        tried.append(f"{path} ({origin})")
    raise FontNotFoundError(
        "No font that draws Chinese glyphs was found. Set "
        f"{FONT_ENV}=/path/to/font.ttc, or `pip install noto-cjk-sans-otc`, or install "
        "`fonts-wqy-microhei` (Debian/Ubuntu). Tried: " + "; ".join(tried)
    )


# ---------------------------------------------------------------- figures


def find_chrome() -> str | None:
    """Path of a Chrome/Chromium kaleido can drive (`BROWSER_PATH` first), or None. Never downloads."""
    env = os.environ.get("BROWSER_PATH")
    if env:
        return env if Path(env).is_file() else None
    try:
        from choreographer.browsers.chromium import Chromium

        return Chromium.find_browser(skip_local=False)
    except Exception:  # noqa: BLE001 - best effort probe of the system
        log.debug("no Chrome/Chromium found through choreographer", exc_info=True)
        return None


def static_export_available() -> bool:
    return find_chrome() is not None


def _ensure_server() -> None:
    """Start kaleido's browser unless it runs (the first export ~3 s, later ones ~0.3 s). Call with
    `_server_lock` held."""
    global _server_started
    if not _server_started:
        import kaleido

        kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        _server_started = True


def stop_image_server() -> None:
    """Stop kaleido's browser (≈ 10 Chromium processes, a few hundred MB) if it runs."""
    global _server_started, _stopper
    with _server_lock:
        if _stopper is not None:
            _stopper.cancel()
            _stopper = None
        if _server_started:
            import kaleido

            kaleido.stop_sync_server(silence_warnings=True)
            _server_started = False


def _stop_later() -> None:
    """(Re)arm the timer that stops kaleido's browser `KEEP_ALIVE` seconds after the last export:
    a burst of exports (PNG then SVG, a CLI run) shares one browser, and none stays behind."""
    global _stopper
    if _stopper is not None:
        _stopper.cancel()
    _stopper = threading.Timer(KEEP_ALIVE, stop_image_server)
    _stopper.daemon = True
    _stopper.start()


atexit.register(stop_image_server)


@contextlib.contextmanager
def _offline_topojson():
    """kaleido reads the topojson address from plotly's defaults only: set it while one export runs."""
    before = pio.defaults.topojson
    pio.defaults.topojson = OFFLINE_TOPOJSON
    try:
        yield
    finally:
        pio.defaults.topojson = before


def figure_image(fig: go.Figure, fmt: str = "png", *, width: int | None = None, height: int | None = None,
                 scale: float = 2, caption: str | None = None) -> bytes:
    """PNG, SVG or PDF bytes of a figure, with `caption` as a line under it. Raises `ExportError` when
    no Chrome/Chromium is found. kaleido's browser stops `KEEP_ALIVE` seconds after the last export."""
    fmt = fmt.lower()
    if fmt not in IMAGE_FORMATS:
        raise ExportError(f"Unknown image format {fmt!r}: use one of {', '.join(IMAGE_FORMATS)}.")
    if not static_export_available():
        raise ExportError(
            "PNG/SVG/PDF export needs Chrome or Chromium, and none was found "
            "(install `chromium`, or set BROWSER_PATH). HTML export still works."
        )
    if caption:
        fig = with_caption(fig, caption)
    try:
        with _server_lock, warnings.catch_warnings(), _offline_topojson():
            warnings.filterwarnings("ignore", message="The kopts argument is ignored")
            _ensure_server()
            try:
                return pio.to_image(fig, format=fmt, width=width or fig.layout.width or 1000,
                                    height=height or fig.layout.height or 560, scale=1 if fmt != "png" else scale)
            finally:
                _stop_later()
    except RuntimeError as exc:
        raise ExportError(f"Static export failed: {exc}") from exc


def figure_html(fig: go.Figure, *, title: str | None = None, caption: str | None = None) -> bytes:
    """A standalone HTML page with plotly.js inlined: opens offline, keeps interactivity; `caption`
    as a line under the chart."""
    if caption:
        fig = with_caption(fig, caption)
    html = pio.to_html(fig, include_plotlyjs=True, full_html=True, config=PLOTLY_CONFIG)
    if title:
        import html as _html

        html = html.replace("<head>", f"<head><title>{_html.escape(title)}</title>", 1)
    return html.encode("utf-8")


def caption_line(*, filters: str, pages: int, articles: int, first=None, last=None, left_out: str = "") -> str:
    """The line under an exported chart: what it shows, from what, what it leaves out (`left_out`: an
    image of a timeline showed 45 of 71 articles, and nothing in it said the other 26 had no date), and
    that jdash drew it.

    >>> caption_line(filters="泗水县", pages=5, articles=40, first="2021-12-04", last="2024-03-02")
    '济宁日报 · filters: 泗水县 · corpus: 5 pages, 40 articles, issues 2021-12-04 – 2024-03-02 · jdash'
    >>> caption_line(filters="all articles", pages=5, articles=40, left_out="3 undated articles")
    '济宁日报 · filters: all articles · corpus: 5 pages, 40 articles · not drawn: 3 undated articles · jdash'
    """
    span = f", issues {first or '…'} – {last or '…'}" if first or last else ""
    out = f" · not drawn: {left_out}" if left_out else ""
    return f"济宁日报 · filters: {filters} · corpus: {pages} pages, {articles} articles{span}{out} · jdash"


def with_caption(fig: go.Figure, caption: str) -> go.Figure:
    """A copy of the figure with one line of small grey text along its bottom edge, under the x axis:
    the figure grows, its plot keeps its size."""
    import html as _html

    out = go.Figure(fig)
    bottom = out.layout.margin.b if out.layout.margin.b is not None else 80
    if out.layout.xaxis.visible is not False and any(t.type in _CARTESIAN for t in out.data):
        bottom = max(bottom, AXIS_PX)  # room for the x axis's ticks and title, which plotly would add anyway
    grow = bottom + CAPTION_PX - (out.layout.margin.b if out.layout.margin.b is not None else 80)
    out.update_layout(height=(out.layout.height or 560) + grow, margin_b=bottom + CAPTION_PX)
    out.add_annotation(text=_html.escape(caption, quote=False), xref="paper", yref="paper", x=0, y=0,
                       xanchor="left", yanchor="bottom", yshift=-(bottom + CAPTION_PX) + 4, showarrow=False,
                       font={"size": 11, "color": "#666"}, name="jdash-caption")
    return out


def chart_data(fig: go.Figure) -> pd.DataFrame:
    """The data a jdash chart draws (kept in it by `charts._style.with_data`); no rows for a chart
    that draws nothing (the "no data" message)."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    data = meta.get("data") or {"columns": [], "rows": []}
    frame = pd.DataFrame(data["rows"], columns=data["columns"], dtype=object)
    for column in frame.columns:
        if _whole_numbers(frame[column]):  # kept whole beside empty cells: 2016, not 2016.0
            frame[column] = frame[column].astype("Int64")
    return frame.infer_objects()


def _whole_numbers(values: pd.Series) -> bool:
    """Whether every cell that is not empty holds an int (not a bool).

    >>> _whole_numbers(pd.Series([2016, None], dtype=object)), _whole_numbers(pd.Series([1.5, None], dtype=object))
    (True, False)
    """
    present = values.dropna()
    return len(present) > 0 and all(isinstance(v, int) and not isinstance(v, bool) for v in present)


# ---------------------------------------------------------------- tables


def _joined(v):
    """A list cell as one text: its items joined with 、 (as a reader writes a list)."""
    if isinstance(v, (list, tuple)):
        return "、".join(str(x) for x in v)
    if hasattr(v, "tolist") and not isinstance(v, (str, bytes)) and getattr(v, "ndim", 0) == 1:
        return "、".join(str(x) for x in v.tolist())
    return v


def _json_list(v):
    """A list cell as a JSON array (unambiguous, for programs): ["任城区", "泗水县"]."""
    if hasattr(v, "tolist") and not isinstance(v, (str, bytes)) and getattr(v, "ndim", 0) == 1:
        v = v.tolist()
    return json.dumps(list(v), ensure_ascii=False, default=str) if isinstance(v, (list, tuple)) else v


LIST_STYLES = {"join": _joined, "json": _json_list}


def _date_text(col: pd.Series) -> pd.Series:
    """A date column as ISO text: the date alone when every value is a midnight, else date and time."""
    stamps = pd.to_datetime(col)
    fmt = "%Y-%m-%d" if (stamps.dropna() == stamps.dropna().dt.normalize()).all() else "%Y-%m-%dT%H:%M:%S"
    return stamps.dt.strftime(fmt)


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…), +cmd|…, @SUM…);
# tab and carriage return hide such a start from a first glance.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value):
    r"""A text cell Excel and LibreOffice show as text, never run: a formula start gets a leading '.

    >>> escape_formula("=HYPERLINK(\"http://x\")"), escape_formula("济宁"), escape_formula(-3)
    ('\'=HYPERLINK("http://x")', '济宁', -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# County columns and the GB/T 2260 code column each gets in an export (so figures join with yearbooks).
CODE_COLUMNS = {"county": "county_code", "primary_county": "primary_county_code", "counties": "county_codes"}


def _code_of(value, codes: dict[str, str]):
    if isinstance(value, str):
        return codes.get(value)
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and getattr(value, "ndim", 0) == 1):
        return [codes.get(str(v)) for v in (value.tolist() if hasattr(value, "tolist") else value)]
    return None


def with_codes(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table with a GB/T 2260 code column right after each county column (`county_code`,
    `primary_county_code`, `county_codes`): 370811 for 任城区, 370800 for 全市, empty for a zone.
    Every table export, from the CLI and the dashboard, goes through it.

    >>> with_codes(pd.DataFrame({"county": ["泗水县", "济宁高新区"]}))["county_code"].tolist()
    ['370831', None]
    """
    from jdash.gazetteer import county_codes

    codes = county_codes()
    out = df.copy()
    for col, code_col in CODE_COLUMNS.items():
        if col in out.columns and code_col not in out.columns:
            out.insert(out.columns.get_loc(col) + 1, code_col,
                       pd.Series([_code_of(v, codes) for v in out[col]], index=out.index, dtype=object))
    return out


def with_issue_year(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table of officials or figures with its article's `issue_year` right after `issue_date`: a page
    known only to its year has no issue_date, and without the year its rows could not be placed in time.

    >>> arts = pd.DataFrame({"id": ["a1"], "issue_year": [2016]})
    >>> with_issue_year(pd.DataFrame({"article_id": ["a1"], "issue_date": [None]}), arts)["issue_year"].tolist()
    [2016]
    """
    out = table.copy()
    if "article_id" not in out.columns or "issue_year" in out.columns or "issue_year" not in articles.columns:
        return out
    years = articles.drop_duplicates("id").set_index("id")["issue_year"].astype("Int64")
    at = out.columns.get_loc("issue_date") + 1 if "issue_date" in out.columns else len(out.columns)
    out.insert(at, "issue_year", out["article_id"].map(years).astype("Int64"))
    return out


def table_csv(df: pd.DataFrame, *, lists: str = "join") -> bytes:
    """CSV bytes, UTF-8 with a BOM (Excel then reads Chinese right), of any table the CLI or the
    dashboard exports: county codes added (`with_codes`); dates as ISO dates; list cells joined with
    、 (`lists="join"`, for people) or as JSON arrays (`lists="json"`, the CLI's, for programs); text
    cells that would start a formula escaped (`escape_formula`)."""
    flat = with_codes(df)
    as_text = LIST_STYLES[lists]
    for col in flat.columns:
        if pd.api.types.is_datetime64_any_dtype(flat[col]):
            flat[col] = _date_text(flat[col])
        elif flat[col].dtype == object or pd.api.types.is_string_dtype(flat[col]):
            flat[col] = flat[col].map(lambda v: escape_formula(as_text(v)))
    return (BOM + flat.to_csv(index=False, lineterminator="\n")).encode("utf-8")


def jsonl_lines(df: pd.DataFrame, chunk: int = 5000) -> Iterator[bytes]:
    """One JSON object per row, UTF-8 with Chinese kept as is, dates as ISO strings, county codes
    added; made `chunk` rows at a time, so a large table streams."""
    from jdash.queries import to_records

    for at in range(0, len(df), chunk):
        for rec in to_records(with_codes(df.iloc[at : at + chunk])):
            yield json.dumps(rec, ensure_ascii=False, default=str).encode("utf-8") + b"\n"


def table_jsonl(df: pd.DataFrame) -> bytes:
    """`jsonl_lines` as one bytes object (a download)."""
    return b"".join(jsonl_lines(df))


def graph_bytes(graph, fmt: str) -> bytes:
    """A co-appearance graph as GEXF (Gephi) or GraphML bytes, written by `jdash.network.write_network`."""
    from jdash.network import write_network

    fmt = fmt.lower()
    if fmt not in ("gexf", "graphml"):
        raise ExportError(f"Unknown graph format {fmt!r}: use gexf or graphml.")
    buf = io.BytesIO()
    write_network(graph, fmt, buf)
    return buf.getvalue()
