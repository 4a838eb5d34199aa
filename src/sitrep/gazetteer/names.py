"""How place names are compared: normalisation, region words and ACLED-style names.

Everything here is pure string work, shared by the index builder and the
lookup, so a name is normalised the same way when it is stored and when it is
asked for.

    >>> normalize("Kryvyi-Rih")
    'kryvyi rih'
    >>> split_region_word("Kursk Oblast")
    ('Kursk', 'oblast')
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "strip_possessive",
    "normalize",
    "split_region_word",
    "strip_type_word",
    "slavic_stem",
    "REGION_WORDS",
    "ADM2_WORDS",
    "GENERIC_REGION_NAMES",
    "NOT_PLACES",
    "ARTICLES",
    "canonical_articles",
    "skeleton",
    "skeleton_free",
]

#: Letters that Unicode decomposition does not turn into ASCII.
_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
     "ħ": "h", "ŧ": "t", "ŋ": "n", "ß": "ss"}
)
#: Apostrophes and modifier letters dropped outright ("Kam'yanka", "Ma’rib", "‘Adan").
_DROP = dict.fromkeys(map(ord, "'’‘`´ʹʻʼʽʾʿ\u02c8\u02ee\""), None)
_SPACE = re.compile(r"[\s\-‐‑‒–—_/,.()]+")

#: Words that, after a name, ask for the region of that name ("the Kursk region").
#: Values are the admin level they point to first.
REGION_WORDS: dict[str, int] = {
    "region": 1, "oblast": 1, "province": 1, "governorate": 1, "state": 1, "krai": 1,
    "kray": 1, "republic": 1, "okrug": 1, "autonomous okrug": 1, "prefecture": 1,
    "territory": 1, "department": 1, "division": 1, "oblast'": 1, "wilaya": 1,
    "district": 2, "raion": 2, "rayon": 2, "county": 2, "municipality": 2,
    "local government area": 2, "lga": 2, "hromada": 2, "municipal district": 2,
}
#: Type words stripped from admin2 names ("Sumskyi Raion" -> "Sumskyi").
ADM2_WORDS = ("raion", "rayon", "district", "county", "municipality", "hromada",
              "mis'krada", "mis’krada", "miskrada", "subdistrict", "sub-district")

#: Region names that are plain English words: findable only with a region word.
GENERIC_REGION_NAMES = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "capital", "coast", "lakes", "unity", "delta", "plateau", "islands",
    "upper", "lower", "middle", "bay", "mon", "chin", "national", "federal", "littoral",
    "interior", "orient", "greater", "free", "far north", "south east", "south west",
    "north east", "north west", "east central", "west central", "capital district",
})

#: Names that news text uses for things other than a place with a position: macro-regions,
#: seas, armed groups, organisations and agencies that share a spelling with some town
#: ("Hamas" is an old name of Hamm, "Middle East" a town in Maryland). Never matched alone.
NOT_PLACES = frozenset({
    "west", "east", "north", "south", "western", "eastern", "northern", "southern",
    "middle east", "near east", "far east", "africa", "europe", "asia", "eurasia", "oceania",
    "latin america", "south america", "north america", "central america", "central asia",
    "south asia", "southeast asia", "east asia", "levant", "gulf", "persian gulf",
    "arabian gulf", "arabian peninsula", "balkans", "caucasus", "north caucasus",
    "south caucasus", "maghreb", "horn of africa", "west africa", "east africa",
    "north africa", "southern africa", "central africa", "sub saharan africa", "sahara",
    "scandinavia", "baltics", "mediterranean", "black sea", "red sea", "sea of azov",
    "gulf of aden", "arabian sea", "indian ocean", "atlantic", "pacific", "arctic",
    "global south", "hamas", "hezbollah", "hizbollah", "houthi", "houthis", "taliban",
    "wagner", "nato", "isis", "isil", "daesh", "islamic state", "al shabaab", "al qaeda",
    "boko haram", "iswap", "jnim", "hts", "sdf", "ypg", "pkk", "m23", "rsf", "idf", "irgc",
    "kremlin", "pentagon", "white house", "united nations", "un", "european union", "eu",
    "african union", "ecowas", "reuters", "xinhua", "tass", "interfax", "ria novosti",
    "ukrinform", "afp", "ap", "al jazeera", "bbc", "cnn", "allah", "god", "ramadan", "eid",
    "christmas", "easter", "shia", "sunni", "human", "university", "spring", "police", "army",
})

#: Spellings of the Arabic article, assimilated or not: "Deir el-Zour", "Dayr az Zawr",
#: "Ras al-Ayn", "Tell Abyad"'s "at-", "Abu ad-Duhur".
ARTICLES = frozenset(
    "al el il ul ad ed ud ar er ur as es us at et ut an en un az ez uz ash esh ath adh".split()
)

_TYPE_SUFFIX = re.compile(
    r"\s+(?:oblast'?|oblast’|province|governorate|region|state|regional state|krai|kray|"
    r"republic|autonomous okrug|autonomous oblast|prefecture|department|division|"
    r"district|raion|rayon|county|municipality|vilayeti|voivodeship|voivodship|viloyati|"
    r"viloyat|welayaty|wilayah|muhafazat|"
    r"mis[’']?krada|oblast[’']?-\w+)$",
    re.IGNORECASE,
)
_TYPE_PREFIX = re.compile(
    r"^(?:the\s+)?(?:autonomous republic of|republic of|province of|region of|state of|"
    r"governorate of|wilayat)\s+|^the\s+",
    re.IGNORECASE,
)
#: Slavic adjectival endings: "Kurskaya", "Sumska", "Sums’kyy", "Sudzhanskiy".
_SLAVIC_ADJ = re.compile(
    r"^(?P<stem>.+?sk)(?:aya|aja|iy|ij|yi|yy|y|ii|i|a|oye|oe|e)$"
    r"|^(?P<stem2>.+?)s[’']?k(?:a|yi|yy|iy|ij|ii|a)$",
    re.IGNORECASE,
)


def normalize(name: str) -> str:
    """Casefold, strip diacritics and apostrophes, turn hyphens and dots into spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_FOLD).translate(_DROP)
    text = _SPACE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def split_region_word(name: str) -> tuple[str, str | None]:
    """``("Kursk", "oblast")`` for "Kursk Oblast"; ``(name, None)`` without a region word."""
    text = " ".join(name.split())
    lowered = normalize(text)
    for word in sorted(REGION_WORDS, key=len, reverse=True):
        if lowered.endswith(" " + word) and len(lowered) > len(word) + 1:
            stem = text[: len(text) - len(text.split()[-1])].rstrip(" -")
            if len(word.split()) > 1:  # drop as many words as the region word has
                stem = " ".join(text.split()[: -len(word.split())])
            return stem, word
    return text, None


