"""Record that a newcomer gave consent for one purpose, on a date (withdrawing is a date too)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog

from sleutelapp.domain import vocab
from sleutelapp.domain.model import Consent
from sleutelapp.gui.errors import show_case_error
from sleutelapp.gui.forms.ui_consent_dialog import Ui_ConsentDialog
from sleutelapp.gui.labels import format_date, from_qdate, label, to_qdate
from sleutelapp.gui.screen_fit import fit_to_screen


class ConsentDialog(QDialog):
    def __init__(self, parent, operations, newcomer_id: str, newcomer_name: str):
        super().__init__(parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self.setObjectName("consentDialog")
        self._operations = operations
        self._newcomer_id = newcomer_id
        self.saved: Consent | None = None
        self.ui.newcomerLabel.setText(newcomer_name)
        for term in vocab.CONSENT_PURPOSES:
            self.ui.purposeCombo.addItem(label(vocab.CONSENT_PURPOSES, term.code), term.code)
        for term in vocab.CONSENT_HOW:
            self.ui.howCombo.addItem(label(vocab.CONSENT_HOW, term.code), term.code)
        self.ui.givenEdit.setDate(to_qdate(date.today()))
        self.ui.purposeCombo.currentIndexChanged.connect(self._explain)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._explain()
        fit_to_screen(self)

    def _explain(self) -> None:
        """What the chosen consent allows, in the user's words."""
        texts = {
            "regisseur_summary": self.tr(
                "With this consent you may send the summary PDF of this newcomer to the "
                "inburgeringsregisseur."
            ),
            "health_in_summary": self.tr(
                "With this consent the number of care appointments (never what they were "
                "about) may appear in that summary."
            ),
            "reporting": self.tr(
                "With this consent this newcomer is counted in anonymised summaries."
            ),
        }
        self.ui.explainLabel.setText(texts.get(self.ui.purposeCombo.currentData(), ""))

    def consent(self) -> Consent:
        return Consent(
            newcomer_id=self._newcomer_id,
            purpose=self.ui.purposeCombo.currentData(),
            given_on=from_qdate(self.ui.givenEdit.date()),
            how=self.ui.howCombo.currentData(),
            note=self.ui.noteEdit.text().strip(),
        )

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        try:
            self.saved = self._operations.give_consent(self.consent())
        except CaseError as exc:
            show_case_error(self, exc)
            return
        super().accept()


def ask_withdrawal_date(parent, consent: Consent) -> date | None:
    """Ask on which day consent was withdrawn (default today); None when cancelled."""
    today = date.today().isoformat()
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ConsentDialog", "Withdraw consent"),
        QCoreApplication.translate(
            "ConsentDialog", "Withdrawn on (yyyy-mm-dd), given on {0}:"
        ).format(format_date(consent.given_on)),
        text=today,
    )
    if not ok:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


__all__ = ["ConsentDialog", "ask_withdrawal_date"]
