"""`sleutelapp reports --due`: list what is due, write it all into a folder, then nothing is due."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from sleutelapp.domain import report_schedule as rs
from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE


@pytest.fixture
def people(case_paths):
    """Two newcomers with consent (one with their own monthly schedule), one without."""
    long_ago = date.today() - timedelta(days=800)
    with Case.open(case_paths, PASSPHRASE) as case:
        amal = case.newcomers.add(
            Newcomer("Amal Haddad", regisseur="Regisseur Oost", municipality_ref="INB-1")
        )
        ahmad = case.newcomers.add(Newcomer("Ahmad Karimi", known_as="Ahmad"))
        case.newcomers.add(Newcomer("Omar Darwish"))  # no consent: never due
        for person in (amal, ahmad):
            case.consents.add(Consent(person.id, "regisseur_summary", long_ago))
        from sleutelapp.store import report_schedules

        report_schedules.set_own_schedule(case, ahmad.id, "month")
        quarter = rs.last_complete_period("quarter", date.today())
        case.entries.add(
            Entry(amal.id, "appointment", quarter.start, "municipality", status="done")
        )
    return amal, ahmad


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password:
        assert reader.is_encrypted
        reader.decrypt(password)
    return "\n".join(p.extract_text() for p in reader.pages)


def test_lists_what_is_due_as_text_and_json(run, people):
    amal, ahmad = people
    today = date.today()
    code, out, err = run("reports", "--due")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines == [
        f"{ahmad.id}\tAhmad\t{rs.last_complete_period('month', today).code}",
        f"{amal.id}\tAmal Haddad\t{rs.last_complete_period('quarter', today).code}",
    ]
    code, out, err = run("reports", "--due", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["newcomer_id"], r["name"], r["period"]) for r in rows] == [
        (ahmad.id, "Ahmad Karimi", rs.last_complete_period("month", today).code),
        (amal.id, "Amal Haddad", rs.last_complete_period("quarter", today).code),
    ]


def test_writes_every_due_report_registers_each_and_then_nothing_is_due(run, people, tmp_path):
    amal, ahmad = people
    password_file = tmp_path / "pw.txt"
    password_file.write_text("geheim wachtwoord\n", encoding="utf-8")
    out_dir = tmp_path / "rapporten"
    out_dir.mkdir()
    code, out, err = run(
        "reports", "--due", "-o", str(out_dir), "--password-file", str(password_file)
    )
    assert (code, err) == (0, "")
    quarter = rs.last_complete_period("quarter", date.today())
    month = rs.last_complete_period("month", date.today())
    files = sorted(p.name for p in out_dir.iterdir())
    assert files == sorted(
        [
            f"rapport-regisseur-INB-1-{quarter.code}.pdf",
            f"rapport-regisseur-AK-{ahmad.id.replace('-', '')[:6]}-{month.code}.pdf",
        ]
    )
    for name in files:
        assert "Karimi" not in name and "Haddad" not in name
    text = pdf_text(
        (out_dir / f"rapport-regisseur-INB-1-{quarter.code}.pdf").read_bytes(), "geheim wachtwoord"
    )
    assert "Amal Haddad" in text
    assert "2 reports written" in out and "password-protected" in out

    code, out, err = run("disclosures", "--json")
    rows = json.loads(out)
    assert sorted((r["newcomer_id"], r["period_from"], r["recipient"]) for r in rows) == sorted(
        [
            (amal.id, quarter.start.isoformat(), "Regisseur Oost"),  # the profile's regisseur
            (ahmad.id, month.start.isoformat(), ""),
        ]
    )

    code, out, err = run("reports", "--due", "--json")
    assert (code, json.loads(out)) == (0, [])
    again = tmp_path / "again"
    again.mkdir()
    code, out, err = run("reports", "--due", "-o", str(again))
    assert code == 0 and "No reports are due" in out
    assert list(again.iterdir()) == []


def test_recipient_is_used_for_every_report(run, people, tmp_path):
    code, out, err = run(
        "reports", "--due", "-o", str(tmp_path), "--recipient", "Mw. De Vries", "--json"
    )
    assert (code, err) == (0, "")
    made = json.loads(out)
    assert len(made) == 2 and all(m["file"].startswith(str(tmp_path)) for m in made)
    code, out, _err = run("disclosures", "--json")
    assert {r["recipient"] for r in json.loads(out)} == {"Mw. De Vries"}


def test_refuses_the_data_folder(run, people, case_paths):
    code, out, err = run("reports", "--due", "-o", str(case_paths.data))
    assert code == 1
    assert "folder of the case file" in err and len(err.strip().splitlines()) == 1
    code, out, err = run("reports", "--due", "--json")
    assert len(json.loads(out)) == 2  # nothing was registered


def test_refuses_a_missing_folder(run, people, tmp_path):
    code, _out, err = run("reports", "--due", "-o", str(tmp_path / "nope"))
    assert code == 1
    assert "does not exist" in err and len(err.strip().splitlines()) == 1


def test_refuses_when_a_file_of_the_same_name_is_there_and_writes_nothing(run, people, tmp_path):
    quarter = rs.last_complete_period("quarter", date.today())
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / f"rapport-regisseur-INB-1-{quarter.code}.pdf"
    existing.write_bytes(b"mine")
    code, out, err = run("reports", "--due", "-o", str(folder))
    assert code == 1 and "already holds a file" in err
    assert len(err.strip().splitlines()) == 1
    assert existing.read_bytes() == b"mine"
    assert [p.name for p in folder.iterdir()] == [existing.name]
    code, out, err = run("reports", "--due", "--json")
    assert len(json.loads(out)) == 2


def usage_error(run, capsys, *argv) -> str:
    with pytest.raises(SystemExit) as info:
        run(*argv)
    assert info.value.code == 2
    return capsys.readouterr().err


def test_needs_due_and_refuses_options_without_output(run, people, capsys):
    assert "--due" in usage_error(run, capsys, "reports")
    assert "-o DIR" in usage_error(run, capsys, "reports", "--due", "--recipient", "X")


def test_empty_password_file_is_refused(run, people, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    err = usage_error(
        run, capsys, "reports", "--due", "-o", str(out_dir), "--password-file", str(empty)
    )
    assert "is empty" in err
    assert list(out_dir.iterdir()) == []


def test_missing_password_file_is_named_and_nothing_is_written(run, people, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(
        "reports", "--due", "-o", str(out_dir), "--password-file", str(tmp_path / "nope.txt")
    )
    assert code == 1 and out == "" and "nope.txt" in err and len(err.strip().splitlines()) == 1
    assert list(out_dir.iterdir()) == []
