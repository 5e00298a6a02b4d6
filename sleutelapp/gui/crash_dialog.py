"""The dialog of an unhandled exception: the copyable report and a close button
(gui/crash.py shows it; loaded only when something went wrong)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog


class CrashDialog(QDialog):
    def __init__(self, report: str, parent=None):
        from sleutelapp.gui.forms.ui_crash_dialog import Ui_CrashDialog
        from sleutelapp.gui.screen_fit import fit_to_screen

        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.setObjectName("crashDialog")
        self.ui.reportEdit.setPlainText(report)
        self.ui.copyButton.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.ui.reportEdit.toPlainText())
        )
        self.ui.closeButton.clicked.connect(self.accept)
        fit_to_screen(self)
