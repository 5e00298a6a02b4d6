"""The store: writes, search, timeline, agenda, erase, passphrases."""

import unicodedata
from datetime import date, timedelta

import pytest

from sleutelapp.domain.model import Consent, Entry, Extension, Newcomer
from sleutelapp.store import errors
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.conftest import PASSPHRASE

TODAY = date.today()


def add_newcomer(case, name="Gülşen Yılmaz", **kw):
    return case.newcomers.add(Newcomer(name=name, **kw))


def test_newcomer_round_trip_with_extensions(case):
    n = add_newcomer(
        case,
        route="z",
        termijn_start=date(2024, 3, 1),
        phone="0612345678",
        extensions=(Extension(6, "ziekte", date(2025, 1, 1)),),
    )
    again = case.newcomers.get(n.id)
    assert again.name == "Gülşen Yılmaz" and again.route == "z"
    assert again.extensions == (Extension(6, "ziekte", date(2025, 1, 1)),)
    assert again.created and again.updated


def test_update_keeps_created_and_changes_fields(case):
    n = add_newcomer(case)
    from dataclasses import replace

    case.newcomers.update(replace(n, known_as="Gül", route="b1"))
    again = case.newcomers.get(n.id)
    assert (again.known_as, again.route, again.created) == ("Gül", "b1", n.created)


@pytest.mark.parametrize("query", ["Gülşen", "lşe", "yılmaz", "gul", "Gü", "gulsen"])
def test_search_finds_any_part_of_a_name(case, query):
    n = add_newcomer(case)
    add_newcomer(case, "Yonas Tesfaye")
    assert [i.id for i in case.newcomers.search_list(query)] == [n.id]


def test_search_finds_words_in_entry_text_and_location(case):
    n = add_newcomer(case)
    other = add_newcomer(case, "Olena Kovalenko")
    case.entries.add(Entry(n.id, "note", TODAY, text="Wachtlijst bij de taalschool"))
    case.entries.add(
        Entry(other.id, "appointment", TODAY, "municipality", location="Stadskantoor Noord")
    )
    assert [i.id for i in case.newcomers.search_list("wachtl")] == [n.id]
    assert [i.id for i in case.newcomers.search_list("stadskantoor")] == [other.id]
    assert case.newcomers.search_list("fietsenmaker") == []


@pytest.mark.parametrize(
    "hostile",
    ['"', "AND OR NOT", "*", "a:b", "(", "'; DROP TABLE x;--", "\u202e", "NEAR(a b)", "^"],
)
def test_search_never_fails_on_fts_syntax(case, hostile):
    add_newcomer(case)
    assert isinstance(case.newcomers.search_list(hostile), list)


def test_filters_and_last_contact(case):
    a = add_newcomer(case, "Amal Haddad", route="z")
    b = add_newcomer(case, "Rami Darwish", route="b1")
    case.newcomers.close(b.id)
    case.entries.add(Entry(a.id, "contact", TODAY - timedelta(days=40), "phone"))
    case.entries.add(Entry(a.id, "contact", TODAY - timedelta(days=3), "in_person"))
    case.entries.add(Entry(a.id, "contact", TODAY + timedelta(days=3), "in_person"))
    active = case.newcomers.search_list(status="active")
    assert [i.id for i in active] == [a.id]
    assert active[0].last_contact == TODAY - timedelta(days=3)
    assert [i.id for i in case.newcomers.search_list(route="b1")] == [b.id]


def test_timeline_newest_first_and_filter_by_kind(case):
    n = add_newcomer(case)
    old = case.entries.add(Entry(n.id, "note", TODAY - timedelta(days=10), text="oud"))
    new = case.entries.add(Entry(n.id, "contact", TODAY, "phone", time="09:00"))
    later = case.entries.add(Entry(n.id, "contact", TODAY, "phone", time="15:00"))
    assert [e.id for e in case.entries.timeline(n.id)] == [later.id, new.id, old.id]
    assert [e.id for e in case.entries.timeline(n.id, kinds=("note",))] == [old.id]


