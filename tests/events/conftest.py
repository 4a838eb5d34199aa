"""A small stand-in gazetteer for the event rules: a few countries, demonyms and capitals."""

from __future__ import annotations

from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Info:
    code: str
    name: str
    iso_numeric: int
    iso3: str = ""


@dataclass(frozen=True)
class Cand:
    name: str
    country_code: str
    feature_code: str
    population: int = 1_000_000


class FakeGazetteer:
    COUNTRIES = {"RU": ("Russia", 643), "UA": ("Ukraine", 804), "SD": ("Sudan", 729),
                 "PK": ("Pakistan", 586), "KE": ("Kenya", 404), "SY": ("Syria", 760),
                 "IL": ("Israel", 376), "PS": ("Palestine", 275), "NG": ("Nigeria", 566),
                 "ML": ("Mali", 466), "US": ("United States", 840),
                 "GB": ("United Kingdom", 826), "YE": ("Yemen", 887), "HT": ("Haiti", 332),
                 "MX": ("Mexico", 484), "SO": ("Somalia", 706), "SS": ("South Sudan", 728)}
    DEMONYMS = {"russian": "RU", "ukrainian": "UA", "sudanese": "SD", "pakistani": "PK",
                "kenyan": "KE", "syrian": "SY", "israeli": "IL", "nigerian": "NG",
                "malian": "ML", "russians": "RU", "ukrainians": "UA", "british": "GB",
                "american": "US", "us": "US", "somali": "SO", "haitian": "HT",
                "mexican": "MX", "yemeni": "YE"}
    CAPITALS = {"moscow": "RU", "kyiv": "UA", "kiev": "UA", "khartoum": "SD",
                "islamabad": "PK", "nairobi": "KE", "damascus": "SY"}

    def country_for_demonym(self, word: str) -> str | None:
        return self.DEMONYMS.get(word.lower())

    def country_for_name(self, name: str) -> str | None:
        for code, (cname, _) in self.COUNTRIES.items():
            if cname.lower() == name.lower():
                return code
        return None

    def lookup(self, name: str, *, country_codes=(), limit: int = 10) -> list[Cand]:
        code = self.CAPITALS.get(name.lower())
        return [Cand(name, code, "PPLC")] if code else []

    def is_place(self, name: str) -> bool:
        return bool(self.lookup(name)) or self.country_for_name(name) is not None

    def country_info(self, code: str) -> Info | None:
        found = self.COUNTRIES.get(code)
        return Info(code, found[0], found[1]) if found else None


@pytest.fixture(scope="session")
def gaz() -> FakeGazetteer:
    return FakeGazetteer()

