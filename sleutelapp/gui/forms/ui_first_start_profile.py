# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_profile.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: df92b3baa9b78cebc5f17457f46298f0c0fa67d5c5fa86639cae5286ab564d9c
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstStartProfile(object):
    def setupUi(self, FirstStartProfile):
        if not FirstStartProfile.objectName():
            FirstStartProfile.setObjectName(u"FirstStartProfile")
        FirstStartProfile.resize(640, 480)
        self.outerLayout = QVBoxLayout(FirstStartProfile)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centreLayout = QHBoxLayout()
        self.centreLayout.setObjectName(u"centreLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.leftSpacer)

        self.card = QFrame(FirstStartProfile)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(500, 0))
        self.card.setMaximumSize(QSize(500, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.titleLabel)

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

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backButton = QPushButton(self.card)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backButton)

        self.createButton = QPushButton(self.card)
        self.createButton.setObjectName(u"createButton")

        self.buttonLayout.addWidget(self.createButton)


        self.cardLayout.addLayout(self.buttonLayout)


        self.centreLayout.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centreLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.keypersonNameLabel.setBuddy(self.keypersonNameEdit)
        self.controllerNameLabel.setBuddy(self.controllerNameEdit)
        self.controllerContactLabel.setBuddy(self.controllerContactEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.keypersonNameEdit, self.controllerNameEdit)
        QWidget.setTabOrder(self.controllerNameEdit, self.controllerContactEdit)
        QWidget.setTabOrder(self.controllerContactEdit, self.backButton)
        QWidget.setTabOrder(self.backButton, self.createButton)

        self.retranslateUi(FirstStartProfile)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstStartProfile):
        self.titleLabel.setText(QCoreApplication.translate("FirstStartProfile", u"Who keeps this case file?", None))
        self.profileLabel.setText(QCoreApplication.translate("FirstStartProfile", u"Your name and your organisation appear on the report for the regisseur. All three are optional; you can change them later under Settings.", None))
        self.keypersonNameLabel.setText(QCoreApplication.translate("FirstStartProfile", u"Your &name", None))
        self.controllerNameLabel.setText(QCoreApplication.translate("FirstStartProfile", u"&Organisation", None))
        self.controllerNameEdit.setPlaceholderText(QCoreApplication.translate("FirstStartProfile", u"responsible for the data, e.g. the welfare organisation", None))
        self.controllerContactLabel.setText(QCoreApplication.translate("FirstStartProfile", u"Organisation &contact", None))
        self.controllerContactEdit.setPlaceholderText(QCoreApplication.translate("FirstStartProfile", u"e-mail or phone for privacy questions", None))
        self.backButton.setText(QCoreApplication.translate("FirstStartProfile", u"&Back", None))
        self.createButton.setText(QCoreApplication.translate("FirstStartProfile", u"Create my case file", None))
        pass
    # retranslateUi

