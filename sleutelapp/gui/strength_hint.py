"""The words under a new passphrase field (first start, change passphrase).

The rule and the estimate live in domain/passphrase.py, shared with `sleutelapp init`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sleutelapp.domain.passphrase import (
    MIN_LENGTH,
    check_new_passphrase,
    strength,
    strength_label,
)
from sleutelapp.gui.i18n import current_language


def refusal(passphrase: str) -> str | None:
    """Why a new passphrase cannot be used, in the UI language; None when it can."""
    text = check_new_passphrase(passphrase, current_language())
    if text is None:
        return None
    return text[:1].upper() + text[1:] + "."


def strength_text(passphrase: str) -> str:
    if not passphrase:
        return QCoreApplication.translate(
            "strength", "At least {0} characters; four unrelated words work well."
        ).format(MIN_LENGTH)
    return refusal(passphrase) or QCoreApplication.translate("strength", "Strength: {0}").format(
        strength_label(strength(passphrase), current_language())
    )
