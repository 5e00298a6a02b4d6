# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 247c484b15974c2f9f4647f134a1a4a9e1aec28675f141795dab458368c8e04d
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AgendaView(object):
    def setupUi(self, AgendaView):
        if not AgendaView.objectName():
            AgendaView.setObjectName(u"AgendaView")
        AgendaView.resize(900, 700)
        self.layout = QVBoxLayout(AgendaView)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(AgendaView)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.navRow = QHBoxLayout()
        self.navRow.setObjectName(u"navRow")
        self.previousButton = QPushButton(AgendaView)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setAutoDefault(False)

        self.navRow.addWidget(self.previousButton)

        self.todayButton = QPushButton(AgendaView)
        self.todayButton.setObjectName(u"todayButton")
        self.todayButton.setAutoDefault(False)

        self.navRow.addWidget(self.todayButton)

        self.nextButton = QPushButton(AgendaView)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.navRow.addWidget(self.nextButton)

        self.periodLabel = QLabel(AgendaView)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setText(u"")

        self.navRow.addWidget(self.periodLabel)

        self.navSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navRow.addItem(self.navSpacer)

        self.modeLabel = QLabel(AgendaView)
        self.modeLabel.setObjectName(u"modeLabel")

        self.navRow.addWidget(self.modeLabel)

        self.modeCombo = QComboBox(AgendaView)
        self.modeCombo.setObjectName(u"modeCombo")

        self.navRow.addWidget(self.modeCombo)


        self.layout.addLayout(self.navRow)

        self.agendaList = QListView(AgendaView)
        self.agendaList.setObjectName(u"agendaList")

        self.layout.addWidget(self.agendaList)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.hintLabel = QLabel(AgendaView)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.hintLabel)

        self.pdfButton = QPushButton(AgendaView)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.pdfButton)

        self.icsButton = QPushButton(AgendaView)
        self.icsButton.setObjectName(u"icsButton")
        self.icsButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.icsButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.modeLabel.setBuddy(self.modeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previousButton, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.agendaList)
        QWidget.setTabOrder(self.agendaList, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.icsButton)

        self.retranslateUi(AgendaView)
    # setupUi

    def retranslateUi(self, AgendaView):
        self.titleLabel.setText(QCoreApplication.translate("AgendaView", u"Agenda", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("AgendaView", u"Previous week or month (Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("AgendaView", u"< &Previous", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("AgendaView", u"Back to this week or month (T)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("AgendaView", u"To t&oday", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("AgendaView", u"Next week or month (Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("AgendaView", u"N&ext >", None))
        self.modeLabel.setText(QCoreApplication.translate("AgendaView", u"Sho&w", None))
#if QT_CONFIG(accessibility)
        self.agendaList.setAccessibleName(QCoreApplication.translate("AgendaView", u"Agenda items by day", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("AgendaView", u"Enter opens the newcomer. Ctrl+D: done, Ctrl+Shift+N: no-show, Ctrl+Shift+X: cancelled.", None))
        self.pdfButton.setText(QCoreApplication.translate("AgendaView", u"Week as &PDF\u2026", None))
        self.icsButton.setText(QCoreApplication.translate("AgendaView", u"Export the agenda (.&ics)\u2026", None))
        pass
    # retranslateUi

