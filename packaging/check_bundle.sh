#!/usr/bin/env bash
# Build the one-folder app and prove that the frozen app works on its own (CI step).
#
#   packaging/check_bundle.sh            # make bundle, then check dist/Sleutelapp/
#   SKIP_BUILD=1 packaging/check_bundle.sh   # check an existing dist/Sleutelapp/
#   SKIP_BUILD=1 BUNDLE_DIR=elsewhere/Sleutelapp packaging/check_bundle.sh
#   PY=python SKIP_BUILD=1 packaging/check_bundle.sh    # CI: the Python that built it
#
# Runs under bash on Linux, macOS and Windows (Git Bash): on Windows the checks use the
# console program sleutelapp-cli.exe (Sleutelapp.exe has no console to print to).
#
# The bundle is copied to a fresh folder whose name has a space in it, and every check runs
# that copy with a throw-away data folder: a missing hidden import, data file or Qt plugin
# makes a step fail here instead of on a volunteer's laptop. Checks: --version matches
# pyproject; every run-time resource is inside; init + demo; gui --smoke (offscreen);
# export-data + import; summary; report to a PDF of a newcomer with regisseur consent;
# no path of the build machine in any file; size within budget. Exits non-zero on the
# first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) WINDOWS=1 ;;
    *) WINDOWS= ;;
esac
if [ -z "${PY:-}" ]; then
    if [ -n "$WINDOWS" ]; then PY="$ROOT/.venv/Scripts/python.exe"; else PY="$ROOT/.venv/bin/python"; fi
fi
BUDGET_MB=${BUNDLE_BUDGET_MB:-185}
started=$SECONDS

# Portable clock (BSD date on macOS has no %N).
now_ms() { "$PY" -c 'import time; print(int(time.time() * 1000))'; }
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check_bundle: FAILED: %s\n' "$*" >&2; exit 1; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
    step "make bundle"
    build_start=$SECONDS
    make bundle >"${TMPDIR:-/tmp}/sleutelapp-bundle-build.log" 2>&1 || {
        tail -40 "${TMPDIR:-/tmp}/sleutelapp-bundle-build.log" >&2
        fail "make bundle (full log: ${TMPDIR:-/tmp}/sleutelapp-bundle-build.log)"
    }
    build_seconds=$((SECONDS - build_start))
    echo "built in ${build_seconds} s"
fi
# Resolved after the build: on a fresh checkout dist/ does not exist before it.
BUNDLE=$(cd "$(dirname "${BUNDLE_DIR:-dist/Sleutelapp}")" 2>/dev/null && pwd)/$(basename "${BUNDLE_DIR:-dist/Sleutelapp}")
if [ -n "$WINDOWS" ]; then EXE_NAME=sleutelapp-cli.exe; else EXE_NAME=Sleutelapp; fi
[ -f "$BUNDLE/$EXE_NAME" ] || fail "$BUNDLE/$EXE_NAME was not built"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
app_dir="$work/Sleutel app"
cp -a "$BUNDLE" "$app_dir"
APP_EXE="$app_dir/$EXE_NAME"
# A dialog waiting for a person would hang CI: every frozen run gets a deadline (in Python:
# macOS has no `timeout`).
app() {
    "$PY" -c 'import subprocess, sys
try:
    sys.exit(subprocess.run(sys.argv[2:], timeout=float(sys.argv[1])).returncode)
except subprocess.TimeoutExpired:
    sys.exit("check_bundle: timed out: " + " ".join(sys.argv[2:]))' "${APP_TIMEOUT:-120}" "$APP_EXE" "$@"
}
export SLEUTELAPP_HOME="$work/home" SLEUTELAPP_PASSPHRASE="bundel proef wachtzin 2026"
export QT_QPA_PLATFORM=offscreen SLEUTELAPP_LANG=nl
cd "$work"   # nothing may depend on the checkout as working folder

step "Sleutelapp --version"
expected="Sleutelapp $(cd "$ROOT" && "$PY" -c "
import importlib.util, pathlib
spec = importlib.util.spec_from_file_location('plan', 'packaging/bundle_plan.py')
plan = importlib.util.module_from_spec(spec); spec.loader.exec_module(plan)
print(plan.project_version(pathlib.Path('.')))")"
actual=$(app --version | tr -d '\r')
echo "$actual"
[ "$actual" = "$expected" ] || fail "--version said '$actual', pyproject says '$expected'"

