"""The agenda a page at a time: the first rows of each kind in date order, the count of
all of them, and query plans that read the agenda indexes (schema step 0007) instead of
every entry."""

from __future__ import annotations

from datetime import date, timedelta

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.store import entries as entry_rows
from sleutelapp.store.entries import AgendaCounts

TODAY = date.today()
END = TODAY + timedelta(days=14)


def _agenda_case(case):
    """Two active newcomers and a closed one, with planned, done and far-off entries."""
    ayla = case.newcomers.add(Newcomer(name="Ayla Demir"))
    omar = case.newcomers.add(Newcomer(name="Omar Haddad", known_as="Omar"))
    gone = case.newcomers.add(Newcomer(name="Gesloten Persoon"))
    add = case.entries.add
    planned = [
        add(Entry(ayla.id, "appointment", TODAY + timedelta(days=3), "gp", time="14:00")),
        add(Entry(omar.id, "appointment", TODAY + timedelta(days=3), "duo", time="09:30")),
        add(Entry(omar.id, "appointment", TODAY, "school")),  # no time: first of its day
        add(Entry(ayla.id, "appointment", END, "municipality", time="08:00")),  # day 14
        add(Entry(omar.id, "appointment", TODAY + timedelta(days=1), "work", time="11:00")),
    ]
    add(Entry(ayla.id, "appointment", END + timedelta(days=1), "gp"))  # day 15: later
    add(Entry(ayla.id, "appointment", TODAY + timedelta(days=2), "gp", status="done"))
    add(Entry(omar.id, "appointment", TODAY + timedelta(days=2), "gp", status="cancelled"))
    add(Entry(gone.id, "appointment", TODAY + timedelta(days=2), "gp"))
    tasks = [
        add(Entry(ayla.id, "task", TODAY - timedelta(days=40), text="te laat")),
        add(Entry(omar.id, "task", TODAY + timedelta(days=5), text="bellen")),
        add(Entry(ayla.id, "task", TODAY, text="formulier")),
    ]
    add(Entry(ayla.id, "task", TODAY, text="klaar", status="done"))
    add(Entry(omar.id, "task", END + timedelta(days=3), text="later"))
    add(Entry(gone.id, "task", TODAY, text="van een gesloten dossier"))
    add(Entry(ayla.id, "appointment", TODAY - timedelta(days=3), "gp", time="10:00"))
    case.newcomers.close(gone.id)
    return planned, tasks


def test_a_page_of_appointments_is_their_first_rows_by_date_and_time(case):
    planned, _tasks = _agenda_case(case)
    in_order = [planned[2], planned[4], planned[1], planned[0], planned[3]]
    page = case.entries.agenda(TODAY, END, kind="appointment", limit=3)
    assert [i.entry.id for i in page] == [e.id for e in in_order[:3]]
    everything = case.entries.agenda(TODAY, END, kind="appointment")
    assert [i.entry.id for i in everything] == [e.id for e in in_order]
    assert page[0].newcomer_name == "Omar"  # the name the list shows (known as)


def test_a_page_of_tasks_starts_with_the_overdue_ones(case):
    _planned, tasks = _agenda_case(case)
    page = case.entries.agenda(TODAY, END, kind="task", limit=2)
    assert [i.entry.id for i in page] == [tasks[0].id, tasks[2].id]
    assert [i.entry.id for i in case.entries.agenda(TODAY, END, kind="task", limit=10)] == [
        tasks[0].id,
        tasks[2].id,
        tasks[1].id,
    ]


def test_the_count_is_every_row_of_active_newcomers_whatever_the_page(case):
    _agenda_case(case)
    assert case.entries.agenda_counts(TODAY, END) == AgendaCounts(appointments=5, tasks=3)
    # the count is what the whole agenda lists, kind by kind
    both = case.entries.agenda(TODAY, END)
    assert sum(i.entry.kind == "appointment" for i in both) == 5
    assert sum(i.entry.kind == "task" for i in both) == 3
    # a narrower window counts fewer appointments; tasks due by its end
    assert case.entries.agenda_counts(TODAY, TODAY) == AgendaCounts(appointments=1, tasks=2)


def test_the_count_follows_a_status_change_and_a_reopened_newcomer(case):
    planned, _tasks = _agenda_case(case)
    case.entries.set_status(planned[0].id, "done")
    assert case.entries.agenda_counts(TODAY, END).appointments == 4
    gone = case.newcomers.find("Gesloten Persoon")
    case.newcomers.reopen(gone.id)
    assert case.entries.agenda_counts(TODAY, END) == AgendaCounts(appointments=5, tasks=4)


