#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The project's build environment: builds, tests and runs the application either with the system's
# own Qt >= 6.8 (+ Qt Location, Qt Graphs, GDAL, nlohmann_json, GoogleTest), or, where the system lacks them
# (Debian 12 has Qt 6.4 and no Qt Location), inside a Debian 13 build root made with debootstrap and
# entered with `unshare --mount` + `chroot`. The root lives in a cache directory outside the checkout
# and is reused by later runs; a half-made root is detected (no completion stamp) and repaired.
#
#   scripts/buildenv.sh run [APP ARGS...]   build, then start the application (bundled data)
#   scripts/buildenv.sh test                build, then run the whole test suite (ctest)
#   scripts/buildenv.sh shell               an interactive shell in the environment (root mode)
#   scripts/buildenv.sh exec CMD...         run CMD in the environment, in the checkout
#   scripts/buildenv.sh bench               build the `benchmarks` preset, run every benchmark (README: Performance)
#   scripts/buildenv.sh package             build, then make the Debian package (cpack -G DEB) in build/packages/
#
# Sourced (`. scripts/buildenv.sh`), it only defines its functions (make_debian_root, in_root…), for
# scripts that make other roots the same way (.ci/package-test).
#
# Environment:
#   SIM_ENV=auto|host|root   where to build (default auto: host when it has everything)
#   SIM_CACHE_DIR            cache directory (default ${XDG_CACHE_HOME:-~/.cache}/shanghai-innovation-map)
#   SIM_DEBIAN_MIRROR        Debian mirror for the root (default: the host's, else deb.debian.org)
#   SIM_PRESET               CMake preset for run/test (default: release)
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${SIM_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/shanghai-innovation-map}
ROOT="$CACHE/trixie-root"
SUITE=trixie
PRESET=${SIM_PRESET:-release}

# Everything the build, the tests and the application need (Debian 13 package names).
PACKAGES=(
  g++ cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-declarative-dev qt6-location-dev qt6-positioning-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins libxkbcommon-dev
  qt6-base-private-dev qt6-declarative-private-dev qt6-positioning-private-dev
  qml6-module-qtlocation qml6-module-qtpositioning qt6-location-plugins
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-shapes qml6-module-qtquick-window qml6-module-qtquick-templates
  qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript qml6-module-qtqml-models
  qml6-module-qtcore qml6-module-qttest qml6-module-qtquick-effects
  libgdal-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev libicu-dev
  fonts-wqy-microhei poppler-utils xvfb xauth xdotool
  libgl1-mesa-dri libegl-mesa0 libglx-mesa0
  qt6-graphs-dev qml6-module-qtgraphs qml6-module-qtquick3d qt6-quick3d-dev
  clang-19 libfuzzer-19-dev libclang-rt-19-dev ccache
  libxlsxwriter-dev libcsv-dev python3-openpyxl librsvg2-bin
  help2man dpkg-dev file
)
# Bump when the way the root is made changes, so old roots are repaired.
ROOT_RECIPE=1

log() { printf '[buildenv] %s\n' "$*" >&2; }
die() { printf '[buildenv] error: %s\n' "$*" >&2; exit 1; }

# --- which environment -------------------------------------------------------------------------

host_has_deps() {
  command -v cmake >/dev/null 2>&1 || return 1
  command -v ninja >/dev/null 2>&1 || return 1
  local probe
  probe=$(mktemp -d)
  # A real find_package() of every dependency, with the versions we need.
  if cmake -S "$SRC/cmake/probe" -B "$probe" -G Ninja >"$probe/log" 2>&1; then
    rm -rf "$probe"; return 0
  fi
  rm -rf "$probe"; return 1
}

apt_can_provide() {  # the host's apt knows every package (e.g. Debian 13, Ubuntu 24.04+)
  command -v apt-cache >/dev/null 2>&1 || return 1
  local p
  for p in qt6-location-dev qml6-module-qtlocation qt6-graphs-dev libgdal-dev nlohmann-json3-dev libgtest-dev; do
    apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [0-9]' || return 1
  done
  # Qt must be >= 6.8 (Qt Graphs' 2D API; Debian 12's is 6.4.2 and has no qt6-location-dev anyway)
  local v
  v=$(apt-cache policy qt6-base-dev | sed -n 's/.*Candidate: \([0-9.]*\).*/\1/p' | head -n1)
  [ -n "$v" ] && printf '%s\n6.8\n' "$v" | sort -V -C -r 2>/dev/null
}

