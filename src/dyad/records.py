"""The record types every stage shares.

Field names of `to_dict()` are a public contract (JSONL output, the store, exports): add fields, never
rename them.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from operator import attrgetter
from typing import Any

SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "REB", "INS", "SEP", "SPY", "OPP", "CRM", "BUS", "MED", "CVL",
    "ELI", "LAB", "EDU", "HLH", "HRI", "REF", "ENV", "AGR", "DEV", "UAF", "IGO", "NGO", "NGM", "MNC",
    "IMG", "INT", "UIS", "REL",
}
MODALITIES = ("asserted", "negated", "hypothetical", "planned", "habitual")


def content_hash(text: str) -> str:
    """Identity of an article: the same text from anywhere is the same article."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Article:
    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    published: date | None = None
    origin: str = ""  # file path, "stdin", or "python"
    hash: str = ""
    dateline: Place | None = None  # where it was filed from ("MEXICO CITY —"), set by the places stage

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.text)
        if not self.id:
            self.id = self.hash[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "article", "id": self.id, "hash": self.hash, "title": self.title, "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "origin": self.origin, "chars": len(self.text),
            "dateline": self.dateline.as_location() if self.dateline else None,
        }


@dataclass(slots=True)
class Actor:
    """An actor as it takes part in one event: the words used and who they were resolved to."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # CAMEO agent code
    inferred: bool = False  # country taken from the context, not from the words themselves
    full_code: str | None = None  # the whole code an imported dictionary gave ("NGOARNGOV", "---GOV")

    @property
    def code(self) -> str:
        """CAMEO-style actor code: country then sector ("USAGOV"), as GDELT writes it, or the whole
        code an imported (PETRARCH) dictionary gave."""
        return self.full_code or f"{self.country or ''}{self.sector or ''}"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector,
                "code": self.code}


@dataclass(slots=True, frozen=True)
class Cameo:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True, frozen=True)
class Plover:
    type: str | None
    mode: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True, frozen=True)
class When:
    """A normalised date. `precision` is day, week, month, year, or unknown-before (happened on or
    before `value`, the publication date); value is None when nothing anchors it."""

    value: str | None
    precision: str | None
    text: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    article_id: str
    sentence: str
    span: tuple[int, int]
    source: Actor
    target: Actor | None
    cameo: Cameo
    plover: Plover
    modality: str
    date: When
    confidence: float
    trigger: str = ""
    id: str = ""
    notes: list[str] = field(default_factory=list)
    location: Place | None = None  # where it happened, when the sentence says so
    # Offsets of the trigger word(s) in the article text, like `span`: from the first word to the last
    # ("threatened to strike" for a threat read from its frame verb). None when not known.
    trigger_span: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if not self.id:
            key = "|".join([
                self.article_id, str(self.span[0]), str(self.span[1]), self.cameo.code,
                self.source.code, self.source.text, self.target.code if self.target else "",
                self.target.text if self.target else "", self.modality,
            ])
            self.id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def dyad(self) -> str:
        target = self.target.country if self.target and self.target.country else "---"
        return f"{self.source.country or '---'}-{target}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "event", "id": self.id, "article_id": self.article_id, "sentence": self.sentence,
            "span": list(self.span), "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None, "cameo": self.cameo.to_dict(),
            "plover": self.plover.to_dict(), "modality": self.modality, "date": self.date.to_dict(),
            "confidence": round(self.confidence, 2), "trigger": self.trigger,
            "trigger_span": list(self.trigger_span) if self.trigger_span is not None else None,
            "notes": self.notes, "location": _location(self.location),
        }


@dataclass(slots=True)
class Entity:
    """A person, organisation or country the article talks about, with every place it is mentioned."""

    id: str
    name: str
    kind: str  # person, organisation, country, group
    country: str | None
    sector: str | None
    role: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    article_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "actor", "id": self.id, "article_id": self.article_id, "name": self.name,
            "kind": self.kind, "country": self.country, "sector": self.sector, "role": self.role,
            "gender": self.gender, "mentions": [list(m) for m in self.mentions],
        }


@dataclass(slots=True)
class Failure:
    """An input that could not be coded, and why; a batch records it and goes on."""

    origin: str
    reason: str
    article_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "failure", "origin": self.origin, "article_id": self.article_id, "reason": self.reason,
        }


def _location(place: Place | dict[str, Any] | None) -> dict[str, Any] | None:
    """An event's `location` as its record writes it (a plain mapping is taken as already written)."""
    return place.as_location() if isinstance(place, Place) else place


