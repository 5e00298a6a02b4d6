"""The fields in which a typo silently became wrong data: hours, dates and whole numbers.

`HoursField` reads `1,5` and `1.5` alike (a spin box in a Dutch locale took `1.5` for
fifteen); `DateField` takes a date typed in one go (`15-3-2024`, `15032024`) where a
QDateEdit, typed section by section, kept parts of the old date. Both read their text with
domain/typed_input.py and say what is wrong right below themselves, at the field.
`WholeNumberField` replaces a spin box, which dropped the `.` of a typed `1.5` and kept 15.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sleutelapp.domain import date_rules
from sleutelapp.domain.model import InvalidRecord
from sleutelapp.domain.typed_input import (
    latin_digits,
    parse_date,
    parse_hours,
    parse_minutes,
    parse_whole_number,
)
from sleutelapp.gui.labels import format_hours

PROBLEM_STYLE = "color: #b3261e"
DATE_FORMAT = "%d-%m-%Y"


class LatinDigitsValidator(QRegularExpressionValidator):
    """A pattern over Latin digits that also lets the same text typed with Arabic or
    Persian digits through (`١٫٥`, `۱۰:۳۰`); the field keeps what was typed and the parser
    reads it (domain/typed_input.latin_digits)."""

    def __init__(self, pattern: str, parent=None):
        super().__init__(QRegularExpression(pattern), parent)

    def validate(self, text, pos):  # Qt's signature
        found = super().validate(latin_digits(text), pos)
        return found[0] if isinstance(found, tuple) else found


# What an hours or minutes field lets through: digits and every separator a person may type,
# so one the parser refuses (`1/2`, `1٬500`) is said below the field instead of being
# dropped by the field (which turned `1/2` into 12).
NUMBER_PATTERN = r"^[0-9.,:/ \x{066C}]{0,8}$"  # \x{066C}: ٬, the Arabic thousands separator


def name_after_labels(form: QWidget) -> None:
    """Give each typed field the accessible name of the form label whose buddy it is."""
    for label in form.findChildren(QLabel):
        buddy = label.buddy()
        if isinstance(buddy, _TypedField) and label.text():
            buddy.setAccessibleName(label.text().replace("&", ""))


def problem_label(parent: QWidget) -> QLabel:
    """A red line below a field that says what is wrong with it; hidden while all is well."""
    label = QLabel(parent)
    label.setObjectName("problemLabel")
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_problem(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class _TypedField(QWidget):
    """A line edit with a problem line below it; the edit has the focus and the name."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("edit")
        self.problem = problem_label(self)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.textEdited.connect(lambda _text: self._clear_problem())

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)
        self._clear_problem()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def show_problem(self, text: str | None) -> None:
        show_problem(self.problem, text)

    def problem_text(self) -> str:
        return self.problem.text() if self.problem.isVisible() else ""

    def _clear_problem(self) -> None:
        if self.problem.isVisible():
            self.show_problem(None)

    def _finished(self) -> None:
        self.show_problem(self.check())
        self.edited.emit()

    def check(self) -> str | None:  # pragma: no cover - overridden
        raise NotImplementedError


class HoursField(_TypedField):
    """Hours as typed: `1,5`, `1.5`, `1:30`; never a thousands separator."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # Only what an hours value can be made of; the parser says what is wrong with the rest.
        self.edit.setValidator(LatinDigitsValidator(NUMBER_PATTERN, self))
        self.edit.setPlaceholderText(self.tr("for example 1,5"))
        self.edit.setMaximumWidth(160)
        self.row.addStretch(1)

    def value(self) -> float | None:
        """The hours typed (None: empty); raises InvalidRecord on what is not a number."""
        return parse_hours(self.edit.text())

    def setValue(self, hours: float | None) -> None:
        self.setText(format_hours(hours))

    def check(self) -> str | None:
        try:
            self.value()
        except InvalidRecord:
            return self.tr("Type a number of hours, like 1,5 or 2.")
        return None


class MinutesField(_TypedField):
    """A duration in whole minutes: `90` or `1:30`; `1.5` is refused, not read as 15."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit.setValidator(LatinDigitsValidator(NUMBER_PATTERN, self))
        self.edit.setPlaceholderText(self.tr("for example 30"))
        self.edit.setMaximumWidth(160)
        self.row.addStretch(1)

    def value(self) -> int | None:
        return parse_minutes(self.edit.text())

    def setValue(self, minutes: int | None) -> None:
        self.setText(str(minutes) if minutes else "")

    def check(self) -> str | None:
        try:
            self.value()
        except InvalidRecord:
            return self.tr("Type whole minutes, like 30 or 90 (or 1:30).")
        return None


