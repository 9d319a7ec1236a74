"""Per-part summary tables (jdash.summaries): the views that sum them equal the views that scan every
row, on the seeds and on a generated corpus in several parts; a one-page rebuild rewrites its part's
summaries only; a store without them (or with summaries of other SQL) is scanned, and its next build
counts them."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import jdash.parts
from bench.corpus import change_page, write_corpus
from jdash import summaries, views
from jdash.engine import SUMMARIES_MARK, SUMMARY_TABLES, Engine
from jdash.filters import Filters
from jdash.store import build, generation_dir

from dash_fixtures import SEEDS

PAGES = {"overview": views.overview, "timeline": views.timeline, "keywords": views.keywords,
         "network": views.network, "counties": views.counties, "articles": views.articles}


def _views(engine: Engine) -> dict:
    """Every page's view (and the sidebar), unfiltered and filtered."""
    county = engine.scalar("SELECT c FROM (SELECT unnest(counties) AS c FROM articles) GROUP BY c "
                           "ORDER BY count(*) DESC, c LIMIT 1")
    first, last = engine.df("SELECT min(issue_date) AS a, max(issue_date) AS b FROM articles").iloc[0]
    middle = dict(start=(first + (last - first) / 4).date(), end=(first + (last - first) * 3 / 4).date())
    filters = [Filters(), Filters(counties=(county,)), Filters(topics=("项目建设/招商引资",)), Filters(counties=("全市",)),
               Filters(counties=("无此县",)), Filters(counties=(county, "嘉祥县")), Filters(**middle),
               Filters(**middle, counties=(county,))]
    out: dict = {("sidebar",): views.sidebar(engine)}
    for f in filters:
        for name, view in PAGES.items():
            out[(name, f)] = view(engine, f)
        for freq in ("D", "W", "M", "Y"):  # the timeline's bins of months and years sum `sum_timeline`
            for mode in ("primary", "all"):
                out[("timeline", f, freq, mode)] = views.timeline(engine, f, freq=freq, mode=mode)
        out[("span", f)] = views._span(engine, f)
    return out


# `sum_timeline` as counted over the whole articles table, without the views' expressions: per scope (the corpus,
# each county of an article), month of the day or of the year known alone, and mode, the articles per topic.
_TIMELINE_OVER_ARTICLES = """
WITH a AS (SELECT id, topics, coalesce(issue_date::DATE, make_date(issue_year, 1, 1)) AS placed,
                  issue_date IS NULL AS year_only, list_concat(coalesce(counties, []), [primary_county]) AS named
           FROM articles WHERE issue_date IS NOT NULL OR issue_year IS NOT NULL),
scoped AS (SELECT a.*, NULL AS county FROM a UNION ALL
           SELECT a.*, c.county FROM a, (SELECT DISTINCT unnest(named) AS county, id FROM a) c
           WHERE c.id = a.id AND c.county IS NOT NULL AND c.county NOT IN ('全市', ''))
SELECT county, date_trunc('month', placed)::DATE AS month, year_only, 'primary' AS mode,
       CASE WHEN len(topics) > 0 THEN topics[1] ELSE '（无主题）' END AS topic, count(*) AS articles FROM scoped GROUP BY ALL
UNION ALL
SELECT county, date_trunc('month', placed)::DATE, year_only, 'all', topic, count(*) FROM
  (SELECT county, placed, year_only, unnest(CASE WHEN len(topics) > 0 THEN topics ELSE ['（无主题）'] END) AS topic FROM scoped)
GROUP BY ALL"""


def _assert_timeline_summary_equals_articles(generation: Path) -> None:
    """The parts' `sum_timeline`, summed over the parts, equals `_TIMELINE_OVER_ARTICLES`."""
    engine = Engine(generation)
    assert views.summed(engine, "sum_timeline")
    order = "ORDER BY county NULLS FIRST, month, year_only, mode, topic"
    summed = engine.df("SELECT county, month::DATE AS month, year_only, mode, topic, sum(articles)::BIGINT AS articles "
                       f"FROM sum_timeline GROUP BY ALL {order}")
    counted = engine.df(f"SELECT * FROM ({_TIMELINE_OVER_ARTICLES}) {order}")
    assert len(summed) > 0 and summed["month"].nunique() >= 1
    pd.testing.assert_frame_equal(summed, counted, check_dtype=False)


def _scanned(generation: Path) -> Engine:
    engine = Engine(generation)
    engine.summaries_version = None  # as for a store without summaries: every view scans
    return engine


def _assert_same(left, right, where: str) -> None:
    if isinstance(left, pd.DataFrame):
        pd.testing.assert_frame_equal(left.reset_index(drop=True), right.reset_index(drop=True), obj=where)
    elif dataclasses.is_dataclass(left):
        for f in dataclasses.fields(left):
            _assert_same(getattr(left, f.name), getattr(right, f.name), f"{where}.{f.name}")
    elif isinstance(left, list) and left and dataclasses.is_dataclass(left[0]):
        assert len(left) == len(right), where
        for i, (a, b) in enumerate(zip(left, right)):
            _assert_same(a, b, f"{where}[{i}]")
    else:
        assert left == right, where