choose_env() {
  case "${SIM_ENV:-auto}" in
    host) echo host; return ;;
    root) echo root; return ;;
    auto) ;;
    *) die "SIM_ENV must be auto, host or root (got '${SIM_ENV}')" ;;
  esac
  if host_has_deps; then echo host; return; fi
  if [ "$(id -u)" = 0 ] && apt_can_provide; then echo host-install; return; fi
  if [ -f /etc/debian_version ]; then echo root; return; fi
  die "this system lacks Qt >= 6.5 with Qt Location, GDAL, nlohmann_json or GoogleTest.
Install them with your package manager (Fedora: qt6-qtlocation-devel gdal-devel json-devel gtest-devel;
Arch: qt6-location gdal nlohmann-json gtest), or use a Debian-based system, where this script
builds a Debian 13 root by itself."
}

# --- the Debian 13 root ------------------------------------------------------------------------

mirror() {
  if [ -n "${SIM_DEBIAN_MIRROR:-}" ]; then echo "$SIM_DEBIAN_MIRROR"; return; fi
  local m=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    m=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$m" ] && [ -f /etc/apt/sources.list ]; then
    m=$(awk '$1=="deb" && $3 !~ /security/ {print $2; exit}' /etc/apt/sources.list)
  fi
  echo "${m:-http://deb.debian.org/debian}"
}

wanted_stamp() { printf 'recipe=%s suite=%s packages=%s\n' "$ROOT_RECIPE" "$SUITE" "${PACKAGES[*]}"; }

