#!/usr/bin/env bash
# Whole-process timing of `outpace-cli report` for the Backend Developer with a year of tracker data, against
# `outpace-cli portrait backend-developer` in the same run (goal: under 300 ms on its own and at most 3x the
# portrait). Usage: tests/bench/bench_report.sh [build-dir]. Needs hyperfine; the build should be a release one.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tools/setup-debian.sh --with-extras
build="${1:-build/release}"
cli="$(pwd)/$build/app/cli/outpace-cli"
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="$work/data"
run() { "$cli" "$@" --data-dir "$data" >/dev/null; }

# A year of tracking: a plan started 52 weeks ago, a check-in every week, a step done every month, an audit.
start=$(date -d "-364 days" +%F)
run plan start backend-developer --start "$start"
run audit save backend-developer --answers tests/data/answers/backend-senior.json
steps=$("$cli" portrait backend-developer --json | python3 -c \
    'import json,sys; print(" ".join(s["id"] for p in json.load(sys.stdin)["roadmap"] for s in p["steps"]))')
week=0
for step in $steps; do
    run step set "$step" --status done --note "done in month $((week / 4 + 1))"
    week=$((week + 4))
done
for offset in $(seq 0 51); do
    iso=$(date -d "$start +$((offset * 7)) days" +%G-W%V)
    run checkin --week "$iso" --hours $((1 + offset % 5)) --reflection "Week $((offset + 1)): reading and exercises."
done

hyperfine --warmup 2 --runs 15 --export-markdown "$work/table.md" \
    -n "outpace-cli report (a year of tracking)" \
    "$cli report backend-developer --profile default --data-dir $data -o $work/report.pdf" \
    -n "outpace-cli portrait" "$cli portrait backend-developer --data-dir $data"
cat "$work/table.md"
