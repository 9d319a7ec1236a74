"""The whole store's network (`summaries.network`, `views.network_summary`): the unfiltered Network page read
from it equals the page summed from the parts' summaries and the page counted from the rows, for every setting
the page offers; a user's correction reaches it; a store without it, or with one of other code, is summed, and its
next build writes it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest

import jdash.parts
from jdash import corrections as C
from jdash import summaries, views
from jdash.engine import NETWORK_TABLES, SUMMARIES_MARK, Engine
from jdash.filters import Filters
from jdash.store import apply_corrections, build, generation_dir, load_corpus

from test_summaries import _assert_same, generated  # noqa: F401 (a fixture: 60 generated pages in parts of 16)


def _summed(generation: Path) -> Engine:
    engine = Engine(generation)
    engine.network_version = None  # as for a store without the whole network: the parts' summaries summed
    return engine


def _scanned(generation: Path) -> Engine:
    engine = _summed(generation)
    engine.summaries_version = None  # every row counted
    return engine


def _graph(graph: nx.Graph) -> tuple[list, list]:
    """A graph's nodes and edges with their data, in the order they were added (the layout follows it)."""
    return list(graph.nodes(data=True)), list(graph.edges(data=True))


SETTINGS = [dict(max_nodes=n, min_weight=w, include_national=national)
            for n in (1, 3, 10, 50, 150, views.NETWORK_KEPT) for w in (1, 2, 3) for national in (False, True)]


def _assert_kept_equals_summed_and_scanned(generation: Path) -> None:
    kept = Engine(generation)
    assert kept.network_version == views.NETWORK_VERSION
    summed, scanned = _summed(generation), _scanned(generation)
    for settings in SETTINGS:
        assert views._network_kept(kept, Filters(), settings["min_weight"], settings["include_national"],
                                   settings["max_nodes"]) is not None
        graph = _graph(views.network_graph(kept, Filters(), **settings))
        assert graph == _graph(views.network_graph(summed, Filters(), **settings)), settings
        assert graph == _graph(views.network_graph(scanned, Filters(), **settings)), settings
    for settings in SETTINGS[::7]:
        _assert_same(views.network(kept, Filters(), **settings), views.network(scanned, Filters(), **settings), str(settings))


def test_the_kept_network_equals_the_summed_and_the_counted_one(generated):
    generation = generation_dir(generated[1])
    nodes = Engine(generation).df("SELECT national, count(*) AS n FROM network_nodes GROUP BY ALL ORDER BY national")
    assert nodes["n"].tolist()[0] >= 10 and nodes["n"].tolist()[1] > nodes["n"].tolist()[0]  # national ones too
    assert len(views.network_graph(Engine(generation), Filters(), max_nodes=50).edges) >= 10
    _assert_kept_equals_summed_and_scanned(generation)


def test_settings_it_cannot_answer_are_summed(generated):
    engine = Engine(generation_dir(generated[1]))
    county = engine.scalar("SELECT county FROM sum_head WHERE county IS NOT NULL ORDER BY n DESC, county LIMIT 1")
    assert views._network_kept(engine, Filters(counties=(county,)), 1, False, 150) is None
    assert views._network_kept(engine, Filters(), 1, False, views.NETWORK_KEPT + 1) is None
    assert views._network_kept(engine, Filters(), 1, False, None) is None
    summed = _summed(generation_dir(generated[1]))
    for max_nodes in (None, views.NETWORK_KEPT + 1):
        assert _graph(views.network_graph(engine, Filters(), max_nodes=max_nodes)) == \
            _graph(views.network_graph(summed, Filters(), max_nodes=max_nodes))


def test_a_correction_reaches_the_kept_network(generated, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(generated[1], store)
    before = views.network_graph(Engine(generation_dir(store)), Filters(), max_nodes=50)
    name, other, data = max(before.edges(data=True), key=lambda e: (e[2]["weight"], e[0], e[1]))
    article = data["articles"].split(";")[0]
    corpus = load_corpus(store)
    row = corpus.articles.set_index("id").loc[article]
    page = corpus.articles.loc[corpus.articles["source"] == row["source"]].sort_values("order")
    digest = corpus.pages.set_index("source").loc[row["source"], "content_hash"]
    anchorer = C.Anchorer(row["source"], digest, list(zip(page["id"], page["headline"], page["body"])))
    apply_corrections(store, [C.make("reject_official", anchorer.official(article, name))])
    generation = generation_dir(store)
    after = views.network_graph(Engine(generation), Filters(), max_nodes=50)
    assert after.nodes[name]["articles"] == before.nodes[name]["articles"] - 1
    assert not after.has_edge(name, other) if data["weight"] == 1 else \
        article not in after.edges[name, other]["articles"].split(";")
    _assert_kept_equals_summed_and_scanned(generation)


def test_a_store_without_the_kept_network_is_summed_and_its_next_build_writes_it(generated, tmp_path, monkeypatch):
    corpus, store = generated[0], tmp_path / "store"
    shutil.copytree(generated[1], store)
    generation = generation_dir(store)
    expected = _graph(views.network_graph(Engine(generation), Filters()))
    for name in NETWORK_TABLES:  # as a store written before the whole network
        (generation / f"{name}.parquet").unlink()
    mark = json.loads((generation / SUMMARIES_MARK).read_text(encoding="utf-8"))
    (generation / SUMMARIES_MARK).write_text(json.dumps({k: v for k, v in mark.items() if k != "network"}))
    older = Engine(generation)
    assert older.network_version is None and summaries.network_written_by(generation) is None
    assert _graph(views.network_graph(older, Filters())) == expected
    monkeypatch.setattr(jdash.parts, "PART_PAGES", 16)
    build([corpus], store)  # nothing to parse: every part linked, the whole network counted from their summaries
    assert generation_dir(store) != generation
    _assert_kept_equals_summed_and_scanned(generation_dir(store))


def test_a_kept_network_of_other_code_or_damaged_is_not_read(generated, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(generated[1], store)
    generation = generation_dir(store)
    expected = _graph(views.network_graph(Engine(generation), Filters()))
    mark = json.loads((generation / SUMMARIES_MARK).read_text(encoding="utf-8"))
    (generation / SUMMARIES_MARK).write_text(json.dumps({**mark, "network": "older"}))
    assert views._network_kept(Engine(generation), Filters(), 1, False, 150) is None
    (generation / SUMMARIES_MARK).write_text(json.dumps(mark))
    nodes = generation / "network_nodes.parquet"
    nodes.write_bytes(nodes.read_bytes()[:40])  # truncated: no footer
    engine = Engine(generation)
    assert engine.network_version is None and views.summed(engine, "sum_pairs")
    assert _graph(views.network_graph(engine, Filters())) == expected


def test_a_store_of_no_article_has_an_empty_kept_network_and_a_second_build_writes_nothing(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "blank.txt").write_text("", encoding="utf-8")
    build([tmp_path / "pages"], tmp_path / "store")
    generation = generation_dir(tmp_path / "store")
    engine = Engine(generation)
    assert summaries.network_written_by(generation) == engine.network_version == views.NETWORK_VERSION
    assert views._network_kept(engine, Filters(), 1, False, 150) is not None
    assert views.network_graph(engine, Filters()).number_of_nodes() == 0
    build([tmp_path / "pages"], tmp_path / "store")
    assert generation_dir(tmp_path / "store") == generation
