# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'newcomer_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
## Source sha256: 3376ca41e4566baa50a3b7e5e8dffee3a274c2322d25248ba6b0d1df0c350c4f
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_NewcomerView(object):
    def setupUi(self, NewcomerView):
        if not NewcomerView.objectName():
            NewcomerView.setObjectName(u"NewcomerView")
        NewcomerView.resize(900, 700)
        self.layout = QVBoxLayout(NewcomerView)
        self.layout.setObjectName(u"layout")
        self.header = QFrame(NewcomerView)
        self.header.setObjectName(u"header")
        self.headerLayout = QGridLayout(self.header)
        self.headerLayout.setObjectName(u"headerLayout")
        self.nameLabel = QLabel(self.header)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.nameLabel, 0, 0, 1, 2)

        self.routeLabel = QLabel(self.header)
        self.routeLabel.setObjectName(u"routeLabel")
        self.routeLabel.setText(u"")
        self.routeLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.routeLabel, 1, 0, 1, 1)

        self.termijnLabel = QLabel(self.header)
        self.termijnLabel.setObjectName(u"termijnLabel")
        self.termijnLabel.setText(u"")
        self.termijnLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.termijnLabel, 1, 1, 1, 1)

        self.hoursLabel = QLabel(self.header)
        self.hoursLabel.setObjectName(u"hoursLabel")
        self.hoursLabel.setText(u"")
        self.hoursLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.hoursLabel, 2, 0, 1, 1)

        self.consentLabel = QLabel(self.header)
        self.consentLabel.setObjectName(u"consentLabel")
        self.consentLabel.setText(u"")
        self.consentLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.consentLabel, 2, 1, 1, 1)


        self.layout.addWidget(self.header)

        self.tabs = QTabWidget(NewcomerView)
        self.tabs.setObjectName(u"tabs")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineBar = QHBoxLayout()
        self.timelineBar.setObjectName(u"timelineBar")
        self.kindFilterLabel = QLabel(self.timelineTab)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.timelineBar.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(self.timelineTab)
        self.kindFilter.setObjectName(u"kindFilter")

        self.timelineBar.addWidget(self.kindFilter)

        self.hiddenLabel = QLabel(self.timelineTab)
        self.hiddenLabel.setObjectName(u"hiddenLabel")
        self.hiddenLabel.setText(u"")

        self.timelineBar.addWidget(self.hiddenLabel)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timelineBar.addItem(self.barSpacer)

        self.editEntryButton = QPushButton(self.timelineTab)
        self.editEntryButton.setObjectName(u"editEntryButton")

        self.timelineBar.addWidget(self.editEntryButton)

        self.deleteEntryButton = QPushButton(self.timelineTab)
        self.deleteEntryButton.setObjectName(u"deleteEntryButton")

        self.timelineBar.addWidget(self.deleteEntryButton)


        self.timelineLayout.addLayout(self.timelineBar)

        self.timelineView = QTableView(self.timelineTab)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setTabKeyNavigation(False)
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineView.setWordWrap(False)

        self.timelineLayout.addWidget(self.timelineView)

        self.tabs.addTab(self.timelineTab, "")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileLayout = QVBoxLayout(self.profileTab)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileLabel = QLabel(self.profileTab)
        self.profileLabel.setObjectName(u"profileLabel")
        self.profileLabel.setText(u"")
        self.profileLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.profileLabel.setWordWrap(True)
        self.profileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileLayout.addWidget(self.profileLabel)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setObjectName(u"profileButtons")
        self.editProfileButton = QPushButton(self.profileTab)
        self.editProfileButton.setObjectName(u"editProfileButton")

        self.profileButtons.addWidget(self.editProfileButton)

        self.papersButton = QPushButton(self.profileTab)
        self.papersButton.setObjectName(u"papersButton")

        self.profileButtons.addWidget(self.papersButton)

        self.profileButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileButtons.addItem(self.profileButtonsSpacer)


        self.profileLayout.addLayout(self.profileButtons)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileLayout.addItem(self.profileSpacer)

        self.tabs.addTab(self.profileTab, "")
        self.consentsTab = QWidget()
        self.consentsTab.setObjectName(u"consentsTab")
        self.consentsLayout = QVBoxLayout(self.consentsTab)
        self.consentsLayout.setObjectName(u"consentsLayout")
        self.consentsView = QTableView(self.consentsTab)
        self.consentsView.setObjectName(u"consentsView")
        self.consentsView.setTabKeyNavigation(False)
        self.consentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.consentsLayout.addWidget(self.consentsView)

        self.consentButtons = QHBoxLayout()
        self.consentButtons.setObjectName(u"consentButtons")
        self.giveConsentButton = QPushButton(self.consentsTab)
        self.giveConsentButton.setObjectName(u"giveConsentButton")

        self.consentButtons.addWidget(self.giveConsentButton)

        self.withdrawConsentButton = QPushButton(self.consentsTab)
        self.withdrawConsentButton.setObjectName(u"withdrawConsentButton")

        self.consentButtons.addWidget(self.withdrawConsentButton)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentButtons.addItem(self.consentSpacer)


        self.consentsLayout.addLayout(self.consentButtons)

        self.tabs.addTab(self.consentsTab, "")
        self.disclosuresTab = QWidget()
        self.disclosuresTab.setObjectName(u"disclosuresTab")
        self.disclosuresLayout = QVBoxLayout(self.disclosuresTab)
        self.disclosuresLayout.setObjectName(u"disclosuresLayout")
        self.disclosuresHint = QLabel(self.disclosuresTab)
        self.disclosuresHint.setObjectName(u"disclosuresHint")
        self.disclosuresHint.setWordWrap(True)

        self.disclosuresLayout.addWidget(self.disclosuresHint)

        self.disclosuresView = QTableView(self.disclosuresTab)
        self.disclosuresView.setObjectName(u"disclosuresView")
        self.disclosuresView.setTabKeyNavigation(False)
        self.disclosuresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.disclosuresLayout.addWidget(self.disclosuresView)

        self.tabs.addTab(self.disclosuresTab, "")
        self.extensionsTab = QWidget()
        self.extensionsTab.setObjectName(u"extensionsTab")
        self.extensionsLayout = QVBoxLayout(self.extensionsTab)
        self.extensionsLayout.setObjectName(u"extensionsLayout")
        self.extensionsHint = QLabel(self.extensionsTab)
        self.extensionsHint.setObjectName(u"extensionsHint")
        self.extensionsHint.setWordWrap(True)

        self.extensionsLayout.addWidget(self.extensionsHint)

        self.extensionsView = QTableView(self.extensionsTab)
        self.extensionsView.setObjectName(u"extensionsView")
        self.extensionsView.setTabKeyNavigation(False)
        self.extensionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.extensionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.extensionsLayout.addWidget(self.extensionsView)

        self.extensionButtons = QHBoxLayout()
        self.extensionButtons.setObjectName(u"extensionButtons")
        self.requestExtensionButton = QPushButton(self.extensionsTab)
        self.requestExtensionButton.setObjectName(u"requestExtensionButton")

        self.extensionButtons.addWidget(self.requestExtensionButton)

        self.recordDecisionButton = QPushButton(self.extensionsTab)
        self.recordDecisionButton.setObjectName(u"recordDecisionButton")

        self.extensionButtons.addWidget(self.recordDecisionButton)

        self.extensionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.extensionButtons.addItem(self.extensionSpacer)


        self.extensionsLayout.addLayout(self.extensionButtons)

        self.tabs.addTab(self.extensionsTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.kindFilterLabel.setBuddy(self.kindFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewcomerView)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, NewcomerView):
        self.kindFilterLabel.setText(QCoreApplication.translate("NewcomerView", u"Show", None))
        self.editEntryButton.setText(QCoreApplication.translate("NewcomerView", u"Edit\u2026", None))
        self.deleteEntryButton.setText(QCoreApplication.translate("NewcomerView", u"Delete", None))
