"""Stores for the service tests: hand-built events (no model), and the demo examples.

Hand-built articles give exact, known evidence spans; the hostile one carries
markup that must show as text and run nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.records import Article, Claimant, Count, Event, Place, content_id
from sitrep.store import Store

pytest.importorskip("fastapi", reason="the service tests need FastAPI: pip install '.[serve]'")

HOSTILE = (
    'Gunmen <script>window.__pwned = "script";</script> killed 5 villagers in '
    '<img src=x onerror="window.__pwned = \'img\'"> Dikwa on Monday, police said.'
)


def span(text: str, part: str, nth: int = 0) -> list[int]:
    """``[start, end]`` of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return [start, start + len(part)]


def make_event(article: Article, **fields: object) -> Event:
    base: dict[str, object] = dict(
        event_date="2024-08-12", time_precision=1, disorder_type="Political violence",
        event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of X",
        country="Ukraine", iso=804, admin1="Kharkiv", location="Kharkiv",
        latitude=49.98, longitude=36.25, geo_precision=1, fatalities=0,
    )  # fmt: skip
    base.update(fields)
    event_id = content_id(article.id, str(sorted(base.items())), prefix="ev")
    return Event(event_id=event_id, article_id=article.id, **base)  # type: ignore[arg-type]


def kharkiv_article() -> Article:
    text = ("Russian glide bombs killed 3 civilians in Kharkiv on Monday, the regional "
            "governor said. Ukrainian troops shelled Belgorod on Tuesday.")
    article = Article(text=text, published="2024-08-13", source="Kyiv Wire")
    article.places = [
        Place(name, *span(text, name), name, None, lat, lon, code, country, name, None, "PPLA",
              None)
        for name, lat, lon, code, country in (("Kharkiv", 49.98, 36.25, "UA", "Ukraine"),
                                              ("Belgorod", 50.6, 36.6, "RU", "Russia"))
    ]
    killed = span(text, "3 civilians")
    article.counts = [Count(text="3 civilians", start=killed[0], end=killed[1], value=3,
                            low=None, high=None, category="killed", subject="civilians",
                            claimant=Claimant("the regional governor", *span(text, "the regional "
                                                                              "governor")))]
    article.events = [
        make_event(article, event_type="Explosions/Remote violence",
                   sub_event_type="Air/drone strike", fatalities=3,
                   actor1="Military Forces of Russia (2000-)", actor2="Civilians (Ukraine)",
                   evidence={"event_type": [span(text, "glide bombs")],
                             "actor1": [span(text, "Russian")],
                             "location": [span(text, "Kharkiv")],
                             "event_date": [span(text, "Monday")],
                             "fatalities": [killed]}),
        make_event(article, event_date="2024-08-13", event_type="Explosions/Remote violence",
                   sub_event_type="Shelling/artillery/missile attack", country="Russia",
                   iso=643, admin1="Belgorod", location="Belgorod", latitude=50.6,
                   longitude=36.6, actor1="Military Forces of Ukraine (2019-)",
                   evidence={"event_type": [span(text, "shelled")],
                             "actor1": [span(text, "Ukrainian troops")],
                             "location": [span(text, "Belgorod")],
                             "event_date": [span(text, "Tuesday")]}),
    ]
    return article


def sudan_article() -> Article:
    text = "Protesters marched in Khartoum on 3 March 2024 against the war."
    article = Article(text=text, published="2024-03-04", source="Nile Post")
    article.events = [
        make_event(article, event_date="2024-03-03", disorder_type="Demonstrations",
                   event_type="Protests", sub_event_type="Peaceful protest",
                   actor1="Protesters (Sudan)", country="Sudan", iso=729, admin1="Khartoum",
                   location="Khartoum", latitude=15.55, longitude=32.53,
                   evidence={"event_type": [span(text, "marched")],
                             "actor1": [span(text, "Protesters")],
                             "location": [span(text, "Khartoum")],
                             "event_date": [span(text, "3 March 2024")]}),
    ]
    return article


def hostile_article() -> Article:
    article = Article(text=HOSTILE, published="2024-09-02", source="<b>Bold</b> Times")
    article.events = [
        make_event(article, event_date="2024-09-02", event_type="Violence against civilians",
                   sub_event_type="Attack", actor1="Unidentified Armed Group (Nigeria)",
                   actor2="Civilians (Nigeria)", country="Nigeria", iso=566, admin1="Borno",
                   location='Dikwa <img src=x onerror="window.__pwned = \'loc\'">',
                   latitude=12.03, longitude=13.92, fatalities=5,
                   evidence={"event_type": [span(HOSTILE, "killed")],
                             "actor1": [span(HOSTILE, "Gunmen")],
                             "location": [span(HOSTILE, "Dikwa")],
                             "fatalities": [span(HOSTILE, "5 villagers")],
                             "event_date": [span(HOSTILE, "Monday")]}),
    ]
    return article


def build_store(path: Path | str) -> Path | str:
    with Store.open(path) as store:
        store.add_many([kharkiv_article(), sudan_article(), hostile_article()])
    return path


@pytest.fixture(scope="session")
def hostile_text() -> str:
    return HOSTILE


@pytest.fixture(scope="session")
def make_store():  # noqa: ANN201
    """``make_store(path)``: the hand-built store written at ``path``."""
    return build_store


@pytest.fixture(scope="session", params=("sqlite", "postgresql"))
def small_db(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path | str]:
    """A store of four hand-built events in three countries (one hostile article), on each
    backend: a SQLite file, and a PostgreSQL schema of its own (skipped without PostgreSQL)."""
    if request.param == "sqlite":
        yield build_store(tmp_path_factory.mktemp("service") / "small.db")
        return
    from sitrep.store.pgtemp import create_schema, drop_schema

    base = request.getfixturevalue("pg_url")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    yield build_store(create_schema(base, schema))
    drop_schema(base, schema)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:  # noqa: ANN001
    """The bundled examples through the real pipeline, plus the hand-built articles."""
    from sitrep.demo import default_examples
    from sitrep.readers import ReadReport, read_inputs
    from sitrep.runner import Run

    path = build_store(tmp_path_factory.mktemp("service") / "demo.db")
    report = ReadReport()
    articles = list(Run(pipeline).process(read_inputs([str(default_examples())], report=report)))
    with Store.open(path) as store:
        store.add_many(articles)
        add_contradiction(store)
    return path


def add_contradiction(store: Store) -> None:
    """Cluster the store and record one contradiction whose value is markup."""
    from sitrep.clusters import cluster_new

    cluster_new(store.conn)
    conn = store.conn
    cluster_id, event_id = conn.execute(
        "SELECT cluster_id, event_id FROM cluster_events ORDER BY cluster_id, event_id LIMIT 1"
    ).fetchone()
    article_id = conn.execute("SELECT article_id FROM events WHERE event_id = ?",
                              (event_id,)).fetchone()[0]
    conn.execute(
        "INSERT INTO contradictions (cluster_id, field, event_id, article_id, value, claimant, "
        "source) VALUES (?, 'fatalities', ?, ?, ?, 'a medic', 'Wire')",
        (cluster_id, event_id, article_id, '12 <img src=x onerror="window.__pwned = 1">'),
    )
