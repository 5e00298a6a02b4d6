# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 3f7a27c499cad4326270c292363562cc157c487b9d214cd328e1fb73a3245c0c
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
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

        self.centreLayout = QHBoxLayout()
        self.centreLayout.setObjectName(u"centreLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.leftSpacer)

        self.card = QFrame(FirstStartPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(500, 0))
        self.card.setMaximumSize(QSize(500, 16777215))
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

        self.languageColumn = QVBoxLayout()
        self.languageColumn.setObjectName(u"languageColumn")
        self.languageRow = QHBoxLayout()
        self.languageRow.setObjectName(u"languageRow")
        self.languageLabel = QLabel(self.card)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageRow.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(self.card)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.languageCombo.setMinimumContentsLength(11)

        self.languageRow.addWidget(self.languageCombo)


        self.languageColumn.addLayout(self.languageRow)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.languageColumn.addItem(self.languageSpacer)


        self.titleLayout.addLayout(self.languageColumn)


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
        self.strengthBar.setMaximumSize(QSize(16777215, 8))
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.cardLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(self.card)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.strengthLabel)

        self.errorLabel = QLabel(self.card)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.errorLabel)

        self.nextButton = QPushButton(self.card)
        self.nextButton.setObjectName(u"nextButton")

        self.cardLayout.addWidget(self.nextButton)

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


        self.centreLayout.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centreLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.restoreButton)

        self.retranslateUi(FirstStartPage)

        self.nextButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstStartPage):
        self.titleLabel.setText(QCoreApplication.translate("FirstStartPage", u"Welcome to Sleutelapp", None))
        self.languageLabel.setText(QCoreApplication.translate("FirstStartPage", u"&Language", None))
        self.introLabel.setText(QCoreApplication.translate("FirstStartPage", u"Your notes about the newcomers you guide are stored encrypted on this computer. Choose a passphrase that only you know: at least 8 characters, for example four unrelated words.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstStartPage", u"New passphrase", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstStartPage", u"Repeat passphrase", None))
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("FirstStartPage", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("FirstStartPage", u"&Next", None))
        self.demoLabel.setText(QCoreApplication.translate("FirstStartPage", u"Just looking? Try the app with made-up newcomers in a separate demo file. Your own case file is not touched.", None))
        self.demoButton.setText(QCoreApplication.translate("FirstStartPage", u"Try it with demo data", None))
        self.restoreButton.setText(QCoreApplication.translate("FirstStartPage", u"Restore a backup\u2026", None))
        pass
    # retranslateUi

