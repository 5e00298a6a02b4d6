"""The portable-data JSON Schema says exactly what the importer accepts (design.md §8).

The importer runs the schema and then the domain rules; these tests prove the domain rules
never refuse a file the schema accepts, except the rules the schema's own description names:
those between records, and the date windows of domain/date_rules.py, which depend on today
and so cannot be in a static schema. A date outside its window must be refused with its path
and nothing else; and export → import keeps every field.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sleutelapp.domain import date_rules, entry_needs, vocab
from sleutelapp.domain.model import Consent, Entry, Extension, ExtensionRequest, Newcomer
from sleutelapp.exports.import_problems import ImportRefused
from sleutelapp.exports.portable import (
    SCHEMA_FILE,
    check_document,
    export_data,
    import_file,
    schema_validator,
)
from sleutelapp.language import catalogue
from sleutelapp.paths import resource
from sleutelapp.store.rule_words import domain_problem


def schema_accepts(document) -> bool:
    return schema_validator().is_valid(document)


def importer_accepts(document) -> bool:
    return refusal_paths(document) == []


def refusal_paths(document) -> list[str]:
    try:
        check_document(document)
    except ImportRefused as exc:
        return [p.path for p in exc.problems]
    return []


TODAY = date.today()
ENTRY_LATEST = date_rules.ENTRY_DATE.latest(TODAY)


def _window_path(window, value, path):
    """The path when the value is a date outside the window (schema-valid dates only)."""
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        return []
    return [path] if date_rules.problem(window, day, TODAY) else []


def outside_windows(document) -> list[str]:
    """Paths of the dates that lie outside their domain window, in document order."""
    found = []
    for i, person in enumerate(document["newcomers"]):
        at = f"newcomers[{i}]"
        for k, extension in enumerate(person.get("extensions") or []):
            found += _window_path(
                date_rules.EXTENSION_DECIDED,
                extension.get("decided_on"),
                f"{at}.extensions[{k}].decided_on",
            )
        found += _window_path(
            date_rules.TERMIJN_START, person.get("termijn_start"), f"{at}.termijn_start"
        )
        for j, row in enumerate(person.get("entries") or []):
            found += _window_path(date_rules.ENTRY_DATE, row.get("date"), f"{at}.entries[{j}].date")
    return found


def agreement(document) -> tuple:
    """(expected, found): the schema's verdict, and for a date outside its window (which
    the schema accepts) exactly that path refused; then the importer's verdict."""
    accepted = schema_accepts(document)
    outside = outside_windows(document) if accepted else []
    if outside:
        return outside, refusal_paths(document)
    return accepted, importer_accepts(document)


def uid() -> str:
    return str(uuid.uuid4())


def document_of(*entries, **newcomer):
    person = {"id": uid(), "name": "Sara", **newcomer}
    if entries:
        person["entries"] = list(entries)
    return {"format": "sleutelapp-data", "version": 1, "newcomers": [person]}


# What each kind needs beyond id, kind and date (domain/entry_needs.py).
NEEDED = {"note": {"text": "Belde terug"}, "task": {"text": "DUO bellen"}, "activity": {"hours": 2}}


def entry(kind, **fields):
    return {"id": uid(), "kind": kind, "date": "2026-10-01", **NEEDED.get(kind, {}), **fields}


def without(row, name):
    return {k: v for k, v in row.items() if k != name}


