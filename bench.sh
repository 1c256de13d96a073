#!/usr/bin/env bash
# Build the benchmarks (optimised) and run them all: core figures beside GDAL/OGR, frame times and
# start-up beside an empty map and Qt Location's MapPolygon (README: Performance). Takes ~15 minutes.
exec "$(dirname "$0")/scripts/buildenv.sh" bench "$@"
