"""The record types every stage shares.

Field names of `to_dict()` are a public contract (JSONL output, the store, exports): add fields, never
rename them.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
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
        }


@dataclass(slots=True)
class Actor:
    """An actor as it takes part in one event: the words used and who they were resolved to."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # CAMEO agent code

    @property
    def code(self) -> str:
        """CAMEO-style actor code: country then sector ("USAGOV"), as GDELT writes it."""
        return f"{self.country or ''}{self.sector or ''}"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}


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
            "confidence": round(self.confidence, 2), "trigger": self.trigger, "notes": self.notes,
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


@dataclass(slots=True)
class CodingResult:
    article: Article
    events: list[Event] = field(default_factory=list)
    actors: list[Entity] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        """All records of the article in output order: the article, its actors, its events."""
        return [
            self.article.to_dict(),
            *(a.to_dict() for a in self.actors),
            *(e.to_dict() for e in self.events),
        ]
