"""Named entities from the small English model, with its known errors fixed.

The small model tags "Kursk" PRODUCT, "Kyiv" PERSON and "Belgorod" NORP or
ORG, finds only "Smirnov" of "Alexei Smirnov", and misses some towns outright.
This stage runs the model (batched with ``nlp.pipe``), then corrects the
entities with the offline gazetteer and the words around them:

- a span the gazetteer knows as a place becomes GPE when its context says
  "place": "the X region", "in/into/from/near X", or when the model's label
  cannot be right for a well-known place (PRODUCT, WORK_OF_ART…);
- a PERSON that is a capital or a city of over a million and is used like one
  ("Kyiv's forces", "Kyiv launched") becomes GPE;
- a capitalised token the model skipped becomes GPE after a place preposition
  or before a region word, if the gazetteer knows it;
- a name after a country's possessive ("Ukraine's Gorlovka") becomes GPE when
  the gazetteer finds a town of some size of that name in that country;
- a PERSON is extended left over capitalised given names the model dropped;
- a lone proper noun tagged DATE or CARDINAL ("the city of Taizz") becomes GPE in a place
  context when the gazetteer knows it;
- a demonym the model tagged GPE ("Ukrainian troops") becomes NORP;
- a country name the model split ("Trinidad" and "Tobago") is joined again.

The corrected entities are written back to ``doc.ents`` so later stages see
them too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from ..gazetteer.names import strip_possessive
from ..records import Entity
from ..speech.cues import TELLING
from .base import Stage, Work

__all__ = ["EntitiesStage", "PLACE_PREPOSITIONS", "REGION_WORDS", "COMPASS_WORDS"]

log = logging.getLogger(__name__)

PLACE_PREPOSITIONS = frozenset(
    "in into from near of to at across outside towards toward around inside "
    "through via over on between".split()
)
REGION_WORDS = frozenset(
    "region regions oblast oblasts province provinces governorate governorates district "
    "districts state county prefecture territory area city town village".split()
)
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern downtown "
    "occupied".split()
)
#: Labels the model gives to place names by mistake, which a place can replace freely.
_MISLABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE", "ORG", "NORP"})
_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday god president "
    "army police government minister ministry spring summer autumn fall winter weekend "
    "tonight tomorrow ashura nowruz passover hanukkah diwali".split()
)
#: Labels for dates and numbers the model also gives to unfamiliar names ("Taizz").
_WORDLESS = frozenset({"DATE", "TIME", "CARDINAL"})
#: Only these labels can turn into GPE; dates, numbers and places themselves never do.
_RELABELLABLE = _MISLABELS | {"PERSON"}
#: A town named after a country's possessive must be this large ("Ukraine's Gorlovka";
#: not "Russia's Putin", which is also a hamlet somewhere).
_OWNED_MIN_POPULATION = 10_000
_POSSESSIVES = frozenset({"'s", "’s"})


class EntitiesStage(Stage):
    name = "entities"
    version = 1
    requires = ("text", "dateline_places")
    assigns = ("doc", "entities")

    def __init__(self, nlp: Any, gazetteer: Any, *, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.batch_size = batch_size

    def __call__(self, work: Work) -> None:
        self._finish(work, self.nlp(work.article.text))

    def pipe(self, works: Iterable[Work]) -> Iterator[Work]:
        works = list(works)
        docs = self.nlp.pipe((w.article.text for w in works), batch_size=self.batch_size)
        for work, doc in zip(works, docs, strict=True):
            self._finish(work, doc)
            yield work

    def _finish(self, work: Work, doc: Any) -> None:
        hints = {p.country_code for p in work.article.dateline_places if p.country_code}
        spans = self.correct(doc, countries=hints)
        doc.ents = spans
        work.doc = doc
        work.article.entities = [
            Entity(s.text, s.start_char, s.end_char, s.label_, stage=self.tag) for s in spans
        ]

    # -- correction rules -------------------------------------------------

    def correct(self, doc: Any, *, countries: set[str] | None = None) -> list[Any]:
        """Return ``doc.ents`` with the small model's known errors fixed.

        ``countries`` (ISO alpha-2) are the article's countries as far as they
        are known (the dateline); the countries and demonyms named in the text
        are added to them.
        """
        from spacy.tokens import Span

        countries = set(countries or ()) | self._named_countries(doc)
        spans: list[Any] = []
        for ent in doc.ents:
            label = ent.label_
            if label in _RELABELLABLE and self._is_place_use(ent, countries, spans):
                label = "GPE"
            elif label in _WORDLESS and self._is_dated_place(ent, countries, spans):
                label = "GPE"  # "the city of Taizz" tagged DATE or CARDINAL
            elif label == "GPE" and self._is_demonym(ent.text):
                label = "NORP"  # the model calls "Ukrainian" a GPE at times
            elif label == "PERSON":
                ent = self._extend_person(doc, ent, taken=spans)
            spans.append(Span(doc, ent.start, ent.end, label=label))
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in doc:
            if tok.i in taken or not self._is_missed_place(tok, countries):
                continue
            spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
            taken.add(tok.i)
        spans.extend(_missed_people(doc, taken))
        spans.sort(key=lambda s: s.start)
        return self._join_countries(doc, self._complete_names(doc, spans))

    def _complete_names(self, doc: Any, spans: list[Any]) -> list[Any]:
        """"Krasnaya" + "Yaruga" -> "Krasnaya Yaruga" when the longer name is a known place.

        The small model often stops a two-word town name after its first word.
        """
        from spacy.tokens import Span

        out: list[Any] = []
        for i, span in enumerate(spans):
            limit = spans[i + 1].start if i + 1 < len(spans) else len(doc)
            end = span.end
            if span.label_ in {"GPE", "LOC"}:
                for extra in (1, 2):
                    stop = span.end + extra
                    if stop > limit or not all(
                        t.is_title and t.pos_ == "PROPN" for t in doc[span.end:stop]
                    ):
                        break
                    if self.gazetteer.lookup(doc[span.start:stop].text, limit=1):
                        end = stop
            out.append(Span(doc, span.start, end, label=span.label_) if end != span.end
                       else span)
        return out

    def _join_countries(self, doc: Any, spans: list[Any]) -> list[Any]:
        """"Trinidad" + "and" + "Tobago" -> "Trinidad and Tobago" when that is a country."""
        from spacy.tokens import Span

        out: list[Any] = []
        for span in spans:
            last = out[-1] if out else None
            if (
                last is not None and span.start == last.end + 1
                and doc[last.end].lower_ in {"and", "&"} and span.label_ in {"GPE", "LOC"}
                and self.gazetteer.country_for_name(doc[last.start : span.end].text)
            ):
                out[-1] = Span(doc, last.start, span.end, label="GPE")
            else:
                out.append(span)
        return out

    def _is_demonym(self, text: str) -> bool:
        gaz = self.gazetteer
        return bool(gaz.country_for_demonym(text)) and not gaz.country_for_name(text)

    def _named_countries(self, doc: Any) -> set[str]:
        found = set()
        for ent in doc.ents:
            if ent.label_ == "GPE":
                code = self.gazetteer.country_for_name(ent.text)
            elif ent.label_ == "NORP":
                code = self.gazetteer.country_for_demonym(ent.text)
            else:
                continue
            if code:
                found.add(code)
        return found

    def _is_place_use(self, ent: Any, countries: set[str], done: list[Any]) -> bool:
        text = strip_possessive(ent.text)
        if text.casefold() in _NOT_PLACES:
            return False
        if ent.label_ == "NORP" and self.gazetteer.country_for_demonym(text):
            return False  # "Russian" is a demonym, not a place
        context = _place_context(ent, done)
        owner = _owner(ent, done)
        if owner is not None and ent.label_ != "NORP":  # "Ukraine's Gorlovka"
            found = self.gazetteer.best_within(text, owner.text)
            if found is not None and found.population >= _OWNED_MIN_POPULATION:
                return True
        best = _best(self.gazetteer, text, countries)
        if best is None:
            # an unknown name in a strong frame ("the town of X") is still a place
            return ent.label_ in {"PERSON", "ORG"} and context == "strong"
        major = best.feature_code in {"PCLI", "ADM1", "PPLC"} or best.population >= 1_000_000
        local = best.country_code in countries
        if ent.label_ == "PERSON":  # people share names with villages: ask for more
            if context == "strong":
                return True
            if context:
                return local or best.population >= 50_000 or best.feature_code in {"PCLI", "ADM1"}
            if len(ent) > 2 or " " in text:
                return False
            seat = best.feature_code in {"PPLA", "PPLC", "ADM1"} or best.population >= 100_000
            # "Kherson" in a report on Ukraine; "shelled Kherson": a seat as an object
            return major or (seat and (local or ent.root.dep_ in {"dobj", "pobj"}))
        if context:
            return True
        if ent.label_ in _MISLABELS:
            return major or best.population >= 100_000 or (local and best.population >= 20_000)
        return False

    def _is_dated_place(self, ent: Any, countries: set[str], done: list[Any]) -> bool:
        """A lone capitalised word tagged DATE, TIME or CARDINAL that is a place by name and
        context: "the city of Taizz", "in Hodeidah"; never a month, weekday or anything with
        a digit."""
        text = strip_possessive(ent.text)
        if len(ent) != 1 or not text.istitle() or any(ch.isdigit() for ch in text) or (
            text.casefold() in _NOT_PLACES or ent[0].pos_ != "PROPN"
        ):
            return False
        context = _place_context(ent, done)
        best = _best(self.gazetteer, text, countries) if context else None
        if best is None:
            return False
        return context == "strong" or best.country_code in countries or (
            best.population >= 100_000 or best.feature_code in {"PCLI", "ADM1"}
        )

    def _is_missed_place(self, tok: Any, countries: set[str]) -> bool:
        if not tok.is_title or tok.pos_ not in {"PROPN", "NOUN", "ADJ"} or len(tok.text) < 3:
            return False
        if tok.text.casefold() in _NOT_PLACES:
            return False
        prev = tok.nbor(-1) if tok.i > 0 else None
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
            return False  # part of a longer name the model chose not to tag
        best = _best(self.gazetteer, tok.text, countries)
        if best is None:
            return False
        if tok.pos_ == "PROPN" and (
            best.feature_code in {"PCLI", "PPLC"} or best.population >= 500_000
        ):
            return True  # "Kyiv's forces", "hit Kharkiv": a major place used bare
        cue = (prev is not None and prev.lower_ in PLACE_PREPOSITIONS) or (
            nxt is not None and nxt.lower_ in REGION_WORDS
        )
        if not cue or tok.is_sent_start:
            return False
        return best.population >= 20_000 or (best.country_code in countries
                                             and best.population >= 2_000)

    @staticmethod
    def _extend_person(doc: Any, ent: Any, *, taken: list[Any]) -> Any:
        start = ent.start
        last_end = taken[-1].end if taken else 0
        while start - 1 >= last_end:
            prev = doc[start - 1]
            if not (prev.is_title and prev.pos_ == "PROPN" and not prev.is_sent_start):
                break
            start -= 1
        return doc[start : ent.end] if start != ent.start else ent



#: Titles that, in apposition, show that the name before them is a person's.
_TITLES = frozenset(
    "governor minister spokesman spokeswoman spokesperson president commander mayor head "
    "chief leader official general envoy ambassador secretary director deputy adviser "
    "advisor prosecutor lawmaker senator".split()
)


def _missed_people(doc: Any, taken: set[int]) -> list[Any]:
    """Full names the model skipped: "Alexei Smirnov, the acting governor, said…".

    A run of two or three capitalised proper nouns outside any entity is a
    person when a title follows it in apposition, or when it is the subject
    of a verb of telling.
    """
    from spacy.tokens import Span

    found = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 3 and j not in taken and doc[j].is_title \
                and doc[j].pos_ == "PROPN":
            j += 1
        if j - i >= 2 and _person_frame(doc, i, j):
            found.append(Span(doc, i, j, label="PERSON"))
            taken.update(range(i, j))
        i = max(j, i + 1)
    return found


def _person_frame(doc: Any, start: int, end: int) -> bool:
    root = doc[start:end].root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in TELLING:
        return True
    if end < len(doc) and doc[end].text == ",":
        for tok in doc[end + 1:min(end + 6, len(doc))]:
            if tok.text in {",", "."}:
                break
            if tok.lemma_.lower() in _TITLES:
                return True
    return False


def _owner(ent: Any, done: list[Any]) -> Any:
    """The place span right before "'s" in front of ``ent`` ("Ukraine" in "Ukraine's X")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in _POSSESSIVES:
        return None
    if done and done[-1].end == ent.start - 1 and done[-1].label_ in {"GPE", "LOC"}:
        return done[-1]
    return None


def _place_context(ent: Any, done: list[Any]) -> str:
    """"strong" for "the town of X" / "X district", "weak" for "in X", else ""."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    before2 = doc[ent.start - 2] if ent.start > 1 else None
    if after is not None and after.lower_ in REGION_WORDS:
        return "strong"
    if before is None:
        return ""
    if before.lower_ == "of" and before2 is not None and before2.lower_ in REGION_WORDS:
        return "strong"
    if before.lower_ in PLACE_PREPOSITIONS or before.lower_ in COMPASS_WORDS:
        return "weak"
    if before.lower_ in {"and", ",", "or"} and done and done[-1].end == ent.start - 1:
        return "weak" if done[-1].label_ in {"GPE", "LOC"} else ""
    return ""


def _best(gazetteer: Any, text: str, countries: set[str]) -> Any:
    found = gazetteer.lookup(text, country_codes=sorted(countries), limit=1)
    return found[0] if found else None
