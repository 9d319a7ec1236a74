"""The county map: a choropleth of Jining's 11 county-level units (boundaries in
`data/jining_counties.geojson`, made by tools/make_map.py from public data) coloured by a measure,
with the functional zones, which have no boundary, as markers at approximate places. Drawn offline:
no tiles, no base map (the figure needs `jdash.export.PLOTLY_CONFIG`, which stops plotly from
fetching its world outline)."""

from __future__ import annotations

import math
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


# Where labels are placed, in screen pixels of a small map as the dashboard draws it (its column on a page
# 1100 px wide: about 180 px per degree; larger maps and exports only have more room). Each text is a box of its characters (a CJK character is as wide as its font size).
PX_PER_DEGREE = 180
UNIT_FONT, ZONE_FONT, MARKER = 12, 10, 13
COLOUR_BAR_PX = 70  # under the map: its title, bar and ticks
HALO = "1px 1px 1px #fff, -1px -1px 1px #fff, 1px -1px 1px #fff, -1px 1px 1px #fff"  # dark names on dark blues
NAME_MARKER = MARKER + 8  # a zone's name is written beside an invisible marker this size, clear of the drawn one
# A unit's name is moved off its centre only when a zone's marker covers it: first down, then up, then aside (px).
UNIT_SHIFTS = ((0, 0), (0, -16), (0, 16), (-26, 0), (26, 0), (0, -28), (0, 28))
ZONE_SIDES = ("middle right", "bottom center", "top center", "middle left")


def _xy(lon: float, lat: float) -> tuple[float, float]:
    """A place in screen pixels (Mercator, y up), as the map projects it."""
    return lon * PX_PER_DEGREE, math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))) * PX_PER_DEGREE


def _lat_of(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.radians(y / PX_PER_DEGREE))) - math.pi / 2)


def _box(cx: float, cy: float, w: float, h: float) -> tuple[float, float, float, float]:
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def _overlaps(a: tuple, b: tuple) -> bool:
    """Whether two boxes (x0, y0, x1, y1) share any area.

    >>> _overlaps((0, 0, 2, 2), (1, 1, 3, 3)), _overlaps((0, 0, 2, 2), (2, 0, 3, 2))
    (True, False)
    """
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _zone_text_box(x: float, y: float, text: str, side: str) -> tuple[float, float, float, float]:
    """The box of a zone's name written on `side` of its marker at (x, y), as plotly puts text beside a marker
    of `NAME_MARKER` px (the names' own invisible markers: plotly keeps that gap in pixels at any size)."""
    w, h, gap = len(text) * ZONE_FONT, ZONE_FONT * 1.3, NAME_MARKER / 2
    dx = {"middle right": gap + w / 2, "middle left": -gap - w / 2}.get(side, 0)
    dy = {"top center": gap + h / 2, "bottom center": -gap - h / 2}.get(side, 0)
    return _box(x + dx, y + dy, w, h)


