"""Commands do only what they name (conventions.md 16): NEWCOMER names exactly one person
and never falls back to entry text; erase confirms; no export lands in the data folder,
on the case file, its key, WAL/SHM or a backup; every export is registered."""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import sys
from datetime import date

import pytest

from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.store import backup
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE


@pytest.fixture
def people(case_paths):
    with Case.open(case_paths, PASSPHRASE) as case:
        amal = case.newcomers.add(Newcomer("Amal Haddad", known_as="Mimi"))
        case.entries.add(Entry(amal.id, "note", date(2026, 2, 4), text="iets geheim over buren"))
        case.consents.add(Consent(amal.id, "regisseur_summary", date(2025, 1, 1)))
        omar = case.newcomers.add(Newcomer("Omar Darwish"))
        case.entries.add(Entry(omar.id, "note", date(2026, 2, 5), text="gewoon"))
    return amal, omar


def names(case_paths) -> list[str]:
    with Case.open(case_paths, PASSPHRASE) as case:
        return sorted(n.name for n in case.newcomers.all())


def case_files(paths) -> dict[str, str]:
    """SHA-256 of every file under the data folder (the case, its key, backups)."""
    return {
        str(p.relative_to(paths.data)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(paths.data.rglob("*"))
        if p.is_file() and p.name != "sleutelapp.log"
    }


@pytest.mark.parametrize("ref", ["?", "*", "%", "geheim", "buren", "", "   ", "a" * 600])
def test_erase_never_searches_entry_text_or_matches_everyone(run, people, case_paths, ref):
    code, out, err = run("erase", ref, "--yes")
    assert code == 1 and "No newcomer found" in err and "Erased" not in out
    assert len(err.strip().splitlines()) == 1
    assert names(case_paths) == ["Amal Haddad", "Omar Darwish"]


def test_report_never_searches_entry_text(run, people, tmp_path):
    code, _out, err = run("report", "geheim", "-o", str(tmp_path / "r.pdf"))
    assert code == 1 and "No newcomer found" in err
    assert not (tmp_path / "r.pdf").exists()


def test_newcomer_by_id_exact_name_known_as_or_unambiguous_prefix(case, people):
    amal, omar = people
    assert case.newcomers.find(amal.id.upper()).id == amal.id
    assert case.newcomers.find("amal haddad").id == amal.id
    assert case.newcomers.find("MIMI").id == amal.id  # known-as name, any letter case
    assert case.newcomers.find("Om").id == omar.id  # an unambiguous prefix
    case.newcomers.add(Newcomer("Omar Darwish-Ali"))
    assert case.newcomers.find("Omar Darwish").id == omar.id  # exact wins over prefix
    from sleutelapp.store.errors import Ambiguous, NotFound

    with pytest.raises(Ambiguous):
        case.newcomers.find("Omar D")
    with pytest.raises(NotFound):
        case.newcomers.find("Haddad")  # not a prefix of the name: no "contains" search


def test_erase_without_terminal_and_without_yes_changes_nothing(run, people, case_paths):
    code, out, err = run("erase", "Amal")
    assert code == 1 and "--yes" in err and "Nothing was erased" in err
    assert len(err.strip().splitlines()) == 1
    assert "Amal Haddad" in out  # it said whom it would have erased
    assert names(case_paths) == ["Amal Haddad", "Omar Darwish"]


@pytest.mark.parametrize(("answer", "left"), [("n", 2), ("", 2), ("y", 1)])
def test_erase_in_a_terminal_asks_first(run, people, case_paths, monkeypatch, answer, left):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    asked = []
    monkeypatch.setattr(builtins, "input", lambda prompt: asked.append(prompt) or answer)
    code, out, _ = run("erase", "Mimi")
    assert asked and "Amal Haddad (Mimi)" in asked[0]
    assert "To erase: Amal Haddad (Mimi)" in out and "1 entry)" in out
    assert len(names(case_paths)) == left
    assert code == (0 if left == 1 else 1)


def protected_targets(paths):
    automatic = paths.backups / "auto-2026-01-01.sleutelbackup"
    wal = paths.db.with_name("case.db-wal")
    return {
        "the case file": paths.db,
        "the key file": paths.key,
        "the WAL": wal,
        "the SHM": paths.db.with_name("case.db-shm"),
        "the data folder": paths.data / "export.json",
        "a new folder in it": paths.data / "sub" / "x.json",
        "the backup folder": paths.backups / "x.json",
        "an automatic backup": automatic,
        "the case file in capitals": paths.data / "CASE.DB",
    }


@pytest.mark.parametrize(
    "command",
    [
        ("export-data", "-o"),
        ("report", "Amal", "-o"),
        ("summary", "--period", "2026-Q1", "-o"),
        ("backup", "-o"),
    ],
    ids=lambda c: c[0],
)
def test_no_export_writes_into_the_data_folder(run, people, case_paths, command):
    case_paths.backups.mkdir(exist_ok=True)
    with Case.open(case_paths, PASSPHRASE) as case:
        backup.automatic_backup(case, today=date(2026, 1, 1))
    before = case_files(case_paths)
    for what, target in protected_targets(case_paths).items():
        code, _out, err = run(*command, str(target))
        assert code == 1, what
        assert "Not written to" in err and "never touch the case file" in err, what
        assert len(err.strip().splitlines()) == 1, what
    assert case_files(case_paths) == before
    assert not (case_paths.data / "sub").exists()


def test_summary_pdf_and_merge_outputs_are_checked_too(run, people, case_paths, tmp_path):
    before = case_files(case_paths)
    code, _out, err = run(
        "summary",
        "--period",
        "2026-Q1",
        "-o",
        str(tmp_path / "s.json"),
        "--pdf",
        str(case_paths.key),
    )
    assert code == 1 and "Not written to" in err
    assert not (tmp_path / "s.json").exists()  # checked before any work
    code, _out, err = run("merge", str(tmp_path / "a.json"), "-o", str(case_paths.db))
    assert code == 1 and "Not written to" in err
    assert case_files(case_paths) == before


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_a_symlink_to_the_data_folder_or_the_case_file_is_seen_through(
    run, people, case_paths, tmp_path
):
    (tmp_path / "looks-harmless").symlink_to(case_paths.data)
    (tmp_path / "export.json").symlink_to(case_paths.db)
    before = case_files(case_paths)
    for target in (tmp_path / "looks-harmless" / "x.json", tmp_path / "export.json"):
        code, _out, err = run("export-data", "-o", str(target))
        assert code == 1 and "Not written to" in err, target
    assert case_files(case_paths) == before


def test_a_backup_elsewhere_is_not_overwritten_by_an_export(run, people, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    kept = usb / "mijn-backup.zip"  # any name: recognised by what it holds
    assert run("backup", "-o", str(usb / "b.sleutelbackup"))[0] == 0
    (usb / "b.sleutelbackup").rename(kept)
    before = kept.read_bytes()
    code, _out, err = run("export-data", "-o", str(kept))
    assert code == 1 and "a case file or a backup is there" in err
    assert kept.read_bytes() == before
    # A new backup may replace the user's own older backup there.
    assert run("backup", "-o", str(kept))[0] == 0


def test_the_gui_save_paths_meet_the_same_check(case, case_paths):
    from sleutelapp.exports.portable import write_export
    from sleutelapp.store.export_target import ProtectedTarget

    before = case_paths.key.read_bytes()
    with pytest.raises(ProtectedTarget):
        write_export(case, case_paths.key)
    with pytest.raises(ProtectedTarget):
        backup.write_backup(case, case_paths.backups / "mine.sleutelbackup")
    from sleutelapp.exports.recovery_sheet import write_recovery_sheet

    with pytest.raises(ProtectedTarget):
        write_recovery_sheet(case_paths.data / "herstel.pdf", "ABCD-EFGH", {})
    assert case_paths.key.read_bytes() == before
    assert not (case_paths.data / "herstel.pdf").exists()


def test_export_data_is_registered_with_disclosure_and_audit_rows(
    run, people, case_paths, tmp_path
):
    amal, omar = people
    target = tmp_path / "all.json"
    code, out, _ = run("export-data", "-o", str(target), "--recipient", "Nieuwe sleutelpersoon")
    assert code == 0 and "disclosure register" in out
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    code, out, _ = run("disclosures", "--json")
    rows = json.loads(out)
    assert {r["newcomer_id"] for r in rows} == {amal.id, omar.id}
    assert all(r["report_kind"] == "data_export" and r["sha256"] == digest for r in rows)
    assert all(r["recipient"] == "Nieuwe sleutelpersoon" and r["entry_count"] == 1 for r in rows)
    code, out, _ = run("export-data", "-o", str(tmp_path / "one.json"), "--newcomer", "Omar")
    rows = json.loads(run("disclosures", "--json")[1])
    assert len(rows) == 3
    code, out, _ = run("disclosures")
    assert "Data export" in out
    with Case.open(case_paths, PASSPHRASE) as case:
        exports = [e for e in case.audit.events() if e.action == "export"]
    assert len(exports) == 3 and {e.object_kind for e in exports} == {"data_export"}
