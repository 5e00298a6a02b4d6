# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 6672bfd9751c7f8480364ef2af4ffce038abcaf81cf06f6ae65e0659c8228956
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

class Ui_CalendarExportDialog(object):
    def setupUi(self, CalendarExportDialog):
        if not CalendarExportDialog.objectName():
            CalendarExportDialog.setObjectName(u"CalendarExportDialog")
        CalendarExportDialog.resize(560, 380)
        self.layout = QVBoxLayout(CalendarExportDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(CalendarExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.daysLabel = QLabel(CalendarExportDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(CalendarExportDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(0)
        self.daysSpin.setMaximum(3660)
        self.daysSpin.setValue(14)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.namesLabel = QLabel(CalendarExportDialog)
        self.namesLabel.setObjectName(u"namesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.namesLabel)

        self.namesCombo = QComboBox(CalendarExportDialog)
        self.namesCombo.setObjectName(u"namesCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.namesCombo)

        self.healthCheck = QCheckBox(CalendarExportDialog)
        self.healthCheck.setObjectName(u"healthCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.healthCheck)

        self.locationCheck = QCheckBox(CalendarExportDialog)
        self.locationCheck.setObjectName(u"locationCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.locationCheck)

        self.recipientLabel = QLabel(CalendarExportDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QLineEdit(CalendarExportDialog)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.fileLabel = QLabel(CalendarExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(CalendarExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(CalendarExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.form)

        self.warnLabel = QLabel(CalendarExportDialog)
        self.warnLabel.setObjectName(u"warnLabel")
        self.warnLabel.setWordWrap(True)

        self.layout.addWidget(self.warnLabel)

        self.messageLabel = QLabel(CalendarExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CalendarExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.daysLabel.setBuddy(self.daysSpin)
        self.namesLabel.setBuddy(self.namesCombo)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.daysSpin, self.namesCombo)
        QWidget.setTabOrder(self.namesCombo, self.healthCheck)
        QWidget.setTabOrder(self.healthCheck, self.locationCheck)
        QWidget.setTabOrder(self.locationCheck, self.recipientEdit)
        QWidget.setTabOrder(self.recipientEdit, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(CalendarExportDialog)
    # setupUi

    def retranslateUi(self, CalendarExportDialog):
        CalendarExportDialog.setWindowTitle(QCoreApplication.translate("CalendarExportDialog", u"Export the agenda (.ics)", None))
        self.introLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"Your planned appointments and open tasks go into a calendar file (.ics). You can open it in the calendar on your phone or computer.", None))
        self.daysLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"&Days ahead", None))
        self.namesLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"&Names", None))
        self.healthCheck.setText(QCoreApplication.translate("CalendarExportDialog", u"Show the &type of health appointments (GP, hospital, \u2026)", None))
#if QT_CONFIG(tooltip)
        self.locationCheck.setToolTip(QCoreApplication.translate("CalendarExportDialog", u"The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.", None))
#endif // QT_CONFIG(tooltip)
        self.locationCheck.setText(QCoreApplication.translate("CalendarExportDialog", u"Show the &place of appointments", None))
        self.recipientLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"&Goes to", None))
        self.fileLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"&File", None))
        self.browseButton.setText(QCoreApplication.translate("CalendarExportDialog", u"C&hoose\u2026", None))
        self.warnLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"Careful: a calendar on your phone that syncs sends everything in this file to the company behind that calendar (Google, Apple or Microsoft). That is why names are initials and places and health types stay out, unless you choose otherwise.", None))
    # retranslateUi

