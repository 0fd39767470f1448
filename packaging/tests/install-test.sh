#!/usr/bin/env bash
# Installs Outpace the way a user would and checks it: builds the .deb (release preset), runs lintian,
# installs it with apt-get, runs the installed programs, checks the menu entry, metainfo, icons and man
# pages, then purges the package and checks that nothing it installed is left. Needs root (apt-get).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(id -u)" -ne 0 ]; then
    echo "install-test: needs root (it installs and purges the package with apt-get)" >&2
    exit 2
fi

failures=0
fail() {
    echo "install-test: FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "install-test: ok: $*"; }

# The release build to package: OUTPACE_PACKAGE_BUILD names one already made (the README's test command
# passes its CI build, a release build, so the package is not compiled twice); otherwise the release preset
# in a folder of its own, without tests and benchmarks.
build=${OUTPACE_PACKAGE_BUILD:-build/package}
if [ -z "${OUTPACE_PACKAGE_BUILD:-}" ]; then
    echo "== install test: building the release preset"
    cmake --preset release -B "$build" -DOUTPACE_TESTS=OFF -DOUTPACE_BENCHMARKS=OFF >/dev/null
fi
grep -q '^CMAKE_BUILD_TYPE:[A-Z]*=Release$' "$build/CMakeCache.txt" || {
    echo "install-test: $build is not a release build; a package is made from one" >&2
    exit 1
}
echo "== install test: building the packages from $build"
cmake --build "$build" -- -j"$(nproc)" >build/package-build.log 2>&1 || {
    grep -E 'error|FAILED' build/package-build.log | head -n 40
    echo "install-test: the release build failed (full log: build/package-build.log)" >&2
    exit 1
}
rm -f "$build"/outpace_*.deb "$build"/outpace-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >cpack.log 2>&1) || {
    cat "$build/cpack.log" >&2
    exit 1
}

cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
version=$(cache_value CMAKE_PROJECT_VERSION)
app_id=$(cache_value OUTPACE_APP_ID)
debs=("$build"/outpace_"$version"-*_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "install-test: no .deb for version $version in $build" >&2; exit 1; }
pass "built $(basename "$deb") and $(basename "$build"/outpace-"$version"-*.tar.gz)"
# The desktop app is expected in the package exactly when this build made it.
with_gui=no
[ -x "$build/app/desktop/outpace" ] && with_gui=yes

echo "== lintian"
if lintian --fail-on error,warning --tag-display-limit 0 "$deb"; then
    pass "lintian reports no error and no warning"
else
    fail "lintian"
fi

dpkg-deb --field "$deb" Version | grep -qx "$version-[0-9]*" && pass "package version $version" ||
    fail "the package's version is not the project's ($version)"

work=$(mktemp -d)
# Whatever happens, the machine is left without the package, as it was found.
cleanup() {
    rm -rf "$work"
    if dpkg-query -W outpace >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq outpace >/dev/null || true
    fi
}
trap cleanup EXIT
echo "== installing"
if dpkg-query -W outpace >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq outpace >/dev/null
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
mapfile -t installed < <(dpkg -L outpace | while read -r path; do [ -d "$path" ] || echo "$path"; done)
pass "installed ${#installed[@]} files"

# The installed programs run as a user would, with their own data folder and no display.
run_installed() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 OUTPACE_DATA_DIR="$work/data" "$@"
}
mkdir -p "$work/home"

[ "$(run_installed outpace-cli --version)" = "outpace-cli $version" ] && pass "outpace-cli --version" ||
    fail "outpace-cli --version does not print 'outpace-cli $version'"
run_installed outpace-cli portrait backend-developer --lang fr >"$work/portrait.txt" &&
    grep -q "O\*NET 15-1252.00" "$work/portrait.txt" && pass "the installed CLI shows a portrait" ||
    fail "outpace-cli portrait backend-developer"
