"""Retention: closed newcomers past the retention period are listed, then erased."""

from __future__ import annotations

from datetime import date

from sleutelapp.domain.model import Disclosure, Entry, Newcomer
from sleutelapp.store import retention


def closed(case, name, on):
    n = case.newcomers.add(Newcomer(name=name))
    case.entries.add(Entry(n.id, "note", on, text=f"notitie {name}"))
    return case.newcomers.close(n.id, on=on)


def test_due_lists_only_closed_newcomers_past_the_setting(case):
    closed(case, "Lang Geleden", date(2024, 1, 10))
    closed(case, "Net Afgesloten", date(2025, 6, 1))
    case.newcomers.add(Newcomer(name="Nog Actief"))
    today = date(2025, 7, 1)
    assert [n.name for n in retention.due(case, today)] == ["Lang Geleden"]
    case.settings.set("retention_months", 1)
    assert [n.name for n in retention.due(case, today)] == ["Lang Geleden", "Net Afgesloten"]


def test_purge_erases_the_confirmed_ones_and_returns_their_disclosures(case):
    old = closed(case, "Lang Geleden", date(2024, 1, 10))
    other = closed(case, "Ook Oud", date(2024, 2, 10))
    case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            recipient="Gemeente X",
            period_from=None,
            period_to=None,
            purpose="regie",
            newcomer_id=old.id,
            sha256="0" * 64,
        )
    )
    case.newcomers.reopen(other.id)  # reopened after the list was shown: must stay
    erased = retention.purge(case, date(2025, 7, 1), only={old.id, other.id})
    assert [e.newcomer_id for e in erased] == [old.id]
    assert [d.recipient for d in erased[0].disclosures] == ["Gemeente X"]
    assert not case.newcomers.exists(old.id) and case.newcomers.exists(other.id)
    assert case.entries.count_for(old.id) == 0
    assert case.disclosures.all()[0].recipient == "Gemeente X"  # that it happened stays
    assert case.disclosures.all()[0].newcomer_id is None
    assert case.audit.events(1)[0].action == "purge"


def test_purge_with_nobody_due_changes_nothing(case):
    closed(case, "Net Afgesloten", date(2025, 6, 1))
    before = case.audit.events(1)
    assert retention.purge(case, date(2025, 7, 1)) == []
    assert case.audit.events(1) == before
