#!/usr/bin/env bash
# Issue 18, criterion 3: the .deb in a fresh Debian 12. Builds a root with debootstrap --variant=minbase
# bookworm from the Debian mirror this machine's apt is configured with, installs the package there with
# apt (without recommended packages: its Depends must be enough), runs sp-upgrade-wizard --version,
# --help, --preflight --scenario standalone-ready --json, opens the window on an Xvfb inside the root
# (in English and in German, found by its title with xdotool), purges the package and proves that no
# file is left: every file dpkg -L listed is gone and the root holds the same files as before.
# If the root cannot be built, it says so and fails.
#
# usage: fresh-root.sh sp-upgrade-wizard_VERSION_amd64.deb VERSION      (as root)
# Downloads are kept in $SPUW_FRESH_ROOT_CACHE (default /var/cache/spuw-ci) for the next run on this
# machine: the debootstrap tarball (renewed after a week) and the .debs apt fetched.
set -euo pipefail
deb=$(realpath "$1")
version=$2
suite=bookworm
cache=${SPUW_FRESH_ROOT_CACHE:-/var/cache/spuw-ci}
start=$(date +%s)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
step() { echo "--- $* ($(($(date +%s) - start)) s)"; }
cannot() {
    echo "FAIL: cannot build a fresh Debian 12 root here: $*"
    echo "fresh-root: the .deb was NOT tested in a fresh Debian 12"
    exit 1
}

[ "$(id -u)" -eq 0 ] || cannot "debootstrap and chroot need root"
for tool in debootstrap chroot mount umount findmnt; do
    command -v $tool >/dev/null || cannot "$tool is missing (bash .ci/dev fresh-root installs debootstrap)"
done

# The mirror apt uses here, and every Debian suite it is configured with for bookworm (the package's
# versioned Depends come from this machine's libraries, which may be from bookworm-updates or -security).
mapfile -t debian_sources < <(apt-get indextargets --format '$(ORIGIN) $(REPO_URI) $(RELEASE) $(COMPONENT)' \
    'Created-By: Packages' 2>/dev/null | awk '$1 == "Debian" && $3 ~ /^bookworm/ {print $2, $3, $4}' | sort -u)
mirror=$(printf '%s\n' "${debian_sources[@]}" | awk -v s=$suite '$2 == s {print $1; exit}')
[ -n "$mirror" ] || cannot "apt has no Debian $suite source configured (/etc/apt/sources.list, sources.list.d)"

