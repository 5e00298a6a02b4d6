"""Reading summary files from outside and merging summaries of one period (design.md §4).

A coordinator merges files from several key persons; no case file is needed. A file is
checked before it is trusted: size and nesting are bounded before parsing, the JSON Schema
(resources/schema/) rejects extra fields and wrong types, and the k rule is checked again.
Then every file is checked for what real summaries cannot be: a cell larger than its
total, a cell resting on more newcomers than it counts, a shown cell on fewer than k
newcomers (a merged file too), a merged file whose id or parts do not add up. Between files,
merge refuses the same summary twice, two summaries of one source (case file) for one period
(a re-made summary, or a copy with an edited id), the same figures under two ids, and
periods that differ (so nested periods never meet).
Merging sums published cells; a cell to which some contribution was suppressed becomes a
lower bound. Merging is associative and does not depend on the order of the files.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, overload

from sleutelapp.domain import vocab
from sleutelapp.domain.anonymity import (
    AT_LEAST,
    FORMAT,
    HEALTH_GROUP,
    PUBLISHED,
    SUPPRESSED,
    TABLE_BY_ID,
    TABLES,
    Cell,
    Part,
    Period,
    Summary,
    Table,
)
from sleutelapp.domain.phrase import Phrase, later
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store.errors import CaseError, detail

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 12  # a valid summary nests 6 deep
MAX_BRACKETS = 200_000  # a valid summary of 10,000 parts has well under 100,000
MAX_DIGITS = 12
SCHEMA_FILE = "sleutelapp-summary.v1.json"
# Merged ids are derived from the ids of the parts, so the same merge gives the same id.
MERGE_NAMESPACE = uuid.UUID("6f1d3c3e-8d0b-4a51-9a57-5b1f1e2c7a10")
_TOKENS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)


class SummaryRefused(CaseError):
    """A summary file that cannot be used, or summaries that cannot be merged."""

    code = "summary_refused"


def _refused(name: str, reason: Phrase) -> SummaryRefused:
    """The refusal of the file `name`; `reason` (detail) says what is wrong with it."""
    return SummaryRefused(
        QT_TRANSLATE_NOOP("CaseError", "{name}: {reason}"), name=name, reason=reason
    )


# --- reading --------------------------------------------------------------------------


def read_summary(path: str | Path) -> Summary:
    """Read and check one summary file; raises SummaryRefused saying what is wrong."""
    name = _file_name(path)
    try:
        with open(path, "rb") as handle:
            data = _read_up_to(handle, MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the file cannot be read ({strerror}).",
                ),
                strerror=exc.strerror,
            ),
        ) from None
    return parse_summary(data, name)


def _file_name(path: str | os.PathLike[str]) -> str:
    """The last part of `path`, as Path.name gives it.

    Without making a Path: that interns the caller's string, so a merge of thousands of
    files would keep a table entry for each of them as long as their names live."""
    return os.path.basename(os.path.normpath(os.fspath(path)))


def _read_up_to(handle, limit: int) -> bytes:
    """`handle.read(limit)`, setting aside only as much as the file holds.

    A read of `limit` bytes reserves that much first; for each of thousands of small
    summaries that is 10 MB asked of the allocator and given back. A file that holds more
    than its size says (it grows, or is no regular file) is read on in pieces.
    """
    try:
        size = os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):  # no file descriptor behind it
        size = 0
    wanted = min(size + 1, limit)  # one byte more than its size: to see that it ended
    data = handle.read(wanted)
    if len(data) < wanted or len(data) == limit:
        return data
    pieces = [data]
    held = len(data)
    while held < limit:
        piece = handle.read(min(1024 * 1024, limit - held))
        if not piece:
            break
        pieces.append(piece)
        held += len(piece)
    return b"".join(pieces)


def parse_summary(data: bytes, name: str = "samenvatting") -> Summary:
    """Check bytes from outside and return the summary they hold."""
    if len(data) > MAX_FILE_BYTES:
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the file is larger than 10 MB; that is not a summary.",
                )
            ),
        )
    _check_structure(data, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the file is not UTF-8 text.",
                )
            ),
        ) from None
    document = _certainly_valid(text)
    if document is None:  # not certainly valid: every check in full, saying what is wrong
        document = _parsed(text, name)
        _check_schema(document, name)
    try:
        summary = Summary.from_json(document, _cell_of)
    except (KeyError, TypeError, ValueError):
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the content does not match the format.",
                )
            ),
        ) from None
    _check_meaning(summary, name)
    return summary


def _certainly_valid(text: str):
    """The document when it certainly passes the parse and schema checks, else None.

    The hot path of a merge: parsed without a check per number (a document the schema
    accepts holds no number beyond its maxima, far below MAX_DIGITS digits), then the
    compiled schema. Anything else goes through `_parsed` and `_check_schema`.
    """
    compiled = _compiled_schema()
    if compiled is None:
        return None
    try:
        document = json.loads(
            text,
            parse_float=_no_float,
            parse_constant=_no_float,
            object_pairs_hook=_interned_keys,
        )
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    if document.get("version") != 1 or not compiled(document):
        return None
    return document


def _parsed(text: str, name: str):
    """The JSON document, every number checked as it is read; raises SummaryRefused."""
    try:
        return json.loads(
            text,
            parse_float=_no_float,
            parse_int=_bounded_int,
            parse_constant=_no_float,
            object_pairs_hook=_unique_keys,
        )
    except _Refusal as exc:
        raise _refused(name, exc.reason) from None
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise _refused(
                name,
                detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "the file is not valid JSON (line {line}, column {column}); "
                        "it may be truncated.",
                    ),
                    line=exc.lineno,
                    column=exc.colno,
                ),
            ) from None
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP("CaseError", "the file is not valid JSON; it may be truncated.")
            ),
        ) from None


class _Refusal(ValueError):
    """A number or key the JSON reader refuses; `reason` says why."""

    def __init__(self, reason: Phrase):
        super().__init__(str(reason))
        self.reason = reason


def _no_float(text):
    raise _Refusal(
        detail(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "a number with decimals or a special value ({text}); a summary "
                "holds whole numbers only.",
            ),
            text=text[:20],
        )
    )


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refusal(
            detail(
                QT_TRANSLATE_NOOP("CaseError", "a number is far too large ({digits} digits)."),
                digits=len(text),
            )
        )
    return int(text)


def _unique_keys(pairs) -> dict:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    result = {}
    for key, value in pairs:
        if key in result:
            raise _Refusal(
                detail(
                    QT_TRANSLATE_NOOP("CaseError", "the field '{key}' occurs twice."),
                    key=key[:40],
                )
            )
        result[key] = value
    return result


# Cells read on the hot path, one shared dict for each distinct content: thousands of
# files repeat the same few thousand cells, so each is checked against the schema once
# (recognised by identity, see `_compile`), made a Cell once and held once.
# Kept for the process's life (bounded), so an id here always names the same object.
_INTERNED: dict[tuple, dict] = {}
_INTERNED_IDS: dict[int, dict] = {}  # id -> the shared object (an id names it, no other)
_MAX_INTERNED = 20_000


def _interned_keys(pairs) -> dict:
    """`_unique_keys`, returning the shared dict for a cell whose content was seen before.

    The key holds the values' types as well: true is not 1 (they are equal in Python).
    It is one flat tuple, not the pairs: kept for every distinct cell, and made for each
    of the millions of cells of a large merge."""
    if len(pairs) != 3 or pairs[0][0] != "status":  # a cell as this app writes it
        return _unique_keys(pairs)
    (k0, v0), (k1, v1), (k2, v2) = pairs
    key = (k0, v0, k1, v1, k2, v2, type(v0), type(v1), type(v2))
    try:
        found = _INTERNED.get(key)
    except TypeError:  # a list or object inside: not shared
        return _unique_keys(pairs)
    if found is not None:
        return found
    if len(_INTERNED) >= _MAX_INTERNED:
        return _unique_keys(pairs)
    # Kept: with one string for each field name and status, not the copies of this file.
    pairs = [(_WORDS.get(k, k), _WORDS.get(v, v) if type(v) is str else v) for k, v in pairs]
    (k0, v0), (k1, v1), (k2, v2) = pairs
    result = _unique_keys(pairs)
    _INTERNED[k0, v0, k1, v1, k2, v2, type(v0), type(v1), type(v2)] = result
    _INTERNED_IDS[id(result)] = result
    return result


_WORDS = {word: word for word in ("status", "value", "newcomers", PUBLISHED, SUPPRESSED, AT_LEAST)}


def _shared(value) -> bool:
    """Whether `value` is one of the shared cells (not merely equal to one)."""
    return type(value) is dict and _INTERNED_IDS.get(id(value)) is value


# id of a shared object -> (that object, its Cell); Cells are immutable, so one serves all.
_CELLS: dict[int, tuple[dict, Cell]] = {}


def _cell_of(data) -> Cell:
    """Cell.from_json, one Cell for each shared object (the same few thousand in every file)."""
    found = _CELLS.get(id(data))
    if found is not None and found[0] is data:
        return found[1]
    cell = Cell.from_json(data)
    if _shared(data):
        _CELLS[id(data)] = (data, cell)
    return cell


_STRINGS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_NOT_BRACKETS_OR_QUOTES = bytes(b for b in range(256) if b not in b'[]{}"\\')
_INNERMOST = re.compile(rb"\[\]|\{\}")  # one pass removes one level, never two


def _brackets_outside_strings(data: bytes) -> bytes:
    """The brackets of `data` outside its strings, in order.

    Quick when no string holds a backslash or a bracket (every summary that this app
    writes): kept are only brackets and quotes, and each string becomes a pair of adjacent
    quotes. Removing those pairs in one left-to-right pass leaves no quote exactly when
    every string was empty of brackets; any quote left, or a backslash, means: the slow way.
    """
    skeleton = data.translate(None, _NOT_BRACKETS_OR_QUOTES)
    if b"\\" in skeleton:
        return _STRINGS.sub(b"", data).translate(None, _NOT_BRACKETS)
    nest = skeleton.replace(b'""', b"")
    if b'"' in nest:
        return _STRINGS.sub(b"", data).translate(None, _NOT_BRACKETS)
    return nest


def _check_structure(data: bytes, name: str) -> None:
    """Refuse deep nesting and huge numbers of elements before the JSON parser sees them."""
    # Quick: without its strings and all but its brackets, a file nested at most
    # MAX_DEPTH deep is empty after MAX_DEPTH rounds of removing innermost pairs. Anything
    # else (too deep, too many, or unbalanced) is measured exactly below.
    nest = _brackets_outside_strings(data)
    if len(nest) <= MAX_BRACKETS:
        for _ in range(MAX_DEPTH):
            if not nest:
                break
            nest = _INNERMOST.sub(b"", nest)
        if not nest:
            return
    depth = brackets = 0
    for match in _TOKENS.finditer(data):
        token = match.group()
        if token[0] == 0x22:  # a string: brackets inside it do not count
            continue
        brackets += 1
        depth += 1 if token in (b"[", b"{") else -1
        if depth > MAX_DEPTH:
            raise _refused(
                name,
                detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "the file is nested too deeply; that is not a summary.",
                    )
                ),
            )
        if brackets > MAX_BRACKETS:
            raise _refused(
                name,
                detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "the file holds far too many elements.",
                    )
                ),
            )


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    from sleutelapp.paths import resource

    schema = json.loads(resource("schema", SCHEMA_FILE).read_text(encoding="utf-8"))
    inlined = _inline_refs(schema, schema.get("$defs", {}), {})
    cell_schema = inlined["properties"]["not_counted"]
    base = jsonschema.Draft202012Validator
    plain_properties = base.VALIDATORS["properties"]
    valid_cells: set = set()

    def properties(validator, value, instance, subschema):
        # A file holds hundreds of cells and most are alike (suppressed, zero, small
        # counts): a cell equal in value and type to one already found valid against the
        # same cell schema is valid again, so its properties are not walked twice.
        key = _cell_key(instance) if subschema is cell_schema else None
        if key is not None and key in valid_cells:
            return
        errors = list(plain_properties(validator, value, instance, subschema))
        if key is not None and not errors and len(valid_cells) < 100_000:
            valid_cells.add(key)
        yield from errors

    return jsonschema.validators.extend(base, {"properties": properties})(inlined)


def _cell_key(instance):
    if not isinstance(instance, dict) or len(instance) != 3:
        return None
    try:
        key = tuple((k, type(v), v) for k, v in sorted(instance.items()))
        hash(key)
    except TypeError:  # keys of mixed types, or a list or object as a value: in full
        return None
    return key


def _inline_refs(node, defs: dict, done: dict):
    """The schema with its local `#/$defs/...` references replaced by what they name.

    Same meaning (the schema has no recursion), but jsonschema no longer resolves a
    reference for each of the hundreds of cells in a file. Each definition becomes one
    shared object, so the cell schema can be recognised by identity.
    """
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if len(node) == 1 and ref.startswith("#/$defs/"):
            name = ref.removeprefix("#/$defs/")
            if name not in done:
                done[name] = _inline_refs(defs[name], defs, done)
            return done[name]
        return {
            key: _inline_refs(value, defs, done) for key, value in node.items() if key != "$defs"
        }
    if isinstance(node, list):
        return [_inline_refs(value, defs, done) for value in node]
    return node


# --- the schema, compiled for the hot path ---------------------------------------------
#
# A coordinator merges thousands of files; walking each through jsonschema costs most of
# the time. The schema file is therefore also compiled into plain Python checks, for the
# keywords it uses (listed below; any other keyword makes the compiler refuse, and every
# file then goes through jsonschema alone). The compiled check answers only "certainly
# valid": a file it does not accept is validated by jsonschema, which decides and words
# the reason. So the schema stays the one rule; the compiled form only spares the walk.

_ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs"}
_COMPILED_KEYWORDS = {
    "type",
    "const",
    "enum",
    "pattern",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "$ref",
}


class _NotCompiled(Exception):
    """The schema uses a keyword the compiler does not know: no compiled check."""


def _json_equal(a, b) -> bool:
    """Equality as JSON Schema means it (true is not 1, 1 is not "1")."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


