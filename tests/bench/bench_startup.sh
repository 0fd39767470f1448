#!/usr/bin/env bash
# Whole-process start-up of the desktop app to its first paint, against a minimal Qt Widgets program with
# one chart (goal: at most 1.3 times its wall time and its peak memory). Runs both in turn, several times,
# under Xvfb, and prints the medians and their ratios. Usage: tests/bench/bench_startup.sh [build-dir] [runs]
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
once() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
    cat "$work/time"
}
median() { sort -g | awk -v n="$runs" 'NR == int((n + 1) / 2)'; }
# In turn, A B A B ..., so a machine that slows down slows both alike.
for _ in $(seq "$runs"); do
    once "$app" --data-dir "$work/data" --quit-after-first-paint >>"$work/app"
    once "$yardstick" >>"$work/yardstick"
done
app_wall=$(cut -d' ' -f1 "$work/app" | median)
app_memory=$(cut -d' ' -f2 "$work/app" | median)
min_wall=$(cut -d' ' -f1 "$work/yardstick" | median)
min_memory=$(cut -d' ' -f2 "$work/yardstick" | median)
printf '%-34s %10s %14s\n' "program (median of $runs runs)" "wall s" "peak memory KB"
printf '%-34s %10s %14s\n' "outpace --quit-after-first-paint" "$app_wall" "$app_memory"
printf '%-34s %10s %14s\n' "minimal chart window" "$min_wall" "$min_memory"
awk -v a="$app_wall" -v b="$min_wall" -v c="$app_memory" -v d="$min_memory" \
    'BEGIN { printf "ratios: wall %.2f, peak memory %.2f (goal: at most 1.3 each)\n", a / b, c / d }'
