"""The schema step that adds the newcomer's language code and the consent's sheet: the
released case files of tests/fixtures/ migrate with nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sleutelapp.paths import app_paths
from sleutelapp.store import connection
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KeyFile

FIXTURES = Path(__file__).parent.parent / "fixtures"
PASSPHRASE = "fixture passphrase"
FIXTURE_NEWCOMER = "4b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f"
SECOND = "5c1d6b54-2c2f-4d2f-8e3f-1b2c3d4e5f60"
THIRD = "6d2e7c65-3d30-4e30-9f40-2c3d4e5f6071"
TABLES = ("newcomer", "entry", "consent", "disclosure", "settings")


def _rows(conn, table: str) -> list[dict]:
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@pytest.mark.parametrize("version", [1, 2])
def test_released_case_files_get_a_language_code_and_lose_nothing(tmp_path, version):
    home = tmp_path / "home"
    shutil.copytree(FIXTURES / f"schema-v{version}", home)
    key = KeyFile.read(home / "case.key").unlock(PASSPHRASE)
    conn = connection.raw_connect(home / "case.db", key)
    conn.execute("UPDATE newcomer SET language = 'Arabisch' WHERE id = ?", (FIXTURE_NEWCOMER,))
    for newcomer_id, name, text in (
        (SECOND, "Fixture Tesfay", "Tigrinya/Arabic"),
        (THIRD, "Fixture Reza", "  Dari (Afghaans)  "),
    ):
        conn.execute(
            "INSERT INTO newcomer(id, name, language, created, updated) VALUES (?, ?, ?, "
            "'2024-02-01T10:00:00', '2024-02-01T10:00:00')",
            (newcomer_id, name, text),
        )
    before = {table: _rows(conn, table) for table in TABLES}
    conn.commit()
    conn.close()

    with Case.open(app_paths(home), PASSPHRASE) as case:
        after = {table: case.query(f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}
        assert after == {table: len(rows) for table, rows in before.items()}
        codes = {n.id: (n.language, n.language_code) for n in case.newcomers.all()}
        assert codes == {
            FIXTURE_NEWCOMER: ("Arabisch", "ar"),
            SECOND: ("Tigrinya/Arabic", ""),  # two languages: not clear, left to the user
            THIRD: ("  Dari (Afghaans)  ", "fa"),  # the free text untouched
        }
        [consent] = case.consents.for_newcomer(FIXTURE_NEWCOMER)
        assert (consent.how, consent.sheet_id) == ("signed", None)
    # Every value that was there before is still there, unchanged.
    key = KeyFile.read(home / "case.key").unlock(PASSPHRASE)
    conn = connection.raw_connect(home / "case.db", key)
    try:
        for table, rows in before.items():
            now = _rows(conn, table)
            assert [{k: row[k] for k in old} for row, old in zip(now, rows, strict=True)] == rows
    finally:
        conn.close()


def test_a_migrated_profile_keeps_its_code_through_an_edit(case):
    from dataclasses import replace

    from sleutelapp.domain.model import Newcomer

    n = case.newcomers.add(Newcomer("Amal", language="Arabisch", language_code="ar"))
    case.newcomers.update(replace(n, phone="0612345678"))
    assert case.newcomers.get(n.id).language_code == "ar"


def test_a_language_the_app_does_not_ship_is_refused_with_one_line(case):
    from sleutelapp.domain.model import Newcomer
    from sleutelapp.store.errors import InvalidData

    with pytest.raises(InvalidData) as refused:
        case.newcomers.add(Newcomer("Amal", language_code="xx"))
    assert "language_code" in str(refused.value)
    assert case.newcomers.count() == 0
