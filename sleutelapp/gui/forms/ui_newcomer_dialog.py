# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'newcomer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: b76cb85389bb33ffbe9fc95bbca7783e3fdecf8dda63912dd73f7ae5e4a699bf
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from sleutelapp.gui.typed_fields import (DateField, WholeNumberField)

class Ui_NewcomerDialog(object):
    def setupUi(self, NewcomerDialog):
        if not NewcomerDialog.objectName():
            NewcomerDialog.setObjectName(u"NewcomerDialog")
        NewcomerDialog.resize(600, 640)
        self.layout = QVBoxLayout(NewcomerDialog)
        self.layout.setObjectName(u"layout")
        self.scrollArea = QScrollArea(NewcomerDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.scrollContents)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.scrollContents)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.knownAsLabel = QLabel(self.scrollContents)
        self.knownAsLabel.setObjectName(u"knownAsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.knownAsLabel)

        self.knownAsEdit = QLineEdit(self.scrollContents)
        self.knownAsEdit.setObjectName(u"knownAsEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.knownAsEdit)

        self.phoneLabel = QLabel(self.scrollContents)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.scrollContents)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.languageLabel = QLabel(self.scrollContents)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageEdit = QLineEdit(self.scrollContents)
        self.languageEdit.setObjectName(u"languageEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageEdit)

        self.languageCodeLabel = QLabel(self.scrollContents)
        self.languageCodeLabel.setObjectName(u"languageCodeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageCodeLabel)

        self.languageCodeCombo = QComboBox(self.scrollContents)
        self.languageCodeCombo.setObjectName(u"languageCodeCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCodeCombo)

        self.routeLabel = QLabel(self.scrollContents)
        self.routeLabel.setObjectName(u"routeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(self.scrollContents)
        self.routeCombo.setObjectName(u"routeCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.termijnLabel = QLabel(self.scrollContents)
        self.termijnLabel.setObjectName(u"termijnLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.termijnLabel)

        self.termijnLayout = QHBoxLayout()
        self.termijnLayout.setObjectName(u"termijnLayout")
        self.termijnKnownCheck = QCheckBox(self.scrollContents)
        self.termijnKnownCheck.setObjectName(u"termijnKnownCheck")

        self.termijnLayout.addWidget(self.termijnKnownCheck)

        self.termijnEdit = DateField(self.scrollContents)
        self.termijnEdit.setObjectName(u"termijnEdit")

        self.termijnLayout.addWidget(self.termijnEdit)

        self.termijnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termijnLayout.addItem(self.termijnSpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.termijnLayout)

        self.municipalityRefLabel = QLabel(self.scrollContents)
        self.municipalityRefLabel.setObjectName(u"municipalityRefLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.municipalityRefLabel)

        self.municipalityRefEdit = QLineEdit(self.scrollContents)
        self.municipalityRefEdit.setObjectName(u"municipalityRefEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.municipalityRefEdit)

        self.regisseurLabel = QLabel(self.scrollContents)
        self.regisseurLabel.setObjectName(u"regisseurLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.regisseurLabel)

        self.regisseurEdit = QLineEdit(self.scrollContents)
        self.regisseurEdit.setObjectName(u"regisseurEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.regisseurEdit)

        self.coachesLabel = QLabel(self.scrollContents)
        self.coachesLabel.setObjectName(u"coachesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.coachesLabel)

        self.coachesEdit = QLineEdit(self.scrollContents)
        self.coachesEdit.setObjectName(u"coachesEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.coachesEdit)

        self.languageSchoolLabel = QLabel(self.scrollContents)
        self.languageSchoolLabel.setObjectName(u"languageSchoolLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.languageSchoolLabel)

        self.languageSchoolEdit = QLineEdit(self.scrollContents)
        self.languageSchoolEdit.setObjectName(u"languageSchoolEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.languageSchoolEdit)

        self.statusLabel = QLabel(self.scrollContents)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.scrollContents)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.reportScheduleLabel = QLabel(self.scrollContents)
        self.reportScheduleLabel.setObjectName(u"reportScheduleLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reportScheduleLabel)

        self.reportScheduleCombo = QComboBox(self.scrollContents)
        self.reportScheduleCombo.setObjectName(u"reportScheduleCombo")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reportScheduleCombo)


        self.contentsLayout.addLayout(self.form)

        self.extensionsBox = QGroupBox(self.scrollContents)
        self.extensionsBox.setObjectName(u"extensionsBox")
        self.extensionsLayout = QVBoxLayout(self.extensionsBox)
        self.extensionsLayout.setObjectName(u"extensionsLayout")
        self.extensionsList = QListWidget(self.extensionsBox)
        self.extensionsList.setObjectName(u"extensionsList")
        self.extensionsList.setMaximumSize(QSize(16777215, 90))

        self.extensionsLayout.addWidget(self.extensionsList)

        self.extensionAddLayout = QHBoxLayout()
        self.extensionAddLayout.setObjectName(u"extensionAddLayout")
        self.extensionMonthsSpin = WholeNumberField(self.extensionsBox)
        self.extensionMonthsSpin.setObjectName(u"extensionMonthsSpin")

        self.extensionAddLayout.addWidget(self.extensionMonthsSpin)

        self.extensionReasonEdit = QLineEdit(self.extensionsBox)
        self.extensionReasonEdit.setObjectName(u"extensionReasonEdit")

        self.extensionAddLayout.addWidget(self.extensionReasonEdit)

        self.extensionDecidedEdit = DateField(self.extensionsBox)
        self.extensionDecidedEdit.setObjectName(u"extensionDecidedEdit")

        self.extensionAddLayout.addWidget(self.extensionDecidedEdit)


        self.extensionsLayout.addLayout(self.extensionAddLayout)

        self.extensionButtons = QHBoxLayout()
        self.extensionButtons.setObjectName(u"extensionButtons")
        self.addExtensionButton = QPushButton(self.extensionsBox)
        self.addExtensionButton.setObjectName(u"addExtensionButton")

        self.extensionButtons.addWidget(self.addExtensionButton)

        self.removeExtensionButton = QPushButton(self.extensionsBox)
        self.removeExtensionButton.setObjectName(u"removeExtensionButton")

        self.extensionButtons.addWidget(self.removeExtensionButton)

        self.extensionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.extensionButtons.addItem(self.extensionSpacer)


        self.extensionsLayout.addLayout(self.extensionButtons)


        self.contentsLayout.addWidget(self.extensionsBox)

        self.noBsnLabel = QLabel(self.scrollContents)
        self.noBsnLabel.setObjectName(u"noBsnLabel")
        self.noBsnLabel.setWordWrap(True)

        self.contentsLayout.addWidget(self.noBsnLabel)

        self.scrollArea.setWidget(self.scrollContents)

        self.layout.addWidget(self.scrollArea)

        self.errorLabel = QLabel(NewcomerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewcomerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.knownAsLabel.setBuddy(self.knownAsEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.languageLabel.setBuddy(self.languageEdit)
        self.languageCodeLabel.setBuddy(self.languageCodeCombo)
        self.routeLabel.setBuddy(self.routeCombo)
        self.termijnLabel.setBuddy(self.termijnKnownCheck)
        self.municipalityRefLabel.setBuddy(self.municipalityRefEdit)
        self.regisseurLabel.setBuddy(self.regisseurEdit)
        self.coachesLabel.setBuddy(self.coachesEdit)
        self.languageSchoolLabel.setBuddy(self.languageSchoolEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reportScheduleLabel.setBuddy(self.reportScheduleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.knownAsEdit)
        QWidget.setTabOrder(self.knownAsEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.languageEdit)
        QWidget.setTabOrder(self.languageEdit, self.languageCodeCombo)
        QWidget.setTabOrder(self.languageCodeCombo, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.termijnKnownCheck)
        QWidget.setTabOrder(self.termijnKnownCheck, self.termijnEdit)
        QWidget.setTabOrder(self.termijnEdit, self.municipalityRefEdit)
        QWidget.setTabOrder(self.municipalityRefEdit, self.regisseurEdit)
        QWidget.setTabOrder(self.regisseurEdit, self.coachesEdit)
        QWidget.setTabOrder(self.coachesEdit, self.languageSchoolEdit)
        QWidget.setTabOrder(self.languageSchoolEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.reportScheduleCombo)
        QWidget.setTabOrder(self.reportScheduleCombo, self.extensionsList)
        QWidget.setTabOrder(self.extensionsList, self.extensionMonthsSpin)
        QWidget.setTabOrder(self.extensionMonthsSpin, self.extensionReasonEdit)
        QWidget.setTabOrder(self.extensionReasonEdit, self.extensionDecidedEdit)
        QWidget.setTabOrder(self.extensionDecidedEdit, self.addExtensionButton)
        QWidget.setTabOrder(self.addExtensionButton, self.removeExtensionButton)

        self.retranslateUi(NewcomerDialog)
    # setupUi

    def retranslateUi(self, NewcomerDialog):
        NewcomerDialog.setWindowTitle(QCoreApplication.translate("NewcomerDialog", u"Newcomer", None))
        self.nameLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Name", None))
        self.knownAsLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Called", None))
        self.knownAsEdit.setPlaceholderText(QCoreApplication.translate("NewcomerDialog", u"short name shown on screen (optional)", None))
        self.phoneLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Phone", None))
        self.languageLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Language(s)", None))
        self.languageCodeLabel.setText(QCoreApplication.translate("NewcomerDialog", u"Language of the &papers", None))
#if QT_CONFIG(tooltip)
        self.languageCodeCombo.setToolTip(QCoreApplication.translate("NewcomerDialog", u"The language of the papers for the newcomer (appointments, consent sheet); Dutch is printed beside it.", None))
#endif // QT_CONFIG(tooltip)
        self.routeLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Route", None))
        self.termijnLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Termijn started on", None))
        self.termijnKnownCheck.setText(QCoreApplication.translate("NewcomerDialog", u"known:", None))
#if QT_CONFIG(accessibility)
        self.termijnEdit.setAccessibleName(QCoreApplication.translate("NewcomerDialog", u"Termijn started on", None))
#endif // QT_CONFIG(accessibility)
        self.municipalityRefLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Municipality reference", None))
        self.regisseurLabel.setText(QCoreApplication.translate("NewcomerDialog", u"Re&gisseur", None))
        self.regisseurEdit.setPlaceholderText(QCoreApplication.translate("NewcomerDialog", u"name and e-mail of the inburgeringsregisseur", None))
        self.coachesLabel.setText(QCoreApplication.translate("NewcomerDialog", u"C&oaches", None))
        self.languageSchoolLabel.setText(QCoreApplication.translate("NewcomerDialog", u"Language &school", None))
        self.statusLabel.setText(QCoreApplication.translate("NewcomerDialog", u"St&atus", None))
        self.reportScheduleLabel.setText(QCoreApplication.translate("NewcomerDialog", u"Reports to the regisseur, &how often", None))
        self.extensionsBox.setTitle(QCoreApplication.translate("NewcomerDialog", u"Extensions of the termijn granted by DUO", None))
#if QT_CONFIG(accessibility)
        self.extensionsList.setAccessibleName(QCoreApplication.translate("NewcomerDialog", u"Extensions of the termijn granted by DUO", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.extensionMonthsSpin.setAccessibleName(QCoreApplication.translate("NewcomerDialog", u"Months of extension", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.extensionReasonEdit.setAccessibleName(QCoreApplication.translate("NewcomerDialog", u"Reason for the extension", None))
#endif // QT_CONFIG(accessibility)
        self.extensionReasonEdit.setPlaceholderText(QCoreApplication.translate("NewcomerDialog", u"reason", None))
#if QT_CONFIG(accessibility)
        self.extensionDecidedEdit.setAccessibleName(QCoreApplication.translate("NewcomerDialog", u"Extension decided on", None))
#endif // QT_CONFIG(accessibility)
        self.addExtensionButton.setText(QCoreApplication.translate("NewcomerDialog", u"Add extension", None))
        self.removeExtensionButton.setText(QCoreApplication.translate("NewcomerDialog", u"Remove selected", None))
        self.noBsnLabel.setText(QCoreApplication.translate("NewcomerDialog", u"Sleutelapp deliberately has no field for a BSN, ID documents, nationality or religion.", None))
    # retranslateUi

