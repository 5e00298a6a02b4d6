"""The newcomer's own copy (inzage, AVG art. 15): everything the case file holds about one
newcomer — profile, every entry including private notes, consents, extensions and every
disclosure — as a readable PDF, registered in the disclosure register as given to them.

Only this newcomer's rows are read. The copy is written in the newcomer's language with the
Dutch beside it: each heading and label as "their words / Dutch words" on one line, each
sentence in their language followed by the Dutch (a Dutch copy shows each text once). User
text reaches the PDF only through report_blocks/pdf_text, which lay it out bidi-correct.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path

from sleutelapp.domain import vocab, wi2021, wording
from sleutelapp.domain.disclosure_kinds import FOR_NEWCOMER, known_kind
from sleutelapp.domain.model import Disclosure, Entry, Newcomer
from sleutelapp.exports.consent_sheet import sheet_number
from sleutelapp.exports.pdf_bidi import has_rtl
from sleutelapp.exports.report_blocks import Document, Fields, Gap, Heading, Table, Text
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue
from sleutelapp.language.languages import is_shipped
from sleutelapp.language.languages import language as shipped_language
from sleutelapp.store.consents import SHEET_KIND

REPORT_KIND = "inzage"
# The copy's second language, always beside the newcomer's: the language of the key person,
# the municipality and the law the copy rests on. The register row is written in it.
DUTCH = "nl"
# Never the name: the register outlives an erasure.
RECIPIENT = QT_TRANSLATE_NOOP("Inzage", "the newcomer themself")
PURPOSE = QT_TRANSLATE_NOOP("Inzage", "inzage (GDPR art. 15)")
DISCLOSURE_KINDS = FOR_NEWCOMER  # every kind, in the newcomer's words
RIGHTS = QT_TRANSLATE_NOOP(
    "Inzage",
    "You have the right to see what is recorded about you (this overview), to have wrong "
    "data corrected and to have data erased (GDPR articles 15 to 17). When data is "
    "corrected or erased, we tell whoever received it before (article 19). Ask your key "
    "person or the organisation at the top of this overview.",
)
NOT_FILLED = "—"


class Words:
    """The copy's texts in the newcomer's language, each with its Dutch beside it."""

    def __init__(self, language: str = DUTCH):
        self.language = language
        self.own = catalogue(language)
        self.dutch = catalogue(DUTCH)

    @staticmethod
    def pair(own: str, dutch: str) -> str:
        """ "Your data / Uw gegevens"; a text that reads the same in both is shown once.
        Right-to-left words go on their own line above the Dutch: on one line the two
        directions would interleave ("Sleutelapp / Uw gegevens in Sleutelapp در ...")."""
        if own == dutch:
            return own
        return f"{own}\n{dutch}" if has_rtl(own) else f"{own} / {dutch}"

    def label(self, source: str, **values) -> str:
        """A heading, label or short value: both languages on one line."""
        own = self.own.translate("Inzage", source)
        dutch = self.dutch.translate("Inzage", source)
        return (
            self.pair(own.format(**values), dutch.format(**values))
            if values
            else self.pair(own, dutch)
        )

    def each(self, text_in: Callable[[str], str]) -> str:
        """A text made per language (a vocabulary label, a date), in both on one line."""
        return self.pair(text_in(self.language), text_in(DUTCH))

    def sentences(self, source: str, style: str = "body") -> list[Text]:
        """A sentence in the newcomer's language followed by the Dutch (once when equal)."""
        own = self.own.translate("Inzage", source)
        dutch = self.dutch.translate("Inzage", source)
        return [Text(own, style)] if own == dutch else [Text(own, style), Text(dutch, style)]


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


def _paper_language(code: str) -> str:
    """The language the newcomer's papers are made in: its Dutch name and its own name."""
    if not code:
        return NOT_FILLED
    if not is_shipped(code):
        return code
    shipped = shipped_language(code)
    if shipped.name == shipped.dutch_name:
        return shipped.name
    return f"{shipped.dutch_name} ({shipped.name})"


