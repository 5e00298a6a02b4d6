# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 16acb6a5615bd3b1f8ec768df2ed3671d02cdafc3edb42887bd846d073318de9
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(600, 520)
        self.layout = QVBoxLayout(HandoverDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(HandoverDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.newcomersLabel = QLabel(HandoverDialog)
        self.newcomersLabel.setObjectName(u"newcomersLabel")

        self.layout.addWidget(self.newcomersLabel)

        self.newcomersView = QListView(HandoverDialog)
        self.newcomersView.setObjectName(u"newcomersView")
        self.newcomersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.newcomersView)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.toLabel = QLabel(HandoverDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QLineEdit(HandoverDialog)
        self.toEdit.setObjectName(u"toEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.fileLabel = QLabel(HandoverDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(HandoverDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(HandoverDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(HandoverDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(HandoverDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.newcomersLabel.setBuddy(self.newcomersView)
        self.toLabel.setBuddy(self.toEdit)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newcomersView, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Hand over to a colleague", None))
        self.introLabel.setText(QCoreApplication.translate("HandoverDialog", u"The chosen newcomers go into an encrypted file, with every entry, consent and disclosure. Your colleague opens it with a one-time code that you pass on another way (by phone or in person).", None))
        self.newcomersLabel.setText(QCoreApplication.translate("HandoverDialog", u"&Newcomers to hand over (Space ticks one):", None))
        self.toLabel.setText(QCoreApplication.translate("HandoverDialog", u"&Colleague", None))
        self.toEdit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"name of the colleague who takes over", None))
        self.fileLabel.setText(QCoreApplication.translate("HandoverDialog", u"&File", None))
        self.browseButton.setText(QCoreApplication.translate("HandoverDialog", u"C&hoose\u2026", None))
    # retranslateUi

