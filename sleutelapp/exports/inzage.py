"""The newcomer's own copy (inzage, AVG art. 15): everything the case file holds about one
newcomer — profile, every entry including private notes, consents, extensions and every
disclosure — as a readable PDF, registered in the disclosure register as given to them.

Only this newcomer's rows are read. Headings are Dutch (the languages issue adds the
newcomer's language). User text reaches the PDF only through report_blocks/pdf_text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sleutelapp.domain import vocab, wi2021
from sleutelapp.domain.model import Disclosure, Entry, Newcomer
from sleutelapp.domain.wording import count
from sleutelapp.exports.report_blocks import Document, Fields, Gap, Heading, Table, Text

REPORT_KIND = "inzage"
RECIPIENT = "de nieuwkomer zelf"  # never the name: the register outlives an erasure
PURPOSE = "inzage (AVG art. 15)"
LANGUAGE = "nl"
DISCLOSURE_KINDS = {
    "regisseur_report": "Rapport voor de inburgeringsregisseur",
    "anonymised_summary": "Anoniem overzicht (geteld, zonder naam)",
    "data_export": "Gegevensexport",
    "handover": "Overdracht aan een collega-sleutelpersoon",
    "inzage": "Inzage voor uzelf",
    "calendar": "Afspraken in de agenda van uw sleutelpersoon",
    "agenda_week": "Afspraken op papier voor uw sleutelpersoon",
    "newcomer_card": "Uw afspraken op papier, voor uzelf",
    "consent_sheet": "Toestemmingsformulier, voor uzelf",
}
RIGHTS = (
    "U hebt het recht om te zien wat over u is vastgelegd (dit overzicht), om onjuiste "
    "gegevens te laten verbeteren en om gegevens te laten wissen (AVG artikel 15 tot en met "
    "17). Als gegevens worden verbeterd of gewist, laten wij dat weten aan wie ze eerder "
    "heeft gekregen (artikel 19). Vraag het uw sleutelpersoon of de organisatie bovenaan "
    "dit overzicht."
)
NOT_FILLED = "—"


@dataclass(frozen=True)
class InzagePlan:
    """Everything the copy shows; nothing else is read while rendering."""

    newcomer: Newcomer
    entries: tuple[Entry, ...]
    consents: tuple
    disclosures: tuple[Disclosure, ...]
    settings: dict
    extension_requests: tuple = ()
    report_schedule: str | None = None  # the newcomer's own; None: the setting applies
    default_schedule: str = "quarter"


def plan_inzage(case, newcomer_id: str) -> InzagePlan:
    from sleutelapp.store import report_schedules

    with case.exclusive():
        newcomer = case.newcomers.get(newcomer_id)
        return InzagePlan(
            newcomer=newcomer,
            entries=tuple(reversed(case.entries.timeline(newcomer_id))),
            consents=tuple(case.consents.for_newcomer(newcomer_id)),
            disclosures=tuple(reversed(case.disclosures.for_newcomer(newcomer_id))),
            extension_requests=tuple(case.extension_requests.for_newcomer(newcomer_id)),
            report_schedule=report_schedules.own_schedule(case, newcomer_id),
            default_schedule=report_schedules.default_schedule(case),
            settings={
                key: str(case.settings.get(key) or "")
                for key in (
                    "controller_name",
                    "controller_contact",
                    "keyperson_name",
                    "keyperson_contact",
                )
            },
        )


def _day(value: date | None) -> str:
    return f"{value.day:02d}-{value.month:02d}-{value.year}" if value else NOT_FILLED


def _or_dash(text: str) -> str:
    return text if text and text.strip() else NOT_FILLED


_SCHEDULE_TEXT = {"month": "elke maand", "quarter": "elk kwartaal"}


def _schedule_text(plan: InzagePlan) -> str:
    """How often a regisseur report is due: the newcomer's own schedule or the setting."""
    if plan.report_schedule:
        return f"{_SCHEDULE_TEXT.get(plan.report_schedule, plan.report_schedule)} (eigen schema)"
    default = _SCHEDULE_TEXT.get(plan.default_schedule, plan.default_schedule)
    return f"{default} (standaard)"


def _what(entry: Entry) -> str:
    kind = vocab.KINDS.label(entry.kind, LANGUAGE)
    types = vocab.TYPES_BY_KIND.get(entry.kind)
    return f"{kind}: {types.label(entry.type, LANGUAGE)}" if types is not None else kind


