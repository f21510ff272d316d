#!/usr/bin/env bash
# Build the wheel and the sdist with `uv build`, install each into a fresh tool environment
# outside the checkout (`uv tool install`, as a user would), and exercise every command.
#
#   packaging/check_wheel.sh        (uses .tools/bin/uv, as the README's commands do)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
uv=$root/.tools/bin/uv
[ -x "$uv" ] || { python3 -m venv .tools && .tools/bin/pip install -q uv; }
started=$(date +%s)

rm -rf dist
"$uv" build -q
wheel=$(ls dist/smm_career-*.whl)
sdist=$(ls dist/smm_career-*.tar.gz)
echo "built $wheel ($(du -k "$wheel" | cut -f1) KiB) and $sdist ($(du -k "$sdist" | cut -f1) KiB)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Keep the download cache (not the user's folders): a fresh HOME per install.
export UV_CACHE_DIR=${UV_CACHE_DIR:-$("$uv" cache dir)}
for artefact in "$wheel" "$sdist"; do
  name=$(basename "$artefact")
  home="$scratch/home-$name"
  mkdir -p "$home"
  echo "== $name: uv tool install into an empty environment"
  HOME=$home UV_TOOL_DIR="$home/tools" UV_TOOL_BIN_DIR="$home/bin" \
    "$uv" tool install -q "$root/$artefact"
  HOME=$home PATH="$home/bin:$PATH" packaging/exercise_installed.sh "$home/bin/smm-career"
done
echo "check_wheel.sh: wheel and sdist work outside the checkout ($(( $(date +%s) - started )) s)"
