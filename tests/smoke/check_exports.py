#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Reads the files `--export-table` and `--export-map` wrote back with real readers and checks them
# against data/metrics.json (issue 15):
#   check_exports.py csv  FILE.csv  DATA_DIR zh|en   Python's csv module: BOM, 16 rows, every value
#                                                    equal to metrics.json, no-data cells empty
#   check_exports.py xlsx FILE.xlsx DATA_DIR zh|en   openpyxl: numeric cells, header with units,
#                                                    frozen pane, the "sources" sheet
#   check_exports.py svg  FILE.svg  FILE.png         an XML parser (text as <text>), rsvg-convert
#                                                    renders it; compared with the PNG of that size
# Exit 0 when all holds; otherwise the first problem on stderr and exit 1.
import csv
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib


def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(1)


def expect(cond, msg):
    if not cond:
        fail(msg)


def reference(data_dir):
    """metric key -> {district id -> value or None}, districts in adcode order, units, sources."""
    with open(os.path.join(data_dir, "metrics.json"), encoding="utf-8") as f:
        metrics = json.load(f)
    with open(os.path.join(data_dir, "districts.json"), encoding="utf-8") as f:
        districts = json.load(f)
    with open(os.path.join(data_dir, "dataset.json"), encoding="utf-8") as f:
        dataset = json.load(f)
    dlist = districts["districts"] if isinstance(districts, dict) else districts
    ids = [d["id"] for d in sorted(dlist, key=lambda d: d["adcode"])]
    values = {m["key"]: m["values"] for m in metrics["metrics"]}
    return ids, values, [m["key"] for m in metrics["metrics"]], [m["key"] for m in metrics["derived"]], dataset


