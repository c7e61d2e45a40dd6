"""The JSON endpoints under /api, one module per kind of thing."""

from fastapi import APIRouter, Depends

from dyad.serve.routes import analytics, articles, events, exports, meta
from dyad.serve.security import require_read

api = APIRouter(prefix="/api", dependencies=[Depends(require_read)])
for module in (meta, events, articles, analytics, exports):
    api.include_router(module.router)

__all__ = ["api"]
