"""The app factory: the API under /api, the dashboard at /, the OpenAPI schema at /openapi.json."""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware

from dyad import __version__
from dyad.serve import errors
from dyad.serve.routes import api
from dyad.serve.security import BodyLimit, QueryLimit, SecurityHeaders
from dyad.serve.settings import Settings
from dyad.serve.state import LazyCoder, SharedStore
from dyad.serve.warm import warm_in_background

STATIC = resources.files("dyad.serve") / "static"
DESCRIPTION = """Events coded by dyad (who did what to whom, CAMEO and PLOVER), dyad series, escalation
alerts and exports. Reading is open unless the operator set DYAD_READ_TOKEN; writing needs DYAD_TOKEN as
`Authorization: Bearer ...` and is off when it is not set. Errors are `{"error": "..."}`."""


def create_app(db_path: str, settings: Settings | None = None, **options: Any) -> FastAPI:
    """An app over the store at `db_path`. Options are `Settings` fields (token, read_token, max_body,
    coder_factory); tokens not given come from DYAD_TOKEN and DYAD_READ_TOKEN."""
    settings = settings or Settings.from_env(db_path, **options)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        warmer = warm_in_background(app.state.store) if settings.warm else None
        yield
        if warmer is not None:
            warmer.join(timeout=30)
        app.state.coder.close()
        app.state.store.close()

    app = FastAPI(
        title="dyad",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = SharedStore(db_path)
    app.state.coder = LazyCoder(settings.coder_factory)
    errors.install(app)
    app.include_router(api)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"), media_type="text/html")

    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body)
    app.add_middleware(QueryLimit)
    app.add_middleware(SecurityHeaders)
    return app
