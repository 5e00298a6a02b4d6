"""Matching keys for names across spellings and scripts, for the name search.

A newcomer's name reaches the key person as "Mohammed", "Muhammad" or "محمد", as "Youssef"
or "Joesoef", as "Yonas" or "ዮናስ". Each name word gets a few short keys; two spellings
of one name share a key, different names do not. The store puts the keys in a search
index (kept in step by triggers), so finding variants stays one indexed query.

Two kinds of key:

- the *strict* key of a word in Latin script: its consonants mapped to sound classes
  (sh/sch/sj/ch, j/y/dj, kh/h, q/k, v/w, p/b, th/s, ...), doubled letters single, the
  vowel *quality* dropped (o/u/e/a/i vary between English, French, German and Dutch
  spellings) but *where* a vowel stands kept, and the first and last vowel kept as a class.
  So Mohammed = Muhammad = Mohamed, but Mahmoud (no vowel between h and m) stays apart;
  Amir and Amira, Ali and Alina, Omar and Amer stay apart.
- the *loose* key: the consonant skeleton, which is what Arabic and Persian script write
  (short vowels are not written there; long ones spelled ou/oo/oe or ee/ie count as و/ي).
  Only names in Arabic script are matched by it, in both directions, so spellings within
  Latin script are not loosened by it.

Deliberate choices (tests/unit/test_name_keys.py holds the tables):
- Hassan and Hussein stay apart (حسن, حسين: the ei/ai/ay of Hussein counts as ي); so do
  Omar and Amer (the first vowel's class), Amir and Amira, Ali and Alina (a final vowel
  counts), Mahmoud and Mohammed (a vowel between h and m or not).
- Amir and Amer do match: only the vowel quality differs, and it varies within one name
  (Kassem, Qasim). So do Lina and Lena. They come after the names as typed.
- Across scripts only the skeleton is known, so محمود also finds Mohammed, and French
  Houcine (Hussein) is found as Hassan. Turkish forms the rules cannot reach are listed
  in ALIASES.

Ethiopic (Ge'ez) script, for Tigrinya names, is read syllable by syllable into Latin
letters and then keyed as Latin.

Token format (for the index): "s" + strict key, "l" + loose key of a Latin word,
"r" + loose key of a word in Arabic script. The first letter says which kind it is.
Changing the rules changes the keys: the index must then be refilled by a schema step.
"""

from __future__ import annotations

import re
import unicodedata

# Well-known forms whose spelling the sound rules cannot bring together (Turkish forms of
# Arabic names, a common abbreviation). Keys: the word folded to ASCII as below.
ALIASES = {
    "fatma": "fatima",
    "mehmet": "muhammad",
    "mehmed": "muhammad",
    "mohd": "muhammad",
    "hatice": "khadija",
    "ayse": "aisha",
    "ayshe": "aisha",
    "emine": "amina",
}

MIN_QUERY_LETTERS = 3  # shorter words are matched literally only (as with the trigram index)
_MAX_VARIANTS = 8  # keys per word from Arabic script (each و/ي inside a word doubles them)

_LATIN_FOLD = str.maketrans(
    {
        "ı": "i",
        "ş": "sh",
        "ç": "ch",
        "ß": "ss",
        "æ": "ae",
        "ø": "o",
        "œ": "oe",
        "đ": "d",
        "ł": "l",
        "'": "",
        "`": "",
        "’": "",
        "ʿ": "",
        "ʾ": "",
    }
)
_VOWELS = frozenset("aeiou")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ABDALLAH = re.compile(r"\babd\s*-?\s*[aeiou]*l+ah?\b")
_ABD_ARTICLE = re.compile(r"\babd\s*-?\s*(?:al|el|ul|oul|ol|il)(?!lah\b)\s*-?\s*")
_SUN_ARTICLE = re.compile(r"\b[aeu](sh|th|dh|[dtrszn])-(?=\1)")  # ad-din, as-sayed
_ARTICLE = re.compile(r"\b[ae]l-")
_ARTICLE_WORDS = frozenset({"al", "el"})

