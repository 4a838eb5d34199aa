"""Put the event rules together: sentences in, ACLED-style :class:`Event` records out.

    drafts (per sentence) → discourse (pronouns, place, date) → rows (type,
    actors, names) → merge (one type, actor, place, day) → counts → Event

The result is sorted most salient first: deaths, violence over strategic
developments, how early and how often the event is told, and how sure the
trigger word is.
"""

from __future__ import annotations

import logging
import math
import re
from typing import TYPE_CHECKING

from .. import reference
from ..nlp.model import doc_text
from ..places.acled_names import acled_admin1_on
from ..records import Article, Event, content_id
from .actors import STATE_KINDS, ActorRef, country_name
from .assemble import Row, build_row, merge_rows
from .context import Discourse, Settled
from .dates import days_between, is_vague
from .deaths import conflict_setting, drop_bare_deaths
from .described import described_row
from .draft import SentenceView, draft_sentence, is_crowd_sentence
from .happenings import fold_description, fold_happenings
from .model_types import is_snippet, retype_rows
from .plover import plover_for
from .tolls import CATEGORY_FIELDS, Toll, assign_counts, counts_by_sentence, total
from .totals import running_totals
from .triggers import prior_clause
from .unnumbered import unnumbered_deaths
from .unrest import fold_unrest

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..gazetteer.protocol import Places

__all__ = ["extract_events"]

log = logging.getLogger(__name__)

_TYPE_WEIGHT = {"Battles": 1.0, "Explosions/Remote violence": 1.0,
                "Violence against civilians": 1.0, "Protests": 0.8, "Riots": 0.8,
                "Strategic developments": 0.4}
_NOT_SOURCES = frozenset({"agencies", "agency", "wires", "wire services"})
_NOTE_CHARS = 300


def extract_events(article: Article, doc: Doc, gazetteer: Places, *, stage: str = ""
                   ) -> list[Event]:
    """Every political-violence, demonstration and strategic event the article reports."""
    sents = list(doc.sents)
    bounds = [(s.start_char, s.end_char) for s in sents]
    paras = [article.text.count("\n", 0, s.start_char) for s in sents]
    counts_in = counts_by_sentence(article.counts, bounds)
    ctx = Discourse(article, doc, gazetteer)
    totals = frozenset(running_totals(doc, article.counts))
    setting = conflict_setting(doc)
    settled: list[tuple[Settled, str | None]] = []
    event_sentences: set[int] = set()
    background: dict[int, list[str]] = {}
    crowd_before = False
    views: dict[int, SentenceView] = {}
    for i, sent in enumerate(sents):
        if _caption(sent):
            continue
        view = SentenceView(article.places, article.times, counts_in.get(i, []),
                            article.published, gazetteer, crowd_before,
                            allow_person_places=not ctx.drafts, totals=totals,
                            setting=setting)
        views[i] = view
        drafts, strong, crowd = draft_sentence(sent, i, paras[i], view)
        if strong:
            event_sentences.add(i)
        dates = _background_dates(sent, article)
        if dates is not None:
            background[i] = dates
        cue = ctx.sentence_country(sent)
        for draft in drafts:
            ctx.resolve_actors(draft, sent)
            if ctx.redundant(draft) or ctx.absorb(draft):
                continue
            ctx.continue_actors(draft)
            settled.extend((s, cue) for s in ctx.settle(draft, sent))
        ctx.note_subjects(sent, i)
        crowd_before = crowd or is_crowd_sentence(sent)
    rows = _rows(settled, ctx, gazetteer)
    snippet = is_snippet(article.text, len(sents))
    rows = _placed([r for r in fold_unrest(fold_happenings(merge_rows(rows)))
                    if not _history(r, article.published)])
    names = {r.country_code: country_name(r.country_code, gazetteer) or ""
             for r in rows if r.country_code}
    rows = drop_bare_deaths(rows, sents, snippet)
    lead = retype_rows(rows, sents, snippet, names)
    if snippet:  # a description tells one event of each type, in the types now read
        rows = fold_description(rows)
    if not rows and snippet:  # a description in words no trigger rule knows
        row = described_row(article.text, sents, views, paras, ctx, gazetteer,
                            totals=bool(totals))
        if row is not None and not _history(row, article.published):
            rows = [row]
    tolls = [Toll(r.sentences, [a[0] for a in r.anchors], r.event_date) for r in rows]
    assign_counts([c for c in article.counts if c.start not in totals], tolls, bounds, paras,
                  event_sentences, background, article.text, _clauses(doc, article))
    events = [_event(r, t, article, sents, bounds, gazetteer, stage) for r, t in zip(rows, tolls,
                                                                                      strict=True)]
    # a description tells one event: the rows of the type the model read it as come first
    events.sort(key=lambda e: (e.event_type != lead, -e.salience))
    return events


#: How captions, photo credits and links to other stories open.
_CAPTION_OPENERS = reference.ordered_words("events/caption_openers")


