"""The "Samenvattingen samenvoegen" dialog for coordinators (no case file needed).

Pick summary files, see which are accepted and why others are refused (one line each, from
exports/summary_merge.py: invalid, inconsistent, repeated, same source, other period),
preview the merged tables and save the merged JSON and a PDF with tables and charts in the
UI language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from sleutelapp.gui import prompts
from sleutelapp.gui.background import run_with_progress
from sleutelapp.gui.forms.ui_merge_dialog import Ui_MergeDialog
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.models.summary_models import CandidatesModel
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.gui.summary_dialog import (
    SummaryTables,
    json_and_pdf_paths,
    legend_text,
    summary_filter,
)


class MergeDialog(QDialog):
    """Summary files offered, checked one by one; the accepted ones merged and saved."""

    def __init__(self, parent):
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.setObjectName("mergeDialog")
        self.paths: list[Path] = []
        self.merged = None
        self.saved: list[Path] = []
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save merged…"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
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
                self.tr("Choose summaries"),
                prompts.documents_folder(),
                self.tr("Summaries (*.json)"),
            )
        ]
        self.set_paths(dict.fromkeys(self.paths + chosen))  # each file once, in order

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.ui.filesView.selectionModel().selectedRows()}
        self.set_paths([p for i, p in enumerate(self.paths) if i not in rows])

    def set_paths(self, paths) -> None:
        from sleutelapp.exports.summary_merge import merge_files

        self.paths = list(paths)
        # Checking and merging both in the background, one file at a time (thousands of
        # files neither freeze the window nor are all held in memory).
        candidates, self.merged = (
            run_with_progress(self, self.tr("Checking files…"), merge_files, self.paths, True)
            if self.paths
            else ([], None)
        )
        self.files.set_candidates(candidates)
        self._update()

    def _update(self) -> None:
        accepted = sum(1 for c in self.files.candidates if c.accepted)
        refused = len(self.files.candidates) - accepted
        self.tables.set_summary(self.merged)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.merged is not None
        )
        self.ui.removeButton.setEnabled(bool(self.paths))
        if self.merged is None:
            self.ui.resultLabel.setText(self.tr("No valid summaries chosen yet."))
            self.ui.legendLabel.setText("")
            return
        merged = self.merged
        text = self.tr(
            "Overview of {0} from %n summary(ies): {1} newcomers counted.", "", len(merged.parts)
        ).format(merged.period.label(current_language()), merged.counted.display())
        if refused:
            text += " " + self.tr("%n file(s) refused: not counted.", "", refused)
        self.ui.resultLabel.setText(text)
        self.ui.legendLabel.setText(legend_text(merged.k))

    def save(self) -> None:
        from sleutelapp.exports.summary_merge import write_merged

        if self.merged is None:
            return
        suggested = prompts.documents_folder() / f"overzicht-{self.merged.period.code}.json"
        chosen = prompts.save_path(
            self,
            self.tr("Save merged overview"),
            suggested,
            summary_filter(),
        )
        if not chosen:
            return
        json_path, pdf_path = json_and_pdf_paths(chosen, self.ui.pdfCheck.isChecked())
        try:
            run_with_progress(
                self,
                self.tr("Saving…"),
                write_merged,
                self.merged,
                json_path,
                pdf_path,
                current_language(),
            )
        except OSError as exc:
            prompts.inform(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be written: {0}.").format(exc.strerror),
            )
            return
        self.saved = [p for p in (json_path, pdf_path) if p is not None]
        prompts.inform(self, self.tr("Saved"), "\n".join(str(p) for p in self.saved))
        self.accept()


def open_merge_dialog(parent) -> bool:
    """Show the dialog; True when a merged overview was saved."""
    dialog = MergeDialog(parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.saved)
    finally:
        dialog.deleteLater()
