"""Engine.scratch: an intermediate result read by several queries of one view, dropped after it."""

from __future__ import annotations

import pytest

from jdash.engine import Engine
from jdash.store import build, generation_dir

from dash_fixtures import SEEDS


def test_a_scratch_table_holds_the_result_during_the_call_and_is_dropped_after(tmp_path):
    build([SEEDS], tmp_path / "store")
    engine = Engine(generation_dir(tmp_path / "store"))
    n = int(engine.scalar("SELECT count(*) FROM articles"))
    with engine.scratch("SELECT id FROM articles WHERE id IS NOT NULL") as name:
        assert int(engine.scalar(f"SELECT count(*) FROM {name}")) == n
    assert engine.df(f"SELECT * FROM duckdb_tables() WHERE table_name = '{name}'").empty
    with pytest.raises(ZeroDivisionError), engine.scratch("SELECT 1 AS x") as other:
        1 / 0
    assert engine.df(f"SELECT * FROM duckdb_tables() WHERE table_name = '{other}'").empty
