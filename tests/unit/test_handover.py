"""Handover to a colleague: the encrypted file reveals nothing, a round trip keeps every
field, receiving is all or nothing, and hostile files are refused cleanly."""

from __future__ import annotations

import json
import shutil
import struct
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sleutelapp.domain.model import Consent, Disclosure, Entry, Extension, Newcomer
from sleutelapp.exports import handover, handover_file
from sleutelapp.paths import app_paths
from sleutelapp.store import errors
from sleutelapp.store.case import Case
from sleutelapp.store.keyfile import KdfParams
from tests.conftest import PASSPHRASE

FAST = KdfParams.fast_for_tests()
CANARIES = ("Canarywoman Zebedeus", "kanarie-privénotitie-7731", "Canaryward Ziekenhuis")


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr(handover_file, "DEFAULT_KDF", FAST)


@pytest.fixture
def receiver(case_template, tmp_path):
    home = tmp_path / "colleague"
    shutil.copytree(case_template, home)
    opened = Case.open(app_paths(home), PASSPHRASE)
    yield opened
    opened.close()


def full_newcomer(case, name=CANARIES[0]) -> Newcomer:
    """A newcomer with every field, entry kind, a consent, an extension and a disclosure."""
    n = case.newcomers.add(
        Newcomer(
            name=name,
            known_as="Kana",
            phone="0612345678",
            language="Tigrinya, Engels",
            language_code="ti",
            route="z",
            termijn_start=date(2024, 3, 1),
            extensions=(Extension(6, "ziekte", date(2025, 5, 1)),),
            municipality_ref="GEM-123",
            regisseur="R. Regisseur",
            coaches="Coach A",
            language_school="Taalschool B",
        )
    )
    made = case.entries.add_many(
        [
            Entry(n.id, "note", date(2026, 1, 5), text=CANARIES[1]),
            Entry(
                n.id,
                "appointment",
                date(2026, 1, 6),
                type="hospital",
                time="09:30",
                location=CANARIES[2],
                accompanied=True,
            ),
            Entry(
                n.id,
                "contact",
                date(2026, 1, 7),
                type="phone",
                topics=("work", "money"),
                minutes=25,
                text="gebeld",
                shareable=True,
            ),
            Entry(n.id, "activity", date(2026, 1, 8), type="language_cafe", hours=1.5),
            Entry(n.id, "signal", date(2026, 1, 9), type="waiting_list", text="wachtlijst"),
            Entry(n.id, "task", date(2026, 1, 10), text="formulier", status="done"),
        ]
    )
    consent = case.consents.add(
        Consent(n.id, "regisseur_summary", date(2025, 1, 1), how="signed", note="op papier")
    )
    case.consents.withdraw(
        case.consents.add(Consent(n.id, "reporting", date(2025, 1, 1))).id, date(2025, 6, 1)
    )
    case.disclosures.record(
        Disclosure(
            report_kind="regisseur_report",
            period_from=date(2026, 1, 1),
            period_to=date(2026, 1, 31),
            recipient="R. Regisseur",
            purpose="regisseur_summary",
            sha256="ab" * 32,
            entry_ids=(made[2].id,),
            newcomer_id=n.id,
            consent_id=consent.id,
        )
    )
    return n


def everything_about(case, newcomer_id):
    return (
        case.newcomers.get(newcomer_id),
        sorted(case.entries.timeline(newcomer_id), key=lambda e: e.id),
        sorted(case.consents.for_newcomer(newcomer_id), key=lambda c: c.id),
        sorted(
            (d for d in case.disclosures.for_newcomer(newcomer_id) if d.report_kind != "handover"),
            key=lambda d: d.id,
        ),
    )


def test_canaries_appear_in_no_byte_of_the_handover_file(case, tmp_path):
    n = full_newcomer(case)
    target = tmp_path / "x.sleuteloverdracht"
    result = handover.write_handover(case, [n.id], target, to="Collega Jan")
    data = target.read_bytes()
    for canary in (*CANARIES, "Kana", "0612345678", "Collega Jan", n.id):
        for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
            assert encoded not in data
    assert result.code.replace("-", "").encode() not in data
    assert data.startswith(handover_file.MAGIC)