def check_csv(path, data_dir, lang):
    raw = open(path, "rb").read()
    expect(raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 byte-order mark")
    expect(b"\r\n" in raw, f"{path}: records are not ended by CRLF (RFC 4180)")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    ids, values, keys, derived, dataset = reference(data_dir)
    header = rows[0]
    expect(header[:3] == ["id", "adcode", "区" if lang == "zh" else "District"], f"header starts {header[:3]}")
    expect(len(header) == 3 + len(keys) + len(derived), f"{len(header)} columns: {header}")
    table = rows[1:1 + len(ids)]
    expect([r[0] for r in table] == ids, f"district rows {[r[0] for r in table]}")
    expect(rows[1 + len(ids)] == [], f"no empty record after the table: {rows[1 + len(ids)]}")
    expect(rows[2 + len(ids)][0] == "metric", f"sources header {rows[2 + len(ids)]}")
    sources = {r[0]: r for r in rows[3 + len(ids):]}
    expect(list(sources) == keys + derived, f"sources for {list(sources)}")
    units = {u["key"]: u[lang] for u in dataset["units"]}
    for c, key in enumerate(keys):
        m_unit = units[next(m["unit"] for m in json.load(open(os.path.join(data_dir, "metrics.json"), encoding="utf-8"))["metrics"] if m["key"] == key)]
        expect(m_unit in header[3 + c], f"header {header[3 + c]!r} lacks the unit {m_unit!r}")
        expect(sources[key][2] == m_unit, f"sources: unit of {key} is {sources[key][2]!r}")
        expect(sources[key][3].isdigit(), f"sources: no year for {key}")
        expect(sources[key][4] != "", f"sources: no source for {key}")
        for r, did in zip(table, ids):
            cell = r[3 + c]
            want = values[key][did]
            if want is None:
                expect(cell == "", f"{did} {key}: no data should be an empty cell, got {cell!r}")
            else:
                expect("," not in cell and cell != "", f"{did} {key}: {cell!r} is not a plain number")
                expect(float(cell) == want, f"{did} {key}: {cell} != {want}")
    for c, key in enumerate(derived):
        for r in table:
            cell = r[3 + len(keys) + c]
            expect(cell.isdigit(), f"{r[0]} {key}: count {cell!r}")
    print(f"{path}: {len(table)} districts x {len(keys) + len(derived)} metrics, values equal to metrics.json")


def check_xlsx(path, data_dir, lang):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    expect(wb.sheetnames == ["districts", "sources"], f"sheets {wb.sheetnames}")
    ws = wb["districts"]
    ids, values, keys, derived, dataset = reference(data_dir)
    header = [c.value for c in ws[1]]
    expect(header[:3] == ["id", "adcode", "区" if lang == "zh" else "District"], f"header starts {header[:3]}")
    expect(len(header) == 3 + len(keys) + len(derived), f"{len(header)} columns")
    expect(all(c.font.b for c in ws[1]), "the header row is not bold")
    expect(ws.freeze_panes == "D2", f"frozen at {ws.freeze_panes}, expected D2 (under the header, beside the names)")
    expect(ws.max_row == 1 + len(ids), f"{ws.max_row - 1} district rows")
    for r, did in enumerate(ids, start=2):
        expect(ws.cell(r, 1).value == did, f"row {r}: {ws.cell(r, 1).value}")
        expect(isinstance(ws.cell(r, 2).value, int), f"row {r}: adcode {ws.cell(r, 2).value!r} is not a number")
        for c, key in enumerate(keys):
            cell = ws.cell(r, 4 + c)
            want = values[key][did]
            if want is None:
                expect(cell.value is None, f"{did} {key}: no data should be an empty cell, got {cell.value!r}")
            else:
                expect(cell.data_type == "n" and isinstance(cell.value, (int, float)), f"{did} {key}: {cell.value!r} is not numeric")
                expect(cell.value == want, f"{did} {key}: {cell.value} != {want}")
        for c in range(len(derived)):
            cell = ws.cell(r, 4 + len(keys) + c)
            expect(cell.data_type == "n", f"{did}: count {cell.value!r} is not numeric")
    src = wb["sources"]
    rows = [[c.value for c in row] for row in src.iter_rows()]
    expect(rows[0][0] == "metric", f"sources header {rows[0]}")
    expect([r[0] for r in rows[1:]] == keys + derived, f"sources rows {[r[0] for r in rows[1:]]}")
    for r in rows[1:1 + len(keys)]:
        expect(isinstance(r[3], int) and r[4], f"sources: {r}")
    print(f"{path}: {len(ids)} districts x {len(keys) + len(derived)} metrics, numeric cells equal to metrics.json, frozen {ws.freeze_panes}")


def read_png(path):
    """(width, height, rows of (r, g, b) over white) for 8-bit non-interlaced RGB/RGBA/grey PNGs."""
    data = open(path, "rb").read()
    expect(data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            expect(depth == 8 and interlace == 0 and ctype in (0, 2, 4, 6), f"{path}: PNG type {depth}/{ctype}/{interlace}")
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = width * channels
    out, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        px = []
        for x in range(width):
            v = line[x * channels:(x + 1) * channels]
            if channels in (1, 2):
                rgb, alpha = (v[0], v[0], v[0]), (v[1] if channels == 2 else 255)
            else:
                rgb, alpha = tuple(v[:3]), (v[3] if channels == 4 else 255)
            px.append(tuple((ch * alpha + 255 * (255 - alpha)) // 255 for ch in rgb))
        out.append(px)
    return width, height, out


def check_svg(svg_path, png_path):
    tree = ET.parse(svg_path)
    ns = "{http://www.w3.org/2000/svg}"
    root = tree.getroot()
    expect(root.tag == ns + "svg", f"root element {root.tag}")
    texts = ["".join(t.itertext()) for t in root.iter(ns + "text")]
    expect(len(texts) >= 16, f"only {len(texts)} <text> elements: text was not kept as text")
    joined = " ".join(texts)
    for needle in ("Pudong", "Source:", "North is up"):
        expect(needle in joined, f"no text {needle!r} in the SVG (texts: {texts[:30]})")
    w, h, png = read_png(png_path)
    with tempfile.TemporaryDirectory() as tmp:
        rendered = os.path.join(tmp, "rendered.png")
        subprocess.run(["rsvg-convert", "--width", str(w), "--height", str(h), "--background-color", "white",
                        "-o", rendered, svg_path], check=True)
        rw, rh, ren = read_png(rendered)
    expect((rw, rh) == (w, h), f"rsvg-convert drew {rw}x{rh}, the PNG is {w}x{h}")
    differ = sum(1 for y in range(h) for x in range(w)
                 if sum(abs(a - b) for a, b in zip(png[y][x], ren[y][x])) > 60)
    share = differ / (w * h)
    expect(share < 0.03, f"{differ} of {w * h} pixels ({share:.1%}) differ between the SVG (rsvg-convert) and the PNG")
    print(f"{svg_path}: {len(texts)} text elements; rendered by rsvg-convert, {share:.2%} of pixels differ from the PNG")


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "csv":
        check_csv(sys.argv[2], sys.argv[3], sys.argv[4])
    elif kind == "xlsx":
        check_xlsx(sys.argv[2], sys.argv[3], sys.argv[4])
    elif kind == "svg":
        check_svg(sys.argv[2], sys.argv[3])
    else:
        fail(f"unknown check {kind}")
