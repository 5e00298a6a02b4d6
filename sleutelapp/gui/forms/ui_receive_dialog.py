# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receive_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 46b8a063547a752908ae873c9babc1285f7be7a117621c57f5c48d46364e6ca5
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

class Ui_ReceiveDialog(object):
    def setupUi(self, ReceiveDialog):
        if not ReceiveDialog.objectName():
            ReceiveDialog.setObjectName(u"ReceiveDialog")
        ReceiveDialog.resize(600, 260)
        self.layout = QVBoxLayout(ReceiveDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ReceiveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileLabel = QLabel(ReceiveDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ReceiveDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ReceiveDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.codeLabel = QLabel(ReceiveDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(ReceiveDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(ReceiveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ReceiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.codeEdit)

        self.retranslateUi(ReceiveDialog)
    # setupUi

    def retranslateUi(self, ReceiveDialog):
        ReceiveDialog.setWindowTitle(QCoreApplication.translate("ReceiveDialog", u"Receive a handover", None))
        self.introLabel.setText(QCoreApplication.translate("ReceiveDialog", u"Choose the handover file from your colleague and type the transfer code they gave you. Everything is added to your case file at once, or nothing.", None))
        self.fileLabel.setText(QCoreApplication.translate("ReceiveDialog", u"&File", None))
        self.browseButton.setText(QCoreApplication.translate("ReceiveDialog", u"C&hoose\u2026", None))
        self.codeLabel.setText(QCoreApplication.translate("ReceiveDialog", u"Transfer &code", None))
    # retranslateUi