def test_the_file_size_does_not_tell_how_many_newcomers(case, tmp_path):
    one = full_newcomer(case, "Een Persoon")
    others = [full_newcomer(case, f"Persoon {i}").id for i in range(4)]
    a = handover.write_handover(case, [one.id], tmp_path / "a.sleuteloverdracht").path
    b = handover.write_handover(case, [one.id, *others], tmp_path / "b.sleuteloverdracht").path
    assert a.stat().st_size == b.stat().st_size


def test_transfer_code_has_at_least_100_bits_in_the_recovery_key_format():
    code = handover_file.new_transfer_code()
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    assert handover_file.CODE_BYTES * 8 >= 100
    assert handover_file.normalise_code(code.lower().replace("-", " ")) == code
    assert code != handover_file.new_transfer_code()


def test_round_trip_between_two_case_files_keeps_every_field(case, receiver, tmp_path):
    n = full_newcomer(case)
    case.newcomers.close(n.id, date(2026, 2, 1))
    before = everything_about(case, n.id)
    result = handover.write_handover(
        case, [n.id], tmp_path / "x.sleuteloverdracht", to="Collega Jan"
    )
    received = handover.receive_file(receiver, result.path, result.code)
    assert [x.id for x in received.newcomers] == [n.id]
    assert everything_about(receiver, n.id) == before
    # the sender's register: to whom, which newcomer, the file's fingerprint
    sent = case.disclosures.last_for_newcomer(n.id, "handover")
    assert sent.recipient == "Collega Jan" and sent.sha256 == result.sha256
    assert set(sent.entry_ids) == {e.id for e in before[1]}
    # the receiver's audit
    actions = {(e.action, e.object_kind, e.object_id) for e in receiver.audit.events()}
    assert ("receive", "newcomer", n.id) in actions
    assert any(a == "receive" and k == "handover" for a, k, _ in actions)


def test_the_same_handover_twice_is_refused_even_after_erasing(case, receiver, tmp_path):
    n = full_newcomer(case)
    result = handover.write_handover(case, [n.id], tmp_path / "x.sleuteloverdracht")
    handover.receive_file(receiver, result.path, result.code)
    receiver.newcomers.erase(n.id)
    with pytest.raises(errors.InvalidData, match="already received"):
        handover.receive_file(receiver, result.path, result.code)
    assert receiver.newcomers.count() == 0


def test_a_newcomer_already_present_is_refused_and_nothing_changes(case, receiver, tmp_path):
    n = full_newcomer(case)
    other = full_newcomer(case, "Tweede Persoon")
    receiver.newcomers.add(replace(case.newcomers.get(n.id)))
    result = handover.write_handover(case, [other.id, n.id], tmp_path / "x.sleuteloverdracht")
    with pytest.raises(errors.InvalidData, match="already in your case file"):
        handover.receive_file(receiver, result.path, result.code)
    assert [x.id for x in receiver.newcomers.all()] == [n.id]
    assert not receiver.newcomers.exists(other.id)


def test_a_colliding_entry_id_rolls_back_the_whole_handover(case, receiver, tmp_path):
    n = full_newcomer(case)
    taken = case.entries.timeline(n.id)[0]
    mine = receiver.newcomers.add(Newcomer(name="Eigen Persoon"))
    receiver.entries.add(replace(taken, newcomer_id=mine.id))
    result = handover.write_handover(case, [n.id], tmp_path / "x.sleuteloverdracht")
    with pytest.raises(errors.InvalidData):
        handover.receive_file(receiver, result.path, result.code)
    assert receiver.newcomers.count() == 1 and receiver.entries.count_for(mine.id) == 1
    assert receiver.query("SELECT count(*) FROM disclosure")[0][0] == 0


def test_handing_back_relinks_the_disclosures_kept_after_an_erasure(case, receiver, tmp_path):
    n = full_newcomer(case)
    report = case.disclosures.last_for_newcomer(n.id, "regisseur_report")
    there = handover.write_handover(case, [n.id], tmp_path / "a.sleuteloverdracht")
    handover.receive_file(receiver, there.path, there.code)
    case.newcomers.erase(n.id)
    rows = case.query("SELECT count(*) FROM disclosure")[0][0]
    back = handover.write_handover(receiver, [n.id], tmp_path / "b.sleuteloverdracht")
    handover.receive_file(case, back.path, back.code)
    assert case.disclosures.for_newcomer(n.id) == [report]  # the same row, linked again
    assert case.query("SELECT count(*) FROM disclosure")[0][0] == rows


