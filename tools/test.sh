#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every test: the CI build (release, warnings as errors), then
# the same tests under AddressSanitizer + UndefinedBehaviorSanitizer; as root (as in CI) also the install
# test, which packages the CI build as a .deb, installs it with apt-get and purges it.
# Both builds are unity builds: CI builds from scratch on two cores and must stay under 30 minutes. Under
# the sanitizers the kill test and the French scan are left out (CMakePresets.json): they run the CLI
# hundreds of times, which the sanitizers make ten times slower without checking anything new.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh
jobs=$(nproc)
status=0
# ccache helps when the command runs again on the same machine (nothing is cached on a fresh one).
launcher=()
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$PWD" CCACHE_DIR="${CCACHE_DIR:-$PWD/build/ccache}"
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
for preset in ci asan; do
    started=$SECONDS
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
    echo "== ${preset}: $((SECONDS - started)) s"
done
if [ "$(id -u)" -eq 0 ]; then
    started=$SECONDS
    echo "== install test"
    OUTPACE_PACKAGE_BUILD=build/ci bash packaging/tests/install-test.sh || status=1
    echo "== install test: $((SECONDS - started)) s"
else
    echo "== install test: skipped (needs root: it installs and purges the package)"
fi
exit $status
