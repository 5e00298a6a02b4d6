# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 7c26a4836a99adf090dd9523c6d8f8b62f3f73bbe8485da38c9714fd77a2475f
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstStartPage(object):
    def setupUi(self, FirstStartPage):
        if not FirstStartPage.objectName():
            FirstStartPage.setObjectName(u"FirstStartPage")
        FirstStartPage.resize(640, 560)
        self.outerLayout = QVBoxLayout(FirstStartPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.card = QFrame(FirstStartPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(420, 0))
        self.card.setMaximumSize(QSize(540, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.titleLabel)

        self.languageLabel = QLabel(self.card)
        self.languageLabel.setObjectName(u"languageLabel")

        self.titleLayout.addWidget(self.languageLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.languageCombo = QComboBox(self.card)
        self.languageCombo.setObjectName(u"languageCombo")

        self.titleLayout.addWidget(self.languageCombo, 0, Qt.AlignmentFlag.AlignTop)


        self.cardLayout.addLayout(self.titleLayout)

        self.introLabel = QLabel(self.card)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphraseLabel = QLabel(self.card)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.card)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(self.card)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.card)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.cardLayout.addLayout(self.formLayout)

        self.strengthBar = QProgressBar(self.card)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.cardLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(self.card)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.strengthLabel)

        self.profileLabel = QLabel(self.card)
        self.profileLabel.setObjectName(u"profileLabel")
        self.profileLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.profileLabel)

        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.keypersonNameLabel = QLabel(self.card)
        self.keypersonNameLabel.setObjectName(u"keypersonNameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keypersonNameLabel)

        self.keypersonNameEdit = QLineEdit(self.card)
        self.keypersonNameEdit.setObjectName(u"keypersonNameEdit")
        self.keypersonNameEdit.setMaxLength(200)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keypersonNameEdit)

        self.controllerNameLabel = QLabel(self.card)
        self.controllerNameLabel.setObjectName(u"controllerNameLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.controllerNameLabel)

        self.controllerNameEdit = QLineEdit(self.card)
        self.controllerNameEdit.setObjectName(u"controllerNameEdit")
        self.controllerNameEdit.setMaxLength(200)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.controllerNameEdit)

        self.controllerContactLabel = QLabel(self.card)
        self.controllerContactLabel.setObjectName(u"controllerContactLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.controllerContactLabel)

        self.controllerContactEdit = QLineEdit(self.card)
        self.controllerContactEdit.setObjectName(u"controllerContactEdit")
        self.controllerContactEdit.setMaxLength(200)

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.controllerContactEdit)


        self.cardLayout.addLayout(self.profileForm)

        self.errorLabel = QLabel(self.card)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.errorLabel)

        self.createButton = QPushButton(self.card)
        self.createButton.setObjectName(u"createButton")

        self.cardLayout.addWidget(self.createButton)

        self.separator = QFrame(self.card)
        self.separator.setObjectName(u"separator")
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.cardLayout.addWidget(self.separator)

        self.demoLabel = QLabel(self.card)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.demoLabel)

        self.otherLayout = QHBoxLayout()
        self.otherLayout.setObjectName(u"otherLayout")
        self.demoButton = QPushButton(self.card)
        self.demoButton.setObjectName(u"demoButton")

        self.otherLayout.addWidget(self.demoButton)

        self.restoreButton = QPushButton(self.card)
        self.restoreButton.setObjectName(u"restoreButton")

        self.otherLayout.addWidget(self.restoreButton)


        self.cardLayout.addLayout(self.otherLayout)


        self.outerLayout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.keypersonNameLabel.setBuddy(self.keypersonNameEdit)
        self.controllerNameLabel.setBuddy(self.controllerNameEdit)
        self.controllerContactLabel.setBuddy(self.controllerContactEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.keypersonNameEdit)
        QWidget.setTabOrder(self.keypersonNameEdit, self.controllerNameEdit)
        QWidget.setTabOrder(self.controllerNameEdit, self.controllerContactEdit)
        QWidget.setTabOrder(self.controllerContactEdit, self.createButton)
        QWidget.setTabOrder(self.createButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.restoreButton)

        self.retranslateUi(FirstStartPage)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstStartPage):
        self.titleLabel.setText(QCoreApplication.translate("FirstStartPage", u"Welcome to Sleutelapp", None))
        self.languageLabel.setText(QCoreApplication.translate("FirstStartPage", u"&Language", None))
        self.introLabel.setText(QCoreApplication.translate("FirstStartPage", u"Your notes about the newcomers you guide are stored encrypted on this computer. Choose a passphrase that only you know: at least 8 characters, for example four unrelated words.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstStartPage", u"New passphrase", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstStartPage", u"Repeat passphrase", None))
        self.profileLabel.setText(QCoreApplication.translate("FirstStartPage", u"Who keeps this case file? Your name and your organisation appear on the report for the regisseur. You can change them later under Settings.", None))
        self.keypersonNameLabel.setText(QCoreApplication.translate("FirstStartPage", u"Your &name", None))
        self.controllerNameLabel.setText(QCoreApplication.translate("FirstStartPage", u"&Organisation", None))
        self.controllerNameEdit.setPlaceholderText(QCoreApplication.translate("FirstStartPage", u"responsible for the data, e.g. the welfare organisation", None))
        self.controllerContactLabel.setText(QCoreApplication.translate("FirstStartPage", u"Organisation &contact", None))
        self.controllerContactEdit.setPlaceholderText(QCoreApplication.translate("FirstStartPage", u"e-mail or phone for privacy questions", None))
        self.createButton.setText(QCoreApplication.translate("FirstStartPage", u"Create my case file", None))
        self.demoLabel.setText(QCoreApplication.translate("FirstStartPage", u"Just looking? Try the app with made-up newcomers in a separate demo file. Your own case file is not touched.", None))
        self.demoButton.setText(QCoreApplication.translate("FirstStartPage", u"Try it with demo data", None))
        self.restoreButton.setText(QCoreApplication.translate("FirstStartPage", u"Restore a backup\u2026", None))
        pass
    # retranslateUi

