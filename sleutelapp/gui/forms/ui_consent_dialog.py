# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 75abdceb1fb561fae50bd0595278e41a30bbcc8e26dadc80c6904002ec52da50
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(760, 420)
        self.layout = QVBoxLayout(ConsentDialog)
        self.layout.setObjectName(u"layout")
        self.newcomerLabel = QLabel(ConsentDialog)
        self.newcomerLabel.setObjectName(u"newcomerLabel")
        self.newcomerLabel.setText(u"")
        self.newcomerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.newcomerLabel.setWordWrap(True)

        self.layout.addWidget(self.newcomerLabel)

        self.introLabel = QLabel(ConsentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.scrollArea = QScrollArea(ConsentDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.purposesBox = QWidget()
        self.purposesBox.setObjectName(u"purposesBox")
        self.purposesGrid = QGridLayout(self.purposesBox)
        self.purposesGrid.setObjectName(u"purposesGrid")
        self.purposesGrid.setContentsMargins(0, 0, 0, 0)
        self.purposeHeader = QLabel(self.purposesBox)
        self.purposeHeader.setObjectName(u"purposeHeader")

        self.purposesGrid.addWidget(self.purposeHeader, 0, 0, 1, 1)

        self.givenHeader = QLabel(self.purposesBox)
        self.givenHeader.setObjectName(u"givenHeader")

        self.purposesGrid.addWidget(self.givenHeader, 0, 1, 1, 2)

        self.howHeader = QLabel(self.purposesBox)
        self.howHeader.setObjectName(u"howHeader")

        self.purposesGrid.addWidget(self.howHeader, 0, 3, 1, 1)

        self.withdrawnHeader = QLabel(self.purposesBox)
        self.withdrawnHeader.setObjectName(u"withdrawnHeader")

        self.purposesGrid.addWidget(self.withdrawnHeader, 0, 4, 1, 2)

        self.scrollArea.setWidget(self.purposesBox)

        self.layout.addWidget(self.scrollArea)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteLabel = QLabel(ConsentDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ConsentDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.noteForm)

        self.errorLabel = QLabel(ConsentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Consents", None))
        self.introLabel.setText(QCoreApplication.translate("ConsentDialog", u"Tick what the newcomer agreed to and on which day; tick \"withdrawn on\" when they take it back. Use Tab to go on and Space to tick.", None))
        self.purposeHeader.setText(QCoreApplication.translate("ConsentDialog", u"For what", None))
        self.givenHeader.setText(QCoreApplication.translate("ConsentDialog", u"Given", None))
        self.howHeader.setText(QCoreApplication.translate("ConsentDialog", u"How", None))
        self.withdrawnHeader.setText(QCoreApplication.translate("ConsentDialog", u"Withdrawn", None))
        self.noteLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"for example: signed form in the folder (optional)", None))
    # retranslateUi

