"""Vocabulary labels in the timeline are never cut off, in Dutch or English."""

import pytest

from sleutelapp.domain import vocab
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_kind_and_type_columns_fit_their_longest_label(window, qapp, language):
    from sleutelapp.gui import i18n
    from sleutelapp.gui.models.timeline_model import TimelineModel

    i18n.install(qapp, language)
    qapp.processEvents()
    view = window.newcomer_view.ui.timelineView
    metrics = view.fontMetrics()
    types = [v for v in vocab.TYPES_BY_KIND.values() if v is not None]
    for column, vocabularies in ((TimelineModel.KIND, [vocab.KINDS]), (TimelineModel.TYPE, types)):
        longest = max(
            metrics.horizontalAdvance(term.label(language)) for v in vocabularies for term in v
        )
        assert view.columnWidth(column) >= longest + 8, (language, column)
