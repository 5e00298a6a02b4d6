"""Newcomers: profile rows, the searchable list, lookup by id or name, and erasure."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sleutelapp.domain.model import Extension, InvalidRecord, Newcomer, now_stamp
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors, search
from sleutelapp.store.connection import name_sort_key

_COLUMNS = (
    "id, name, known_as, phone, language, route, termijn_start, extensions, "
    "municipality_ref, regisseur, coaches, language_school, status, closed_on, "
    "created, updated, language_code"
)
COLUMN_COUNT = len(_COLUMNS.split(","))
MAX_REF = 500  # longer than any name (MAX_SHORT): cannot match
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _date(value: str | None) -> date | None:
    """A stored date; one that no longer parses (written by hand or an old bug) reads as
    unknown rather than making every list fail."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def extension_dicts(extensions) -> list[dict]:
    """The granted extensions as the case file, the portable file and the handover hold them."""
    return [
        {"months": e.months, "reason": e.reason, "decided_on": _iso(e.decided_on)}
        for e in extensions
    ]


def extensions_to_json(extensions) -> str:
    return json.dumps(extension_dicts(extensions))


def extensions_from_json(text: str) -> tuple[Extension, ...]:
    if not text or text == "[]":  # most newcomers have no extension: skip the parser
        return ()
    return tuple(
        Extension(
            months=int(e["months"]),
            reason=e.get("reason", ""),
            decided_on=_date(e.get("decided_on")),
        )
        for e in json.loads(text or "[]")
    )


def from_row(row) -> Newcomer:
    return Newcomer(
        id=row[0],
        name=row[1],
        known_as=row[2],
        phone=row[3],
        language=row[4],
        route=row[5],
        termijn_start=_date(row[6]),
        extensions=extensions_from_json(row[7]),
        municipality_ref=row[8],
        regisseur=row[9],
        coaches=row[10],
        language_school=row[11],
        status=row[12],
        closed_on=_date(row[13]),
        created=row[14],
        updated=row[15],
        language_code=row[16],
    )


def to_params(n: Newcomer) -> tuple:
    return (
        n.id,
        n.name,
        n.known_as,
        n.phone,
        n.language,
        n.route,
        _iso(n.termijn_start),
        extensions_to_json(n.extensions),
        n.municipality_ref,
        n.regisseur,
        n.coaches,
        n.language_school,
        n.status,
        _iso(n.closed_on),
        n.created,
        n.updated,
        n.language_code,
    )


def invalid(exc: InvalidRecord, source: str) -> errors.InvalidData:
    """The refusal of an invalid record; `source` (marked in the "CaseError" context) says
    which record, with {problem} for the field and the rule it breaks."""
    from sleutelapp.store.rule_words import domain_problem

    problem = errors.detail(
        "{field}: {rule}", field=exc.field_name, rule=domain_problem(exc.problem)
    )
    return errors.InvalidData(source, problem=problem)


@dataclass(frozen=True)
class EntryMatch:
    """Which entry a search found, for the list to say so."""

    entry_id: str
    date: date
    kind: str
    excerpt: str


@dataclass(frozen=True)
class NewcomerListItem:
    """One row of the newcomer list: what the list shows, nothing more."""

    id: str
    name: str
    known_as: str
    route: str
    status: str
    termijn_start: date | None
    extensions: tuple[Extension, ...]
    closed_on: date | None
    last_contact: date | None  # see search_list_sql: contact, or time spent together
    added_on: date | None = None  # when the newcomer was added to the case file
    match: EntryMatch | None = None  # the newest entry the search text was found in

    @property
    def display_name(self) -> str:
        return self.known_as or self.name


def _list_item(r) -> NewcomerListItem:
    # Filled directly (see entries.from_row): the list is rebuilt on every keystroke.
    item = object.__new__(NewcomerListItem)
    item.__dict__.update(
        id=r[0],
        name=r[1],
        known_as=r[2],
        route=r[3],
        status=r[4],
        termijn_start=_date(r[5]),
        extensions=extensions_from_json(r[6]),
        closed_on=_date(r[7]),
        last_contact=_date(r[8]),
        added_on=_date((r[9] or "")[:10]),
        match=_match(r[10]),
    )
    return item


