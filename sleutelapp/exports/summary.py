"""The anonymised summary of one period (design.md §4): built from a case, saved as JSON/PDF.

Which summaries may be issued at all (one period length per case file, ended periods only,
each period issued once and then always with the same figures) is decided by
domain/summary_sequence.py; prepare_summary() and export_summary() apply it. Counting
happens on grouped rows from store/summary_queries.py; which newcomers a number
rests on is known only here, in memory, and only the count of them is published. The rules
of what is published live in domain/anonymity.py (periods, k, tables) and
domain/suppression.py (which cells are suppressed).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sleutelapp.domain import anonymity, summary_sequence, summary_shares, suppression, vocab
from sleutelapp.domain.anonymity import HEALTH_GROUP, TABLE_BY_ID, Count, Part, Period, Summary
from sleutelapp.domain.model import Disclosure
from sleutelapp.language import QT_TRANSLATE_NOOP, Catalogue
from sleutelapp.store.errors import CaseError

REPORT_KIND = "anonymised_summary"


def totals_of(counts) -> summary_shares.Totals:
    """The numbers of a period counted from its grouped rows (PeriodCounts): every
    newcomer's share (domain/summary_shares.py), summed."""
    groups: dict[str, list[tuple]] = defaultdict(list)
    for newcomer, kind, type_code, status, accompanied, topics, n, hour_sum in counts.entries:
        groups[newcomer].append(
            (kind, type_code, status, accompanied, topics, n, summary_shares.hundredths(hour_sum))
        )
    totals = summary_shares.Totals()
    for newcomer, route, counted in counts.newcomers:
        totals.add(summary_shares.share(route, bool(counted), groups.get(newcomer, ())))
    return totals


def tabulate(
    counts,
    period: Period,
    k: int,
    label: str = "",
    summary_id: str | None = None,
    source: str = "",
) -> Summary:
    """Publish the grouped counts of a period (store.summary_queries.PeriodCounts)."""
    return publish(totals_of(counts), period, k, label, summary_id, source)


def publish(
    totals: summary_shares.Totals,
    period: Period,
    k: int,
    label: str = "",
    summary_id: str | None = None,
    source: str = "",
) -> Summary:
    """The summary of a period's numbers: every table with its suppression applied."""
    k = anonymity.effective_k(k)
    tables = (
        _table(totals, "newcomers_by_route", vocab.ROUTES.codes, k),
        _table(totals, "contacts", TABLE_BY_ID["contacts"].rows, k),
        _appointments_table(totals, k),
        _table(totals, summary_shares.HOURS_TABLE, vocab.ACTIVITY_TYPES.codes, k),
        _table(totals, "signals", vocab.SIGNAL_THEMES.codes, k),
    )
    summary_id = summary_id or str(uuid.uuid4())
    not_counted = totals.newcomers(summary_shares.NOT_COUNTED)
    small = 0 < not_counted < k
    return Summary(
        summary_id,
        period,
        k,
        (Part(summary_id, k, anonymity.normalise_label(label), source),),
        anonymity.Cell.suppressed()
        if small
        else anonymity.Cell(anonymity.PUBLISHED, not_counted, not_counted),
        tables,
    )


def _table(totals: summary_shares.Totals, table_id: str, rows, k: int) -> anonymity.Table:
    columns = TABLE_BY_ID[table_id].columns
    scale = summary_shares.HOURS_SCALE if table_id == summary_shares.HOURS_TABLE else 1

    def count(row: str, column: str) -> Count:
        key = summary_shares.key(table_id, row, column)
        return Count(totals.value(key) / scale, totals.newcomers(key))

    total = summary_shares.TOTAL
    return suppression.protect(
        table_id,
        rows,
        columns,
        [[count(r, c) for c in columns] for r in rows],
        [count(r, total) for r in rows],
        [count(total, c) for c in columns],
        count(total, total),
        k,
    )


def _appointments_table(totals: summary_shares.Totals, k: int) -> anonymity.Table:
    """Health types get rows of their own only when every one of them meets k."""
    split = all(
        totals.newcomers(summary_shares.key("appointments", code, summary_shares.TOTAL)) >= k
        for code in vocab.HEALTH_APPOINTMENT_TYPES
        if totals.newcomers(summary_shares.key("appointments", code, summary_shares.TOTAL))
    )
    rows = (
        list(vocab.APPOINTMENT_TYPES.codes)
        if split
        else [HEALTH_GROUP]
        + [
            code
            for code in vocab.APPOINTMENT_TYPES.codes
            if code not in vocab.HEALTH_APPOINTMENT_TYPES
        ]
    )
    return _table(totals, "appointments", rows, k)


