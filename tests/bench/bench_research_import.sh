#!/usr/bin/env bash
# Whole-process timing of the research import (goal: within 1.5x of sqlite3's .import of the same file into a
# bare table, measured in the same run). Usage: tests/bench/bench_research_import.sh [build-dir]
# Needs hyperfine and sqlite3; the build should be a release one.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tools/setup-debian.sh --with-extras
build="${1:-build/release}"
cli="$build/app/cli/outpace-cli"
labels="${OUTPACE_SHARED_DATA:-../shared/data}/gpts-are-gpts/full_labelset.tsv"
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 1; }
[ -f "$labels" ] || { echo "no $labels" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data"
# The first import creates the database and takes the day's automatic backup; what is timed is a re-import,
# as a user who refreshes the data would run it.
"$cli" research import --labels "$labels" --data-dir "$work/data" >/dev/null
hyperfine --warmup 2 --runs 15 --export-markdown "$work/table.md" \
    -n "outpace-cli research import" "$cli research import --labels $labels --data-dir $work/data" \
    -n "sqlite3 .import (bare table)" \
       "rm -f $work/bare.db && sqlite3 $work/bare.db -cmd '.mode tabs' '.import $labels labels'"
cat "$work/table.md"
