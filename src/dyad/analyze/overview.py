"""What the store holds at a glance: totals, the day it runs to, and the vocabularies for filters."""

from __future__ import annotations

from typing import Any

from dyad.analyze.sql import AGGREGATES, DAY, EVENTS_JOIN, as_of
from dyad.analyze.totals import QUAD_NAMES, Totals
from dyad.records import MODALITIES

CAMEO_ROOTS = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def summary(store: Any) -> dict[str, Any]:
    """Totals of the whole store, the day it runs to, and how many country pairs it holds."""
    counts = {
        table: int(store.query(f"SELECT count(*) FROM {table}")[0][0])
        for table in ("articles", "events", "quotes")
    }
    totals = Totals.from_row(store.query(f"SELECT {AGGREGATES} FROM {EVENTS_JOIN}")[0])
    pairs = store.query(
        """SELECT count(*) FROM (SELECT DISTINCT source_country, target_country FROM events
           WHERE source_country IS NOT NULL AND target_country IS NOT NULL
             AND source_country <> target_country) pairs"""
    )[0][0]
    span = store.query(f"SELECT min({DAY}), max({DAY}) FROM {EVENTS_JOIN}")[0]
    latest = as_of(store)
    return {
        **counts,
        "dyads": int(pairs),
        "hosts": totals.hosts,
        "totals": totals.to_dict(),
        "first_day": span[0].isoformat() if span[0] else None,
        "as_of": latest.isoformat() if latest else None,
    }


def vocabulary() -> dict[str, Any]:
    """The codes a filter can take, with their names."""
    return {
        "quad_classes": {str(k): v for k, v in QUAD_NAMES.items()},
        "cameo_roots": CAMEO_ROOTS,
        "plover_types": list(PLOVER_TYPES),
        "modalities": list(MODALITIES),
    }
