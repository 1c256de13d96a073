#!/usr/bin/env python3
"""Builds data/boundaries.geojson from the shared detailed boundary set.

Input:  ../shared/geo/shanghai-districts-detailed-wgs84.geojson (Amap via cnmaps, GCJ-02 -> WGS84)
        ../shared/reference/districts-2024.md (official English names, joined on adcode)
Output: data/boundaries.geojson with properties adcode (int), name (zh), name_en; geometry unchanged.
"""
import json, re, sys, pathlib

here = pathlib.Path(__file__).resolve().parent.parent
shared = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "shared"
src = json.loads((shared / "geo/shanghai-districts-detailed-wgs84.geojson").read_text(encoding="utf-8"))
ref = (shared / "reference/districts-2024.md").read_text(encoding="utf-8")
english = {int(m[0]): m[2].strip() for m in re.findall(r"^\| (3101\d\d) \| (\S+) \| ([^|]+) \|", ref, re.M)}
assert len(english) == 16, english
features = []
for f in sorted(src["features"], key=lambda f: f["properties"]["adcode"]):
    code = int(f["properties"]["adcode"])
    features.append({"type": "Feature",
                     "properties": {"adcode": code, "name": f["properties"]["name"], "name_en": english[code]},
                     "geometry": f["geometry"]})
out = {"type": "FeatureCollection", "features": features}
text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
# one feature per line keeps diffs readable
text = text.replace('{"type":"Feature",', '\n{"type":"Feature",')
(here / "data/boundaries.geojson").write_text(text + "\n", encoding="utf-8")
print(f"wrote {len(features)} features")
