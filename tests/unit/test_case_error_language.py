"""A case error is one English text of the catalogue, said in the reader's language."""

from __future__ import annotations

import importlib
import pickle

import pytest

from sleutelapp.exports.import_problems import ImportRefused, Problem
from sleutelapp.store import connection, errors

# The module, not the function `sleutelapp.language.catalogue` of the same name.
catalogue_module = importlib.import_module("sleutelapp.language.catalogue")

NO_CASE_NL = (
    "Er is nog geen dossierbestand in {folder}. Maak er een met 'sleutelapp init' of "
    "herstel een backup."
)
NO_CASE_EN = (
    "There is no case file in {folder} yet. Create one with 'sleutelapp init' or restore a backup."
)


def no_case_file(tmp_path) -> errors.NoCaseFile:
    with pytest.raises(errors.NoCaseFile) as info:
        connection.inspect_file(tmp_path / "case.db")
    return info.value


def with_catalogue(monkeypatch, tmp_path, code: str, messages: str = "") -> None:
    """Let the catalogue of `code` be a file holding only `messages` (TS <context>s)."""
    path = tmp_path / f"sleutelapp_{code}.ts"
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{code}">'
        f"{messages}</TS>",
        encoding="utf-8",
    )
    real = catalogue_module.catalogue_path
    monkeypatch.setattr(
        catalogue_module, "catalogue_path", lambda c: path if c == code else real(c)
    )
    catalogue_module._catalogue_of.cache_clear()


@pytest.fixture(autouse=True)
def fresh_catalogues():
    catalogue_module._catalogue_of.cache_clear()
    yield
    catalogue_module._catalogue_of.cache_clear()


def test_a_case_error_is_said_in_dutch_and_in_english(tmp_path):
    error = no_case_file(tmp_path)
    assert error.message("nl") == NO_CASE_NL.format(folder=tmp_path)
    assert error.message("en") == NO_CASE_EN.format(folder=tmp_path)
    assert str(error) == error.message("en")
    assert error.message() == error.message("nl")  # Dutch when no language is given
    assert error.code == "no_case_file" and error.exit_code == 1 and not error.offers_restore
    assert error.args == {"parent": tmp_path}


def test_a_language_without_the_translation_gets_the_english(tmp_path, monkeypatch):
    error = no_case_file(tmp_path)
    with_catalogue(monkeypatch, tmp_path, "ar")
    assert error.message("ar") == NO_CASE_EN.format(folder=tmp_path)


def test_a_translation_naming_a_wrong_place_gives_the_english_not_a_crash(tmp_path, monkeypatch):
    error = errors.DamagedFile("The case file {name} is damaged.", name="case.db")
    with_catalogue(
        monkeypatch,
        tmp_path,
        "tr",
        "<context><name>CaseError</name><message><source>The case file {name} is damaged."
        "</source><translation>Dosya {ad} bozuk.</translation></message></context>",
    )
    assert error.message("tr") == "The case file case.db is damaged."


def test_a_detail_inside_an_error_is_said_in_the_same_language(tmp_path):
    target = tmp_path / "case.db"
    from sleutelapp.store.export_target import ProtectedTarget, refuse_protected_target

    with pytest.raises(ProtectedTarget) as info:
        refuse_protected_target(target)
    assert "dat is de naam van een dossierbestand" in info.value.message("nl")
    assert "Niet geschreven naar" in info.value.message("nl")
    assert "that is the name of a case file" in info.value.message("en")
    assert "dossier" not in info.value.message("en")


def test_plural_texts_follow_the_count_in_each_language():
    def refusal(count):
        what = errors.detail("must be a number")  # not in the catalogue: English everywhere
        return ImportRefused([Problem(("newcomers", i, "name"), what) for i in range(count)])

    assert "1 probleem in" in refusal(1).headline("nl") and "3 problemen" in refusal(3).headline(
        "nl"
    )
    assert "1 problem in" in refusal(1).headline("en") and "3 problems" in refusal(3).headline("en")
    assert refusal(1).message("nl").endswith("niets veranderd: newcomers[0].name: must be a number")


def test_a_case_error_survives_pickling_with_its_language(tmp_path):
    error = pickle.loads(pickle.dumps(no_case_file(tmp_path)))
    assert isinstance(error, errors.NoCaseFile)
    assert error.message("nl") == NO_CASE_NL.format(folder=tmp_path)


def test_a_refused_record_names_the_broken_rule_in_the_readers_language(case):
    from sleutelapp.domain.model import Newcomer

    with pytest.raises(errors.InvalidData) as info:
        case.newcomers.add(Newcomer(name=""))
    assert info.value.message("nl") == "Nieuwkomer ongeldig: name: ontbreekt"
    assert info.value.message("en") == "Invalid newcomer: name: is required"
    assert case.newcomers.all() == []  # nothing was stored