_PY_TYPES = {"integer": int, "null": type(None), "string": str, "object": dict, "array": list}


def _is_type(value, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "null":
        return value is None
    if name == "string":
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    raise _NotCompiled(name)


def _compile(node, defs: dict, done: dict):
    """A function value -> bool for one schema node (True: certainly valid)."""
    unknown = set(node) - _COMPILED_KEYWORDS - _ANNOTATIONS
    if unknown:
        raise _NotCompiled(", ".join(sorted(unknown)))
    if "$ref" in node:
        if len(set(node) - _ANNOTATIONS) != 1 or not node["$ref"].startswith("#/$defs/"):
            raise _NotCompiled("$ref")
        name = node["$ref"].removeprefix("#/$defs/")
        if name not in done:
            done[name] = None  # a recursive schema is not compiled
            done[name] = _compile(defs[name], defs, done)
        if done[name] is None:
            raise _NotCompiled("recursion")
        return done[name]
    checked = _compile_node(node, defs, done)
    if not (node.get("type") == "object" and "properties" in node):
        return checked
    # A file holds hundreds of cells and most are alike: a shared cell (see
    # `_interned_keys`) found valid against this node is valid again. Anything else is
    # checked in full.
    # Each is kept beside its id, so the id can never name another object later.
    valid_shared: dict[int, dict] = {}

    def remembered(v, checked=checked, valid_shared=valid_shared):
        if type(v) is not dict:  # (None, too, which .get() returns for a missing id)
            return checked(v)
        if valid_shared.get(id(v)) is v:
            return True
        ok = checked(v)
        if ok and _shared(v) and len(valid_shared) < _MAX_INTERNED:
            valid_shared[id(v)] = v
        return ok

    return remembered


def _compile_node(node, defs: dict, done: dict):
    checks: list[Any] = []
    if "type" in node:
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        exact = frozenset(_PY_TYPES[t] for t in types if t in _PY_TYPES)
        if len(exact) != len(types):
            raise _NotCompiled(str(types))
        # Exact types as json.loads makes them (bool is not an integer here either).
        checks.append(lambda v, exact=exact: type(v) in exact)
    if "const" in node:
        const = node["const"]
        if isinstance(const, str) or (
            isinstance(const, list) and all(isinstance(x, str) for x in const)
        ):
            checks.append(lambda v, c=const: type(v) is type(c) and v == c)
        else:
            checks.append(lambda v, c=const: _json_equal(v, c))
    if "enum" in node:
        if all(isinstance(x, str) for x in node["enum"]):
            checks.append(lambda v, e=frozenset(node["enum"]): type(v) is str and v in e)
        else:
            checks.append(lambda v, e=tuple(node["enum"]): any(_json_equal(v, x) for x in e))
    if "pattern" in node:
        checks.append(
            lambda v, r=re.compile(node["pattern"]): not isinstance(v, str) or bool(r.search(v))
        )
    if "minLength" in node:
        checks.append(lambda v, n=node["minLength"]: not isinstance(v, str) or len(v) >= n)
    if "maxLength" in node:
        checks.append(lambda v, n=node["maxLength"]: not isinstance(v, str) or len(v) <= n)
    if "minimum" in node:
        checks.append(lambda v, n=node["minimum"]: not _is_type(v, "integer") or v >= n)
    if "maximum" in node:
        checks.append(lambda v, n=node["maximum"]: not _is_type(v, "integer") or v <= n)
    if "required" in node:
        checks.append(
            lambda v, r=tuple(node["required"]): not isinstance(v, dict) or all(k in v for k in r)
        )
    if "properties" in node or "additionalProperties" in node:
        props = {k: _compile(sub, defs, done) for k, sub in node.get("properties", {}).items()}
        extra = node.get("additionalProperties", True)
        if extra is not False and extra is not True:
            raise _NotCompiled("additionalProperties schema")

        def objects(v, props=props, extra=extra):
            if not isinstance(v, dict):
                return True
            for key, value in v.items():
                check = props.get(key)
                if check is None:
                    if extra is False:
                        return False
                elif not check(value):
                    return False
            return True

        checks.append(objects)
    if "items" in node:
        item = _compile(node["items"], defs, done)

        def items(v, item=item):
            if type(v) is list:
                for one in v:
                    if not item(one):
                        return False
            return True

        checks.append(items)
    if "minItems" in node:
        checks.append(lambda v, n=node["minItems"]: not isinstance(v, list) or len(v) >= n)
    if "maxItems" in node:
        checks.append(lambda v, n=node["maxItems"]: not isinstance(v, list) or len(v) <= n)
    if node.get("uniqueItems"):
        checks.append(lambda v: not isinstance(v, list) or _all_unique(v))
    every = tuple(checks)

    def valid(v, every=every):
        for check in every:  # noqa: SIM110 - all() with a generator costs a third more here
            if not check(v):
                return False
        return True

    return valid


def _all_unique(values: list) -> bool:
    if all(isinstance(v, str) for v in values):
        return len(set(values)) == len(values)
    return all(not _json_equal(a, b) for i, a in enumerate(values) for b in values[i + 1 :])


@lru_cache(maxsize=1)
def _compiled_schema():
    """The schema as one function document -> bool, or None when it cannot be compiled."""
    from sleutelapp.paths import resource

    schema = json.loads(resource("schema", SCHEMA_FILE).read_text(encoding="utf-8"))
    try:
        return _compile(schema, schema.get("$defs", {}), {})
    except _NotCompiled:
        return None


def _check_schema(document, name: str) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "this is not a Sleutelapp summary (format 'sleutelapp-summary').",
                )
            ),
        )
    if document.get("version") != 1:
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "this app does not know this version of the summary format; update Sleutelapp.",
                )
            ),
        )
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator().iter_errors(document))
    if error is None:
        return
    where: Phrase | str = "/".join(str(p) for p in error.absolute_path) or detail(
        QT_TRANSLATE_NOOP("CaseError", "(top level)")
    )
    if error.validator == "additionalProperties":
        reason = detail(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "unknown field at {where}: {message}. Extra fields could carry "
                "personal data; the file was refused.",
            ),
            where=where,
            message=error.message,
        )
    else:
        reason = detail(
            QT_TRANSLATE_NOOP("CaseError", "invalid value at {where}: {message}"),
            where=where,
            message=error.message[:200],
        )
    raise _refused(name, reason)


