#!/usr/bin/env bash
# Saves a PNG of every page of the desktop app, and of its check-in and recovery dialogs, in English and in
# French, for a curated role and for an O*NET occupation, at the window's minimum size (1024x700), under Xvfb.
# Usage: tools/screenshots.sh [build-dir] [output-dir]   (defaults: build/debug, build/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/debug}"
out="${2:-build/screenshots}"
app="$build/app/desktop/outpace"
[ -x "$app" ] || { echo "no $app: build the outpace target first" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=xcb
# A curated role, and an occupation that only the research figures describe.
roles=(backend-developer 51-4121.00)
for lang in en fr; do
    for role in "${roles[@]}"; do
        folder="$out/$lang-$role"
        rm -rf "$folder"
        # A fresh data folder each time, so the pictures show what a new user sees.
        rm -rf "$work/data" && mkdir -p "$work/data"
        "$app" --data-dir "$work/data" --lang "$lang" --role "$role" --screenshots "$folder"
        echo "$folder: $(cd "$folder" && ls | tr '\n' ' ')"
    done
done