# (document, accepted) — each row is checked against the schema and the importer alike.
TABLE = [
    (document_of(entry("note")), True),
    (document_of(entry("task")), True),
    (document_of(entry("note", text="")), False),  # a note needs text
    (document_of(entry("note", text=" \t\x00 ")), False),  # blank is no text
    (document_of(without(entry("note"), "text")), False),
    (document_of(entry("note", text=None)), False),
    (document_of(entry("task", text="")), False),  # a task needs a description
    (document_of(without(entry("task"), "text")), False),
    (document_of(entry("contact", type="phone", text="")), True),  # a contact says enough
    (document_of(entry("activity", type="map", hours=0)), False),  # an activity needs hours
    (document_of(entry("activity", type="map", hours=None)), False),
    (document_of(without(entry("activity", type="map"), "hours")), False),
    (document_of(entry("activity", type="map", hours=0.01)), True),
    (document_of(entry("note", date="2021-01-01")), True),  # the date windows' edges
    (document_of(entry("note", date=ENTRY_LATEST.isoformat())), True),
    (document_of(termijn_start="2021-01-01"), True),
    (document_of(termijn_start=TODAY.isoformat()), True),
    (document_of(extensions=[{"months": 6, "decided_on": "2022-01-01"}]), True),
    (document_of(extensions=[{"months": 6, "decided_on": TODAY.isoformat()}]), True),
    (document_of(entry("contact", type="phone")), True),
    (document_of(entry("contact")), False),  # a contact needs its channel
    (document_of(entry("appointment", type="dentist", status=None)), True),
    (document_of(entry("appointment", type="dentist", status="open")), False),
    (document_of(entry("activity", type="map", hours=40)), True),
    (document_of(entry("activity", type="hospital")), False),
    (document_of(entry("signal", type="isolation", status="resolved")), True),
    (document_of(entry("signal", type="isolation", status="done")), False),
    (document_of(entry("task", status="done", type="whatever")), True),  # type ignored
    (document_of(entry("note", topics=["work"])), False),  # only contacts have topics
    (document_of(entry("note", topics=[])), True),
    (document_of(entry("note", accompanied=True)), True),  # ignored on a note
    (document_of(entry("note", time="23:59")), True),
    (document_of(entry("note", time="24:00")), False),
    (document_of(entry("note", time="9:30")), False),
    (document_of(entry("note", date="2026-02-29")), False),  # no such day
    (document_of(entry("note", date="2028-02-29")), True),
    (document_of(entry("note", date="20261001")), False),
    (document_of(entry("note", date="٢٠٢٦-١٠-٠١")), False),  # Arabic-Indic digits
    (document_of(entry("contact", type="video", minutes=1440, hours=0)), True),
    (document_of(entry("contact", type="video", minutes=1441)), False),
    (document_of(entry("contact", type="video", minutes=30.0)), True),
    (document_of(entry("contact", type="video", minutes=True)), False),
    (document_of(entry("note", shareable=1)), False),
    (document_of(entry("note", text="x\x00" * 10)), True),
    (document_of(entry("note", text="\x00" * 10)), False),  # NUL is dropped: nothing left
    (document_of(entry("note", location="x" * 501)), False),
    (document_of(entry("note", extra={"kept": "or ignored"})), True),
    (document_of(name=" \t\x00 "), False),
    (document_of(name="\u3000"), False),  # an ideographic space is still blank
    (document_of(name="x" * 500), True),
    (document_of(route="z", termijn_start=None), True),
    (document_of(status="closed"), False),  # closed needs closed_on
    (document_of(status="closed", closed_on="2026-06-30"), True),
    (document_of(status="active", closed_on="2026-06-30"), False),
    (document_of(extensions=[{"months": 6}]), True),
    (document_of(extensions=[{"months": 6.0, "decided_on": "2026-01-05"}]), True),
    (document_of(extensions=[{"months": 61}]), False),
    (document_of(extensions=[{"months": 6, "why": "x"}]), False),
    (document_of(consents=[{"purpose": "reporting", "given_on": "2026-01-01"}]), True),
    (document_of(consents=[{"purpose": "reporting", "given_on": "2026-01-01", "how": "x"}]), False),
    (document_of(consents=[{"purpose": "reporting"}]), False),
]


@pytest.mark.parametrize(("document", "accepted"), TABLE)
def test_schema_and_importer_agree_on_each_case(document, accepted):
    assert outside_windows(document) == []
    assert (schema_accepts(document), importer_accepts(document)) == (accepted, accepted)


