"""Request guards: bounded bodies, writes only with the token (when one is set), no cross-site writes.

A pure ASGI middleware, so a too-large upload is refused before it is read
whole: ``Content-Length`` over the bound is answered 413 at once, and a body
sent without one is counted as it streams and cut off at the bound.
"""

from __future__ import annotations

import hmac
import json
from urllib.parse import urlsplit

from .errors import error_body
from .settings import ServeSettings

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
TOKEN_HEADER = "x-newsgraph-token"


class BodyTooLarge(Exception):
    pass


async def _send_error(send, status: int, message: str) -> None:
    body = json.dumps(error_body(status, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def token_ok(settings: ServeSettings, scope) -> bool:
    if settings.token is None:
        return True
    given = _header(scope, TOKEN_HEADER.encode()) or ""
    auth = _header(scope, b"authorization") or ""
    if auth.lower().startswith("bearer "):
        given = given or auth[7:].strip()
    return hmac.compare_digest(given.encode(), settings.token.encode())


def same_origin(scope) -> bool:
    """A browser's write must come from a page of this server (a form on another site may not post here)."""
    origin = _header(scope, b"origin")
    if origin is None:
        return True
    host = _header(scope, b"host") or ""
    return urlsplit(origin).netloc == host


class Guard:
    def __init__(self, app, settings: ServeSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["method"] in WRITE_METHODS:
            if not self.settings.writes:
                return await _send_error(send, 403, "this server is read-only (started with --read-only)")
            if not same_origin(scope):
                return await _send_error(send, 403, "cross-site write refused")
            if not token_ok(self.settings, scope):
                return await _send_error(send, 401, "writes need the server's token (header X-Newsgraph-Token)")
        limit = self.settings.max_body
        length = _header(scope, b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            return await _send_error(send, 413, f"request body over {limit} bytes")
        seen = 0

        async def bounded_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge()
            return message

        started = False

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, bounded_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _send_error(send, 413, f"request body over {limit} bytes")
