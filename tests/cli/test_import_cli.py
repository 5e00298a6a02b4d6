"""`sleutelapp import`: a file written by hand from design.md §8 imports, and a refused file
lists every problem with its path, all or nothing."""

import hashlib
import json
import uuid
from datetime import date, timedelta

from tests.cli.test_cli import newcomers


def ids(n):
    return [str(uuid.uuid4()) for _ in range(n)]


def case_bytes(paths):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in paths.data.iterdir()
        if p.is_file() and p.name.startswith("case.")
    }


def write(tmp_path, document, name="in.json"):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def minimal_document():
    """Only the fields of §8 that apply to each kind, nothing the domain can default."""
    n1, n2, *e = ids(8)
    return {
        "format": "sleutelapp-data",
        "version": 1,
        "newcomers": [
            {
                "id": n1,
                "name": "Amina Yusuf",
                "route": "b1",
                "termijn_start": "2025-03-01",
                "municipality_ref": "GEM-17",
                "status": "active",
                "consents": [
                    {"purpose": "regisseur_summary", "given_on": "2025-03-02", "withdrawn_on": None}
                ],
                "entries": [
                    {
                        "id": e[0],
                        "kind": "contact",
                        "date": "2026-11-02",
                        "type": "phone",
                        "text": "Belde over de taalschool",
                        "topics": ["language"],
                    },
                    {
                        "id": e[1],
                        "kind": "appointment",
                        "date": "2026-11-20",
                        "time": "09:30",
                        "type": "gp",
                        "location": "Huisartsenpraktijk Oost",
                        "status": "planned",
                        "accompanied": True,
                    },
                    {
                        "id": e[2],
                        "kind": "activity",
                        "date": "2026-11-05",
                        "type": "language_cafe",
                        "hours": 1.5,
                    },
                    {"id": e[3], "kind": "note", "date": "2026-11-06", "text": "Vindt werk leuk"},
                    {
                        "id": e[4],
                        "kind": "signal",
                        "date": "2026-11-07",
                        "type": "waiting_list",
                        "text": "Wachtlijst van 4 maanden",
                        "shareable": True,
                    },
                    {"id": e[5], "kind": "task", "date": "2026-11-30", "text": "DUO bellen"},
                ],
            },
            {"id": n2, "name": "Tesfaye"},
        ],
    }


def test_a_file_written_from_the_design_imports_with_empty_defaults(run, tmp_path):
    document = minimal_document()
    code, out, err = run("import", str(write(tmp_path, document)))
    assert (code, err) == (0, "")
    assert "2 newcomers, 6 entries" in out
    assert run("export-data", "-o", str(tmp_path / "out.json"))[0] == 0
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    people = {p["id"]: p for p in exported["newcomers"]}
    first, second = (people[p["id"]] for p in document["newcomers"])
    assert (second["route"], second["status"], second["entries"], second["consents"]) == (
        "unknown",
        "active",
        [],
        [],
    )
    assert first["consents"][0]["how"] == "verbal"
    stored = {e["kind"]: e for e in first["entries"]}
    assert stored["note"]["location"] == "" and stored["note"]["topics"] == []
    assert stored["note"]["hours"] is None and stored["note"]["accompanied"] is False
    assert stored["task"]["status"] == "open" and stored["task"]["type"] is None
    assert stored["contact"]["hours"] is None and stored["contact"]["topics"] == ["language"]
    assert stored["activity"]["hours"] == 1.5 and stored["activity"]["text"] == ""
    assert stored["appointment"]["accompanied"] is True
    assert stored["appointment"]["location"] == "Huisartsenpraktijk Oost"
    assert stored["signal"]["status"] == "open" and stored["signal"]["shareable"] is True
    # Export keeps writing every field, also those a kind leaves empty.
    every = {"id", "kind", "date", "time", "type", "text", "location", "hours", "minutes"}
    every |= {"status", "shareable", "topics", "accompanied"}
    assert all(set(e) == every for e in first["entries"])


