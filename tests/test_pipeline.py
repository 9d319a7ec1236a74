"""process_page: one page's bytes → records; bad pages → warnings; discovery and pages.csv."""

from __future__ import annotations

import codecs
import logging
import pickle
from pathlib import Path

import pytest

from jdash.model import PageResult, ParseWarning
from jdash.pipeline import (DEBUG_ENV, PageMeta, article_id, content_hash, discover_pages, is_internal_error,
                            parse_iso_date, process_page, read_pages_csv)

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")

# The same page as other bytes: every way a user's file may differ from the seeds.
VARIANTS = {
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "gb18030": lambda t: t.encode("gb18030"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "full-width-digits": lambda t: t.translate(FULL_WIDTH_DIGITS).encode("utf-8"),
}


def _records(result: PageResult) -> list[dict]:
    # Ids derive from the file's bytes, which differ between encodings by design.
    return [{k: v for k, v in a.to_dict().items() if k != "id"} for a in result.articles]


@pytest.fixture(scope="module")
def seed_results() -> dict[str, PageResult]:
    return {p.name: process_page(p.name, p.read_bytes()) for p in SEEDS}


def test_seed_pages_parse_into_articles_with_stable_unique_ids(seed_results):
    ids = [a.id for r in seed_results.values() for a in r.articles]
    assert len(ids) >= 35
    assert len(set(ids)) == len(ids)
    for path in SEEDS:
        result = seed_results[path.name]
        assert result.warnings == []
        assert result.content_hash == content_hash(path.read_bytes())
        assert [a.id for a in result.articles] == [article_id(result.content_hash, i)
                                                   for i in range(len(result.articles))]
        assert {a.source for a in result.articles} == {path.name}
        again = process_page(path.name, path.read_bytes())
        assert [a.to_dict() for a in again.articles] == [a.to_dict() for a in result.articles]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_encoding_and_variant_parses_like_the_original(path, variant, seed_results):
    data = VARIANTS[variant](path.read_text(encoding="utf-8"))
    result = process_page(path.name, data)
    assert result.warnings == []
    assert _records(result) == _records(seed_results[path.name])
    assert result.issue_date == seed_results[path.name].issue_date


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b" \r\n\t\r\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ("2022年5月8日 天气晴\n\n".encode("utf-8"), "no articles found"),
], ids=["empty", "blank", "binary", "article-less"])
def test_bad_pages_become_warnings_not_exceptions(data, reason):
    result = process_page("bad.txt", data)
    assert result.articles == []
    assert len(result.warnings) == 1
    assert result.warnings[0].source == "bad.txt"
    assert result.warnings[0].reason.startswith(reason)


def test_a_parser_crash_is_an_internal_error_with_its_traceback_in_the_log(monkeypatch, caplog):
    import jdash.parser

    def broken(text, source):
        raise ValueError("unexpected layout")

    monkeypatch.setattr(jdash.parser, "parse_page_checked", broken)  # what the pipeline calls
    monkeypatch.delenv(DEBUG_ENV, raising=False)
    with caplog.at_level(logging.ERROR, logger="jdash.pipeline"):
        result = process_page("odd.txt", SEEDS[0].read_bytes())
    assert result.articles == []
    (warning,) = result.warnings
    assert warning.source == "odd.txt" and is_internal_error(warning)
    assert warning.reason.endswith("ValueError: unexpected layout") and "bug in jdash" in warning.reason
    (record,) = [r for r in caplog.records if r.name == "jdash.pipeline"]
    assert "odd.txt" in record.getMessage() and record.exc_info[0] is ValueError
    assert "in broken" in caplog.text  # the traceback, down to the failing function


def test_an_enrichment_crash_stores_no_half_enriched_page(monkeypatch):
    import jdash.enrich

    def broken(articles):
        articles[0].headline = "half done"  # what a crash midway leaves behind
        raise KeyError("county")

    monkeypatch.setattr(jdash.enrich, "enrich_articles", broken)
    monkeypatch.delenv(DEBUG_ENV, raising=False)
    result = process_page("odd.txt", SEEDS[0].read_bytes())
    assert result.articles == [] and result.issue_date is None
    assert [is_internal_error(w) for w in result.warnings] == [True]


def test_bad_input_is_not_an_internal_error():
    (warning,) = process_page("bad.txt", b"").warnings
    assert not is_internal_error(warning)


