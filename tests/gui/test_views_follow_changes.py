"""Each view refreshes itself on exactly the kinds of change it shows (gui/operations.py
announces them), and writes made from dialogs reach the views without a refresh of
everything."""

from __future__ import annotations

import pytest

from sleutelapp.gui.operations import (
    CONSENT,
    DISCLOSURE,
    ENTRY,
    EVERYTHING,
    NEWCOMER,
    SETTINGS,
    Change,
)
from tests.gui.conftest import OFFSCREEN_NOISE, add_people

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

ALL_KINDS = (NEWCOMER, ENTRY, CONSENT, DISCLOSURE, SETTINGS)


def _kinds_that_refresh(window, monkeypatch, target, names, newcomer_id) -> set[str]:
    """Announce each kind alone for this newcomer; the kinds after which `target` refreshed."""
    refreshed: list[str] = []
    current: list[str] = []
    for name in names:
        monkeypatch.setattr(target, name, lambda *a, **k: refreshed.append(current[0]))
    kinds = set()
    for kind in ALL_KINDS:
        current[:] = [kind]
        refreshed.clear()
        window.operations.announce(Change.of(kind, newcomer_ids=(newcomer_id,)))
        if refreshed:
            kinds.add(kind)
    return kinds


def test_vandaag_follows_newcomers_entries_and_what_makes_reports_due(window, monkeypatch):
    # the reports due rest on consents and on what was shared (the register)
    (person,) = add_people(window.session.case, 1)
    window.show_today()
    view = window.today_view
    refreshed = _kinds_that_refresh(window, monkeypatch, view, ("reload", "reload_for"), person.id)
    assert refreshed == {NEWCOMER, ENTRY, CONSENT, DISCLOSURE}


def test_the_newcomer_view_follows_what_it_shows_of_the_newcomer_on_screen(window, monkeypatch):
    first, second = add_people(window.session.case, 2)
    window.select_newcomer(first.id)
    view = window.newcomer_view
    refreshed = _kinds_that_refresh(window, monkeypatch, view, ("refresh",), first.id)
    assert refreshed == {NEWCOMER, ENTRY, CONSENT, DISCLOSURE}
    # a change to someone else's entries leaves the page on screen alone
    assert _kinds_that_refresh(window, monkeypatch, view, ("refresh",), second.id) == set()


def test_the_newcomer_list_follows_newcomers_and_entries_only(window, monkeypatch):
    (person,) = add_people(window.session.case, 1)
    window.reload_list()
    refreshed = _kinds_that_refresh(
        window, monkeypatch, window, ("reload_list", "_refresh_list_row"), person.id
    )
    assert refreshed == {NEWCOMER, ENTRY}


def test_everything_refreshes_every_view(window, monkeypatch):
    (person,) = add_people(window.session.case, 1)
    window.select_newcomer(person.id)
    window.today_view.reload(window.session.case)
    seen = []
    monkeypatch.setattr(window.today_view, "reload", lambda *a: seen.append("today"))
    monkeypatch.setattr(window.newcomer_view, "refresh", lambda: seen.append("newcomer"))
    monkeypatch.setattr(window, "reload_list", lambda: seen.append("list"))
    window.operations.announce(Change.of(EVERYTHING))
    assert sorted(seen) == ["list", "newcomer", "today"]


def test_erasing_from_the_menu_updates_list_and_vandaag_by_itself(window, prompts):
    """No refresh-everything after the dialog: the erase operation says who is gone."""
    from sleutelapp.gui import safety_dialogs

    keep, gone = add_people(window.session.case, 2)
    window.reload_list()
    window.select_newcomer(gone.id)
    window.today_view.reload(window.session.case)
    assert window.newcomers.row_of(gone.id) >= 0
    prompts.confirm = True
    assert safety_dialogs.erase_newcomer(window, window.session.case, gone.id)
    assert window.newcomers.row_of(gone.id) < 0 and window.newcomers.row_of(keep.id) >= 0
    assert window.newcomer_view.newcomer is None  # the erased page is emptied
    shown = [
        window.today_view.appointments.index(r, 0).data()
        for r in range(window.today_view.appointments.rowCount())
    ]
    assert not any("Persoon 1" in (text or "") for text in shown)
    assert any("Persoon 0" in (text or "") for text in shown)


def test_a_saved_report_shows_on_the_gedeeld_tab_without_a_refresh_of_everything(
    window, prompts, tmp_path, monkeypatch
):
    from datetime import date, timedelta

    from sleutelapp.domain.model import Consent
    from sleutelapp.gui.report_dialog import ReportDialog

    case = window.session.case
    (person,) = add_people(case, 1)
    case.consents.add(
        Consent(newcomer_id=person.id, purpose="regisseur_summary", given_on=date.today())
    )
    window.select_newcomer(person.id)
    assert window.newcomer_view.disclosures.rowCount() == 0
    everything = []
    monkeypatch.setattr(window, "reload_list", lambda: everything.append("list"))
    dialog = ReportDialog(window, case, person.id, today=date.today() + timedelta(days=40))
    dialog.refresh()
    prompts.path = str(tmp_path / "rapport.pdf")
    dialog.save()
    dialog.deleteLater()
    assert dialog.saved is not None
    assert window.newcomer_view.disclosures.rowCount() == 1
    assert everything == []  # the list shows no disclosures: it was left alone
