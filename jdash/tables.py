"""`PageResult`s → the corpus tables (Arrow for the store, pandas for everyone else).

The column lists below are the contract of docs/ARCHITECTURE.md; every table, even an empty one,
has exactly these columns with these types.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

import pandas as pd
import pyarrow as pa

from jdash.model import Article, Figure, PageResult
from jdash.tenures import mention_rows

_STR = pa.string()
_LIST_STR = pa.list_(pa.string())
_DATE = pa.timestamp("ns")

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", _STR), ("source", _STR), ("order", pa.int64()), ("headline", _STR), ("subheadline", _STR),
        ("kicker", _STR), ("column", _STR), ("kind", _STR), ("dateline_place", _STR),
        ("event_date", _DATE), ("issue_date", _DATE), ("date_source", _STR), ("date_confidence", pa.float64()),
        ("issue_year", pa.int64()), ("reporters", _LIST_STR), ("reporter_roles", _LIST_STR), ("body", _STR), ("continued_to", _STR),
        ("counties", _LIST_STR), ("primary_county", _STR), ("topics", _LIST_STR),
        ("topic_scores", pa.list_(pa.float64())), ("keywords", _LIST_STR), ("officials", _LIST_STR),
        ("n_figures", pa.int64()), ("corrected_by", _STR), ("corrected_at", _STR),
    ]),
    "officials": pa.schema([
        ("article_id", _STR), ("name", _STR), ("titles", _LIST_STR), ("title", _STR), ("level", _STR),
        ("organisation", _STR), ("issue_date", _DATE), ("source", _STR), ("confidence", pa.float64()),
        ("corrected_by", _STR), ("corrected_at", _STR),
    ]),
    "persons": pa.schema([("article_id", _STR), ("name", _STR), ("role", _STR)]),
    "figures": pa.schema([
        ("article_id", _STR), ("issue_date", _DATE), ("source", _STR), ("county", _STR), ("metric", _STR),
        ("canonical_metric", _STR), ("value", pa.float64()), ("unit", _STR), ("normalised_value", pa.float64()),
        ("base_unit", _STR), ("kind", _STR), ("subject", _STR), ("period", _STR), ("approx", _STR),
        ("sentence", _STR), ("confidence", pa.float64()), ("target", pa.bool_()), ("corrected_by", _STR),
        ("corrected_at", _STR),
    ]),
    "pages": pa.schema([
        ("source", _STR), ("content_hash", _STR), ("issue_date", _DATE), ("date_source", _STR),
        ("date_confidence", pa.float64()), ("n_articles", pa.int64()), ("corrected_by", _STR),
        ("corrected_at", _STR), ("date_evidence", _LIST_STR), ("issue_year", pa.int64()),
    ]),
    "warnings": pa.schema([("source", _STR), ("reason", _STR)]),
}
TABLES: tuple[str, ...] = tuple(SCHEMAS)

# The store's own table, not part of `Corpus`: each article as `Article.to_dict()` JSON without its
# body (which `articles` holds), so exports give the full nested record.
RECORDS_SCHEMA = pa.schema([("article_id", _STR), ("record", _STR)])
# The store's term counts, not part of `Corpus` either: per article, each keyword and how often it is
# printed in the headline, subheadline and body, so the dashboard's keywords never re-tokenise.
TERMS_SCHEMA = pa.schema([("article_id", _STR), ("term", _STR), ("count", pa.int64())])
# Nor is this: each official named with a post one person holds (jdash.tenures.mention_rows), and the
# latest page year the sentences naming them can speak of (null: any): what the build learns tenures from.
TENURE_MENTIONS_SCHEMA = pa.schema([("article_id", _STR), ("source", _STR), ("name", _STR), ("post", _STR),
                                    ("told_until", pa.int64())])
STORE_ONLY_SCHEMAS = {"records": RECORDS_SCHEMA, "terms": TERMS_SCHEMA, "tenure_mentions": TENURE_MENTIONS_SCHEMA}
# Integer columns that may be null (pandas' nullable Int64, not float).
NULLABLE_INTS = {"issue_year"}
_FIGURE_FIELDS = tuple(f.name for f in fields(Figure))  # a figures row's columns, from the record
_figure_values = operator.attrgetter(*_FIGURE_FIELDS)  # a figure's values, in _FIGURE_FIELDS order
# Column the store adds to every table to know which page a row came from.
KEY_COLUMN = "_key"


@dataclass
class Corpus:
    """The corpus as DataFrames, columns as in docs/ARCHITECTURE.md."""

    articles: pd.DataFrame
    officials: pd.DataFrame
    persons: pd.DataFrame
    figures: pd.DataFrame
    pages: pd.DataFrame
    warnings: pd.DataFrame


def results_to_arrow(results: Iterable[PageResult], keys: Sequence[str] | None = None) -> dict[str, pa.Table]:
    """Arrow tables (the six corpus tables plus `records` and `terms`) for `results`.

    With `keys` (one per result), every table gets a `_key` column naming the result's key.
    """
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in (*TABLES, *STORE_ONLY_SCHEMAS)}
    row_keys: dict[str, list[str]] = {name: [] for name in rows}
    for index, result in enumerate(results):
        page_rows = _page_rows(result)
        for name, table_rows in page_rows.items():
            rows[name].extend(table_rows)
            if keys is not None:
                row_keys[name].extend([keys[index]] * len(table_rows))
    tables = {}
    for name, table_rows in rows.items():
        schema = STORE_ONLY_SCHEMAS.get(name) or SCHEMAS[name]
        table = pa.Table.from_pylist(table_rows, schema=schema)
        if keys is not None:
            table = table.append_column(KEY_COLUMN, pa.array(row_keys[name], type=_STR))
        tables[name] = table
    return tables


def arrow_to_corpus(tables: Mapping[str, pa.Table]) -> Corpus:
    """A `Corpus` from Arrow tables (a `_key` column, if any, is dropped)."""
    return Corpus(**{name: arrow_to_frame(tables[name], SCHEMAS[name]) for name in TABLES})


def arrow_to_frame(table: pa.Table, schema: pa.Schema) -> pd.DataFrame:
    """One table as a DataFrame with `schema`'s columns; list columns hold Python lists."""
    table = table.select(schema.names).cast(schema)
    list_columns = [f.name for f in schema if pa.types.is_list(f.type)]
    frame = table.drop_columns(list_columns).to_pandas()
    for name in NULLABLE_INTS & set(frame.columns):  # a year, or <NA>: never 2016.0
        frame[name] = frame[name].astype("Int64")
    for name in list_columns:
        frame[name] = pd.Series(table.column(name).to_pylist(), index=frame.index, dtype=object)
    return frame[schema.names]