def three_problems():
    document = minimal_document()
    document["newcomers"].append({"id": str(uuid.uuid4()), "name": "Omid", "entries": []})
    people = document["newcomers"]
    people[0]["consents"][0]["withdrawn_on"] = "2025-01-01"  # domain: before given_on
    people[1]["entries"] = [
        {"id": i, "kind": "note", "date": "2026-11-01", "text": "Gesprek"} for i in ids(2)
    ] + [
        {"id": str(uuid.uuid4()), "kind": "note", "date": "2026-13-45", "text": "Gesprek"}
    ]  # schema: no date
    people[2]["entries"] = [{"id": str(uuid.uuid4()), "kind": "signal", "date": "2026-11-01"}]
    return document


def test_a_refused_file_lists_every_problem_with_its_path_and_writes_nothing(
    run, case_paths, tmp_path
):
    run("demo", "--newcomers", "2", "--entries-per", "3")
    before, hashes = newcomers(run), case_bytes(case_paths)
    code, out, err = run("import", str(write(tmp_path, three_problems())))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == "sleutelapp: Import refused, nothing was changed: 3 problems in the file."
    assert lines[1:] == [
        "sleutelapp: newcomers[0].consents[0].withdrawn_on: is before given_on",
        "sleutelapp: newcomers[1].entries[2].date: not a valid date (YYYY-MM-DD)",
        "sleutelapp: newcomers[2].entries[0].type: is missing",
    ]
    assert newcomers(run) == before and case_bytes(case_paths) == hashes


def test_the_refusal_speaks_dutch(run, tmp_path, monkeypatch):
    monkeypatch.setenv("SLEUTELAPP_LANG", "nl")
    code, _, err = run("import", str(write(tmp_path, three_problems())))
    assert code == 1
    assert err.splitlines()[0].endswith("er is niets veranderd: 3 problemen in het bestand.")
    assert "sleutelapp: newcomers[2].entries[0].type: ontbreekt" in err.splitlines()


def test_a_file_full_of_problems_lists_fifty_and_counts_the_rest(run, tmp_path):
    document = minimal_document()
    document["newcomers"][1]["entries"] = [
        {"id": i, "kind": "activity", "date": "2026-11-01", "type": "sport", "hours": -1}
        for i in ids(60)
    ]
    code, _, err = run("import", str(write(tmp_path, document)))
    lines = err.splitlines()
    assert code == 1 and len(lines) == 1 + 50 + 1
    assert "60 problems" in lines[0]
    assert lines[1] == "sleutelapp: newcomers[1].entries[0].hours: must be at least 0"
    assert lines[50] == "sleutelapp: newcomers[1].entries[49].hours: must be at least 0"
    assert lines[-1] == "sleutelapp: … and 10 more"


def test_ids_already_in_the_case_or_twice_in_the_file_are_named(run, tmp_path):
    document = minimal_document()
    assert run("import", str(write(tmp_path, document)))[0] == 0
    again = minimal_document()
    again["newcomers"][0]["entries"][3]["id"] = document["newcomers"][0]["entries"][3]["id"]
    again["newcomers"][1]["id"] = again["newcomers"][0]["id"]
    before = newcomers(run)
    code, _, err = run("import", str(write(tmp_path, again, "again.json")))
    assert code == 1
    assert "newcomers[0].entries[3].id: id " in err and "already exists in this case file" in err
    assert "newcomers[1].id: id " in err and "already occurs at newcomers[0].id" in err
    assert newcomers(run) == before


def test_problems_come_in_document_order(run, tmp_path):
    document = minimal_document()
    person = document["newcomers"][0]
    person["entries"][0]["date"] = "gisteren"
    person["route"] = "a1"
    person["consents"][0]["how"] = "per post"
    code, _, err = run("import", str(write(tmp_path, document)))
    assert code == 1
    assert [line.split(":")[1].strip() for line in err.splitlines()[1:]] == [
        "newcomers[0].route",
        "newcomers[0].consents[0].how",
        "newcomers[0].entries[0].date",
    ]


