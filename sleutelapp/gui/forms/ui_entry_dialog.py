# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 5821b527e4eba11ad260cfdfab915267998d55c6c39fee025da916b274ebe4c5
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from sleutelapp.gui.typed_fields import (DateField, HoursField, MinutesField)

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.resize(520, 360)
        EntryDialog.setWindowTitle(u"Entry")
        self.layout = QVBoxLayout(EntryDialog)
        self.layout.setObjectName(u"layout")
        self.newcomerLabel = QLabel(EntryDialog)
        self.newcomerLabel.setObjectName(u"newcomerLabel")
        self.newcomerLabel.setText(u"")
        self.newcomerLabel.setWordWrap(True)

        self.layout.addWidget(self.newcomerLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(EntryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.dateEdit = DateField(EntryDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.whenLayout.addWidget(self.dateEdit)

        self.timeLabel = QLabel(EntryDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.whenLayout.addWidget(self.timeLabel)

        self.timeEdit = QLineEdit(EntryDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setMaximumSize(QSize(90, 16777215))

        self.whenLayout.addWidget(self.timeEdit)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.typeLabel = QLabel(EntryDialog)
        self.typeLabel.setObjectName(u"typeLabel")
        self.typeLabel.setText(u"Type")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(EntryDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.statusLabel = QLabel(EntryDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(EntryDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.minutesLabel = QLabel(EntryDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesEdit = MinutesField(EntryDialog)
        self.minutesEdit.setObjectName(u"minutesEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minutesEdit)

        self.hoursLabel = QLabel(EntryDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursEdit = HoursField(EntryDialog)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hoursEdit)

        self.topicsLabel = QLabel(EntryDialog)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsBox = QWidget(EntryDialog)
        self.topicsBox.setObjectName(u"topicsBox")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topicsBox)

        self.locationLabel = QLabel(EntryDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(EntryDialog)
        self.locationEdit.setObjectName(u"locationEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.accompaniedCheck = QCheckBox(EntryDialog)
        self.accompaniedCheck.setObjectName(u"accompaniedCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.accompaniedCheck)

        self.textLabel = QLabel(EntryDialog)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setText(u"Text")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setSpacing(2)
        self.textLayout.setObjectName(u"textLayout")
        self.textEdit = QPlainTextEdit(EntryDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.textLayout.addWidget(self.textEdit)

        self.textProblemLabel = QLabel(EntryDialog)
        self.textProblemLabel.setObjectName(u"textProblemLabel")
        self.textProblemLabel.setText(u"")
        self.textProblemLabel.setWordWrap(True)

        self.textLayout.addWidget(self.textProblemLabel)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.textLayout)


        self.layout.addLayout(self.form)

        self.healthNoteLabel = QLabel(EntryDialog)
        self.healthNoteLabel.setObjectName(u"healthNoteLabel")
        self.healthNoteLabel.setWordWrap(True)

        self.layout.addWidget(self.healthNoteLabel)

        self.shareableCheck = QCheckBox(EntryDialog)
        self.shareableCheck.setObjectName(u"shareableCheck")

        self.layout.addWidget(self.shareableCheck)

        self.guardLabel = QLabel(EntryDialog)
        self.guardLabel.setObjectName(u"guardLabel")
        self.guardLabel.setText(u"")
        self.guardLabel.setWordWrap(True)

        self.layout.addWidget(self.guardLabel)

        self.hintLabel = QLabel(EntryDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(EntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.minutesLabel.setBuddy(self.minutesEdit)
        self.hoursLabel.setBuddy(self.hoursEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.minutesEdit)
        QWidget.setTabOrder(self.minutesEdit, self.hoursEdit)
        QWidget.setTabOrder(self.hoursEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.accompaniedCheck)
        QWidget.setTabOrder(self.accompaniedCheck, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.shareableCheck)

        self.retranslateUi(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        self.dateLabel.setText(QCoreApplication.translate("EntryDialog", u"&Date", None))
        self.timeLabel.setText(QCoreApplication.translate("EntryDialog", u"T&ime", None))
        self.timeEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"hh:mm", None))
        self.statusLabel.setText(QCoreApplication.translate("EntryDialog", u"&Status", None))
        self.minutesLabel.setText(QCoreApplication.translate("EntryDialog", u"D&uration (minutes)", None))
        self.hoursLabel.setText(QCoreApplication.translate("EntryDialog", u"&Hours", None))
        self.topicsLabel.setText(QCoreApplication.translate("EntryDialog", u"Topics", None))
        self.locationLabel.setText(QCoreApplication.translate("EntryDialog", u"&Location", None))
        self.accompaniedCheck.setText(QCoreApplication.translate("EntryDialog", u"I go along (&accompanied)", None))
        self.healthNoteLabel.setText(QCoreApplication.translate("EntryDialog", u"For a care appointment only the logistics are kept: when, where and whether you go along. There is deliberately no field for the reason or a diagnosis.", None))
        self.shareableCheck.setText(QCoreApplication.translate("EntryDialog", u"S&hareable: this text may appear in the summary for the regisseur", None))
        self.hintLabel.setText(QCoreApplication.translate("EntryDialog", u"Enter saves. Shift+Enter starts a new line.", None))
        pass
    # retranslateUi

