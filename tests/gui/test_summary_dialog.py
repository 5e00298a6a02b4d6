"""The summary and merge dialogs: what the user sees is what is saved; refusals are shown."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest
from PySide6.QtCore import Qt

from sleutelapp.domain import demo
from sleutelapp.domain.anonymity import SUPPRESSED, parse_period
from sleutelapp.store.bulk import insert_all
from tests.gui.conftest import OFFSCREEN_NOISE, Prompts

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

TODAY = date(2026, 11, 20)


@pytest.fixture
def demo_case(case):
    data = demo.generate(newcomers=40, entries_per=60, seed=5, today=TODAY)
    insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    return case


@pytest.fixture
def dialog(qtbot, demo_case, dutch):
    from sleutelapp.gui.summary_dialog import SummaryDialog

    made = SummaryDialog(None, demo_case, today=TODAY)
    qtbot.addWidget(made)
    return made


def shown(model):
    rows, columns = model.rowCount(), model.columnCount()
    return [[model.index(r, c).data() for c in range(columns)] for r in range(rows)]


def test_model_passes_the_model_tester(qtmodeltester, dialog):
    dialog.ui.tableCombo.setCurrentIndex(dialog.ui.tableCombo.findData("contacts"))
    qtmodeltester.check(dialog.tables.model)


def test_defaults_to_the_last_ended_quarter_and_shows_what_is_sent(dialog):
    assert dialog.period().code == "2026-Q3"
    assert dialog.ui.periodKindCombo.isEnabled()  # no summary yet: the length can be chosen
    assert "legt u de periodelengte vast op kwartaal" in dialog.ui.statusLabel.text()
    assert "2026" in dialog.ui.figuresLabel.text() and "geteld" in dialog.ui.figuresLabel.text()
    dialog.ui.tableCombo.setCurrentIndex(dialog.ui.tableCombo.findData("signals"))
    model = dialog.tables.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Open"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Totaal"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Kinderopvang"
    table = dialog.summary.table("signals")
    for r, row in enumerate(table.cells):
        for c, cell in enumerate(row):
            text = model.index(r, c).data()
            assert (text == "*") == (cell.status == SUPPRESSED)
            if cell.status != SUPPRESSED and cell.value:
                assert text == f"{cell.value}  ({cell.newcomers})"
    assert any(text == "*" for row in shown(model) for text in row)


def test_only_ended_periods_of_the_chosen_length_are_offered(dialog):
    ui = dialog.ui
    assert [ui.periodKindCombo.itemData(i) for i in range(ui.periodKindCombo.count())] == [
        "month",
        "quarter",
        "year",
    ]
    periods = [ui.periodCombo.itemData(i) for i in range(ui.periodCombo.count())]
    assert periods[:3] == ["2026-Q3", "2026-Q2", "2026-Q1"]  # Q4 2026 has not ended
    ui.periodKindCombo.setCurrentIndex(ui.periodKindCombo.findData("month"))
    assert ui.periodCombo.itemData(0) == "2026-10" and ui.periodCombo.itemText(0) == "oktober 2026"
    assert "2026-11" not in [ui.periodCombo.itemData(i) for i in range(ui.periodCombo.count())]
    ui.periodKindCombo.setCurrentIndex(ui.periodKindCombo.findData("year"))
    assert ui.periodCombo.itemData(0) == "2025"


def _answer(monkeypatch, tmp_path, name="wijk", confirm=True):
    """The save question, the confirmation and the message, answered through gui/prompts.py;
    returns (questions asked, messages shown)."""
    answers = Prompts(monkeypatch)
    answers.path, answers.confirm = str(tmp_path / name), confirm
    return answers.questions, answers.shown


def test_the_first_summary_fixes_the_length_typed_by_keyboard(
    qtbot, dialog, demo_case, monkeypatch, tmp_path
):
    from sleutelapp.gui.summary_dialog import SummaryDialog

    asked, _told = _answer(monkeypatch, tmp_path)
    ui = dialog.ui
    dialog.show()
    qtbot.waitExposed(dialog)
    ui.periodKindCombo.setFocus()
    qtbot.keyClick(ui.periodKindCombo, Qt.Key.Key_Up)  # quarter -> month
    assert dialog.period_kind() == "month" and dialog.period().code == "2026-10"
    qtbot.keyClick(ui.periodKindCombo, Qt.Key.Key_Tab)
    assert ui.periodCombo.hasFocus()
    qtbot.keyClick(ui.periodCombo, Qt.Key.Key_Down)  # october -> september
    assert dialog.period().code == "2026-09"
    qtbot.keyClick(ui.periodCombo, Qt.Key.Key_Tab)
    assert ui.labelEdit.hasFocus()
    qtbot.keyClicks(ui.labelEdit, "Wijk Noord")
    qtbot.keyClick(ui.labelEdit, Qt.Key.Key_Return)
    assert asked and "alleen nog samenvattingen per maand" in asked[0]
    document = json.loads((tmp_path / "wijk.json").read_text(encoding="utf-8"))
    assert (document["period"], document["parts"][0]["label"]) == ("2026-09", "Wijk Noord")
    assert document["tables"]["signals"] == dialog.summary.table("signals").to_json()
    assert (tmp_path / "wijk.pdf").stat().st_size > 1000
    kinds = [d.report_kind for d in demo_case.disclosures.all()]
    assert kinds == ["anonymised_summary", "anonymised_summary"]
    assert dialog.result() == dialog.DialogCode.Accepted

    again = SummaryDialog(None, demo_case, today=TODAY)
    qtbot.addWidget(again)
    assert not again.ui.periodKindCombo.isEnabled()
    assert "Vastgelegd: dit dossier maakt samenvattingen per maand" in again.ui.kindNoteLabel.text()
    assert again.period().code == "2026-10" and "al verstrekt" not in again.ui.statusLabel.text()
    again.ui.periodCombo.setFocus()
    qtbot.keyClick(again.ui.periodCombo, Qt.Key.Key_Down)
    assert "al verstrekt op" in again.ui.periodCombo.currentText()
    assert "precies dezelfde cijfers" in again.ui.statusLabel.text()
    assert again.ui.labelEdit.isReadOnly() and again.ui.labelEdit.text() == "Wijk Noord"


def test_declining_to_fix_the_length_saves_nothing(dialog, demo_case, monkeypatch, tmp_path):
    asked, _ = _answer(monkeypatch, tmp_path, confirm=False)
    dialog.save()
    assert asked and not (tmp_path / "wijk.json").exists()
    assert demo_case.disclosures.summaries.state().fixed_kind() is None
    assert demo_case.disclosures.all() == []


def test_a_reissue_after_a_change_says_the_figures_are_the_same(
    qtbot, dialog, demo_case, monkeypatch, tmp_path
):
    from sleutelapp.domain.model import Consent, Entry, Newcomer
    from sleutelapp.gui.summary_dialog import SummaryDialog

    _answer(monkeypatch, tmp_path, name="eerst")
    dialog.save()
    person = demo_case.newcomers.add(Newcomer("Laat Toegevoegd", route="b1"))
    demo_case.consents.add(Consent(person.id, "reporting", date(2026, 1, 1)))
    demo_case.entries.add(Entry(person.id, "contact", date(2026, 8, 3), "video", topics=("work",)))
    again = SummaryDialog(None, demo_case, today=TODAY)
    qtbot.addWidget(again)
    assert again.period().code == "2026-Q3"
    status = again.ui.statusLabel.text()
    assert "precies dezelfde cijfers" in status and "sindsdien veranderd" in status
    _answer(monkeypatch, tmp_path, name="opnieuw")
    again.save()
    assert (tmp_path / "opnieuw.json").read_bytes() == (tmp_path / "eerst.json").read_bytes()


def test_a_period_made_by_an_earlier_version_is_refused_with_a_clear_message(
    qtbot, demo_case, dutch
):
    from sleutelapp.domain.model import Disclosure
    from sleutelapp.gui.summary_dialog import SummaryDialog

    july = parse_period("2026-07")
    demo_case.disclosures.record(
        Disclosure(
            report_kind="anonymised_summary",
            period_from=july.start,
            period_to=july.end,
            recipient="",
            purpose="reporting",
            sha256="0" * 64,
        )
    )
    made = SummaryDialog(None, demo_case, today=TODAY)
    qtbot.addWidget(made)
    assert made.period().code == "2026-Q3"
    assert "eerdere versie van Sleutelapp" in made.ui.statusLabel.text()
    assert not made.ui.buttonBox.button(made.ui.buttonBox.StandardButton.Save).isEnabled()
    assert made.tables.model.rowCount() == 0


def _summary_file(folder, label, period="2026-Q3", people=12, source=None, k=5):
    import uuid

    from sleutelapp.exports.summary import summary_json_bytes, tabulate
    from sleutelapp.store.summary_queries import PeriodCounts

    ids = [f"{label}{i}" for i in range(people)]
    counts = PeriodCounts(
        [(p, "b1", 1) for p in ids],
        [(p, "signal", "childcare", "open", 0, "", 1, 0) for p in ids],
    )
    summary = tabulate(
        counts,
        parse_period(period),
        k,
        label,
        summary_id=str(uuid.uuid4()),
        source=source or str(uuid.uuid4()),
    )
    path = folder / f"{label}.json"
    path.write_bytes(summary_json_bytes(summary))
    return path


def test_merge_dialog_shows_accepted_and_refused_files(
    qtbot, qtmodeltester, demo_case, dutch, monkeypatch, tmp_path
):
    from sleutelapp.gui import merge_dialog

    noord = _summary_file(tmp_path, "Noord")
    zuid = _summary_file(tmp_path, "Zuid", people=9)
    other = _summary_file(tmp_path, "Ander", period="2026-Q2")
    broken = tmp_path / "kapot.json"
    broken.write_bytes(b'{"format": "sleutelapp-summary", "version": 1, "tables": {"x": [[[')
    copy = tmp_path / "kopie.json"
    copy.write_bytes(noord.read_bytes())
    source = json.loads(noord.read_text())["parts"][0]["source"]
    remade = _summary_file(tmp_path, "Opnieuw", people=13, source=source)
    huge = json.loads(zuid.read_text())
    signals = huge["tables"]["signals"]
    signals["cells"][0][0] = {"status": "published", "value": 999_999, "newcomers": 9}
    (tmp_path / "groot.json").write_text(json.dumps(huge))
    offered = (noord, zuid, noord, copy, other, broken, remade, tmp_path / "groot.json")
    Prompts(monkeypatch).paths = [str(p) for p in offered]
    dialog = merge_dialog.MergeDialog(None)
    qtbot.addWidget(dialog)
    dialog.add_files()
    model = dialog.files
    qtmodeltester.check(model)
    states = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert states == ["Telt mee", "Telt mee"] + ["Telt niet mee"] * 5
    details = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "zit al in Noord.json" in details[2]
    assert "periode 2026-Q2 wijkt af" in details[3]
    assert "geen geldige JSON" in details[4]
    assert "uit hetzelfde dossier als Noord.json" in details[5]
    assert "groter dan haar totaal" in details[6]
    assert all("\n" not in d for d in details)
    assert "2 samenvatting" in dialog.ui.resultLabel.text()
    assert "5 bestanden tellen niet mee" in dialog.ui.resultLabel.text()

    Prompts(monkeypatch).path = str(tmp_path / "overzicht.json")
    dialog.save()
    merged = json.loads((tmp_path / "overzicht.json").read_text())
    assert sorted(p["label"] for p in merged["parts"]) == ["Noord", "Zuid"]
    assert (tmp_path / "overzicht.pdf").exists()


def test_merge_dialog_reads_and_merges_in_the_background(qtbot, dutch, monkeypatch, tmp_path):
    """Thousands of files must not freeze the window: every file is read, checked and
    folded into the merge off the GUI thread; removing a file merges the rest again."""
    import threading

    from sleutelapp.exports import summary_merge
    from sleutelapp.gui import merge_dialog

    threads = set()
    read, merged_id = summary_merge.read_summary, summary_merge.merged_id

    def reading(path):
        threads.add(threading.current_thread())
        return read(path)

    def merging(part_ids):  # every merge (and every file's check) derives the merged id
        threads.add(threading.current_thread())
        return merged_id(part_ids)

    monkeypatch.setattr(summary_merge, "read_summary", reading)
    monkeypatch.setattr(summary_merge, "merged_id", merging)
    offered = [_summary_file(tmp_path, name, people=10 + i) for i, name in enumerate("ABC")]
    Prompts(monkeypatch).paths = [str(p) for p in offered]
    dialog = merge_dialog.MergeDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert "3 samenvatting" in dialog.ui.resultLabel.text()
    assert threads and threading.main_thread() not in threads
    view = dialog.ui.filesView
    rect = view.visualRect(dialog.files.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert [c.path.name for c in dialog.files.candidates] == ["A.json", "C.json"]
    assert "2 samenvatting" in dialog.ui.resultLabel.text()
    assert sorted(p.label for p in dialog.merged.parts) == ["A", "C"]
    assert threading.main_thread() not in threads


def test_screenshots(dialog, qtbot, monkeypatch, tmp_path, demo_case):
    """Render both dialogs (look at them when SLEUTELAPP_SCREENSHOTS is set)."""
    from sleutelapp.gui import merge_dialog

    target = os.environ.get("SLEUTELAPP_SCREENSHOTS")
    dialog.ui.tableCombo.setCurrentIndex(dialog.ui.tableCombo.findData("contacts"))
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab()
    assert image.width() >= 900
    paths = [_summary_file(tmp_path, name) for name in ("Noord", "Zuid")]
    Prompts(monkeypatch).paths = [str(p) for p in paths]
    merge = merge_dialog.MergeDialog(None)
    qtbot.addWidget(merge)
    merge.add_files()
    merge.resize(900, 760)
    merge.show()
    qtbot.waitExposed(merge)
    if target:
        image.save(os.path.join(target, "summary_dialog.png"))
        merge.grab().save(os.path.join(target, "merge_dialog.png"))


def test_a_label_with_personal_data_is_not_saved(qtbot, dialog, monkeypatch, tmp_path):
    _asked, told = _answer(monkeypatch, tmp_path, name="x.json")
    qtbot.keyClicks(dialog.ui.labelEdit, "amal@example.org")
    dialog.save()
    assert told and "persoonsgegevens" in told[0]
    assert not (tmp_path / "x.json").exists()


def part(texts: dict[str, str], expected: dict[str, str]) -> dict[str, str]:
    """The shown texts that `expected` names (the others are checked apart)."""
    return {key: texts[key] for key in expected}


def _summary_dialog_texts(qtbot, case) -> dict[str, str]:
    from sleutelapp.gui.summary_dialog import SummaryDialog

    made = SummaryDialog(None, case, today=TODAY)
    qtbot.addWidget(made)
    ui = made.ui
    ui.tableCombo.setCurrentIndex(ui.tableCombo.findData("signals"))
    model = made.tables.model
    hidden = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data() == "*"
    )
    return {
        "title": made.windowTitle(),
        "kind": ui.kindLabel.text(),
        "label": ui.labelLabel.text(),
        "placeholder": ui.labelEdit.placeholderText(),
        "pdf": ui.pdfCheck.text(),
        "kinds": " / ".join(
            ui.periodKindCombo.itemText(i) for i in range(ui.periodKindCombo.count())
        ),
        "note": ui.kindNoteLabel.text(),
        "status": ui.statusLabel.text(),
        "figures": ui.figuresLabel.text(),
        "total": model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal),
        "hidden": model.data(hidden, Qt.ItemDataRole.ToolTipRole),
        "save": ui.buttonBox.button(ui.buttonBox.StandardButton.Save).text(),
        "close": ui.buttonBox.button(ui.buttonBox.StandardButton.Close).text(),
    }


def test_the_summary_dialog_speaks_the_chosen_language(qtbot, qapp, demo_case, dutch):
    from sleutelapp.gui import i18n

    i18n.install(qapp, "en")
    english = _summary_dialog_texts(qtbot, demo_case)
    expected = {
        "title": "Anonymised summary",
        "kind": "Period &length",
        "label": "&Label (optional)",
        "placeholder": "e.g. North district — no names of people",
        "pdf": "Also save a PDF (same content)",
        "kinds": "Month / Quarter / Year",
        "total": "Total",
        "hidden": "Not shown to protect privacy.",
        "save": "Save…",
        "close": "Close",
    }
    assert part(english, expected) == expected
    assert english["note"].startswith("Choose this before the first summary.")
    assert (
        english["status"] == "This is the first summary: saving fixes the period length at quarter."
    )
    assert english["figures"].startswith("Q3 2026: ") and "newcomers counted" in english["figures"]

    i18n.install(qapp, "nl")
    dutch_texts = _summary_dialog_texts(qtbot, demo_case)
    expected = {
        "title": "Anonieme samenvatting",
        "kind": "Periode&lengte",
        "label": "&Label (optioneel)",
        "placeholder": "bijv. Wijk Noord — geen namen van personen",
        "pdf": "Ook een PDF opslaan (zelfde inhoud)",
        "kinds": "Maand / Kwartaal / Jaar",
        "total": "Totaal",
        "hidden": "Niet getoond om de privacy te beschermen.",
        "save": "Opslaan…",
        "close": "Sluiten",
    }
    assert part(dutch_texts, expected) == expected
    assert dutch_texts["note"].startswith("Kies dit vóór de eerste samenvatting.")
    assert dutch_texts["status"] == (
        "Dit is de eerste samenvatting: bij opslaan legt u de periodelengte vast op kwartaal."
    )
    assert "nieuwkomers geteld" in dutch_texts["figures"]


def _merge_dialog_texts(qtbot, monkeypatch, paths) -> dict[str, str]:
    from sleutelapp.gui import merge_dialog

    Prompts(monkeypatch).paths = [str(p) for p in paths]
    made = merge_dialog.MergeDialog(None)
    qtbot.addWidget(made)
    empty = made.ui.resultLabel.text()
    made.add_files()
    model, ui = made.files, made.ui
    return {
        "title": made.windowTitle(),
        "intro": ui.introLabel.text(),
        "add": ui.addButton.text(),
        "remove": ui.removeButton.text(),
        "table": ui.tableLabel.text(),
        "pdf": ui.pdfCheck.text(),
        "save": ui.buttonBox.button(ui.buttonBox.StandardButton.Save).text(),
        "empty": empty,
        "columns": " / ".join(
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ),
        "states": " / ".join(model.index(r, 1).data() for r in range(model.rowCount())),
        "first": model.index(0, 2).data(),
        "result": ui.resultLabel.text(),
    }


def test_the_merge_dialog_speaks_the_chosen_language(qtbot, qapp, dutch, monkeypatch, tmp_path):
    from sleutelapp.gui import i18n

    offered = [
        _summary_file(tmp_path, "Noord"),
        _summary_file(tmp_path, "Zuid", people=9),
        _summary_file(tmp_path, "Ander", period="2026-Q2"),
    ]

    i18n.install(qapp, "en")
    english = _merge_dialog_texts(qtbot, monkeypatch, offered)
    expected = {
        "title": "Merge summaries",
        "add": "&Add files…",
        "remove": "&Remove from list",
        "table": "&Table",
        "pdf": "Also save a PDF overview with charts",
        "save": "Save merged…",
        "empty": "No valid summaries chosen yet.",
        "columns": "File / Status / Details",
        "states": "Accepted / Accepted / Refused",
        "first": "Q3 2026, 1 summary: Noord",
    }
    assert part(english, expected) == expected
    assert english["intro"].startswith("Merge anonymised summaries of the same period")
    assert english["result"].startswith("Overview of Q3 2026 from 2 summaries: ")
    assert english["result"].endswith(" newcomers counted. 1 file refused: not counted.")

    i18n.install(qapp, "nl")
    dutch_texts = _merge_dialog_texts(qtbot, monkeypatch, offered)
    expected = {
        "title": "Samenvattingen samenvoegen",
        "add": "Bestanden &toevoegen…",
        "remove": "&Verwijderen uit lijst",
        "table": "&Tabel",
        "pdf": "Ook een PDF-overzicht met grafieken opslaan",
        "save": "Samengevoegd opslaan…",
        "empty": "Nog geen geldige samenvattingen gekozen.",
        "columns": "Bestand / Status / Toelichting",
        "states": "Telt mee / Telt mee / Telt niet mee",
        "first": "3e kwartaal 2026, 1 samenvatting: Noord",
    }
    assert part(dutch_texts, expected) == expected
    assert dutch_texts["intro"].startswith("Voeg anonieme samenvattingen van dezelfde periode")
    assert dutch_texts["result"].startswith("Overzicht van 3e kwartaal 2026 uit 2 samenvattingen: ")
    assert dutch_texts["result"].endswith(" nieuwkomers geteld. 1 bestand telt niet mee.")


@pytest.mark.parametrize(
    ("code", "cancel"), [("en", "Cancel"), ("nl", "Annuleren")], ids=["en", "nl"]
)
def test_a_confirmation_offers_cancel_in_the_chosen_language(qtbot, qapp, dutch, code, cancel):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sleutelapp.gui import i18n, prompts

    i18n.install(qapp, code)
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.extend(button.text() for button in box.buttons())
        reject = QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == reject).click()

    QTimer.singleShot(0, answer)
    assert prompts.confirm(None, "Title", "Question?", "Go on") is False
    assert sorted(seen) == sorted(["Go on", cancel])
