"""What is on disk: encrypted bytes only, and every unusable file classified, untouched."""

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from sleutelapp.domain.anonymity import parse_period
from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.paths import app_paths
from sleutelapp.store import errors, schema
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE

CANARY_NAME = "Zwanenburgcanary Ayşe"
CANARY_NOTE = "geheimenotitiecanary over de buren"
CANARY_LOCATION = "Ziekenhuiscanary Oost"
FIXTURES = Path(__file__).parent.parent / "fixtures"


def digest(paths):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(paths.data.iterdir())
        if p.is_file()
    }


def files_of(paths):
    return [p for p in paths.data.iterdir() if p.is_file()]


def assert_no_canary(paths):
    for path in files_of(paths):
        raw = path.read_bytes()
        for canary in (CANARY_NAME, CANARY_NOTE, CANARY_LOCATION):
            for encoding in ("utf-8", "utf-16-le"):
                assert canary.encode(encoding) not in raw, (path.name, canary)


def test_canaries_never_on_disk_in_plain_text(case, case_paths):
    n = case.newcomers.add(Newcomer(name=CANARY_NAME, phone="0612345678"))
    case.entries.add(Entry(n.id, "note", date.today(), text=CANARY_NOTE))
    case.entries.add(Entry(n.id, "appointment", date.today(), "hospital", location=CANARY_LOCATION))
    case.consents.add(Consent(n.id, "reporting", date.today()))
    assert (case_paths.data / "case.db-wal").exists()
    assert_no_canary(case_paths)  # while open: database, WAL, shm, key
    case.close()
    assert_no_canary(case_paths)  # after close and checkpoint
    with Case.open(case_paths, PASSPHRASE) as again:  # and the data is really there
        assert again.newcomers.search_list("Zwanenburgcanary")


@pytest.mark.posix(
    reason="file modes; on Windows the profile folder's access list keeps them private"
)
def test_files_are_private_to_the_user(case, case_paths):
    case.newcomers.add(Newcomer(name="x"))
    for path in (case_paths.db, case_paths.key):
        assert path.stat().st_mode & 0o077 == 0, path.name


def expect_refusal(paths, error_class, passphrase=PASSPHRASE):
    before = digest(paths)
    with pytest.raises(error_class) as info:
        Case.open(paths, passphrase)
    assert digest(paths) == before, "the file was changed"
    message = info.value.message("en")
    assert "\n" not in message and len(message) < 300
    return info.value


def test_wrong_passphrase(case_paths):
    error = expect_refusal(case_paths, errors.WrongPassphrase, "not the passphrase")
    assert error.exit_code == 3


def test_missing_case_file(tmp_path):
    expect = app_paths(tmp_path / "nothing")
    with pytest.raises(errors.NoCaseFile):
        Case.open(expect, PASSPHRASE)
    assert not expect.data.exists() or not expect.db.exists()


def test_empty_file(case_paths):
    case_paths.db.write_bytes(b"")
    error = expect_refusal(case_paths, errors.EmptyCaseFile)
    assert error.offers_restore and "empty" in error.message("en")


def test_plain_sqlite(case_paths):
    case_paths.db.unlink()
    plain = sqlite3.connect(case_paths.db)
    plain.execute("CREATE TABLE newcomer(name)")
    plain.commit()
    plain.close()
    assert "plain" in expect_refusal(case_paths, errors.PlainSqliteFile).message("en")


def test_png_renamed_to_case_db(case_paths):
    case_paths.db.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert "PNG" in expect_refusal(case_paths, errors.ForeignFile).message("en")


def test_text_file_is_foreign(case_paths):
    case_paths.db.write_text("Dit is een boodschappenlijst\n" * 300, encoding="utf-8")
    expect_refusal(case_paths, errors.ForeignFile)


