# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 295d3eed7900b3df92b70e5f73095824ba886955a25ca901260f89a81e052fa6
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

from sleutelapp.gui.typed_fields import WholeNumberField

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 460)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.responsibleBox = QGroupBox(SettingsDialog)
        self.responsibleBox.setObjectName(u"responsibleBox")
        self.responsibleForm = QFormLayout(self.responsibleBox)
        self.responsibleForm.setObjectName(u"responsibleForm")
        self.controllerNameLabel = QLabel(self.responsibleBox)
        self.controllerNameLabel.setObjectName(u"controllerNameLabel")

        self.responsibleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.controllerNameLabel)

        self.controllerNameEdit = QLineEdit(self.responsibleBox)
        self.controllerNameEdit.setObjectName(u"controllerNameEdit")

        self.responsibleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.controllerNameEdit)

        self.controllerContactLabel = QLabel(self.responsibleBox)
        self.controllerContactLabel.setObjectName(u"controllerContactLabel")

        self.responsibleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.controllerContactLabel)

        self.controllerContactEdit = QLineEdit(self.responsibleBox)
        self.controllerContactEdit.setObjectName(u"controllerContactEdit")

        self.responsibleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.controllerContactEdit)

        self.keypersonNameLabel = QLabel(self.responsibleBox)
        self.keypersonNameLabel.setObjectName(u"keypersonNameLabel")

        self.responsibleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keypersonNameLabel)

        self.keypersonNameEdit = QLineEdit(self.responsibleBox)
        self.keypersonNameEdit.setObjectName(u"keypersonNameEdit")

        self.responsibleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keypersonNameEdit)

        self.keypersonContactLabel = QLabel(self.responsibleBox)
        self.keypersonContactLabel.setObjectName(u"keypersonContactLabel")

        self.responsibleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keypersonContactLabel)

        self.keypersonContactEdit = QLineEdit(self.responsibleBox)
        self.keypersonContactEdit.setObjectName(u"keypersonContactEdit")

        self.responsibleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keypersonContactEdit)


        self.layout.addWidget(self.responsibleBox)

        self.behaviourBox = QGroupBox(SettingsDialog)
        self.behaviourBox.setObjectName(u"behaviourBox")
        self.behaviourForm = QFormLayout(self.behaviourBox)
        self.behaviourForm.setObjectName(u"behaviourForm")
        self.autolockLabel = QLabel(self.behaviourBox)
        self.autolockLabel.setObjectName(u"autolockLabel")

        self.behaviourForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.autolockLabel)

        self.autolockSpin = WholeNumberField(self.behaviourBox)
        self.autolockSpin.setObjectName(u"autolockSpin")

        self.behaviourForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.autolockSpin)

        self.retentionLabel = QLabel(self.behaviourBox)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.behaviourForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionSpin = WholeNumberField(self.behaviourBox)
        self.retentionSpin.setObjectName(u"retentionSpin")

        self.behaviourForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.retentionSpin)

        self.kLabel = QLabel(self.behaviourBox)
        self.kLabel.setObjectName(u"kLabel")

        self.behaviourForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kLabel)

        self.kSpin = WholeNumberField(self.behaviourBox)
        self.kSpin.setObjectName(u"kSpin")

        self.behaviourForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kSpin)

        self.languageLabel = QLabel(self.behaviourBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.behaviourForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.behaviourBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.behaviourForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.reportScheduleLabel = QLabel(self.behaviourBox)
        self.reportScheduleLabel.setObjectName(u"reportScheduleLabel")

        self.behaviourForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reportScheduleLabel)

        self.reportScheduleCombo = QComboBox(self.behaviourBox)
        self.reportScheduleCombo.setObjectName(u"reportScheduleCombo")

        self.behaviourForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reportScheduleCombo)


        self.layout.addWidget(self.behaviourBox)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.passphraseButton = QPushButton(SettingsDialog)
        self.passphraseButton.setObjectName(u"passphraseButton")

        self.keyButtons.addWidget(self.passphraseButton)

        self.recoveryKeyButton = QPushButton(SettingsDialog)
        self.recoveryKeyButton.setObjectName(u"recoveryKeyButton")

        self.keyButtons.addWidget(self.recoveryKeyButton)

        self.keySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keySpacer)


        self.layout.addLayout(self.keyButtons)

        self.settingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.settingsSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.controllerNameLabel.setBuddy(self.controllerNameEdit)
        self.controllerContactLabel.setBuddy(self.controllerContactEdit)
        self.keypersonNameLabel.setBuddy(self.keypersonNameEdit)
        self.keypersonContactLabel.setBuddy(self.keypersonContactEdit)
        self.autolockLabel.setBuddy(self.autolockSpin)
        self.retentionLabel.setBuddy(self.retentionSpin)
        self.kLabel.setBuddy(self.kSpin)
        self.languageLabel.setBuddy(self.languageCombo)
        self.reportScheduleLabel.setBuddy(self.reportScheduleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.responsibleBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Who is responsible for the data", None))
        self.controllerNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Organisation", None))
        self.controllerContactLabel.setText(QCoreApplication.translate("SettingsDialog", u"Organisation &contact", None))
        self.keypersonNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Your name (key person)", None))
        self.keypersonContactLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your c&ontact", None))
        self.behaviourBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Safety and summaries", None))
        self.autolockLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Lock after (minutes without use)", None))
        self.retentionLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Erase closed newcomers after (months)", None))
        self.kLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Minimum newcomers per number (k)", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lan&guage", None))
        self.reportScheduleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Reports to the regisseur, &how often", None))
        self.passphraseButton.setText(QCoreApplication.translate("SettingsDialog", u"Change passphrase\u2026", None))
        self.recoveryKeyButton.setText(QCoreApplication.translate("SettingsDialog", u"New recovery key\u2026", None))
    # retranslateUi

