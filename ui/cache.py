"""The only place with `st.cache_data` / `st.cache_resource`.

- The corpus (read-only DataFrames) is a resource, keyed by the store directory and the store's
  current generation, so an upload or rebuild is picked up on the next run. Nothing mutates it: every
  `jdash.queries` function returns new frames.
- Filtered views are cached as row positions (small), and cut from the corpus on each run.
- Expensive derived things (network layout, word cloud, static exports) are `cache_data`,
  so each session gets its own copy — never a shared mutable figure.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from jdash import charts, export, queries
from jdash.errors import StoreError
from jdash.filters import Filters
from jdash.settings import load_settings
from jdash.tables import Corpus, empty_corpus


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
    if store.current_generation(s.store) is not None:
        return None
    with st.spinner(f"First run: building the store from {s.corpus} …"):
        report = store.build([s.corpus], s.store, s.workers)
    return f"Built the store from {s.corpus}: {report.pages} pages, {report.articles} articles."


@st.cache_resource(show_spinner="Loading the corpus …", max_entries=2)
def _load(path: str, stamp: str) -> Corpus:
    from jdash import store

    return store.load_corpus(Path(path))


def corpus() -> Corpus:
    """The current corpus (shared, read-only). An unreadable store gives an empty corpus and
    an error message on the page, never an exception."""
    path = store_dir()
    try:
        return _load(str(path), store_stamp(path))
    except StoreError as err:
        st.error(f"The store at `{path}` could not be read: {err}")
        return empty_corpus()


def stamp() -> str:
    return store_stamp(store_dir())


def clear() -> None:
    """After an upload: forget everything derived from the old store."""
    st.cache_data.clear()
    _load.clear()


# ---------------------------------------------------------------- filtered views


@st.cache_data(show_spinner=False, max_entries=256)
def _positions(stamp_: str, key: tuple) -> np.ndarray:
    arts = corpus().articles
    f = Filters(*key)
    picked = queries.filter_articles(arts, f)
    return arts.index.get_indexer(picked.index)


@st.cache_data(show_spinner=False, max_entries=256)
def _options(stamp_: str) -> dict[str, list[str]]:
    c = corpus()
    return queries.options(c.articles, c.officials)


def options() -> dict[str, list[str]]:
    return _options(stamp())


def articles(filters: Filters) -> pd.DataFrame:
    arts = corpus().articles
    return arts.iloc[_positions(stamp(), filters.key())]


def officials(filters: Filters) -> pd.DataFrame:
    c = corpus()
    if filters.is_empty:
        return c.officials
    return queries.rows_for_articles(c.officials, articles(filters)["id"])


def figures(filters: Filters) -> pd.DataFrame:
    c = corpus()
    if filters.is_empty:
        return c.figures
    return queries.rows_for_articles(c.figures, articles(filters)["id"])


# ---------------------------------------------------------------- expensive derived things


def _build_network(filters: Filters, min_weight: int, include_national: bool, max_nodes: int | None = None) -> nx.Graph:
    from jdash.network import build_network

    offs = officials(filters)
    if max_nodes:  # only the officials that will be drawn: edges among them are unchanged
        top = queries.top_officials(offs, max_nodes, include_national=include_national)["name"]
        offs = offs.loc[offs["name"].isin(set(top))]
    ids = None if filters.is_empty else list(articles(filters)["id"])
    return build_network(offs, min_weight=min_weight, include_national=include_national, article_ids=ids,
                         articles=corpus().articles)


@st.cache_data(show_spinner="Laying out the network …", max_entries=64)
def network_frames(stamp_: str, key: tuple, min_weight: int, include_national: bool,
                   max_nodes: int) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Nodes and edges to draw, and how many officials there are in all."""
    f = Filters(*key)
    graph = _build_network(f, min_weight, include_national, max_nodes)
    nodes, edges = queries.network_frames(graph, max_nodes=max_nodes)
    total = queries.top_officials(officials(f), None, include_national=include_national)["name"].nunique()
    return nodes, edges, total


@st.cache_data(show_spinner=False, max_entries=16)
def network_file(stamp_: str, key: tuple, min_weight: int, include_national: bool, fmt: str) -> bytes:
    graph = _build_network(Filters(*key), min_weight, include_national)
    return export.graph_bytes(graph, fmt)


@st.cache_data(show_spinner="Drawing the word cloud …", max_entries=32)
def word_cloud(stamp_: str, key: tuple, n: int, font: str | None) -> go.Figure:
    freqs = queries.term_frequencies(articles(Filters(*key)), n)
    return charts.word_cloud(freqs, font_path=str(export.find_cjk_font(font)))


@st.cache_data(show_spinner=False, max_entries=64)
def image_bytes(fig_json: str, fmt: str) -> bytes:
    """PNG/SVG bytes of a figure (keyed by its JSON, so the same chart is exported once)."""
    import plotly.io as pio

    return export.figure_image(pio.from_json(fig_json), fmt)


@st.cache_data(show_spinner=False)
def static_export_available() -> bool:
    return export.static_export_available()