def _placed(rows: list[Row]) -> list[Row]:
    """Without the rows placed nowhere or only in a country, when the report places
    another of its events more closely: ACLED codes an event where it happened, and a
    happening told only as "in Lebanon" beside strikes on named towns is their summary
    or a side remark ("an attack on U.S. warships"), not an event to map."""
    def coarse(row: Row) -> bool:
        return row.place is None or (row.place.feature_code or "").startswith("PCL")

    if all(coarse(r) for r in rows):
        return rows
    return [r for r in rows if not coarse(r)]


def _caption(sent: Span) -> bool:
    """A photo caption or a link to another story: no event of this report. A sentence
    that runs over several lines may hold the report's own text after such a link; every
    sentence of a line that opens as a caption ("FILE - In this Feb. 8, 2019, file
    photo, …") or ends with a dated photo credit is the caption's."""
    text = sent.text.strip(" -–—•|([\n\t")
    if "\n" in text:
        return False
    line = _line(sent)
    return _opens_caption(text) or _opens_caption(line.strip(" -–—•|([\t")) \
        or _credited_photo(line)


#: How an agency caption opens before its words: "FILE - ", "FILE PHOTO: ".
_FILE_PREFIX = re.compile(r"^file(?: photo)?\s*[-–—:]\s*", re.IGNORECASE)
#: "In this Feb. 8, 2019, file photo, …", "In this image taken from video, …".
_IN_THIS_PICTURE = re.compile(
    r"^in this\b[^.;]{0,60}?\b(?:photo|photograph|image|picture|screengrab|frame grab)\b",
    re.IGNORECASE)


def _opens_caption(text: str) -> bool:
    text = _FILE_PREFIX.sub("", text)
    return text.lower().startswith(_CAPTION_OPENERS) or bool(_IN_THIS_PICTURE.match(text))


def _line(sent: Span) -> str:
    """The line of the document that holds the sentence."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char + len(sent.text.rstrip()))
    return text[start:len(text) if end < 0 else end]


#: A photo caption's end: the picture's date ("…, Russia, Tuesday, Aug. 22, 2023.") and
#: then its credit ("(Reuters)", "(Moscow News Agency via AP)", "– Reuters pic",
#: "MUST CREDIT: …").
_PHOTO_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d\b")
_PHOTO_CREDIT = re.compile(
    r"(?:\([^()]*\b(?:AP|AFP|Reuters|Getty|EPA|Photo|via)\b[^()]*\)|[–-]\s*\w+ pic"
    r"|\bAP Photo(?:/[\w.' ]+)?|MUST CREDIT:.*)\s*$")


#: A credit that says it is a picture's: "(Photo: ActiveStills.org)", "(AP Photo/…)".
_SAYS_PHOTO = re.compile(r"(?:\((?:[^()]*\b)?(?:Photo|Picture|Image)\b[^()]*\)|\bAP Photo\b"
                         r"[^()]*)\s*$", re.IGNORECASE)


def _credited_photo(line: str) -> bool:
    """The sentence's line ends with a photo credit and dates the picture or says it is
    one: a caption, whose event is not this report's."""
    return bool(_PHOTO_CREDIT.search(line)) and (
        bool(_PHOTO_DATE.search(line)) or bool(_SAYS_PHOTO.search(line)))


#: Events dated longer ago than this before publication are history, not news: ACLED
#: codes an earlier event a report recalls only within about a year.
_HISTORY_DAYS = 365


def _history(row: Row, published: str | None) -> bool:
    """A row with its own date over a year before publication ("the 2008 quake")."""
    if "event_date" in row.derived or not row.event_date or not published:
        return False
    return row.event_date < published and (
        days_between(row.event_date, published) or 0) > _HISTORY_DAYS


def _rows(settled: list[tuple[Settled, str | None]], ctx: Discourse, gazetteer: Places
          ) -> list[Row]:
    rows = []
    prior: ActorRef | None = None
    for item, cue in settled:
        row = build_row(item, ctx, cue, gazetteer, prior)
        agents = item.draft.agents
        if agents and agents[0].armed and agents[0].kind not in STATE_KINDS:
            prior = agents[0]
        if row is not None:
            rows.append(row)
    return rows


def _background_dates(sent: Span, article: Article) -> list[str] | None:
    """Dates a sentence is about when it may be background, or None when it is not."""
    if any(t.lower_ == "since" for t in sent):
        return []
    dates = []
    for t in article.times:
        if sent.start_char <= t.start < sent.end_char:
            if is_vague(t):
                return []
            if t.start_date:
                dates.append(t.start_date)
    return dates or None


