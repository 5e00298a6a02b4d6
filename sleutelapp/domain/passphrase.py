"""Rules and a strength hint for new passphrases (no dependency, no network)."""

from __future__ import annotations

import math
import unicodedata

MIN_LENGTH = 8


def check_new_passphrase(passphrase: str) -> tuple[str, str] | None:
    """(nl, en) reason why a new passphrase is refused, or None when it is acceptable."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH:
        return (
            f"de wachtzin moet minstens {MIN_LENGTH} tekens hebben",
            f"the passphrase needs at least {MIN_LENGTH} characters",
        )
    if len(set(text)) < 4:
        return (
            "de wachtzin heeft te weinig verschillende tekens",
            "the passphrase has too few different characters",
        )
    return None


def strength(passphrase: str) -> int:
    """0 (weak) to 4 (strong): a rough estimate from length and character variety."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return 0
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() and c.isascii() for c in text) else 0
    pool += 100 if any(not c.isascii() for c in text) else 0
    bits = len(text) * math.log2(max(pool, 2)) * min(1.0, len(set(text)) / max(4, len(text) / 2))
    return 0 if bits < 35 else 1 if bits < 50 else 2 if bits < 65 else 3 if bits < 85 else 4


STRENGTH_LABELS = (
    ("Zeer zwak", "Very weak"),
    ("Zwak", "Weak"),
    ("Redelijk", "Fair"),
    ("Sterk", "Strong"),
    ("Zeer sterk", "Very strong"),
)
