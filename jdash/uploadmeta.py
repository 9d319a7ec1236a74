"""Dates (and page labels, paper names) the user gives with uploaded pages: a `pages.csv` inside an
uploaded zip, or uploaded beside the `.txt` pages, as in a corpus folder (columns file, date, page,
paper). Its rows are kept with the store's uploads, by page content, in `uploads/.meta.json`, so every
later build gives those pages the user's dates (date_source `pages.csv`)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path, PurePosixPath

from jdash.atomicio import atomic_write
from jdash.model import ParseWarning
from jdash.pipeline import PAGES_CSV, PageMeta, parse_pages_csv

META_FILE = ".meta.json"

# (folder the pages.csv sits in, inside the upload; its rows by file name)
CsvTable = tuple[str, dict[str, PageMeta]]


def is_pages_csv(path: str) -> bool:
    """Whether an uploaded file or zip member is a `pages.csv`.

    >>> is_pages_csv("2019/pages.csv"), is_pages_csv("notes.csv")
    (True, False)
    """
    return PurePosixPath(path).name.lower() == PAGES_CSV


def read_csvs(csvs: list[tuple[str, bytes]], label: str) -> tuple[list[CsvTable], list[ParseWarning]]:
    """Each uploaded `pages.csv` (path inside the upload, bytes) as its folder and rows; bad rows
    and unreadable files become warnings naming `label/path`."""
    tables: list[CsvTable] = []
    warnings: list[ParseWarning] = []
    for path, data in csvs:
        rows, found = parse_pages_csv(data, f"{label}/{path}" if label else path)
        warnings.extend(found)
        folder = PurePosixPath(path).parent.as_posix()
        tables.append(("" if folder == "." else folder, rows))
    return tables, warnings


def row_for(source: str, tables: list[CsvTable]) -> tuple[int, str] | None:
    """(index of the table, row's file name) of the row for the page at `source` (its path inside
    the upload): the deepest pages.csv above it that names it by its path relative to that csv, else
    by its bare file name when only one row has that name.

    >>> row_for("2019/a.txt", [("", {"b.txt": PageMeta()}), ("2019", {"a.txt": PageMeta()})])
    (1, 'a.txt')
    """
    for index, (folder, rows) in sorted(enumerate(tables), key=lambda t: -len(t[1][0])):
        prefix = f"{folder}/" if folder else ""
        if not source.startswith(prefix):
            continue
        relative = source[len(prefix):]
        if relative in rows:
            return index, relative
        named = [name for name in rows if PurePosixPath(name).name == PurePosixPath(source).name]
        if len(named) == 1:
            return index, named[0]
    return None


def unused_rows(tables: list[CsvTable], used: set[tuple[int, str]], label: str) -> list[ParseWarning]:
    """A warning for each row of `tables` that dated no page of the upload (a misspelt or miscased
    name, or a pages.csv uploaded without its pages: its dates would be lost in silence).

    >>> unused_rows([("2019", {"a.txt": PageMeta(), "b.txt": PageMeta()})], {(0, "a.txt")}, "x.zip")
    [ParseWarning(source='x.zip/2019/pages.csv', reason='b.txt: no page of this upload by that name was kept; row unused')]
    """
    warnings = []
    for index, (folder, rows) in enumerate(tables):
        path = f"{folder}/{PAGES_CSV}" if folder else PAGES_CSV
        warnings.extend(ParseWarning(f"{label}/{path}" if label else path,
                                     f"{name}: no page of this upload by that name was kept; row unused")
                        for name in rows if (index, name) not in used)
    return warnings


def load(uploads: Path) -> dict[str, PageMeta]:
    """The kept rows, by page content hash (empty when there are none or the file is unreadable)."""
    try:
        raw = json.loads((uploads / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    fields = {f.name for f in dataclasses.fields(PageMeta)}
    return {digest: PageMeta(**{k: v for k, v in row.items() if k in fields})
            for digest, row in raw.items() if isinstance(row, dict)}


def save(uploads: Path, metas: dict[str, PageMeta]) -> None:
    """Keep `metas` (by content hash) with the uploads, atomically, over the rows already kept."""
    if not metas:
        return
    kept = {**load(uploads), **metas}
    data = {digest: dataclasses.asdict(meta) for digest, meta in sorted(kept.items())}
    atomic_write(uploads / META_FILE, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


UPLOADS = "uploads"  # the store's folder of uploaded pages (jdash.store keeps them there)


def stored_digests(store_dir: Path) -> list[str]:
    """The content hashes of the pages uploaded into the store at `store_dir` (each kept in
    `uploads/<xx>/<hash>/`): what the upload page lists with their dates. Empty before any upload.

    >>> stored_digests(Path("/nonexistent"))
    []
    """
    uploads = Path(store_dir) / UPLOADS
    if not uploads.is_dir():
        return []
    return sorted(folder.name for fan in uploads.iterdir() if fan.is_dir() and not fan.name.startswith(".")
                  for folder in fan.iterdir() if folder.is_dir() and folder.name.startswith(fan.name))
