"""`sleutelapp newcomers --search`: the GUI's name search, across spellings and scripts."""

import json

from sleutelapp.domain.model import Newcomer
from sleutelapp.store.case import Case
from tests.conftest import PASSPHRASE


def test_search_finds_spelling_variants_and_arabic_script(run, case_paths):
    with Case.open(case_paths, PASSPHRASE) as case:
        for name in ("Youssef Haddad", "يوسف حداد", "Yusuf Kaya", "Yonas Tesfaye"):
            case.newcomers.add(Newcomer(name=name))
    code, out, err = run("newcomers", "--json", "--search", "Yusuf")
    assert code == 0 and err == ""
    # As typed first, then the variants (in name order).
    assert [r["name"] for r in json.loads(out)] == ["Yusuf Kaya", "Youssef Haddad", "يوسف حداد"]
    code, out, _ = run("newcomers", "--search", "يوسف")
    assert code == 0 and "Youssef Haddad" in out and "Yonas" not in out
    assert out.strip().endswith("3 newcomers")


def test_search_for_a_name_nobody_has_lists_nobody(run, case_paths):
    with Case.open(case_paths, PASSPHRASE) as case:
        case.newcomers.add(Newcomer(name="Hassan Kassem"))
    code, out, _ = run("newcomers", "--json", "--search", "Hussein")
    assert code == 0 and json.loads(out) == []