class WholeNumberField(_TypedField):
    """A whole number within a range, digits only: `1.5`, `1,5` and `1.000` are refused
    with a message, never read as 15 or 1000."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.minimum, self.maximum = 0, 10_000
        self.edit.setMaximumWidth(120)
        self.unit = QLabel(self)
        self.unit.hide()
        self.row.addWidget(self.unit)
        self.row.addStretch(1)

    def set_unit(self, text: str) -> None:
        """A word after the number ("maanden"), also in its accessible description."""
        self.unit.setText(text)
        self.unit.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)

    def setRange(self, minimum: int, maximum: int) -> None:
        self.minimum, self.maximum = minimum, maximum

    def value(self) -> int | None:
        """The number typed (None: empty); raises InvalidRecord when it does not fit."""
        return parse_whole_number(self.edit.text(), self.minimum, self.maximum)

    def setValue(self, number: int | None) -> None:
        self.setText("" if number is None else str(number))

    def check(self) -> str | None:
        try:
            number = self.value()
        except InvalidRecord:
            number = -1
        if number is None or not self.minimum <= number <= self.maximum:
            return self.tr("Type a whole number from {0} to {1}, without a point or comma.").format(
                self.minimum, self.maximum
            )
        return None


class DateField(_TypedField):
    """A date typed in one go (dd-mm-jjjj, separators optional), or picked from a calendar.

    `window` (domain/date_rules.py) is the range the field accepts; outside it the field
    says why, and `date_value()` still returns the date so the caller can refuse it.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.window: date_rules.DateWindow | None = None
        self.edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.edit.setMaximumWidth(140)
        self.edit.installEventFilter(self)
        self.calendarButton = QToolButton(self)
        self.calendarButton.setObjectName("calendarButton")
        self.calendarButton.setText("…")
        self.calendarButton.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendarButton.setAccessibleName(self.tr("Calendar"))
        self.calendarButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.calendarButton.clicked.connect(self.open_calendar)
        self.row.addWidget(self.calendarButton)
        self.row.addStretch(1)
        # As wide as a date, so the time field (or a spacer) sits right beside it; a
        # problem, when there is one, gets room for a readable line.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.problem.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 48))
        self._calendar: QCalendarWidget | None = None

    # --- value ---------------------------------------------------------------------------

    def date_value(self) -> date | None:
        """The date typed (None: empty); raises InvalidRecord when it is not a date."""
        return parse_date(self.edit.text())

    def date_value_or_none(self) -> date | None:
        """The date typed, or None when the field is empty or not a date."""
        try:
            return self.date_value()
        except InvalidRecord:
            return None

    def setDate(self, day: date | QDate | None) -> None:
        if isinstance(day, QDate):
            day = day.toPython()
        self.setText(day.strftime(DATE_FORMAT) if day else "")

    def check(self) -> str | None:
        try:
            day = self.date_value()
        except InvalidRecord as exc:
            if "calendar" in exc.problem:
                return self.tr("This date does not exist. Type it as dd-mm-yyyy.")
            return self.tr("This is not a date. Type it as dd-mm-yyyy, like 15-03-2024.")
        if day is not None:
            self.edit.setText(day.strftime(DATE_FORMAT))  # shows how it was read
        if self.window is None:
            return None
        return date_problem_text(date_rules.problem(self.window, day))

    # --- calendar ------------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setObjectName("calendarPopup")
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        try:
            current = self.date_value()
        except InvalidRecord:
            current = None
        self._calendar.setSelectedDate(QDate(current or date.today()))
        self._calendar.move(self.mapToGlobal(self.edit.geometry().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setDate(day.toPython())
        if self._calendar is not None:
            self._calendar.hide()
        self.edit.setFocus()
        self._finished()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)


def date_problem_text(found: date_rules.DateProblem | None) -> str | None:
    """The words for a date outside its field's window, in the UI language."""
    from sleutelapp.gui.labels import format_date

    translate = QCoreApplication.translate
    if found is None:
        return None
    if found.reason == "future":
        if found.field == "termijn_start":
            return translate("DateField", "A termijn cannot start in the future. Check the date.")
        return translate("DateField", "This date lies in the future. Check the date.")
    if found.reason == "too_early":
        return translate(
            "DateField", "A date before {0} is not possible here. Check the year."
        ).format(format_date(found.limit))
    return translate("DateField", "A date after {0} is not possible here. Check the year.").format(
        format_date(found.limit)
    )
