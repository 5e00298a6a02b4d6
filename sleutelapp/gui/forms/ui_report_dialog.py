# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 9128dfe8efd37565894dfcd1ddb5fc9e01938a3cceb85c237b6e534a6c477203
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

from sleutelapp.gui.typed_fields import DateField

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(1180, 760)
        self.layout = QVBoxLayout(ReportDialog)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(ReportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.settingsPane = QWidget(self.splitter)
        self.settingsPane.setObjectName(u"settingsPane")
        self.settingsLayout = QVBoxLayout(self.settingsPane)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsLayout.setContentsMargins(0, 0, 6, 0)
        self.newcomerLabel = QLabel(self.settingsPane)
        self.newcomerLabel.setObjectName(u"newcomerLabel")
        self.newcomerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.newcomerLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.newcomerLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.presetLabel = QLabel(self.settingsPane)
        self.presetLabel.setObjectName(u"presetLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.presetLabel)

        self.presetCombo = QComboBox(self.settingsPane)
        self.presetCombo.setObjectName(u"presetCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.presetCombo)

        self.fromLabel = QLabel(self.settingsPane)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.fromDate = DateField(self.settingsPane)
        self.fromDate.setObjectName(u"fromDate")

        self.datesRow.addWidget(self.fromDate)

        self.toLabel = QLabel(self.settingsPane)
        self.toLabel.setObjectName(u"toLabel")

        self.datesRow.addWidget(self.toLabel)

        self.toDate = DateField(self.settingsPane)
        self.toDate.setObjectName(u"toDate")

        self.datesRow.addWidget(self.toDate)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.recipientLabel = QLabel(self.settingsPane)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QLineEdit(self.settingsPane)
        self.recipientEdit.setObjectName(u"recipientEdit")
        self.recipientEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.passwordLabel = QLabel(self.settingsPane)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordEdit = QLineEdit(self.settingsPane)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordRow.addWidget(self.passwordEdit)

        self.showPasswordCheck = QCheckBox(self.settingsPane)
        self.showPasswordCheck.setObjectName(u"showPasswordCheck")

        self.passwordRow.addWidget(self.showPasswordCheck)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.passwordRow)


        self.settingsLayout.addLayout(self.form)

        self.consentLabel = QLabel(self.settingsPane)
        self.consentLabel.setObjectName(u"consentLabel")
        self.consentLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.consentLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.consentLabel)

        self.itemsLabel = QLabel(self.settingsPane)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.settingsLayout.addWidget(self.itemsLabel)

        self.itemsView = QTableView(self.settingsPane)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setTabKeyNavigation(False)
        self.itemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setWordWrap(True)

        self.settingsLayout.addWidget(self.itemsView)

        self.countsLabel = QLabel(self.settingsPane)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countsLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.countsLabel)

        self.splitter.addWidget(self.settingsPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(6, 0, 0, 0)
        self.previewLabel = QLabel(self.previewPane)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.previewLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.previewLabel)

        self.splitter.addWidget(self.previewPane)

        self.layout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.presetLabel.setBuddy(self.presetCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.itemsLabel.setBuddy(self.itemsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.presetCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.recipientEdit)
        QWidget.setTabOrder(self.recipientEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.showPasswordCheck)
        QWidget.setTabOrder(self.showPasswordCheck, self.itemsView)

        self.retranslateUi(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Report for the regisseur", None))
        self.presetLabel.setText(QCoreApplication.translate("ReportDialog", u"&Period", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportDialog", u"&From", None))
        self.toLabel.setText(QCoreApplication.translate("ReportDialog", u"&to", None))
        self.recipientLabel.setText(QCoreApplication.translate("ReportDialog", u"&Recipient", None))
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"name of the inburgeringsregisseur", None))
        self.passwordLabel.setText(QCoreApplication.translate("ReportDialog", u"&Password (optional)", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"empty = no password", None))
        self.showPasswordCheck.setText(QCoreApplication.translate("ReportDialog", u"Show", None))
        self.itemsLabel.setText(QCoreApplication.translate("ReportDialog", u"&Everything of this period \u2014 uncheck what must stay out:", None))
        self.previewLabel.setText(QCoreApplication.translate("ReportDialog", u"Preview: exactly the file that will be saved.", None))
    # retranslateUi

