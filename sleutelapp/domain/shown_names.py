"""How a newcomer's name is shown in a file the key person keeps for themselves (the
calendar export; an agenda on paper): in full, as the known-as name, or as initials.

Initials are the private default: they remind the key person who it is without telling a
calendar provider or a passer-by the name.
"""

from __future__ import annotations

import re

FULL, KNOWN_AS, INITIALS = "full", "known_as", "initials"
NAME_CHOICES = (INITIALS, KNOWN_AS, FULL)

# Words are split on spaces, hyphens and apostrophes: "Anne-Marie" gives "A.M.", and
# "El-Amrani" does not hide behind one letter "E".
_WORD_BREAKS = re.compile(r"[\s\-‐‑'’]+")


def initials(name: str) -> str:
    """ "Ahmad Karimi" -> "A.K.", "Özge Aydın" -> "Ö.A.", "محمد رضا" -> "م.ر."."""
    letters = [word[0].upper() for word in _WORD_BREAKS.split(name.strip()) if word]
    return "".join(f"{letter}." for letter in letters) or "?"


def shown_name(name: str, known_as: str, choice: str) -> str:
    """The newcomer's name as the user chose to show it (`NAME_CHOICES`)."""
    if choice == FULL:
        return name
    if choice == KNOWN_AS:
        return known_as or name
    if choice == INITIALS:
        return initials(name)
    raise ValueError(f"unknown name choice {choice!r}")
