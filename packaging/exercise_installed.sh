#!/usr/bin/env bash
# Exercise an installed smm-career the way a user would, from a folder outside the checkout:
# --version, validate, analyze, report (a real PDF, read back), batch, clients, and the
# desktop wizard started offscreen with an answer file (as a double-click does).
#
#   packaging/exercise_installed.sh /path/to/smm-career [/path/to/wizard]
#
# The second program, when given, is the one started for the wizard (on Windows the windowed
# smm-career.exe beside the console smm-career-cli.exe). The caller chooses HOME (the user's
# folders go to the platform's data folder: $HOME/.local/share/smm-career on Linux,
# ~/Library/Application Support/smm-career on macOS, %LOCALAPPDATA%\smm-career on Windows,
# where this runs in Git Bash); this script only reads the example answer files from the
# checkout. On a first start (no data folder yet) it checks that the app made the folder.
# PDFTOTEXT and PDFINFO may name poppler's programs when they are not on PATH.
set -euo pipefail
shopt -s nullglob
app=${1:?usage: exercise_installed.sh PATH_TO_SMM_CAREER [PATH_TO_WIZARD]}
wizard_app=${2:-$app}
examples="$(cd "$(dirname "$0")/.." && pwd)/examples"
pdftotext=${PDFTOTEXT:-pdftotext}
pdfinfo=${PDFINFO:-pdfinfo}
command -v "$pdftotext" >/dev/null || { echo "exercise_installed.sh: needs pdftotext (apt install poppler-utils)" >&2; exit 2; }

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
case "$(uname -s)" in
  Darwin) data="$HOME/Library/Application Support/smm-career" ;;
  MINGW* | MSYS* | CYGWIN*) data="$(cygpath -u "$LOCALAPPDATA")/smm-career" ;;
  *) data="$HOME/.local/share/smm-career" ;;
esac
first_start=$([ -e "$data" ] && echo no || echo yes)
autosaves() { local files=("$data"/autosave/*.json); echo "${#files[@]}"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '  %-10s %s\n' "$1" "$2"; }

version=$("$app" --version)
[[ $version =~ ^smm-career\ [0-9]+\.[0-9]+ ]] || fail "--version printed '$version'"
step --version "$version"

"$app" validate >validate.out 2>&1 || { cat validate.out >&2; fail "validate of the shipped content"; }
step validate "shipped content is valid"
# The gettext catalogues (app/locale/*/LC_MESSAGES/*.mo) must ship: a missing one is an error.
"$app" validate --lang nl no-such-file.yaml 2>validate.out && fail "validate of a missing file passed"
grep -q "bestaat niet" validate.out || { cat validate.out >&2; fail "validate --lang nl did not speak Dutch"; }
step validate "speaks Dutch with --lang nl (the .mo catalogues shipped)"

"$app" analyze nl_marketing_veteran_strategist.json >analysis.json
grep -q '"readiness"' analysis.json || fail "analyze printed no readiness"
step analyze "$(wc -c <analysis.json) bytes of JSON"

"$app" report sv_career_changer_customer_service.json -o plan.pdf --lang sv >/dev/null
[ "$(head -c 4 plan.pdf)" = "%PDF" ] || fail "report wrote no PDF"
"$pdftotext" plan.pdf plan.txt
grep -q "Elin Sjöberg" plan.txt || fail "the PDF does not name the respondent"
step report "plan.pdf, $("$pdfinfo" plan.pdf 2>/dev/null | awk '/^Pages:/ {print $2}') pages, $(wc -c <plan.pdf) bytes"

mkdir answers && cp ./*.json answers/ && rm answers/analysis.json
"$app" batch answers -o plans --jobs 2 >batch.out || { cat batch.out >&2; fail "batch"; }
[ "$(find plans -name '*.pdf' | wc -l)" -ge 3 ] || fail "batch wrote fewer than 3 PDFs"
step batch "$(find plans -name '*.pdf' | wc -l) PDFs"

# The client store is encrypted: its passphrase comes from the environment (set above; no
# terminal here), the same one packaging/linux/smoke_test.sh reads the store with after an upgrade.
# (tr: a Windows console program ends its lines with CR LF)
client=$("$app" clients import en_communication_graduate_community.json 2>/dev/null | tr -d '\r')
"$app" clients list | grep -q "Maya Okafor" || fail "clients list does not show the imported client"
"$app" clients export "$client" | grep -q "Maya Okafor" || fail "clients export"
"$app" clients report "$client" -o client.pdf >/dev/null
[ "$(head -c 4 client.pdf)" = "%PDF" ] || fail "clients report wrote no PDF"
"$app" clients backup clients-backup.sqlite3 2>/dev/null || fail "clients backup"
grep -q "Maya Okafor" clients-backup.sqlite3 && fail "the backup holds a readable name"
step clients "import, list, export, report, backup ($client)"

# The wizard: `smm-career FILE` opens the file and autosaves it into the user's folder.
cp sv_career_changer_customer_service.json answers.smm-career.json
before=$(autosaves)
"$wizard_app" answers.smm-career.json >wizard.log 2>&1 &
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
if [ "$first_start" = yes ]; then
  # A first start on a clean desktop: the app made its folders (clients import the store,
  # the wizard the autosaves) where the platform keeps a user's data.
  [ -f "$data/clients.sqlite3" ] && [ -d "$data/autosave" ] || fail "the first start did not make $data"
  step folders "first start: made $data"
fi
echo "all commands work from $(command -v "$app" || echo "$app")"
