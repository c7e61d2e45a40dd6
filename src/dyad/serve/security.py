"""Who may read and write, how big a request may be, and the headers that keep the dashboard's pages
from running anything but their own scripts."""

from __future__ import annotations

import hmac
import json
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(
    auto_error=False,
    description="DYAD_TOKEN to write; DYAD_READ_TOKEN (or DYAD_TOKEN) to "
    "read when the operator set a read token",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def require_read(request: Request, credentials: Credentials) -> None:
    settings = request.app.state.settings
    if settings.read_token is None:
        return
    given = credentials.credentials if credentials else ""
    if any(token and _same(given, token) for token in (settings.read_token, settings.token)):
        return
    raise HTTPException(
        401,
        "reading needs a token: send the header Authorization: Bearer <DYAD_READ_TOKEN>",
        headers={"WWW-Authenticate": "Bearer"},
    )


def require_write(request: Request, credentials: Credentials) -> None:
    settings = request.app.state.settings
    if settings.token is None:
        raise HTTPException(
            403, "writing over HTTP is off: the operator has not set DYAD_TOKEN for this server"
        )
    if credentials is None or not _same(credentials.credentials, settings.token):
        raise HTTPException(
            401,
            "writing needs a token: send the header Authorization: Bearer <DYAD_TOKEN>",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def _reply(send: Any, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuses request bodies over `max_bytes` with 413, whether announced (Content-Length) or streamed."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_big = f"the request body is over the limit of {self.max_bytes:,} bytes"
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await _reply(
                send,
                413 if length.isdigit() else 400,
                too_big if length.isdigit() else "Content-Length is not a number",
            )
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.max_bytes:
                await _reply(send, 413, too_big)
                return
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


MAX_QUERY = 4096  # bytes of a request's query string: every filter at its longest fits in about 1,000
MAX_PATH = 1024  # bytes of a request's path


class QueryLimit:
    """Refuses over-long query strings and paths with 414 before any route parses them."""

    def __init__(self, app: Any, max_query: int = MAX_QUERY, max_path: int = MAX_PATH) -> None:
        self.app = app
        self.max_query = max_query
        self.max_path = max_path

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            if len(scope.get("query_string", b"")) > self.max_query:
                await _reply(send, 414, f"the query string is over the limit of {self.max_query:,} bytes")
                return
            if len(scope.get("raw_path") or scope["path"].encode()) > self.max_path:
                await _reply(send, 414, f"the path is over the limit of {self.max_path:,} bytes")
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)
