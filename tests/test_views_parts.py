"""`views._parts`: which parts of a table a filter's dates read, by the span of each part's articles."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from jdash import views
from jdash.filters import Filters

# Three parts: days of early 2020, a page known only to its year 2021, days of early 2022.
SPANS = pd.DataFrame({"part": ["a.parquet", "b.parquet", "c.parquet"],
                      "first": pd.to_datetime(["2020-01-01", None, "2022-01-01"]),
                      "last": pd.to_datetime(["2020-06-30", None, "2022-06-30"]),
                      "first_year": pd.array([None, 2021, None], dtype="Int64"),
                      "last_year": pd.array([None, 2021, None], dtype="Int64")})


def _read(monkeypatch, filters: Filters, name: str) -> str:
    monkeypatch.setattr(views, "_part_spans", lambda engine: SPANS)
    monkeypatch.setattr(views, "table_files", lambda generation, table: [f"/store/{table}/{p}" for p in SPANS["part"]])
    return views._parts(SimpleNamespace(generation=Path(f"/store/{name}")), "terms", filters)


def test_a_range_reads_the_parts_its_days_meet(monkeypatch):
    read = _read(monkeypatch, Filters(start=date(2022, 3, 1), end=date(2022, 12, 31)), "days")
    assert "c.parquet" in read and "a.parquet" not in read and "b.parquet" not in read


def test_a_part_of_a_year_alone_is_read_only_when_the_range_holds_that_whole_year(monkeypatch):
    whole = _read(monkeypatch, Filters(start=date(2021, 1, 1), end=date(2021, 12, 31)), "whole")
    assert "b.parquet" in whole and "a.parquet" not in whole and "c.parquet" not in whole
    part = _read(monkeypatch, Filters(start=date(2021, 3, 1), end=date(2021, 12, 31)), "part")
    assert part == "(SELECT * FROM terms WHERE false)"


def test_no_dates_read_every_part(monkeypatch):
    assert _read(monkeypatch, Filters(counties=("嘉祥县",)), "none") == "terms"