def _day(value: date | None) -> str:
    return f"{value.day:02d}-{value.month:02d}-{value.year}" if value else NOT_FILLED


def _or_dash(text: str) -> str:
    return text if text and text.strip() else NOT_FILLED


def moment(stamp: str | None, language: str) -> str:
    """A stored moment ("2026-11-30T14:05:12") as a person reads it ("30 nov 2026 14:05");
    a stamp that is not a moment is shown as stored, so nothing goes missing."""
    if not stamp or not stamp.strip():
        return NOT_FILLED
    try:
        parsed = datetime.fromisoformat(stamp.strip())
    except ValueError:
        return stamp
    return wording.short_datetime(parsed, language)


_SCHEDULE_TEXT = {
    "month": QT_TRANSLATE_NOOP("Inzage", "every month"),
    "quarter": QT_TRANSLATE_NOOP("Inzage", "every quarter"),
}


def _schedule_text(plan: InzagePlan, words: Words) -> str:
    """How often a regisseur report is due: the newcomer's own schedule or the setting."""

    def schedule(code: str) -> Callable[[str], str]:
        def text_in(language: str) -> str:
            source = _SCHEDULE_TEXT.get(code)
            return catalogue(language).translate("Inzage", source) if source else code

        return text_in

    if plan.report_schedule:
        own = schedule(plan.report_schedule)
        return words.each(
            lambda lang: (
                catalogue(lang)
                .translate("Inzage", "{schedule} (own schedule)")
                .format(schedule=own(lang))
            )
        )
    default = schedule(plan.default_schedule)
    return words.each(
        lambda lang: (
            catalogue(lang)
            .translate("Inzage", "{schedule} (default)")
            .format(schedule=default(lang))
        )
    )


def _what(entry: Entry, language: str) -> str:
    kind = vocab.KINDS.label(entry.kind, language)
    types = vocab.TYPES_BY_KIND.get(entry.kind)
    return f"{kind}: {types.label(entry.type, language)}" if types is not None else kind


def _details(entry: Entry, language: str) -> str:
    words = catalogue(language)
    parts = []
    statuses = vocab.STATUS_BY_KIND.get(entry.kind)
    if statuses is not None and entry.status:
        parts.append(
            words.translate("Inzage", "status {status}").format(
                status=statuses.label(entry.status, language).lower()
            )
        )
    if entry.time:
        parts.append(words.translate("Inzage", "at {time}").format(time=entry.time))
    if entry.location:
        parts.append(words.translate("Inzage", "place: {place}").format(place=entry.location))
    if entry.topics:
        parts.append(
            words.translate("Inzage", "topics: {topics}").format(
                topics=", ".join(vocab.TOPICS.label(t, language) for t in entry.topics)
            )
        )
    if entry.minutes is not None:
        parts.append(words.translate("Inzage", "{minutes} minutes").format(minutes=entry.minutes))
    if entry.hours is not None:
        parts.append(
            words.translate("Inzage", "{hours} hours").format(
                hours=str(entry.hours).replace(".", ",")
            )
        )
    if entry.kind == "appointment":
        parts.append(
            words.translate("Inzage", "accompanied")
            if entry.accompanied
            else words.translate("Inzage", "not accompanied")
        )
    parts.append(
        words.translate("Inzage", "may be shared")
        if entry.shareable
        else words.translate("Inzage", "private (not shared)")
    )
    return "; ".join(parts)


