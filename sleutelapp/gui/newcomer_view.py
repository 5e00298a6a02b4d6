"""The selected newcomer: header (route, termijn, hours against norms, consent), timeline
with a kind filter, and tabs for profile, consents and disclosures."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from sleutelapp.domain import vocab, wi2021
from sleutelapp.domain.model import Newcomer
from sleutelapp.gui.forms.ui_newcomer_view import Ui_NewcomerView
from sleutelapp.gui.i18n import in_ui_direction
from sleutelapp.gui.labels import format_date, format_hours, label
from sleutelapp.gui.models.extension_model import ExtensionRequestsModel
from sleutelapp.gui.models.register_models import ConsentsModel, DisclosuresModel
from sleutelapp.gui.models.timeline_model import TimelineModel
from sleutelapp.gui.operations import CONSENT, DISCLOSURE, ENTRY, NEWCOMER


class NewcomerView(QWidget):
    """The newcomer on screen; every menu item about "this newcomer" acts on `newcomer`."""

    timeline_menu = Signal(object)  # global position of a context-menu request
    edit_entry = Signal()
    delete_entry = Signal()
    edit_profile = Signal()
    give_papers = Signal()
    give_consent = Signal()
    withdraw_consent = Signal()
    request_extension = Signal()
    record_extension_decision = Signal()

    # the changes this view follows, for the newcomer on screen
    SHOWS = frozenset({NEWCOMER, ENTRY, CONSENT, DISCLOSURE})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session = None  # set by follow()
        self.ui = Ui_NewcomerView()
        self.ui.setupUi(self)
        self.setObjectName("newcomerView")
        self.newcomer: Newcomer | None = None
        self.timeline = TimelineModel(self)
        self.consents = ConsentsModel(self)
        self.disclosures = DisclosuresModel(self)
        self.extension_requests = ExtensionRequestsModel(self)
        ui = self.ui
        ui.nameLabel.setStyleSheet("font-size: 18pt; font-weight: 600;")
        for view, model in (
            (ui.timelineView, self.timeline),
            (ui.consentsView, self.consents),
            (ui.disclosuresView, self.disclosures),
            (ui.extensionsView, self.extension_requests),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setHighlightSections(False)
        self._size_timeline_columns()
        consents_header = self.ui.consentsView.horizontalHeader()
        consents_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A handful of rows: the purpose column may measure them (its labels are long).
        consents_header.setSectionResizeMode(
            ConsentsModel.PURPOSE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.disclosuresView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.ui.extensionsView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self._fill_kind_filter()
        # activated only: a double-click also emits it, and both opened two editors
        ui.timelineView.activated.connect(lambda _index: self.edit_entry.emit())
        ui.timelineView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ui.timelineView.customContextMenuRequested.connect(
            lambda pos: self.timeline_menu.emit(ui.timelineView.viewport().mapToGlobal(pos))
        )
        ui.hiddenLabel.setStyleSheet("color: #8a5a00")
        ui.editEntryButton.clicked.connect(self.edit_entry)
        ui.deleteEntryButton.clicked.connect(self.delete_entry)
        ui.editProfileButton.clicked.connect(self.edit_profile)
        ui.papersButton.clicked.connect(self.give_papers)
        ui.giveConsentButton.clicked.connect(self.give_consent)
        ui.withdrawConsentButton.clicked.connect(self.withdraw_consent)
        ui.requestExtensionButton.clicked.connect(self.request_extension)
        ui.recordDecisionButton.clicked.connect(self.record_extension_decision)
        ui.extensionsView.activated.connect(lambda _i: self.record_extension_decision.emit())
        self._case = None
        ui.kindFilter.currentIndexChanged.connect(self._reload_timeline)

    def _size_timeline_columns(self) -> None:
        """Widths from the font, not from the rows: measuring every row on each newcomer
        switch (ResizeToContents) costs more than the query."""
        header = self.ui.timelineView.horizontalHeader()
        metrics = self.ui.timelineView.fontMetrics()

        def widest(vocabularies) -> str:
            return max((label(v, term.code) for v in vocabularies for term in v), key=len)

        types = [v for v in vocab.TYPES_BY_KIND.values() if v is not None]
        samples = {
            TimelineModel.DATE: format_date(date(2026, 9, 28)) + " 10:30",
            TimelineModel.KIND: widest([vocab.KINDS]),
            TimelineModel.TYPE: widest(types),
            TimelineModel.SHARED: str(
                self.timeline.headerData(TimelineModel.SHARED, Qt.Orientation.Horizontal)
            ),
        }
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(TimelineModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.ui.timelineView.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.ui.timelineView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def _fill_kind_filter(self) -> None:
        current = self.ui.kindFilter.currentData()
        self.ui.kindFilter.blockSignals(True)
        self.ui.kindFilter.clear()
        self.ui.kindFilter.addItem(self.tr("Everything"), None)
        for term in vocab.KINDS:
            self.ui.kindFilter.addItem(label(vocab.KINDS, term.code), term.code)
        self.ui.kindFilter.setCurrentIndex(max(0, self.ui.kindFilter.findData(current)))
        self.ui.kindFilter.blockSignals(False)

    def follow(self, operations, session) -> None:
        """Refresh on the operations' changes to the newcomer on screen."""
        self._session = session
        operations.announced.connect(self.changed)

    def changed(self, change) -> None:
        session = self._session
        if session is None or not session.is_open or self.newcomer is None:
            return
        if change.touches(self.SHOWS) and change.about(self.newcomer.id):
            self.refresh()

    def models(self) -> list:
        return [self.timeline, self.consents, self.disclosures, self.extension_requests]

    # --- loading -----------------------------------------------------------------------

    def show_newcomer(self, case, newcomer_id: str) -> None:
        switching = self.newcomer is None or self.newcomer.id != newcomer_id
        self._case = case
        self.newcomer = case.newcomers.get(newcomer_id)
        if switching:
            self.timeline.set_matches(())
            self.reset_filter()  # a filter left on "Signaal" hid another newcomer's entries
        self._reload_timeline(keep_selection=not switching)
        self.consents.reload(case, newcomer_id)
        self.disclosures.reload(case, newcomer_id)
        self.extension_requests.reload(case, newcomer_id)
        self._fill_header(case)
        self._fill_profile()

    def refresh(self) -> None:
        if self._case is not None and self.newcomer is not None:
            if self._case.newcomers.exists(self.newcomer.id):
                self.show_newcomer(self._case, self.newcomer.id)
            else:
                self.clear()

    def reset_filter(self) -> None:
        self.ui.kindFilter.blockSignals(True)
        self.ui.kindFilter.setCurrentIndex(0)
        self.ui.kindFilter.blockSignals(False)

    def _reload_timeline(self, *_args, keep_selection: bool = True) -> None:
        """Reload; the selection stays on the same entry, or on the row where a deleted
        one was (its neighbour), never jumping to the top."""
        if self._case is None or self.newcomer is None:
            return
        view = self.ui.timelineView
        before = self.selected_entry() if keep_selection else None
        before_row = view.currentIndex().row() if keep_selection else -1
        kind = self.ui.kindFilter.currentData()
        self.timeline.reload(self._case, self.newcomer.id, (kind,) if kind else None)
        self._show_hidden_count(kind)
        rows = self.timeline.rowCount()
        if not rows:
            return
        row = self.timeline.row_of(before.id) if before is not None else -1
        if row < 0:
            row = min(max(before_row, 0), rows - 1)
        view.selectRow(row)

    def _show_hidden_count(self, kind: str | None) -> None:
        if not kind:
            self.ui.hiddenLabel.clear()
            return
        hidden = self._case.entries.count_for(self.newcomer.id) - self._case.entries.count_for(
            self.newcomer.id, kinds=(kind,)
        )
        self.ui.hiddenLabel.setText(
            self.tr("%n hidden by the filter", "", hidden) if hidden else ""
        )

    def clear(self) -> None:
        self._case = None
        self.newcomer = None
        self.reset_filter()  # after a lock or a restore, start from everything
        self.ui.hiddenLabel.clear()
        for model in self.models():
            model.clear()
        for widget in (
            self.ui.nameLabel,
            self.ui.routeLabel,
            self.ui.termijnLabel,
            self.ui.hoursLabel,
            self.ui.consentLabel,
            self.ui.profileLabel,
        ):
            widget.clear()

    def _fill_header(self, case) -> None:
        n = self.newcomer
        ui = self.ui
        name = escape(n.display_name)
        if n.known_as and n.known_as != n.name:
            name += f" <span style='font-size:11pt; font-weight:400'>({escape(n.name)})</span>"
        if n.status != "active":
            name += (
                " <span style='font-size:11pt; color:#5f6368'>— "
                + escape(self.tr("closed on {0}").format(format_date(n.closed_on)))
                + "</span>"
            )
        ui.nameLabel.setText(in_ui_direction(name))  # a Latin name starts an Arabic header
        ui.routeLabel.setText(self.tr("Route: {0}").format(label(vocab.ROUTES, n.route)))
        end = wi2021.termijn_end(n.termijn_start, n.extensions)
        if end is None:
            ui.termijnLabel.setText(self.tr("Termijn: start date not known"))
            ui.termijnLabel.setStyleSheet("")
        else:
            days = wi2021.days_left(end)
            text = (
                self.tr("Termijn ends {0} — %n day(s) left", "", days).format(format_date(end))
                if days >= 0
                else self.tr("Termijn ended {0}").format(format_date(end))
            )
            ui.termijnLabel.setText(text)
            ui.termijnLabel.setStyleSheet(
                "color: #b3261e; font-weight: 600;" if wi2021.ends_soon(end) else ""
            )
        ui.hoursLabel.setText(self._participation_text(n.route, case.entries.activity_hours(n.id)))
        today = date.today()
        active = [c for c in self.consents_list() if c.active_on(today)]
        if active:
            names = ", ".join(
                dict.fromkeys(label(vocab.CONSENT_PURPOSES, c.purpose) for c in active)
            )
            ui.consentLabel.setText(self.tr("Consent: {0}").format(names))
        else:
            ui.consentLabel.setText(self.tr("Consent: none recorded"))

    def _participation_text(self, route: str, hours: dict[str, float]) -> str:
        """Hours per activity type, and against the route's norms where it has them."""
        lines = []
        progress = wi2021.progress(route, hours)
        if progress:
            parts = [
                self.tr("{0} {1} / {2} h").format(
                    label(wi2021.COMPONENTS, p.norm.component),
                    format_hours(p.hours) or "0",
                    p.norm.hours,
                )
                for p in progress
            ]
            lines.append(self.tr("Norms: {0}").format(" · ".join(parts)))
        else:
            lines.append(self.tr("This route has no hour norms."))
        logged = [
            self.tr("{0} {1} h").format(label(vocab.ACTIVITY_TYPES, code), format_hours(h))
            for code, h in sorted(hours.items(), key=lambda item: -item[1])
            if h
        ]
        if logged:
            lines.append(self.tr("Participation: {0}").format(" · ".join(logged)))
        else:
            lines.append(self.tr("Participation: no hours logged yet"))
        return "\n".join(lines)

    def consents_list(self):
        return [self.consents.consent_at(r) for r in range(self.consents.rowCount())]

    def _fill_profile(self) -> None:
        n = self.newcomer
        rows = [
            (self.tr("Name"), n.name),
            (self.tr("Called"), n.known_as),
            (self.tr("Phone"), n.phone),
            (self.tr("Language(s)"), n.language),
            (self.tr("Language of the papers"), _language_name(n.language_code)),
            (self.tr("Route"), label(vocab.ROUTES, n.route)),
            (self.tr("Termijn started"), format_date(n.termijn_start)),
            (
                self.tr("Extensions"),
                "; ".join(
                    self.tr("%n month(s)", "", e.months) + (f" ({e.reason})" if e.reason else "")
                    for e in n.extensions
                ),
            ),
            (self.tr("Municipality reference"), n.municipality_ref),
            (self.tr("Regisseur"), n.regisseur),
            (self.tr("Coaches"), n.coaches),
            (self.tr("Language school"), n.language_school),
            (self.tr("Status"), label(vocab.NEWCOMER_STATUS, n.status)),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:16px; color:#5f6368'>{escape(k)}</td>"
            f"<td>{escape(v or '—')}</td></tr>"
            for k, v in rows
        )
        self.ui.profileLabel.setText(f"<table>{cells}</table>")

    # --- selection -----------------------------------------------------------------------

    def selected_entry(self):
        index = self.ui.timelineView.currentIndex()
        return self.timeline.entry_at(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: str) -> None:
        row = self.timeline.row_of(entry_id)
        if row >= 0:
            self.ui.timelineView.selectRow(row)

    def show_matches(self, entry_ids: list[str], *, select: bool = True) -> None:
        """Highlight the entries a search found and select the newest of them."""
        self.timeline.set_matches(entry_ids)
        for entry_id in entry_ids if select else ():
            row = self.timeline.row_of(entry_id)
            if row >= 0:
                self.ui.timelineView.selectRow(row)
                self.ui.timelineView.scrollTo(self.timeline.index(row, 0))
                return

    def focus_timeline(self) -> None:
        self.ui.timelineView.setFocus()

    def selected_extension_request(self):
        index = self.ui.extensionsView.currentIndex()
        return self.extension_requests.request_at(index.row()) if index.isValid() else None

    def selected_consent(self):
        index = self.ui.consentsView.currentIndex()
        return self.consents.consent_at(index.row()) if index.isValid() else None

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_kind_filter()
            self._size_timeline_columns()  # labels differ in length per language
            self.refresh()
        super().changeEvent(event)


def _language_name(code: str) -> str:
    """A shipped language by its own name ("" when none is chosen)."""
    from sleutelapp.language import language
    from sleutelapp.language.languages import is_shipped

    return language(code).name if is_shipped(code) else ""
