"""Dataclasses of the case file (design.md §3) and their validation rules.

Validation lives here, not in the store, so the GUI, the importer and the store agree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sleutelapp.domain import date_rules, entry_needs, vocab

MAX_TEXT = 2_000_000  # characters; a 1 MB note must fit, a runaway paste must not
MAX_SHORT = 500


class InvalidRecord(ValueError):
    """A record breaks a rule of the data model; the message names the field."""

    def __init__(self, field_name: str, problem: str):
        super().__init__(f"{field_name}: {problem}")
        self.field_name = field_name
        self.problem = problem


def new_id() -> str:
    return str(uuid.uuid4())


def now_stamp() -> str:
    """Local wall-clock time, to the second, as stored in created/updated."""
    return datetime.now().replace(microsecond=0).isoformat()


def clean_text(value: str | None, field_name: str, limit: int = MAX_TEXT) -> str:
    """Strip NUL bytes (SQLite and PDFs treat them badly) and enforce a length limit."""
    text = (value or "").replace("\x00", "")
    if len(text) > limit:
        raise InvalidRecord(field_name, f"longer than {limit} characters")
    if not is_valid_text(text):
        raise InvalidRecord(field_name, "holds characters that are not valid text (not UTF-8)")
    return text


def is_valid_text(text: str) -> bool:
    """False for lone surrogates (bytes that were not UTF-8): SQLite and PDFs refuse them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_code(value: str | None, vocabulary: vocab.Vocabulary, field_name: str) -> None:
    if value not in vocabulary:
        raise InvalidRecord(field_name, f"unknown value {value!r}")


@dataclass(frozen=True)
class Extension:
    """A termijn extension granted by DUO."""

    months: int
    reason: str = ""
    decided_on: date | None = None

    def validated(self) -> Extension:
        if not isinstance(self.months, int) or not 1 <= self.months <= 60:
            raise InvalidRecord("extensions.months", "must be 1 to 60 months")
        _check_date(date_rules.EXTENSION_DECIDED, self.decided_on)
        return replace(self, reason=clean_text(self.reason, "extensions.reason", MAX_SHORT))


@dataclass(frozen=True)
class Newcomer:
    name: str
    id: str = field(default_factory=new_id)
    known_as: str = ""
    phone: str = ""
    language: str = ""  # free text as typed: "Arabisch en wat Engels"
    route: str = "unknown"
    termijn_start: date | None = None
    extensions: tuple[Extension, ...] = ()
    municipality_ref: str = ""
    regisseur: str = ""
    coaches: str = ""
    language_school: str = ""
    status: str = "active"
    closed_on: date | None = None
    created: str = ""
    updated: str = ""
    # One of the app's languages (sleutelapp/language), or "": the language of the papers
    # for the newcomer (exports/newcomer_papers.py).
    language_code: str = ""

    @property
    def display_name(self) -> str:
        return self.known_as or self.name

    def validated(self) -> Newcomer:
        name = clean_text(self.name, "name", MAX_SHORT).strip()
        if not name:
            raise InvalidRecord("name", "is required")
        _check_code(self.route, vocab.ROUTES, "route")
        _check_code(self.status, vocab.NEWCOMER_STATUS, "status")
        _check_date(date_rules.TERMIJN_START, self.termijn_start)
        # The state must be consistent, never guessed: retention counts from closed_on.
        if self.status == "closed" and self.closed_on is None:
            raise InvalidRecord("closed_on", "is required when the status is closed")
        if self.status == "active" and self.closed_on is not None:
            raise InvalidRecord("closed_on", "must be empty while the status is active")
        from sleutelapp.language.languages import is_shipped

        if self.language_code and not is_shipped(self.language_code):
            raise InvalidRecord("language_code", f"unknown language {self.language_code!r}")
        return replace(
            self,
            name=name,
            known_as=clean_text(self.known_as, "known_as", MAX_SHORT).strip(),
            phone=clean_text(self.phone, "phone", MAX_SHORT).strip(),
            language=clean_text(self.language, "language", MAX_SHORT),
            municipality_ref=clean_text(self.municipality_ref, "municipality_ref", MAX_SHORT),
            regisseur=clean_text(self.regisseur, "regisseur", MAX_SHORT),
            coaches=clean_text(self.coaches, "coaches", MAX_SHORT),
            language_school=clean_text(self.language_school, "language_school", MAX_SHORT),
            extensions=tuple(e.validated() for e in self.extensions),
        )


