"""What the regisseur report says: its blocks, built only from the privacy decisions.

Reads nothing but a `ReportPlan` (decisions of domain/privacy.py, the newcomer's allowed
fields, the header settings). An entry that is not included never reaches this module's
output, and of an included entry only the fields its decision allows are used.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from sleutelapp.domain import privacy, vocab, wi2021, wording
from sleutelapp.exports.report_blocks import (
    BarChart,
    Document,
    Fields,
    Gap,
    Heading,
    Table,
    Text,
    format_number,
)

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
PURPOSE = (
    "Volgen van de voortgang van de inburgering (Wet inburgering 2021), met "
    "toestemming van de nieuwkomer"
)
NEVER_SHARED = (
    "Dit rapport bevat alleen wat de nieuwkomer heeft toegestaan. Privénotities, "
    "telefoonnummer, taal, plaatsen van afspraken en medische gegevens worden "
    "nooit gedeeld; zorgafspraken worden hooguit geteld, met aparte toestemming."
)
NOT_FILLED = "(niet ingevuld)"


def long_date(day: date | None) -> str:
    if day is None:
        return "—"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def period_text(start: date, end: date) -> str:
    return f"{long_date(start)} t/m {long_date(end)}"


def _yes_no(value: bool) -> str:
    return "ja" if value else "nee"


MAX_LINES = 40


def _text(entry_text: str) -> str:
    """An entry's text as printed: at most MAX_TEXT_IN_REPORT characters and MAX_LINES lines."""
    from sleutelapp.exports.pdf_text import clean, shorten

    lines = [line for line in clean(entry_text).split("\n") if line.strip()]
    joined = "\n".join(lines[:MAX_LINES]) + (
        "\n" + " ".join(lines[MAX_LINES:]) if len(lines) > MAX_LINES else ""
    )
    kept, cut = shorten(joined, privacy.MAX_TEXT_IN_REPORT)
    return f"{kept} … [ingekort: {cut} tekens niet opgenomen]" if cut else kept


MAX_FIELD = 200  # a name, reference or contact line; longer input is cut


def _field(value: str) -> str:
    from sleutelapp.exports.pdf_text import shorten

    kept, cut = shorten(" ".join(value.split()), MAX_FIELD)
    return f"{kept} …" if cut else kept


def build(plan, recipient: str, made_at: datetime) -> Document:
    """All blocks of the report, in reading order."""
    doc = Document()
    _header(doc, plan, recipient, made_at)
    included = [d for d in plan.decisions if d.included]
    _newcomer(doc, plan)
    _contacts(doc, [d for d in included if d.entry.kind == "contact"])
    _appointments(doc, plan, [d for d in included if d.entry.kind == "appointment"])
    _participation(doc, plan, [d for d in included if d.entry.kind == "activity"])
    _signals(doc, [d for d in included if d.entry.kind == "signal"])
    _texts(
        doc,
        "Notities",
        "Geen gedeelde notities in deze periode.",
        [d for d in included if d.entry.kind == "note"],
        "Datum",
    )
    _texts(
        doc,
        "Open taken",
        "Geen gedeelde open taken.",
        [d for d in included if d.entry.kind == "task"],
        "Uiterlijk",
    )
    doc.add(Gap(10), Text(NEVER_SHARED, "small"))
    return doc


