"""The regisseur report: plan it, render it, and write it with its disclosure row.

`plan_report` gathers what the privacy rules decide for one newcomer and period;
`render` turns a plan into PDF bytes (the export dialog previews exactly these bytes);
`export_report` refuses without consent, optionally encrypts, writes the file atomically
and records one disclosure with the included entry ids and the file's SHA-256.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sleutelapp.domain import privacy
from sleutelapp.domain.model import Disclosure, Newcomer
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors

REPORT_KIND = "regisseur_report"
SETTING_KEYS = ("controller_name", "controller_contact", "keyperson_name", "keyperson_contact")


class ConsentMissing(errors.CaseError):
    """No active `regisseur_summary` consent: the report may not be made."""

    code = "no_consent"


@dataclass(frozen=True)
class ReportPlan:
    """Everything the report is made from; nothing else is read while rendering."""

    newcomer: Newcomer
    start: date
    end: date
    consents: privacy.ReportConsents
    decisions: tuple[privacy.Decision, ...]
    settings: dict
    today: date

    @property
    def included(self) -> list[privacy.Decision]:
        return [d for d in self.decisions if d.included]

    @property
    def included_ids(self) -> tuple[str, ...]:
        return tuple(d.entry.id for d in self.decisions if d.included)

    def leaving_out(self, entry_ids: Iterable[str]) -> ReportPlan:
        """The same plan with these entries left out by the user (only included ones can)."""
        left = frozenset(entry_ids)
        return replace(
            self,
            decisions=tuple(
                privacy.decide(d.entry, self.start, self.end, self.consents, left)
                for d in self.decisions
            ),
        )


def plan_report(
    case,
    newcomer_id: str,
    start: date,
    end: date,
    *,
    left_out: Iterable[str] = (),
    today: date | None = None,
) -> ReportPlan:
    """Decide, for every entry of the newcomer in [start, end], what the report shows."""
    if end < start:
        raise errors.InvalidData(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "The period is wrong: the end date is before the start date.",
            ),
        )
    today = today or date.today()
    newcomer = case.newcomers.get(newcomer_id)
    consents = privacy.ReportConsents.on(case.consents.for_newcomer(newcomer_id), today)
    entries = case.entries.timeline(newcomer_id, start=start, end=end)
    decisions = privacy.decide_all(entries, start, end, consents, frozenset(left_out))
    settings = {key: str(case.settings.get(key) or "") for key in SETTING_KEYS}
    return ReportPlan(newcomer, start, end, consents, tuple(decisions), settings, today)


def require_consent(plan: ReportPlan) -> None:
    if plan.consents.allows_report:
        return
    name = plan.newcomer.display_name
    raise ConsentMissing(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "{name} has no active consent for a report for the regisseur. Record "
            "the consent first: Consents tab of the newcomer, 'Report for the "
            "regisseur' (verbal or signed). Nothing was saved.",
        ),
        name=name,
    )


def render(plan: ReportPlan, recipient: str = "", made_at: datetime | None = None) -> bytes:
    """The PDF bytes of the report (unencrypted). Refuses without consent."""
    from sleutelapp.exports import pdf_layout, regisseur_document, report_blocks

    require_consent(plan)
    made_at = made_at or datetime.now()
    document = regisseur_document.build(plan, recipient, made_at)
    nl = regisseur_document.words()
    info = pdf_layout.PageInfo(
        footer=nl.translate(
            "RegisseurReport", "Confidential · Report for the regisseur · {period}"
        ).format(period=regisseur_document.period_text(plan.start, plan.end)),
        page_of=nl.translate("RegisseurReport", "Page {page} of {pages}"),
        title=nl.translate("RegisseurReport", "Report for the regisseur"),
        subject=nl.translate("RegisseurReport", "Period {period}").format(
            period=nl.translate("RegisseurReport", "{start} up to and including {end}").format(
                start=plan.start.isoformat(), end=plan.end.isoformat()
            )
        ),
        author=plan.settings.get("keyperson_name", ""),
    )
    return pdf_layout.build_pdf(report_blocks.flowables(document), info)


def export_report(
    case,
    plan: ReportPlan,
    path: str | Path,
    *,
    recipient: str = "",
    password: str | None = None,
    pdf: bytes | None = None,
    made_at: datetime | None = None,
) -> Disclosure:
    """Write the report to `path` (whole or not at all) and record its disclosure.

    `pdf` lets the export dialog save exactly the bytes it previewed. With a password the
    file is those bytes encrypted with AES-256.
    """
    from sleutelapp.exports import files, pdf_password
    from sleutelapp.store.durable_file import write_atomically

    require_consent(plan)
    data = pdf if pdf is not None else render(plan, recipient, made_at)
    if password:
        data = pdf_password.encrypt(data, password)
    target = write_atomically(path, data, paths=getattr(case, "paths", None))
    try:
        return case.disclosures.record(
            Disclosure(
                report_kind=REPORT_KIND,
                period_from=plan.start,
                period_to=plan.end,
                recipient=recipient.strip(),
                purpose=privacy.REGISSEUR_CONSENT,
                sha256=files.sha256(data),
                entry_ids=plan.included_ids,
                newcomer_id=plan.newcomer.id,
                consent_id=plan.consents.regisseur.id if plan.consents.regisseur else None,
            )
        )
    except BaseException:
        target.unlink(missing_ok=True)  # no file may leave without its register entry
        raise


# --- period presets of the export dialog and the command line -------------------------


def last_calendar_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def last_quarter(today: date) -> tuple[date, date]:
    """The last complete calendar quarter."""
    first_month = (today.month - 1) // 3 * 3 + 1
    end = date(today.year, first_month, 1) - timedelta(days=1)
    return date(end.year, end.month - 2, 1), end


def since_last_report(case, newcomer_id: str, today: date) -> tuple[date, date] | None:
    """From the day after the last report's period up to today; None if none was made."""
    last = case.disclosures.last_for_newcomer(newcomer_id, REPORT_KIND)
    if last is None or last.period_to is None:
        return None
    # Compared before adding: a stored period end of 9999-12-31 must not overflow.
    start = min(last.period_to, today - timedelta(days=1)) + timedelta(days=1)
    return start, today
