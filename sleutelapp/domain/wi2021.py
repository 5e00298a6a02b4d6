"""Rules of the Wet inburgering 2021 that the app derives (design.md §7). Never stored."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sleutelapp.domain.model import Extension
from sleutelapp.domain.vocab import Term, Vocabulary
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue

TERMIJN_YEARS = 3
WARN_MONTHS_BEFORE_END = 6
NO_CONTACT_DAYS = 30


@dataclass(frozen=True)
class Norm:
    """An hour norm per route component. Sources are secondary, hence one table."""

    route: str
    component: str  # "language", "participation" or "map"
    hours: int
    activity_types: tuple[str, ...]  # activity types whose hours count toward it
    is_minimum: bool = True


ROUTE_NORMS: tuple[Norm, ...] = (
    Norm("z", "language", 800, ("language_cafe", "course")),
    Norm(
        "z",
        "participation",
        800,
        ("volunteering", "work", "internship", "sport", "neighbourhood", "other"),
    ),
    Norm("z", "map", 40, ("map",)),
    Norm("b1", "map", 40, ("map",)),
    Norm("education", "language", 1000, ("language_cafe", "course")),
)

COMPONENTS = Vocabulary(
    "wi2021_component",
    [
        Term(
            "language",
            QT_TRANSLATE_NOOP("vocab.wi2021_component", "Language"),
            "vocab.wi2021_component",
        ),
        Term(
            "participation",
            QT_TRANSLATE_NOOP("vocab.wi2021_component", "Participation"),
            "vocab.wi2021_component",
        ),
        Term(
            "map",
            QT_TRANSLATE_NOOP("vocab.wi2021_component", "MAP practical part"),
            "vocab.wi2021_component",
        ),
    ],
)


def add_months(day: date, months: int) -> date:
    """Calendar month arithmetic; the 31st becomes the last day of a shorter month.

    Clamped to the calendar's ends, so a stored date like 9999-12-31 (from an older
    version) gives an extreme answer instead of making a list or report fail.
    """
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def termijn_end(termijn_start: date | None, extensions: Iterable[Extension] = ()) -> date | None:
    """End of the inburgeringstermijn: start + 3 years + all granted extensions."""
    if termijn_start is None:
        return None
    months = TERMIJN_YEARS * 12 + sum(e.months for e in extensions)
    return add_months(termijn_start, months)


def days_left(end: date | None, today: date | None = None) -> int | None:
    if end is None:
        return None
    return (end - (today or date.today())).days


def ends_soon(end: date | None, today: date | None = None) -> bool:
    """True when the termijn ends within the warning window (and has not ended long ago)."""
    if end is None:
        return False
    today = today or date.today()
    return end <= add_months(today, WARN_MONTHS_BEFORE_END)


def days_without_contact(
    last_contact: date | None, added_on: date | None, today: date | None = None
) -> int | None:
    """Days since the last contact; with no contact at all, since the day the newcomer
    was added (one added today is not overdue). None: neither is known."""
    since = last_contact or added_on
    if since is None:
        return None
    return ((today or date.today()) - since).days


def needs_contact(
    last_contact: date | None, added_on: date | None, today: date | None = None
) -> bool:
    """True when the key person has not been in touch for NO_CONTACT_DAYS or more."""
    days = days_without_contact(last_contact, added_on, today)
    return days is None or days >= NO_CONTACT_DAYS


def norms_for(route: str) -> tuple[Norm, ...]:
    return tuple(n for n in ROUTE_NORMS if n.route == route)


@dataclass(frozen=True)
class NormProgress:
    norm: Norm
    hours: float

    @property
    def fraction(self) -> float:
        return min(1.0, self.hours / self.norm.hours) if self.norm.hours else 1.0


def progress(route: str, hours_by_activity: dict[str, float]) -> list[NormProgress]:
    """Hours logged against each norm of the route."""
    return [
        NormProgress(n, round(sum(hours_by_activity.get(t, 0.0) for t in n.activity_types), 2))
        for n in norms_for(route)
    ]


# --- DUO extension of the termijn -------------------------------------------------------
# Key persons help newcomers ask DUO for more time. What the app knows about such a
# request: the reason, which evidence was gathered (ticks only), when it was sent and what
# DUO decided. Hints come from one rules table below; each rule names its source.

DECISION_WEEKS = 8  # DUO answers a request within 8 weeks
EARLIER_REASON = "earlier"  # an extension recorded before requests existed (free-text reason)

EXTENSION_REASONS = Vocabulary(
    "extension_reason",
    [
        Term(
            "own_illness",
            QT_TRANSLATE_NOOP("vocab.extension_reason", "Own illness (over 3 months)"),
            "vocab.extension_reason",
        ),
        Term(
            "family_illness",
            QT_TRANSLATE_NOOP("vocab.extension_reason", "Illness of a close relative"),
            "vocab.extension_reason",
        ),
        Term(
            "family_death",
            QT_TRANSLATE_NOOP("vocab.extension_reason", "Death of a close relative"),
            "vocab.extension_reason",
        ),
        Term(
            "education",
            QT_TRANSLATE_NOOP("vocab.extension_reason", "A Dutch education"),
            "vocab.extension_reason",
        ),
        Term(
            "no_blame",
            QT_TRANSLATE_NOOP(
                "vocab.extension_reason", "No blame (e.g. lessons cancelled or a waiting list)"
            ),
            "vocab.extension_reason",
        ),
        Term(
            "effort",
            QT_TRANSLATE_NOOP("vocab.extension_reason", "Considerable effort"),
            "vocab.extension_reason",
        ),
        Term(
            EARLIER_REASON,
            QT_TRANSLATE_NOOP("vocab.extension_reason", "Recorded earlier"),
            "vocab.extension_reason",
        ),
    ],
)

# Evidence per reason. The app stores only the codes that were gathered.
EXTENSION_EVIDENCE: dict[str, tuple[Term, ...]] = {
    "own_illness": (
        Term(
            "doctor_statement",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Statement from a doctor"),
            "vocab.extension_evidence",
        ),
        Term(
            "illness_period",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Proof of how long it lasted"),
            "vocab.extension_evidence",
        ),
    ),
    "family_illness": (
        Term(
            "doctor_statement",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Statement from a doctor"),
            "vocab.extension_evidence",
        ),
        Term(
            "family_tie",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Proof of the family tie"),
            "vocab.extension_evidence",
        ),
        Term(
            "care_statement",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Proof of giving care"),
            "vocab.extension_evidence",
        ),
    ),
    "family_death": (
        Term(
            "death_certificate",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Death certificate"),
            "vocab.extension_evidence",
        ),
        Term(
            "family_tie",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Proof of the family tie"),
            "vocab.extension_evidence",
        ),
    ),
    "education": (
        Term(
            "enrolment",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Proof of enrolment"),
            "vocab.extension_evidence",
        ),
        Term(
            "study_results",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Overview of study results"),
            "vocab.extension_evidence",
        ),
    ),
    "no_blame": (
        Term(
            "school_statement",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Statement from the language school"),
            "vocab.extension_evidence",
        ),
        Term(
            "attendance",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Overview of lessons attended"),
            "vocab.extension_evidence",
        ),
    ),
    "effort": (
        Term(
            "attendance",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Overview of lessons attended"),
            "vocab.extension_evidence",
        ),
        Term(
            "exam_results",
            QT_TRANSLATE_NOOP("vocab.extension_evidence", "Exam results"),
            "vocab.extension_evidence",
        ),
    ),
    EARLIER_REASON: (),
}

_LAW = "Wet inburgering 2021 art. 12"
_DECREE = "Besluit inburgering 2021 art. 4.3–4.5"


@dataclass(frozen=True)
class RequestContext:
    """What the rules look at: the request as typed and the newcomer's termijn."""

    reason: str
    day: date  # the day the request is (or would be) sent
    termijn_start: date | None
    termijn_end: date | None
    other_requests: tuple = ()  # the newcomer's other ExtensionRequests


