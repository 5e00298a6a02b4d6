# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_week_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 54a3ed5dc14a2a02cc2f336a210c55feadac5405fc2981e936f5d7bfac823a09
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

class Ui_AgendaWeekDialog(object):
    def setupUi(self, AgendaWeekDialog):
        if not AgendaWeekDialog.objectName():
            AgendaWeekDialog.setObjectName(u"AgendaWeekDialog")
        AgendaWeekDialog.resize(560, 320)
        self.layout = QVBoxLayout(AgendaWeekDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(AgendaWeekDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.namesLabel = QLabel(AgendaWeekDialog)
        self.namesLabel.setObjectName(u"namesLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.namesLabel)

        self.namesCombo = QComboBox(AgendaWeekDialog)
        self.namesCombo.setObjectName(u"namesCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.namesCombo)

        self.healthCheck = QCheckBox(AgendaWeekDialog)
        self.healthCheck.setObjectName(u"healthCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.healthCheck)

        self.locationCheck = QCheckBox(AgendaWeekDialog)
        self.locationCheck.setObjectName(u"locationCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationCheck)

        self.fileLabel = QLabel(AgendaWeekDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(AgendaWeekDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(AgendaWeekDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.form)

        self.warnLabel = QLabel(AgendaWeekDialog)
        self.warnLabel.setObjectName(u"warnLabel")
        self.warnLabel.setWordWrap(True)

        self.layout.addWidget(self.warnLabel)

        self.messageLabel = QLabel(AgendaWeekDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AgendaWeekDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.namesLabel.setBuddy(self.namesCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.namesCombo, self.healthCheck)
        QWidget.setTabOrder(self.healthCheck, self.locationCheck)
        QWidget.setTabOrder(self.locationCheck, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(AgendaWeekDialog)
    # setupUi

    def retranslateUi(self, AgendaWeekDialog):
        AgendaWeekDialog.setWindowTitle(QCoreApplication.translate("AgendaWeekDialog", u"Week as PDF", None))
        self.namesLabel.setText(QCoreApplication.translate("AgendaWeekDialog", u"&Names", None))
        self.healthCheck.setText(QCoreApplication.translate("AgendaWeekDialog", u"Show the &type of health appointments (GP, hospital, \u2026)", None))
#if QT_CONFIG(tooltip)
        self.locationCheck.setToolTip(QCoreApplication.translate("AgendaWeekDialog", u"The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.", None))
#endif // QT_CONFIG(tooltip)
        self.locationCheck.setText(QCoreApplication.translate("AgendaWeekDialog", u"Show the &place of appointments", None))
        self.fileLabel.setText(QCoreApplication.translate("AgendaWeekDialog", u"&File", None))
        self.browseButton.setText(QCoreApplication.translate("AgendaWeekDialog", u"C&hoose\u2026", None))
        self.warnLabel.setText(QCoreApplication.translate("AgendaWeekDialog", u"This paper is for yourself. Keep it with you and destroy it after the week. The Shared tab will say that these appointments were printed.", None))
    # retranslateUi

