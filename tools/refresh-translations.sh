#!/usr/bin/env bash
# Brings the French .ts files up to date with the sources: new strings arrive unfinished (the
# translations_complete test then fails until they are translated), strings gone from the code are dropped.
# outpace_fr.ts holds core and the command-line front ends; outpace_desktop_fr.ts the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
shared=(core)
for folder in app/*/; do
    [ "${folder%/}" = app/desktop ] || shared+=("${folder%/}")
done
"$lupdate" -no-obsolete -locations relative "${shared[@]}" -ts translations/outpace_fr.ts
if [ -d app/desktop ]; then
    "$lupdate" -no-obsolete -locations relative app/desktop -ts translations/outpace_desktop_fr.ts
fi
