"""GDELT 2.0 event rows: the 61 tab-separated columns of GDELT's event codebook (v2.0, 2015), with dyad's
fields where GDELT has the same thing and empty cells where it does not.

Mapping: GlobalEventID is the event id read as a number (its first 15 hex digits); Day, MonthYear, Year
and FractionDate come from the event's day (its own date, else its article's publication date); actor
codes are country + sector as GDELT writes them, the sector also filling Type1Code; IsRootEvent is 1 for
events in the article's lead paragraph; NumMentions, NumSources and NumArticles are 1 (one sentence of
one article); AvgTone is empty (dyad measures no tone). Only the action has a place (the event's
`location`, when a coder filled it): its country is written in FIPS 10-4 as GDELT does; actor places are
empty. DATEADDED is when the article was stored, SOURCEURL its URL (else its id).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from dyad.export.countries import fips

ACTOR_FIELDS = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
GEO_FIELDS = ["Type", "Fullname", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
COLUMNS = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
]
assert len(COLUMNS) == 61, "GDELT 2.0 events have 61 columns"
COUNTRY_GEO, CITY_GEO = 1, 4  # GDELT's Geo_Type: 1 country, 4 world city or landmark


def _actor(actor: dict[str, Any] | None) -> list[str]:
    if not actor:
        return [""] * len(ACTOR_FIELDS)
    country, sector = actor.get("country") or "", actor.get("sector") or ""
    known = sector if sector in {"IGO", "NGO"} else ""
    name = (actor.get("name") or actor.get("text") or "").upper()
    return [country + sector, name, country, known, "", "", "", sector, "", ""]


def _geo(location: Any) -> list[str]:
    if not isinstance(location, dict) or location.get("lat") is None or location.get("lon") is None:
        return [""] * len(GEO_FIELDS)
    name = str(location.get("name") or "")
    iso3 = location.get("country") or ""
    kind = COUNTRY_GEO if not name or name == iso3 else CITY_GEO
    return [
        str(kind),
        name,
        fips(iso3),
        "",
        "",
        f"{float(location['lat']):.4f}",
        f"{float(location['lon']):.4f}",
        "",
    ]


def _clean(value: str) -> str:
    """Tabs and line breaks would break a TSV row."""
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def gdelt_row(event: dict[str, Any], lead_end: int | None = None) -> list[str]:
    """The 61 cells of one event (from `dyad.analyze.iter_events`); `lead_end` is where the article's lead
    paragraph ends (None: unknown, every event counts as lead)."""
    day = date.fromisoformat(event["day"]) if event.get("day") else None
    article = event.get("article") or {}
    cameo = event["cameo"]
    added = article.get("ingested_at")
    is_root = lead_end is None or event["span"][0] < lead_end
    cells = [
        str(int(event["id"][:15], 16)) if _is_hex(event["id"]) else event["id"],
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
        *_actor(event.get("source")),
        *_actor(event.get("target")),
        "1" if is_root else "0",
        cameo["code"],
        cameo["code"][:3],
        cameo["root"],
        str(cameo["quad_class"]),
        f"{cameo['goldstein']:g}",
        "1",
        "1",
        "1",
        "",
        *([""] * len(GEO_FIELDS)),
        *([""] * len(GEO_FIELDS)),
        *_geo(event.get("location")),
        datetime.fromisoformat(added).strftime("%Y%m%d%H%M%S") if added else "",
        article.get("url") or article.get("id") or "",
    ]
    return [_clean(c) for c in cells]


def _is_hex(text: str) -> bool:
    return bool(text) and all(c in "0123456789abcdefABCDEF" for c in text)
