"""Screenshots of the main window, Vandaag and every entry dialog, in Dutch, at 1280×800
and 1024×700: saved as PNG (SLEUTELAPP_SCREENSHOT_DIR keeps them) and checked for text
that does not fit its widget."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from tests.conftest import PASSPHRASE
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

SIZES = [(1280, 800), (1024, 700)]
KINDS = ("contact", "appointment", "activity", "note", "signal", "task")


def cut_off(root) -> list[str]:
    """Visible labels and buttons whose text needs more room than they got."""
    problems = []
    for widget in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        if not widget.isVisibleTo(root) or not widget.text() or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(
                    f"{widget.objectName()}: needs {needed}px height, has {widget.height()}"
                )
        elif widget.minimumSizeHint().width() > widget.width() + 1:
            problems.append(
                f"{widget.objectName()} '{widget.text()}': needs "
                f"{widget.minimumSizeHint().width()}px, has {widget.width()}"
            )
        elif widget.minimumSizeHint().height() > widget.height() + 1:
            problems.append(
                f"{widget.objectName()}: needs {widget.minimumSizeHint().height()}"
                f"px height, has {widget.height()}"
            )
    return problems


@pytest.fixture
def demo_window(window_factory, case_paths):
    from sleutelapp.domain.demo import generate
    from sleutelapp.store.bulk import insert_all
    from sleutelapp.store.case import Case

    case = Case.open(case_paths, PASSPHRASE)
    data = generate(newcomers=20, entries_per=25, seed=1)
    insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    made = window_factory()
    made.open_case(case)
    return made


def save(widget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SLEUTELAPP_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_screens_fit_in_dutch(demo_window, qtbot, tmp_path, size):
    window = demo_window
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    tag = f"{size[0]}x{size[1]}"

    window.show_today()
    assert window.today_view.ui.titleLabel.text() == "Vandaag"
    assert save(window, f"vandaag-{tag}", tmp_path).stat().st_size > 10_000
    assert cut_off(window) == []

    window.select_newcomer(window.newcomers.index(0).data(window.newcomers.IdRole))
    assert window.newcomer_view.timeline.rowCount() > 0
    save(window, f"hoofdvenster-{tag}", tmp_path)
    assert cut_off(window) == []

    for kind in KINDS:
        dialog = window.actions.open_entry_dialog(kind)
        qtbot.waitExposed(dialog)
        save(dialog, f"invoer-{kind}-{tag}", tmp_path)
        assert cut_off(dialog) == [], kind
        assert dialog.height() <= size[1] and dialog.width() <= size[0]
        dialog.reject()


def test_agenda_week_and_month_fit_in_dutch_at_1366x768(demo_window, qtbot, tmp_path):
    window = demo_window
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.size().width() == 1366)
    window.agenda.show()
    view = window.agenda.view
    for mode, name in (("week", "agenda-week"), ("month", "agenda-maand")):
        view.set_mode(mode)
        assert view.model.rowCount() > 0
        assert view.ui.titleLabel.text() == "Agenda"
        assert save(window, f"{name}-1366x768", tmp_path).stat().st_size > 10_000
        assert cut_off(window) == [], mode
