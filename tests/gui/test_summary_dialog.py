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
from tests.gui.conftest import OFFSCREEN_NOISE

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


def test_defaults_to_the_last_complete_quarter_and_shows_what_is_sent(dialog):
    assert dialog.period().code == "2026-Q3"
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


def test_period_picker_offers_only_months_quarters_and_years(dialog):
    ui = dialog.ui
    assert [ui.periodKindCombo.itemData(i) for i in range(ui.periodKindCombo.count())] == [
        "month",
        "quarter",
        "year",
    ]
    ui.periodKindCombo.setCurrentIndex(0)
    ui.periodPartCombo.setCurrentIndex(ui.periodPartCombo.findData(2))
    ui.yearSpin.setValue(2026)
    assert dialog.period() == parse_period("2026-02")
    assert dialog.summary.period.code == "2026-02"
    assert ui.periodPartCombo.count() == 12 and ui.periodPartCombo.itemText(1) == "februari"
    ui.periodKindCombo.setCurrentIndex(2)
    assert dialog.period().code == "2026" and ui.periodPartCombo.isHidden()


def test_save_writes_json_and_pdf_and_records_disclosures(dialog, demo_case, monkeypatch, tmp_path):
    from sleutelapp.gui import summary_dialog

    monkeypatch.setattr(summary_dialog, "_save_path", lambda *a: str(tmp_path / "wijk"))
    monkeypatch.setattr(summary_dialog, "_inform", lambda *a: None)
    dialog.ui.labelEdit.setText("Wijk Noord")
    dialog.save()
    written = tmp_path / "wijk.json"
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["parts"][0]["label"] == "Wijk Noord"
    assert document["period"] == "2026-Q3"
    # Exactly the previewed tables were written.
    assert document["tables"]["signals"] == dialog.summary.table("signals").to_json()
    assert (tmp_path / "wijk.pdf").stat().st_size > 1000
    kinds = [d.report_kind for d in demo_case.disclosures.all()]
    assert kinds == ["anonymised_summary", "anonymised_summary"]
    assert dialog.result() == dialog.DialogCode.Accepted


def _summary_file(case, folder, label, period="2026-Q3"):
    from sleutelapp.exports.summary import build_summary, summary_json_bytes

    path = folder / f"{label}.json"
    path.write_bytes(
        summary_json_bytes(build_summary(case, parse_period(period), label, today=TODAY))
    )
    return path


def test_merge_dialog_shows_accepted_and_refused_files(
    qtbot, qtmodeltester, demo_case, dutch, monkeypatch, tmp_path
):
    from sleutelapp.gui import merge_dialog

    noord = _summary_file(demo_case, tmp_path, "Noord")
    zuid = _summary_file(demo_case, tmp_path, "Zuid")
    other = _summary_file(demo_case, tmp_path, "Ander", period="2026-Q2")
    broken = tmp_path / "kapot.json"
    broken.write_bytes(b'{"format": "sleutelapp-summary", "version": 1, "tables": {"x": [[[')
    copy = tmp_path / "kopie.json"
    copy.write_bytes(noord.read_bytes())
    offered = (noord, zuid, noord, copy, other, broken)  # noord picked twice: listed once
    monkeypatch.setattr(merge_dialog, "_open_paths", lambda parent: [str(p) for p in offered])
    dialog = merge_dialog.MergeDialog(None)
    qtbot.addWidget(dialog)
    dialog.add_files()
    model = dialog.files
    qtmodeltester.check(model)
    states = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert states == ["Telt mee", "Telt mee", "Telt niet mee", "Telt niet mee", "Telt niet mee"]
    details = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "zit al in Noord.json" in details[2]
    assert "periode 2026-Q2 wijkt af" in details[3]
    assert "geen geldige JSON" in details[4]
    assert "2 samenvatting" in dialog.ui.resultLabel.text()
    assert "3 bestanden tellen niet mee" in dialog.ui.resultLabel.text()

    monkeypatch.setattr(merge_dialog, "_save_path", lambda *a: str(tmp_path / "overzicht.json"))
    monkeypatch.setattr(merge_dialog, "_inform", lambda *a: None)
    dialog.save()
    merged = json.loads((tmp_path / "overzicht.json").read_text())
    assert sorted(p["label"] for p in merged["parts"]) == ["Noord", "Zuid"]
    assert (tmp_path / "overzicht.pdf").exists()


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
    paths = [_summary_file(demo_case, tmp_path, name) for name in ("Noord", "Zuid")]
    monkeypatch.setattr(merge_dialog, "_open_paths", lambda parent: [str(p) for p in paths])
    merge = merge_dialog.MergeDialog(None)
    qtbot.addWidget(merge)
    merge.add_files()
    merge.resize(900, 760)
    merge.show()
    qtbot.waitExposed(merge)
    if target:
        image.save(os.path.join(target, "summary_dialog.png"))
        merge.grab().save(os.path.join(target, "merge_dialog.png"))


def test_a_label_with_personal_data_is_not_saved(dialog, monkeypatch, tmp_path):
    from sleutelapp.gui import summary_dialog

    told = []
    monkeypatch.setattr(summary_dialog, "_inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(summary_dialog, "_save_path", lambda *a: str(tmp_path / "x.json"))
    dialog.ui.labelEdit.setText("amal@example.org")
    dialog.save()
    assert told and "persoonsgegevens" in told[0]
    assert not (tmp_path / "x.json").exists()