@dataclass(frozen=True)
class Entry:
    """One thing that happened or will happen for one newcomer."""

    newcomer_id: str
    kind: str
    date: date
    type: str | None = None
    id: str = field(default_factory=new_id)
    time: str | None = None  # "HH:MM"
    text: str = ""
    location: str = ""
    hours: float | None = None
    minutes: int | None = None  # contact duration
    status: str | None = None
    shareable: bool = False
    topics: tuple[str, ...] = ()
    accompanied: bool = False
    created: str = ""
    updated: str = ""

    @property
    def is_health(self) -> bool:
        return vocab.is_health_appointment(self.kind, self.type)

    def validated(self) -> Entry:
        _check_code(self.kind, vocab.KINDS, "kind")
        types = vocab.TYPES_BY_KIND[self.kind]
        type_code = self.type
        if types is None:
            type_code = None
        else:
            _check_code(type_code, types, "type")
        statuses = vocab.STATUS_BY_KIND[self.kind]
        status = self.status
        if statuses is None:
            status = None
        else:
            status = status or vocab.DEFAULT_STATUS[self.kind]
            _check_code(status, statuses, "status")
        if not isinstance(self.date, date):
            raise InvalidRecord("date", "is required")
        _check_date(date_rules.ENTRY_DATE, self.date)
        if self.time is not None and self.time != "":
            _check_time(self.time)
        for topic in self.topics:
            _check_code(topic, vocab.TOPICS, "topics")
        if self.topics and self.kind != "contact":
            raise InvalidRecord("topics", "only contacts have topics")
        hours = self.hours
        if hours is not None:
            if not 0 <= float(hours) <= 24 * 366:
                raise InvalidRecord("hours", "must be between 0 and 8784")
            hours = round(float(hours), 2)
        minutes = self.minutes
        if minutes is not None and not 0 <= int(minutes) <= 24 * 60:
            raise InvalidRecord("minutes", "must be between 0 and 1440")
        location = clean_text(self.location, "location", MAX_SHORT)
        text = clean_text(self.text, "text")
        if self.is_health:
            # Health appointments keep logistics only (design.md §3): no reason, no diagnosis.
            text = ""
        cleaned = replace(
            self,
            type=type_code,
            status=status,
            time=self.time or None,
            text=text,
            location=location,
            hours=hours,
            minutes=None if minutes is None else int(minutes),
            topics=tuple(dict.fromkeys(self.topics)),
            shareable=bool(self.shareable),
            # An appointment the key person goes to, an activity done together.
            accompanied=bool(self.accompanied) if self.kind in _TOGETHER_KINDS else False,
        )
        missing = entry_needs.unmet(cleaned)
        if missing:
            raise InvalidRecord(missing[0].field, missing[0].problem)
        return cleaned


_TOGETHER_KINDS = ("appointment", "activity")


def _check_date(window: date_rules.DateWindow, value: date | None) -> None:
    found = date_rules.problem(window, value)
    if found is not None:
        raise InvalidRecord(found.field, found.describe())


def _check_time(value: str) -> None:
    try:
        datetime.strptime(value, "%H:%M")
    except (TypeError, ValueError):
        raise InvalidRecord("time", "must be HH:MM") from None


