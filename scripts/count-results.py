#!/usr/bin/env python3
"""Totals the test results of every suite in a results folder and prints 'N passed, N failed' as the last line.

Reads .NET TRX files (dotnet/*.trx), Vitest JSON (vitest.json) and Playwright JSON (e2e.json). A build that
failed (*.failed marker) or a suite that produced no results counts as one failure. Exit code 1 when anything failed.
"""
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

results = sys.argv[1]
passed = failed = 0
lines = []

for marker in sorted(glob.glob(os.path.join(results, "*.failed"))):
    failed += 1
    lines.append(f"build: {os.path.basename(marker)[:-7]} FAILED")

trx_files = sorted(glob.glob(os.path.join(results, "dotnet", "*.trx")))
if not any(f.endswith(".failed") for f in os.listdir(results)) and not trx_files:
    failed += 1
    lines.append("dotnet: no test results")
for trx in trx_files:
    counters = ET.parse(trx).getroot().find(".//{*}ResultSummary/{*}Counters")
    p = int(counters.get("passed", 0))
    f = sum(int(counters.get(k, 0)) for k in ("failed", "error", "timeout", "aborted"))
    passed += p
    failed += f
    name = os.path.basename(trx)
    lines.append(f"dotnet {name}: {p} passed, {f} failed")

web = os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web-client", "package.json"))
vitest = os.path.join(results, "vitest.json")
if os.path.exists(vitest):
    data = json.load(open(vitest))
    p, f = data.get("numPassedTests", 0), data.get("numFailedTests", 0)
    if not data.get("success", f == 0) and f == 0:
        f = 1  # a suite that failed to load
    passed += p
    failed += f
    lines.append(f"vitest: {p} passed, {f} failed")
elif web and not glob.glob(os.path.join(results, "*.failed")):
    failed += 1
    lines.append("vitest: no results")

e2e = os.path.join(results, "e2e.json")
if os.path.exists(e2e):
    stats = json.load(open(e2e)).get("stats", {})
    p = stats.get("expected", 0) + stats.get("flaky", 0)
    f = stats.get("unexpected", 0)
    errors = json.load(open(e2e)).get("errors", [])
    if errors and f == 0:
        f = 1
    passed += p
    failed += f
    lines.append(f"e2e: {p} passed, {f} failed")
elif web and not glob.glob(os.path.join(results, "*.failed")):
    failed += 1
    lines.append("e2e: no results")

for line in lines:
    print(line)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
