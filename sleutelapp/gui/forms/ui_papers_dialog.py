# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'papers_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 2184482759e7bf6c3cb21a5bc56d5892875ba9297d734c24398a5c6e31f2b90e
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from sleutelapp.gui.typed_fields import WholeNumberField

class Ui_PapersDialog(object):
    def setupUi(self, PapersDialog):
        if not PapersDialog.objectName():
            PapersDialog.setObjectName(u"PapersDialog")
        PapersDialog.resize(600, 300)
        self.layout = QVBoxLayout(PapersDialog)
        self.layout.setObjectName(u"layout")
        self.newcomerLabel = QLabel(PapersDialog)
        self.newcomerLabel.setObjectName(u"newcomerLabel")
        self.newcomerLabel.setText(u"")
        self.newcomerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.newcomerLabel.setWordWrap(True)

        self.layout.addWidget(self.newcomerLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.paperLabel = QLabel(PapersDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(PapersDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.weeksLabel = QLabel(PapersDialog)
        self.weeksLabel.setObjectName(u"weeksLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weeksLabel)

        self.weeksEdit = WholeNumberField(PapersDialog)
        self.weeksEdit.setObjectName(u"weeksEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weeksEdit)

        self.languageLabel = QLabel(PapersDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(PapersDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.fileLabel = QLabel(PapersDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(PapersDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(PapersDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.form)

        self.explainLabel = QLabel(PapersDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setText(u"")
        self.explainLabel.setWordWrap(True)

        self.layout.addWidget(self.explainLabel)

        self.messageLabel = QLabel(PapersDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PapersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paperCombo)
        self.weeksLabel.setBuddy(self.weeksEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paperCombo, self.weeksEdit)
        QWidget.setTabOrder(self.weeksEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(PapersDialog)
    # setupUi

    def retranslateUi(self, PapersDialog):
        PapersDialog.setWindowTitle(QCoreApplication.translate("PapersDialog", u"Papers for the newcomer", None))
        self.paperLabel.setText(QCoreApplication.translate("PapersDialog", u"&Paper", None))
        self.weeksLabel.setText(QCoreApplication.translate("PapersDialog", u"&Weeks ahead", None))
#if QT_CONFIG(accessibility)
        self.weeksEdit.setAccessibleName(QCoreApplication.translate("PapersDialog", u"Weeks ahead", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("PapersDialog", u"&Language", None))
        self.fileLabel.setText(QCoreApplication.translate("PapersDialog", u"&File", None))
        self.browseButton.setText(QCoreApplication.translate("PapersDialog", u"C&hoose\u2026", None))
    # retranslateUi

