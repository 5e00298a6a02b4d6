"""The free-text guard (design.md §4): finds identifiers that should not be in free text.

A pure function; the GUI asks the user before saving when it finds something.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue

_BSN_CANDIDATE = re.compile(
    r"(?<![\d.\-])(\d{9}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3})(?![\d])"
)
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)\b", re.I)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}", re.I)
# Phone numbers start with 0 (national), 00 or + (international): 06-12345678, +31 20 123 4567.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d|0)[\d\s\-().]{7,16}\d(?!\w)")

KIND_LABELS = {
    "bsn": QT_TRANSLATE_NOOP("TextGuard", "a BSN"),
    "iban": QT_TRANSLATE_NOOP("TextGuard", "an IBAN (bank account)"),
    "email": QT_TRANSLATE_NOOP("TextGuard", "an e-mail address"),
    "phone": QT_TRANSLATE_NOOP("TextGuard", "a phone number"),
}


@dataclass(frozen=True)
class Finding:
    kind: str  # "bsn", "iban", "email" or "phone"
    start: int
    end: int


def passes_elfproef(digits: str) -> bool:
    """The BSN eleven test: 9a+8b+...+2h-1i is divisible by 11 (and not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(w * int(d) for w, d in zip(weights, digits, strict=False)) % 11 == 0


def _iban_valid(candidate: str) -> bool:
    compact = re.sub(r"\s", "", candidate).upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def scan(text: str) -> list[Finding]:
    """All identifiers found in `text`, in order, without overlaps."""
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(kind: str, start: int, end: int) -> None:
        if free(start, end):
            findings.append(Finding(kind, start, end))
            taken.append((start, end))

    for m in _EMAIL.finditer(text):
        add("email", m.start(), m.end())
    for m in _IBAN.finditer(text):
        if _iban_valid(m.group(1)):
            add("iban", m.start(1), m.end(1))
    for m in _BSN_CANDIDATE.finditer(text):
        if passes_elfproef(re.sub(r"\D", "", m.group(1))):
            add("bsn", m.start(1), m.end(1))
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 9 <= len(digits) <= 13 and not _looks_like_date(m.group(0)):
            add("phone", m.start(), m.end())
    return sorted(findings, key=lambda f: f.start)


def _looks_like_date(candidate: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\s*", candidate))


def describe(findings: list[Finding], language: str = "nl") -> list[str]:
    """Distinct human labels of what was found, in first-seen order."""
    texts = catalogue(language)
    return list(dict.fromkeys(texts.translate("TextGuard", KIND_LABELS[f.kind]) for f in findings))
