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
