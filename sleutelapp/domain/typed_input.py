"""What a person types into an hours, minutes or date field, read the one way it can be
meant.

Every hours field and every date field of the GUI reads its text here, so `1,5` and `1.5`
both mean one and a half hours in every language (no field takes a thousands separator:
a Dutch locale read `1.5` as fifteen), and `15-3-2024`, `15032024` and `15.03.24` all mean
the fifteenth of March 2024.

Digits typed on an Arabic or Persian keyboard (`١٫٥`, `۱۵-۳-۲۰۲۴`) are the same numbers and
dates: `latin_digits` reads them first. A thousands separator of those scripts (`٬`) and a
slash in a number are refused like `1.500`, never dropped.
"""

from __future__ import annotations

import re
from datetime import date

from sleutelapp.domain.model import InvalidRecord

MAX_HOURS = 24 * 366

_DECIMAL = re.compile(r"^([0-9]{0,4})(?:[.,]([0-9]{1,2}))?$")
_CLOCK = re.compile(r"^([0-9]{1,3}):([0-5][0-9])$")
_DATE_PARTS = re.compile(r"[-/.\s]+")

# Arabic-Indic digits (Arabic keyboards) and Extended Arabic-Indic digits (Persian, Dari and
# Urdu keyboards) are the digits 0-9; the Arabic decimal separator is a decimal point and
# the Arabic comma a comma (both read as decimals in an hours field, as `,` and `.` are).
_LATIN = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "\u066b": ".",  # ٫ ARABIC DECIMAL SEPARATOR
        "\u060c": ",",  # ، ARABIC COMMA
        # Direction marks that right-to-left text carries invisibly (pasted dates).
        **dict.fromkeys(
            [
                "\u200e",
                "\u200f",
                "\u061c",
                *map(chr, range(0x202A, 0x202F)),
                *map(chr, range(0x2066, 0x206A)),
            ],
            None,
        ),
    }
)


def latin_digits(text: str) -> str:
    """The text with Arabic and Persian digits (and decimal signs) as 0-9, `.` and `,`,
    without invisible direction marks; everything else unchanged."""
    return text.translate(_LATIN)


def parse_hours(text: str, field_name: str = "hours") -> float | None:
    """Hours from `1,5`, `1.5`, `,5`, `2` or `1:30`; None for an empty field.

    Refuses a grouping separator (`1.500`, `1,000`) rather than guessing what it meant.
    """
    value = latin_digits(text or "").strip().replace(" ", "")
    if not value:
        return None
    clock = _CLOCK.match(value)
    if clock:
        return round(int(clock.group(1)) + int(clock.group(2)) / 60, 2)
    match = _DECIMAL.match(value)
    if not match or not (match.group(1) or match.group(2)):
        raise InvalidRecord(field_name, "is not a number of hours (for example 1,5)")
    hours = float(f"{match.group(1) or 0}.{match.group(2) or 0}")
    if hours > MAX_HOURS:
        raise InvalidRecord(field_name, f"must be at most {MAX_HOURS}")
    return hours


def parse_minutes(text: str, field_name: str = "minutes") -> int | None:
    """Whole minutes from `90` or `1:30`; None for an empty field.

    Refuses `1.5` and `1,5`: in a minutes field it could mean 15, 1.5 or 90 minutes.
    """
    value = latin_digits(text or "").strip().replace(" ", "")
    if not value:
        return None
    clock = _CLOCK.match(value)
    if clock:
        minutes = int(clock.group(1)) * 60 + int(clock.group(2))
    elif value.isascii() and value.isdigit() and len(value) <= 4:
        minutes = int(value)
    else:
        raise InvalidRecord(field_name, "is not a number of minutes (for example 90)")
    if minutes > 24 * 60:
        raise InvalidRecord(field_name, "must be at most 1440")
    return minutes


def parse_whole_number(
    text: str, minimum: int, maximum: int, field_name: str = "number"
) -> int | None:
    """A whole number typed as digits only (`12`), within [minimum, maximum]; None when empty.

    Refuses `1.5`, `1,5` and `1.000`: a settings field with a grouping separator or a
    decimal in it cannot be read one way only, so it is refused, never read as 15.
    """
    value = latin_digits(text or "").strip()
    if not value:
        return None
    if not value.isdigit() or not value.isascii():
        raise InvalidRecord(field_name, "is not a whole number (digits only, for example 12)")
    number = int(value)
    if not minimum <= number <= maximum:
        raise InvalidRecord(field_name, f"must be from {minimum} to {maximum}")
    return number


def parse_date(text: str, today: date | None = None, field_name: str = "date") -> date | None:
    """A day-month-year date typed in one go; None for an empty field.

    Takes `15-03-2024`, `15-3-2024`, `15/3/24`, `15.03.2024`, `15 3 2024`, `15032024`,
    `150324`, `15-3` (this year) and the ISO form `2024-03-15`.
    """
    value = latin_digits(text or "").strip()
    if not value:
        return None
    today = today or date.today()
    parts = [p for p in _DATE_PARTS.split(value) if p]
    if not all(p.isascii() and p.isdigit() for p in parts):
        raise InvalidRecord(field_name, "is not a date (type it as dd-mm-jjjj)")
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) in (6, 8):
            parts = [digits[:2], digits[2:4], digits[4:]]
        elif len(digits) == 4:
            parts = [digits[:2], digits[2:]]
        else:
            raise InvalidRecord(field_name, "is not a date (type it as dd-mm-jjjj)")
    if len(parts) == 3 and len(parts[0]) == 4:
        year_text, month_text, day_text = parts  # ISO order
    elif len(parts) == 3:
        day_text, month_text, year_text = parts
    elif len(parts) == 2:
        day_text, month_text, year_text = parts[0], parts[1], str(today.year)
    else:
        raise InvalidRecord(field_name, "is not a date (type it as dd-mm-jjjj)")
    if len(year_text) == 2:
        year_text = f"20{year_text}"
    if len(year_text) != 4 or len(day_text) > 2 or len(month_text) > 2:
        raise InvalidRecord(field_name, "is not a date (type it as dd-mm-jjjj)")
    try:
        return date(int(year_text), int(month_text), int(day_text))
    except ValueError:
        raise InvalidRecord(field_name, "does not exist in the calendar") from None