def _check_meaning(summary: Summary, name: str) -> None:
    """What the schema cannot say: table shapes, row order, ids and the k rule."""
    ids = [p.id for p in summary.parts]
    if len(set(ids)) != len(ids):
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the same part summary occurs twice.",
                )
            ),
        )
    if summary.k != min(p.k for p in summary.parts):
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "k does not match the parts.",
                )
            ),
        )
    original = len(summary.parts) == 1 and summary.parts[0].id == summary.id
    cells = [summary.not_counted, *(c for t in summary.tables for c in t.all_cells())]
    if any(
        (c.status == SUPPRESSED) != (c.value is None) or (c.value is None) != (c.newcomers is None)
        for c in cells
    ):
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "a cell's status does not match its number (suppressed without a "
                    "number, otherwise with one).",
                )
            ),
        )
    for table in summary.tables:
        spec = TABLE_BY_ID[table.id]
        order = [code for code in spec.rows if code in table.rows]
        health_rows = set(table.rows) & set(vocab.HEALTH_APPOINTMENT_TYPES)
        if (
            list(table.rows) != order
            or len(table.cells) != len(table.rows)
            or any(len(row) != len(table.columns) for row in table.cells)
            or len(table.row_totals) != (len(table.rows) if len(table.columns) > 1 else 0)
            or len(table.column_totals) != len(table.columns)
            or (HEALTH_GROUP in table.rows and health_rows)
        ):
            raise _refused(
                name,
                detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "the table {id} does not have the right shape.",
                    ),
                    id=table.id,
                ),
            )
        if original and any(
            c.status == AT_LEAST or (c.status == PUBLISHED and 0 < (c.newcomers or 0) < summary.k)
            for c in table.all_cells()
        ):
            raise _refused(
                name,
                detail(
                    QT_TRANSLATE_NOOP(
                        "CaseError",
                        "the table {id} shows a number about fewer than {k} newcomers (the "
                        "smallest group that may be shown).",
                    ),
                    id=table.id,
                    k=summary.k,
                ),
            )

    _check_consistency(summary, name)


