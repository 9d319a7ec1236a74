"""Per-part summary tables: what the dashboard's unfiltered pages count, counted by the build with each part.

A generation's parts (`jdash.parts`) each get one file per summary table (`engine.SUMMARY_TABLES`), named
like the part's other files: the result of `views.SUMMARIES`' SQL over that part's articles, officials
and figures (articles per county, topic and kind; officials with their article counts and latest titles;
the head counts; the figures the Counties page reads). A written part's summaries are counted from its
final rows; an unchanged part's are linked with it. The generation's `engine.SUMMARIES_MARK` names the
version of the SQL (`views.SUMMARIES_VERSION`): a store written before summaries, or by other SQL, has
none the dashboard sums (it scans instead), and its next build counts them for every part.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from jdash.atomicio import atomic_write
from jdash.engine import SUMMARIES_MARK, SUMMARY_TABLES
from jdash.parts import Source, Tables

NAMES = SUMMARY_TABLES


def _sql() -> tuple[dict[str, str], str]:
    from jdash import views  # the views' own SQL (imported when a build first writes a part)

    return views.SUMMARIES, views.SUMMARIES_VERSION


def summarise(rows: Tables) -> Tables:
    """The summary tables of one part from its tables (`articles`, `officials`, `figures`, `terms`)."""
    queries, _ = _sql()
    con = duckdb.connect(config={"threads": 1})
    try:
        for name in ("articles", "officials", "figures", "terms"):
            con.register(name, rows[name])
        return {name: con.sql(queries[name]).to_arrow_table() for name in NAMES}
    finally:
        con.close()


def version() -> str:
    return _sql()[1]


def current(source: Source) -> bool:
    """Whether an old part's summaries were written by this code (its generation's mark says so)."""
    return source.folder is not None and written_by(source.folder) == version()


def written_by(generation: Path) -> str | None:
    """The version named by a generation's mark, or None (no summaries, or an unreadable mark)."""
    try:
        return str(json.loads((generation / SUMMARIES_MARK).read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


class Summaries:
    """The build's `parts.Summariser`: this module's functions."""

    names = NAMES

    def summarise(self, rows: Tables) -> Tables:
        return summarise(rows)

    def current(self, source: Source) -> bool:
        return current(source)


def mark(generation: Path) -> None:
    """Say that every part of a generation being written has summaries of this code's version."""
    atomic_write(generation / SUMMARIES_MARK, json.dumps({"version": version(), "tables": list(NAMES)}).encode())
