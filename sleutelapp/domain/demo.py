"""Fictional, plausible demo data: deterministic per seed (`sleutelapp demo`).

Names are common first and family names of the main origin countries, combined at random;
any likeness to a real person is chance. Covers all routes, every entry kind and type,
consents (some withdrawn) and some closed cases.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from sleutelapp.domain import vocab
from sleutelapp.domain.model import Consent, Entry, Extension, Newcomer

ORIGINS = {
    "Syrië": (
        ["Amal", "Rami", "Lina", "Omar", "Nour", "Yara", "Khaled", "Hiba", "Samer", "Rasha"],
        ["Haddad", "Al-Khatib", "Darwish", "Mansour", "Hamdan", "Aswad", "Kassem"],
        "Arabisch",
    ),
    "Eritrea": (
        ["Yonas", "Senait", "Filmon", "Helen", "Biniam", "Saba", "Tesfay", "Ruta"],
        ["Tesfaye", "Ghebremedhin", "Kidane", "Habte", "Berhane", "Weldu"],
        "Tigrinya",
    ),
    "Turkije": (
        ["Gülşen", "Emre", "Ayşe", "Mehmet", "Zeynep", "Burak", "Elif", "Özge"],
        ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk"],
        "Turks",
    ),
    "Jemen": (
        ["Fatima", "Ali", "Huda", "Saleh", "Maryam", "Nabil"],
        ["Al-Hakimi", "Saeed", "Al-Ahmadi", "Qasim", "Al-Amri"],
        "Arabisch",
    ),
    "Afghanistan": (
        ["Farid", "Shabnam", "Ahmad", "Zahra", "Hamid", "Parwana", "Nasrin"],
        ["Ahmadi", "Rahimi", "Karimi", "Noori", "Hashimi", "Sultani"],
        "Dari",
    ),
    "Oekraïne": (
        ["Olena", "Andriy", "Iryna", "Taras", "Kateryna", "Dmytro", "Oksana"],
        ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk"],
        "Oekraïens",
    ),
    "Marokko": (
        ["Youssef", "Khadija", "Hamza", "Salma", "Imane", "Anouar"],
        ["El Amrani", "Benali", "Bouzid", "El Idrissi", "Ouali"],
        "Arabisch, Tamazight",
    ),
}
NATIVE_SCRIPT_KNOWN_AS = ["أمل", "ዮናስ", "ሰላም", "نور", "Олена"]
LOCATIONS = {
    "gp": ["Huisartsenpraktijk De Linde", "Gezondheidscentrum Noord"],
    "hospital": ["Ziekenhuis Rijnstate, poli 4", "UMC, polikliniek"],
    "dentist": ["Tandartspraktijk Centrum"],
    "mental_health": ["GGZ Centraal"],
    "other_care": ["Fysiotherapie Oost", "Consultatiebureau"],
    "school": ["Basisschool De Regenboog", "OBS Het Palet"],
    "language_school": ["Taalschool NT2 Stad", "ROC Taalcentrum"],
    "childcare": ["Kinderopvang Ukkie"],
    "municipality": ["Stadskantoor", "Wijkteam Zuid"],
    "duo": ["DUO-loket (online)"],
    "ind": ["IND-loket Zwolle"],
    "work": ["UWV WERKbedrijf", "Uitzendbureau"],
    "housing": ["Woningcorporatie", "Huurteam"],
    "other": ["Bibliotheek"],
}
CONTACT_TEXTS = [
    "Brief van de gemeente samen gelezen.",
    "Uitleg over het persoonlijk plan.",
    "Geoefend voor het taalexamen.",
    "Gesproken over de kinderopvangtoeslag.",
    "Samen een afspraak gemaakt bij de huisarts.",
    "Vragen over de huurtoeslag.",
]
ACTIVITY_TEXTS = {
    "volunteering": ["Helpt bij de voedselbank.", "Vrijwilliger in het buurthuis."],
    "language_cafe": ["Taalcafé in de bibliotheek.", "Taalmaatje in het wijkcentrum."],
    "work": ["Proefplaatsing in de groenvoorziening.", "Bijbaan in de supermarkt."],
    "internship": ["Stage in de thuiszorg.", "Snuffelstage bij een garage."],
    "course": ["Cursus digitale vaardigheden.", "Cursus fietsen voor volwassenen."],
    "sport": ["Zwemles voor volwassenen.", "Voetbal bij de buurtclub."],
    "neighbourhood": ["Meegedaan met de buurtbarbecue.", "Hielp bij de straatschoonmaak."],
    "map": ["Praktijkdeel MAP bij de gemeente.", "MAP-workshop over zorgverzekeringen."],
    "other": ["Bezoek aan het museum met de groep.", "Bijeenkomst over sparen."],
}
APPOINTMENT_TEXTS = {
    "school": "Oudergesprek over de voortgang.",
    "language_school": "Intake en niveautoets.",
    "childcare": "Kennismaking en inschrijving.",
    "municipality": "Gesprek over het PIP.",
    "duo": "Vragen over de lening voor de taalschool.",
    "ind": "Afspraak voor de verblijfspas.",
    "work": "Gesprek met de werkcoach.",
    "housing": "Bezichtiging en huurcontract doorlopen.",
    "other": "Samen naartoe om de brief te bespreken.",
}
NOTE_TEXTS = [
    "Voelt zich wat eenzaam sinds de verhuizing.",
    "Goed gesprek, veel vooruitgang.",
    "Wil graag sneller aan het werk.",
    "Moeite met de reisafstand naar de taalschool.",
]
SIGNAL_TEXTS = {
    "childcare": "Geen plek in de kinderopvang tijdens de lessen.",
    "waiting_list": "Wachtlijst van drie maanden bij de taalschool.",
    "route_mismatch": "B1-route lijkt te zwaar; Z-route onderzoeken.",
    "lessons_cancelled": "Lessen vielen vier weken uit.",
    "travel_costs": "Reiskosten naar de taalschool niet vergoed.",
    "health": "Gezondheid maakt lessen volgen lastig.",
    "housing": "Woning te klein voor het gezin.",
    "money": "Schulden door een terugvordering.",
    "work_diploma": "Diploma nog niet gewaardeerd.",
    "isolation": "Weinig contact buiten het gezin.",
    "other": "Vraag over vrijwilligersvergoeding.",
}
TASK_TEXTS = [
    "Formulier DUO-lening nakijken.",
    "Bellen met de taalschool over de wachtlijst.",
    "Inschrijving bibliotheek regelen.",
    "Reiskostenvergoeding aanvragen.",
]
KIND_WEIGHTS = (
    ("contact", 35),
    ("appointment", 20),
    ("activity", 20),
    ("note", 10),
    ("signal", 8),
    ("task", 7),
)


@dataclass
class DemoData:
    newcomers: list[Newcomer] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)


def generate(
    newcomers: int = 20, entries_per: int = 25, seed: int = 1, today: date | None = None
) -> DemoData:
    """All demo data at once (small demos and tests); `batches` gives the same in parts."""
    data = DemoData()
    for batch in batches(newcomers, entries_per, seed, today):
        data.newcomers.extend(batch.newcomers)
        data.entries.extend(batch.entries)
        data.consents.extend(batch.consents)
    return data


def batches(
    newcomers: int = 20,
    entries_per: int = 25,
    seed: int = 1,
    today: date | None = None,
    *,
    batch_size: int = 100,
) -> Iterator[DemoData]:
    """The demo data in parts of `batch_size` newcomers with their entries and consents,
    so a large demo never holds more than one part in memory. Same data as `generate`."""
    rng = random.Random(seed)
    today = today or date.today()
    kinds = [k for k, _ in KIND_WEIGHTS]
    weights = [w for _, w in KIND_WEIGHTS]
    type_cycles = {kind: _Cycle(rng, vocab.TYPES_BY_KIND[kind]) for kind in kinds}
    data = DemoData()
    for index in range(newcomers):
        newcomer = _newcomer(rng, index, today)
        data.newcomers.append(newcomer)
        data.consents.extend(_consents(rng, newcomer, today))
        for _ in range(entries_per):
            kind = rng.choices(kinds, weights)[0]
            data.entries.append(_entry(rng, newcomer, kind, type_cycles[kind].next(), today))
        if len(data.newcomers) >= batch_size:
            yield data
            data = DemoData()
    if data.newcomers:
        yield data


class _Cycle:
    """Hands out every type of a kind before repeating, so small demos still cover all."""

    def __init__(self, rng: random.Random, vocabulary):
        self._rng = rng
        self._codes = list(vocabulary.codes) if vocabulary else [None]
        self._queue: list = []

    def next(self):
        if not self._queue:
            self._queue = self._codes[:]
            self._rng.shuffle(self._queue)
        return self._queue.pop()


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _newcomer(rng: random.Random, index: int, today: date) -> Newcomer:
    country = rng.choice(sorted(ORIGINS))
    first_names, family_names, language = ORIGINS[country]
    first = rng.choice(first_names)
    route = (
        ("b1", "education", "z", "unknown")[index % 4]
        if index < 8
        else rng.choices(["b1", "education", "z", "unknown"], [50, 15, 30, 5])[0]
    )
    start = today - timedelta(days=rng.randint(60, 3 * 365 - 20))
    extensions: tuple[Extension, ...] = ()
    if rng.random() < 0.15:
        extensions = (
            Extension(
                months=rng.choice([3, 6, 12]),
                reason="Medische redenen",
                decided_on=min(today, start + timedelta(days=rng.randint(300, 900))),
            ),
        )
    closed = index % 10 == 9
    return Newcomer(
        id=_uuid(rng),
        name=f"{first} {rng.choice(family_names)}",
        known_as=rng.choice(NATIVE_SCRIPT_KNOWN_AS) if rng.random() < 0.05 else "",
        phone=f"06-{rng.randint(10000000, 99999999)}",
        language=language,
        route=route,
        termijn_start=start,
        extensions=extensions,
        municipality_ref=f"INB-{rng.randint(10000, 99999)}" if rng.random() < 0.8 else "",
        regisseur=rng.choice(["M. de Vries (gemeente)", "S. Bakker", "J. Jansen"]),
        coaches=rng.choice(["", "Taalcoach Anneke", "Maatje via VluchtelingenWerk"]),
        language_school=rng.choice(["Taalschool NT2 Stad", "ROC Taalcentrum", ""]),
        status="closed" if closed else "active",
        closed_on=today - timedelta(days=rng.randint(10, 600)) if closed else None,
    )


def _consents(rng: random.Random, newcomer: Newcomer, today: date) -> list[Consent]:
    assert newcomer.termijn_start is not None  # every demo newcomer has one
    given = newcomer.termijn_start + timedelta(days=rng.randint(0, 30))
    given = min(given, today)
    result = []
    for purpose, chance in (
        ("regisseur_summary", 0.8),
        ("health_in_summary", 0.45),
        ("reporting", 0.85),
    ):
        if rng.random() < chance:
            withdrawn = today - timedelta(days=rng.randint(1, 30)) if rng.random() < 0.05 else None
            if withdrawn is not None and withdrawn < given:
                withdrawn = None
            result.append(
                Consent(
                    newcomer_id=newcomer.id,
                    purpose=purpose,
                    given_on=given,
                    id=_uuid(rng),
                    withdrawn_on=withdrawn,
                    how=rng.choice(["verbal", "signed"]),
                )
            )
    return result


def _entry(rng: random.Random, newcomer: Newcomer, kind: str, type_code, today: date) -> Entry:
    start = newcomer.termijn_start
    assert start is not None  # every demo newcomer has one
    end = newcomer.closed_on or today + timedelta(days=45)
    if kind in ("appointment", "task") and rng.random() < 0.25 and newcomer.status == "active":
        day = today + timedelta(days=rng.randint(0, 45))
    else:
        day = start + timedelta(days=rng.randint(0, max(0, (min(end, today) - start).days)))
    common = dict(
        id=_uuid(rng),
        newcomer_id=newcomer.id,
        kind=kind,
        date=day,
        type=type_code,
        shareable=rng.random() < 0.4,
    )
    if kind == "contact":
        topics = tuple(sorted(set(rng.sample(vocab.TOPICS.codes, rng.randint(0, 2)))))
        return Entry(
            **common,
            text=rng.choice(CONTACT_TEXTS),
            topics=topics,
            minutes=rng.choice([10, 15, 30, 45, 60, 90]),
            time=f"{rng.randint(9, 17):02d}:{rng.choice(['00', '15', '30', '45'])}",
        )
    if kind == "appointment":
        status = (
            "planned"
            if day >= today
            else rng.choices(["done", "cancelled", "no_show"], [85, 10, 5])[0]
        )
        health = vocab.is_health_appointment(kind, type_code)
        return Entry(
            **common,
            status=status,
            accompanied=rng.random() < 0.5,
            location=rng.choice(LOCATIONS[type_code]),
            text="" if health else APPOINTMENT_TEXTS.get(type_code, ""),
            time=f"{rng.randint(8, 16):02d}:{rng.choice(['00', '30'])}",
        )
    if kind == "activity":
        return Entry(
            **common,
            hours=rng.choice([1, 1.5, 2, 3, 4, 8]),
            text=rng.choice(ACTIVITY_TEXTS[type_code]),
        )
    if kind == "note":
        return Entry(**common, text=rng.choice(NOTE_TEXTS))
    if kind == "signal":
        return Entry(
            **common, text=SIGNAL_TEXTS[type_code], status=rng.choice(["open", "resolved"])
        )
    return Entry(
        **common,
        text=rng.choice(TASK_TEXTS),
        status="open" if day >= today - timedelta(days=20) else "done",
    )