def _header(doc: Document, plan, recipient: str, made_at: datetime) -> None:
    settings = plan.settings
    consent = plan.consents.regisseur

    def with_contact(name_key: str, contact_key: str) -> str:
        name = _field(settings.get(name_key, "")) or NOT_FILLED
        contact = _field(settings.get(contact_key, ""))
        return f"{name} — {contact}" if contact else name

    consent_text = "—"
    if consent is not None:
        consent_text = (
            f"{long_date(consent.given_on)} ({vocab.CONSENT_HOW.label(consent.how).lower()})"
        )
    doc.add(
        Text("VERTROUWELIJK — persoonsgegevens, alleen voor de geadresseerde", "banner"),
        Text("Rapport voor de regisseur", "title"),
        Text(f"Periode {period_text(plan.start, plan.end)}", "subtitle"),
        Fields(
            (
                (
                    "Verantwoordelijke organisatie",
                    with_contact("controller_name", "controller_contact"),
                ),
                ("Doel", PURPOSE),
                ("Sleutelpersoon", with_contact("keyperson_name", "keyperson_contact")),
                ("Ontvanger", _field(recipient) or NOT_FILLED),
                ("Periode", period_text(plan.start, plan.end)),
                ("Gemaakt op", long_date(made_at.date())),
                ("Toestemming gegeven op", consent_text),
            )
        ),
    )


def _newcomer(doc: Document, plan) -> None:
    profile = privacy.regisseur_profile(plan.newcomer)
    end = wi2021.termijn_end(profile["termijn_start"], profile["extensions"])
    left = wi2021.days_left(end, plan.today)
    if end is None:
        termijn = "Onbekend (startdatum termijn niet ingevuld)"
    elif left is not None and left < 0:
        termijn = f"{long_date(end)} (verstreken, {wording.count_of(-left, 'day', 'nl')} geleden)"
    else:
        termijn = f"{long_date(end)} (nog {wording.count_of(left or 0, 'day', 'nl')})"
    rows = [
        ("Naam", _field(profile["name"])),
        ("Referentie gemeente", _field(profile["municipality_ref"]) or NOT_FILLED),
        ("Route", vocab.ROUTES.label(profile["route"])),
        ("Start inburgeringstermijn", long_date(profile["termijn_start"])),
        ("Einde inburgeringstermijn", termijn),
    ]
    extensions = profile["extensions"]
    if extensions:
        parts = [
            f"{e.months} maanden"
            + (f" (besluit {long_date(e.decided_on)})" if e.decided_on else "")
            for e in extensions
        ]
        rows.append(("Verlengingen (verleend)", "; ".join(parts)))
    doc.add(Heading("Nieuwkomer"), Fields(tuple(rows)))


def _contacts(doc: Document, decisions) -> None:
    doc.add(Heading("Contact"))
    if not decisions:
        doc.add(Text("Geen contactmomenten in deze periode.", "muted"))
        return
    channels = Counter(d.entry.type for d in decisions)
    topics = Counter(t for d in decisions for t in d.entry.topics)
    doc.add(Text(f"{wording.count_of(len(decisions), 'contact_moment', 'nl')} in deze periode."))
    by_channel = [
        (vocab.CHANNELS.label(code), str(channels[code]))
        for code in vocab.CHANNELS.codes
        if channels[code]
    ]
    by_topic = [
        (vocab.TOPICS.label(code), str(topics[code])) for code in vocab.TOPICS.codes if topics[code]
    ]
    height = max(len(by_channel), len(by_topic))
    by_channel += [("", "")] * (height - len(by_channel))
    by_topic += [("", "")] * (height - len(by_topic))
    doc.add(
        Table(
            ("Kanaal", "Aantal", "Onderwerp", "Aantal"),
            tuple((*c, *t) for c, t in zip(by_channel, by_topic, strict=False)),
            (0.32, 0.16, 0.36, 0.16),
            numeric=(1, 3),
            width=0.8,
        )
    )


def _appointments(doc: Document, plan, decisions) -> None:
    doc.add(Heading("Afspraken"))
    listed = [d for d in decisions if not d.count_only]
    health = [d for d in decisions if d.count_only]
    if listed:
        rows = tuple(
            (
                short_date(d.entry.date),
                vocab.APPOINTMENT_TYPES.label(d.entry.type),
                vocab.APPOINTMENT_STATUS.label(d.entry.status),
                _yes_no(d.entry.accompanied),
            )
            for d in listed
        )
        doc.add(Table(("Datum", "Soort", "Status", "Begeleid"), rows, (0.18, 0.42, 0.24, 0.16)))
    else:
        doc.add(Text("Geen afspraken (buiten de zorg) in deze periode.", "muted"))
    if plan.consents.allows_health:
        doc.add(
            Gap(4),
            Text(
                f"Zorgafspraken in deze periode: {len(health)} (alleen het "
                "aantal, met toestemming van de nieuwkomer)."
            ),
        )


