# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: c5c79b4609e7a17348553f1cd761bb27c6d6492397f8c0aa00d9d9c0af4e69e9
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(460, 260)
        self.layout = QVBoxLayout(ConsentDialog)
        self.layout.setObjectName(u"layout")
        self.newcomerLabel = QLabel(ConsentDialog)
        self.newcomerLabel.setObjectName(u"newcomerLabel")
        self.newcomerLabel.setText(u"")
        self.newcomerLabel.setWordWrap(True)

        self.layout.addWidget(self.newcomerLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.purposeLabel = QLabel(ConsentDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(ConsentDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.givenLabel = QLabel(ConsentDialog)
        self.givenLabel.setObjectName(u"givenLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenEdit = QDateEdit(ConsentDialog)
        self.givenEdit.setObjectName(u"givenEdit")
        self.givenEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.givenEdit)

        self.howLabel = QLabel(ConsentDialog)
        self.howLabel.setObjectName(u"howLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.howLabel)

        self.howCombo = QComboBox(ConsentDialog)
        self.howCombo.setObjectName(u"howCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.howCombo)

        self.noteLabel = QLabel(ConsentDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ConsentDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.explainLabel = QLabel(ConsentDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setText(u"")
        self.explainLabel.setWordWrap(True)

        self.layout.addWidget(self.explainLabel)

        self.buttonBox = QDialogButtonBox(ConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.givenLabel.setBuddy(self.givenEdit)
        self.howLabel.setBuddy(self.howCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Record consent", None))
        self.purposeLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Purpose", None))
        self.givenLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Given on", None))
        self.howLabel.setText(QCoreApplication.translate("ConsentDialog", u"&How", None))
        self.noteLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Note", None))
    # retranslateUi