def test_truncated_file(case_paths):
    raw = case_paths.db.read_bytes()
    case_paths.db.write_bytes(raw[: len(raw) // 2 + 100])
    expect_refusal(case_paths, errors.DamagedFile)


def test_flipped_bytes_on_page_one(case_paths):
    raw = bytearray(case_paths.db.read_bytes())
    for offset in (100, 101, 2000):
        raw[offset] ^= 0xFF
    case_paths.db.write_bytes(bytes(raw))
    assert "damaged" in expect_refusal(case_paths, errors.DamagedFile).message("en")


def test_missing_key_file(case_paths):
    case_paths.key.unlink()
    assert "case.key" in expect_refusal(case_paths, errors.KeyFileProblem).message("en")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b'{"format": "other"}',
        b'{"format": "sleutelapp-key", "version": 1, "wraps": {}}',
    ],
)
def test_damaged_key_file(case_paths, content):
    case_paths.key.write_bytes(content)
    expect_refusal(case_paths, errors.KeyFileProblem)


def test_newer_schema_is_refused_untouched(case_paths):
    case = Case.open(case_paths, PASSPHRASE)
    case.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    case.close()
    error = expect_refusal(case_paths, errors.NewerSchema)
    assert "newer" in error.message("en")


@pytest.mark.parametrize("version", [1, 2])
def test_released_schema_versions_migrate_with_nothing_lost(tmp_path, version):
    home = tmp_path / "home"
    shutil.copytree(FIXTURES / f"schema-v{version}", home)
    paths = app_paths(home)
    with Case.open(paths, "fixture passphrase") as case:
        n = case.newcomers.get("4b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f")
        assert (n.name, n.known_as, n.route, n.extensions[0].months) == (
            "Fixture Gülşen",
            "Gül",
            "z",
            6,
        )
        [entry] = case.entries.timeline(n.id)
        assert entry.text == "Fixturegesprek over het taalcafé"
        assert entry.topics == ("language", "work") and entry.minutes == 30 and entry.shareable
        assert case.consents.active(n.id, "reporting", date(2025, 1, 1))
        # After migrating, search covers the old rows too.
        assert [i.id for i in case.newcomers.search_list("taalcafé")] == [n.id]
        assert [i.id for i in case.newcomers.search_list("Gülş")] == [n.id]
        assert case.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
        assert case.integrity_problems() == []
        # The old entries are in the numbers kept for summaries, as a recount gives them.
        from sleutelapp.exports.summary import totals_of
        from sleutelapp.store import summary_counts
        from sleutelapp.store.summary_queries import period_counts

        period = parse_period(f"{entry.date.year}-Q{(entry.date.month - 1) // 3 + 1}")
        kept = summary_counts.period_totals(case, period, date(2999, 1, 1))
        counted = totals_of(period_counts(case, period.start, period.end, date(2999, 1, 1)))
        assert kept is not None and kept.numbers and kept.numbers == counted.numbers
    if version < schema.SCHEMA_VERSION:
        kept = list(paths.backups.glob("before-migration-v*/case.db"))
        assert kept, "the unmigrated file is kept before migrating"


@pytest.mark.parametrize("first", [b"{", b"[", b"<", b"%", b"P", b"G"])
def test_a_random_salt_that_starts_like_text_is_still_a_case_file(tmp_path, first):
    """3 in 256 real case files start with '{', '[' or '<': never call them foreign."""
    import os as _os

    from sleutelapp.store import connection

    path = tmp_path / "case.db"
    for _ in range(50):
        path.write_bytes(first + _os.urandom(4 * 4096 - 1))
        connection.inspect_file(path)  # no ForeignFile: random bytes are what SQLCipher writes


def test_json_and_xml_files_are_still_named(case_paths):
    case_paths.db.write_text('{"newcomers": []}\n' + " " * 5000, encoding="utf-8")
    assert "JSON" in expect_refusal(case_paths, errors.ForeignFile).message("en")
    case_paths.db.write_text("<html><body>" + "x" * 5000 + "</body></html>", encoding="utf-8")
    assert "XML" in expect_refusal(case_paths, errors.ForeignFile).message("en")


def test_many_real_case_files_open(tmp_path):
    """Regression: a salt starting with '{' made 1.2% of new files unopenable."""
    from sleutelapp.store.keyfile import KdfParams

    for i in range(40):
        paths = app_paths(tmp_path / str(i))
        case, _ = Case.create(paths, PASSPHRASE, KdfParams.fast_for_tests())
        case.close()
        Case.open(paths, PASSPHRASE).close()
