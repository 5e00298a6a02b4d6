"""Which anonymised summaries a case file may issue, so that no sequence of them subtracts.

One summary on its own is safe: domain/suppression.py hides every cell resting on fewer
than k newcomers and enough other cells that no hidden value follows from the published
cells and totals of its table. The danger is in sequences (design.md §4): a quarter minus
its months, a year minus its quarters, or one period issued before and after a change.
These rules close that, for every sequence a key person can make with one case file:

1. **One period length per case file.** It is chosen before the first summary and fixed
   from then on (`summary_source.period_kind`). Periods of one length tile the calendar
   without overlap, so two summaries of different periods count disjoint sets of entries.
   No published figure of one period is a sum, part or difference of figures of another:
   there is no equation, and so no "bridge", that links a hidden cell of July to anything
   published for August or for the quarter (which cannot be issued at all).
2. **A period is summarised only once it has ended**, and its first summary is kept inside
   the encrypted case file (`summary_issue`). Every later request for that period returns
   exactly the stored summary, whatever changed since: newcomers added or erased, entries
   added, edited or moved, consents given or withdrawn, k changed. Two files of one period
   are therefore the same figures, and their difference is zero everywhere; no change can
   be isolated. (Data entered late for an ended period is simply not in its summary.)
3. **k is fixed per period** by rule 2 (the stored summary carries the k it was made with);
   a different k for another period does not matter, because periods share no entries.
4. **Periods summarised before these rules existed** (found in the disclosure register
   without stored figures) cannot be made again, and neither can any period overlapping
   them: their figures are unknown, so a new summary could be subtracted from them.

Together: the published figures of one case file are a set of per-period tables over
disjoint sets of entries, each safe on its own and each published once. An attacker's
equations then split per period, and within a period they are exactly the equations of
one table, which suppression already leaves unsolvable for every hidden cell. A merge
(exports/summary_merge.py) sums published cells only and marks a cell where any part was
hidden as a lower bound, so it is a function of published figures and adds nothing; it
refuses the same source twice for one period (a re-made or copied summary), which is
where a restored backup or an edited file would otherwise reintroduce a difference.

Pure Python: the store supplies what was issued, the caller builds new summaries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sleutelapp.domain.anonymity import Period, period_containing
from sleutelapp.domain.vocab import Term, Vocabulary
from sleutelapp.language import QT_TRANSLATE_NOOP, catalogue

PERIOD_KINDS = ("month", "quarter", "year")
KIND_LABELS = Vocabulary(
    "period_kind",
    [
        Term("month", QT_TRANSLATE_NOOP("vocab.period_kind", "month"), "vocab.period_kind"),
        Term("quarter", QT_TRANSLATE_NOOP("vocab.period_kind", "quarter"), "vocab.period_kind"),
        Term("year", QT_TRANSLATE_NOOP("vocab.period_kind", "year"), "vocab.period_kind"),
    ],
)


def kind_label(kind: str, language: str = "nl") -> str:
    return KIND_LABELS.label(kind, language)


class SummaryNotAllowed(ValueError):
    """A summary request the sequence rules refuse; says why and what to do.

    `source` is the English text of its catalogue message (context "SummarySequence"),
    with {0}, {1}... for `args`; a period kind among them is given as its Term so that it
    reads in the language of the message."""

    def __init__(self, code: str, source: str, *args: object):
        self.code, self.source, self.args_ = code, source, args
        super().__init__(self.message("en"))

    def message(self, language: str = "nl") -> str:
        shown = [a.label(language) if isinstance(a, Term) else a for a in self.args_]
        return catalogue(language).translate("SummarySequence", self.source).format(*shown)


def _kind(code: str) -> Term:
    term = KIND_LABELS.term(code)
    assert term is not None, code
    return term


@dataclass(frozen=True)
class Issued:
    """A summary that already left the device: its period and the JSON exactly as issued."""

    period: Period
    issued_at: str
    summary_json: str


@dataclass(frozen=True)
class SequenceState:
    """What the case file knows about its summaries so far."""

    period_kind: str | None  # None: not chosen yet
    source_id: str | None
    issued: Mapping[str, Issued]  # by period code
    legacy: tuple[tuple[date, date], ...] = ()  # disclosed spans without stored figures

    def fixed_kind(self) -> str | None:
        """The period length in force: that of the issued summaries, else the chosen one."""
        kinds = {i.period.kind for i in self.issued.values()}
        return next(iter(kinds)) if len(kinds) == 1 else self.period_kind


@dataclass(frozen=True)
class Verdict:
    """An allowed request: a new summary to make, or the stored one to send again."""

    period: Period
    reissue: Issued | None = None

    @property
    def is_reissue(self) -> bool:
        return self.reissue is not None


def first_day_after(period: Period) -> date:
    return period.end + timedelta(days=1)


def has_ended(period: Period, today: date) -> bool:
    return period.end < today


def check_request(period: Period, state: SequenceState, today: date) -> Verdict:
    """Allow or refuse a summary of `period`; raises SummaryNotAllowed with the reason."""
    stored = state.issued.get(period.code)
    if stored is not None:
        return Verdict(period, stored)
    kind = state.fixed_kind()
    if kind is None:
        raise SummaryNotAllowed(
            "no_period_kind",
            QT_TRANSLATE_NOOP(
                "SummarySequence",
                "first choose the period length of this case file (month, quarter or year); it is"
                " fixed after that.",
            ),
        )
    if period.kind != kind:
        raise SummaryNotAllowed(
            "other_period_kind",
            QT_TRANSLATE_NOOP(
                "SummarySequence",
                "this case file makes summaries per {0}; a {1} is not possible, because together "
                "with the other summaries hidden numbers could then be worked out. Choose a {0}.",
            ),
            _kind(kind),
            _kind(period.kind),
        )
    if not has_ended(period, today):
        after = first_day_after(period).isoformat()
        raise SummaryNotAllowed(
            "not_ended",
            QT_TRANSLATE_NOOP(
                "SummarySequence",
                "the period {0} has not ended yet; it can be summarised from {1}.",
            ),
            period.code,
            after,
        )
    overlap = next(
        (span for span in state.legacy if span[0] <= period.end and period.start <= span[1]),
        None,
    )
    if overlap is not None:
        raise SummaryNotAllowed(
            "legacy_overlap",
            QT_TRANSLATE_NOOP(
                "SummarySequence",
                "a summary of {0} – {1} was issued by an earlier version of Sleutelapp without "
                "keeping its figures; a new summary touching that time could be subtracted from "
                "it.",
            ),
            overlap[0].isoformat(),
            overlap[1].isoformat(),
        )
    return Verdict(period)


def check_period_kind_choice(kind: str, state: SequenceState) -> None:
    """A period length may be chosen (or changed) only before the first summary."""
    if kind not in PERIOD_KINDS:
        raise SummaryNotAllowed(
            "unknown_period_kind",
            QT_TRANSLATE_NOOP(
                "SummarySequence",
                "unknown period length '{0}': choose month, quarter or year.",
            ),
            kind,
        )
    fixed = state.fixed_kind()
    if (state.issued or state.legacy) and fixed is not None and fixed != kind:
        raise SummaryNotAllowed(
            "period_kind_fixed",
            QT_TRANSLATE_NOOP(
                "SummarySequence",
                "the period length of this case file is fixed at {0}, because summaries were "
                "already issued.",
            ),
            _kind(fixed),
        )


def ended_periods(kind: str, today: date, *, back_to: date) -> list[Period]:
    """The periods of `kind` that have ended by `today`, newest first, back to `back_to`."""
    found: list[Period] = []
    period = period_containing(today, kind)
    while True:
        period = period_containing(period.start - timedelta(days=1), kind)
        if period.end < back_to:
            return found
        found.append(period)


def legacy_spans(
    disclosed: Iterable[tuple[date | None, date | None]], issued: Mapping[str, Issued]
) -> tuple[tuple[date, date], ...]:
    """Spans of summaries in the disclosure register whose figures were not kept."""
    kept = {(i.period.start, i.period.end) for i in issued.values()}
    spans = {
        (start, end)
        for start, end in disclosed
        if start is not None and end is not None and (start, end) not in kept
    }
    return tuple(sorted(spans))
