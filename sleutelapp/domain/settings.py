"""Every preference of the case file, declared once with its default (conventions.md 7).

Stored inside the encrypted file (design.md §3). Window geometry is not a preference and
lives with the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass

K_MINIMUM = 3


@dataclass(frozen=True)
class Setting:
    key: str
    default: str | int
    nl: str
    en: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()  # a text setting with a fixed set of values

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
        Setting("controller_name", "", "Verantwoordelijke organisatie", "Organisation responsible"),
        Setting("controller_contact", "", "Contact organisatie", "Organisation contact"),
        Setting("keyperson_name", "", "Naam sleutelpersoon", "Key person's name"),
        Setting("keyperson_contact", "", "Contact sleutelpersoon", "Key person's contact"),
        Setting(
            "retention_months",
            12,
            "Bewaartermijn na afsluiten (maanden)",
            "Retention after closing (months)",
            1,
            120,
        ),
        Setting(
            "autolock_minutes",
            10,
            "Automatisch vergrendelen na (minuten)",
            "Auto-lock after (minutes)",
            1,
            240,
        ),
        Setting(
            "k_threshold",
            5,
            "Kleinste groep in een overzicht (nieuwkomers)",
            "Smallest group in a summary (newcomers)",
            K_MINIMUM,
            100,
        ),
        Setting("ui_language", "nl", "Taal", "Language"),
        Setting(
            "report_schedule",
            "quarter",
            "Rapport voor de regisseur: elke maand of elk kwartaal",
            "Report for the regisseur: every month or every quarter",
            choices=("month", "quarter"),  # domain/report_schedule.py SCHEDULES
        ),
    )
}
