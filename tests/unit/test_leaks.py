"""Leaks: after a scripted session with canary data (create, edit, export, backup, a logged
error, erase, lock) the canaries appear nowhere in plain text under the data, config, log
and temp folders (nor the user's home) except in the file the user exported; after erasure
and a checkpoint they are gone from the decrypted database pages too, FTS included.

The session runs in a child process whose HOME, TMPDIR and XDG folders all point into the
test's own folder, so every file it leaves anywhere is scanned.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "lekkage test wachtzin"
CANARIES = (
    "Kanariepietersen Ayşe",
    "0699887766",
    "geheimkanarienotitie over de buren",
    "Kanarieziekenhuis Oost",
    "bewerktekanarietekst",
    "kanarie@voorbeeld.nl",
)
KEPT_NAME = "Blijftbestaan Omar"  # not erased: proves the page decryption below works
PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: IV (16) + HMAC-SHA512 (64) per page


def _session(root: str) -> None:
    from dataclasses import replace
    from datetime import date

    from sleutelapp import applog
    from sleutelapp.domain.model import Consent, Entry, Newcomer
    from sleutelapp.exports.portable import write_export
    from sleutelapp.paths import app_paths
    from sleutelapp.store import backup
    from sleutelapp.store.case import Case
    from sleutelapp.store.errors import InvalidData
    from sleutelapp.store.keyfile import KdfParams

    paths = app_paths(Path(root) / "home")
    case, _recovery = Case.create(paths, PASSPHRASE, KdfParams.fast_for_tests())
    name, phone, note, location, edited, email = CANARIES
    canary = case.newcomers.add(Newcomer(name=name, phone=phone, regisseur=email))
    kept = case.newcomers.add(Newcomer(name=KEPT_NAME))
    entry = case.entries.add(Entry(canary.id, "note", date(2026, 5, 4), text=note))
    case.entries.add(
        Entry(canary.id, "appointment", date(2026, 5, 6), "hospital", location=location)
    )
    case.entries.add(Entry(kept.id, "note", date(2026, 5, 4), text="gewone notitie"))
    case.consents.add(Consent(canary.id, "reporting", date(2026, 5, 1)))
    case.entries.update(replace(entry, text=f"{note} {edited}"))  # edit
    case.newcomers.update(replace(canary, known_as="Kanarietje"))
    write_export(case, Path(root) / "usb" / "export.json")  # the user's explicit export
    backup.write_backup(case, paths.backups / "handmatig.sleutelbackup", chosen_by_user=False)
    backup.automatic_backup(case)
    try:  # an error whose message holds personal data ends up in the log
        raise InvalidData("invalid: {name}", name=name)
    except InvalidData as exc:
        applog.log_crash(paths, exc)
    case.newcomers.erase(canary.id)
    case.checkpoint()
    case.close()  # lock


def _run_session(root: Path) -> None:
    (root / "usb").mkdir(parents=True)
    for folder in ("tmp", "user-home", "xdg-data", "xdg-config", "xdg-cache", "xdg-state"):
        (root / folder).mkdir()
    env = dict(
        os.environ,
        TMPDIR=str(root / "tmp"),
        TEMP=str(root / "tmp"),
        HOME=str(root / "user-home"),
        XDG_DATA_HOME=str(root / "xdg-data"),
        XDG_CONFIG_HOME=str(root / "xdg-config"),
        XDG_CACHE_HOME=str(root / "xdg-cache"),
        XDG_STATE_HOME=str(root / "xdg-state"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), str(root)],
        env=env,
        check=True,
        cwd=ROOT,
        timeout=60,
    )


def _plain_hits(data: bytes) -> set[str]:
    hits = set()
    for canary in CANARIES:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if canary.encode(encoding) in data or canary.lower().encode(encoding) in data:
                hits.add(canary)
    return hits


def decrypted_pages(db: Path, data_key: bytes) -> bytes:
    """Every page of the database file decrypted, free pages included."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw = db.read_bytes()
    pages = []
    for number in range(len(raw) // PAGE):
        page = raw[number * PAGE : (number + 1) * PAGE]
        start = 16 if number == 0 else 0  # page 1 starts with the plain salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize())
    return b"".join(pages)


def test_no_canary_left_in_plain_text_or_in_the_database(tmp_path):
    from sleutelapp.paths import app_paths
    from sleutelapp.store.keyfile import KeyFile

    _run_session(tmp_path)
    exported = tmp_path / "usb" / "export.json"
    assert _plain_hits(exported.read_bytes())  # the scan can see canaries where they are

    scanned = 0
    for path in tmp_path.rglob("*"):
        if path.is_file() and path != exported:
            scanned += 1
            assert not _plain_hits(path.read_bytes()), path.relative_to(tmp_path)
    paths = app_paths(tmp_path / "home")
    assert (paths.logs / "sleutelapp.log").exists() and len(list(paths.backups.iterdir())) == 2
    assert scanned >= 5  # database, key, two backups, log

    assert (
        not paths.db.with_name("case.db-wal").exists()
        or paths.db.with_name("case.db-wal").stat().st_size == 0
    )
    plain = decrypted_pages(paths.db, KeyFile.read(paths.key).unlock(PASSPHRASE))
    assert KEPT_NAME.encode() in plain  # decryption works
    assert not _plain_hits(plain)


def test_erased_rows_and_search_index_are_gone(tmp_path):
    from sleutelapp.paths import app_paths
    from sleutelapp.store.case import Case

    _run_session(tmp_path)
    with Case.open(app_paths(tmp_path / "home"), PASSPHRASE) as case:
        assert [n.name for n in case.newcomers.all()] == [KEPT_NAME]
        assert case.query("SELECT count(*) FROM entry")[0][0] == 1
        assert case.query("SELECT count(*) FROM consent")[0][0] == 0
        for word in (
            "kanariepietersen",
            "geheimkanarienotitie",
            "kanarieziekenhuis",
            "bewerktekanarietekst",
        ):
            assert case.newcomers.search_list(word) == [], word
        case.conn.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, entry_fts, row)")
        case.conn.execute(
            "CREATE VIRTUAL TABLE temp.grams USING fts5vocab(main, newcomer_fts, row)"
        )
        words = {r[0] for r in case.query("SELECT term FROM temp.words")}
        grams = {r[0] for r in case.query("SELECT term FROM temp.grams")}
        assert words == {"gewone", "notitie"}
        assert "kan" not in grams and "ayş" not in grams and "oma" in grams
        erase_rows = case.query("SELECT object_id FROM audit WHERE action = 'erase'")
        assert erase_rows == [(None,)]  # one audit row, without the id of the person


if __name__ == "__main__":
    _session(sys.argv[1])
