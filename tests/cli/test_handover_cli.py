"""`handover`, `receive` and `inzage` on the command line (design.md §8)."""

from __future__ import annotations

import shutil

import pytest

from sleutelapp.exports import handover_file
from sleutelapp.paths import app_paths
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.conftest import PASSPHRASE
from tests.unit.test_handover import full_newcomer


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr(handover_file, "DEFAULT_KDF", KdfParams.fast_for_tests())


@pytest.fixture
def colleague(case_template, tmp_path):
    home = tmp_path / "colleague"
    shutil.copytree(case_template, home)
    return app_paths(home)


def _sender_with_one(case_paths):
    with Case.open(case_paths, PASSPHRASE) as case:
        return full_newcomer(case)


def test_handover_prints_the_code_once_and_receive_takes_it_from_the_environment(
    run, case_paths, colleague, tmp_path, monkeypatch
):
    n = _sender_with_one(case_paths)
    target = tmp_path / "naar-jan.sleuteloverdracht"
    code, out, err = run("handover", "Kana", "-o", str(target), "--to", "Jan")
    assert (code, err) == (0, "")
    transfer = next(line.strip() for line in out.splitlines() if line.count("-") == 5)
    assert out.count(transfer) == 1
    assert f"sleutelapp erase {n.id}" in out
    monkeypatch.setenv("SLEUTELAPP_TRANSFER_CODE", transfer)
    code, out, err = run("receive", str(target), home=colleague.data)
    assert (code, err) == (0, "")
    assert "1 newcomer, 6 entries, 2 consents, 1 disclosure." in out
    code, out, err = run("receive", str(target), home=colleague.data)
    assert code == 1 and "already received" in err and "Traceback" not in err


def test_code_file_both_ways_and_a_wrong_code_exits_3(run, case_paths, colleague, tmp_path):
    _sender_with_one(case_paths)
    target, code_file = tmp_path / "x.sleuteloverdracht", tmp_path / "code.txt"
    code, out, _err = run("handover", "Kana", "-o", str(target), "--code-file", str(code_file))
    assert code == 0
    transfer = code_file.read_text().strip()
    assert transfer not in out and len(transfer) == 29
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(handover_file.new_transfer_code() + "\n")
    before = colleague.db.read_bytes()
    code, _out, err = run("receive", str(target), "--code-file", str(wrong), home=colleague.data)
    assert code == 3 and "does not fit" in err
    assert err.count("\n") == 1
    with Case.open(colleague, PASSPHRASE) as received:
        assert received.newcomers.count() == 0
    assert colleague.db.read_bytes() == before
    code, out, err = run("receive", str(target), "--code-file", str(code_file), home=colleague.data)
    assert code == 0, err


def test_receive_refuses_a_newcomer_already_present(run, case_paths, colleague, tmp_path):
    n = _sender_with_one(case_paths)
    target, code_file = tmp_path / "x.sleuteloverdracht", tmp_path / "code.txt"
    run("handover", n.id, "-o", str(target), "--code-file", str(code_file))
    with Case.open(colleague, PASSPHRASE) as there, Case.open(case_paths, PASSPHRASE) as here:
        there.newcomers.add(here.newcomers.get(n.id))
    code, _out, err = run(
        "receive", str(target), "--code-file", str(code_file), home=colleague.data
    )
    assert code == 1 and "already in your case file" in err


def test_receive_without_a_code_source_is_a_usage_error(run, case_paths, tmp_path, capsys):
    target = tmp_path / "x.sleuteloverdracht"
    target.write_bytes(b"x")
    with pytest.raises(SystemExit) as caught:
        run("receive", str(target))
    assert caught.value.code == 2
    assert "SLEUTELAPP_TRANSFER_CODE" in capsys.readouterr().err


def test_receive_of_a_foreign_file_is_one_clear_line(run, tmp_path, monkeypatch):
    target = tmp_path / "foto.sleuteloverdracht"
    target.write_bytes(b"\x89PNG" + bytes(100_000))
    monkeypatch.setenv("SLEUTELAPP_TRANSFER_CODE", handover_file.new_transfer_code())
    code, _out, err = run("receive", str(target))
    assert code == 1 and "not a handover file" in err and err.count("\n") == 1


def test_inzage_writes_the_pdf_and_registers_it(run, case_paths, tmp_path):
    n = _sender_with_one(case_paths)
    target = tmp_path / "inzage.pdf"
    code, out, err = run("inzage", "Kana", "-o", str(target))
    assert (code, err) == (0, "")
    assert target.read_bytes().startswith(b"%PDF")
    code, out, _err = run("disclosures", "--json")
    assert "inzage" in out
    with Case.open(case_paths, PASSPHRASE) as case:
        assert case.disclosures.last_for_newcomer(n.id, "inzage") is not None


def test_inzage_in_another_language_has_the_dutch_beside_it(run, case_paths, tmp_path):
    from pypdf import PdfReader

    _sender_with_one(case_paths)
    target = tmp_path / "inzage.pdf"
    code, _out, err = run("inzage", "Kana", "-o", str(target), "--language", "en")
    assert (code, err) == (0, "")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Your data / Uw gegevens" in text and "Your rights / Uw rechten" in text
    code, _out, err = run("inzage", "Kana", "-o", str(tmp_path / "nl.pdf"))
    text = " ".join(PdfReader(str(tmp_path / "nl.pdf")).pages[0].extract_text().split())
    assert "Uw gegevens" in text and "Your data" not in text


def test_inzage_refuses_an_unknown_language_in_one_line(run, capsys, case_paths, tmp_path):
    _sender_with_one(case_paths)
    target = tmp_path / "inzage.pdf"
    with pytest.raises(SystemExit) as info:
        run("inzage", "Kana", "-o", str(target), "--language", "xx")
    err = capsys.readouterr().err
    assert info.value.code == 2 and "xx" in err and err.strip().count("\n") == 0
    assert not target.exists()
