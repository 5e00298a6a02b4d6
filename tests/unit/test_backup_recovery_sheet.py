"""The printable recovery sheet: the whole key on one line, no key in the metadata, user
text escaped, written whole or not at all."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from sleutelapp.exports.recovery_sheet import build_recovery_sheet, write_recovery_sheet

WIDEST = "WWWW-MMMM-WWWW-MMMM-WWWW-MMMM-WWWW-MMMM"


def lines(pdf: bytes) -> list[str]:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text().splitlines()


@pytest.mark.parametrize(
    ("language", "heading"), [("nl", "Wachtzin vergeten?"), ("en", "Forgot the passphrase?")]
)
def test_the_widest_key_stays_on_one_line(language, heading):
    pdf = build_recovery_sheet(WIDEST, {"ui_language": language})
    assert WIDEST in lines(pdf) and heading in lines(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    assert WIDEST not in str(reader.metadata)


def test_organisation_text_is_escaped_not_interpreted():
    settings = {
        "controller_name": "Stichting <b>Welkom & Co",
        "keyperson_name": "أمل حداد",
        "ui_language": "nl",
    }
    text = " ".join(lines(build_recovery_sheet(WIDEST, settings)))
    assert "Stichting <b>Welkom & Co" in text


def test_written_atomically(tmp_path, monkeypatch):
    import sleutelapp.exports.recovery_sheet as sheet

    target = tmp_path / "herstel.pdf"
    write_recovery_sheet(target, WIDEST)
    assert target.read_bytes().startswith(b"%PDF")

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sheet, "build_recovery_sheet", lambda *a, **k: b"%PDF-new")
    monkeypatch.setattr("os.fsync", broken)
    with pytest.raises(OSError, match="No space left"):
        write_recovery_sheet(target, WIDEST)
    assert target.read_bytes().startswith(b"%PDF-1")  # the old file, untouched
    assert [p.name for p in tmp_path.iterdir()] == ["herstel.pdf"]
