"""`sleutelapp card` and `sleutelapp consent-sheet`: the command-line contract."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE


@pytest.fixture
def people(case_paths):
    with Case.open(case_paths, PASSPHRASE) as case:
        amal = case.newcomers.add(Newcomer("Amal Haddad", language="Turks", language_code="tr"))
        case.newcomers.add(Newcomer("Omar Darwish"))
        case.entries.add(
            Entry(amal.id, "appointment", date.today() + timedelta(days=3), "duo",
                  location="DUO Groningen", text="privé CANARY")
        )  # fmt: skip
    return amal


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_card_by_name_writes_the_pdf_and_registers_it(run, people, tmp_path):
    target = tmp_path / "kaart.pdf"
    code, out, err = run("card", "Amal", "-o", str(target), "--weeks", "2")
    assert (code, err) == (0, "")
    assert "1 appointment" in out and "SHA-256" in out
    text = pdf_text(target)
    assert "DUO Groningen" in text and "Mijn afspraken" in text and "CANARY" not in text
    code, out, _err = run("disclosures", "--json")
    [row] = json.loads(out)
    assert row["report_kind"] == "newcomer_card" and row["newcomer_id"] == people.id


def test_language_overrides_the_profile(run, people, tmp_path):
    target = tmp_path / "kaart.pdf"
    assert run("card", "Amal", "-o", str(target), "--language", "nl")[0] == 0
    assert "My appointments" not in pdf_text(target)  # Dutch only, nothing beside it


def test_consent_sheet_writes_the_pdf_and_names_its_number(run, people, tmp_path):
    target = tmp_path / "toestemming.pdf"
    code, out, err = run("consent-sheet", people.id, "-o", str(target))
    assert (code, err) == (0, "")
    number = out.split()[2]
    assert number in pdf_text(target) and "Toestemming" in pdf_text(target)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("card", "Amal", "--weeks", "0"), "--weeks must be 1..26"),
        (("card", "Amal", "--weeks", "27"), "--weeks must be 1..26"),
        (("card", "Amal", "--language", "xx"), "unknown language 'xx'"),
        (("consent-sheet", "Amal", "--language", "Arabisch"), "choose one of nl, en"),
    ],
)
def test_a_usage_error_gets_one_line_exit_2_and_writes_nothing(
    run, people, tmp_path, capsys, argv, says
):
    target = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as stopped:
        run(*argv[:2], "-o", str(target), *argv[2:])
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert says in err and err.count("\n") == 1
    assert not target.exists()
    assert json.loads(run("disclosures", "--json")[1]) == []


@pytest.mark.parametrize("command", ["card", "consent-sheet"])
def test_an_unknown_newcomer_gets_one_line_and_exit_1(run, people, tmp_path, command):
    target = tmp_path / "x.pdf"
    code, _out, err = run(command, "Nobody", "-o", str(target))
    assert code == 1 and "No newcomer found" in err and err.count("\n") == 1
    assert not target.exists()


def test_a_paper_is_never_written_into_the_data_folder(run, people, case_paths):
    for command in ("card", "consent-sheet"):
        code, _out, err = run(command, "Amal", "-o", str(case_paths.data / "x.pdf"))
        assert code == 1 and "folder of the case file" in err
        assert not (case_paths.data / "x.pdf").exists()


def test_the_register_names_the_new_papers_not_their_codes(run, people, tmp_path):
    assert run("card", "Amal", "-o", str(tmp_path / "k.pdf"))[0] == 0
    assert run("consent-sheet", "Amal", "-o", str(tmp_path / "t.pdf"))[0] == 0
    out = run("disclosures")[1]
    assert "Appointments on paper for the newcomer" in out
    assert "Consent sheet for the newcomer" in out
    assert "newcomer_card" not in out and "consent_sheet" not in out


def test_card_and_sheet_help_come_from_the_catalogue():
    from sleutelapp.cli import build_parser
    from sleutelapp.language import catalogue

    parser = build_parser(("card", "consent-sheet"), text=catalogue("nl"))
    sub = next(a for a in parser._actions if a.dest == "command")
    card = " ".join(sub.choices["card"].format_help().split())
    sheet = " ".join(sub.choices["consent-sheet"].format_help().split())
    assert "schrijf de komende afspraken van de nieuwkomer op papier" in card
    assert "aantal weken vooruit" in card and "weeks ahead" not in card
    assert "taalcode (standaard: de taal van de nieuwkomer)" in sheet
    assert "schrijf het toestemmingsformulier" in sheet and "write the" not in sheet
