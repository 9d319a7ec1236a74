"""The jdash command: build with warnings on stderr, exports, one-line error messages."""

from __future__ import annotations

import codecs
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from jdash.cli import main
from jdash.model import Article

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
ARTICLE_FIELDS = [f for f in Article.__dataclass_fields__]


@pytest.fixture
def bad_corpus(corpus_dir) -> Path:
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    (corpus_dir / "weather.txt").write_text("今日 晴 15-25℃\n", encoding="utf-8")
    return corpus_dir


@pytest.fixture
def built_store(corpus_dir, tmp_path) -> Path:
    result = CliRunner().invoke(main, ["build", str(corpus_dir), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    return tmp_path / "store"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_bad_files_are_skipped_with_a_warning_naming_file_and_reason(bad_corpus, tmp_path):
    result = run("build", str(bad_corpus), "--store", str(tmp_path / "store"))
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert "warning: empty.txt: empty file" in lines
    assert any(line.startswith("warning: image.txt: binary file") for line in lines)
    assert "warning: weather.txt: no articles found" in lines
    assert lines[-1].startswith("8 pages (8 parsed, 0 reused, 0 removed), ")
    assert lines[-1].endswith(f" articles, 3 warnings → {tmp_path / 'store'}")
    assert result.stdout == ""
    # The other files of the same run are parsed.
    exported = run("export", "articles", "--store", str(tmp_path / "store"), "--format", "jsonl")
    assert {json.loads(line)["source"] for line in exported.stdout.splitlines()} == {s.name for s in SEEDS}


def test_strict_turns_warnings_into_exit_status_1(bad_corpus, tmp_path):
    result = run("build", str(bad_corpus), "--store", str(tmp_path / "store"), "--strict")
    assert result.exit_code == 1
    assert "warning: empty.txt: empty file" in result.stderr
    assert result.stderr.splitlines()[-1] == "Error: 3 warnings (--strict)"
    clean = run("build", *(str(p) for p in SEEDS), "--store", str(tmp_path / "clean"), "--strict")
    assert clean.exit_code == 0


def test_build_defaults_to_the_corpus_setting(corpus_dir, tmp_path):
    result = run("build", env={"JDASH_CORPUS": str(corpus_dir), "JDASH_STORE": str(tmp_path / "s")})
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("5 pages (5 parsed")
    assert (tmp_path / "s" / "manifest.json").is_file()


def test_build_through_the_console_script_with_two_workers(corpus_dir, tmp_path):
    command = [sys.executable, "-m", "jdash.cli", "build", str(corpus_dir), "--store", str(tmp_path / "s"),
               "--workers", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1].startswith("5 pages (5 parsed, 0 reused, 0 removed)")


def test_export_articles_jsonl_is_one_article_record_a_line(built_store):
    result = run("export", "articles", "--store", str(built_store), "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 35
    assert all(list(r) == ARTICLE_FIELDS for r in records)
    # Every record has its text, and every one a headline but an editor's note opened by its label (编者按：…).
    assert all(r["body"] for r in records)
    assert all(r["headline"] for r in records if not (r["kind"] == "notice" and r["body"].startswith("编者按")))
    assert "宋仪凯" in result.stdout  # Chinese as text, not \u escapes


def test_export_csv_is_utf8_with_bom_and_reads_back(built_store, tmp_path):
    result = run("export", "articles", "--store", str(built_store), "--format", "csv", "-o", str(tmp_path / "a.csv"))
    assert result.exit_code == 0
    data = (tmp_path / "a.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    jsonl = run("export", "articles", "--store", str(built_store), "--format", "jsonl").stdout.splitlines()
    assert list(frame["id"]) == [json.loads(line)["id"] for line in jsonl]
    assert json.loads(frame["reporters"][0]) == [r["name"] for r in json.loads(jsonl[0])["reporters"]]
    assert str(frame["issue_date"][0]).count("-") == 2
    codes = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype={"primary_county_code": str})
    assert set(codes.loc[codes["primary_county"] == "泗水县", "primary_county_code"]) == {"370831"}
    stdout = run("export", "officials", "--store", str(built_store), "--format", "csv")
    assert stdout.stdout_bytes.startswith(codecs.BOM_UTF8)


@pytest.mark.parametrize("what", ["articles", "officials", "figures"])
def test_export_parquet_has_the_table_columns(built_store, tmp_path, what):
    from jdash.store import load_corpus

    out = tmp_path / f"{what}.parquet"
    result = run("export", what, "--store", str(built_store), "--format", "parquet", "-o", str(out))
    assert result.exit_code == 0
    expected = getattr(load_corpus(built_store), what)
    # GB/T 2260 codes of counties, and the article's year beside a figure's or an official's issue_date
    codes = {"articles": {"primary_county_code", "county_codes"}, "officials": {"issue_year"},
             "figures": {"county_code", "issue_year"}}[what]
    assert set(pd.read_parquet(out).columns) - set(expected.columns) == codes
    assert [c for c in pd.read_parquet(out).columns if c not in codes] == list(expected.columns)
    assert len(pd.read_parquet(out)) == len(expected)


def test_export_of_paths_parses_them_without_touching_the_store(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("export", "articles", str(corpus_dir / SEEDS[0].name), "--format", "jsonl")
    assert result.exit_code == 0
    sources = {json.loads(line)["source"] for line in result.stdout.splitlines()}
    assert sources == {SEEDS[0].name}
    assert not (tmp_path / ".jdash").exists()


@pytest.mark.parametrize("args, message", [
    (["export", "articles", "--format", "csv", "--store", "{tmp}/none"],
     "Error: no store at {tmp}/none: run `jdash build` first"),
    (["export", "articles", "--format", "parquet", "--store", "{tmp}"],
     "Error: parquet is binary: give an output file with -o FILE"),
    (["export", "network", "--format", "jsonl", "--store", "{tmp}"],
     "Error: network cannot be exported as jsonl: use gexf, graphml, csv"),
    (["export", "figures", "--format", "gexf", "--store", "{tmp}"],
     "Error: figures cannot be exported as gexf: use jsonl, csv, parquet"),
])
def test_errors_are_one_line_messages(tmp_path, args, message):
    result = run(*(a.format(tmp=tmp_path) for a in args))
    assert result.exit_code == 1
    assert result.stderr.strip() == message.format(tmp=tmp_path)


def test_a_bad_setting_is_a_one_line_message(tmp_path):
    result = run("build", str(SEEDS[0]), "--store", str(tmp_path), env={"JDASH_WORKERS": "lots"})
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: JDASH_WORKERS='lots' is not valid: expected a whole number"


def test_user_files_are_never_modified(bad_corpus, tmp_path):
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in bad_corpus.iterdir()}
    run("build", str(bad_corpus), "--store", str(tmp_path / "store"))
    run("export", "articles", str(bad_corpus), "--format", "csv", "-o", str(tmp_path / "a.csv"))
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in bad_corpus.iterdir()} == before


@pytest.fixture
def broken_parser(monkeypatch):
    """A parser with a bug: every page raises inside jdash."""
    import logging

    import jdash.parser

    def broken(text, source):
        raise ValueError("unexpected layout")

    monkeypatch.setattr(jdash.parser, "parse_page_checked", broken)  # what the pipeline calls
    yield
    logging.getLogger("jdash").setLevel(logging.NOTSET)  # --debug raised it for this process


def test_a_crash_inside_jdash_is_an_error_with_a_traceback_not_a_bad_file(corpus_dir, tmp_path, broken_parser):
    result = run("build", str(corpus_dir), "--store", str(tmp_path / "store"), env={"JDASH_DEBUG": ""})
    assert result.exit_code == 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 5 and all("internal error (a bug in jdash" in line for line in errors)
    assert not any(line.startswith("warning: ") for line in result.stderr.splitlines())
    assert result.stderr.count("Traceback (most recent call last)") == 5
    assert "ValueError: unexpected layout" in result.stderr


def test_debug_stops_at_the_internal_error(corpus_dir, tmp_path, broken_parser):
    result = run("--debug", "build", str(corpus_dir), "--store", str(tmp_path / "store"), env={"JDASH_DEBUG": ""})
    assert result.exit_code == 1
    assert isinstance(result.exception, ValueError) and str(result.exception) == "unexpected layout"


@pytest.mark.parametrize("what", ["figures", "officials"])
def test_cli_and_dashboard_write_tables_through_one_export_path(built_store, tmp_path, what):
    """`jdash export … csv/jsonl` writes the very bytes of jdash.export (the dashboard's downloads),
    with lists as JSON arrays in CSV."""
    from jdash import export
    from jdash.store import load_corpus

    corpus = load_corpus(built_store)
    frame = export.with_issue_year(getattr(corpus, what), corpus.articles)
    run("export", what, "--store", str(built_store), "--format", "csv", "-o", str(tmp_path / "t.csv"))
    assert (tmp_path / "t.csv").read_bytes() == export.table_csv(frame, lists="json")
    run("export", what, "--store", str(built_store), "--format", "jsonl", "-o", str(tmp_path / "t.jsonl"))
    assert (tmp_path / "t.jsonl").read_bytes() == export.table_jsonl(frame)


def test_exported_figures_carry_their_pages_year(built_store, tmp_path):
    """A figure of a page known only to its year has no issue_date; the export gives it the article's year, so
    a researcher's own table can still place it in time (the dashboard's tables do the same)."""
    from jdash.store import load_corpus

    out = tmp_path / "figures.parquet"
    run("export", "figures", "--store", str(built_store), "--format", "parquet", "-o", str(out))
    figures, articles = pd.read_parquet(out), load_corpus(built_store).articles
    years = dict(zip(articles["id"], articles["issue_year"]))
    assert len(figures) and figures["issue_year"].notna().all()
    assert all(int(y) == int(years[a]) for a, y in zip(figures["article_id"], figures["issue_year"]))
    cols = list(figures.columns)
    assert cols.index("issue_year") == cols.index("issue_date") + 1