def merged_id(part_ids) -> str:
    """The id of a merge of these parts: derived from them, so the same merge, the same id."""
    ids = sorted(part_ids)
    return ids[0] if len(ids) == 1 else str(uuid.uuid5(MERGE_NAMESPACE, ",".join(ids)))


# Tables whose rows overlap: a contact about two topics counts under both topics, so a
# channel's total lies between its largest cell and the sum of its cells.
_OVERLAPPING_ROWS = {"contacts"}
_NOT_COUNTS = {"participation_hours"}  # hours: rounded per cell, a newcomer may add 0


def _check_consistency(summary: Summary, name: str) -> None:
    """Refuse what no real summary or merge of them can hold (one clear reason)."""
    parts = summary.parts
    if summary.id != merged_id(p.id for p in parts):
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the file's id does not match its parts; it was edited or made by hand.",
                )
            ),
        )
    sources = [p.source for p in parts if p.source]
    if len(set(sources)) != len(sources):
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "two parts come from the same case file for the same period; that "
                    "counts twice or can be subtracted.",
                )
            ),
        )
    k = summary.k

    def problem(table_id: str, reason: Phrase) -> SummaryRefused:
        return _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP("CaseError", "the table {table} {problem}"),
                table=table_id,
                problem=reason,
            ),
        )

    shown = [c for t in summary.tables for c in t.all_cells() if c.status != SUPPRESSED]
    counted = summary.counted
    for cell in [summary.not_counted, *shown]:
        few = cell.newcomers or 0
        if 0 < few < k:
            raise _refused(
                name,
                later.translate(
                    "CaseError",
                    "a shown cell rests on %n newcomer(s), fewer than the smallest group ({k}).",
                    None,
                    few,
                    k=k,
                ),
            )
    if summary.not_counted.status != SUPPRESSED and (
        summary.not_counted.value != summary.not_counted.newcomers
    ):
        raise _refused(
            name,
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the number of newcomers not counted does not match itself.",
                )
            ),
        )
    for table in summary.tables:
        counts = table.id not in _NOT_COUNTS
        for cell in table.all_cells():
            if cell.status == SUPPRESSED:
                continue
            value, newcomers = cell.value or 0, cell.newcomers or 0
            if (newcomers == 0 and value != 0) or (counts and newcomers > value):
                raise problem(
                    table.id,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "CaseError",
                            "has a cell of {value} resting on {newcomers} newcomers; that is "
                            "impossible.",
                        ),
                        value=value,
                        newcomers=newcomers,
                    ),
                )
            if table.id == "newcomers_by_route" and value != newcomers:
                raise problem(
                    table.id,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "CaseError",
                            "counts newcomers other than by the number of newcomers.",
                        )
                    ),
                )
            if counted.status == PUBLISHED and newcomers > (counted.newcomers or 0):
                raise problem(
                    table.id,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "CaseError",
                            "has a cell on {newcomers} newcomers, more than the {counted} counted.",
                        ),
                        newcomers=newcomers,
                        counted=counted.newcomers,
                    ),
                )
        for members, total, overlap in _lines(table):
            found = _line_problem(table.id, members, total, overlap, len(parts))
            if found:
                raise problem(table.id, found)


