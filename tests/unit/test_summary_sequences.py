"""No sequence of summaries one case file allows can be subtracted (domain/summary_sequence.py).

Property: for random small case files and random sequences of summary requests (any
periods, at any moments, with data changes in between: newcomers and entries added,
consents withdrawn, k changed, backups made and restored), the independent auditor
(tests/unit/summary_auditor.py) finds no hidden cell that the published files pin down
and no cell whose published value differs between two files of one period. The
regression tests replay the attacks of the issue: they succeed on files made without
the rules (so the auditor can fail) and are refused or neutralised by the app.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sleutelapp.domain.anonymity import parse_period
from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.exports.summary import (
    SummaryNotAllowedError,
    export_summary,
    prepare_summary,
    summary_json_bytes,
    tabulate,
)
from sleutelapp.paths import app_paths
from sleutelapp.store.backup import write_backup
from sleutelapp.store.case import Case
from sleutelapp.store.restore import prepare_restore
from sleutelapp.store.summary_queries import PeriodCounts
from tests.conftest import PASSPHRASE
from tests.unit.summary_auditor import Auditor

YEAR = 2026
# Entries fall in the second half of the year, mostly in Q3, so that small case files
# still fill cells (with k = 3) and monthly, quarterly and yearly summaries overlap.
PERIODS = [f"{YEAR}-{m:02d}" for m in range(7, 13)] + [f"{YEAR}-Q3", f"{YEAR}-Q4", str(YEAR)]
DAYS = st.dates(date(YEAR, 7, 1), date(YEAR, 12, 31))
MONTH_DAYS = st.sampled_from([date(YEAR, m, d) for m in (7, 8, 9) for d in (3, 17)])


@st.composite
def entries(draw, person: int):
    kind = draw(st.sampled_from(["contact", "appointment", "signal", "activity"]))
    day = draw(st.one_of(MONTH_DAYS, DAYS))
    if kind == "contact":
        topics = draw(st.sampled_from([("work",), ("work",), ("health",), ("health", "work")]))
        return (
            person,
            kind,
            day,
            draw(st.sampled_from(["in_person", "in_person", "video"])),
            topics,
        )
    if kind == "appointment":
        return (person, kind, day, draw(st.sampled_from(["hospital", "hospital", "duo"])), ())
    if kind == "signal":
        return (person, kind, day, "childcare", ())
    return (person, kind, day, "volunteering", ())


@st.composite
def scenarios(draw):
    people = draw(st.integers(3, 9))
    consents = [
        draw(st.one_of(st.none(), st.just(date(YEAR, 1, 1)), st.just(date(YEAR, 1, 1)), DAYS))
        for _ in range(people)
    ]
    initial = draw(
        st.lists(st.integers(0, people - 1).flatmap(entries), min_size=2 * people, max_size=50)
    )
    actions = draw(
        st.lists(
            st.one_of(
                st.tuples(st.just("summary"), st.sampled_from(PERIODS)),
                st.tuples(st.just("summary"), st.sampled_from(PERIODS)),
                st.tuples(st.just("summary"), st.sampled_from(PERIODS)),
                st.tuples(st.just("entry"), st.integers(0, people - 1).flatmap(entries)),
                st.tuples(st.just("newcomer"), st.lists(entries(-1), min_size=1, max_size=3)),
                st.tuples(st.just("withdraw"), st.integers(0, people - 1)),
                st.tuples(st.just("k"), st.integers(3, 6)),
                st.tuples(st.just("wait"), st.integers(1, 120)),
                st.tuples(st.just("backup"), st.none()),
                st.tuples(st.just("restore"), st.none()),
            ),
            min_size=3,
            max_size=10,
        )
    )
    start = draw(st.dates(date(YEAR, 8, 1), date(YEAR + 1, 2, 15)))
    return consents, initial, actions, start


class Scenario:
    """A real case file driven by one scenario; collects every file the app let out."""

    def __init__(self, case: Case, folder: Path):
        self.case, self.folder = case, folder
        self.ids: list[str] = []
        self.consents: dict[str, Consent] = {}
        self.published: list[dict] = []
        self.refused: list[str] = []

    def newcomer(self, consent_from: date | None) -> None:
        person = self.case.newcomers.add(Newcomer(f"Nieuwkomer {len(self.ids)}", route="b1"))
        self.ids.append(person.id)
        if consent_from is not None:
            self.consents[person.id] = self.case.consents.add(
                Consent(person.id, "reporting", consent_from)
            )

    def entry(self, spec) -> None:
        person, kind, day, type_code, topics = spec
        extra: dict = {}
        if kind == "appointment":
            extra = {"status": "done", "accompanied": day.day % 2 == 0}
        elif kind == "signal":
            extra = {"status": "open"}
        elif kind == "activity":
            extra = {"hours": 1.5 + day.day % 3}
        self.case.entries.add(Entry(self.ids[person], kind, day, type_code, topics=topics, **extra))

    def summary(self, code: str, today: date) -> None:
        try:
            prepared = prepare_summary(self.case, parse_period(code), today=today, choose_kind=True)
        except SummaryNotAllowedError as exc:
            self.refused.append(exc.code)
            return
        path = self.folder / f"{uuid.uuid4()}.json"
        export_summary(self.case, prepared, path)
        self.published.append(json.loads(path.read_text(encoding="utf-8")))


def play(template: Path, scenario) -> Scenario:
    consents, initial, actions, today = scenario
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        shutil.copytree(template, home)
        paths = app_paths(home)
        case = Case.open(paths, PASSPHRASE)
        backups: list[tuple[Path, list[str], dict[str, Consent]]] = []
        try:
            case.settings.set("k_threshold", 3)
            run = Scenario(case, Path(folder))
            for consent in consents:
                run.newcomer(consent)
            for spec in initial:
                run.entry(spec)
            for action, arg in actions:
                if action == "summary":
                    run.summary(arg, today)
                elif action == "entry":
                    run.entry(arg)
                elif action == "newcomer":
                    run.newcomer(date(YEAR, 1, 1))
                    for spec in arg:
                        run.entry(spec)
                elif action == "withdraw":
                    consent = run.consents.pop(run.ids[arg], None)
                    if consent is not None:
                        case.consents.withdraw(consent.id, max(today, consent.given_on))
                elif action == "k":
                    case.settings.set("k_threshold", arg)
                elif action == "backup":
                    target = Path(folder) / f"b{len(backups)}.sleutelbackup"
                    write_backup(case, target, passphrase=PASSPHRASE)
                    backups.append((target, list(run.ids), dict(run.consents)))
                elif action == "restore" and backups:
                    # Back to the first backup (the one most likely made before any
                    # summary): the period lock must survive it (store/summary_carry.py).
                    target, ids, kept_consents = backups[0]
                    case.close()
                    with prepare_restore(paths, target, PASSPHRASE) as staged:
                        staged.commit()
                    case = Case.open(paths, PASSPHRASE)
                    run.case, run.ids, run.consents = case, list(ids), dict(kept_consents)
                elif action == "wait":
                    today += timedelta(days=arg)
        finally:
            case.close()
        return run


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(scenarios())
# The restore attack: a backup made before the first summary, a month issued, the backup
# restored, then the quarter asked for (Q3 minus its months would isolate a person).
@example(
    (
        [date(YEAR, 1, 1)] * 3,
        [(p, "appointment", date(YEAR, m, 3), "hospital", ()) for p in range(3) for m in (7, 8)],
        [("backup", None), ("summary", f"{YEAR}-07"), ("restore", None), ("summary", f"{YEAR}-Q3")],
        date(YEAR, 10, 15),
    )
)
def test_no_sequence_of_allowed_summaries_exposes_a_hidden_cell(case_template, scenario):
    run = play(case_template, scenario)
    auditor = Auditor(run.published)
    assert auditor.exposed() == []
    assert auditor.pinned() == []
    assert auditor.differences() == []
    kinds = {parse_period(d["period"]).kind for d in run.published}
    assert len(kinds) <= 1  # what made it safe: one period length
    assert set(run.refused) <= {"other_period_kind", "not_ended"}


def test_the_lp_reading_narrows_what_plain_elimination_cannot():
    """x + y = 3 and y + z = 0: only non-negativity says y = z = 0, so x = 3."""
    from tests.unit.exact_lp import bounds

    found = bounds([({0: 1, 1: 1}, 3), ({1: 1, 2: 1}, 0)], 3)
    assert found == {0: (3, 3), 1: (0, 0), 2: (0, 0)}
    assert bounds([({0: 1, 1: 1}, 3)], 2) == {0: (0, 3), 1: (0, 3)}
    assert bounds([({0: 1}, -1)], 1) is None  # no non-negative solution
    assert bounds([({0: 1, 1: -1}, 0)], 2) == {0: (0, None), 1: (0, None)}


# --- the attacks of the issue, replayed ------------------------------------------------

SOURCE = str(uuid.uuid4())


def _appointments(per_month: dict[str, int], type_code: str) -> dict[str, PeriodCounts]:
    """Counts per period for `n` newcomers with one accompanied appointment in a month."""
    people = {}
    index = 0
    for month, n in per_month.items():
        people[month] = [f"p{index + i}" for i in range(n)]
        index += n

    def counts(months):
        ids = [p for m in months for p in people.get(m, [])]
        return PeriodCounts(
            [(p, "b1", 1) for p in ids],
            [(p, "appointment", type_code, "done", 1, "", 1, 0) for p in ids],
        )

    return {"counts": counts}


def _published(code: str, counts: PeriodCounts, k: int = 5) -> dict:
    summary = tabulate(counts, parse_period(code), k, summary_id=str(uuid.uuid4()), source=SOURCE)
    return json.loads(summary_json_bytes(summary))


def test_without_the_rules_a_quarter_minus_its_months_gives_julys_hidden_health_cell():
    """Five newcomers at the hospital in August, one in July: Q3 − August − September."""
    counts = _appointments({"08": 5, "07": 1}, "hospital")["counts"]
    files = [
        _published("2026-07", counts(["07"])),
        _published("2026-08", counts(["08"])),
        _published("2026-09", counts([])),
        _published("2026-Q3", counts(["07", "08", "09"])),
    ]
    july = files[0]["tables"]["appointments"]
    assert july["cells"][july["rows"].index("health")][0]["status"] == "suppressed"
    exposed = Auditor(files).exposed()
    assert (0, "appointments", "health", 0) in exposed  # July's accompanied health cell
    assert ((0, "appointments", "health", 0), 1) in Auditor(files).pinned()  # one appointment


def test_without_the_rules_a_year_minus_its_quarters_gives_a_hidden_cell():
    counts = _appointments({"02": 5, "05": 1}, "mental_health")["counts"]
    files = [
        _published("2026-Q1", counts(["02"])),
        _published("2026-Q2", counts(["05"])),
        _published("2026-Q3", counts([])),
        _published("2026-Q4", counts([])),
        _published("2026", counts(["02", "05"])),
    ]
    assert (1, "appointments", "health", 0) in Auditor(files).exposed()


def _contacts(people: int) -> PeriodCounts:
    """16 contacts on 6 newcomers; the 7th newcomer adds one video contact about work."""
    ids = [f"p{i}" for i in range(people)]
    entries = [(p, "contact", "in_person", None, 0, "language", 2, 0) for p in ids[:5]]
    entries += [(ids[5], "contact", "in_person", None, 0, "language", 6, 0)]
    if people > 6:
        entries += [(ids[6], "contact", "video", None, 0, "work", 1, 0)]
    return PeriodCounts([(p, "b1", 1) for p in ids], entries)


def test_without_the_rules_a_reissue_after_a_new_newcomer_shows_that_persons_contact():
    before, after = _published("2026-Q3", _contacts(6)), _published("2026-Q3", _contacts(7))
    assert before["tables"]["contacts"]["total"]["value"] == 16
    assert Auditor([before, after]).differences()


def _case(template: Path, folder: Path) -> Case:
    home = folder / "home"
    shutil.copytree(template, home)
    return Case.open(app_paths(home), PASSPHRASE)


def _add(case, day: date, type_code: str, n: int = 1) -> None:
    for _ in range(n):
        person = case.newcomers.add(Newcomer("Iemand", route="b1"))
        case.consents.add(Consent(person.id, "reporting", date(2026, 1, 1)))
        case.entries.add(
            Entry(person.id, "appointment", day, type_code, status="done", accompanied=True)
        )


def test_the_app_refuses_the_months_and_year_once_the_quarter_is_issued(case_template, tmp_path):
    today = date(2026, 10, 5)
    with _case(case_template, tmp_path) as case:
        _add(case, date(2026, 8, 10), "hospital", 5)
        _add(case, date(2026, 7, 10), "hospital", 1)
        quarter = prepare_summary(case, parse_period("2026-Q3"), today=today, choose_kind=True)
        export_summary(case, quarter, tmp_path / "q3.json")
        for code in ("2026-07", "2026-08", "2026-09", "2026"):
            with pytest.raises(SummaryNotAllowedError) as refused:
                prepare_summary(case, parse_period(code), today=date(2027, 1, 5))
            assert refused.value.code == "other_period_kind"
            assert "\n" not in refused.value.message("nl")


def test_the_app_refuses_a_period_that_has_not_ended(case_template, tmp_path):
    with _case(case_template, tmp_path) as case:
        with pytest.raises(SummaryNotAllowedError) as refused:
            prepare_summary(
                case, parse_period("2026-Q3"), today=date(2026, 9, 30), choose_kind=True
            )
        assert refused.value.code == "not_ended"
        assert "2026-10-01" in refused.value.message("en")


def test_the_app_reissues_the_same_figures_after_a_newcomer_is_added(case_template, tmp_path):
    today = date(2026, 10, 5)
    with _case(case_template, tmp_path) as case:
        _add(case, date(2026, 8, 10), "duo", 6)
        first = prepare_summary(case, parse_period("2026-Q3"), today=today, choose_kind=True)
        export_summary(case, first, tmp_path / "a.json")
        case.settings.set("k_threshold", 3)  # k changed too: the period keeps its k
        _add(case, date(2026, 9, 1), "duo", 1)
        again = prepare_summary(case, parse_period("2026-Q3"), today=today + timedelta(days=30))
        assert again.is_reissue and again.data_changed
        export_summary(case, again, tmp_path / "b.json")
    files = [json.loads((tmp_path / n).read_text()) for n in ("a.json", "b.json")]
    assert files[0] == files[1] and files[0]["k"] == 5
    assert Auditor(files).differences() == [] and Auditor(files).exposed() == []


def test_the_period_length_cannot_change_after_the_first_summary(case_template, tmp_path):
    from sleutelapp.domain.summary_sequence import SummaryNotAllowed

    with _case(case_template, tmp_path) as case:
        registry = case.disclosures.summaries
        registry.choose_period_kind("month")
        registry.choose_period_kind("quarter")  # allowed: nothing issued yet
        source = registry.state().source_id
        prepared = prepare_summary(case, parse_period("2026-Q2"), today=date(2026, 7, 1))
        export_summary(case, prepared, tmp_path / "q2.json")
        with pytest.raises(SummaryNotAllowed):
            registry.choose_period_kind("month")
        state = registry.state()
        assert (state.fixed_kind(), state.source_id) == ("quarter", source)
    document = json.loads((tmp_path / "q2.json").read_text())
    assert document["parts"][0]["source"] == source


def test_a_period_summarised_by_an_earlier_version_cannot_be_made_again(case_template, tmp_path):
    from sleutelapp.domain.model import Disclosure

    with _case(case_template, tmp_path) as case:
        old = parse_period("2026-07")
        case.disclosures.record(
            Disclosure(
                report_kind="anonymised_summary",
                period_from=old.start,
                period_to=old.end,
                recipient="",
                purpose="reporting",
                sha256="0" * 64,
            )
        )
        case.disclosures.summaries.choose_period_kind("quarter")
        with pytest.raises(SummaryNotAllowedError) as refused:
            prepare_summary(case, parse_period("2026-Q3"), today=date(2026, 10, 5))
        assert refused.value.code == "legacy_overlap"
        prepare_summary(case, parse_period("2026-Q2"), today=date(2026, 10, 5))  # untouched


def test_the_property_fails_when_the_rules_are_switched_off(case_template, monkeypatch):
    """The same play and auditor, with every request allowed and nothing kept: exposed."""
    from sleutelapp.domain import summary_sequence
    from sleutelapp.exports import summary as summary_module

    monkeypatch.setattr(
        summary_sequence,
        "check_request",
        lambda period, state, today: summary_sequence.Verdict(period),
    )
    monkeypatch.setattr(summary_module, "_keep", lambda case, prepared: prepared.summary)
    people = [date(YEAR, 1, 1)] * 6
    initial = [(i, "appointment", date(YEAR, 8, 3), "hospital", ()) for i in range(5)]
    initial += [(5, "appointment", date(YEAR, 7, 3), "hospital", ())]
    actions = [("summary", c) for c in ("2026-07", "2026-08", "2026-09", "2026-Q3")]
    actions += [("newcomer", [(-1, "contact", date(YEAR, 8, 17), "video", ("work",))])]
    actions += [("summary", "2026-Q3")]
    run = play(case_template, (people, initial, actions, date(YEAR, 10, 5)))
    auditor = Auditor(run.published)
    assert auditor.exposed() and auditor.differences()
