"""Where a dyad's events happened, from the event record's `location` {"name", "country", "lat", "lon"}.

Locations are filled by a later coding stage; until then (or for events without one) there is nothing
to map and the result is empty. SQL hands over only the record's text from its "location" key on (plain
substr/position, portable), and Python decodes just that object. Events are grouped by place name and
country, the point being the mean of their coordinates.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from dyad.analyze.dyads import DyadSpec
from dyad.analyze.sql import ASSERTED, EVENTS_JOIN, day_range

MAX_LOCATED = 200_000  # events read for one map
KEY = '"location":'
RECORD = "CAST(e.record AS VARCHAR)"
_decoder = json.JSONDecoder()


def _location(tail: str) -> Any:
    """The JSON value at the start of `tail` (the record's text after its "location" key)."""
    try:
        return _decoder.raw_decode(tail.lstrip())[0]
    except (ValueError, AttributeError):
        return None


def _point(location: Any) -> tuple[str, str | None, float, float] | None:
    if not isinstance(location, dict):
        return None
    try:
        lat, lon = float(location["lat"]), float(location["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return str(location.get("name") or ""), location.get("country"), round(lat, 4), round(lon, 4)


def event_places(
    store: Any, dyad: DyadSpec | str, since: date | None = None, until: date | None = None
) -> list[dict[str, Any]]:
    """One point per distinct place, with its number of events and mean Goldstein, busiest first."""
    spec = DyadSpec.parse(dyad) if isinstance(dyad, str) else dyad
    pair, params = spec.either()
    within, range_params = day_range(since, until)
    clauses = [ASSERTED, pair, f"position('{KEY}' IN {RECORD}) > 0", *within]
    params += range_params
    tail = f"substr({RECORD}, position('{KEY}' IN {RECORD}) + {len(KEY)})"
    rows = store.query(
        f"SELECT {tail}, e.goldstein FROM {EVENTS_JOIN} WHERE {' AND '.join(clauses)} LIMIT ?",
        [*params, MAX_LOCATED],
    )
    places: dict[tuple[str, str | None], list[tuple[float, float, float]]] = {}
    for text, goldstein in rows:
        point = _point(_location(text))
        if point:
            name, country, lat, lon = point
            places.setdefault((name, country), []).append((lat, lon, goldstein))
    result = [
        {
            "name": name,
            "country": country,
            "lat": round(sum(p[0] for p in points) / len(points), 3),
            "lon": round(sum(p[1] for p in points) / len(points), 3),
            "events": len(points),
            "goldstein_mean": round(sum(p[2] for p in points) / len(points), 2),
        }
        for (name, country), points in places.items()
    ]
    result.sort(key=lambda p: (-p["events"], p["name"]))
    return result