def _participation(doc: Document, plan, decisions) -> None:
    doc.add(Heading("Participatie"))
    if not decisions:
        doc.add(Text("Geen activiteiten in deze periode.", "muted"))
        return
    hours: dict[str, float] = {}
    counts = Counter(d.entry.type for d in decisions)
    for d in decisions:
        hours[d.entry.type] = hours.get(d.entry.type, 0.0) + float(d.entry.hours or 0)
    types = [c for c in vocab.ACTIVITY_TYPES.codes if counts[c]]
    rows = tuple(
        (vocab.ACTIVITY_TYPES.label(c), str(counts[c]), format_number(hours[c])) for c in types
    )
    total = sum(hours.values())
    doc.add(
        Table(
            ("Soort", "Keer", "Uren"),
            (*rows, ("Totaal", str(len(decisions)), format_number(total))),
            (0.6, 0.2, 0.2),
            numeric=(1, 2),
            width=0.8,
            total_row=True,
        )
    )
    bars = tuple((vocab.ACTIVITY_TYPES.label(c), round(hours[c], 2)) for c in types if hours[c] > 0)
    if bars:
        doc.add(Gap(), BarChart(bars))
    progress = wi2021.progress(plan.newcomer.route, hours)
    if progress:
        doc.add(
            Gap(4),
            Text(
                "Uren in deze periode tegenover de normen van de route "
                "(de normen gelden voor de hele termijn):",
                "muted",
                keep_with_next=True,
            ),
        )
        doc.add(
            Table(
                ("Onderdeel", "Uren deze periode", "Norm"),
                tuple(
                    (
                        wi2021.COMPONENTS.label(p.norm.component, "nl"),
                        format_number(p.hours),
                        f"{'minimaal ' if p.norm.is_minimum else ''}{p.norm.hours}",
                    )
                    for p in progress
                ),
                (0.5, 0.25, 0.25),
                numeric=(1, 2),
                width=0.8,
            )
        )
    shared = [d for d in decisions if d.shows_text]
    if shared:
        doc.add(
            Gap(),
            Table(
                ("Datum", "Activiteit", "Uren", "Toelichting"),
                tuple(
                    (
                        short_date(d.entry.date),
                        vocab.ACTIVITY_TYPES.label(d.entry.type),
                        format_number(float(d.entry.hours or 0)),
                        _text(d.entry.text),
                    )
                    for d in shared
                ),
                (0.14, 0.22, 0.1, 0.54),
            ),
        )


def _signals(doc: Document, decisions) -> None:
    doc.add(Heading("Signalen"))
    if not decisions:
        doc.add(Text("Geen signalen in deze periode.", "muted"))
        return
    status = Counter(d.entry.status for d in decisions)
    doc.add(Text(f"{status['open']} open, {status['resolved']} opgelost."))
    rows = tuple(
        (
            short_date(d.entry.date),
            vocab.SIGNAL_THEMES.label(d.entry.type),
            vocab.SIGNAL_STATUS.label(d.entry.status),
            _text(d.entry.text) if d.shows_text else "—",
        )
        for d in decisions
    )
    doc.add(Table(("Datum", "Thema", "Status", "Toelichting"), rows, (0.14, 0.22, 0.12, 0.52)))


def _texts(doc: Document, title: str, empty: str, decisions, date_label: str) -> None:
    doc.add(Heading(title))
    if not decisions:
        doc.add(Text(empty, "muted"))
        return
    doc.add(
        Table(
            (date_label, "Tekst"),
            tuple((short_date(d.entry.date), _text(d.entry.text)) for d in decisions),
            (0.14, 0.86),
        )
    )
