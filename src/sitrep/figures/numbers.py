"""Read the figures that news reports give in digits, words and vague terms.

Pure text functions, no model:

- :func:`parse_number` reads a bare figure ("121", "120,000", "3.5 million",
  "1.2m", "one hundred and twenty-one", "a dozen", "tens of thousands").
- :func:`parse_quantity` reads a figure with its hedges into a
  :class:`Quantity` ``(value, low, high)``.
- :func:`find_quantities` finds every figure phrase in a text, with offsets.

``value`` is the figure to use, by ACLED's conservative rule; ``low`` and
``high`` are set only when the text states a bound:

====================================  =======  ======  ======
text                                   value    low     high
====================================  =======  ======  ======
"12", "about 2,000", "some 300"        n        None    None
"at least 12", "more than 120,000"     n        n       None
"12 or more", "40-odd", "dozens"       n        n       None
"up to 40", "nearly 300", "under 50"   n        None    n
"10-15", "between 10 and 15"           10       10      15
"several", "a few"                     None     3 / 2   None
"many", "numerous"                     None     None    None
"no", "none", "no one", "nobody"       0        None    None
====================================  =======  ======  ======

"More than 12" is coded 12, not 13: the stated figure is the floor ACLED
would code. "Up to 40" is coded 40 with ``high`` = 40, because it is the only
figure given; ``low`` stays unknown. Vague plurals follow ACLED: "dozens" =
12, "tens" = 10, "scores" = 20, "hundreds" = 100, "thousands" = 1,000, and
"tens of thousands" = 10,000; they are floors, so ``low`` = ``value``.
"Several" and "a few" give no value (ACLED codes such reports by the size
of the attack), only a floor. "A"/"an"/"one" read as 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quantity", "QuantityMatch", "parse_number", "parse_quantity", "find_quantities"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
#: Vague plurals and their ACLED figures; all are floors.
_VAGUE = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "millions": 1_000_000,
}  # fmt: skip
#: Vague quantifiers: (value, low). They multiply a scale ("several hundred").
_FEW = {"several": (None, 3), "a few": (None, 2), "few": (None, 2), "a couple of": (2, None),
        "a couple": (2, None), "many": (None, None), "numerous": (None, None)}  # fmt: skip
_ZERO = {"no", "none", "no one", "nobody", "zero"}

# Hedges before a figure, by the bound they state.
_FLOOR = (
    "at least", "at the least", "no fewer than", "no less than", "not less than", "a minimum of",
    "more than", "over", "well over", "just over", "upwards of", "in excess of", "above",
    "greater than", "at minimum",
)  # fmt: skip
_CEILING = (
    "up to", "as many as", "nearly", "almost", "close to", "just under", "fewer than",
    "less than", "under", "at most", "no more than", "not more than", "a maximum of",
)  # fmt: skip
_APPROX = (
    "about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
    "approx.", "approx", "circa", "an approximate", "a total of", "exactly", "precisely",
    "only", "just", "another", "a further", "an additional", "a reported", "at", "the",
)  # fmt: skip
_FLOOR_SUFFIX = ("or more", "+", "plus", "-plus", "-odd", "odd", "and more", "and counting")
_APPROX_SUFFIX = ("or so",)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure as ACLED would code it: ``value`` to use, and stated bounds."""

    value: int | None
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A figure phrase found in a text (``start`` inclusive, ``end`` exclusive)."""

    text: str
    start: int
    end: int
    quantity: Quantity


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text).strip(" ,;:")


_DIGITS_RE = re.compile(
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion|k|mn|m|bn)?"
)


def _words_to_number(words: list[str]) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for i, word in enumerate(words):
        if word in ("and",) and seen:
            continue
        if word in ("a", "an"):  # "a hundred"; "half a million", "one and a half"
            if i == 0:
                current = 1
            continue
        if word == "half":
            current += 0.5
            seen = True
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word.isdigit() and not seen:  # "2 dozen", "3 hundred"
            current = int(word)
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    number = total + current
    if not seen or 0 < number < 1:  # "half" alone is not a count
        return None
    return number


def parse_number(text: str) -> float | None:
    """The bare figure in ``text``, or None.

    >>> parse_number("one hundred and twenty-one"), parse_number("3.5 million")
    (121.0, 3500000.0)
    """
    norm = _normalise(text)
    if not norm:
        return None
    m = _DIGITS_RE.fullmatch(norm)
    if m:
        number = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if scale:
            number *= _SCALES.get(scale) or _SHORT_SCALES[scale]
        return number
    vague = _parse_vague(norm)
    if vague is not None:
        return float(vague[0]) if vague[0] is not None else None
    return _words_to_number(re.split(r"[\s-]+", norm))


def _parse_vague(norm: str) -> tuple[int | None, int | None] | None:
    """``(value, low)`` for vague figures ("dozens", "tens of thousands", "several hundred")."""
    parts = norm.split(" of ")
    if all(p in _VAGUE for p in parts) and len(parts) <= 3:
        value = 1
        for p in parts:
            value *= _VAGUE[p]
        return value, value
    for few, (value, low) in _FEW.items():
        if norm == few:
            return value, low
        if norm.startswith(few + " "):
            rest = norm[len(few) + 1 :].removesuffix("s")
            scale = {"dozen": 12, "score": 20, **_SCALES}.get(rest)
            if scale is None:
                return None
            base = value if value is not None else low
            if base is None:  # "many thousands": at least the scale itself
                return scale, scale
            return base * scale, base * scale
    return None


def _split_range(norm: str) -> tuple[str, str] | None:
    m = re.fullmatch(r"(?:between|from) (.+?) (?:and|to|-) (.+)", norm)
    if m:
        return m.group(1), m.group(2)
    m = re.fullmatch(r"(.+?) ?(?:-|to|or) ?(.+)", norm)
    if m and parse_number(m.group(1)) is not None and parse_number(m.group(2)) is not None:
        return m.group(1), m.group(2)
    return None


def _strip_hedge(norm: str, hedges: tuple[str, ...], *, suffix: bool = False) -> str | None:
    for hedge in sorted(hedges, key=len, reverse=True):
        if suffix and norm.endswith(hedge):
            rest = norm[: -len(hedge)].rstrip(" -")
            if rest:
                return rest
        elif not suffix and norm.startswith(hedge + " "):
            return norm[len(hedge) + 1 :]
    return None


def _to_int(number: float) -> int:
    return int(round(number))


def parse_quantity(text: str) -> Quantity | None:
    """The figure in ``text`` with its hedges, as a :class:`Quantity`, or None.

    >>> parse_quantity("At least 12")
    Quantity(value=12, low=12, high=None)
    >>> parse_quantity("between 10 and 15")
    Quantity(value=10, low=10, high=15)
    """
    norm = _normalise(text)
    if not norm:
        return None
    if norm in _ZERO:
        return Quantity(0)
    if norm in ("a", "an", "one", "another", "a single", "single"):
        return Quantity(1)
    for hedges, kind in ((_FLOOR, "floor"), (_CEILING, "ceiling"), (_APPROX, "approx")):
        rest = _strip_hedge(norm, hedges)
        if rest is not None:
            inner = parse_quantity(rest)
            if inner is None:
                return None
            return _hedged(inner, kind)
    for hedges, kind in ((_FLOOR_SUFFIX, "floor"), (_APPROX_SUFFIX, "approx")):
        rest = _strip_hedge(norm, hedges, suffix=True)
        if rest is not None and parse_number(rest) is not None:
            return _hedged(Quantity(_to_int(parse_number(rest) or 0)), kind)
    vague = _parse_vague(norm)
    if vague is not None:
        return Quantity(vague[0], vague[1], None)
    number = parse_number(norm)
    if number is not None:
        return Quantity(_to_int(number))
    split = _split_range(norm)
    if split is not None:
        low, high = (parse_number(p) for p in split)
        if low is not None and high is not None and low <= high:
            return Quantity(_to_int(low), _to_int(low), _to_int(high))
    return None


def _hedged(inner: Quantity, kind: str) -> Quantity:
    """Apply a hedge to an already-read figure; a range or vague figure keeps its bounds."""
    if inner.value is None or inner.high is not None or inner.low is not None:
        return inner
    if kind == "floor":
        return Quantity(inner.value, inner.value, None)
    if kind == "ceiling":
        return Quantity(inner.value, None, inner.value)
    return inner


# ---------------------------------------------------------------- finding figures in a text

def _alt(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_NUMWORD = _alt([*_UNITS, "hundred", "thousand", "million", "billion", "dozen"])
_WORDNUM = (
    rf"(?:(?:an?|one|half\s+an?)\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
    rf"(?:{_NUMWORD})(?:(?:\s+and\s+|\s+|-)(?:{_NUMWORD})\b)*"
)
_DIGNUM = (
    r"(?<![\w$£€¥.,/:])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s+(?:hundred|thousand|million|billion)\b|(?:k|mn|m|bn)\b)?"
)
_VAGUE_RE = (
    r"(?:tens|dozens|scores|hundreds|thousands|millions)(?:\s+of\s+(?:thousands|millions))?"
    r"|(?:several|a\s+few|a\s+couple\s+of|many)\s+(?:hundreds?|thousands?|dozens?|scores?)\b"
    r"|several|a\s+few|a\s+couple\s+of|many|numerous"
)
_CORE = rf"(?:{_DIGNUM}|{_WORDNUM}|{_VAGUE_RE})"
# A figure must not run on into a word ("12th", "10-year-old") or a unit ("12%").
_END = r"(?![\w%]|-[a-z]|[.,:/]\d|\s*(?:per\s*cent|percent)\b)"
_PHRASE_RE = re.compile(
    rf"(?<![\w$£€¥-])(?<!no\s)(?<!how\s)(?<!so\s)(?<!too\s)"
    rf"(?:(?:{_alt(_FLOOR + _CEILING + tuple(h for h in _APPROX if h not in ('at', 'the')))})\s+)?"
    rf"(?:(?:between|from)\s+{_CORE}\s+(?:and|to)\s+{_CORE}"
    rf"|{_CORE}(?:\s*(?:-|to|or)\s*{_CORE}{_END})?)"
    rf"(?:\s*\+|\s+or\s+(?:more|so)|-?\s?odd|-?plus)?{_END}"
    rf"|(?<![\w-])(?:no\s+one|nobody|none(?!\s+of\b)|no)\b",
    re.IGNORECASE,
)


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every figure phrase in ``text``, left to right, with its :class:`Quantity`.

    Figures that cannot be counts of anything are left out: ordinals
    ("12th"), percentages, prices ("$12"), and compounds such as
    "10-year-old". Years, dates and nouns are the caller's to judge.
    """
    found = []
    for m in _PHRASE_RE.finditer(text):
        phrase = m.group(0)
        quantity = parse_quantity(phrase)
        if quantity is None:
            continue
        found.append(QuantityMatch(phrase, m.start(), m.end(), quantity))
    return found
