# Sourced by the whole-process benchmarks: runs two commands in turn, A B A B ..., and prints the medians
# of their wall time and peak memory and the ratios A/B. Running them in turn means a machine that slows
# down slows both alike; the median means one slow or one lucky run moves nothing.
# Usage: set the arrays A and B to the two commands, then: in_turn RUNS "name of A" "name of B" GOAL
# Public tools only: bash's clock (microseconds) for the wall time, GNU time for the peak resident size.

in_turn() {
    local runs="$1" name_a="$2" name_b="$3" goal="$4"
    local out
    out="$(mktemp -d)"
    # One run of each first, not counted: the page cache and the font cache are then warm for both.
    "${A[@]}" >/dev/null 2>&1 || true
    "${B[@]}" >/dev/null 2>&1 || true
    local i start end
    for ((i = 0; i < runs; i++)); do
        for side in a b; do
            local -n program="${side^^}"
            start=$EPOCHREALTIME
            /usr/bin/time -f '%M' -o "$out/memory" "${program[@]}" >/dev/null 2>&1 || {
                echo "in_turn: the command failed: ${program[*]}" >&2
                rm -rf "$out"
                return 1
            }
            end=$EPOCHREALTIME
            echo "$start $end $(tail -n 1 "$out/memory")" >>"$out/$side"
        done
    done
    awk -v runs="$runs" -v name_a="$name_a" -v name_b="$name_b" -v goal="$goal" '
        function median(values, n,    sorted, i, j, t) {
            for (i = 1; i <= n; i++) sorted[i] = values[i]
            for (i = 2; i <= n; i++)
                for (j = i; j > 1 && sorted[j - 1] > sorted[j]; j--) {
                    t = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = t
                }
            return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
        }
        FILENAME ~ /\/a$/ { wall_a[++na] = $2 - $1; memory_a[na] = $3 / 1024 }
        FILENAME ~ /\/b$/ { wall_b[++nb] = $2 - $1; memory_b[nb] = $3 / 1024 }
        END {
            for (i = 1; i <= na; i++) { wall_ratio[i] = wall_a[i] / wall_b[i]; memory_ratio[i] = memory_a[i] / memory_b[i] }
            printf "%-44s %12s %16s\n", "median of " runs " runs, in turn", "wall s", "peak memory MiB"
            printf "%-44s %12.3f %16.1f\n", "A: " name_a, median(wall_a, na), median(memory_a, na)
            printf "%-44s %12.3f %16.1f\n", "B: " name_b, median(wall_b, nb), median(memory_b, nb)
            printf "ratio A/B, median of the pairs: wall %.2f, peak memory %.2f (goal: %s)\n",
                median(wall_ratio, na), median(memory_ratio, na), goal
        }' "$out/a" "$out/b"
    rm -rf "$out"
}
