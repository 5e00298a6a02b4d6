"""Issue 14: one translation system. No code picks a language by comparing codes or by
holding Dutch and English side by side; every marked text reaches the extractor."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from sleutelapp.language import LANGUAGES

PACKAGE = Path(__file__).resolve().parents[2] / "sleutelapp"
CODES = {lang.code for lang in LANGUAGES} | {"nl_NL", "en_GB"}


def has_pair(names) -> bool:
    """Names such as (nl, en), (label_nl, label_en) or (nl_text, en_text) side by side."""
    names = set(names)
    return any(
        (n.endswith("nl") and n[:-2] + "en" in names)
        or (n.startswith("nl") and "en" + n[2:] in names)
        for n in names
    )


def python_files():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(("gui/forms/", "language/")):
            continue
        yield relative, ast.parse(path.read_text(encoding="utf-8"))


def is_code(node) -> bool:
    if isinstance(node, ast.Constant) and node.value in CODES:
        return True
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return any(is_code(element) for element in node.elts)
    return False


def language_choices(tree):
    """Places that compare a value with a language code or hold an nl/en pair."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(
            is_code(side) for side in [node.left, *node.comparators]
        ):
            yield node.lineno, "compares a language code"
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names = {a.arg for a in [*node.args.args, *node.args.kwonlyargs]}
            if has_pair(names):
                yield node.lineno, f"{node.name}() takes Dutch and English texts side by side"
            if node.name == "pick":
                yield node.lineno, "defines pick()"
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "pick":
                yield node.lineno, "calls pick()"
            if has_pair(k.arg for k in node.keywords if k.arg):
                yield node.lineno, "passes nl= and en= texts"
            if name == "translate" and any(k.arg == "n" for k in node.keywords):
                yield node.lineno, "passes n= by keyword (the extractor reads it only 4th)"
        elif isinstance(node, ast.ClassDef) and has_pair(
            item.target.id
            for item in node.body
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
        ):
            yield node.lineno, f"class {node.name} holds Dutch and English texts side by side"
        elif isinstance(node, ast.Dict) and {"nl", "en"} <= {
            k.value for k in node.keys if isinstance(k, ast.Constant)
        }:
            yield node.lineno, "a dict of Dutch and English texts"


def test_no_code_picks_a_language_itself():
    offenders = [
        f"sleutelapp/{name}:{line}: {why}"
        for name, tree in python_files()
        for line, why in language_choices(tree)
    ]
    assert offenders == [], "translate through sleutelapp.language / tr() instead:\n" + "\n".join(
        offenders
    )


def test_the_check_finds_a_language_choice():
    found = list(
        language_choices(
            ast.parse(
                'def label(nl, en): return en if language == "en" else nl\n'
                'x = pick("Ja", "Yes")\n'
                "class Term:\n    code: str\n    label_nl: str\n    label_en: str\n"
                'y = cat.translate("C", "%n days", n=3)\n'
            )
        )
    )
    whys = {why for _, why in found}
    assert "compares a language code" in whys
    assert "label() takes Dutch and English texts side by side" in whys
    assert "calls pick()" in whys
    assert "class Term holds Dutch and English texts side by side" in whys
    assert any("n= by keyword" in why for why in whys)


# Common Dutch words; two in one text (or one of the domain nouns alone in a short text)
# mark a Dutch text written in the code instead of in the catalogue.
DUTCH_WORDS = re.compile(
    r"\b(de|het|een|van|uw|niet|voor|wordt|zijn|geen|naar|bij|heeft|kan|moet|deze|dit|ook|"
    r"nog|alleen|maar|wat|wie|hoe|waar|welke|gemaakt|bewaard|nieuwkomer|nieuwkomers|"
    r"afspraak|afspraken|gedeeld|toestemming|maandag|januari)\b",
    re.I,
)
DUTCH_NOUNS = {
    "nieuwkomer",
    "afspraak",
    "afspraken",
    "toestemming",
    "maandag",
    "januari",
    "gedeeld",
}
# Dutch on purpose: fictional demo records (data, not texts of the app) and the list of
# words a passphrase must not consist of.
DUTCH_DATA_MODULES = {"domain/demo.py", "domain/passphrase.py"}


def marked_or_documented(tree) -> set[int]:
    """ids of string constants inside translate()/tr()/QT_TRANSLATE_NOOP() and docstrings."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("translate", "tr", "QT_TRANSLATE_NOOP"):
                found |= {id(sub) for arg in node.args for sub in ast.walk(arg)}
        if (
            isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        ):
            found.add(id(node.body[0].value))
    return found


def dutch_literals(tree):
    skip = marked_or_documented(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            words = [w.lower() for w in DUTCH_WORDS.findall(node.value)]
            short = len(node.value.split()) <= 3
            if len(words) >= 2 or (len(words) == 1 and short and words[0] in DUTCH_NOUNS):
                yield node.lineno, node.value[:60]


def test_no_dutch_text_is_written_in_the_code():
    """Source texts are English; Dutch lives in sleutelapp_nl.ts."""
    offenders = [
        f"sleutelapp/{name}:{line}: {text!r}"
        for name, tree in python_files()
        if name not in DUTCH_DATA_MODULES
        for line, text in dutch_literals(tree)
    ]
    assert offenders == [], "\n".join(offenders)


def test_the_dutch_check_finds_a_dutch_text():
    tree = ast.parse(
        'RECIPIENT = "de nieuwkomer zelf"\n'
        'OK = translate("C", "the newcomer themself")\n'
        'STEM = "afspraken"\n'
    )
    assert [line for line, _ in dutch_literals(tree)] == [1, 3]