@dataclass(frozen=True)
class ExtensionRule:
    """One eligibility rule. `problem(context)` is True when the hint must be shown."""

    code: str
    reasons: tuple[str, ...]
    source: str
    hint: str  # English, the source text of its catalogue message; {date}: from which day
    problem: Callable[[RequestContext], bool]
    possible_from: Callable[[RequestContext], date | None] = lambda _c: None


def _started_long_enough_from(c: RequestContext) -> date | None:
    return add_months(c.termijn_start, 30) if c.termijn_start else None


def _ends_soon_from(c: RequestContext) -> date | None:
    return add_months(c.termijn_end, -WARN_MONTHS_BEFORE_END) if c.termijn_end else None


def _too_early(first: Callable[[RequestContext], date | None]):
    def problem(c: RequestContext) -> bool:
        earliest = first(c)
        return earliest is not None and c.day < earliest

    return problem


def _same_reason_granted(c: RequestContext) -> bool:
    return any(r.reason == c.reason and r.outcome == "granted" for r in c.other_requests)


def _one_pending(c: RequestContext) -> bool:
    return any(r.outcome == "pending" for r in c.other_requests)


_ASKING = tuple(t.code for t in EXTENSION_REASONS if t.code != EARLIER_REASON)
_HEALTH_AND_DEATH = ("own_illness", "family_illness", "family_death")

