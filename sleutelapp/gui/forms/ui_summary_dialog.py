# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 33f993a52a239f2b58d0fc65aa101e86341d9db79d728eb0d7a7bf91a7196a02
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QTableView, QVBoxLayout)

class Ui_SummaryDialog(object):
    def setupUi(self, SummaryDialog):
        if not SummaryDialog.objectName():
            SummaryDialog.setObjectName(u"SummaryDialog")
        SummaryDialog.resize(820, 640)
        self.layout = QVBoxLayout(SummaryDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(SummaryDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.periodKindCombo = QComboBox(SummaryDialog)
        self.periodKindCombo.setObjectName(u"periodKindCombo")

        self.kindRow.addWidget(self.periodKindCombo)

        self.kindNoteLabel = QLabel(SummaryDialog)
        self.kindNoteLabel.setObjectName(u"kindNoteLabel")
        self.kindNoteLabel.setWordWrap(True)
        self.kindNoteLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindNoteLabel.sizePolicy().hasHeightForWidth())
        self.kindNoteLabel.setSizePolicy(sizePolicy)

        self.kindRow.addWidget(self.kindNoteLabel)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.periodLabel = QLabel(SummaryDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(SummaryDialog)
        self.periodCombo.setObjectName(u"periodCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.periodCombo.sizePolicy().hasHeightForWidth())
        self.periodCombo.setSizePolicy(sizePolicy1)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.labelLabel = QLabel(SummaryDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(SummaryDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(80)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labelEdit)


        self.layout.addLayout(self.form)

        self.statusLabel = QLabel(SummaryDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.statusLabel)

        self.figuresLabel = QLabel(SummaryDialog)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setWordWrap(True)
        self.figuresLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.figuresLabel)

        self.tableRow = QHBoxLayout()
        self.tableRow.setObjectName(u"tableRow")
        self.tableLabel = QLabel(SummaryDialog)
        self.tableLabel.setObjectName(u"tableLabel")

        self.tableRow.addWidget(self.tableLabel)

        self.tableCombo = QComboBox(SummaryDialog)
        self.tableCombo.setObjectName(u"tableCombo")
        sizePolicy1.setHeightForWidth(self.tableCombo.sizePolicy().hasHeightForWidth())
        self.tableCombo.setSizePolicy(sizePolicy1)

        self.tableRow.addWidget(self.tableCombo)


        self.layout.addLayout(self.tableRow)

        self.explainLabel = QLabel(SummaryDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.explainLabel)

        self.tableView = QTableView(SummaryDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.layout.addWidget(self.tableView)

        self.legendLabel = QLabel(SummaryDialog)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.legendLabel)

        self.pdfCheck = QCheckBox(SummaryDialog)
        self.pdfCheck.setObjectName(u"pdfCheck")
        self.pdfCheck.setChecked(True)

        self.layout.addWidget(self.pdfCheck)

        self.buttonBox = QDialogButtonBox(SummaryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.periodKindCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.labelLabel.setBuddy(self.labelEdit)
        self.tableLabel.setBuddy(self.tableCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SummaryDialog)
    # setupUi

    def retranslateUi(self, SummaryDialog):
        SummaryDialog.setWindowTitle(QCoreApplication.translate("SummaryDialog", u"Anonymised summary", None))
        self.kindLabel.setText(QCoreApplication.translate("SummaryDialog", u"Period &length", None))
        self.periodLabel.setText(QCoreApplication.translate("SummaryDialog", u"&Period", None))
        self.labelLabel.setText(QCoreApplication.translate("SummaryDialog", u"&Label (optional)", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("SummaryDialog", u"e.g. North district \u2014 no names of people", None))
        self.tableLabel.setText(QCoreApplication.translate("SummaryDialog", u"&Table", None))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Table", None))
#endif // QT_CONFIG(accessibility)
        self.pdfCheck.setText(QCoreApplication.translate("SummaryDialog", u"Also save a PDF (same content)", None))
    # retranslateUi

