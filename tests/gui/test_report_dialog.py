"""The regisseur report dialog: the preview is the saved file, the list says why, the
user can leave items out but not add forbidden ones, no consent means no save."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sleutelapp.domain.model import Consent, Entry, Newcomer
from tests.gui.conftest import OFFSCREEN_NOISE, Prompts

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

TODAY = date(2026, 4, 15)  # default period: March 2026
DAY = date(2026, 3, 12)


@pytest.fixture
def person(case):
    amal = case.newcomers.add(
        Newcomer("Amal Haddad", route="z", regisseur="Mw. De Vries", termijn_start=date(2025, 1, 1))
    )
    case.consents.add(Consent(amal.id, "regisseur_summary", date(2026, 1, 5)))
    case.entries.add(Entry(amal.id, "note", DAY, text="Gedeelde notitie", shareable=True))
    case.entries.add(Entry(amal.id, "note", DAY, text="PRIVATE-CANARY"))
    case.entries.add(Entry(amal.id, "appointment", DAY, "gp", location="Huisarts X"))
    case.entries.add(Entry(amal.id, "appointment", DAY, "school", status="done"))
    return amal


@pytest.fixture
def dialog(qtbot, case, person, dutch):
    from sleutelapp.gui.report_dialog import ReportDialog

    made = ReportDialog(None, case, person.id, today=TODAY)
    qtbot.addWidget(made)
    made.resize(1180, 760)
    made.show()
    qtbot.waitExposed(made)
    return made


def rows(model):
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def row_of(model, text):
    return next(r for r in range(model.rowCount()) if model.index(r, model.TEXT).data() == text)


def test_model_passes_the_model_tester(qtmodeltester, dialog):
    qtmodeltester.check(dialog.model)


def test_defaults_to_last_month_and_lists_every_item_with_its_reason(dialog):
    assert dialog.period() == (date(2026, 3, 1), date(2026, 3, 31))
    shown = rows(dialog.model)
    reasons = {r[dialog.model.TEXT] or r[dialog.model.WHAT]: r[dialog.model.REASON] for r in shown}
    assert reasons["PRIVATE-CANARY"] == "Privénotitie"
    assert reasons["Gedeelde notitie"] == "Deelbare notitie"
    assert reasons["Afspraak: Huisarts"] == "Gezondheid, geen toestemming"
    assert dialog.ui.recipientEdit.text() == "Mw. De Vries"
    assert dialog.document.pageCount() >= 1
    assert "2 van de 4 onderdelen" in dialog.ui.countsLabel.text()


def test_forbidden_items_cannot_be_checked(dialog):
    model = dialog.model
    index = model.index(row_of(model, "PRIVATE-CANARY"), model.INCLUDED)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.plan.decisions[index.row()].included is False


def test_leaving_out_an_item_updates_preview_and_saved_file(
    dialog, qtbot, case, person, tmp_path, monkeypatch
):

    model = dialog.model
    assert "Gedeelde notitie" in pdf_text(dialog.pdf)
    index = model.index(row_of(model, "Gedeelde notitie"), model.INCLUDED)
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: "Gedeelde notitie" not in pdf_text(dialog.pdf), timeout=3000)
    reason = model.index(row_of(model, "Gedeelde notitie"), model.REASON).data()
    assert reason == "Door u weggelaten"

    target = tmp_path / "out.pdf"
    Prompts(monkeypatch).path = str(target)
    previewed = dialog.pdf
    dialog.save()
    assert dialog.saved == target
    assert target.read_bytes() == previewed  # the preview is the file
    (row,) = case.disclosures.for_newcomer(person.id)
    assert row.sha256 == hashlib.sha256(previewed).hexdigest()
    assert len(row.entry_ids) == 1  # only the school appointment


def test_password_saves_an_encrypted_copy_of_the_preview(dialog, tmp_path, monkeypatch):

    target = tmp_path / "secret"
    Prompts(monkeypatch).path = str(target)
    dialog.ui.passwordEdit.setText("geheim wachtwoord")
    dialog.save()
    saved = tmp_path / "secret.pdf"
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("geheim wachtwoord")
    assert "Amal Haddad" in reader.pages[0].extract_text()


def test_without_consent_the_dialog_explains_and_cannot_save(qtbot, case, person, dutch):
    from PySide6.QtWidgets import QDialogButtonBox

    from sleutelapp.gui.report_dialog import ReportDialog

    (consent,) = case.consents.for_newcomer(person.id)
    case.consents.withdraw(consent.id, date(2026, 4, 1))
    made = ReportDialog(None, case, person.id, today=TODAY)
    qtbot.addWidget(made)
    assert "Toestemmingen" in made.ui.consentLabel.text()
    assert made.pdf is None and made.document.pageCount() == 0
    assert not made.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert {r[made.model.REASON] for r in rows(made.model)} >= {"Geen toestemming voor een rapport"}


def test_presets_change_the_period(dialog, qtbot):
    combo = dialog.ui.presetCombo
    combo.setCurrentIndex(combo.findData("quarter"))
    assert dialog.period() == (date(2026, 1, 1), date(2026, 3, 31))
    combo.setCurrentIndex(combo.findData("since_last"))  # no earlier report: stays
    assert dialog.period() == (date(2026, 1, 1), date(2026, 3, 31))


def test_screenshot(dialog, qtbot, tmp_path):
    """Kept for looking at the dialog (SLEUTELAPP_SCREENSHOTS=dir saves it)."""
    qtbot.wait(50)
    image = dialog.grab()
    assert image.width() > 800
    folder = os.environ.get("SLEUTELAPP_SCREENSHOTS")
    if folder:
        image.save(os.path.join(folder, "report_dialog.png"))


def test_a_period_typed_in_one_go_then_tab_is_that_period(dialog, qtbot):
    """The period is the shared date field: 1-3-2026 + Tab, 15-3-2026 + Tab."""
    from PySide6.QtWidgets import QApplication

    ui = dialog.ui
    ui.fromDate.setFocus()
    for typed in ("1-3-2026", "15-3-2026"):
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(focus, typed)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.recipientEdit
    assert dialog.period() == (date(2026, 3, 1), date(2026, 3, 15))
    assert (ui.fromDate.text(), ui.toDate.text()) == ("01-03-2026", "15-03-2026")
    assert ui.presetCombo.currentData() == "custom"
    dialog.refresh()
    assert dialog.pdf is not None


def test_a_period_date_that_is_not_a_date_is_told_and_not_saved(dialog, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    ui = dialog.ui
    ui.toDate.setFocus()
    qtbot.keyClick(ui.toDate.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.toDate.edit, "31-02-2026")
    qtbot.keyClick(ui.toDate.edit, Qt.Key.Key_Tab)
    assert "bestaat niet" in ui.toDate.problem_text()
    dialog.refresh()
    assert "dd-mm-jjjj" in ui.consentLabel.text()
    assert not ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()


SHOWN_IN = {
    "nl": {
        "title": "Rapport voor de regisseur",
        "newcomer": "Nieuwkomer: Amal Haddad",
        "period": "&Periode",
        "preset": "Vorige maand",
        "reason": "Reden",
        "included": "Mee",
        "consent": "Toestemming gegeven op",
        "counts": "2 van de 4 onderdelen gaan mee in het rapport.",
        "one": "1 van 1 onderdeel gaat mee in het rapport.",
        "save": "Opslaan…",
        "private": "Privénotitie",
    },
    "en": {
        "title": "Report for the regisseur",
        "newcomer": "Newcomer: Amal Haddad",
        "period": "&Period",
        "preset": "Last month",
        "reason": "Reason",
        "included": "In",
        "consent": "Consent given on",
        "counts": "2 of 4 entries go into the report.",
        "one": "1 of 1 entry goes into the report.",
        "save": "Save…",
        "private": "Private note",
    },
}


@pytest.mark.parametrize("code", SHOWN_IN)
def test_the_dialog_speaks_the_ui_language(qtbot, qapp, case, person, dutch, code):
    """Every text of the dialog, its form and its list comes from the UI language's
    catalogue, plurals included (a lost translation shows up here as English in Dutch)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from sleutelapp.gui import i18n
    from sleutelapp.gui.report_dialog import ReportDialog

    i18n.install(qapp, code)
    shown = SHOWN_IN[code]
    made = ReportDialog(None, case, person.id, today=TODAY)
    qtbot.addWidget(made)
    model = made.model
    assert made.windowTitle() == shown["title"]
    assert made.ui.newcomerLabel.text() == shown["newcomer"]
    assert made.ui.presetLabel.text() == shown["period"]
    assert made.ui.presetCombo.itemText(0) == shown["preset"]
    assert model.headerData(model.REASON, Qt.Orientation.Horizontal) == shown["reason"]
    row = row_of(model, "Gedeelde notitie")
    assert model.index(row, model.INCLUDED).data() == shown["included"]
    assert model.index(row_of(model, "PRIVATE-CANARY"), model.REASON).data() == shown["private"]
    assert made.ui.consentLabel.text().startswith(shown["consent"])
    assert made.ui.countsLabel.text() == shown["counts"]
    save = made.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == shown["save"]

    alone = case.newcomers.add(Newcomer("Amal Haddad", route="z", termijn_start=date(2025, 1, 1)))
    case.consents.add(Consent(alone.id, "regisseur_summary", date(2026, 1, 5)))
    case.entries.add(Entry(alone.id, "note", DAY, text="Enige notitie", shareable=True))
    single = ReportDialog(None, case, alone.id, today=TODAY)
    qtbot.addWidget(single)
    assert single.ui.countsLabel.text() == shown["one"]


