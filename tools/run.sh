#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Outpace (release) and opens the desktop app; with no display it
# shows the Backend Developer portrait from outpace-cli. Extra arguments run outpace-cli instead:
# tools/run.sh score backend-developer --lang fr
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release -- -j"$(nproc)" >/dev/null
if [ $# -gt 0 ]; then
    exec build/release/app/cli/outpace-cli "$@"
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/release/app/desktop/outpace
fi
echo "No display here (DISPLAY and WAYLAND_DISPLAY are unset), so the desktop app cannot open;"
echo "showing the Backend Developer portrait from outpace-cli instead."
echo
exec build/release/app/cli/outpace-cli portrait backend-developer
