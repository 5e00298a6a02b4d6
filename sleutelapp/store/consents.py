"""Consents per newcomer: given, withdrawn, and whether one is active on a day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sleutelapp.domain.model import Consent, InvalidRecord
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors

_COLUMNS = "id, newcomer_id, purpose, given_on, withdrawn_on, how, note, sheet_id"
SHEET_KIND = "consent_sheet"  # the disclosure kind of a consent sheet (exports/newcomer_papers)


def _from_row(row) -> Consent:
    return Consent(
        id=row[0],
        newcomer_id=row[1],
        purpose=row[2],
        given_on=date.fromisoformat(row[3]),
        withdrawn_on=date.fromisoformat(row[4]) if row[4] else None,
        how=row[5],
        note=row[6],
        sheet_id=row[7],
    )


class Consents:
    def __init__(self, case):
        self._case = case

    def add(self, consent: Consent) -> Consent:
        try:
            consent = consent.validated()
        except InvalidRecord as exc:
            raise errors.InvalidData(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "Invalid consent: {exc}",
                ),
                exc=exc,
            ) from exc
        with self._case.transaction() as conn:
            if consent.sheet_id and not self._is_sheet_of(conn, consent):
                raise errors.InvalidData(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "Invalid consent: that consent sheet was not made for this newcomer.",
                    )
                )
            conn.execute(
                f"INSERT INTO consent({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)",
                (
                    consent.id,
                    consent.newcomer_id,
                    consent.purpose,
                    consent.given_on.isoformat(),
                    consent.withdrawn_on.isoformat() if consent.withdrawn_on else None,
                    consent.how,
                    consent.note,
                    consent.sheet_id,
                ),
            )
            self._case.audit.record("create", "consent", consent.id)
        return consent

    @staticmethod
    def _is_sheet_of(conn, consent: Consent) -> bool:
        row = conn.execute(
            "SELECT 1 FROM disclosure WHERE id = ? AND newcomer_id = ? AND report_kind = ?",
            (consent.sheet_id, consent.newcomer_id, SHEET_KIND),
        ).fetchone()
        return row is not None

    def withdraw(self, consent_id: str, on: date | None = None) -> Consent:
        current = self.get(consent_id)
        withdrawn_on = on or date.today()
        updated = replace(current, withdrawn_on=withdrawn_on)
        try:
            updated = updated.validated()
        except InvalidRecord as exc:
            raise errors.InvalidData(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "Invalid consent: {exc}",
                ),
                exc=exc,
            ) from exc
        with self._case.transaction() as conn:
            conn.execute(
                "UPDATE consent SET withdrawn_on = ? WHERE id = ?",
                (withdrawn_on.isoformat(), consent_id),
            )
            self._case.audit.record("update", "consent", consent_id)
        return updated

    def get(self, consent_id: str) -> Consent:
        row = self._case.query_one(f"SELECT {_COLUMNS} FROM consent WHERE id = ?", (consent_id,))
        if row is None:
            raise errors.NotFound(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "Consent not found.",
                ),
            )
        return _from_row(row)

    def for_newcomer(self, newcomer_id: str) -> list[Consent]:
        rows = self._case.query(
            f"SELECT {_COLUMNS} FROM consent WHERE newcomer_id = ? ORDER BY given_on, purpose",
            (newcomer_id,),
        )
        return [_from_row(r) for r in rows]

    def sheets(self, newcomer_id: str) -> list:
        """The consent sheets made for this newcomer (their disclosures), newest first: what
        a signed consent may point to."""
        return [
            d
            for d in self._case.disclosures.for_newcomer(newcomer_id)
            if d.report_kind == SHEET_KIND
        ]

    def active(self, newcomer_id: str, purpose: str, on: date | None = None) -> Consent | None:
        """The consent for `purpose` that is active on `on` (default today), if any."""
        day = on or date.today()
        candidates = [
            c for c in self.for_newcomer(newcomer_id) if c.purpose == purpose and c.active_on(day)
        ]
        return candidates[-1] if candidates else None

    def newcomers_with_active(self, purpose: str, on: date) -> set[str]:
        rows = self._case.query(
            "SELECT DISTINCT newcomer_id FROM consent WHERE purpose = ? AND given_on <= ? "
            "AND (withdrawn_on IS NULL OR withdrawn_on > ?)",
            (purpose, on.isoformat(), on.isoformat()),
        )
        return {r[0] for r in rows}
