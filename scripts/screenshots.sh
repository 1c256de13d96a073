#!/usr/bin/env bash
# Screenshots of the application's main states, for people to look at: the real executable and the
# UI tests under Xvfb (xcb, OpenGL on Mesa llvmpipe), in the same environment as run.sh/test.sh.
# Usage: scripts/screenshots.sh [OUTDIR]     (default: build/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
# shellcheck disable=SC2016
scripts/buildenv.sh exec bash -c '
set -e
out=$0
cmake --preset release -B build/screens >/dev/null && cmake --build build/screens --target shanghai-innovation-map tst_quick >/dev/null
app=build/screens/app/shanghai-innovation-map
shoot() { name=$1; shift; xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$app" --size 1400x860 --screenshot "$out/$name.png" "$@" >/dev/null; echo "$out/$name.png"; }
shoot overview-zh --lang zh --theme light
shoot overview-en --lang en --theme light
shoot district-minhang-zh --lang zh --district minhang --theme light
shoot district-jingan-en --lang en --district jingan --theme light
shoot choropleth-density-en --lang en --metric population-density --theme light
shoot choropleth-platforms-zh --lang zh --metric platform-count --district songjiang --theme light
shoot dark-pudong-zh --lang zh --district pudong --metric population --theme dark
shoot error-view-en --lang en --data /nonexistent-data-dir --theme light
SIM_SCREENSHOT_DIR=$out xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb build/screens/tests/quick/tst_quick -o /dev/null,txt
ls "$out"/ui-*.png
' "$out"