def _day(days_from_today: int) -> str:
    return (TODAY + timedelta(days=days_from_today)).isoformat()


# A date the schema accepts but that lies outside its window: refused with its path alone.
OUTSIDE_WINDOW = [
    (document_of(entry("note", date="2019-06-01")), "newcomers[0].entries[0].date"),
    (document_of(entry("note", date="2020-12-31")), "newcomers[0].entries[0].date"),
    (
        document_of(entry("task", date=(ENTRY_LATEST + timedelta(days=1)).isoformat())),
        "newcomers[0].entries[0].date",
    ),
    (document_of(termijn_start=_day(1)), "newcomers[0].termijn_start"),
    (document_of(termijn_start="2020-12-31"), "newcomers[0].termijn_start"),
    (
        document_of(extensions=[{"months": 6}, {"months": 3, "decided_on": "2021-12-31"}]),
        "newcomers[0].extensions[1].decided_on",
    ),
    (
        document_of(extensions=[{"months": 6, "decided_on": _day(1)}]),
        "newcomers[0].extensions[0].decided_on",
    ),
]


@pytest.mark.parametrize(("document", "path"), OUTSIDE_WINDOW)
def test_a_date_outside_its_window_is_the_importers_alone_and_names_its_path(document, path):
    assert schema_accepts(document)
    assert outside_windows(document) == [path]
    assert refusal_paths(document) == [path]


ALL_TYPES = sorted({c for v in vocab.TYPES_BY_KIND.values() if v for c in v.codes})
ALL_STATUSES = sorted({c for v in vocab.STATUS_BY_KIND.values() if v for c in v.codes})
ENTRY_CANDIDATES = {
    "id": ["0b7e6a52-4a0f-4c8e-9d3e-2b1f0c9a8d7e", "0B7E6A52-4A0F-4C8E-9D3E-2B1F0C9A8D7E", "x"],
    "kind": ["party", None, ""],
    "date": [
        *("2028-02-29", "2026-02-29", "2026-13-01", "20261001", "", None, 5, "٢٠٢٦-١٠-٠١"),
        *("2021-01-01", "2020-12-31", "2019-06-01", ENTRY_LATEST.isoformat(), "2099-01-01"),
    ],
    "time": [None, "", "00:00", "23:59", "24:00", "9:30", "12:60", "noon", 930],
    "type": [None, "", "x" * 41, 5, *ALL_TYPES],
    "status": [None, "", "x" * 41, 5, *ALL_STATUSES],
    "text": ["", " ", "\x00", "a\x00b", None, 5, "x" * 2_000_000, "x" * 2_000_001],
    "location": ["", "Hier", "x" * 500, "x" * 501, None],
    "hours": [None, 0, 0.0, 0.01, 1.5, 8784, 8784.01, -0.01, "2", True, 10**400],
    "minutes": [None, 0, 1440, 1441, -1, 2.0, 2.5, "2", True],
    "shareable": [True, False, 0, 1, None, "true"],
    "topics": [[], ["work"], ["work", "health"], ["work", "work"], ["weather"], "work", None],
    "accompanied": [True, False, None, "yes", 1],
}
NEWCOMER_CANDIDATES = {
    "id": ["x", None],
    "name": ["", " ", "\x00", "\u2003", "\u3000A", 5, None, "x" * 500, "x" * 501],
    "route": ["a1", None, "", *vocab.ROUTES.codes],
    "status": ["gone", None, "active"],
    "termijn_start": [None, "2026-02-29", "2024-02-29", "", 5, "2020-12-31", "2099-01-01"],
    "known_as": [None, 5, "", "x" * 501],
    "extensions": [
        [],
        [{"months": 0}],
        [{"months": 60}],
        [{"months": 61}],
        [{"months": 6.0}],
        [{"months": 6.5}],
        [{}],
        [{"months": "6"}],
        [{"months": True}],
        [{"months": 6, "decided_on": "2026-02-30"}],
        [{"months": 6, "decided_on": "2022-01-01"}],
        [{"months": 6, "decided_on": "2021-12-31"}],
        [{"months": 6, "decided_on": "2099-01-01"}],
        None,
    ],
    "consents": [None, [], [{}], "x"],
    "entries": [None, [], [5], "x"],
}
CONSENT_CANDIDATES = {
    "id": [None, "", "x"],
    "purpose": [None, "x", *vocab.CONSENT_PURPOSES.codes],
    "given_on": [None, "", "2026-02-29"],
    "withdrawn_on": [None, "", "2026-02-29", "2027-01-01"],
    "how": [None, "", "verbal", "signed", "x"],
    "note": [None, "", "x" * 501],
}


