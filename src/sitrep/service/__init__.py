"""The web service: ``sitrep serve``, a typed API and the offline map-and-timeline page.

- :mod:`~sitrep.service.app`: :func:`create_app`, the app factory;
- :mod:`~sitrep.service.routes`: the read endpoints (events, event, article, stats, GeoJSON,
  clusters, contradictions); their SQL is in :mod:`sitrep.store.queries`;
- :mod:`~sitrep.service.writes`: ``POST /api/articles``, extract and store (token needed);
- :mod:`~sitrep.service.schemas`: the pydantic shapes of requests and answers;
- :mod:`~sitrep.service.security`: the token check, body size limit and page headers;
- :mod:`~sitrep.service.stores`: one open store per server thread;
- :mod:`~sitrep.service.evidence`: the spans the page highlights for an event;
- :mod:`~sitrep.service.basemap`: builds the vendored country and admin1 outlines;
- ``static/``: the page (plain HTML, CSS and JavaScript) and its vendored libraries.

Importing this package needs FastAPI (the ``serve`` extra); ``import sitrep`` does not.
"""

from __future__ import annotations

__all__ = ["create_app"]


def __getattr__(name: str) -> object:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
