"""The "Rapport voor de regisseur" dialog: period, recipient, password, the list of every item
of the period with the reason it is in or out, and a live QtPdf preview of exactly the bytes
that "Opslaan…" writes (encrypted with the password when one is given).

What is in or out is decided by domain/privacy.py only; here the key person can leave out
an included item (uncheck it) but cannot check an item the rules keep out.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QTimer,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sleutelapp.gui import prompts
from sleutelapp.gui.background import run_with_progress
from sleutelapp.gui.forms.ui_report_dialog import Ui_ReportDialog
from sleutelapp.gui.i18n import current_language
from sleutelapp.gui.labels import format_date
from sleutelapp.gui.models.report_models import DecisionsModel
from sleutelapp.gui.operations import Operations
from sleutelapp.gui.pdf_preview import PdfPreview
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.gui.typed_fields import name_after_labels
from sleutelapp.language import QT_TRANSLATE_NOOP

PRESETS = (
    ("month", QT_TRANSLATE_NOOP("ReportDialog", "Last month")),
    ("this_month", QT_TRANSLATE_NOOP("ReportDialog", "This month (up to today)")),
    ("quarter", QT_TRANSLATE_NOOP("ReportDialog", "Last quarter")),
    ("since_last", QT_TRANSLATE_NOOP("ReportDialog", "Since last report")),
    ("custom", QT_TRANSLATE_NOOP("ReportDialog", "Custom")),
)
REFRESH_DELAY_MS = 250  # typing a date or toggling items in a row renders once
TEXT_COLUMN_WIDTH = 130  # the snippet's share; the reason takes the rest and wraps
SPLITTER_SIZES = [640, 540]  # the list needs room for its reasons; the preview fits its width


class OneLineDelegate(QStyledItemDelegate):
    """Draws a cell on one line (elided) in a view that wraps its other cells."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


# --- the dialog -------------------------------------------------------------------------


