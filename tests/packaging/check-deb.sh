#!/usr/bin/env bash
# Builds the Debian package from a build directory and checks what a bureau's IT person relies on: the
# programs, the menu entry, the icons, the AppStream metadata, the man pages and the declared dependencies.
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT

fail() { printf 'check-deb: %s\n' "$*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/metinspect_*.deb 2>/dev/null | head -n 1)
[[ -n "$deb" ]] || fail "no metinspect_*.deb was written"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/metinspect ./usr/bin/metinspect-cli \
    ./usr/share/applications/org.metinspect.MetInspect.desktop \
    ./usr/share/metainfo/org.metinspect.MetInspect.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/metinspect.svg \
    ./usr/share/icons/hicolor/48x48/apps/metinspect.png \
    ./usr/share/icons/hicolor/256x256/apps/metinspect.png \
    ./usr/share/man/man1/metinspect-cli.1 ./usr/share/man/zh_CN/man1/metinspect-cli.1 \
    ./usr/lib/systemd/user/metinspect-export.service ./usr/lib/systemd/user/metinspect-export.timer; do
    grep -qx -- "$path" <<<"$contents" || fail "the package lacks $path"
done

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite fonts-noto-cjk; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
[[ $(dpkg-deb -f "$deb" Package) == metinspect ]] || fail "the package is not called metinspect"

dpkg-deb -x "$deb" "$work/root"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/org.metinspect.MetInspect.desktop" || fail "invalid desktop entry"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.metinspect.MetInspect.metainfo.xml" >/dev/null ||
        fail "invalid AppStream metadata"
fi
grep -q '^\.SS import' "$work/root/usr/share/man/man1/metinspect-cli.1" || fail "the man page does not document 'import'"
grep -q '^ExecStart=/usr/bin/metinspect-cli export --scheduled$' "$work/root/usr/lib/systemd/user/metinspect-export.service" ||
    fail "the export service does not run the scheduled export"
grep -q '^OnCalendar=' "$work/root/usr/lib/systemd/user/metinspect-export.timer" || fail "the export timer has no schedule"
"$work/root/usr/bin/metinspect-cli" --version | grep -q '^metinspect-cli ' || fail "the packaged CLI does not run"
printf 'check-deb: %s is complete (%s)\n' "$(basename "$deb")" "$depends"
