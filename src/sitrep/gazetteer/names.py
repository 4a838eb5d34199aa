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

import functools
import re
import unicodedata

from .. import reference

__all__ = [
    "joined_syllables",
    "strip_possessive",
    "normalize",
    "split_region_word",
    "strip_type_word",
    "slavic_stem",
    "region_words",
    "adm2_words",
    "generic_region_names",
    "not_places",
    "articles",
    "leading_articles",
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

#: Data files of the words names are compared with (see each file's header).
_REGION_WORDS = "gazetteer/region_words"
_ADM2_WORDS = "gazetteer/adm2_words"
_GENERIC_REGION_NAMES = "gazetteer/generic_region_names"
_NOT_PLACES = "gazetteer/not_places"
_ARTICLES = "gazetteer/articles"
_RARE_ARTICLES = "gazetteer/articles_rare"

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


def region_words() -> dict[str, int]:
    """Words that, after a name, ask for the region of that name ("the Kursk region"),
    with the admin level they point to first."""
    return {row["word"]: int(row["level"]) for row in reference.table(_REGION_WORDS)}


_longest_first: tuple[object, tuple[str, ...]] = (None, ())


def _region_words_longest_first() -> tuple[str, ...]:
    """:func:`region_words`, longest first; sorted again only when the table is read again
    (another reference overlay)."""
    global _longest_first
    rows = reference.table(_REGION_WORDS)
    if _longest_first[0] is not rows:
        _longest_first = (rows, tuple(sorted(region_words(), key=len, reverse=True)))
    return _longest_first[1]


def adm2_words() -> tuple[str, ...]:
    """Type words stripped from admin2 names ("Sumskyi Raion" -> "Sumskyi")."""
    return reference.ordered_words(_ADM2_WORDS)


def generic_region_names() -> frozenset[str]:
    """Region names that are plain English words: findable only with a region word."""
    return reference.words(_GENERIC_REGION_NAMES)


def not_places() -> frozenset[str]:
    """Names that news text uses for things other than a place with a position: world
    regions, seas, armed groups, organisations ("Middle East", "Hamas"). Never matched
    alone."""
    return reference.words(_NOT_PLACES)


def leading_articles() -> tuple[str, ...]:
    """The common spellings of the Arabic article, each with a space after it: the prefixes
    dropped from a name the index lacks ("al fashir" -> "fashir")."""
    return tuple(article + " " for article in reference.ordered_words(_ARTICLES))


def articles() -> frozenset[str]:
    """Every spelling of the Arabic article, assimilated or not: "Deir el-Zour", "Dayr az
    Zawr", "Ras al-Ayn", "Tell Abyad"'s "at-", "Abu ad-Duhur"."""
    return _union(reference.words(_ARTICLES), reference.words(_RARE_ARTICLES))


@functools.lru_cache(maxsize=4)
def _union(common: frozenset[str], rare: frozenset[str]) -> frozenset[str]:
    return common | rare


@functools.lru_cache(maxsize=65_536)
def normalize(name: str) -> str:
    """Casefold, strip diacritics and apostrophes, turn hyphens and dots into spaces.

    Kept for the names met: places are asked for again and again."""
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
    for word in _region_words_longest_first():
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
    words, known = key.split(), articles()
    return " ".join(words[:1] + ["al" if w in known else w for w in words[1:]])


def skeleton(key: str) -> str:
    """The consonant outline of a normalised key, the same for the spellings that
    transliteration gives one Arabic or African name: "hodeidah" and "hudaydah" -> "hdd",
    "deir el zour" and "dayr az zawr" -> "drzr", "mekelle" and "mek ele" -> "mkl".

    Articles are dropped, doubled letters merged, q read as k, and the vowels (with
    y and w) and a final h left out; the first letter is kept as it is.
    """
    known = articles()
    words = [w for w in key.split() if w not in known] or key.split()
    text = re.sub(r"(.)\1+", r"\1", "".join(words)).replace("q", "k")
    return (text[:1] + re.sub("[aeiouyw]", "", text[1:]).rstrip("h")) if text else ""


def skeleton_free(key: str) -> str:
    """A normalised key without its articles, run together: "deir el zour" -> "deirzour"."""
    known = articles()
    return "".join(w for w in key.split() if w not in known) or key.replace(" ", "")


def joined_syllables(name: str) -> str | None:
    """The key of a name written in syllables joined by hyphens, run together: "Mu-se" ->
    "muse", "Hpa-An" -> "hpaan", "Nyaung-U" -> "nyaungu" (reports write "Muse", "Hpaan");
    None for other names ("Bobo-Dioulasso", "Kaga-Bandoro": words of their own)."""
    parts = [p for p in re.split(r"-", name.strip()) if p]
    if len(parts) < 2 or " " in name.strip():
        return None
    if not (all(len(p) <= 3 for p in parts) or any(len(p) <= 2 for p in parts)):
        return None
    return normalize("".join(parts)) or None


def strip_possessive(name: str) -> str:
    """``"Kyiv's"`` -> ``"Kyiv"`` (straight or curly apostrophe); surrounding space trimmed."""
    text = name.strip()
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text
