"""Fill a store with a realistic synthetic corpus: articles, their events (with places) and quotes.

No NLP: the articles are written from templates and their events built as records directly, with the
sentence spans, actors, CAMEO/PLOVER codes, dates and locations a coder would give them, then stored
through the store like coded articles. Deterministic for a seed. The corpus has what an analyst's store
has: a few hostile pairs at war, tense ones that flare up, friendly ones, a long tail of rare pairs,
several outlets, events dated by week only (no exact day), and escalations in the latest weeks so that
alerts fire.

    .venv/bin/python benchmarks/generate_events.py --events 100000 --db /tmp/dyad-100k.duckdb
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from dyad.records import Actor, Article, Cameo, CodingResult, Event, Plover, When
from dyad.store import open_store
from dyad.store.rows import event_row

# iso3: (name, adjective, [(city, lat, lon), ...]); the first city is the capital
COUNTRIES: dict[str, tuple[str, str, list[tuple[str, float, float]]]] = {
    "USA": (
        "the United States",
        "U.S.",
        [("Washington", 38.9, -77.04), ("El Paso", 31.76, -106.49), ("San Diego", 32.72, -117.16)],
    ),
    "MEX": (
        "Mexico",
        "Mexican",
        [("Mexico City", 19.43, -99.13), ("Culiacán", 24.8, -107.39), ("Tijuana", 32.51, -117.04)],
    ),
    "CAN": ("Canada", "Canadian", [("Ottawa", 45.42, -75.7), ("Toronto", 43.65, -79.38)]),
    "RUS": (
        "Russia",
        "Russian",
        [("Moscow", 55.76, 37.62), ("Belgorod", 50.6, 36.59), ("Kursk", 51.73, 36.19)],
    ),
    "UKR": (
        "Ukraine",
        "Ukrainian",
        [
            ("Kyiv", 50.45, 30.52),
            ("Kharkiv", 49.99, 36.23),
            ("Odesa", 46.48, 30.73),
            ("Zaporizhzhia", 47.84, 35.14),
        ],
    ),
    "CHN": ("China", "Chinese", [("Beijing", 39.9, 116.4), ("Fuzhou", 26.07, 119.3)]),
    "TWN": ("Taiwan", "Taiwanese", [("Taipei", 25.03, 121.57), ("Kinmen", 24.43, 118.32)]),
    "JPN": ("Japan", "Japanese", [("Tokyo", 35.68, 139.69)]),
    "KOR": ("South Korea", "South Korean", [("Seoul", 37.57, 126.98)]),
    "PRK": ("North Korea", "North Korean", [("Pyongyang", 39.04, 125.76)]),
    "IND": ("India", "Indian", [("New Delhi", 28.61, 77.21), ("Srinagar", 34.08, 74.8)]),
    "PAK": ("Pakistan", "Pakistani", [("Islamabad", 33.68, 73.05), ("Lahore", 31.55, 74.34)]),
    "IRN": ("Iran", "Iranian", [("Tehran", 35.69, 51.39)]),
    "ISR": ("Israel", "Israeli", [("Jerusalem", 31.77, 35.21), ("Tel Aviv", 32.09, 34.78)]),
    "PSE": ("the Palestinian territories", "Palestinian", [("Gaza", 31.5, 34.47), ("Ramallah", 31.9, 35.2)]),
    "LBN": ("Lebanon", "Lebanese", [("Beirut", 33.89, 35.5)]),
    "SYR": ("Syria", "Syrian", [("Damascus", 33.51, 36.29), ("Aleppo", 36.2, 37.13)]),
    "TUR": ("Turkey", "Turkish", [("Ankara", 39.93, 32.86)]),
    "SAU": ("Saudi Arabia", "Saudi", [("Riyadh", 24.71, 46.68)]),
    "YEM": ("Yemen", "Yemeni", [("Sanaa", 15.37, 44.19)]),
    "EGY": ("Egypt", "Egyptian", [("Cairo", 30.04, 31.24)]),
    "GBR": ("the United Kingdom", "British", [("London", 51.51, -0.13)]),
    "FRA": ("France", "French", [("Paris", 48.86, 2.35)]),
    "DEU": ("Germany", "German", [("Berlin", 52.52, 13.4)]),
    "POL": ("Poland", "Polish", [("Warsaw", 52.23, 21.01)]),
    "BLR": ("Belarus", "Belarusian", [("Minsk", 53.9, 27.56)]),
    "VEN": ("Venezuela", "Venezuelan", [("Caracas", 10.48, -66.9), ("San Cristóbal", 7.77, -72.22)]),
    "COL": ("Colombia", "Colombian", [("Bogotá", 4.71, -74.07), ("Cúcuta", 7.89, -72.5)]),
    "BRA": ("Brazil", "Brazilian", [("Brasília", -15.79, -47.88)]),
    "ARG": ("Argentina", "Argentine", [("Buenos Aires", -34.6, -58.38)]),
    "CUB": ("Cuba", "Cuban", [("Havana", 23.11, -82.37)]),
    "ETH": ("Ethiopia", "Ethiopian", [("Addis Ababa", 9.03, 38.74)]),
    "SDN": ("Sudan", "Sudanese", [("Khartoum", 15.5, 32.56)]),
    "SOM": ("Somalia", "Somali", [("Mogadishu", 2.05, 45.32)]),
    "KEN": ("Kenya", "Kenyan", [("Nairobi", -1.29, 36.82)]),
    "NGA": ("Nigeria", "Nigerian", [("Abuja", 9.08, 7.4)]),
    "ZAF": ("South Africa", "South African", [("Pretoria", -25.75, 28.19)]),
    "AFG": ("Afghanistan", "Afghan", [("Kabul", 34.56, 69.21)]),
    "ARM": ("Armenia", "Armenian", [("Yerevan", 40.18, 44.51)]),
    "AZE": ("Azerbaijan", "Azerbaijani", [("Baku", 40.41, 49.87)]),
    "SRB": ("Serbia", "Serbian", [("Belgrade", 44.79, 20.45)]),
    "XKX": ("Kosovo", "Kosovar", [("Pristina", 42.66, 21.17)]),
}
# (a, b, events per week, share of conflict events, escalation: weeks before the end when it starts or None)
RELATIONS = [
    ("RUS", "UKR", 420, 0.85, None),
    ("ISR", "PSE", 260, 0.8, None),
    ("USA", "MEX", 150, 0.35, 2),
    ("CHN", "TWN", 110, 0.55, None),
    ("USA", "CHN", 140, 0.45, None),
    ("IND", "PAK", 70, 0.6, 1),
    ("COL", "VEN", 45, 0.5, 0),
    ("ARM", "AZE", 35, 0.55, 3),
    ("USA", "CAN", 90, 0.15, None),
    ("ISR", "LBN", 60, 0.75, None),
    ("ISR", "IRN", 50, 0.8, None),
    ("USA", "IRN", 60, 0.7, None),
    ("KOR", "PRK", 40, 0.65, None),
    ("JPN", "CHN", 35, 0.4, None),
    ("SAU", "YEM", 30, 0.7, None),
    ("TUR", "SYR", 35, 0.6, None),
    ("POL", "BLR", 25, 0.6, 1),
    ("SRB", "XKX", 20, 0.5, None),
    ("ETH", "SOM", 18, 0.5, None),
    ("SDN", "EGY", 15, 0.3, None),
    ("GBR", "FRA", 40, 0.1, None),
    ("DEU", "FRA", 40, 0.05, None),
    ("USA", "UKR", 70, 0.05, None),
    ("RUS", "BLR", 30, 0.05, None),
    ("BRA", "ARG", 20, 0.15, None),
    ("USA", "CUB", 20, 0.6, None),
    ("KEN", "SOM", 15, 0.4, None),
    ("NGA", "ZAF", 10, 0.1, None),
    ("AFG", "PAK", 25, 0.65, None),
    ("USA", "JPN", 45, 0.05, None),
]
RARE_PAIRS_RATE = 0.06  # share of events between random pairs, the long tail

# code: (template, source sector, target sector, located at target?); {S}/{T} adjectives, {place}, {when}
TEMPLATES: dict[str, tuple[str, str, str, bool]] = {
    "010": ("The {S} foreign ministry said {when} that talks with {Tn} would continue.", "GOV", "GOV", False),
    "020": ("The {S} government appealed to {Tn} {when} to show restraint.", "GOV", "GOV", False),
    "036": ("{S} officials said {when} they were ready to meet {T} counterparts.", "GOV", "GOV", False),
    "040": ("{S} and {T} envoys held consultations in {place} {when}.", "GOV", "GOV", True),
    "042": (
        "The {S} foreign minister travelled to {place} {when} for talks with {T} leaders.",
        "GOV",
        "GOV",
        True,
    ),
    "046": ("{S} negotiators met {T} delegates in {place} {when}.", "GOV", "GOV", True),
    "051": ("The {S} president praised {T} cooperation {when}.", "GOV", "GOV", False),
    "057": ("{S} and {T} ministers signed a trade agreement in {place} {when}.", "GOV", "GOV", True),
    "061": ("{S} companies agreed to expand economic cooperation with {Tn} {when}.", "BUS", "GOV", False),
    "070": ("{S} authorities sent humanitarian aid to {place} {when}.", "GOV", "CVL", True),
    "071": ("The {S} government pledged economic aid to {Tn} {when}.", "GOV", "GOV", False),
    "081": ("{S} authorities eased restrictions on {T} goods {when}.", "GOV", "BUS", False),
    "112": ("The {S} government accused {Tn} {when} of violating the agreement.", "GOV", "GOV", False),
    "111": ("{S} officials criticised {T} policy {when}.", "GOV", "GOV", False),
    "120": ("{S} authorities rejected a {T} proposal {when}.", "GOV", "GOV", False),
    "130": ("The {S} president warned {Tn} {when} of consequences.", "GOV", "GOV", False),
    "138": ("{S} commanders threatened {when} to strike {T} positions near {place}.", "MIL", "MIL", True),
    "141": ("Protesters rallied outside the {T} embassy in {place} {when}.", "CVL", "GOV", True),
    "150": ("{S} troops were put on high alert near {place} {when}.", "MIL", "MIL", True),
    "163": ("{S} authorities imposed sanctions on {T} banks {when}.", "GOV", "BUS", False),
    "166": ("The {S} government expelled {T} diplomats {when}.", "GOV", "GOV", False),
    "173": ("{S} police detained {T} nationals in {place} {when}.", "COP", "CVL", True),
    "180": ("{S} forces shelled a {T} town near {place} {when}.", "MIL", "CVL", True),
    "190": ("{S} forces attacked {T} positions near {place} {when}.", "MIL", "MIL", True),
    "193": ("{S} troops clashed with {T} soldiers near {place} {when}.", "MIL", "MIL", True),
    "195": ("{S} aircraft struck {T} targets near {place} {when}.", "MIL", "MIL", True),
}
COOPERATION = [c for c in TEMPLATES if c < "100"]
CONFLICT = [c for c in TEMPLATES if c >= "100"]
SECTOR_NAMES = {
    "GOV": "government",
    "MIL": "armed forces",
    "COP": "police",
    "BUS": "companies",
    "CVL": "civilians",
}
OUTLETS = [
    "wire.example",
    "globalnews.example",
    "dailyworld.example",
    "www.herald.example",
    "observer.example",
    "times.example",
    "www.courier.example",
    "ledger.example",
    "monitor.example",
    "post.example",
    "chronicle.example",
    "gazette.example",
    "tribune.example",
    "www.dispatch.example",
    "signal.example",
]
FILLER = [
    "Officials did not give further details.",
    "The statement was carried by state media.",
    "Analysts said the move had been expected for weeks.",
    "Neither side commented on casualty figures.",
    "The ministry declined to say when further talks would be held.",
]
QUOTES = {
    "conflict": [
        "We will answer every provocation with force.",
        "They have chosen escalation, and they will bear the consequences.",
        "Our patience has limits.",
        "These attacks are a violation of international law.",
    ],
    "cooperation": [
        "This agreement opens a new chapter between our countries.",
        "Dialogue is the only way forward.",
        "We value this partnership deeply.",
        "We are ready to work together on security.",
    ],
}
WEEKDAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday"]


@dataclass(slots=True)
class LocatedEvent(Event):
    """An event with the `location` the place-coding stage adds to the record."""

    location: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        record = Event.to_dict(self)
        if self.location is not None:
            record["location"] = self.location
        return record


def load_cameo() -> dict[str, tuple[str, str, int, float, str | None, str | None]]:
    """The CAMEO table dyad codes with (name, root, quad class, Goldstein, PLOVER type, mode)."""
    path = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "cameo.tsv"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "code\t")):
            code, root, quad, goldstein, name, plover, mode = (line.split("\t") + [""] * 7)[:7]
            table[code] = (name, root, int(quad), float(goldstein), plover or None, mode or None)
    return table


class Corpus:
    def __init__(self, seed: int, end: date, weeks: int) -> None:
        self.rng = random.Random(seed)
        self.end = end
        self.weeks = weeks
        self.cameo = load_cameo()
        self.serial = 0

    def _actor(self, iso3: str, sector: str) -> Actor:
        _, adjective, _ = COUNTRIES[iso3]
        label = f"{adjective} {SECTOR_NAMES.get(sector, 'government')}"
        return Actor(text=label, name=label, country=iso3, sector=sector)

    def _event(
        self,
        article_id: str,
        text: str,
        sentence: str,
        code: str,
        source: str,
        target: str,
        day: date,
        place: tuple[str, float, float] | None,
        location_country: str,
    ) -> LocatedEvent:
        name, root, quad, goldstein, plover, mode = self.cameo[code]
        _, s_sector, t_sector, _ = TEMPLATES[code]
        week_only = self.rng.random() < 0.08
        when = (
            When(f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}", "week", "last week")
            if week_only
            else When(day.isoformat(), "day", WEEKDAYS[day.weekday()])
        )
        start = text.index(sentence)
        location = (
            {
                "name": place[0],
                "country": location_country,
                "lat": round(place[1] + self.rng.uniform(-0.25, 0.25), 4),
                "lon": round(place[2] + self.rng.uniform(-0.25, 0.25), 4),
            }
            if place
            else None
        )
        return LocatedEvent(
            article_id=article_id,
            sentence=sentence,
            span=(start, start + len(sentence)),
            source=self._actor(source, s_sector),
            target=self._actor(target, t_sector),
            cameo=Cameo(code, name, root, goldstein, quad),
            plover=Plover(plover, mode),
            modality="asserted",
            date=when,
            confidence=round(self.rng.uniform(0.55, 0.98), 2),
            trigger="",
            location=location,
        )

    def _sentence(
        self, code: str, source: str, target: str, day: date, published: date
    ) -> tuple[str, Any, str]:
        template, _, _, at_target = TEMPLATES[code]
        where = target if at_target and self.rng.random() < 0.8 else source
        place = self.rng.choice(COUNTRIES[where][2])
        when = "on " + day.strftime("%A") if day != published else "today"
        text = template.format(
            S=COUNTRIES[source][1], T=COUNTRIES[target][1], Tn=COUNTRIES[target][0], place=place[0], when=when
        )
        located = place if (at_target or self.rng.random() < 0.3) else None
        return text[0].upper() + text[1:], located, where

    def article(
        self, a: str, b: str, conflict_share: float, published: date
    ) -> tuple[CodingResult, list[dict]]:
        """One article about the pair: a lead paragraph, one to four event sentences, some filler."""
        self.serial += 1
        rng = self.rng
        hostile = rng.random() < conflict_share
        plan, sentences = [], []
        for _ in range(rng.choices([1, 2, 3, 4], weights=[30, 35, 22, 13])[0]):
            source, target = (a, b) if rng.random() < 0.55 else (b, a)
            code = rng.choice(CONFLICT if (hostile if rng.random() < 0.85 else not hostile) else COOPERATION)
            day = published - timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
            sentence = self._sentence(code, source, target, day, published)
            if all(sentence[0] != known[0] for known in sentences):  # one event per sentence
                plan.append((code, source, target, day))
                sentences.append(sentence)
        title = (
            f"{COUNTRIES[a][1]}-{COUNTRIES[b][1]} {'tensions' if hostile else 'relations'}: "
            + sentences[0][0].rstrip(".")[:80]
        )
        body = [s[0] for s in sentences]
        for _ in range(rng.randint(1, 3)):
            body.insert(rng.randint(1, len(body)), rng.choice(FILLER))
        lead, rest = body[0], body[1:]
        text = (
            f"{COUNTRIES[a][2][0][0].upper()} (Wire) — {lead}\n\n"
            + " ".join(rest)
            + f"\n\n(Report {self.serial})"
        )
        outlet = rng.choice(OUTLETS)
        slug = hashlib.sha1(text.encode()).hexdigest()[:10]
        url = f"https://{outlet}/world/{published:%Y/%m/%d}/{slug}"
        article = Article(
            text=text,
            id=f"syn-{self.serial:07d}",
            title=title,
            url=url,
            published=published,
            origin="synthetic",
        )
        events = [
            self._event(article.id, text, sentence, code, s, t, day, place, where)
            for (code, s, t, day), (sentence, place, where) in zip(plan, sentences, strict=True)
        ]
        quotes = [
            self._quote(article, rng.choice((a, b)), hostile, n) for n in range(rng.choice([0, 0, 1, 1, 2]))
        ]
        return CodingResult(article=article, events=events), quotes

    def _quote(self, article: Article, speaker: str, hostile: bool, n: int) -> dict[str, Any]:
        text = self.rng.choice(QUOTES["conflict" if hostile else "cooperation"])
        name = f"{COUNTRIES[speaker][1]} foreign ministry spokesperson"
        return {
            "id": f"{article.id}-q{n}",
            "article_hash": article.hash,
            "article_id": article.id,
            "speaker_name": name,
            "speaker_country": speaker,
            "speaker_sector": "GOV",
            "kind": "direct",
            "text": text,
            "record": {
                "type": "quote",
                "id": f"{article.id}-q{n}",
                "article_id": article.id,
                "speaker": {"name": name, "country": speaker, "sector": "GOV"},
                "kind": "direct",
                "text": text,
            },
        }

    def weekly_articles(self, total_events: int) -> list[tuple[str, str, float, date]]:
        """(a, b, conflict share, publication day) of every article, scaled to about `total_events`."""
        per_week = sum(r[2] for r in RELATIONS) / (1 - RARE_PAIRS_RATE)
        scale = 1.1 * total_events / (per_week * self.weeks * 2.1)  # about 2.1 events an article; 10% spare
        plans = []
        start = self.end - timedelta(days=self.end.weekday(), weeks=self.weeks - 1)  # Mondays, as ISO weeks
        countries = sorted(COUNTRIES)
        for week in range(self.weeks):
            monday = start + timedelta(weeks=week)
            weeks_left = self.weeks - 1 - week
            for a, b, rate, conflict, escalation in RELATIONS:
                wave = 1 + 0.25 * self.rng.uniform(-1, 1)
                if escalation is not None and weeks_left <= escalation:
                    wave, conflict = 3.5, min(0.97, conflict + 0.35)
                for _ in range(self._poisson(rate * scale * wave)):
                    plans.append((a, b, conflict, monday + timedelta(days=self.rng.randrange(7))))
            for _ in range(self._poisson(per_week * RARE_PAIRS_RATE * scale)):
                a, b = self.rng.sample(countries, 2)
                plans.append((a, b, 0.4, monday + timedelta(days=self.rng.randrange(7))))
        return [p for p in plans if p[3] <= self.end]

    def _poisson(self, mean: float) -> int:
        count, limit, product = 0, pow(2.718281828459045, -mean), self.rng.random()
        while product > limit:
            count += 1
            product *= self.rng.random()
        return count


def _bulk(store: Any, table: str, rows: list[list[Any]]) -> None:
    """Insert rows in one statement: DuckDB's row-at-a-time executemany costs milliseconds a row."""
    if not rows:
        return
    columns = {f"c{i}": np.array(column, dtype=object) for i, column in enumerate(zip(*rows, strict=True))}
    store.db.register("incoming", columns)
    store.db.execute(f"INSERT OR IGNORE INTO {table} SELECT * FROM incoming")
    store.db.unregister("incoming")


