"""The committed forms and translations match their sources (make ui / make translations)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.gui


def test_every_compiled_form_records_the_hash_of_its_ui_file():
    """Stale forms are found by the .ui file's hash, whatever uic version is installed."""
    from sleutelapp.gui.forms import compile as forms

    ui_files = sorted(forms.UI_DIR.glob("*.ui"))
    assert ui_files, "no ui/*.ui files found"
    committed = {p.name for p in forms.FORMS_DIR.glob("ui_*.py")}
    assert committed == {forms.target_name(u) for u in ui_files}, (
        "a form was added or removed: run make ui"
    )
    stale = [
        ui.name
        for ui in ui_files
        if forms.recorded_hash(
            (forms.FORMS_DIR / forms.target_name(ui)).read_text(encoding="utf-8")
        )
        != forms.source_hash(ui)
    ]
    assert stale == [], f"changed since they were compiled: {stale}; run make ui"


def test_source_hash_ignores_windows_line_endings(tmp_path):
    from sleutelapp.gui.forms import compile as forms

    unix, windows = tmp_path / "a.ui", tmp_path / "b.ui"
    unix.write_bytes(b"<ui>\n <widget/>\n</ui>\n")
    windows.write_bytes(b"<ui>\r\n <widget/>\r\n</ui>\r\n")
    assert forms.source_hash(unix) == forms.source_hash(windows)
    unix.write_bytes(b"<ui>\n <widget name='x'/>\n</ui>\n")
    assert forms.source_hash(unix) != forms.source_hash(windows)


def test_compiled_forms_match_a_fresh_compile_but_for_the_uic_version(tmp_path):
    """The code itself is what make ui writes today (uic's version line left out). Only when
    the installed uic is another minor release than the one that compiled the forms may its
    code differ (6.11 and 6.12 write the same); the .ui hashes above still catch stale forms."""
    from PySide6 import __version__ as pyside_version

    from sleutelapp.gui.forms import compile as forms

    written = forms.compile_all(out_dir=tmp_path)
    differ = []
    compiled_with = set()
    for fresh in written:
        current = (forms.FORMS_DIR / fresh.name).read_text(encoding="utf-8")
        compiled_with.add(forms.tool_version(current) or "")
        if forms.without_tool_version(current) != forms.without_tool_version(
            fresh.read_text(encoding="utf-8")
        ):
            differ.append(fresh.name)
    same_minor = {v.split(".")[:2] == pyside_version.split(".")[:2] for v in compiled_with}
    if differ and same_minor == {False}:
        pytest.skip(f"uic {pyside_version} writes other code than {compiled_with}: {differ}")
    assert differ == [], "run make ui"


def test_the_uic_version_line_is_all_that_is_left_out():
    from sleutelapp.gui.forms import compile as forms

    text = (
        "## Created by: Qt User Interface Compiler version 6.12.0\n"
        "## Source sha256: abc\nself.label.setText('x')\n"
    )
    other = text.replace("6.12.0", "6.8.3")
    assert forms.tool_version(other) == "6.8.3"
    assert forms.without_tool_version(text) == forms.without_tool_version(other)
    assert forms.without_tool_version(text) != forms.without_tool_version(
        other.replace("'x'", "'y'")
    )


def test_every_visible_string_has_a_dutch_translation(tmp_path):
    from sleutelapp.gui import translations_build as build

    ts = tmp_path / "sleutelapp_nl.ts"
    shutil.copy(build.TS_FILE, ts)
    build.update(ts)  # what lupdate finds in today's sources, merged with the translations
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()).strip()
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert not missing, (
        "translate in resources/translations/sleutelapp_nl.ts, then run "
        "make translations:\n" + "\n".join(missing)
    )


def finished_translations(ts_file):
    """(context, source, disambiguation, numerus, [translations]) of every finished message."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms or ["".join(translation.itertext())]
            if not any(t.strip() for t in texts):
                continue
            numerus = message.get("numerus") == "yes"
            found.append(
                (name, message.findtext("source"), message.findtext("comment"), numerus, texts)
            )
    return found


def qm_misses(qm_file, ts_file):
    """Finished translations of the .ts that the compiled .qm does not give back."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm_file)), f"{qm_file} is not a Qt translation file"
    misses = []
    for context, source, comment, numerus, texts in finished_translations(ts_file):
        # Dutch has two plural forms: n == 1, and every other n.
        asked = [(1, texts[0]), (2, texts[-1])] if numerus else [(-1, texts[0])]
        for n, expected in asked:
            got = translator.translate(context, source, comment, n)
            if numerus:
                expected = expected.replace("%n", str(n))
                got = got.replace("%n", str(n))
            if got != expected:
                misses.append(f"{context}: {source!r} gives {got!r}, .ts says {expected!r}")
    return misses


def test_compiled_translation_gives_every_finished_translation():
    """The committed .qm is compared by what it translates, not byte for byte (lrelease
    versions write different bytes for the same catalogue)."""
    from sleutelapp.gui import translations_build as build

    assert len(finished_translations(build.TS_FILE)) > 100
    misses = qm_misses(build.QM_FILE, build.TS_FILE)
    assert misses == [], "run make translations:\n" + "\n".join(misses[:20])


def test_a_stale_compiled_translation_is_found(tmp_path):
    from sleutelapp.gui import translations_build as build

    ts = tmp_path / "changed.ts"
    text = build.TS_FILE.read_text(encoding="utf-8")
    assert "<translation>Vandaag</translation>" in text
    ts.write_text(
        text.replace("<translation>Vandaag</translation>", "<translation>Heden</translation>"),
        encoding="utf-8",
    )
    assert any("'Today'" in miss for miss in qm_misses(build.QM_FILE, ts))
    qm = tmp_path / "changed.qm"
    build.release(ts, qm)
    assert qm_misses(qm, ts) == []


def test_dutch_is_loaded(qapp, dutch):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "Today") == "Vandaag"
