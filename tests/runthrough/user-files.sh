#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Run-through of ./run.sh with the user's own files (issue 16), from the host, the way a user types
# it: a temporary home directory OUTSIDE /tmp and the checkout (so only the home mount can make it
# visible in the build root), a copy of the data and a reports folder in it, and a display (Xvfb,
# started in the build root). Checks:
#   1. --export-pdf ~/reports/p.pdf writes the PDF into the user's home;
#   2. --validate --data ~/my-data reads the user's data directory;
#   3. the window opens on the display, and --screenshot ~/reports/window.png lands in the home;
#   4. from a current directory outside the home, a relative --export-pdf path lands there;
#   5. with no display, the exact message and exit code 3, and never the wrapper's own source;
#   6. the save dialog itself (xdotool on the host, which `apt-get install xdotool` provides): the
#      window started by ./run.sh, Ctrl+E opens "Export PDF…" in the home's Documents with the
#      proposed name (the app's own save dialog, app/qml/dialogs/SaveDialog.qml), Enter saves, and
#      the PDF is there under that name. With SIM_RUNTHROUGH_SHOT=FILE.png, the open dialog is
#      also saved as a screenshot (xwd, xwdtopnm, pnmtopng on the host).
# Not a ctest test (ctest runs inside the build root, and this enters it): run it by hand,
#   tests/runthrough/user-files.sh          (exit 0: every check passed)
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# the build root stays where it is, whatever HOME the run-through gives the user
export SIM_CACHE_DIR=${SIM_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/shanghai-innovation-map}
T=$(mktemp -d /var/tmp/sim-user-home.XXXXXX)
PIDFILE=""
ELSEWHERE=$(mktemp -d /var/tmp/sim-elsewhere.XXXXXX)
XPID=""
cleanup() {
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
  rm -rf "$T" "$ELSEWHERE"; [ -n "$PIDFILE" ] && rm -f "$PIDFILE"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

mkdir -p "$T/reports" "$T/Documents"
cp -r "$SRC/data" "$T/my-data"

# a display: Xvfb inside the build root; its socket is in the shared /tmp/.X11-unix
N=$((90 + RANDOM % 100))
PIDFILE=/tmp/sim-runthrough-xvfb.$$.pid  # /tmp: shared with the build root
# (the same PID namespace: the pid Xvfb writes is the host's, and ends it at exit)
"$SRC/scripts/buildenv.sh" exec bash -c "Xvfb :$N -screen 0 1280x800x24 -nolisten tcp & echo \$! >$PIDFILE; wait" >/dev/null 2>&1 &
for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$N" ] && break; sleep 0.2; done
XPID=$(cat "$PIDFILE" 2>/dev/null || true)
[ -S "/tmp/.X11-unix/X$N" ] || fail "Xvfb did not start"

run() { env -u WAYLAND_DISPLAY -u XAUTHORITY HOME="$T" DISPLAY=":$N" "$SRC/run.sh" "$@"; }

# 1
out=$(cd "$T" && run --district pudong --export-pdf "$T/reports/p.pdf" 2>&1) || fail "export-pdf: $out"
[ "$(head -c 5 "$T/reports/p.pdf")" = "%PDF-" ] || fail "no PDF in $T/reports: $out"
pass "--export-pdf ~/reports/p.pdf wrote $(stat -c %s "$T/reports/p.pdf") bytes into the user's home"

# 2
out=$(cd "$T" && run --validate --data "$T/my-data" 2>&1) || fail "validate ~/my-data: $out"
grep -q "valid: 16 districts" <<<"$out" || fail "validate ~/my-data said: $out"
pass "--validate --data ~/my-data: $(grep -o 'valid: 16 districts[^.]*' <<<"$out" | head -1)"

# 3
out=$(cd "$T" && env -u WAYLAND_DISPLAY -u XAUTHORITY QT_QPA_PLATFORM=xcb HOME="$T" DISPLAY=":$N" "$SRC/run.sh" --district xuhui --lang en --size 1280x800 \
        --screenshot "$T/reports/window.png" 2>&1) || fail "window on the display: $out"
[ "$(head -c 4 "$T/reports/window.png" | tail -c 3)" = "PNG" ] || fail "no screenshot in the home: $out"
pass "the window opened on :$N and its screenshot is in ~/reports ($(stat -c %s "$T/reports/window.png") bytes)"

# 4
out=$(cd "$ELSEWHERE" && run --district minhang --export-pdf here.pdf 2>&1) || fail "relative export: $out"
[ "$(head -c 5 "$ELSEWHERE/here.pdf")" = "%PDF-" ] || fail "no PDF in the current directory $ELSEWHERE: $out"
pass "a relative --export-pdf from $ELSEWHERE (outside the home) landed there"

# 5
set +e
err=$(cd "$T" && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$T" "$SRC/run.sh" --district pudong 2>&1 >/dev/null)
code=$?
set -e
[ "$code" = 3 ] || fail "no display: exit code $code, expected 3; stderr: $err"
grep -qx "shanghai-innovation-map: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open." <<<"$err" \
  || fail "no display: the message is missing: $err"
! grep -q "unshare\|mount --\|chroot\|Aborted\|core dumped" <<<"$err" || fail "no display: the wrapper's source or an abort was printed: $err"
pass "no display: exit 3 and the plain message, nothing else"
# 6
if command -v xdotool >/dev/null; then
  (cd "$T" && run --district pudong --lang en --no-watch >"$T/app.log" 2>&1) &
  APP=$!
  win=""
  for _ in $(seq 150); do
    win=$(DISPLAY=":$N" xdotool search --onlyvisible --name "Shanghai Innovation Map" 2>/dev/null | head -1) && [ -n "$win" ] && break
    sleep 0.2
  done
  [ -n "$win" ] || fail "the window did not appear on :$N: $(cat "$T/app.log")"
  sleep 3 # (the panel opens and the first frame is drawn)
  DISPLAY=":$N" xdotool windowfocus --sync "$win" key --clearmodifiers ctrl+e
  sleep 3 # (the dialog lists the folder)
  if [ -n "${SIM_RUNTHROUGH_SHOT:-}" ]; then
    xwd -root -display ":$N" | xwdtopnm 2>/dev/null | pnmtopng >"$SIM_RUNTHROUGH_SHOT" && echo "the open dialog: $SIM_RUNTHROUGH_SHOT"
  fi
  DISPLAY=":$N" xdotool key Return
  for _ in $(seq 50); do compgen -G "$T/Documents/*.pdf" >/dev/null && break; sleep 0.2; done
  kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true
  pdf=$(compgen -G "$T/Documents/*.pdf" | head -1 || true)
  [ -n "$pdf" ] && [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "the save dialog saved nothing into ~/Documents: $(ls -la "$T/Documents"; cat "$T/app.log")"
  [ "$(basename "$pdf")" = "浦东新区-Pudong-New-Area-innovation-summary.pdf" ] || fail "the save dialog saved $(basename "$pdf"), not the proposed name"
  pass "the save dialog opened in ~/Documents with the proposed name; Enter saved $(basename "$pdf") ($(stat -c %s "$pdf") bytes)"
else
  echo "skip: the save dialog (install xdotool on the host: apt-get install xdotool)"
fi
echo "all checks passed"