step "run-time resources inside the bundle"
(cd "$ROOT" && "$PY" - "$app_dir" <<'EOF'
import importlib.util, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("plan", "packaging/bundle_plan.py")
plan = importlib.util.module_from_spec(spec); spec.loader.exec_module(plan)
internal = Path(sys.argv[1]) / "_internal"
missing = [f"{dest}/{Path(src).name}" for src, dest in plan.resource_datas(Path("."))
           if not (internal / dest / Path(src).name).is_file()]
if missing:
    sys.exit("missing from the bundle: " + ", ".join(missing))
print(f"{len(plan.resource_datas(Path('.')))} resource files present")
# Package metadata: the version (--version, About) and the licence files of the wheels.
import importlib.metadata as md, re
norm = lambda name: re.sub(r"[-_.]+", "_", name).lower()
bundled = {norm(p.name.split("-")[0]) for p in internal.glob("*.dist-info")}
installed = {norm(x.metadata["Name"]) for x in md.distributions()}
absent = [d for d in plan.METADATA_DISTRIBUTIONS if norm(d) in installed - bundled]
if absent:
    sys.exit("package metadata missing from the bundle: " + ", ".join(absent))
print(f"{len(bundled)} package metadata folders present")
EOF
) || fail "resources missing from the bundle"

commands=$(app --help)

step "every module of the app inside the bundle (commands, dialogs, compiled forms)"
(cd "$ROOT" && "$PY" - "$APP_EXE" <<'EOF'
import importlib.util, sys, tempfile
from pathlib import Path
from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader
spec = importlib.util.spec_from_file_location("plan", "packaging/bundle_plan.py")
plan = importlib.util.module_from_spec(spec); spec.loader.exec_module(plan)
excluded = plan.excluded_modules()
with tempfile.TemporaryDirectory() as tmp:
    pyz = Path(tmp) / "app.pyz"
    pyz.write_bytes(CArchiveReader(sys.argv[1]).extract("PYZ.pyz"))
    frozen = set(ZlibArchiveReader(str(pyz)).toc)
wanted = set()
for path in Path("sleutelapp").rglob("*.py"):
    parts = path.with_suffix("").parts
    name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    if not any(name == ex or name.startswith(ex + ".") for ex in excluded):
        wanted.add(name)
missing = sorted(wanted - frozen)
if missing:
    sys.exit("modules missing from the bundle: " + ", ".join(missing))
print(f"{len(wanted)} sleutelapp modules present")
EOF
) || fail "app modules missing from the bundle"

step "init + demo (frozen)"
app init >/dev/null
app demo --newcomers 6 --entries-per 20 --seed 7
app newcomers --json > newcomers.json

step "no path of the build machine in the bundle"
(cd "$ROOT" && "$PY" packaging/scrub_paths.py --check "$app_dir") \
    || fail "the bundle names paths of the machine that built it"
(cd "$ROOT" && "$PY" - "$APP_EXE" <<'EOF'
import importlib.util, sys, tempfile
from pathlib import Path
from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader
spec = importlib.util.spec_from_file_location("scrub", "packaging/scrub_paths.py")
scrub = importlib.util.module_from_spec(spec); spec.loader.exec_module(scrub)
paths = scrub.build_paths(Path(".").resolve())
def files(code):
    yield code.co_filename
    for const in code.co_consts:
        if hasattr(const, "co_filename"):
            yield from files(const)
named = set()
with tempfile.TemporaryDirectory() as tmp:
    pyz = Path(tmp) / "app.pyz"
    pyz.write_bytes(CArchiveReader(sys.argv[1]).extract("PYZ.pyz"))
    reader = ZlibArchiveReader(str(pyz))
    for name in reader.toc:
        code = reader.extract(name)
        if hasattr(code, "co_filename"):
            named |= {f for f in files(code) if any(p in f for p in paths)}
if named:
    sys.exit("frozen modules name build-machine paths: " + ", ".join(sorted(named)[:5]))
print(f"{len(reader.toc)} frozen modules name no build-machine path")
EOF
) || fail "frozen modules name paths of the machine that built it"

