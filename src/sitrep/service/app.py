"""The app factory: :func:`create_app` builds the FastAPI app over one store.

Example:

    >>> app = create_app("events.db")              # doctest: +SKIP
    >>> import uvicorn; uvicorn.run(app)           # doctest: +SKIP

The page is ``/``, the OpenAPI schema ``/openapi.json`` and its browsable
docs ``/docs`` (a vendored Swagger UI; nothing is fetched from elsewhere).
Reading is open; writing needs the token (:mod:`sitrep.service.security`).
No CORS headers are sent, so other sites' pages cannot read the API.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from ..errors import InputError, StoreError
from ..runner import Run
from ..settings import Settings
from ..store import Store
from . import routes, writes
from .security import MAX_BODY, BodyLimit, SecurityHeaders
from .stores import StorePool

__all__ = ["create_app", "STATIC"]

STATIC = Path(__file__).parent / "static"


def create_app(
    db: str,
    *,
    api_token: str = "",
    settings: Settings | None = None,
    make_run: Callable[[], Run] | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The API and page over the store at ``db`` (migrated now, so errors show at start).

    ``api_token`` enables writes; ``make_run`` builds the pipeline for them
    (default: the full pipeline with ``settings``), on the first write only.
    """
    Store.open(db).close()
    pool = StorePool(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="sitrep",
        summary="Evidence-backed, ACLED-compatible events from war and crisis reports.",
        version=_version(),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.stores = pool
    app.state.api_token = api_token
    app.state.writer = writes.Writer(make_run or (lambda: Run(settings=settings)))
    app.include_router(routes.router)
    app.include_router(writes.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": exc.message})

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": exc.message})

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=max_body)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sitrep")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"
