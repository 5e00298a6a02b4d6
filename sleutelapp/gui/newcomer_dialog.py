"""Add or edit a newcomer's profile (design.md §3), including granted termijn extensions.

Typed input is not lost: Escape asks first, and Ctrl+L keeps a draft (gui/unsaved_input.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from sleutelapp.domain import date_rules, vocab
from sleutelapp.domain.model import Extension, Newcomer
from sleutelapp.gui.errors import error_text
from sleutelapp.gui.forms.ui_newcomer_dialog import Ui_NewcomerDialog
from sleutelapp.gui.labels import format_date, label
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.gui.typed_fields import name_after_labels
from sleutelapp.gui.unsaved_input import KeepsUnsavedInput

EXTENSION_MONTHS_MAX = 60  # an extension DUO grants is months, never years and years


class NewcomerDialog(KeepsUnsavedInput, QDialog):
    """`saved` holds the stored newcomer after acceptance."""

    DRAFT_IDENTITY = ("dialog", "newcomer_id")

    def __init__(
        self, parent, operations, newcomer: Newcomer | None = None, *, draft: dict | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_NewcomerDialog()
        self.ui.setupUi(self)
        self.setObjectName("newcomerDialog")
        self._operations = operations
        self.editing = newcomer
        self.saved: Newcomer | None = None
        self._extensions: list[Extension] = []
        for term in vocab.ROUTES:
            self.ui.routeCombo.addItem(label(vocab.ROUTES, term.code), term.code)
        for term in vocab.NEWCOMER_STATUS:
            self.ui.statusCombo.addItem(label(vocab.NEWCOMER_STATUS, term.code), term.code)
        self.ui.routeCombo.setCurrentIndex(self.ui.routeCombo.findData("unknown"))
        self._fill_languages()
        self.ui.languageEdit.editingFinished.connect(self._suggest_language_code)
        self._own_schedule = self._fill_report_schedule(newcomer)
        self.ui.termijnEdit.window = date_rules.TERMIJN_START
        self.ui.extensionDecidedEdit.window = date_rules.EXTENSION_DECIDED
        self.ui.termijnEdit.setDate(None)  # today would be a wrong guess, not a default
        self.ui.extensionDecidedEdit.setDate(date.today())
        months = self.ui.extensionMonthsSpin
        months.setRange(1, EXTENSION_MONTHS_MAX)
        months.setValue(6)
        months.set_unit(self.tr("months"))
        months.edit.setMaximumWidth(months.fontMetrics().horizontalAdvance("000") + 24)
        self.ui.termijnEdit.setEnabled(False)
        self.ui.termijnKnownCheck.toggled.connect(self.ui.termijnEdit.setEnabled)
        self.ui.addExtensionButton.clicked.connect(self._add_extension)
        self.ui.removeExtensionButton.clicked.connect(self._remove_extension)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.errorLabel.setStyleSheet("color: #b3261e")
        self.setWindowTitle(
            self.tr("New newcomer") if newcomer is None else self.tr("Edit newcomer")
        )
        if newcomer is not None:
            self._load(newcomer)
        self.remember_untouched()  # before a draft: a restored draft is unsaved input
        if draft:
            self.apply_draft(draft)
        fit_to_screen(self)
        name_after_labels(self)
        self.ui.extensionDecidedEdit.setAccessibleName(self.tr("Decided on"))
        self.ui.termijnEdit.setAccessibleName(self.ui.termijnLabel.text().replace("&", ""))
        self.ui.nameEdit.setFocus()

    def _load(self, n: Newcomer) -> None:
        ui = self.ui
        ui.nameEdit.setText(n.name)
        ui.knownAsEdit.setText(n.known_as)
        ui.phoneEdit.setText(n.phone)
        ui.languageEdit.setText(n.language)
        ui.languageCodeCombo.setCurrentIndex(max(0, ui.languageCodeCombo.findData(n.language_code)))
        ui.routeCombo.setCurrentIndex(ui.routeCombo.findData(n.route))
        ui.termijnKnownCheck.setChecked(n.termijn_start is not None)
        if n.termijn_start:
            ui.termijnEdit.setDate(n.termijn_start)
        ui.municipalityRefEdit.setText(n.municipality_ref)
        ui.regisseurEdit.setText(n.regisseur)
        ui.coachesEdit.setText(n.coaches)
        ui.languageSchoolEdit.setText(n.language_school)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(n.status))
        self._extensions = list(n.extensions)
        self._show_extensions()

    def _fill_languages(self) -> None:
        """The app's languages by their own names, and "—" for not known (Dutch papers)."""
        from sleutelapp.language import LANGUAGES

        combo = self.ui.languageCodeCombo
        combo.addItem("—", "")
        for lang in LANGUAGES:
            combo.addItem(lang.name, lang.code)

    def _suggest_language_code(self) -> None:
        """Typed "Arabisch" while no language was chosen: choose العربية (it can be changed)."""
        from sleutelapp.domain.newcomer_language import code_from_text

        combo = self.ui.languageCodeCombo
        code = code_from_text(self.ui.languageEdit.text())
        if code and not combo.currentData():
            combo.setCurrentIndex(max(0, combo.findData(code)))

    def _fill_report_schedule(self, newcomer: Newcomer | None) -> str | None:
        """The schedule choices: as in the settings (the default), or the newcomer's own."""
        own, default = self._operations.report_schedule_of(newcomer.id if newcomer else None)
        combo = self.ui.reportScheduleCombo
        combo.addItem(
            self.tr("As in the settings (every month)")
            if default == "month"
            else self.tr("As in the settings (every quarter)"),
            "",
        )
        combo.addItem(self.tr("Every quarter"), "quarter")
        combo.addItem(self.tr("Every month"), "month")
        combo.setCurrentIndex(max(0, combo.findData(own or "")))
        return own

    _TEXT_FIELDS = (
        ("name", "nameEdit"),
        ("known_as", "knownAsEdit"),
        ("phone", "phoneEdit"),
        ("language", "languageEdit"),
        ("termijn", "termijnEdit"),
        ("municipality_ref", "municipalityRefEdit"),
        ("regisseur", "regisseurEdit"),
        ("coaches", "coachesEdit"),
        ("language_school", "languageSchoolEdit"),
        ("extension_reason", "extensionReasonEdit"),
        ("extension_months", "extensionMonthsSpin"),
    )

    def draft(self) -> dict:
        """Everything typed so far, to be put back after the app was locked."""
        ui = self.ui
        typed = {key: getattr(ui, name).text() for key, name in self._TEXT_FIELDS}
        typed.update(
            dialog="newcomer",
            newcomer_id=self.editing.id if self.editing else None,
            route=ui.routeCombo.currentData(),
            status=ui.statusCombo.currentData(),
            language_code=ui.languageCodeCombo.currentData(),
            termijn_known=ui.termijnKnownCheck.isChecked(),
            extensions=[(e.months, e.reason, e.decided_on) for e in self._extensions],
        )
        return typed

    def apply_draft(self, draft: dict) -> None:
        ui = self.ui
        for key, name in self._TEXT_FIELDS:
            getattr(ui, name).setText(draft.get(key) or "")
        for combo, key in (
            (ui.routeCombo, "route"),
            (ui.statusCombo, "status"),
            (ui.languageCodeCombo, "language_code"),
        ):
            index = combo.findData(draft.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        ui.termijnKnownCheck.setChecked(bool(draft.get("termijn_known")))
        self._extensions = [
            Extension(months=m, reason=r, decided_on=d) for m, r, d in draft.get("extensions", ())
        ]
        self._show_extensions()

    def discard_question(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Discard these details?"),
            self.tr("You typed something that is not saved yet. Throw it away?"),
            self.tr("Discard"),
            self.tr("Choose Cancel to go back and save it."),
        )

    def _show_extensions(self) -> None:
        self.ui.extensionsList.clear()
        for ext in self._extensions:
            text = self.tr("%n month(s)", "", ext.months)
            if ext.reason:
                text += f" — {ext.reason}"
            if ext.decided_on:
                text += " " + self.tr("(decided {0})").format(format_date(ext.decided_on))
            QListWidgetItem(text, self.ui.extensionsList)

    def _add_extension(self) -> None:
        for field in (self.ui.extensionMonthsSpin, self.ui.extensionDecidedEdit):
            problem = field.check()
            if problem:
                field.show_problem(problem)
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self._extensions.append(
            Extension(
                months=self.ui.extensionMonthsSpin.value(),
                reason=self.ui.extensionReasonEdit.text().strip(),
                decided_on=field.date_value_or_none(),
            )
        )
        self.ui.extensionReasonEdit.clear()
        self._show_extensions()

    def _remove_extension(self) -> None:
        row = self.ui.extensionsList.currentRow()
        if 0 <= row < len(self._extensions):
            del self._extensions[row]
            self._show_extensions()

    def newcomer(self) -> Newcomer:
        ui = self.ui
        base = self.editing or Newcomer(name="")
        return replace(
            base,
            name=ui.nameEdit.text().strip(),
            known_as=ui.knownAsEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
            language=ui.languageEdit.text().strip(),
            language_code=ui.languageCodeCombo.currentData() or "",
            route=ui.routeCombo.currentData(),
            termijn_start=(
                ui.termijnEdit.date_value_or_none() if ui.termijnKnownCheck.isChecked() else None
            ),
            extensions=tuple(self._extensions),
            municipality_ref=ui.municipalityRefEdit.text().strip(),
            regisseur=ui.regisseurEdit.text().strip(),
            coaches=ui.coachesEdit.text().strip(),
            language_school=ui.languageSchoolEdit.text().strip(),
            status=ui.statusCombo.currentData(),
            closed_on=(
                (base.closed_on or date.today())
                if ui.statusCombo.currentData() == "closed"
                else None
            ),
        )

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        if self.ui.termijnKnownCheck.isChecked():
            field = self.ui.termijnEdit
            problem = field.check()
            if not problem and field.date_value_or_none() is None:
                problem = self.tr("Fill in the date the termijn started, like 15-03-2024.")
            if problem:
                field.show_problem(problem)
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        newcomer = self.newcomer()
        if not newcomer.name:
            self.ui.errorLabel.setText(self.tr("Fill in a name."))
            self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            if self.editing is None:
                self.saved = self._operations.add_newcomer(newcomer)
            else:
                self.saved = self._operations.update_newcomer(newcomer)
            schedule = self.ui.reportScheduleCombo.currentData() or None
            if schedule != self._own_schedule:
                self._operations.set_report_schedule(self.saved.id, schedule)
        except CaseError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        super().accept()
