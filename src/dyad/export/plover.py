"""PLOVER JSON records (the PLOVER manual's data-interchange fields), one per line.

`actor`/`recipient` are lists of entity objects ({code, sector, entity_text, identifier_text}); `event`
and `mode` are lists; `event_scale` carries the Goldstein value and `quad_code` the quad class, as the
manual suggests for splicing with CAMEO series; `event_text`, `text_info` and `cite_info` point back to
the sentence and article. CAMEO 01 statements have no PLOVER type and are left out.
"""

from __future__ import annotations

from typing import Any

from dyad import __version__


def _entity(actor: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not actor:
        return []
    return [
        {
            "code": actor.get("country"),
            "sector": actor.get("sector"),
            "entity_text": actor.get("text"),
            "identifier_text": actor.get("name"),
        }
    ]


def _location(location: Any) -> dict[str, Any] | None:
    if not isinstance(location, dict):
        return None
    return {
        "extracted_place": location.get("name"),
        "resolved_place": location.get("name"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "country_code": location.get("country"),
    }


def plover_record(event: dict[str, Any]) -> dict[str, Any] | None:
    """The PLOVER record of one event (from `dyad.analyze.iter_events`), or None without a PLOVER type."""
    plover = event.get("plover") or {}
    if not plover.get("type"):
        return None
    article = event.get("article") or {}
    cameo = event["cameo"]
    start, end = event["span"]
    return {
        "id": event["id"],
        "date": event.get("day"),
        "actor": _entity(event.get("source")),
        "recipient": _entity(event.get("target")),
        "event": [plover["type"]],
        "mode": [plover["mode"]] if plover.get("mode") else [],
        "context": [],
        "event_loc": _location(event.get("location")),
        "event_text": [event["sentence"]],
        "quad_code": cameo["quad_class"],
        "event_scale": cameo["goldstein"],
        "text_info": {"start": start, "end": end},
        "cite_info": {
            "corpus": "dyad",
            "citation": article.get("id"),
            "url": article.get("url"),
            "title": article.get("title"),
            "language": "en",
            "coder": f"dyad {__version__}",
            "codebook": "CAMEO 1.1b3 mapped to PLOVER",
        },
        "coder": f"dyad {__version__}",
        "coded_date": (article.get("ingested_at") or "")[:10] or None,
        "comment": "; ".join(event.get("notes") or []) or None,
        "cameo": {"code": cameo["code"], "name": cameo["name"]},
        "modality": event.get("modality"),
        "date_precision": (event.get("date") or {}).get("precision"),
        "confidence": event.get("confidence"),
    }
