"""The attribute ruler's matches, found without spaCy's general Matcher.

The model's attribute ruler (tag map, morphology and lemma exceptions) holds
some 180 short patterns. spaCy's Matcher tries every one of them at every
token, which costs about a fifth of the model's time. Its patterns are all of
one plain kind: a fixed number of tokens, each with exact values, ``IN`` /
``NOT_IN`` lists or ``REGEX`` tests on a few token attributes.
:func:`fast_matcher` files each pattern under one exact value of one of its
tokens and remembers, for each combination of a token's attributes, which
patterns it matches, so a token is looked up rather than tried against every
pattern. It returns exactly the list that ``AttributeRuler.match`` returns
(same tuples, same order). A ruler with any other kind of pattern keeps
spaCy's Matcher. :func:`fast_annotator` then sets the matches' attributes
without building a Span for each.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

__all__ = ["fast_annotator", "fast_matcher", "use_fast_matcher"]

#: Token attributes the index reads; a pattern on any other keeps spaCy's Matcher.
ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")

Match = tuple[int, int, int, int]  # rule number, match id, start, end
# One test on one token: (attribute's column, kind, value); kind is "eq", "in", "out" (NOT_IN)
# or "re".
Test = tuple[int, str, Any]
Pattern = tuple[int, int, tuple[tuple[Test, ...], ...]]  # rule number, match id, token tests
# A row's one-token matches (rule number, match id) and the longer patterns that may hold it.
Looked = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, Pattern], ...]]


class Unsupported(ValueError):
    """A pattern this module does not read (an operator, another attribute)."""


def _test(column: int, value: Any, strings: Any) -> Test:
    if isinstance(value, dict):
        if len(value) != 1:
            raise Unsupported(f"predicate {value!r}")
        (kind, arg), = value.items()
        if kind in ("IN", "NOT_IN") and isinstance(arg, list):
            values = frozenset(_value_id(v, column, strings) for v in arg)
            return column, "in" if kind == "IN" else "out", values
        if kind == "REGEX" and isinstance(arg, str) and column != ATTRS.index("IS_SPACE"):
            return column, "re", re.compile(arg)
        raise Unsupported(f"predicate {value!r}")
    return column, "eq", _value_id(value, column, strings)


def _value_id(value: Any, column: int, strings: Any) -> int:
    if column == ATTRS.index("IS_SPACE"):
        if not isinstance(value, bool):
            raise Unsupported(f"IS_SPACE value {value!r}")
        return int(value)
    if not isinstance(value, str):
        raise Unsupported(f"value {value!r}")
    return int(strings.add(value))


def _compile(ruler: AttributeRuler) -> list[Pattern]:
    strings = ruler.vocab.strings
    compiled: list[Pattern] = []
    rules: list[dict[str, Any]] = list(ruler.patterns)
    for number, rule in enumerate(rules):
        match_id = int(strings[str(number)])
        for pattern in rule["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                raise Unsupported(f"pattern {pattern!r}")
            tokens = []
            for spec in pattern:
                if not isinstance(spec, dict) or not spec or any(k not in ATTRS for k in spec):
                    raise Unsupported(f"token {spec!r}")
                tokens.append(tuple(_test(ATTRS.index(k), v, strings) for k, v in spec.items()))
            compiled.append((number, match_id, tuple(tokens)))
    return compiled


def fast_matcher(ruler: AttributeRuler) -> Callable[[Doc], list[Match]]:
    """A function giving ``ruler.match(doc)``'s list; :class:`Unsupported` if it cannot."""
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

    patterns = _compile(ruler)
    # A pattern is filed under one exact test (an IN test under each of its values) of one
    # of its tokens, with that token's place in it; one with none is tried everywhere.
    index: dict[tuple[int, int], list[tuple[int, Pattern]]] = {}
    everywhere: list[Pattern] = []
    for pattern in patterns:
        keys = [(place, test) for place, tests in enumerate(pattern[2]) for test in tests
                if test[1] == "eq"] or [(place, test) for place, tests in enumerate(pattern[2])
                                        for test in tests if test[1] == "in"]
        if not keys:
            everywhere.append(pattern)
            continue
        place, (column, kind, value) = keys[0]
        for v in (value,) if kind == "eq" else sorted(value):
            index.setdefault((column, v), []).append((place, pattern))
    columns = [{"DEP": DEP, "IS_SPACE": IS_SPACE, "LOWER": LOWER, "TAG": TAG}[a] for a in ATTRS]
    # What a token's row of attributes gives (the one-token patterns it matches, the longer
    # ones that may take it in) depends on the row alone, and rows repeat: each is worked
    # out once (the memo is emptied when it grows large).
    memo: dict[tuple[int, ...], Looked] = {}

    def look_up(row: tuple[int, ...], strings: Any) -> Looked:
        looked = memo.get(row)
        if looked is None:
            if len(memo) > 100_000:
                memo.clear()
            maybe = [(place, p) for column, value in enumerate(row)
                     for place, p in index.get((column, value), ())]
            maybe += [(0, p) for p in everywhere]
            hits = sorted({(p[0], p[1]) for _, p in maybe
                           if len(p[2]) == 1 and _passes(row, p[2][0], strings)})
            looked = memo[row] = (tuple(hits), tuple(m for m in maybe if len(m[1][2]) > 1))
        return looked

    def match(doc: Doc) -> list[Match]:
        n = len(doc)
        rows = [tuple(row) for row in doc.to_array(columns).tolist()] if n else []
        strings = doc.vocab.strings
        found: list[Match] = []
        longer: set[Match] = set()
        for start, row in enumerate(rows):
            hits, maybe = look_up(row, strings)
            end = start + 1
            found.extend([(number, match_id, start, end) for number, match_id in hits])
            for place, (number, match_id, tokens) in maybe:
                first = start - place
                end = first + len(tokens)
                if first >= 0 and end <= n and all(_passes(rows[first + i], tests, strings)
                                                   for i, tests in enumerate(tokens)):
                    longer.add((number, match_id, first, end))
        found.extend(longer)
        found.sort()
        return found

    return match


