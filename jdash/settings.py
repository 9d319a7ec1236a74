"""jdash's settings, declared once: a name, the environment variable that sets it, a default, a help text.

`load_settings()` reads them from the environment; the CLI's options override them. README lists
every one (a test checks it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jdash.errors import JdashError

_PACKAGE_DIR = Path(__file__).resolve().parent


def _default_corpus() -> Path:
    # In a checkout the seed pages sit beside the package; installed elsewhere, look in the cwd.
    checkout_seeds = _PACKAGE_DIR.parent / "seeds"
    return checkout_seeds if checkout_seeds.is_dir() else Path.cwd() / "seeds"


def _default_store() -> Path:
    return Path.cwd() / ".jdash" / "store"


def _path(value: str) -> Path:
    return Path(value).expanduser().resolve()


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ValueError("expected a whole number") from None
    if number < 1:
        raise ValueError("must be at least 1")
    return number


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise ValueError("expected a number") from None
    if not number > 0 or number == float("inf"):
        raise ValueError("must be a number above 0")
    return number


@dataclass(frozen=True)
class Setting:
    """One setting: its name, environment variable, default, help text and parser."""

    name: str
    env: str
    default: Callable[[], Any]
    help: str
    parse: Callable[[str], Any]


SETTINGS: tuple[Setting, ...] = (
    Setting("corpus", "JDASH_CORPUS", _default_corpus,
            "Folder of page `.txt` files (and an optional `pages.csv`) that the dashboard and "
            "`jdash build` read by default. Default: the repository's `seeds/`.", _path),
    Setting("store", "JDASH_STORE", _default_store,
            "Folder of the Parquet store, uploads included. Default: `.jdash/store` in the current directory.",
            _path),
    Setting("workers", "JDASH_WORKERS", lambda: 1,
            "Worker processes that parse pages. Default: 1.", _positive_int),
    Setting("max_upload_bytes", "JDASH_MAX_UPLOAD_BYTES", lambda: 256 * 2**20,
            "Largest uploaded file, and largest page inside a zip, in bytes. Default: 268435456 (256 MiB).",
            _positive_int),
    Setting("max_zip_files", "JDASH_MAX_ZIP_FILES", lambda: 50_000,
            "Most members one uploaded zip may hold. Default: 50000.", _positive_int),
    Setting("max_unzipped_bytes", "JDASH_MAX_UNZIPPED_BYTES", lambda: 2 * 2**30,
            "Most bytes one uploaded zip may unpack to (zip-bomb guard). Default: 2147483648 (2 GiB).",
            _positive_int),
    Setting("page_seconds", "JDASH_PAGE_SECONDS", lambda: 60.0,
            "CPU seconds one page's parse may take; a page that needs more is reported (\"too complex to parse "
            "in N s\") and skipped, the others stored. Uploads get the same budget. Default: 60.", _positive_float),
    Setting("page_mb", "JDASH_PAGE_MB", lambda: 2048,
            "Megabytes of memory one page's parse may add; a page that needs more is reported and skipped. "
            "Default: 2048.", _positive_int),
    Setting("font", "JDASH_FONT", lambda: None,
            "A font file that draws Chinese, for word clouds and image exports. Default: found automatically.",
            _path),
)


@dataclass(frozen=True)
class Settings:
    """The values in force."""

    corpus: Path
    store: Path
    workers: int
    max_upload_bytes: int
    max_zip_files: int
    max_unzipped_bytes: int
    page_seconds: float
    page_mb: int
    font: Path | None


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Settings from `env` (default `os.environ`); unset or empty variables take the default.

    Raises `JdashError` naming the variable when a value cannot be read.
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = env.get(setting.env, "").strip()
        if not raw:
            values[setting.name] = setting.default()
            continue
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as err:
            raise JdashError(f"{setting.env}={raw!r} is not valid: {err}") from None
    return Settings(**values)
