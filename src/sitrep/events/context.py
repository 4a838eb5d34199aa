"""Discourse: what one sentence leaves open, the article around it settles.

News reports tell one story across sentences. :class:`Discourse` reads the
drafts in text order and fills their gaps from what came before, recording
each inferred value in ``Draft.derived``:

- a pronoun doer ("it had recaptured", "its forces") is the subject of the
  reporting verb above it ("Sudan's army said…"), else the last actor named;
- a bare "the army" or "troops" belongs to the country named beside a leader
  in the same sentence ("The Russian president ordered the army"), else to
  the last country whose forces were named, else to the event's country;
- a definite mention with nothing new ("confirmed the blast", "the strike
  hit the second floor") is the event already told, not a new one;
- with no place in its sentence, an event is where the previous one was, else
  at the article's most mentioned place, else at the dateline
  (``derived["location"] = "inferred" | "dateline"``); places that only name an
  actor ("Kiev forces") or a credited source ("…: Kiev") are never used;
- a description's own phrases win over the sentence's reading: the coder's note
  ("coded as X") and a place named with its district and state ("Nasko (Magama,
  Niger)"), see :mod:`.place_phrases`;
- an event placed only in an admin1 region is coded at the region's main town (its
  seat, else the capital), named after the town, with geo_precision 3, as ACLED does
  (:mod:`.seat`);
- when the place its sentence names is a whole country, province or district, and
  the article names a smaller place inside it (the previous event's, else one in
  the same paragraph, else the nearest: :mod:`.within`), the event is coded there,
  as ACLED does, with geo_precision 2 for a town and 3 for a region
  (``derived["location"] = "inferred"``);
- with no time, it is when the previous event was, else (for the report's first
  event) a day the next sentences tell, else the published date
  (``derived["event_date"] = "inferred" | "published-date"``);
- a violent event with no doer continues the one just before it.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..records import Article, Place
from .actors import ActorRef, actor_of, country_of
from .classify import coarse
from .draft import Draft
from .lexicon import GOVERNMENT_NOUNS, LEADER_NOUNS, PRONOUNS
from .locate import backs_actor, is_locative, near_words_before, place_root
from .place_phrases import PlacePhrase, coder_place, described_place, nested_phrases
from .seat import at_seat
from .within import level, smaller_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..gazetteer.protocol import Places

__all__ = ["Discourse", "Settled"]

log = logging.getLogger(__name__)

_CUE_HEADS = GOVERNMENT_NOUNS | LEADER_NOUNS | {"military", "army", "spokesman"}
_STATE = frozenset({"military", "police", "government"})
_SITES = frozenset({"civsite", "milsite", "settlement"})
_PLANTED = frozenset({"ied", "suicide"})
#: Events that kill no one: deaths told beside them are an event of their own.
_NO_TOLL = frozenset({"arrest", "agree", "change", "withdraw", "base"})
_CONTINUE_REACH = 2  # sentences within which a doer-less violent event continues the last
#: Families whose unnamed doer may be the armed actor just named ("The attackers … shot").
_CLOSE_RANGE = frozenset({"shoot", "attack", "clash", "offensive", "kill"})


@dataclass(slots=True)
class Settled:
    """A draft with a place and a date: ready for naming."""

    draft: Draft
    place: Place | None
    near: bool
    place_span: tuple[int, int] | None
    date: str | None
    date_span: tuple[int, int] | None
    time_precision: int | None
    derived: dict[str, str] = field(default_factory=dict)


@dataclass
class Discourse:
    article: Article
    doc: Doc
    gazetteer: Places
    drafts: list[Draft] = field(default_factory=list)
    places_of: dict[int, tuple[Place, bool, tuple[int, int] | None]] = field(
        default_factory=dict)  # id(draft) -> where it was settled
    dates_of: dict[int, tuple[str | None, int | None, bool]] = field(default_factory=dict)
    last_actor: ActorRef | None = None
    last_actor_sent: int = -99
    last_country: dict[str, str] = field(default_factory=dict)
    _locative: list[Place] | None = None
    _phrases: tuple[PlacePhrase | None, list[PlacePhrase]] | None = None

    # -- actors -------------------------------------------------------------------------

    def resolve_actors(self, draft: Draft, sent: Span) -> None:
        """Resolve pronouns and remember the actors this sentence names."""
        doc = draft.trigger.token.doc

        def word(ref: ActorRef) -> Token | None:
            span = doc.char_span(*ref.spans[0], alignment_mode="expand") if ref.spans else None
            found = [t for t in span if t.lower_ in PRONOUNS] if span is not None else []
            return found[0] if found else None

        draft.agents = [self._resolve(r, self._referent(draft.trigger.token, word(r)), draft)
                        if r.pronoun else r for r in draft.agents]
        draft.agents = [r for r in draft.agents if r.kind != "pronoun"]
        draft.patients = [self._resolve(r, self._referent(draft.trigger.token, word(r)), draft)
                          if r.pronoun else r for r in draft.patients]
        draft.patients = [r for r in draft.patients if r.kind != "pronoun"]
        for ref in draft.agents + draft.patients:
            if ref.country and ref.kind in _STATE | {"state", "weapon"}:
                kind = "military" if ref.kind in ("state", "weapon") else ref.kind
                self.last_country[kind] = ref.country
        if draft.agents and draft.agents[0].armed:
            self.last_actor, self.last_actor_sent = draft.agents[0], draft.sent_i

    def note_subjects(self, sent: Span, sent_i: int) -> None:
        """Remember an armed subject of a sentence with no event ("The attackers … went")."""
        if self.last_actor_sent == sent_i:
            return
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
                ref = actor_of(tok, self.gazetteer)
                if ref is not None and ref.armed and not ref.pronoun and (
                        ref.country or ref.kind in ("group", "unidentified", "rebels")):
                    self.last_actor, self.last_actor_sent = ref, sent_i
                    return

    def _referent(self, tok: Token, pronoun: Token | None = None) -> ActorRef | None:
        """What a pronoun doer stands for: the nearest actor named before it in the sentence
        ("Sudan's army said it had…", "supporters … as they tried"), else the last actor."""
        plural = pronoun is not None and pronoun.lower_ in ("they", "their", "them")
        start = pronoun.i if pronoun is not None else tok.i
        for cand in reversed(list(tok.sent)[: start - tok.sent.start]):
            if cand.pos_ not in ("NOUN", "PROPN") or cand.dep_ in ("compound", "poss", "pobj"):
                continue  # "police in Kyiv said they…": the police, not Kyiv
            if (cand.tag_ in ("NNS", "NNPS")) != plural and cand.pos_ == "NOUN":
                continue
            ref = actor_of(cand, self.gazetteer)
            if ref is not None and not ref.pronoun and ref.kind not in _SITES:
                return ref
        return self.last_actor

    def _resolve(self, ref: ActorRef, referent: ActorRef | None, draft: Draft) -> ActorRef:
        if not ref.pronoun:
            return ref
        if referent is None:
            return replace(ref, pronoun=False) if ref.kind != "pronoun" else ref
        draft.derived.setdefault("actor1", "inferred")
        if ref.kind == "pronoun" or referent.kind == "group":
            return replace(referent, spans=ref.spans + referent.spans, pronoun=False)
        return replace(ref, country=referent.country, pronoun=False)

    def sentence_country(self, sent: Span) -> str | None:
        """The country of a leader or government named in the sentence ("The Russian president")."""
        for tok in sent:
            if tok.lemma_.lower() in _CUE_HEADS and tok.pos_ in ("NOUN", "PROPN"):
                code, _ = country_of(tok, self.gazetteer)
                if code:
                    return code
        return None

    def fill_country(self, ref: ActorRef, sent_cue: str | None, place_country: str | None
                     ) -> ActorRef:
        """Give a state actor with no country in its phrase the one the context names."""
        if ref.country or ref.kind == "group":
            return ref
        if ref.local:
            return replace(ref, country=place_country)
        if ref.kind in _STATE:
            code = sent_cue or self.last_country.get(ref.kind) or \
                self.last_country.get("military") or place_country
            return replace(ref, country=code)
        return replace(ref, country=place_country)

    # -- continuity --------------------------------------------------------------------

    def previous(self, draft: Draft, *, reach: int | None = None) -> Draft | None:
        """The latest earlier draft of the same broad class (within ``reach`` sentences)."""
        for prev in reversed(self.drafts):
            if reach is not None and draft.sent_i - prev.sent_i > reach:
                return None
            if coarse(prev.trigger.family) == coarse(draft.trigger.family):
                return prev
        return None

    def absorb(self, draft: Draft) -> bool:
        """Fold a definite mention with nothing new into the event it points back to."""
        if not draft.trigger.definite or draft.located or draft.time is not None:
            return False
        prev = self.previous(draft)
        if prev is None:
            return False
        prev.sentences |= draft.sentences
        prev.anchors.extend(draft.anchors)
        self_claim = draft.derived.get("actor1") == "inferred"  # "JNIM said its fighters…"
        if draft.agents and self_claim and (not prev.agents or prev.derived.get("actor1")):
            prev.agents = draft.agents
            prev.derived.pop("actor1", None)
        log.debug("%r refers back to %r", draft.trigger.token.text, prev.trigger.token.text)
        return True

    def redundant(self, draft: Draft) -> bool:
        """A bare casualty verb ("12 civilians were killed") right after an event is its toll."""
        if draft.trigger.family != "kill" or draft.agents:
            return False
        prev = self.drafts[-1] if self.drafts else None
        return prev is not None and prev.para_i == draft.para_i and \
            draft.sent_i - prev.sent_i <= _CONTINUE_REACH and \
            prev.trigger.family not in _NO_TOLL  # "three were killed and two arrested"

    def continue_actors(self, draft: Draft) -> None:
        """A violent mention with no doer continues the last one told (same day, nearby)."""
        if draft.agents or coarse(draft.trigger.family) != "violence":
            return
        close = draft.trigger.family in _CLOSE_RANGE
        prev = self.previous(draft, reach=_CONTINUE_REACH)
        if draft.trigger.weapon in _PLANTED and (
                prev is None or prev.trigger.weapon != draft.trigger.weapon):
            return  # "a landmine killed a boy": who laid it is not the last side named
        if prev is not None and draft.time is not None and (
                prev.time is None or prev.time.start_date != draft.time.start_date):
            return  # "In February, a bus hit a mine": another event
        if prev is not None and prev.agents:
            draft.agents = list(prev.agents)
            if not draft.patients:
                draft.patients = list(prev.patients)
            draft.derived["actor1"] = "inferred"
        elif close and self.last_actor is not None and \
                draft.sent_i - self.last_actor_sent <= _CONTINUE_REACH and draft.time is None:
            draft.agents = [self.last_actor]
            draft.derived["actor1"] = "inferred"

    # -- place and time -----------------------------------------------------------------

    def settle(self, draft: Draft, sent: Span) -> list[Settled]:
        """One :class:`Settled` per location of the draft."""
        date, precision, span, date_derived = self._date(draft)
        derived = dict(draft.derived)
        if date_derived:
            derived["event_date"] = date_derived
        out = []
        if draft.located:
            for loc in draft.located:
                place, near, where = loc.place, loc.near, loc.span
                how = derived
                inner = self._within(place, draft) if 1 < level(place) < 5 else None
                if inner is not None:
                    place, where = inner, (inner.start, inner.end)
                    near = (inner.feature_code or "").startswith("PPL")
                    how = {**derived, "location": "inferred"}
                out.append(Settled(draft, place, near, where, date, span, precision, dict(how)))
        else:
            fallback, near, reason = self._fallback_place(draft, sent)
            if reason:
                derived["location"] = reason
            out.append(Settled(draft, fallback, near, None, date, span, precision, derived))
        self._described(out, sent)
        for done in out:
            done.place = at_seat(self.gazetteer, done.place)
        first = out[0]
        if first.place is not None:
            self.places_of[id(draft)] = (first.place, first.near, first.place_span)
        self.dates_of[id(draft)] = (date, precision, "event_date" not in derived)
        self.drafts.append(draft)
        return out

    def _date(self, draft: Draft) -> tuple[str | None, int | None, tuple[int, int] | None, str]:
        from .dates import coder_date, day_told_after, opening_date, overrides, time_precision

        sents = list(self.doc.sents)
        opener = coder_date(sents, self.article.times) or (  # the first event only
            None if self.drafts else opening_date(sents, self.article.times))
        if draft.time is not None:
            t = draft.time
            if opener is not None and t is not opener and overrides(opener, t):
                t = opener  # "22 June. … on June 17 and … on June 22": the coded date
            return t.start_date, time_precision(t), (t.start, t.end), ""
        for prev in reversed(self.drafts):
            date, precision, from_text = self.dates_of.get(id(prev), (None, None, False))
            if from_text and date:
                if precision == 1:
                    return date, precision, None, "inferred"
                break  # a week or a season is no day to carry over
        if not self.drafts:  # the report's first event: a day the next sentences tell
            later = day_told_after(draft.trigger.token, sents, draft.sent_i,
                                   self.article.times, self.article.published)
            if later is not None:
                return later.start_date, time_precision(later), (later.start, later.end), \
                    "inferred"
        if self.article.published:
            return self.article.published, 2, None, "published-date"
        return None, None, None, "unknown"

    def _fallback_place(self, draft: Draft, sent: Span) -> tuple[Place | None, bool, str]:
        near = False
        if draft.region_ref is not None:
            near = near_words_before(self.doc, draft.region_ref, sent.start) or any(
                t.lower_ in ("part", "parts") for t in draft.region_ref.head.subtree
                if t.i < draft.region_ref.i)
        for prev in reversed(self.drafts):
            where = self.places_of.get(id(prev))
            if where is not None:
                return where[0], near or where[1], "inferred"
        salient = self._salient()
        if salient is not None and not (self.article.dateline_places and
                                        self._only_later(salient, sent)):
            return salient, near, "inferred"
        if self.article.dateline_places:
            return self.article.dateline_places[0], False, "dateline"
        country = self._actor_country() or self._draft_country(draft)
        if country is not None:
            return country, False, "inferred"
        return None, False, "unknown"

    def _described(self, out: list[Settled], sent: Span) -> None:
        """The place the description's own phrases give (:mod:`.place_phrases`)."""
        if self._phrases is None:
            self._phrases = (coder_place(self.article, self.gazetteer),
                             nested_phrases(self.article.text, self.gazetteer))
        coder, phrases = self._phrases
        for n, done in enumerate(out):
            found = described_place(done.place if done.place_span else None,
                                    (sent.start_char, sent.end_char),
                                    coder if n == 0 else None, phrases)
            if found is not None:
                done.place, done.near = found.place, found.near
                done.place_span = (found.place.start, found.place.end)
                done.derived.pop("location", None)

    def _draft_country(self, draft: Draft) -> Place | None:
        """The country of the event's own actors ("Five Ukrainian soldiers … killed")."""
        find = getattr(self.gazetteer, "country", None)
        for ref in draft.victims + draft.patients + draft.agents:
            found = find(ref.country) if ref.country and find is not None else None
            if found is not None and ref.spans:
                start, end = ref.spans[0]
                return found.to_place(self.article.text[start:end], start, end, "")
        return None

    def _actor_country(self) -> Place | None:
        """The country of the places that only name actors ("Kiev forces", "Ukraine
        soldiers"), as a whole-country place; a backer ("Russia-led") does not count."""
        find = getattr(self.gazetteer, "country", None)
        codes: Counter[str] = Counter()
        first: dict[str, Place] = {}
        for p in self.article.places:
            root = place_root(self.doc, p)
            if p.country_code and root is not None and not backs_actor(root):
                codes[p.country_code] += 1
                first.setdefault(p.country_code, p)
        if not codes or find is None:
            return None
        code = codes.most_common(1)[0][0]
        found = find(code)
        if found is None:
            return None
        mention = first[code]
        return found.to_place(mention.text, mention.start, mention.end, mention.stage)

    def locative_places(self) -> list[Place]:
        """The article's resolved places that may say where an event was."""
        if self._locative is None:
            self._locative = [p for p in self.article.places if p.latitude is not None
                              and is_locative(self.doc, p)]
        return self._locative

    def _within(self, outer: Place, draft: Draft) -> Place | None:
        """A smaller place in the country or region ``outer`` (:mod:`.within`)."""
        previous = [where[0] for prev in self.drafts
                    if (where := self.places_of.get(id(prev))) is not None]
        return smaller_place(outer, previous, self.locative_places(), self.article.text,
                             draft.trigger.start)

    def _only_later(self, place: Place, sent: Span) -> bool:
        """Whether ``place`` is named once, after ``sent``: "… In Quetta, protesters …"."""
        key = place.geonameid or place.name
        seen = [p for p in self.locative_places() if (p.geonameid or p.name) == key]
        return len(seen) == 1 and seen[0].start >= sent.end_char

    def _salient(self) -> Place | None:
        places = self.locative_places()
        if not places:
            return None
        local = [p for p in places if not (p.feature_code or "").startswith("PCL")] or places
        counts = Counter(p.geonameid or p.name for p in local)
        best = max(local, key=lambda p: (counts[p.geonameid or p.name], -p.start))
        return best


def _is_country(place: Place) -> bool:
    return (place.feature_code or "").startswith("PCL")
