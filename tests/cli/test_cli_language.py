"""The command line speaks the language asked for (SLEUTELAPP_LANG) or the system's, from the
catalogues; English where the app does not ship the language. Exit codes and one-line
errors stay the same in every language."""

from __future__ import annotations

import importlib

import pytest

from sleutelapp.cli import build_parser, main
from sleutelapp.commands.context import CliContext, cli_language
from sleutelapp.paths import app_paths

# The module (the package's `catalogue` is the function of the same name).
catalogue_module = importlib.import_module("sleutelapp.language.catalogue")

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

# A small Arabic and Persian catalogue for texts the translators have not done yet.
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{code}">
<context>
    <name>Cli</name>
    <message>
        <source>Nothing planned.</source>
        <translation>{nothing}</translation>
    </message>
    <message>
        <source>--days must be 0..3660</source>
        <translation>{days}</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) erased (retention {{months}} months).</source>
        <translation>{erased}</translation>
    </message>
</context>
</TS>
"""
ARABIC = {
    "nothing": "لا شيء مخطط.",
    "days": "يجب أن تكون --days بين 0 و3660",
    "erased": ["صفر %n", "واحد %n", "اثنان %n", "قليل %n", "كثير %n", "آخر %n"],
}
PERSIAN = {"nothing": "هیچ برنامه‌ای نیست.", "days": "--days باید 0..3660 باشد", "erased": ["%n"]}


@pytest.fixture
def speaks(monkeypatch):
    """Set the environment of a command line: SLEUTELAPP_LANG and the locale variables."""

    def choose(lang=None, **locale):
        for name in (*LOCALE_VARIABLES, "SLEUTELAPP_LANG"):
            monkeypatch.delenv(name, raising=False)
        if lang is not None:
            monkeypatch.setenv("SLEUTELAPP_LANG", lang)
        for name, value in locale.items():
            monkeypatch.setenv(name, value)

    return choose


@pytest.fixture
def small_catalogues(monkeypatch, tmp_path):
    """Arabic and Persian read from small catalogues in a temporary folder."""
    real = catalogue_module.catalogue_path
    written = {}
    for code, texts in (("ar", ARABIC), ("fa", PERSIAN)):
        forms = "".join(f"<numerusform>{f}</numerusform>" for f in texts["erased"])
        path = tmp_path / f"sleutelapp_{code}.ts"
        path.write_text(TS.format(code=code, **{**texts, "erased": forms}), encoding="utf-8")
        written[code] = path
    monkeypatch.setattr(
        catalogue_module, "catalogue_path", lambda code: written.get(code) or real(code)
    )
    catalogue_module._catalogue_of.cache_clear()
    yield
    catalogue_module._catalogue_of.cache_clear()


@pytest.mark.parametrize(
    ("lang", "locale", "expected"),
    [
        ("ar", {}, "ar"),
        ("fa", {"LANG": "nl_NL.UTF-8"}, "fa"),
        ("ti", {}, "ti"),
        ("tr", {}, "tr"),
        ("nl", {}, "nl"),
        ("en", {"LANG": "nl_NL.UTF-8"}, "en"),
        ("ar_SY.UTF-8", {}, "ar"),
        (None, {"LANG": "fa_IR.UTF-8"}, "fa"),
        (None, {"LC_ALL": "ar_SY.UTF-8", "LANG": "nl_NL.UTF-8"}, "ar"),
        (None, {"LC_MESSAGES": "tr_TR.UTF-8"}, "tr"),
        (None, {"LANG": "nl_BE.UTF-8"}, "nl"),
        (None, {"LANG": "ti_ER"}, "ti"),
        # A language the app does not ship, or none: English, as before.
        (None, {"LANG": "de_DE.UTF-8"}, "en"),
        (None, {"LANG": "C.UTF-8"}, "en"),
        (None, {"LC_ALL": "POSIX", "LANG": "nl_NL.UTF-8"}, "en"),
        (None, {}, "en"),
        # An unknown SLEUTELAPP_LANG is passed over: the system's language decides.
        ("xx", {"LANG": "nl_NL.UTF-8"}, "nl"),
        ("xx", {}, "en"),
        ("", {"LANG": "fa_IR.UTF-8"}, "fa"),
    ],
)
def test_the_language_comes_from_sleutelapp_lang_then_the_system(speaks, lang, locale, expected):
    speaks(lang, **locale)
    assert cli_language() == expected


def test_arabic_from_sleutelapp_lang(run, speaks, small_catalogues):
    speaks("ar")
    code, out, err = run("agenda")
    assert (code, out, err) == (0, ARABIC["nothing"] + "\n", "")


def test_persian_from_the_system_locale(run, speaks, small_catalogues):
    speaks(LANG="fa_IR.UTF-8")
    code, out, _ = run("agenda")
    assert (code, out) == (0, PERSIAN["nothing"] + "\n")


def test_an_unknown_sleutelapp_lang_falls_back_to_english(run, speaks, small_catalogues):
    speaks("xx")
    assert run("agenda")[1] == "Nothing planned.\n"
    speaks("xx", LANG="nl_NL.UTF-8")
    assert run("agenda")[1] == "Niets gepland.\n"


def test_a_usage_error_in_arabic_is_one_line_and_exit_2(
    speaks, small_catalogues, case_paths, capsys
):
    speaks("ar")
    with pytest.raises(SystemExit) as info:
        main(["--home", str(case_paths.data), "agenda", "--days", "99999"])
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert err.endswith(ARABIC["days"] + "\n") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ar", "صفر 0"),  # Arabic has a form of its own for zero
        ("nl", "0 nieuwkomers gewist (bewaartermijn"),
        ("en", "0 newcomers erased (retention"),
    ],
)
def test_counts_take_the_plural_form_of_the_language(run, speaks, small_catalogues, lang, expected):
    speaks(lang)
    code, out, _ = run("purge")
    assert code == 0 and out.splitlines()[-1].startswith(expected)


def test_dutch_and_english_come_from_the_committed_catalogues(run, speaks, tmp_path):
    speaks("nl")
    assert run("agenda")[1] == "Niets gepland.\n"
    code, out, _ = run("backup", "-o", str(tmp_path / "a.backup"))
    assert code == 0 and "(0 nieuwkomers, 0 onderdelen," in out
    speaks("en")
    code, out, _ = run("backup", "-o", str(tmp_path / "b.backup"))
    assert code == 0 and "(0 newcomers, 0 entries," in out


def test_a_weak_new_passphrase_is_refused_in_the_language(speaks, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("SLEUTELAPP_PASSPHRASE", "abc")
    for lang, words in (("nl", "de wachtzin moet minstens"), ("en", "the passphrase needs")):
        speaks(lang)
        with pytest.raises(SystemExit) as info:
            main(["--home", str(tmp_path / lang), "init"])
        err = capsys.readouterr().err
        assert info.value.code == 2 and words in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nl",
            ("gebruik: ", "opties", "toon de nieuwkomers", "het dossier van een sleutelpersoon"),
        ),
        ("en", ("usage: ", "options", "list newcomers", "the case file of a key person")),
    ],
)
def test_help_is_in_the_language(speaks, capsys, lang, words):
    speaks(lang)
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0
    assert all(w in out for w in words), out


def test_command_help_is_in_the_language(speaks, capsys):
    speaks("nl")
    with pytest.raises(SystemExit):
        main(["erase", "--help"])
    out = capsys.readouterr().out
    assert "wis één nieuwkomer voorgoed" in out and "wis zonder te vragen" in out


def test_help_texts_are_looked_up_only_when_help_is_shown():
    class Spy:
        def __init__(self):
            self.asked: list[str] = []

        def translate(self, context, source, disambiguation=None, n=-1):
            self.asked.append(source)
            return source

    spy = Spy()
    parser = build_parser(text=spy)  # type: ignore[arg-type]
    parser.parse_args(["newcomers", "--json"])
    assert spy.asked == [], "parsing a command line reads no help text"
    parser.format_help()
    assert "list newcomers" in spy.asked


@pytest.mark.parametrize(
    ("lang", "yes", "no"),
    [
        ("nl", ["j", "ja", " JA ", "y", "yes"], ["", "n", "nee", "jaa"]),
        ("en", ["y", "yes", "Y"], ["", "n", "j", "ja"]),
    ],
)
def test_a_yes_answer_is_said_in_the_language(tmp_path, lang, yes, no):
    ctx = CliContext(paths=app_paths(tmp_path), language=lang)
    assert [ctx.agrees(a) for a in yes] == [True] * len(yes)
    assert [ctx.agrees(a) for a in no] == [False] * len(no)


def _translate_calls():
    """Every `….translate(context, source, …)` call in the command line's code."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "sleutelapp"
    for path in [package / "cli.py", *sorted((package / "commands").glob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked = {
            node.args[0].value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
            and isinstance(node.args[0], ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate":
                yield f"{path.name}:{node.lineno}", node, marked


def test_every_text_of_the_command_line_reaches_the_extractor():
    """Context and source are literals inside the call (an f-string or a variable is never
    extracted, so it would never be translated); a variable source only for texts marked
    with QT_TRANSLATE_NOOP in the same context, such as the help texts."""
    import ast

    def literal(node):
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    wrong = [
        where
        for where, call, marked in _translate_calls()
        if len(call.args) < 2
        or not literal(call.args[0])
        or not (literal(call.args[1]) or call.args[0].value in marked)
        or any(k.arg == "n" for k in call.keywords)
    ]
    assert wrong == []
    assert sum(1 for _ in _translate_calls()) > 80


@pytest.mark.parametrize(("lang", "mark"), [("nl", ","), ("tr", ","), ("en", ".")])
def test_the_backup_size_is_written_with_the_languages_decimal_mark(run, speaks, lang, mark):
    import re

    run("demo", "--newcomers", "3")
    speaks(lang)
    code, out, _ = run("backup")
    assert code == 0
    size = re.search(r"(\d+)([.,])(\d) MB", out)
    assert size is not None and size.group(2) == mark, out
