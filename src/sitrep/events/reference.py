"""ACLED's actor-naming tables: governments with their start years, and named groups.

ACLED names state actors after the government in power when the event took
place: ``Military Forces of Russia (2000-)``, ``Police Forces of Kenya
(2022-)``, ``Government of Ukraine (2019-)``. The year is when the current
head of government or regime came to power; a regime that has ended carries
both years (``Military Forces of Syria (2000-2024)``). :data:`REGIMES` holds
those periods for the countries that war reports name most. The years follow
ACLED's published actor lists as far as we know them; where a country is not
listed, or an event predates every listed period, the name is written
without years (``Military Forces of Chad``), which an analyst can fill in.

Conventions worth knowing:

- Russia: Putin's presidency from 2000 (Medvedev's term is not split out).
- Ukraine: Zelensky from May 2019; Poroshenko 2014-2019.
- Israel: Netanyahu's sixth government from December 2022; Bennett/Lapid
  2021-2022; Netanyahu 2009-2021.
- Syria: Assad 2000-2024; the transitional government from December 2024.
- Afghanistan: the Taliban government from August 2021, so the Taliban are
  ``Military Forces of Afghanistan (2021-)`` after that date.
- Sudan: the post-Bashir military government from 2019.

:data:`GROUPS` maps the names and abbreviations reporters use for armed
groups to ACLED's actor name and ``inter`` code (2 rebel group, 3 political
militia, 4 identity militia, 8 external/other force).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Regime", "REGIMES", "Group", "GROUPS", "COUNTRY_NAMES", "regime_years", "find_group"]


@dataclass(frozen=True, slots=True)
class Regime:
    start: str  # YYYY-MM-DD the government took office
    end: str | None  # YYYY-MM-DD it left office, None while in power

    @property
    def label(self) -> str:
        return f"{self.start[:4]}-{self.end[:4] if self.end else ''}"


def _r(*periods: tuple[str, str | None]) -> tuple[Regime, ...]:
    return tuple(Regime(s, e) for s, e in periods)


#: alpha-2 -> government periods, oldest first.
REGIMES: dict[str, tuple[Regime, ...]] = {
    "RU": _r(("2000-05-07", None)),
    "UA": _r(("2014-06-07", "2019-05-20"), ("2019-05-20", None)),
    "IL": _r(("2009-03-31", "2021-06-13"), ("2021-06-13", "2022-12-29"), ("2022-12-29", None)),
    "SY": _r(("2000-07-17", "2024-12-08"), ("2024-12-08", None)),
    "SD": _r(("2019-04-11", None)),
    "AF": _r(("2014-09-29", "2021-08-15"), ("2021-08-15", None)),
    "MM": _r(("2016-03-30", "2021-02-01"), ("2021-02-01", None)),
    "ET": _r(("2018-04-02", None)),
    "SO": _r(("2017-02-16", "2022-05-23"), ("2022-05-23", None)),
    "NG": _r(("2015-05-29", "2023-05-29"), ("2023-05-29", None)),
    "ML": _r(("2021-05-24", None)),
    "BF": _r(("2022-09-30", None)),
    "NE": _r(("2023-07-26", None)),
    "TD": _r(("2021-04-20", None)),
    "CD": _r(("2019-01-24", None)),
    "SS": _r(("2011-07-09", None)),
    "CM": _r(("1982-11-06", None)),
    "KE": _r(("2022-09-13", None)),
    "TR": _r(("2002-11-18", None)),
    "IN": _r(("2014-05-26", None)),
    "PK": _r(("2024-03-04", None)),
    "BD": _r(("2009-01-06", "2024-08-05"), ("2024-08-08", None)),
    "IQ": _r(("2022-10-27", None)),
    "IR": _r(("1989-06-04", None)),
    "YE": _r(("2022-04-07", None)),
    "EG": _r(("2014-06-08", None)),
    "SA": _r(("2015-01-23", None)),
    "CN": _r(("2012-11-15", None)),
    "BY": _r(("1994-07-20", None)),
    "AZ": _r(("2003-10-31", None)),
    "AM": _r(("2018-05-08", None)),
    "VE": _r(("2013-04-19", None)),
    "CO": _r(("2022-08-07", None)),
    "MX": _r(("2018-12-01", "2024-10-01"), ("2024-10-01", None)),
    "PH": _r(("2022-06-30", None)),
    "MZ": _r(("2015-01-15", "2025-01-15"), ("2025-01-15", None)),
    "US": _r(("2017-01-20", "2021-01-20"), ("2021-01-20", "2025-01-20"), ("2025-01-20", None)),
}

#: ACLED country names for the codes above, used when the gazetteer has none.
COUNTRY_NAMES: dict[str, str] = {
    "RU": "Russia", "UA": "Ukraine", "IL": "Israel", "PS": "Palestine", "SY": "Syria",
    "SD": "Sudan", "AF": "Afghanistan", "MM": "Myanmar", "ET": "Ethiopia", "SO": "Somalia",
    "NG": "Nigeria", "ML": "Mali", "BF": "Burkina Faso", "NE": "Niger", "TD": "Chad",
    "CD": "Democratic Republic of Congo", "SS": "South Sudan", "CM": "Cameroon", "KE": "Kenya",
    "TR": "Turkey", "IN": "India", "PK": "Pakistan", "BD": "Bangladesh", "IQ": "Iraq",
    "IR": "Iran", "YE": "Yemen", "EG": "Egypt", "SA": "Saudi Arabia", "CN": "China",
    "BY": "Belarus", "AZ": "Azerbaijan", "AM": "Armenia", "VE": "Venezuela", "CO": "Colombia",
    "MX": "Mexico", "PH": "Philippines", "MZ": "Mozambique", "US": "United States",
    "LB": "Lebanon", "LY": "Libya", "HT": "Haiti", "GB": "United Kingdom",
}


def regime_years(code: str, date: str | None) -> str | None:
    """``"2000-"`` style years of ``code``'s government on ``date`` (latest if no date)."""
    periods = REGIMES.get(code.upper())
    if not periods:
        return None
    if not date:
        return periods[-1].label
    for period in reversed(periods):
        if period.start <= date and (period.end is None or date < period.end):
            return period.label
    return None