class SummaryNotAllowedError(CaseError):
    """A summary the sequence rules refuse (domain/summary_sequence.py), as one clear line."""

    code = "summary_not_allowed"

    def __init__(self, refusal: summary_sequence.SummaryNotAllowed):
        super().__init__(refusal.source)
        self.refusal = refusal
        self.code = refusal.code

    @classmethod
    def of(cls, exc: summary_sequence.SummaryNotAllowed) -> SummaryNotAllowedError:
        return cls(exc)

    def say(self, words: Catalogue) -> str:
        text = _refusal_text(self.refusal, words)
        return text[:1].upper() + text[1:]


def _refusal_text(refusal: summary_sequence.SummaryNotAllowed, words: Catalogue) -> str:
    """The domain's refusal in the catalogue's language."""
    return refusal.message(words.code)


@dataclass(frozen=True)
class PreparedSummary:
    """A summary ready to leave the device: newly made, or the stored one issued before."""

    summary: Summary
    issued: summary_sequence.Issued | None = None  # set for a re-issue
    data_changed: bool = False  # re-issue: today's data would give other figures
    chooses_kind: bool = False  # new: this first summary fixes the period length

    @property
    def is_reissue(self) -> bool:
        return self.issued is not None

    def json_bytes(self) -> bytes:
        """The JSON file: for a re-issue byte for byte what was issued before."""
        if self.issued is not None:
            return self.issued.summary_json.encode("utf-8")
        return summary_json_bytes(self.summary)


def sequence_state(case) -> summary_sequence.SequenceState:
    return case.disclosures.summaries.state()


def fresh_summary(case, period: Period, label: str = "", today: date | None = None, **kw):
    """The summary today's data gives for `period`, outside the sequence rules.

    Never sent as such: prepare_summary() decides whether it may be issued.
    """
    from sleutelapp.store import summary_counts
    from sleutelapp.store.summary_queries import period_counts

    today = today or date.today()
    totals = summary_counts.period_totals(case, period, today)
    if totals is None:  # a period that has not ended, or a withdrawal dated after today
        totals = totals_of(period_counts(case, period.start, period.end, today))
    k = kw.pop("k", None)
    return publish(
        totals, period, k if k is not None else case.settings.get("k_threshold"), label, **kw
    )


def prepare_summary(
    case,
    period: Period,
    label: str = "",
    today: date | None = None,
    *,
    choose_kind: bool = False,
) -> PreparedSummary:
    """The summary of `period` as the sequence rules allow it, or SummaryNotAllowedError.

    A period issued before comes back exactly as issued (and says whether today's data
    would differ). `choose_kind`: when the case file has no period length yet, this
    request's length becomes it once the summary is exported.
    """
    today = today or date.today()
    state = sequence_state(case)
    chooses = choose_kind and state.fixed_kind() is None and not state.issued
    checked = replace(state, period_kind=period.kind) if chooses else state
    try:
        verdict = summary_sequence.check_request(period, checked, today)
    except summary_sequence.SummaryNotAllowed as exc:
        raise SummaryNotAllowedError.of(exc) from None
    if verdict.reissue is not None:
        stored = Summary.from_json(json.loads(verdict.reissue.summary_json))
        part = stored.parts[0]
        now = fresh_summary(
            case, period, part.label, today, k=stored.k, summary_id=stored.id, source=part.source
        )
        changed = (now.not_counted, now.tables) != (stored.not_counted, stored.tables)
        return PreparedSummary(stored, verdict.reissue, data_changed=changed)
    source = state.source_id or "" if not chooses else ""
    summary = fresh_summary(case, period, label, today, source=source)
    return PreparedSummary(summary, chooses_kind=chooses)


