#!/usr/bin/env bash
# Exercise an installed smm-career the way a user would, from a folder outside the checkout:
# --version, validate, analyze, report (a real PDF, read back), batch, clients, and the
# desktop wizard started offscreen with an answer file (as a double-click does).
#
#   packaging/exercise_installed.sh /path/to/smm-career
#
# The caller chooses HOME (the user's folders go to $HOME/.local/share/smm-career, as on a
# desktop); this script only reads the example answer files from the checkout.
set -euo pipefail
shopt -s nullglob
app=${1:?usage: exercise_installed.sh PATH_TO_SMM_CAREER}
examples="$(cd "$(dirname "$0")/.." && pwd)/examples"
command -v pdftotext >/dev/null || { echo "exercise_installed.sh: needs pdftotext (apt install poppler-utils)" >&2; exit 2; }

work=$(mktemp -d)
wizard_pid=
cleanup() {
  if [ -n "$wizard_pid" ]; then kill "$wizard_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cp "$examples"/*.json "$work/"
cd "$work"
unset SMM_CAREER_DATA_DIR XDG_DATA_HOME
export QT_QPA_PLATFORM=offscreen SMM_CAREER_PASSPHRASE=exercise-only-passphrase
data="$HOME/.local/share/smm-career"
autosaves() { local files=("$data"/autosave/*.json); echo "${#files[@]}"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '  %-10s %s\n' "$1" "$2"; }

version=$("$app" --version)
[[ $version =~ ^smm-career\ [0-9]+\.[0-9]+ ]] || fail "--version printed '$version'"
step --version "$version"

"$app" validate >validate.out 2>&1 || { cat validate.out >&2; fail "validate of the shipped content"; }
step validate "shipped content is valid"

"$app" analyze nl_marketing_veteran_strategist.json >analysis.json
grep -q '"readiness"' analysis.json || fail "analyze printed no readiness"
step analyze "$(wc -c <analysis.json) bytes of JSON"

"$app" report sv_career_changer_customer_service.json -o plan.pdf --lang sv >/dev/null
[ "$(head -c 4 plan.pdf)" = "%PDF" ] || fail "report wrote no PDF"
pdftotext plan.pdf plan.txt
grep -q "Elin Sjöberg" plan.txt || fail "the PDF does not name the respondent"
step report "plan.pdf, $(pdfinfo plan.pdf 2>/dev/null | awk '/^Pages:/ {print $2}') pages, $(wc -c <plan.pdf) bytes"

mkdir answers && cp ./*.json answers/ && rm answers/analysis.json
"$app" batch answers -o plans --jobs 2 >batch.out || { cat batch.out >&2; fail "batch"; }
[ "$(find plans -name '*.pdf' | wc -l)" -ge 3 ] || fail "batch wrote fewer than 3 PDFs"
step batch "$(find plans -name '*.pdf' | wc -l) PDFs"

client=$("$app" clients import en_communication_graduate_community.json)
"$app" clients list | grep -q "Maya Okafor" || fail "clients list does not show the imported client"
"$app" clients export "$client" | grep -q "Maya Okafor" || fail "clients export"
"$app" clients report "$client" -o client.pdf >/dev/null
[ "$(head -c 4 client.pdf)" = "%PDF" ] || fail "clients report wrote no PDF"
step clients "import, list, export, report ($client)"

# The wizard: `smm-career FILE` opens the file and autosaves it into the user's folder.
cp sv_career_changer_customer_service.json answers.smm-career.json
before=$(autosaves)
"$app" answers.smm-career.json >wizard.log 2>&1 &
wizard_pid=$!
for _ in $(seq 120); do
  now=$(autosaves)
  [ "$now" -gt "$before" ] && break
  kill -0 "$wizard_pid" 2>/dev/null || { cat wizard.log >&2; fail "the wizard exited"; }
  sleep 0.5
done
[ "$now" -gt "$before" ] || { cat wizard.log >&2; fail "the wizard did not open the answer file within 60 s"; }
kill "$wizard_pid" && wait "$wizard_pid" 2>/dev/null || true
wizard_pid=
! grep -q Traceback wizard.log || { cat wizard.log >&2; fail "the wizard printed a traceback"; }
step wizard "opened answers.smm-career.json offscreen; autosaved in $data/autosave"
echo "all commands work from $(command -v "$app" || echo "$app")"