def _details(entry: Entry) -> str:
    parts = []
    statuses = vocab.STATUS_BY_KIND.get(entry.kind)
    if statuses is not None and entry.status:
        parts.append(f"status {statuses.label(entry.status, LANGUAGE).lower()}")
    if entry.time:
        parts.append(f"om {entry.time}")
    if entry.location:
        parts.append(f"plaats: {entry.location}")
    if entry.topics:
        parts.append(
            "onderwerpen: " + ", ".join(vocab.TOPICS.label(t, LANGUAGE) for t in entry.topics)
        )
    if entry.minutes is not None:
        parts.append(f"{entry.minutes} minuten")
    if entry.hours is not None:
        parts.append(f"{str(entry.hours).replace('.', ',')} uur")
    if entry.kind == "appointment":
        parts.append("met begeleiding" if entry.accompanied else "zonder begeleiding")
    parts.append("mag gedeeld worden" if entry.shareable else "privé (wordt niet gedeeld)")
    return "; ".join(parts)


def build(plan: InzagePlan, made_at: datetime) -> Document:
    n = plan.newcomer
    doc = Document()
    doc.add(
        Text("Uw gegevens in Sleutelapp", "title"),
        Text(f"Inzage voor {n.name}, gemaakt op {_day(made_at.date())}", "subtitle"),
        Text(
            "Dit is alles wat het dossier van uw sleutelpersoon over u bevat, ook de eigen "
            "notities van de sleutelpersoon.",
            "body",
        ),
        Fields(
            (
                ("Sleutelpersoon", _or_dash(plan.settings.get("keyperson_name", ""))),
                ("Contact sleutelpersoon", _or_dash(plan.settings.get("keyperson_contact", ""))),
                (
                    "Verantwoordelijke organisatie",
                    _or_dash(plan.settings.get("controller_name", "")),
                ),
                ("Contact organisatie", _or_dash(plan.settings.get("controller_contact", ""))),
            )
        ),
        Heading("Uw gegevens"),
        Fields(
            (
                ("Naam", n.name),
                ("Roepnaam", _or_dash(n.known_as)),
                ("Telefoon", _or_dash(n.phone)),
                ("Taal", _or_dash(n.language)),
                ("Route", vocab.ROUTES.label(n.route, LANGUAGE)),
                ("Start inburgeringstermijn", _day(n.termijn_start)),
                ("Referentie gemeente", _or_dash(n.municipality_ref)),
                ("Inburgeringsregisseur", _or_dash(n.regisseur)),
                ("Coaches", _or_dash(n.coaches)),
                ("Taalschool", _or_dash(n.language_school)),
                ("Status", vocab.NEWCOMER_STATUS.label(n.status, LANGUAGE)),
                ("Afgesloten op", _day(n.closed_on)),
                ("Rapport aan de regisseur", _schedule_text(plan)),
                ("Vastgelegd op", _or_dash(n.created.replace("T", " "))),
                ("Laatst gewijzigd", _or_dash(n.updated.replace("T", " "))),
            )
        ),
        Heading("Verlenging van de termijn"),
    )
    if n.extensions:
        doc.add(
            Table(
                ("Maanden", "Besluit op", "Reden"),
                tuple((str(e.months), _day(e.decided_on), e.reason) for e in n.extensions),
                (0.15, 0.2, 0.65),
            )
        )
    else:
        doc.add(Text("Geen verlenging vastgelegd.", "muted"))
    _extension_requests(doc, plan)
    doc.add(Heading("Toestemmingen"))
    if plan.consents:
        doc.add(
            Table(
                ("Waarvoor", "Gegeven op", "Ingetrokken op", "Hoe", "Opmerking"),
                tuple(
                    (
                        vocab.CONSENT_PURPOSES.label(c.purpose, LANGUAGE),
                        _day(c.given_on),
                        _day(c.withdrawn_on),
                        vocab.CONSENT_HOW.label(c.how, LANGUAGE),
                        c.note,
                    )
                    for c in plan.consents
                ),
                (0.32, 0.15, 0.15, 0.13, 0.25),
            )
        )
    else:
        doc.add(Text("Geen toestemmingen vastgelegd.", "muted"))
    _disclosures(doc, plan)
    _entries(doc, plan)
    doc.add(Heading("Uw rechten"), Text(RIGHTS, "body"))
    return doc


