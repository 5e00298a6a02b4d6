# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 7a6d08bf3f13a3cf38c887b53c3d008feae5e090a110f4379d4b243cdf665d1e
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(860, 700)
        self.layout = QVBoxLayout(MergeDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.introLabel)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addButton = QPushButton(MergeDialog)
        self.addButton.setObjectName(u"addButton")

        self.fileButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(MergeDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.fileButtons.addWidget(self.removeButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.layout.addLayout(self.fileButtons)

        self.filesView = QTableView(MergeDialog)
        self.filesView.setObjectName(u"filesView")
        self.filesView.setTabKeyNavigation(False)
        self.filesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesView.setWordWrap(False)

        self.layout.addWidget(self.filesView)

        self.resultLabel = QLabel(MergeDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.resultLabel)

        self.tableRow = QHBoxLayout()
        self.tableRow.setObjectName(u"tableRow")
        self.tableLabel = QLabel(MergeDialog)
        self.tableLabel.setObjectName(u"tableLabel")

        self.tableRow.addWidget(self.tableLabel)

        self.tableCombo = QComboBox(MergeDialog)
        self.tableCombo.setObjectName(u"tableCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tableCombo.sizePolicy().hasHeightForWidth())
        self.tableCombo.setSizePolicy(sizePolicy)

        self.tableRow.addWidget(self.tableCombo)


        self.layout.addLayout(self.tableRow)

        self.tableView = QTableView(MergeDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.layout.addWidget(self.tableView)

        self.legendLabel = QLabel(MergeDialog)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.legendLabel)

        self.pdfCheck = QCheckBox(MergeDialog)
        self.pdfCheck.setObjectName(u"pdfCheck")
        self.pdfCheck.setChecked(True)

        self.layout.addWidget(self.pdfCheck)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tableLabel.setBuddy(self.tableCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge summaries", None))
        self.introLabel.setText(QCoreApplication.translate("MergeDialog", u"Merge anonymised summaries of the same period into one overview. No case file is needed. A file that is not a valid summary, does not add up, would count twice, comes from a case file already included or covers another period is refused. Each refused file says why.", None))
        self.addButton.setText(QCoreApplication.translate("MergeDialog", u"&Add files\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("MergeDialog", u"&Remove from list", None))
#if QT_CONFIG(accessibility)
        self.filesView.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Summaries to merge", None))
#endif // QT_CONFIG(accessibility)
        self.tableLabel.setText(QCoreApplication.translate("MergeDialog", u"&Table", None))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Table", None))
#endif // QT_CONFIG(accessibility)
        self.pdfCheck.setText(QCoreApplication.translate("MergeDialog", u"Also save a PDF overview with charts", None))
    # retranslateUi

