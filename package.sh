#!/usr/bin/env bash
# Build (if needed) and make the Debian 13 package: build/packages/shanghai-innovation-map_<version>_<arch>.deb
# Install it with: sudo apt install ./build/packages/shanghai-innovation-map_*.deb
exec "$(dirname "$0")/scripts/buildenv.sh" package "$@"
