"""A refused import shows its problems as a list in the error box, each with its path."""

import pytest

from sleutelapp.exports.import_problems import ImportRefused, Problem
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store.errors import detail
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]
# A text of the catalogue: its Dutch is "geen geldige datum".
NOT_A_DATE = QT_TRANSLATE_NOOP("CaseError", "not a valid date")


def refusal(count):
    return ImportRefused(
        [Problem(("newcomers", i, "entries", 0, "date"), detail(NOT_A_DATE)) for i in range(count)]
    )


def test_the_box_lists_the_first_problems_and_holds_all_in_the_details(qtbot, dutch):
    from sleutelapp.gui.errors import PROBLEMS_SHOWN, case_error_box

    box = case_error_box(None, refusal(12))
    qtbot.addWidget(box)
    assert box.text() == "Import geweigerd, er is niets veranderd: 12 problemen in het bestand."
    shown = box.informativeText().splitlines()
    assert shown[0] == "• newcomers[0].entries[0].date: geen geldige datum"
    assert len(shown) == PROBLEMS_SHOWN + 1 and shown[-1] == "• …"
    details = box.detailedText().splitlines()
    assert len(details) == 12 and details[11].startswith("newcomers[11].entries[0].date")


def test_one_problem_stays_one_line(qtbot, dutch):
    from sleutelapp.gui.errors import case_error_box

    box = case_error_box(None, refusal(1))
    qtbot.addWidget(box)
    assert box.text().endswith("niets veranderd: newcomers[0].entries[0].date: geen geldige datum")
    assert box.informativeText() == "" and box.detailedText() == ""
