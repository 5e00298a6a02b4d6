"""Handover benchmark (issue 15): 30 newcomers x 100 entries, written with the real Argon2id
cost and received into a fresh case file; the KDF is timed on its own so the targets
(write <= 2 s plus the KDF, receive <= 3 s plus the KDF) can be read off."""

from __future__ import annotations

import secrets
import shutil
import statistics
import time

from sleutelapp.domain.demo import generate
from sleutelapp.exports import handover, handover_file, inzage
from sleutelapp.paths import app_paths
from sleutelapp.store.bulk import insert_all
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams, derive_key
from tests.bench.data import OUT, PASSPHRASE

NEWCOMERS, ENTRIES_PER, RUNS = 30, 100, 5


def _fresh_case(name: str) -> Case:
    home = OUT / "work" / name
    shutil.rmtree(home, ignore_errors=True)
    case, _recovery = Case.create(app_paths(home), PASSPHRASE, KdfParams.fast_for_tests())
    return case


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _write_and_receive(sender, ids, target, kdf: KdfParams) -> tuple[float, float]:
    """Median seconds of writing the handover and of receiving it into a fresh case."""
    results = []
    writes = [
        _timed(
            lambda: results.append(handover.write_handover(sender, ids, target, to="b", kdf=kdf))
        )
        for _ in range(RUNS)
    ]
    receives = []
    for index in range(RUNS):
        receiver = _fresh_case(f"handover-receiver-{index}")
        receives.append(
            _timed(lambda r=receiver: handover.receive_file(r, target, results[-1].code))
        )
        assert receiver.entries.count_for(ids[0]) == ENTRIES_PER
        receiver.close()
    return statistics.median(writes), statistics.median(receives)


def run() -> list[tuple[str, str, str]]:
    sender = _fresh_case("handover-sender")
    data = generate(NEWCOMERS, ENTRIES_PER, seed=15)
    insert_all(sender, data.newcomers, data.entries, data.consents, action="demo")
    ids = [n.id for n in data.newcomers]
    target = OUT / "work" / "bench.sleuteloverdracht"
    salt = secrets.token_bytes(16)
    kdf = statistics.median(
        _timed(lambda: derive_key("x", salt, handover_file.DEFAULT_KDF)) for _ in range(RUNS)
    )
    # The work besides the KDF, measured directly with a negligible KDF cost.
    write_work, receive_work = _write_and_receive(sender, ids, target, KdfParams.fast_for_tests())
    write, receive = _write_and_receive(sender, ids, target, handover_file.DEFAULT_KDF)
    size = target.stat().st_size
    one = OUT / "work" / "inzage.pdf"
    inzage_s = statistics.median(
        _timed(lambda: inzage.export_inzage(sender, ids[0], one)) for _ in range(3)
    )
    sender.close()
    label = f"{NEWCOMERS} x {ENTRIES_PER}"
    return [
        ("handover KDF alone (Argon2id, 128 MiB, 4 passes)", f"{kdf:.2f} s", "(informative)"),
        (f"handover write {label}, without the KDF", f"{write_work:.2f} s", "≤ 2 s"),
        (f"handover write {label}, with the KDF", f"{write:.2f} s", "≤ 2 s + KDF"),
        (f"handover receive {label}, without the KDF", f"{receive_work:.2f} s", "≤ 3 s"),
        (f"handover receive {label}, with the KDF", f"{receive:.2f} s", "≤ 3 s + KDF"),
        (f"handover file size {label}", f"{size / 1024:.0f} KiB", "(informative)"),
        (f"inzage PDF, {ENTRIES_PER} entries", f"{inzage_s:.2f} s", "(informative)"),
    ]
