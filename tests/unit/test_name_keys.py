"""Name keys (domain/name_keys.py): which spellings of a name find each other, and which not.

`finds(query, name)` asks what the store asks: does every word of the query share a key
token with some word of the name.
"""

import pytest

from sleutelapp.domain import name_keys


def finds(query: str, name: str) -> bool:
    indexed = set(name_keys.index_tokens(name).split())
    groups = [name_keys.query_tokens(w) for w in name_keys.name_words(query)]
    groups = [g for g in groups if g]
    return bool(groups) and all(indexed.intersection(g) for g in groups)


# Spellings of one name from English, French, German, Dutch and Turkish writing, and the
# same name in Arabic or Persian script: each pair MUST find each other.
SAME_NAME = [
    ("Muhammad", "Mohammed"),
    ("Mohamed", "Mohammed"),
    ("Mohammad", "Muhamed"),
    ("Mehmet", "Muhammad"),  # the Turkish form
    ("Yusuf", "Youssef"),
    ("Yousef", "Joesoef"),  # Dutch oe, j
    ("Jusuf", "Yusuf"),
    ("Fatima", "Fatma"),  # the Turkish form
    ("Fatimah", "Fatima"),
    ("Fatemeh", "Fatima"),  # Persian -eh
    ("Hussein", "Hossein"),
    ("Husain", "Hussein"),
    ("Husayn", "Hussain"),
    ("Hüseyin", "Hussein"),
    ("Tesfay", "Tesfaye"),
    ("Tesfai", "Tesfaye"),
    ("Rashid", "Rachid"),  # French ch
    ("Rasheed", "Rashid"),
    ("Shahin", "Şahin"),
    ("Chahine", "Shahin"),
    ("Aisha", "Aicha"),
    ("Ayesha", "Aisha"),
    ("Ayşe", "Aisha"),
    ("Jamal", "Djamel"),  # French dj
    ("Yasmin", "Jasmin"),
    ("Yasmine", "Yasmin"),
    ("Zeynep", "Zainab"),
    ("Osman", "Othman"),
    ("Uthman", "Osman"),
    ("Ahmed", "Achmed"),  # German/Dutch ch
    ("Ahmet", "Ahmad"),
    ("Khalid", "Khaled"),
    ("Halit", "Khalid"),
    ("Maryam", "Mariam"),
    ("Meryem", "Maryam"),
    ("Nour", "Noor"),
    ("Nur", "Nour"),
    ("Qasim", "Kassem"),
    ("Rania", "Ranya"),
    ("Weldu", "Woldu"),
    ("Ibrahim", "Ebrahim"),
    ("Iman", "Eman"),
    ("Said", "Sayed"),
    ("Hamza", "Hamzah"),
    ("Mustafa", "Moustapha"),
    ("Vahid", "Wahid"),
    ("Abdelkader", "Abdul Qadir"),
    ("Abd al-Qadir", "Abdelkader"),
    ("Abdulkadir", "Abd el Kader"),
    ("Abdullah", "Abdallah"),
    ("Al-Hassan", "El Hassan"),
    ("Hassan", "Elhassan"),
    ("Hassan", "Mohammed Al-Hassan"),
    ("Yonas", "Younes"),
    # Arabic and Persian script against Latin script, both ways
    ("Mohammed", "محمد"),
    ("محمد", "Muhammad"),
    ("Yusuf", "يوسف"),
    ("يوسف", "Youssef"),
    ("Haddad", "حداد"),
    ("Hussein", "حسين"),
    ("Hassan", "حسن"),
    ("Fatima", "فاطمة"),
    ("Fatemeh", "فاطمه"),
    ("Samir", "سمير"),
    ("Ali", "علي"),
    ("Ahmad", "أحمد"),
    ("Ibrahim", "إبراهيم"),
    ("Hassan", "الحسن"),
    # Tigrinya names in Ethiopic (Ge'ez) script against Latin script, both ways
    ("Yonas", "ዮናስ"),
    ("ዮናስ", "Younes"),
    ("Selam", "ሰላም"),
    ("Tesfay", "ተስፋይ"),
    ("ተስፋይ", "Tesfaye"),
    ("Berhane", "ብርሃነ"),
    ("Senait", "ሰናይት"),
    ("Ghebremedhin", "ገብረመድህን"),
    ("Biniam", "ቢንያም"),
    ("Saba", "ሳባ"),
]

