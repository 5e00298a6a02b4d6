"""`backup`, `restore` and `purge` on the command line (design.md §8)."""

from __future__ import annotations

import json
from datetime import date

from sleutelapp.cli import main
from tests.conftest import PASSPHRASE


def names(run, home=None):
    code, out, _ = run("newcomers", "--json", home=home)
    assert code == 0
    return sorted(n["name"] for n in json.loads(out))


def test_backup_into_the_backup_folder_and_to_a_chosen_file(run, case_paths, tmp_path):
    assert run("demo", "--newcomers", "4", "--entries-per", "3")[0] == 0
    code, out, err = run("backup")
    assert code == 0 and err == ""
    made = list(case_paths.backups.glob("backup-*.sleutelbackup"))
    assert len(made) == 1 and str(made[0]) in out and "4 newcomers" in out
    code, out, _ = run("backup", "-o", str(tmp_path / "usb-backup"))
    assert code == 0 and (tmp_path / "usb-backup.sleutelbackup").is_file()


def test_restore_on_a_new_machine_and_over_an_existing_case(run, case_paths, tmp_path, monkeypatch):
    run("demo", "--newcomers", "3", "--entries-per", "2")
    before = names(run)
    target = tmp_path / "b.sleutelbackup"
    assert run("backup", "-o", str(target))[0] == 0

    laptop = tmp_path / "new-laptop"
    code, out, err = run("restore", str(target), home=laptop)
    assert code == 0, err
    assert "3 newcomers" in out and "Backup restored" in out
    assert names(run, home=laptop) == before

    run("demo", "--newcomers", "2", "--entries-per", "1", "--seed", "9")
    code, out, _ = run("restore", str(target))
    assert code == 0 and "previous case file was kept in" in out
    assert names(run) == before
    assert run("check")[0] == 0


def test_restore_with_the_wrong_passphrase_or_a_damaged_file_changes_nothing(
    run, case_paths, tmp_path, monkeypatch
):
    run("demo", "--newcomers", "2", "--entries-per", "1")
    target = tmp_path / "b.sleutelbackup"
    run("backup", "-o", str(target))
    before = {p.name: p.read_bytes() for p in case_paths.data.iterdir() if p.is_file()}

    monkeypatch.setenv("SLEUTELAPP_PASSPHRASE", "niet de goede wachtzin")
    code, _, err = run("restore", str(target))
    assert code == 3 and "does not open this backup" in err and err.count("\n") == 1

    monkeypatch.setenv("SLEUTELAPP_PASSPHRASE", PASSPHRASE)
    damaged = tmp_path / "damaged.sleutelbackup"
    damaged.write_bytes(target.read_bytes()[:-5000])
    code, _, err = run("restore", str(damaged))
    assert code == 1 and "not a usable backup" in err and err.count("\n") == 1
    code, _, err = run("restore", str(tmp_path / "missing.sleutelbackup"))
    assert code == 1 and "does not exist" in err

    after = {p.name: p.read_bytes() for p in case_paths.data.iterdir() if p.is_file()}
    assert after == before


def test_restore_with_the_recovery_key(run, monkeypatch, tmp_path):
    home = tmp_path / "a"
    monkeypatch.setenv("SLEUTELAPP_PASSPHRASE", "een goede lange wachtzin")
    key_file = tmp_path / "recovery.txt"
    assert main(["--home", str(home), "init", "--recovery-key-file", str(key_file)]) == 0
    assert main(["--home", str(home), "backup", "-o", str(tmp_path / "b")]) == 0
    monkeypatch.delenv("SLEUTELAPP_PASSPHRASE")
    code = main(
        [
            "--home",
            str(tmp_path / "c"),
            "restore",
            str(tmp_path / "b.sleutelbackup"),
            "--recovery-key-file",
            str(key_file),
        ]
    )
    assert code == 0


def test_purge_dry_run_lists_and_purge_erases(run, case_paths):
    from sleutelapp.domain.model import Newcomer
    from sleutelapp.store.case import Case

    with Case.open(case_paths, PASSPHRASE) as case:
        old = case.newcomers.add(Newcomer(name="Oud Dossier"))
        case.newcomers.close(old.id, on=date(2020, 1, 1))
        case.newcomers.add(Newcomer(name="Nog Bezig"))
    code, out, _ = run("purge", "--dry-run")
    assert code == 0 and "Oud Dossier" in out and "nothing was erased" in out
    assert names(run) == ["Nog Bezig", "Oud Dossier"]
    code, out, _ = run("purge")
    assert code == 0 and f"Erased: {old.id}" in out and "1 newcomer erased" in out
    assert "Oud Dossier" not in out  # the terminal log keeps no name of an erased person
    assert names(run) == ["Nog Bezig"]
