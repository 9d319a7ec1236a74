"""bench.resummarise: a copy of a store whose summaries are of older SQL gets this code's, the original left as it
was (its files hard links, never written); the copy's summed views equal the original's scanned ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bench.resummarise import resummarise
from jdash import summaries, views
from jdash.engine import NETWORK_TABLES, SUMMARIES_MARK, Engine
from jdash.filters import Filters
from jdash.store import build, generation_dir

from dash_fixtures import SEEDS
from test_summaries import _assert_same


def _files(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    return {str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_copy_of_an_older_store_gets_this_codes_summaries_and_the_original_is_untouched(tmp_path):
    old = tmp_path / "old"
    build([SEEDS], old)
    generation = generation_dir(old)
    for name in summaries.NAMES[:2]:  # as an older build's: another version, a table fewer, no whole network
        shutil.rmtree(generation / name)
    for name in NETWORK_TABLES:
        (generation / f"{name}.parquet").unlink()
    (generation / SUMMARIES_MARK).write_text(json.dumps({"version": "older"}), encoding="utf-8")
    before = _files(old)
    scanned = Engine(generation)
    assert not views.summed(scanned, "sum_officials") and scanned.network_version is None
    result = resummarise(old, tmp_path / "new")
    assert _files(old) == before
    copy = generation_dir(tmp_path / "new")
    assert copy.name == generation.name and (copy / "articles").is_dir()
    assert {(copy / "articles" / p.name).stat().st_ino for p in (generation / "articles").iterdir()} == \
        {p.stat().st_ino for p in (generation / "articles").iterdir()}  # linked, not copied
    assert result["summaries"] == summaries.version() and result["network"] == views.NETWORK_VERSION
    engine = Engine(copy)
    assert views.summed(engine, *summaries.NAMES) and engine.network_version == views.NETWORK_VERSION
    for view in (views.overview, views.network, views.counties):
        _assert_same(view(engine, Filters()), view(scanned, Filters()), view.__name__)
