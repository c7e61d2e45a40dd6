"""Query parameters shared by several endpoints, declared once so the OpenAPI schema documents them
the same way everywhere."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query

from dyad.analyze.filters import MAX_PAGE, MAX_TEXT, EventFilter
from dyad.records import MODALITIES

CODE = r"^[A-Za-z]{3}([A-Za-z]{3})?$"
DYAD = r"^[A-Za-z]{3}([A-Za-z]{3})?-[A-Za-z]{3}([A-Za-z]{3})?$"
COUNTRY = r"^[A-Za-z]{3}$"

Since = Annotated[
    date | None,
    Query(
        description="On or after this day (YYYY-MM-DD): the event's date, else its article's publication date"
    ),
]
Until = Annotated[date | None, Query(description="On or before this day (YYYY-MM-DD)")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}")]
Cursor = Annotated[str | None, Query(max_length=400, description="next_cursor of the previous page")]
Period = Annotated[str, Query(pattern="^(day|week|month)$", description="day, week or month")]
Count = Annotated[str, Query(
    pattern="^(clusters|mentions)$",
    description="What an event is: clusters counts the reports of one event once, mentions every report",
)]
Country = Annotated[str | None, Query(pattern=COUNTRY, description="ISO 3166-1 alpha-3 country code")]
Text = Annotated[str | None, Query(max_length=MAX_TEXT, description="Words to search for")]


def event_filter(
    dyad: Annotated[
        str | None, Query(pattern=DYAD, description="Source-target actor codes: USA-MEX, USAGOV-MEX")
    ] = None,
    both: Annotated[bool, Query(description="With dyad: events in either direction")] = False,
    actor: Annotated[
        str | None, Query(pattern=CODE, description="Actor code on either side: USAGOV, USA")
    ] = None,
    actor_name: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="Words in an actor's name")
    ] = None,
    country: Country = None,
    code: Annotated[
        str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code or prefix: 19, 190")
    ] = None,
    root: Annotated[
        str | None, Query(pattern=r"^(0[1-9]|1\d|20)$", description="CAMEO root, 01 to 20")
    ] = None,
    plover: Annotated[
        str | None, Query(pattern=r"^[A-Za-z_-]{2,31}$", description="PLOVER type: ASSAULT")
    ] = None,
    quad: Annotated[
        int | None,
        Query(
            ge=1,
            le=4,
            description="Quad class: 1 verbal cooperation, 2 material "
            "cooperation, 3 verbal conflict, 4 material conflict",
        ),
    ] = None,
    modality: Annotated[str | None, Query(pattern="^(" + "|".join(MODALITIES) + ")$")] = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT, description="Words in the event's sentence")] = None,
    article: Annotated[str | None, Query(max_length=200, description="An article id or hash")] = None,
) -> EventFilter:
    return EventFilter(
        dyad=dyad,
        both=both,
        actor=actor,
        actor_name=actor_name,
        country=country,
        code=code,
        root=root,
        plover=plover,
        quad=quad,
        modality=modality,
        since=since,
        until=until,
        q=q,
        article=article,
    )