def _assert_summed_equal_scanned(generation: Path) -> None:
    summed = Engine(generation)
    assert all(name in summed.tables for name in SUMMARY_TABLES) and views.summed(summed, *SUMMARY_TABLES)
    scanned = _scanned(generation)
    assert not views.summed(scanned, "sum_head")
    expected, got = _views(scanned), _views(summed)
    for key, view in expected.items():
        _assert_same(got[key], view, str(key))
    _assert_timeline_summary_equals_articles(generation)


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, Path]:
    """A generated corpus of 60 pages built in parts of 16 pages: (corpus, store)."""
    root = tmp_path_factory.mktemp("generated")
    corpus = root / "corpus"
    write_corpus(60, corpus, seed=3)
    store = root / "store"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jdash.parts, "PART_PAGES", 16)
        build([corpus], store)
    return corpus, store


def test_summed_views_equal_scanned_views_on_the_seeds(tmp_path):
    store = tmp_path / "store"
    build([SEEDS], store)
    _assert_summed_equal_scanned(generation_dir(store))


def test_summed_views_equal_scanned_views_on_a_generated_corpus_in_parts(generated):
    generation = generation_dir(generated[1])
    assert len(list((generation / "sum_facets").glob("*.parquet"))) == 4  # 16 + 16 + 16 + 12 pages
    _assert_summed_equal_scanned(generation)


def _inodes(generation: Path) -> dict[str, list[int]]:
    return {name: [p.stat().st_ino for p in sorted((generation / name).glob("*.parquet"))] for name in SUMMARY_TABLES}


def test_a_one_page_rebuild_rewrites_its_parts_summaries_only(generated, tmp_path, monkeypatch):
    corpus, store = (tmp_path / "corpus", tmp_path / "store")
    shutil.copytree(generated[0], corpus)
    shutil.copytree(generated[1], store)
    monkeypatch.setattr(jdash.parts, "PART_PAGES", 16)
    before = Engine(generation_dir(store))
    articles_before = int(before.scalar("SELECT sum(n) FROM sum_head"))
    inodes = _inodes(generation_dir(store))
    page = sorted(p for p in corpus.rglob("*.txt"))[20]  # in the second part
    change_page(page)
    build([corpus], store)
    after = _inodes(generation_dir(store))
    for name, files in inodes.items():
        assert after[name][0] == files[0] and after[name][1] != files[1] and after[name][2:] == files[2:], name
    _assert_summed_equal_scanned(generation_dir(store))
    assert int(Engine(generation_dir(store)).scalar("SELECT sum(n) FROM sum_head")) == articles_before


def test_a_store_without_summaries_is_scanned_and_its_next_build_counts_them(generated, tmp_path, monkeypatch):
    corpus, store = (tmp_path / "corpus", tmp_path / "store")
    shutil.copytree(generated[0], corpus)
    shutil.copytree(generated[1], store)
    generation = generation_dir(store)
    expected = _views(Engine(generation))
    for name in SUMMARY_TABLES:  # as a store written before summaries
        shutil.rmtree(generation / name)
    (generation / SUMMARIES_MARK).unlink()
    older = Engine(generation)
    assert older.summaries_version is None and not views.summed(older, "sum_head")
    for key, view in _views(older).items():
        _assert_same(view, expected[key], str(key))
    monkeypatch.setattr(jdash.parts, "PART_PAGES", 16)
    build([corpus], store)  # nothing to parse: every part kept, its summaries counted from its rows
    _assert_summed_equal_scanned(generation_dir(store))