def test_agenda_lists_planned_appointments_and_due_tasks_of_active_newcomers(case):
    n = add_newcomer(case)
    closed = add_newcomer(case, "Closed Person")
    appointment = case.entries.add(Entry(n.id, "appointment", TODAY + timedelta(days=2), "gp"))
    case.entries.add(Entry(n.id, "appointment", TODAY + timedelta(days=30), "gp"))
    case.entries.add(
        Entry(n.id, "appointment", TODAY + timedelta(days=1), "duo", status="cancelled")
    )
    task = case.entries.add(Entry(n.id, "task", TODAY - timedelta(days=1), text="bellen"))
    case.entries.add(Entry(n.id, "task", TODAY - timedelta(days=1), text="gedaan", status="done"))
    case.entries.add(Entry(closed.id, "appointment", TODAY, "gp"))
    case.newcomers.close(closed.id)
    items = case.entries.agenda(TODAY, TODAY + timedelta(days=14))
    assert [i.entry.id for i in items] == [task.id, appointment.id]
    assert items[0].newcomer_name == "Gülşen Yılmaz"


def test_update_and_delete_entry(case):
    n = add_newcomer(case)
    e = case.entries.add(Entry(n.id, "note", TODAY, text="eerst"))
    from dataclasses import replace

    case.entries.update(replace(e, text="daarna", shareable=True))
    assert case.entries.get(e.id).text == "daarna" and case.entries.get(e.id).shareable
    assert case.newcomers.search_list("daarna") and not case.newcomers.search_list("eerst")
    case.entries.delete(e.id)
    with pytest.raises(errors.NotFound):
        case.entries.get(e.id)


def test_consent_active_on_a_day(case):
    n = add_newcomer(case)
    c = case.consents.add(Consent(n.id, "reporting", date(2026, 1, 1)))
    assert case.consents.active(n.id, "reporting", date(2026, 6, 1))
    case.consents.withdraw(c.id, date(2026, 7, 1))
    assert case.consents.active(n.id, "reporting", date(2026, 6, 30))
    assert case.consents.active(n.id, "reporting", date(2026, 7, 1)) is None
    assert case.consents.newcomers_with_active("reporting", date(2026, 6, 1)) == {n.id}


def test_erase_removes_every_row_and_the_search_index(case):
    n = add_newcomer(case, "Canarykanarie Persoon")
    keep = add_newcomer(case, "Blijft Bestaan")
    case.entries.add(Entry(n.id, "note", TODAY, text="geheimcanarie notitie"))
    case.consents.add(Consent(n.id, "reporting", TODAY))
    case.newcomers.erase(n.id)
    assert case.newcomers.search_list("Canarykanarie") == []
    assert case.newcomers.search_list("geheimcanarie") == []
    for table in ("entry", "consent"):
        assert case.query(f"SELECT count(*) FROM {table} WHERE newcomer_id = ?", (n.id,)) == [(0,)]
    # Nothing of the text survives in the FTS index itself.
    case.conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'entry_fts', 'row')")
    terms = {r[0] for r in case.query("SELECT term FROM temp.v")}
    assert "geheimcanarie" not in terms
    assert case.newcomers.get(keep.id)
    erase_rows = case.query("SELECT object_id FROM audit WHERE action = 'erase'")
    assert erase_rows == [(None,)]


def test_audit_log_holds_ids_only_and_is_append_only(case):
    n = add_newcomer(case, "Auditcanary")
    rows = case.query("SELECT * FROM audit")
    assert not any("Auditcanary" in str(r) for r in rows)
    with pytest.raises(Exception, match="append-only"):
        case.conn.execute("UPDATE audit SET action = 'x'")
    assert any(r[4] == n.id for r in rows)


def test_settings_defaults_and_bounds(case):
    assert case.settings.get("k_threshold") == 5
    case.settings.set("k_threshold", 1)
    assert case.settings.get("k_threshold") == 3  # never below 3
    case.settings.set("controller_name", "Gemeente Arnhem")
    assert case.settings.all()["controller_name"] == "Gemeente Arnhem"