def variants(base: dict, candidates: dict):
    """The base record with each field left out, and with each candidate value in turn."""
    for name, values in candidates.items():
        left_out = dict(base)
        left_out.pop(name, None)
        yield left_out
        for value in values:
            yield {**base, name: value}


def test_one_field_at_a_time_the_schema_and_importer_agree():
    """Every field of every record kind with valid, invalid and left-out values; a date
    outside its window is accepted by the schema and refused at its path alone."""
    disagree = []
    cases = []
    for kind in vocab.KINDS.codes:
        base = entry(kind)  # with what its kind needs
        if vocab.TYPES_BY_KIND[kind] is not None:
            base["type"] = vocab.TYPES_BY_KIND[kind].codes[0]
        cases += [document_of(row) for row in variants(base, ENTRY_CANDIDATES)]
    cases += [
        {"format": "sleutelapp-data", "version": 1, "newcomers": [person]}
        for person in variants({"id": uid(), "name": "Sara"}, NEWCOMER_CANDIDATES)
    ]
    given = {"purpose": "reporting", "given_on": "2026-03-01"}
    cases += [document_of(consents=[c]) for c in variants(given, CONSENT_CANDIDATES)]
    for document in cases:
        expected, found = agreement(document)
        if expected != found:
            disagree.append(document)
    accepted = sum(schema_accepts(d) for d in cases)
    outside = sum(bool(outside_windows(d)) for d in cases if schema_accepts(d))
    assert 0 < accepted - outside < accepted < len(cases)  # valid, window and invalid values
    assert [d["newcomers"][0] for d in disagree] == []


def test_rules_between_records_are_the_importers_alone():
    """What the schema's description names as checked beyond it: the schema accepts these."""
    twice = entry("note")
    repeated = document_of(twice, dict(twice))
    withdrawn_first = document_of(
        consents=[{"purpose": "reporting", "given_on": "2026-05-01", "withdrawn_on": "2026-04-30"}]
    )
    for document in (repeated, withdrawn_first):
        assert schema_accepts(document) and not importer_accepts(document)
    description = json.loads(resource("schema", SCHEMA_FILE).read_text("utf-8"))["description"]
    assert "once in the file" in description and "withdrawn_on" in description
    assert "date windows" in description and "depend on today" in description


def test_the_schema_says_what_each_kind_needs_in_the_domains_words():
    """The schema's messages for what a kind needs are the domain's (entry_needs.py)."""
    defs, per_kind = schema_enums()
    required = {
        r["if"]["properties"]["kind"]["const"]: r["then"].get("required", [])
        for r in defs["entry"]["allOf"]
    }
    for need in entry_needs.NEEDS:
        assert need.field in required[need.kind], need
        words = defs[per_kind[need.kind][need.field]["$ref"].rsplit("/", 1)[1]]["x-problem"]
        assert words["en"] == need.problem and words["nl"] != need.problem, need


def schema_enums():
    schema = json.loads(resource("schema", SCHEMA_FILE).read_text("utf-8"))
    defs = schema["$defs"]
    per_kind = {}
    for rule in defs["entry"]["allOf"]:
        kind = rule["if"]["properties"]["kind"]["const"]
        per_kind[kind] = rule["then"].get("properties", {})
    return defs, per_kind