def _lines(table: Table):
    """(members, total, members overlap) for every row and column, totals included."""
    n_rows, n_cols = len(table.rows), len(table.columns)
    overlap = table.id in _OVERLAPPING_ROWS
    if n_cols > 1:
        for r in range(n_rows):
            yield list(table.cells[r]), table.row_totals[r], False
        yield list(table.row_totals), table.total, overlap
    for c in range(n_cols):
        yield [table.cells[r][c] for r in range(n_rows)], table.column_totals[c], overlap
    yield list(table.column_totals), table.total, False


def _line_problem(table_id, members, total, overlap, n_parts):
    """Why members cannot belong under total, or None. Shown values are lower
    bounds (exact when published), so only an exact total can be exceeded."""
    if total.status != PUBLISHED:
        return None
    slack = n_parts * (len(members) + 1) if table_id in _NOT_COUNTS else 0
    shown = [m for m in members if m.status != SUPPRESSED]
    for member in shown:
        if (member.value or 0) > (total.value or 0) or (member.newcomers or 0) > (
            total.newcomers or 0
        ):
            return detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "has a cell ({value} on {newcomers} newcomers) larger than its total "
                    "({total} on {total_newcomers}).",
                ),
                value=member.value,
                newcomers=member.newcomers,
                total=total.value,
                total_newcomers=total.newcomers,
            )
    summed = sum(m.value or 0 for m in shown)
    all_exact = all(m.status == PUBLISHED for m in members)
    if not overlap and summed > (total.value or 0) + slack:
        return detail(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "has cells that together ({summed}) exceed their total ({value}).",
            ),
            summed=summed,
            value=total.value,
        )
    people = sum(m.newcomers or 0 for m in members)
    if all_exact and (total.newcomers or 0) > people:
        return detail(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "has a total resting on {newcomers} newcomers, more than its cells "
                "together ({people}).",
            ),
            newcomers=total.newcomers,
            people=people,
        )
    if all_exact and (
        (overlap and summed < (total.value or 0))
        or (not overlap and abs(summed - (total.value or 0)) > slack)
    ):
        return detail(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "has cells that together ({summed}) do not add up to their total ({value}).",
            ),
            summed=summed,
            value=total.value,
        )
    return None


