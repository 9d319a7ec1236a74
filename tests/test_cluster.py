"""Parsing on a Dask cluster (jdash.cluster): a local 2-worker cluster writes the store a local build writes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import jdash.cluster

from jdash.errors import StoreError
from jdash.store import build, load_corpus

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
TABLES = ("articles", "officials", "persons", "figures", "pages", "warnings")


def _pages(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(count):
        seed = SEEDS[i % len(SEEDS)]
        (folder / f"{i:04d}_{seed.name}").write_bytes(seed.read_bytes() + b"\n" * (i + 1))
    (folder / "empty.txt").write_bytes(b"")  # a bad page: its warning is part of the store too
    return folder


def test_a_local_two_worker_dask_cluster_writes_the_same_store(tmp_path):
    corpus = _pages(tmp_path / "corpus", 12)
    local = build([corpus], tmp_path / "local", workers=1)
    on_dask = build([corpus], tmp_path / "dask", workers=2, engine="dask")
    assert (on_dask.parsed, on_dask.pages, on_dask.articles) == (local.parsed, local.pages, local.articles)
    assert local.parsed == local.pages == 13  # the empty page is stored with its warning
    assert on_dask.warnings == local.warnings and len(local.warnings) == 1
    a, b = load_corpus(tmp_path / "local"), load_corpus(tmp_path / "dask")
    assert len(a.articles) > 50
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_an_unreachable_scheduler_is_a_store_error(tmp_path, monkeypatch):
    monkeypatch.setattr(jdash.cluster, "CONNECT_TIMEOUT", "2s")
    corpus = _pages(tmp_path / "corpus", 1)
    with pytest.raises(StoreError, match="Dask scheduler"):
        build([corpus], tmp_path / "store", engine="dask", scheduler="tcp://127.0.0.1:9")