def store_batch(store: Any, batch: list[tuple[CodingResult, list[dict[str, Any]]]]) -> None:
    """Store a batch of articles with their events and quotes in one transaction, with the rows the store
    itself writes (`dyad.store.rows.event_row`)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    store.db.execute("BEGIN TRANSACTION")
    try:
        _bulk(
            store,
            "articles",
            [
                [
                    r.article.hash,
                    r.article.id,
                    r.article.title,
                    r.article.url,
                    r.article.published,
                    r.article.origin,
                    r.article.text,
                    now,
                ]
                for r, _ in batch
            ],
        )
        _bulk(store, "events", [event_row(r.article.hash, e) for r, _ in batch for e in r.events])
        _bulk(
            store,
            "quotes",
            [
                [
                    q["id"],
                    q["article_hash"],
                    q["article_id"],
                    q["speaker_name"],
                    q["speaker_country"],
                    q["speaker_sector"],
                    q["kind"],
                    q["text"],
                    json.dumps(q["record"]),
                ]
                for _, quotes in batch
                for q in quotes
            ],
        )
        store.db.execute("COMMIT")
    except Exception:
        store.db.execute("ROLLBACK")
        raise


def generate(
    db: str, events: int, seed: int = 7, end: date = date(2026, 3, 6), weeks: int = 60, batch_size: int = 2000
) -> dict[str, Any]:
    corpus = Corpus(seed, end, weeks)
    started = time.perf_counter()
    plans = corpus.weekly_articles(events)
    corpus.rng.shuffle(plans)  # a cut at the target then thins every week alike, the latest included
    batch: list[tuple[CodingResult, list[dict[str, Any]]]] = []
    counts = {"articles": 0, "events": 0, "quotes": 0}
    with open_store(db) as store:
        for a, b, conflict, day in plans:
            if counts["events"] >= events:
                break
            result, quotes = corpus.article(a, b, conflict, day)
            result.events = result.events[: events - counts["events"]]
            batch.append((result, quotes))
            counts["articles"] += 1
            counts["events"] += len(result.events)
            counts["quotes"] += len(quotes)
            if len(batch) >= batch_size:
                store_batch(store, batch)
                batch = []
        store_batch(store, batch)
        written = time.perf_counter()
        # Event clusters (dyad.cluster), as the first analytics leave them: the figures are of queries.
        from dyad.cluster import assign_clusters

        counts["clusters"] = len(assign_clusters(store))
    return {**counts, "seconds": round(written - started, 1),
            "clustering_seconds": round(time.perf_counter() - written, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", default="dyad-synthetic.duckdb")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--end", type=date.fromisoformat, default=date(2026, 3, 6), help="last publication day"
    )
    parser.add_argument("--weeks", type=int, default=60)
    args = parser.parse_args()
    if Path(args.db).exists():
        sys.exit(f"{args.db} exists: generate into a new store")
    figures = generate(args.db, args.events, args.seed, args.end, args.weeks)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
