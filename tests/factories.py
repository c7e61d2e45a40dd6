"""Events and articles built directly as records (no NLP), so analytics, API and export tests control
exactly what is in the store."""

from __future__ import annotations

from datetime import date
from typing import Any

from benchmarks.generate_events import LocatedEvent  # an event with the record's `location`

from dyad.records import Actor, Article, Cameo, CodingResult, Plover, When

# code: (name, root, quad class, Goldstein, PLOVER type)
CAMEO = {
    "010": ("Make statement", "01", 1, 0.0, None),
    "042": ("Make a visit", "04", 1, 1.9, "CONSULT"),
    "057": ("Sign formal agreement", "05", 1, 8.0, "SUPPORT"),
    "070": ("Provide aid", "07", 2, 7.0, "AID"),
    "112": ("Accuse", "11", 3, -2.0, "ACCUSE"),
    "138": ("Threaten to use military force", "13", 3, -7.0, "THREATEN"),
    "173": ("Arrest, detain, or charge with legal action", "17", 4, -5.0, "COERCE"),
    "190": ("Use conventional military force", "19", 4, -10.0, "ASSAULT"),
}


def actor(code: str, name: str | None = None) -> Actor:
    """An actor from a CAMEO actor code: "USA" or "USAGOV"."""
    return Actor(text=name or code, name=name or code, country=code[:3], sector=code[3:] or None)


def event(
    article_id: str,
    sentence: str,
    start: int,
    source: str,
    target: str | None,
    code: str,
    day: str | None,
    modality: str = "asserted",
    location: dict[str, Any] | None = None,
    source_name: str | None = None,
    target_name: str | None = None,
) -> LocatedEvent:
    name, root, quad, goldstein, plover = CAMEO[code]
    precision = "day" if day and len(day) == 10 else ("month" if day else None)
    return LocatedEvent(
        article_id=article_id,
        sentence=sentence,
        span=(start, start + len(sentence)),
        source=actor(source, source_name),
        target=actor(target, target_name) if target else None,
        cameo=Cameo(code, name, root, goldstein, quad),
        plover=Plover(plover, None),
        modality=modality,
        date=When(day, precision, None),
        confidence=0.9,
        trigger="",
        location=location,
    )


def article(
    text: str,
    published: date | None,
    events: list[tuple],
    title: str | None = None,
    url: str | None = None,
    id: str = "",
) -> CodingResult:
    """An article whose events are (sentence, source, target, code, day[, extra keyword dict]); each
    sentence must occur in `text`."""
    art = Article(text=text, id=id, title=title, url=url, published=published, origin="test")
    built = []
    for spec in events:
        sentence, source, target, code, day, *extra = spec
        built.append(
            event(
                art.id,
                sentence,
                text.index(sentence),
                source,
                target,
                code,
                day,
                **(extra[0] if extra else {}),
            )
        )
    return CodingResult(article=art, events=built)


def story(
    n: int,
    source: str,
    target: str,
    code: str,
    day: str,
    host: str = "news.example",
    published: date | None = None,
    **extra: Any,
) -> CodingResult:
    """Article number `n` reporting one event; distinct text, so a distinct article."""
    sentence = f"Report {n}: {source} acted against {target} ({code}) on {day}."
    return article(
        sentence,
        published or date.fromisoformat(day[:10]),
        [(sentence, source, target, code, day, extra)],
        title=f"Story {n}",
        url=f"https://{host}/story/{n}",
    )
