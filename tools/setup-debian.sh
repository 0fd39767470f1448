#!/usr/bin/env bash
# Installs what Outpace needs to build and test on Debian 12 (bookworm). Safe to re-run: packages
# already present are not fetched again.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libfontconfig-dev
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev xvfb xauth imagemagick fonts-dejavu-core
    sqlite3 libsqlite3-dev libbenchmark-dev clang-format ccache
    fonts-dejavu-core poppler-utils
    lintian desktop-file-utils appstream dpkg-dev file gzip man-db xvfb xauth librsvg2-bin
)
if [ "${1:-}" = "--with-extras" ]; then
    # Fuzzing (clang's libFuzzer) and looking at what the app draws.
    packages+=(clang libclang-rt-14-dev hyperfine xvfb imagemagick)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