@dataclass(frozen=True)
class Attention:
    """Vandaag's attention lists: the first rows of each and how many there are in all."""

    ending: list[NewcomerListItem]  # termijn ends within the warning window, soonest first
    ending_total: int
    quiet: list[NewcomerListItem]  # no contact for NO_CONTACT_DAYS, longest first
    quiet_total: int


# The columns of a list row (see _list_item), with the last contact as given.
_ITEM_COLUMNS = """n.id, n.name, n.known_as, n.route, n.status, n.termijn_start, n.extensions,
    n.closed_on, {last_contact} AS last_contact, n.created, NULL AS match"""


_SEP = "\x1f"


_SQL_SEP = "char(31)"


def _match(packed: str | None) -> EntryMatch | None:
    if not packed:
        return None
    day, entry_id, kind, excerpt = packed.split(_SEP, 3)
    return EntryMatch(entry_id, date.fromisoformat(day), kind, excerpt)


class Newcomers:
    def __init__(self, case):
        self._case = case

    def add(self, newcomer: Newcomer) -> Newcomer:
        try:
            newcomer = newcomer.validated()
        except InvalidRecord as exc:
            raise invalid(
                exc, QT_TRANSLATE_NOOP("CaseError", "Invalid newcomer: {problem}")
            ) from None
        stamp = now_stamp()
        newcomer = replace(
            newcomer, created=newcomer.created or stamp, updated=newcomer.updated or stamp
        )
        with self._case.transaction() as conn:
            conn.execute(
                f"INSERT INTO newcomer({_COLUMNS}) VALUES ({','.join('?' * COLUMN_COUNT)})",
                to_params(newcomer),
            )
            self._case.audit.record("create", "newcomer", newcomer.id)
        return newcomer

    def update(self, newcomer: Newcomer) -> Newcomer:
        try:
            newcomer = newcomer.validated()
        except InvalidRecord as exc:
            raise invalid(
                exc, QT_TRANSLATE_NOOP("CaseError", "Invalid newcomer: {problem}")
            ) from None
        newcomer = replace(newcomer, updated=now_stamp())
        params = to_params(newcomer)
        # Every column but id and created.
        columns = [c.strip() for c in _COLUMNS.split(",")]
        editable = [c for c in columns if c not in ("id", "created")]
        values = [p for c, p in zip(columns, params, strict=False) if c not in ("id", "created")]
        assignments = ", ".join(f"{c} = ?" for c in editable)
        with self._case.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE newcomer SET {assignments} WHERE id = ?", (*values, newcomer.id)
            )
            if cursor.rowcount != 1:
                raise _not_found(newcomer.id)
            self._case.audit.record("update", "newcomer", newcomer.id)
        return newcomer

    def get(self, newcomer_id: str) -> Newcomer:
        row = self._case.query_one(f"SELECT {_COLUMNS} FROM newcomer WHERE id = ?", (newcomer_id,))
        if row is None:
            raise _not_found(newcomer_id)
        return from_row(row)

    def exists(self, newcomer_id: str) -> bool:
        return (
            self._case.query_one("SELECT 1 FROM newcomer WHERE id = ?", (newcomer_id,)) is not None
        )

    def count(self) -> int:
        return self._case.query_one("SELECT count(*) FROM newcomer")[0]

    def all(self) -> list[Newcomer]:
        rows = self._case.query(f"SELECT {_COLUMNS} FROM newcomer ORDER BY name COLLATE name")
        return [from_row(r) for r in rows]

    def find(self, ref: str) -> Newcomer:
        """By id, or by a name (or known-as name) that matches one newcomer exactly or as
        an unambiguous prefix. Never a search of entry text (conventions.md 16): a command
        that erases or exports must act on exactly the person that was named."""
        ref = (ref or "").strip()
        if _UUID.match(ref.lower()):
            return self.get(ref.lower())
        if not ref or len(ref) > MAX_REF:
            raise _not_found(ref[:40])
        wanted = _fold(ref)
        names = self._case.query("SELECT id, name, known_as FROM newcomer")
        exact = [r[0] for r in names if wanted in (_fold(r[1]), _fold(r[2]))]
        matches = exact or [
            r[0]
            for r in names
            if _fold(r[1]).startswith(wanted) or (r[2] and _fold(r[2]).startswith(wanted))
        ]
        if not matches:
            raise _not_found(ref)
        if len(matches) > 1:
            raise _ambiguous(ref, len(matches))
        return self.get(matches[0])

    def search_list(
        self,
        text: str = "",
        *,
        status: str | None = None,
        route: str | None = None,
        today: date | None = None,
        limit: int | None = None,
        offset: int = 0,
        variants: bool = True,
    ) -> list[NewcomerListItem]:
        """The newcomer list in one indexed query: filters, then name or entry-text search.

        Names as typed come first, then spelling variants, then matches in entries; `limit`
        and `offset` give one page of the list. `variants=False` leaves spelling variants
        out (a command's lookup by name must not widen to them).
        """
        wanted = None if limit is None else offset + limit  # enough for the page
        sql, params = search_list_sql(
            text,
            status=status,
            route=route,
            today=today,
            limit=limit,
            offset=offset,
            variants=variants,
            entry_hits=self._entry_hits(text, wanted, status=status, route=route),
        )
        return [_list_item(r) for r in self._case.query(sql, params)]

    def _entry_hits(
        self,
        text: str,
        wanted: int | None,
        newcomer_id: str | None = None,
        *,
        status: str | None = None,
        route: str | None = None,
    ):
        terms = search.parse(text)
        if terms.entry_match() is None:
            return []
        return self._case.read(
            lambda conn: search.recent_entry_hits(
                conn, terms, wanted, newcomer_id, status=status, route=route
            )
        )

    def list_item(
        self, newcomer_id: str, text: str = "", today: date | None = None
    ) -> NewcomerListItem | None:
        """One newcomer's row of the list (after a change that concerns only them)."""
        hits = self._entry_hits(text, None, newcomer_id)
        sql, params = search_list_sql(text, today=today, newcomer_id=newcomer_id, entry_hits=hits)
        rows = self._case.query(sql, params)
        return _list_item(rows[0]) if rows else None

    def attention(
        self,
        today: date | None = None,
        *,
        ending_limit: int | None = None,
        quiet_limit: int | None = None,
    ) -> Attention:
        """Vandaag's two attention lists of active newcomers, by the rules of
        domain/wi2021.py: whose termijn ends within the warning window (soonest first) and
        who had no contact for NO_CONTACT_DAYS (longest first, never any first); the first
        `..._limit` rows of each (None: all) and how many there are in all.

        Read from indexes (schema steps 0008 and 0010): the newcomers the rule certainly
        picks are counted in an index range and only a page of them is read; the few it
        may or may not pick (an extension, a start near the boundary, no contact on record,
        a contact dated ahead) are read and the rule decides. So the cost follows the page,
        not the number of newcomers.
        """
        today = today or date.today()
        ending, ending_total = self._ending_soon(today, ending_limit)
        quiet, quiet_total = self._without_contact(today, quiet_limit)
        return Attention(ending, ending_total, quiet, quiet_total)

    def _ending_soon(self, today: date, limit: int | None) -> tuple[list, int]:
        from sleutelapp.domain import wi2021

        warn_by = wi2021.add_months(today, wi2021.WARN_MONTHS_BEFORE_END)
        ends: list[tuple[date, int]] = []
        total = 0
        # Newcomers with the same months of extension (a handful of groups: none, 3, 6,
        # …), each a range of the (status, extension_months, termijn_start) index.
        months = -1
        while True:
            row = self._case.query_one(
                "SELECT min(extension_months) FROM newcomer "
                "WHERE status = 'active' AND extension_months > ?",
                (months,),
            )
            if row is None or row[0] is None:
                break
            months = row[0]
            span = wi2021.TERMIJN_YEARS * 12 + months
            # A termijn that started by `sure_by` ends by `warn_by` (add_months keeps the
            # order of days and never lands past their day of the month); one that
            # started more than a few days later (month ends) cannot end that soon.
            sure_by = wi2021.add_months(warn_by, -span)
            started_by = sure_by + timedelta(days=4)
            group, sure = "status = 'active' AND extension_months = ?", "termijn_start <= ?"
            valid = "date(termijn_start) IS termijn_start"
            total += self._case.query_one(
                f"SELECT count(*) FROM newcomer WHERE {group} AND {sure} AND {valid}",
                (months, sure_by.isoformat()),
            )[0]
            page = "" if limit is None else " LIMIT ?"
            rows = self._case.query(
                f"""SELECT * FROM (
                        SELECT 1, rowid, termijn_start, extensions FROM newcomer
                        WHERE {group} AND {sure} AND {valid} ORDER BY termijn_start{page})
                    UNION ALL
                    SELECT 0, rowid, termijn_start, extensions FROM newcomer
                    WHERE {group} AND termijn_start > ? AND termijn_start <= ?""",
                (
                    months,
                    sure_by.isoformat(),
                    *(() if limit is None else (limit,)),
                    months,
                    sure_by.isoformat(),
                    started_by.isoformat(),
                ),
            )
            for certain, rowid, start, extensions in rows:
                end = wi2021.termijn_end(_date(start), extensions_from_json(extensions))
                if end is None:  # no start, or one that does not read as a date
                    continue
                if certain:
                    ends.append((end, rowid))
                elif wi2021.ends_soon(end, today):  # near the boundary: the rule decides
                    ends.append((end, rowid))
                    total += 1
        ends.sort(key=lambda pair: pair[0])
        chosen = ends[:limit]
        by_rowid = self._items_by_rowid([rowid for _end, rowid in chosen], today)
        shown = [(end, by_rowid[rowid]) for end, rowid in chosen if rowid in by_rowid]
        # Ties (the same end) in the order of the list: by name, as before the pages.
        shown.sort(key=lambda pair: (pair[0], name_sort_key(pair[1].display_name)))
        return [item for _end, item in shown], total

    def _without_contact(self, today: date, limit: int | None) -> tuple[list, int]:
        from sleutelapp.domain import wi2021

        # A latest contact on or before `quiet_since` is also the last one up to today,
        # NO_CONTACT_DAYS or more ago: all of those are due.
        quiet_since = today - timedelta(days=wi2021.NO_CONTACT_DAYS)
        certain = "n.status = 'active' AND n.latest_contact <= ?"
        total = self._case.query_one(
            f"SELECT count(*) FROM newcomer n WHERE {certain}", (quiet_since.isoformat(),)
        )[0]
        page = "" if limit is None else " LIMIT ?"
        rows = self._case.query(
            f"SELECT {_ITEM_COLUMNS.format(last_contact='n.latest_contact')} "
            f"FROM newcomer n WHERE {certain} ORDER BY n.latest_contact{page}",
            (quiet_since.isoformat(), *(() if limit is None else (limit,))),
        )
        items = [_list_item(r) for r in rows]
        # No contact on record, or the latest dated ahead: the last one up to today decides.
        maybe = self._case.query(
            f"SELECT {_ITEM_COLUMNS.format(last_contact=LAST_CONTACT)} FROM newcomer n "
            """WHERE n.rowid IN (
                   SELECT rowid FROM newcomer WHERE status = 'active' AND latest_contact IS NULL
                   UNION ALL
                   SELECT rowid FROM newcomer WHERE status = 'active' AND latest_contact > ?)""",
            (today.isoformat(), today.isoformat()),
        )
        for item in map(_list_item, maybe):
            if wi2021.needs_contact(item.last_contact, item.added_on, today):
                items.append(item)
                total += 1
        # Longest without contact first; ties in the order of the list (by name).
        items.sort(
            key=lambda item: (item.last_contact or date.min, name_sort_key(item.display_name))
        )
        return items[:limit], total

    def _items_by_rowid(self, rowids: list[int], today: date) -> dict[int, NewcomerListItem]:
        """List rows of these newcomers, by rowid."""
        if not rowids:
            return {}
        rows = self._case.query(
            f"SELECT {_ITEM_COLUMNS.format(last_contact=LAST_CONTACT)}, n.rowid FROM newcomer n "
            "WHERE n.rowid IN (SELECT value FROM json_each(?))",
            (today.isoformat(), json.dumps(rowids)),
        )
        return {r[11]: _list_item(r) for r in rows}

    def close(self, newcomer_id: str, on: date | None = None) -> Newcomer:
        current = self.get(newcomer_id)
        return self.update(replace(current, status="closed", closed_on=on or date.today()))

    def reopen(self, newcomer_id: str) -> Newcomer:
        return self.update(replace(self.get(newcomer_id), status="active", closed_on=None))

    def due_for_erasure(self, retention_months: int, today: date | None = None) -> list[Newcomer]:
        from sleutelapp.domain.wi2021 import add_months

        today = today or date.today()
        rows = self._case.query(
            f"SELECT {_COLUMNS} FROM newcomer WHERE status = 'closed' AND closed_on IS NOT NULL "
            "ORDER BY closed_on"
        )
        return [
            n
            for n in map(from_row, rows)
            if n.closed_on and add_months(n.closed_on, retention_months) <= today
        ]

    def erase(self, newcomer_id: str, *, listed=None) -> list:
        """Erase a newcomer for good: every row, FTS included (secure_delete is on).

        Returns the disclosures made about them, so the user can tell those recipients.
        The register keeps that an export happened, without the link to the person, and the
        audit keeps a receipt: one row per disclosure listed to tell (`listed`, default all
        of them), with the erasure's time and no personal data.
        """
        self.get(newcomer_id)  # raises NotFound
        disclosures = self._case.disclosures.for_newcomer(newcomer_id)
        receipt = disclosures if listed is None else list(listed)
        with self._case.transaction() as conn:
            conn.execute("DELETE FROM entry WHERE newcomer_id = ?", (newcomer_id,))
            conn.execute("DELETE FROM consent WHERE newcomer_id = ?", (newcomer_id,))
            conn.execute("DELETE FROM newcomer WHERE id = ?", (newcomer_id,))
            conn.execute(
                "UPDATE disclosure SET newcomer_id = NULL, entry_ids = '[]', "
                "consent_id = NULL WHERE newcomer_id = ?",
                (newcomer_id,),
            )
            self._case.audit.record("erase", "newcomer", None)
            # The receipt: which register rows were listed to tell, without the person.
            self._case.audit.record_many("recipients_listed", "disclosure", [d.id for d in receipt])
        self._case.checkpoint()
        return disclosures


