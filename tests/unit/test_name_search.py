"""Name search in the store: spelling variants and scripts, ranking, and the key index kept
in step by triggers (schema step 0004) — including after migrating released files."""

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sleutelapp.domain.model import Entry, Newcomer
from sleutelapp.paths import app_paths
from sleutelapp.store.case import Case
from sleutelapp.store.newcomers import search_list_sql

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PEOPLE = [
    "Mohammed Al-Hassan",
    "Youssef Haddad",
    "يوسف حداد",
    "Fatma Yilmaz",
    "Hossein Ahmadi",
    "Yonas Tesfaye",
    "Mahmoud Darwish",
    "Hassan Kassem",
    "Alina Kovalenko",
    "Amira Saleh",
    "Omar Benali",
]


@pytest.fixture
def people(case):
    return {name: case.newcomers.add(Newcomer(name=name)).id for name in PEOPLE}


def names(case, text):
    return [i.name for i in case.newcomers.search_list(text)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Muhammad", ["Mohammed Al-Hassan"]),
        ("Mohamed", ["Mohammed Al-Hassan"]),
        ("Yusuf", ["Youssef Haddad", "يوسف حداد"]),
        ("Fatima", ["Fatma Yilmaz"]),
        ("Hussein", ["Hossein Ahmadi"]),
        ("Tesfay", ["Yonas Tesfaye"]),
        ("Tesfai", ["Yonas Tesfaye"]),
        ("Yonas Tesfay", ["Yonas Tesfaye"]),
        ("محمد", ["Mohammed Al-Hassan"]),
        ("Mohamed Hassan", ["Mohammed Al-Hassan"]),
        ("Mohamed Hass", ["Mohammed Al-Hassan"]),  # a variant and a word being typed
        ("Youssef Hadd", ["Youssef Haddad", "يوسف حداد"]),  # hd: the skeleton of حداد
        ("Yusuf حداد", ["Youssef Haddad", "يوسف حداد"]),  # one name, either script
        ("Hossein Hadd", []),
        ("Abd al Hassan", []),
        # Different names stay apart (a literal part of a name still counts, as before:
        # "Ali" finds Alina and Benali as typed, never through a variant).
        ("Amer", []),
        ("Hasna", []),
        ("Mahmud", ["Mahmoud Darwish"]),
        ("Ali", ["Alina Kovalenko", "Omar Benali"]),
    ],
)
def test_spelling_variants_and_scripts_find_the_newcomer(case, people, query, expected):
    assert sorted(names(case, query)) == sorted(expected)


def test_exact_and_prefix_matches_come_before_variants_and_entries(case, people):
    hassan = people["Hassan Kassem"]
    case.entries.add(Entry(people["Omar Benali"], "note", date.today(), text="Hassan belde"))
    # "Hassan" as typed: Hassan Kassem and Mohammed Al-Hassan; Hossein is another name;
    # Omar Benali is found through his entry, last.
    assert names(case, "Hassan") == ["Hassan Kassem", "Mohammed Al-Hassan", "Omar Benali"]
    # "Hasan" is no part of any name as typed: only the variants.
    assert names(case, "Hasan") == ["Hassan Kassem", "Mohammed Al-Hassan"] and hassan
    # "Yousef": neither is a literal match; both are variants, sorted by name.
    assert names(case, "Yousef") == ["Youssef Haddad", "يوسف حداد"]
    # A literal prefix outranks a variant even when the variant sorts first by name.
    case.newcomers.add(Newcomer(name="Aaron Yusufzai"))
    assert names(case, "Yusuf")[0] == "Aaron Yusufzai"


def test_variant_search_respects_filters_and_short_tokens(case, people):
    case.newcomers.close(people["Youssef Haddad"])
    assert names(case, "Yusuf") == ["يوسف حداد", "Youssef Haddad"]  # active first
    assert [i.name for i in case.newcomers.search_list("Yusuf", status="closed")] == [
        "Youssef Haddad"
    ]
    assert names(case, "Yusuf Ha") == ["Youssef Haddad"]  # "Ha" is still needed literally


def test_entry_text_search_still_works(case, people):
    case.entries.add(Entry(people["Amira Saleh"], "note", date.today(), text="Wachtlijst"))
    assert names(case, "wachtl") == ["Amira Saleh"]