def build(plan: InzagePlan, made_at: datetime, language: str = DUTCH) -> Document:
    """All blocks of the copy, in reading order, in `language` with the Dutch beside it."""
    n = plan.newcomer
    w = Words(language)
    label = w.label
    doc = Document()
    doc.add(
        Text(label(QT_TRANSLATE_NOOP("Inzage", "Your data in Sleutelapp")), "title"),
        Text(
            label(
                QT_TRANSLATE_NOOP("Inzage", "Inzage for {name}, made on {date}"),
                name=n.name,
                date=_day(made_at.date()),
            ),
            "subtitle",
        ),
        *w.sentences(
            QT_TRANSLATE_NOOP(
                "Inzage",
                "This is everything your key person's case file holds about you, including "
                "the key person's own notes.",
            )
        ),
        Fields(
            (
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Key person")),
                    _or_dash(plan.settings.get("keyperson_name", "")),
                ),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Key person's contact")),
                    _or_dash(plan.settings.get("keyperson_contact", "")),
                ),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Responsible organisation")),
                    _or_dash(plan.settings.get("controller_name", "")),
                ),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Organisation's contact")),
                    _or_dash(plan.settings.get("controller_contact", "")),
                ),
            )
        ),
        Heading(label(QT_TRANSLATE_NOOP("Inzage", "Your data"))),
        Fields(
            (
                (label(QT_TRANSLATE_NOOP("Inzage", "Name")), n.name),
                (label(QT_TRANSLATE_NOOP("Inzage", "Known as")), _or_dash(n.known_as)),
                (label(QT_TRANSLATE_NOOP("Inzage", "Phone")), _or_dash(n.phone)),
                (label(QT_TRANSLATE_NOOP("Inzage", "Language")), _or_dash(n.language)),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Language of the papers")),
                    _paper_language(n.language_code),
                ),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Route")),
                    w.each(lambda lang: vocab.ROUTES.label(n.route, lang)),
                ),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Start of the civic integration term")),
                    _day(n.termijn_start),
                ),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Municipality reference")),
                    _or_dash(n.municipality_ref),
                ),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Civic integration regisseur")),
                    _or_dash(n.regisseur),
                ),
                (label(QT_TRANSLATE_NOOP("Inzage", "Coaches")), _or_dash(n.coaches)),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Language school")),
                    _or_dash(n.language_school),
                ),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Status")),
                    w.each(lambda lang: vocab.NEWCOMER_STATUS.label(n.status, lang)),
                ),
                (label(QT_TRANSLATE_NOOP("Inzage", "Closed on")), _day(n.closed_on)),
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Report to the regisseur")),
                    _schedule_text(plan, w),
                ),
                (label(QT_TRANSLATE_NOOP("Inzage", "Recorded on")), moment(n.created, language)),
                (label(QT_TRANSLATE_NOOP("Inzage", "Last changed")), moment(n.updated, language)),
            )
        ),
        Heading(label(QT_TRANSLATE_NOOP("Inzage", "Extension of the term"))),
    )
    if n.extensions:
        doc.add(
            Table(
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "Months")),
                    label(QT_TRANSLATE_NOOP("Inzage", "Decided on")),
                    label(QT_TRANSLATE_NOOP("Inzage", "Reason")),
                ),
                tuple((str(e.months), _day(e.decided_on), e.reason) for e in n.extensions),
                (0.15, 0.2, 0.65),
            )
        )
    else:
        doc.add(*w.sentences(QT_TRANSLATE_NOOP("Inzage", "No extension recorded."), "muted"))
    _extension_requests(doc, plan, w)
    doc.add(Heading(label(QT_TRANSLATE_NOOP("Inzage", "Consents"))))
    if plan.consents:
        doc.add(
            Table(
                (
                    label(QT_TRANSLATE_NOOP("Inzage", "What for")),
                    label(QT_TRANSLATE_NOOP("Inzage", "Given on")),
                    label(QT_TRANSLATE_NOOP("Inzage", "Withdrawn on")),
                    label(QT_TRANSLATE_NOOP("Inzage", "How")),
                    label(QT_TRANSLATE_NOOP("Inzage", "Sheet")),
                    label(QT_TRANSLATE_NOOP("Inzage", "Remark")),
                ),
                tuple(
                    (
                        w.each(partial(vocab.CONSENT_PURPOSES.label, c.purpose)),
                        _day(c.given_on),
                        _day(c.withdrawn_on),
                        w.each(partial(vocab.CONSENT_HOW.label, c.how)),
                        sheet_number(c.sheet_id) if c.sheet_id else NOT_FILLED,
                        c.note,
                    )
                    for c in plan.consents
                ),
                (0.27, 0.14, 0.14, 0.12, 0.12, 0.21),
            )
        )
    else:
        doc.add(*w.sentences(QT_TRANSLATE_NOOP("Inzage", "No consents recorded."), "muted"))
    _disclosures(doc, plan, w)
    _entries(doc, plan, w)
    doc.add(Heading(label(QT_TRANSLATE_NOOP("Inzage", "Your rights"))), *w.sentences(RIGHTS))
    return doc


