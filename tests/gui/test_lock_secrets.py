"""Locking leaves no case data and no key behind: the data key buffer is overwritten, and
no record of the case (newcomers, entries, consents, disclosures, list rows) is reachable
from Python any more. Weak passphrases are refused in the first-start and change dialogs."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import Qt

from sleutelapp.domain import model
from sleutelapp.gui.models.today_model import TodayItem
from sleutelapp.paths import app_paths
from sleutelapp.store import calendar_queries, entries, newcomers
from tests.gui.conftest import OFFSCREEN_NOISE, add_people

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

CASE_RECORDS = (
    model.Newcomer,
    model.Entry,
    model.Consent,
    model.Disclosure,
    newcomers.NewcomerListItem,
    entries.AgendaItem,
    model.ExtensionRequest,
    TodayItem,
    calendar_queries.CalendarRow,
)


def live_case_records(ids: set[str]) -> list:
    """Records of this test's case still reachable (other tests may leave their own)."""
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, CASE_RECORDS) and ids & _ids_of(o)]


def _ids_of(record) -> set[str]:
    if isinstance(record, entries.AgendaItem):
        return {record.entry.newcomer_id}
    return {getattr(record, "id", ""), getattr(record, "newcomer_id", None) or ""}


def test_lock_overwrites_the_key_and_drops_every_record(window, qtbot):
    case = window.session.case
    ids = {p.id for p in add_people(case, 3)}
    case.extension_requests.add(
        model.ExtensionRequest(sorted(ids)[0], "own_illness", sent_on=date.today())
    )
    window.reload_all()
    window.select_newcomer(sorted(ids)[0])
    key = case._data_key
    assert any(key) and live_case_records(ids)  # the scan sees records while unlocked
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.is_open
    assert len(key) == 32 and not any(key)  # the very buffer that held it: zeros now
    del case
    assert live_case_records(ids) == []


@pytest.mark.parametrize("weak", ["12345678", "wachtwoord", "sleutelapp", "Wachtwoord2026!"])
def test_first_start_refuses_a_weak_passphrase_with_a_dutch_hint(
    window_factory, tmp_path, qtbot, weak
):
    paths = app_paths(tmp_path / "new-home")
    window = window_factory(paths)
    window.start()
    page = window.first_start
    qtbot.keyClicks(page.ui.passphraseEdit, weak)
    qtbot.keyClicks(page.ui.repeatEdit, weak)
    qtbot.keyClick(page.ui.repeatEdit, Qt.Key.Key_Return)
    assert "vier losse woorden" in page.ui.errorLabel.text()
    assert not paths.db.exists() and not paths.key.exists()


def test_change_passphrase_dialog_refuses_a_weak_one(window, qtbot, case_paths):
    from sleutelapp.gui.passphrase_dialog import PassphraseDialog

    before = case_paths.key.read_bytes()
    dialog = PassphraseDialog(window, window.session.case, window.kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.newEdit, "zonnebloem")
    qtbot.keyClicks(dialog.ui.repeatEdit, "zonnebloem")
    dialog.accept()
    assert "te makkelijk te raden" in dialog.ui.errorLabel.text()
    assert case_paths.key.read_bytes() == before


def test_the_passphrase_does_not_wait_in_the_field_while_unlocked(window_factory, qtbot):
    from tests.conftest import PASSPHRASE

    window = window_factory()
    window.start()
    page = window.unlock_page
    page.ui.passphraseEdit.setText(PASSPHRASE)  # QTest cannot type the emoji in it
    qtbot.keyClick(page.ui.passphraseEdit, Qt.Key.Key_Return)
    assert window.session.is_open
    assert page.ui.passphraseEdit.text() == ""
