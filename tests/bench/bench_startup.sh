#!/usr/bin/env bash
# Whole-process start-up of the desktop app to its first paint, against a minimal Qt Widgets program with
# one chart (goal: at most 1.3 times its wall time and its peak memory). Runs both in turn, several times,
# under Xvfb, and prints the medians and the ratios (tests/bench/in-turn.sh). Usage: tests/bench/bench_startup.sh [build-dir] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
runs="${2:-7}"
app="$build/app/desktop/outpace"
yardstick="$build/tests/bench/startup/bench_minimal_chart_window"
for program in "$app" "$yardstick"; do
    [ -x "$program" ] || { echo "no $program: build the outpace and bench_minimal_chart_window targets" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-xcb}"
if [ "$QT_QPA_PLATFORM" = xcb ] && [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
# A data folder of its own, so the timing never reads or writes the user's.
"$app" --data-dir "$work/data" --quit-after-first-paint >/dev/null 2>&1
source tests/bench/in-turn.sh
A=("$app" --data-dir "$work/data" --quit-after-first-paint)
B=("$yardstick")
in_turn "$runs" "outpace --quit-after-first-paint" "minimal chart window" "at most 1.3 each"
