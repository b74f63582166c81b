#!/usr/bin/env bash
# The AT-SPI walk (ctest AtSpiWalk): the wizard on a private X server with the accessibility bus of a
# private D-Bus session, walked by walk_standalone.py through nothing but the accessibility tree, as a
# screen reader sees it (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1). Packages: at-spi2-core, python3-pyatspi,
# dbus-x11 (dbus-run-session), xvfb. Usage: run-walk.sh WIZARD_BINARY
set -euo pipefail
wizard=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/spuw-atspi-XXXXXX)
trap 'rm -rf "$work"' EXIT
export work wizard here
# dbus-daemon's "Failed to set fd limit" in containers is harmless.
exec dbus-run-session -- bash -c '
    set -euo pipefail
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    launcher=$!
    # A free display number, chosen by Xvfb itself.
    exec 3>"$work/display"
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
    export DISPLAY=":$(cat "$work/display")"
    cleanup() { kill $xvfb $launcher 2>/dev/null || true; }
    trap cleanup EXIT
    export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LC_ALL=C.UTF-8 LANGUAGE=
    export XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/xdg"
    mkdir -m 0700 "$XDG_RUNTIME_DIR"
    /usr/bin/python3 "$here/walk_standalone.py" "$wizard" "$work/journal.sqlite"
'