def _passes(row: tuple[int, ...], tests: tuple[Test, ...], strings: Any) -> bool:
    for column, kind, value in tests:
        have = row[column]
        if kind == "eq":
            if have != value:
                return False
        elif kind == "in":
            if have not in value:
                return False
        elif kind == "out":
            if have in value:
                return False
        elif not value.search(strings[have]):
            return False
    return True


def fast_annotator(ruler: AttributeRuler) -> Callable[[Doc, list[Match]], None]:
    """``ruler.set_annotations`` without a Span per match: the same attributes set on the
    same tokens in the same order. :class:`Unsupported` if a rule sets extension
    attributes, or its token index can fall outside one of its patterns (spaCy raises
    an error then, through the Span)."""
    from spacy.tokens._retokenize import set_token_attrs

    attrs: list[dict[Any, Any]] = list(ruler.attrs)
    indices: list[int] = list(ruler.indices)
    rules: list[dict[str, Any]] = list(ruler.patterns)
    for number, rule in enumerate(rules):
        if "_" in attrs[number] or any(not -len(p) <= indices[number] < len(p)
                                       for p in rule["patterns"]):
            raise Unsupported(f"rule {number}")

    def set_annotations(doc: Doc, matches: list[Match]) -> None:
        for number, _, start, end in matches:
            index = indices[number]
            set_token_attrs(doc[(start if index >= 0 else end) + index], attrs[number])

    return set_annotations


def use_fast_matcher(ruler: AttributeRuler) -> bool:
    """Give ``ruler`` the indexed matcher, and the annotator, when they can read all its
    patterns; True if the matcher is used."""
    try:
        ruler.match = fast_matcher(ruler)  # type: ignore[method-assign,assignment]
    except Unsupported:
        return False
    try:
        ruler.set_annotations = fast_annotator(ruler)  # type: ignore[method-assign]
    except Unsupported:
        pass
    return True
