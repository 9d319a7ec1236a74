"""Officials of other places (a visiting delegation's) are no local officials (jdash/locality.py, issue 14).
Invented text only: a Jining story with a delegation of an invented city of another province."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import pytest

from jdash import views
from jdash.filters import Filters
from jdash.locality import elsewhere, elsewhere_sql, is_local, local_rows
from jdash.network import build_network
from jdash.queries import top_officials

ELSEWHERE = ["银川市委", "宁津县委", "山东省德州市宁津县委", "江苏省徐州市政协", "宁夏回族自治区党委", "银川市",
             "济南市市中区委", "南京经开区党工委", "银川市市长", "银川市副市长", "聊城经济开发区党工委"]
OWN = ["市委", "市委常委、秘书长", "常务副市长", "副区长", "县人民政府", "邹城市委", "中共济宁市委", "团市委",
       "济宁市任城区委", "济宁高新区党工委", "高新区党工委", "市中区委", "山东省委", "省委", "某某社区党委",
       "孟姑集镇党委", "市发展和改革委员会", "市长", "副市长", "区长", "高新区副主任", "开发区管委会", "邹城经济开发区党工委", "市城区管理局", "北京某某科技有限公司"]


def test_another_places_organisation_is_elsewhere_and_jinings_own_is_not():
    assert [t for t in ELSEWHERE if not elsewhere(t)] == []
    assert [t for t in OWN if elsewhere(t)] == []
    assert not elsewhere(None) and not elsewhere("")


def test_the_engines_test_agrees_with_pythons():
    con = duckdb.connect()
    for text in ELSEWHERE + OWN + [None]:
        got = con.execute(f"SELECT {elsewhere_sql('x')} FROM (SELECT ?::VARCHAR AS x)", [text]).fetchone()[0]
        assert got is elsewhere(text), text


def test_a_row_without_an_organisation_is_judged_by_its_title():
    assert is_local(None, "市长") and not is_local(None, "银川市市长")
    assert not is_local("银川市委", "市委书记")  # the organisation, when printed, decides
    rows = pd.DataFrame({"organisation": ["银川市委", None], "title": ["银川市委书记", "市长"]})
    assert local_rows(rows).tolist() == [False, True]


def _rows() -> pd.DataFrame:
    rows = [("a1", "林红玉", "市委书记", "市委", "city"), ("a1", "于永生", "市长", None, "city"),
            ("a1", "张明远", "银川市委书记", "银川市委", "city"), ("a2", "林红玉", "市委书记", "市委", "city"),
            ("a2", "张明远", "银川市委书记", "银川市委", "city")]
    return pd.DataFrame([{"article_id": a, "name": n, "titles": [t], "title": t, "organisation": o, "level": lvl,
                          "issue_date": pd.Timestamp("2022-05-07"), "source": "p.txt"} for a, n, t, o, lvl in rows])


def test_the_pandas_network_and_lists_leave_visitors_out_unless_asked():
    g = build_network(_rows())
    assert set(g.nodes) == {"林红玉", "于永生"}
    assert "张明远" in build_network(_rows(), include_national=True)
    assert set(top_officials(_rows(), None)["name"]) == {"林红玉", "于永生"}


# A Jining story: a delegation of an invented city of another province visits; Jining's leaders receive it.
PAGES = {
    "2022-05-07_p1.txt": "本报讯（记者 周七）5月6日，宁夏回族自治区青原市党政代表团来我市考察。青原市委书记张明远，"
                         "市委书记林红玉，市委副书记、市长于永生参加活动。邹城市委书记刘海波陪同。\n\n青原市党政代表团来我市考察\n",
    "2022-05-08_p1.txt": "本报讯（记者 吴十）5月7日，市委书记林红玉，市委副书记、市长于永生到邹城市调研。"
                         "邹城市委书记刘海波陪同。\n\n林红玉于永生到邹城市调研\n",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from dash_fixtures import engine_of_pages

    with engine_of_pages(tmp_path_factory.mktemp("visit"), PAGES) as e:
        yield e


@pytest.mark.parametrize("filters", [Filters(), Filters(start=date(2022, 1, 1))], ids=["summed", "scanned"])
def test_the_visitor_is_not_in_the_network_and_the_local_leaders_are(engine, filters):
    officials = engine.df("SELECT DISTINCT name FROM officials")["name"].tolist()
    assert "张明远" in officials  # the parse reads the visitor as an official; the views leave them out
    nv = views.network(engine, filters, max_nodes=300)
    names = set(nv.nodes["name"]) if "name" in nv.nodes else set(nv.nodes.index)
    assert {"林红玉", "于永生", "刘海波"} <= names and "张明远" not in names
    assert nv.total == len(names)
    assert "张明远" in set(views.network(engine, filters, max_nodes=300, include_national=True).nodes["name"])
    focus = views.network(engine, filters, max_nodes=300, focus="林红玉")
    assert "于永生" in set(focus.co["name"]) and "张明远" not in set(focus.co["name"])