def search_list_sql(
    text: str = "",
    *,
    status: str | None = None,
    route: str | None = None,
    today: date | None = None,
    limit: int | None = None,
    offset: int = 0,
    variants: bool = True,
    newcomer_id: str | None = None,
    entry_hits: list[tuple[int, int]] | None = None,
) -> tuple[str, list]:
    """SQL and parameters of the newcomer list (public so benchmarks can run it raw).

    First the page of matching rows in list order (by the list index when nothing is
    searched), then the columns for that page only: a page of a long list costs the same
    as a page of a short one. `last_contact` is the last day the key person was in touch
    (LAST_CONTACT). `entry_hits` are the newcomers whose entries hold the search text
    (search.recent_entry_hits: newest-written first, as many as the page can show); they
    follow the name matches in that order, and `match` is that newest-written entry.
    """
    today = today or date.today()
    params: list = []
    terms = search.parse(text)
    ctes, hit = search.match_ctes(terms, params, variants=variants, entry_hits=entry_hits)
    where = ["1"]
    if status:
        where.append("n.status = ?")
        params.append(status)
    if route:
        where.append("n.route = ?")
        params.append(route)
    if newcomer_id:
        where.append("n.id = ?")
        params.append(newcomer_id)
    if ctes:
        where.append(
            "(n.rowid IN name_literal OR n.rowid IN name_variant "
            "OR n.rowid IN (SELECT rid FROM entry_hit))"
        )
    page = ""
    if limit is not None:
        page = " LIMIT ? OFFSET ?"
        params.extend((limit, offset))
    params.append(today.isoformat())
    # One or two letters match most entries: the list then names no entry (it would say
    # little). Otherwise the newest-written matching entry of each entry hit on the page.
    entry_match = terms.entry_match()
    if ctes and entry_match and any(len(t) >= search.TRIGRAM for t in terms.all_tokens):
        match_column = f"""(SELECT m.date || {_SQL_SEP} || m.id || {_SQL_SEP} || m.kind
                    || {_SQL_SEP} || substr(replace(coalesce(nullif(m.text, ''), m.location),
                                                    char(10), ' '), 1, 80)
                FROM entry_hit h JOIN entry m ON m.rowid = h.erow WHERE h.rid = n.rowid)"""
    else:
        match_column = "NULL"
    if hit:
        rank = f"{hit} AS hit, (SELECT h.pos FROM entry_hit h WHERE h.rid = n.rowid) AS pos"
        ranked = "hit, CASE WHEN hit = 3 THEN pos END, "
    else:
        rank, ranked = "0 AS hit, NULL AS pos", ""
    sql = f"""{ctes}{"," if ctes else "WITH"} page AS MATERIALIZED (
            SELECT n.rowid AS rid, {rank} FROM newcomer n
            WHERE {" AND ".join(where)}
            ORDER BY {ranked}{LIST_ORDER}{page})
        SELECT n.id, n.name, n.known_as, n.route, n.status, n.termijn_start, n.extensions,
               n.closed_on, {LAST_CONTACT} AS last_contact, n.created,
               {match_column} AS match
        FROM page JOIN newcomer n ON n.rowid = page.rid
        ORDER BY page.hit, CASE WHEN page.hit = 3 THEN page.pos END, {LIST_ORDER}"""
    return sql, params