class ReportDialog(QDialog):
    def __init__(self, parent, case, newcomer_id: str, today: date | None = None):

        super().__init__(parent)
        self.ui = ui = Ui_ReportDialog()
        ui.setupUi(self)
        self.setObjectName("reportDialog")
        self._case = case
        self._newcomer = case.newcomers.get(newcomer_id)
        self._today = today or date.today()
        self.plan = None
        self.pdf: bytes | None = None
        self.saved: Path | None = None
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._left_out: frozenset = frozenset()
        self._rendered_for: tuple = ()

        self._pdf_preview = PdfPreview(self, ui.previewPane)
        self.document, self.preview = self._pdf_preview.document, self._pdf_preview.view
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        ui.previewLayout.addWidget(self.preview, 1)
        QWidget.setTabOrder(ui.itemsView, self.preview)  # the right pane after the left one

        self.model = DecisionsModel(ui.itemsView)
        ui.itemsView.setModel(self.model)
        self._lay_out_columns()
        self.model.left_out_changed.connect(self._left_out_changed)
        self._texts()
        name_after_labels(self)  # the typed date fields are named after their labels

        ui.fromDate.setDate(self._today)
        ui.toDate.setDate(self._today)
        for code, text in PRESETS:
            ui.presetCombo.addItem(self.tr(text), code)
        self._apply_preset("month")
        ui.presetCombo.currentIndexChanged.connect(
            lambda: self._apply_preset(ui.presetCombo.currentData())
        )
        ui.fromDate.edited.connect(self._dates_edited)
        ui.toDate.edited.connect(self._dates_edited)
        ui.recipientEdit.setText(self._newcomer.regisseur)
        ui.recipientEdit.editingFinished.connect(self._schedule)
        ui.showPasswordCheck.toggled.connect(
            lambda on: ui.passwordEdit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.splitter.setSizes(SPLITTER_SIZES)
        fit_to_screen(self)
        self.refresh()

    def _lay_out_columns(self) -> None:
        """Short columns fit their contents; the reason stretches and wraps onto more lines
        (the form turns word wrap on, rows grow to fit), so it is never cut off at 1280×720;
        the text snippet keeps one line."""
        view, model = self.ui.itemsView, self.model
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (model.DATE, model.WHAT, model.INCLUDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(model.TEXT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(model.TEXT, TEXT_COLUMN_WIDTH)
        view.setItemDelegateForColumn(model.TEXT, OneLineDelegate(view))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().hide()

    def _texts(self) -> None:
        """The texts the form cannot hold: the name, and the standard buttons' own words."""
        ui = self.ui
        ui.newcomerLabel.setText(self.tr("Newcomer: {0}").format(self._newcomer.name))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save…"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    # -- period --

    def _apply_preset(self, code: str) -> None:
        from sleutelapp.exports import regisseur_report as rr

        if code == "month":
            period = rr.last_calendar_month(self._today)
        elif code == "this_month":
            period = (self._today.replace(day=1), self._today)
        elif code == "quarter":
            period = rr.last_quarter(self._today)
        elif code == "since_last":
            period = rr.since_last_report(self._case, self._newcomer.id, self._today)
            if period is None:
                self.ui.consentLabel.setText(self.tr("No report was made yet; choose a period."))
                return
        else:
            return
        for edit, day in ((self.ui.fromDate, period[0]), (self.ui.toDate, period[1])):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self._schedule()

    def _dates_edited(self) -> None:
        combo = self.ui.presetCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData("custom"))
        combo.blockSignals(False)
        self._schedule()

    def period(self) -> tuple[date | None, date | None]:
        """The typed period; None for a date that is empty or not a date."""
        return self.ui.fromDate.date_value_or_none(), self.ui.toDate.date_value_or_none()

    # -- preview --

    def _schedule(self) -> None:
        self._timer.start()

    def _left_out_changed(self, left_out: frozenset) -> None:
        self._left_out = left_out
        if self.plan is not None:
            self.plan = self.plan.leaving_out(left_out)
            self.model.set_decisions(self.plan.decisions)
        self._schedule()

    def refresh(self) -> None:
        """Plan and render the report as it would be saved; show it and the item list."""
        from sleutelapp.exports import regisseur_report as rr
        from sleutelapp.store.errors import CaseError

        self._timer.stop()
        start, end = self.period()
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if start is None or end is None:
            self._show_pdf(None)
            self.ui.consentLabel.setText(self.tr("Type both dates as dd-mm-yyyy, like 15-03-2026."))
            save.setEnabled(False)
            return
        if end < start:
            self._show_pdf(None)
            self.ui.consentLabel.setText(self.tr("The end date is before the start date."))
            save.setEnabled(False)
            return
        recipient = self.ui.recipientEdit.text()
        self._rendered_for = self._inputs()
        try:
            self.plan, self.pdf = run_with_progress(
                self,
                self.tr("Making the preview…"),
                _plan_and_render,
                self._case,
                self._newcomer.id,
                start,
                end,
                self._left_out,
                recipient,
                self._today,
            )
        except rr.ConsentMissing as exc:
            self.plan, self.pdf = exc.plan, None
            self.ui.consentLabel.setText(exc.message(current_language()))
        except CaseError as exc:
            prompts.show_error(self, exc)
            return
        else:
            self.ui.consentLabel.setText(self._consent_text())
        self.model.set_decisions(self.plan.decisions if self.plan else [])
        self._show_pdf(self.pdf)
        included = len(self.plan.included) if self.plan else 0
        total = len(self.plan.decisions) if self.plan else 0
        self.ui.countsLabel.setText(
            self.tr("{0} of %n entry(s) go into the report.", "", total).format(included)
        )
        save.setEnabled(self.pdf is not None)

    def _consent_text(self) -> str:
        consents = self.plan.consents
        given = format_date(consents.regisseur.given_on)
        if consents.allows_health:
            return self.tr("Consent given on {0}; health appointments are counted only.").format(
                given
            )
        return self.tr("Consent given on {0}; health appointments stay out (no consent).").format(
            given
        )

    def _show_pdf(self, pdf: bytes | None) -> None:
        self._pdf_preview.show(pdf)

    # -- save --

    def save(self) -> None:
        from sleutelapp.store.errors import CaseError

        if self._timer.isActive() or self._inputs() != self._rendered_for:
            self.refresh()  # save what is previewed, never a stale preview
        if self.pdf is None or self.plan is None:
            return
        from sleutelapp.exports.file_names import regisseur_report_name

        start, end = self.period()
        suggested = prompts.documents_folder() / regisseur_report_name(self._newcomer, start, end)
        chosen = prompts.save_path(self, self.tr("Save report"), suggested, "PDF (*.pdf)")
        if not chosen:
            return
        path = prompts.with_suffix(chosen, ".pdf")
        password = self.ui.passwordEdit.text() or None
        try:
            Operations.of(self.parent(), self._case).export_report(
                self,
                self.tr("Saving the report…"),
                self.plan,
                path,
                recipient=self._rendered_for[3],
                password=password,
                pdf=self.pdf,
            )
        except CaseError as exc:
            prompts.show_error(self, exc)
            return
        except OSError as exc:
            prompts.inform(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be written: {0}. Nothing was recorded.").format(
                    exc.strerror
                ),
            )
            return
        self.saved = path
        done = (
            self.tr("Saved with a password and recorded in the disclosure register:\n{0}")
            if password
            else self.tr("Saved and recorded in the disclosure register:\n{0}")
        )
        prompts.inform(self, self.tr("Saved"), done.format(path))
        self.accept()

    def _inputs(self) -> tuple:
        start, end = self.period()
        return start, end, self._left_out, self.ui.recipientEdit.text()


def _plan_and_render(case, newcomer_id, start, end, left_out, recipient, today):
    """Worker-thread part of a refresh: plan, then render (ConsentMissing carries the plan)."""
    from sleutelapp.exports import regisseur_report as rr

    plan = rr.plan_report(case, newcomer_id, start, end, left_out=left_out, today=today)
    try:
        return plan, rr.render(plan, recipient, datetime.now())
    except rr.ConsentMissing as exc:
        exc.plan = plan
        raise


def open_report_dialog(parent, case, newcomer_id: str) -> bool:
    """Show the dialog; True when a report was written (and registered)."""
    dialog = ReportDialog(parent, case, newcomer_id)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None
    finally:
        dialog.deleteLater()