def strip_type_word(name: str) -> str:
    """Drop administrative type words: "Aleppo Governorate" -> "Aleppo"."""
    text = " ".join(name.split())
    for _ in range(2):
        stripped = _TYPE_SUFFIX.sub("", text)
        stripped = _TYPE_PREFIX.sub("", stripped)
        if ", " in stripped and stripped.split(", ")[-1].lower() in {"respublika", "republic of"}:
            stripped = stripped.split(", ")[0]
        if stripped == text:
            break
        text = stripped
    return text.strip(" ’'-")


def slavic_stem(word: str) -> str | None:
    """The noun hidden in a Slavic adjective: "Kurskaya" -> "Kursk", "Sumska" -> "Sum".

    Returns None when the word has no adjectival ending. The stem still has to be
    matched against real town names by the caller.
    """
    match = _SLAVIC_ADJ.match(word.replace("’", "'").replace("'", ""))
    if not match:
        return None
    return match.group("stem") or match.group("stem2")


def matches_stem(stem: str, town: str) -> bool:
    """Whether ``town`` is the town a Slavic stem names ("Vologod" ~ "Vologda")."""
    s, t = normalize(stem), normalize(town)
    if not s or not t or " " in t and " " not in s:
        return False
    if t == s or (s.endswith("sk") and t == s[:-2]):
        return True
    base = s[:-2] if s.endswith("sk") and len(s) > 5 else s
    common = 0
    for a, b in zip(base, t, strict=False):
        if a != b:
            break
        common += 1
    return common >= max(3, len(base) - 2) and len(t) <= len(base) + 2


def canonical_articles(key: str) -> str:
    """A normalised key with every Arabic article written "al", after the first word:
    "deir el zour" and "dayr az zawr" -> "deir al zour", "dayr al zawr". A leading article
    is kept ("el fasher"), since the bare name is tried without it anyway."""
    words = key.split()
    return " ".join(words[:1] + ["al" if w in ARTICLES else w for w in words[1:]])


def skeleton(key: str) -> str:
    """The consonant outline of a normalised key, the same for the spellings that
    transliteration gives one Arabic or African name: "hodeidah" and "hudaydah" -> "hdd",
    "deir el zour" and "dayr az zawr" -> "drzr", "mekelle" and "mek ele" -> "mkl".

    Articles are dropped, doubled letters merged, q read as k, and the vowels (with
    y and w) and a final h left out; the first letter is kept as it is.
    """
    words = [w for w in key.split() if w not in ARTICLES] or key.split()
    text = re.sub(r"(.)\1+", r"\1", "".join(words)).replace("q", "k")
    return (text[:1] + re.sub("[aeiouyw]", "", text[1:]).rstrip("h")) if text else ""


def skeleton_free(key: str) -> str:
    """A normalised key without its articles, run together: "deir el zour" -> "deirzour"."""
    return "".join(w for w in key.split() if w not in ARTICLES) or key.replace(" ", "")


def strip_possessive(name: str) -> str:
    """``"Kyiv's"`` -> ``"Kyiv"`` (straight or curly apostrophe); surrounding space trimmed."""
    text = name.strip()
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text