_OUTCOMES = {
    "pending": QT_TRANSLATE_NOOP("Inzage", "Waiting for a decision"),
    "granted": QT_TRANSLATE_NOOP("Inzage", "Granted"),
    "refused": QT_TRANSLATE_NOOP("Inzage", "Refused"),
}


def _extension_requests(doc: Document, plan: InzagePlan, w: Words) -> None:
    """Every DUO extension request: reason, when sent, which documents were gathered (not
    the documents), and DUO's decision."""
    doc.add(Heading(w.label(QT_TRANSLATE_NOOP("Inzage", "Requests to DUO for an extension"))))
    if not plan.extension_requests:
        doc.add(*w.sentences(QT_TRANSLATE_NOOP("Inzage", "No request recorded."), "muted"))
        return
    rows = []
    for r in plan.extension_requests:

        def gathered_in(language: str, r=r) -> str:
            names = {t.code: t.label(language) for t in wi2021.evidence_for(r.reason)}
            return ", ".join(names.get(code, code) for code in r.evidence) or "—"

        def decision_in(language: str, r=r) -> str:
            words = catalogue(language)
            source = _OUTCOMES.get(r.outcome)
            decision = words.translate("Inzage", source) if source else r.outcome
            if r.granted:
                decision += ": " + words.translate("Inzage", "%n month(s)", None, r.months)
            if r.decided_on:
                decision += f" ({_day(r.decided_on)})"
            return decision

        reason = w.each(partial(wi2021.EXTENSION_REASONS.label, r.reason)) + (
            f" — {r.note}" if r.note else ""
        )
        rows.append((reason, _day(r.sent_on), w.each(gathered_in), w.each(decision_in)))
    doc.add(
        Table(
            (
                w.label(QT_TRANSLATE_NOOP("Inzage", "Reason")),
                w.label(QT_TRANSLATE_NOOP("Inzage", "Sent on")),
                w.label(QT_TRANSLATE_NOOP("Inzage", "Evidence gathered")),
                w.label(QT_TRANSLATE_NOOP("Inzage", "Decision")),
            ),
            tuple(rows),
            (0.3, 0.15, 0.3, 0.25),
        )
    )


