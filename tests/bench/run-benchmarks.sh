#!/usr/bin/env bash
# Builds the release preset and prints every benchmark as one table (name, time per run, goal).
# Whole-process comparisons (research import against sqlite3's .import) are run by their own scripts.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tools/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release -- -j"$(nproc)" >/dev/null
for bench in build/release/tests/bench/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue
    echo "== ${bench##*/}"
    "$bench" --benchmark_min_time=0.5 --benchmark_counters_tabular=true 2>/dev/null
done
