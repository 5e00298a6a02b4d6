# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'newcomer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from sleutelapp.gui.typed_fields import DateField

class Ui_NewcomerDialog(object):
    def setupUi(self, NewcomerDialog):
        if not NewcomerDialog.objectName():
            NewcomerDialog.setObjectName(u"NewcomerDialog")
        NewcomerDialog.resize(600, 640)
        self.layout = QVBoxLayout(NewcomerDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(NewcomerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewcomerDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.knownAsLabel = QLabel(NewcomerDialog)
        self.knownAsLabel.setObjectName(u"knownAsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.knownAsLabel)

        self.knownAsEdit = QLineEdit(NewcomerDialog)
        self.knownAsEdit.setObjectName(u"knownAsEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.knownAsEdit)

        self.phoneLabel = QLabel(NewcomerDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(NewcomerDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.languageLabel = QLabel(NewcomerDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageEdit = QLineEdit(NewcomerDialog)
        self.languageEdit.setObjectName(u"languageEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageEdit)

        self.routeLabel = QLabel(NewcomerDialog)
        self.routeLabel.setObjectName(u"routeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(NewcomerDialog)
        self.routeCombo.setObjectName(u"routeCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.termijnLabel = QLabel(NewcomerDialog)
        self.termijnLabel.setObjectName(u"termijnLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.termijnLabel)

        self.termijnLayout = QHBoxLayout()
        self.termijnLayout.setObjectName(u"termijnLayout")
        self.termijnKnownCheck = QCheckBox(NewcomerDialog)
        self.termijnKnownCheck.setObjectName(u"termijnKnownCheck")

        self.termijnLayout.addWidget(self.termijnKnownCheck)

        self.termijnEdit = DateField(NewcomerDialog)
        self.termijnEdit.setObjectName(u"termijnEdit")

        self.termijnLayout.addWidget(self.termijnEdit)

        self.termijnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termijnLayout.addItem(self.termijnSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.termijnLayout)

        self.municipalityRefLabel = QLabel(NewcomerDialog)
        self.municipalityRefLabel.setObjectName(u"municipalityRefLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.municipalityRefLabel)

        self.municipalityRefEdit = QLineEdit(NewcomerDialog)
        self.municipalityRefEdit.setObjectName(u"municipalityRefEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.municipalityRefEdit)

        self.regisseurLabel = QLabel(NewcomerDialog)
        self.regisseurLabel.setObjectName(u"regisseurLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.regisseurLabel)

        self.regisseurEdit = QLineEdit(NewcomerDialog)
        self.regisseurEdit.setObjectName(u"regisseurEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.regisseurEdit)

        self.coachesLabel = QLabel(NewcomerDialog)
        self.coachesLabel.setObjectName(u"coachesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.coachesLabel)

        self.coachesEdit = QLineEdit(NewcomerDialog)
        self.coachesEdit.setObjectName(u"coachesEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.coachesEdit)

        self.languageSchoolLabel = QLabel(NewcomerDialog)
        self.languageSchoolLabel.setObjectName(u"languageSchoolLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.languageSchoolLabel)

        self.languageSchoolEdit = QLineEdit(NewcomerDialog)
        self.languageSchoolEdit.setObjectName(u"languageSchoolEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.languageSchoolEdit)

        self.statusLabel = QLabel(NewcomerDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(NewcomerDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.layout.addLayout(self.form)

        self.extensionsBox = QGroupBox(NewcomerDialog)
        self.extensionsBox.setObjectName(u"extensionsBox")
        self.extensionsLayout = QVBoxLayout(self.extensionsBox)
        self.extensionsLayout.setObjectName(u"extensionsLayout")
        self.extensionsList = QListWidget(self.extensionsBox)
        self.extensionsList.setObjectName(u"extensionsList")
        self.extensionsList.setMaximumSize(QSize(16777215, 90))

        self.extensionsLayout.addWidget(self.extensionsList)

        self.extensionAddLayout = QHBoxLayout()
        self.extensionAddLayout.setObjectName(u"extensionAddLayout")
        self.extensionMonthsSpin = QSpinBox(self.extensionsBox)
        self.extensionMonthsSpin.setObjectName(u"extensionMonthsSpin")
        self.extensionMonthsSpin.setMinimum(1)
        self.extensionMonthsSpin.setMaximum(60)
        self.extensionMonthsSpin.setValue(6)

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


        self.layout.addWidget(self.extensionsBox)

        self.noBsnLabel = QLabel(NewcomerDialog)
        self.noBsnLabel.setObjectName(u"noBsnLabel")
        self.noBsnLabel.setWordWrap(True)

        self.layout.addWidget(self.noBsnLabel)

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
        self.routeLabel.setBuddy(self.routeCombo)
        self.termijnLabel.setBuddy(self.termijnKnownCheck)
        self.municipalityRefLabel.setBuddy(self.municipalityRefEdit)
        self.regisseurLabel.setBuddy(self.regisseurEdit)
        self.coachesLabel.setBuddy(self.coachesEdit)
        self.languageSchoolLabel.setBuddy(self.languageSchoolEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewcomerDialog)
    # setupUi

    def retranslateUi(self, NewcomerDialog):
        NewcomerDialog.setWindowTitle(QCoreApplication.translate("NewcomerDialog", u"Newcomer", None))
        self.nameLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Name", None))
        self.knownAsLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Called", None))
        self.knownAsEdit.setPlaceholderText(QCoreApplication.translate("NewcomerDialog", u"short name shown on screen (optional)", None))
        self.phoneLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Phone", None))
        self.languageLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Language(s)", None))
        self.routeLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Route", None))
        self.termijnLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Termijn started on", None))
        self.termijnKnownCheck.setText(QCoreApplication.translate("NewcomerDialog", u"known:", None))
        self.municipalityRefLabel.setText(QCoreApplication.translate("NewcomerDialog", u"&Municipality reference", None))
        self.regisseurLabel.setText(QCoreApplication.translate("NewcomerDialog", u"Re&gisseur", None))
        self.regisseurEdit.setPlaceholderText(QCoreApplication.translate("NewcomerDialog", u"name and e-mail of the inburgeringsregisseur", None))
        self.coachesLabel.setText(QCoreApplication.translate("NewcomerDialog", u"C&oaches", None))
        self.languageSchoolLabel.setText(QCoreApplication.translate("NewcomerDialog", u"Language &school", None))
        self.statusLabel.setText(QCoreApplication.translate("NewcomerDialog", u"St&atus", None))
        self.extensionsBox.setTitle(QCoreApplication.translate("NewcomerDialog", u"Extensions of the termijn granted by DUO", None))
        self.extensionMonthsSpin.setSuffix(QCoreApplication.translate("NewcomerDialog", u" months", None))
        self.extensionReasonEdit.setPlaceholderText(QCoreApplication.translate("NewcomerDialog", u"reason", None))
        self.addExtensionButton.setText(QCoreApplication.translate("NewcomerDialog", u"Add extension", None))
        self.removeExtensionButton.setText(QCoreApplication.translate("NewcomerDialog", u"Remove selected", None))
        self.noBsnLabel.setText(QCoreApplication.translate("NewcomerDialog", u"Sleutelapp deliberately has no field for a BSN, ID documents, nationality or religion.", None))
    # retranslateUi

