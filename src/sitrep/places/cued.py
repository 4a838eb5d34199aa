"""Place names the entity model missed, read from the word before them.

Short event descriptions name small towns the model tags as a person or an
organisation, or not at all: "clashes in Akobo", "armed men looted in
Kasumbalesa", "attacked the village of Samala". A capitalised name (one to three
words) right after a locative cue (``places/place_cues``: "in", "at", "near",
"the village of" …) is a place mention when:

- it is no entity, or an entity of a label that is not a place's and names no
  time or number (PERSON, ORG, WORK_OF_ART, PRODUCT …; never DATE or NORP);
- each of its words is a proper noun to the parser, none is a word that names a
  building, an institution or a time (``places/not_place_names``: "at Duke
  University Medical Center", "in Parliament", "at Christmas"), and no
  possessive follows it;
- the gazetteer knows the whole name (less a trailing unit word: "Kale Town"),
  under that very name, as a town or a district: no country, region or
  continent (those the model rarely misses, and "in Jordan" may be a man's
  name), and no first name of a person ("at Donald Trump's wall").

Which of its namesakes the name stands for is :mod:`~sitrep.places.resolve`'s
question, like any other mention's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .. import reference
from ..gazetteer.names import normalize
from ..records import Entity
from .mentions import Mention, unit_stem

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..gazetteer.protocol import Places

__all__ = ["cued_mentions"]

#: Entity labels a missed place name may carry; any other label keeps its span out.
_MISSED_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "EVENT",
                            "LAW"})
#: One to three capitalised words: "Akobo", "Kale Town", "Playas de Rosarito".
_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:de[ \t]+|del[ \t]+|al[ \t]+|el[ \t]+)?"
                   r"[A-Z][\w'’-]*){0,2}")
#: Feature codes of the places a cued name may be: towns and districts.
_TOWN_CODES = ("PPL", "ADM2", "ADM3")
#: A possessive after the name: "Cornell's", an owner rather than a place.
_OWNER = re.compile(r"['’]s?$")


@functools.lru_cache(maxsize=4)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in cues)
    return re.compile(rf"(?<![\w-])(?:{alternatives})[ \t]+(?=[A-Z])", re.IGNORECASE)


def cued_mentions(text: str, entities: Sequence[Entity], gazetteer: Places,
                  doc: Doc | None, taken: Sequence[Mention]) -> Iterator[Mention]:
    """Mentions of the towns named after a locative cue that no mention in ``taken``
    covers."""
    pattern = _cue_pattern(reference.ordered_words("places/place_cues"))
    common = reference.words("places/not_place_names")
    for cue in pattern.finditer(text):
        name = _NAME.match(text, cue.end())
        if name is None:
            continue
        start, end = name.span()
        run = name.group()
        if len(run) < 3 or run.isupper() or _OWNER.search(run) or _OWNER.match(text, end) or any(
                w.casefold() in common for w in run.split()):
            continue  # "at Duke University", "Mataika House", "in HIV", "Cornell's"
        entity = next((e for e in entities if e.start < end and start < e.end), None)
        if entity is not None:
            if entity.label not in _MISSED_LABELS or entity.start != start:
                continue
            end = min(end, entity.end)  # "Kale Town" of the PERSON "Kale Town"
        name_text = text[start:end]
        name_text = unit_stem(gazetteer, name_text)  # "Kale Town": Kale
        if any(m.start < end and start < m.end for m in taken):
            continue
        if doc is not None and not _proper(doc, start, end):
            continue
        if _known_town(gazetteer, name_text):
            yield Mention(start, end, name_text, False, "GPE")


def _proper(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.pos_ == "PROPN" for t in span)


def _known_town(gazetteer: Places, name: str) -> bool:
    """Whether the gazetteer's likeliest place of that name is a town or district
    known by that very name."""
    found = gazetteer.lookup(name, limit=5)
    key = normalize(name)
    for cand in found:
        if not cand.feature_code.startswith(_TOWN_CODES):
            return False  # "Jordan", "Borno": the model tags countries and regions
        if normalize(cand.name) == key:
            return True
    return False
