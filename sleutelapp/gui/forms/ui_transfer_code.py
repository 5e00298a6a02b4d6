# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_code.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: ddbb901a5a7c9e917f8e4463a059f9665452cf82bcea79df05a7c0da17571fde
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_TransferCodeDialog(object):
    def setupUi(self, TransferCodeDialog):
        if not TransferCodeDialog.objectName():
            TransferCodeDialog.setObjectName(u"TransferCodeDialog")
        TransferCodeDialog.resize(520, 300)
        self.layout = QVBoxLayout(TransferCodeDialog)
        self.layout.setObjectName(u"layout")
        self.savedLabel = QLabel(TransferCodeDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")
        self.savedLabel.setWordWrap(True)

        self.layout.addWidget(self.savedLabel)

        self.codeLabel = QLabel(TransferCodeDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setText(u"")
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.layout.addWidget(self.codeLabel)

        self.explainLabel = QLabel(TransferCodeDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.layout.addWidget(self.explainLabel)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.copyButton = QPushButton(TransferCodeDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.actions.addWidget(self.copyButton)

        self.printButton = QPushButton(TransferCodeDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.actions.addWidget(self.printButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.spacer)


        self.layout.addLayout(self.actions)

        self.buttonBox = QDialogButtonBox(TransferCodeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(TransferCodeDialog)
    # setupUi

    def retranslateUi(self, TransferCodeDialog):
        TransferCodeDialog.setWindowTitle(QCoreApplication.translate("TransferCodeDialog", u"Transfer code", None))
        self.explainLabel.setText(QCoreApplication.translate("TransferCodeDialog", u"This code is shown only once and is not kept anywhere. Pass it to your colleague another way than the file: by phone or in person. Without the code the file cannot be opened.", None))
        self.copyButton.setText(QCoreApplication.translate("TransferCodeDialog", u"&Copy", None))
        self.printButton.setText(QCoreApplication.translate("TransferCodeDialog", u"&Print\u2026", None))
    # retranslateUi

