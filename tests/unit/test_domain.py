"""Domain rules: vocabularies, validation and the Wi2021 termijn."""

from datetime import date

import pytest

from sleutelapp.domain import vocab, wi2021
from sleutelapp.domain.model import Consent, Entry, Extension, InvalidRecord, Newcomer


def test_every_code_has_a_dutch_and_an_english_label():
    for vocabulary in (
        vocab.ROUTES,
        vocab.KINDS,
        vocab.CHANNELS,
        vocab.TOPICS,
        vocab.APPOINTMENT_TYPES,
        vocab.APPOINTMENT_STATUS,
        vocab.ACTIVITY_TYPES,
        vocab.SIGNAL_THEMES,
        vocab.SIGNAL_STATUS,
        vocab.TASK_STATUS,
        vocab.CONSENT_PURPOSES,
        vocab.CONSENT_HOW,
    ):
        for term in vocabulary:
            dutch, english = term.label("nl"), term.label("en")
            assert dutch and english and dutch != term.code, (vocabulary.name, term.code)


def test_vocabularies_match_the_design():
    assert vocab.ROUTES.codes == ("b1", "education", "z", "unknown")
    assert vocab.KINDS.codes == ("contact", "appointment", "activity", "note", "signal", "task")
    assert set(vocab.HEALTH_APPOINTMENT_TYPES) <= set(vocab.APPOINTMENT_TYPES.codes)
    assert "map" in vocab.ACTIVITY_TYPES


def test_termijn_end_adds_three_years_and_extensions():
    start = date(2024, 1, 31)
    assert wi2021.termijn_end(start) == date(2027, 1, 31)
    assert wi2021.termijn_end(start, [Extension(1), Extension(6)]) == date(2027, 8, 31)
    assert wi2021.termijn_end(date(2024, 2, 29), [Extension(12)]) == date(2028, 2, 29)
    assert wi2021.termijn_end(date(2023, 5, 31), [Extension(1)]) == date(2026, 6, 30)
    assert wi2021.termijn_end(None) is None


def test_days_left_and_warning_window():
    end = date(2027, 3, 1)
    assert wi2021.days_left(end, date(2027, 2, 1)) == 28
    assert wi2021.ends_soon(end, date(2026, 9, 2))
    assert not wi2021.ends_soon(end, date(2026, 8, 31))


def test_progress_against_route_norms():
    rows = wi2021.progress("z", {"language_cafe": 100, "volunteering": 40.5, "map": 50})
    by_component = {r.norm.component: r for r in rows}
    assert by_component["language"].hours == 100
    assert by_component["participation"].hours == 40.5
    assert by_component["map"].fraction == 1.0
    assert wi2021.progress("unknown", {"map": 5}) == []


def test_health_appointment_keeps_logistics_only():
    entry = Entry(
        "n",
        "appointment",
        date(2026, 1, 1),
        "hospital",
        text="diagnose X",
        location="AMC",
        accompanied=True,
    ).validated()
    assert entry.text == "" and entry.location == "AMC" and entry.accompanied
    assert entry.status == "planned"


def test_validation_names_the_field():
    with pytest.raises(InvalidRecord, match=r"^kind"):
        Entry("n", "party", date(2026, 1, 1)).validated()
    with pytest.raises(InvalidRecord, match=r"^type"):
        Entry("n", "contact", date(2026, 1, 1), "pigeon").validated()
    with pytest.raises(InvalidRecord, match=r"^name"):
        Newcomer(name="   ").validated()
    with pytest.raises(InvalidRecord, match=r"^topics"):
        Entry("n", "note", date(2026, 1, 1), topics=("health",)).validated()
    with pytest.raises(InvalidRecord, match=r"^withdrawn_on"):
        Consent("n", "reporting", date(2026, 2, 1), withdrawn_on=date(2026, 1, 1)).validated()


def test_nul_bytes_are_removed_and_huge_text_refused():
    entry = Entry("n", "note", date(2026, 1, 1), text="a\x00b").validated()
    assert entry.text == "ab"
    with pytest.raises(InvalidRecord, match=r"^text"):
        Entry("n", "note", date(2026, 1, 1), text="x" * 2_000_001).validated()


def test_status_and_closing_date_must_agree():
    """A closed newcomer without a closing date would never be purged; an active one with
    a date would be purged while still being helped: both are refused, not guessed."""
    closed = Newcomer(name="A", status="closed", closed_on=date(2026, 1, 2)).validated()
    assert closed.closed_on == date(2026, 1, 2)
    with pytest.raises(InvalidRecord, match=r"^closed_on: is required"):
        Newcomer(name="A", status="closed").validated()
    with pytest.raises(InvalidRecord, match=r"^closed_on: must be empty"):
        Newcomer(name="A", closed_on=date(2020, 1, 1)).validated()


def test_text_with_lone_surrogates_is_refused_with_the_field_named():
    with pytest.raises(InvalidRecord, match=r"^text: holds characters that are not valid text"):
        Entry("n", "note", date(2026, 1, 1), text="a\ud83db").validated()
    with pytest.raises(InvalidRecord, match=r"^name"):
        Newcomer(name="Amal \udcff").validated()
    assert Entry("n", "note", date(2026, 1, 1), text="😀 ok").validated().text == "😀 ok"
