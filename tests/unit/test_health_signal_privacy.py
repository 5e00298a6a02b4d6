"""A signal with the theme `health` ("Gezondheid") is health data in the regisseur PDF.

Like a health appointment or a contact about health, it reaches the PDF only with an active
`health_in_summary` consent; without it neither its theme nor its text is shown.
"""

from __future__ import annotations

from datetime import date

from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.exports import regisseur_report as rr
from tests.unit.test_regisseur_report import END, START, TODAY, text_of

SECRET = "CANARY-HEALTH-SIGNAL-TEXT"


def _newcomer_with_health_signal(case):
    person = case.newcomers.add(Newcomer("Amal Idris", route="b1"))
    day = date(2026, 3, 12)
    case.entries.add(Entry(person.id, "signal", day, "health", text=SECRET, shareable=True))
    case.entries.add(Entry(person.id, "signal", day, "childcare", text="opvang", shareable=True))
    case.consents.add(Consent(person.id, "regisseur_summary", date(2026, 1, 10)))
    return person


def test_without_health_consent_a_health_signal_stays_out_of_the_pdf(case):
    person = _newcomer_with_health_signal(case)
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    text = text_of(rr.render(plan))
    assert "Kinderopvang" in text  # the other signal is there: the check can see signals
    assert "Gezondheid" not in text and SECRET not in text


def test_with_health_consent_the_health_signal_is_shown(case):
    person = _newcomer_with_health_signal(case)
    case.consents.add(Consent(person.id, "health_in_summary", date(2026, 1, 10)))
    plan = rr.plan_report(case, person.id, START, END, today=TODAY)
    text = text_of(rr.render(plan))
    assert "Gezondheid" in text and SECRET in text
