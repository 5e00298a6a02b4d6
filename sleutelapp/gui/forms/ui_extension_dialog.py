# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extension_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 5cd72f48966693e3f9062ee5077a0b615e2cd27129a8dbed474dbaee682e985e
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ExtensionDialog(object):
    def setupUi(self, ExtensionDialog):
        if not ExtensionDialog.objectName():
            ExtensionDialog.setObjectName(u"ExtensionDialog")
        ExtensionDialog.resize(640, 560)
        self.layout = QVBoxLayout(ExtensionDialog)
        self.layout.setObjectName(u"layout")
        self.newcomerLabel = QLabel(ExtensionDialog)
        self.newcomerLabel.setObjectName(u"newcomerLabel")
        self.newcomerLabel.setText(u"")
        self.newcomerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.newcomerLabel.setWordWrap(True)

        self.layout.addWidget(self.newcomerLabel)

        self.requestForm = QFormLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.reasonLabel = QLabel(ExtensionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(ExtensionDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.sentLabel = QLabel(ExtensionDialog)
        self.sentLabel.setObjectName(u"sentLabel")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sentLabel)

        self.sentEdit = QLineEdit(ExtensionDialog)
        self.sentEdit.setObjectName(u"sentEdit")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sentEdit)


        self.layout.addLayout(self.requestForm)

        self.dueLabel = QLabel(ExtensionDialog)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setText(u"")
        self.dueLabel.setWordWrap(True)

        self.layout.addWidget(self.dueLabel)

        self.hintsLabel = QLabel(ExtensionDialog)
        self.hintsLabel.setObjectName(u"hintsLabel")
        self.hintsLabel.setText(u"")
        self.hintsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintsLabel.setWordWrap(True)

        self.layout.addWidget(self.hintsLabel)

        self.evidenceBox = QGroupBox(ExtensionDialog)
        self.evidenceBox.setObjectName(u"evidenceBox")
        self.evidenceLayout = QVBoxLayout(self.evidenceBox)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceNote = QLabel(self.evidenceBox)
        self.evidenceNote.setObjectName(u"evidenceNote")
        self.evidenceNote.setWordWrap(True)

        self.evidenceLayout.addWidget(self.evidenceNote)


        self.layout.addWidget(self.evidenceBox)

        self.decisionBox = QGroupBox(ExtensionDialog)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionForm = QFormLayout(self.decisionBox)
        self.decisionForm.setObjectName(u"decisionForm")
        self.outcomeLabel = QLabel(self.decisionBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.decisionBox)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.monthsLabel = QLabel(self.decisionBox)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsEdit = QLineEdit(self.decisionBox)
        self.monthsEdit.setObjectName(u"monthsEdit")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monthsEdit)

        self.decidedLabel = QLabel(self.decisionBox)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedEdit = QLineEdit(self.decisionBox)
        self.decidedEdit.setObjectName(u"decidedEdit")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decidedEdit)


        self.layout.addWidget(self.decisionBox)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.errorLabel = QLabel(ExtensionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ExtensionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.sentLabel.setBuddy(self.sentEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.monthsLabel.setBuddy(self.monthsEdit)
        self.decidedLabel.setBuddy(self.decidedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExtensionDialog)
    # setupUi

    def retranslateUi(self, ExtensionDialog):
        ExtensionDialog.setWindowTitle(QCoreApplication.translate("ExtensionDialog", u"Extension of the termijn", None))
        self.reasonLabel.setText(QCoreApplication.translate("ExtensionDialog", u"&Reason", None))
        self.sentLabel.setText(QCoreApplication.translate("ExtensionDialog", u"&Sent to DUO on", None))
        self.sentEdit.setPlaceholderText(QCoreApplication.translate("ExtensionDialog", u"day-month-year, for example 15-03-2026", None))
        self.evidenceBox.setTitle(QCoreApplication.translate("ExtensionDialog", u"Evidence gathered", None))
        self.evidenceNote.setText(QCoreApplication.translate("ExtensionDialog", u"Tick a document when you have it. Do not put the document or what it says in the app.", None))
        self.decisionBox.setTitle(QCoreApplication.translate("ExtensionDialog", u"Decision of DUO", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ExtensionDialog", u"&Decision", None))
        self.monthsLabel.setText(QCoreApplication.translate("ExtensionDialog", u"&Months granted", None))
        self.monthsEdit.setPlaceholderText(QCoreApplication.translate("ExtensionDialog", u"for example 6", None))
        self.decidedLabel.setText(QCoreApplication.translate("ExtensionDialog", u"Date of the &letter", None))
        self.decidedEdit.setPlaceholderText(QCoreApplication.translate("ExtensionDialog", u"day-month-year, for example 15-03-2026", None))
    # retranslateUi

