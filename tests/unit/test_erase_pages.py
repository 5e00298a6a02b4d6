"""After erase and purge no token of the erased text is left in any page of the database:
every page is decrypted and searched for the tail of each erased word (the part that
FTS5's prefix compression stores verbatim)."""

from __future__ import annotations

import random
import string
from datetime import date

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.store import retention
from sleutelapp.store.keyfile import KeyFile
from tests.conftest import PASSPHRASE
from tests.unit.test_leaks import decrypted_pages


def canary_words(seed: int, count: int = 60) -> list[str]:
    rng = random.Random(seed)
    return ["zq" + "".join(rng.choices(string.ascii_lowercase, k=12)) for _ in range(count)]


def add_person(case, name: str, words: list[str], **fields) -> Newcomer:
    person = case.newcomers.add(Newcomer(name=name, **fields))
    case.entries.add_many(
        [
            Entry(person.id, "note", date(2026, 1, 1 + i % 28), text=f"notitie {w} einde")
            for i, w in enumerate(words)
        ]
        + [Entry(person.id, "activity", date(2026, 2, 2), "work", location=words[0], hours=1)]
    )
    return person


def left_tails(case_paths, words: list[str]) -> list[str]:
    plain = decrypted_pages(case_paths.db, KeyFile.read(case_paths.key).unlock(PASSPHRASE))
    assert b"blijvertekst" in plain  # the decryption works: kept text is found
    return [w for w in words if w[-6:].encode() in plain]


def test_erase_leaves_no_token_in_any_page(case, case_paths):
    erased_words, kept_words = canary_words(1), canary_words(2, 5)
    person = add_person(case, "Zqkanarie Wisbaar", erased_words)
    add_person(case, "Blijft Hier", ["blijvertekst", *kept_words])
    case.checkpoint()
    assert len(left_tails(case_paths, erased_words)) == len(erased_words)  # the scan sees them
    case.newcomers.erase(person.id)
    case.close()
    assert left_tails(case_paths, erased_words) == []
    assert len(left_tails(case_paths, kept_words)) == len(kept_words)


def test_purge_leaves_no_token_in_any_page(case, case_paths):
    erased_words = canary_words(3)
    add_person(case, "Zqoud Dossier", erased_words, status="closed", closed_on=date(2020, 1, 1))
    add_person(case, "Blijft Hier", ["blijvertekst"])
    assert len(retention.purge(case, date(2026, 1, 1))) == 1
    case.close()
    assert left_tails(case_paths, erased_words) == []