def _record_id(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Place:
    """A place named in the article, resolved offline to a point, its country and first-level division."""

    text: str
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None  # state, province, region
    lat: float
    lon: float
    span: tuple[int, int]
    kind: str = "city"  # country, admin1, city, region
    article_id: str = ""
    dateline: bool = False  # the dateline names where the article was filed, not where things happened
    events: list[str] = field(default_factory=list)  # ids of the events located here
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = _record_id(self.article_id, "place", *self.span)

    def as_location(self) -> dict[str, Any]:
        """The place as an event's or article's `location`."""
        return {"text": self.text, "name": self.name, "country": self.country, "admin1": self.admin1,
                "lat": self.lat, "lon": self.lon, "kind": self.kind, "span": list(self.span)}

    def to_dict(self) -> dict[str, Any]:
        return {"type": "place", "id": self.id, "article_id": self.article_id, **self.as_location(),
                "dateline": self.dateline, "events": self.events}


@dataclass(slots=True)
class Quote:
    """Who said what: a direct, partial or reported quotation and its speaker (None: unattributed)."""

    article_id: str
    text: str
    kind: str  # direct, partial, indirect
    cue: str | None  # the verb that introduces it ("said", "warned", "according to")
    span: tuple[int, int]  # of the quoted words, without the quotation marks
    speaker: Actor | None
    events: list[str] = field(default_factory=list)  # ids of the events coded inside the quote
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = _record_id(self.article_id, "quote", *self.span)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "quote", "id": self.id, "article_id": self.article_id, "text": self.text,
            "kind": self.kind, "cue": self.cue, "span": list(self.span),
            "speaker": {key: value for key, value in self.speaker.to_dict().items() if key in SPEAKER_FIELDS}
            if self.speaker else None, "events": self.events,
        }


# A quote's speaker as issue #4 specifies it (an event actor's record also gives its CAMEO code).
SPEAKER_FIELDS = ("text", "name", "country", "sector")


@dataclass(slots=True)
class TimeExpression:
    """A temporal expression, normalised like `When`; durations and ranges keep their text (value None).

    `anchor` is the day it was resolved against when that is not the publication date (a quote's speech
    time)."""

    text: str
    value: str | None
    precision: str | None  # day, week, month, year, duration, range, time, or None
    span: tuple[int, int]
    article_id: str = ""
    anchor: str | None = None
    events: list[str] = field(default_factory=list)  # ids of the events this expression dates
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = _record_id(self.article_id, "time", *self.span)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "time", "id": self.id, "article_id": self.article_id, "text": self.text,
            "value": self.value, "precision": self.precision, "span": list(self.span), "anchor": self.anchor,
            "events": self.events,
        }


@dataclass(slots=True)
class CodingResult:
    article: Article
    events: list[Event] = field(default_factory=list)
    actors: list[Entity] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        """All records of the article in output order: article, actors, events, quotes, places, times."""
        return [
            self.article.to_dict(),
            *(a.to_dict() for a in self.actors),
            *(e.to_dict() for e in self.events),
            *(q.to_dict() for q in self.quotes),
            *(p.to_dict() for p in self.places),
            *(t.to_dict() for t in self.times),
        ]


def _by_constructor(record: Any) -> tuple[type, tuple[Any, ...]]:
    """Pickle a record as a call of its class with every field. The dataclass default restores a slotted
    object field by field through `fields()`: 1.4 ms an article handed back by a worker process, a fifth
    of that this way. Every field is an argument of `__init__`; ids and hashes, already set, are kept."""
    cls = type(record)
    values = _FIELDS.get(cls)
    if values is None:  # a subclass (a test's or benchmark's record with a field more)
        values = _FIELDS[cls] = attrgetter(*(f.name for f in fields(cls)))
    return cls, values(record)


_FIELDS: dict[type, Any] = {}  # record class -> a getter of all its fields as a tuple (each has 2 or more)
for _cls in (Article, Actor, Cameo, Plover, When, Event, Entity, Failure, Place, Quote, TimeExpression,
             CodingResult):
    _cls.__reduce__ = _by_constructor  # type: ignore[method-assign]
