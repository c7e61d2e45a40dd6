"""Every failure is JSON `{"error": "..."}` with a 4xx status a client can act on; a bug is a 500 that
says nothing of the internals."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dyad.errors import DyadError

log = logging.getLogger("dyad.serve")


def _where(location: tuple) -> str:
    parts = [str(p) for p in location if p not in ("query", "path", "body")]
    return ".".join(parts) or "request"


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = [f"{_where(tuple(e.get('loc', ())))}: {e.get('msg', 'invalid')}" for e in error.errors()]
        return JSONResponse(
            {"error": "invalid request: " + "; ".join(problems), "problems": problems}, status_code=422
        )

    @app.exception_handler(DyadError)
    async def refused(_request: Request, error: DyadError) -> JSONResponse:
        return JSONResponse({"error": str(error)}, status_code=400)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> JSONResponse:
        return JSONResponse(
            {"error": str(error.detail)},
            status_code=error.status_code,
            headers=getattr(error, "headers", None),
        )

    @app.exception_handler(Exception)
    async def bug(request: Request, error: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": "internal error (logged on the server)"}, status_code=500)
