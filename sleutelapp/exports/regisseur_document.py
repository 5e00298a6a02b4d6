"""What the regisseur report says: its blocks, built only from the privacy decisions.

Reads nothing but a `ReportPlan` (decisions of domain/privacy.py, the newcomer's allowed
fields, the header settings). An entry that is not included never reaches this module's
output, and of an included entry only the fields its decision allows are used.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from sleutelapp.domain import anonymity, privacy, vocab, wi2021, wording
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
from sleutelapp.language import QT_TRANSLATE_NOOP, Catalogue, catalogue

# Its reader is the municipality's regisseur: the report is always in Dutch, whatever the
# UI language (texts are English in the code, their Dutch comes from the catalogue).
READER_LANGUAGE = "nl"

PURPOSE = QT_TRANSLATE_NOOP(
    "RegisseurReport",
    "Following the progress of civic integration (Civic Integration Act 2021), with the "
    "newcomer's consent",
)
NEVER_SHARED = QT_TRANSLATE_NOOP(
    "RegisseurReport",
    "This report holds only what the newcomer has allowed. Private notes, phone number, "
    "language, places of appointments and medical data are never shared; health "
    "appointments are at most counted, with separate consent.",
)
NOT_FILLED = QT_TRANSLATE_NOOP("RegisseurReport", "(not filled in)")


def words() -> Catalogue:
    """The catalogue the report is written from: its reader's language."""
    return catalogue(READER_LANGUAGE)


def long_date(day: date | None) -> str:
    if day is None:
        return "—"
    return f"{day.day} {anonymity.month_name(day.month, READER_LANGUAGE)} {day.year}"


