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

from .. import reference

__all__ = ["Quantity", "QuantityMatch", "parse_number", "parse_quantity", "find_quantities",
           "is_vague_figure"]

_NUMBERS = reference.mapping("common/numbers")
_UNITS: dict[str, int] = _NUMBERS["units"]
_SCALES: dict[str, int] = _NUMBERS["scales"]
_SHORT_SCALES: dict[str, int] = _NUMBERS["short_scales"]
#: Vague plurals and their ACLED figures; all are floors.
_VAGUE: dict[str, int] = _NUMBERS["vague"]
_QUANTIFIERS = reference.mapping("figures/quantifiers")
#: Vague quantifiers: (value, low). They multiply a scale ("several hundred").
_FEW: dict[str, tuple[int | None, int | None]] = {
    word: (bounds.get("value"), bounds.get("low"))
    for word, bounds in _QUANTIFIERS["vague"].items()
}
_ZERO = frozenset(_QUANTIFIERS["zero"])
_ONE = frozenset(_QUANTIFIERS["one"])

# Hedges before and after a figure, by the bound they state.
_HEDGES = reference.mapping("figures/hedges")
_FLOOR: tuple[str, ...] = tuple(_HEDGES["floor"])
_CEILING: tuple[str, ...] = tuple(_HEDGES["ceiling"])
_APPROX: tuple[str, ...] = tuple(_HEDGES["approx"])
_FLOOR_SUFFIX: tuple[str, ...] = tuple(_HEDGES["floor_suffix"])
_APPROX_SUFFIX: tuple[str, ...] = tuple(_HEDGES["approx_suffix"])


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


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of spaces."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_DIGITS_RE = re.compile(
    rf"(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*({_alt([*_SCALES, *_SHORT_SCALES])})?"
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
        elif word.isdecimal() and not seen:  # "2 dozen", "3 hundred"
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
        product = 1
        for p in parts:
            product *= _VAGUE[p]
        return product, product
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
    if norm in _ONE:
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

_NUMWORD = _alt([*_UNITS, *_SCALES, "dozen"])
_WORDNUM = (
    rf"(?:(?:an?|one|half\s+an?)\s+(?=(?:{_alt([*_SCALES, 'dozen'])})\b))?"
    rf"(?:{_NUMWORD})(?:(?:\s+and\s+|\s+|-)(?:{_NUMWORD})\b)*"
)
_DIGNUM = (
    r"(?<![\w$£€¥.,/:])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s+(?:{_alt(list(_SCALES))})\b|(?:{_alt(list(_SHORT_SCALES))})\b)?"
)
_VAGUE_RE = (
    rf"(?:{_alt(list(_VAGUE))})(?:\s+of\s+(?:thousands|millions))?"
    r"|(?:several|a\s+few|a\s+couple\s+of|many)\s+(?:hundreds?|thousands?|dozens?|scores?)\b"
    r"|several|a\s+few|a\s+couple\s+of|many|numerous"
)
_CORE = rf"(?:{_DIGNUM}|{_WORDNUM}|{_VAGUE_RE})"
_VAGUE_FIGURE = re.compile(rf"\b(?:{_VAGUE_RE})\b", re.IGNORECASE)

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


def is_vague_figure(text: str) -> bool:
    """Whether ``text`` gives its figure only as an order of size ("dozens of people",
    "scores", "several hundred"), with no number written in it."""
    return not any(ch.isdigit() for ch in text) and bool(_VAGUE_FIGURE.search(text))
