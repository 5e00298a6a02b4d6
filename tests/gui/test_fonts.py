"""The bundled fonts (resources/fonts/, gui/fonts.py) cover every shipped language: each
character of each catalogue, Persian letters (پ چ ژ گ) and digits, and Tigrinya, is in one of
the bundled families, and the app's font chain draws it with a real glyph, never a box."""

from __future__ import annotations

import pytest

from sleutelapp.language import LANGUAGES, catalogue
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.gui

# Letters a language needs that its catalogue may not happen to use.
EXTRA = {
    "ar": "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي ًٌٍَُِّْ ٠١٢٣٤٥٦٧٨٩ ٫٬،؛؟",
    "fa": "پچژگکیۀ ۰۱۲۳۴۵۶۷۸۹ ٫٬،؛؟ ‌",
    "tr": "ÇçĞğİıÖöŞşÜü",
    "ti": "ሀሁሂሃሄህሆ ቐቑቒቓቔቕቖ ኸኹኺኻኼኽኾ ዀ ጨጩጪጫጬጭጮ ፀፁፂፃፄፅፆ ፡ ። ፣ ፤ ፧",
    "nl": "éëïöüĳ€",
    "en": "£",
}
IGNORED = {"\n", "\t", "\u200c", "\u200d", "\u200e", "\u200f", "\u2068", "\u2069"}  # no glyph


def needed(code: str) -> str:
    """Every character of the language: its catalogue, its own name and EXTRA."""
    messages = catalogue(code)._messages()
    texts = [
        t for value in messages.values() for t in (value if isinstance(value, tuple) else (value,))
    ]
    lang = next(lang for lang in LANGUAGES if lang.code == code)
    chars = set("".join(texts)) | set(lang.name) | set(EXTRA.get(code, ""))
    return "".join(sorted(c for c in chars if c not in IGNORED and not c.isspace()))


def own_font(family: str):
    """The font file behind one bundled family, without Qt's fallbacks."""
    from PySide6.QtGui import QFont, QRawFont

    raw = QRawFont.fromFont(QFont(family))
    assert raw.isValid() and raw.familyName() == family
    return raw


@pytest.fixture(scope="module")
def bundled(qapp):
    from sleutelapp.gui import fonts

    return fonts.register(qapp)


def test_every_bundled_family_is_registered(bundled):
    from sleutelapp.gui.fonts import FAMILIES

    assert set(FAMILIES) <= set(bundled)


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_the_bundled_fonts_have_every_character_of_each_language(bundled, code):
    from sleutelapp.gui.fonts import FAMILIES

    fonts = [own_font(family) for family in FAMILIES]
    missing = [c for c in needed(code) if not any(f.supportsCharacter(ord(c)) for f in fonts)]
    assert missing == [], f"{code}: " + " ".join(f"U+{ord(c):04X} {c}" for c in missing)


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_the_app_font_draws_each_language_with_bundled_glyphs(bundled, qapp, code):
    """Laid out with the application font, every glyph comes from a bundled family and none
    is glyph 0 (the empty box a font shows for a character it lacks)."""
    from PySide6.QtGui import QTextLayout

    from sleutelapp.gui.fonts import FAMILIES

    text = needed(code)
    layout = QTextLayout(text, qapp.font())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    families = set()
    boxes = 0
    for run in layout.glyphRuns():
        families.add(run.rawFont().familyName())
        boxes += sum(1 for glyph in run.glyphIndexes() if glyph == 0)
    assert boxes == 0, f"{code}: {boxes} characters drawn as boxes"
    assert families <= set(FAMILIES), f"{code}: drawn with {families - set(FAMILIES)}"


def test_persian_letters_and_tigrinya_are_in_the_right_families(bundled):
    """QFontMetrics.inFontUcs4 answers for the font with its fallbacks; the raw font of one
    family answers for that family alone."""
    from PySide6.QtGui import QFont, QFontMetrics

    arabic = own_font("Noto Sans Arabic")
    assert all(arabic.supportsCharacter(ord(c)) for c in "پچژگ۰۹٫")
    ethiopic = own_font("Noto Sans Ethiopic")
    assert all(ethiopic.supportsCharacter(ord(c)) for c in "ትግርኛ")
    assert not own_font("Noto Sans").supportsCharacter(ord("پ"))  # so the check can fail
    assert QFontMetrics(QFont("Noto Sans Arabic")).inFontUcs4(ord("پ"))


