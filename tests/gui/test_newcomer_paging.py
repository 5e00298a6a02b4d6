"""The newcomer list reads a long list a page at a time (canFetchMore / fetchMore), and
search, selection, badges and the count keep working across pages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sleutelapp.domain.model import Newcomer
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

PAGE = 7  # a small page, so a few newcomers make a long list


@pytest.fixture
def small_pages(monkeypatch):
    from sleutelapp.gui.models.newcomer_model import NewcomerListModel

    monkeypatch.setattr(NewcomerListModel, "PAGE", PAGE)


def _add(case, count: int, prefix: str = "Lid") -> list[Newcomer]:
    # A termijn that ends soon: every row carries that badge.
    start = date.today() - timedelta(days=3 * 365 - 30)
    return [
        case.newcomers.add(Newcomer(name=f"{prefix} {i:02d}", termijn_start=start))
        for i in range(count)
    ]


def test_a_long_list_is_read_page_by_page(qtmodeltester, case, small_pages, dutch):
    from sleutelapp.gui.models.newcomer_model import NewcomerListModel

    people = _add(case, 2 * PAGE + 3)
    model = NewcomerListModel()
    model.reload(case)
    assert model.rowCount() == PAGE and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)  # the tester fetches the further pages too
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(people) and not model.has_more()
    names = [model.index(r).data() for r in range(model.rowCount())]
    assert sorted(names) == sorted(p.name for p in people) and len(set(names)) == len(names)
    assert all(
        [kind for kind, _text in model.badge_kinds(r)] == ["termijn"]
        for r in range(model.rowCount())
    )


def test_a_short_list_has_no_more(case, small_pages, dutch):
    from sleutelapp.gui.models.newcomer_model import NewcomerListModel

    _add(case, PAGE)
    model = NewcomerListModel()
    model.reload(case)
    assert model.rowCount() == PAGE and not model.canFetchMore()
    model.fetchMore()  # nothing to fetch: nothing changes
    assert model.rowCount() == PAGE


def test_scrolling_the_list_fetches_more(window, small_pages, qtbot):
    from PySide6.QtCore import Qt

    case = window.session.case
    people = _add(case, 4 * PAGE)
    window.reload_list()
    view = window.ui.newcomerList
    assert window.newcomers.rowCount() < len(people)
    assert "+" in window.ui.countLabel.text()
    view.setFocus()
    view.setCurrentIndex(window.newcomers.index(0))
    for _ in range(len(people)):
        qtbot.keyClick(view, Qt.Key.Key_End)  # to the bottom: the view asks for more
    qtbot.waitUntil(lambda: window.newcomers.rowCount() == len(people))
    assert window.ui.countLabel.text() == f"{len(people)} nieuwkomers"
    last = window.newcomers.index(len(people) - 1).data(window.newcomers.IdRole)
    assert window.current_newcomer_id() == last  # End selected the last, once loaded


def test_search_as_you_type_and_selection_across_pages(window, small_pages, qtbot):
    case = window.session.case
    _add(case, 3 * PAGE)
    wanted = case.newcomers.add(Newcomer(name="Zaynab Haddad"))
    window.reload_list()
    qtbot.keyClicks(window.ui.searchEdit, "zayn")
    assert [window.newcomers.index(r).data() for r in range(window.newcomers.rowCount())] == [
        "Zaynab Haddad"
    ]
    assert window.ui.countLabel.text() == "1 nieuwkomer"
    window.select_newcomer(wanted.id)
    assert window.current_newcomer_id() == wanted.id
    window.ui.searchEdit.clear()  # back to the long list: the one on screen stays
    assert window.current_newcomer_id() == wanted.id
    assert window.newcomers.has_more()