_OUTCOMES = {"pending": "Wacht op besluit", "granted": "Verleend", "refused": "Afgewezen"}


def _extension_requests(doc: Document, plan: InzagePlan) -> None:
    """Every DUO extension request: reason, when sent, which documents were gathered (not
    the documents), and DUO's decision."""
    doc.add(Heading("Aanvragen voor verlenging bij DUO"))
    if not plan.extension_requests:
        doc.add(Text("Geen aanvraag vastgelegd.", "muted"))
        return
    rows = []
    for r in plan.extension_requests:
        names = {code: nl for code, nl, _en in wi2021.evidence_for(r.reason)}
        gathered = ", ".join(names.get(code, code) for code in r.evidence) or "—"
        decision = _OUTCOMES.get(r.outcome, r.outcome)
        if r.granted:
            decision += f": {r.months} maanden"
        if r.decided_on:
            decision += f" ({_day(r.decided_on)})"
        reason = wi2021.reason_text(r.reason) + (f" — {r.note}" if r.note else "")
        rows.append((reason, _day(r.sent_on), gathered, decision))
    doc.add(
        Table(
            ("Reden", "Verstuurd op", "Bewijs verzameld", "Besluit"),
            tuple(rows),
            (0.3, 0.15, 0.3, 0.25),
        )
    )


def _disclosures(doc: Document, plan: InzagePlan) -> None:
    doc.add(
        Heading("Wat is gedeeld, met wie en wanneer"),
    )
    if not plan.disclosures:
        doc.add(Text("Er is nog niets over u gedeeld.", "muted"))
        return
    rows = []
    for d in plan.disclosures:
        period = f"{_day(d.period_from)} t/m {_day(d.period_to)}" if d.period_from else ""
        what = DISCLOSURE_KINDS.get(d.report_kind, d.report_kind)
        rows.append(
            (
                d.made_at.replace("T", " ")[:16],
                what + (f" ({period})" if period else ""),
                _or_dash(d.recipient),
                str(len(d.entry_ids)),
            )
        )
    doc.add(
        Table(
            ("Wanneer", "Wat", "Aan wie", "Onderdelen"),
            tuple(rows),
            (0.2, 0.42, 0.23, 0.15),
            (3,),
        )
    )


def _entries(doc: Document, plan: InzagePlan) -> None:
    doc.add(
        Heading(f"Alles wat is vastgelegd ({count(len(plan.entries), 'onderdeel', 'onderdelen')})")
    )
    if not plan.entries:
        doc.add(Text("Er is nog niets vastgelegd.", "muted"))
        return
    for entry in plan.entries:
        doc.add(
            Text(f"{_day(entry.date)} · {_what(entry)}", "cell_bold", keep_with_next=True),
            Text(_details(entry), "small", keep_with_next=bool(entry.text)),
        )
        if entry.text:
            doc.add(Text(entry.text, "body", long=True))
        doc.add(Gap(4))


def render(plan: InzagePlan, made_at: datetime | None = None) -> bytes:
    from sleutelapp.exports import pdf_layout, report_blocks

    made_at = made_at or datetime.now()
    info = pdf_layout.PageInfo(
        footer=f"Vertrouwelijk · Inzage in uw gegevens · {_day(made_at.date())}",
        title="Inzage in uw gegevens",
        author=plan.settings.get("keyperson_name", ""),
    )
    return pdf_layout.build_pdf(report_blocks.flowables(build(plan, made_at)), info)


def export_inzage(case, newcomer_id: str, path: str | Path) -> Disclosure:
    """Write the copy (whole or not at all) and register it as given to the newcomer."""
    from sleutelapp.exports import files
    from sleutelapp.store.durable_file import write_atomically

    plan = plan_inzage(case, newcomer_id)
    data = render(plan)
    target = write_atomically(path, data, paths=case.paths)
    try:
        return case.disclosures.record(
            Disclosure(
                report_kind=REPORT_KIND,
                period_from=None,
                period_to=None,
                recipient=RECIPIENT,
                purpose=PURPOSE,
                sha256=files.sha256(data),
                entry_ids=tuple(e.id for e in plan.entries),
                newcomer_id=newcomer_id,
            )
        )
    except BaseException:
        target.unlink(missing_ok=True)
        raise