def short_date(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def period_text(start: date, end: date) -> str:
    return (
        words()
        .translate("RegisseurReport", "{start} up to and including {end}")
        .format(start=long_date(start), end=long_date(end))
    )


def _yes_no(value: bool) -> str:
    if value:
        return words().translate("RegisseurReport", "yes")
    return words().translate("RegisseurReport", "no")


MAX_LINES = 40


def _text(entry_text: str) -> str:
    """An entry's text as printed: at most MAX_TEXT_IN_REPORT characters and MAX_LINES lines."""
    from sleutelapp.exports.pdf_text import clean, shorten

    lines = [line for line in clean(entry_text).split("\n") if line.strip()]
    joined = "\n".join(lines[:MAX_LINES]) + (
        "\n" + " ".join(lines[MAX_LINES:]) if len(lines) > MAX_LINES else ""
    )
    kept, cut = shorten(joined, privacy.MAX_TEXT_IN_REPORT)
    if not cut:
        return kept
    return (
        words()
        .translate("RegisseurReport", "{text} … [shortened: {cut} characters not included]")
        .format(text=kept, cut=cut)
    )


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
    nl = words()
    _texts(
        doc,
        nl.translate("RegisseurReport", "Notes"),
        nl.translate("RegisseurReport", "No shared notes in this period."),
        [d for d in included if d.entry.kind == "note"],
        nl.translate("RegisseurReport", "Date"),
    )
    _texts(
        doc,
        nl.translate("RegisseurReport", "Open tasks"),
        nl.translate("RegisseurReport", "No shared open tasks."),
        [d for d in included if d.entry.kind == "task"],
        nl.translate("RegisseurReport", "Due by"),
    )
    doc.add(Gap(10), Text(nl.translate("RegisseurReport", NEVER_SHARED), "small"))
    return doc


def _header(doc: Document, plan, recipient: str, made_at: datetime) -> None:
    settings = plan.settings
    consent = plan.consents.regisseur
    nl = words()
    not_filled = nl.translate("RegisseurReport", NOT_FILLED)

    def with_contact(name_key: str, contact_key: str) -> str:
        name = _field(settings.get(name_key, "")) or not_filled
        contact = _field(settings.get(contact_key, ""))
        return f"{name} — {contact}" if contact else name

    consent_text = "—"
    if consent is not None:
        consent_text = (
            f"{long_date(consent.given_on)} "
            f"({vocab.CONSENT_HOW.label(consent.how, READER_LANGUAGE).lower()})"
        )
    doc.add(
        Text(
            nl.translate("RegisseurReport", "CONFIDENTIAL — personal data, only for the addressee"),
            "banner",
        ),
        Text(nl.translate("RegisseurReport", "Report for the regisseur"), "title"),
        Text(
            nl.translate("RegisseurReport", "Period {period}").format(
                period=period_text(plan.start, plan.end)
            ),
            "subtitle",
        ),
        Fields(
            (
                (
                    nl.translate("RegisseurReport", "Responsible organisation"),
                    with_contact("controller_name", "controller_contact"),
                ),
                (
                    nl.translate("RegisseurReport", "Purpose"),
                    nl.translate("RegisseurReport", PURPOSE),
                ),
                (
                    nl.translate("RegisseurReport", "Key person"),
                    with_contact("keyperson_name", "keyperson_contact"),
                ),
                (nl.translate("RegisseurReport", "Recipient"), _field(recipient) or not_filled),
                (nl.translate("RegisseurReport", "Period"), period_text(plan.start, plan.end)),
                (nl.translate("RegisseurReport", "Made on"), long_date(made_at.date())),
                (nl.translate("RegisseurReport", "Consent given on"), consent_text),
            )
        ),
    )


def _newcomer(doc: Document, plan) -> None:
    profile = privacy.regisseur_profile(plan.newcomer)
    end = wi2021.termijn_end(profile["termijn_start"], profile["extensions"])
    left = wi2021.days_left(end, plan.today)
    nl = words()
    if end is None:
        termijn = nl.translate("RegisseurReport", "Unknown (start date of the term not filled in)")
    elif left is not None and left < 0:
        termijn = nl.translate("RegisseurReport", "{date} (passed, {days} ago)").format(
            date=long_date(end), days=wording.count_of(-left, "day", READER_LANGUAGE)
        )
    else:
        termijn = nl.translate("RegisseurReport", "{date} ({days} left)").format(
            date=long_date(end), days=wording.count_of(left or 0, "day", READER_LANGUAGE)
        )
    not_filled = nl.translate("RegisseurReport", NOT_FILLED)
    rows = [
        (nl.translate("RegisseurReport", "Name"), _field(profile["name"])),
        (
            nl.translate("RegisseurReport", "Municipality reference"),
            _field(profile["municipality_ref"]) or not_filled,
        ),
        (
            nl.translate("RegisseurReport", "Route"),
            vocab.ROUTES.label(profile["route"], READER_LANGUAGE),
        ),
        (
            nl.translate("RegisseurReport", "Start of the civic integration term"),
            long_date(profile["termijn_start"]),
        ),
        (nl.translate("RegisseurReport", "End of the civic integration term"), termijn),
    ]
    extensions = profile["extensions"]
    if extensions:
        parts = [
            nl.translate("RegisseurReport", "%n month(s)", None, e.months)
            + (
                nl.translate("RegisseurReport", " (decision {date})").format(
                    date=long_date(e.decided_on)
                )
                if e.decided_on
                else ""
            )
            for e in extensions
        ]
        rows.append((nl.translate("RegisseurReport", "Extensions (granted)"), "; ".join(parts)))
    doc.add(Heading(nl.translate("RegisseurReport", "Newcomer")), Fields(tuple(rows)))


def _contacts(doc: Document, decisions) -> None:
    nl = words()
    doc.add(Heading(nl.translate("RegisseurReport", "Contact")))
    if not decisions:
        doc.add(
            Text(nl.translate("RegisseurReport", "No contact moments in this period."), "muted")
        )
        return
    channels = Counter(d.entry.type for d in decisions)
    topics = Counter(t for d in decisions for t in d.entry.topics)
    doc.add(
        Text(
            nl.translate("RegisseurReport", "{count} in this period.").format(
                count=wording.count_of(len(decisions), "contact_moment", READER_LANGUAGE)
            )
        )
    )
    by_channel = [
        (vocab.CHANNELS.label(code, READER_LANGUAGE), str(channels[code]))
        for code in vocab.CHANNELS.codes
        if channels[code]
    ]
    by_topic = [
        (vocab.TOPICS.label(code, READER_LANGUAGE), str(topics[code]))
        for code in vocab.TOPICS.codes
        if topics[code]
    ]
    height = max(len(by_channel), len(by_topic))
    by_channel += [("", "")] * (height - len(by_channel))
    by_topic += [("", "")] * (height - len(by_topic))
    doc.add(
        Table(
            (
                nl.translate("RegisseurReport", "Channel"),
                nl.translate("RegisseurReport", "Number"),
                nl.translate("RegisseurReport", "Topic"),
                nl.translate("RegisseurReport", "Number"),
            ),
            tuple((*c, *t) for c, t in zip(by_channel, by_topic, strict=False)),
            (0.32, 0.16, 0.36, 0.16),
            numeric=(1, 3),
            width=0.8,
        )
    )


def _appointments(doc: Document, plan, decisions) -> None:
    nl = words()
    doc.add(Heading(nl.translate("RegisseurReport", "Appointments")))
    listed = [d for d in decisions if not d.count_only]
    health = [d for d in decisions if d.count_only]
    if listed:
        rows = tuple(
            (
                short_date(d.entry.date),
                vocab.APPOINTMENT_TYPES.label(d.entry.type, READER_LANGUAGE),
                vocab.APPOINTMENT_STATUS.label(d.entry.status, READER_LANGUAGE),
                _yes_no(d.entry.accompanied),
            )
            for d in listed
        )
        header = (
            nl.translate("RegisseurReport", "Date"),
            nl.translate("RegisseurReport", "Kind"),
            nl.translate("RegisseurReport", "Status"),
            nl.translate("RegisseurReport", "Accompanied"),
        )
        doc.add(Table(header, rows, (0.18, 0.42, 0.24, 0.16)))
    else:
        doc.add(
            Text(
                nl.translate(
                    "RegisseurReport", "No appointments (outside health care) in this period."
                ),
                "muted",
            )
        )
    if plan.consents.allows_health:
        doc.add(
            Gap(4),
            Text(
                nl.translate(
                    "RegisseurReport",
                    "Health appointments in this period: {count} (only the number, with "
                    "the newcomer's consent).",
                ).format(count=len(health))
            ),
        )


def _participation(doc: Document, plan, decisions) -> None:
    nl = words()
    doc.add(Heading(nl.translate("RegisseurReport", "Participation")))
    if not decisions:
        doc.add(Text(nl.translate("RegisseurReport", "No activities in this period."), "muted"))
        return
    hours: dict[str, float] = {}
    counts = Counter(d.entry.type for d in decisions)
    for d in decisions:
        hours[d.entry.type] = hours.get(d.entry.type, 0.0) + float(d.entry.hours or 0)
    types = [c for c in vocab.ACTIVITY_TYPES.codes if counts[c]]
    rows = tuple(
        (vocab.ACTIVITY_TYPES.label(c, READER_LANGUAGE), str(counts[c]), format_number(hours[c]))
        for c in types
    )
    total = sum(hours.values())
    doc.add(
        Table(
            (
                nl.translate("RegisseurReport", "Kind"),
                nl.translate("RegisseurReport", "Times"),
                nl.translate("RegisseurReport", "Hours"),
            ),
            (
                *rows,
                (
                    nl.translate("RegisseurReport", "Total"),
                    str(len(decisions)),
                    format_number(total),
                ),
            ),
            (0.6, 0.2, 0.2),
            numeric=(1, 2),
            width=0.8,
            total_row=True,
        )
    )
    bars = tuple(
        (vocab.ACTIVITY_TYPES.label(c, READER_LANGUAGE), round(hours[c], 2))
        for c in types
        if hours[c] > 0
    )
    if bars:
        doc.add(Gap(), BarChart(bars, unit=nl.translate("RegisseurReport", "h", "hours")))
    progress = wi2021.progress(plan.newcomer.route, hours)
    if progress:
        doc.add(
            Gap(4),
            Text(
                nl.translate(
                    "RegisseurReport",
                    "Hours in this period against the norms of the route "
                    "(the norms apply to the whole term):",
                ),
                "muted",
                keep_with_next=True,
            ),
        )
        doc.add(
            Table(
                (
                    nl.translate("RegisseurReport", "Component"),
                    nl.translate("RegisseurReport", "Hours this period"),
                    nl.translate("RegisseurReport", "Norm"),
                ),
                tuple(
                    (
                        wi2021.COMPONENTS.label(p.norm.component, READER_LANGUAGE),
                        format_number(p.hours),
                        nl.translate("RegisseurReport", "at least {hours}").format(
                            hours=p.norm.hours
                        )
                        if p.norm.is_minimum
                        else str(p.norm.hours),
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
                (
                    nl.translate("RegisseurReport", "Date"),
                    nl.translate("RegisseurReport", "Activity"),
                    nl.translate("RegisseurReport", "Hours"),
                    nl.translate("RegisseurReport", "Explanation"),
                ),
                tuple(
                    (
                        short_date(d.entry.date),
                        vocab.ACTIVITY_TYPES.label(d.entry.type, READER_LANGUAGE),
                        format_number(float(d.entry.hours or 0)),
                        _text(d.entry.text),
                    )
                    for d in shared
                ),
                (0.14, 0.22, 0.1, 0.54),
            ),
        )


def _signals(doc: Document, decisions) -> None:
    nl = words()
    doc.add(Heading(nl.translate("RegisseurReport", "Signals")))
    if not decisions:
        doc.add(Text(nl.translate("RegisseurReport", "No signals in this period."), "muted"))
        return
    status = Counter(d.entry.status for d in decisions)
    doc.add(
        Text(
            nl.translate("RegisseurReport", "{open} open, {resolved} resolved.").format(
                open=status["open"], resolved=status["resolved"]
            )
        )
    )
    rows = tuple(
        (
            short_date(d.entry.date),
            vocab.SIGNAL_THEMES.label(d.entry.type, READER_LANGUAGE),
            vocab.SIGNAL_STATUS.label(d.entry.status, READER_LANGUAGE),
            _text(d.entry.text) if d.shows_text else "—",
        )
        for d in decisions
    )
    header = (
        nl.translate("RegisseurReport", "Date"),
        nl.translate("RegisseurReport", "Theme"),
        nl.translate("RegisseurReport", "Status"),
        nl.translate("RegisseurReport", "Explanation"),
    )
    doc.add(Table(header, rows, (0.14, 0.22, 0.12, 0.52)))


def _texts(doc: Document, title: str, empty: str, decisions, date_label: str) -> None:
    doc.add(Heading(title))
    if not decisions:
        doc.add(Text(empty, "muted"))
        return
    doc.add(
        Table(
            (date_label, words().translate("RegisseurReport", "Text")),
            tuple((short_date(d.entry.date), _text(d.entry.text)) for d in decisions),
            (0.14, 0.86),
        )
    )