step "gui --smoke (frozen, offscreen)"
t0=$(now_ms)
app gui --smoke 2> smoke.err || { cat smoke.err >&2; fail "frozen gui --smoke"; }
first_smoke_ms=$(( $(now_ms) - t0 ))
if grep -q "Traceback" smoke.err; then cat smoke.err >&2; fail "gui --smoke printed a traceback"; fi

step "the first pages without a passphrase (frozen): unlock, and first start"
pages=$( (unset SLEUTELAPP_PASSPHRASE; app gui --smoke; SLEUTELAPP_HOME="$work/new-home" app gui --smoke) 2> pages.err) \
    || { cat pages.err >&2; fail "frozen gui --smoke without a passphrase"; }
grep -q "ok: unlockPage shown" <<<"$pages" || fail "no unlock page: $pages"
grep -q "ok: firstStartPage shown" <<<"$pages" || fail "no first-start page: $pages"
if grep -q "Traceback" pages.err; then cat pages.err >&2; fail "a first page printed a traceback"; fi
[ ! -e "$work/new-home/case.db" ] || fail "the first-start page made a case file by itself"
echo "$pages" | tr -d '\r'

step "export-data + import into a second case (JSON Schema bundled)"
app export-data -o data.json
SLEUTELAPP_HOME="$work/home2" app init >/dev/null
SLEUTELAPP_HOME="$work/home2" app import data.json
imported=$(SLEUTELAPP_HOME="$work/home2" app newcomers --json | tr -d '\r' | "$PY" -c "import json, sys; print(len(json.load(sys.stdin)))")
[ "$imported" = 6 ] || fail "import gave $imported newcomers, expected 6"

if grep -qw summary <<<"$commands"; then
    step "summary (frozen)"
    app summary --period "$(( $(date +%Y) - 1 ))" -o summary.json  # only ended periods
    "$PY" -c "import json, sys; d = json.load(open('summary.json')); sys.exit(d.get('format') != 'sleutelapp-summary')" \
        || fail "summary.json is not a sleutelapp-summary"
fi

if grep -qw report <<<"$commands"; then
    step "report to PDF (frozen)"
    newcomer=$("$PY" - <<'EOF'
import json
data = json.load(open("data.json"))
for person in data["newcomers"]:
    if any(c["purpose"] == "regisseur_summary" and not c.get("withdrawn_on")
           for c in person.get("consents", [])):
        print(person["id"]); break
EOF
)
    [ -n "$newcomer" ] || fail "no demo newcomer with regisseur_summary consent"
    app report "$newcomer" -o report.pdf
    "$PY" - "$newcomer" <<'EOF' || fail "report.pdf is not a readable PDF about that newcomer"
import json, sys
from pypdf import PdfReader
name = next(p["name"] for p in json.load(open("data.json"))["newcomers"] if p["id"] == sys.argv[1])
reader = PdfReader("report.pdf")
text = "".join(page.extract_text() or "" for page in reader.pages)
print(f"report.pdf: {len(reader.pages)} page(s)")
sys.exit(name.split()[0] not in text)
EOF
else
    step "report: SKIPPED, the frozen app has no 'report' command yet"
fi

step "figures"
size_mb=$(du -sm "$BUNDLE" | cut -f1)
frozen_ms=() source_ms=()
for _ in 1 2 3; do
    t0=$(now_ms); app gui --smoke >/dev/null 2>&1; frozen_ms+=($(( $(now_ms) - t0 )))
    # The source run is only a yardstick here (the test suite checks it).
    t0=$(now_ms)
    if (cd "$ROOT" && "$PY" -m sleutelapp gui --smoke >/dev/null 2>&1); then
        source_ms+=($(( $(now_ms) - t0 )))
    fi
done
best() { printf '%s\n' "$@" | sort -n | head -1; }
echo "bundle size:           ${size_mb} MB (budget ${BUDGET_MB} MB)"
if [ -n "${build_seconds:-}" ]; then echo "build time:            ${build_seconds} s"; fi
echo "gui --smoke, frozen:   $(best "${frozen_ms[@]}") ms (best of 3; first run ${first_smoke_ms} ms)"
echo "gui --smoke, source:   $(best "${source_ms[@]}") ms (best of ${#source_ms[@]})"
[ "$size_mb" -le "$BUDGET_MB" ] || fail "bundle is ${size_mb} MB, over the ${BUDGET_MB} MB budget"
echo "check_bundle: all checks passed in $((SECONDS - started)) s"
