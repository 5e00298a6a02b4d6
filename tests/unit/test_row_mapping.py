"""Rows read back from the store equal what was written, field for field."""

from dataclasses import fields, replace
from datetime import date

from sleutelapp.domain.model import Entry, Newcomer


def test_entry_read_back_equals_the_validated_entry(case):
    n = case.newcomers.add(Newcomer(name="Rij Test"))
    written = case.entries.add(
        Entry(
            n.id,
            "contact",
            date(2026, 3, 4),
            "video",
            time="09:15",
            text="t",
            topics=("work", "health"),
            minutes=20,
            shareable=True,
        )
    )
    read = case.entries.get(written.id)
    assert read == written
    for f in fields(Entry):
        assert type(getattr(read, f.name)) is type(getattr(written, f.name)), f.name
    assert hash(read) == hash(written)
    assert replace(read, text="u").text == "u"  # still a normal frozen dataclass
