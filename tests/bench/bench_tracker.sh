#!/usr/bin/env bash
# Whole-process start-up of the desktop app over a data folder that holds ten years of weekly check-ins and
# fifty audits, the tracker page (its steps, progress chart and score history) being the page painted first.
# The goal, at most 1.5 times part 1's start-up baseline, reads two ways, so both are printed: against the
# app's own start over a fresh folder (bench_startup.sh's A), and against that benchmark's yardstick, the
# minimal chart window (its B). Builds the folder with outpace-cli, then times both in turn under Xvfb
# (tests/bench/in-turn.sh).
# Usage: tests/bench/bench_tracker.sh [build-dir] [runs]   (defaults: build/release, 7)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
runs="${2:-7}"
app="$build/app/desktop/outpace"
cli="$build/app/cli/outpace-cli"
yardstick="$build/tests/bench/startup/bench_minimal_chart_window"
for program in "$app" "$cli" "$yardstick"; do
    [ -x "$program" ] || { echo "no $program: build the outpace and outpace-cli targets" >&2; exit 1; }
done
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-xcb}"
if [ "$QT_QPA_PLATFORM" = xcb ] && [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
full="$work/full"
fresh="$work/fresh"
mkdir -p "$full" "$fresh"
export LC_ALL=C.UTF-8

# Ten years of weeks, a check-in in every one, on a plan started ten years ago.
weeks=520
start="$(date -d "$(date +%F) - $((weeks * 7)) days" +%F)"
"$cli" plan start backend-developer --start "$start" --data-dir "$full" >/dev/null
for ((i = 0; i <= weeks; i++)); do
    week="$(date -d "$start + $((i * 7)) days" +%G-W%V)"
    "$cli" checkin --week "$week" --hours $((i % 7 + 1)) --data-dir "$full" >/dev/null
done
for ((i = 0; i < 50; i++)); do
    "$cli" audit save backend-developer --answers tests/data/answers/backend-senior.json \
        --data-dir "$full" >/dev/null
done
# The window opens on the tracker, as it does for someone who left it there.
printf '[window]\npage=tracker\n' >"$full/window-state.ini"
echo "data folder: $(du -sh "$full" | cut -f1), $((weeks + 1)) check-ins, 50 audits"

source tests/bench/in-turn.sh
A=("$app" --data-dir "$full" --quit-after-first-paint)
B=("$app" --data-dir "$fresh" --quit-after-first-paint)
in_turn "$runs" "ten years, on the tracker" "part 1's start-up, a fresh folder" "at most 1.5, read as the app's start"
echo
B=("$yardstick")
in_turn "$runs" "ten years, on the tracker" "minimal chart window" "at most 1.5, read as part 1's yardstick"