root=$(mktemp -d /tmp/spuw-fresh-root-XXXXXX)
xvfb_pid=""
# Every process running inside the root (by its root directory): a program started in the background
# through in_root is a grandchild of the shell, so killing $! would leave it running (and holding
# whatever the shell's caller gave it, a CI lock for one).
stop_in_root() {
    local p pids=""
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && pids+="${p#/proc/} "
    done
    [ -n "$pids" ] || return 0
    # shellcheck disable=SC2086
    kill $pids 2>/dev/null || true
    for _ in $(seq 50); do
        local alive=""
        for p in $pids; do [ -d "/proc/$p" ] && alive+="$p "; done
        [ -z "$alive" ] && return 0
        sleep 0.1
    done
    # shellcheck disable=SC2086
    kill -KILL $alive 2>/dev/null || true
}
cleanup() {
    stop_in_root
    # Inner mounts first; a lazy unmount when something still holds one. Never delete through a mount.
    for m in $(findmnt -rno TARGET | grep -F "$root/" | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    if findmnt -rno TARGET | grep -qF "$root/"; then
        echo "fresh-root: $root still has mounts; left in place"
    else
        rm -rf "$root"
    fi
}
trap cleanup EXIT
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home LC_ALL=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
# apt downloads as root in the root: the .debs kept from earlier runs are root's.
apt_in_root() { in_root apt-get -o APT::Sandbox::User=root -o Dpkg::Use-Pty=0 "$@"; }

step "debootstrap --variant=minbase $suite from $mirror"
mkdir -p "$cache/archives"
tarball=$cache/$suite-minbase-$(echo "$mirror" | md5sum | cut -c1-8).tgz
find "$cache" -maxdepth 1 -name "$suite-minbase-*.tgz" -mtime +7 -delete
if [ ! -s "$tarball" ]; then
    debootstrap --variant=minbase --make-tarball="$tarball.part" $suite "$root/make" "$mirror" >"$root.log" 2>&1 \
        || { tail -5 "$root.log"; rm -f "$tarball.part" "$root.log"; cannot "debootstrap could not fetch $suite from $mirror"; }
    mv "$tarball.part" "$tarball"
    rm -rf "$root/make"
fi
debootstrap --variant=minbase --unpack-tarball="$tarball" $suite "$root" "$mirror" >"$root.log" 2>&1 \
    || { tail -5 "$root.log"; rm -f "$root.log"; cannot "debootstrap could not build the root in $root"; }
rm -f "$root.log"
[ -x "$root/usr/bin/apt-get" ] || cannot "the root has no apt-get"

mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
if [ -c "$root/dev/null" ]; then
    # debootstrap made the device nodes: the root gets ptys and shared memory of its own.
    mount -t devpts devpts "$root/dev/pts" -o newinstance,ptmxmode=0666
    mount -t tmpfs tmpfs "$root/dev/shm"
else
    mount --bind /dev "$root/dev" # where it could not (in a container)
fi
# No service starts in the root (the convention for chroots, see invoke-rc.d(8)).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
printf 'deb %s\n' "${debian_sources[@]}" >"$root/etc/apt/sources.list" # "URI SUITE COMPONENT" each
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$root/tmp/home"
chmod 0700 "$root/tmp/home" # also the window's XDG_RUNTIME_DIR

step "apt-get update, and the test's own tools in the root (xvfb, xdotool)"
cp "$cache"/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
apt_in_root update -qq || cannot "apt-get update failed in the root"
apt_in_root install -y -qq --no-install-recommends xvfb xauth xdotool >/dev/null \
    || cannot "the root cannot install xvfb and xdotool"

# The root's files, without what only says what happened (apt's and dpkg's state, logs, caches,
# the test's own home and temporary files).
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp -o -path ./run \
        -o -path ./var/cache -o -path ./var/log -o -path ./var/lib/apt -o -path ./var/lib/dpkg \) -prune \
        -o -print | sort)
}
snapshot >"$root.before"

step "apt-get install --no-install-recommends ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
if apt_in_root install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$root.apt.log" 2>&1; then
    pass "installed with $(grep -c '^Setting up' "$root.apt.log" || true) packages set up: $(grep -o '^Setting up [^ ]*' "$root.apt.log" | cut -d' ' -f3 | cut -d: -f1 | tr '\n' ' ' | cut -c1-300)..."
else
    tail -20 "$root.apt.log"
    fail "apt-get install of the .deb failed"
fi
rm -f "$root.apt.log"
cp -n "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true
in_root dpkg -L sp-upgrade-wizard >"$root.files"

step "run it"
said=$(in_root sp-upgrade-wizard --version 2>&1) || true
[ "$said" = "sp-upgrade-wizard $version" ] && pass "--version: $said" || fail "--version said: $said"

help=$(in_root sp-upgrade-wizard --help 2>&1) || true
kit=/usr/share/sp-upgrade-wizard/server-kit
if grep -qF "is in $kit: copy it to the server" <<<"$help"; then
    pass "--help names the server kit's folder"
else
    fail "--help does not name $kit: $(grep -i 'server kit' <<<"$help")"
fi
for f in x86/spuw-live-probe.exe x64/spuw-live-probe.exe README.txt "spuw-server-kit-$version-x86.msi" \
    "spuw-server-kit-$version-x64.msi"; do
    [ -f "$root$kit/$f" ] || fail "the server kit has no $f"
done

