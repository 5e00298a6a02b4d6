"""Extension requests travel in the portable data JSON: additive and optional."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date

import pytest

from sleutelapp.domain import wi2021
from sleutelapp.domain.model import Extension, ExtensionRequest, Newcomer
from sleutelapp.exports.import_problems import ImportRefused
from sleutelapp.exports.portable import export_data, import_file
from sleutelapp.paths import app_paths
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE


@pytest.fixture
def other(case_template, tmp_path):
    shutil.copytree(case_template, tmp_path / "other")
    with Case.open(app_paths(tmp_path / "other"), PASSPHRASE) as opened:
        yield opened


def test_requests_round_trip_and_the_termijn_end_comes_along(case, other, tmp_path):
    n = case.newcomers.add(Newcomer(name="Yonas", termijn_start=date(2024, 3, 15)))
    granted = case.extension_requests.add(
        ExtensionRequest(
            n.id, "family_death", sent_on=date(2026, 9, 20), evidence=("death_certificate",)
        )
    )
    case.extension_requests.record_decision(granted.id, "granted", date(2026, 11, 1), months=3)
    case.extension_requests.add(ExtensionRequest(n.id, "effort", sent_on=date(2026, 12, 1)))
    document = export_data(case)
    assert [r["outcome"] for r in document["newcomers"][0]["extension_requests"]] == [
        "granted",
        "pending",
    ]
    path = tmp_path / "data.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    import_file(other, path)
    assert other.extension_requests.for_newcomer(n.id) == case.extension_requests.for_newcomer(n.id)
    moved = other.newcomers.get(n.id)
    assert wi2021.termijn_end(moved.termijn_start, moved.extensions) == date(2027, 6, 15)


def test_a_file_without_requests_is_read_with_its_extensions_as_granted_requests(other, tmp_path):
    document = {
        "format": "sleutelapp-data",
        "version": 1,
        "newcomers": [
            {
                "id": "4b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f",
                "name": "Oud bestand",
                "termijn_start": "2024-02-01",
                "extensions": [{"months": 6, "reason": "ziekte", "decided_on": "2025-01-10"}],
            }
        ],
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    import_file(other, path)
    [request] = other.extension_requests.for_newcomer("4b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f")
    assert (request.reason, request.outcome, request.months, request.note) == (
        "earlier",
        "granted",
        6,
        "ziekte",
    )
    n = other.newcomers.get(request.newcomer_id)
    assert n.extensions == (Extension(6, "ziekte", date(2025, 1, 10)),)


def test_a_bad_request_in_a_file_is_named_and_nothing_is_imported(other, tmp_path):
    document = {
        "format": "sleutelapp-data",
        "version": 1,
        "newcomers": [
            {
                "id": "4b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f",
                "name": "Fout",
                "extension_requests": [
                    {
                        "id": "5b0c5a43-1b1e-4c1e-9d2e-0a1b2c3d4e5f",
                        "reason": "education",
                        "outcome": "granted",
                        "months": 0,
                        "sent_on": "2026-01-01",
                        "decided_on": "2026-02-01",
                    }
                ],
            }
        ],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        import_file(other, path)
    assert "extension_requests" in str(caught.value.message("en")) or any(
        "extension_requests" in p.parts for p in caught.value.problems
    )
    assert other.newcomers.count() == 0


def test_the_own_report_schedule_round_trips_and_an_old_file_has_none(case, other, tmp_path):
    from sleutelapp.store import report_schedules

    n = case.newcomers.add(Newcomer(name="Yonas"))
    plain = case.newcomers.add(Newcomer(name="Amal"))
    report_schedules.set_own_schedule(case, n.id, "month")
    document = export_data(case)
    by_id = {item["id"]: item for item in document["newcomers"]}
    assert by_id[n.id]["report_schedule"] == "month"
    assert "report_schedule" not in by_id[plain.id]
    path = tmp_path / "data.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    import_file(other, path)
    assert report_schedules.own_schedule(other, n.id) == "month"
    assert report_schedules.own_schedule(other, plain.id) is None


def test_a_bad_report_schedule_is_named_and_nothing_is_imported(case, other, tmp_path):
    case.newcomers.add(Newcomer(name="Yonas"))
    document = export_data(case)
    document["newcomers"][0]["report_schedule"] = "weekly"
    path = tmp_path / "data.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportRefused, match="report_schedule"):
        import_file(other, path)
    assert other.newcomers.count() == 0


def test_an_extension_request_id_already_stored_is_named_and_nothing_is_imported(
    case, other, tmp_path
):
    n = case.newcomers.add(Newcomer(name="Yonas"))
    request = case.extension_requests.add(
        ExtensionRequest(n.id, "effort", sent_on=date(2026, 9, 1))
    )
    mine = other.newcomers.add(Newcomer(name="Eigen Persoon"))
    other.extension_requests.add_received([replace(request, newcomer_id=mine.id)])
    path = tmp_path / "data.json"
    path.write_text(json.dumps(export_data(case)), encoding="utf-8")
    with pytest.raises(ImportRefused, match="extension_requests") as refused:
        import_file(other, path)
    assert request.id in str(refused.value)
    assert other.newcomers.count() == 1
