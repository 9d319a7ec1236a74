import io

import networkx as nx
import pandas as pd
import pytest

from jdash.errors import ExportError
from jdash.network import build_network, edge_table, network_metrics, official_registry, write_network


def officials_frame() -> pd.DataFrame:
    rows = [
        ("a1", "林红玉", ["市委书记"], "city", "2022-05-07"),
        ("a1", "于永生", ["市委副书记", "市长"], "city", "2022-05-07"),
        ("a1", "习近平", ["总书记"], "national", "2022-05-07"),
        ("a2", "林红玉", ["市委书记"], "city", "2022-05-08"),
        ("a2", "于永生", ["市长"], "city", "2022-05-08"),
        ("a2", "霍媛媛", ["市政协主席"], "city", "2022-05-08"),
        ("a3", "林红玉", ["市委书记", "市人大常委会主任"], "city", "2023-03-01"),
        ("a3", "于永生", ["市长"], "city", "2023-03-01"),
        ("a4", "刘章箭", ["济宁高新区党工委书记"], "county", "2021-12-04"),
    ]
    return pd.DataFrame(
        [{"article_id": a, "name": n, "titles": t, "title": t[0], "level": lvl, "organisation": None,
          "issue_date": pd.Timestamp(d), "source": "p.txt"} for a, n, t, lvl, d in rows]
    )


def test_edges_weights_and_article_ids():
    g = build_network(officials_frame())
    assert g["林红玉"]["于永生"]["weight"] == 3
    assert g["林红玉"]["于永生"]["articles"] == "a1;a2;a3"
    assert "习近平" not in g  # national leaders stay out by default
    assert "刘章箭" in g and g.degree("刘章箭") == 0
    assert g.nodes["林红玉"]["title"] == "市委书记" and g.nodes["林红玉"]["articles"] == 3


def test_toggles_and_filters():
    assert "习近平" in build_network(officials_frame(), include_national=True)
    g = build_network(officials_frame(), min_weight=2)
    assert {frozenset(e) for e in g.edges()} == {frozenset({"林红玉", "于永生"})}
    g = build_network(officials_frame(), article_ids=["a2"])
    assert set(g.nodes) == {"林红玉", "于永生", "霍媛媛"} and g["林红玉"]["霍媛媛"]["weight"] == 1


def test_counties_from_articles_table():
    arts = pd.DataFrame({"id": ["a1", "a2", "a3", "a4"], "primary_county": ["全市", "全市", "全市", "济宁高新区"]})
    g = build_network(officials_frame(), articles=arts)
    assert g.nodes["刘章箭"]["counties"] == "济宁高新区"


def test_empty_input():
    empty = officials_frame().iloc[0:0]
    g = build_network(empty)
    assert g.number_of_nodes() == 0
    assert network_metrics(g).empty and official_registry(empty).empty


def test_metrics_are_deterministic():
    g = build_network(officials_frame())
    m1, m2 = network_metrics(g), network_metrics(g)
    pd.testing.assert_frame_equal(m1, m2)
    row = m1.set_index("name").loc["于永生"]
    assert row["degree"] == 2 and row["weighted_degree"] == 4
    assert {"betweenness", "community"} <= set(m1.columns)


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_writes_files_networkx_reads_back(tmp_path, fmt):
    g = build_network(officials_frame())
    path = tmp_path / f"n.{fmt}"
    write_network(g, fmt, path)
    back = (nx.read_gexf if fmt == "gexf" else nx.read_graphml)(path)
    assert back.number_of_edges() == g.number_of_edges()
    assert int(back["林红玉"]["于永生"]["weight"]) == 3


def test_csv_edge_list_to_buffers():
    g = build_network(officials_frame())
    text = io.StringIO()
    write_network(g, "csv", text)
    assert text.getvalue().splitlines()[0] == "source,target,weight,articles"
    raw = io.BytesIO()
    write_network(g, "csv", raw)
    assert "林红玉" in raw.getvalue().decode("utf-8")
    assert len(edge_table(g)) == g.number_of_edges()


def test_unknown_format():
    with pytest.raises(ExportError):
        write_network(nx.Graph(), "png", io.BytesIO())


def test_registry_titles_over_time():
    reg = official_registry(officials_frame()).set_index("name")
    lin = reg.loc["林红玉"]
    assert lin["articles"] == 3
    assert lin["titles"] == ["市委书记", "市人大常委会主任"]
    assert lin["first_date"] == pd.Timestamp("2022-05-07") and lin["last_date"] == pd.Timestamp("2023-03-01")
    assert lin["title_history"][1].startswith("2023-03-01")


@pytest.fixture(scope="module")
def seed_corpus():
    """The seed pages through parse → enrich, as an officials table and the articles."""
    from entity_eval import SEEDS, enriched

    articles, rows = [], []
    for path in sorted(SEEDS.glob("*.txt")):
        for i, a in enumerate(enriched(path)):
            a.id = f"{path.stem}:{i}"
            articles.append(a)
            rows += [{"article_id": a.id, "name": m.name, "titles": list(m.titles), "title": m.titles[0],
                      "level": m.level, "organisation": m.organisation, "issue_date": None, "source": path.name}
                     for m in a.officials]
    return pd.DataFrame(rows), articles


def test_network_from_the_seed_pages(seed_corpus):
    """The issue's check: 林红玉 and 于永生 share an edge of weight ≥ 3 and no reporter is a node."""
    officials, articles = seed_corpus
    g = build_network(officials)
    assert g["林红玉"]["于永生"]["weight"] >= 3
    reporters = {r.name for a in articles for r in a.reporters}
    assert not reporters & set(g.nodes)
    buf = io.BytesIO()
    write_network(g, "gexf", buf)
    assert nx.read_gexf(io.BytesIO(buf.getvalue())).number_of_nodes() == g.number_of_nodes()
