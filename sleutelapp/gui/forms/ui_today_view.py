# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 7cd51b6e2e768584be800377c8a174464b170174ec8fce550173162504c6e0b9
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QLabel, QListView, QVBoxLayout)

class Ui_TodayView(object):
    def setupUi(self, TodayView):
        if not TodayView.objectName():
            TodayView.setObjectName(u"TodayView")
        TodayView.resize(900, 700)
        self.layout = QVBoxLayout(TodayView)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(TodayView)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.dateLabel = QLabel(TodayView)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setText(u"")

        self.layout.addWidget(self.dateLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.pastBox = QGroupBox(TodayView)
        self.pastBox.setObjectName(u"pastBox")
        self.pastLayout = QVBoxLayout(self.pastBox)
        self.pastLayout.setObjectName(u"pastLayout")
        self.pastList = QListView(self.pastBox)
        self.pastList.setObjectName(u"pastList")

        self.pastLayout.addWidget(self.pastList)


        self.grid.addWidget(self.pastBox, 0, 0, 1, 2)

        self.appointmentsBox = QGroupBox(TodayView)
        self.appointmentsBox.setObjectName(u"appointmentsBox")
        self.appointmentsLayout = QVBoxLayout(self.appointmentsBox)
        self.appointmentsLayout.setObjectName(u"appointmentsLayout")
        self.appointmentsList = QListView(self.appointmentsBox)
        self.appointmentsList.setObjectName(u"appointmentsList")

        self.appointmentsLayout.addWidget(self.appointmentsList)


        self.grid.addWidget(self.appointmentsBox, 1, 0, 1, 1)

        self.tasksBox = QGroupBox(TodayView)
        self.tasksBox.setObjectName(u"tasksBox")
        self.tasksLayout = QVBoxLayout(self.tasksBox)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.tasksList = QListView(self.tasksBox)
        self.tasksList.setObjectName(u"tasksList")

        self.tasksLayout.addWidget(self.tasksList)


        self.grid.addWidget(self.tasksBox, 1, 1, 1, 1)

        self.termijnBox = QGroupBox(TodayView)
        self.termijnBox.setObjectName(u"termijnBox")
        self.termijnLayout = QVBoxLayout(self.termijnBox)
        self.termijnLayout.setObjectName(u"termijnLayout")
        self.termijnList = QListView(self.termijnBox)
        self.termijnList.setObjectName(u"termijnList")

        self.termijnLayout.addWidget(self.termijnList)


        self.grid.addWidget(self.termijnBox, 2, 0, 1, 1)

        self.noContactBox = QGroupBox(TodayView)
        self.noContactBox.setObjectName(u"noContactBox")
        self.noContactLayout = QVBoxLayout(self.noContactBox)
        self.noContactLayout.setObjectName(u"noContactLayout")
        self.noContactList = QListView(self.noContactBox)
        self.noContactList.setObjectName(u"noContactList")

        self.noContactLayout.addWidget(self.noContactList)


        self.grid.addWidget(self.noContactBox, 2, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.hintLabel = QLabel(TodayView)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)


        self.retranslateUi(TodayView)
    # setupUi

    def retranslateUi(self, TodayView):
        self.titleLabel.setText(QCoreApplication.translate("TodayView", u"Today", None))
        self.pastBox.setTitle(QCoreApplication.translate("TodayView", u"Update the status", None))
        self.appointmentsBox.setTitle(QCoreApplication.translate("TodayView", u"Appointments in the next 14 days", None))
        self.tasksBox.setTitle(QCoreApplication.translate("TodayView", u"Open tasks, due soon", None))
        self.termijnBox.setTitle(QCoreApplication.translate("TodayView", u"Termijn ends within 6 months", None))
        self.noContactBox.setTitle(QCoreApplication.translate("TodayView", u"No contact for 30 days", None))
        self.hintLabel.setText(QCoreApplication.translate("TodayView", u"Press Enter or double-click an item to open the newcomer. Ctrl+1\u20266 logs for the newcomer of the selected item; Ctrl+D marks an appointment or task done (right-click for more).", None))
        pass
    # retranslateUi