def test_a_character_no_font_has_is_shown_as_a_placeholder_not_a_box(bundled):
    """U+10FFFD (private use) is in no font; the shipped scripts pass unchanged, and so do
    the invisible marks that right-to-left text and emoji sequences carry."""
    from sleutelapp.gui.fonts import PLACEHOLDER, shown

    assert shown("Özge \U0010fffd Aydın") == f"Özge {PLACEHOLDER} Aydın"
    for text in ("محمد العلي", "پچژگ", "ትግርኛ", "Çağrı", "\u200fSleutelapp\u2068x\u2069", "a\ufe0f"):
        assert shown(text) == text
    assert own_font("Noto Sans").supportsCharacter(ord(PLACEHOLDER))  # itself drawable


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
def test_the_newcomer_list_and_timeline_show_a_placeholder_for_undrawable_characters(window):
    """A name or text with a character no font has (U+10FFFD) shows the placeholder in the
    list and the timeline; what is stored stays as typed."""
    from datetime import date

    from sleutelapp.domain.model import Entry, Newcomer
    from sleutelapp.gui.fonts import PLACEHOLDER

    case = window.session.case
    person = case.newcomers.add(Newcomer(name="Yara \U0010fffd Haddad"))
    case.entries.add(Entry(person.id, "note", date.today(), text="Notitie \U0010fffd"))
    window.reload_all()
    window.select_newcomer(person.id)
    model = window.ui.newcomerList.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert f"Yara {PLACEHOLDER} Haddad" in names, names
    timeline = window.newcomer_view.ui.timelineView.model()
    texts = [
        timeline.index(r, c).data()
        for r in range(timeline.rowCount())
        for c in range(timeline.columnCount())
    ]
    assert any(t and f"Notitie {PLACEHOLDER}" in t for t in texts), texts
    assert case.newcomers.get(person.id).name == "Yara \U0010fffd Haddad"


def test_a_start_registers_the_fonts_of_its_first_pages_language_only():
    """Noto Sans and the script its language's own name is written in; none for a language
    in Latin letters."""
    from sleutelapp.gui.fonts import _script_files

    assert {code: _script_files(code) for code in ("nl", "en", "tr", "ar", "fa", "ti")} == {
        "nl": (),
        "en": (),
        "tr": (),
        "ar": ("NotoSansArabicUI-",),
        "fa": ("NotoSansArabicUI-",),
        "ti": ("NotoSansEthiopic-",),
    }


# In a fresh process: the fonts a start registers, then those the main window adds.
_START_THEN_MAIN_WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from sleutelapp.gui import fonts
from sleutelapp.paths import app_paths
app = QApplication(sys.argv[:1])
at_start = fonts.register(app, sys.argv[1])
from sleutelapp.gui.main_window import MainWindow
from sleutelapp.gui.prefs import UiPrefs
paths = app_paths(Path(sys.argv[2]))
window = MainWindow(paths, UiPrefs(paths))
registered = sorted({f for families in fonts._families_of.values() for f in families})
print(json.dumps([at_start, registered, app.font().families()]))
"""


@pytest.mark.parametrize(
    ("code", "at_start"),
    [("nl", ["Noto Sans"]), ("ar", ["Noto Sans", "Noto Sans Arabic UI"])],
)
def test_the_main_window_registers_every_bundled_font(tmp_path, code, at_start):
    import json
    import os
    import subprocess
    import sys

    from sleutelapp.gui.fonts import FAMILIES

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _START_THEN_MAIN_WINDOW, code, str(tmp_path / "home")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    started, then, app_families = json.loads(result.stdout.splitlines()[-1])
    assert started == at_start
    assert set(FAMILIES) | {"Noto Sans Arabic"} <= set(then)
    assert app_families == FAMILIES, "the app font falls back to every script"