# Different names that a key person keeps apart: they MUST NOT find each other.
DIFFERENT_NAMES = [
    ("Ali", "Alina"),
    ("Amir", "Amira"),  # feminine form: another person's name
    ("Samir", "Samira"),
    ("Karim", "Karima"),
    ("Nour", "Noura"),
    ("Omar", "Amer"),  # عمر and عامر
    ("Hassan", "Hussein"),  # حسن and حسين
    ("Hassan", "Hossein"),
    ("Mahmoud", "Mohammed"),  # محمود and محمد
    ("Mahmud", "Muhammad"),
    ("Said", "Saad"),
    ("Emre", "Amir"),
    ("Hamid", "Ahmed"),
    ("Yusuf", "Yonas"),
    ("Fatima", "Fadi"),
    ("Tesfay", "Tesfamariam"),
    ("Salma", "Selim"),
    ("Khalid", "Khalil"),
    ("Rami", "Rania"),
    ("Hassan", "Hasna"),
    ("Mohammed", "Mohsen"),
    ("Yasmin", "Yasin"),
    ("Zainab", "Zain"),
    ("Abdelkader", "Abdelkarim"),
    ("Hassan", "Yusuf Haddad"),
    ("Selam", "ሳባ"),
    ("Yonas", "ሩታ"),
    ("ኪዳነ", "Habte"),
]


@pytest.mark.parametrize(("query", "name"), SAME_NAME)
def test_spellings_of_one_name_find_each_other(query, name):
    assert finds(query, name), (query, name)


@pytest.mark.parametrize(("first", "second"), DIFFERENT_NAMES)
def test_different_names_do_not_find_each_other(first, second):
    assert not finds(first, second)
    assert not finds(second, first)


def test_every_word_of_the_query_must_match():
    assert finds("Mohamed Hassan", "Mohammed Al-Hassan")
    assert not finds("Mohamed Haddad", "Mohammed Al-Hassan")


def test_latin_spellings_use_the_strict_key_but_script_crossing_the_loose_one():
    # Within Latin script Mahmoud and Mohammed stay apart; Arabic script writes no short
    # vowels, so there the skeleton decides and the two readings of محمود include محمد's.
    assert not finds("Mahmoud", "Mohammed")
    assert finds("Mahmoud", "محمود")
    tokens = name_keys.index_tokens("Mohammed").split()
    assert all(t[0] in "sl" for t in tokens)
    assert all(t[0] == "r" for t in name_keys.index_tokens("محمد").split())


@pytest.mark.parametrize("word", ["", "Al", "Mo", "06", "ዮ", "Олена", "___", "፩፪፫"])
def test_short_words_and_other_scripts_have_no_variant_keys(word):
    assert name_keys.query_tokens(word) == ()


def test_tokens_are_plain_ascii_words_for_the_index():
    for name in ["Gülşen Yılmaz", "يوسف حداد", "Abd al-Qadir El Idrissi", "O'Neil-Ba", "ዮናስ"]:
        for token in name_keys.index_tokens(name).split():
            assert token.isascii() and token.isalnum(), (name, token)


def test_names_in_other_scripts_index_nothing_rather_than_fail():
    assert name_keys.index_tokens("Олена", "፩፪") == ""
    assert name_keys.index_tokens("", "") == ""


# Matches that are loose by design (see the module docstring): pinned, so that tightening
# or loosening them is a decision, not an accident.
LOOSE_BY_DESIGN = [
    ("Amir", "Amer"),  # vowel quality is ignored (Kassem = Qasim)
    ("Lina", "Lena"),
    ("Mohammed", "محمود"),  # across scripts only the consonant skeleton is known
    ("Houcine", "Hassan"),  # French Hussein without ei/ai reads as Hassan
]


@pytest.mark.parametrize(("first", "second"), LOOSE_BY_DESIGN)
def test_loose_matches_by_design(first, second):
    assert finds(first, second)