def test_keys_follow_renames_and_known_as(case, people):
    nid = people["Alina Kovalenko"]
    case.newcomers.update(replace(case.newcomers.get(nid), name="Fatimah Kaya"))
    assert "Fatimah Kaya" in names(case, "Fatma")
    assert "Fatimah Kaya" not in names(case, "Alina")
    case.newcomers.update(replace(case.newcomers.get(nid), known_as="حسين"))
    assert "Fatimah Kaya" in names(case, "Hussein")


def _key_terms(case):
    case.conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.keys USING fts5vocab(main, newcomer_name_key, row)"
    )
    return {r[0] for r in case.query("SELECT term FROM temp.keys")}


def test_erased_newcomers_leave_no_key_tokens(case, people):
    before = _key_terms(case)
    assert "sys0f" in before and "rysf" in before
    case.newcomers.erase(people["Youssef Haddad"])
    case.newcomers.erase(people["يوسف حداد"])
    after = _key_terms(case)
    assert not {t for t in after if t in ("sys0f", "lysf", "rysf", "rywsf", "rhd")}
    assert names(case, "Yusuf") == []
    count = case.query("SELECT count(*) FROM newcomer_name_key")[0][0]
    assert count == len(PEOPLE) - 2


def test_bulk_inserts_fill_the_keys_too(case):
    from sleutelapp.store.bulk import insert_all

    insert_all(case, [Newcomer(name="Husain Noori")], [], [])
    assert names(case, "Hossein") == ["Husain Noori"]


def test_the_list_is_one_query_using_the_indexes(case, people):
    sql, params = search_list_sql("Yusuf")
    plan = " ".join(str(r[-1]) for r in case.query("EXPLAIN QUERY PLAN " + sql, params))
    assert "newcomer_name_key VIRTUAL TABLE INDEX" in plan
    assert "newcomer_fts VIRTUAL TABLE INDEX" in plan


def test_a_page_of_the_list(case, people):
    everyone = [i.name for i in case.newcomers.search_list()]
    first = [i.name for i in case.newcomers.search_list(limit=4)]
    rest = [i.name for i in case.newcomers.search_list(limit=100, offset=4)]
    assert first + rest == everyone and len(first) == 4


@pytest.mark.parametrize("version", [1, 2])
def test_released_files_migrate_and_find_variants(tmp_path, version):
    home = tmp_path / "home"
    shutil.copytree(FIXTURES / f"schema-v{version}", home)
    with Case.open(app_paths(home), "fixture passphrase") as case:
        [fixture] = case.newcomers.all()
        assert fixture.name == "Fixture Gülşen"
        # Gülşen written the German/English way: only the key index knows it.
        assert [i.name for i in case.newcomers.search_list("Gulshen")] == ["Fixture Gülşen"]
        assert case.query("SELECT count(*) FROM newcomer_name_key")[0][0] == 1
        assert case.query("SELECT count(*) FROM entry_owner")[0][0] == 1  # filled for old rows
        assert [i.name for i in case.newcomers.search_list("taalcafé")] == ["Fixture Gülşen"]
        assert case.integrity_problems() == []
        added = case.newcomers.add(Newcomer(name="Mohammed Fixture"))
        assert [i.id for i in case.newcomers.search_list("Muhammad")] == [added.id]


def test_entry_owners_follow_entries_and_erasure(case, people):
    nid = people["Amira Saleh"]
    entry = case.entries.add(Entry(nid, "note", date.today(), text="Zwemdiploma gehaald"))
    case.entries.add(Entry(people["Omar Benali"], "note", date.today(), text="Zwemdiploma"))
    # entry matches: the newest-written first
    assert names(case, "zwemdiploma") == ["Omar Benali", "Amira Saleh"]
    case.entries.delete(entry.id)
    assert names(case, "zwemdiploma") == ["Omar Benali"]
    case.newcomers.erase(people["Omar Benali"])
    assert names(case, "zwemdiploma") == []
    owners = case.query("SELECT count(*) FROM entry_owner")[0][0]
    assert owners == case.query("SELECT count(*) FROM entry")[0][0] == 0


