#!/usr/bin/env bash
# Build (if needed) and run the whole test suite through ctest. Extra arguments go to ctest.
exec "$(dirname "$0")/scripts/buildenv.sh" test "$@"