def test_wrong_code_is_refused_with_exit_3_and_changes_nothing(case, receiver, tmp_path):
    n = full_newcomer(case)
    result = handover.write_handover(case, [n.id], tmp_path / "x.sleuteloverdracht")
    with pytest.raises(handover_file.WrongTransferCode) as caught:
        handover.receive_file(receiver, result.path, handover_file.new_transfer_code())
    assert caught.value.exit_code == 3
    assert receiver.newcomers.count() == 0


def test_something_that_is_not_a_code_is_told_before_the_file_is_opened(tmp_path):
    with pytest.raises(errors.InvalidData, match="not a transfer code"):
        handover_file.normalise_code("ABCD-EFGH")


# --- hostile files ------------------------------------------------------------------------


def _sealed(payload: dict, code: str) -> bytes:
    return handover_file.seal(json.dumps(payload).encode("utf-8"), code, FAST)


@pytest.fixture
def made(case, tmp_path):
    n = full_newcomer(case)
    result = handover.write_handover(case, [n.id], tmp_path / "x.sleuteloverdracht")
    return result, result.path.read_bytes()


def _refused(receiver, tmp_path, data: bytes, code: str, expected=handover_file.NotAHandover):
    path = tmp_path / "hostile.sleuteloverdracht"
    path.write_bytes(data)
    with pytest.raises(expected) as caught:
        handover.receive_file(receiver, path, code)
    assert receiver.newcomers.count() == 0
    assert receiver.query("SELECT count(*) FROM disclosure")[0][0] == 0
    return caught.value.message("en")


def test_wrong_version_is_refused(receiver, made, tmp_path):
    result, data = made
    at = len(handover_file.MAGIC)
    message = _refused(
        receiver, tmp_path, data[:at] + struct.pack(">H", 2) + data[at + 2 :], result.code
    )
    assert "version 2 is not supported" in message


