"""The DUO extension requests of one newcomer, as a table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sleutelapp.domain import wi2021
from sleutelapp.domain.model import ExtensionRequest
from sleutelapp.gui.labels import format_date, label
from sleutelapp.gui.models.register_models import _RegisterModel


class ExtensionRequestsModel(_RegisterModel):
    REASON, SENT, EVIDENCE, EXPECTED, DECISION = range(5)
    COLUMN_COUNT = 5
    RequestIdRole = Qt.ItemDataRole.UserRole + 1

    def _load(self, case, newcomer_id: str) -> list[ExtensionRequest]:
        return case.extension_requests.for_newcomer(newcomer_id)

    def _headers(self) -> dict[int, str]:
        return {
            self.REASON: self.tr("Reason"),
            self.SENT: self.tr("Sent on"),
            self.EVIDENCE: self.tr("Evidence"),
            self.EXPECTED: self.tr("Answer expected"),
            self.DECISION: self.tr("Decision"),
        }

    def request_at(self, row: int) -> ExtensionRequest | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _decision(self, r: ExtensionRequest) -> str:
        if r.outcome == "granted":
            text = self.tr("Granted: %n month(s)", "", r.months)
        elif r.outcome == "refused":
            text = self.tr("Refused")
        else:
            return self.tr("Not yet")
        return f"{text} ({format_date(r.decided_on)})" if r.decided_on else text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self._row(index)
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            wanted = len(wi2021.evidence_for(r.reason))
            reason = label(wi2021.EXTENSION_REASONS, r.reason)
            return {
                self.REASON: f"{reason} — {r.note}" if r.note else reason,
                self.SENT: format_date(r.sent_on),
                self.EVIDENCE: self.tr("{0} of {1}").format(len(r.evidence), wanted)
                if wanted
                else "",
                self.EXPECTED: format_date(wi2021.decision_due(r.sent_on))
                if r.sent_on and r.outcome == "pending"
                else "",
                self.DECISION: self._decision(r),
            }.get(index.column())
        if role == self.RequestIdRole:
            return r.id
        return None
