"""Eligibility hints for a DUO extension request: one rules table, each rule around its
boundary (the day before, on and after), and the request record's own validation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sleutelapp.domain import wi2021
from sleutelapp.domain.model import ExtensionRequest, InvalidRecord

START = date(2024, 3, 15)
END = wi2021.termijn_end(START)  # 2027-03-15
TWO_AND_A_HALF_YEARS = date(2026, 9, 15)
WINDOW_OPENS = date(2026, 9, 15)  # 6 months before the end


def hints(reason, day, *, start=START, end=END, others=()):
    context = wi2021.RequestContext(reason, day, start, end, tuple(others))
    return [h.rule for h in wi2021.extension_hints(context)]


@pytest.mark.parametrize("reason", ["own_illness", "family_illness", "family_death"])
@pytest.mark.parametrize(
    ("day", "too_early"),
    [
        (TWO_AND_A_HALF_YEARS - timedelta(days=1), True),
        (TWO_AND_A_HALF_YEARS, False),
        (TWO_AND_A_HALF_YEARS + timedelta(days=1), False),
    ],
)
def test_illness_and_death_need_a_termijn_that_ran_two_and_a_half_years(reason, day, too_early):
    assert ("started_2_5_years_ago" in hints(reason, day)) is too_early
    assert "ends_within_6_months" not in hints(reason, day)


@pytest.mark.parametrize("reason", ["education", "no_blame"])
@pytest.mark.parametrize(
    ("day", "too_early"),
    [
        (WINDOW_OPENS - timedelta(days=1), True),
        (WINDOW_OPENS, False),
        (WINDOW_OPENS + timedelta(days=1), False),
    ],
)
def test_education_and_no_blame_need_a_termijn_ending_within_six_months(reason, day, too_early):
    assert ("ends_within_6_months" in hints(reason, day)) is too_early


def test_the_six_month_window_follows_a_granted_extension():
    end = wi2021.termijn_end(START, [ExtensionRequest("n", "own_illness", months=6).as_extension()])
    assert end == date(2027, 9, 15)
    assert "ends_within_6_months" in hints("education", WINDOW_OPENS, end=end)
    assert "ends_within_6_months" not in hints("education", date(2027, 3, 15), end=end)


@pytest.mark.parametrize("day", [START, WINDOW_OPENS - timedelta(days=1), END])
def test_considerable_effort_has_no_date_rule(day):
    assert hints("effort", day) == []


def test_the_hint_says_from_which_day_and_names_its_source():
    context = wi2021.RequestContext("own_illness", START, START, END)
    [hint] = wi2021.extension_hints(context)
    assert hint.possible_from == TWO_AND_A_HALF_YEARS
    assert "15-09-2026" in hint.text("nl") and "15-09-2026" in hint.text("en")
    assert "Wet inburgering 2021 art. 12" in hint.source


def test_every_rule_names_its_source():
    for rule in wi2021.EXTENSION_RULES:
        assert "Wet inburgering 2021" in rule.source or "Besluit inburgering 2021" in rule.source


def granted(reason):
    return ExtensionRequest(
        "n",
        reason,
        sent_on=date(2026, 1, 1),
        outcome="granted",
        months=6,
        decided_on=date(2026, 2, 1),
    )


@pytest.mark.parametrize("reason", ["own_illness", "family_illness", "family_death", "education"])
def test_the_same_period_is_not_extended_twice(reason):
    day = END
    assert "not_twice" in hints(reason, day, others=[granted(reason)])
    other = "effort" if reason != "effort" else "education"
    assert "not_twice" not in hints(reason, day, others=[granted(other)])
    refused = ExtensionRequest(
        "n", reason, sent_on=date(2026, 1, 1), outcome="refused", decided_on=date(2026, 2, 1)
    )
    assert "not_twice" not in hints(reason, day, others=[refused])


def test_no_blame_may_come_again():
    assert "not_twice" not in hints("no_blame", END, others=[granted("no_blame")])


def test_one_request_at_a_time():
    pending = ExtensionRequest("n", "effort", sent_on=date(2026, 1, 1))
    assert "one_at_a_time" in hints("education", END, others=[pending])
    assert "one_at_a_time" not in hints("education", END, others=[granted("effort")])


def test_without_a_termijn_start_the_hint_asks_for_it():
    assert hints("effort", END, start=None, end=None) == ["termijn_start_known"]


def test_vandaag_window_and_decision_due():
    assert wi2021.request_window_opens(END) == WINDOW_OPENS
    assert wi2021.request_window_opens(None) is None
    assert wi2021.decision_due(date(2026, 12, 1)) == date(2027, 1, 26)


def test_evidence_checklist_per_reason():
    for term in wi2021.EXTENSION_REASONS:
        if term.code != wi2021.EARLIER_REASON:
            assert wi2021.evidence_for(term.code), term.code
    assert wi2021.evidence_for(wi2021.EARLIER_REASON) == ()


def test_a_request_keeps_only_known_evidence_ticks():
    ok = ExtensionRequest(
        "n",
        "family_death",
        sent_on=date(2026, 1, 1),
        evidence=("death_certificate", "death_certificate"),
    ).validated()
    assert ok.evidence == ("death_certificate",)
    with pytest.raises(InvalidRecord, match="evidence"):
        ExtensionRequest(
            "n", "family_death", sent_on=date(2026, 1, 1), evidence=("doctor_statement",)
        ).validated()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reason": "holiday"}, "reason"),
        ({"sent_on": None}, "sent_on"),
        ({"outcome": "granted", "months": 0, "decided_on": date(2026, 2, 1)}, "months"),
        ({"outcome": "granted", "months": 61, "decided_on": date(2026, 2, 1)}, "months"),
        ({"outcome": "granted", "months": 6}, "decided_on"),
        ({"outcome": "refused", "decided_on": date(2025, 12, 31)}, "decided_on"),
        ({"decided_on": date(2026, 2, 1)}, "decided_on"),
        ({"outcome": "maybe"}, "outcome"),
    ],
)
def test_a_request_that_breaks_a_rule_is_refused_with_its_field(changes, field):
    base = {"newcomer_id": "n", "reason": "effort", "sent_on": date(2026, 1, 1)}
    with pytest.raises(InvalidRecord) as caught:
        ExtensionRequest(**{**base, **changes}).validated()
    assert caught.value.field_name == field


def test_a_refused_request_adds_no_months():
    refused = ExtensionRequest(
        "n",
        "effort",
        sent_on=date(2026, 1, 1),
        outcome="refused",
        months=6,
        decided_on=date(2026, 2, 1),
    ).validated()
    assert refused.months == 0
    assert wi2021.extensions_from_requests([refused]) == ()