def test_truncated_file_is_refused(receiver, made, tmp_path):
    result, data = made
    for cut in (10, handover_file.HEADER_BYTES, len(data) - 1, len(data) // 2):
        _refused(receiver, tmp_path, data[:cut], result.code)


def test_every_flipped_bit_region_is_refused(receiver, made, tmp_path):
    result, data = made
    for position in (
        len(handover_file.MAGIC) + 3,
        handover_file.HEADER_BYTES - 1,
        100,
        len(data) - 1,
    ):
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        _refused(
            receiver,
            tmp_path,
            bytes(flipped),
            result.code,
            expected=(handover_file.NotAHandover, handover_file.WrongTransferCode),
        )
    flipped = bytearray(data)
    flipped[handover_file.HEADER_BYTES + 5000] ^= 0x80
    message = _refused(receiver, tmp_path, bytes(flipped), result.code)
    assert "damaged or was changed" in message


def test_a_file_made_for_another_code_is_refused(receiver, made, tmp_path):
    result, data = made
    payload = handover_file.open_sealed(data, result.code)
    other = handover_file.seal(payload, handover_file.new_transfer_code(), FAST)
    _refused(receiver, tmp_path, other, result.code, expected=handover_file.WrongTransferCode)


def test_an_oversized_file_or_payload_is_refused(receiver, made, tmp_path, monkeypatch):
    result, data = made
    monkeypatch.setattr(handover_file, "MAX_FILE_BYTES", len(data) - 1)
    assert "too large" in _refused(receiver, tmp_path, data, result.code)
    monkeypatch.undo()
    monkeypatch.setattr(handover_file, "DEFAULT_KDF", FAST)
    bomb = handover_file.seal(b"[" + b" " * 5_000_000 + b"]", result.code, FAST)
    monkeypatch.setattr(handover_file, "MAX_PAYLOAD_BYTES", 1_000_000)
    assert "too large" in _refused(receiver, tmp_path, bomb, result.code)


def test_a_valid_file_whose_payload_breaks_the_schema_is_refused(receiver, made, tmp_path):
    result, data = made
    payload = json.loads(handover_file.open_sealed(data, result.code))
    cases = []
    extra = json.loads(json.dumps(payload))
    extra["newcomers"][0]["bsn"] = "123456782"
    cases.append(extra)
    bad_kind = json.loads(json.dumps(payload))
    bad_kind["newcomers"][0]["entries"][0]["kind"] = "diagnosis"
    cases.append(bad_kind)
    no_newcomers = dict(payload, newcomers=[])
    cases.append(no_newcomers)
    cases.append([1, 2, 3])
    bad_date = json.loads(json.dumps(payload))
    bad_date["newcomers"][0]["entries"][0]["date"] = "2026-13-45"
    cases.append(bad_date)
    domain_rule = json.loads(json.dumps(payload))  # schema-valid, but withdrawn before given
    domain_rule["newcomers"][0]["consents"][0]["withdrawn_on"] = "2000-01-01"
    cases.append(domain_rule)
    for hostile in cases:
        _refused(receiver, tmp_path, _sealed(hostile, result.code), result.code)
    not_json = handover_file.seal(b"\xff\xfe not json", result.code, FAST)
    _refused(receiver, tmp_path, not_json, result.code)


def test_a_hostile_kdf_cost_is_refused_before_any_work(receiver, made, tmp_path):
    result, data = made
    at = len(handover_file.MAGIC) + 2
    greedy = data[:at] + struct.pack(">I", 10_000) + data[at + 4 :]
    assert "damaged" in _refused(receiver, tmp_path, greedy, result.code)


def test_disclosures_including_an_entry_are_found_by_entry(case):
    n = full_newcomer(case)
    shared = next(e for e in case.entries.timeline(n.id) if e.kind == "contact")
    private = next(e for e in case.entries.timeline(n.id) if e.kind == "note")
    assert [d.report_kind for d in case.disclosures.including_entry(n.id, shared.id)] == [
        "regisseur_report"
    ]
    assert case.disclosures.including_entry(n.id, private.id) == []


def test_erasure_leaves_a_receipt_without_personal_data(case):
    n = full_newcomer(case)
    listed = case.newcomers.erase(n.id)
    rows = case.query(
        "SELECT at, object_kind, object_id FROM audit WHERE action = ?", ("recipients_listed",)
    )
    assert [(r[1], r[2]) for r in rows] == [("disclosure", d.id) for d in listed]
    dump = "\n".join(str(r) for r in case.query("SELECT * FROM audit"))
    for canary in (*CANARIES, "Kana", "R. Regisseur"):  # ids only, never names or text
        assert canary not in dump


def test_a_handover_carries_every_extension_request(case, receiver, tmp_path):
    from sleutelapp.domain import wi2021
    from sleutelapp.domain.model import ExtensionRequest

    n = full_newcomer(case)
    asked = case.extension_requests.add(
        ExtensionRequest(n.id, "education", sent_on=date(2026, 9, 1), evidence=("enrolment",))
    )
    case.extension_requests.record_decision(asked.id, "granted", date(2026, 10, 1), months=12)
    case.extension_requests.add(ExtensionRequest(n.id, "effort", sent_on=date(2026, 11, 1)))
    sent = case.extension_requests.for_newcomer(n.id)
    assert len(sent) == 2  # the profile's typed extension stays apart from the requests
    result = handover.write_handover(case, [n.id], tmp_path / "x.sleuteloverdracht", to="Jan")
    handover.receive_file(receiver, result.path, result.code)
    assert receiver.extension_requests.for_newcomer(n.id) == sent
    moved = receiver.newcomers.get(n.id)
    assert wi2021.termijn_end(moved.termijn_start, moved.extensions) == date(2028, 9, 1)


def test_the_own_report_schedule_travels_with_the_handover(case, receiver, tmp_path):
    from sleutelapp.store import report_schedules

    n = case.newcomers.add(Newcomer(name="Yonas"))
    plain = case.newcomers.add(Newcomer(name="Amal"))
    report_schedules.set_own_schedule(case, n.id, "month")
    result = handover.write_handover(case, [n.id, plain.id], tmp_path / "x.sleuteloverdracht")
    handover.receive_file(receiver, result.path, result.code)
    assert report_schedules.own_schedule(receiver, n.id) == "month"
    assert report_schedules.own_schedule(receiver, plain.id) is None


def test_an_extension_request_id_already_stored_refuses_the_handover(case, receiver, tmp_path):
    from sleutelapp.domain.model import ExtensionRequest

    n = case.newcomers.add(Newcomer(name="Yonas"))
    request = case.extension_requests.add(
        ExtensionRequest(n.id, "effort", sent_on=date(2026, 9, 1))
    )
    mine = receiver.newcomers.add(Newcomer(name="Eigen Persoon"))
    receiver.extension_requests.add_received([replace(request, newcomer_id=mine.id)])
    result = handover.write_handover(case, [n.id], tmp_path / "x.sleuteloverdracht")
    with pytest.raises(errors.InvalidData, match=f"extension_requests/{request.id}"):
        handover.receive_file(receiver, result.path, result.code)
    assert receiver.newcomers.count() == 1


def test_a_stored_extension_request_id_is_a_clear_error_not_a_crash(case):
    from sleutelapp.domain.model import ExtensionRequest

    n = case.newcomers.add(Newcomer(name="Yonas"))
    request = case.extension_requests.add(
        ExtensionRequest(n.id, "effort", sent_on=date(2026, 9, 1))
    )
    with pytest.raises(errors.InvalidData, match="extension request"):
        case.extension_requests.add_received([request])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (0, 2 * handover_file.DEFAULT_KDF.iterations + 1),  # iterations over twice the default
        (1, 1024 * 1024),  # 1 GiB: more than twice the default memory
        (1, 2 * 128 * 1024 + 1),
        (1, 4 * 1024),  # 4 MiB: below the key file's floor of 8 MiB
        (2, 16),  # lanes over twice the default
    ],
)
def test_a_kdf_cost_outside_the_key_files_bounds_is_refused(receiver, made, tmp_path, field, value):
    result, data = made
    at = len(handover_file.MAGIC) + 2 + 4 * field
    hostile = data[:at] + struct.pack(">I", value) + data[at + 4 :]
    assert "damaged" in _refused(receiver, tmp_path, hostile, result.code)


