"""All due regisseur reports into one folder: one file and one disclosure each, through
the one report implementation; a failure halfway keeps what was made and leaves the rest due."""

from __future__ import annotations

from datetime import date

import pytest

from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.exports import due_reports
from sleutelapp.exports import regisseur_report as rr
from sleutelapp.store import report_schedules

TODAY = date(2026, 10, 1)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "rapporten"
    folder.mkdir()
    return folder


@pytest.fixture
def three(case):
    people = []
    for name in ("Ahmad Karimi", "Tesfay Gebremedhin", "Yara Haddad"):
        n = case.newcomers.add(Newcomer(name, regisseur=f"Regisseur van {name.split()[0]}"))
        case.consents.add(Consent(n.id, "regisseur_summary", date(2026, 1, 5)))
        case.entries.add(Entry(n.id, "note", date(2026, 8, 3), text="gedeeld", shareable=True))
        case.entries.add(
            Entry(n.id, "note", date(2026, 6, 30), text="vorig kwartaal", shareable=True)
        )
        people.append(n)
    return people


def test_one_file_and_one_disclosure_each_with_progress(case, three, out):
    steps = []
    due = report_schedules.due(case, TODAY)
    made = due_reports.make_all(
        case, due, out, today=TODAY, progress=lambda done, total: steps.append((done, total))
    )
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [m.due.name for m in made] == ["Ahmad Karimi", "Tesfay Gebremedhin", "Yara Haddad"]
    assert sorted(p.name for p in out.iterdir()) == sorted(m.path.name for m in made)
    register = case.disclosures.all()
    assert len(register) == 3
    for m in made:
        d = m.disclosure
        assert (d.period_from, d.period_to) == (date(2026, 7, 1), date(2026, 9, 30))
        assert d.recipient == f"Regisseur van {m.due.name.split()[0]}"
        assert len(d.entry_ids) == 1  # the note of Q3, not the one of 30 June
    assert report_schedules.due(case, TODAY) == []


def test_a_failure_halfway_keeps_what_was_made_and_the_rest_stays_due(
    case, three, out, monkeypatch
):
    real = rr.export_report
    calls = []

    def failing(case_, plan, path, **kwargs):
        calls.append(plan.newcomer.name)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(path))
        return real(case_, plan, path, **kwargs)

    monkeypatch.setattr(rr, "export_report", failing)
    due = report_schedules.due(case, TODAY)
    with pytest.raises(OSError, match="No space"):
        due_reports.make_all(case, due, out, today=TODAY)
    (written,) = out.iterdir()  # Ahmad's; Tesfay's failed before its file was renamed
    assert written.name == due_reports.file_names(case, due)[due[0].newcomer_id]
    assert [d.newcomer_id for d in case.disclosures.all()] == [three[0].id]
    assert [d.name for d in report_schedules.due(case, TODAY)] == [
        "Tesfay Gebremedhin",
        "Yara Haddad",
    ]
    monkeypatch.setattr(rr, "export_report", real)
    made = due_reports.make_all(case, report_schedules.due(case, TODAY), out, today=TODAY)
    assert len(made) == 2 and report_schedules.due(case, TODAY) == []


def test_nothing_due_writes_nothing(case, out):
    assert due_reports.make_all(case, [], out, today=TODAY) == []
    assert list(out.iterdir()) == []


def test_references_that_fold_to_one_name_get_a_file_each(case, out):
    """ "HH 2024/17" and "HH-2024-17" fold to one file name: each report gets its own file
    (the piece of the newcomer's id is added), none overwrites another."""
    people = []
    for name, ref in (("Ahmad Karimi", "HH 2024/17"), ("Yara Haddad", "HH-2024-17")):
        n = case.newcomers.add(Newcomer(name, municipality_ref=ref, regisseur="Regisseur"))
        case.consents.add(Consent(n.id, "regisseur_summary", date(2026, 1, 5)))
        case.entries.add(Entry(n.id, "note", date(2026, 8, 3), text="gedeeld", shareable=True))
        people.append(n)
    due = report_schedules.due(case, TODAY)
    names = due_reports.file_names(case, due)
    assert len(set(names.values())) == 2
    for n in people:
        assert names[n.id].startswith("rapport-regisseur-HH-2024-17-")
        assert n.id.replace("-", "")[:6] in names[n.id]
    made = due_reports.make_all(case, due, out, today=TODAY)
    assert sorted(p.name for p in out.iterdir()) == sorted(m.path.name for m in made)
    assert len(list(out.iterdir())) == 2 == len(case.disclosures.all())


def test_a_reference_of_its_own_keeps_its_plain_name(case, out):
    n = case.newcomers.add(Newcomer("Ahmad Karimi", municipality_ref="HH 2024/17"))
    case.consents.add(Consent(n.id, "regisseur_summary", date(2026, 1, 5)))
    due = report_schedules.due(case, TODAY)
    assert due_reports.file_names(case, due) == {n.id: "rapport-regisseur-HH-2024-17-2026-Q3.pdf"}
