"""How a report period and a due report read on screen ("Rapport 3e kwartaal 2026 voor
Ahmad nog niet gemaakt"), shared by Vandaag and the due reports dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from sleutelapp.domain.report_schedule import MONTH, DueReport, Period


def period_text(period: Period) -> str:
    """ "3e kwartaal 2026" or "september 2026" in the UI language."""
    if period.kind == MONTH:
        month = QLocale().standaloneMonthName(period.start.month, QLocale.FormatType.LongFormat)
        return f"{month} {period.start.year}"
    return QCoreApplication.translate("ReportPeriods", "quarter {0} of {1}").format(
        period.quarter, period.start.year
    )


def due_text(due: DueReport) -> str:
    return QCoreApplication.translate("ReportPeriods", "Report {0} for {1} not made yet").format(
        period_text(due.period), due.display_name
    )
