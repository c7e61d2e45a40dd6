"""Dyads over time: the busiest pairs, one pair's series, actors and places, movers and alerts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from dyad.analyze.actors import top_actors
from dyad.analyze.alerts import AlertRule, alerts, movers
from dyad.analyze.dyads import top_dyads
from dyad.analyze.places import event_places
from dyad.analyze.series import dyad_series
from dyad.serve.params import DYAD, Count, Period, Since, Until
from dyad.serve.routes.deps import Store

router = APIRouter(tags=["dyads"])
Dyad = Annotated[str, Path(pattern=DYAD, description="Two actor codes joined by a dash: USA-MEX, USAGOV-MEX")]
Window = Annotated[int, Query(ge=2, le=104, description="Baseline periods before the one tested")]


@router.get("/dyads", summary="The busiest country pairs (either direction)")
def list_dyads(
    store: Store, top: Annotated[int, Query(ge=1, le=500)] = 20, since: Since = None, until: Until = None,
    count: Count = "clusters",
) -> dict[str, Any]:
    return store.cached(("dyads", top, since, until, count),
                        lambda: {"dyads": top_dyads(store, top, since, until, count)})


@router.get(
    "/dyads/{dyad}/series",
    summary="Per-period counts by quad class, Goldstein and sources, a → b, b → a and combined",
)
def read_series(
    store: Store, dyad: Dyad, by: Period = "week", since: Since = None, until: Until = None,
    count: Count = "clusters",
) -> dict[str, Any]:
    return store.cached(
        ("series", dyad.upper(), by, since, until, count),
        lambda: dyad_series(store, dyad.upper(), by, since, until, count).to_dict(),
    )


@router.get("/dyads/{dyad}/actors", summary="The actors most often on either side of the pair's events")
def read_actors(
    store: Store,
    dyad: Dyad,
    since: Since = None,
    until: Until = None,
    top: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    return store.cached(
        ("actors", dyad.upper(), since, until, top),
        lambda: {"actors": top_actors(store, dyad.upper(), since, until, top)},
    )


@router.get("/dyads/{dyad}/places", summary="Where the pair's events happened (when events have a location)")
def read_places(store: Store, dyad: Dyad, since: Since = None, until: Until = None) -> dict[str, Any]:
    return store.cached(
        ("places", dyad.upper(), since, until),
        lambda: {"places": event_places(store, dyad.upper(), since, until)},
    )


@router.get(
    "/movers", summary="Pairs whose summed Goldstein in the latest period departs most from their recent mean"
)
def read_movers(
    store: Store, by: Period = "week", window: Window = 8, top: Annotated[int, Query(ge=1, le=100)] = 10,
    count: Count = "clusters",
) -> dict[str, Any]:
    return store.cached(
        ("movers", by, window, top, count),
        lambda: {"by": by, "window": window, "count": count, "movers": movers(store, by, window, top,
                                                                               count=count)},
    )


@router.get("/alerts", summary="Escalation alerts: conflict score against the dyad's own baseline")
def read_alerts(
    store: Store,
    since: Since = None,
    until: Until = None,
    by: Period = "week",
    window: Window = 8,
    threshold: Annotated[float, Query(gt=0, le=100)] = 2.0,
    min_events: Annotated[int, Query(ge=1, le=10_000)] = 5,
    drivers: Annotated[int, Query(ge=0, le=50)] = 5,
    limit: Annotated[
        int,
        Query(ge=1, le=1000, description="At most this many alerts, strongest of the latest period first"),
    ] = 100,
    count: Count = "clusters",
) -> dict[str, Any]:
    rule = AlertRule(by=by, window=window, threshold=threshold, min_events=min_events, drivers=drivers,
                     count=count)

    def compute() -> dict[str, Any]:
        found = alerts(store, rule, since, until, limit)
        return {"rule": rule.describe(), "alerts": [a.to_dict() for a in found]}

    return store.cached(("alerts", rule, since, until, limit), compute)
