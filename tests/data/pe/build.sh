#!/bin/sh
# Rebuilds the Raidisk.sys test fixtures: driver-shaped PE32 files whose VS_FIXEDFILEINFO carries a
# chosen version. Needs gcc-mingw-w64-i686-win32 and binutils-mingw-w64-i686. The output is
# byte-identical on every build, so the .sys files are committed; run this only to change them.
set -eu
cd "$(dirname "$0")"
for version in 3.6.2.670 3.6.3.670 3.5.1.500 4.0.0.720; do
    IFS=. read -r a b c d <<VERSION
$version
VERSION
    sed -e "s/@A@/$a/g" -e "s/@B@/$b/g" -e "s/@C@/$c/g" -e "s/@D@/$d/g" raidisk.rc.in > "raidisk-$version.rc"
    i686-w64-mingw32-windres -O coff "raidisk-$version.rc" -o "raidisk-$version.res.o"
    i686-w64-mingw32-gcc -O2 -nostdlib -ffreestanding -Wl,--subsystem,native -Wl,--entry,_DriverEntry@8 \
        -Wl,--no-insert-timestamp -o "raidisk-$version.sys" raidisk.c "raidisk-$version.res.o"
    rm -f "raidisk-$version.rc" "raidisk-$version.res.o"
done
# One without any resource section, for the "no version resource" path.
i686-w64-mingw32-gcc -O2 -nostdlib -ffreestanding -Wl,--subsystem,native -Wl,--entry,_DriverEntry@8 \
    -Wl,--no-insert-timestamp -o noversion.sys raidisk.c