# Opening the personal database proves the SQLite driver plugin came with the package's dependencies.
run_installed outpace-cli profile add "Install test" >/dev/null &&
    run_installed outpace-cli profile list | grep -q "Install test" && pass "the installed CLI keeps personal data" ||
    fail "outpace-cli profile add / list"
if run_installed outpace-cli --help | grep -q '^  report '; then
    run_installed outpace-cli report backend-developer --lang fr -o "$work/report.pdf" &&
        head -c 5 "$work/report.pdf" | grep -q '%PDF-' && pass "the installed CLI writes a PDF report" ||
        fail "outpace-cli report backend-developer -o report.pdf"
else
    echo "install-test: skipped: this build's outpace-cli has no report command yet"
fi

man_pages=(/usr/share/man/man1/outpace-cli.1.gz)
if [ "$with_gui" = yes ]; then
    man_pages+=(/usr/share/man/man1/outpace.1.gz)
    desktop=/usr/share/applications/$app_id.desktop
    [ -f "$desktop" ] && desktop-file-validate "$desktop" && pass "menu entry $desktop" ||
        fail "menu entry $desktop missing or invalid"
    grep -qx "Exec=outpace" "$desktop" && grep -qx "Icon=$app_id" "$desktop" ||
        fail "the menu entry does not start outpace with the $app_id icon"
    mkdir -m 0700 "$work/runtime"
    if timeout 60 xvfb-run -a env -u WAYLAND_DISPLAY HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" \
        OUTPACE_DATA_DIR="$work/data" /usr/bin/outpace --quit-after-first-paint; then
        pass "the installed app opened and painted under Xvfb"
    else
        fail "outpace --quit-after-first-paint under Xvfb"
    fi
else
    echo "install-test: skipped: this build has no desktop app (target outpace), so no menu entry to check"
fi

metainfo=/usr/share/metainfo/$app_id.metainfo.xml
[ -f "$metainfo" ] && appstreamcli validate --no-net "$metainfo" >/dev/null && pass "metainfo $metainfo" ||
    fail "metainfo $metainfo missing or invalid"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"

for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
    icon=/usr/share/icons/hicolor/$size/apps/$app_id.png
    [ "$(file -b "$icon" 2>/dev/null | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\),.*/\1x\2/p')" = "$size" ] ||
        fail "icon $icon missing or not $size"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "scalable icon missing"
pass "icons in every hicolor size"

for page in "${man_pages[@]}"; do
    name=$(basename "$page" .1.gz)
    if [ "$(man -w "$name" 2>/dev/null)" = "$page" ] && MANWIDTH=80 man "$name" 2>"$work/man.err" | grep -q "$name" &&
        [ ! -s "$work/man.err" ]; then
        pass "man $name"
    else
        fail "man page $page missing or not readable"
    fi
done
[ -f /usr/share/doc/outpace/copyright ] && zcat /usr/share/doc/outpace/changelog.Debian.gz | head -n 1 |
    grep -q "($version-" && pass "copyright and changelog" || fail "copyright or changelog.Debian.gz"

echo "== purging"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq outpace >/dev/null
# A purged package is forgotten by dpkg altogether (not even "config-files" remains).
if dpkg-query -W outpace >/dev/null 2>&1; then
    fail "dpkg still knows outpace after the purge: $(dpkg-query -W -f='${Status}' outpace)"
fi
left=0
for path in "${installed[@]}"; do
    if [ -e "$path" ] || [ -L "$path" ]; then
        fail "left behind after the purge: $path"
        left=$((left + 1))
    fi
done
[ -e /usr/share/doc/outpace ] && fail "left behind after the purge: /usr/share/doc/outpace"
[ "$left" -eq 0 ] && pass "the purge left none of the package's files"

if [ "$failures" -ne 0 ]; then
    echo "install-test: $failures check(s) failed" >&2
    exit 1
fi
echo "install-test: every check passed"
