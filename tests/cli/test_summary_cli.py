"""`sleutelapp summary` and `sleutelapp merge`: contract, consent, disclosures and canaries."""

from __future__ import annotations

import io
import json
import re
from datetime import date, timedelta

import pytest

from sleutelapp.cli import main
from sleutelapp.domain import demo
from sleutelapp.domain.anonymity import PUBLISHED, SUPPRESSED, period_containing
from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.store.bulk import insert_all
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE

TODAY = date.today()
LAST_QUARTER = period_containing(
    period_containing(TODAY, "quarter").start - timedelta(days=1), "quarter"
)


@pytest.fixture
def demo_case(case_paths):
    data = demo.generate(newcomers=40, entries_per=60, seed=7, today=TODAY)
    with Case.open(case_paths, PASSPHRASE) as case:
        insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    return data


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_summary_writes_json_and_pdf_and_records_disclosures(run, demo_case, case_paths, tmp_path):
    out_json, out_pdf = tmp_path / "q.json", tmp_path / "q.pdf"
    code, out, err = run(
        "summary",
        "--period",
        LAST_QUARTER.code,
        "-o",
        str(out_json),
        "--pdf",
        str(out_pdf),
        "--label",
        "Wijk Noord",
    )
    assert (code, err) == (0, "")
    assert "newcomers counted" in out and str(out_json) in out
    document = json.loads(out_json.read_text(encoding="utf-8"))
    assert document["period"] == LAST_QUARTER.code
    assert document["parts"][0]["label"] == "Wijk Noord"
    assert document["tables"]["newcomers_by_route"]["total"]["value"] > 5
    text = pdf_text(out_pdf)
    assert "Anonieme samenvatting" in text or "Anonymised summary" in text
    assert "Wijk Noord" in text
    with Case.open(case_paths, PASSPHRASE) as case:
        disclosures = case.disclosures.all()
    assert len(disclosures) == 2
    for disclosure in disclosures:
        assert disclosure.report_kind == "anonymised_summary"
        assert disclosure.newcomer_id is None and disclosure.entry_ids == ()
        assert (disclosure.period_from, disclosure.period_to) == (
            LAST_QUARTER.start,
            LAST_QUARTER.end,
        )


def _secrets(data) -> set[str]:
    """Everything personal in the case: names, text, locations, references and ids."""
    secrets = set()
    for n in data.newcomers:
        secrets |= {n.name, n.id, n.phone, n.regisseur, n.coaches, n.known_as}
        secrets |= {n.municipality_ref, n.language_school}
        secrets |= {part for part in n.name.split() if len(part) >= 4}
    for e in data.entries:
        secrets |= {e.id, e.text, e.location}
    for c in data.consents:
        secrets.add(c.id)
    return {s for s in secrets if s}


def test_canary_no_personal_data_in_json_or_pdf(run, demo_case, tmp_path):
    out_json, out_pdf = tmp_path / "q.json", tmp_path / "q.pdf"
    assert (
        run("summary", "--period", LAST_QUARTER.code, "-o", str(out_json), "--pdf", str(out_pdf))[0]
        == 0
    )
    merged_json, merged_pdf = tmp_path / "m.json", tmp_path / "m.pdf"
    assert run("merge", str(out_json), "-o", str(merged_json), "--pdf", str(merged_pdf))[0] == 0
    secrets = _secrets(demo_case)
    assert len(secrets) > 1000
    alternatives = "|".join(re.escape(s) for s in sorted(secrets, key=len, reverse=True))
    canary = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    for path in (out_json, merged_json):
        text = path.read_text(encoding="utf-8")
        assert canary.findall(text) == [], path.name
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no dates finer than the period
    for path in (out_pdf, merged_pdf):
        text = pdf_text(path)
        assert "Nieuwkomers" in text or "Newcomers" in text  # extraction works at all
        assert canary.findall(text) == [], path.name
    assert canary.findall(f"Notitie: {demo_case.entries[0].text}")  # the canary can sing


def _people(case, count, *, consent, withdrawn=None, signal_day):
    for i in range(count):
        newcomer = case.newcomers.add(Newcomer(name=f"Persoon {consent} {i}", route="z"))
        if consent:
            case.consents.add(
                Consent(newcomer.id, "reporting", date(2020, 1, 1), withdrawn_on=withdrawn)
            )
        case.entries.add(
            Entry(
                newcomer.id,
                "signal",
                signal_day,
                type="waiting_list",
                text="Wachtlijst bij de taalschool van Amal",
            )
        )


