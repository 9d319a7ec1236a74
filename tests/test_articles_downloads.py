"""The Articles page never builds its downloads while it renders (issue 9): every filtered article
with its body, as CSV or JSONL, is read only when a download button is clicked. (A crafted corpus once
made each visit of the page take 32 s and 6.4 GB, for a download nobody asked for.)"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dash_fixtures import ROOT, SEEDS, seeds_app_env, seeds_store  # noqa: F401
from jdash import export, views


pytestmark = pytest.mark.usefixtures("seeds_app_env")


def test_the_articles_page_renders_without_building_a_download(monkeypatch):
    built = []
    real_table, real_csv = views.filtered_table, export.table_csv
    monkeypatch.setattr(views, "filtered_table", lambda *a, **k: built.append("table") or real_table(*a, **k))
    monkeypatch.setattr(export, "table_csv", lambda *a, **k: built.append("csv") or real_csv(*a, **k))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/articles.py").run()
    assert not at.exception, [e.message for e in at.exception]
    at.run()  # a second run (any widget change) builds nothing either
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("CSV") >= 2 and labels.count("JSONL") >= 2  # the buttons are there
    assert built == []