@dataclass(frozen=True)
class Consent:
    newcomer_id: str
    purpose: str
    given_on: date
    id: str = field(default_factory=new_id)
    withdrawn_on: date | None = None
    how: str = "verbal"
    note: str = ""
    # A consent signed on a consent sheet the app made: that sheet's disclosure id.
    sheet_id: str | None = None

    def active_on(self, day: date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or day < self.withdrawn_on)

    def validated(self) -> Consent:
        _check_code(self.purpose, vocab.CONSENT_PURPOSES, "purpose")
        _check_code(self.how, vocab.CONSENT_HOW, "how")
        if self.withdrawn_on is not None and self.withdrawn_on < self.given_on:
            raise InvalidRecord("withdrawn_on", "is before given_on")
        if self.sheet_id and self.how != "signed":
            raise InvalidRecord("sheet_id", "only a signed consent points to a sheet")
        return replace(
            self, sheet_id=self.sheet_id or None, note=clean_text(self.note, "note", MAX_SHORT)
        )


@dataclass(frozen=True)
class Disclosure:
    """One thing that left the device (design.md §3)."""

    report_kind: str
    period_from: date | None
    period_to: date | None
    recipient: str
    purpose: str
    sha256: str
    entry_ids: tuple[str, ...] = ()
    newcomer_id: str | None = None
    consent_id: str | None = None
    id: str = field(default_factory=new_id)
    made_at: str = ""


EXTENSION_OUTCOMES = ("pending", "granted", "refused")
MAX_EXTENSION_MONTHS = 60


@dataclass(frozen=True)
class ExtensionRequest:
    """A request to DUO for more time on the inburgeringstermijn, and DUO's answer.

    `evidence` holds only the codes of the evidence items that were gathered (a tick per
    document), never a document or what it says. `note` is short free text; for an
    extension recorded before requests existed it keeps the reason as it was typed then.
    A granted request counts toward the termijn end through `as_extension()`.
    """

    newcomer_id: str
    reason: str
    id: str = field(default_factory=new_id)
    sent_on: date | None = None
    evidence: tuple[str, ...] = ()
    outcome: str = "pending"
    months: int = 0
    decided_on: date | None = None
    task_id: str | None = None
    note: str = ""
    created: str = ""
    updated: str = ""

    @property
    def granted(self) -> bool:
        return self.outcome == "granted"

    def as_extension(self) -> Extension:
        """The granted extension this request stands for (what the termijn end counts)."""
        from sleutelapp.domain import wi2021

        if self.reason == wi2021.EARLIER_REASON:  # the reason as it was typed back then
            return Extension(self.months, self.note, self.decided_on)
        return Extension(self.months, wi2021.reason_text(self.reason), self.decided_on)

    def validated(self) -> ExtensionRequest:
        from sleutelapp.domain import wi2021

        _check_code(self.reason, wi2021.EXTENSION_REASONS, "reason")
        if self.outcome not in EXTENSION_OUTCOMES:
            raise InvalidRecord("outcome", f"unknown value {self.outcome!r}")
        allowed = {term.code for term in wi2021.evidence_for(self.reason)}
        for item in self.evidence:
            if item not in allowed:
                raise InvalidRecord("evidence", f"unknown value {item!r} for this reason")
        if self.sent_on is None and self.reason != wi2021.EARLIER_REASON:
            raise InvalidRecord("sent_on", "is required")
        months = self.months
        if self.outcome == "granted":
            if not isinstance(months, int) or not 1 <= months <= MAX_EXTENSION_MONTHS:
                raise InvalidRecord("months", f"must be 1 to {MAX_EXTENSION_MONTHS} months")
        else:
            months = 0
        if self.outcome == "pending":
            if self.decided_on is not None:
                raise InvalidRecord("decided_on", "must be empty while DUO has not decided")
        elif self.decided_on is None and self.reason != wi2021.EARLIER_REASON:
            raise InvalidRecord("decided_on", "is required once DUO has decided")
        if self.sent_on and self.decided_on and self.decided_on < self.sent_on:
            raise InvalidRecord("decided_on", "is before sent_on")
        return replace(
            self,
            months=months,
            evidence=tuple(dict.fromkeys(self.evidence)),
            note=clean_text(self.note, "note", MAX_SHORT),
        )
