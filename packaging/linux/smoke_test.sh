#!/usr/bin/env bash
# Smoke test of the Debian package, as root on Debian 12 (CI runs it from .ci/run):
# build it, `apt-get install ./dist/….deb`, check the desktop entry, icons and MIME type,
# run the installed app from outside the checkout (every command, a PDF from the installed
# `report`, the wizard offscreen), upgrade it, remove and purge it, and check that the
# user's data survived both and that nothing of the package is left.
#
#   packaging/linux/smoke_test.sh             (builds first)
#   packaging/linux/smoke_test.sh DEB         (tests a package built before)
set -euo pipefail
started=$(date +%s)
cd "$(dirname "$0")/../.."
root=$(pwd)
[ "$(id -u)" = 0 ] || { echo "smoke_test.sh: run as root (it installs and removes the package)" >&2; exit 2; }
export DEBIAN_FRONTEND=noninteractive

phase_start=$started
phase() {
  local now
  now=$(date +%s)
  echo "   ($(( now - phase_start )) s)"
  phase_start=$now
  echo "== $1"
}
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ $# -ge 1 ]; then
  deb=$(realpath "$1")
else
  echo "== build"
  packaging/linux/build.sh
  deb=$(realpath dist/smm-career_*.deb)
fi

scratch=$(mktemp -d)
cleanup() {
  if dpkg -s smm-career >/dev/null 2>&1; then apt-get purge -y -qq smm-career >/dev/null 2>&1 || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
# A desktop user of our own: the app keeps its data in $HOME/.local/share/smm-career.
export HOME="$scratch/home"
mkdir -p "$HOME"
data="$HOME/.local/share/smm-career"
export SMM_CAREER_PASSPHRASE=exercise-only-passphrase

phase "install: apt-get install ./$(basename "$deb")"
if dpkg -s smm-career >/dev/null 2>&1; then apt-get purge -y -qq smm-career >/dev/null; fi
cp "$deb" "$scratch/"
(cd "$scratch" && apt-get install -y -qq "./$(basename "$deb")" >"$scratch/apt.log" 2>&1) \
  || { cat "$scratch/apt.log" >&2; fail "apt-get install"; }
[ "$(command -v smm-career)" = /usr/bin/smm-career ] || fail "smm-career is not on the PATH"
echo "   $(smm-career --version) at /usr/bin/smm-career"

phase "desktop integration"
entry=/usr/share/applications/smm-career.desktop
desktop-file-validate "$entry"
for key in 'Name' 'Name\[sv\]' 'Name\[nl\]' 'Comment' 'Comment\[sv\]' 'Comment\[nl\]'; do
  grep -q "^$key=" "$entry" || fail "$entry has no $key"
done
grep -q '^Exec=smm-career %f$' "$entry" || fail "$entry does not pass the file to smm-career"
grep -q '^Icon=smm-career$' "$entry" || fail "$entry names no icon"
for icon in scalable/apps/smm-career.svg 48x48/apps/smm-career.png 256x256/apps/smm-career.png; do
  [ -s "/usr/share/icons/hicolor/$icon" ] || fail "icon $icon missing"
done
# dpkg triggers refreshed the MIME database and the desktop entries' MIME cache.
[ -s /usr/share/mime/application/x-smm-career+json.xml ] || fail "MIME type not in the MIME database"
grep -q '\*\.smm-career\.json' /usr/share/mime/globs2 || fail "*.smm-career.json is not in the MIME globs"
if command -v update-desktop-database >/dev/null; then
  grep -q '^application/x-smm-career+json=smm-career.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "*.smm-career.json files do not open with smm-career"
fi
echo "   $entry (en, sv, nl), icons 16–256 px and SVG, *.smm-career.json → application/x-smm-career+json → smm-career %f"
[ -z "$(find /usr/lib/smm-career \( -name 'libpango*' -o -name 'libharfbuzz*' -o -name 'libfontconfig*' \))" ] \
  || fail "the package bundles Pango, HarfBuzz or fontconfig"
echo "   Pango, HarfBuzz and fontconfig come from the system"
for lang in sv nl; do
  [ -s "/usr/lib/smm-career/_internal/PySide6/Qt/translations/qtbase_$lang.qm" ] || fail "Qt's $lang translation missing"
done

phase "the installed app, from outside the checkout"
[ ! -e "$data" ] || fail "$data exists before the first start"
packaging/exercise_installed.sh /usr/bin/smm-career
[ -d "$data" ] || fail "the app made no data folder"
echo "   data folder $data: mode $(stat -c %a "$data")"
(cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$scratch/data.sums"
[ -s "$scratch/data.sums" ] || fail "no user data to follow through upgrade and removal"
data_intact() {
  (cd "$data" && sha256sum --quiet -c "$scratch/data.sums") || fail "user data changed $1"
}

phase "upgrade to a newer package revision"
unpacked="$scratch/next"
dpkg-deb -R "$deb" "$unpacked"
version=$(sed -n 's/^Version: //p' "$unpacked/DEBIAN/control")
sed -i "s/^Version: .*/Version: $version.1/" "$unpacked/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip -z1 -b "$unpacked" "$scratch/next.deb" >/dev/null
(cd "$scratch" && apt-get install -y -qq ./next.deb >"$scratch/apt.log" 2>&1) \
  || { cat "$scratch/apt.log" >&2; fail "upgrade"; }
[ "$(dpkg-query -W -f '${Version}' smm-career)" = "$version.1" ] || fail "not upgraded"
data_intact "by the upgrade"
(cd "$scratch" && smm-career clients list) | grep -q "Maya Okafor" || fail "the upgraded app does not read the client store"
echo "   $version → $version.1: user data unchanged and readable"

phase "remove and purge"
apt-get remove -y -qq smm-career >/dev/null
data_intact "by the removal"
# With no configuration files, removing leaves nothing for a purge; purge whatever is left.
if dpkg-query -W smm-career >/dev/null 2>&1; then apt-get purge -y -qq smm-career >/dev/null; fi
data_intact "by the purge"
for path in /usr/bin/smm-career /usr/lib/smm-career "$entry" /usr/share/mime/packages/smm-career.xml \
  /usr/share/mime/application/x-smm-career+json.xml /usr/share/icons/hicolor/scalable/apps/smm-career.svg; do
  [ ! -e "$path" ] || fail "$path is left after purge"
done
! grep -q smm-career /usr/share/applications/mimeinfo.cache 2>/dev/null || fail "mimeinfo.cache still names smm-career"
echo "   nothing of the package left; the user's data folder kept"

phase "done"
echo "smoke_test.sh: passed in $(( $(date +%s) - started )) s ($(du -h "$deb" | cut -f1) package)"
