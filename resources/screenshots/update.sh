#!/bin/bash
# Makes the pictures in this folder from the screenshot tour (tests/gui/ScreenshotTour.cpp), on a real
# X server (Xvfb) so fonts and scaling are as an operator sees them:
#   en/ de/ ja/   every page at 1280x1024, 100 %
#   en-200/       every page at 200 % on a 2560x2048 screen
# and the four pictures the README shows (en). Usage: resources/screenshots/update.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
tour=$build/tests/ScreenshotTour
[ -x "$tour" ] || { echo "no $tour: build the tests first (bash .ci/dev test)" >&2; exit 2; }
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
shoot() { # set screen scale language
    local set=$1 screen=$2 scale=$3 language=$4 out
    out=$(mktemp -d)
    xvfb-run -a -s "-screen 0 ${screen}x24" env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale" \
        SPUW_LANGUAGE="$language" SPUW_SHOTS="$out/" "$tour" >/dev/null
    rm -rf "${here:?}/$set"
    mkdir -p "$here/$set"
    # Palette PNGs: the pages are flat colours and text, so 256 colours lose nothing one can see.
    for f in "$out"/*.png; do
        convert "$f" -strip -colors 256 "PNG8:$here/$set/$(basename "$f")"
    done
    rm -rf "$out"
    echo "$set: $(ls "$here/$set" | wc -l) pictures"
}
shoot en 1280x1024 1 ""
shoot de 1280x1024 1 de
shoot ja 1280x1024 1 ja
shoot en-200 2560x2048 2 ""
for name in preflight san-disconnect-refused recovery summary-debrief; do
    src=$(ls "$here"/en/*-"$name".png | head -1)
    cp "$src" "$here/${name/recovery/recovery-after-bugcheck}.png"
done
