"""The values schema step 0010 keeps up to date by triggers (the agenda tally per kind and
day, each newcomer's latest contact) equal a recount from the entries after a long random
sequence of everything that writes them: adding, changing and deleting entries, closing
and reopening, erasing, purging, a cascade delete, bulk inserts, an import and a handover.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from sleutelapp.domain import demo
from sleutelapp.domain.model import Entry, ExtensionRequest, Newcomer
from sleutelapp.exports import handover, handover_file, portable
from sleutelapp.paths import app_paths
from sleutelapp.store import retention, schema
from sleutelapp.store.bulk import insert_all
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from sleutelapp.store.newcomers import extensions_from_json
from tests.unit.test_handover import receiver  # noqa: F401 (a fixture)

TODAY = date.today()
SEED = 20261201
STEPS = 400

ON_AGENDA = """((e.kind = 'appointment' AND e.status = 'planned')
                OR (e.kind = 'task' AND e.status = 'open'))"""
MOMENT = """(e.kind = 'contact' OR (e.kind = 'appointment' AND e.status = 'done'
             AND e.accompanied) OR (e.kind = 'activity' AND e.accompanied))"""


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr(handover_file, "DEFAULT_KDF", KdfParams.fast_for_tests())


def maintained(case):
    tally = case.query("SELECT kind, day, n FROM agenda_tally ORDER BY kind, day")
    latest = case.query("SELECT id, latest_contact, extension_months FROM newcomer ORDER BY id")
    return [tuple(r) for r in tally], [tuple(r) for r in latest]


def recounted(case):
    tally = case.query(
        f"""SELECT e.kind, e.date, count(*) FROM entry e JOIN newcomer n ON n.id = e.newcomer_id
            WHERE {ON_AGENDA} AND n.status = 'active' GROUP BY e.kind, e.date
            ORDER BY e.kind, e.date"""
    )
    latest = case.query(
        f"""SELECT n.id, (SELECT max(e.date) FROM entry e WHERE e.newcomer_id = n.id
                          AND {MOMENT}), n.extensions FROM newcomer n ORDER BY n.id"""
    )
    # the months of extension as the termijn end adds them (domain/wi2021.termijn_end)
    months = [
        (i, last, sum(e.months for e in extensions_from_json(text))) for i, last, text in latest
    ]
    return [tuple(r) for r in tally], months


def random_entry(rng: random.Random, newcomer_id: str) -> Entry:
    kind = rng.choice(["contact", "appointment", "appointment", "activity", "task", "note"])
    day = TODAY + timedelta(days=rng.randint(-60, 40))
    if kind == "contact":
        return Entry(newcomer_id, kind, day, rng.choice(["phone", "in_person"]))
    if kind == "appointment":
        status = rng.choice(["planned", "done", "cancelled", "no_show"])
        return Entry(newcomer_id, kind, day, "gp", status=status, accompanied=rng.random() < 0.5)
    if kind == "activity":
        return Entry(
            newcomer_id, kind, day, "volunteering", hours=2, accompanied=rng.random() < 0.5
        )
    if kind == "task":
        return Entry(newcomer_id, kind, day, text="bellen", status=rng.choice(["open", "done"]))
    return Entry(newcomer_id, kind, day, text="notitie")


def changed(rng: random.Random, entry: Entry) -> Entry:
    day = entry.date + timedelta(days=rng.randint(-20, 20))
    if entry.kind == "appointment":
        status = rng.choice(["planned", "done", "cancelled"])
        return replace(entry, date=day, status=status, accompanied=rng.random() < 0.5)
    if entry.kind == "task":
        return replace(entry, date=day, status=rng.choice(["open", "done"]))
    if entry.kind == "activity":
        return replace(entry, date=day, accompanied=not entry.accompanied)
    return replace(entry, date=day)


def test_maintained_values_equal_a_recount_after_random_changes(case, receiver, tmp_path):  # noqa: F811
    rng = random.Random(SEED)
    people = [case.newcomers.add(Newcomer(name=f"Persoon {i}")).id for i in range(4)]
    entries: list[str] = []
    done = set()
    for step in range(STEPS):
        action = rng.choices(
            [
                "add",
                "change",
                "delete",
                "close",
                "reopen",
                "erase",
                "cascade",
                "bulk",
                "newcomer",
                "extension",
            ],
            [30, 20, 10, 6, 6, 2, 1, 3, 4, 5],
        )[0]
        if action == "newcomer" or not people:
            people.append(case.newcomers.add(Newcomer(name=f"Nieuw {step}")).id)
        elif action == "add":
            entries.append(case.entries.add(random_entry(rng, rng.choice(people))).id)
        elif action == "change" and entries:
            entry = case.entries.get(rng.choice(entries))
            case.entries.update(changed(rng, entry))
        elif action == "delete" and entries:
            case.entries.delete(entries.pop(rng.randrange(len(entries))))
        elif action == "close":
            who = case.newcomers.get(rng.choice(people))
            if who.status == "active":
                case.newcomers.close(who.id, TODAY - timedelta(days=rng.choice([1, 900])))
        elif action == "reopen":
            who = case.newcomers.get(rng.choice(people))
            if who.status == "closed":
                case.newcomers.reopen(who.id)
        elif action in ("erase", "cascade"):
            who = people.pop(rng.randrange(len(people)))
            if action == "erase":
                case.newcomers.erase(who)
            else:  # the database's own cascade, which removes the entries after the row
                with case.transaction() as conn:
                    conn.execute("DELETE FROM newcomer WHERE id = ?", (who,))
            entries = [e for e in entries if case.entries.exists(e)]
        elif action == "extension":  # a DUO extension asked, then granted or taken back
            who = rng.choice(people)
            asked = case.extension_requests.for_newcomer(who)
            if asked and rng.random() < 0.3:
                case.extension_requests.delete(rng.choice(asked).id)
            else:
                request = case.extension_requests.add(
                    ExtensionRequest(who, "own_illness", sent_on=TODAY), with_task=False
                )
                case.extension_requests.record_decision(
                    request.id, "granted", TODAY, rng.choice([3, 6, 12])
                )
        elif action == "bulk":
            data = demo.generate(2, 8, seed=step, today=TODAY)
            insert_all(case, data.newcomers, data.entries, data.consents, action="import")
            people.extend(n.id for n in data.newcomers)
            entries.extend(e.id for e in data.entries)
        done.add(action)
        if step % 25 == 0:
            assert maintained(case) == recounted(case), (step, action)
    assert maintained(case) == recounted(case)

    # purge: closed long ago, erased by retention
    for who in people[:3]:
        if case.newcomers.get(who).status == "active":
            case.newcomers.close(who, TODAY - timedelta(days=900))
    assert retention.purge(case, TODAY)
    assert maintained(case) == recounted(case)

    # import: a newcomer's portable file back into the case file after erasing them
    someone = next(p for p in people if case.newcomers.exists(p) and case.entries.count_for(p))
    target = tmp_path / "one.json"
    portable.write_export(case, target, someone)
    case.newcomers.erase(someone)
    assert portable.import_file(case, target)[0] == 1
    assert maintained(case) == recounted(case)

    # handover: received into another case file
    active = [p for p in people if case.newcomers.exists(p)]
    if case.newcomers.get(active[0]).status == "closed":
        case.newcomers.reopen(active[0])
    case.entries.add(Entry(active[0], "appointment", TODAY, "gp"))  # on the agenda
    sent = handover.write_handover(case, active[:3], tmp_path / "x.sleuteloverdracht", to="Jan")
    handover.receive_file(receiver, sent.path, sent.code)
    assert maintained(receiver) == recounted(receiver)
    assert maintained(receiver)[0], "the handover brought agenda entries"
    assert {"add", "change", "delete", "close", "reopen", "bulk", "extension"} <= done
    assert any(months for _id, _last, months in maintained(case)[1])


def test_the_step_fills_the_values_of_an_existing_file(case):
    """A file from before step 0010: the step counts what was there."""
    data = demo.generate(5, 40, seed=3, today=TODAY)
    insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    before = recounted(case)
    with case.transaction() as conn:
        for trigger in [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND (name LIKE 'agenda_tally%' OR name LIKE 'latest_contact%' "
                "OR name LIKE 'extension_months%')"
            )
        ]:
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute("DROP TABLE agenda_tally")
        for index in (
            "newcomer_latest_contact",
            "newcomer_termijn_months",
        ):
            conn.execute(f"DROP INDEX {index}")
        conn.execute("ALTER TABLE newcomer DROP COLUMN latest_contact")
        conn.execute("ALTER TABLE newcomer DROP COLUMN extension_months")
        step = dict(schema.STEPS)["0010_vandaag_maintained_counts"]
        step(conn)
    assert maintained(case) == before
    assert before[0] and any(latest for _id, latest, _months in before[1])


@pytest.mark.parametrize("version", [1, 2])
def test_released_files_migrate_with_their_values_counted(tmp_path, version):
    home = tmp_path / "home"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / f"schema-v{version}", home)
    with Case.open(app_paths(home), "fixture passphrase") as case:
        latest = {i: last for i, last, _months in maintained(case)[1]}
        assert latest["4b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f"]  # its contact
        assert maintained(case) == recounted(case)
        case.entries.add(Entry("4b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f", "task", TODAY, text="x"))
        assert maintained(case) == recounted(case)