# --- merging --------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A file offered for merging: accepted (summary set) or refused (problem set)."""

    path: Path
    summary: Summary | None = None
    problem: SummaryRefused | None = None

    @property
    def accepted(self) -> bool:
        return self.summary is not None


def check_files(paths) -> list[Candidate]:
    """Read every file; refuse unreadable ones, repeats, and periods unlike the first."""
    result: list[Candidate] = []
    ids: dict[str, Path] = {}
    sources: dict[str, Path] = {}
    figures: dict[bytes, Path] = {}
    period = None
    for path in map(Path, paths):
        try:
            summary = read_summary(path)
        except SummaryRefused as exc:
            result.append(Candidate(path, problem=exc))
            continue
        problem = _clash(path, summary, period, ids, sources, figures)
        if problem is not None:
            result.append(Candidate(path, problem=problem))
            continue
        period = period or (summary.period, path)
        ids.update((p.id, path) for p in summary.parts)
        sources.update((p.source, path) for p in summary.parts if p.source)
        figures.setdefault(_fingerprint(summary), path)
        result.append(Candidate(path, summary=summary))
    return result


def merge_files(paths, partial: bool = False) -> tuple[Sequence[Candidate], Summary | None]:
    """`check_files` and `merge_summaries` in one pass whose memory does not grow with the
    files' contents: each file is read, checked against the files before it, folded into
    the running merge and let go. Returns every candidate (an accepted one without its
    summary) and the merge, or None when a file was refused (nothing may be written).

    Kept per accepted file is only what the merge and the checks between files need: its
    parts (they are the merge's), an index entry for each of their ids and sources leading
    to the path as given, and the hash of its figures; its candidate is made when asked for.

    With `partial` (the merge dialog, which shows what is refused and merges the rest) the
    accepted files are merged whatever else was refused, and an accepted candidate keeps
    the head of its summary (id, period, parts; no tables) for showing it."""
    given = list(paths)
    shown: list[Candidate] = []  # partial: every candidate, as the dialog shows them
    refusals: dict[int, Candidate] = {}
    ids: dict[str, Any] = {}  # part id -> the path (as given) of the file it came in
    sources: dict[str, Any] = {}
    figures: dict[bytes, Any] = {}
    period = None
    running = _RunningMerge()
    for index, name in enumerate(given):
        try:
            summary = read_summary(name)
        except SummaryRefused as exc:
            problem: SummaryRefused | None = exc
        else:
            fingerprint = _fingerprint(summary)
            problem = _clash(name, summary, period, ids, sources, figures, fingerprint)
        if problem is not None:
            refusals[index] = Candidate(Path(name), problem=problem)
            if partial:
                shown.append(refusals[index])
            continue
        period = period or (summary.period, name)
        ids.update((p.id, name) for p in summary.parts)
        sources.update((p.source, name) for p in summary.parts if p.source)
        if (summary.counted.value or 0) > 0:  # only such a file can be refused as a copy
            figures.setdefault(fingerprint, name)
        if partial or not refusals:  # after a refusal only the checks go on, for the report
            running.add(summary)
        if partial:
            shown.append(Candidate(Path(name), summary=replace(summary, tables=())))
        del summary  # its tables are let go before the next file is read
    del ids, sources, figures  # the checks are done: let go before the merge is made
    if partial:
        return shown, running.result() if running.period is not None else None
    if refusals or not given:
        return _Candidates(given, refusals), None
    return _Candidates(given, refusals), running.result()


class _Candidates(Sequence[Candidate]):
    """The candidates of a merge, one per file offered, in order: the refused ones as
    found, an accepted one made when asked for (thousands of files hold no object each)."""

    def __init__(self, given: list, refused: dict[int, Candidate]):
        self._given, self._refused = given, refused

    def __len__(self) -> int:
        return len(self._given)

    @overload
    def __getitem__(self, index: int) -> Candidate: ...

    @overload
    def __getitem__(self, index: slice) -> list[Candidate]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        index = range(len(self))[index]  # negative indexes; IndexError beyond the end
        found = self._refused.get(index)
        return found if found is not None else _Accepted(Path(self._given[index]))


class _Accepted(Candidate):
    """An accepted file whose summary was folded into a running merge and let go."""

    @property
    def accepted(self) -> bool:
        return True