def test_the_schemas_vocabularies_are_the_domains():
    defs, per_kind = schema_enums()
    assert defs["entry"]["properties"]["kind"]["enum"] == list(vocab.KINDS.codes)
    assert set(per_kind) == set(vocab.KINDS.codes)
    for kind in vocab.KINDS.codes:
        types, statuses = vocab.TYPES_BY_KIND[kind], vocab.STATUS_BY_KIND[kind]
        rule = per_kind[kind]
        assert ("type" in rule) == (types is not None), kind
        if types is not None:
            assert rule["type"]["enum"] == list(types.codes), kind
        if statuses is not None:
            assert rule["status"]["enum"] == [None, *statuses.codes], kind
        assert ("topics" in rule) == (kind != "contact"), kind
    topics = defs["entry"]["properties"]["topics"]["items"]["enum"]
    assert topics == list(vocab.TOPICS.codes)
    assert defs["newcomer"]["properties"]["route"]["enum"] == list(vocab.ROUTES.codes)
    consent = defs["consent"]["properties"]
    assert consent["purpose"]["enum"] == list(vocab.CONSENT_PURPOSES.codes)
    assert consent["how"]["enum"] == list(vocab.CONSENT_HOW.codes)


def test_the_refusals_of_needs_and_date_windows_have_dutch_words():
    """A key person who reads Dutch reads why: each need and each window's refusal."""
    said = [need.problem for need in entry_needs.NEEDS]
    for window in date_rules.WINDOWS.values():
        for day in (date(2000, 1, 1), date(2100, 1, 1)):
            found = date_rules.problem(window, day, TODAY)
            assert found is not None
            said.append(found.describe())
    dutch = catalogue("nl")
    assert [text for text in said if domain_problem(text).say(dutch) == text] == []
    assert domain_problem("is before 2021-01-01").say(dutch) == "ligt vóór 2021-01-01"


# Values for each field: valid ones, invalid ones and "left out"; the property below mixes
# them freely and asks that the schema and the importer give the same verdict.
ABSENT = object()
ANY_CODE = st.sampled_from(
    sorted(
        {c for v in vocab.TYPES_BY_KIND.values() if v for c in v.codes}
        | {c for v in vocab.STATUS_BY_KIND.values() if v for c in v.codes}
        | {"", "x", "NOTE"}
    )
)
DATES = st.dates(date(2000, 1, 1), date(2035, 12, 31)).map(date.isoformat)


def window_dates(window):
    """Dates inside the domain window of a field."""
    return st.dates(window.earliest, window.latest(TODAY)).map(date.isoformat)


def outside_dates(window):
    """Dates the schema accepts that lie outside the domain window of a field."""
    before = date.fromordinal(window.earliest.toordinal() - 1)
    after = date.fromordinal(window.latest(TODAY).toordinal() + 1)
    return st.one_of(st.dates(date(1900, 1, 1), before), st.dates(after, date(2100, 12, 31))).map(
        date.isoformat
    )


def has_text(text: str) -> bool:
    return bool(text.replace("\x00", "").strip())


BAD_DATES = st.sampled_from(["2026-02-30", "2026-13-01", "26-01-01", "", "2026-1-1"])


def codes_or_none(vocabulary):
    if vocabulary is None:
        return st.one_of(st.none(), ANY_CODE)
    return st.one_of(st.none(), st.sampled_from(vocabulary.codes))


