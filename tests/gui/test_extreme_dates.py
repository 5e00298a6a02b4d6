"""A stored date at the end of the calendar (as an older version could import) makes no
list, view or header of the window fail: termijn arithmetic is clamped."""

from __future__ import annotations

from datetime import date

import pytest

from sleutelapp.domain.model import Entry, Newcomer
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def test_the_window_shows_a_newcomer_with_a_termijn_start_of_9999(window):
    case = window.session.case
    person = case.newcomers.add(Newcomer("Verre Toekomst", termijn_start=date(2025, 1, 1)))
    task = case.entries.add(Entry(person.id, "task", date(2026, 12, 31), text="ooit"))
    with case.transaction() as conn:  # as an old file could hold it: not validated
        conn.execute(
            "UPDATE newcomer SET termijn_start = '9999-12-31', "
            "extensions = '[{\"months\": 60}]' WHERE id = ?",
            (person.id,),
        )
        conn.execute("UPDATE entry SET date = '9999-12-31' WHERE id = ?", (task.id,))
    window.reload_all()
    window.show_today()
    window.select_newcomer(person.id)
    assert window.newcomers.rowCount() == 1
    assert "9999" in window.newcomer_view.ui.termijnLabel.text()
