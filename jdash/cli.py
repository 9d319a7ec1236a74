"""The `jdash` command: build the store, export its tables. A thin front end over jdash.store."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import click
import pandas as pd

from jdash import __version__
from jdash.budget import Budget
from jdash.errors import ExportError, JdashError
from jdash.pipeline import DEBUG_ENV, debug_enabled, is_internal_error
from jdash.settings import load_settings
from jdash.store import BuildReport, Progress, build, iter_article_records, load_corpus

TABLE_FORMATS = ("jsonl", "csv", "parquet")
NETWORK_FORMATS = ("gexf", "graphml", "csv")
EXPORTS = ("articles", "officials", "figures", "network", "tenures")


def _friendly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn jdash's own errors into a one-line message and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except JdashError as err:
            if debug_enabled():
                raise
            raise click.ClickException(str(err)) from None

    return wrapper


@click.group()
@click.version_option(__version__, prog_name="jdash")
@click.option("--debug", is_flag=True,
              help="Log debug messages, and stop at the first internal error with its traceback.")
def main(debug: bool) -> None:
    """Turn OCR'd pages of 济宁日报 into structured articles."""
    if debug:
        os.environ[DEBUG_ENV] = "1"  # read by process_page, here and in the worker processes
    _log_to_stderr(logging.DEBUG if debug_enabled() else logging.WARNING)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is at the time (click's test runner swaps it)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def _log_to_stderr(level: int) -> None:
    """jdash's log (tracebacks of internal errors included) on stderr, at `level`."""
    logger = logging.getLogger("jdash")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)


_paths = click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
_store = click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
                      help="Store folder (default: $JDASH_STORE or .jdash/store).")


