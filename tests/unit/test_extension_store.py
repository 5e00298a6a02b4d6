"""Extension requests in the case file: a pending request makes a task due 8 weeks later,
a granted one moves the termijn end, and released case files migrate with their
extensions intact as granted requests."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from sleutelapp.domain import wi2021
from sleutelapp.domain.model import Extension, ExtensionRequest, Newcomer
from sleutelapp.paths import app_paths
from sleutelapp.store import errors
from sleutelapp.store.case import Case

FIXTURES = Path(__file__).parent.parent / "fixtures"
START = date(2024, 3, 15)


@pytest.fixture
def newcomer(case):
    return case.newcomers.add(Newcomer(name="Samira Haddad", route="b1", termijn_start=START))


def end_of(case, newcomer_id):
    n = case.newcomers.get(newcomer_id)
    return wi2021.termijn_end(n.termijn_start, n.extensions)


def test_a_sent_request_makes_a_task_for_the_expected_decision(case, newcomer):
    sent = date(2026, 12, 1)
    saved = case.extension_requests.add(
        ExtensionRequest(newcomer.id, "no_blame", sent_on=sent, evidence=("school_statement",))
    )
    task = case.entries.get(saved.task_id)
    assert (task.kind, task.status, task.date) == ("task", "open", date(2027, 1, 26))
    [stored] = case.extension_requests.for_newcomer(newcomer.id)
    assert stored.evidence == ("school_statement",) and stored.outcome == "pending"
    assert end_of(case, newcomer.id) == date(2027, 3, 15)


def test_a_granted_decision_moves_the_termijn_end_and_closes_the_task(case, newcomer):
    saved = case.extension_requests.add(
        ExtensionRequest(newcomer.id, "own_illness", sent_on=date(2026, 10, 1))
    )
    case.extension_requests.record_decision(saved.id, "granted", date(2026, 11, 20), months=6)
    assert end_of(case, newcomer.id) == date(2027, 9, 15)
    assert case.entries.get(saved.task_id).status == "done"
    listed = case.newcomers.search_list()[0]
    assert wi2021.termijn_end(listed.termijn_start, listed.extensions) == date(2027, 9, 15)
    # DUO reconsiders: refused after all; the months go again.
    case.extension_requests.record_decision(saved.id, "refused", date(2026, 12, 1))
    assert end_of(case, newcomer.id) == date(2027, 3, 15)


def test_deleting_a_granted_request_keeps_extensions_typed_in_the_profile(case, newcomer):
    typed = Extension(3, "eerder per brief", date(2025, 1, 1))
    case.newcomers.update(
        Newcomer(**{**case.newcomers.get(newcomer.id).__dict__, "extensions": (typed,)})
    )
    saved = case.extension_requests.add(
        ExtensionRequest(
            newcomer.id,
            "effort",
            sent_on=date(2026, 1, 1),
            outcome="granted",
            months=4,
            decided_on=date(2026, 2, 1),
        )
    )
    assert saved.task_id is None  # already decided: nothing to wait for
    assert end_of(case, newcomer.id) == date(2027, 10, 15)
    case.extension_requests.delete(saved.id)
    assert case.newcomers.get(newcomer.id).extensions == (typed,)


def test_a_bad_request_is_refused_with_one_line_and_nothing_is_stored(case, newcomer):
    with pytest.raises(errors.InvalidData) as caught:
        case.extension_requests.add(ExtensionRequest(newcomer.id, "effort", sent_on=None))
    assert "sent_on" in caught.value.message("en") and "\n" not in caught.value.message("en")
    assert case.extension_requests.for_newcomer(newcomer.id) == []
    assert case.entries.timeline(newcomer.id) == []


def test_pending_requests_per_newcomer_for_vandaag(case, newcomer):
    saved = case.extension_requests.add(
        ExtensionRequest(newcomer.id, "education", sent_on=date(2026, 10, 1))
    )
    assert case.extension_requests.pending_by_newcomer() == {newcomer.id: saved}


def test_erasing_a_newcomer_erases_their_requests(case, newcomer):
    case.extension_requests.add(ExtensionRequest(newcomer.id, "effort", sent_on=date(2026, 1, 1)))
    case.newcomers.erase(newcomer.id)
    assert case.query("SELECT count(*) FROM extension_request")[0][0] == 0


def test_hints_look_at_the_other_requests(case, newcomer):
    first = case.extension_requests.add(
        ExtensionRequest(newcomer.id, "effort", sent_on=date(2026, 10, 1))
    )
    second = ExtensionRequest(newcomer.id, "effort", sent_on=date(2026, 10, 2))
    end = end_of(case, newcomer.id)
    rules = [
        h.rule for h in case.extension_requests.hints(second, termijn_start=START, termijn_end=end)
    ]
    assert rules == ["one_at_a_time"]
    assert case.extension_requests.hints(first, termijn_start=START, termijn_end=end) == []


@pytest.mark.parametrize("version", [1, 2])
def test_released_case_files_keep_their_extensions_as_granted_requests(tmp_path, version):
    home = tmp_path / "home"
    shutil.copytree(FIXTURES / f"schema-v{version}", home)
    with Case.open(app_paths(home), "fixture passphrase") as case:
        newcomer_id = "4b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f"
        [request] = case.extension_requests.for_newcomer(newcomer_id)
        assert (request.reason, request.outcome, request.months, request.note) == (
            wi2021.EARLIER_REASON,
            "granted",
            6,
            "ziekte",
        )
        n = case.newcomers.get(newcomer_id)
        assert n.extensions == (Extension(6, "ziekte", None),)  # counted once, not twice
        assert wi2021.termijn_end(n.termijn_start, n.extensions) == date(2027, 8, 1)
        # The migrated request is a real one: taking it back takes its months back.
        case.extension_requests.record_decision(request.id, "refused", date(2025, 1, 1))
        assert case.newcomers.get(newcomer_id).extensions == ()


def test_the_regisseur_report_shows_the_termijn_end_with_granted_extensions(case, newcomer):
    import io

    from pypdf import PdfReader

    from sleutelapp.domain.model import Consent
    from sleutelapp.exports import regisseur_report as rr
    from sleutelapp.exports.regisseur_document import long_date

    case.consents.add(Consent(newcomer.id, "regisseur_summary", date(2026, 1, 1)))
    asked = case.extension_requests.add(
        ExtensionRequest(newcomer.id, "own_illness", sent_on=date(2026, 2, 1))
    )
    case.extension_requests.record_decision(asked.id, "granted", date(2026, 3, 1), months=6)
    plan = rr.plan_report(
        case, newcomer.id, date(2026, 3, 1), date(2026, 3, 31), today=date(2026, 4, 15)
    )
    reader = PdfReader(io.BytesIO(rr.render(plan)))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert long_date(date(2027, 9, 15)) in text
    assert "Eigen ziekte" not in text  # the reason never goes to the regisseur


def test_months_that_are_not_a_whole_number_are_skipped_by_the_migration(tmp_path):
    """Regression: "6 maanden" in an old file raised ValueError out of Case.open; 6.5
    was cut to 6. Such a record is skipped and the column keeps it as it was."""
    import json

    from sleutelapp.store import connection
    from sleutelapp.store.keyfile import KeyFile

    home = tmp_path / "home"
    shutil.copytree(FIXTURES / "schema-v2", home)
    newcomer_id = "4b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f"
    old = [
        {"months": "6 maanden", "reason": "ziekte"},
        {"months": 6.5, "reason": "half"},
        {"months": 3, "reason": "cursus"},
    ]
    key = KeyFile.read(home / "case.key").unlock("fixture passphrase")
    conn = connection.raw_connect(home / "case.db", key)
    conn.execute("UPDATE newcomer SET extensions = ? WHERE id = ?", (json.dumps(old), newcomer_id))
    conn.close()
    with Case.open(app_paths(home), "fixture passphrase") as case:
        requests = case.extension_requests.for_newcomer(newcomer_id)
        assert [(r.months, r.note) for r in requests] == [(3, "cursus")]
        [[column]] = case.query("SELECT extensions FROM newcomer WHERE id = ?", (newcomer_id,))
        assert json.loads(column) == old