host_install() {  # $@: packages for the host's apt
  local missing=()
  local p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "missing host packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})"
  log "installing on the host: ${missing[*]}"
  apt-get update -qq || log "apt-get update failed; trying with the package lists we have"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A fresh minimal Debian 13 system (debootstrap --variant=minbase) in $1, its log in $2: the build
# root starts from it, and so does the clean system of .ci/package-test.
make_debian_root() {  # $1: directory (must not exist), $2: log file
  local dir=$1 logf=$2
  host_install debootstrap
  debootstrap --variant=minbase "$SUITE" "$dir" "$(mirror)" >"$logf" 2>&1 \
    || die "debootstrap failed; see $logf"
}

# Run a command inside the root with /dev, /proc, /tmp and the checkout mounted. The mounts live
# in a private mount namespace and vanish with it: nothing is left mounted, even after a kill.
# SIM_BIND_HOME=1: the user's home directory ($HOME) is mounted too, at the same path, and is the
# command's HOME — the application started by `run` opens and saves the user's files (its save
# dialog lists them, `--export-pdf ~/reports/p.pdf` and `--data ~/my-data` work). The current
# directory is always mounted at its own path, wherever it is.
in_root() {  # $1: command string for bash -c inside the root
  local cmd=$1
  local xauth=""
  if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
    xauth=$(mktemp /tmp/sim-xauth.XXXXXX); cp "$XAUTHORITY" "$xauth"
  elif [ -f "${HOME:-/nonexistent}/.Xauthority" ]; then
    xauth=$(mktemp /tmp/sim-xauth.XXXXXX); cp "$HOME/.Xauthority" "$xauth"
  fi
  local wd=$PWD
  local rc=0
  local home="" root_home=/root
  if [ -n "${SIM_BIND_HOME:-}" ] && [ -n "${HOME:-}" ] && [ "$HOME" != / ] && [ -d "$HOME" ]; then
    home=$(cd "$HOME" && pwd -P); root_home=$HOME
  fi
  # SIM_ROOT_BARE=1: only /dev and /proc (a clean system that sees nothing of the checkout or /tmp)
  # The shell's own stderr is silenced while it waits (3>&2 2>/dev/null, the command's stderr is
  # fd 3): when the command dies of a signal, bash would otherwise print this whole script as the
  # command that died. The signal is reported below in one line instead.
  { SIM_ROOT_BARE=${SIM_ROOT_BARE:-} unshare --mount --propagation private -- bash -c '
    set -e
    R=$1; S=$2; W=$3; H=$4; shift 4
    mount --rbind /dev "$R/dev"
    mount -t proc proc "$R/proc"
    if [ -z "$SIM_ROOT_BARE" ]; then
    mount --rbind /tmp "$R/tmp"
    # the user home first: the checkout may lie inside it and is mounted over it
    case "$H" in ""|/tmp|/tmp/*) ;; *) mkdir -p "$R$H"; mount --bind "$H" "$R$H" ;; esac
    mkdir -p "$R$S"; mount --bind "$S" "$R$S"
    # ../shared beside the checkout (source texts, boundary sets, real-world files the tests read)
    P=$(dirname "$S")
    if [ -d "$P/shared" ]; then mkdir -p "$R$P/shared"; mount --bind "$(cd "$P/shared" && pwd -P)" "$R$P/shared"; mount -o remount,bind,ro "$R$P/shared" 2>/dev/null || true; fi
    # the current directory, unless the checkout, /tmp or the home already holds it
    inside_home=""
    if [ -n "$H" ]; then case "$W" in "$H"|"$H"/*) inside_home=1 ;; esac; fi
    case "$W" in "$S"|"$S"/*|/tmp|/tmp/*) ;; *) if [ -z "$inside_home" ] && [ -d "$W" ]; then mkdir -p "$R$W"; mount --bind "$W" "$R$W"; fi ;; esac
    fi
    cp -L /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true
    exec chroot "$R" "$@"
  ' _ "$ROOT" "$SRC" "$wd" "$home" /usr/bin/env -i \
      HOME="$root_home" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      LANG="${LANG:-C.UTF-8}" LC_ALL="${LC_ALL:-}" TERM="${TERM:-dumb}" CI="${CI:-}" \
      DISPLAY="${DISPLAY:-}" XAUTHORITY="$xauth" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-}" \
      QT_QUICK_BACKEND="${QT_QUICK_BACKEND:-}" QT_SCALE_FACTOR="${QT_SCALE_FACTOR:-}" \
      SIM_CACHE_DIR=/nonexistent SIM_IN_ROOT=1 CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-}" \
      SIM_GIT_DESCRIBE="$(git -C "$SRC" describe --tags --always --dirty 2>/dev/null || true)" \
      DEBIAN_FRONTEND=noninteractive \
      bash -c "cd \"\$0\" 2>/dev/null || cd \"$SRC\"; $cmd" "$wd" 2>&3 || rc=$?; } 3>&2 2>/dev/null
  [ -n "$xauth" ] && rm -f "$xauth"
  if [ "$rc" -gt 128 ] && [ "$rc" -lt 160 ]; then
    log "the command in the build root was ended by signal SIG$(kill -l $((rc - 128)) 2>/dev/null || echo $((rc - 128))) (exit code $rc)"
  fi
  return $rc
}

ensure_root() {
  [ "$(id -u)" = 0 ] || die "making the Debian 13 build root needs root (unshare, chroot, debootstrap); run as root or use SIM_ENV=host with Qt >= 6.5 installed"
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock 9
  local want; want=$(wanted_stamp)
  if [ -f "$ROOT/.sim-root-ready" ] && [ "$(cat "$ROOT/.sim-root-ready")" = "$want" ]; then
    flock -u 9; return 0
  fi
  host_install debootstrap
  command -v unshare >/dev/null || die "unshare (util-linux) is missing"
  local t0=$SECONDS
  if [ ! -f "$ROOT/.sim-debootstrap-done" ]; then
    # Never trust a root whose debootstrap did not finish: start it again from nothing.
    [ -e "$ROOT" ] && { log "removing an unfinished build root at $ROOT"; rm -rf --one-file-system "$ROOT"; }
    log "creating a Debian 13 build root in $ROOT (first run only, ~1 min)"
    make_debian_root "$ROOT" "$CACHE/debootstrap.log"
    touch "$ROOT/.sim-debootstrap-done"
  else
    log "repairing/updating the build root in $ROOT"
  fi
  rm -f "$ROOT/.sim-root-ready"
  log "installing the build packages into the root (~2 min the first time)"
  if ! in_root "dpkg --configure -a >/dev/null 2>&1; apt-get update -qq && apt-get install -y -qq -f >/dev/null && apt-get install -y -qq --no-install-recommends ${PACKAGES[*]} >/dev/null" \
       >"$CACHE/apt.log" 2>&1; then
    tail -n 30 "$CACHE/apt.log" >&2
    die "installing packages into the build root failed; see $CACHE/apt.log (a later run repairs it)"
  fi
  in_root "apt-get clean" >/dev/null 2>&1 || true
  echo "$want" >"$ROOT/.sim-root-ready"
  log "build root ready in $((SECONDS - t0)) s"
  flock -u 9
}

# --- entry -------------------------------------------------------------------------------------

run_in_env() {  # $1: env, $2: command string
  local env=$1 cmd=$2
  case "$env" in
    host) (cd "$SRC" && bash -c "$cmd") ;;
    root) ensure_root; in_root "$cmd" ;;
  esac
}

main() {
  local action=${1:-}
  [ $# -gt 0 ] && shift
  local env
  if [ -n "${SIM_IN_ROOT:-}" ]; then env=host; else env=$(choose_env); fi
  if [ "$env" = host-install ]; then
    host_install "${PACKAGES[@]}"; env=host
  fi
  local tag=host; [ "$env" = root ] && tag=$SUITE
  local bdir="build/$tag-$PRESET"
  # Quiet: a line or two of progress; CMake's and the compiler's output go to a log file that is
  # named, and whose end is shown when the build fails.
  local log="$bdir/build.log"
  local configure="mkdir -p $bdir && echo '[buildenv] building in $bdir (full log: $log)' >&2 && t0=\$SECONDS && \
    if { cmake --preset $PRESET -B $bdir && cmake --build $bdir; } >$log 2>&1; then \
      echo \"[buildenv] built in \$((SECONDS - t0)) s\" >&2; \
    else tail -n 40 $log >&2; echo '[buildenv] error: the build failed; the full log is $SRC/$log' >&2; exit 1; fi"
  local q; q=$(printf ' %q' "$@")
  case "$action" in
    run)
      local where="\"$SRC/$bdir/app/shanghai-innovation-map\""
      # built first (in the root's own home: its ccache), then started with the user's home mounted
      run_in_env "$env" "cd \"$SRC\" && $configure"
      SIM_BIND_HOME=1 run_in_env "$env" "cd $(printf '%q' "$PWD") && exec $where$q" ;;
    test)
      run_in_env "$env" "cd \"$SRC\" && $configure && ctest --test-dir $bdir --output-on-failure --progress --output-log $bdir/ctest.log -j2$q" ;;
    shell)
      [ "$env" = root ] || die "shell is for the build root; on this host just use your shell"
      ensure_root; in_root "exec bash -i" ;;
    exec)
      run_in_env "$env" "cd \"$SRC\" && $q" ;;
    package)
      # the release build (tests included: they are not installed), then its install rules as a .deb
      run_in_env "$env" "cd \"$SRC\" && $configure && cpack --config $bdir/CPackConfig.cmake -G DEB -B build/packages$q && ls -l build/packages/*.deb" ;;
    bench)
      local bench="build/$tag-benchmarks" vars="" v
      for v in SIM_BENCH_ROUNDS SIM_BENCH_FRAMES SIM_BENCH_RUNS SIM_BENCH_OUT; do
        if [ -n "${!v:-}" ]; then vars+="export $v=$(printf %q "${!v}"); "; fi
      done
      run_in_env "$env" "${vars}cd \"$SRC\" && cmake --preset benchmarks -B $bench >/dev/null && cmake --build $bench --target sim_bench_core sim_framebench && cmake --build $bench --target run-benchmarks" ;;
    *)
      sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
}

# Sourced by another script: only the functions.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
