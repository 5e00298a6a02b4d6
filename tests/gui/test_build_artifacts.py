"""The committed forms and translations match their sources (make ui / make translations)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.gui


def test_compiled_forms_match_the_ui_files(tmp_path):
    from sleutelapp.gui.forms import compile as forms

    written = forms.compile_all(out_dir=tmp_path)
    assert written, "no ui/*.ui files found"
    committed = {p.name for p in forms.FORMS_DIR.glob("ui_*.py")}
    assert committed == {p.name for p in written}, "a form was added or removed: run make ui"
    for fresh in written:
        current = (forms.FORMS_DIR / fresh.name).read_text(encoding="utf-8")
        assert current == fresh.read_text(encoding="utf-8"), f"{fresh.name}: run make ui"


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


def test_compiled_translation_is_up_to_date(tmp_path):
    from sleutelapp.gui import translations_build as build

    qm = tmp_path / "fresh.qm"
    build.release(build.TS_FILE, qm)
    assert build.QM_FILE.read_bytes() == qm.read_bytes(), "run make translations"


def test_dutch_is_loaded(qapp, dutch):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "Today") == "Vandaag"
