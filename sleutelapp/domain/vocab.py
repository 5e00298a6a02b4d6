"""The fixed vocabularies of design.md §3: stable codes and the labels people see.

Codes are stable (they are stored and exported). Labels are English source texts marked
for the catalogue, one catalogue context per vocabulary (`vocab.<name>`), and translated
where they are shown: `term.label(language)` or `vocabulary.label(code, language)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary: its stored code and its English label (the source text
    of its catalogue message in `context`)."""

    code: str
    source: str
    context: str

    def label(self, language: str = "nl") -> str:
        return catalogue(language).translate(self.context, self.source)


class Vocabulary:
    """An ordered set of terms looked up by code."""

    def __init__(self, name: str, terms: list[Term]):
        self.name = name
        self.terms = tuple(terms)
        self._by_code = {t.code: t for t in terms}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self):
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def term(self, code: str | None) -> Term | None:
        return self._by_code.get(code or "")

    def label(self, code: str | None, language: str = "nl") -> str:
        term = self._by_code.get(code or "")
        return term.label(language) if term else (code or "")


ROUTES = Vocabulary(
    "route",
    [
        Term("b1", QT_TRANSLATE_NOOP("vocab.route", "B1 route"), "vocab.route"),
        Term("education", QT_TRANSLATE_NOOP("vocab.route", "Education route"), "vocab.route"),
        Term("z", QT_TRANSLATE_NOOP("vocab.route", "Z route"), "vocab.route"),
        Term("unknown", QT_TRANSLATE_NOOP("vocab.route", "Not yet known"), "vocab.route"),
    ],
)

NEWCOMER_STATUS = Vocabulary(
    "status",
    [
        Term("active", QT_TRANSLATE_NOOP("vocab.status", "Active"), "vocab.status"),
        Term("closed", QT_TRANSLATE_NOOP("vocab.status", "Closed"), "vocab.status"),
    ],
)

KINDS = Vocabulary(
    "kind",
    [
        Term("contact", QT_TRANSLATE_NOOP("vocab.kind", "Contact"), "vocab.kind"),
        Term("appointment", QT_TRANSLATE_NOOP("vocab.kind", "Appointment"), "vocab.kind"),
        Term("activity", QT_TRANSLATE_NOOP("vocab.kind", "Activity"), "vocab.kind"),
        Term("note", QT_TRANSLATE_NOOP("vocab.kind", "Note"), "vocab.kind"),
        Term("signal", QT_TRANSLATE_NOOP("vocab.kind", "Signal"), "vocab.kind"),
        Term("task", QT_TRANSLATE_NOOP("vocab.kind", "Task"), "vocab.kind"),
    ],
)

CHANNELS = Vocabulary(
    "channel",
    [
        Term("in_person", QT_TRANSLATE_NOOP("vocab.channel", "In person"), "vocab.channel"),
        Term("phone", QT_TRANSLATE_NOOP("vocab.channel", "Phone"), "vocab.channel"),
        Term("message", QT_TRANSLATE_NOOP("vocab.channel", "Message"), "vocab.channel"),
        Term("video", QT_TRANSLATE_NOOP("vocab.channel", "Video call"), "vocab.channel"),
        Term("email", QT_TRANSLATE_NOOP("vocab.channel", "E-mail"), "vocab.channel"),
    ],
)

TOPICS = Vocabulary(
    "topic",
    [
        Term("integration", QT_TRANSLATE_NOOP("vocab.topic", "Civic integration"), "vocab.topic"),
        Term("language", QT_TRANSLATE_NOOP("vocab.topic", "Language"), "vocab.topic"),
        Term("work", QT_TRANSLATE_NOOP("vocab.topic", "Work"), "vocab.topic"),
        Term("education", QT_TRANSLATE_NOOP("vocab.topic", "Education"), "vocab.topic"),
        Term("health", QT_TRANSLATE_NOOP("vocab.topic", "Health"), "vocab.topic"),
        Term("money", QT_TRANSLATE_NOOP("vocab.topic", "Money"), "vocab.topic"),
        Term("housing", QT_TRANSLATE_NOOP("vocab.topic", "Housing"), "vocab.topic"),
        Term("childcare", QT_TRANSLATE_NOOP("vocab.topic", "Childcare"), "vocab.topic"),
        Term("other", QT_TRANSLATE_NOOP("vocab.topic", "Other"), "vocab.topic"),
    ],
)

