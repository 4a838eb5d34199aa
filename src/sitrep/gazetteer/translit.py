"""Ukrainian names: in Latin letters, and as the adjectives units are named with.

Romanisation follows Ukraine's national system of 2010.
The table is a data file, ``data/gazetteer/uk_translit.csv``: each letter has
one romanisation at the start of a word and one elsewhere ("Єнакієве" ->
"Yenakiieve"), the soft sign and the apostrophe are left out, and "зг" is
written "zgh" so that it is not read as "ж".

    >>> romanize("Андріївка")
    'Andriivka'
    >>> romanize("Згурівка"), romanize("Мар’їнка"), romanize("Яготин")
    ('Zghurivka', 'Marinka', 'Yahotyn')

A council, community (hromada) or raion is named with an adjective made from
its centre's name ("Андріївка" -> "Андріївська", "Бахмут" -> "Бахмутський");
:func:`adjective_stems` gives the possible stems by the endings in
``data/gazetteer/uk_adjective_endings.csv``:

    >>> "Андріївськ" in adjective_stems("Андріївка")
    True
"""

from __future__ import annotations

import functools
import re

from .. import reference

__all__ = ["romanize", "translit_table", "adjective_stems", "loose_key"]

_TABLE = "gazetteer/uk_translit"
_ENDINGS = "gazetteer/uk_adjective_endings"
_I_RUN = re.compile("i+")
#: Russian endings of place adjectives, once "y" is read as "i": "-oie", "-oe", "-aia".
_ENDING = re.compile(r"(?:oie|oe|aia)$")
#: Letters after which "*" (any consonant) does not apply.
_NOT_CONSONANTS = "аеєиіїоуюяьй'’ʼ"


def translit_table() -> dict[str, tuple[str, str]]:
    """Lowercase Cyrillic letter (or pair) -> (romanisation at a word's start, elsewhere)."""
    return _compiled(reference.table(_TABLE))[0]


#: The rows last read (:func:`sitrep.reference.table` caches them, and a new overlay gives
#: new rows) and what is made of them: the table and its two-letter units.
_made: list[tuple[object, dict[str, tuple[str, str]], frozenset[str]]] = []


def _compiled(rows: tuple[dict[str, str], ...]
              ) -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    if not _made or _made[0][0] is not rows:
        table = {row["cyrillic"]: (row["initial"], row["other"]) for row in rows}
        _made[:] = [(rows, table, frozenset(k for k in table if len(k) == 2))]
        _romanize.cache_clear()
    return _made[0][1], _made[0][2]


def romanize(text: str) -> str:
    """``text`` with every Ukrainian letter romanised; other characters are kept."""
    _compiled(reference.table(_TABLE))
    return _romanize(text)


@functools.lru_cache(maxsize=100_000)
def _romanize(text: str) -> str:
    table, pairs = _made[0][1], _made[0][2]
    out: list[str] = []
    start = True  # at the start of a word
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        unit = pair if pair.lower() in pairs else text[i]
        entry = table.get(unit.lower())
        if entry is None:
            out.append(unit)
            start = not unit.isalpha()
        else:
            latin = entry[0] if start else entry[1]
            out.append(latin[:1].upper() + latin[1:] if unit[0].isupper() else latin)
            start = False
        i += len(unit)
    return "".join(out)


def adjective_stems(name: str) -> set[str]:
    """The stems of the adjectives that may be made from the settlement name ``name``
    (Cyrillic): add "а" for a council or community, "ий" for a raion. Names of more
    than one word give none."""
    if not name or " " in name.strip():
        return set()
    out: set[str] = set()
    for ending, stems in _endings():
        if ending == "*":
            fits, base = name[-1].lower() not in _NOT_CONSONANTS, name
        else:
            fits, base = name.lower().endswith(ending), name[: len(name) - len(ending)]
        if fits and base:
            out.update(base + stem for stem in stems)
    return out


def _endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = reference.table(_ENDINGS)
    return tuple((r["ending"], tuple(s for s in r["stem"].split("|") if s)) for r in rows)


def loose_key(key: str) -> str:
    """A normalised key with what romanisations of Ukrainian (and Russian spellings of
    Ukrainian places) write differently made one: "y" read as "i" and runs of "i" as one,
    "g" as "h", and the Russian neuter and feminine endings ("-oye", "-oe", "-aya") as the
    Ukrainian ones. The national "kamianka" and GeoNames' "kam'yanka" get the same loose
    key, and so do "starohnativka" and "starognativka", "krymske" and "krymskoye".

    >>> loose_key("andriyivka") == loose_key("andriivka")
    True
    >>> loose_key("krymskoye") == loose_key("krymske")
    True
    """
    text = _I_RUN.sub("i", key.replace("y", "i").replace("g", "h"))
    return " ".join(_ENDING.sub(_ending, word) for word in text.split())


def _ending(match: re.Match[str]) -> str:
    return "a" if match.group(0) == "aia" else "e"