def valid_values(kind):
    """Values the domain accepts for each field of an entry of this kind."""
    return {
        "date": window_dates(date_rules.ENTRY_DATE),
        "time": st.sampled_from([None, "00:00", "23:59", "09:30"]),
        "type": (
            codes_or_none(None)
            if vocab.TYPES_BY_KIND[kind] is None
            else st.sampled_from(vocab.TYPES_BY_KIND[kind].codes)
        ),
        "status": codes_or_none(vocab.STATUS_BY_KIND[kind]),
        "text": (
            st.text(min_size=1, max_size=20).filter(has_text)
            if kind in ("note", "task")
            else st.text(max_size=20)
        ),
        "location": st.text(max_size=20),
        "hours": (
            st.one_of(st.floats(0.01, 8784), st.integers(1, 8784))
            if kind == "activity"
            else st.one_of(st.none(), st.floats(0, 8784), st.integers(0, 8784))
        ),
        "minutes": st.one_of(st.none(), st.integers(0, 1440), st.just(2.0)),
        "shareable": st.booleans(),
        "topics": (
            st.lists(st.sampled_from(vocab.TOPICS.codes), max_size=3, unique=True)
            if kind == "contact"
            else st.just([])
        ),
        "accompanied": st.booleans(),
    }


INVALID_VALUES = {
    "date": st.one_of(BAD_DATES, st.none(), st.integers()),
    "time": st.sampled_from(["24:00", "9:30", "", "12:60", "noon", 930]),
    "type": st.one_of(ANY_CODE, st.integers(), st.just("x" * 41)),
    "status": st.one_of(ANY_CODE, st.just("")),
    "text": st.one_of(st.none(), st.integers()),
    "location": st.one_of(st.just("x" * 501), st.none()),
    "hours": st.one_of(st.floats(-5, -0.01), st.just(8784.5), st.just("2"), st.just(True)),
    "minutes": st.one_of(st.integers(-5, -1), st.just(1441), st.just(2.5), st.just("2")),
    "shareable": st.one_of(st.just(0), st.none(), st.just("true")),
    "topics": st.sampled_from([["weather"], "work", ["work", "work"]]),
    "accompanied": st.one_of(st.just("yes"), st.none(), st.just(1)),
}


@st.composite
def entries(draw):
    """An entry of any kind with valid values, each optional field left out at random."""
    kind = draw(st.sampled_from(vocab.KINDS.codes))
    row = {"id": uid(), "kind": kind}
    needed = {"date", *(need.field for need in entry_needs.NEEDS_BY_KIND[kind])}
    for name, values in valid_values(kind).items():
        if name in needed or draw(st.integers(0, 2)):
            row[name] = draw(values)
    return row


def invalid_for(kind, name):
    if name == "text" and kind in ("note", "task"):  # blank: no text
        return st.one_of(INVALID_VALUES["text"], st.sampled_from(["", " ", "\x00", "\u3000"]))
    if name == "hours" and kind == "activity":
        return st.one_of(INVALID_VALUES["hours"], st.sampled_from([0, 0.0, None]))
    if name == "topics" and kind != "contact":  # topics that would do on a contact
        return st.lists(st.sampled_from(vocab.TOPICS.codes), min_size=1, unique=True)
    if name == "type" and vocab.TYPES_BY_KIND[kind] is None:
        return st.sampled_from([5, "x" * 41])
    if name == "status" and vocab.STATUS_BY_KIND[kind] is None:
        return st.sampled_from([5, "x" * 41])
    return INVALID_VALUES[name]


NEWCOMER_FAULTS = {
    "name": st.sampled_from(["", " ", "\x00", "\u2003", 5, "x" * 501]),
    "route": st.sampled_from(["a1", None, ""]),
    "status": st.sampled_from(["gone", None]),
    "termijn_start": BAD_DATES,
    "known_as": st.sampled_from([None, 5, "x" * 501]),
    "extensions": st.sampled_from([[{"months": 0}], [{"months": 6.5}], [{}], [{"months": "6"}]]),
}