class _Sum:
    """A cell being merged: combine() of every contribution so far, kept as plain sums."""

    __slots__ = ("flagged", "newcomers", "value")

    def __init__(self):
        self.flagged, self.value, self.newcomers = False, 0, 0

    def add(self, cell: Cell) -> None:
        self.flagged = self.flagged or cell.status != PUBLISHED
        self.value += cell.value or 0
        self.newcomers += cell.newcomers or 0

    def cell(self) -> Cell:
        if not self.flagged:
            return Cell(PUBLISHED, self.value, self.newcomers)
        if self.value == 0 and self.newcomers == 0:
            return Cell.suppressed()
        return Cell(AT_LEAST, self.value, self.newcomers)


def _sum_of(sums) -> _Sum:
    total = _Sum()
    for one in sums:
        total.flagged = total.flagged or one.flagged
        total.value += one.value
        total.newcomers += one.newcomers
    return total


class _RunningMerge:
    """merge_summaries, one summary at a time: combining is a sum with a flag, so adding
    each file's cells to running sums gives the same cells as merging all at once (the
    health rows are grouped at the end when any file grouped them, as merge does)."""

    def __init__(self):
        self.parts: list[Part] = []  # the files' own (labels shared): the merge's parts
        self.labels: dict[str, str] = {}  # one string for each label (most files share one)
        self.period: Period | None = None
        self.not_counted = _Sum()
        # table id -> row code -> [cells per column..., row total]; and column totals, total
        self.rows: dict[str, dict[str, list[_Sum]]] = {spec.id: {} for spec in TABLES}
        self.columns = {spec.id: [_Sum() for _ in spec.columns] for spec in TABLES}
        self.totals = {spec.id: _Sum() for spec in TABLES}
        self.grouped = False

    def add(self, summary: Summary) -> None:
        if self.period is None:
            self.period = summary.period
        elif summary.period != self.period:
            raise SummaryRefused(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "Summaries of different periods cannot be merged.",
                ),
            )
        for part in summary.parts:
            label = self.labels.setdefault(part.label, part.label)
            self.parts.append(part if label is part.label else replace(part, label=label))
        self.not_counted.add(summary.not_counted)
        for table in summary.tables:
            width = len(TABLE_BY_ID[table.id].columns)
            rows = self.rows[table.id]
            if table.id == "appointments" and HEALTH_GROUP in table.rows:
                self.grouped = True
            for r, code in enumerate(table.rows):
                sums = rows.get(code)
                if sums is None:
                    sums = rows[code] = [_Sum() for _ in range(width + 1)]
                for c, cell in enumerate(table.cells[r]):
                    sums[c].add(cell)
                if table.row_totals:
                    sums[width].add(table.row_totals[r])
            for c, cell in enumerate(table.column_totals):
                self.columns[table.id][c].add(cell)
            self.totals[table.id].add(table.total)

    def _table(self, spec) -> Table:
        rows = dict(self.rows[spec.id])
        if spec.id == "appointments" and self.grouped:
            health = [
                rows.pop(code) for code in list(rows) if code in vocab.HEALTH_APPOINTMENT_TYPES
            ]
            if health:
                rows[HEALTH_GROUP] = [
                    _sum_of(parts)
                    for parts in zip(
                        *[*health, *([rows[HEALTH_GROUP]] if HEALTH_GROUP in rows else [])],
                        strict=True,
                    )
                ]
        codes = [code for code in spec.rows if code in rows]
        width = len(spec.columns)
        return Table(
            spec.id,
            tuple(codes),
            spec.columns,
            tuple(tuple(rows[code][c].cell() for c in range(width)) for code in codes),
            () if width == 1 else tuple(rows[code][width].cell() for code in codes),
            tuple(total.cell() for total in self.columns[spec.id]),
            self.totals[spec.id].cell(),
        )

    def result(self) -> Summary:
        if self.period is None:
            raise SummaryRefused(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "No summaries to merge.",
                ),
            )
        parts = sorted(self.parts, key=lambda p: p.id)
        sources = sorted(p.source for p in parts if p.source)  # repeats side by side
        if any(a.id == b.id for a, b in pairwise(parts)) or any(
            a == b for a, b in pairwise(sources)
        ):
            raise SummaryRefused(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "The same summary or case file was offered twice.",
                ),
            )
        del sources
        return Summary(
            merged_id(p.id for p in parts),
            self.period,
            min(p.k for p in parts),
            tuple(parts),
            self.not_counted.cell(),
            tuple(self._table(spec) for spec in TABLES),
        )


def _fingerprint(summary: Summary) -> bytes:
    """The figures of a summary, without its ids and labels."""
    import hashlib

    def cells(row) -> tuple:
        return tuple((c.status, c.value, c.newcomers) for c in row)

    data = [cells([summary.not_counted])]
    for t in summary.tables:
        data.append(
            (
                t.id,
                t.rows,
                t.columns,
                tuple(cells(row) for row in t.cells),
                cells(t.row_totals),
                cells(t.column_totals),
                cells([t.total]),
            )
        )
    # Plain strings, whole numbers and None: their repr is exact and the same each run.
    return hashlib.sha256(repr(data).encode()).digest()


