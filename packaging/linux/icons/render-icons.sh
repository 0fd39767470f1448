#!/usr/bin/env bash
# Renders the committed raster icons from outpace.svg: the hicolor PNG sizes for Linux (macOS builds its
# .icns from them) and the Windows .ico. Run after editing the SVG; needs rsvg-convert and python3.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" outpace.svg --output "hicolor/${size}x${size}/outpace.png"
done
# An .ico is a small directory of PNG images (Windows Vista and later read PNG entries).
python3 - ../../windows/outpace.ico hicolor/16x16/outpace.png hicolor/24x24/outpace.png \
    hicolor/32x32/outpace.png hicolor/48x48/outpace.png hicolor/64x64/outpace.png \
    hicolor/128x128/outpace.png hicolor/256x256/outpace.png <<'PY'
import struct, sys
output, pngs = sys.argv[1], sys.argv[2:]
images = [open(p, 'rb').read() for p in pngs]
header = struct.pack('<HHH', 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries = b''
for data in images:
    width, height = struct.unpack('>II', data[16:24])
    entries += struct.pack('<BBBBHHII', width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(output, 'wb') as f:
    f.write(header + entries + b''.join(images))
PY
