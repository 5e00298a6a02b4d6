"""The command line contract of design.md §8, run in-process (and once as a real process)."""

import copy
import hashlib
import json
import subprocess
import sys

import pytest

from sleutelapp.cli import main


def newcomers(run, home=None):
    code, out, _ = run("newcomers", "--json", home=home)
    assert code == 0
    return json.loads(out)


def file_hashes(paths):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in paths.data.iterdir()
        if p.is_file() and p.name.startswith("case.")
    }


def test_init_creates_a_case_and_shows_the_recovery_key_once(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("SLEUTELAPP_PASSPHRASE", "correct horse")
    home = tmp_path / "new"
    assert main(["--home", str(home), "init"]) == 0
    out = capsys.readouterr().out
    assert str(home / "case.db") in out and "Recovery key" in out
    assert (home / "case.db").exists() and (home / "case.key").exists()
    before = {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()}
    assert main(["--home", str(home), "init"]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and err.count("\n") == 1
    assert {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()} == before


def test_init_refuses_a_too_short_passphrase(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("SLEUTELAPP_PASSPHRASE", "abc")
    with pytest.raises(SystemExit) as info:
        main(["--home", str(tmp_path / "x"), "init"])
    assert info.value.code == 2
    assert not (tmp_path / "x" / "case.db").exists()


def test_demo_is_deterministic_and_covers_the_vocabularies(run, case_template, tmp_path):
    import shutil

    other = tmp_path / "other"
    shutil.copytree(case_template, other)
    assert run("demo", "--newcomers", "12", "--entries-per", "40", "--seed", "7")[0] == 0
    assert (
        run("demo", "--newcomers", "12", "--entries-per", "40", "--seed", "7", home=other)[0] == 0
    )
    assert newcomers(run) == newcomers(run, home=other)
    _code, _out, _ = run("export-data", "-o", str(tmp_path / "all.json"))
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    people = data["newcomers"]
    assert {p["route"] for p in people} == {"b1", "education", "z", "unknown"}
    assert {"active", "closed"} <= {p["status"] for p in people}
    entries = [e for p in people for e in p["entries"]]
    from sleutelapp.domain import vocab

    for kind, types in vocab.TYPES_BY_KIND.items():
        seen = {e["type"] for e in entries if e["kind"] == kind}
        assert seen == (set(types.codes) if types else {None}), kind
    assert {c["purpose"] for p in people for c in p["consents"]} == set(
        vocab.CONSENT_PURPOSES.codes
    )


def test_export_import_round_trip_keeps_ids_and_refuses_duplicates(run, case_template, tmp_path):
    import shutil

    assert run("demo", "--newcomers", "5", "--entries-per", "20")[0] == 0
    exported = tmp_path / "all.json"
    assert run("export-data", "-o", str(exported))[0] == 0
    fresh = tmp_path / "fresh"
    shutil.copytree(case_template, fresh)
    code, out, _ = run("import", str(exported), home=fresh)
    assert code == 0 and "5 newcomers, 100 entries" in out
    again = tmp_path / "again.json"
    assert run("export-data", "-o", str(again), home=fresh)[0] == 0
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (exported, again))
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second
    code, _, err = run("import", str(exported), home=fresh)
    assert code == 1 and "already exist" in err
    assert len(newcomers(run, home=fresh)) == 5


def test_export_of_one_newcomer_by_name(run, tmp_path):
    run("demo", "--newcomers", "3")
    name = newcomers(run)[0]["name"]
    out_file = tmp_path / "one.json"
    assert run("export-data", "-o", str(out_file), "--newcomer", name)[0] == 0
    assert [p["name"] for p in json.loads(out_file.read_text("utf-8"))["newcomers"]] == [name]


def _valid_document(run, tmp_path):
    run("demo", "--newcomers", "2", "--entries-per", "5")
    path = tmp_path / "valid.json"
    run("export-data", "-o", str(path))
    document = json.loads(path.read_text(encoding="utf-8"))
    # Import into the same case would clash on ids: give everything new ids.
    import uuid

    for person in document["newcomers"]:
        person["id"] = str(uuid.uuid4())
        for item in person["entries"] + person["consents"]:
            item["id"] = str(uuid.uuid4())
    return document


def _break_type(d):
    d["newcomers"][0]["entries"][0]["hours"] = "many"


def _break_kind(d):
    d["newcomers"][0]["entries"][0]["kind"] = "party"


def _break_huge(d):
    d["newcomers"][0]["entries"][0]["text"] = "x" * 10_000_000


def _break_date(d):
    d["newcomers"][1]["entries"][2]["date"] = "2026-13-45"


def _break_type_for_kind(d):
    entry = d["newcomers"][0]["entries"][0]
    entry["kind"], entry["type"] = "contact", "hospital"


def _break_empty_note(d):
    entry = d["newcomers"][0]["entries"][0]
    entry.update(kind="note", type=None, status=None, text="  ", topics=[], hours=None)


def _break_zero_hours(d):
    entry = d["newcomers"][0]["entries"][0]
    entry.update(kind="activity", type="work", status=None, topics=[], hours=0)


def _break_future_termijn(d):
    d["newcomers"][1]["termijn_start"] = "2099-01-01"


@pytest.mark.parametrize(
    ("breaker", "field"),
    [
        (_break_empty_note, "newcomers[0].entries[0].text: a note needs text"),
        (_break_zero_hours, "newcomers[0].entries[0].hours: an activity needs hours"),
        (_break_future_termijn, "newcomers[1].termijn_start: lies in the future"),
        (_break_type, "newcomers[0].entries[0].hours"),
        (_break_kind, "newcomers[0].entries[0].kind"),
        (_break_huge, "newcomers[0].entries[0].text"),
        (_break_date, "newcomers[1].entries[2].date"),
        (_break_type_for_kind, "newcomers[0].entries[0].type"),
    ],
)
def test_bad_import_is_refused_naming_the_field_and_changes_nothing(
    run, case_paths, tmp_path, breaker, field
):
    document = _valid_document(run, tmp_path)
    broken = copy.deepcopy(document)
    breaker(broken)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    before = newcomers(run)
    hashes = file_hashes(case_paths)
    code, _, err = run("import", str(path))
    assert code == 1
    assert field in err and "nothing was changed" in err and err.count("\n") == 1
    assert newcomers(run) == before
    assert file_hashes(case_paths) == hashes


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (
            b'{"format": "sleutelapp-data", "version": 1, "newcomers": ['
            + b"[" * 5000
            + b"]" * 5000
            + b"]}",
            "nested too deeply",
        ),
        (b"not json at all", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "something-else"}', "not a sleutelapp-data file"),
        (b'{"format": "sleutelapp-data", "version": 99, "newcomers": []}', "version 99"),
    ],
)
def test_hostile_import_files_are_refused_with_a_clear_line(run, tmp_path, content, expected):
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    code, _, err = run("import", str(path))
    assert code == 1 and expected in err and "Traceback" not in err


