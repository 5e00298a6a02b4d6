"""The schema of case.db as a list of migrations (sqlite_utils.migrations).

One function per step, each in its own transaction. PRAGMA user_version mirrors the number
of applied steps so a newer file is recognised before anything is written.
Released versions are kept as files under tests/fixtures/ and must keep migrating.
"""

from __future__ import annotations

MIGRATION_SET = "sleutelapp"


def _v1_tables(db) -> None:
    db.execute("""
        CREATE TABLE newcomer (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            known_as TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            route TEXT NOT NULL DEFAULT 'unknown',
            termijn_start TEXT,
            extensions TEXT NOT NULL DEFAULT '[]',
            municipality_ref TEXT NOT NULL DEFAULT '',
            regisseur TEXT NOT NULL DEFAULT '',
            coaches TEXT NOT NULL DEFAULT '',
            language_school TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            closed_on TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX newcomer_status_route ON newcomer(status, route)")
    db.execute("""
        CREATE TABLE entry (
            id TEXT PRIMARY KEY,
            newcomer_id TEXT NOT NULL REFERENCES newcomer(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            date TEXT NOT NULL,
            time TEXT,
            type TEXT,
            text TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            hours REAL,
            minutes INTEGER,
            status TEXT,
            shareable INTEGER NOT NULL DEFAULT 0,
            topics TEXT NOT NULL DEFAULT '',
            accompanied INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX entry_timeline ON entry(newcomer_id, date, time)")
    db.execute("CREATE INDEX entry_newcomer_kind ON entry(newcomer_id, kind, date)")
    db.execute("CREATE INDEX entry_kind_date ON entry(kind, date, status)")
    db.execute("""
        CREATE TABLE consent (
            id TEXT PRIMARY KEY,
            newcomer_id TEXT NOT NULL REFERENCES newcomer(id) ON DELETE CASCADE,
            purpose TEXT NOT NULL,
            given_on TEXT NOT NULL,
            withdrawn_on TEXT,
            how TEXT NOT NULL DEFAULT 'verbal',
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX consent_newcomer ON consent(newcomer_id, purpose)")
    db.execute("""
        CREATE TABLE disclosure (
            id TEXT PRIMARY KEY,
            made_at TEXT NOT NULL,
            report_kind TEXT NOT NULL,
            period_from TEXT,
            period_to TEXT,
            recipient TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            consent_id TEXT,
            newcomer_id TEXT,
            entry_ids TEXT NOT NULL DEFAULT '[]',
            sha256 TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX disclosure_newcomer ON disclosure(newcomer_id, made_at)")
    db.execute("""
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            object_kind TEXT NOT NULL,
            object_id TEXT
        )""")
    # Append-only: the audit log cannot be edited through SQL either.
    db.execute("""CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _v1_search(db) -> None:
    # External-content FTS5: the index holds tokens, the text stays in its table only.
    # Names use trigrams (any part of a name, 3+ letters); entry text uses words.
    db.execute("""CREATE VIRTUAL TABLE newcomer_fts USING fts5(
                      name, known_as, content='newcomer', content_rowid='rowid',
                      tokenize='trigram remove_diacritics 1')""")
    db.execute("""CREATE VIRTUAL TABLE entry_fts USING fts5(
                      text, location, content='entry', content_rowid='rowid',
                      tokenize='unicode61 remove_diacritics 2')""")
    for table in ("newcomer_fts", "entry_fts"):
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES('secure-delete', 1)")
        db.execute(f"INSERT INTO {table}({table}) VALUES('rebuild')")  # rows made before
    db.execute("""CREATE TRIGGER newcomer_ai AFTER INSERT ON newcomer BEGIN
        INSERT INTO newcomer_fts(rowid, name, known_as) VALUES (new.rowid, new.name, new.known_as);
        END""")
    db.execute("""CREATE TRIGGER newcomer_ad AFTER DELETE ON newcomer BEGIN
        INSERT INTO newcomer_fts(newcomer_fts, rowid, name, known_as)
            VALUES ('delete', old.rowid, old.name, old.known_as);
        END""")
    db.execute("""CREATE TRIGGER newcomer_au AFTER UPDATE OF name, known_as ON newcomer BEGIN
        INSERT INTO newcomer_fts(newcomer_fts, rowid, name, known_as)
            VALUES ('delete', old.rowid, old.name, old.known_as);
        INSERT INTO newcomer_fts(rowid, name, known_as) VALUES (new.rowid, new.name, new.known_as);
        END""")
    db.execute("""CREATE TRIGGER entry_ai AFTER INSERT ON entry BEGIN
        INSERT INTO entry_fts(rowid, text, location) VALUES (new.rowid, new.text, new.location);
        END""")
    db.execute("""CREATE TRIGGER entry_ad AFTER DELETE ON entry BEGIN
        INSERT INTO entry_fts(entry_fts, rowid, text, location)
            VALUES ('delete', old.rowid, old.text, old.location);
        END""")
    db.execute("""CREATE TRIGGER entry_au AFTER UPDATE OF text, location ON entry BEGIN
        INSERT INTO entry_fts(entry_fts, rowid, text, location)
            VALUES ('delete', old.rowid, old.text, old.location);
        INSERT INTO entry_fts(rowid, text, location) VALUES (new.rowid, new.text, new.location);
        END""")


def _summary_issues(db) -> None:
    """Anonymised summaries as issued, so a period is always re-issued with the same figures.

    `summary_source` holds the one period length of the case file (chosen before its first
    summary, then fixed) and its pseudonymous source id; `summary_issue` the JSON of every
    summary that left the device, one row per period (domain/summary_sequence.py says why).
    """
    db.execute("""
        CREATE TABLE summary_source (
            only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
            source_id TEXT NOT NULL,
            period_kind TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
            chosen_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE summary_issue (
            period TEXT PRIMARY KEY,
            period_kind TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            summary TEXT NOT NULL
        )""")


def _v4_search_at_scale(db) -> None:
    # Search that finds spelling variants, and lists that stay fast at 10,000 newcomers:
    # a name-key index, the list order indexed, the newcomer in the (kind, date) index,
    # and the owner of each entry in a narrow table.
    #
    # Spelling variants and other scripts of a name (domain/name_keys.py): a contentless
    # index of key tokens, one row per newcomer (same rowid), filled by the SQL function
    # the connection registers (store/search.py), so the triggers keep it in step.
    # Contentless with delete support: deleting a row needs only its rowid, so a change of
    # the key rules can never leave tokens behind that a 'delete' would no longer match.
    db.execute("""CREATE VIRTUAL TABLE newcomer_name_key USING fts5(
                      keys, content='', contentless_delete=1, detail=none,
                      tokenize='ascii')""")
    db.execute("INSERT INTO newcomer_name_key(newcomer_name_key, rank) VALUES('secure-delete', 1)")
    db.execute("""INSERT INTO newcomer_name_key(rowid, keys)
                  SELECT rowid, sleutelapp_name_keys(name, known_as) FROM newcomer""")
    db.execute("""CREATE TRIGGER newcomer_name_key_ai AFTER INSERT ON newcomer BEGIN
        INSERT INTO newcomer_name_key(rowid, keys)
            VALUES (new.rowid, sleutelapp_name_keys(new.name, new.known_as));
        END""")
    db.execute("""CREATE TRIGGER newcomer_name_key_ad AFTER DELETE ON newcomer BEGIN
        DELETE FROM newcomer_name_key WHERE rowid = old.rowid;
        END""")
    db.execute("""CREATE TRIGGER newcomer_name_key_au AFTER UPDATE OF name, known_as
                  ON newcomer BEGIN
        DELETE FROM newcomer_name_key WHERE rowid = old.rowid;
        INSERT INTO newcomer_name_key(rowid, keys)
            VALUES (new.rowid, sleutelapp_name_keys(new.name, new.known_as));
        END""")
    # The list in its order (store/newcomers.LIST_ORDER), so a page of 10,000 newcomers
    # is read from the index instead of sorting them all.
    db.execute("""CREATE INDEX newcomer_list_order ON newcomer(
                      status, coalesce(nullif(known_as, ''), name) COLLATE name)""")
    # Who had contact lately, from the index alone (Vandaag's "no contact for 30 days"):
    # the (kind, date, status) index gains the newcomer; every query that used it still can.
    db.execute("DROP INDEX entry_kind_date")
    db.execute("CREATE INDEX entry_kind_date ON entry(kind, date, status, newcomer_id)")
    # Whose entry is a search hit, without reading the entry rows: the full-text index
    # gives entry rowids, and looking each up in the (large) entry table decrypts most of
    # its pages when a word is common. This narrow table answers from a few pages.
    db.execute("""CREATE TABLE entry_owner (
                      entry_rowid INTEGER PRIMARY KEY,
                      newcomer_rowid INTEGER NOT NULL)""")
    db.execute("""INSERT INTO entry_owner(entry_rowid, newcomer_rowid)
                  SELECT e.rowid, n.rowid FROM entry e JOIN newcomer n ON n.id = e.newcomer_id""")
    db.execute("""CREATE TRIGGER entry_owner_ai AFTER INSERT ON entry BEGIN
        INSERT INTO entry_owner(entry_rowid, newcomer_rowid)
            VALUES (new.rowid, (SELECT rowid FROM newcomer WHERE id = new.newcomer_id));
        END""")
    db.execute("""CREATE TRIGGER entry_owner_ad AFTER DELETE ON entry BEGIN
        DELETE FROM entry_owner WHERE entry_rowid = old.rowid;
        END""")
    db.execute("""CREATE TRIGGER entry_owner_au AFTER UPDATE OF newcomer_id ON entry BEGIN
        UPDATE entry_owner
            SET newcomer_rowid = (SELECT rowid FROM newcomer WHERE id = new.newcomer_id)
            WHERE entry_rowid = new.rowid;
        END""")


def _extension_requests(db) -> None:
    """DUO extension requests per newcomer (reason, evidence ticks, sent, decision).

    Every extension already in `newcomer.extensions` becomes a granted request with the
    reason 'earlier' and its typed reason kept as the note, so nothing is lost. The column
    itself stays: it holds the granted extensions the termijn end counts, and the store
    keeps it in step with granted requests.
    """
    import json
    import uuid
    from datetime import datetime

    db.execute("""
        CREATE TABLE extension_request (
            id TEXT PRIMARY KEY,
            newcomer_id TEXT NOT NULL REFERENCES newcomer(id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            sent_on TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            outcome TEXT NOT NULL DEFAULT 'pending',
            months INTEGER NOT NULL DEFAULT 0,
            decided_on TEXT,
            task_id TEXT,
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX extension_request_newcomer ON extension_request(newcomer_id, sent_on)")
    stamp = datetime.now().replace(microsecond=0).isoformat()
    rows = db.execute("SELECT id, extensions FROM newcomer WHERE extensions NOT IN ('', '[]')")
    for newcomer_id, text in rows.fetchall():
        try:
            extensions = json.loads(text)
        except ValueError:
            continue  # unreadable before this step too: left as it is, never guessed
        for e in extensions if isinstance(extensions, list) else ():
            if not isinstance(e, dict):
                continue
            months = _whole_months(e.get("months"))
            if months is None:
                continue  # "6 maanden" or 6.5: left in the column as it is, never guessed
            db.execute(
                "INSERT INTO extension_request(id, newcomer_id, reason, outcome, months, "
                "decided_on, note, created, updated) VALUES (?, ?, 'earlier', 'granted', ?, ?, "
                "?, ?, ?)",
                (
                    str(uuid.uuid4()),
                    newcomer_id,
                    months,
                    e.get("decided_on") or None,
                    str(e.get("reason") or ""),
                    stamp,
                    stamp,
                ),
            )


def _whole_months(value) -> int | None:
    """The months of an old extension record as a whole number, or None when it is not one."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _report_schedules(db) -> None:
    """A newcomer's own report schedule (month or quarter), where it differs from the setting.

    A row of its own, erased with its newcomer (ON DELETE CASCADE); no row = the setting.
    """
    db.execute("""
        CREATE TABLE report_schedule (
            newcomer_id TEXT PRIMARY KEY REFERENCES newcomer(id) ON DELETE CASCADE,
            schedule TEXT NOT NULL CHECK (schedule IN ('month', 'quarter'))
        )""")


def _newcomer_papers(db) -> None:
    """The newcomer's language as a code (the papers for them are printed in it), and the
    consent sheet a signed consent was signed on.

    `newcomer.language_code` is one of the app's languages or ''. The free-text `language`
    stays as it was; where it clearly names one shipped language (domain/newcomer_language.py)
    the code is filled in, otherwise it stays empty for the key person to choose.
    `consent.sheet_id` is the disclosure id of the consent sheet (NULL: none).
    """
    from sleutelapp.domain.newcomer_language import code_from_text

    db.execute("ALTER TABLE newcomer ADD COLUMN language_code TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE consent ADD COLUMN sheet_id TEXT")
    rows = db.execute("SELECT id, language FROM newcomer WHERE language != ''").fetchall()
    for newcomer_id, text in rows:
        code = code_from_text(text)
        if code:
            db.execute("UPDATE newcomer SET language_code = ? WHERE id = ?", (code, newcomer_id))


def _vandaag_indexes(db) -> None:
    """Vandaag's rows from small indexes, so its cost follows what it shows (issue 16).

    The agenda's rows in their order, apart from everything else:
    Two small partial indexes: planned appointments and open tasks only, in date and time
    order, with the newcomer. A page of the agenda (store/entries.Entries.agenda) is read
    from the start of one of them and stops at its limit; its count is a scan of that
    index alone; past appointments still planned are its part before today. The kind and
    status lead each index, so the query planner sees every term of the query in it.
    The ids of newcomers by status, so the count leaves out those who are not active
    from a few index pages instead of reading every newcomer; their termijn start by
    status, so Vandaag finds whose termijn may end soon the same way.
    And the moments the key person was in touch (store/newcomers.LAST_CONTACT, the same
    condition word for word, so the planner can use it): a newcomer's last contact is one
    step into this index instead of a walk back over their timeline, for every row of
    the list and of "no contact for 30 days".
    """
    db.execute("CREATE INDEX newcomer_status_id ON newcomer(status, id)")
    # Whose termijn may end soon, without reading every newcomer (needing_attention).
    db.execute("CREATE INDEX newcomer_termijn ON newcomer(status, termijn_start, id)")
    db.execute("""CREATE INDEX entry_contact_moment ON entry(newcomer_id, date, kind, status,
                      accompanied)
                  WHERE kind = 'contact'
                     OR (kind = 'appointment' AND status = 'done' AND accompanied)
                     OR (kind = 'activity' AND accompanied)""")
    db.execute("""CREATE INDEX entry_planned_appointment ON entry(kind, status, date, time,
                      newcomer_id) WHERE kind = 'appointment' AND status = 'planned'""")
    db.execute("""CREATE INDEX entry_open_task ON entry(kind, status, date, time, newcomer_id)
                  WHERE kind = 'task' AND status = 'open'""")


_CHANGE_COLUMNS = "date, kind, type, status, accompanied, topics, hours"


def _summary_counts(db) -> None:
    """The numbers of every period's anonymised summary, kept instead of recounted (issue 16).

    `summary_count`: per period code (month, quarter, year) and number (domain/summary_shares
    keys) how many newcomers it rests on and its value. `summary_person`: the route and
    first reporting consent of each newcomer as they are in those numbers (a newcomer
    without a row is in none of them). `summary_change`: what changed since, filled by the
    triggers below and emptied by store/summary_counts.refresh() before the transaction
    that made the change commits: an entry's counted columns as they were (-1) and as they
    are (+1), or just the newcomer (0) when they were added or removed or a consent or
    their route changed. Existing files start with every newcomer marked, and no numbers.
    """
    db.execute("""CREATE TABLE summary_count (
            period TEXT NOT NULL,
            key TEXT NOT NULL,
            newcomers INTEGER NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY (period, key)
        ) WITHOUT ROWID""")
    db.execute("""CREATE TABLE summary_person (
            newcomer_id TEXT PRIMARY KEY,
            route TEXT NOT NULL,
            counted_from TEXT
        ) WITHOUT ROWID""")
    db.execute("""CREATE TABLE summary_change (
            id INTEGER PRIMARY KEY,
            newcomer_id TEXT NOT NULL,
            sign INTEGER NOT NULL,
            date TEXT, kind TEXT, type TEXT, status TEXT, accompanied INTEGER, topics TEXT,
            hours REAL
        )""")
    # Whether a reporting consent is withdrawn on a later day than today (then the kept
    # numbers cannot answer: store/summary_counts.period_totals).
    db.execute("CREATE INDEX consent_purpose_withdrawn ON consent(purpose, withdrawn_on)")
    # An entry's change is logged only for a newcomer already in the numbers: anyone else
    # is marked (below) and counted from all their entries when the changes are applied,
    # so a bulk insert of new newcomers logs one mark each, not every entry.
    into = f"INSERT INTO summary_change(newcomer_id, sign, {_CHANGE_COLUMNS})"

    def row(which: str, sign: int) -> str:
        values = ", ".join(f"{which}.{c.strip()}" for c in _CHANGE_COLUMNS.split(","))
        return (
            f"{into} SELECT {which}.newcomer_id, {sign}, {values} WHERE EXISTS "
            f"(SELECT 1 FROM summary_person WHERE newcomer_id = {which}.newcomer_id);"
        )

    db.execute(f"""CREATE TRIGGER summary_entry_ai AFTER INSERT ON entry BEGIN
            {row("NEW", 1)}
        END""")
    db.execute(f"""CREATE TRIGGER summary_entry_ad AFTER DELETE ON entry BEGIN
            {row("OLD", -1)}
        END""")
    db.execute(f"""CREATE TRIGGER summary_entry_au AFTER UPDATE OF newcomer_id, {_CHANGE_COLUMNS}
            ON entry BEGIN
            {row("OLD", -1)}
            {row("NEW", 1)}
        END""")
    mark = "INSERT INTO summary_change(newcomer_id, sign) VALUES"
    db.execute(f"""CREATE TRIGGER summary_consent_i AFTER INSERT ON consent BEGIN
            {mark} (NEW.newcomer_id, 0);
        END""")
    db.execute(f"""CREATE TRIGGER summary_consent_d AFTER DELETE ON consent BEGIN
            {mark} (OLD.newcomer_id, 0);
        END""")
    db.execute(f"""CREATE TRIGGER summary_consent_u AFTER UPDATE ON consent BEGIN
            {mark} (OLD.newcomer_id, 0), (NEW.newcomer_id, 0);
        END""")
    db.execute(f"""CREATE TRIGGER summary_newcomer_i AFTER INSERT ON newcomer BEGIN
            {mark} (NEW.id, 0);
        END""")
    db.execute(f"""CREATE TRIGGER summary_route_u AFTER UPDATE OF route ON newcomer BEGIN
            {mark} (NEW.id, 0);
        END""")
    db.execute(f"""CREATE TRIGGER summary_newcomer_d AFTER DELETE ON newcomer BEGIN
            {mark} (OLD.id, 0);
        END""")
    db.execute("INSERT INTO summary_change(newcomer_id, sign) SELECT id, 0 FROM newcomer")


# An entry on the agenda: a planned appointment or an open task (store/entries.AGENDA_KINDS).
_ON_AGENDA = """(({0}.kind = 'appointment' AND {0}.status = 'planned')
                 OR ({0}.kind = 'task' AND {0}.status = 'open'))"""
# A moment the key person was in touch (store/newcomers.LAST_CONTACT, word for word, so
# the entry_contact_moment index of step 0008 answers it).
_CONTACT_MOMENT = """({0}.kind = 'contact'
                      OR ({0}.kind = 'appointment' AND {0}.status = 'done' AND {0}.accompanied)
                      OR ({0}.kind = 'activity' AND {0}.accompanied))"""


def _vandaag_maintained(db) -> None:
    """Vandaag's counts and "no contact for 30 days" kept up to date by triggers, so a fill
    costs the same at 10,000 newcomers as at 1,000 (issue 16, "room to grow").

    `agenda_tally`: per kind and day, how many planned appointments and open tasks active
    newcomers have; the agenda's counts are a sum over at most a few hundred days instead
    of a count of every row. An entry moves in or out when it is added, changed or deleted,
    and all of a newcomer's entries when their status changes from or to active or they are
    deleted (a cascade deletes their entries after the newcomer row is gone, so those are
    taken out before).
    `newcomer.latest_contact`: the date of their latest moment in touch (a contact, an
    accompanied appointment that took place, an accompanied activity), future ones
    included; indexed with the status, so who had no contact since a day is an index range.
    """
    db.execute("""CREATE TABLE agenda_tally (
                      kind TEXT NOT NULL,
                      day TEXT NOT NULL,
                      n INTEGER NOT NULL,
                      PRIMARY KEY (kind, day)) WITHOUT ROWID""")
    new_on, old_on = _ON_AGENDA.format("new"), _ON_AGENDA.format("old")
    entry_on = _ON_AGENDA.format("e")
    active = "(SELECT status FROM newcomer WHERE id = {0}.newcomer_id) = 'active'"
    add_one = f"""INSERT INTO agenda_tally(kind, day, n) SELECT new.kind, new.date, 1
                  WHERE {new_on} AND {active.format("new")}
                  ON CONFLICT(kind, day) DO UPDATE SET n = n + 1;"""
    take_one = f"""UPDATE agenda_tally SET n = n - 1 WHERE kind = old.kind AND day = old.date
                       AND {old_on} AND {active.format("old")};
                   DELETE FROM agenda_tally WHERE kind = old.kind AND day = old.date AND n <= 0;"""
    db.execute(f"CREATE TRIGGER agenda_tally_entry_ai AFTER INSERT ON entry BEGIN {add_one} END")
    db.execute(f"CREATE TRIGGER agenda_tally_entry_ad AFTER DELETE ON entry BEGIN {take_one} END")
    db.execute(f"""CREATE TRIGGER agenda_tally_entry_au
                   AFTER UPDATE OF kind, status, date, newcomer_id ON entry
                   BEGIN {take_one} {add_one} END""")
    # All of one newcomer's agenda entries, per kind and day ({0}: new or old).
    theirs = f"""SELECT e.kind, e.date, count(*) AS n FROM entry e
                 WHERE e.newcomer_id = {{0}}.id AND {entry_on} GROUP BY e.kind, e.date"""
    add_theirs = f"""INSERT INTO agenda_tally(kind, day, n)
                     SELECT kind, date, n FROM ({theirs.format("new")}) WHERE true
                     ON CONFLICT(kind, day) DO UPDATE SET n = n + excluded.n;"""
    take_theirs = f"""UPDATE agenda_tally SET n = n - coalesce((
                          SELECT t.n FROM ({theirs.format("old")}) t
                          WHERE t.kind = agenda_tally.kind AND t.date = agenda_tally.day), 0)
                      WHERE (kind, day) IN (SELECT kind, date FROM ({theirs.format("old")}));
                      DELETE FROM agenda_tally WHERE n <= 0;"""
    db.execute(f"""CREATE TRIGGER agenda_tally_newcomer_ai AFTER INSERT ON newcomer
                   WHEN new.status = 'active' BEGIN {add_theirs} END""")
    db.execute(f"""CREATE TRIGGER agenda_tally_newcomer_in AFTER UPDATE OF status ON newcomer
                   WHEN new.status = 'active' AND old.status IS NOT 'active'
                   BEGIN {add_theirs} END""")
    db.execute(f"""CREATE TRIGGER agenda_tally_newcomer_out AFTER UPDATE OF status ON newcomer
                   WHEN old.status = 'active' AND new.status IS NOT 'active'
                   BEGIN {take_theirs} END""")
    db.execute(f"""CREATE TRIGGER agenda_tally_newcomer_bd BEFORE DELETE ON newcomer
                   WHEN old.status = 'active' BEGIN {take_theirs} END""")
    db.execute(f"""INSERT INTO agenda_tally(kind, day, n)
                   SELECT e.kind, e.date, count(*) FROM entry e
                   JOIN newcomer n ON n.id = e.newcomer_id
                   WHERE {entry_on} AND n.status = 'active' GROUP BY e.kind, e.date""")

    db.execute("ALTER TABLE newcomer ADD COLUMN latest_contact TEXT")
    latest = f"""(SELECT max(e.date) FROM entry e WHERE e.newcomer_id = {{0}}
                  AND {_CONTACT_MOMENT.format("e")})"""
    db.execute(f"UPDATE newcomer SET latest_contact = {latest.format('newcomer.id')}")
    db.execute("CREATE INDEX newcomer_latest_contact ON newcomer(status, latest_contact)")
    new_moment, old_moment = _CONTACT_MOMENT.format("new"), _CONTACT_MOMENT.format("old")
    db.execute(f"""CREATE TRIGGER latest_contact_ai AFTER INSERT ON entry WHEN {new_moment}
                   BEGIN
                   UPDATE newcomer SET latest_contact = new.date WHERE id = new.newcomer_id
                       AND (latest_contact IS NULL OR latest_contact < new.date);
                   END""")
    # Only when the deleted moment may have been the latest one: look again.
    db.execute(f"""CREATE TRIGGER latest_contact_ad AFTER DELETE ON entry WHEN {old_moment}
                   BEGIN
                   UPDATE newcomer SET latest_contact = {latest.format("old.newcomer_id")}
                   WHERE id = old.newcomer_id
                       AND (latest_contact IS NULL OR latest_contact <= old.date);
                   END""")
    db.execute(f"""CREATE TRIGGER latest_contact_au
                   AFTER UPDATE OF kind, status, accompanied, date, newcomer_id ON entry
                   WHEN {old_moment} OR {new_moment}
                   BEGIN
                   UPDATE newcomer SET latest_contact = {latest.format("newcomer.id")}
                   WHERE id IN (old.newcomer_id, new.newcomer_id);
                   END""")
    # Whose termijn may end soon: the months of granted extensions (the sum over
    # `extensions`, as domain/wi2021.termijn_end adds them) beside the start, so each
    # group of equal months is one range of the index; the end itself is never stored.
    db.execute("ALTER TABLE newcomer ADD COLUMN extension_months INTEGER")
    months = """(SELECT sum(CAST(json_extract(value, '$.months') AS INTEGER))
                 FROM json_each({0}))"""
    db.execute(f"""UPDATE newcomer SET extension_months =
                       coalesce({months.format("extensions")}, 0)
                   WHERE json_valid(extensions)""")
    for name, when in (("ai", "AFTER INSERT"), ("au", "AFTER UPDATE OF extensions")):
        db.execute(f"""CREATE TRIGGER extension_months_{name} {when} ON newcomer BEGIN
            UPDATE newcomer SET extension_months = CASE WHEN json_valid(new.extensions)
                THEN coalesce({months.format("new.extensions")}, 0) END
            WHERE rowid = new.rowid;
            END""")
    db.execute("""CREATE INDEX newcomer_termijn_months
                  ON newcomer(status, extension_months, termijn_start)""")


def _reports_due_counts(db) -> None:
    """How many regisseur reports are due, kept instead of counted (issue 16).

    `reports_due_person`: per newcomer the schedule they are counted under while they are
    active and have a regisseur consent not withdrawn (NULL otherwise), and the months
    and quarters their regisseur reports cover (a JSON list). `reports_due_count`: how
    many newcomers are counted per schedule (`all|month`) and how many of those have a
    report covering a period (`covered|2026-Q3|quarter`). `reports_due_change`: the
    newcomers whose row may be out of date, marked by the triggers below and brought up
    to date by store/reports_due_counts.refresh() before the transaction commits; a change
    of the default schedule marks everyone. Existing files start with everyone marked.
    """
    db.execute("""CREATE TABLE reports_due_person (
            newcomer_id TEXT PRIMARY KEY,
            schedule TEXT,
            covered TEXT NOT NULL
        ) WITHOUT ROWID""")
    db.execute("""CREATE TABLE reports_due_count (
            key TEXT PRIMARY KEY,
            n INTEGER NOT NULL
        ) WITHOUT ROWID""")
    db.execute(
        "CREATE TABLE reports_due_change (id INTEGER PRIMARY KEY, newcomer_id TEXT NOT NULL)"
    )
    # Whether a regisseur consent is given or withdrawn on a later day than today (then the
    # kept counts cannot answer: store/reports_due_counts.due_count).
    # Partial, with the purpose written out: the query of the reports due
    # (store/report_schedules._DUE_SQL) binds its purpose, so it cannot pick this index
    # (a plain (purpose, given_on) index made SQLite read consents through it, 15x slower).
    db.execute(
        "CREATE INDEX consent_regisseur_given ON consent(given_on) "
        "WHERE purpose = 'regisseur_summary'"
    )
    for table, owner, events in (
        ("newcomer", "id", ("INSERT", "DELETE", "UPDATE OF status")),
        ("consent", "newcomer_id", ("INSERT", "DELETE", "UPDATE")),
        ("report_schedule", "newcomer_id", ("INSERT", "DELETE", "UPDATE")),
        ("disclosure", "newcomer_id", ("INSERT", "DELETE", "UPDATE")),
    ):
        for event in events:
            kind = event.split()[0]
            rows = {"INSERT": ("NEW",), "DELETE": ("OLD",)}.get(kind, ("OLD", "NEW"))
            marks = "".join(
                f"INSERT INTO reports_due_change(newcomer_id) SELECT {row}.{owner} "
                f"WHERE {row}.{owner} IS NOT NULL; "
                for row in rows
            )
            db.execute(f"""CREATE TRIGGER reports_due_{table}_{kind.lower()}
                    AFTER {event} ON {table} BEGIN {marks}END""")
    for event, when in (
        ("INSERT", "NEW.key = 'report_schedule'"),
        # the settings are saved all at once: only a default that really changed
        ("UPDATE", "NEW.key = 'report_schedule' AND OLD.value IS NOT NEW.value"),
        ("DELETE", "OLD.key = 'report_schedule'"),
    ):
        db.execute(f"""CREATE TRIGGER reports_due_default_{event.lower()} AFTER {event} ON settings
                WHEN {when} BEGIN
                INSERT INTO reports_due_change(newcomer_id) SELECT id FROM newcomer;
            END""")
    db.execute("INSERT INTO reports_due_change(newcomer_id) SELECT id FROM newcomer")


# (name, function) in order. Never edit or reorder a released step: add a new one.
STEPS = (
    ("0001_tables", _v1_tables),
    ("0002_search", _v1_search),
    ("0003_summary_issues", _summary_issues),
    ("0004_search_at_scale", _v4_search_at_scale),
    ("0005_extension_requests", _extension_requests),
    ("0006_report_schedules", _report_schedules),
    ("0007_newcomer_papers", _newcomer_papers),
    ("0008_vandaag_indexes", _vandaag_indexes),
    ("0009_summary_counts", _summary_counts),
    ("0010_vandaag_maintained_counts", _vandaag_maintained),
    ("0011_reports_due_counts", _reports_due_counts),
)
SCHEMA_VERSION = len(STEPS)


def migrations():
    """The sqlite-utils migration set (imported lazily: only needed when a step is pending)."""
    from sqlite_utils.migrations import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for name, step in STEPS:
        migration_set(name=name)(step)
    return migration_set


def pending_names(conn) -> list[str]:
    """Steps not yet applied, read with one query (no sqlite-utils needed to open a file)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", ("_sqlite_migrations",)
    ).fetchone()
    applied = set()
    if exists:
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        }
    return [name for name, _step in STEPS if name not in applied]


def apply_pending(conn) -> list[str]:
    """Apply what is pending; returns the names applied."""
    if not pending_names(conn):
        return []  # the common case: sqlite-utils is only imported when there is work
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    migration_set = migrations()
    pending = [m.name for m in migration_set.pending(db)]
    if pending:
        migration_set.apply(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return pending