def _disclosures(doc: Document, plan: InzagePlan, w: Words) -> None:
    doc.add(Heading(w.label(QT_TRANSLATE_NOOP("Inzage", "What was shared, with whom and when"))))
    if not plan.disclosures:
        doc.add(
            *w.sentences(
                QT_TRANSLATE_NOOP("Inzage", "Nothing about you has been shared yet."), "muted"
            )
        )
        return
    rows = []
    for d in plan.disclosures:

        def what_in(language: str, d=d) -> str:
            words = catalogue(language)
            source = DISCLOSURE_KINDS.get(known_kind(d.report_kind))
            what = words.translate("Inzage", source) if source else d.report_kind
            if d.report_kind == SHEET_KIND:
                what += f" ({words.translate('Inzage', 'Sheet')} {sheet_number(d.id)})"
            if not d.period_from:
                return what
            period = words.translate("Inzage", "{start} up to and including {end}").format(
                start=_day(d.period_from), end=_day(d.period_to)
            )
            return f"{what} ({period})"

        rows.append(
            (
                moment(d.made_at, w.language),
                w.each(what_in),
                _or_dash(d.recipient),
                str(len(d.entry_ids)),
            )
        )
    doc.add(
        Table(
            (
                w.label(QT_TRANSLATE_NOOP("Inzage", "When")),
                w.label(QT_TRANSLATE_NOOP("Inzage", "What")),
                w.label(QT_TRANSLATE_NOOP("Inzage", "To whom")),
                w.label(QT_TRANSLATE_NOOP("Inzage", "Items")),
            ),
            tuple(rows),
            (0.2, 0.42, 0.23, 0.15),
            (3,),
        )
    )


def _entries(doc: Document, plan: InzagePlan, w: Words) -> None:
    count = len(plan.entries)
    doc.add(
        Heading(
            w.each(
                lambda lang: (
                    catalogue(lang)
                    .translate("Inzage", "Everything that was recorded ({count})")
                    .format(count=wording.count_of(count, "entry", lang))
                )
            )
        )
    )
    if not plan.entries:
        doc.add(
            *w.sentences(QT_TRANSLATE_NOOP("Inzage", "Nothing has been recorded yet."), "muted")
        )
        return
    for entry in plan.entries:
        details = w.each(partial(_details, entry))
        doc.add(
            Text(
                f"{_day(entry.date)} · {w.each(partial(_what, entry))}",
                "cell_bold",
                keep_with_next=True,
            ),
            Text(details, "small", keep_with_next=bool(entry.text)),
        )
        if entry.text:
            doc.add(Text(entry.text, "body", long=True))
        doc.add(Gap(4))


def render(plan: InzagePlan, made_at: datetime | None = None, language: str = DUTCH) -> bytes:
    """The PDF bytes of the copy, in `language` with the Dutch beside it."""
    from sleutelapp.exports import pdf_layout, report_blocks

    made_at = made_at or datetime.now()
    w = Words(language)
    # The footer is drawn on the page as plain text, without right-to-left shaping: Dutch.
    dutch = Words(DUTCH)
    info = pdf_layout.PageInfo(
        footer=dutch.label(
            QT_TRANSLATE_NOOP("Inzage", "Confidential · Inzage in your data · {date}"),
            date=_day(made_at.date()),
        ),
        page_of=dutch.label(QT_TRANSLATE_NOOP("Inzage", "Page {page} of {pages}")),
        title=w.label(QT_TRANSLATE_NOOP("Inzage", "Inzage in your data")),
        author=plan.settings.get("keyperson_name", ""),
    )
    return pdf_layout.build_pdf(report_blocks.flowables(build(plan, made_at, language)), info)


def export_inzage(case, newcomer_id: str, path: str | Path, language: str = DUTCH) -> Disclosure:
    """Write the copy in `language` with the Dutch beside it (whole or not at all) and
    register it as given to the newcomer."""
    from sleutelapp.exports import files
    from sleutelapp.store.durable_file import write_atomically

    plan = plan_inzage(case, newcomer_id)
    data = render(plan, language=language)
    target = write_atomically(path, data, paths=case.paths)
    try:
        return case.disclosures.record(
            Disclosure(
                report_kind=REPORT_KIND,
                period_from=None,
                period_to=None,
                recipient=catalogue(DUTCH).translate("Inzage", RECIPIENT),
                purpose=catalogue(DUTCH).translate("Inzage", PURPOSE),
                sha256=files.sha256(data),
                entry_ids=tuple(e.id for e in plan.entries),
                newcomer_id=newcomer_id,
            )
        )
    except BaseException:
        target.unlink(missing_ok=True)
        raise