def test_check_passwd_and_erase(run, monkeypatch):
    run("demo", "--newcomers", "4")
    code, out, _ = run("check")
    assert code == 0 and "All is well" in out
    monkeypatch.setenv("SLEUTELAPP_NEW_PASSPHRASE", "een nieuwe wachtzin")
    assert run("passwd")[0] == 0
    code, _, err = run("newcomers")
    assert code == 3 and "Wrong passphrase" in err
    monkeypatch.setenv("SLEUTELAPP_PASSPHRASE", "een nieuwe wachtzin")
    people = newcomers(run)
    code, out, _ = run("erase", people[0]["id"], "--yes")
    assert code == 0 and "Erased" in out
    assert [p["id"] for p in newcomers(run)] == [p["id"] for p in people[1:]]
    code, _, err = run("erase", people[0]["id"], "--yes")
    assert code == 1 and "No newcomer found" in err


def test_ambiguous_name_is_refused(run):
    run("demo", "--newcomers", "30")
    people = newcomers(run)
    first_names = [p["name"].split()[0] for p in people]
    shared = next(n for n in first_names if first_names.count(n) > 1)
    code, _, err = run("erase", shared, "--yes")
    assert code == 1 and "matches" in err
    assert len(newcomers(run)) == len(people)


def test_agenda_json(run):
    run("demo", "--newcomers", "10", "--entries-per", "40")
    code, out, _ = run("agenda", "--days", "60", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert all(r["kind"] in ("appointment", "task") for r in rows)
    assert rows == sorted(rows, key=lambda r: (r["date"], r["time"] or ""))


def test_usage_errors_exit_2(run):
    with pytest.raises(SystemExit) as info:
        run("demo", "--newcomers", "lots")
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        run("no-such-command")
    assert info.value.code == 2


def test_missing_case_file_is_exit_1(run, tmp_path):
    code, _, err = run("newcomers", home=tmp_path / "empty")
    assert code == 1 and "no case file" in err and err.count("\n") == 1


def test_real_process_prints_one_line_and_no_traceback(case_paths):
    env = {"SLEUTELAPP_PASSPHRASE": "wrong", "SLEUTELAPP_LANG": "nl", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "sleutelapp", "--home", str(case_paths.data), "newcomers"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == [
        "sleutelapp: Verkeerde wachtzin. Er is niets veranderd; probeer het opnieuw."
    ]
    version = subprocess.run(
        [sys.executable, "-m", "sleutelapp", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.returncode == 0 and version.stdout.startswith("Sleutelapp ")