EXTENSION_RULES: tuple[ExtensionRule, ...] = (
    ExtensionRule(
        "termijn_start_known",
        _ASKING,
        _LAW,
        QT_TRANSLATE_NOOP("ExtensionRule", "Fill in the start date of the termijn first."),
        lambda c: c.termijn_start is None,
    ),
    ExtensionRule(
        "started_2_5_years_ago",
        _HEALTH_AND_DEATH,
        f"{_LAW}; {_DECREE} (ziekte of overlijden)",
        QT_TRANSLATE_NOOP(
            "ExtensionRule",
            "For illness or death this is possible once the termijn has run 2.5 years: "
            "from {date}.",
        ),
        _too_early(_started_long_enough_from),
        _started_long_enough_from,
    ),
    ExtensionRule(
        "ends_within_6_months",
        ("education", "no_blame"),
        f"{_LAW}; {_DECREE} (opleiding, geen schuld)",
        QT_TRANSLATE_NOOP(
            "ExtensionRule",
            "For this reason it is possible once the termijn ends within 6 months: from {date}.",
        ),
        _too_early(_ends_soon_from),
        _ends_soon_from,
    ),
    ExtensionRule(
        "not_twice",
        tuple(code for code in _ASKING if code != "no_blame"),  # no blame may come again
        f"{_LAW}; {_DECREE} (niet twee keer dezelfde periode)",
        QT_TRANSLATE_NOOP(
            "ExtensionRule",
            "DUO does not extend the same period twice. It was already extended for this reason.",
        ),
        _same_reason_granted,
    ),
    ExtensionRule(
        "one_at_a_time",
        _ASKING,
        f"{_LAW}; {_DECREE}",
        QT_TRANSLATE_NOOP("ExtensionRule", "DUO has not yet decided on an earlier request."),
        _one_pending,
    ),
)


@dataclass(frozen=True)
class Hint:
    """A rule that the request does not (yet) meet, with its wording and source."""

    rule: str
    hint: str  # English, the source text of its catalogue message; {date}: from which day
    source: str
    possible_from: date | None = None

    def text(self, language: str = "nl") -> str:
        """The hint in a language, with the day it names."""
        stamp = self.possible_from.strftime("%d-%m-%Y") if self.possible_from else ""
        return catalogue(language).translate("ExtensionRule", self.hint).format(date=stamp)


def extension_hints(context: RequestContext) -> list[Hint]:
    """The hints for a request as typed; empty when no rule stands in the way."""
    hints = []
    for rule in EXTENSION_RULES:
        if context.reason not in rule.reasons or not rule.problem(context):
            continue
        hints.append(Hint(rule.code, rule.hint, rule.source, rule.possible_from(context)))
    return hints


def request_possible_from(reason: str, termijn_start: date | None, end: date | None) -> date | None:
    """The first day the date rules allow a request for `reason` (None: not known)."""
    if termijn_start is None:
        return None
    context = RequestContext(reason, date.min, termijn_start, end)
    days = [
        rule.possible_from(context)
        for rule in EXTENSION_RULES
        if reason in rule.reasons and rule.possible_from(context) is not None
    ]
    return max((d for d in days if d is not None), default=termijn_start)


def request_window_opens(end: date | None) -> date | None:
    """The day the 6-month window before the termijn end opens: from then on a request
    for an education or for no blame is possible (what Vandaag tells)."""
    return add_months(end, -WARN_MONTHS_BEFORE_END) if end else None


def decision_due(sent_on: date) -> date:
    """When DUO's answer is expected: 8 weeks after the request was sent."""
    return sent_on + timedelta(weeks=DECISION_WEEKS)


def evidence_for(reason: str) -> tuple[Term, ...]:
    return EXTENSION_EVIDENCE.get(reason, ())


def reason_text(reason: str) -> str:
    """The Dutch label of a reason, as the profile's list of granted extensions shows it."""
    return EXTENSION_REASONS.label(reason)


def extensions_from_requests(requests) -> tuple[Extension, ...]:
    """The granted extensions of these requests, in decision order."""
    return tuple(r.as_extension() for r in requests if r.outcome == "granted")