PREVIOUS_RELEASE_SCHEMA = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "sleutelapp-handover.v1.previous-release.json"
)


def previous_release_refusal(payload) -> str | None:
    """What the previous release's handover schema (a copy in tests/fixtures) says about a
    payload: None when a colleague still on that version can receive it."""
    import jsonschema

    schema = json.loads(PREVIOUS_RELEASE_SCHEMA.read_text(encoding="utf-8"))
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(payload)
    )
    return None if error is None else error.message


def test_a_colleague_on_the_previous_release_can_receive_a_newcomer_without_the_new_fields(
    case,
):
    """No language code and no consent signed on a sheet: the file carries none of the keys
    added since, which the previous release's schema would refuse."""
    n = case.newcomers.add(Newcomer(name="Amal Haddad", language="Arabisch"))
    case.consents.add(Consent(n.id, "regisseur_summary", date(2025, 1, 1)))
    payload = handover.build_payload(case, [n.id], "Collega Jan")
    [person] = payload["newcomers"]
    assert "language_code" not in person and "sheet_id" not in person["consents"][0]
    assert previous_release_refusal(payload) is None


def test_the_new_fields_are_carried_when_set_and_only_this_version_receives_them(
    case, receiver, tmp_path
):
    from sleutelapp.exports import consent_sheet

    n = full_newcomer(case)
    sheet = consent_sheet.export_sheet(case, n.id, tmp_path / "s.pdf", today=date(2026, 1, 5))
    case.consents.add(Consent(n.id, "reporting", date(2026, 1, 5), how="signed", sheet_id=sheet.id))
    payload = handover.build_payload(case, [n.id], "Collega Jan")
    [person] = payload["newcomers"]
    assert person["language_code"] == "ti"
    assert [c["sheet_id"] for c in person["consents"] if "sheet_id" in c] == [sheet.id]
    assert "Additional properties" in (previous_release_refusal(payload) or "")
    result = handover.write_handover(case, [n.id], tmp_path / "x.sleuteloverdracht")
    handover.receive_file(receiver, result.path, result.code)
    assert everything_about(receiver, n.id)[:3] == everything_about(case, n.id)[:3]