def summary_json_bytes(summary: Summary) -> bytes:
    return (json.dumps(summary.to_json(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


_INDENT = 1  # as summary_json_bytes lays the file out
_BLOCK = 16 * 1024  # characters gathered per write (they come as many small chunks)


def summary_json_chunks(summary: Summary) -> Iterator[str]:
    """The text of `summary_json_bytes(summary)`, in pieces.

    For a merge of thousands of summaries: neither the whole text nor the JSON of all its
    parts is ever held at once, only one part's at a time. Every value is encoded by the
    same encoder as a whole document, then indented as deep as it lies in the file (the
    encoder writes a newline only as indentation; in strings it escapes it).
    """
    encoder = json.JSONEncoder(ensure_ascii=False, indent=_INDENT)
    head = replace(summary, parts=()).to_json()  # the fields in their order, parts apart
    yield "{"
    for index, (key, value) in enumerate(head.items()):
        yield ("," if index else "") + _newline(1) + encoder.encode(key) + ": "
        if key == "parts":
            yield from _array_chunks(encoder, (part.to_json() for part in summary.parts), 1)
        else:
            yield from _indented(encoder.iterencode(value), 1)
    yield _newline(0) + "}\n"


def _newline(level: int) -> str:
    return "\n" + " " * (_INDENT * level)


def _indented(chunks, level: int) -> Iterator[str]:
    """Encoded chunks of a value as it reads `level` deep in the file."""
    deeper = _newline(level)
    for chunk in chunks:
        yield chunk.replace("\n", deeper)


def _array_chunks(encoder: json.JSONEncoder, items, level: int) -> Iterator[str]:
    """A JSON array `level` deep made of `items` as they come (as the encoder lays it out)."""
    empty = True
    for item in items:
        yield ("[" if empty else ",") + _newline(level + 1)
        yield from _indented(encoder.iterencode(item), level + 1)
        empty = False
    yield "[]" if empty else _newline(level) + "]"


def write_summary_json(summary: Summary, path: str | Path, *, paths=None) -> str:
    """Write `summary_json_bytes(summary)` to `path` atomically without ever holding it
    whole (store/durable_file.py); returns the sha256 of what was written, hashed as written.
    `paths` as in write_atomically."""
    import hashlib

    from sleutelapp.store.durable_file import write_chunks_atomically

    digest = hashlib.sha256()

    def blocks() -> Iterator[bytes]:
        pending: list[str] = []
        size = 0
        for chunk in summary_json_chunks(summary):
            pending.append(chunk)
            size += len(chunk)
            if size >= _BLOCK:
                data = "".join(pending).encode("utf-8")
                digest.update(data)
                yield data
                pending, size = [], 0
        data = "".join(pending).encode("utf-8")
        digest.update(data)
        yield data

    write_chunks_atomically(path, blocks(), paths=paths)
    return digest.hexdigest()


def export_summary(
    case,
    prepared: PreparedSummary,
    json_path: str | Path | None,
    pdf_path: str | Path | None = None,
    language: str | None = None,
    recipient: str = "",
) -> list[Disclosure]:
    """Write the JSON and/or PDF atomically; record one disclosure per file written.

    A new summary is kept in the case file before any file is written, so whatever leaves
    the device for a period is what every later request for it gets (a failed write leaves
    a kept summary that nobody received: harmless). The PDF is in Dutch, its readers'
    language, whatever the UI or case file language; `language` is not used.
    """
    from sleutelapp.exports.files import sha256
    from sleutelapp.store.durable_file import write_atomically

    summary = prepared.summary
    if not prepared.is_reissue:
        summary = _keep(case, prepared)
    outputs = []
    if json_path is not None:
        data = prepared.json_bytes() if prepared.is_reissue else summary_json_bytes(summary)
        outputs.append((json_path, data))
    if pdf_path is not None:
        from sleutelapp.exports.summary_pdf import summary_pdf_bytes

        outputs.append((pdf_path, summary_pdf_bytes(summary)))
    recorded = []
    for path, data in outputs:
        write_atomically(path, data, paths=getattr(case, "paths", None))
        recorded.append(
            case.disclosures.record(
                Disclosure(
                    report_kind=REPORT_KIND,
                    period_from=summary.period.start,
                    period_to=summary.period.end,
                    recipient=recipient,
                    purpose="reporting",
                    sha256=sha256(data),
                )
            )
        )
    return recorded


def _keep(case, prepared: PreparedSummary) -> Summary:
    """Fix the period length if this is the first summary, then store the summary as issued."""
    summary = prepared.summary
    registry = case.disclosures.summaries
    with case.transaction():
        try:
            if prepared.chooses_kind:
                source = registry.choose_period_kind(summary.period.kind)
                part = summary.parts[0]
                summary = replace(summary, parts=(replace(part, source=source),))
            state = registry.state()
            summary_sequence.check_request(summary.period, state, date.max)
            if summary.period.code in state.issued:
                raise summary_sequence.SummaryNotAllowed(
                    "issued_meanwhile",
                    QT_TRANSLATE_NOOP(
                        "SummarySequence",
                        "this period was issued meanwhile; open the window again.",
                    ),
                )
        except summary_sequence.SummaryNotAllowed as exc:
            raise SummaryNotAllowedError.of(exc) from None
        registry.record_issue(
            summary.period.code, summary.period.kind, summary_json_bytes(summary).decode("utf-8")
        )
    return summary