@st.composite
def documents(draw):
    """A valid document, or one with a single fault in one field of one record."""
    person = {"id": uid(), "name": draw(st.sampled_from(["Sara", "محمد", " Ali "]))}
    if draw(st.booleans()):
        person["route"] = draw(st.sampled_from(vocab.ROUTES.codes))
    status = draw(st.sampled_from([ABSENT, "active", "closed"]))
    if status is not ABSENT:
        person["status"] = status
    if status == "closed":
        person["closed_on"] = draw(DATES)
    elif draw(st.booleans()):
        person["closed_on"] = None
    if draw(st.booleans()):
        termijn_start = window_dates(date_rules.TERMIJN_START)
        person["termijn_start"] = draw(st.one_of(st.none(), termijn_start))
    if draw(st.booleans()):
        person["extensions"] = [{"months": draw(st.integers(1, 60))}]
        if draw(st.booleans()):
            decided = window_dates(date_rules.EXTENSION_DECIDED)
            person["extensions"][0]["decided_on"] = draw(st.one_of(st.none(), decided))
    if draw(st.booleans()):
        given = draw(st.dates(date(2020, 1, 1), date(2030, 1, 1)))
        consent = {"purpose": draw(st.sampled_from(vocab.CONSENT_PURPOSES.codes))}
        consent["given_on"] = given.isoformat()
        if draw(st.booleans()):  # never before given_on: that rule is the importer's alone
            later = given + timedelta(days=draw(st.integers(0, 400)))
            consent["withdrawn_on"] = later.isoformat()
        person["consents"] = [consent]
    person["entries"] = draw(st.lists(entries(), max_size=3))
    fault = draw(st.sampled_from(["none", "entry", "entry", "newcomer", "closed_on", "window"]))
    if fault == "entry" and person["entries"]:
        row = draw(st.sampled_from(person["entries"]))
        name = draw(st.sampled_from(sorted(INVALID_VALUES)))
        row[name] = draw(invalid_for(row["kind"], name))
        if draw(st.integers(0, 4)) == 0:
            row.pop(draw(st.sampled_from(["id", "kind", "date", "type"])), None)
    elif fault == "newcomer":
        name = draw(st.sampled_from(sorted(NEWCOMER_FAULTS)))
        person[name] = draw(NEWCOMER_FAULTS[name])
    elif fault == "closed_on":
        person["closed_on"] = None if status == "closed" else draw(DATES)
    elif fault == "window":  # one date the schema accepts, outside its domain window
        places = [(person, "termijn_start", date_rules.TERMIJN_START)]
        places += [(row, "date", date_rules.ENTRY_DATE) for row in person["entries"]]
        places += [
            (e, "decided_on", date_rules.EXTENSION_DECIDED) for e in person.get("extensions", [])
        ]
        record, name, window = draw(st.sampled_from(places))
        record[name] = draw(outside_dates(window))
    return {"format": "sleutelapp-data", "version": 1, "newcomers": [person]}


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_the_schema_accepts_exactly_what_the_importer_accepts(document):
    """Or, for a date outside its window (the schema cannot know today), the importer
    refuses exactly that date's path."""
    expected, found = agreement(document)
    event("refused" if expected is False else "window" if expected is not True else "accepted")
    assert expected == found


