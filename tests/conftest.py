"""Fixtures shared by the test modules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SEED_PAGES = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    """A corpus folder holding copies of the seed pages."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in SEED_PAGES:
        shutil.copyfile(seed, folder / seed.name)
    return folder


@pytest.fixture
def private_segmenter(monkeypatch):
    """A segmenter of the test's own: names it teaches (`nlp.add_names`) leave the process's shared
    one untouched, so no later test depends on the order tests run in."""
    from jdash import nlp

    shared = nlp.engine()
    monkeypatch.setattr(nlp, "_engine", None)
    nlp.forget_tags()
    yield shared
    nlp.forget_tags()
