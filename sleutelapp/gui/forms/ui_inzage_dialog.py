# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inzage_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 3bb023f9fd0ed134431fd9e801a46264d10f9bde588b2841f78526ca7dd29584
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

class Ui_InzageDialog(object):
    def setupUi(self, InzageDialog):
        if not InzageDialog.objectName():
            InzageDialog.setObjectName(u"InzageDialog")
        InzageDialog.resize(600, 260)
        self.layout = QVBoxLayout(InzageDialog)
        self.layout.setObjectName(u"layout")
        self.newcomerLabel = QLabel(InzageDialog)
        self.newcomerLabel.setObjectName(u"newcomerLabel")
        self.newcomerLabel.setText(u"")
        self.newcomerLabel.setWordWrap(True)

        self.layout.addWidget(self.newcomerLabel)

        self.summaryLabel = QLabel(InzageDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(InzageDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(InzageDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.fileLabel = QLabel(InzageDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(InzageDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(InzageDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.form)

        self.warnLabel = QLabel(InzageDialog)
        self.warnLabel.setObjectName(u"warnLabel")
        self.warnLabel.setWordWrap(True)

        self.layout.addWidget(self.warnLabel)

        self.messageLabel = QLabel(InzageDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InzageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InzageDialog)
    # setupUi

    def retranslateUi(self, InzageDialog):
        InzageDialog.setWindowTitle(QCoreApplication.translate("InzageDialog", u"Copy for the newcomer", None))
        self.languageLabel.setText(QCoreApplication.translate("InzageDialog", u"&Language", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("InzageDialog", u"The copy is in this language with the Dutch beside it (Dutch alone when Dutch is chosen).", None))
#endif // QT_CONFIG(tooltip)
        self.fileLabel.setText(QCoreApplication.translate("InzageDialog", u"&File", None))
        self.browseButton.setText(QCoreApplication.translate("InzageDialog", u"C&hoose\u2026", None))
        self.warnLabel.setText(QCoreApplication.translate("InzageDialog", u"The PDF holds everything, your private notes too. Give it only to this newcomer. It is recorded in the disclosure register as given to them.", None))
    # retranslateUi