def test_debug_raises_the_internal_error(monkeypatch):
    import jdash.dates

    def broken(*args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(jdash.dates, "date_page", broken)
    monkeypatch.setenv(DEBUG_ENV, "1")
    with pytest.raises(ZeroDivisionError):
        process_page("odd.txt", SEEDS[0].read_bytes())


def test_metadata_sets_date_page_and_paper():
    meta = PageMeta(date="2022-05-08", page="A1", paper="济宁日报")
    result = process_page(SEEDS[0].name, SEEDS[0].read_bytes(), meta)
    assert (result.issue_date, result.date_source) == ("2022-05-08", "pages.csv")
    assert {(a.issue_date, a.page, a.paper) for a in result.articles} == {("2022-05-08", "A1", "济宁日报")}


def test_results_pickle_for_worker_processes(seed_results):
    result = seed_results[SEEDS[0].name]
    assert pickle.loads(pickle.dumps(result)) == result
    assert pickle.loads(pickle.dumps(process_page)) is process_page


def test_discovery_is_sorted_recursive_and_skips_hidden(tmp_path):
    for name in ["b.txt", "a.TXT", "sub/c.txt", "sub/deeper/d.txt", ".hidden/e.txt", ".f.txt", "notes.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    pages, warnings = discover_pages([tmp_path, tmp_path / "notes.md", tmp_path / "missing"])
    assert [p.source for p in pages] == ["a.TXT", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "notes.md"]
    assert warnings == [ParseWarning(str(tmp_path / "missing"), "no such file or folder")]


def test_pages_csv_gives_metadata_with_bom_and_any_date_format(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ["p1.txt", "p2.txt", "sub/p3.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "pages.csv").write_bytes(codecs.BOM_UTF8 + "File,Date,Page,Paper\r\n"
                                         "p1.txt,2022-05-08,A1,济宁日报\r\np2.txt,2022年5月9日,,\r\n"
                                         "sub/p3.txt,20220510,3,\r\n".encode("utf-8"))
    pages, warnings = discover_pages([tmp_path])
    assert warnings == []
    assert {p.source: p.meta for p in pages} == {
        "p1.txt": PageMeta("2022-05-08", "A1", "济宁日报"),
        "p2.txt": PageMeta("2022-05-09", None, None),
        "sub/p3.txt": PageMeta("2022-05-10", "3", None),
    }
    # A file given directly finds its folder's pages.csv too.
    pages, _ = discover_pages([tmp_path / "p1.txt"])
    assert pages[0].meta == PageMeta("2022-05-08", "A1", "济宁日报")


def test_a_pages_csv_row_naming_no_page_is_a_warning(tmp_path):
    """A misspelt or miscased name in pages.csv dated nothing and said nothing (found walking the
    dashboard as a new user): each such row is now named, with its csv; the other rows still apply."""
    (tmp_path / "sub").mkdir()
    for name in ["p1.txt", "sub/p2.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "pages.csv").write_text("file,date\np1.txt,2022-05-08\nP2.txt,2022-05-09\n", encoding="utf-8")
    (tmp_path / "sub" / "pages.csv").write_text("file,date\np2.txt,2022-05-10\ngone.txt,2022-05-11\n",
                                                encoding="utf-8")
    pages, warnings = discover_pages([tmp_path])
    assert {p.source: p.meta.date for p in pages} == {"p1.txt": "2022-05-08", "sub/p2.txt": "2022-05-10"}
    assert sorted((w.source, w.reason) for w in warnings) == [
        (str(tmp_path / "pages.csv"), "P2.txt: no such page beside it; row unused"),
        (str(tmp_path / "sub" / "pages.csv"), "gone.txt: no such page beside it; row unused"),
    ]
    # A page given alone uses its row; the folder's other rows are not its concern.
    assert discover_pages([tmp_path / "p1.txt"])[1] == []


@pytest.mark.parametrize("content, reason", [
    (b"name,date\np1.txt,2022-05-08\n", "pages.csv ignored: no 'file' column in its header"),
    (b"", "pages.csv ignored: empty file"),
    (b"\x00\x01\x02\x03", "pages.csv ignored: binary file"),
    (b"file,date\np1.txt,2022-13-45\n", "line 2: date '2022-13-45' is not a date between 1800 and 2200; ignored"),
    (b"file,date\n,2022-05-08\n", "line 2: no file name; row ignored"),
], ids=["no-file-column", "empty", "binary", "bad-date", "no-file-name"])
def test_malformed_pages_csv_is_a_warning(tmp_path, content, reason):
    (tmp_path / "pages.csv").write_bytes(content)
    metas, warnings = read_pages_csv(tmp_path / "pages.csv")
    assert len(warnings) == 1
    assert warnings[0].reason.startswith(reason)
    assert warnings[0].source == str(tmp_path / "pages.csv")
    assert all(m.date is None for m in metas.values())


@pytest.mark.parametrize("text, iso", [("2022-05-08", "2022-05-08"), ("2022/5/8", "2022-05-08"),
                                       ("20220508", "2022-05-08"), ("2022年5月8日", "2022-05-08"),
                                       ("2022-02-30", None), ("May 8", None)])
def test_parse_iso_date(text, iso):
    assert parse_iso_date(text) == iso


def test_warm_up_builds_what_every_page_needs_once_per_process_and_never_raises(monkeypatch):
    from jdash import nlp, pipeline

    pipeline.warm_up()
    assert nlp._engine is not None and nlp.pos_model.cache_info().currsize == 1
    calls = []

    def broken(*args, **kwargs):
        calls.append(args)
        raise RuntimeError("a bug")

    monkeypatch.setattr(pipeline, "_process_page", broken)
    pipeline.warm_up()
    assert calls == []  # this process is warm already: nothing parsed again
    monkeypatch.setattr(pipeline, "_warmed", set())
    assert pipeline.warm_up() is None and len(calls) == 1  # tried, and the failure stayed inside
    pipeline.warm_up()
    assert len(calls) == 1