HEALTH_APPOINTMENT_TYPES = ("gp", "hospital", "dentist", "mental_health", "other_care")

APPOINTMENT_TYPES = Vocabulary(
    "appointment_type",
    [
        Term("gp", QT_TRANSLATE_NOOP("vocab.appointment_type", "GP"), "vocab.appointment_type"),
        Term(
            "hospital",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "Hospital"),
            "vocab.appointment_type",
        ),
        Term(
            "dentist",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "Dentist"),
            "vocab.appointment_type",
        ),
        Term(
            "mental_health",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "Mental health care"),
            "vocab.appointment_type",
        ),
        Term(
            "other_care",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "Other care"),
            "vocab.appointment_type",
        ),
        Term(
            "school",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "School"),
            "vocab.appointment_type",
        ),
        Term(
            "language_school",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "Language school"),
            "vocab.appointment_type",
        ),
        Term(
            "childcare",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "Childcare"),
            "vocab.appointment_type",
        ),
        Term(
            "municipality",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "Municipality"),
            "vocab.appointment_type",
        ),
        Term("duo", QT_TRANSLATE_NOOP("vocab.appointment_type", "DUO"), "vocab.appointment_type"),
        Term("ind", QT_TRANSLATE_NOOP("vocab.appointment_type", "IND"), "vocab.appointment_type"),
        Term("work", QT_TRANSLATE_NOOP("vocab.appointment_type", "Work"), "vocab.appointment_type"),
        Term(
            "housing",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "Housing"),
            "vocab.appointment_type",
        ),
        Term(
            "other",
            QT_TRANSLATE_NOOP("vocab.appointment_type", "Other"),
            "vocab.appointment_type",
        ),
    ],
)

APPOINTMENT_STATUS = Vocabulary(
    "appointment_status",
    [
        Term(
            "planned",
            QT_TRANSLATE_NOOP("vocab.appointment_status", "Planned"),
            "vocab.appointment_status",
        ),
        Term(
            "done",
            QT_TRANSLATE_NOOP("vocab.appointment_status", "Done"),
            "vocab.appointment_status",
        ),
        Term(
            "cancelled",
            QT_TRANSLATE_NOOP("vocab.appointment_status", "Cancelled"),
            "vocab.appointment_status",
        ),
        Term(
            "no_show",
            QT_TRANSLATE_NOOP("vocab.appointment_status", "No show"),
            "vocab.appointment_status",
        ),
    ],
)

ACTIVITY_TYPES = Vocabulary(
    "activity_type",
    [
        Term(
            "volunteering",
            QT_TRANSLATE_NOOP("vocab.activity_type", "Volunteering"),
            "vocab.activity_type",
        ),
        Term(
            "language_cafe",
            QT_TRANSLATE_NOOP("vocab.activity_type", "Language café"),
            "vocab.activity_type",
        ),
        Term("work", QT_TRANSLATE_NOOP("vocab.activity_type", "Work"), "vocab.activity_type"),
        Term(
            "internship",
            QT_TRANSLATE_NOOP("vocab.activity_type", "Internship"),
            "vocab.activity_type",
        ),
        Term("course", QT_TRANSLATE_NOOP("vocab.activity_type", "Course"), "vocab.activity_type"),
        Term("sport", QT_TRANSLATE_NOOP("vocab.activity_type", "Sport"), "vocab.activity_type"),
        Term(
            "neighbourhood",
            QT_TRANSLATE_NOOP("vocab.activity_type", "Neighbourhood activity"),
            "vocab.activity_type",
        ),
        Term(
            "map",
            QT_TRANSLATE_NOOP("vocab.activity_type", "MAP (practical part)"),
            "vocab.activity_type",
        ),
        Term("other", QT_TRANSLATE_NOOP("vocab.activity_type", "Other"), "vocab.activity_type"),
    ],
)