def place_labels(units: pd.DataFrame, zones: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Labels that cover no marker and no other label: a unit's name moves off its centre when a zone's marker
    covers it (`UNIT_SHIFTS`), then each zone's name takes the first side of its marker (its `name_at` first,
    then `ZONE_SIDES`) that is clear. Returns the units with their names' places (lon, lat) and the zones with
    the side of their names (name_at)."""
    markers = [_box(*_xy(lon, lat), MARKER + 2, MARKER + 2) for lon, lat in zip(zones["lon"], zones["lat"])]
    taken = list(markers)
    lons, lats = [], []
    for name, lon, lat in zip(units["county"], units["lon"], units["lat"]):
        x, y = _xy(lon, lat)
        w, h = len(name) * UNIT_FONT, UNIT_FONT * 1.3
        dx, dy = next((d for d in UNIT_SHIFTS if not any(_overlaps(_box(x + d[0], y + d[1], w, h), m) for m in markers)),
                      UNIT_SHIFTS[0])
        taken.append(_box(x + dx, y + dy, w, h))
        lons.append(round(lon + dx / PX_PER_DEGREE, 4))
        lats.append(round(_lat_of(y + dy), 4))
    sides = []
    for zone, lon, lat, at in zip(zones["zone"], zones["lon"], zones["lat"], zones["name_at"]):
        x, y = _xy(lon, lat)
        text = _zone_label(zone)
        side = next((s for s in dict.fromkeys((at, *ZONE_SIDES))
                     if not any(_overlaps(_zone_text_box(x, y, text, s), b) for b in taken)), at)
        taken.append(_zone_text_box(x, y, text, side))
        sides.append(side)
    return units.assign(lon=lons, lat=lats), zones.assign(name_at=sides)


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
    labels, zones = place_labels(units, zones)
    vmax = max(int(units["value"].max()), int(zones["value"].max()) if len(zones) else 0, 1)
    colour_axis = {"colorscale": COLOURS, "cmin": 0, "cmax": vmax,
                   # Under the map, not beside it: beside it, it took a third of a narrow column from the map.
                   "colorbar": {"title": {"text": esc(label), "side": "top"}, "thickness": 10, "len": 0.6,
                                "orientation": "h", "x": 0.5, "xanchor": "center", "y": -0.01, "yanchor": "top"}}
    hover = "%{customdata[0]} (%{customdata[2]})<br>" + esc(label) + ": %{customdata[1]}<extra></extra>"
    fig = go.Figure(go.Choropleth(
        geojson=boundaries(), featureidkey="id", locations=units["code"], z=units["value"], coloraxis="coloraxis",
        customdata=units[["county", "value", "code"]].values.tolist(), hovertemplate=hover, name="counties",
        marker={"line": {"color": [SELECTED_LINE if c == selected else "#ffffff" for c in units["county"]],
                         "width": [3 if c == selected else 1 for c in units["county"]]}},
    ))
    fig.add_trace(go.Scattergeo(
        lon=labels["lon"], lat=labels["lat"], text=[esc(c) for c in units["county"]], mode="text",
        textfont={"size": UNIT_FONT, "color": [_ink(v, vmax) for v in units["value"]]}, hoverinfo="skip", showlegend=False,
        name="names",
    ))
    if len(zones):
        fig.add_trace(go.Scattergeo(
            lon=zones["lon"], lat=zones["lat"], mode="markers", name="zones", showlegend=False,
            marker={"symbol": "diamond", "size": 13, "color": zones["value"], "coloraxis": "coloraxis",
                    "line": {"color": [SELECTED_LINE if z == selected else "#333" for z in zones["zone"]],
                             "width": [3 if z == selected else 1 for z in zones["zone"]]}},
            customdata=[[z, v, "zone"] for z, v in zip(zones["zone"], zones["value"])], hovertemplate=hover,
        ))
        # Named on the map (an exported image has no hover): 高新区, 太白湖新区 …, each beside its marker where
        # no other name or marker is (`place_labels`; plotly's textposition wrote them over their own markers).
        fig.add_trace(go.Scattergeo(
            lon=zones["lon"], lat=zones["lat"], mode="markers+text", name="zone names", showlegend=False,
            text=[esc(_zone_label(z)) for z in zones["zone"]], textposition=zones["name_at"].tolist(),
            textfont={"size": ZONE_FONT, "color": "#333", "shadow": HALO}, marker={"size": NAME_MARKER, "opacity": 0},
            hoverinfo="skip",
        ))
    fig.update_geos(fitbounds="geojson", visible=False, projection_type="mercator")
    fig.update_layout(coloraxis=colour_axis, clickmode="event+select", dragmode=False)
    shown = pd.concat([units.rename(columns={"code": "county_code"}).assign(kind="county-level unit")
                       [["county", "county_code", "kind", "value"]],
                       zones.rename(columns={"zone": "county"}).assign(county_code=None, kind="zone (approximate place)")
                       [["county", "county_code", "kind", "value"]]], ignore_index=True)
    with_data(fig, shown.rename(columns={"value": value}), value=value)
    base_layout(fig, title=title, height=600)  # the map is taller than wide
    fig.update_layout(margin_b=COLOUR_BAR_PX)  # the colour bar's room: an export's caption goes under it, not over it
    return fig
