#!/usr/bin/env bash
# Build (if needed) and start Shanghai Innovation Map with its bundled data.
# Any arguments go to the application: ./run.sh --help, ./run.sh --district pudong --lang en
exec "$(dirname "$0")/scripts/buildenv.sh" run "$@"
