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
    """Article number `n` reporting one event; distinct text, so a distinct article, and no word in
    common with another story's, so that event clustering (dyad.cluster) keeps each its own event."""
    sentence = f"{_words(n)} ({code}) on {day}, #{n}."
    return article(
        sentence,
        published or date.fromisoformat(day[:10]),
        [(sentence, source, target, code, day, extra)],
        title=f"Story {n}",
        url=f"https://{host}/story/{n}",
    )


SYLLABLES = ("ka", "lo", "mi", "nu", "pe", "ri", "so", "ta", "vo", "zu")


def _words(n: int) -> str:
    """Three made-up words that only story `n` uses ("Kalomi Kalomo ...")."""
    return " ".join("".join(SYLLABLES[int(d)] for d in f"{n:04d}{k}").capitalize() for k in range(3))


# One strike told by four outlets in their own words (same pair, kind of act and day), and a later strike.
STRIKE_REPORTS = (
    ("kyiv-post.example", "Russian missiles struck an energy facility in Odesa overnight, "
                          "cutting power to thousands of homes, Ukrainian officials said."),
    ("wire.example", "A Russian missile attack hit a power facility in the Odesa region, "
                     "leaving thousands of homes without electricity."),
    ("www.daily.example", "Russia struck Odesa's energy facility with missiles overnight; "
                          "thousands of homes lost power."),
    ("eu-observer.example", "Ukraine said Russian missiles hit an Odesa energy facility, "
                            "knocking out power for thousands of homes."),
)
LATER_STRIKE = ("wire.example", "Russian drones struck grain silos at the Izmail river port, "
                                "destroying stored wheat.")


def strike_reports(day: str = "2026-03-03", later: str = "2026-03-20") -> list[CodingResult]:
    """Four outlets' articles about one RUS -> UKR strike (190) on `day`, and one about another on `later`."""
    reports = [(host, sentence, day) for host, sentence in STRIKE_REPORTS] + [(*LATER_STRIKE, later)]
    return [
        article(sentence, date.fromisoformat(when), [(sentence, "RUS", "UKR", "190", when)],
                title=f"Strike report {n}", url=f"https://{host}/world/{n}")
        for n, (host, sentence, when) in enumerate(reports)
    ]
