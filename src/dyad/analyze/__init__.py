"""Analytics over the store: dyad time series, escalation alerts, the busiest and most-moved pairs, and
the event filters the CLI, the exports and the HTTP API share.

Every query goes through `store.query(sql, params)` in portable SQL (it runs on DuckDB and PostgreSQL).
"""

from dyad.analyze.alerts import Alert, AlertRule, alerts, movers
from dyad.analyze.dyads import DyadSpec, Side, top_dyads
from dyad.analyze.filters import EventFilter, EventPage, count_events, find_events, iter_events, iter_pages
from dyad.analyze.series import DyadSeries, SeriesPoint, dyad_series
from dyad.analyze.sql import PERIODS, as_of

__all__ = [
    "PERIODS",
    "Alert",
    "AlertRule",
    "DyadSeries",
    "DyadSpec",
    "EventFilter",
    "EventPage",
    "SeriesPoint",
    "Side",
    "alerts",
    "as_of",
    "count_events",
    "dyad_series",
    "find_events",
    "iter_events",
    "iter_pages",
    "movers",
    "top_dyads",
]
