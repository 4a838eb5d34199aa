"""The events stage never sees the places that have a role (demonyms, embedded, dateline)."""

from __future__ import annotations

from sitrep.records import Article, Place
from sitrep.stages import events as events_stage
from sitrep.stages.base import Work


def place(text: str, start: int, role: str | None) -> Place:
    return Place(text, start, start + len(text), text, 1, 0.0, 0.0, "KE", "Kenya", None, None,
                 "PCLI", 0, role=role)


def test_places_with_a_role_are_hidden_from_the_event_rules(monkeypatch):
    seen = []

    def fake_extract(article, doc, gazetteer, *, stage):
        seen.append([p.text for p in article.places])
        return []

    monkeypatch.setattr(events_stage, "extract_events", fake_extract)
    art = Article(text="Kenyan police fired in Nairobi, Kenya.")
    art.places = [place("Kenyan", 0, "qualifier"), place("Nairobi", 22, None),
                  place("Kenya", 31, None)]
    work = Work(art)
    work.doc = object()
    events_stage.EventsStage(gazetteer=None)(work)  # type: ignore[arg-type]
    assert seen == [["Nairobi", "Kenya"]]
    assert [p.text for p in art.places] == ["Kenyan", "Nairobi", "Kenya"]  # output keeps all
