"""The county map: a choropleth of Jining's 11 county-level units (boundaries in
`data/jining_counties.geojson`, made by tools/make_map.py from public data) coloured by a measure,
with the functional zones, which have no boundary, as markers at approximate places. Drawn offline:
no tiles, no base map (the figure needs `jdash.export.PLOTLY_CONFIG`, which stops plotly from
fetching its world outline)."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go

from jdash.charts._style import base_layout, empty, esc, with_data
from jdash.datafiles import read_json, read_table

GEOJSON = "jining_counties.geojson"
COLOURS = "Blues"
SELECTED_LINE = "#E15759"


@lru_cache(maxsize=1)
def boundaries() -> dict:
    """The GeoJSON FeatureCollection of the 11 units; feature id and `code` are GB/T 2260 codes."""
    return read_json(GEOJSON)


def _centre(feature: dict) -> tuple[float, float]:
    """Area-weighted centre of a unit's largest polygon (where its label goes).

    >>> _centre({"geometry": {"coordinates": [[[[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]]]]}})
    (1.0, 1.0)
    """
    def area_centre(ring):
        a = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            cross = x1 * y2 - x2 * y1
            a, cx, cy = a + cross, cx + (x1 + x2) * cross, cy + (y1 + y2) * cross
        return abs(a) / 2, (cx / (3 * a) if a else ring[0][0]), (cy / (3 * a) if a else ring[0][1])

    _, x, y = max(area_centre(poly[0]) for poly in feature["geometry"]["coordinates"])
    return round(x, 4), round(y, 4)


def _ink(value: int, vmax: int) -> str:
    """A unit's name in white on the darkest blues (邹城市 was black on navy, unreadable), else dark.

    >>> _ink(14, 14), _ink(3, 14)
    ('#ffffff', '#222')
    """
    return "#ffffff" if value > 0.6 * vmax else "#222"


def _zone_label(zone: str) -> str:
    """A zone's name under its marker, without the city's name it opens with.

    >>> _zone_label("济宁高新区"), _zone_label("曲阜文化建设示范区")
    ('高新区', '曲阜文化建设示范区')
    """
    return zone.removeprefix("济宁")


def _units(df: pd.DataFrame, value: str) -> pd.DataFrame:
    """name, code, value, label position of every unit on the map (0 for a unit `df` lacks)."""
    counts = dict(zip(df["county"], df[value]))
    rows = []
    for f in boundaries()["features"]:
        name = f["properties"]["name"]
        lon, lat = _centre(f)
        rows.append({"county": name, "code": f["id"], "value": int(counts.get(name, 0) or 0), "lon": lon, "lat": lat})
    return pd.DataFrame(rows)


def _zones(df: pd.DataFrame, value: str) -> pd.DataFrame:
    places = pd.DataFrame(list(read_table("zone_places.csv")))
    counts = dict(zip(df["county"], df[value]))
    places = places.loc[places["zone"].isin(counts)]
    return places.assign(value=[int(counts[z] or 0) for z in places["zone"]],
                         lon=places["lon"].astype(float), lat=places["lat"].astype(float))


def county_map(df: pd.DataFrame, *, value: str = "mentioned", label: str | None = None,
               selected: str | None = None, title: str | None = "Counties") -> go.Figure:
    """`df`: county plus a count column `value` (as from `queries.county_overview`). Each unit's
    polygon is coloured by its count; a zone in `df` is a diamond at its approximate place, in the
    same colours; `selected` is outlined. Clicks carry `customdata[0]` = the county or zone name."""
    if df.empty:
        return empty(title, "No county to place on the map")
    label = label or value
    units, zones = _units(df, value), _zones(df, value)
    vmax = max(int(units["value"].max()), int(zones["value"].max()) if len(zones) else 0, 1)
    colour_axis = {"colorscale": COLOURS, "cmin": 0, "cmax": vmax,
                   "colorbar": {"title": {"text": esc(label)}, "thickness": 12, "len": 0.7}}
    hover = "%{customdata[0]} (%{customdata[2]})<br>" + esc(label) + ": %{customdata[1]}<extra></extra>"
    fig = go.Figure(go.Choropleth(
        geojson=boundaries(), featureidkey="id", locations=units["code"], z=units["value"], coloraxis="coloraxis",
        customdata=units[["county", "value", "code"]].values.tolist(), hovertemplate=hover, name="counties",
        marker={"line": {"color": [SELECTED_LINE if c == selected else "#ffffff" for c in units["county"]],
                         "width": [3 if c == selected else 1 for c in units["county"]]}},
    ))
    fig.add_trace(go.Scattergeo(
        lon=units["lon"], lat=units["lat"], text=[esc(c) for c in units["county"]], mode="text",
        textfont={"size": 12, "color": [_ink(v, vmax) for v in units["value"]]}, hoverinfo="skip", showlegend=False,
        name="names",
    ))
    if len(zones):
        fig.add_trace(go.Scattergeo(
            lon=zones["lon"], lat=zones["lat"], mode="markers+text", name="zones", showlegend=False,
            # Named on the map (an exported image has no hover): 高新区, 太白湖新区 …
            text=[esc(_zone_label(z)) for z in zones["zone"]], textposition=zones["name_at"].tolist(),
            textfont={"size": 10, "color": "#333"},
            marker={"symbol": "diamond", "size": 13, "color": zones["value"], "coloraxis": "coloraxis",
                    "line": {"color": [SELECTED_LINE if z == selected else "#333" for z in zones["zone"]],
                             "width": [3 if z == selected else 1 for z in zones["zone"]]}},
            customdata=[[z, v, "zone"] for z, v in zip(zones["zone"], zones["value"])], hovertemplate=hover,
        ))
    fig.update_geos(fitbounds="geojson", visible=False, projection_type="mercator")
    fig.update_layout(coloraxis=colour_axis, clickmode="event+select", dragmode=False)
    shown = pd.concat([units.rename(columns={"code": "county_code"}).assign(kind="county-level unit")
                       [["county", "county_code", "kind", "value"]],
                       zones.rename(columns={"zone": "county"}).assign(county_code=None, kind="zone (approximate place)")
                       [["county", "county_code", "kind", "value"]]], ignore_index=True)
    with_data(fig, shown.rename(columns={"value": value}), value=value)
    return base_layout(fig, title=title, height=480)
