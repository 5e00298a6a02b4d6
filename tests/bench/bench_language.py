"""The language system's start-up (issue 14): importing it and reading one catalogue, in a
fresh process as at the start of the app or a command, beside the floor of parsing the same
.ts file with ElementTree alone (measured in the same child)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 9

CHILD = """
import json, sys, time
started = time.perf_counter()
from sleutelapp.language import catalogue
imported = time.perf_counter()
catalogue(sys.argv[1]).translate("MainWindow", "Today")
loaded = time.perf_counter()
import xml.etree.ElementTree as ET
from sleutelapp.language.catalogue import catalogue_path
floor_start = time.perf_counter()
ET.parse(catalogue_path(sys.argv[1]))
floor = time.perf_counter() - floor_start
print(json.dumps([imported - started, loaded - imported, floor]))
"""


def _child(code: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return json.loads(out)


def run() -> list[tuple[str, str, str]]:
    rows = []
    for code in ("nl", "ar"):
        samples = [_child(code) for _ in range(ROUNDS)]
        imported, loaded, floor = (statistics.median(s[i] for s in samples) for i in range(3))
        rows.append(
            (
                f"language system start-up, {code}: import + catalogue read (median of {ROUNDS})",
                f"{(imported + loaded) * 1000:.1f} ms (import {imported * 1000:.1f}, "
                f"read {loaded * 1000:.1f}; bare ElementTree parse {floor * 1000:.1f})",
                "<= 20 ms",
            )
        )
    return rows