# Multi-letter spellings first (longest match wins); "ch" is decided by what follows.
_DIGRAPHS = (
    ("dsch", "y"),
    ("tsch", "x"),
    ("sch", "x"),
    ("sh", "x"),
    ("sj", "x"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "s"),
    ("dh", "d"),
    ("dj", "y"),
    ("ck", "k"),
)
_SINGLE = {"q": "k", "j": "y", "v": "w", "p": "b"}
_INITIAL_CLASS = {"a": "1", "e": "2", "i": "2", "o": "3", "u": "3"}

# Arabic and Persian letters -> the consonant classes above. Vowel letters (ا و ي ...) and
# the letters whose sound depends on their place are handled in _arabic_skeletons.
_ARABIC = {
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ث": "s",
    "ج": "y",
    "چ": "x",
    "ح": "h",
    "خ": "h",
    "د": "d",
    "ذ": "d",
    "ر": "r",
    "ز": "z",
    "ژ": "z",
    "س": "s",
    "ش": "x",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "غ": "g",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
_ALIF = frozenset("اأإآٱ")
_WAW = frozenset("وؤ")
_YA = frozenset("يیئ")
_SILENT = frozenset("ءـ")  # hamza, tatweel
_ARABIC_BLOCK = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

# Ethiopic (Ge'ez) script, as Tigrinya names are written: a syllabary of rows of eight,
# one row per consonant, one column per vowel. Each syllable is read as Latin letters and
# the Latin rules do the rest (ዮናስ reads "yonas").
_ETHIOPIC = re.compile(r"[\u1200-\u135a]")
_ETHIOPIC_ROWS = {
    0x1200: "h", 0x1208: "l", 0x1210: "h", 0x1218: "m", 0x1220: "s", 0x1228: "r",
    0x1230: "s", 0x1238: "sh", 0x1240: "k", 0x1248: "kw", 0x1250: "k", 0x1258: "kw",
    0x1260: "b", 0x1268: "v", 0x1270: "t", 0x1278: "ch", 0x1280: "h", 0x1288: "hw",
    0x1290: "n", 0x1298: "ny", 0x12A0: "", 0x12A8: "k", 0x12B0: "kw", 0x12B8: "h",
    0x12C0: "hw", 0x12C8: "w", 0x12D0: "", 0x12D8: "z", 0x12E0: "zh", 0x12E8: "y",
    0x12F0: "d", 0x12F8: "d", 0x1300: "j", 0x1308: "g", 0x1310: "gw", 0x1318: "g",
    0x1320: "t", 0x1328: "ch", 0x1330: "p", 0x1338: "ts", 0x1340: "ts", 0x1348: "f",
    0x1350: "p",
}  # fmt: skip
_ETHIOPIC_VOWELS = ("e", "u", "i", "a", "e", "", "o", "wa")  # the sixth: no vowel, or e


def index_tokens(name: str, known_as: str = "") -> str:
    """The key tokens of a newcomer, space-separated, for the search index."""
    tokens: dict[str, None] = {}
    for word in name_words(f"{name} {known_as}"):
        tokens.update(dict.fromkeys(word_tokens(word)))
    return " ".join(tokens)


def query_tokens(word: str) -> tuple[str, ...]:
    """Index tokens any one of which a name word needs to match the typed word."""
    if len(word) < (2 if _ETHIOPIC.search(word) else MIN_QUERY_LETTERS):  # syllables
        return ()
    result: dict[str, None] = {}
    for part in name_words(word):
        if _ETHIOPIC.search(part):
            for reading in _ethiopic_readings(part):
                for strict, loose in _latin_keys(reading):
                    result.update(dict.fromkeys(("s" + strict, "r" + loose)))
        elif _ARABIC_BLOCK.search(part):
            for skeleton in _arabic_skeletons(part):
                result.update(dict.fromkeys(("r" + skeleton, "l" + skeleton)))
        else:
            for strict, loose in _latin_keys(part):
                result.update(dict.fromkeys(("s" + strict, "r" + loose)))
    return tuple(result)


def word_tokens(word: str) -> tuple[str, ...]:
    """Index tokens of one name word (as name_words gives it)."""
    if _ARABIC_BLOCK.search(word):
        return tuple("r" + skeleton for skeleton in _arabic_skeletons(word))
    readings = _ethiopic_readings(word) if _ETHIOPIC.search(word) else (word,)
    result: dict[str, None] = {}
    for reading in readings:
        for strict, loose in _latin_keys(reading):
            result.update(dict.fromkeys(("s" + strict, "l" + loose)))
    return tuple(result)


def name_words(text: str) -> list[str]:
    """The words of a name that carry it: articles (al-, el-, ad-) and abd-al joined."""
    folded = _fold_latin(text)
    folded = _ABDALLAH.sub("abdallah", folded)
    folded = _ABD_ARTICLE.sub("abd ", folded)
    folded = _SUN_ARTICLE.sub("", folded)
    folded = _ARTICLE.sub("", folded)
    words = []
    for word in _WORD.findall(folded):
        if word in _ARTICLE_WORDS:
            continue
        if word.startswith("ال") and len(word) > 4:  # Arabic article written with the word
            word = word[2:]
        words.append(word)
    return words


def _fold_latin(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").lower().translate(_LATIN_FOLD)
    # Strip Latin diacritics (é, ü, ğ ...) but keep Arabic letters whole (أ is ا + hamza).
    out = []
    for char in text:
        if char.isascii() or _ARABIC_BLOCK.match(char):
            out.append(char)
        else:
            base = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def _latin_keys(word: str) -> tuple[tuple[str, str], ...]:
    """(strict, loose) keys of a Latin-script word; none for another script."""
    if not word.isascii() or not word.isalpha():
        return ()  # another script: found by the literal index only
    word = ALIASES.get(word, word)
    forms = [word]
    # Articles written together with the name: "Elhassan", "Alhakimi".
    if len(word) >= 6 and word[:2] in _ARTICLE_WORDS:
        forms.append(word[2:])
    keys = dict.fromkeys((_strict(form), _loose(form)) for form in forms)
    return tuple(k for k in keys if k[0])


def _units(word: str) -> list[str]:
    """Letters grouped into consonant classes and runs of vowels (a run starts with '_')."""
    units: list[str] = []
    i = 0
    while i < len(word):
        rest = word[i:]
        nxt = word[i + 1 : i + 2]
        if rest.startswith("ch"):
            after = word[i + 2 : i + 3]
            units.append("x" if after in _VOWELS and after else "h")  # Rachid / Achmed
            i += 2
            continue
        for spelling, sound in _DIGRAPHS:
            if rest.startswith(spelling):
                units.append(sound)
                i += len(spelling)
                break
        else:
            char = word[i]
            if char in _VOWELS:
                if units and units[-1].startswith("_"):
                    units[-1] += char
                else:
                    units.append("_" + char)
            elif char == "y":
                prev_consonant = bool(units) and not units[-1].startswith("_")
                if prev_consonant and (not nxt or nxt not in _VOWELS):
                    units.append("_i")  # y as a vowel: Myriam
                else:
                    units.append("y")
            elif char == "c":
                units.append("s" if nxt in ("e", "i", "y") and nxt else "k")
            elif char == "x":
                units.extend(("k", "s"))
            else:
                units.append(_SINGLE.get(char, char))
            i += 1
    return units


def _strict(word: str) -> str:
    return _key(word, loose=False)


def _loose(word: str) -> str:
    return _key(word, loose=True)


def _key(word: str, *, loose: bool) -> str:
    """The strict key, or with loose=True the consonant skeleton Arabic script would write:
    no short vowels, but the long vowels spelled ou/oo/oe or ee/ie as و and ي."""
    if len(word) > 3 and word[-1] == "h" and word[-2] in _VOWELS:
        word = word[:-2] + "a" if word[-2] == "e" else word[:-1]  # Fatemeh, Fatimah
    units = _units(word)
    if not units:
        return ""
    parts: list[str] = []
    last = len(units) - 1
    for index, unit in enumerate(units):
        if not unit.startswith("_"):
            parts.append(unit)
            continue
        run = unit[1:]
        if index == 0:
            parts.append("1" if loose else _INITIAL_CLASS[run[0]])
            if len(run) > 1 and run[-1] == "i":
                parts.append("y")  # Aisha
        elif index == last:
            parts.append(_final_vowel(run))
        elif len(run) > 1 and "i" in run and run not in ("ie", "ii", "ee"):
            parts.append("y")  # ei, ai, ia: Hussein, Husain, Mariam
        elif run in ("au", "ao"):
            parts.append("w")
        elif loose:
            parts.append(_LONG_VOWELS.get(run, ""))
        else:
            parts.append("0")  # a vowel stands here; which one varies
    if parts and parts[-1] == "t":
        parts[-1] = "d"  # Turkish final devoicing: Ahmet, Murat, Halit
    key = _collapse("".join(parts))
    key = re.sub(r"0*y0*", "y", key)  # y next to a vowel is the same as y: Husayn, Hüseyin
    return _collapse(key)


_LONG_VOWELS = {"ou": "w", "oo": "w", "oe": "w", "uu": "w", "ee": "y", "ie": "y", "ii": "y"}


def _final_vowel(run: str) -> str:
    if run.endswith("e") and run not in ("oe", "ie"):
        run = run[:-1]  # French/Tigrinya final e: Amine, Yassine, Tesfaye
        if not run:
            return ""
    if run.endswith("a"):
        return "ya" if len(run) > 1 and run[-2] == "i" else "a"
    if run.endswith(("i", "ie", "y")):
        return "y"
    return "w"  # o, u, ou, oe


def _collapse(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


def _ethiopic_readings(word: str) -> tuple[str, ...]:
    """Latin readings of a word in Ethiopic script. The sixth vowel column is written with
    no vowel or with an e in Latin (ብርሃነ: Berhane), so inside a word it gives both."""
    readings = [""]
    last = len(word) - 1
    for index, char in enumerate(word):
        code = ord(char)
        row = code - code % 8
        if row not in _ETHIOPIC_ROWS:
            return ()  # punctuation, numerals or another script: no reading
        consonant, column = _ETHIOPIC_ROWS[row], code % 8
        vowel = _ETHIOPIC_VOWELS[column]
        if consonant == "" and column in (0, 5):
            vowel = "a" if column == 0 else "e"  # a vowel carrier: አ is a, እ is e
        options = (vowel,) if column != 5 or index in (0, last) else ("", "e")
        if column == 5 and index == 0 and consonant:
            options = ("e", "")
        readings = [r + consonant + o for r in readings for o in options][:_MAX_VARIANTS]
    return tuple(dict.fromkeys(r for r in readings if r))


def _arabic_skeletons(word: str) -> tuple[str, ...]:
    """Consonant skeletons of a word in Arabic script; و and ي inside a word may be a vowel
    or a consonant, so each gives two readings (capped)."""
    letters = [c for c in word if not unicodedata.combining(c) and c not in _SILENT]
    readings = [""]
    last = len(letters) - 1
    for index, char in enumerate(letters):
        options: tuple[str, ...]
        if char in _ALIF or char == "ع":
            options = ("1",) if index == 0 else ("a",) if index == last else ("",)
        elif char in _WAW:
            options = ("w",) if index in (0, last) else ("w", "")
        elif char in _YA:
            options = ("y",) if index in (0, last) else ("y", "")
        elif char == "ى" or char == "ة":
            options = ("a",)
        elif char == "ه":
            options = ("a", "h") if index == last and index > 0 else ("h",)
        elif char in _ARABIC:
            options = (_ARABIC[char],)
        else:
            options = ("",)
        readings = [r + o for r in readings for o in options][:_MAX_VARIANTS]
    return tuple(dict.fromkeys(k for k in (_collapse(r) for r in readings) if k))
