#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every test: the headless build (no Widgets), the normal
# debug build, then the same tests under AddressSanitizer + UndefinedBehaviorSanitizer; as root (as in CI)
# also the install test, which builds the .deb, installs it with apt-get and purges it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh
jobs=$(nproc)
status=0
# The debug and headless presets compile core, the CLI and most tests with the same flags: ccache lets the
# second one reuse the first one's objects.
launcher=()
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$PWD" CCACHE_DIR="${CCACHE_DIR:-$PWD/build/ccache}"
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
for preset in debug headless asan; do
    echo "== ${preset}: build"
    cmake --preset "$preset" "${launcher[@]}" >/dev/null
    log="build/${preset}-build.log"
    if ! cmake --build --preset "$preset" -- -j"$jobs" >"$log" 2>&1; then
        grep -E 'error|FAILED' "$log" | head -n 40
        echo "== ${preset}: build failed (full log: $log)"
        exit 1
    fi
    grep -E 'warning:' "$log" | head -n 40 || true
    echo "== ${preset}: tests"
    ctest --preset "$preset" -j"$jobs" || status=1
done
if [ "$(id -u)" -eq 0 ]; then
    echo "== install test"
    bash packaging/tests/install-test.sh || status=1
else
    echo "== install test: skipped (needs root: it installs and purges the package)"
fi
exit $status
