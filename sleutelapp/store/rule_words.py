"""The words of the domain rules' refusals (domain/model.py, entry_needs.py, date_rules.py).

The domain says why a record is invalid in English (`InvalidRecord.problem`); these are
those texts marked for the catalogue, so that an import refusal or a store error says them
in the reader's language. A text not marked here is shown in English.
"""

from __future__ import annotations

import re

from sleutelapp.domain.phrase import Phrase
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store.errors import detail

_DOMAIN_PROBLEMS = (
    QT_TRANSLATE_NOOP("CaseError", "is required"),
    QT_TRANSLATE_NOOP("CaseError", "is before given_on"),
    QT_TRANSLATE_NOOP("CaseError", "is required when the status is closed"),
    QT_TRANSLATE_NOOP("CaseError", "must be empty while the status is active"),
    QT_TRANSLATE_NOOP("CaseError", "lies in the future"),
    QT_TRANSLATE_NOOP("CaseError", "a note needs text"),
    QT_TRANSLATE_NOOP("CaseError", "a task needs a description of what to do"),
    QT_TRANSLATE_NOOP("CaseError", "an activity needs hours above 0"),
)
_DATE_LIMIT = re.compile(r"is (before|after) (\d{4}-\d{2}-\d{2})")


def domain_problem(problem: str) -> Phrase:
    """A domain rule's English refusal as a phrase of the catalogue."""
    limit = _DATE_LIMIT.fullmatch(problem)
    if limit and limit[1] == "before":
        return detail(QT_TRANSLATE_NOOP("CaseError", "is before {day}"), day=limit[2])
    if limit:
        return detail(QT_TRANSLATE_NOOP("CaseError", "is after {day}"), day=limit[2])
    return detail(problem.replace("{", "{{").replace("}", "}}"))
