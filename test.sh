#!/usr/bin/env bash
# Runs every test suite from a clean clone: installs what the tests need (Debian packages, npm packages,
# NuGet packages), builds, runs the .NET tests, the web client's unit tests and the browser end-to-end tests,
# and ends with one line "N passed, N failed" totalling all suites.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
RESULTS="$ROOT/.test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CI="${CI:-true}"

section() { printf '\n==> %s\n' "$*"; }

# The printer payloads and print files the tests read live in a "shared/fixtures" folder beside the checkout (or
# above it), or wherever PRINTERNIZER_FIXTURES points. Say so up front instead of in 30 test failures.
fixtures="${PRINTERNIZER_FIXTURES:-}"
dir="$ROOT"
while [ -z "$fixtures" ] && [ "$dir" != "/" ]; do
  [ -d "$dir/shared/fixtures" ] && fixtures="$dir/shared/fixtures"
  dir=$(dirname "$dir")
done
[ -n "$fixtures" ] || echo "warning: no shared/fixtures folder above $ROOT and PRINTERNIZER_FIXTURES is not set;" \
  "the tests that read printer payloads and print files will fail." >&2

# 1. System packages: real servers and a real browser for the tests.
section "Installing test dependencies (Debian packages)"
need=()
for pkg in mosquitto mosquitto-clients vsftpd chromium openssl python3-openpyxl curl; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}" >&2
fi

# 2. Build everything (warnings are errors). A failed build is one failed suite.
section "Building the web client"
if [ -f web-client/package.json ]; then
  (cd web-client && npm ci --no-audit --no-fund --loglevel=error && npm run build) > "$RESULTS/web-build.log" 2>&1 \
    || { cat "$RESULTS/web-build.log"; echo "web-client build failed" > "$RESULTS/web-build.failed"; }
fi
section "Building the .NET solution"
if ! dotnet build Printernizer.sln -c Release -nologo -v quiet > "$RESULTS/dotnet-build.log" 2>&1; then
  grep -E 'error|Error' "$RESULTS/dotnet-build.log" | head -50
  echo "dotnet build failed" > "$RESULTS/dotnet-build.failed"
fi

# 3. .NET tests (NUnit), TRX results per project.
if [ ! -f "$RESULTS/dotnet-build.failed" ]; then
  section ".NET tests"
  dotnet test Printernizer.sln -c Release --no-build --nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS/dotnet" 2>&1 | tee "$RESULTS/dotnet-test.log" \
    | grep -E '^(Passed!|Failed!|  Failed |  Error Message)' || true
fi

# 4. Web client unit tests (Vitest) and browser end-to-end tests (Playwright + Debian Chromium against the real API).
if [ -f web-client/package.json ] && [ ! -f "$RESULTS/web-build.failed" ]; then
  section "Web client unit tests (Vitest)"
  (cd web-client && npx vitest run --reporter=default --reporter=json --outputFile="$RESULTS/vitest.json") 2>&1 | tail -15
  if [ ! -f "$RESULTS/dotnet-build.failed" ]; then
    section "Browser end-to-end tests (Playwright, Chromium)"
    (cd web-client && PRINTERNIZER_E2E_REPORT="$RESULTS/e2e.json" npx playwright test) 2>&1 | tail -25
  fi
fi

section "Summary"
python3 scripts/count-results.py "$RESULTS"
