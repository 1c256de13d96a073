#!/usr/bin/env python3
"""Builds data/context.geojson (the land around Shanghai) from the shared neighbour set.

Input:  ../shared/geo/shanghai-neighbours-wgs84.geojson (Amap via cnmaps, GCJ-02 -> WGS84, clipped to
        lon 119.6-122.95, lat 30.0-32.45; see its README.md)
        data/boundaries.geojson (our districts: the borders the neighbours share with them)
Output: data/context.geojson with properties adcode (int), name (zh), name_en, level (province | city).

Coordinates are rounded to 1e-5 degrees (about 1 m) to keep the file small, except the positions that
are also positions of our district boundaries: those are copied exactly, so that the shared borders
(Qingpu-Suzhou, Jinshan-Jiaxing, Chongming-Nantong, ...) still coincide with ours. Positions that
rounding makes repeat are dropped; a ring that would have fewer than 4 positions is dropped.
"""
import json, sys, pathlib

here = pathlib.Path(__file__).resolve().parent.parent
shared = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "shared"
src = json.loads((shared / "geo/shanghai-neighbours-wgs84.geojson").read_text(encoding="utf-8"))
ours = json.loads((here / "data/boundaries.geojson").read_text(encoding="utf-8"))


def positions(geometry):
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for poly in polys:
        for ring in poly:
            yield from ring


exact = {tuple(p) for f in ours["features"] for p in positions(f["geometry"])}
shared_kept = 0


def ring_out(ring):
    global shared_kept
    out = []
    for lon, lat in ring:
        if (lon, lat) in exact:
            p = [lon, lat]
            shared_kept += 1
        else:
            p = [round(lon, 5), round(lat, 5)]
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def polygon_out(poly):
    rings = [ring_out(r) for r in poly]
    if rings[0] is None:
        return None
    return [rings[0]] + [r for r in rings[1:] if r is not None]


order = {"province": 0, "city": 1}
features = []
for f in sorted(src["features"], key=lambda f: (order[f["properties"]["level"]], f["properties"]["adcode"])):
    p, g = f["properties"], f["geometry"]
    polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    polys = [q for q in (polygon_out(x) for x in polys) if q is not None]
    geometry = {"type": "MultiPolygon", "coordinates": polys} if len(polys) > 1 else {"type": "Polygon", "coordinates": polys[0]}
    features.append({"type": "Feature",
                     "properties": {"adcode": int(p["adcode"]), "name": p["name"], "name_en": p["name_en"], "level": p["level"]},
                     "geometry": geometry})
out = {"type": "FeatureCollection", "features": features}
text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
text = text.replace('{"type":"Feature",', '\n{"type":"Feature",')
(here / "data/context.geojson").write_text(text + "\n", encoding="utf-8")
print(f"wrote {len(features)} features, {len(text.encode())} bytes; {shared_kept} positions shared with the districts kept exactly")
