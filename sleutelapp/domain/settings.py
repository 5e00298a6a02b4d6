"""Every preference of the case file, declared once with its default (conventions.md 7).

Stored inside the encrypted file (design.md §3). Window geometry is not a preference and
lives with the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass

from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue

K_MINIMUM = 3


@dataclass(frozen=True)
class Setting:
    """One preference: its key, default, label and the values it may take."""

    key: str
    default: str | int
    source: str  # the English label, the source text of its catalogue message
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()  # a text setting with a fixed set of values

    def label(self, language: str = "nl") -> str:
        return catalogue(language).translate("Setting", self.source)

    def parse(self, raw: str | None) -> str | int:
        if raw is None:
            return self.default
        if self.choices:
            return raw if raw in self.choices else self.default
        if isinstance(self.default, int):
            try:
                value = int(raw)
            except ValueError:
                return self.default
            if self.minimum is not None:
                value = max(self.minimum, value)
            if self.maximum is not None:
                value = min(self.maximum, value)
            return value
        return raw


SETTINGS = {
    s.key: s
    for s in (
        Setting("controller_name", "", QT_TRANSLATE_NOOP("Setting", "Organisation responsible")),
        Setting("controller_contact", "", QT_TRANSLATE_NOOP("Setting", "Organisation contact")),
        Setting("keyperson_name", "", QT_TRANSLATE_NOOP("Setting", "Key person's name")),
        Setting("keyperson_contact", "", QT_TRANSLATE_NOOP("Setting", "Key person's contact")),
        Setting(
            "retention_months",
            12,
            QT_TRANSLATE_NOOP("Setting", "Retention after closing (months)"),
            1,
            120,
        ),
        Setting(
            "autolock_minutes",
            10,
            QT_TRANSLATE_NOOP("Setting", "Auto-lock after (minutes)"),
            1,
            240,
        ),
        Setting(
            "k_threshold",
            5,
            QT_TRANSLATE_NOOP("Setting", "Smallest group in a summary (newcomers)"),
            K_MINIMUM,
            100,
        ),
        Setting("ui_language", "nl", QT_TRANSLATE_NOOP("Setting", "Language")),
        Setting(
            "report_schedule",
            "quarter",
            QT_TRANSLATE_NOOP("Setting", "Report for the regisseur: every month or every quarter"),
            choices=("month", "quarter"),  # domain/report_schedule.py SCHEDULES
        ),
    )
}
