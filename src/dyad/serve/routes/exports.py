"""Downloads of the events matching any filter, in every export format."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from dyad.analyze.filters import EventFilter
from dyad.export import EXPORT_FORMATS
from dyad.serve.params import event_filter
from dyad.serve.routes.deps import Store

router = APIRouter(tags=["export"])
FORMAT = "^(" + "|".join(EXPORT_FORMATS) + ")$"


@router.get(
    "/export",
    summary="The matching events as a file: csv, parquet, gdelt (GDELT 2.0 TSV) or "
    "plover (PLOVER JSON Lines)",
    response_class=StreamingResponse,
    responses={200: {"description": "The file, streamed"}},
)
def export(
    store: Store,
    where: Annotated[EventFilter, Depends(event_filter)],
    format: Annotated[str, Query(pattern=FORMAT)] = "csv",
) -> StreamingResponse:
    chosen = EXPORT_FORMATS[format]
    return StreamingResponse(
        chosen.chunks(store, where),
        media_type=chosen.media_type,
        headers={"Content-Disposition": f'attachment; filename="dyad-events.{chosen.extension}"'},
    )
