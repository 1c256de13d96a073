#!/usr/bin/env python3
"""A real tile server on 127.0.0.1 for the tile base map's tests.

  tile_server.py pattern|query|hang -- COMMAND...

Starts an HTTP server on a free port of 127.0.0.1, runs COMMAND with SIM_TEST_TILES set to its URL
template (a fresh path per run, so no tile cache of an earlier run answers instead) and
SIM_TEST_TILES_MODE to the mode, and exits with COMMAND's exit code, or 1 when the server's own
checks fail.
- pattern: every tile is a 256x256 PNG in two colours (magenta and green quarters). After COMMAND,
  the tiles requested must include the tile of People's Square (the centre of the first view) at
  the zoom level asked for most, and only tiles near it (the visible area, no prefetching of the
  world).
- query: as pattern, with a template whose placeholders are out of order and in a query
  (/run-N/tile.png?x={x}&y={y}&z={z}&style=test): the map must ask for exactly such URLs.
- hang: the server accepts connections and never answers.
"""
import http.server, math, os, socket, struct, subprocess, sys, threading, zlib, re


def png(width, height, pixel):
    raw = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


MAGENTA, GREEN = (255, 0, 255), (0, 160, 0)
TILE = png(256, 256, lambda x, y: MAGENTA if (x < 128) == (y < 128) else GREEN)
requests = []


CLASSIC = re.compile(r"/run-\d+/(\d+)/(\d+)/(\d+)\.png$")
QUERY = re.compile(r"/run-\d+/tile\.png\?x=(\d+)&y=(\d+)&z=(\d+)&style=test$")


def tile_of(path):
    """(z, x, y) of a tile URL's path as the template of the mode makes it, else None."""
    if (m := CLASSIC.search(path)):
        return tuple(map(int, m.groups()))
    if (m := QUERY.search(path)):
        x, y, z = map(int, m.groups())
        return z, x, y
    return None


class Tiles(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        requests.append(self.path)
        if tile_of(self.path) is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(TILE)))
        self.end_headers()
        try:
            self.wfile.write(TILE)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the application quit (or dropped a tile it no longer needs) while it was sent

    def log_message(self, *args):
        pass


def main():
    mode = sys.argv[1]
    command = sys.argv[sys.argv.index("--") + 1:]
    if mode in ("pattern", "query"):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
        port = server.server_address[1]
        threading.Thread(target=server.serve_forever, daemon=True).start()
    else:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        port = listener.getsockname()[1]
        held = []
        def accept():
            while True:
                conn, _ = listener.accept()
                held.append(conn)  # and never a byte back
        threading.Thread(target=accept, daemon=True).start()
    base = f"http://127.0.0.1:{port}/run-{os.getpid()}/"
    template = base + ("tile.png?x={x}&y={y}&z={z}&style=test" if mode == "query" else "{z}/{x}/{y}.png")
    env = dict(os.environ, SIM_TEST_TILES=template, SIM_TEST_TILES_MODE=mode)
    code = subprocess.call(command, env=env)
    if mode == "hang" or code != 0:
        return code
    wrong = [p for p in requests if tile_of(p) is None]
    if wrong:
        print(f"tile_server.py: FAIL: requests that are not tiles of the template {template}: {wrong[:5]}")
        return 1
    tiles = [tile_of(p) for p in requests]
    print(f"tile_server.py: {len(tiles)} tiles requested: {sorted(set(tiles))}")
    if not tiles:
        print("tile_server.py: FAIL: no tile was requested")
        return 1
    zooms = [t[0] for t in tiles]
    z = max(set(zooms), key=zooms.count)
    n = 2 ** z
    lat, lon = math.radians(31.2304), 121.4737
    cx, cy = int((lon + 180) / 360 * n), int((1 - math.asinh(math.tan(lat)) / math.pi) / 2 * n)
    at_z = {(x, y) for zz, x, y in tiles if zz == z}
    if (cx, cy) not in at_z:
        print(f"tile_server.py: FAIL: at zoom {z}, the tile of People's Square ({cx}, {cy}) was not requested")
        return 1
    far = [(x, y) for x, y in at_z if abs(x - cx) > 6 or abs(y - cy) > 6]
    if far:
        print(f"tile_server.py: FAIL: at zoom {z}, tiles far outside the visible area were requested: {far}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