def _clash(path, summary, period, ids, sources, figures, fingerprint=None) -> SummaryRefused | None:
    """Why this file cannot join the files accepted so far, or None.

    `path`, and the paths that `ids`, `sources`, `figures` and `period`'s second item lead
    to (files accepted earlier), are as given: a str or a Path."""
    repeat = next((ids[p.id] for p in summary.parts if p.id in ids), None)
    if repeat is not None:
        return _refused(
            _file_name(path),
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "this summary is already in {name}; it cannot be counted twice.",
                ),
                name=_file_name(repeat),
            ),
        )
    if period is not None and summary.period != period[0]:
        return _refused(
            _file_name(path),
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the period {code} differs from {other_code} ({name}); only summaries of one "
                    "period can be merged.",
                ),
                code=summary.period.code,
                other_code=period[0].code,
                name=_file_name(period[1]),
            ),
        )
    same_source = next((sources[p.source] for p in summary.parts if p.source in sources), None)
    if same_source is not None:
        return _refused(
            _file_name(path),
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "comes from the same case file as {name} for the same period (a re-made "
                    "or copied summary); together they can be subtracted.",
                ),
                name=_file_name(same_source),
            ),
        )
    twin = figures.get(fingerprint or _fingerprint(summary))
    if twin is not None and (summary.counted.value or 0) > 0:
        return _refused(
            _file_name(path),
            detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "has exactly the same figures as {name} under another id; a copy is not "
                    "counted twice.",
                ),
                name=_file_name(twin),
            ),
        )
    return None


def combine(cells) -> Cell:
    """Sum cells; any suppressed contribution makes the result a lower bound."""
    flagged, value, newcomers = False, 0, 0
    for cell in cells:
        flagged = flagged or cell.status != PUBLISHED
        value += cell.value or 0
        newcomers += cell.newcomers or 0
    if not flagged:
        return Cell(PUBLISHED, value, newcomers)
    if value == 0 and newcomers == 0:
        return Cell.suppressed()
    return Cell(AT_LEAST, value, newcomers)


def merge_summaries(summaries) -> Summary:
    """One summary of the same period from several; refuses repeats and mixed periods."""
    summaries = list(summaries)
    if not summaries:
        raise SummaryRefused(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "No summaries to merge.",
            ),
        )
    periods = {s.period.code for s in summaries}
    if len(periods) > 1:
        raise SummaryRefused(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "Summaries of different periods ({periods}) cannot be merged.",
            ),
            periods=", ".join(sorted(periods)),
        )
    parts = sorted((p for s in summaries for p in s.parts), key=lambda p: p.id)
    ids = [p.id for p in parts]
    if len(set(ids)) != len(ids):
        raise SummaryRefused(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "The same summary was offered twice.",
            ),
        )
    sources = [p.source for p in parts if p.source]
    if len(set(sources)) != len(sources):
        raise SummaryRefused(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "Two summaries come from the same case file for the same period.",
            ),
        )
    return Summary(
        merged_id(ids),
        summaries[0].period,
        min(p.k for p in parts),
        tuple(Part(p.id, p.k, p.label, p.source) for p in parts),
        combine(s.not_counted for s in summaries),
        tuple(_merge_tables([s.table(spec.id) for s in summaries]) for spec in TABLES),
    )


def _grouped_health(table: Table) -> Table:
    """The appointments table with all health types in one row (for merging with one)."""
    rows: dict[str, list[int]] = {}
    for index, code in enumerate(table.rows):
        target = HEALTH_GROUP if code in vocab.HEALTH_APPOINTMENT_TYPES else code
        rows.setdefault(target, []).append(index)
    codes = [c for c in TABLE_BY_ID[table.id].rows if c in rows]
    return Table(
        table.id,
        tuple(codes),
        table.columns,
        tuple(
            tuple(combine(table.cells[i][c] for i in rows[code]) for c in range(len(table.columns)))
            for code in codes
        ),
        tuple(combine(table.row_totals[i] for i in rows[code]) for code in codes)
        if table.row_totals
        else (),
        table.column_totals,
        table.total,
    )


def _merge_tables(tables: list[Table]) -> Table:
    spec = TABLE_BY_ID[tables[0].id]
    if spec.id == "appointments" and any(HEALTH_GROUP in t.rows for t in tables):
        tables = [_grouped_health(t) for t in tables]
    present = {code for t in tables for code in t.rows}
    rows = [code for code in spec.rows if code in present]
    single = len(spec.columns) == 1

    def cells_of(code, column):
        return [t.cells[t.rows.index(code)][column] for t in tables if code in t.rows]

    return Table(
        spec.id,
        tuple(rows),
        spec.columns,
        tuple(tuple(combine(cells_of(code, c)) for c in range(len(spec.columns))) for code in rows),
        ()
        if single
        else tuple(
            combine(t.row_totals[t.rows.index(code)] for t in tables if code in t.rows)
            for code in rows
        ),
        tuple(combine(t.column_totals[c] for t in tables) for c in range(len(spec.columns))),
        combine(t.total for t in tables),
    )


def write_merged(merged: Summary, json_path, pdf_path=None, language: str | None = None) -> None:
    """Write the merged summary (JSON and optionally PDF), each file whole or not at all.

    The PDF is in Dutch, its readers' language (exports/summary_pdf.py); `language` is
    not used (callers pass the UI language)."""
    from sleutelapp.exports.summary import write_summary_json
    from sleutelapp.store.durable_file import write_atomically

    if pdf_path is not None:
        from sleutelapp.exports.summary_pdf import summary_pdf_bytes

        pdf = summary_pdf_bytes(merged)
    write_summary_json(merged, json_path)  # in pieces: never the whole text in memory
    if pdf_path is not None:
        write_atomically(pdf_path, pdf)
