"""Due regisseur reports in the GUI: Vandaag names them, the dialog makes the ticked ones
into one folder by keyboard (one file and one disclosure each), the schedule is chosen in
the settings and per newcomer."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.store import report_schedules
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

TODAY = date(2026, 10, 15)  # last complete quarter: Q3 2026; last complete month: September


@pytest.fixture
def people(case):
    """Ahmad (quarter), Yara (her own monthly schedule), Tesfay (quarter); Omar has no consent."""
    made = {}
    for name, known_as, ref in (
        ("Ahmad Karimi", "Ahmad", ""),
        ("Yara Haddad", "", "INB-7"),
        ("Tesfay Gebremedhin", "", ""),
    ):
        n = case.newcomers.add(Newcomer(name, known_as=known_as, municipality_ref=ref))
        case.consents.add(Consent(n.id, "regisseur_summary", date(2026, 1, 5)))
        case.entries.add(
            Entry(n.id, "appointment", date(2026, 9, 10), "municipality", status="done")
        )
        made[name] = n
    made["Omar Darwish"] = case.newcomers.add(Newcomer("Omar Darwish"))
    report_schedules.set_own_schedule(case, made["Yara Haddad"].id, "month")
    return made


@pytest.fixture
def dialog(qtbot, case, people, dutch, monkeypatch, tmp_path):
    from sleutelapp.gui import due_reports_dialog

    shown = []
    monkeypatch.setattr(due_reports_dialog, "_documents", lambda: tmp_path / "Documenten")
    monkeypatch.setattr(
        due_reports_dialog, "_inform", lambda parent, title, text, **kw: shown.append(text)
    )
    (tmp_path / "Documenten").mkdir()
    made = due_reports_dialog.DueReportsDialog(None, case, today=TODAY)
    made.shown = shown
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def rows(model):
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password:
        assert reader.is_encrypted
        reader.decrypt(password)
    return "\n".join(p.extract_text() for p in reader.pages)


def select_all_and_type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_lists_every_due_report_with_its_period_and_file(dialog, qtmodeltester, people):
    qtmodeltester.check(dialog.model, force_py=True)
    table = rows(dialog.model)
    assert [r[:2] for r in table] == [
        ["Ahmad", "3e kwartaal 2026"],
        ["Tesfay Gebremedhin", "3e kwartaal 2026"],
        ["Yara Haddad", "september 2026"],
    ]
    assert table[2][2] == "rapport-regisseur-INB-7-2026-09.pdf"
    assert all("Karimi" not in r[2] for r in table)
    assert dialog.ui.statusLabel.text() == "3 van 3 rapporten aangevinkt."
    # the first row is previewed: its own report, for its own period
    assert dialog.pdf is not None
    text = pdf_text(dialog.pdf)
    assert "Ahmad Karimi" in text and "Yara" not in text


def test_preview_follows_the_current_row(qtbot, dialog):
    view = dialog.ui.dueView
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert "Yara Haddad" in pdf_text(dialog.pdf)


def test_makes_the_ticked_reports_by_keyboard(qtbot, dialog, case, people, tmp_path):
    view = dialog.ui.dueView
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # Tesfay
    qtbot.keyClick(view, Qt.Key.Key_Space)  # untick: stays due
    assert dialog.ui.statusLabel.text() == "2 van 3 rapporten aangevinkt."
    folder = tmp_path / "rapporten"
    folder.mkdir()
    select_all_and_type(qtbot, dialog.ui.folderEdit, str(folder))
    qtbot.keyClick(dialog.ui.folderEdit, Qt.Key.Key_Tab)  # the Choose button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.recipientEdit
    qtbot.keyClicks(dialog.ui.recipientEdit, "Mw. De Vries")
    qtbot.keyClick(dialog.ui.recipientEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.passwordEdit, "een wachtwoord")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)

    assert dialog.result() == dialog.DialogCode.Accepted
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        f"rapport-regisseur-AK-{people['Ahmad Karimi'].id.replace('-', '')[:6]}-2026-Q3.pdf",
        "rapport-regisseur-INB-7-2026-09.pdf",
    ]
    ahmad = pdf_text((folder / names[0]).read_bytes(), "een wachtwoord")
    assert "Ahmad Karimi" in ahmad and "Mw. De Vries" in ahmad
    register = {d.newcomer_id: d for d in case.disclosures.all()}
    assert set(register) == {people["Ahmad Karimi"].id, people["Yara Haddad"].id}
    yara = register[people["Yara Haddad"].id]
    assert (yara.period_from, yara.period_to) == (date(2026, 9, 1), date(2026, 9, 30))
    assert yara.recipient == "Mw. De Vries"
    assert [d.name for d in report_schedules.due(case, TODAY)] == ["Tesfay Gebremedhin"]
    assert "2 rapporten opgeslagen" in dialog.shown[0]


def test_a_refused_folder_writes_nothing(qtbot, dialog, case, case_paths):
    select_all_and_type(qtbot, dialog.ui.folderEdit, str(case_paths.data))
    qtbot.keyClick(dialog.ui.folderEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "map van het dossier" in dialog.shown[0]
    assert case.disclosures.all() == []
    assert dialog.model.rowCount() == 3


def test_nothing_due_disables_making(qtbot, case, dutch, monkeypatch, tmp_path):
    from sleutelapp.gui import due_reports_dialog

    monkeypatch.setattr(due_reports_dialog, "_documents", lambda: tmp_path)
    made = due_reports_dialog.DueReportsDialog(None, case, today=TODAY)
    qtbot.addWidget(made)
    assert made.model.rowCount() == 0
    assert not made._make_button().isEnabled()
    assert "Er hoeft nu niets" in made.ui.statusLabel.text()


def test_vandaag_names_due_reports_and_opens_the_dialog(qtbot, case, people, dutch):
    from sleutelapp.gui.today_view import TodayView

    view = TodayView()
    qtbot.addWidget(view)
    view.reload(case, TODAY)
    texts = view.tasks.texts()
    assert "Rapport 3e kwartaal 2026 voor Ahmad nog niet gemaakt" in texts
    assert "Rapport september 2026 voor Yara Haddad nog niet gemaakt" in texts
    assert not any("Omar" in t for t in texts)
    with qtbot.waitSignal(view.open_due_reports, timeout=1000):
        view._activated(view.tasks.index(texts.index(texts[0]), 0))


def test_schedule_setting_chosen_by_keyboard(qtbot, window):
    dialog = window.actions.settings()
    combo = dialog.ui.reportScheduleCombo
    assert combo.currentData() == "quarter"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Elke maand"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert window.session.case.settings.get("report_schedule") == "month"


def test_own_schedule_chosen_in_the_newcomer_dialog(qtbot, window):
    case = window.session.case
    ahmad = case.newcomers.add(Newcomer("Ahmad Karimi"))
    window.operations.external_change()
    window.select_newcomer(ahmad.id)
    dialog = window.actions.edit_newcomer()
    combo = dialog.ui.reportScheduleCombo
    assert combo.currentText() == "Zoals in de instellingen (elk kwartaal)"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentText() == "Elke maand"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert report_schedules.own_schedule(case, ahmad.id) == "month"
    dialog = window.actions.edit_newcomer()
    combo = dialog.ui.reportScheduleCombo
    assert combo.currentData() == "month"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert report_schedules.own_schedule(case, ahmad.id) is None


def test_progress_shows_how_far_the_work_is(qtbot, monkeypatch, dutch):
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QProgressDialog

    from sleutelapp.gui import background

    seen = []

    class Recording(QProgressDialog):
        def setValue(self, value):
            seen.append((QThread.currentThread() is self.thread(), value, self.maximum()))
            super().setValue(value)

    monkeypatch.setattr(background, "QProgressDialog", Recording)

    def work(items, progress):
        for done in range(len(items) + 1):
            progress(done, len(items))
        return "klaar"

    assert background.run_with_steps(None, "Bezig", work, ["a", "b", "c"]) == "klaar"
    counted = [step for step in seen if step[2]]  # not the busy start, before the count
    assert counted == [(True, 0, 3), (True, 1, 3), (True, 2, 3), (True, 3, 3)]

    def broken(progress):
        raise ValueError("kapot")

    with pytest.raises(ValueError, match="kapot"):
        background.run_with_steps(None, "Bezig", broken)


def test_enter_on_a_vandaag_row_and_the_menu_open_the_dialog(qtbot, window, monkeypatch):
    from sleutelapp.gui import due_reports_dialog

    case = window.session.case
    ahmad = case.newcomers.add(Newcomer("Ahmad Karimi", known_as="Ahmad"))
    case.consents.add(Consent(ahmad.id, "regisseur_summary", date(2020, 1, 1)))
    opened = []
    monkeypatch.setattr(
        due_reports_dialog, "open_due_reports_dialog", lambda *args: opened.append(args)
    )
    window.reload_all()  # the newcomer was added past the operations layer
    window.show_today()
    tasks = window.today_view.ui.tasksList
    texts = window.today_view.tasks.texts()
    row = next(i for i, t in enumerate(texts) if t.startswith("Rapport ") and "Ahmad" in t)
    tasks.setFocus()
    tasks.setCurrentIndex(window.today_view.tasks.index(row, 0))
    qtbot.keyClick(tasks, Qt.Key.Key_Return)
    assert opened == [(window, case)]
    window.ui.actionDueReports.trigger()
    assert len(opened) == 2


def test_a_typed_folder_name_is_a_folder_in_documents(qtbot, dialog, case, tmp_path):
    assert dialog.ui.folderEdit.text() == str(tmp_path / "Documenten")
    (tmp_path / "Documenten" / "rapporten").mkdir()
    select_all_and_type(qtbot, dialog.ui.folderEdit, "rapporten")
    qtbot.keyClick(dialog.ui.folderEdit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(list((tmp_path / "Documenten" / "rapporten").iterdir())) == 3
    assert len(case.disclosures.all()) == 3


def test_a_missing_folder_is_named_and_nothing_is_written(qtbot, dialog, case, tmp_path):
    select_all_and_type(qtbot, dialog.ui.folderEdit, str(tmp_path / "bestaat-niet"))
    qtbot.keyClick(dialog.ui.folderEdit, Qt.Key.Key_Return)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "bestaat niet" in dialog.shown[0]
    assert case.disclosures.all() == [] and not (tmp_path / "bestaat-niet").exists()