@main.command("build")
@_paths
@_store
@click.option("--workers", type=click.IntRange(min=1), help="Parsing processes (default: $JDASH_WORKERS or 1).")
@click.option("--strict", is_flag=True, help="Exit with status 1 if any file was skipped or warned about.")
@click.option("--engine", type=click.Choice(["processes", "dask"]), default="processes", show_default=True,
              help="Parse in local processes, or on a Dask cluster (needs: pip install -e \".[cluster]\").")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler to use (tcp://host:8786); default a local cluster of --workers.")
@click.option("--page-seconds", type=click.FloatRange(min=0, min_open=True),
              help="CPU seconds one page may take; a page that needs more is reported and skipped "
                   "(default: $JDASH_PAGE_SECONDS or 60).")
@click.option("--page-mb", type=click.IntRange(min=1),
              help="Megabytes of memory one page may add; a page that needs more is reported and skipped "
                   "(default: $JDASH_PAGE_MB or 2048).")
@_friendly
def build_command(paths: tuple[Path, ...], store_dir: Path | None, workers: int | None, strict: bool, engine: str,
                  scheduler: str | None, page_seconds: float | None, page_mb: int | None) -> None:
    """Parse page files and folders (default: the corpus setting) into the store."""
    settings = load_settings()
    store = store_dir or settings.store
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    budget = Budget(page_seconds or settings.page_seconds, page_mb or settings.page_mb)
    report = _build(paths or (settings.corpus,), store, workers or settings.workers, engine=engine, scheduler=scheduler,
                    budget=budget)
    click.echo(f"{report.pages} pages ({report.parsed} parsed, {report.reused} reused, {report.removed} removed), "
               f"{report.articles} articles, {len(report.warnings)} warnings → {store}", err=True)
    if strict and report.warnings:
        raise click.ClickException(f"{len(report.warnings)} warnings (--strict)")


@main.command("export")
@click.argument("what", type=click.Choice(EXPORTS))
@_paths
@click.option("--format", "fmt", required=True, type=click.Choice(sorted({*TABLE_FORMATS, *NETWORK_FORMATS})),
              help="jsonl, csv or parquet for tables; gexf, graphml or csv for the network.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout).")
@_store
@_friendly
def export_command(what: str, paths: tuple[Path, ...], fmt: str, output: Path | None, store_dir: Path | None) -> None:
    """Write articles, officials, figures, the officials' network or the tenures (post, name, first and
    last year; those the dated pages teach and those of public record, marked by source) from the
    store, or from PATHs."""
    allowed = NETWORK_FORMATS if what == "network" else TABLE_FORMATS
    if fmt not in allowed:
        raise click.ClickException(f"{what} cannot be exported as {fmt}: use {', '.join(allowed)}")
    if fmt == "parquet" and output is None:
        raise click.ClickException("parquet is binary: give an output file with -o FILE")
    with _source_store(paths, store_dir) as store, _target(output) as target:
        if what == "network":
            _write_network(store, fmt, target)
        elif what == "articles" and fmt == "jsonl":
            _write_jsonl(iter_article_records(store), target)
        elif what == "tenures":
            from jdash.tenures import registry

            corpus = load_corpus(store)
            {"jsonl": _write_frame_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt](
                registry(corpus.officials, corpus.pages, corpus.articles), target)
        else:
            from jdash.export import with_codes, with_issue_year  # plotly is heavy: loaded only for table exports

            corpus = load_corpus(store)
            frame = with_codes(with_issue_year(getattr(corpus, what), corpus.articles))
            {"jsonl": _write_frame_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt](frame, target)


@main.command("check")
@_store
@click.option("--quick", is_flag=True, help="Read each table's footer only, not its data.")
@_friendly
def check_command(store_dir: Path | None, quick: bool) -> None:
    """Report the store's health: every damaged table file and why (exit status 1 if any).
    The next `jdash build` repairs them from the pages."""
    from jdash.store import verify

    store = store_dir or load_settings().store
    if not (Path(store) / "manifest.json").exists():
        raise click.ClickException(f"no store at {store}: run `jdash build` first")
    damaged = verify(store, deep=not quick)
    for path, reason in damaged:
        click.echo(f"damaged: {path}: {reason}")
    click.echo(f"{store}: {len(damaged)} damaged file(s); run `jdash build` to repair" if damaged
               else f"{store}: sound", err=True)
    if damaged:
        raise SystemExit(1)


@main.group("corrections")
def corrections_group() -> None:
    """List, export and import the user's corrections (docs/CORRECTIONS.md)."""


@corrections_group.command("list")
@_store
@click.option("--orphaned", is_flag=True, help="Only the corrections whose anchor no longer matches the page.")
@_friendly
def corrections_list(store_dir: Path | None, orphaned: bool) -> None:
    """Every correction with what became of it at the last build: applied, orphaned, undone …"""
    from jdash import corrections

    store = store_dir or load_settings().store
    outcomes = corrections.status(store)
    for o in outcomes:
        if orphaned and o.status != corrections.ORPHANED:
            continue
        c = o.correction
        shown = json.dumps(c.value, ensure_ascii=False) if c.value is not None else ""
        anchor = c.anchor.get("correction") or c.anchor.get("text", "")
        detail = f" ({o.detail})" if o.detail else ""
        click.echo(f"{c.id}\t{o.status.upper() if o.status == corrections.ORPHANED else o.status}\t{c.op}\t"
                   f"{c.source}\t{anchor}\t{shown}\t{c.who} {c.when}{detail}")
    if not outcomes:
        click.echo(f"no corrections in {store}", err=True)


@corrections_group.command("export")
@_store
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout).")
@_friendly
def corrections_export(store_dir: Path | None, output: Path | None) -> None:
    """Write the store's corrections file (JSON lines) to stdout or FILE."""
    from jdash import corrections

    data = corrections.dumps(corrections.load(store_dir or load_settings().store)).encode("utf-8")
    with _target(output) as target:
        target.write(data)


