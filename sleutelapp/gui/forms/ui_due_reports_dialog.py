# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'due_reports_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 87e8c87d30b5a8fb27e804bbe8a6b802343bae3ed6cb843fcbaf6a92151cfa13
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_DueReportsDialog(object):
    def setupUi(self, DueReportsDialog):
        if not DueReportsDialog.objectName():
            DueReportsDialog.setObjectName(u"DueReportsDialog")
        DueReportsDialog.resize(1180, 760)
        self.layout = QVBoxLayout(DueReportsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(DueReportsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.dueLabel = QLabel(DueReportsDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.layout.addWidget(self.dueLabel)

        self.splitter = QSplitter(DueReportsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.settingsPane = QWidget(self.splitter)
        self.settingsPane.setObjectName(u"settingsPane")
        self.settingsLayout = QVBoxLayout(self.settingsPane)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsLayout.setContentsMargins(0, 0, 6, 0)
        self.dueView = QTableView(self.settingsPane)
        self.dueView.setObjectName(u"dueView")
        self.dueView.setTabKeyNavigation(False)
        self.dueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueView.setAlternatingRowColors(True)
        self.dueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueView.setWordWrap(False)

        self.settingsLayout.addWidget(self.dueView)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.folderLabel = QLabel(self.settingsPane)
        self.folderLabel.setObjectName(u"folderLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(self.settingsPane)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.folderButton = QPushButton(self.settingsPane)
        self.folderButton.setObjectName(u"folderButton")

        self.folderRow.addWidget(self.folderButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.recipientLabel = QLabel(self.settingsPane)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QLineEdit(self.settingsPane)
        self.recipientEdit.setObjectName(u"recipientEdit")
        self.recipientEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.passwordLabel = QLabel(self.settingsPane)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordEdit = QLineEdit(self.settingsPane)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordRow.addWidget(self.passwordEdit)

        self.showPasswordCheck = QCheckBox(self.settingsPane)
        self.showPasswordCheck.setObjectName(u"showPasswordCheck")

        self.passwordRow.addWidget(self.showPasswordCheck)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordRow)


        self.settingsLayout.addLayout(self.form)

        self.statusLabel = QLabel(self.settingsPane)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.statusLabel)

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

        self.buttonBox = QDialogButtonBox(DueReportsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.dueLabel.setBuddy(self.dueView)
        self.folderLabel.setBuddy(self.folderEdit)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dueView, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.recipientEdit)
        QWidget.setTabOrder(self.recipientEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.showPasswordCheck)

        self.retranslateUi(DueReportsDialog)
    # setupUi

    def retranslateUi(self, DueReportsDialog):
        DueReportsDialog.setWindowTitle(QCoreApplication.translate("DueReportsDialog", u"Reports due for the regisseur", None))
        self.introLabel.setText(QCoreApplication.translate("DueReportsDialog", u"These reports for the last complete month or quarter have not been made yet. Each one goes into its own file and is recorded in the register of what was shared.", None))
        self.dueLabel.setText(QCoreApplication.translate("DueReportsDialog", u"&Reports to make (Space ticks or unticks one):", None))
        self.folderLabel.setText(QCoreApplication.translate("DueReportsDialog", u"&Folder", None))
        self.folderButton.setText(QCoreApplication.translate("DueReportsDialog", u"C&hoose\u2026", None))
        self.recipientLabel.setText(QCoreApplication.translate("DueReportsDialog", u"R&ecipient", None))
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("DueReportsDialog", u"empty = the regisseur in each newcomer's profile", None))
        self.passwordLabel.setText(QCoreApplication.translate("DueReportsDialog", u"&Password (optional)", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("DueReportsDialog", u"for all files; empty = none", None))
        self.showPasswordCheck.setText(QCoreApplication.translate("DueReportsDialog", u"Sho&w", None))
        self.previewLabel.setText(QCoreApplication.translate("DueReportsDialog", u"Preview of the chosen report, as it will be saved (the password is added when saving).", None))
    # retranslateUi

