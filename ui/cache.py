"""The only place with `st.cache_data` / `st.cache_resource`.

- The query engine (`jdash.engine.Engine`: DuckDB over the store's Parquet files, no tables held in
  memory) is a resource, keyed by the store directory and the store's current generation, so an
  upload or rebuild is picked up on the next run.
- Each page's view (`jdash.views.<page>`) is `cache_data`, keyed by the generation, the filters and the
  page's parameters: small results, each session gets its own copy.
- Expensive derived things (word cloud, static exports, network files) are `cache_data` too — never a
  shared mutable figure.
"""

from __future__ import annotations

from pathlib import Path

from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from jdash import charts, export, views
from jdash.engine import Engine
from jdash.errors import StoreError
from jdash.filters import Filters
from jdash.settings import load_settings


def settings():
    return load_settings()


def store_dir() -> Path:
    return settings().store


def store_stamp(path: Path | None = None) -> str:
    """An id that changes whenever the store's tables change ("none" before the first build)."""
    from jdash import store

    return store.current_generation(Path(path or store_dir())) or "none"


def ensure_store() -> str | None:
    """Build the store from the corpus setting (the seeds by default) if there is none yet.
    Returns a message about what was built, or None."""
    from jdash import store

    s = settings()
    stamp_ = store.current_generation(s.store)
    if stamp_ is not None and not _damage(str(s.store), stamp_, _files_stat(s.store, stamp_)):
        return None
    if stamp_ is None and (older := store.older_store(s.store)) is not None:
        return _rebuild_older(s, older)
    what = "First run" if stamp_ is None else "The store is damaged"
    with st.spinner(f"{what}: building the store from {s.corpus} …"):
        report = store.build([s.corpus], s.store, s.workers)
    repaired = f" Repaired: {'; '.join(report.repaired)}." if report.repaired else ""
    from ui.widgets import count

    return f"Built the store from {s.corpus}: {count(report.pages, 'page')}, {count(report.articles, 'article')}.{repaired}"


def _rebuild_older(s, older) -> str:
    """A store an older jdash wrote: rebuilt from the user's pages (the corpus setting and the store's
    uploads) when they hold every page it held; else left as it is (StoreError says what to run)."""
    from jdash import store

    said = (f"The store at {s.store} was written by an older jdash (store format {older.format}; "
            f"this one writes {store.STORE_FORMAT})")
    dropped = store.pages_a_build_would_drop(older, [s.corpus])
    if dropped is None or dropped:
        which = ("its pages cannot be listed" if dropped is None else f"{len(dropped)} of its pages are neither in "
                 f"{s.corpus} nor among its uploads ({', '.join(dropped[:5])}{' …' if len(dropped) > 5 else ''})")
        raise StoreError(f"{said}, and {which}. It is left as it is: rebuild it from your pages with "
                         f"`jdash build YOUR_PAGES_FOLDER --store {s.store}`.")
    with st.spinner(f"{said}: rebuilding it from your pages ({s.corpus} and the store's uploads) …"):
        report = store.build([s.corpus], s.store, s.workers)
    from ui.widgets import count

    return (f"{said}: rebuilt it from your pages ({s.corpus} and the store's uploads): "
            f"{count(report.pages, 'page')}, {count(report.articles, 'article')}.")


def _files_stat(path: Path, stamp_: str) -> tuple:
    """Size and modification time of the current generation's files: a damaged file changes them."""
    folder = Path(path) / "generations" / stamp_
    try:
        return tuple((f.relative_to(folder).as_posix(), f.stat().st_size, f.stat().st_mtime_ns)
                     for f in sorted(folder.rglob("*.parquet")))
    except OSError:
        return ()


@st.cache_data(show_spinner=False, max_entries=4)
def _damage(path: str, stamp_: str, files: tuple) -> list[tuple[str, str]]:
    """The store's damaged files (jdash.store.verify), checked once per generation and file state."""
    from jdash import store

    return store.verify(path, deep=False)


@st.cache_resource(show_spinner="Opening the store …", max_entries=2)
def _engine(path: str, stamp_: str) -> Engine:
    return Engine.open(Path(path))