def test_only_newcomers_with_reporting_consent_are_counted(run, case_paths, tmp_path):
    with Case.open(case_paths, PASSPHRASE) as case:
        _people(case, 6, consent=True, signal_day=LAST_QUARTER.start)
        _people(case, 2, consent=False, signal_day=LAST_QUARTER.start)
        # Withdrawn since: no longer counted, even for a period before the withdrawal.
        _people(case, 2, consent=True, withdrawn=TODAY, signal_day=LAST_QUARTER.start)
    out = tmp_path / "s.json"
    assert run("summary", "--period", LAST_QUARTER.code, "-o", str(out))[0] == 0
    document = json.loads(out.read_text())
    routes = document["tables"]["newcomers_by_route"]
    assert routes["total"] == {"status": PUBLISHED, "value": 6, "newcomers": 6}
    # 4 left out: fewer than k, so even that count is suppressed.
    assert document["not_counted"] == {"status": SUPPRESSED, "value": None, "newcomers": None}
    signals = document["tables"]["signals"]
    row = signals["rows"].index("waiting_list")
    assert signals["cells"][row][0] == {"status": PUBLISHED, "value": 6, "newcomers": 6}
    assert "Amal" not in out.read_text()


@pytest.mark.parametrize("period", ["2026-01-01", "Q3", "2026-Q7", "last month"])
def test_summary_refuses_other_periods(run, period, tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        run("summary", "--period", period, "-o", str(tmp_path / "x.json"))
    assert info.value.code == 2 and "2026-Q3" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


@pytest.fixture
def second_home(case_template, tmp_path):
    """Another key person's case file (its own source id), with demo data of its own."""
    import shutil

    from sleutelapp.paths import app_paths

    home = tmp_path / "home2"
    shutil.copytree(case_template, home)
    data = demo.generate(newcomers=30, entries_per=50, seed=11, today=TODAY)
    with Case.open(app_paths(home), PASSPHRASE) as case:
        insert_all(case, data.newcomers, data.entries, data.consents, action="demo")
    return home


def test_merge_needs_no_case_file(monkeypatch, capsys, tmp_path, run, demo_case, second_home):
    parts = []
    for label, home in (("Noord", None), ("Zuid", second_home)):
        path = tmp_path / f"{label}.json"
        argv = ("summary", "--period", LAST_QUARTER.code, "-o", str(path), "--label", label)
        assert run(*argv, home=home)[0] == 0
        parts.append(str(path))
    monkeypatch.delenv("SLEUTELAPP_PASSPHRASE")
    empty_home = tmp_path / "coordinator"
    merged = tmp_path / "merged.json"
    code = main(
        [
            "--home",
            str(empty_home),
            "merge",
            *parts,
            "-o",
            str(merged),
            "--pdf",
            str(tmp_path / "merged.pdf"),
        ]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "2 summaries" in out
    document = json.loads(merged.read_text())
    assert sorted(p["label"] for p in document["parts"]) == ["Noord", "Zuid"]
    assert len({p["source"] for p in document["parts"]}) == 2
    assert not (empty_home / "case.db").exists()
    # Without a case file the merged PDF is Dutch, whatever the terminal speaks.
    assert "Samengevoegd overzicht" in pdf_text(tmp_path / "merged.pdf")


def test_merge_refuses_bad_files_and_writes_nothing(capsys, tmp_path, run, demo_case):
    good = tmp_path / "good.json"
    assert run("summary", "--period", LAST_QUARTER.code, "-o", str(good))[0] == 0
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"[" * 200_000)
    extra = tmp_path / "extra.json"
    document = json.loads(good.read_text())
    document["parts"][0]["label"] = "Other key person"
    document["names"] = ["Amal Haddad"]
    extra.write_text(json.dumps(document))
    merged = tmp_path / "merged.json"
    code = main(["merge", str(good), str(good), str(bad), str(extra), "-o", str(merged)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 4 and "Traceback" not in err
    assert "already in good.json" in lines[0]
    assert "nested too deeply" in lines[1]
    assert "unknown field" in lines[2]
    assert "Nothing written: 3 of 4" in lines[3]
    assert not merged.exists()


def _summary(run, period, path, home=None):
    return run("summary", "--period", period, "-o", str(path), home=home)


def test_the_first_summary_fixes_the_period_length_and_nested_periods_are_refused(
    run, demo_case, tmp_path
):
    code, out, _ = _summary(run, LAST_QUARTER.code, tmp_path / "q.json")
    assert code == 0 and "now makes summaries per quarter" in out
    month = LAST_QUARTER.start.strftime("%Y-%m")
    for period in (month, str(LAST_QUARTER.start.year)):
        target = tmp_path / f"{period}.json"
        code, out, err = _summary(run, period, target)
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1 and "per quarter" in err
        assert not target.exists()
    # Another quarter of the same length is fine, and the length is not announced again.
    earlier = period_containing(LAST_QUARTER.start - timedelta(days=1), "quarter")
    code, out, _ = _summary(run, earlier.code, tmp_path / "q0.json")
    assert code == 0 and "now makes summaries" not in out


def test_a_period_that_has_not_ended_is_refused(run, demo_case, tmp_path):
    current = period_containing(TODAY, "quarter")
    code, _out, err = _summary(run, current.code, tmp_path / "now.json")
    assert code == 1 and "has not ended yet" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "now.json").exists()


def test_a_period_is_reissued_with_the_same_figures_after_a_newcomer_is_added(
    run, demo_case, case_paths, tmp_path
):
    first, again = tmp_path / "q.json", tmp_path / "q-again.json"
    assert _summary(run, LAST_QUARTER.code, first)[0] == 0
    with Case.open(case_paths, PASSPHRASE) as case:
        person = case.newcomers.add(Newcomer("Late Newcomer", route="b1"))
        case.consents.add(Consent(person.id, "reporting", LAST_QUARTER.start))
        case.entries.add(Entry(person.id, "contact", LAST_QUARTER.start, "video", topics=("work",)))
    code, out, _ = _summary(run, LAST_QUARTER.code, again)
    assert code == 0
    assert "same figures as then" in out and "the data changed since" in out
    assert again.read_bytes() == first.read_bytes()
    with Case.open(case_paths, PASSPHRASE) as case:
        kinds = [d.report_kind for d in case.disclosures.all()]
    assert kinds.count("anonymised_summary") == 2  # both files are registered


def test_the_summary_pdf_is_dutch_whatever_the_case_files_language(
    run, demo_case, case_paths, tmp_path
):
    """Its readers (policy officers, the regisseur) read Dutch: English UI or not."""
    pdf = tmp_path / "q.pdf"
    code, *_ = run(
        "summary", "--period", LAST_QUARTER.code, "-o", str(tmp_path / "q.json"), "--pdf", str(pdf)
    )
    assert code == 0
    assert "Anonieme samenvatting" in pdf_text(pdf)  # terminal English, case file Dutch
    with Case.open(case_paths, PASSPHRASE) as case:
        case.settings.set("ui_language", "en")
    pdf.unlink()
    code, *_ = run(
        "summary", "--period", LAST_QUARTER.code, "-o", str(tmp_path / "r.json"), "--pdf", str(pdf)
    )
    assert code == 0
    text = pdf_text(pdf)
    assert "Anonieme samenvatting" in text and "Zo leest u dit overzicht" in text
    assert "Anonymised summary" not in text and "How to read" not in text


def test_merge_refuses_a_remade_summary_of_the_same_case_and_period(
    capsys, run, demo_case, tmp_path
):
    good = tmp_path / "good.json"
    assert _summary(run, LAST_QUARTER.code, good)[0] == 0
    copy = json.loads(good.read_text())
    copy["id"] = copy["parts"][0]["id"] = "0b5c2d9e-4c4f-4f57-9a4e-3f0f7e7a1b2c"
    copy["tables"]["signals"]["rows"] = copy["tables"]["signals"]["rows"]
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(copy))
    code = main(["merge", str(good), str(edited), "-o", str(tmp_path / "m.json")])
    _out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 2
    assert "edited.json: comes from the same case file as good.json" in lines[0]
    assert not (tmp_path / "m.json").exists()


def test_a_label_that_looks_like_personal_data_is_refused(run, tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        run(
            "summary",
            "--period",
            LAST_QUARTER.code,
            "-o",
            str(tmp_path / "x.json"),
            "--label",
            "bel Amal: 06-12345678",
        )
    assert info.value.code == 2
    assert "personal data" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_a_restore_keeps_the_period_length_and_the_issued_summaries(
    run, demo_case, case_paths, tmp_path
):
    """Regression: restoring a backup made before the first summary lifted the lock."""
    backup_file = tmp_path / "before.sleutelbackup"
    assert run("backup", "-o", str(backup_file))[0] == 0
    month = LAST_QUARTER.start.strftime("%Y-%m")
    assert _summary(run, month, tmp_path / "m.json")[0] == 0
    assert _summary(run, LAST_QUARTER.code, tmp_path / "q.json")[0] == 1
    code, _out, err = run("restore", "--yes", str(backup_file))
    assert code == 0, err
    code, out, err = _summary(run, LAST_QUARTER.code, tmp_path / "q-after.json")
    assert code == 1 and out == "" and "per month" in err
    assert not (tmp_path / "q-after.json").exists()
    with Case.open(case_paths, PASSPHRASE) as case:
        state = case.disclosures.summaries.state()
        assert state.period_kind == "month" and month in state.issued
        assert any(d.report_kind == "anonymised_summary" for d in case.disclosures.all())
