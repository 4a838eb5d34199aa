"""Run the app with uvicorn until Ctrl-C: what ``sitrep serve`` and ``sitrep demo --serve`` do."""

from __future__ import annotations

import click

from ..errors import ConfigError
from ..settings import Settings

__all__ = ["serve_forever", "page_address"]


def page_address(host: str, port: int) -> str:
    """The address to open in a browser (a wildcard host is shown as 127.0.0.1)."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def serve_forever(settings: Settings, host: str, port: int) -> None:
    """Serve the page and API over ``settings.db`` on ``host:port``; return on Ctrl-C."""
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:
        raise ConfigError(
            f"the web service needs FastAPI and uvicorn ({exc.name} is missing); "
            "install them with: pip install 'sitrep[serve]'."
        ) from exc
    app = create_app(settings.db, api_token=settings.api_token, settings=settings)
    writes = "on (token set)" if settings.api_token else "off (set SITREP_API_TOKEN to enable)"
    click.echo(
        f"sitrep: serving {settings.db} at {page_address(host, port)} (API docs at /docs; "
        f"writes {writes}). Press Ctrl-C to stop.",
        err=True,
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")
