"""Events: filtered, sorted and paged with an opaque cursor."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from dyad.analyze.filters import SORTS, EventFilter, find_events, get_event
from dyad.analyze.quotes import QuoteFilter, find_quotes
from dyad.serve.params import Country, Cursor, Limit, Since, Text, Until, event_filter
from dyad.serve.routes.deps import Store

router = APIRouter(tags=["events"])
SORT = "^-?(" + "|".join(SORTS) + ")$"
Filter = Annotated[EventFilter, Depends(event_filter)]


@router.get("/events", summary="Events matching the filters, a page at a time")
def list_events(
    store: Store,
    where: Filter,
    limit: Limit = 50,
    cursor: Cursor = None,
    sort: Annotated[
        str, Query(pattern=SORT, description="date, goldstein or confidence; - first for descending")
    ] = "-date",
    total: Annotated[bool, Query(description="Also count every match")] = False,
) -> dict[str, Any]:
    return find_events(store, where, limit=limit, cursor=cursor, sort=sort, with_total=total).to_dict()


@router.get("/events/{event_id}", summary="One event with its article")
def read_event(store: Store, event_id: Annotated[str, Path(pattern=r"^[0-9a-f]{1,40}$")]) -> dict[str, Any]:
    event = get_event(store, event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id} in the store")
    return event


@router.get("/quotes", summary="Quotes, newest article first (empty until a quote stage fills them)")
def list_quotes(
    store: Store,
    dyad: Annotated[
        str | None,
        Query(
            pattern=r"^[A-Za-z]{3,6}-[A-Za-z]{3,6}$",
            description="Speakers of either side, in articles with events between them",
        ),
    ] = None,
    speaker_country: Country = None,
    article: Annotated[str | None, Query(max_length=200)] = None,
    q: Text = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    where = QuoteFilter(
        dyad=dyad, speaker_country=speaker_country, article=article, q=q, since=since, until=until
    )
    return find_quotes(store, where, limit=limit, cursor=cursor)
