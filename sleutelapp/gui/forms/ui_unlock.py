# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 19e83f6629014e21ee9930fe0e641c1f4d0897285b57a57438a445c1700fac44
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_UnlockPage(object):
    def setupUi(self, UnlockPage):
        if not UnlockPage.objectName():
            UnlockPage.setObjectName(u"UnlockPage")
        UnlockPage.resize(640, 480)
        self.outerLayout = QVBoxLayout(UnlockPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centreLayout = QHBoxLayout()
        self.centreLayout.setObjectName(u"centreLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.leftSpacer)

        self.card = QFrame(UnlockPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(380, 0))
        self.card.setMaximumSize(QSize(480, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")

        self.cardLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(self.card)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.infoLabel)

        self.passphraseEdit = QLineEdit(self.card)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.cardLayout.addWidget(self.passphraseEdit)

        self.errorLabel = QLabel(self.card)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.errorLabel)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")

        self.cardLayout.addWidget(self.unlockButton)

        self.linksLayout = QHBoxLayout()
        self.linksLayout.setObjectName(u"linksLayout")
        self.forgotButton = QPushButton(self.card)
        self.forgotButton.setObjectName(u"forgotButton")
        self.forgotButton.setFlat(True)

        self.linksLayout.addWidget(self.forgotButton)

        self.restoreButton = QPushButton(self.card)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setFlat(True)

        self.linksLayout.addWidget(self.restoreButton)


        self.cardLayout.addLayout(self.linksLayout)


        self.centreLayout.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centreLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(UnlockPage)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, UnlockPage):
        self.titleLabel.setText(QCoreApplication.translate("UnlockPage", u"Sleutelapp is locked", None))
        self.infoLabel.setText(QCoreApplication.translate("UnlockPage", u"Enter your passphrase to open your case file.", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("UnlockPage", u"Passphrase", None))
        self.unlockButton.setText(QCoreApplication.translate("UnlockPage", u"Unlock", None))
        self.forgotButton.setText(QCoreApplication.translate("UnlockPage", u"Forgot passphrase?", None))
        self.restoreButton.setText(QCoreApplication.translate("UnlockPage", u"Restore a backup\u2026", None))
        pass
    # retranslateUi

