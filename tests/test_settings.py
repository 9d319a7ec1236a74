"""Settings: read from the environment, documented in README."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdash.errors import JdashError
from jdash.settings import SETTINGS, load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_readme_documents_every_setting():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"`{setting.env}`" in readme, setting.env
        assert f"| {setting.name} |" in readme, setting.name


def test_defaults_show_the_seeds_and_store_under_the_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings({})
    assert settings.corpus == ROOT / "seeds"
    assert sorted(p.name for p in settings.corpus.glob("*.txt"))
    assert settings.store == tmp_path / ".jdash" / "store"
    assert settings.workers == 1
    assert settings.font is None


def test_environment_overrides(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings({"JDASH_CORPUS": "pages", "JDASH_STORE": str(tmp_path / "s"),
                              "JDASH_WORKERS": "4", "JDASH_MAX_ZIP_FILES": "10", "JDASH_FONT": ""})
    assert settings.corpus == tmp_path / "pages"
    assert settings.store == tmp_path / "s"
    assert settings.workers == 4
    assert settings.max_zip_files == 10
    assert settings.font is None


@pytest.mark.parametrize("value", ["many", "0", "-2", "1.5"])
def test_bad_number_names_the_variable(value):
    with pytest.raises(JdashError, match=f"JDASH_WORKERS='{value}' is not valid"):
        load_settings({"JDASH_WORKERS": value})
