"""Every item model passes pytest-qt's qtmodeltester, on real store rows."""

from __future__ import annotations

from datetime import date

import pytest

from sleutelapp.domain.model import Disclosure
from tests.gui.conftest import add_people

pytestmark = pytest.mark.gui


@pytest.fixture
def filled(case):
    people = add_people(case, 4)
    case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            period_from=date(2026, 1, 1),
            period_to=date(2026, 3, 31),
            recipient="Gemeente",
            purpose="regisseur_summary",
            sha256="0" * 64,
            newcomer_id=people[0].id,
        )
    )
    return case, people


def test_newcomer_list_model(qtmodeltester, filled, dutch):
    from sleutelapp.gui.models.newcomer_model import NewcomerListModel

    case, people = filled
    model = NewcomerListModel()
    model.reload(case)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4
    assert model.index(0).data(NewcomerListModel.IdRole) in {p.id for p in people}
    model.reload(case, "stage 2")
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Persoon 2"]
    qtmodeltester.check(model, force_py=True)


def test_timeline_model_pages_with_fetch_more(qtmodeltester, filled, dutch):
    from sleutelapp.domain.model import Entry
    from sleutelapp.gui.models import timeline_model
    from sleutelapp.gui.models.timeline_model import TimelineModel

    case, people = filled
    case.entries.add_many(
        [
            Entry(newcomer_id=people[0].id, kind="note", date=date(2025, 1, 1), text=f"notitie {i}")
            for i in range(timeline_model.PAGE + 5)
        ]
    )
    model = TimelineModel()
    model.reload(case, people[0].id)
    assert model.rowCount() == timeline_model.PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == timeline_model.PAGE + 7 and not model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    model.reload(case, people[0].id, ("appointment",))
    assert model.rowCount() == 1
    assert model.index(0, TimelineModel.KIND).data() == "Afspraak"
    qtmodeltester.check(model, force_py=True)


def test_register_models(qtmodeltester, filled, dutch):
    from sleutelapp.gui.models.register_models import ConsentsModel, DisclosuresModel

    case, people = filled
    consents, disclosures = ConsentsModel(), DisclosuresModel()
    consents.reload(case, people[0].id)
    disclosures.reload(case, people[0].id)
    assert consents.index(0, ConsentsModel.PURPOSE).data() == "Meetellen in anonieme overzichten"
    assert disclosures.index(0, DisclosuresModel.RECIPIENT).data() == "Gemeente"
    qtmodeltester.check(consents, force_py=True)
    qtmodeltester.check(disclosures, force_py=True)


def test_the_consents_model_shows_the_sheet_a_consent_was_signed_on(filled, dutch):
    from datetime import date

    from PySide6.QtCore import Qt

    from sleutelapp.domain.model import Consent, Disclosure
    from sleutelapp.exports.consent_sheet import sheet_number
    from sleutelapp.gui.models.register_models import ConsentsModel, DisclosuresModel

    case, people = filled
    sheet = case.disclosures.record(
        Disclosure(
            report_kind="consent_sheet", period_from=None, period_to=None,
            recipient="de nieuwkomer zelf", purpose="x", sha256="0" * 64, entry_ids=(),
            newcomer_id=people[1].id,
        )
    )  # fmt: skip
    case.consents.add(
        Consent(people[1].id, "regisseur_summary", date(2026, 1, 5), how="signed",
                sheet_id=sheet.id)
    )  # fmt: skip
    consents, disclosures = ConsentsModel(), DisclosuresModel()
    consents.reload(case, people[1].id)
    disclosures.reload(case, people[1].id)
    sheets = {consents.index(r, ConsentsModel.SHEET).data() for r in range(consents.rowCount())}
    assert sheet_number(sheet.id) in sheets
    assert consents.headerData(ConsentsModel.SHEET, Qt.Orientation.Horizontal) == "Formulier"
    whats = {
        disclosures.index(r, DisclosuresModel.WHAT).data() for r in range(disclosures.rowCount())
    }
    assert "consent_sheet" not in whats


@pytest.fixture
def today_view(filled, dutch):
    from sleutelapp.gui.today_view import TodayView

    view = TodayView()
    view.reload(filled[0])
    return view  # outlives the tester (requested after it), which disconnects at teardown


def test_today_model(today_view, qtmodeltester):
    assert len(today_view.appointments.texts()) == 4
    assert all("Persoon" in text for text in today_view.appointments.texts())
    for model in today_view.models():
        qtmodeltester.check(model, force_py=True)


def test_today_model_makes_a_row_only_when_it_is_asked_for(qtmodeltester):
    from sleutelapp.gui.models.today_model import TodayItem, TodayModel

    made = []

    def make(source):
        made.append(source)
        return TodayItem(f"row {source}", f"n{source}")

    model = TodayModel()
    model.set_rows([TodayItem("first", "n-first")], range(10_000), make)
    assert model.rowCount() == 10_001 and made == []
    assert model.index(3, 0).data() == "row 2"
    assert model.index(3, 0).data(TodayModel.NewcomerIdRole) == "n2"
    assert model.item_at(0).text == "first" and model.item_at(10_001) is None
    assert made == [2]  # made once, then kept
    model.set_rows([], range(3), make)
    qtmodeltester.check(model, force_py=True)


def test_today_model_ends_in_its_tail_rows(qtmodeltester):
    """The "n more" row: after the made-on-demand rows, made in full, never by `make`."""
    from sleutelapp.gui.models.today_model import MORE, TodayItem, TodayModel

    made = []

    def make(source):
        made.append(source)
        return TodayItem(f"row {source}", f"n{source}")

    more = TodayItem("Nog 7", "", kind=MORE)
    model = TodayModel()
    model.set_rows([TodayItem("first", "n-first")], range(3), make, [more])
    assert model.rowCount() == 5
    assert model.item_at(4) is more and model.index(4, 0).data(TodayModel.KindRole) == MORE
    assert model.index(4, 0).data(TodayModel.NewcomerIdRole) == ""
    assert made == []
    assert model.texts() == ["first", "row 0", "row 1", "row 2", "Nog 7"]
    qtmodeltester.check(model, force_py=True)
    model.set_rows([], range(2), make)  # without a tail again
    assert model.rowCount() == 2
