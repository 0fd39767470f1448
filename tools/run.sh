#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Outpace (release) and shows the Backend Developer portrait.
# Extra arguments replace the portrait: tools/run.sh score backend-developer --lang fr
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release -- -j"$(nproc)" >/dev/null
if [ $# -eq 0 ]; then
    set -- portrait backend-developer
fi
exec build/release/app/cli/outpace-cli "$@"
