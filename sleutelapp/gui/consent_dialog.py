"""All consents of one newcomer in one dialog: for each purpose (rapport voor de regisseur,
zorgafspraken in dat rapport, anonieme overzichten) whether and on which day it was given,
how, and whether and on which day it was withdrawn. Keyboard first: Tab goes row by row,
Space ticks, a date is typed, Enter saves.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from sleutelapp.domain import vocab
from sleutelapp.domain.model import Consent
from sleutelapp.gui import prompts
from sleutelapp.gui.forms.ui_consent_dialog import Ui_ConsentDialog
from sleutelapp.gui.labels import format_date, label
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.gui.typed_fields import DateField


@dataclass
class PurposeRow:
    """The widgets of one purpose and the consent that is active for it today, if any."""

    purpose: str
    active: Consent | None
    given_check: QCheckBox
    given_edit: DateField
    how_combo: QComboBox
    withdrawn_check: QCheckBox
    withdrawn_edit: DateField
    explain: QLabel
    sheet_combo: QComboBox  # the consent sheet it was signed on (only for "signed")

    def widgets(self) -> list[QWidget]:
        return [
            self.given_check,
            self.given_edit,
            self.how_combo,
            self.sheet_combo,
            self.withdrawn_check,
            self.withdrawn_edit,
        ]


class ConsentDialog(QDialog):
    """`saved` lists the consents written (given or withdrawn) after acceptance."""

    def __init__(
        self,
        parent,
        operations,
        newcomer_id: str,
        newcomer_name: str,
        consents: list[Consent] | tuple = (),
        *,
        today: date | None = None,
        focus_purpose: str | None = None,
        sheets=(),
    ):
        super().__init__(parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self.setObjectName("consentDialog")
        self._operations = operations
        self._newcomer_id = newcomer_id
        self._today = today or date.today()
        self.saved: list[Consent] = []
        self._sheets = tuple(sheets)  # consent sheets made for this newcomer, newest first
        self.ui.newcomerLabel.setText(self.tr("Consents of {0}").format(newcomer_name))
        self.ui.errorLabel.setStyleSheet("color: #b3261e")
        self.rows = [
            self._add_row(index, term.code, consents)
            for index, term in enumerate(vocab.CONSENT_PURPOSES)
        ]
        self._chain_tab_order()
        ui = self.ui
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        fit_to_screen(self)
        self._focus_first(focus_purpose)

    # --- building ----------------------------------------------------------------------

    def _add_row(self, index: int, purpose: str, consents) -> PurposeRow:
        grid = self.ui.purposesGrid
        box = self.ui.purposesBox
        name = label(vocab.CONSENT_PURPOSES, purpose)
        mine = [c for c in consents if c.purpose == purpose]
        active = next((c for c in reversed(mine) if c.active_on(self._today)), None)
        title = QLabel(f"<b>{name}</b>", box)
        given_check = QCheckBox(self.tr("given on"), box)
        given_edit = self._date_edit(box, active.given_on if active else self._today)
        how_combo = QComboBox(box)
        for term in vocab.CONSENT_HOW:
            how_combo.addItem(label(vocab.CONSENT_HOW, term.code), term.code)
        withdrawn_check = QCheckBox(self.tr("withdrawn on"), box)
        withdrawn_edit = self._date_edit(box, self._today)
        sheet_combo = self._sheet_combo(box, active)
        explain = QLabel(self._explanation(purpose, mine, active), box)
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        for widget, key, what in (
            (given_check, "given", self.tr("given")),
            (given_edit, "given_on", self.tr("given on")),
            (how_combo, "how", self.tr("how")),
            (sheet_combo, "sheet", self.tr("signed on sheet")),
            (withdrawn_check, "withdrawn", self.tr("withdrawn")),
            (withdrawn_edit, "withdrawn_on", self.tr("withdrawn on")),
        ):
            widget.setAccessibleName(f"{name}: {what}")
            widget.setObjectName(f"{purpose}_{key}")
        row = PurposeRow(
            purpose,
            active,
            given_check,
            given_edit,
            how_combo,
            withdrawn_check,
            withdrawn_edit,
            explain,
            sheet_combo,
        )
        line = 1 + 3 * index
        grid.addWidget(title, line, 0)
        grid.addWidget(given_check, line, 1)
        grid.addWidget(given_edit, line, 2)
        grid.addWidget(how_combo, line, 3)
        grid.addWidget(withdrawn_check, line, 4)
        grid.addWidget(withdrawn_edit, line, 5)
        grid.addWidget(sheet_combo, line + 1, 3, 1, 3)  # under "how": for a signed one
        grid.addWidget(explain, line + 2, 0, 1, 6)
        if active is not None:
            given_check.setChecked(True)
            how_combo.setCurrentIndex(max(0, how_combo.findData(active.how)))
            for widget in (given_check, given_edit, how_combo):
                widget.setEnabled(False)
        given_check.toggled.connect(lambda _on, r=row: self._update(r))
        how_combo.currentIndexChanged.connect(lambda _i, r=row: self._update(r))
        withdrawn_check.toggled.connect(lambda _on, r=row: self._update(r))
        self._update(row)
        return row

    def _sheet_combo(self, parent, active: Consent | None) -> QComboBox:
        """ "No sheet" and each consent sheet made for this newcomer (newest first, so the
        one just printed is the first choice)."""
        from sleutelapp.exports.consent_sheet import sheet_number

        combo = QComboBox(parent)
        combo.addItem(self.tr("no sheet"), None)
        for sheet in self._sheets:
            combo.addItem(
                self.tr("sheet {0} of {1}").format(
                    sheet_number(sheet.id), format_date(date.fromisoformat(sheet.made_at[:10]))
                ),
                sheet.id,
            )
        if active is not None and active.sheet_id:
            index = combo.findData(active.sheet_id)
            if index < 0:  # a sheet no longer in the register (an erased copy, an import)
                combo.addItem(self.tr("sheet {0}").format(sheet_number(active.sheet_id)))
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        elif self._sheets:
            combo.setCurrentIndex(1)
        # Only shown when there is a sheet to point to (none made yet: nothing to choose).
        combo.setVisible(combo.count() > 1)
        return combo

    def _date_edit(self, parent, day: date) -> DateField:
        """A date typed in one go (15-3-2024, 15032024), the shared date field."""
        edit = DateField(parent)
        edit.setDate(day)
        return edit

    def _typed_date(self, edit: DateField, name: str) -> date | None:
        problem = edit.check()
        day = edit.date_value_or_none()
        if problem or day is None:
            edit.show_problem(problem or self.tr("Fill in a date, like 15-03-2024."))
            self._problem(
                edit,
                self.tr(
                    "{0}: '{1}' is not a date; type it as day-month-year, e.g. 15-03-2024."
                ).format(name, edit.text()),
            )
            return None
        return day

    def _explanation(self, purpose: str, mine: list[Consent], active: Consent | None) -> str:
        """What the consent allows, and what happened to it before."""
        texts = {
            "regisseur_summary": self.tr(
                "You may send the report for the regisseur (PDF) about this newcomer to the "
                "inburgeringsregisseur."
            ),
            "health_in_summary": self.tr(
                "The number of care appointments (never what they were about) may appear in "
                "that report."
            ),
            "reporting": self.tr("This newcomer is counted in anonymised summaries."),
        }
        text = texts.get(purpose, "")
        if active is not None:
            text += " " + self.tr("Given on {0} ({1}).").format(
                format_date(active.given_on), label(vocab.CONSENT_HOW, active.how).lower()
            )
        elif mine and mine[-1].withdrawn_on is not None:
            text += " " + self.tr("Withdrawn on {0}.").format(format_date(mine[-1].withdrawn_on))
        else:
            text += " " + self.tr("Not given.")
        return text

    def _update(self, row: PurposeRow) -> None:
        """A date and a choice are only asked for what is ticked (Tab skips the rest)."""
        giving = row.active is None and row.given_check.isChecked()
        if row.active is None:
            row.given_edit.setEnabled(giving)
            row.how_combo.setEnabled(giving)
        signed = giving and row.how_combo.currentData() == "signed"
        row.sheet_combo.setEnabled(signed and bool(self._sheets))
        if row.active is None:
            row.withdrawn_check.setEnabled(giving)  # given and withdrawn again, both past
            if not giving:
                row.withdrawn_check.setChecked(False)
        row.withdrawn_edit.setEnabled(row.withdrawn_check.isChecked())
        self.ui.errorLabel.clear()

    def _chain_tab_order(self) -> None:
        """Row by row, then the note and the buttons (the rows are made after the form)."""
        chain: list[QWidget] = [w for row in self.rows for w in row.widgets()]
        chain.append(self.ui.noteEdit)
        chain.append(self.ui.buttonBox)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _focus_first(self, purpose: str | None) -> None:
        for row in self.rows:
            if purpose is None or row.purpose == purpose:
                target = row.withdrawn_check if row.active is not None else row.given_check
                if purpose is not None or target.isEnabled():
                    target.setFocus()
                    return

    # --- saving ------------------------------------------------------------------------

    def changes(self) -> tuple[list[Consent], list[tuple[Consent, date]]] | None:
        """(consents to give, (consent, day) to withdraw); None after showing a problem."""
        give, withdraw = [], []
        note = self.ui.noteEdit.text().strip()
        for row in self.rows:
            name = label(vocab.CONSENT_PURPOSES, row.purpose)
            given_on = row.active.given_on if row.active else None
            if row.active is None and row.given_check.isChecked():
                given_on = self._typed_date(row.given_edit, name)
                if given_on is None:
                    return None
                if given_on > self._today:
                    return self._problem(
                        row.given_edit,
                        self.tr("{0}: the day it was given is in the future.").format(name),
                    )
                withdrawn_on = None
                if row.withdrawn_check.isChecked():
                    withdrawn_on = self._typed_date(row.withdrawn_edit, name)
                    if withdrawn_on is None:
                        return None
                give.append(
                    Consent(
                        newcomer_id=self._newcomer_id,
                        purpose=row.purpose,
                        given_on=given_on,
                        withdrawn_on=withdrawn_on,
                        how=row.how_combo.currentData(),
                        note=note,
                        sheet_id=(
                            row.sheet_combo.currentData()
                            if row.how_combo.currentData() == "signed"
                            else None
                        ),
                    )
                )
            if row.withdrawn_check.isChecked() and given_on is not None:
                on = self._typed_date(row.withdrawn_edit, name)
                if on is None:
                    return None
                if on > self._today:
                    return self._problem(
                        row.withdrawn_edit,
                        self.tr("{0}: the day it was withdrawn is in the future.").format(name),
                    )
                if on < given_on:
                    return self._problem(
                        row.withdrawn_edit,
                        self.tr("{0}: it cannot be withdrawn before it was given ({1}).").format(
                            name, format_date(given_on)
                        ),
                    )
                if row.active is not None:
                    withdraw.append((row.active, on))
        return give, withdraw

    def _problem(self, field: QWidget, text: str) -> None:
        self.ui.errorLabel.setText(text)
        field.setFocus()
        return None

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        planned = self.changes()
        if planned is None:
            return
        give, withdraw = planned
        try:
            for consent in give:
                self.saved.append(self._operations.give_consent(consent))
            for consent, on in withdraw:
                self.saved.append(self._operations.withdraw_consent(consent.id, on))
        except CaseError as exc:
            prompts.show_error(self, exc)
            return
        super().accept()


__all__ = ["ConsentDialog", "PurposeRow"]