# The last day the key person was in touch with the newcomer (a correlated subquery over
# `n`, with the day as its one parameter): a contact, an appointment they went along to
# that took place, or an activity done together. One step into the newcomer's part of the
# index of such moments (schema step 0007 indexes this condition word for word: keep the
# two the same, or the planner walks the timeline again).
LAST_CONTACT = """(SELECT e.date FROM entry e WHERE e.newcomer_id = n.id AND e.date <= ?
                    AND (e.kind = 'contact'
                         OR (e.kind = 'appointment' AND e.status = 'done' AND e.accompanied)
                         OR (e.kind = 'activity' AND e.accompanied))
                    ORDER BY e.date DESC LIMIT 1)"""

# The order of the list (schema step 0004 indexes it, as newcomer_list_order): names as a
# reader sorts them (the `name` collation every connection registers, store/connection.py).
LIST_ORDER = "n.status, coalesce(nullif(n.known_as, ''), n.name) COLLATE name"


def _fold(name: str) -> str:
    """How names are compared when a person is named on the command line."""
    return unicodedata.normalize("NFC", name or "").casefold().strip()


def _not_found(ref: str) -> errors.NotFound:
    return errors.NotFound(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "No newcomer found for '{ref}'. Use 'sleutelapp newcomers' to see the list.",
        ),
        ref=ref,
    )


def _ambiguous(ref: str, count: int) -> errors.Ambiguous:
    return errors.Ambiguous(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "'{ref}' matches {count} newcomers. Use the id (see 'sleutelapp newcomers').",
        ),
        ref=ref,
        count=count,
    )