def test_summaries_of_other_sql_are_not_summed(generated, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(generated[1], store)
    generation = generation_dir(store)
    (generation / SUMMARIES_MARK).write_text(json.dumps({"version": "older"}), encoding="utf-8")
    assert summaries.written_by(generation) == "older"
    assert not views.summed(Engine(generation), "sum_head")


def test_a_damaged_summary_file_is_not_read_and_the_views_scan(generated, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(generated[1], store)
    generation = generation_dir(store)
    expected = _views(Engine(generation))
    damaged = sorted((generation / "sum_facets").glob("*.parquet"))[1]
    damaged.write_bytes(damaged.read_bytes()[:40])  # truncated: no footer
    engine = Engine(generation)
    assert engine.summaries_version is None and not views.summed(engine, "sum_facets")
    for key, view in _views(engine).items():
        _assert_same(view, expected[key], str(key))


def test_views_reading_a_filters_kept_tables_equal_views_applying_the_filter_in_each_query(generated, monkeypatch):
    """`views._fa`, `_ids` and `_of` read a filter's articles and officials rows kept once per engine; the
    same views with the filter written into each query (as before the kept tables) give the same answers."""
    generation = generation_dir(generated[1])
    kept = _views(_scanned(generation))

    def fa(engine, filters):
        where, params = views._where(engine, filters)
        return f"(SELECT * FROM articles a WHERE {where})", params

    def ids(engine, filters):
        where, params = views._where(engine, filters)
        return f"(SELECT a.id FROM articles a WHERE {where})", params

    def of(engine, filters):
        where, params = views._where(engine, filters)
        return (f"(SELECT *, {views._LOCAL} AS _local FROM officials o WHERE o.article_id IN "
                f"(SELECT a.id FROM articles a WHERE {where}))"), params

    for name, inline in (("_fa", fa), ("_ids", ids), ("_of", of)):
        monkeypatch.setattr(views, name, inline)
    engine = _scanned(generation)
    assert not engine.df("SELECT 1 FROM duckdb_tables() WHERE table_name LIKE 'kept_large%'").shape[0]
    for key, view in _views(engine).items():
        _assert_same(view, kept[key], str(key))
    assert not engine.df("SELECT 1 FROM duckdb_tables() WHERE table_name LIKE 'kept_large%'").shape[0]


def test_views_reading_only_the_parts_of_a_filters_dates_equal_views_reading_every_part(generated, monkeypatch):
    """`views._parts` reads a table only from the parts whose articles' dates can meet the filter's: every part
    holding a filtered article is among them, and the views reading every part give the same answers."""
    generation = generation_dir(generated[1])
    engine = _scanned(generation)
    spans = views._part_spans(engine)
    assert spans is not None and len(spans) >= 3
    first, last = engine.df("SELECT min(issue_date) AS a, max(issue_date) AS b FROM articles").iloc[0]
    middle = Filters(start=(first + (last - first) / 3).date(), end=(first + (last - first) / 2).date())
    where, params = views._where(engine, middle)
    files = ", ".join(f"'{f}'" for f in views.table_files(generation, "articles"))
    holding = set(engine.df(f"SELECT DISTINCT parse_filename(filename) AS part FROM read_parquet([{files}], filename=true) a "
                            f"WHERE {where}", params)["part"])
    read = views._parts(engine, "terms", middle)
    assert holding and all(part in read for part in holding)
    assert views._parts(engine, "terms", Filters(counties=("嘉祥县",))) == "terms"  # no dates: every part
    pruned = _views(engine)
    monkeypatch.setattr(views, "_parts", lambda engine, table, filters: table)
    for key, view in _views(_scanned(generation)).items():
        _assert_same(view, pruned[key], str(key))


def _spread_dates(corpus: Path) -> None:
    """Rewrite the corpus's pages.csv: its pages over several years and months, every fifth known only to its year."""
    lines = (corpus / "pages.csv").read_text(encoding="utf-8").splitlines()
    rows = [lines[0]]
    for i, line in enumerate(lines[1:]):
        name, _, rest = line.split(",", 2)
        date = f"{2011 + i % 3}年" if i % 5 == 0 else f"{2011 + i % 4}-{1 + i * 7 % 12:02d}-{1 + i % 27:02d}"
        rows.append(f"{name},{date},{rest}")
    (corpus / "pages.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_the_timeline_summary_counts_months_and_years_alone_and_stays_right_after_a_one_page_rebuild(tmp_path, monkeypatch):
    """`sum_timeline` equals the count over the articles table on pages of several years, some known only to
    their year; the timeline's monthly and yearly bins summed from it equal the scanned ones; so again after one
    page's text and another's date changed."""
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    write_corpus(40, corpus, seed=5)
    _spread_dates(corpus)
    monkeypatch.setattr(jdash.parts, "PART_PAGES", 16)
    build([corpus], store)
    engine = Engine(generation_dir(store))
    assert engine.scalar("SELECT count(DISTINCT issue_year) FROM articles") == 4
    assert engine.scalar("SELECT count(*) FROM articles WHERE issue_date IS NULL AND issue_year IS NOT NULL") > 0
    assert views.timeline(engine, Filters(), freq="M").data["period"].nunique() >= 12
    _assert_summed_equal_scanned(generation_dir(store))
    change_page(sorted(corpus.rglob("*.txt"))[20])
    csv_text = (corpus / "pages.csv").read_text(encoding="utf-8").splitlines()
    name, date, rest = csv_text[3].split(",", 2)
    csv_text[3] = f"{name},2015-06-01,{rest}"  # a dated page moved to a year of its own
    (corpus / "pages.csv").write_text("\n".join(csv_text) + "\n", encoding="utf-8")
    build([corpus], store)
    engine = Engine(generation_dir(store))
    assert engine.scalar("SELECT count(DISTINCT issue_year) FROM articles") == 5
    _assert_summed_equal_scanned(generation_dir(store))
