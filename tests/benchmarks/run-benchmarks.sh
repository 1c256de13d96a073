#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs every benchmark, prints every figure beside its baseline, then the targets (met or not).
# Usage: run-benchmarks.sh SIM_BENCH_CORE SIM_FRAMEBENCH DATA_DIR   (./bench.sh builds and calls it)
# Environment: SIM_BENCH_ROUNDS (3), SIM_BENCH_FRAMES (200 per variant and round), SIM_BENCH_RUNS
# (7 start-ups per kind), SIM_BENCH_OUT (where the logs go; default: a new /tmp/sim-bench.* directory).
set -euo pipefail
core=$1
frames=$2
data=$3
out=${SIM_BENCH_OUT:-$(mktemp -d /tmp/sim-bench.XXXXXX)}
mkdir -p "$out"
rm -f "$out"/*.log
rounds=${SIM_BENCH_ROUNDS:-3}
perrun=${SIM_BENCH_FRAMES:-200}
runs=${SIM_BENCH_RUNS:-7}

load() { cut -d' ' -f1-3 /proc/loadavg; }
section() { printf '\n-- %s (load average before: %s) --\n' "$1" "$(load)"; }

echo "== Machine =="
echo "   $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "   $(grep -m1 MemTotal /proc/meminfo | awk '{printf "%.1f GB RAM", $2/1048576}'), $(. /etc/os-release && echo "$PRETTY_NAME")"
echo "   $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(load)"
echo "   logs: $out"

dense=$out/dense10
"$frames" --make-dense "$dense" --data "$data"

section "Core (Google Benchmark)"
"$core" --benchmark_counters_tabular=true 2>&1 | tee "$out/core.log"

# GL: Xvfb + Mesa (llvmpipe) through xcb; software: the offscreen platform + the software scene graph.
gl() { xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND= "$@"; }
sw() { env QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$@"; }
common=(--rounds "$rounds" --frames-per-run "$perrun")

section "Frame times, GL, bundled boundaries"
gl "$frames" --frames "${common[@]}" --label "GL, real boundaries" --max-floor-ratio 1.2 --max-baseline-ratio 0.5 \
    2>&1 | tee "$out/frames-gl.log" || echo "this measurement failed"
section "Frame times, GL, 10x denser boundaries"
gl "$frames" --frames "${common[@]}" --data "$dense" --label "GL, 10x denser" --max-floor-ratio 1.5 \
    2>&1 | tee "$out/frames-gl-dense.log" || echo "this measurement failed"
section "Frame times, software renderer, bundled boundaries"
sw "$frames" --frames "${common[@]}" --label "software, real boundaries" --max-floor-ratio 1.2 --max-baseline-ratio 0.5 \
    2>&1 | tee "$out/frames-sw.log" || echo "this measurement failed"
section "Frame times, software renderer, 10x denser boundaries"
sw "$frames" --frames "${common[@]}" --data "$dense" --label "software, 10x denser" --max-floor-ratio 1.5 \
    2>&1 | tee "$out/frames-sw-dense.log" || echo "this measurement failed"

section "Table and chart views: switching and sorting (GL)"
gl "$frames" --views --runs 20 --data "$data" 2>&1 | tee "$out/views.log" || echo "this measurement failed"

section "Start-up and memory (GL)"
gl "$frames" --startup --runs "$runs" --data "$data" 2>&1 | tee "$out/startup.log" || echo "the start-up measurement failed"

printf '\n== Targets (load average now: %s) ==\n' "$(load)"
grep -h '^target' "$out"/core.log "$out"/frames-gl.log "$out"/frames-gl-dense.log "$out"/frames-sw.log \
    "$out"/frames-sw-dense.log "$out"/views.log "$out"/startup.log | sed 's/^target | //'