def engine() -> Engine:
    """The query engine over the current store generation (shared; it holds no tables in memory).
    An unreadable store stops the page with an error message, never an exception."""
    path = store_dir()
    try:
        return _engine(str(path), store_stamp(path))
    except StoreError as err:
        from ui.widgets import md  # here: ui.widgets imports this module

        st.error(f"The store at `{path}` could not be read: {md(err)}")
        st.stop()


def stamp() -> str:
    return store_stamp(store_dir())


def clear() -> None:
    """After an upload: forget everything derived from the old store."""
    st.cache_data.clear()
    _engine.clear()


# ---------------------------------------------------------------- the pages' views


@st.cache_data(show_spinner=False, max_entries=256)
def _view(stamp_: str, name: str, key: tuple, params: tuple) -> Any:
    return getattr(views, name)(engine(), Filters(*key), **dict(params))


def view(name: str, filters: Filters, /, **params) -> Any:
    """`jdash.views.<name>(engine, filters, **params)`, cached per store generation, filters and params."""
    return _view(stamp(), name, filters.key(), tuple(sorted(params.items())))


@st.cache_data(show_spinner=False, max_entries=4)
def _sidebar(stamp_: str) -> views.Sidebar:
    return views.sidebar(engine())


def sidebar() -> views.Sidebar:
    return _sidebar(stamp())


def options() -> dict[str, list[str]]:
    s = sidebar()
    return {"counties": s.counties, "topics": s.topics, "officials": s.officials}


@st.cache_data(show_spinner=False, max_entries=8)
def _store_counts(stamp_: str) -> tuple[int, int]:
    e = engine()
    return int(e.scalar("SELECT count(*) FROM pages")), int(e.scalar("SELECT count(*) FROM articles"))


@st.cache_data(show_spinner=False, max_entries=8)
def _near_duplicates(stamp_: str) -> pd.DataFrame:
    return views.near_duplicates(engine())


def near_duplicates() -> pd.DataFrame:
    """source, older, similarity, articles — stored pages that nearly repeat an older one."""
    return _near_duplicates(stamp())


@st.cache_data(show_spinner=False, max_entries=8)
def _uploaded_pages(stamp_: str, digests: tuple[str, ...]) -> pd.DataFrame:
    return views.uploaded_pages(engine(), list(digests))


def uploaded_pages() -> pd.DataFrame:
    """The stored pages the user uploaded, with their dates (`views.uploaded_pages`)."""
    from jdash.uploadmeta import stored_digests

    return _uploaded_pages(stamp(), tuple(stored_digests(store_dir())))


def store_counts() -> tuple[int, int]:
    """(pages, articles) in the store."""
    return _store_counts(stamp())


@st.cache_data(show_spinner=False, max_entries=16)
def _page_corpus(stamp_: str, source: str):
    return views.page_corpus(engine(), source)


def page_corpus(source: str):
    """One page's rows of every table (a `Corpus`), for the reader's correction controls."""
    return _page_corpus(stamp(), source)


def table(filters: Filters, name: str) -> pd.DataFrame:
    """A whole table's rows for the filtered articles (downloads only: read when clicked)."""
    return views.filtered_table(engine(), filters, name)


# ---------------------------------------------------------------- expensive derived things


@st.cache_data(show_spinner=False, max_entries=16)
def network_file(stamp_: str, key: tuple, min_weight: int, include_national: bool, fmt: str) -> bytes:
    from jdash.network import build_network

    f = Filters(*key)
    graph = build_network(views.officials_frame(engine(), f), min_weight=min_weight,
                          include_national=include_national)
    return export.graph_bytes(graph, fmt)


@st.cache_data(show_spinner="Drawing the word cloud …", max_entries=32)
def word_cloud(freqs: tuple[tuple[str, int], ...], font: str | None) -> go.Figure:
    return charts.word_cloud(dict(freqs), font_path=str(export.find_cjk_font(font)))


@st.cache_data(show_spinner=False, max_entries=64)
def image_bytes(fig_json: str, fmt: str, caption: str | None = None) -> bytes:
    """PNG/SVG bytes of a figure with its caption line (keyed by both, so the same chart is exported once)."""
    import plotly.io as pio

    return export.figure_image(pio.from_json(fig_json), fmt, caption=caption)


@st.cache_data(show_spinner=False)
def static_export_available() -> bool:
    return export.static_export_available()
