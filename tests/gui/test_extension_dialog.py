"""Asking DUO for more time, by keyboard: choose the reason, type the day it was sent,
tick the evidence gathered, save; later record DUO's decision and see the termijn end in
the header move. Hints from the rules table show while typing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sleutelapp.domain import wi2021
from sleutelapp.domain.model import Newcomer
from sleutelapp.gui.labels import format_date
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def focused():
    return QApplication.focusWidget()


def key(qtbot, which, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), which)


def type_date(qtbot, day: date) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), f"{day.day}-{day.month}-{day.year}")


@pytest.fixture
def nour(window):
    """A newcomer whose termijn ends in about five months."""
    case = window.session.case
    start = wi2021.add_months(date.today(), -31)
    n = case.newcomers.add(Newcomer(name="Nour Saleh", route="b1", termijn_start=start))
    window.select_newcomer(n.id)
    return n


def shown(qtbot, dialog):
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    return dialog


def test_request_then_decision_by_keyboard_moves_the_termijn_end(window, nour, qtbot):
    case = window.session.case
    old_end = wi2021.termijn_end(nour.termijn_start)
    assert format_date(old_end) in window.newcomer_view.ui.termijnLabel.text()
    dialog = shown(qtbot, window.actions.request_extension())
    assert focused() is dialog.ui.reasonCombo
    key(qtbot, Qt.Key.Key_Down, 4)  # "Geen schuld (…)"
    assert dialog.reason() == "no_blame"
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.sentEdit
    type_date(qtbot, date.today() - timedelta(days=400))  # long before the 6-month window
    assert "6 maanden" in dialog.ui.hintsLabel.text()
    assert "Besluit inburgering 2021" in dialog.ui.hintsLabel.text()
    sent = date.today() - timedelta(days=3)
    type_date(qtbot, sent)
    assert dialog.ui.hintsLabel.text() == ""  # within the window: no hint
    assert format_date(wi2021.decision_due(sent)) in dialog.ui.dueLabel.text()
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.evidence_boxes()["school_statement"]
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    [request] = case.extension_requests.for_newcomer(nour.id)
    assert (request.reason, request.sent_on, request.evidence, request.outcome) == (
        "no_blame",
        sent,
        ("school_statement",),
        "pending",
    )
    task = case.entries.get(request.task_id)
    assert (task.kind, task.date, task.status) == ("task", wi2021.decision_due(sent), "open")
    assert window.newcomer_view.extension_requests.rowCount() == 1

    # DUO's letter comes: six months granted.
    window.newcomer_view.ui.tabs.setCurrentWidget(window.newcomer_view.ui.extensionsTab)
    window.newcomer_view.ui.extensionsView.selectRow(0)
    dialog = shown(qtbot, window.actions.record_extension_decision())
    assert focused() is dialog.ui.outcomeCombo
    key(qtbot, Qt.Key.Key_Down)  # "Verleend"
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.monthsEdit
    qtbot.keyClicks(focused(), "6")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.decidedEdit
    type_date(qtbot, date.today())
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    decided = case.extension_requests.get(request.id)
    assert (decided.outcome, decided.months, decided.decided_on) == ("granted", 6, date.today())
    assert case.entries.get(request.task_id).status == "done"
    new_end = wi2021.add_months(nour.termijn_start, 42)
    header = window.newcomer_view.ui.termijnLabel.text()
    assert format_date(new_end) in header and format_date(old_end) not in header


def test_a_date_that_is_not_one_is_told_and_nothing_is_saved(window, nour, qtbot):
    dialog = shown(qtbot, window.actions.request_extension())
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "31-02-2026")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "31-02-2026" in dialog.ui.errorLabel.text()
    assert focused() is dialog.ui.sentEdit
    assert window.session.case.extension_requests.for_newcomer(nour.id) == []
    dialog.reject()


def test_months_granted_must_be_a_whole_number(window, nour, qtbot):
    from sleutelapp.domain.model import ExtensionRequest

    case = window.session.case
    window.operations.add_extension_request(
        ExtensionRequest(nour.id, "effort", sent_on=date.today() - timedelta(days=10))
    )
    window.newcomer_view.ui.extensionsView.selectRow(0)
    dialog = shown(qtbot, window.actions.record_extension_decision())
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "1,5")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "1 to 60" not in dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.text()
    assert focused() is dialog.ui.monthsEdit
    assert case.extension_requests.for_newcomer(nour.id)[0].outcome == "pending"
    dialog.reject()


def test_illness_hint_shows_from_which_day(window, qtbot):
    case = window.session.case
    start = date.today() - timedelta(days=100)
    n = case.newcomers.add(Newcomer(name="Early Start", termijn_start=start))
    window.select_newcomer(n.id)
    dialog = shown(qtbot, window.actions.request_extension())
    assert dialog.reason() == "own_illness"
    assert wi2021.add_months(start, 30).strftime("%d-%m-%Y") in dialog.ui.hintsLabel.text()
    dialog.reject()


def test_vandaag_says_an_extension_can_be_requested(window, nour, qtbot):
    window.reload_all()  # the fixture wrote past the operations layer
    window.show_today()
    texts = window.today_view.termijn.texts()
    opens = wi2021.request_window_opens(wi2021.termijn_end(nour.termijn_start))
    [row] = [t for t in texts if "Nour" in t]
    assert format_date(opens) in row


def test_extension_requests_model(qtmodeltester, case, dutch):
    from sleutelapp.domain.model import ExtensionRequest
    from sleutelapp.gui.models.extension_model import ExtensionRequestsModel

    n = case.newcomers.add(Newcomer(name="Model Test", termijn_start=date(2024, 1, 1)))
    first = case.extension_requests.add(
        ExtensionRequest(n.id, "family_death", sent_on=date(2026, 9, 1), evidence=("family_tie",))
    )
    case.extension_requests.record_decision(first.id, "granted", date(2026, 10, 1), months=3)
    case.extension_requests.add(ExtensionRequest(n.id, "effort", sent_on=date(2026, 11, 1)))
    model = ExtensionRequestsModel()
    model.reload(case, n.id)
    assert model.rowCount() == 2
    assert model.index(0, model.DECISION).data().startswith("Verleend: 3 maanden")
    assert model.index(0, model.EVIDENCE).data() == "1 van 2"
    assert model.index(1, model.EXPECTED).data() == format_date(date(2026, 12, 27))
    qtmodeltester.check(model, force_py=True)


def test_an_extension_recorded_earlier_opens_and_saves_unchanged(window, nour, qtbot):
    from sleutelapp.domain.model import ExtensionRequest

    case = window.session.case
    case.extension_requests.add_received(
        [ExtensionRequest(nour.id, "earlier", outcome="granted", months=6, note="ziekte")]
    )
    window.newcomer_view.refresh()
    window.newcomer_view.ui.extensionsView.selectRow(0)
    dialog = shown(qtbot, window.actions.record_extension_decision())
    assert not dialog.ui.evidenceBox.isVisible() and dialog.ui.decidedEdit.text() == ""
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    [kept] = case.extension_requests.for_newcomer(nour.id)
    assert (kept.reason, kept.months, kept.decided_on, kept.note) == ("earlier", 6, None, "ziekte")


def _extension_dialog_texts(qtbot) -> dict[str, str]:
    from sleutelapp.gui.extension_dialog import ExtensionDialog

    start = wi2021.add_months(date.today(), -31)
    newcomer = Newcomer(name="Nour Saleh", route="b1", termijn_start=start)
    dialog = ExtensionDialog(None, None, newcomer)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    return {
        "title": dialog.windowTitle(),
        "newcomer": ui.newcomerLabel.text(),
        "reason": ui.reasonLabel.text(),
        "evidence": ui.evidenceBox.title(),
        "outcomes": " / ".join(ui.outcomeCombo.itemText(i) for i in range(ui.outcomeCombo.count())),
        "save": ui.buttonBox.button(ui.buttonBox.StandardButton.Save).text(),
        "cancel": ui.buttonBox.button(ui.buttonBox.StandardButton.Cancel).text(),
        "due": ui.dueLabel.text(),
    }


@pytest.mark.parametrize(
    ("code", "expected", "due"),
    [
        (
            "en",
            {
                "title": "Extension of the termijn",
                "newcomer": "Request an extension for Nour Saleh",
                "reason": "&Reason",
                "evidence": "Evidence gathered",
                "outcomes": "No decision yet / Granted / Refused",
                "save": "Save",
                "cancel": "Cancel",
            },
            ("DUO answers within 8 weeks: expected by ", "A task for that day is added."),
        ),
        (
            "nl",
            {
                "title": "Verlenging van de termijn",
                "newcomer": "Verlenging aanvragen voor Nour Saleh",
                "reason": "&Reden",
                "evidence": "Bewijs verzameld",
                "outcomes": "Nog geen besluit / Verleend / Afgewezen",
                "save": "Opslaan",
                "cancel": "Annuleren",
            },
            ("DUO antwoordt binnen 8 weken: uiterlijk ", "Er komt een taak voor die dag."),
        ),
    ],
    ids=["en", "nl"],
)
def test_the_extension_dialog_speaks_the_chosen_language(qtbot, qapp, dutch, code, expected, due):
    from sleutelapp.gui import i18n

    i18n.install(qapp, code)
    texts = _extension_dialog_texts(qtbot)
    assert {key: texts[key] for key in expected} == expected
    assert texts["due"].startswith(due[0]) and texts["due"].endswith(due[1])
