"""The API's defences: the write token, request size limits and the page's headers.

- Writes need ``Authorization: Bearer TOKEN``, where TOKEN is the ``api_token``
  setting (``SITREP_API_TOKEN`` or ``api_token`` in ``sitrep.toml``). The
  comparison is :func:`hmac.compare_digest` on the bytes, so a wrong token
  takes as long to refuse whatever its prefix. With no token configured every
  write is refused (403): an open port never accepts writes by default.
- Request bodies above :data:`MAX_BODY` bytes are refused with 413 before
  they are read whole (a ``Content-Length`` over it, or a stream that grows
  past it).
- Every answer carries ``X-Content-Type-Options: nosniff`` and a strict
  Content-Security-Policy: scripts and styles only from this server, no
  inline script, no frames, nothing fetched from elsewhere.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException, Request

__all__ = ["MAX_BODY", "require_token", "BodyLimit", "SecurityHeaders", "CSP"]

#: The largest request body accepted, in bytes (a batch of articles as JSON).
MAX_BODY = 5 * 1024 * 1024

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'; object-src 'none'"
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def require_token(request: Request) -> None:
    """FastAPI dependency: pass only with the configured bearer token."""
    expected: str = request.app.state.api_token
    if not expected:
        raise HTTPException(
            status_code=403,
            detail="writes are disabled on this server: set SITREP_API_TOKEN (or api_token in "
            "sitrep.toml) before starting `sitrep serve` to enable them.",
        )
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    ok = hmac.compare_digest(given.strip().encode(), expected.encode())
    if scheme.lower() != "bearer" or not ok:
        raise HTTPException(
            status_code=401,
            detail="a valid token is needed to write: send 'Authorization: Bearer TOKEN'.",
            headers={"WWW-Authenticate": "Bearer"},
        )


class _TooLarge(Exception):
    pass


async def _refuse(send: Send, limit: int) -> None:
    detail = f"request body too large: at most {limit} bytes; send fewer articles per request."
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``limit`` bytes with 413."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"").decode("latin-1").strip()
        if declared.isdecimal() and int(declared) > self.limit:
            await _refuse(send, self.limit)
            return
        seen = 0
        over = False
        refused = False

        async def counted() -> Message:
            nonlocal seen, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    over = True  # the app's answer to a cut body is replaced by 413
                    raise _TooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal refused
            if not over:
                await send(message)
            elif not refused and message["type"] == "http.response.start":
                refused = True
                await _refuse(send, self.limit)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            pass
        if over and not refused:
            await _refuse(send, self.limit)


class SecurityHeaders:
    """ASGI middleware: ``nosniff``, no referrer, and the CSP on every answer."""

    def __init__(self, app: ASGIApp, csp: str = CSP) -> None:
        self.app = app
        self.csp = csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"content-security-policy", self.csp.encode()),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
