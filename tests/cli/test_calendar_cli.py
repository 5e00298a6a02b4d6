"""`sleutelapp agenda --ics FILE`: the calendar file from the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta

import icalendar
import pytest

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE

NAME = "Ahmad Karimi"


@pytest.fixture
def one_appointment(case_paths):
    case = Case.open(case_paths, PASSPHRASE)
    person = case.newcomers.add(Newcomer(name=NAME))
    entry = case.entries.add(
        Entry(
            newcomer_id=person.id,
            kind="appointment",
            type="hospital",
            date=date.today() + timedelta(days=3),
            time="10:15",
            status="planned",
            location="Ziekenhuis Rijnstate",
        )
    )
    case.close()
    return entry


def test_agenda_ics_is_private_by_default_and_registered(run, one_appointment, tmp_path):
    target = tmp_path / "agenda.ics"
    code, out, err = run("agenda", "--ics", str(target), "--days", "7")
    assert (code, err) == (0, "")
    assert "1 item" in out and "SHA-256" in out
    raw = target.read_bytes()
    for canary in (b"Ahmad", b"Karimi", b"Rijnstate", b"Ziekenhuis", b"Hospital"):
        assert canary not in raw
    events = list(icalendar.Calendar.from_ical(raw).walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == [f"{one_appointment.id}@sleutelapp"]
    code, out, _ = run("disclosures", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["report_kind"] for r in rows] == ["calendar"]
    assert rows[0]["recipient"] == "eigen agenda"
    assert rows[0]["entry_ids"] == [one_appointment.id]


def test_agenda_ics_names_in_full_when_asked(run, one_appointment, tmp_path):
    target = tmp_path / "agenda.ics"
    code, _, _ = run(
        "agenda",
        "--ics",
        str(target),
        "--names",
        "full",
        "--with-health-type",
        "--recipient",
        "telefoon",
    )
    assert code == 0
    event = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    summary = str(event["summary"])
    assert NAME in summary and summary.startswith(("Ziekenhuis", "Hospital"))
    assert "location" not in event
    assert json.loads(run("disclosures", "--json")[1])[0]["recipient"] == "telefoon"


def test_agenda_ics_in_the_data_folder_is_refused(run, one_appointment, case_paths):
    target = case_paths.data / "agenda.ics"
    code, _, err = run("agenda", "--ics", str(target))
    assert code == 1 and "folder of the case file" in err and err.count("\n") == 1
    assert not target.exists()
    assert json.loads(run("disclosures", "--json")[1]) == []


def test_agenda_ics_bad_input_is_one_clear_line(run, one_appointment, tmp_path):
    with pytest.raises(SystemExit) as info:
        run("agenda", "--ics", str(tmp_path / "no-such-folder" / "a.ics"))
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        run("agenda", "--ics", str(tmp_path))
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        run("agenda", "--names", "full")  # a calendar option without --ics
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        run("agenda", "--ics", str(tmp_path / "a.ics"), "--names", "nickname")
    assert info.value.code == 2
    assert not (tmp_path / "a.ics").exists()
    assert json.loads(run("disclosures", "--json")[1]) == []