SIGNAL_THEMES = Vocabulary(
    "signal_theme",
    [
        Term(
            "childcare",
            QT_TRANSLATE_NOOP("vocab.signal_theme", "Childcare"),
            "vocab.signal_theme",
        ),
        Term(
            "waiting_list",
            QT_TRANSLATE_NOOP("vocab.signal_theme", "Waiting list"),
            "vocab.signal_theme",
        ),
        Term(
            "route_mismatch",
            QT_TRANSLATE_NOOP("vocab.signal_theme", "Route does not fit"),
            "vocab.signal_theme",
        ),
        Term(
            "lessons_cancelled",
            QT_TRANSLATE_NOOP("vocab.signal_theme", "Lessons cancelled"),
            "vocab.signal_theme",
        ),
        Term(
            "travel_costs",
            QT_TRANSLATE_NOOP("vocab.signal_theme", "Travel costs"),
            "vocab.signal_theme",
        ),
        Term("health", QT_TRANSLATE_NOOP("vocab.signal_theme", "Health"), "vocab.signal_theme"),
        Term("housing", QT_TRANSLATE_NOOP("vocab.signal_theme", "Housing"), "vocab.signal_theme"),
        Term("money", QT_TRANSLATE_NOOP("vocab.signal_theme", "Money"), "vocab.signal_theme"),
        Term(
            "work_diploma",
            QT_TRANSLATE_NOOP("vocab.signal_theme", "Work / diploma"),
            "vocab.signal_theme",
        ),
        Term(
            "isolation",
            QT_TRANSLATE_NOOP("vocab.signal_theme", "Isolation"),
            "vocab.signal_theme",
        ),
        Term("other", QT_TRANSLATE_NOOP("vocab.signal_theme", "Other"), "vocab.signal_theme"),
    ],
)

SIGNAL_STATUS = Vocabulary(
    "signal_status",
    [
        Term("open", QT_TRANSLATE_NOOP("vocab.signal_status", "Open"), "vocab.signal_status"),
        Term(
            "resolved",
            QT_TRANSLATE_NOOP("vocab.signal_status", "Resolved"),
            "vocab.signal_status",
        ),
    ],
)

TASK_STATUS = Vocabulary(
    "task_status",
    [
        Term("open", QT_TRANSLATE_NOOP("vocab.task_status", "Open"), "vocab.task_status"),
        Term("done", QT_TRANSLATE_NOOP("vocab.task_status", "Done"), "vocab.task_status"),
    ],
)

CONSENT_PURPOSES = Vocabulary(
    "consent_purpose",
    [
        Term(
            "regisseur_summary",
            QT_TRANSLATE_NOOP("vocab.consent_purpose", "Report for the regisseur"),
            "vocab.consent_purpose",
        ),
        Term(
            "health_in_summary",
            QT_TRANSLATE_NOOP("vocab.consent_purpose", "Care appointments counted in the report"),
            "vocab.consent_purpose",
        ),
        Term(
            "reporting",
            QT_TRANSLATE_NOOP("vocab.consent_purpose", "Counted in anonymised summaries"),
            "vocab.consent_purpose",
        ),
    ],
)

CONSENT_HOW = Vocabulary(
    "consent_how",
    [
        Term("verbal", QT_TRANSLATE_NOOP("vocab.consent_how", "Verbal"), "vocab.consent_how"),
        Term("signed", QT_TRANSLATE_NOOP("vocab.consent_how", "Signed"), "vocab.consent_how"),
    ],
)

# Per kind: the vocabulary of `type` and of `status` (None: the kind has no such field).
TYPES_BY_KIND: dict[str, Vocabulary | None] = {
    "contact": CHANNELS,
    "appointment": APPOINTMENT_TYPES,
    "activity": ACTIVITY_TYPES,
    "note": None,
    "signal": SIGNAL_THEMES,
    "task": None,
}
STATUS_BY_KIND: dict[str, Vocabulary | None] = {
    "contact": None,
    "appointment": APPOINTMENT_STATUS,
    "activity": None,
    "note": None,
    "signal": SIGNAL_STATUS,
    "task": TASK_STATUS,
}
DEFAULT_STATUS = {"appointment": "planned", "signal": "open", "task": "open"}


def is_health_appointment(kind: str, type_code: str | None) -> bool:
    return kind == "appointment" and type_code in HEALTH_APPOINTMENT_TYPES
