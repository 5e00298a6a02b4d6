"""Quick entry: one dialog for each of the six kinds (Ctrl+1…6), saved with Enter.

Defaults make logging take seconds: today's date, the type used last time for this kind.
Health appointments keep logistics only; the form has no field for a reason or diagnosis
and says so. The free-text guard warns before an identifier is saved in free text: the
first Enter shows the warning, a second Enter saves anyway.

Nothing is saved that would silently be wrong: hours and dates are read as typed
(gui/typed_fields.py), what a kind needs (domain/entry_needs.py) and which dates fit
(domain/date_rules.py) are said at the field, a planned appointment in the past asks
whether it took place, and Escape asks before throwing typed text away.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QWidget

from sleutelapp.domain import date_rules, entry_needs, textguard, vocab
from sleutelapp.domain.model import Entry, InvalidRecord
from sleutelapp.domain.typed_input import latin_digits
from sleutelapp.gui import prompts
from sleutelapp.gui.fonts import shown
from sleutelapp.gui.forms.ui_entry_dialog import Ui_EntryDialog
from sleutelapp.gui.i18n import current_language, in_ui_direction
from sleutelapp.gui.labels import label
from sleutelapp.gui.screen_fit import fit_to_screen
from sleutelapp.gui.typed_fields import (
    PROBLEM_STYLE,
    LatinDigitsValidator,
    name_after_labels,
    show_problem,
)
from sleutelapp.gui.unsaved_input import KeepsUnsavedInput

KIND_ORDER = ("contact", "appointment", "activity", "note", "signal", "task")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")

# Rows of the form shown per kind (date is always shown).
_ROWS = {
    "contact": {"type", "minutes", "topics", "text"},
    "appointment": {"type", "status", "location", "accompanied", "text", "time"},
    "activity": {"type", "hours", "location", "accompanied", "text"},
    "note": {"text"},
    "signal": {"type", "status", "text"},
    "task": {"status", "text"},
}


class EntryDialog(KeepsUnsavedInput, QDialog):
    """Add or edit one entry; `saved` holds the stored entry after acceptance."""

    def __init__(
        self,
        parent,
        operations,
        kind: str,
        newcomer_id: str,
        newcomer_name: str,
        *,
        entry: Entry | None = None,
        last_type: str | None = None,
        draft: dict | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_EntryDialog()
        self.ui.setupUi(self)
        self.setObjectName(f"entryDialog_{kind}")
        self._operations = operations
        self.kind = kind
        self.newcomer_id = newcomer_id
        self.newcomer_name = newcomer_name
        self.editing = entry
        self.saved: Entry | None = None
        self._guard_confirmed_for: str | None = None
        self._topic_checks: dict[str, QCheckBox] = {}
        self.ui.dateEdit.window = date_rules.ENTRY_DATE
        self.ui.textProblemLabel.setStyleSheet(PROBLEM_STYLE)
        self.ui.textProblemLabel.hide()

        self._build_choices()
        self._retranslate()
        self.ui.timeEdit.setValidator(
            LatinDigitsValidator(r"^$|^([01]?\d|2[0-3])[:.]?([0-5]\d?)?$", self)
        )
        self.ui.typeCombo.currentIndexChanged.connect(self._update_health)
        self.ui.textEdit.installEventFilter(self)
        self.ui.textEdit.textChanged.connect(self._clear_guard)
        self.ui.textEdit.textChanged.connect(lambda: show_problem(self.ui.textProblemLabel, ""))
        self.ui.locationEdit.textChanged.connect(self._clear_guard)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

        self.ui.dateEdit.setDate(date.today())
        if last_type:
            self._select(self.ui.typeCombo, last_type)
        if entry is not None:
            self._load(entry)
        self.remember_untouched()  # before a draft: a restored draft is unsaved input
        if draft:
            self.apply_draft(draft)
        self._update_health()
        fit_to_screen(self, QSize(max(self.width(), 520), self.sizeHint().height()))
        self._focus_first()

    # --- building ----------------------------------------------------------------------

    def _build_choices(self) -> None:
        types = vocab.TYPES_BY_KIND[self.kind]
        if types is not None:
            for term in types:
                self.ui.typeCombo.addItem(label(types, term.code), term.code)
        statuses = vocab.STATUS_BY_KIND[self.kind]
        if statuses is not None:
            for term in statuses:
                self.ui.statusCombo.addItem(label(statuses, term.code), term.code)
        if self.kind == "contact":
            grid = QGridLayout(self.ui.topicsBox)
            grid.setContentsMargins(0, 0, 0, 0)
            for i, term in enumerate(vocab.TOPICS):
                check = QCheckBox(label(vocab.TOPICS, term.code), self.ui.topicsBox)
                check.setObjectName(f"topic_{term.code}")
                grid.addWidget(check, i // 3, i % 3)
                self._topic_checks[term.code] = check
            # The boxes are made here, after the form's tab order: put them where they
            # are seen, between the duration and the text (they came after Opslaan).
            previous = self.ui.minutesEdit
            for check in self._topic_checks.values():
                QWidget.setTabOrder(previous, check)
                previous = check
            QWidget.setTabOrder(previous, self.ui.locationEdit)
        rows = _ROWS[self.kind]
        form = self.ui.form
        for name, row in (
            ("type", 1),
            ("status", 2),
            ("minutes", 3),
            ("hours", 4),
            ("topics", 5),
            ("location", 6),
            ("accompanied", 7),
            ("text", 8),
        ):
            form.setRowVisible(row, name in rows)
        self.ui.timeLabel.setVisible("time" in rows)
        self.ui.timeEdit.setVisible("time" in rows)

    def _retranslate(self) -> None:
        kind_label = label(vocab.KINDS, self.kind)
        name = shown(self.newcomer_name)
        self.setWindowTitle(self.tr("{0} for {1}").format(kind_label, name))
        self.ui.newcomerLabel.setText(
            in_ui_direction(f"<b>{_escape(kind_label)}</b> — " + _escape(name))
        )
        self.ui.typeLabel.setText(
            {
                "contact": self.tr("&Channel"),
                "appointment": self.tr("&Type"),
                "activity": self.tr("&Activity"),
                "signal": self.tr("&Theme"),
            }.get(self.kind, self.tr("&Type"))
        )
        self.ui.textLabel.setText(
            {
                "contact": self.tr("&What about"),
                "note": self.tr("&Note"),
                "signal": self.tr("&Description"),
                "task": self.tr("&What to do"),
            }.get(self.kind, self.tr("&Remark"))
        )
        if self.kind == "task":
            self.ui.dateLabel.setText(self.tr("&Due date"))
        if self.kind == "activity":
            self.ui.accompaniedCheck.setText(self.tr("We do this &together"))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        name_after_labels(self)

    def _focus_first(self) -> None:
        target = {"note": self.ui.textEdit, "task": self.ui.textEdit}.get(
            self.kind, self.ui.typeCombo
        )
        target.setFocus()

    @staticmethod
    def _select(combo, code) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _update_health(self) -> None:
        health = vocab.is_health_appointment(self.kind, self.ui.typeCombo.currentData())
        self.ui.healthNoteLabel.setVisible(health)
        self.ui.form.setRowVisible(8, "text" in _ROWS[self.kind] and not health)
        self.ui.shareableCheck.setVisible(not health)

    # --- values ------------------------------------------------------------------------

    def _load(self, entry: Entry) -> None:
        self.ui.dateEdit.setDate(entry.date)
        self.ui.timeEdit.setText(entry.time or "")
        self._select(self.ui.typeCombo, entry.type)
        self._select(self.ui.statusCombo, entry.status)
        self.ui.minutesEdit.setValue(entry.minutes)
        self.ui.hoursEdit.setValue(entry.hours)
        for code, check in self._topic_checks.items():
            check.setChecked(code in entry.topics)
        self.ui.locationEdit.setText(entry.location)
        self.ui.accompaniedCheck.setChecked(entry.accompanied)
        self.ui.textEdit.setPlainText(entry.text)
        self.ui.shareableCheck.setChecked(entry.shareable)

    def draft(self) -> dict:
        """Everything typed so far, to be put back after the app was locked."""
        return {
            "kind": self.kind,
            "newcomer_id": self.newcomer_id,
            "newcomer_name": self.newcomer_name,
            "entry_id": self.editing.id if self.editing else None,
            "date": self.ui.dateEdit.text(),
            "time": self.ui.timeEdit.text(),
            "type": self.ui.typeCombo.currentData(),
            "status": self.ui.statusCombo.currentData(),
            "minutes": self.ui.minutesEdit.text(),
            "hours": self.ui.hoursEdit.text(),
            "topics": [c for c, w in self._topic_checks.items() if w.isChecked()],
            "location": self.ui.locationEdit.text(),
            "accompanied": self.ui.accompaniedCheck.isChecked(),
            "text": self.ui.textEdit.toPlainText(),
            "shareable": self.ui.shareableCheck.isChecked(),
        }

    def apply_draft(self, draft: dict) -> None:
        self.ui.dateEdit.setText(draft.get("date") or "")
        self.ui.timeEdit.setText(draft.get("time") or "")
        self._select(self.ui.typeCombo, draft.get("type"))
        self._select(self.ui.statusCombo, draft.get("status"))
        self.ui.minutesEdit.setText(str(draft.get("minutes") or ""))
        self.ui.hoursEdit.setText(str(draft.get("hours") or ""))
        for code, check in self._topic_checks.items():
            check.setChecked(code in draft.get("topics", ()))
        self.ui.locationEdit.setText(draft.get("location", ""))
        self.ui.accompaniedCheck.setChecked(bool(draft.get("accompanied")))
        self.ui.textEdit.setPlainText(draft.get("text", ""))
        self.ui.shareableCheck.setChecked(bool(draft.get("shareable")))

    def _time(self) -> str | None:
        text = latin_digits(self.ui.timeEdit.text()).strip()
        if not text:
            return None
        match = _TIME.match(text) or re.match(r"^(\d{1,2})(\d{2})$", text)
        if not match:
            return text  # validation in the domain gives the message
        return f"{int(match.group(1)):02d}:{match.group(2)}"

    def entry(self) -> Entry:
        """The entry as typed; raises InvalidRecord when the date or hours cannot be read."""
        rows = _ROWS[self.kind]
        base = self.editing or Entry(
            newcomer_id=self.newcomer_id, kind=self.kind, date=date.today()
        )
        day = self.ui.dateEdit.date_value()
        if day is None:
            raise InvalidRecord("date", "is required")
        return replace(
            base,
            date=day,
            time=self._time() if "time" in rows else None,
            type=self.ui.typeCombo.currentData() if "type" in rows else None,
            status=self.ui.statusCombo.currentData() if "status" in rows else None,
            minutes=self.ui.minutesEdit.value() if "minutes" in rows else None,
            hours=self.ui.hoursEdit.value() if "hours" in rows else None,
            topics=tuple(c for c, w in self._topic_checks.items() if w.isChecked()),
            location=self.ui.locationEdit.text().strip() if "location" in rows else "",
            accompanied=self.ui.accompaniedCheck.isChecked() if "accompanied" in rows else False,
            text=self.ui.textEdit.toPlainText().strip(),
            shareable=self.ui.shareableCheck.isChecked(),
        )

    # --- saving ------------------------------------------------------------------------

    def guard_findings(self, entry: Entry) -> list[str]:
        return textguard.describe(
            textguard.scan(f"{entry.text}\n{entry.location}"), current_language()
        )

    def _clear_guard(self) -> None:
        if self._guard_confirmed_for is not None:
            self._guard_confirmed_for = None
            self.ui.guardLabel.setText("")
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))

    def problems(self) -> list[tuple[object, str]]:
        """(field widget, what is wrong) for each field that stops saving, in form order."""
        found: list[tuple[object, str]] = []
        date_problem = self.ui.dateEdit.check()
        if self.ui.dateEdit.date_value_or_none() is None and not date_problem:
            date_problem = self.tr("Fill in a date, like 15-03-2024.")
        if date_problem:
            found.append((self.ui.dateEdit, date_problem))
        for field, name in ((self.ui.minutesEdit, "minutes"), (self.ui.hoursEdit, "hours")):
            problem = field.check() if name in _ROWS[self.kind] else None
            if problem:
                found.append((field, problem))
        if found:
            return found
        for need in entry_needs.unmet(self.entry()):
            widget = self.ui.hoursEdit if need.field == "hours" else self.ui.textEdit
            found.append((widget, self._need_text(need)))
        return found

    def _need_text(self, need) -> str:
        return {
            ("activity", "hours"): self.tr("Fill in how many hours, like 1,5."),
            ("note", "text"): self.tr("Write the note first; an empty note is not saved."),
            ("task", "text"): self.tr("Write what needs to be done."),
        }.get((need.kind, need.field), self.tr("This field is required."))

    def _show_problems(self, found) -> bool:
        """Say what is wrong at each field; True when something is."""
        for field in (self.ui.dateEdit, self.ui.minutesEdit, self.ui.hoursEdit):
            field.show_problem(None)
        show_problem(self.ui.textProblemLabel, "")
        for widget, text in found:
            if widget is self.ui.textEdit:
                show_problem(self.ui.textProblemLabel, text)
            else:
                widget.show_problem(text)
        if found:
            found[0][0].setFocus(Qt.FocusReason.OtherFocusReason)
        return bool(found)

    def _ask_if_it_took_place(self, entry: Entry) -> Entry | None:
        """A planned appointment in the past: did it take place? None: back to the form."""
        if entry.kind != "appointment" or entry.status != "planned" or entry.date >= date.today():
            return entry
        choice = prompts.choose(
            self,
            self.tr("Did the appointment take place?"),
            self.tr(
                "This appointment lies in the past but is still marked planned. What happened?"
            ),
            [
                ("done", label(vocab.APPOINTMENT_STATUS, "done")),
                ("no_show", label(vocab.APPOINTMENT_STATUS, "no_show")),
                ("cancelled", label(vocab.APPOINTMENT_STATUS, "cancelled")),
                ("planned", self.tr("Keep planned")),
            ],
        )
        if choice is None:
            return None
        self._select(self.ui.statusCombo, choice)
        return replace(entry, status=choice)

    def accept(self) -> None:
        from sleutelapp.store.errors import CaseError

        if self._show_problems(self.problems()):
            return
        entry = self._ask_if_it_took_place(self.entry())
        if entry is None:
            return
        found = [] if entry.is_health else self.guard_findings(entry)
        fingerprint = f"{entry.text}\n{entry.location}"
        if found and self._guard_confirmed_for != fingerprint:
            self._guard_confirmed_for = fingerprint
            self.ui.guardLabel.setText(
                self.tr(
                    "<b>Careful:</b> the text seems to contain {0}. Such identifiers do not "
                    "belong in notes. Remove it, or press Enter again to save anyway."
                ).format(", ".join(found))
            )
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
                self.tr("Save anyway")
            )
            return
        try:
            if self.editing is None:
                self.saved = self._operations.add_entry(entry)
            else:
                self.saved = self._operations.update_entry(entry, base=self.editing)
        except CaseError as exc:
            prompts.show_error(self, exc)
            return
        super().accept()

    def discard_question(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Discard this entry?"),
            self.tr("You typed something that is not saved yet. Throw it away?"),
            self.tr("Discard"),
            self.tr("Choose Cancel to go back and save it."),
        )

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.ui.textEdit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
