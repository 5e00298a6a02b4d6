"""Foundation benchmarks (issue 2): demo generation, search, timeline, unlock."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from sleutelapp.store import entries as entry_rows
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams, KeyFile
from sleutelapp.store.newcomers import search_list_sql
from tests.bench.data import OUT, PASSPHRASE, demo_home
from tests.bench.timing import median_ms, seconds


def _demo_command_seconds() -> float:
    home = OUT / "work" / "demo-cli"
    shutil.rmtree(home, ignore_errors=True)
    env = {**os.environ, "SLEUTELAPP_PASSPHRASE": PASSPHRASE, "SLEUTELAPP_HOME": str(home)}
    subprocess.run(
        [sys.executable, "-m", "sleutelapp", "init"], env=env, check=True, capture_output=True
    )
    return seconds(
        lambda: subprocess.run(
            [
                sys.executable,
                "-m",
                "sleutelapp",
                "demo",
                "--newcomers",
                "1000",
                "--entries-per",
                "100",
                "--seed",
                "1",
            ],
            env=env,
            check=True,
            capture_output=True,
        )
    )


def run() -> list[tuple[str, str, str]]:
    rows = []
    rows.append(
        ("demo 1000 x 100 (CLI, incl. unlock)", f"{_demo_command_seconds():.1f} s", "<= 15 s")
    )
    paths = demo_home()
    keyfile = KeyFile.read(paths.key)
    unlock = median_ms(lambda: keyfile.unlock(PASSPHRASE), repeat=5, warmup=1)
    params = KdfParams()
    rows.append(
        (
            f"unlock KDF (Argon2id m={params.memory_kib // 1024} MiB, t={params.iterations}"
            f", p={params.lanes})",
            f"{unlock:.0f} ms",
            "300-1000 ms",
        )
    )
    with Case.open(paths, PASSPHRASE) as case:
        conn = case.conn
        some = case.newcomers.all()[17]
        fragment = some.name.split()[-1][1:5]
        word = "wachtlijst"
        rare_word = "kinderopvangtoeslag"

        def raw_list(text):
            sql, params = search_list_sql(text)
            return lambda: conn.execute(sql, params).fetchall()

        def raw_timeline():
            conn.execute(
                f"SELECT {entry_rows.COLUMNS} FROM entry WHERE newcomer_id = ? "
                "ORDER BY date DESC, coalesce(time, '') DESC, created DESC LIMIT -1 "
                "OFFSET 0",
                (some.id,),
            ).fetchall()

        cases = [
            (f"search name fragment '{fragment}'", fragment),
            (f"search FTS word '{rare_word}'", rare_word),
            (f"search FTS word '{word}' (in most files)", word),
            ("newcomer list, no filter", ""),
        ]
        cases = [
            (label, (lambda t=text: case.newcomers.search_list(t)), raw_list(text))
            for label, text in cases
        ]
        cases.append(
            ("timeline of 100 entries", lambda: case.entries.timeline(some.id), raw_timeline)
        )
        for label, ours, raw in cases:
            ours_ms, raw_ms = median_ms(ours), median_ms(raw)
            rows.append(
                (
                    label,
                    f"{ours_ms:.2f} ms (raw SQL {raw_ms:.2f} ms, x{ours_ms / raw_ms:.1f})",
                    "<= 20 ms, <= 2x raw",
                )
            )
    size = paths.db.stat().st_size / 1e6
    rows.append(("case.db size, 100,000 entries", f"{size:.0f} MB", "-"))
    return rows