rc=0
in_root sp-upgrade-wizard --preflight --scenario standalone-ready --json >"$root.json" 2>"$root.err" || rc=$?
if [ $rc -eq 0 ] && python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
sys.exit(not (r["procedure"] == "standalone" and r["facts"]["computer_name"] == "SRV01" and r["blockers"] == []))' "$root.json"; then
    pass "--preflight --scenario standalone-ready --json: exit 0, procedure standalone, no blockers"
else
    fail "--preflight --scenario standalone-ready --json: exit $rc, $(head -c 300 "$root.json") $(head -c 300 "$root.err")"
fi
rm -f "$root.json" "$root.err"

# The window, on an X server inside the root: found by its title, in English and with --lang de in
# German (the translation is compiled into the program).
in_root Xvfb :57 -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "$root/tmp/.X11-unix/X57" ] && break; sleep 0.1; done
window_test() { # title options...
    local title=$1
    shift
    in_root env DISPLAY=:57 XDG_RUNTIME_DIR=/tmp/home sp-upgrade-wizard --journal /tmp/home/journal.sqlite "$@" \
        >"$root.gui.log" 2>&1 &
    local app=$!
    local found=""
    if found=$(in_root env DISPLAY=:57 timeout 30 xdotool search --sync --onlyvisible --name "^$title\$" 2>/dev/null); then
        local geometry
        geometry=$(in_root env DISPLAY=:57 xdotool getwindowgeometry "$(head -1 <<<"$found")" | grep -o 'Geometry: .*')
        pass "the window \"$title\" is open ($geometry)"
    else
        fail "no window \"$title\" within 30 s: $(head -c 400 "$root.gui.log")"
    fi
    # The wizard inside the root (not just the shell that started it); the X server stays.
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && grep -qa '^sp-upgrade-wizard' "$p/cmdline" 2>/dev/null \
            && kill "${p#/proc/}" 2>/dev/null
    done
    wait "$app" 2>/dev/null || true
    rm -f "$root.gui.log"
}
window_test "Secure Path Upgrade Wizard"
window_test "Secure-Path-Upgrade-Assistent" --lang de
# The window opened its journal: SQLite through Qt's driver plugin, which shlibdeps cannot see.
if said=$(in_root sp-upgrade-wizard --journal /tmp/home/journal.sqlite --verify-journal 2>&1); then
    pass "the journal the window opened verifies: $said"
else
    fail "the journal the window should have opened: $said"
fi
stop_in_root
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""
[ -z "$(for p in /proc/[0-9]*; do [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && echo "$p"; done)" ] \
    && pass "nothing left running in the root" || fail "processes still running in the root"

step "apt-get purge --autoremove sp-upgrade-wizard"
apt_in_root purge -y -qq --autoremove sp-upgrade-wizard >/dev/null || fail "apt-get purge failed"
left=""
while IFS= read -r path; do
    [ "$path" = "/." ] && continue
    if [ -d "$root$path" ] && [ ! -L "$root$path" ]; then
        # A folder may stay when another package still has it.
        in_root dpkg -S "$path" >/dev/null 2>&1 || left+="$path "
    elif [ -e "$root$path" ] || [ -L "$root$path" ]; then
        left+="$path "
    fi
done <"$root.files"
[ -z "$left" ] && pass "every one of the $(wc -l <"$root.files") paths dpkg -L listed is gone (or a folder another package has)" \
    || fail "left after purge: $left"
snapshot >"$root.after"
if diff "$root.before" "$root.after" >"$root.diff"; then
    pass "the root holds the same $(wc -l <"$root.after") files and folders as before the install"
else
    fail "the root differs from before the install (< gone, > new):"
    head -40 "$root.diff"
fi
rm -f "$root.before" "$root.after" "$root.diff" "$root.files"

step "done"
if [ $failures -ne 0 ]; then
    echo "fresh-root: $failures failed"
    exit 1
fi
echo "fresh-root: all passed"
