# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 02285c5471475232bf574978c9f43eab622251cdf2becbd2d38ecfffaf29d76b
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_RecoveryKeyPage(object):
    def setupUi(self, RecoveryKeyPage):
        if not RecoveryKeyPage.objectName():
            RecoveryKeyPage.setObjectName(u"RecoveryKeyPage")
        RecoveryKeyPage.resize(640, 520)
        self.outerLayout = QVBoxLayout(RecoveryKeyPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.card = QFrame(RecoveryKeyPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(440, 0))
        self.card.setMaximumSize(QSize(600, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")

        self.cardLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(self.card)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.explainLabel)

        self.keyLabel = QLabel(self.card)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setText(u"")
        self.keyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keyLabel.setWordWrap(True)
        self.keyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.cardLayout.addWidget(self.keyLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.printButton = QPushButton(self.card)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.copyButton = QPushButton(self.card)
        self.copyButton.setObjectName(u"copyButton")

        self.actionsLayout.addWidget(self.copyButton)


        self.cardLayout.addLayout(self.actionsLayout)

        self.writtenCheck = QCheckBox(self.card)
        self.writtenCheck.setObjectName(u"writtenCheck")

        self.cardLayout.addWidget(self.writtenCheck)

        self.continueButton = QPushButton(self.card)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setEnabled(False)

        self.cardLayout.addWidget(self.continueButton)


        self.outerLayout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(RecoveryKeyPage)

        self.continueButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RecoveryKeyPage):
        self.titleLabel.setText(QCoreApplication.translate("RecoveryKeyPage", u"Your recovery key", None))
        self.explainLabel.setText(QCoreApplication.translate("RecoveryKeyPage", u"If you ever forget your passphrase, this recovery key is the only way back into your case file. It is shown only now. Write it down or print it, and give it to your organisation to keep in a safe place.", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryKeyPage", u"Print / save as PDF\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("RecoveryKeyPage", u"Copy", None))
        self.writtenCheck.setText(QCoreApplication.translate("RecoveryKeyPage", u"I have written down or printed the recovery key", None))
        self.continueButton.setText(QCoreApplication.translate("RecoveryKeyPage", u"Continue", None))
        pass
    # retranslateUi