def full_case(case):
    """One newcomer with every field filled, and one entry of every kind with every field."""
    newcomer = Newcomer(
        name="Hossein Ahmadi",
        known_as="Hossein",
        phone="06-12345678",
        language="Farsi, Engels",
        language_code="fa",
        route="z",
        termijn_start=date(2024, 9, 1),
        extensions=(Extension(6, "lessen uitgevallen", date(2026, 2, 1)),),
        municipality_ref="GEM-3",
        regisseur="Mw. J. de Vries",
        coaches="Taalmaatje Ruud",
        language_school="ROC Oost",
        status="closed",
        closed_on=date(2026, 10, 1),
    )
    case.newcomers.add(newcomer)
    case.consents.add(
        Consent(
            newcomer.id,
            "health_in_summary",
            date(2025, 1, 1),
            withdrawn_on=date(2026, 1, 1),
            how="signed",
            note="op papier",
        )
    )
    case.extension_requests.add_received(
        [
            ExtensionRequest(
                newcomer.id,
                "no_blame",
                id=uid(),
                sent_on=date(2026, 5, 1),
                evidence=("school_statement",),
                outcome="granted",
                months=6,
                decided_on=date(2026, 6, 20),
                task_id=uid(),
                note="wachtlijst",
            )
        ]
    )
    base = Entry(
        newcomer.id,
        "note",
        date(2026, 9, 3),
        time="14:05",
        text="tekst",
        location="Bibliotheek",
        hours=2.25,
        minutes=45,
        shareable=True,
    )
    for kind, type_code, extra in (
        ("contact", "video", {"topics": ("work", "health")}),
        ("appointment", "municipality", {"accompanied": True, "status": "no_show"}),
        ("activity", "internship", {}),
        ("note", None, {}),
        ("signal", "housing", {"status": "resolved"}),
        ("task", None, {"status": "done"}),
    ):
        case.entries.add(replace(base, id=uid(), kind=kind, type=type_code, **extra))
    return newcomer


def test_export_then_import_keeps_every_field(case, tmp_path, case_template):
    import shutil

    from sleutelapp.paths import app_paths
    from sleutelapp.store.case import Case
    from tests.conftest import PASSPHRASE

    full_case(case)
    first = export_data(case)
    path = tmp_path / "all.json"
    path.write_text(json.dumps(first), encoding="utf-8")
    shutil.copytree(case_template, tmp_path / "other")
    other = Case.open(app_paths(tmp_path / "other"), PASSPHRASE)
    try:
        assert import_file(other, path) == (1, 6)
        second = export_data(other)
    finally:
        other.close()
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second
    person = first["newcomers"][0]
    assert all(value not in ("", None, []) for value in person.values())
    assert {e["kind"] for e in person["entries"]} == set(vocab.KINDS.codes)
    for name in person["entries"][0]:  # every entry field is filled on at least one entry
        assert any(e[name] not in ("", None, [], False) for e in person["entries"]), name


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(["newcomer", "entry", "consent", "list"]), st.data())
def test_any_json_anywhere_is_a_listed_problem_never_a_crash(document, where, data):
    person = document["newcomers"][0]
    target = {
        "newcomer": person,
        "entry": (person["entries"] or [person])[0],
        "consent": (person.get("consents") or [person])[0],
        "list": document,
    }[where]
    name = data.draw(st.sampled_from([*sorted(target), "extra"]))
    target[name] = data.draw(JSON)
    refusal = None
    try:
        check_document(document)
    except ImportRefused as exc:  # anything else (a crash) fails the test
        refusal = exc
    assert refusal is None or (refusal.problems and all(p.path for p in refusal.problems))


@pytest.mark.parametrize(
    ("given", "stored"),
    [(None, ""), ("ar", "ar"), ("", ""), ("xx", "")],
    ids=["older file without it", "a shipped code", "empty", "a code of a newer version"],
)
def test_the_language_code_is_carried_and_an_older_file_still_imports(
    case, tmp_path, given, stored
):
    person = {"id": str(uuid.uuid4()), "name": "Amal Haddad", "language": "Arabisch"}
    if given is not None:
        person["language_code"] = given
    document = {"format": "sleutelapp-data", "version": 1, "newcomers": [person]}
    assert schema_accepts(document)
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert import_file(case, path) == (1, 0)
    [n] = case.newcomers.all()
    assert (n.language, n.language_code) == ("Arabisch", stored)
    assert export_data(case)["newcomers"][0].get("language_code", "") == stored


def test_a_language_code_that_is_not_a_code_is_refused_by_the_schema():
    person = {"id": str(uuid.uuid4()), "name": "Amal", "language_code": "Arabisch"}
    assert not schema_accepts({"format": "sleutelapp-data", "version": 1, "newcomers": [person]})
