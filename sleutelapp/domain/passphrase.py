"""Rules and a strength hint for new passphrases (no dependency, no network)."""

from __future__ import annotations

import math
import unicodedata

from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue

MIN_LENGTH = 8
MIN_STRENGTH = 2  # strength() below "Redelijk" is refused: one word or digits only

# Passphrases an attacker tries first: the most common passwords (Dutch and international)
# and words of this app and its users' world. Compared without case, spaces and trailing
# digits or punctuation, so "Wachtwoord1!" and "sleutel app" are caught too.
KNOWN_WEAK = frozenset(
    {
        "12345678",
        "123456789",
        "1234567890",
        "0123456789",
        "87654321",
        "11111111",
        "00000000",
        "12341234",
        "11223344",
        "password",
        "passw0rd",
        "wachtwoord",
        "wachtwoorden",
        "welkom",
        "welkomwelkom",
        "geheim",
        "geheimpje",
        "qwerty",
        "qwertyuiop",
        "azerty",
        "abcdefgh",
        "abc12345",
        "iloveyou",
        "letmein",
        "sleutelapp",
        "sleutel",
        "sleutelpersoon",
        "sleutelpersonen",
        "inburgering",
        "nieuwkomer",
        "nieuwkomers",
        "gemeente",
        "nederland",
        "amsterdam",
        "rotterdam",
        "denhaag",
        "utrecht",
        "feyenoord",
        "ajax",
        "voetbal",
        "zomer",
        "winter",
        "monkey",
        "dragon",
        "football",
        "sunshine",
        "princess",
        "admin",
        "administrator",
        "changeme",
        "default",
        "test",
        "testtest",
        "demo",
        "marhaba",
        "salaam",
        "merhaba",
        "asdfghjk",
        "zxcvbnm",
        "hallo",
        "hallohallo",
        "dossier",
        "privacy",
    }
)


def check_new_passphrase(passphrase: str, language: str = "nl") -> str | None:
    """Why a new passphrase is refused, in a language; None when it is acceptable."""
    texts = catalogue(language)
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH:
        return texts.translate("Passphrase", "the passphrase needs at least {0} characters").format(
            MIN_LENGTH
        )
    if len(set(text)) < 4:
        return texts.translate("Passphrase", "the passphrase has too few different characters")
    if is_known_weak(text):
        return texts.translate(
            "Passphrase",
            "this passphrase is on the list of passwords that are tried first; choose four "
            "unrelated words, like 'bicycle moon coffee garden'",
        )
    if strength(text) < MIN_STRENGTH:
        return texts.translate(
            "Passphrase",
            "this passphrase is too easy to guess; make it longer, for example four "
            "unrelated words",
        )
    return None


def is_known_weak(passphrase: str) -> bool:
    """True for a passphrase of KNOWN_WEAK, in any case, spacing or with a number added."""
    core = "".join(unicodedata.normalize("NFC", passphrase).casefold().split())
    stripped = core.rstrip("0123456789!?.,-_#*@$")
    return core in KNOWN_WEAK or stripped in KNOWN_WEAK or _one_repeated(core)


def _one_repeated(text: str) -> bool:
    """'abcabcabc', 'wachtwachtwacht': one short piece said again and again."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return True
    return False


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
    QT_TRANSLATE_NOOP("PassphraseStrength", "Very weak"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Weak"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Fair"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Strong"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Very strong"),
)


def strength_label(value: int, language: str = "nl") -> str:
    """ "Redelijk", "Strong": the words for a strength() of 0 to 4."""
    return catalogue(language).translate("PassphraseStrength", STRENGTH_LABELS[value])