def corpus_from_results(results: Iterable[PageResult]) -> Corpus:
    """A `Corpus` straight from parse results, without a store."""
    return arrow_to_corpus(results_to_arrow(results))


def empty_corpus() -> Corpus:
    """A `Corpus` with no rows and every column."""
    return corpus_from_results([])


def _page_rows(result: PageResult) -> dict[str, list[dict[str, Any]]]:
    page_rows: dict[str, list[dict[str, Any]]] = {name: [] for name in (*TABLES, *STORE_ONLY_SCHEMAS)}
    page_rows["pages"].append({
        "source": result.source, "content_hash": result.content_hash, "issue_date": _date(result.issue_date),
        "date_source": result.date_source, "date_confidence": result.date_confidence,
        "n_articles": len(result.articles), "corrected_by": result.corrected_by,
        "corrected_at": result.corrected_at, "date_evidence": list(result.date_evidence),
        "issue_year": result.issue_year,
    })
    page_rows["warnings"].extend({"source": w.source, "reason": w.reason} for w in result.warnings)
    for article in result.articles:
        issue_date = _date(article.issue_date)
        page_rows["articles"].append(_article_row(article, issue_date))
        record = article.to_dict()
        del record["body"]  # stored once, in `articles`
        page_rows["records"].append({"article_id": article.id, "record": json.dumps(record, ensure_ascii=False)})
        page_rows["terms"].extend(term_rows(article))
        page_rows["tenure_mentions"].extend(mention_rows(article))
        for mention in article.officials:
            titles = list(mention.titles)
            page_rows["officials"].append({
                "article_id": article.id, "name": mention.name, "titles": titles,
                "title": "、".join(titles) if titles else None, "level": mention.level,
                "organisation": mention.organisation, "issue_date": issue_date, "source": article.source,
                "confidence": mention.confidence, "corrected_by": mention.corrected_by,
                "corrected_at": mention.corrected_at,
            })
        page_rows["persons"].extend({"article_id": article.id, "name": p.name, "role": p.role}
                                    for p in article.persons)
        for figure in article.figures:
            row = dict(zip(_FIGURE_FIELDS, _figure_values(figure)))
            row.update(article_id=article.id, issue_date=issue_date, source=article.source)
            page_rows["figures"].append(row)
    return page_rows


def term_rows(article: Article) -> list[dict[str, Any]]:
    """The `terms` rows of one article: each keyword with how often it is printed in the headline,
    subheadline and body (at least once: a keyword may come from a tokenisation the text splits).

    >>> a = Article("x", "p.txt", 0, "新能源", None, "news", "新能源项目。新能源", keywords=["新能源"])
    >>> term_rows(a)
    [{'article_id': 'x', 'term': '新能源', 'count': 3}]
    """
    text = "\n".join(t for t in (article.headline, article.subheadline, article.body) if t)
    return [{"article_id": article.id, "term": term, "count": max(1, text.count(term))}
            for term in dict.fromkeys(article.keywords) if term]


def _article_row(article: Article, issue_date: dt.datetime | None) -> dict[str, Any]:
    return {
        "id": article.id, "source": article.source, "order": article.order, "headline": article.headline,
        "subheadline": article.subheadline, "kicker": article.kicker, "column": article.column,
        "kind": article.kind, "dateline_place": article.dateline_place, "event_date": _date(article.event_date),
        "issue_date": issue_date, "date_source": article.date_source, "date_confidence": article.date_confidence,
        "issue_year": article.issue_year if article.issue_year is not None else (issue_date.year if issue_date else None),
        "reporters": [r.name for r in article.reporters], "reporter_roles": [r.role for r in article.reporters],
        "body": article.body, "continued_to": article.continued_to, "counties": list(article.counties),
        "primary_county": article.primary_county,
        "topics": [str(t["topic"]) for t in article.topics],
        "topic_scores": [float(t["score"]) for t in article.topics],
        "keywords": list(article.keywords),
        "officials": list(dict.fromkeys(m.name for m in article.officials)),
        "n_figures": len(article.figures), "corrected_by": article.corrected_by,
        "corrected_at": article.corrected_at,
    }


def _date(value: str | None) -> dt.datetime | None:
    # A malformed ISO date from upstream is unknown (NaT), not a crash.
    if not value:
        return None
    try:
        return dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
    except (TypeError, ValueError):
        return None
