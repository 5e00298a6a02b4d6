"""The "Samenvattingen samenvoegen" dialog for coordinators (no case file needed).

Pick summary files, see which are accepted and why others are refused (one line each, from
exports/summary_merge.py: invalid, inconsistent, repeated, same source, other period),
preview the merged tables and save the merged JSON and a PDF with tables and charts in the
UI language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from sleutelapp.domain.wording import count_of
from sleutelapp.gui import prompts
from sleutelapp.gui.background import run_with_progress
from sleutelapp.gui.forms.ui_merge_dialog import Ui_MergeDialog
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.labels import pick
from sleutelapp.gui.models.summary_models import CandidatesModel
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.gui.summary_dialog import (
    SummaryTables,
    json_and_pdf_paths,
    legend_text,
    summary_filter,
)


class MergeDialog(QDialog):
    def __init__(self, parent):
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.setObjectName("mergeDialog")
        self.paths: list[Path] = []
        self.merged = None
        self.saved: list[Path] = []
        ui = self.ui
        self.setWindowTitle(pick("Samenvattingen samenvoegen", "Merge summaries"))
        ui.introLabel.setText(
            pick(
                "Voeg anonieme samenvattingen van dezelfde periode samen tot één overzicht. "
                "Hiervoor is geen dossier nodig. Een bestand dat geen geldige samenvatting is, "
                "niet klopt met zichzelf, twee keer meetelt, uit een dossier komt dat al "
                "meedoet of over een andere periode gaat, wordt geweigerd. Bij elk "
                "geweigerd bestand staat waarom.",
                "Merge anonymised summaries of the same period into one overview. No case file "
                "is needed. A file that is not a valid summary, does not add up, would count "
                "twice, comes from a case file already included or covers another period is "
                "refused. Each refused file says why.",
            )
        )
        ui.addButton.setText(pick("Bestanden &toevoegen…", "&Add files…"))
        ui.removeButton.setText(pick("&Verwijderen uit lijst", "&Remove from list"))
        ui.tableLabel.setText(pick("&Tabel", "&Table"))
        ui.pdfCheck.setText(
            pick(
                "Ook een PDF-overzicht met grafieken opslaan",
                "Also save a PDF overview with charts",
            )
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            pick("Samengevoegd opslaan…", "Save merged…")
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(pick("Sluiten", "Close"))
        self.files = CandidatesModel(self)
        ui.filesView.setModel(self.files)
        header = ui.filesView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tables = SummaryTables(ui.tableCombo, ui.tableView)
        ui.addButton.clicked.connect(self.add_files)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._update()
        fit_to_screen(self)

    def add_files(self) -> None:
        chosen = [
            Path(p)
            for p in prompts.open_paths(
                self,
                pick("Samenvattingen kiezen", "Choose summaries"),
                prompts.documents_folder(),
                pick("Samenvattingen (*.json)", "Summaries (*.json)"),
            )
        ]
        self.set_paths(dict.fromkeys(self.paths + chosen))  # each file once, in order

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.ui.filesView.selectionModel().selectedRows()}
        self.set_paths([p for i, p in enumerate(self.paths) if i not in rows])

    def set_paths(self, paths) -> None:
        from sleutelapp.exports.summary_merge import check_files

        self.paths = list(paths)
        candidates = (
            run_with_progress(
                self, pick("Bestanden controleren…", "Checking files…"), check_files, self.paths
            )
            if self.paths
            else []
        )
        self.files.set_candidates(candidates)
        self._update()

    def _update(self) -> None:
        from sleutelapp.exports.summary_merge import merge_summaries

        accepted = [c.summary for c in self.files.candidates if c.accepted]
        refused = len(self.files.candidates) - len(accepted)
        self.merged = merge_summaries(accepted) if accepted else None
        self.tables.set_summary(self.merged)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.merged is not None
        )
        self.ui.removeButton.setEnabled(bool(self.paths))
        if self.merged is None:
            self.ui.resultLabel.setText(
                pick("Nog geen geldige samenvattingen gekozen.", "No valid summaries chosen yet.")
            )
            self.ui.legendLabel.setText("")
            return
        merged = self.merged
        self.ui.resultLabel.setText(
            pick(
                f"Overzicht van {merged.period.label('nl')} uit "
                + count_of(len(merged.parts), "summary", "nl")
                + f": {merged.counted.display()} nieuwkomers geteld."
                + (f" {count_of(refused, 'file_counts', 'nl')} niet mee." if refused else ""),
                f"Overview of {merged.period.label('en')} from "
                + count_of(len(merged.parts), "summary", "en")
                + f": {merged.counted.display()} newcomers counted."
                + (f" {count_of(refused, 'file', 'en')} refused: not counted." if refused else ""),
            )
        )
        self.ui.legendLabel.setText(legend_text(merged.k))

    def save(self) -> None:
        from sleutelapp.exports.summary_merge import write_merged

        if self.merged is None:
            return
        suggested = prompts.documents_folder() / f"overzicht-{self.merged.period.code}.json"
        chosen = prompts.save_path(
            self,
            pick("Samengevoegd overzicht opslaan", "Save merged overview"),
            suggested,
            summary_filter(),
        )
        if not chosen:
            return
        json_path, pdf_path = json_and_pdf_paths(chosen, self.ui.pdfCheck.isChecked())
        try:
            run_with_progress(
                self,
                pick("Opslaan…", "Saving…"),
                write_merged,
                self.merged,
                json_path,
                pdf_path,
                current_language(),
            )
        except OSError as exc:
            prompts.inform(
                self,
                pick("Niet opgeslagen", "Not saved"),
                pick(
                    f"Het bestand kon niet worden geschreven: {exc.strerror}.",
                    f"The file could not be written: {exc.strerror}.",
                ),
            )
            return
        self.saved = [p for p in (json_path, pdf_path) if p is not None]
        prompts.inform(self, pick("Opgeslagen", "Saved"), "\n".join(str(p) for p in self.saved))
        self.accept()


def open_merge_dialog(parent) -> bool:
    """Show the dialog; True when a merged overview was saved."""
    dialog = MergeDialog(parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.saved)
    finally:
        dialog.deleteLater()