def _clauses(doc: Doc, article: Article) -> dict[int, tuple[int, int]]:
    """Counts inside an "after…"/"since…" clause, with that clause's character span."""
    out = {}
    for count in article.counts:
        span = doc.char_span(count.start, count.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        clause = prior_clause(span.root)
        if clause is not None:
            out[count.start] = clause
    return out


def _source(article: Article) -> str | None:
    names = [article.source or "", *article.agencies]
    kept = [n.strip() for n in names if n and n.strip().lower() not in _NOT_SOURCES]
    return "; ".join(dict.fromkeys(kept)) or None


def _note(row: Row, sents: list[Span]) -> str:
    first = min(row.sentences)
    text = re.sub(r"\s+", " ", sents[first].text).strip()
    if len(text) > _NOTE_CHARS:
        text = text[: _NOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text


def _interaction(inter1: int, inter2: int) -> int:
    if not inter1:
        return 0
    if not inter2:
        return inter1 * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi


#: Deaths beyond this many add nothing to salience: a war's running toll is no headline.
_SALIENT_DEATHS = 50
#: Sentences that open the report (headline and lede) tell its main event.
_OPENING = 2


def _salience(row: Row, fatalities: int, text_len: int, published: str | None) -> float:
    """How likely the row is the report's main event: the headline and lede first, then
    deaths, how early and how often it is told, and how sure its trigger word is."""
    first = min(a[0] for a in row.anchors)
    opening = min(row.sentences) < _OPENING
    score = _TYPE_WEIGHT.get(row.event_type, 0.4)
    if opening:
        score = max(score, 0.9) + 0.6
    score += 0.3 * math.log1p(min(fatalities, _SALIENT_DEATHS))
    score += 0.5 * (1 - first / max(text_len, 1))
    score += 0.1 * min(len(row.anchors), 5)
    score += 0.3 * row.strength
    if "actor1" not in row.derived:
        score += 0.1
    if "location" in row.derived:
        score -= 0.2
    if "event_date" in row.derived:
        score -= 0.1
    elif (days_between(row.event_date, published) or 0) > 3:
        score -= 0.4  # an earlier event the report recalls
    return round(score, 3)


#: Sub-types that harm no one: the deaths told beside them are another event's.
_BLOODLESS = frozenset({"Agreement", "Headquarters or base established",
                        "Non-violent transfer of territory", "Change to group/activity"})


def _event(row: Row, toll: Toll, article: Article, sents: list[Span],
           bounds: list[tuple[int, int]], gazetteer: Places, stage: str) -> Event:
    evidence = {k: list(v) for k, v in row.evidence.items()}
    derived = dict(row.derived)
    figures: dict[str, int | None] = {}
    for name, categories in CATEGORY_FIELDS.items():
        if name in ("fatalities", "injuries") and row.sub_event_type in _BLOODLESS:
            figures[name] = None  # "a truce in a war that has killed thousands"
            continue
        value, used = total(toll.counts, categories, row.sentences, bounds, article.text)
        figures[name] = value
        if used:
            evidence[name] = [[c.start, c.end] for c in used]
    fatalities = figures["fatalities"] or 0
    if figures["fatalities"] is None and row.event_type != "Strategic developments":
        default = unnumbered_deaths(sents[i] for i in sorted(row.sentences | toll.reached))
        if default is not None:  # "killing civilians": ACLED's 3, or 10 for a massacre
            fatalities, span = default
            evidence["fatalities"] = [list(span)]
            derived["fatalities"] = "default"
    place = row.place
    code = row.country_code
    info = gazetteer.country_info(code) if code and gazetteer is not None else None
    location = place.name if place is not None else None
    admin1 = place.admin1 if place is not None else None
    if place is not None and not admin1 and place.feature_code == "ADM1":
        admin1 = place.name
    if place is not None:  # the name ACLED gave the region on the event's date
        admin1 = acled_admin1_on(place.country_code, admin1, place.admin2, row.event_date)
    civilian = row.inter2 == 7 and row.event_type not in ("Protests", "Strategic developments")
    event_id = content_id(article.id, row.event_type, location or "", row.event_date or "",
                          row.actor1, row.actor2, prefix="ev")
    return Event(
        event_id=event_id,
        event_date=row.event_date,
        time_precision=row.time_precision,
        disorder_type=row.disorder_type,
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        actor1=row.actor1,
        assoc_actor_1=row.assoc_actor_1,
        inter1=row.inter1,
        actor2=row.actor2,
        inter2=row.inter2,
        interaction=_interaction(row.inter1, row.inter2),
        civilian_targeting="Civilian targeting" if civilian else "",
        iso=int(info.iso_numeric) if info is not None and info.iso_numeric else None,
        country=country_name(code, gazetteer),
        admin1=admin1,
        admin2=place.admin2 if place is not None else None,
        location=location,
        latitude=place.latitude if place is not None else None,
        longitude=place.longitude if place is not None else None,
        geo_precision=row.geo_precision,
        source=_source(article),
        notes=_note(row, sents),
        fatalities=fatalities,
        injuries=figures["injuries"],
        displaced=figures["displaced"],
        article_id=article.id,
        plover=plover_for(row.event_type, row.sub_event_type, family=row.family,
                          weapon=row.weapon, lemma=row.lemma),
        evidence=evidence,
        derived=derived,
        salience=_salience(row, fatalities, len(article.text), article.published),
        stage=stage,
    )