#if QT_CONFIG(accessibility)
        self.timelineView.setAccessibleName(QCoreApplication.translate("NewcomerView", u"Timeline", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("NewcomerView", u"Timeline", None))
        self.editProfileButton.setText(QCoreApplication.translate("NewcomerView", u"Edit profile\u2026", None))
        self.papersButton.setText(QCoreApplication.translate("NewcomerView", u"Papers for the newcomer\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("NewcomerView", u"Profile", None))
#if QT_CONFIG(accessibility)
        self.consentsView.setAccessibleName(QCoreApplication.translate("NewcomerView", u"Consents", None))
#endif // QT_CONFIG(accessibility)
        self.giveConsentButton.setText(QCoreApplication.translate("NewcomerView", u"Record consent\u2026", None))
        self.withdrawConsentButton.setText(QCoreApplication.translate("NewcomerView", u"Withdraw\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.consentsTab), QCoreApplication.translate("NewcomerView", u"Consents", None))
        self.disclosuresHint.setText(QCoreApplication.translate("NewcomerView", u"Everything about this newcomer that left this computer.", None))
#if QT_CONFIG(accessibility)
        self.disclosuresView.setAccessibleName(QCoreApplication.translate("NewcomerView", u"Shared", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.disclosuresTab), QCoreApplication.translate("NewcomerView", u"Disclosures", None))
        self.extensionsHint.setText(QCoreApplication.translate("NewcomerView", u"Requests to DUO for more time. A granted extension moves the end of the termijn.", None))
#if QT_CONFIG(accessibility)
        self.extensionsView.setAccessibleName(QCoreApplication.translate("NewcomerView", u"Extension requests", None))
#endif // QT_CONFIG(accessibility)
        self.requestExtensionButton.setText(QCoreApplication.translate("NewcomerView", u"Request an extension\u2026", None))
        self.recordDecisionButton.setText(QCoreApplication.translate("NewcomerView", u"Record the decision\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.extensionsTab), QCoreApplication.translate("NewcomerView", u"Extension", None))
        pass
    # retranslateUi