@dataclass(frozen=True, slots=True)
class Group:
    name: str  # ACLED actor name; "{country}" is filled with the event's country
    inter: int
    pattern: re.Pattern[str]
    country: str | None = None  # home country, alpha-2
    state_from: str | None = None  # date from which ACLED codes it as that country's state forces
    kind: str = "group"  # "group", or "military"/"police" for a state force's own name


def _g(name: str, inter: int, aliases: str, country: str | None = None,
       state_from: str | None = None, kind: str = "group") -> Group:
    words = "|".join(a.strip() for a in aliases.split(";"))
    pattern = re.compile(rf"(?<![\w-])(?:{words})(?:(?![\w-])|(?=-led\b))", re.I)
    return Group(name, inter, pattern, country, state_from, kind)


#: Named groups. Patterns are matched case-insensitively on an actor phrase.
GROUPS: tuple[Group, ...] = (
    _g("Hamas", 2, r"hamas;al-?qassam brigades?;qassam brigades?", "PS"),
    _g("Kataib Hezbollah", 3, r"kata'?ib hezbollah", "IQ"),
    _g("Hezbollah", 3, r"hezbollah;hizbollah;hizbullah;hizballah", "LB"),
    _g("PIJ: Palestinian Islamic Jihad", 2, r"islamic jihad;al-?quds brigades?", "PS"),
    _g("TTP: Tehreek-i-Taliban Pakistan", 2,
       r"ttp;tehr[ei]e?k-?[ei]-?taliban(?: pakistan)?;pakistani taliban", "PK"),
    _g("Taliban", 2, r"taliban", "AF", state_from="2021-08-15"),
    _g("Al Shabaab", 2, r"al[- ]?shabaa?b", "SO"),
    _g("Ansar Allah", 2, r"houthis?;ansar ?allah;huthis?", "YE"),
    _g("Islamic State West Africa Province (ISWAP)", 2,
       r"iswap;islamic state west africa(?: province)?", "NG"),
    _g("Islamic State Sahel Province", 2, r"islamic state sahel(?: province)?", "ML"),
    _g("Islamic State Khorasan Province (ISKP)", 2, r"is-?k;iskp;isis-?k;islamic state khorasan",
       "AF"),
    _g("Islamic State ({country})", 2, r"islamic state;isis;isil;daesh;daech"),
    _g("JNIM: Group for Support of Islam and Muslims", 2,
       r"jnim;jama'?at nusrat al-?islam wal-?muslimin;group for (?:the )?support of islam and "
       r"muslims", "ML"),
    _g("Al Qaeda", 2, r"al-?qaeda;al-?qaida"),
    _g("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2, r"boko haram", "NG"),
    _g("Rapid Support Forces", 2, r"rsf;rapid support forces?", "SD"),
    _g("M23: March 23 Movement", 2, r"m23;m-23;march 23 movement", "CD"),
    _g("ADF: Allied Democratic Forces", 2, r"adf;allied democratic forces", "CD"),
    _g("CODECO: Cooperative for Development of Congo", 4, r"codeco", "CD"),
    _g("Wagner Group", 8, r"wagner(?: group)?;africa corps", "RU"),
    _g("PKK: Kurdistan Workers Party", 2, r"pkk;kurdistan workers'? party", "TR"),
    _g("SDF: Syrian Democratic Forces", 2, r"sdf;syrian democratic forces", "SY"),
    _g("HTS: Hayat Tahrir al Sham", 2, r"hts;hayat tahrir al-?sham;tahrir al-?sham", "SY"),
    _g("AA: Arakan Army", 2, r"arakan army", "MM"),
    _g("TNLA: Taang National Liberation Army", 2, r"tnla;ta'?ang national liberation army",
       "MM"),
    _g("KIA: Kachin Independence Army", 2, r"kachin independence army", "MM"),
    _g("PDF: People's Defense Force", 2, r"people'?s defen[cs]e forces?", "MM"),
    _g("BLA: Baloch Liberation Army", 2, r"bla;baloch liberation army", "PK"),
    _g("TPLF: Tigray People's Liberation Front", 2, r"tplf;tigray people'?s liberation front",
       "ET"),
    _g("Fano Militia", 4, r"fano", "ET"),
    _g("Civilian JTF", 3, r"civilian joint task force;cjtf", "NG"),
    _g("Novorossiya: Donetsk People's Republic", 2,
       r"dpr;dnr;donetsk people'?s republic;donetsk republic", "UA"),
    _g("Novorossiya: Luhansk People's Republic", 2,
       r"lpr;lnr;lugansk people'?s republic;luhansk people'?s republic", "UA"),
    _g("KNLA: Karen National Liberation Army", 2, r"knla;karen national liberation army", "MM"),
    _g("ELN: National Liberation Army", 2,
       r"eln;ej[eé]rcito de liberaci[oó]n nacional;(?<=the )national liberation army", "CO"),
    _g("FARC Dissidents", 2, r"farc(?: dissidents?)?;estado mayor central", "CO"),
    _g("Clan del Golfo", 3, r"clan del golfo;gulf clan;gaitanista self-defen[cs]e forces",
       "CO"),
    _g("CJNG: Jalisco New Generation Cartel", 3,
       r"cjng;jalisco (?:new generation )?cartel;cartel jalisco nueva generaci[oó]n", "MX"),
    _g("Sinaloa Cartel", 3, r"sinaloa cartel;cartel de sinaloa", "MX"),
    _g("Viv Ansanm", 3, r"viv ansanm", "HT"),
    _g("400 Mawozo", 3, r"400 mawozo", "HT"),
    _g("Ansaru", 2, r"ansaru", "NG"),
    _g("Ambazonian Separatists", 2, r"ambazonian?(?: separatists?)?;amba boys", "CM"),
    _g("Islamic Resistance in Iraq", 3, r"islamic resistance in iraq", "IQ"),
    _g("Polisario Front", 2, r"polisario", "EH"),
    _g("TRF: The Resistance Front", 2, r"the resistance front", "IN"),
    _g("Lashkar-e-Taiba", 2, r"lashkar-?e-?ta[iy]y?ba", "PK"),
    _g("Jaish-e-Mohammed", 2, r"jaish-?e-?moh?amm?e?d", "PK"),
    _g("Fatah", 3, r"fatah;al-?aqsa martyrs'? brigades?", "PS"),
    # State forces reporters call by their own names.
    _g("", 1, r"idf;israel defen[cs]e forces", "IL", kind="military"),
    _g("", 1, r"fardc;forces arm[ée]es de la r[ée]publique d[ée]mocratique du congo", "CD",
       kind="military"),
    _g("", 1, r"saf;sudanese armed forces", "SD", kind="military"),
    _g("", 1, r"tatmadaw;myanmar junta", "MM", kind="military"),
    _g("", 1, r"fanb", "VE", kind="military"),
    _g("", 1, r"haitian national police", "HT", kind="police"),
    _g("", 1, r"pnh", "HT", kind="police"),
    _g("", 1, r"sbu", "UA", kind="police"),
    _g("", 1, r"fsb", "RU", kind="police"),
)


def find_group(text: str) -> Group | None:
    """The first named group mentioned in ``text``, or None."""
    for group in GROUPS:
        if group.pattern.search(text):
            return group
    return None
