"""`sleutelapp report` and `sleutelapp disclosures`: the command-line contract."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE


@pytest.fixture
def people(case_paths):
    with Case.open(case_paths, PASSPHRASE) as case:
        amal = case.newcomers.add(
            Newcomer("Amal Haddad", route="b1", termijn_start=date(2025, 1, 1))
        )
        omar = case.newcomers.add(Newcomer("Omar Darwish", route="z"))
        case.consents.add(Consent(amal.id, "regisseur_summary", date(2025, 1, 1)))
        case.entries.add(
            Entry(amal.id, "appointment", date(2026, 2, 3), "municipality", status="done")
        )
        case.entries.add(Entry(amal.id, "note", date(2026, 2, 4), text="privé CANARY"))
    return amal, omar


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password:
        reader.decrypt(password)
    return "\n".join(p.extract_text() for p in reader.pages)


def test_report_by_name_writes_pdf_and_register_lists_it(run, people, tmp_path):
    target = tmp_path / "amal.pdf"
    code, out, err = run(
        "report",
        "Amal Haddad",
        "-o",
        str(target),
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
        "--recipient",
        "Regisseur Oost",
    )
    assert (code, err) == (0, "")
    assert "1 entry included" in out
    text = pdf_text(target.read_bytes())
    assert "Amal Haddad" in text and "Gemeente" in text and "CANARY" not in text
    code, out, err = run("disclosures", "--json")
    assert code == 0
    (row,) = json.loads(out)
    assert row["report_kind"] == "regisseur_report" and row["recipient"] == "Regisseur Oost"
    assert row["newcomer_name"] == "Amal Haddad" and row["entry_count"] == 1
    assert row["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert (row["period_from"], row["period_to"]) == ("2026-02-01", "2026-02-28")
    code, out, _ = run("disclosures")
    assert (
        "Summary for the regisseur" in out and "Regisseur Oost" in out and "1 disclosure\n" in out
    )


def test_report_without_consent_is_refused_with_exit_1(run, people, tmp_path):
    target = tmp_path / "omar.pdf"
    code, out, err = run("report", "Omar", "-o", str(target))
    assert code == 1 and out == ""
    assert "no active consent" in err and "Consents tab" in err
    assert len(err.strip().splitlines()) == 1
    assert not target.exists()


def test_password_file_protects_the_pdf(run, people, tmp_path):
    secret = tmp_path / "pw.txt"
    secret.write_text("correct paard batterij\n", encoding="utf-8")
    target = tmp_path / "a.pdf"
    code, _out, err = run(
        "report",
        "Amal Haddad",
        "-o",
        str(target),
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
        "--password-file",
        str(secret),
    )
    assert (code, err) == (0, "")
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted and not reader.decrypt("fout")
    assert "Amal Haddad" in pdf_text(target.read_bytes(), "correct paard batterij")


@pytest.mark.parametrize(
    "argv",
    [
        ("--from", "2026-13-01"),
        ("--from", "2026-03-01", "--to", "2026-02-01"),
    ],
)
def test_bad_dates_are_usage_errors(run, people, tmp_path, argv):
    with pytest.raises(SystemExit) as exited:
        run("report", "Amal Haddad", "-o", str(tmp_path / "x.pdf"), *argv)
    assert exited.value.code == 2


def test_unknown_newcomer_is_one_clear_line(run, people, tmp_path):
    code, _out, err = run("report", "Niemand", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and err.startswith("sleutelapp: ") and "Traceback" not in err


def test_disclosures_of_an_empty_register(run, people):
    code, out, _ = run("disclosures", "--json")
    assert (code, json.loads(out)) == (0, [])
