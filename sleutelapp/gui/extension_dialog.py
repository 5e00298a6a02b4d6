"""Ask DUO for more time, or record what DUO decided: the reason, the day the request was
sent, a tick per evidence document gathered (never the document), the eligibility hints of
`domain/wi2021.py` shown while typing, and the decision (months granted, or refused).
Saving a new request adds a task for the day DUO's answer is expected (8 weeks later).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from sleutelapp.domain import wi2021
from sleutelapp.domain.model import MAX_EXTENSION_MONTHS, ExtensionRequest, InvalidRecord, Newcomer
from sleutelapp.domain.typed_input import parse_date
from sleutelapp.gui import prompts
from sleutelapp.gui.forms.ui_extension_dialog import Ui_ExtensionDialog
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.labels import format_date, label
from sleutelapp.gui.screen_fit import fit_to_screen


def parse_typed_date(text: str) -> date | None:
    """A date typed in one go (domain/typed_input.py); None when empty or not a date."""
    try:
        return parse_date(text)
    except InvalidRecord:
        return None


class ExtensionDialog(QDialog):
    """A new request (`request` None) or an existing one to record DUO's decision on.
    `saved` is the stored request after acceptance."""

    def __init__(
        self,
        parent,
        operations,
        newcomer: Newcomer,
        requests=(),
        request: ExtensionRequest | None = None,
        *,
        today: date | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ExtensionDialog()
        self.ui.setupUi(self)
        self.setObjectName("extensionDialog")
        self._operations = operations
        self._newcomer = newcomer
        self._today = today or date.today()
        self._request = request
        self._others = tuple(r for r in requests if request is None or r.id != request.id)
        self._evidence: dict[str, QCheckBox] = {}
        self.saved: ExtensionRequest | None = None
        ui = self.ui
        ui.errorLabel.setStyleSheet("color: #b3261e")
        ui.hintsLabel.setStyleSheet("color: #8a4b00")
        title = (
            self.tr("Request an extension for {0}")
            if request is None
            else self.tr("Extension request of {0}")
        )
        ui.newcomerLabel.setText(title.format(newcomer.display_name))
        for term in wi2021.EXTENSION_REASONS:
            if term.code != wi2021.EARLIER_REASON or (request and request.reason == term.code):
                ui.reasonCombo.addItem(label(wi2021.EXTENSION_REASONS, term.code), term.code)
        for code, text in (
            ("pending", self.tr("No decision yet")),
            ("granted", self.tr("Granted")),
            ("refused", self.tr("Refused")),
        ):
            ui.outcomeCombo.addItem(text, code)
        ui.sentEdit.setMaxLength(10)
        ui.decidedEdit.setMaxLength(10)
        ui.monthsEdit.setMaxLength(2)
        if request is None:
            ui.sentEdit.setText(self._today.strftime("%d-%m-%Y"))
            ui.decisionBox.setVisible(False)  # DUO has not answered a request not yet sent
        else:
            ui.reasonCombo.setCurrentIndex(max(0, ui.reasonCombo.findData(request.reason)))
            ui.reasonCombo.setEnabled(False)
            ui.sentEdit.setText(request.sent_on.strftime("%d-%m-%Y") if request.sent_on else "")
            ui.sentEdit.setEnabled(False)
            ui.outcomeCombo.setCurrentIndex(max(0, ui.outcomeCombo.findData(request.outcome)))
            if request.months:
                ui.monthsEdit.setText(str(request.months))
            if request.decided_on is not None:
                ui.decidedEdit.setText(request.decided_on.strftime("%d-%m-%Y"))
            elif request.reason != wi2021.EARLIER_REASON:
                ui.decidedEdit.setText(self._today.strftime("%d-%m-%Y"))
        self._fill_evidence(request.evidence if request else ())
        ui.reasonCombo.currentIndexChanged.connect(lambda _i: self._reason_changed())
        ui.sentEdit.textChanged.connect(lambda _t: self._refresh())
        ui.outcomeCombo.currentIndexChanged.connect(lambda _i: self._refresh())
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._refresh()
        fit_to_screen(self)
        (ui.outcomeCombo if request is not None else ui.reasonCombo).setFocus()

    # --- what is shown -------------------------------------------------------------------

    def reason(self) -> str:
        return str(self.ui.reasonCombo.currentData())

    def outcome(self) -> str:
        return str(self.ui.outcomeCombo.currentData())

    def evidence_boxes(self) -> dict[str, QCheckBox]:
        return dict(self._evidence)

    def _fill_evidence(self, ticked) -> None:
        """One tick per evidence document of the chosen reason (kept when a code recurs)."""
        ticked = set(ticked) | {code for code, box in self._evidence.items() if box.isChecked()}
        for box in self._evidence.values():
            self.ui.evidenceLayout.removeWidget(box)
            box.hide()  # out of the focus chain now; deleted when control returns
            box.setParent(None)
            box.deleteLater()
        self._evidence = {}
        previous: QWidget = self.ui.sentEdit
        for term in wi2021.evidence_for(self.reason()):
            code = term.code
            box = QCheckBox(term.label(current_language()), self.ui.evidenceBox)
            box.setChecked(code in ticked)
            self.ui.evidenceLayout.addWidget(box)
            box.setVisible(True)  # a layout shows a new child only later, after Tab moved on
            self._evidence[code] = box
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.ui.outcomeCombo)
        self.ui.evidenceBox.setVisible(bool(self._evidence) or self.reason() != "earlier")

    def _reason_changed(self) -> None:
        self._fill_evidence(())
        self._refresh()

    def _termijn_end(self) -> date | None:
        return wi2021.termijn_end(self._newcomer.termijn_start, self._newcomer.extensions)

    def hints(self) -> list[wi2021.Hint]:
        day = parse_typed_date(self.ui.sentEdit.text()) or self._today
        context = wi2021.RequestContext(
            self.reason(), day, self._newcomer.termijn_start, self._termijn_end(), self._others
        )
        return wi2021.extension_hints(context)

    def _refresh(self) -> None:
        ui = self.ui
        hints = self.hints() if self._request is None else []
        ui.hintsLabel.setText(
            "\n".join(
                self.tr("Note: {0} (source: {1})").format(h.text(current_language()), h.source)
                for h in hints
            )
        )
        ui.hintsLabel.setVisible(bool(hints))
        sent = parse_typed_date(ui.sentEdit.text())
        if sent is not None and (self._request is None or self.outcome() == "pending"):
            ui.dueLabel.setText(
                self.tr("DUO answers within 8 weeks: expected by {0}.").format(
                    format_date(wi2021.decision_due(sent))
                )
                + (" " + self.tr("A task for that day is added.") if self._request is None else "")
            )
        else:
            ui.dueLabel.clear()
        decided = self.outcome() != "pending"
        granted = self.outcome() == "granted"
        for widget in (ui.decidedLabel, ui.decidedEdit):
            widget.setEnabled(decided)
        for widget in (ui.monthsLabel, ui.monthsEdit):
            widget.setEnabled(granted)

    # --- saving --------------------------------------------------------------------------

    def _problem(self, field: QWidget, text: str) -> None:
        self.ui.errorLabel.setText(text)
        field.setFocus()

    def _typed_day(self, edit: QLineEdit, name: str) -> date | None:
        day = parse_typed_date(edit.text())
        if day is None:
            self._problem(
                edit,
                self.tr(
                    "{0}: '{1}' is not a date; type it as day-month-year, e.g. 15-03-2026."
                ).format(name, edit.text()),
            )
        return day

    def request(self) -> ExtensionRequest | None:
        """The request as typed, or None after showing what to correct."""
        ui = self.ui
        evidence = tuple(code for code, box in self._evidence.items() if box.isChecked())
        if self._request is None:
            sent = self._typed_day(ui.sentEdit, self.tr("Sent to DUO on"))
            if sent is None:
                return None
            if sent > self._today:
                self._problem(ui.sentEdit, self.tr("The day it was sent is in the future."))
                return None
            return ExtensionRequest(
                self._newcomer.id, self.reason(), sent_on=sent, evidence=evidence
            )
        outcome, months, decided = self.outcome(), 0, None
        earlier_without_date = (
            self._request.reason == wi2021.EARLIER_REASON and not ui.decidedEdit.text().strip()
        )  # recorded before requests existed, often without the letter's date
        if outcome != "pending" and not earlier_without_date:
            decided = self._typed_day(ui.decidedEdit, self.tr("Date of the letter"))
            if decided is None:
                return None
            if decided > self._today:
                self._problem(ui.decidedEdit, self.tr("The date of the letter is in the future."))
                return None
            sent = self._request.sent_on
            if sent is not None and decided < sent:
                self._problem(
                    ui.decidedEdit,
                    self.tr("The letter cannot be dated before the request was sent ({0}).").format(
                        format_date(sent)
                    ),
                )
                return None
        if outcome == "granted":
            text = ui.monthsEdit.text().strip()
            if not text.isdigit() or not 1 <= int(text) <= MAX_EXTENSION_MONTHS:
                self._problem(
                    ui.monthsEdit,
                    self.tr("Months granted: type a whole number from 1 to {0}.").format(
                        MAX_EXTENSION_MONTHS
                    ),
                )
                return None
            months = int(text)
        return replace(
            self._request, evidence=evidence, outcome=outcome, months=months, decided_on=decided
        )

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        request = self.request()
        if request is None:
            return
        try:
            if self._request is None:
                self.saved = self._operations.add_extension_request(request)
            else:
                self.saved = self._operations.update_extension_request(request)
        except CaseError as exc:
            prompts.show_error(self, exc)
            return
        super().accept()


__all__ = ["ExtensionDialog"]