def test_ids_of_the_wrong_type_are_problems_not_crashes(run, tmp_path):
    document = minimal_document()
    document["newcomers"][0]["id"] = ["not", "an", "id"]
    document["newcomers"][1]["entries"] = [{"id": {"x": 1}, "kind": "note", "date": "2026-11-01"}]
    code, _, err = run("import", str(write(tmp_path, document)))
    assert code == 1 and "unexpected error" not in err
    assert "newcomers[0].id: not a valid id" in err
    assert "newcomers[1].entries[0].id: not a valid id" in err


def test_unstorable_text_and_huge_numbers_are_refused_with_a_clear_line(run, tmp_path):
    document = minimal_document()
    document["newcomers"][0]["entries"][3]["text"] = "\ud800 half a character"
    document["newcomers"][1]["name"] = "Tes\udfff"
    path = tmp_path / "surrogates.json"
    path.write_text(json.dumps(document), encoding="ascii")  # JSON escapes: \ud800
    code, _, err = run("import", str(path))
    assert code == 1 and "unexpected error" not in err
    assert "newcomers[0].entries[3].text: holds an invalid character" in err
    assert "newcomers[1].name: holds an invalid character" in err
    huge = tmp_path / "huge.json"
    huge.write_text(
        '{"format": "sleutelapp-data", "version": 1, "newcomers": [], "n": 1' + "0" * 100_000 + "}",
        encoding="utf-8",
    )
    code, _, err = run("import", str(huge))
    assert code == 1 and err.splitlines() == [
        "sleutelapp: Import refused, nothing was changed: a number with too many digits"
    ]


def broken_rules():
    """An empty note, a 0-hour activity, a termijn start in the future, an entry dated 2019."""
    document = minimal_document()
    people = document["newcomers"]
    people[0]["termijn_start"] = (date.today() + timedelta(days=1)).isoformat()
    people[0]["entries"][2]["hours"] = 0  # the activity
    people[0]["entries"][3]["text"] = ""  # the note
    people[1]["entries"] = [
        {"id": str(uuid.uuid4()), "kind": "note", "date": "2019-06-01", "text": "Eerste gesprek"}
    ]
    return document


def test_the_rules_of_the_domain_are_refused_with_their_path(run, case_paths, tmp_path):
    run("demo", "--newcomers", "1", "--entries-per", "2")
    before, hashes = newcomers(run), case_bytes(case_paths)
    code, out, err = run("import", str(write(tmp_path, broken_rules())))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "sleutelapp: Import refused, nothing was changed: 4 problems in the file.",
        "sleutelapp: newcomers[0].termijn_start: lies in the future",
        "sleutelapp: newcomers[0].entries[2].hours: an activity needs hours above 0",
        "sleutelapp: newcomers[0].entries[3].text: a note needs text",
        "sleutelapp: newcomers[1].entries[0].date: is before 2021-01-01",
    ]
    assert newcomers(run) == before and case_bytes(case_paths) == hashes


def test_the_domains_refusals_speak_dutch(run, tmp_path, monkeypatch):
    monkeypatch.setenv("SLEUTELAPP_LANG", "nl")
    code, _, err = run("import", str(write(tmp_path, broken_rules())))
    assert code == 1
    assert err.splitlines()[1:] == [
        "sleutelapp: newcomers[0].termijn_start: ligt in de toekomst",
        "sleutelapp: newcomers[0].entries[2].hours: een activiteit heeft uren nodig (meer dan 0)",
        "sleutelapp: newcomers[0].entries[3].text: een notitie heeft tekst nodig",
        "sleutelapp: newcomers[1].entries[0].date: ligt vóór 2021-01-01",
    ]
