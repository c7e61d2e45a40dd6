"""Warming up: the overview's analytics are computed once when the server starts, in the background, so
that the first analyst to open the dashboard does not wait for cold queries."""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger("dyad.serve")


def _warm(store: Any) -> None:
    from dyad.serve.routes import analytics, meta

    try:
        meta.get_summary(store)
        analytics.read_alerts(
            store,
            since=None,
            until=None,
            by="week",
            window=8,
            threshold=2.0,
            min_events=5,
            drivers=5,
            limit=100,
        )
        analytics.read_movers(store, by="week", window=8, top=10)
        analytics.list_dyads(store, top=15, since=None, until=None)
    except Exception:  # a cold cache is slower, not wrong: never stop the server for it
        log.exception("warming the overview failed")


def warm_in_background(store: Any) -> threading.Thread:
    thread = threading.Thread(target=_warm, args=(store,), name="dyad-warm", daemon=True)
    thread.start()
    return thread
