#!/usr/bin/env bash
# Checks the built .deb as a distribution would, on the files inside it: lintian (no error, no warning:
# the few tags overridden are justified in installer/README.md), the AppStream metadata and the
# .desktop entry as installed, the contents issue 18 names, and that every version in it is the
# project's.   usage: check-package.sh sp-upgrade-wizard_VERSION_amd64.deb VERSION
set -euo pipefail
deb=$1
version=$2
work=$(mktemp -d /tmp/spuw-check-package-XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

[ "$(basename "$deb")" = "sp-upgrade-wizard_${version}_amd64.deb" ] || fail "the package is named $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"
root=$work/root

echo "--- lintian"
# Lintian says that it runs as root (CI runs as root); the tags are what counts.
lintian_rc=0
lintian --fail-on error,warning --display-info --pedantic "$deb" >"$work/lintian.txt" 2>&1 || lintian_rc=$?
grep -v '^running with root privileges' "$work/lintian.txt" || true
if [ $lintian_rc -eq 0 ]; then
    pass "lintian: no error, no warning ($(grep -c '^[IPO]:' "$work/lintian.txt" || true) info, pedantic or overridden tags above)"
else
    fail "lintian found errors or warnings (above), exit code $lintian_rc"
fi

echo "--- AppStream and desktop entry, as installed"
metainfo=$root/usr/share/metainfo/io.github.spuw.SpUpgradeWizard.metainfo.xml
if appstreamcli validate --no-net --strict "$metainfo"; then pass "appstreamcli validate --no-net --strict"; else fail "appstreamcli"; fi
if desktop-file-validate "$root/usr/share/applications/sp-upgrade-wizard.desktop"; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate"
fi

echo "--- contents"
kit=usr/share/sp-upgrade-wizard/server-kit
for path in usr/bin/sp-upgrade-wizard usr/share/applications/sp-upgrade-wizard.desktop \
    usr/share/icons/hicolor/scalable/apps/sp-upgrade-wizard.svg usr/share/man/man1/sp-upgrade-wizard.1.gz \
    usr/share/doc/sp-upgrade-wizard/copyright usr/share/doc/sp-upgrade-wizard/changelog.gz \
    "$kit/README.txt" "$kit/x86/spuw-live-probe.exe" "$kit/x64/spuw-live-probe.exe" \
    "$kit/spuw-server-kit-$version-x86.msi" "$kit/spuw-server-kit-$version-x64.msi"; do
    [ -f "$root/$path" ] || fail "missing /$path"
done
file -b "$root/$kit/x86/spuw-live-probe.exe" | grep -q '^PE32 executable (console) Intel 80386' \
    || fail "x86/spuw-live-probe.exe is $(file -b "$root/$kit/x86/spuw-live-probe.exe")"
file -b "$root/$kit/x64/spuw-live-probe.exe" | grep -q '^PE32+ executable (console) x86-64' \
    || fail "x64/spuw-live-probe.exe is $(file -b "$root/$kit/x64/spuw-live-probe.exe")"
# The translations are compiled into the program (qt_add_translations into a resource).
# (rcc stores resource names as UTF-16; the fresh-root test opens the window in German.)
python3 -c 'import sys; sys.exit("sp-upgrade-wizard_de.qm".encode("utf-16-be") not in open(sys.argv[1], "rb").read())' \
    "$root/usr/bin/sp-upgrade-wizard" || fail "the German translation is not in the program"
zcat "$root/usr/share/man/man1/sp-upgrade-wizard.1.gz" | grep -q '^\.SH OPTIONS' || fail "the man page has no OPTIONS"
zcat "$root/usr/share/man/man1/sp-upgrade-wizard.1.gz" | grep -qF '/usr/share/sp\-upgrade\-wizard/server\-kit' \
    || fail "the man page does not say where the server kit is"
[ $failures -eq 0 ] && pass "contents"

echo "--- one version everywhere ($version)"
check_version() { # what found
    if [ "$2" = "$version" ]; then pass "$1: $2"; else fail "$1 says \"$2\", the project is $version"; fi
}
check_version "control Version" "$(dpkg-deb -f "$deb" Version)"
check_version "debian changelog" "$(zcat "$root/usr/share/doc/sp-upgrade-wizard/changelog.gz" | sed -n '1s/.*(\(.*\)).*/\1/p')"
check_version "AppStream release" "$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo")"
check_version "man page" "$(zcat "$root/usr/share/man/man1/sp-upgrade-wizard.1.gz" | sed -n 's/^\.TH .*"sp-upgrade-wizard \([^"]*\)".*/\1/p')"
check_version "server kit README" "$(sed -n '1s/.*Wizard \([0-9.]*\) - server kit.*/\1/p' "$root/$kit/README.txt")"
for arch in x86 x64; do
    check_version "$arch MSI ProductVersion" \
        "$(msiinfo export "$root/$kit/spuw-server-kit-$version-$arch.msi" Property | tr -d '\r' | awk -F'\t' '$1 == "ProductVersion" {print $2}')"
done
# The program itself runs on this machine.
check_version "sp-upgrade-wizard --version" "$("$root/usr/bin/sp-upgrade-wizard" --version | awk '{print $2}')"

echo
if [ $failures -ne 0 ]; then
    echo "check-package: $failures failed"
    exit 1
fi
echo "check-package: all passed"
