"""Hours shown in a field read back the same in every UI language (issue 14): the locale's
decimal point, Latin digits, never a grouping separator."""

from __future__ import annotations

import pytest

from sleutelapp.domain.typed_input import parse_hours
from sleutelapp.language import LANGUAGES


@pytest.fixture
def in_language(qapp, dutch):
    from sleutelapp.gui import i18n

    def switch(code: str) -> None:
        i18n.install(qapp, code)

    return switch


@pytest.mark.parametrize(("code", "shown"), [("nl", "1,5"), ("en", "1.5"), ("tr", "1,5")])
def test_hours_use_the_decimal_point_of_the_ui_language(in_language, code, shown):
    from sleutelapp.gui.labels import format_hours

    in_language(code)
    assert format_hours(1.5) == shown
    assert format_hours(1500.25) == shown[0] + "500" + shown[1] + "25"
    assert format_hours(2.0) == "2" and format_hours(None) == ""


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_hours_read_back_as_typed_in_every_language(in_language, code):
    from sleutelapp.gui.labels import format_hours

    in_language(code)
    for hours in (0.25, 1.5, 12.75, 1500.5):
        shown = format_hours(hours)
        assert shown.isascii(), shown  # Latin digits, a point an hours field reads
        assert parse_hours(shown) == hours
