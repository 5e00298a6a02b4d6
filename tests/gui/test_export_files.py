"""Where exports go and what they are called: report names say who (reference or initials,
never the name) and which period, unique per newcomer; save dialogs start in the documents
folder; the recovery sheet is never suggested next to the app; the report's default period
is the last complete month, with "Deze maand" one choice away."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.exports.file_names import period_part, regisseur_report_name
from tests.gui.conftest import OFFSCREEN_NOISE, Prompts

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

TODAY = date(2026, 12, 1)


def test_two_newcomers_in_one_period_never_share_a_file_name():
    a = Newcomer("Amal Haddad", route="b1")
    b = Newcomer("Ahmad Hosseini", route="b1")  # the same initials
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    name_a, name_b = regisseur_report_name(a, start, end), regisseur_report_name(b, start, end)
    assert name_a != name_b
    assert name_a.startswith("rapport-regisseur-AH-") and name_a.endswith("-2026-11.pdf")
    assert "Amal" not in name_a and "Haddad" not in name_a


def test_the_municipality_reference_names_the_report():
    n = Newcomer("Özge Aydın", route="z", municipality_ref="INB 2024/0312")
    assert regisseur_report_name(n, date(2026, 10, 1), date(2026, 12, 31)) == (
        "rapport-regisseur-INB-2024-0312-2026-Q4.pdf"
    )


@pytest.mark.parametrize(
    ("name", "part"),
    [("Özge Aydın", "OA"), ("Anne-Marie el-Amrani", "AMEA"), ("محمد رضا", ""), ("", "")],
)
def test_file_name_initials_are_the_shown_initials_made_ascii(name, part):
    """One initials rule (domain/shown_names.py); a file name keeps only A-Z of it."""
    from sleutelapp.exports.file_names import initials

    assert initials(name) == part


def test_an_arabic_name_gives_an_ascii_file_name_with_the_id_part():
    n = Newcomer("محمد رضا", route="b1")
    name = regisseur_report_name(n, date(2026, 11, 1), date(2026, 11, 30))
    assert name == f"rapport-regisseur-{n.id.replace('-', '')[:6]}-2026-11.pdf"
    assert name.isascii()


@pytest.mark.parametrize(
    ("start", "end", "part"),
    [
        (date(2026, 11, 1), date(2026, 11, 30), "2026-11"),
        (date(2026, 2, 1), date(2026, 2, 28), "2026-02"),
        (date(2026, 7, 1), date(2026, 9, 30), "2026-Q3"),
        (date(2026, 12, 1), date(2026, 12, 1), "20261201-20261201"),
        (date(2026, 11, 5), date(2026, 12, 1), "20261105-20261201"),
    ],
)
def test_period_in_the_file_name(start, end, part):
    assert period_part(start, end) == part


@pytest.fixture
def report(qtbot, case, dutch):
    from sleutelapp.gui.report_dialog import ReportDialog

    n = case.newcomers.add(Newcomer("Amal Haddad", route="b1", termijn_start=date(2025, 1, 1)))
    case.consents.add(Consent(n.id, "regisseur_summary", date(2026, 1, 5)))
    case.entries.add(Entry(n.id, "appointment", date(2026, 11, 12), "school", status="done"))
    dialog = ReportDialog(None, case, n.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_report_defaults_to_last_month_and_offers_this_month(report, qtbot):
    assert report.period() == (date(2026, 11, 1), date(2026, 11, 30))
    combo = report.ui.presetCombo
    assert combo.currentText() == "Vorige maand"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith("Deze maand")
    assert report.period() == (date(2026, 12, 1), TODAY)


def test_report_is_suggested_in_the_documents_folder_under_a_unique_name(
    report, monkeypatch, tmp_path
):
    from sleutelapp.gui import prompts

    answers = Prompts(monkeypatch)
    monkeypatch.setattr(prompts, "documents_folder", lambda: tmp_path / "Documenten")
    report.save()
    ((title, suggested),) = answers.save_asks
    assert title == "Rapport opslaan"
    assert suggested.parent == tmp_path / "Documenten"
    assert suggested.name.startswith("rapport-regisseur-AH-")
    assert suggested.name.endswith("-2026-11.pdf")


def test_recovery_sheet_is_suggested_in_the_documents_folder(window_factory, monkeypatch, tmp_path):
    from sleutelapp.gui import prompts

    asked = []
    monkeypatch.setattr(prompts, "documents_folder", lambda: tmp_path / "Documenten")
    monkeypatch.setattr(prompts, "save_path", lambda parent, title, path, kind: asked.append(path))
    window = window_factory()
    page = window.recovery_page
    page.set_key("-".join(["ABCD"] * 8), {})
    page.ui.printButton.click()
    assert asked == [tmp_path / "Documenten" / "herstelsleutel.pdf"]
    assert Path.cwd() not in [p.parent for p in asked]
