"""The fixed vocabularies of design.md §3, with Dutch and English labels.

Codes are stable (they are stored and exported); labels are what people see.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    nl: str
    en: str

    def label(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


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

    def label(self, code: str | None, language: str = "nl") -> str:
        term = self._by_code.get(code or "")
        return term.label(language) if term else (code or "")


def _v(name: str, *rows: tuple[str, str, str]) -> Vocabulary:
    return Vocabulary(name, [Term(*row) for row in rows])


ROUTES = _v(
    "route",
    ("b1", "B1-route", "B1 route"),
    ("education", "Onderwijsroute", "Education route"),
    ("z", "Z-route", "Z route"),
    ("unknown", "Nog onbekend", "Not yet known"),
)

NEWCOMER_STATUS = _v(
    "status",
    ("active", "Actief", "Active"),
    ("closed", "Afgesloten", "Closed"),
)

KINDS = _v(
    "kind",
    ("contact", "Contact", "Contact"),
    ("appointment", "Afspraak", "Appointment"),
    ("activity", "Activiteit", "Activity"),
    ("note", "Notitie", "Note"),
    ("signal", "Signaal", "Signal"),
    ("task", "Taak", "Task"),
)

CHANNELS = _v(
    "channel",
    ("in_person", "Persoonlijk", "In person"),
    ("phone", "Telefoon", "Phone"),
    ("message", "Bericht", "Message"),
    ("video", "Videobellen", "Video call"),
    ("email", "E-mail", "E-mail"),
)

TOPICS = _v(
    "topic",
    ("integration", "Inburgering", "Civic integration"),
    ("language", "Taal", "Language"),
    ("work", "Werk", "Work"),
    ("education", "Onderwijs", "Education"),
    ("health", "Gezondheid", "Health"),
    ("money", "Geld", "Money"),
    ("housing", "Wonen", "Housing"),
    ("childcare", "Kinderopvang", "Childcare"),
    ("other", "Overig", "Other"),
)

HEALTH_APPOINTMENT_TYPES = ("gp", "hospital", "dentist", "mental_health", "other_care")

APPOINTMENT_TYPES = _v(
    "appointment_type",
    ("gp", "Huisarts", "GP"),
    ("hospital", "Ziekenhuis", "Hospital"),
    ("dentist", "Tandarts", "Dentist"),
    ("mental_health", "GGZ", "Mental health care"),
    ("other_care", "Andere zorg", "Other care"),
    ("school", "School", "School"),
    ("language_school", "Taalschool", "Language school"),
    ("childcare", "Kinderopvang", "Childcare"),
    ("municipality", "Gemeente", "Municipality"),
    ("duo", "DUO", "DUO"),
    ("ind", "IND", "IND"),
    ("work", "Werk", "Work"),
    ("housing", "Wonen", "Housing"),
    ("other", "Overig", "Other"),
)

APPOINTMENT_STATUS = _v(
    "appointment_status",
    ("planned", "Gepland", "Planned"),
    ("done", "Geweest", "Done"),
    ("cancelled", "Afgezegd", "Cancelled"),
    ("no_show", "Niet verschenen", "No show"),
)

ACTIVITY_TYPES = _v(
    "activity_type",
    ("volunteering", "Vrijwilligerswerk", "Volunteering"),
    ("language_cafe", "Taalcafé", "Language café"),
    ("work", "Werk", "Work"),
    ("internship", "Stage", "Internship"),
    ("course", "Cursus", "Course"),
    ("sport", "Sport", "Sport"),
    ("neighbourhood", "Buurtactiviteit", "Neighbourhood activity"),
    ("map", "MAP (praktijkdeel)", "MAP (practical part)"),
    ("other", "Overig", "Other"),
)

SIGNAL_THEMES = _v(
    "signal_theme",
    ("childcare", "Kinderopvang", "Childcare"),
    ("waiting_list", "Wachtlijst taalschool", "Waiting list"),
    ("route_mismatch", "Route past niet", "Route does not fit"),
    ("lessons_cancelled", "Lessen uitgevallen", "Lessons cancelled"),
    ("travel_costs", "Reiskosten", "Travel costs"),
    ("health", "Gezondheid", "Health"),
    ("housing", "Wonen", "Housing"),
    ("money", "Geld", "Money"),
    ("work_diploma", "Werk / diploma", "Work / diploma"),
    ("isolation", "Eenzaamheid", "Isolation"),
    ("other", "Overig", "Other"),
)

SIGNAL_STATUS = _v(
    "signal_status",
    ("open", "Open", "Open"),
    ("resolved", "Opgelost", "Resolved"),
)

TASK_STATUS = _v(
    "task_status",
    ("open", "Open", "Open"),
    ("done", "Gedaan", "Done"),
)

CONSENT_PURPOSES = _v(
    "consent_purpose",
    ("regisseur_summary", "Rapport voor de regisseur", "Report for the regisseur"),
    (
        "health_in_summary",
        "Zorgafspraken tellen in het rapport",
        "Care appointments counted in the report",
    ),
    ("reporting", "Meetellen in anonieme overzichten", "Counted in anonymised summaries"),
)

CONSENT_HOW = _v(
    "consent_how",
    ("verbal", "Mondeling", "Verbal"),
    ("signed", "Getekend", "Signed"),
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
