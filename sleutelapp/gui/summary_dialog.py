"""The "Anonieme samenvatting" dialog: pick an ended period and a label, see the tables
exactly as they will be sent (suppressed cells shown as such), save JSON and PDF.

Also holds `SummaryTables`, the preview of one summary table (its model is in
gui/models/summary_models.py) that the merge dialog shows too. Its texts are tr() texts; the
form's labels come from ui/summary_dialog.ui.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from sleutelapp.domain import anonymity
from sleutelapp.domain.anonymity import TABLE_BY_ID, TABLES, Summary
from sleutelapp.gui import prompts
from sleutelapp.gui.background import run_with_progress
from sleutelapp.gui.forms.ui_summary_dialog import Ui_SummaryDialog
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.models.summary_models import SummaryTableModel
from sleutelapp.gui.operations import Operations
from sleutelapp.gui.screen_fit import fit_to_screen


def legend_text(k: int) -> str:
    return anonymity.legend(k, current_language())


class SummaryTables:
    """A table chooser, a table view and its model: the preview both dialogs show."""

    def __init__(self, combo, view, explain_label=None):
        self._combo, self._view, self._explain = combo, view, explain_label
        self.model = SummaryTableModel(view)
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for spec in TABLES:
            combo.addItem(spec.title(current_language()), spec.id)
        self._summary: Summary | None = None
        combo.currentIndexChanged.connect(self._show)

    def set_summary(self, summary: Summary | None) -> None:
        self._summary = summary
        self._show()

    def _show(self) -> None:
        table_id = self._combo.currentData()
        self.model.set_table(self._summary.table(table_id) if self._summary else None)
        if self._explain is not None:
            spec = TABLE_BY_ID[table_id]
            self._explain.setText(spec.explain(current_language()))


def summary_filter() -> str:
    return QCoreApplication.translate("SummaryDialog", "Summary (*.json)")


def json_and_pdf_paths(chosen: str, with_pdf: bool) -> tuple[Path, Path | None]:
    """The JSON file the user chose and the PDF beside it (same name, .pdf)."""
    path = prompts.with_suffix(chosen, ".json")
    return path, (path.with_suffix(".pdf") if with_pdf else None)


# --- the dialog -------------------------------------------------------------------------

PERIOD_KINDS = (
    ("month", QT_TRANSLATE_NOOP("SummaryDialog", "Month")),
    ("quarter", QT_TRANSLATE_NOOP("SummaryDialog", "Quarter")),
    ("year", QT_TRANSLATE_NOOP("SummaryDialog", "Year")),
)
YEARS_BACK = 3  # ended periods offered: this many calendar years back


class SummaryDialog(QDialog):
    """Pick an ended period of the case file's one period length; preview; save JSON (+ PDF).

    The rules of domain/summary_sequence.py are shown, not just enforced: the period length
    is chosen before the first summary and then fixed, only ended periods are offered, and a
    period issued before comes back with the same figures, which the dialog says.
    """

    def __init__(self, parent, case, today: date | None = None):
        super().__init__(parent)
        from sleutelapp.exports.summary import sequence_state

        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        self.setObjectName("summaryDialog")
        self._case = case
        self._today = today or date.today()
        self.summary: Summary | None = None
        self.prepared = None
        self.saved: list[Path] = []
        ui = self.ui
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save…"))
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        for code, text in PERIOD_KINDS:
            ui.periodKindCombo.addItem(self.tr(text), code)
        self.tables = SummaryTables(ui.tableCombo, ui.tableView, ui.explainLabel)
        self._state = sequence_state(case)
        fixed = self._state.fixed_kind()
        ui.periodKindCombo.setCurrentIndex(ui.periodKindCombo.findData(fixed or "quarter"))
        ui.periodKindCombo.setEnabled(fixed is None)
        self._show_kind_note()
        self._fill_periods()
        ui.periodKindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.periodCombo.currentIndexChanged.connect(self.refresh)
        ui.labelEdit.editingFinished.connect(self._label_changed)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        fit_to_screen(self)
        self.refresh()

    # -- period length and period --

    def period_kind(self) -> str:
        return self.ui.periodKindCombo.currentData()

    def kind_is_fixed(self) -> bool:
        return self._state.fixed_kind() is not None

    def _show_kind_note(self) -> None:
        from sleutelapp.domain.summary_sequence import kind_label

        kind = self.period_kind()
        if self.kind_is_fixed():
            text = self.tr("Fixed: this case file makes summaries per {0}.").format(
                kind_label(kind, current_language())
            )
        else:
            text = self.tr(
                "Choose this before the first summary. It is fixed after that, so nobody can "
                "subtract summaries from each other."
            )
        self.ui.kindNoteLabel.setText(text)

    def _fill_periods(self) -> None:
        from sleutelapp.domain.summary_sequence import ended_periods

        combo = self.ui.periodCombo
        combo.blockSignals(True)
        combo.clear()
        language = current_language()
        back_to = date(self._today.year - YEARS_BACK, 1, 1)
        for period in ended_periods(self.period_kind(), self._today, back_to=back_to):
            issued = self._state.issued.get(period.code)
            text = period.label(language)
            if issued is not None:
                day = issued.issued_at[:10]
                text = self.tr("{0} — issued on {1}").format(text, day)
            combo.addItem(text, period.code)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)

    def _kind_changed(self) -> None:
        self._show_kind_note()
        self._fill_periods()
        self.refresh()

    def set_period(self, period: anonymity.Period) -> None:
        """Select `period` (its length must be the one shown); refreshes the preview."""
        ui = self.ui
        if period.kind != self.period_kind() and not self.kind_is_fixed():
            ui.periodKindCombo.setCurrentIndex(ui.periodKindCombo.findData(period.kind))
        index = ui.periodCombo.findData(period.code)
        if index >= 0:
            ui.periodCombo.setCurrentIndex(index)

    def period(self) -> anonymity.Period | None:
        code = self.ui.periodCombo.currentData()
        return anonymity.parse_period(code) if code else None

    # -- preview and save --

    def _label_changed(self) -> None:
        if self.prepared is not None and not self.prepared.is_reissue:
            self.refresh()

    def refresh(self) -> None:
        """Prepare the summary as it would be sent, off the GUI thread when it takes long."""
        from sleutelapp.exports.summary import SummaryNotAllowedError, prepare_summary
        from sleutelapp.store.errors import CaseError

        ui = self.ui
        period = self.period()
        self.prepared = self.summary = None
        problem = ""
        if period is None:
            problem = self.tr("There is no ended period to summarise yet.")
        else:
            try:
                self.prepared = run_with_progress(
                    self,
                    self.tr("Making the summary…"),
                    functools.partial(prepare_summary, choose_kind=True),
                    self._case,
                    period,
                    ui.labelEdit.text(),
                    self._today,
                )
            except SummaryNotAllowedError as exc:
                problem = exc.message(current_language())
            except CaseError as exc:
                prompts.show_error(self, exc)
                return
        prepared = self.prepared
        self.summary = prepared.summary if prepared is not None else None
        self.tables.set_summary(self.summary)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(prepared is not None)
        reissue = prepared is not None and prepared.is_reissue
        ui.labelEdit.setReadOnly(reissue)
        if reissue:
            ui.labelEdit.setText(prepared.summary.parts[0].label)
        ui.statusLabel.setText(problem or self._status_text())
        if self.summary is None:
            ui.figuresLabel.setText("")
            ui.legendLabel.setText("")
            return
        s = self.summary
        ui.figuresLabel.setText(
            self.tr(
                "{0}: {1} newcomers counted (with consent to anonymised reporting), {2} not "
                "counted. A number about fewer than {3} newcomers is not shown."
            ).format(
                s.period.label(current_language()),
                s.counted.display(),
                s.not_counted.display(),
                s.k,
            )
        )
        ui.legendLabel.setText(legend_text(s.k))

    def _status_text(self) -> str:
        from sleutelapp.domain.summary_sequence import kind_label

        prepared = self.prepared
        if prepared is None:
            return ""
        if prepared.is_reissue:
            day = prepared.issued.issued_at[:10] if prepared.issued else ""
            text = self.tr(
                "This period was issued on {0}. You get exactly the same figures as then, "
                "with the same label."
            ).format(day)
            if prepared.data_changed:
                text += " " + self.tr(
                    "The data changed since; those changes are not counted here. So nobody "
                    "can subtract the two overviews from each other."
                )
            return text
        if prepared.chooses_kind:
            kind = self.period_kind()
            return self.tr(
                "This is the first summary: saving fixes the period length at {0}."
            ).format(kind_label(kind, current_language()))
        return ""

    def save(self) -> None:
        from sleutelapp.domain.summary_sequence import kind_label
        from sleutelapp.store.errors import CaseError

        prepared = self.prepared
        if prepared is None:
            return
        label = anonymity.normalise_label(self.ui.labelEdit.text())
        if not prepared.is_reissue:
            problem = anonymity.label_problem(label, current_language())
            if problem:
                prompts.inform(
                    self,
                    self.tr("Change the label"),
                    problem[0].upper() + problem[1:] + ".",
                )
                return
            if label != prepared.summary.parts[0].label:
                self.refresh()  # the label was typed but not confirmed: send what is typed
                prepared = self.prepared
                if prepared is None:
                    return
        if prepared.chooses_kind:
            kind = self.period_kind()
            if not prompts.confirm(
                self,
                self.tr("Fix the period length"),
                self.tr(
                    "After this summary, this case file makes summaries per {0} only. "
                    "You cannot change that later."
                ).format(kind_label(kind, current_language())),
                self.tr("Fix and save"),
            ):
                return
        summary = prepared.summary
        label = summary.parts[0].label
        suggested = (
            prompts.documents_folder() / f"samenvatting-{summary.period.code}"
            f"{'-' + _file_part(label) if label else ''}.json"
        )
        chosen = prompts.save_path(self, self.tr("Save summary"), suggested, summary_filter())
        if not chosen:
            return
        json_path, pdf_path = json_and_pdf_paths(chosen, self.ui.pdfCheck.isChecked())
        try:
            Operations.of(self.parent(), self._case).export_summary(
                self,
                self.tr("Saving the summary…"),
                prepared,
                json_path,
                pdf_path,
            )
        except CaseError as exc:
            prompts.show_error(self, exc)
            return
        except OSError as exc:
            prompts.inform(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be written: {0}.").format(exc.strerror),
            )
            return
        self.saved = [p for p in (json_path, pdf_path) if p is not None]
        prompts.inform(
            self,
            self.tr("Saved"),
            self.tr("Saved and recorded in the disclosure register:")
            + "\n"
            + "\n".join(str(p) for p in self.saved),
        )
        self.accept()


def _file_part(label: str) -> str:
    """A label made safe for a file name."""
    return re.sub(r"[^\w-]+", "-", label, flags=re.UNICODE).strip("-")[:40]


def open_summary_dialog(parent, case) -> bool:
    """Show the dialog; True when a summary was saved."""
    dialog = SummaryDialog(parent, case)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.saved)
    finally:
        dialog.deleteLater()
