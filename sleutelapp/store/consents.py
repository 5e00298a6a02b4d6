"""Consents per newcomer: given, withdrawn, and whether one is active on a day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sleutelapp.domain.model import Consent, InvalidRecord
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors

_COLUMNS = "id, newcomer_id, purpose, given_on, withdrawn_on, how, note"


def _from_row(row) -> Consent:
    return Consent(
        id=row[0],
        newcomer_id=row[1],
        purpose=row[2],
        given_on=date.fromisoformat(row[3]),
        withdrawn_on=date.fromisoformat(row[4]) if row[4] else None,
        how=row[5],
        note=row[6],
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
            conn.execute(
                f"INSERT INTO consent({_COLUMNS}) VALUES (?,?,?,?,?,?,?)",
                (
                    consent.id,
                    consent.newcomer_id,
                    consent.purpose,
                    consent.given_on.isoformat(),
                    consent.withdrawn_on.isoformat() if consent.withdrawn_on else None,
                    consent.how,
                    consent.note,
                ),
            )
            self._case.audit.record("create", "consent", consent.id)
        return consent

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
