"""Consents and disclosures of one newcomer, as tables."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from sleutelapp.domain import vocab
from sleutelapp.domain.disclosure_kinds import FOR_KEY_PERSON, known_kind
from sleutelapp.domain.model import Consent, Disclosure
from sleutelapp.exports.consent_sheet import sheet_number
from sleutelapp.gui.labels import format_date, format_moment, label


class _RegisterModel(QAbstractTableModel):
    """A read-only table of one newcomer's records; subclasses say what to load and show."""

    COLUMN_COUNT = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def _load(self, case, newcomer_id: str) -> list:
        raise NotImplementedError

    def _headers(self) -> dict[int, str]:
        raise NotImplementedError

    def reload(self, case, newcomer_id: str) -> None:
        self.beginResetModel()
        self._rows = self._load(case, newcomer_id)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers().get(section)

    def _row(self, index):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


class ConsentsModel(_RegisterModel):
    PURPOSE, GIVEN, WITHDRAWN, HOW, SHEET, NOTE = range(6)
    COLUMN_COUNT = 6
    ConsentIdRole = Qt.ItemDataRole.UserRole + 1
    ActiveRole = Qt.ItemDataRole.UserRole + 2

    def _load(self, case, newcomer_id: str) -> list[Consent]:
        return case.consents.for_newcomer(newcomer_id)

    def _headers(self) -> dict[int, str]:
        return {
            self.PURPOSE: self.tr("Purpose"),
            self.GIVEN: self.tr("Given on"),
            self.WITHDRAWN: self.tr("Withdrawn on"),
            self.HOW: self.tr("How"),
            self.SHEET: self.tr("Sheet"),
            self.NOTE: self.tr("Note"),
        }

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        consent = self._row(index)
        if consent is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.PURPOSE: label(vocab.CONSENT_PURPOSES, consent.purpose),
                self.GIVEN: format_date(consent.given_on),
                self.WITHDRAWN: format_date(consent.withdrawn_on),
                self.HOW: label(vocab.CONSENT_HOW, consent.how),
                self.SHEET: sheet_number(consent.sheet_id) if consent.sheet_id else "",
                self.NOTE: consent.note,
            }.get(index.column())
        if role == self.ConsentIdRole:
            return consent.id
        if role == self.ActiveRole:
            return consent.active_on(date.today())
        return None

    def consent_at(self, row: int) -> Consent | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class DisclosuresModel(_RegisterModel):
    MADE_AT, WHAT, PERIOD, RECIPIENT, ITEMS = range(5)
    COLUMN_COUNT = 5
    DisclosureIdRole = Qt.ItemDataRole.UserRole + 1

    def _load(self, case, newcomer_id: str) -> list[Disclosure]:
        return case.disclosures.for_newcomer(newcomer_id)

    def _headers(self) -> dict[int, str]:
        return {
            self.MADE_AT: self.tr("When"),
            self.WHAT: self.tr("What"),
            self.PERIOD: self.tr("Period"),
            self.RECIPIENT: self.tr("To whom"),
            self.ITEMS: self.tr("Entries"),
        }

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._row(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.MADE_AT:
                return format_moment(row.made_at)
            if column == self.WHAT:
                return self._kind_label(row.report_kind)
            if column == self.PERIOD:
                if row.period_from and row.period_to:
                    return f"{format_date(row.period_from)} – {format_date(row.period_to)}"
                return ""
            if column == self.RECIPIENT:
                return row.recipient
            if column == self.ITEMS:
                return str(len(row.entry_ids))
        if role == self.DisclosureIdRole:
            return row.id
        return None

    def _kind_label(self, kind: str) -> str:
        kind = known_kind(kind)
        if kind not in FOR_KEY_PERSON:
            return kind
        return QCoreApplication.translate("DisclosuresModel", FOR_KEY_PERSON[kind])
