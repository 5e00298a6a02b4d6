"""Turning what a user types into safe FTS5 expressions (never raw user syntax), and the
SQL sets of newcomers those expressions select.

Three ways a newcomer can match, ranked in this order: the name as typed (any part of it),
a spelling variant or other script of the name (key tokens, see domain/name_keys.py), and
words of their entries.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sleutelapp.domain import name_keys

_TOKEN = re.compile(r"\w+", re.UNICODE)
TRIGRAM = 3
NAME_KEYS_FUNCTION = "sleutelapp_name_keys"


@dataclass(frozen=True)
class SearchTerms:
    long_tokens: tuple[str, ...]  # usable with the trigram name index
    short_tokens: tuple[str, ...]  # 1-2 characters: LIKE on the (small) newcomer table
    all_tokens: tuple[str, ...]
    # Per word of the name as name_keys reads it: the word, and the key tokens any one of
    # which matches it as a spelling variant (none for short words and other scripts).
    name_words: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.all_tokens

    def name_match(self) -> str | None:
        if not self.long_tokens:
            return None
        return " AND ".join(_quote(t) for t in self.long_tokens)

    def variant_words(self) -> list[tuple[str | None, str | None]]:
        """Per name word: (key-index expression or None, trigram expression or None).

        A variant match needs every word, each as a spelling variant or as typed, so
        "Mohamed Hass" finds Mohammed Al-Hassan. Empty when no word has keys (then there
        is nothing a variant could add to the name as typed)."""
        if not any(keys for _word, keys in self.name_words):
            return []
        parts: list[tuple[str | None, str | None]] = []
        for word, keys in self.name_words:
            keyed = " OR ".join(_quote(t) for t in keys) if keys else None
            literal = _quote(word) if len(word) >= TRIGRAM else None
            if keyed or literal:
                parts.append((keyed, literal))
        return parts

    def variant_short_tokens(self) -> tuple[str, ...]:
        """Short tokens a variant match still needs literally (articles are not needed)."""
        return tuple(t for t in self.short_tokens if t not in ("al", "el"))

    def entry_match(self) -> str | None:
        """Entry words by prefix, for words of 3 letters or more: a prefix of one or two
        letters matches nearly every entry and costs a scan of the index (the first
        keystrokes of a name would pay for it at 10,000 newcomers). Short words then
        narrow those hits (match_ctes)."""
        if not self.long_tokens:
            return None
        return " AND ".join(_quote(t) + "*" for t in self.long_tokens)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def parse(text: str) -> SearchTerms:
    tokens = tuple(dict.fromkeys(t.lower() for t in _TOKEN.findall(text or "")))[:8]
    words = tuple(dict.fromkeys(name_keys.name_words(text)))[:8]
    return SearchTerms(
        long_tokens=tuple(t for t in tokens if len(t) >= TRIGRAM),
        short_tokens=tuple(t for t in tokens if len(t) < TRIGRAM),
        all_tokens=tokens,
        name_words=tuple((w, name_keys.query_tokens(w)) for w in words),
    )


def like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _name_keys(name, known_as) -> str:
    return name_keys.index_tokens(name or "", known_as or "")


def register_functions(conn) -> None:
    """The SQL function the name-key triggers call (schema step 0004); every connection
    that may write a newcomer needs it."""
    conn.create_function(NAME_KEYS_FUNCTION, 2, _name_keys, deterministic=True)
    # Triggers may only call application functions when the schema is trusted. It is: the
    # file is encrypted with a key only this app holds. Set it, not rely on the build.
    conn.execute("PRAGMA trusted_schema = ON")


def recent_entry_hits(
    conn,
    terms: SearchTerms,
    wanted: int | None,
    newcomer_id: str | None = None,
    *,
    status: str | None = None,
    route: str | None = None,
) -> list[tuple[int, int]]:
    """(newcomer rowid, entry rowid) of the newcomers whose entries hold the words, the
    newest-written match first, one pair per newcomer; `wanted` of them (None: all).

    The full-text index gives its hits newest first and stops when enough newcomers are
    found: a common word costs what the page shows, not every entry that holds it. The
    list's filters (`status`, `route`, `newcomer_id`) apply here, in the same query:
    newcomers the list leaves out must not use up the page's count.
    """
    entry_match = terms.entry_match()
    if entry_match is None or wanted == 0:
        return []
    params: list = [entry_match]
    narrow = ""
    join = ""
    if terms.short_tokens:
        # Short words narrow the hits of the long ones (a word of the entry starts with
        # them), read from those entries only.
        join = "JOIN entry e ON e.rowid = f.rowid"
        narrow = "".join(
            " AND (' ' || e.text || ' ' || e.location) LIKE ? ESCAPE '\\'"
            for _ in terms.short_tokens
        )
        params.extend("% " + like_pattern(t)[1:] for t in terms.short_tokens)
    if newcomer_id is not None:
        narrow += " AND o.newcomer_rowid = (SELECT rowid FROM newcomer WHERE id = ?)"
        params.append(newcomer_id)
    if status or route:
        join += " JOIN newcomer n ON n.rowid = o.newcomer_rowid"
        if status:
            narrow += " AND n.status = ?"
            params.append(status)
        if route:
            narrow += " AND n.route = ?"
            params.append(route)
    cursor = conn.execute(
        f"""SELECT o.newcomer_rowid, f.rowid FROM entry_fts f
            JOIN entry_owner o ON o.entry_rowid = f.rowid {join}
            WHERE entry_fts MATCH ?{narrow}
            ORDER BY f.rowid DESC""",
        params,
    )
    found: dict[int, int] = {}
    for newcomer_rowid, entry_rowid in cursor:
        if newcomer_rowid not in found:
            found[newcomer_rowid] = entry_rowid
            if wanted is not None and len(found) >= wanted:
                break
    cursor.close()
    return list(found.items())


def match_ctes(
    terms: SearchTerms,
    params: list,
    *,
    variants: bool = True,
    entry_hits: list[tuple[int, int]] | None = None,
) -> tuple[str, str]:
    """The three ways a newcomer can match, as materialised sets of rows, and the ORDER BY
    expression that ranks them: the name as typed, exactly or as the start of its words
    (0), a spelling variant (1), the name as typed inside a word (2), entries (3).

    Each set is one indexed lookup (trigram index, name-key index); the entry matches
    come as `entry_hits` (recent_entry_hits) and rank among themselves newest first. The
    newcomer list then only tests membership. Returns ('', '') for an empty search.
    """
    if terms.empty:
        return "", ""
    literal = []
    name_match = terms.name_match()
    if name_match:
        literal.append("rowid IN (SELECT rowid FROM newcomer_fts WHERE newcomer_fts MATCH ?)")
        params.append(name_match)
    for token in terms.short_tokens:
        literal.append("(name || ' ' || known_as) LIKE ? ESCAPE '\\'")
        params.append(like_pattern(token))
    variant = []
    for keyed, typed in terms.variant_words() if variants else []:
        either = []
        if keyed:
            either.append(
                "rowid IN (SELECT rowid FROM newcomer_name_key WHERE newcomer_name_key MATCH ?)"
            )
            params.append(keyed)
        if typed:
            either.append("rowid IN (SELECT rowid FROM newcomer_fts WHERE newcomer_fts MATCH ?)")
            params.append(typed)
        variant.append(f"({' OR '.join(either)})")
    if variant:
        for token in terms.variant_short_tokens():
            variant.append("(name || ' ' || known_as) LIKE ? ESCAPE '\\'")
            params.append(like_pattern(token))
    else:
        variant = ["0"]
    if entry_hits:
        # The newest-written matching entries' newcomers, in that order (recent_entry_hits):
        # position and entry rowid per newcomer rowid, from one JSON parameter.
        entry_hit = """SELECT value ->> 0 AS rid, key AS pos, value ->> 1 AS erow
                FROM json_each(?)"""
        params.append(json.dumps(entry_hits))
    else:
        entry_hit = "SELECT NULL AS rid, NULL AS pos, NULL AS erow WHERE 0"
    ctes = f"""WITH name_literal AS MATERIALIZED (
            SELECT rowid FROM newcomer WHERE {" AND ".join(literal)}),
        name_variant AS MATERIALIZED (
            SELECT rowid FROM newcomer WHERE {" AND ".join(variant)}),
        entry_hit AS MATERIALIZED ({entry_hit})"""
    # Every typed word starts a word of the name: exact or prefix, ranked first.
    starts = []
    for token in terms.all_tokens:
        starts.append(
            "(' ' || replace(n.name, '-', ' ') || ' ' || replace(n.known_as, '-', ' ')) "
            "LIKE ? ESCAPE '\\'"
        )
        params.append("% " + like_pattern(token)[1:])
    hit = (
        f"CASE WHEN n.rowid IN name_literal AND {' AND '.join(starts)} THEN 0 "
        "WHEN n.rowid IN name_variant THEN 1 WHEN n.rowid IN name_literal THEN 2 ELSE 3 END"
    )
    return ctes, hit
