#!/usr/bin/env bash
# Build the Debian 12 package: dist/smm-career_VERSION-1_amd64.deb
#
#   packaging/linux/build.sh
#
# 1. `uv build` makes the wheel; it goes with the locked runtime dependencies and PyInstaller
#    (the `build` dependency group, never a runtime dependency) into a build-only
#    environment under build/linux/.
# 2. PyInstaller freezes it into one folder (packaging/linux/smm-career.spec), leaving out
#    every library the system provides: Pango, HarfBuzz, fontconfig, GLib, X11/xcb, ...
# 3. The folder goes to /usr/lib/smm-career with `smm-career` on the PATH, a desktop entry
#    (sv, nl, en), icons and the MIME type for *.smm-career.json; the package depends on
#    the system libraries found by dpkg-shlibdeps plus Pango, which WeasyPrint loads with
#    dlopen. Desktop, MIME and icon caches are refreshed by dpkg triggers.
#
# Needs Debian 12 with dpkg-dev and binutils; run as root, it installs what is missing.
set -euo pipefail
started=$(date +%s)
cd "$(dirname "$0")/../.."
root=$(pwd)
here=packaging/linux
out=build/linux

# Build tools, and the system libraries the bundled Qt links against (dpkg-shlibdeps looks
# each one up to name the package that provides it).
build_deps=(dpkg-dev binutils fakeroot desktop-file-utils
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libfontconfig1 libegl1 libgl1 libxkbcommon0
  libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libwayland-cursor0 libwayland-egl1)
missing=()
for pkg in "${build_deps[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "build.sh: install first: apt install ${missing[*]}" >&2
    exit 2
  fi
fi

[ -x .tools/bin/uv ] || { python3 -m venv .tools && .tools/bin/pip install -q uv; }
uv=.tools/bin/uv
version=$("$uv" version --short)
deb_version="$version-1"
arch=$(dpkg --print-architecture)
deb="dist/smm-career_${deb_version}_${arch}.deb"

echo "== wheel and build environment"
rm -rf "$out"
mkdir -p "$out" dist
"$uv" build -q --wheel -o "$out/wheel"
"$uv" export -q --frozen --no-dev --group build --no-emit-project --format requirements-txt >"$out/requirements.txt"
"$uv" venv -q "$out/venv"
"$uv" pip install -q --python "$out/venv" -r "$out/requirements.txt" "$out"/wheel/smm_career-*.whl

echo "== PyInstaller (one folder)"
"$out/venv/bin/pyinstaller" --noconfirm --log-level ERROR \
  --distpath "$out/frozen" --workpath "$out/work" "$here/smm-career.spec"
"$out/frozen/smm-career/smm-career" --version >/dev/null

echo "== package tree"
pkg="$out/root"
install -d "$pkg/usr/lib" "$pkg/usr/bin" "$pkg/usr/share/applications" "$pkg/usr/share/mime/packages" \
  "$pkg/usr/share/doc/smm-career" "$pkg/DEBIAN"
cp -a "$out/frozen/smm-career" "$pkg/usr/lib/smm-career"
ln -s ../lib/smm-career/smm-career "$pkg/usr/bin/smm-career"
install -m 644 "$here/smm-career.desktop" "$pkg/usr/share/applications/smm-career.desktop"
desktop-file-validate "$pkg/usr/share/applications/smm-career.desktop"
install -m 644 "$here/smm-career-mime.xml" "$pkg/usr/share/mime/packages/smm-career.xml"
icon=resources/icons/smm-career.svg
install -D -m 644 "$icon" "$pkg/usr/share/icons/hicolor/scalable/apps/smm-career.svg"
install -D -m 644 "$icon" "$pkg/usr/share/icons/hicolor/scalable/mimetypes/application-x-smm-career+json.svg"
QT_QPA_PLATFORM=offscreen "$out/venv/bin/python" packaging/render_icons.py "$icon" "$pkg/usr/share/icons/hicolor"
cat >"$pkg/usr/share/doc/smm-career/copyright" <<'EOF'
smm-career: MIT licence. Bundled fonts (Liberation Sans, Noto Sans Arabic): SIL Open Font
Licence 1.1, texts in /usr/lib/smm-career/_internal/app/_data/resources/fonts/. Qt and
PySide6: LGPLv3, shipped as the unmodified shared libraries of the PySide6 wheels. Python and
the bundled Python packages: their own licences, in their *.dist-info folders.
EOF

echo "== dependencies (dpkg-shlibdeps)"
shlib="$out/shlibdeps"
mkdir -p "$shlib/debian"
printf 'Source: smm-career\n\nPackage: smm-career\nArchitecture: any\n' >"$shlib/debian/control"
mapfile -t elves < <(find "$pkg/usr/lib/smm-career" -type f \( -name '*.so*' -o -name smm-career \) \
  -exec sh -c 'head -c 4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
mapfile -t private < <(find "$root/$pkg/usr/lib/smm-career" -type d)
shlibs=$(cd "$shlib" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 \
  "${private[@]/#/-l}" "${elves[@]/#/-e$root/}" | sed -n 's/^shlibs:Depends=//p')
# Loaded with dlopen by WeasyPrint, so no ELF file names them.
depends="$shlibs, libpango-1.0-0 (>= 1.44), libpangoft2-1.0-0 (>= 1.44), libharfbuzz-subset0"

installed_kib=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
cat >"$pkg/DEBIAN/control" <<EOF
Package: smm-career
Version: $deb_version
Architecture: $arch
Maintainer: smm-career developers <smm-career@localhost>
Section: education
Priority: optional
Installed-Size: $installed_kib
Depends: $depends
Description: career check and development plan for social media managers
 A desktop wizard that asks about background, experience, education and 20
 competencies, compares the answers with a role profile (social media manager,
 strategist, community manager, digital communicator) and writes a PDF
 development plan. Offline, in Swedish, Dutch and English, with a counsellor
 mode for keeping clients and their progress.
EOF
(cd "$pkg" && find usr -type f -exec md5sum {} + | sort -k 2 >DEBIAN/md5sums)

echo "== .deb"
rm -f dist/smm-career_*.deb
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null

seconds=$(( $(date +%s) - started ))
echo "built $deb"
echo "  size: $(du -h "$deb" | cut -f1) package, $(( installed_kib / 1024 )) MiB installed"
echo "  time: $(( seconds / 60 )) min $(( seconds % 60 )) s"
