"""Names sort as a reader expects (Özge near Omar, not after Yara), in the one list query."""

from __future__ import annotations

from datetime import date

from sleutelapp.domain.model import Newcomer
from sleutelapp.store.connection import name_sort_key

NAMES = [
    "Yara Haddad",
    "Özge Aydın",
    "omar Said",
    "Ahmad Karimi",
    "Émile Dubois",
    "Ömer Kaya",
    "Zeynep Yılmaz",
    "Ibrahim Ali",
    "İlker Şahin",
]


def test_accented_names_sort_with_their_base_letter():
    assert sorted(NAMES, key=name_sort_key) == [
        "Ahmad Karimi",
        "Émile Dubois",
        "Ibrahim Ali",
        "İlker Şahin",
        "omar Said",
        "Ömer Kaya",
        "Özge Aydın",
        "Yara Haddad",
        "Zeynep Yılmaz",
    ]


def test_the_newcomer_list_uses_that_order(case):
    for name in NAMES:
        case.newcomers.add(Newcomer(name=name, route="b1", termijn_start=date(2025, 1, 1)))
    listed = [row.name for row in case.newcomers.search_list(status="active")]
    assert listed == sorted(NAMES, key=name_sort_key)
    assert [n.name for n in case.newcomers.all()] == sorted(NAMES, key=name_sort_key)
