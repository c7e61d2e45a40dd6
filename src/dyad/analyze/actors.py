"""The actors most often on each side of a dyad, as source or target of its events."""

from __future__ import annotations

from datetime import date
from typing import Any

from dyad.analyze.dyads import DyadSpec
from dyad.analyze.sql import ASSERTED, EVENTS_JOIN, day_range


def top_actors(
    store: Any, dyad: DyadSpec | str, since: date | None = None, until: date | None = None, n: int = 10
) -> list[dict[str, Any]]:
    """Named actors of both sides of the dyad's events (either direction), busiest first, with how often
    each acted (as source) and was acted upon (as target)."""
    spec = DyadSpec.parse(dyad) if isinstance(dyad, str) else dyad
    pair, params = spec.either()
    within, range_params = day_range(since, until)
    clauses = [ASSERTED, pair, *within]
    params += range_params
    where = " AND ".join(clauses)
    sides = " UNION ALL ".join(
        f"SELECT e.{role}_name AS name, e.{role}_country AS country, e.{role}_sector AS sector, "
        f"{1 if role == 'source' else 0} AS as_source FROM {EVENTS_JOIN} WHERE {where}"
        for role in ("source", "target")
    )
    rows = store.query(
        f"""SELECT name, country, sector, count(*) AS n, sum(as_source) FROM ({sides}) actors
            WHERE name IS NOT NULL GROUP BY name, country, sector ORDER BY n DESC, name LIMIT ?""",
        [*params, *params, n],
    )
    return [
        {
            "name": name,
            "country": country,
            "sector": sector,
            "events": int(total),
            "as_source": int(as_source or 0),
            "as_target": int(total) - int(as_source or 0),
        }
        for name, country, sector, total, as_source in rows
    ]
