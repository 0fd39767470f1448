#!/usr/bin/env bash
# Brings the translations/*.ts files up to date with the sources: new strings arrive unfinished (the
# translations_complete test then fails until they are translated), strings gone from the code are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
"$lupdate" -no-obsolete -locations relative core app/cli -ts translations/outpace_fr.ts
"$lupdate" -no-obsolete -locations relative app/report -ts translations/outpace_report_fr.ts
"$lupdate" -no-obsolete -locations relative app/desktop -ts translations/outpace_desktop_fr.ts