@corrections_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_store
@_friendly
def corrections_import(file: Path, store_dir: Path | None) -> None:
    """Add the corrections of FILE (those not in the store yet) and apply them to the store."""
    from jdash import corrections
    from jdash.store import apply_corrections

    store = store_dir or load_settings().store
    incoming = corrections.read_file(file)
    added = apply_corrections(store, incoming)
    orphans = len(corrections.orphaned(store))
    click.echo(f"{added} of {len(incoming)} corrections added to {store}"
               + (f"; {orphans} orphaned (see `jdash corrections list --orphaned`)" if orphans else ""), err=True)


def _empty_folders(paths: Iterable[Path]) -> list[Path]:
    """The folders among `paths` holding no `.txt` file at any depth (a folder named `x.txt` included):
    a build from them reads nothing, which deserves a word."""
    return [p for p in map(Path, paths) if p.is_dir() and not any(f.is_file() for f in p.rglob("*.txt"))]


def _build(paths: tuple[Path, ...] | tuple[Path], store: Path, workers: int, engine: str = "processes",
           scheduler: str | None = None, budget: Budget | None = None) -> BuildReport:
    for folder in _empty_folders(paths):
        click.echo(f"warning: {folder}: a folder with no .txt pages in it; nothing read from it", err=True)
    with _progress_bar() as progress:
        report = build(paths, store, workers=workers, progress=progress, engine=engine, scheduler=scheduler,
                       budget=budget)
    for repair in report.repaired:
        click.echo(f"repaired: {repair}", err=True)
    for source, original in report.duplicates:
        click.echo(f"note: {source}: same content as {original}; kept once", err=True)
    for warning in report.warnings:
        label = "error" if is_internal_error(warning) else "warning"
        click.echo(f"{label}: {warning.source}: {warning.reason}", err=True)
    return report


@contextlib.contextmanager
def _progress_bar() -> Iterator[Progress]:
    from tqdm import tqdm

    # disable=None: a bar on a terminal, nothing in logs and pipes.
    with tqdm(total=0, unit="page", file=sys.stderr, disable=None, leave=False) as bar:
        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        yield progress


@contextlib.contextmanager
def _source_store(paths: tuple[Path, ...], store_dir: Path | None) -> Iterator[Path]:
    """The store to export from: the given one, or a temporary one built from `paths`."""
    if not paths:
        yield store_dir or load_settings().store
        return
    with tempfile.TemporaryDirectory(prefix="jdash-export-") as temp:
        store = Path(temp) / "store"
        _build(paths, store, load_settings().workers)
        yield store


@contextlib.contextmanager
def _target(output: Path | None) -> Iterator[BinaryIO]:
    if output is None:
        yield sys.stdout.buffer
        return
    try:
        handle = open(output, "wb")  # noqa: SIM115 - closed below; opening is what can fail
    except OSError as err:
        raise ExportError(f"cannot write {output}: {err.strerror or err}") from None
    with handle:
        try:
            yield handle
        except OSError as err:  # a full disk while writing
            if err.errno is None:
                raise
            raise ExportError(f"cannot write {output}: {err.strerror}") from None


def _write_jsonl(records: Iterator[dict[str, Any]], target: BinaryIO) -> None:
    for record in records:
        target.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")


def _write_frame_jsonl(frame: pd.DataFrame, target: BinaryIO) -> None:
    from jdash.export import jsonl_lines  # plotly is heavy: loaded only for table exports

    for line in jsonl_lines(frame):
        target.write(line)


def _write_csv(frame: pd.DataFrame, target: BinaryIO) -> None:
    from jdash.export import table_csv

    # Lists as JSON arrays: unambiguous for programs, and Excel shows them as text.
    target.write(table_csv(frame, lists="json"))


def _write_parquet(frame: pd.DataFrame, target: BinaryIO) -> None:
    frame.to_parquet(target, index=False)


def _write_network(store: Path, fmt: str, target: BinaryIO) -> None:
    from jdash.network import build_network, write_network

    graph = build_network(load_corpus(store).officials)
    with tempfile.TemporaryDirectory(prefix="jdash-network-") as temp:
        path = Path(temp) / f"network.{fmt}"
        write_network(graph, fmt, path)
        target.write(path.read_bytes())


if __name__ == "__main__":
    main()
