"""domain/privacy.py: for every entry of a period, one decision with a reason."""

from __future__ import annotations

from datetime import date

import pytest

from sleutelapp.domain import privacy
from sleutelapp.domain.model import Consent, Entry, Newcomer

N = "n1"
START, END = date(2026, 3, 1), date(2026, 3, 31)
DAY = date(2026, 3, 10)
REPORT = Consent(N, "regisseur_summary", date(2026, 1, 1))
HEALTH = Consent(N, "health_in_summary", date(2026, 1, 1))
WITH_HEALTH = privacy.ReportConsents(REPORT, HEALTH)
WITHOUT_HEALTH = privacy.ReportConsents(REPORT, None)


def entry(kind, type_=None, **kw) -> Entry:
    return Entry(N, kind, kw.pop("date", DAY), type_, **kw).validated()


CASES = [
    # (entry, consents, included, reason, shows_text, count_only)
    (entry("note", text="privé", shareable=False), WITH_HEALTH, False, "private_note", 0, 0),
    (entry("note", text="deel", shareable=True), WITH_HEALTH, True, "note_shareable", 1, 0),
    (entry("appointment", "hospital"), WITHOUT_HEALTH, False, "health_without_consent", 0, 0),
    (entry("appointment", "hospital"), WITH_HEALTH, True, "health_counted", 0, 1),
    (entry("appointment", "duo", text="x"), WITHOUT_HEALTH, True, "appointment_facts", 0, 0),
    (
        entry("contact", "phone", topics=("health",)),
        WITHOUT_HEALTH,
        False,
        "health_without_consent",
        0,
        0,
    ),
    (entry("contact", "phone", topics=("health",)), WITH_HEALTH, True, "contact_counted", 0, 1),
    (
        entry("contact", "phone", topics=("work",), text="t"),
        WITHOUT_HEALTH,
        True,
        "contact_counted",
        0,
        1,
    ),
    (entry("activity", "work", hours=3, text="t"), WITH_HEALTH, True, "activity_hours", 0, 0),
    (
        entry("activity", "work", hours=3, text="t", shareable=True),
        WITH_HEALTH,
        True,
        "activity_shareable",
        1,
        0,
    ),
    (entry("signal", "childcare", text="t"), WITH_HEALTH, True, "signal_theme", 0, 0),
    (
        entry("signal", "childcare", text="t", shareable=True),
        WITH_HEALTH,
        True,
        "signal_shareable",
        1,
        0,
    ),
    # A health signal ("Gezondheid") is health data, like the contact topic `health`.
    (
        entry("signal", "health", text="t", shareable=True),
        WITHOUT_HEALTH,
        False,
        "health_without_consent",
        0,
        0,
    ),
    (entry("signal", "health", text="t"), WITHOUT_HEALTH, False, "health_without_consent", 0, 0),
    (entry("signal", "health", text="t"), WITH_HEALTH, True, "signal_theme", 0, 0),
    (
        entry("signal", "health", text="t", shareable=True),
        WITH_HEALTH,
        True,
        "signal_shareable",
        1,
        0,
    ),
    (entry("task", text="t", shareable=True), WITH_HEALTH, True, "task_shareable", 1, 0),
    (entry("task", text="t", shareable=False), WITH_HEALTH, False, "not_shareable", 0, 0),
    (entry("task", text="t", shareable=True, status="done"), WITH_HEALTH, False, "task_done", 0, 0),
    (
        entry("note", text="t", shareable=True, date=date(2026, 4, 1)),
        WITH_HEALTH,
        False,
        "outside_period",
        0,
        0,
    ),
]


@pytest.mark.parametrize(
    ("item", "consents", "included", "reason", "shows_text", "count_only"), CASES
)
def test_each_kind_of_entry_gets_its_decision(
    item, consents, included, reason, shows_text, count_only
):
    decision = privacy.decide(item, START, END, consents)
    assert (decision.included, decision.reason.code) == (included, reason)
    assert (decision.shows_text, decision.count_only) == (bool(shows_text), bool(count_only))


def test_every_reason_has_dutch_and_english_words():
    for reason in privacy.REASONS.values():
        assert reason.label("nl") and reason.label("en")
        assert reason.label("nl") != reason.code


def test_user_can_leave_out_an_included_item_but_never_add_a_forbidden_one():
    shared = entry("note", text="deel", shareable=True)
    private = entry("note", text="privé")
    decisions = privacy.decide_all(
        [shared, private], START, END, WITH_HEALTH, left_out={shared.id, private.id}
    )
    assert sorted(d.reason.code for d in decisions) == ["left_out_by_user", "private_note"]
    assert not any(d.included for d in decisions)
    assert privacy.decide(private, START, END, WITH_HEALTH).user_may_leave_out is False


def test_without_report_consent_nothing_is_included():
    items = [entry("appointment", "duo"), entry("note", text="x", shareable=True)]
    decisions = privacy.decide_all(items, START, END, privacy.ReportConsents(None, HEALTH))
    assert {d.reason.code for d in decisions} == {"no_report_consent"}


def test_consents_count_only_when_active_on_the_day():
    withdrawn = Consent(N, "regisseur_summary", date(2026, 1, 1), withdrawn_on=date(2026, 2, 1))
    future = Consent(N, "health_in_summary", date(2026, 5, 1))
    consents = privacy.ReportConsents.on([withdrawn, future], date(2026, 3, 15))
    assert not consents.allows_report and not consents.allows_health
    consents = privacy.ReportConsents.on([REPORT, future], date(2026, 5, 2))
    assert consents.allows_report and consents.allows_health


def test_profile_for_the_regisseur_holds_no_phone_language_or_coaches():
    person = Newcomer(
        "Amal Haddad",
        phone="0612345678",
        language="Arabisch",
        coaches="Jan",
        municipality_ref="INB-1",
        route="z",
    )
    profile = privacy.regisseur_profile(person)
    assert profile["name"] == "Amal Haddad" and profile["route"] == "z"
    assert not {"phone", "language", "coaches", "language_school", "known_as"} & set(profile)
    assert "0612345678" not in repr(profile) and "Arabisch" not in repr(profile)


def test_decisions_are_in_date_order():
    late, early = (
        entry("appointment", "duo", date=date(2026, 3, 20)),
        entry("appointment", "duo", date=date(2026, 3, 2)),
    )
    decisions = privacy.decide_all([late, early], START, END, WITH_HEALTH)
    assert [d.entry.date for d in decisions] == [date(2026, 3, 2), date(2026, 3, 20)]
