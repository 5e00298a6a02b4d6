"""The calendar export (.ics): read back with icalendar, private by default, registered,
and never written into the data folder."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.domain.shown_names import initials, shown_name
from sleutelapp.exports import calendar
from sleutelapp.store.export_target import ProtectedTarget

# Summer time starts on Sunday 28 March 2027 at 02:00 in Europe/Amsterdam.
TODAY = date(2027, 3, 20)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NAME, KNOWN_AS = "Ahmad Karimi", "Mado"
GP_PLACE, TOWN_HALL = "Huisartsenpraktijk De Linde", "Stadskantoor loket 12"
TASK_TEXT = "Bellen met de verhuurder over de schimmel"
CANARIES = (NAME, "Ahmad", "Karimi", KNOWN_AS, GP_PLACE, "Linde", TOWN_HALL, "Stadskantoor")
HEALTH_WORDS = ("Huisarts", "GGZ", "Ziekenhuis", "Tandarts", "Mental", "GP")


def _add(case, newcomer_id, kind, day, **fields):
    fields.setdefault("updated", "2027-03-01T09:00:00")
    return case.entries.add(Entry(newcomer_id=newcomer_id, kind=kind, date=day, **fields))


@pytest.fixture
def planned(case):
    """One newcomer with appointments on both sides of the DST change, a cancelled one, a
    health one with a place, an all-day one, an open task, and things that stay out."""
    person = case.newcomers.add(
        Newcomer(name=NAME, known_as=KNOWN_AS, updated="2027-01-01T08:00:00")
    )
    closed = case.newcomers.add(
        Newcomer(name="Yara Haddad", status="closed", closed_on=date(2027, 1, 5))
    )
    p = person.id
    made = {
        "winter": _add(
            case,
            p,
            "appointment",
            date(2027, 3, 26),
            type="municipality",
            time="10:00",
            status="planned",
            location=TOWN_HALL,
            accompanied=True,
        ),
        "summer": _add(
            case, p, "appointment", date(2027, 3, 29), type="duo", time="10:00", status="planned"
        ),
        "gp": _add(
            case,
            p,
            "appointment",
            date(2027, 3, 22),
            type="gp",
            time="08:45",
            status="planned",
            location=GP_PLACE,
        ),
        "ggz": _add(
            case,
            p,
            "appointment",
            date(2027, 3, 23),
            type="mental_health",
            time="14:00",
            status="planned",
        ),
        "cancelled": _add(
            case,
            p,
            "appointment",
            date(2027, 3, 24),
            type="school",
            time="09:00",
            status="cancelled",
        ),
        "all_day": _add(case, p, "appointment", date(2027, 3, 25), type="work", status="planned"),
        "task": _add(
            case, p, "task", date(2027, 3, 27), text=TASK_TEXT, status="open", shareable=True
        ),
    }
    # Out of the file: done appointment, done task, past appointment, beyond the window,
    # a note, and an appointment of a closed newcomer.
    _add(case, p, "appointment", date(2027, 3, 21), type="ind", status="done")
    _add(case, p, "task", date(2027, 3, 21), text="klaar", status="done")
    _add(case, p, "appointment", date(2027, 3, 19), type="ind", status="planned")
    _add(case, p, "appointment", date(2027, 4, 30), type="ind", status="planned")
    _add(case, p, "note", date(2027, 3, 21), text="Privé notitie")
    _add(case, closed.id, "appointment", date(2027, 3, 22), type="work", status="planned")
    return person, made


def _export(case, tmp_path, name="agenda.ics", **options):
    options.setdefault("days", 30)
    target = tmp_path / name
    disclosures = calendar.export_calendar(
        case, target, calendar.CalendarOptions(**options), today=TODAY
    )
    return target, disclosures


def _events(path):
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    return parsed, {str(e["uid"]): e for e in parsed.walk("VEVENT")}


def _uid(entry):
    return f"{entry.id}@sleutelapp"


def test_one_event_per_planned_or_cancelled_appointment_and_open_task(case, planned, tmp_path):
    _person, made = planned
    target, _ = _export(case, tmp_path)
    parsed, events = _events(target)
    assert set(events) == {_uid(e) for e in made.values()}
    assert not list(parsed.walk("VTODO"))
    assert all(str(e["class"]) == "PRIVATE" for e in events.values())


def test_uids_and_bytes_are_stable_across_two_exports(case, planned, tmp_path):
    first, _ = _export(case, tmp_path, "one.ics")
    second, _ = _export(case, tmp_path, "two.ics")
    assert set(_events(first)[1]) == set(_events(second)[1])
    assert first.read_bytes() == second.read_bytes()


def test_a_changed_appointment_keeps_its_uid_with_a_higher_sequence(
    case, planned, tmp_path, monkeypatch
):
    _person, made = planned
    before = _events(_export(case, tmp_path, "before.ics")[0])[1][_uid(made["winter"])]
    monkeypatch.setattr("sleutelapp.store.entries.now_stamp", lambda: "2027-03-20T15:30:00")
    case.entries.update(replace(made["winter"], time="11:30"))
    after = _events(_export(case, tmp_path, "after.ics")[0])[1][_uid(made["winter"])]
    assert int(after["sequence"]) > int(before["sequence"])
    assert after.decoded("dtstart") == datetime(2027, 3, 26, 11, 30, tzinfo=AMSTERDAM)
    assert after.decoded("dtstamp") > before.decoded("dtstamp")
    assert after.decoded("last-modified") == datetime(2027, 3, 20, 14, 30, tzinfo=timezone.utc)


def test_a_cancelled_appointment_is_status_cancelled(case, planned, tmp_path, monkeypatch):
    _person, made = planned
    _target, events = _events(_export(case, tmp_path)[0])
    assert str(events[_uid(made["cancelled"])]["status"]) == "CANCELLED"
    assert str(events[_uid(made["summer"])]["status"]) == "CONFIRMED"
    monkeypatch.setattr("sleutelapp.store.entries.now_stamp", lambda: "2027-03-20T16:00:00")
    case.entries.update(replace(made["summer"], status="cancelled"))
    _target, events = _events(_export(case, tmp_path, "later.ics")[0])
    assert str(events[_uid(made["summer"])]["status"]) == "CANCELLED"


def test_times_are_in_europe_amsterdam_with_its_vtimezone_across_dst(case, planned, tmp_path):
    _person, made = planned
    target, _ = _export(case, tmp_path)
    parsed, events = _events(target)
    zones = list(parsed.walk("VTIMEZONE"))
    assert [str(z["tzid"]) for z in zones] == ["Europe/Amsterdam"]
    assert {c.name for c in zones[0].subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert b"DTSTART;TZID=Europe/Amsterdam:20270326T100000" in target.read_bytes()
    winter = events[_uid(made["winter"])].decoded("dtstart")
    summer = events[_uid(made["summer"])].decoded("dtstart")
    assert winter.astimezone(timezone.utc) == datetime(2027, 3, 26, 9, 0, tzinfo=timezone.utc)
    assert summer.astimezone(timezone.utc) == datetime(2027, 3, 29, 8, 0, tzinfo=timezone.utc)
    assert events[_uid(made["summer"])].decoded("dtend") - summer == timedelta(hours=1)


def test_appointments_without_a_time_and_tasks_are_all_day(case, planned, tmp_path):
    _person, made = planned
    _parsed, events = _events(_export(case, tmp_path)[0])
    for key, day in (("all_day", date(2027, 3, 25)), ("task", date(2027, 3, 27))):
        event = events[_uid(made[key])]
        assert event.decoded("dtstart") == day
        assert event.decoded("dtend") == day + timedelta(days=1)
        assert str(event["transp"]) == "TRANSPARENT"
    assert str(events[_uid(made["task"])]["summary"]) == "Taak: A.K."


def test_default_mode_leaks_no_name_place_health_type_or_text(case, planned, tmp_path):
    _person, made = planned
    target, _ = _export(case, tmp_path)
    raw = target.read_bytes()
    for canary in (*CANARIES, TASK_TEXT, "schimmel", "Privé", *HEALTH_WORDS):
        assert canary.encode() not in raw, canary
        assert canary.casefold().encode() not in raw.lower(), canary
    _parsed, events = _events(target)
    assert all("location" not in e for e in events.values())
    assert str(events[_uid(made["gp"])]["summary"]) == "Afspraak: A.K."
    assert str(events[_uid(made["ggz"])]["summary"]) == "Afspraak: A.K."
    assert str(events[_uid(made["winter"])]["summary"]) == "Gemeente: A.K. (ik ga mee)"
    assert str(events[_uid(made["cancelled"])]["summary"]) == "Afgezegd: School: A.K."


def test_names_in_full_or_known_as_only_when_asked(case, planned, tmp_path):
    _person, made = planned
    full = _export(case, tmp_path, "full.ics", names="full")[0]
    assert NAME.encode() in full.read_bytes()
    assert str(_events(full)[1][_uid(made["summer"])]["summary"]) == f"DUO: {NAME}"
    known = _export(case, tmp_path, "known.ics", names="known_as")[0]
    assert KNOWN_AS.encode() in known.read_bytes() and b"Karimi" not in known.read_bytes()


def test_location_and_health_type_only_when_asked(case, planned, tmp_path):
    _person, made = planned
    located = _events(_export(case, tmp_path, "loc.ics", with_location=True)[0])[1]
    assert str(located[_uid(made["winter"])]["location"]) == TOWN_HALL
    # A GP's address tells it is a GP: it stays out while the health type is hidden.
    assert "location" not in located[_uid(made["gp"])]
    health = _events(
        _export(case, tmp_path, "h.ics", with_location=True, with_health_type=True)[0]
    )[1]
    assert str(health[_uid(made["gp"])]["summary"]) == "Huisarts: A.K."
    assert str(health[_uid(made["gp"])]["location"]) == GP_PLACE
    assert str(health[_uid(made["ggz"])]["summary"]) == "GGZ: A.K."


def test_every_export_is_registered_with_its_entries_and_sha256(case, planned, tmp_path):
    person, made = planned
    target, disclosures = _export(case, tmp_path)
    assert len(disclosures) == 1
    stored = case.disclosures.for_newcomer(person.id)
    assert [d.id for d in stored] == [disclosures[0].id]
    row = stored[0]
    assert row.report_kind == "calendar" and row.recipient == "eigen agenda"
    assert set(row.entry_ids) == {e.id for e in made.values()}
    assert row.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert (row.period_from, row.period_to) == (TODAY, TODAY + timedelta(days=30))


def test_an_empty_calendar_is_still_registered(case, tmp_path):
    target, disclosures = _export(case, tmp_path, days=7)
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    assert not list(parsed.walk("VEVENT"))
    assert [str(z["tzid"]) for z in parsed.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert [d.id for d in case.disclosures.all()] == [disclosures[0].id]
    assert disclosures[0].newcomer_id is None and disclosures[0].entry_ids == ()


def test_a_target_inside_the_data_folder_is_refused_and_nothing_registered(
    case, planned, case_paths
):
    target = case_paths.data / "agenda.ics"
    with pytest.raises(ProtectedTarget, match="folder of the case file"):
        calendar.export_calendar(case, target, calendar.CalendarOptions(), today=TODAY)
    assert not target.exists()
    assert case.disclosures.all() == []


def test_a_target_in_the_backup_folder_is_refused(case, planned, case_paths):
    case_paths.backups.mkdir(parents=True, exist_ok=True)
    target = case_paths.backups / "agenda.ics"
    with pytest.raises(ProtectedTarget):
        calendar.export_calendar(case, target, calendar.CalendarOptions(), today=TODAY)
    assert not target.exists() and case.disclosures.all() == []


def test_options_out_of_range_are_refused():
    with pytest.raises(ValueError, match="name choice"):
        calendar.CalendarOptions(names="nickname")
    with pytest.raises(ValueError, match="days"):
        calendar.CalendarOptions(days=-1)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ahmad Karimi", "A.K."),
        ("Özge Aydın", "Ö.A."),
        ("Anne-Marie el-Amrani", "A.M.E.A."),
        ("  tesfay   gebremedhin ", "T.G."),
        ("محمد رضا", "م.ر."),
    ],
)
def test_initials(name, expected):
    assert initials(name) == expected


def test_known_as_falls_back_to_the_name():
    assert shown_name("Yara Haddad", "", "known_as") == "Yara Haddad"
    assert shown_name("Yara Haddad", "Yaya", "known_as") == "Yaya"


def test_long_and_non_ascii_lines_fold_as_icalendar_folds_them(case, tmp_path):
    from icalendar import Calendar

    long_name = "Özge Aydın-Çelik Abdulrahman Gebremedhin Haddad Karimi van den Berg"
    person = case.newcomers.add(Newcomer(name=long_name))
    for day in range(3):
        _add(case, person.id, "appointment", TODAY + timedelta(days=day), type="work")
    target, _ = _export(case, tmp_path, names="full")
    raw = target.read_bytes()
    assert b"\r\n " in raw  # the summary is folded
    parsed = Calendar.from_ical(raw)
    assert {str(e["summary"]) for e in parsed.walk("VEVENT")} == {f"Werk: {long_name}"}
    end = TODAY + timedelta(days=30)
    rows = calendar.calendar_rows(case, TODAY, end)
    assert calendar.render(rows, calendar.CalendarOptions(names="full"), TODAY, end) == raw
    shell = calendar._Calendar(calendar._Encoded())
    shell.add("summary", long_name * 2)
    assert calendar._serialised(shell) == Calendar.to_ical(shell)


@pytest.fixture
def no_system_zones():
    """A machine without a system time zone database, as Windows is."""
    import zoneinfo

    zoneinfo.reset_tzpath(to=[])
    zoneinfo.ZoneInfo.clear_cache()
    yield
    zoneinfo.reset_tzpath()
    zoneinfo.ZoneInfo.clear_cache()


def test_amsterdam_comes_from_tzdata_where_the_system_has_no_zones(no_system_zones):
    # icalendar requires tzdata, which zoneinfo reads when the system has no zones.
    zone = calendar.amsterdam()
    assert datetime(2027, 7, 1, 12, tzinfo=zone).utcoffset() == timedelta(hours=2)


def test_missing_zone_data_is_one_clear_error(no_system_zones, monkeypatch):
    import sys

    for name in [n for n in sys.modules if n.split(".")[0] == "tzdata"] + ["tzdata"]:
        monkeypatch.setitem(sys.modules, name, None)  # neither system zones nor tzdata
    with pytest.raises(calendar.CalendarUnavailable) as info:
        calendar.amsterdam()
    assert "Installeer Sleutelapp opnieuw" in info.value.message("nl")


@pytest.mark.parametrize("folder", ["data", "backups", "logs", "config"])
def test_an_export_into_any_folder_of_the_app_is_refused(tmp_path, folder):
    """With platformdirs the four folders lie apart; each is refused, empty or not."""
    from sleutelapp.paths import AppPaths
    from sleutelapp.store.durable_file import write_atomically

    paths = AppPaths(
        data=tmp_path / "d", config=tmp_path / "c", logs=tmp_path / "l", backups=tmp_path / "b"
    )
    target = getattr(paths, folder) / "export.ics"
    target.parent.mkdir()
    with pytest.raises(ProtectedTarget):
        write_atomically(target, b"x", paths=paths)
    assert not target.exists()
    write_atomically(tmp_path / "elsewhere.ics", b"x", paths=paths)  # elsewhere is fine