@pytest.mark.parametrize("code", ["nl", "en"])
@pytest.mark.parametrize("screen", [(1280, 720), (1093, 614)], ids=["1280x720", "1093x614"])
def test_every_reason_can_be_read_whole_on_a_small_screen(
    qtbot, qapp, case, dutch, monkeypatch, code, screen
):
    """The reason column wraps instead of being cut off, without a sideways scroll, and
    its tooltip holds the whole reason."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtWidgets import QStyle

    from sleutelapp.gui import i18n, screen_fit
    from sleutelapp.gui.report_dialog import ReportDialog
    from tests.gui import screens

    monkeypatch.setattr(screen_fit, "available_size", lambda widget=None: QSize(*screen))
    i18n.install(qapp, code)
    made = ReportDialog(None, case, screens.fill(case))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    qtbot.wait(20)
    view, model = made.ui.itemsView, made.model
    assert model.rowCount() >= 7
    assert view.horizontalScrollBar().maximum() == 0
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    metrics = view.fontMetrics()
    for row in range(model.rowCount()):
        index = model.index(row, model.REASON)
        reason = index.data()
        cell = view.visualRect(index)
        assert view.viewport().rect().contains(cell), reason
        needed = metrics.boundingRect(
            QRect(0, 0, cell.width() - margin, 10_000), Qt.TextFlag.TextWordWrap, reason
        )
        assert needed.width() <= cell.width() - margin, reason
        assert needed.height() <= cell.height(), reason
        assert index.data(Qt.ItemDataRole.ToolTipRole) == reason