@pytest.mark.parametrize(
    "variant",
    [
        PASSPHRASE,
        unicodedata.normalize("NFD", PASSPHRASE),
    ],
)
def test_passphrase_quotes_emoji_and_normal_forms(tmp_path, variant):
    from sleutelapp.paths import app_paths

    typed = 'Crème brûlée \'n "quotes" 🐎'
    paths = app_paths(tmp_path)
    case, _ = Case.create(paths, unicodedata.normalize("NFC", typed), KdfParams.fast_for_tests())
    case.close()
    Case.open(paths, unicodedata.normalize("NFD", typed)).close()
    Case.open(paths, unicodedata.normalize("NFC", typed)).close()
    with pytest.raises(errors.WrongPassphrase):
        Case.open(paths, typed.replace("🐎", "🐴"))


def test_change_passphrase_rewraps_and_recovery_key_still_opens(tmp_path):
    from sleutelapp.paths import app_paths

    paths = app_paths(tmp_path)
    case, recovery = Case.create(paths, "first passphrase", KdfParams.fast_for_tests())
    add_newcomer(case, "Blijft")
    db_before = paths.db.read_bytes()
    case.change_passphrase("second passphrase", KdfParams.fast_for_tests())
    case.close()
    with pytest.raises(errors.WrongPassphrase):
        Case.open(paths, "first passphrase")
    with Case.open(paths, "second passphrase") as again:
        assert again.newcomers.count() == 1
    with Case.open(paths, recovery_key=recovery.lower().replace("-", " ")) as again:
        assert again.newcomers.count() == 1
    assert len(db_before) > 0


def test_create_refuses_existing_case(case_paths):
    with pytest.raises(errors.CaseExists):
        Case.create(case_paths, "x" * 10, KdfParams.fast_for_tests())


def test_an_editor_cannot_overwrite_a_change_made_after_it_opened(case):
    from dataclasses import replace

    n = add_newcomer(case)
    opened = case.entries.add(Entry(n.id, "note", TODAY, text="eerst"))
    first_editor, second_editor = opened, opened  # both opened the same entry
    case.entries.update(replace(first_editor, text="door de eerste"), base=first_editor)
    with pytest.raises(errors.ChangedSinceOpened) as found:
        case.entries.update(replace(second_editor, text="door de tweede"), base=second_editor)
    assert "gewijzigd nadat u hem opende" in found.value.message("nl")
    assert case.entries.get(opened.id).text == "door de eerste"


def test_set_status_is_a_quick_action_that_validates(case):
    n = add_newcomer(case)
    appointment = case.entries.add(Entry(n.id, "appointment", TODAY - timedelta(days=2), "gp"))
    assert case.entries.set_status(appointment.id, "done").status == "done"
    with pytest.raises(errors.InvalidData):
        case.entries.set_status(appointment.id, "resolved")
    assert case.entries.get(appointment.id).status == "done"


def test_past_planned_lists_appointments_still_planned(case):
    n = add_newcomer(case)
    old = case.entries.add(Entry(n.id, "appointment", TODAY - timedelta(days=3), "gp"))
    case.entries.add(Entry(n.id, "appointment", TODAY - timedelta(days=4), "gp", status="done"))
    case.entries.add(Entry(n.id, "appointment", TODAY, "gp"))
    assert [i.entry.id for i in case.entries.past_planned(TODAY)] == [old.id]


def test_agenda_window_includes_its_last_day(case):
    n = add_newcomer(case)
    day14 = case.entries.add(Entry(n.id, "appointment", TODAY + timedelta(days=14), "gp"))
    assert day14.id in [i.entry.id for i in case.entries.agenda(TODAY, TODAY + timedelta(days=14))]


def test_last_contact_counts_time_spent_together_and_starts_when_added(case):
    n = add_newcomer(case)
    [item] = case.newcomers.search_list()
    assert item.last_contact is None and item.added_on == TODAY
    day = TODAY - timedelta(days=5)
    case.entries.add(Entry(n.id, "appointment", day, "gp", status="done", accompanied=True))
    case.entries.add(Entry(n.id, "appointment", TODAY - timedelta(days=1), "gp", status="done"))
    assert case.newcomers.search_list()[0].last_contact == day  # not accompanied: not counted
    together = TODAY - timedelta(days=2)
    case.entries.add(Entry(n.id, "activity", together, "sport", hours=1, accompanied=True))
    assert case.newcomers.search_list()[0].last_contact == together
