"""The core's catalogue: finished translations from the .ts file, plural forms per language,
English for what is not translated, no Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from sleutelapp.language import LANGUAGES, catalogue, language
from sleutelapp.language.catalogue import Catalogue, read_ts

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{code}">
<context>
    <name>Card</name>
    <message>
        <source>My appointments</source>
        <translation>{mine}</translation>
    </message>
    <message>
        <source>Half done</source>
        <translation type="unfinished">Half</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <comment>phone</comment>
        <translation>Wie bellen</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>{forms}</translation>
    </message>
</context>
</TS>
"""


def make(tmp_path, code, mine, forms):
    path = tmp_path / f"sleutelapp_{code}.ts"
    body = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    path.write_text(TS.format(code=code, mine=mine, forms=body), encoding="utf-8")
    return Catalogue(language(code), path)


def test_finished_translations_are_used_and_unfinished_fall_back_to_english(tmp_path):
    dutch = make(tmp_path, "nl", "Mijn afspraken", ["%n week", "%n weken"])
    assert dutch.translate("Card", "My appointments") == "Mijn afspraken"
    assert dutch.translate("Card", "Half done") == "Half done"
    assert dutch.find("Card", "Half done") is None
    assert dutch.translate("Other", "My appointments") == "My appointments"
    assert dutch.translate("Card", "Whom to call", "phone") == "Wie bellen"
    assert dutch.translate("Card", "Whom to call") == "Whom to call"


def test_plural_forms_follow_each_language(tmp_path):
    dutch = make(tmp_path, "nl", "x", ["%n week", "%n weken"])
    assert [dutch.translate("Card", "%n weeks", None, n) for n in (0, 1, 2)] == [
        "0 weken",
        "1 week",
        "2 weken",
    ]
    arabic = make(
        tmp_path, "ar", "x", ["zero %n", "one %n", "two %n", "few %n", "many %n", "other %n"]
    )
    got = {
        n: arabic.translate("Card", "%n weeks", None, n)
        for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103)
    }
    assert got == {
        0: "zero 0",
        1: "one 1",
        2: "two 2",
        3: "few 3",
        10: "few 10",
        11: "many 11",
        99: "many 99",
        100: "other 100",
        102: "other 102",
        103: "few 103",
    }
    persian = make(tmp_path, "fa", "x", ["%n هفته"])
    assert persian.translate("Card", "%n weeks", None, 5) == "5 هفته"


def test_an_unknown_code_gets_the_default_language():
    assert catalogue("xx").language is LANGUAGES[0]
    assert catalogue(None) is catalogue("nl")


def test_every_shipped_language_names_itself_and_states_its_direction():
    assert [lang.code for lang in LANGUAGES] == ["nl", "en", "ar", "fa", "tr", "ti"]
    assert {lang.code for lang in LANGUAGES if lang.right_to_left} == {"ar", "fa"}
    assert len({lang.name for lang in LANGUAGES}) == len(LANGUAGES)


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES if not lang.source])
def test_every_plural_rule_gives_a_form_the_catalogue_has(code):
    from pathlib import Path

    path = (
        Path(__file__).resolve().parents[2] / "resources" / "translations" / f"sleutelapp_{code}.ts"
    )
    if not path.is_file():
        pytest.skip("catalogue not shipped yet")
    counts = {len(v) for v in read_ts(path).values() if isinstance(v, tuple)}
    assert counts, "no plural messages"
    (forms,) = counts
    assert {language(code).plural(n) for n in range(1000)} == set(range(forms))


def test_the_shipped_dutch_catalogue_is_read():
    assert catalogue("nl").translate("MainWindow", "Today") == "Vandaag"


def _read_with_elementtree(path) -> dict:
    """The whole file read with xml.etree, as the catalogue once did: the reference."""
    import xml.etree.ElementTree as ET

    table: dict = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if forms and all(forms):
                    table[key] = forms
            elif translation.text:
                table[key] = translation.text
    return table


SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.ts")), ids=lambda p: p.name)
def test_each_context_read_on_its_own_says_what_the_whole_file_says(path):
    """A start reads only the contexts it looks up; every lookup answers as a reading of
    the whole file would."""
    reference = _read_with_elementtree(path)
    assert read_ts(path) == reference
    lazy = Catalogue(language(path.stem.split("_")[1]), path)
    for (context, source, comment), found in reference.items():
        expected = found if isinstance(found, str) else None
        if expected is not None:
            assert lazy.find(context, source, comment) == expected


TRICKY = """<?xml version="1.0" encoding="utf-8"?>\r
<!DOCTYPE TS>\r
<TS version="2.1" language="nl_NL">\r
<context>\r
    <name>Card</name>\r
    <message>\r
        <location filename="../card.py" line="3"/>\r
        <source>Fish &amp; chips &lt;b&gt;&#233;&#x263A;</source>\r
        <extracomment>for the translator</extracomment>\r
        <translatorcomment>checked</translatorcomment>\r
        <translation>Vis &amp; patat &quot;&apos;</translation>\r
    </message>\r
    <message>\r
        <source>Gone</source>\r
        <translation type="vanished">Weg</translation>\r
    </message>\r
    <message>\r
        <source>Old</source>\r
        <translation type="obsolete">Oud</translation>\r
    </message>\r
    <message>\r
        <source>Empty</source>\r
        <translation></translation>\r
    </message>\r
    <message numerus="yes">\r
        <source>%n left</source>\r
        <translation>\r
            <numerusform>%n over</numerusform>\r
            <numerusform></numerusform>\r
        </translation>\r
    </message>\r
</context>\r
<context>\r
    <!-- a comment before the name -->\r
    <name>R&amp;D</name>\r
    <message>\r
        <source>Lab</source>\r
        <comment>room</comment>\r
        <translation>Lab&#10;oratorium</translation>\r
    </message>\r
</context>\r
<context>\r
    <name>Card</name>\r
    <message>\r
        <source>Second part</source>\r
        <translation>Tweede deel</translation>\r
    </message>\r
</context>\r
</TS>\r
"""


def test_a_catalogue_as_linguist_may_write_it_reads_as_with_xml_etree(tmp_path):
    """Entities, character references, Linguist's extra elements, unfinished kinds, a
    context in two parts, a comment before a name and Windows line ends."""
    path = tmp_path / "sleutelapp_nl.ts"
    path.write_bytes(TRICKY.encode("utf-8"))
    reference = _read_with_elementtree(path)
    assert read_ts(path) == reference
    dutch = Catalogue(language("nl"), path)
    assert dutch.find("Card", "Fish & chips <b>é☺") == "Vis & patat \"'"
    assert dutch.find("Card", "Second part") == "Tweede deel"
    assert dutch.find("R&D", "Lab", "room") == "Lab\noratorium"
    for gone in ("Gone", "Old", "Empty", "%n left"):
        assert dutch.find("Card", gone) is None
    assert dutch._messages() == reference
