"""The UI language in the GUI: stated writing direction, one translator over the catalogue."""

from __future__ import annotations

import functools

import pytest

from sleutelapp.language import LANGUAGES

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_every_language_states_the_direction_qt_gives_it(qapp, lang):
    from PySide6.QtCore import QLocale, Qt

    expected = (
        Qt.LayoutDirection.RightToLeft if lang.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    assert QLocale(lang.qt_locale).textDirection() == expected
    assert QLocale(lang.qt_locale).language() == QLocale(lang.code).language()


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_install_switches_translation_and_layout_direction(qapp, lang):
    from PySide6.QtCore import QCoreApplication, Qt

    from sleutelapp.gui import i18n
    from sleutelapp.language import catalogue

    before = i18n.current_language()
    try:
        i18n.install(qapp, lang.code)
        assert i18n.current_language() == lang.code
        expected = (
            Qt.LayoutDirection.RightToLeft if lang.right_to_left else Qt.LayoutDirection.LeftToRight
        )
        assert qapp.layoutDirection() == expected
        shown = QCoreApplication.translate("MainWindow", "Today")
        in_direction = functools.partial(i18n.in_direction, right_to_left=lang.right_to_left)
        assert shown == in_direction(catalogue(lang.code).translate("MainWindow", "Today"))
        if not lang.source:
            assert shown != "Today"
        assert QCoreApplication.translate("MainWindow", "%n newcomer(s)", None, 1) == in_direction(
            catalogue(lang.code).translate("MainWindow", "%n newcomer(s)", None, 1)
        )
    finally:
        i18n.install(qapp, before)


def test_a_code_the_app_does_not_ship_gets_dutch(qapp):
    from sleutelapp.gui import i18n

    before = i18n.current_language()
    try:
        i18n.install(qapp, "xx")
        assert i18n.current_language() == "nl"
    finally:
        i18n.install(qapp, before)


@pytest.mark.parametrize(
    ("text", "right_to_left", "shown"),
    [
        ("Sleutelapp مقفل", True, "\u200fSleutelapp مقفل"),  # a Latin name first
        ("%n وافد جديد", True, "\u200f%n وافد جديد"),  # a number first
        ("{0} لـ {1}", True, "\u200f{0} لـ {1}"),  # a name will come first
        ("اليوم", True, "اليوم"),  # already right to left
        ("recovery-key.pdf", True, "recovery-key.pdf"),  # no right-to-left letter: a file name
        ("<h2>Sleutelapp</h2>", True, "<h2>Sleutelapp</h2>"),  # no right-to-left letter
        ("<b>{0}</b> — موعد", True, "<b>\u200f{0}</b> — موعد"),  # rich: inside its first tag
        ("&التالي", True, "\u200f&التالي"),
        ("Sleutelapp is locked", False, "Sleutelapp is locked"),
    ],
)
def test_a_right_to_left_text_starts_right_to_left(text, right_to_left, shown):
    from sleutelapp.gui.i18n import in_direction

    assert in_direction(text, right_to_left) == shown


def test_a_latin_name_first_in_a_right_to_left_label_is_read_right_to_left(qapp, dutch):
    """Laid out by Qt, the Persian "Sleutelapp is locked" puts the name on the right, where
    a right-to-left reader starts (without the mark it stood on the left)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QTextLayout

    from sleutelapp.gui import i18n

    try:
        i18n.install(qapp, "fa")
        text = QCoreApplication.translate("UnlockPage", "Sleutelapp is locked")
        assert "Sleutelapp" in text
        layout = QTextLayout(text, qapp.font())
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(2000)
        layout.endLayout()
        name_at = line.cursorToX(text.index("Sleutelapp"))[0]
        end_at = line.cursorToX(len(text))[0]
        assert name_at > end_at, "the name is not where a right-to-left line starts"
    finally:
        i18n.install(qapp, "nl")


@pytest.mark.parametrize(
    ("ui", "text", "shown"),
    [
        ("fa", "Özge (Özge Aydın)", "\u200fÖzge (Özge Aydın)"),
        ("fa", "<b>Özge</b> (Özge Aydın)", "<b>\u200fÖzge</b> (Özge Aydın)"),
        ("fa", "12 تازه‌وارد", "\u200f12 تازه‌وارد"),
        ("fa", "امروز", "امروز"),
        ("nl", "محمد العلي (Mohammed)", "\u200eمحمد العلي (Mohammed)"),
        ("nl", "Özge", "Özge"),
    ],
)
def test_a_text_made_in_code_starts_in_the_ui_direction(qapp, dutch, ui, text, shown):
    from sleutelapp.gui import i18n

    try:
        i18n.install(qapp, ui)
        assert i18n.in_ui_direction(text) == shown
    finally:
        i18n.install(qapp, "nl")


def test_a_full_right_to_left_line_is_not_cut_at_the_label_edge(qapp, qtbot, dutch):
    """Qt laid a full Arabic line out a little wider than its wrapped label, so the end of
    its last word was cut off; in a right-to-left language every wrapped label gets room."""
    from PySide6.QtWidgets import QLabel

    from sleutelapp.gui import i18n

    text = (
        "إذا نسيتم عبارة المرور يومًا، فمفتاح الاسترداد هذا هو الطريق الوحيد للعودة إلى "
        "دفتر المتابعة. لن يظهر إلا الآن. اكتبوه أو اطبعوه، وأعطوه لمؤسستكم لتحفظه في مكان آمن."
    )
    try:
        i18n.install(qapp, "ar")
        touching = []
        for width in range(460, 520, 2):
            label = QLabel(text)
            label.setWordWrap(True)
            qtbot.addWidget(label)
            label.show()
            label.resize(width, label.heightForWidth(width))
            image = label.grab().toImage()
            inked = [
                x
                for x in range(image.width())
                if any(image.pixelColor(x, y).lightness() < 140 for y in range(image.height()))
            ]
            if inked and (inked[0] == 0 or inked[-1] == image.width() - 1):
                touching.append(width)
            label.close()
        assert touching == []
    finally:
        i18n.install(qapp, "nl")


def test_a_file_name_loses_the_direction_marks_a_translation_got():
    from sleutelapp.gui.i18n import file_name, in_direction

    marked = in_direction("PDF-مفتاح.pdf", right_to_left=True)
    assert marked != "PDF-مفتاح.pdf"  # the label's mark, which a file name must not keep
    assert file_name(marked) == "PDF-مفتاح.pdf"
    assert file_name("\u200erecovery-key\u061c.pdf\u200f") == "recovery-key.pdf"