def test_past_planned_reads_only_planned_appointments(case):
    _agenda_case(case)
    past = case.entries.past_planned(TODAY)
    assert [(i.entry.date, i.newcomer_name) for i in past] == [
        (TODAY - timedelta(days=3), "Ayla Demir")
    ]


def _plan(case, sql, params) -> list[str]:
    return [row[3] for row in case.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def test_the_page_and_count_read_the_agenda_indexes_not_every_entry(case):
    """The plans: a page walks one agenda index in its order and stops at its limit (no
    sort of the whole window); the count reads that index alone."""
    _agenda_case(case)
    for kind, index in (
        ("appointment", "entry_planned_appointment"),
        ("task", "entry_open_task"),
    ):
        sql, params = entry_rows._agenda_sql(kind, TODAY, END, None, paged=True)
        plan = _plan(case, f"{sql} ORDER BY e.date, e.time LIMIT 100", params)
        assert f"SEARCH e USING INDEX {index}" in plan[0], plan
        assert not any("TEMP B-TREE" in step for step in plan), plan
    # the count: the days of the agenda tally (schema step 0010), no entry at all
    plan = _plan(case, entry_rows.AGENDA_COUNTS_SQL, (TODAY.isoformat(),) * 3)
    searches = [step for step in plan if step.startswith(("SEARCH", "SCAN"))]
    assert searches[0] == "SCAN CONSTANT ROW", plan
    assert all("agenda_tally USING PRIMARY KEY" in step for step in searches[1:]), plan


def test_the_last_contact_is_one_step_into_the_contact_moment_index(case):
    """Every list row and Vandaag's "no contact" rows ask for it: it must come from the
    index of contact moments alone (schema step 0007), not from a walk over the timeline."""
    from sleutelapp.store.newcomers import LAST_CONTACT

    _agenda_case(case)
    plan = _plan(case, f"SELECT {LAST_CONTACT} FROM newcomer n", (TODAY.isoformat(),))
    assert any(
        "SEARCH e USING COVERING INDEX entry_contact_moment (newcomer_id=? AND date<?)" in step
        for step in plan
    ), plan


def test_reports_due_a_page_at_a_time_and_their_count(case):
    from sleutelapp.domain.model import Consent
    from sleutelapp.store import report_schedules

    long_ago = TODAY - timedelta(days=400)
    names = ["Dilan", "Bashir", "Ceylan", "Amina"]
    for name in names:
        n = case.newcomers.add(Newcomer(name=name))
        case.consents.add(Consent(n.id, "regisseur_summary", given_on=long_ago))
    assert [d.name for d in report_schedules.due(case, TODAY, limit=2)] == ["Amina", "Bashir"]
    assert len(report_schedules.due(case, TODAY)) == 4
    assert report_schedules.due_count(case, TODAY) == 4
    case.newcomers.close(case.newcomers.find("Amina").id)
    assert report_schedules.due_count(case, TODAY) == 3
    assert [d.name for d in report_schedules.due(case, TODAY, limit=2)] == ["Bashir", "Ceylan"]


def test_who_needs_attention_is_found_from_indexes_before_any_newcomer_row(case):
    """Vandaag's attention lists: counted in index ranges (active newcomers by latest
    contact, by termijn start and extensions) and a page read in the order of those
    indexes; no query reads every newcomer or entry."""
    captured = []
    real_query, real_query_one = case.query, case.query_one

    def recording(sql, params=()):
        captured.append((sql, params))
        return real_query(sql, params)

    def recording_one(sql, params=()):
        captured.append((sql, params))
        return real_query_one(sql, params)

    _agenda_case(case)
    case.query, case.query_one = recording, recording_one
    case.newcomers.attention(TODAY, ending_limit=100, quiet_limit=100)
    case.query, case.query_one = real_query, real_query_one
    steps = [step for sql, params in captured for step in _plan(case, sql, params)]
    assert any(
        "COVERING INDEX newcomer_latest_contact (status=? AND latest_contact<?)" in step
        for step in steps
    ), steps
    assert any(
        "COVERING INDEX newcomer_termijn_months "
        "(status=? AND extension_months=? AND termijn_start<?)" in step
        for step in steps
    ), steps
    assert any("COVERING INDEX entry_contact_moment" in step for step in steps), steps
    assert not any(step.startswith(("SCAN entry", "SCAN newcomer", "SCAN n")) for step in steps)
    assert not any("TEMP B-TREE" in step for step in steps), steps
