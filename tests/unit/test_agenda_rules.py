"""Reminder slots on the wall clock (DST included) and the agenda range query's edges."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from sleutelapp.domain import reminders
from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.store.agenda_range import agenda_range


@pytest.mark.parametrize(
    ("now", "slot"),
    [
        (datetime(2026, 3, 28, 17, 59), None),
        (datetime(2026, 3, 28, 18, 0), "evening"),  # the evening before summer time starts
        (datetime(2026, 3, 28, 23, 59), "evening"),
        (datetime(2026, 3, 29, 3, 30), None),  # the night: no reminder
        (datetime(2026, 3, 29, 7, 0), "morning"),
        (datetime(2026, 3, 29, 9, 59), "morning"),
        (datetime(2026, 3, 29, 10, 0), None),  # it has started
    ],
)
def test_slots_follow_the_wall_clock(now, slot):
    assert reminders.current_slot(date(2026, 3, 29), "10:00", now) == slot


def test_an_appointment_without_time_is_reminded_all_morning():
    day = date(2026, 10, 25)  # summer time ends
    assert reminders.current_slot(day, None, datetime(2026, 10, 25, 22, 0)) == "morning"
    assert reminders.current_slot(day, "", datetime(2026, 10, 24, 18, 0)) == "evening"
    assert reminders.slot_key("e1", day, "morning") == "e1|2026-10-25|morning"


def test_agenda_range_reads_every_kind_and_survives_a_broken_extension_list(case):
    today = date(2026, 12, 1)
    ok = case.newcomers.add(Newcomer(name="Sara Haile", termijn_start=date(2023, 12, 1)))
    case.entries.add(Entry(ok.id, "appointment", today, "gp", time="09:00", status="done"))
    case.entries.add(Entry(ok.id, "task", today + timedelta(days=1), text="Bellen\nDUO"))
    case.entries.add(Entry(ok.id, "note", today, text="niet in de agenda"))
    broken = case.newcomers.add(Newcomer(name="Omid Rahimi", termijn_start=date(2023, 12, 2)))
    case.query("UPDATE newcomer SET extensions = '[{' WHERE id = ?", (broken.id,))
    rows = agenda_range(case, today, today + timedelta(days=6))
    assert [(r.kind, r.date, r.name) for r in rows] == [
        ("appointment", today, "Sara Haile"),
        ("termijn", today, "Sara Haile"),
        ("task", today + timedelta(days=1), "Sara Haile"),
        ("termijn", today + timedelta(days=1), "Omid Rahimi"),
    ]
    assert rows[2].text == "Bellen"


def test_a_pending_extension_request_shows_once_in_the_agenda(case):
    from sleutelapp.domain import wi2021
    from sleutelapp.domain.model import ExtensionRequest

    sent = date(2026, 10, 6)
    due = wi2021.decision_due(sent)
    person = case.newcomers.add(Newcomer(name="Sara Haile", termijn_start=date(2024, 1, 1)))
    request = case.extension_requests.add(
        ExtensionRequest(person.id, reason="own_illness", sent_on=sent)
    )
    assert request.task_id
    rows = agenda_range(case, due - timedelta(days=1), due + timedelta(days=1))
    assert [(r.kind, r.date) for r in rows] == [("task", due)]
    # Without its task (deleted by the key person) the expected answer still shows.
    case.entries.delete(request.task_id)
    rows = agenda_range(case, due - timedelta(days=1), due + timedelta(days=1))
    assert [(r.kind, r.date) for r in rows] == [("decision", due)]