def test_entry_matches_come_newest_written_first_and_a_page_asks_for_its_rows_only(case):
    """A common word: the page names the newcomers of the newest entries that hold it, each
    once, with that entry; the next page goes on from there; names come before them."""
    from sleutelapp.store import search

    people = [case.newcomers.add(Newcomer(name=f"Persoon {i}")) for i in range(5)]
    written = {}
    for i in (0, 3, 1, 3, 4, 2):  # Persoon 3 twice: its newest entry counts
        written[i] = case.entries.add(Entry(people[i].id, "note", date.today(), text="wachtlijst"))
    case.newcomers.add(Newcomer(name="Wachtlijst Naam"))  # a name: ranked first
    order = ["Wachtlijst Naam", "Persoon 2", "Persoon 4", "Persoon 3", "Persoon 1", "Persoon 0"]
    assert names(case, "wachtlijst") == order
    first = case.newcomers.search_list("wachtlijst", limit=3)
    rest = case.newcomers.search_list("wachtlijst", limit=3, offset=3)
    assert [i.name for i in first + rest] == order
    assert first[1].match is not None and first[1].match.entry_id == written[2].id
    assert first[0].match is None  # found by name, in no entry
    persoon_3 = next(i for i in first + rest if i.name == "Persoon 3")
    assert persoon_3.match.entry_id == written[3].id  # its newest entry with the word
    assert case.newcomers.list_item(people[3].id, "wachtlijst").match.entry_id == written[3].id
    # the full-text hits are read newest first until the page has its newcomers
    terms = search.parse("wachtlijst")
    pairs = case.read(lambda conn: search.recent_entry_hits(conn, terms, 2))
    assert [rowid for _owner, rowid in pairs] == [
        case.query("SELECT rowid FROM entry WHERE id = ?", (written[i].id,))[0][0] for i in (2, 4)
    ]


def test_start_of_a_word_then_variants_then_inside_a_word(case):
    for name in ("Omar Benali", "Aly Hassan", "Alina Kovalenko", "Ali Saeed", "Zahra Ali-Noori"):
        case.newcomers.add(Newcomer(name=name))
    assert names(case, "ali") == [
        "Ali Saeed",  # exact
        "Alina Kovalenko",  # prefix
        "Zahra Ali-Noori",  # exact, after a hyphen
        "Aly Hassan",  # a spelling variant
        "Omar Benali",  # as typed, inside a word
    ]


def test_a_lookup_by_name_does_not_widen_to_spelling_variants(case):
    # Commands take NEWCOMER as a name or an unambiguous prefix: a second person whose
    # name is only a spelling variant must not make that lookup ambiguous.
    mohamed = case.newcomers.add(Newcomer(name="Mohamed Benali"))
    case.newcomers.add(Newcomer(name="Mohammed Al-Hassan"))
    assert case.newcomers.find("Mohamed").id == mohamed.id
    assert len(case.newcomers.search_list("Mohamed")) == 2  # the list does show both


def test_one_or_two_letters_search_names_not_entries(case, people):
    case.entries.add(Entry(people["Amira Saleh"], "note", date.today(), text="Halal winkel"))
    assert "Amira Saleh" not in names(case, "Ha")  # a prefix of nearly every entry word
    assert "Hassan Kassem" in names(case, "Ha")
    assert names(case, "Halal") == ["Amira Saleh"]
    assert names(case, "Halal wi") == ["Amira Saleh"]  # the long word decides for entries


def test_tigrinya_names_in_ethiopic_script(case):
    selam = case.newcomers.add(Newcomer(name="Selam Habte", known_as="ሰላም"))
    yonas = case.newcomers.add(Newcomer(name="ዮናስ ተስፋይ"))
    assert [i.id for i in case.newcomers.search_list("Yonas Tesfaye")] == [yonas.id]
    assert [i.id for i in case.newcomers.search_list("ሰላም")] == [selam.id]  # as typed
    assert [i.id for i in case.newcomers.search_list("Salam")] == [selam.id]  # variant


def test_a_filtered_page_of_entry_matches_counts_only_newcomers_the_filter_keeps(case):
    """Newcomers the status or route filter leaves out do not use up a page: the one
    closed newcomer with an old note is found on a page of three, and so is the one on
    another route."""
    closed = case.newcomers.add(
        Newcomer(name="Zora Oud", status="closed", closed_on=date(2025, 1, 10), route="b1")
    )
    case.entries.add(Entry(closed.id, "note", date(2025, 1, 5), text="fietsles"))
    for i in range(5):  # newer notes with the same word, of active newcomers
        active = case.newcomers.add(Newcomer(name=f"Actief {i}", route="education"))
        case.entries.add(Entry(active.id, "note", date.today(), text="fietsles"))

    def page(**kwargs):
        return [i.name for i in case.newcomers.search_list("fietsles", limit=3, **kwargs)]

    assert page(status="closed") == ["Zora Oud"]
    assert page(route="b1") == ["Zora Oud"]
    assert page(status="closed", offset=1) == []
    assert len(page(status="active")) == 3
    assert page(status="active", route="b1") == []
