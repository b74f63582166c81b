#!/usr/bin/env bash
# The server kit's Windows Installer packages (issue 18, criterion 4).
#   1. msiinfo: Windows Installer 2.0, per machine, the expected tables and rows; no service, no driver,
#      no reboot; the shortcut runs the agent in a console. Both packages.
#   2. Wine (a fresh 64-bit prefix): msiexec /i /qn installs the x64 package per machine, the installed
#      probe prints its JSON and the project's version, the uninstall entry is there; msiexec /x /qn
#      then leaves the prefix's files and registry as they were before (every file and value compared).
#      The x86 package is installed and removed the same way (Windows Installer itself runs no code of
#      the package), but its 32-bit program cannot run here: this machine has no 32-bit Wine.
# usage: server-kit-msi.sh X64.msi X86.msi VERSION   (WINE and WINESERVER may name the programs)
set -euo pipefail
x64_msi=$(realpath "$1")
x86_msi=$(realpath "$2")
version=$3
wine=${WINE:-wine}
wineserver=${WINESERVER:-wineserver}
here=$(cd "$(dirname "$0")" && pwd)

work=$(mktemp -d /tmp/spuw-msi-XXXXXX)
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko installer dialogs; no menu entries written into this machine's desktop for the shortcuts.
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=d"
cleanup() {
    "$wineserver" -k >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
table() { msiinfo export "$1" "$2" | tr -d '\r' | tail -n +4; } # rows only, tab-separated
property() { table "$1" Property | awk -F'\t' -v p="$2" '$1 == p {print $2}'; }

echo "--- msiinfo"
for arch in x86 x64; do
    msi=$x86_msi
    template="Intel;1033"
    programs=ProgramFilesFolder
    if [ $arch = x64 ]; then
        msi=$x64_msi
        template="x64;1033"
        programs=ProgramFiles64Folder
    fi
    name=$(basename "$msi")
    suminfo=$(msiinfo suminfo "$msi")
    grep -qx "Version: 200 (c8)" <<<"$suminfo" || fail "$name: not Windows Installer 2.0: $(grep '^Version' <<<"$suminfo")"
    grep -qx "Template: $template" <<<"$suminfo" || fail "$name: $(grep '^Template' <<<"$suminfo"), not $template"
    tables=$(msiinfo tables "$msi")
    for t in Directory Component File Feature FeatureComponents Media Property Shortcut Registry RemoveFile \
        Upgrade LaunchCondition InstallExecuteSequence; do
        grep -qx "$t" <<<"$tables" || fail "$name: no $t table"
    done
    [ "$(property "$msi" ALLUSERS)" = 1 ] || fail "$name: ALLUSERS is not 1 (not per machine)"
    [ "$(property "$msi" ProductVersion)" = "$version" ] || fail "$name: ProductVersion $(property "$msi" ProductVersion)"
    for t in ServiceInstall ServiceControl; do
        [ -z "$(table "$msi" $t)" ] || fail "$name: $t has rows"
    done
    for t in MsiDriverPackages CustomAction; do
        ! grep -qx "$t" <<<"$tables" || [ -z "$(table "$msi" $t)" ] || fail "$name: $t has rows"
    done
    if table "$msi" InstallExecuteSequence | cut -f1 | grep -qE '^(ScheduleReboot|ForceReboot)$'; then
        fail "$name: asks for a restart"
    fi
    ! table "$msi" File | cut -f3 | grep -qi '\.sys$' || fail "$name: installs a .sys file"
    table "$msi" Directory | grep -qP "^INSTALLDIR\t$programs\t[^\t]*\|Secure Path Upgrade Wizard$" \
        || fail "$name: INSTALLDIR is not $programs\\Secure Path Upgrade Wizard"
    table "$msi" Shortcut | grep -qF $'[SystemFolder]cmd.exe\t/k ""[INSTALLDIR]spuw-live-probe.exe" --serve"' \
        || fail "$name: no shortcut running the agent in a console"
    mkdir -p "$work/extract-$arch"
    msiextract -C "$work/extract-$arch" "$msi" >/dev/null
    files=$(cd "$work/extract-$arch" && find . -type f | sort | tr '\n' ' ')
    program=$(find "$work/extract-$arch" -name spuw-live-probe.exe)
    expected="^PE32 executable \(console\) Intel 80386"
    [ $arch = x64 ] && expected="^PE32\+ executable \(console\) x86-64"
    [ -n "$program" ] && file -b "$program" | grep -qE "$expected" \
        || fail "$name: holds no $arch console spuw-live-probe.exe: $files"
    [ "$(find "$work/extract-$arch" -type f | wc -l)" = 2 ] || fail "$name: holds more than the program and its README: $files"
    [ $failures -eq 0 ] && pass "$name: tables, properties and files ($files)"
done

echo "--- Wine: a fresh prefix"
start=$(date +%s)
"$wine" wineboot -i >/dev/null 2>&1
"$wine" cmd /c exit >/dev/null 2>&1 # the first start after wineboot still writes Wine's own settings
"$wineserver" -w
echo "prefix made in $(($(date +%s) - start)) s"

drive_c=$WINEPREFIX/drive_c
installed="$drive_c/Program Files/Secure Path Upgrade Wizard"
# The prefix's state: every file and folder (with its size), every registry key and value, without the
# times Wine stamps on keys. Left out: the device classes and network cards Wine registers again
# whenever a program starts (System\...\Control\Class, ...\NetworkCards); the packages install no
# driver (checked above), so nothing of theirs is there.
snapshot() { # out
    (cd "$WINEPREFIX" && find . -path ./dosdevices -prune -o -printf '%y %s %p\n' | grep -v ' ./[a-z]*\.reg$' | sort) >"$1.files"
    for hive in system user userdef; do
        python3 "$here/normalise-wine-registry.py" "$WINEPREFIX/$hive.reg" | sed "s/^/$hive /"
    done | grep -vF -e 'system [System\\CurrentControlSet\\Control\\Class\\' \
        -e 'system [Software\\Microsoft\\Windows NT\\CurrentVersion\\NetworkCards' | sort >"$1.registry"
}
# What Windows Installer keeps for itself once it has installed anything, on every Windows: its cache
# folder and the empty keys its bookkeeping lives in. The package's own files, keys and values must go.
windows_installer_own='^(> d [0-9]+ \./drive_c/windows/Installer|> system \[Software\\\\(Wow6432Node\\\\)?(Classes\\\\Installer\\\\[A-Za-z]+|Microsoft\\\\Windows\\\\CurrentVersion\\\\(Installer\\\\UpgradeCodes|Installer\\\\UserData\\\\S-1-5-18\\\\[A-Za-z]+|Uninstall))\])$'
compare() { # before after what
    local changed kept
    changed=$( (diff "$1.files" "$2.files"; diff "$1.registry" "$2.registry") | grep '^[<>]') || true
    kept=$(grep -E "$windows_installer_own" <<<"$changed") || true
    changed=$(grep -vE "$windows_installer_own" <<<"$changed") || true
    if [ -n "$changed" ]; then
        fail "$3 (< was there before, > is new):"
        echo "$changed" | head -40
    else
        pass "$3: $(wc -l <"$1.files") files and folders, $(wc -l <"$1.registry") registry keys and values as before"
    fi
    [ -z "$kept" ] || echo "   (Windows Installer's own, left as on every Windows: $(tr '\n' ' ' <<<"$kept"))"
}
snapshot "$work/fresh"
"$wine" cmd /c exit >/dev/null 2>&1
"$wineserver" -w
snapshot "$work/control"
compare "$work/fresh" "$work/control" "control: starting Wine alone changes nothing the comparison sees"

for arch in x64 x86; do
    msi=$x64_msi
    [ $arch = x86 ] && msi=$x86_msi
    name=$(basename "$msi")
    echo "--- Wine: $name"
    snapshot "$work/before-$arch"
    rc=0
    "$wine" msiexec /i "$(winepath -w "$msi")" /qn >/dev/null 2>&1 || rc=$?
    "$wineserver" -w
    [ $rc -eq 0 ] || fail "msiexec /i $name exited with $rc"
    dir=$installed
    [ $arch = x86 ] && dir="$drive_c/Program Files (x86)/Secure Path Upgrade Wizard"
    for f in spuw-live-probe.exe README.TXT; do
        [ -f "$dir/$f" ] || fail "$name: no ${dir#"$drive_c"/}/$f"
    done
    # Wine puts the shortcuts of a per-machine package in the user's Start menu, Windows in All Users'.
    shortcut=$(find "$drive_c" -path '*Start Menu/Programs/Secure Path Upgrade Wizard/Secure Path Upgrade Wizard agent.lnk')
    [ -n "$shortcut" ] && pass "$name: Start-menu shortcut ${shortcut#"$drive_c"/}" || fail "$name: no Start-menu shortcut"
    uninstall=$(grep -A30 -E '^\[Software\\\\(Wow6432Node\\\\)?Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\\{' "$WINEPREFIX/system.reg" || true)
    grep -q "\"DisplayName\"=\"Secure Path Upgrade Wizard server kit" <<<"$uninstall" \
        && grep -q "\"DisplayVersion\"=\"$version\"" <<<"$uninstall" \
        && pass "$name: uninstall entry, version $version" || fail "$name: no uninstall entry with version $version"
    grep -q '^"InstallDir"="C:\\\\Program Files' "$WINEPREFIX/system.reg" || fail "$name: no InstallDir value under HKLM"

    if [ $arch = x64 ]; then
        out=$("$wine" "C:\\Program Files\\Secure Path Upgrade Wizard\\spuw-live-probe.exe" 2>/dev/null | tr -d '\r') || true
        if python3 -c 'import json, sys; r = json.loads(sys.argv[1]); sys.exit(r.get("schema") != "sp-upgrade-wizard-live-report/1" or not r.get("os", {}).get("ok"))' "$out" 2>/dev/null; then
            pass "the installed probe prints its JSON ($(wc -c <<<"$out") bytes)"
        else
            fail "the installed probe did not print its JSON: ${out:0:300}"
        fi
        said=$("$wine" "C:\\Program Files\\Secure Path Upgrade Wizard\\spuw-live-probe.exe" --version 2>/dev/null | tr -d '\r') || true
        [ "$said" = "spuw-live-probe $version" ] && pass "the installed probe says: $said" \
            || fail "the installed probe's --version says \"$said\", not spuw-live-probe $version"
    fi
    "$wineserver" -w

    rc=0
    "$wine" msiexec /x "$(winepath -w "$msi")" /qn >/dev/null 2>&1 || rc=$?
    "$wineserver" -w
    [ $rc -eq 0 ] || fail "msiexec /x $name exited with $rc"
    snapshot "$work/after-$arch"
    compare "$work/before-$arch" "$work/after-$arch" "$name: removed without a trace"
done

echo
if [ $failures -ne 0 ]; then
    echo "server-kit-msi: $failures failed"
    exit 1
fi
echo "server-kit-msi: all passed"
