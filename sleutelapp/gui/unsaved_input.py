"""Typed input that is not lost by a key press: the mechanism the editing dialogs share.

A dialog that mixes in `KeepsUnsavedInput` (before QDialog) defines `draft()` (everything
typed, as a dict) and `discard_question()` (its own words), and calls `remember_untouched()`
once its fields hold what it opened with. Then Escape and Annuleren ask before throwing
typed text away, and locking (Ctrl+L, also from inside the dialog) closes it with
`discard()` without asking, after the main window kept `draft()` to reopen it on unlock.
"""

from __future__ import annotations

from sleutelapp.gui import prompts


class KeepsUnsavedInput:
    # draft keys that say what the dialog edits, not what was typed
    DRAFT_IDENTITY: tuple[str, ...] = ("entry_id", "newcomer_id")

    _untouched: dict | None = None

    def draft(self) -> dict:  # pragma: no cover - each dialog defines it
        raise NotImplementedError

    def discard_question(self) -> tuple[str, str, str, str]:  # pragma: no cover
        """(title, question, discard button, detail) in the dialog's own words."""
        raise NotImplementedError

    def remember_untouched(self) -> None:
        """What the fields hold now is not unsaved input (call after loading, before a draft
        is put back: a restored draft is unsaved input)."""
        self._untouched = self._typed()

    def _typed(self) -> dict:
        typed = self.draft()
        for key in self.DRAFT_IDENTITY:
            typed.pop(key, None)
        return typed

    def has_unsaved_input(self) -> bool:
        return self._untouched is not None and self._typed() != self._untouched

    def reject(self) -> None:
        """Escape or Annuleren: ask first when something was typed that would be lost."""
        if self.has_unsaved_input():
            title, question, discard, detail = self.discard_question()
            if not prompts.confirm(self, title, question, discard, detail=detail):
                return
        super().reject()  # type: ignore[misc]

    def discard(self) -> None:
        """Close without asking (the app is being locked; the window kept a draft)."""
        super().reject()  # type: ignore[misc]
