"""Bad data gets one clear line, never "unexpected error": stored extreme dates, states
that do not agree, key files with absurd or foreign content, bytes that are not UTF-8
and numbers of 100,000 digits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.paths import app_paths
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def one_clear_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "unexpected" not in err and "Trace" not in err


@pytest.fixture
def extreme(case_paths):
    """A case as an older version could have left it: dates at the end of the calendar."""
    with Case.open(case_paths, PASSPHRASE) as case:
        amal = case.newcomers.add(Newcomer("Amal Haddad", termijn_start=date(2025, 1, 1)))
        case.consents.add(Consent(amal.id, "regisseur_summary", date(2025, 1, 1)))
        case.entries.add(Entry(amal.id, "contact", date(2026, 1, 5), "phone"))
        gone = case.newcomers.add(Newcomer("Oud Dossier"))
        with case.transaction() as conn:  # bypassing validation, as an old file might
            conn.execute(
                "UPDATE newcomer SET termijn_start = '9999-12-31', "
                "extensions = '[{\"months\": 60}]' WHERE id = ?",
                (amal.id,),
            )
            conn.execute(
                "UPDATE newcomer SET status = 'closed', closed_on = '9999-12-01', "
                "termijn_start = 'not a date' WHERE id = ?",
                (gone.id,),
            )
            conn.execute(
                "INSERT INTO disclosure(id, made_at, report_kind, period_from, period_to, "
                "newcomer_id, sha256) VALUES ('d1', '2026-01-01T00:00:00', 'regisseur_report',"
                " '9999-12-01', '9999-12-31', ?, 'x')",
                (amal.id,),
            )
    return case_paths


def test_stored_extreme_dates_make_no_list_or_report_fail(run, extreme, tmp_path):
    code, out, err = run("newcomers", "--json")
    assert (code, err) == (0, "")
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["Amal Haddad"]["termijn_end"] == "9999-12-31"  # clamped, not a crash
    assert rows["Oud Dossier"]["termijn_end"] is None  # unreadable: unknown
    assert run("newcomers")[0] == 0
    assert run("purge", "--dry-run")[0] == 0
    assert run("agenda")[0] == 0
    code, _out, err = run("report", "Amal", "-o", str(tmp_path / "r.pdf"), "--from", "2026-01-01")
    assert code == 0, err
    env = dict(os.environ, SLEUTELAPP_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    smoke = subprocess.run(
        [sys.executable, "-m", "sleutelapp", "--home", str(extreme.data), "gui", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert smoke.returncode == 0 and "ok: 1 newcomers shown" in smoke.stdout, smoke.stderr


def portable(newcomer: dict) -> dict:
    base = {
        "id": "0f7f1a52-5c8e-4a34-9a59-1b0b6c1b0c11",
        "name": "Nieuw Iemand",
        "route": "b1",
        "status": "active",
        "consents": [],
        "entries": [],
    }
    return {"format": "sleutelapp-data", "version": 1, "newcomers": [{**base, **newcomer}]}


NOTE = {
    "id": "5d1c6f0e-8f43-4d0e-9a51-3c2b1f0a9e22",
    "kind": "note",
    "date": "2026-01-01",
    "type": None,
    "location": "",
    "hours": None,
    "status": None,
    "shareable": False,
    "topics": [],
    "accompanied": False,
}


@pytest.mark.parametrize(
    ("newcomer", "problem"),
    [
        ({"status": "closed"}, "closed_on: needed for a closed newcomer"),
        ({"status": "active", "closed_on": "2025-01-01"}, "closed_on: must be empty"),
        ({"name": "Amal \ud800 Haddad"}, "name: holds an invalid character"),
        ({"entries": [{**NOTE, "text": "x\udfff"}]}, "text: holds an invalid character"),
    ],
    ids=["closed-without-date", "active-with-date", "surrogate-name", "surrogate-text"],
)
def test_import_refuses_inconsistent_states_and_non_text(run, tmp_path, newcomer, problem):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(portable(newcomer)), encoding="utf-8")  # \ud800 as an escape
    code, _out, err = run("import", str(path))
    assert code == 1 and problem in err and one_clear_line(err), err
    assert json.loads(run("newcomers", "--json")[1]) == []


def test_a_number_of_100000_digits_is_a_clear_line(run, tmp_path):
    path = tmp_path / "in.json"
    text = json.dumps(portable({})).replace('"b1"', '"b1", "x": ' + "9" * 100_000)
    path.write_text(text, encoding="utf-8")
    code, _out, err = run("import", str(path))
    assert code == 1 and "number with too many digits" in err and one_clear_line(err), err[:300]


def test_an_argument_that_is_not_utf8_is_a_clear_line(run, capsys):
    with pytest.raises(SystemExit) as info:
        run("newcomers", "--search", "caf\udce9")  # b"caf\xe9" as the shell hands it over
    err = capsys.readouterr().err
    assert info.value.code == 2 and "not valid text" in err and one_clear_line(err)


def test_a_passphrase_variable_that_is_not_utf8_is_a_clear_line(run, monkeypatch, capsys):
    monkeypatch.setenv("SLEUTELAPP_PASSPHRASE", "geheim\udcff")
    with pytest.raises(SystemExit) as info:
        run("check")
    err = capsys.readouterr().err
    assert info.value.code == 2 and "SLEUTELAPP_PASSPHRASE is not valid UTF-8" in err


def set_key_field(paths, change) -> None:
    body = json.loads(paths.key.read_text(encoding="utf-8"))
    change(body)
    paths.key.write_text(json.dumps(body), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda b: b["wraps"]["passphrase"].update(iterations=10**9), "iterations"),
        (lambda b: b["wraps"]["passphrase"].update(memory_kib=2**60), "memory_kib"),
        (lambda b: b["wraps"]["passphrase"].update(memory_kib=-1), "memory_kib"),
        (lambda b: b["wraps"]["passphrase"].update(lanes=0), "lanes"),
        (lambda b: b["wraps"]["passphrase"].update(iterations="4"), "iterations"),
        (lambda b: b["wraps"]["passphrase"].update(salt="AAAA"), "damaged"),
        (lambda b: b.update(version="1"), "version"),
        (lambda b: b.update(version=0), "version"),
        (lambda b: b.update(wraps={"passphrase": 7}), "damaged"),
    ],
    ids=[
        "1e9-iterations",
        "huge-memory",
        "negative-memory",
        "no-lanes",
        "string-iterations",
        "short-salt",
        "string-version",
        "version-0",
        "wrap-not-object",
    ],
)
def test_absurd_key_files_are_refused_before_any_work(run, case_paths, change, expected):
    set_key_field(case_paths, change)
    before = case_paths.db.read_bytes()
    code, _out, err = run("check")
    assert code == 1 and "case.key" in err and expected in err and one_clear_line(err), err
    assert case_paths.db.read_bytes() == before


def test_a_key_file_of_another_case_is_named_as_such(run, case_paths, tmp_path):
    other = app_paths(tmp_path / "other")
    made, _recovery = Case.create(other, PASSPHRASE, KdfParams.fast_for_tests())
    made.close()
    case_paths.key.write_bytes(other.key.read_bytes())
    code, _out, err = run("check")
    assert code == 1 and "does not belong to case.db" in err and one_clear_line(err), err
    assert "damaged" not in err
