"""Plain, consistent Dutch (B1): the Dutch catalogue and every string in the code say "u"
(never "je"), use one name for the regisseur report, avoid words a B1 reader does not know,
and write plurals properly instead of "(en)" or "(s)" hacks."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "sleutelapp_nl.ts"

# pattern -> why it is refused
DUTCH_RULES = {
    r"\b(je|jij|jouw|jou)\b": "say 'u', not 'je'",
    r"verstrekking": "B1: say 'gedeeld'",
    r"geaccepteerd": "B1: say 'telt mee'",
    r"\bregels\b|\b(één|een|elke) regel\b": "B1: say 'onderdelen' or 'rij' (a 'regel' is "
    "a line of text)",
    r"\(k\)|\bk = ": "B1: say 'kleinste groep', not k",
    r"[a-z]\((en|s)\)|\(y/ies\)|probleem/problemen": "write the plural (Qt %n or wording.count_of)",
    (
        r"(samenvatting|rapportage) (naar|voor) (de )?(inburgerings)?regisseur"
        r"|rapport (voor )?regisseur\b"
    ): "the regisseur report is called 'Rapport voor de regisseur'",
    r"\d h\b|\} h\b|/ h\b": "hours are 'u' in Dutch",
}


# Field labels, not counts: one language or more.
LABELS_WITH_PARENTHESES = {"Language(s)", "&Language(s)"}


def catalogue_texts() -> list[str]:
    texts = []
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        texts += [f.text or "" for f in forms] if forms else [translation.text or ""]
    return texts


def code_strings() -> list[tuple[str, str]]:
    """Every string literal in the app's code (f-string parts included), with its place.
    Qt plural sources ("%n newcomer(s)") are Qt's own convention and are skipped."""
    found = []
    for path in sorted((ROOT / "sleutelapp").rglob("*.py")):
        if "forms" in path.parts:
            continue  # generated from ui/*.ui; their Dutch is in the catalogue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "%n" not in node.value
                and node.value not in LABELS_WITH_PARENTHESES
            ):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    return found


def broken_rules(text: str) -> list[str]:
    return [why for pattern, why in DUTCH_RULES.items() if re.search(pattern, text, re.I)]


def test_dutch_catalogue_is_plain_and_consistent():
    problems = [f"{text!r}: {why}" for text in catalogue_texts() for why in broken_rules(text)]
    assert not problems, "\n".join(problems)


def test_strings_in_the_code_are_plain_and_consistent():
    problems = [
        f"{where} {text!r}: {why}"
        for where, text in code_strings()
        for why in broken_rules(text)
        if not (why.startswith("hours") or "Tigrinya" in text)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "text",
    [
        "Weet je het zeker?",
        "Register van verstrekkingen",
        "3 samenvatting(en)",
        "Samenvatting naar regisseur",
        "Rapportage voor de inburgeringsregisseur",
        "1 newcomer(s)",
        "Minimum per getal (k)",
        "Taal 1,5 / 800 h",
    ],
)
def test_the_rules_catch_what_was_found(text):
    assert broken_rules(text)


def test_the_rules_let_plain_dutch_through():
    assert broken_rules("Weet u het zeker? Rapport voor de regisseur: 1 contactmoment, 2 u.") == []


def test_plurals_in_the_core():
    from sleutelapp.domain.wording import count_of, short_date

    assert count_of(1, "contact_moment") == "1 contactmoment"
    assert count_of(3, "contact_moment") == "3 contactmomenten"
    assert count_of(0, "newcomer") == "0 nieuwkomers"
    from datetime import date

    assert short_date(date(2026, 12, 1)) == "1 dec 2026"
    assert short_date(date(2026, 3, 9), "en") == "9 Mar 2026"


def test_qt_plural_forms_in_dutch(dutch, qapp):
    from PySide6.QtCore import QCoreApplication

    one = QCoreApplication.translate("MainWindow", "%n newcomer(s)", "", 1)
    many = QCoreApplication.translate("MainWindow", "%n newcomer(s)", "", 4)
    assert (one, many) == ("1 nieuwkomer", "4 nieuwkomers")


@pytest.mark.parametrize(
    ("context", "source", "n", "expected"),
    [
        ("NewcomerView", "Termijn ends {0} — %n day(s) left", 1, "Termijn eindigt {0} — nog 1 dag"),
        (
            "NewcomerView",
            "Termijn ends {0} — %n day(s) left",
            9,
            "Termijn eindigt {0} — nog 9 dagen",
        ),
        ("NewcomerView", "%n month(s)", 1, "1 maand"),
        ("NewcomerDialog", "%n month(s)", 6, "6 maanden"),
        (
            "TodayView",
            "{0} — last contact {1} (%n day(s) ago)",
            1,
            "{0} — laatste contact {1} (1 dag geleden)",
        ),
        (
            "TodayView",
            "{0} — termijn ends {1} (%n day(s) left)",
            2,
            "{0} — termijn eindigt {1} (nog 2 dagen)",
        ),
    ],
)
def test_counts_on_screen_use_plural_forms(dutch, context, source, n, expected):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate(context, source, "", n) == expected


def test_the_disclosures_tab_shows_dates_as_on_every_screen(dutch, case, qtmodeltester):
    from datetime import date

    from sleutelapp.domain.model import Disclosure, Newcomer
    from sleutelapp.gui.models.register_models import DisclosuresModel

    n = case.newcomers.add(Newcomer("Amal Haddad", route="b1"))
    case.disclosures.record(
        Disclosure(
            "regisseur_report",
            date(2026, 11, 1),
            date(2026, 11, 30),
            "Mw. De Vries",
            "voortgang",
            "0" * 64,
            newcomer_id=n.id,
            made_at="2026-12-01T14:05:09",
        )
    )
    model = DisclosuresModel()
    model.reload(case, n.id)
    qtmodeltester.check(model)
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:3] == ["1 dec 2026 14:05", "Rapport voor de regisseur", "1 nov 2026 – 30 nov 2026"]
