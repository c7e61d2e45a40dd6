"""What the store holds and what the filters can take."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from dyad import __version__
from dyad.analyze.filters import MAX_PAGE
from dyad.analyze.overview import summary, vocabulary
from dyad.export.countries import country_names
from dyad.serve.routes.deps import Store

router = APIRouter(tags=["meta"])


@router.get("/summary", summary="Totals of the store and the day its data runs to")
def get_summary(store: Store) -> dict[str, Any]:
    return store.cached("summary", lambda: summary(store))


@router.get("/meta", summary="Vocabularies for filters, country names, limits and whether writing is on")
def get_meta(request: Request) -> dict[str, Any]:
    settings = request.app.state.settings
    return {
        "version": __version__,
        **vocabulary(),
        "countries": country_names(),
        "max_page": MAX_PAGE,
        "max_body": settings.max_body,
        "writing": settings.token is not None,
        "read_token_required": settings.read_token is not None,
    }
