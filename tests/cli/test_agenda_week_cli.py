"""`sleutelapp agenda --week-pdf FILE`: this week on paper from the command line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE


@pytest.fixture
def today_at_the_hospital(case_paths):
    case = Case.open(case_paths, PASSPHRASE)
    person = case.newcomers.add(Newcomer(name="Ahmad Karimi"))
    entry = case.entries.add(
        Entry(
            person.id, "appointment", date.today(), "hospital", time="10:15", location="Rijnstate"
        )
    )
    case.close()
    return entry


def _text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_week_pdf_is_private_by_default_and_registered(
    run, today_at_the_hospital, tmp_path, monkeypatch
):
    monkeypatch.setenv("SLEUTELAPP_LANG", "nl")
    target = tmp_path / "week.pdf"
    code, out, err = run("agenda", "--week-pdf", str(target))
    assert (code, err) == (0, "")
    assert "SHA-256" in out
    text = _text(target)
    assert "A.K." in text and "Afspraak" in text
    for canary in ("Ahmad", "Karimi", "Rijnstate", "Ziekenhuis"):
        assert canary not in text
    code, out, _ = run("disclosures", "--json")
    rows = json.loads(out)
    assert [(r["report_kind"], r["recipient"]) for r in rows] == [
        ("agenda_week", "eigen agenda (papier)")
    ]
    assert rows[0]["entry_ids"] == [today_at_the_hospital.id]


def test_week_pdf_speaks_the_command_lines_language(
    run, today_at_the_hospital, tmp_path, monkeypatch
):
    monkeypatch.setenv("SLEUTELAPP_LANG", "en")
    target = tmp_path / "week.pdf"
    code, _, err = run("agenda", "--week-pdf", str(target))
    assert (code, err) == (0, "")
    text = _text(target)
    assert "Appointment: A.K." in text and "Nothing planned." in text
    assert "Afspraak" not in text and "Niets gepland" not in text
    code, out, _ = run("disclosures", "--json")
    # the register is kept in Dutch whatever language the paper speaks
    assert [r["recipient"] for r in json.loads(out)] == ["eigen agenda (papier)"]


def test_week_pdf_in_full_when_asked(run, today_at_the_hospital, tmp_path, monkeypatch):
    monkeypatch.setenv("SLEUTELAPP_LANG", "nl")
    target = tmp_path / "week.pdf"
    code, _, _ = run(
        "agenda", "--week-pdf", str(target), "--names", "full", "--with-health-type",
        "--with-location",
    )  # fmt: skip
    assert code == 0
    text = _text(target)
    assert "Ahmad Karimi" in text and "Ziekenhuis" in text and "Rijnstate" in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--ics", "x.ics"), "--ics and --week-pdf do not go together"),
        (("--json",), "--json and --week-pdf do not go together"),
    ],
)
def test_week_pdf_refuses_bad_combinations(
    run, capsys, today_at_the_hospital, tmp_path, extra, message
):
    with pytest.raises(SystemExit) as info:
        run("agenda", "--week-pdf", str(tmp_path / "week.pdf"), *extra)
    assert info.value.code == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "week.pdf").exists()


def test_week_pdf_refuses_a_missing_folder(run, capsys, today_at_the_hospital, tmp_path):
    with pytest.raises(SystemExit) as info:
        run("agenda", "--week-pdf", str(tmp_path / "nowhere" / "week.pdf"))
    err = capsys.readouterr().err
    assert info.value.code == 2 and "does not exist" in err and err.count("\n") == 1


@pytest.mark.parametrize("flag", ["--week-pdf", "--ics"])
def test_the_written_files_days_are_said_as_people_read_them(
    run, today_at_the_hospital, tmp_path, monkeypatch, flag
):
    import re

    from sleutelapp.domain.wording import short_date

    monkeypatch.setenv("SLEUTELAPP_LANG", "nl")
    code, out, err = run("agenda", flag, str(tmp_path / "out"))
    assert (code, err) == (0, "")
    assert not re.search(r"\d{4}-\d{2}-\d{2}", out.splitlines()[0]), out
    rows = json.loads(run("disclosures", "--json")[1])
    first = date.fromisoformat(rows[0]["period_from"])
    assert short_date(first, "nl") in out
