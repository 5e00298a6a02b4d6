"""Settings: every key of domain.settings.SETTINGS, each with its own widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from sleutelapp.domain.settings import SETTINGS
from sleutelapp.gui import prompts
from sleutelapp.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from sleutelapp.gui.i18n import fill_language_choice
from sleutelapp.gui.passphrase_dialog import PassphraseDialog
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.gui.typed_fields import WholeNumberField, name_after_labels


class SettingsDialog(QDialog):
    def __init__(self, parent, operations, case, *, recovery_key_action=None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("settingsDialog")
        self._operations = operations
        self._case = case
        ui = self.ui
        self.widgets = {
            "controller_name": ui.controllerNameEdit,
            "controller_contact": ui.controllerContactEdit,
            "keyperson_name": ui.keypersonNameEdit,
            "keyperson_contact": ui.keypersonContactEdit,
            "retention_months": ui.retentionSpin,
            "autolock_minutes": ui.autolockSpin,
            "k_threshold": ui.kSpin,
            "ui_language": ui.languageCombo,
            "report_schedule": ui.reportScheduleCombo,
        }
        assert set(self.widgets) == set(SETTINGS), "every declared setting needs a widget"
        fill_language_choice(ui.languageCombo)
        ui.reportScheduleCombo.addItem(self.tr("Every quarter"), "quarter")
        ui.reportScheduleCombo.addItem(self.tr("Every month"), "month")
        values = case.settings.all()
        for key, widget in self.widgets.items():
            setting = SETTINGS[key]
            if isinstance(widget, WholeNumberField):
                widget.setRange(setting.minimum or 0, setting.maximum or 10_000)
                widget.setValue(int(values[key]))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(values[key]))
            else:
                widget.setCurrentIndex(max(0, widget.findData(values[key])))
        ui.passphraseButton.clicked.connect(self._change_passphrase)
        if recovery_key_action is None:
            ui.recoveryKeyButton.setEnabled(False)
            ui.recoveryKeyButton.setToolTip(self.tr("Not available in this version."))
        else:
            ui.recoveryKeyButton.clicked.connect(lambda: recovery_key_action(self))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_to_screen(self)
        name_after_labels(self)

    def values(self) -> dict:
        result = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, WholeNumberField):
                result[key] = widget.value()
            elif isinstance(widget, QLineEdit):
                result[key] = widget.text().strip()
            else:
                result[key] = widget.currentData()
        return result

    def _change_passphrase(self) -> None:
        PassphraseDialog(self, self._case).exec()

    def problem(self) -> WholeNumberField | None:
        """The first number field that does not hold a whole number in its range; it says
        why below itself."""
        for widget in self.widgets.values():
            if isinstance(widget, WholeNumberField):
                found = widget.check()
                if found:
                    widget.show_problem(found)
                    return widget
        return None

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        wrong = self.problem()
        if wrong is not None:
            wrong.setFocus(Qt.FocusReason.OtherFocusReason)
            return  # nothing is saved while a number is wrong
        try:
            self._operations.save_settings(self.values())
        except CaseError as exc:
            prompts.show_error(self, exc)
            return
        super().accept()
