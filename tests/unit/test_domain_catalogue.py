"""Issue 14: the domain's labels, reasons, settings and counted nouns come from the
catalogues. English is the source; every text has its (reviewed) Dutch translation."""

from __future__ import annotations

from datetime import date

import pytest

from sleutelapp.domain import anonymity, passphrase, privacy, summary_sequence, vocab, wi2021
from sleutelapp.domain.settings import SETTINGS
from sleutelapp.domain.textguard import KIND_LABELS, describe, scan
from sleutelapp.domain.wording import NOUNS, count_of, short_date
from sleutelapp.language import catalogue

VOCABULARIES = [
    value
    for module in (vocab, wi2021, summary_sequence)
    for value in vars(module).values()
    if isinstance(value, vocab.Vocabulary)
]
TERMS = [
    *(term for vocabulary in VOCABULARIES for term in vocabulary),
    *(term for items in wi2021.EXTENSION_EVIDENCE.values() for term in items),
]


def dutch(context: str, source: str) -> str | None:
    return catalogue("nl").find(context, source)


def test_the_vocabularies_are_found():
    names = {v.name for v in VOCABULARIES}
    assert {"route", "kind", "appointment_type", "extension_reason", "period_kind"} <= names
    assert len(TERMS) > 90


@pytest.mark.parametrize("term", TERMS, ids=lambda t: f"{t.context}:{t.code}")
def test_every_term_has_dutch_and_english_is_its_source(term):
    assert dutch(term.context, term.source), "no Dutch translation in sleutelapp_nl.ts"
    assert term.label("nl") == dutch(term.context, term.source)
    assert term.label("en") == term.source


def test_one_context_per_vocabulary():
    for vocabulary in VOCABULARIES:
        assert {t.context for t in vocabulary} == {f"vocab.{vocabulary.name}"}, vocabulary.name


def test_labels_keep_their_reviewed_dutch_wording():
    assert vocab.ROUTES.label("b1") == "B1-route"
    assert vocab.ROUTES.label("b1", "en") == "B1 route"
    assert vocab.APPOINTMENT_TYPES.label("mental_health") == "GGZ"
    assert vocab.ACTIVITY_TYPES.label("map", "nl") == "MAP (praktijkdeel)"
    assert wi2021.COMPONENTS.label("map") == "MAP praktijkdeel"
    assert vocab.TOPICS.label("unknown_code") == "unknown_code"  # a code from a newer version


@pytest.mark.parametrize("reason", privacy.REASONS.values(), ids=lambda r: r.code)
def test_every_reason_has_dutch_and_english_is_its_source(reason):
    assert dutch("ReportReason", reason.source)
    assert reason.label("nl") == dutch("ReportReason", reason.source) != reason.source
    assert reason.label("en") == reason.source


def test_a_reason_reads_as_before():
    reason = privacy.REASONS["health_without_consent"]
    assert reason.label("nl") == "Gezondheid, geen toestemming"
    assert reason.label("en") == "Health, no consent"


@pytest.mark.parametrize("setting", SETTINGS.values(), ids=lambda s: s.key)
def test_every_setting_label_has_dutch_and_english_is_its_source(setting):
    assert dutch("Setting", setting.source)
    assert setting.label("nl") == dutch("Setting", setting.source) != setting.source
    assert setting.label("en") == setting.source


def test_textguard_summary_table_and_passphrase_texts_have_dutch():
    for source in KIND_LABELS.values():
        assert dutch("TextGuard", source)
    for spec in anonymity.TABLES:
        assert spec.title("nl") != spec.title("en") == spec.source
        assert spec.explain("nl") != spec.explain("en") == spec.explain_source
    for source in passphrase.STRENGTH_LABELS:
        assert dutch("PassphraseStrength", source)
    text = "bel 06-12345678"
    assert describe(scan(text), "nl") == ["een telefoonnummer"]
    assert describe(scan(text), "en") == ["a phone number"]


@pytest.mark.parametrize(
    ("noun", "dutch_forms", "english_forms"),
    [
        (
            "newcomer",
            ("0 nieuwkomers", "1 nieuwkomer", "2 nieuwkomers"),
            ("0 newcomers", "1 newcomer", "2 newcomers"),
        ),
        (
            "entry",
            ("0 onderdelen", "1 onderdeel", "2 onderdelen"),
            ("0 entries", "1 entry", "2 entries"),
        ),
        ("day", ("0 dagen", "1 dag", "2 dagen"), ("0 days", "1 day", "2 days")),
        (
            "disclosure",
            ("0 keer gedeeld", "1 keer gedeeld", "2 keer gedeeld"),
            ("0 disclosures", "1 disclosure", "2 disclosures"),
        ),
    ],
)
def test_a_plural_reads_right_for_zero_one_and_two(noun, dutch_forms, english_forms):
    assert tuple(count_of(n, noun, "nl") for n in (0, 1, 2)) == dutch_forms
    assert tuple(count_of(n, noun, "en") for n in (0, 1, 2)) == english_forms


@pytest.mark.parametrize("noun", sorted(NOUNS))
def test_every_counted_noun_has_both_forms_in_dutch_and_english(noun):
    for code in ("nl", "en"):
        one, two = count_of(1, noun, code), count_of(2, noun, code)
        assert one.startswith("1 ") and two.startswith("2 ")
        assert "(" not in one + two, "a plural form is missing from the catalogue"


def test_an_unknown_noun_is_a_bug_not_a_wrong_text():
    with pytest.raises(KeyError):
        count_of(2, "nieuwkomer", "nl")


def test_periods_and_dates_read_in_each_language():
    assert anonymity.parse_period("2026-Q3").label("nl") == "3e kwartaal 2026"
    assert anonymity.parse_period("2026-Q3").label("en") == "Q3 2026"
    assert anonymity.parse_period("2026-05").label("nl") == "mei 2026"
    assert anonymity.parse_period("2026-05").label("en") == "May 2026"
    assert short_date(date(2026, 5, 1)) == "1 mei 2026"
    assert short_date(date(2026, 5, 1), "en") == "1 May 2026"


def test_a_refused_summary_says_why_in_the_language_asked():
    state = summary_sequence.SequenceState("quarter", None, {})
    with pytest.raises(summary_sequence.SummaryNotAllowed) as refused:
        summary_sequence.check_request(anonymity.parse_period("2026-05"), state, date(2027, 1, 1))
    assert refused.value.code == "other_period_kind"
    assert refused.value.message("nl").startswith("dit dossier maakt samenvattingen per kwartaal")
    assert refused.value.message("en").startswith("this case file makes summaries per quarter")
    assert "een maand kan niet" in refused.value.message("nl")
