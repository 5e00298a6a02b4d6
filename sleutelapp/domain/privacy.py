"""What may leave the device (design.md §4): the one source every export and preview uses.

Sections: health classification (shared by all exports); the regisseur report rules; the
anonymised summary rules live in domain/anonymity.py and use the health rule from here.
"""

from __future__ import annotations

from sleutelapp.domain import vocab
from sleutelapp.domain.model import Entry


def counts_as_health(entry: Entry) -> bool:
    """Health appointments, and contacts about health (topic `health`), are health data."""
    if vocab.is_health_appointment(entry.kind, entry.type):
        return True
    return entry.kind == "contact" and "health" in entry.topics
