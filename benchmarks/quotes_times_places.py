"""Score quotes, time expressions and places against gold-annotated news articles.

The gold set (benchmarks/data/quotes_times_places.jsonl) gives each article's quotes (text without the
marks, kind, speaker name and country), time expressions (text, ISO value, precision) and place mentions
(text, name, country, admin1, lat, lon), without offsets: each gold item is placed at the first unused
occurrence of its text, so repeated mentions count separately.

- Quotes: a predicted quote matches a gold one when their character spans overlap by half their union
  (Jaccard >= 0.5), one to one. Precision and recall over spans; speaker accuracy on the direct quotes found
  (and over all gold direct quotes, missed ones counted wrong). A speaker is right when it shares a
  distinctive word with the gold name (not a country's name or demonym: "ministry" for "Mexican Foreign
  Ministry", the surname for a person) and, when both give one, the same country; an unattributed gold
  quote wants no speaker.
- Times: a gold expression is right when a predicted one overlaps it with the same ISO value.
- Places: a gold mention is right when a predicted place overlaps it within 50 km of the gold point. The
  point of a whole country is a convention (gazetteers differ by hundreds of km: the centroid of the largest
  outline, of all outlines, or the middle of the bounding box), so a country mention (a gold item whose
  name or text is one of that country's names in countries.tsv) is right when a country-level place with
  the same code overlaps it; a continent likewise by name. The headline figure `place_accuracy` counts
  countries by code, continents by name, and every other mention (states, towns, regions, seas) within
  50 km; `place_accuracy_50km` is the strict figure, every mention within 50 km of the gold point.

    .venv/bin/python benchmarks/quotes_times_places.py                  # all articles
    .venv/bin/python benchmarks/quotes_times_places.py --limit 5 --min-time 0.8   # CI's reduced check
    .venv/bin/python benchmarks/quotes_times_places.py \
        --data benchmarks/data/quotes_times_places_heldout.jsonl     # held out 1: found three faults
    .venv/bin/python benchmarks/quotes_times_places.py \
        --data benchmarks/data/quotes_times_places_heldout2.jsonl    # held out 2: never used for tuning
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data") / "quotes_times_places.jsonl"
STOP = {"the", "of", "and", "de", "la", "del", "el", "for", "a", "an", "in"}
MAX_KM = 50.0
CONTINENTS = {"africa", "asia", "europe", "north america", "south america", "oceania", "antarctica"}


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    correct: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, amount: int = 1) -> None:
        self.extra[key] = self.extra.get(key, 0) + amount


def locate(text: str, items: list[dict[str, Any]]) -> list[tuple[int, int] | None]:
    """Each gold item's span. Items are listed in text order, so each is looked for as a whole word from
    where the one before it starts, else anywhere not taken yet."""
    taken: list[tuple[int, int]] = []
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for item in items:
        needle = re.escape(item["text"])
        pattern = re.compile((r"(?<!\w)" if item["text"][:1].isalnum() else "") + needle
                             + (r"(?!\w)" if item["text"][-1:].isalnum() else ""))
        found = [m.span() for m in pattern.finditer(text)]
        free = [s for s in found if not any(overlaps(s, t) for t in taken)]
        after = [s for s in free if s[0] >= cursor]
        span = (after or free or [None])[0]
        if span is not None:
            taken.append(span)
            cursor = span[0]
        spans.append(span)
    return spans


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin(
        (lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-záéíóúñüçãõâêôà'-]+", (text or "").lower()) if w not in STOP}


class SpeakerJudge:
    """Whether a predicted speaker is the gold one, ignoring country words ("Mexican", "Russia's")."""

    def __init__(self, coder: Any) -> None:
        self.country_words: set[str] = set()
        for surface, meanings in coder.knowledge.actors.names.items():
            if any(m.kind in {"country", "demonym"} for m in meanings):
                self.country_words |= words(surface)

    def same(self, gold: dict[str, Any], predicted: dict[str, Any] | None) -> bool:
        if gold.get("speaker") is None:
            return predicted is None
        if predicted is None:
            return False
        distinctive = words(gold["speaker"]) - self.country_words
        said = words(predicted.get("name")) | words(predicted.get("text"))
        gold_country, country = gold.get("speaker_country"), predicted.get("country")
        same_country = not (gold_country and country) or gold_country == country
        if not distinctive:
            return gold_country is not None and country == gold_country
        return bool(distinctive & said) and same_country


Spans = list[tuple[int, int] | None]
Records = list[dict[str, Any]]


def score_quotes(gold: Records, spans: Spans, predicted: Records, judge: SpeakerJudge,
                 tally: Tally) -> list[str]:
    problems = []
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    used: set[int] = set()
    for item, span in zip(gold, spans, strict=True):
        direct = item["kind"] == "direct"
        tally.add(f"gold_{item['kind']}")
        best, best_score = None, 0.5
        if span is not None:
            for index, quote in enumerate(predicted):
                score = jaccard(span, tuple(quote["span"]))
                if index not in used and score >= best_score:
                    best, best_score = index, score
        if best is None:
            problems.append(f"missed {item['kind']} quote: {item['text'][:70]!r}")
            continue
        used.add(best)
        tally.matched += 1
        tally.add(f"found_{item['kind']}")
        right = judge.same(item, predicted[best].get("speaker"))
        if direct:
            tally.add("direct_found")
            tally.add("direct_speaker_right", int(right))
        tally.correct += int(right)
        if not right:
            problems.append(f"speaker {predicted[best].get('speaker')} for {item['speaker']!r}: "
                            f"{item['text'][:50]!r}")
    problems += [f"extra quote: {q['text'][:70]!r}" for i, q in enumerate(predicted) if i not in used]
    return problems


def score_times(gold: Records, spans: Spans, predicted: Records, tally: Tally) -> list[str]:
    problems = []
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    used: set[int] = set()
    for item, span in zip(gold, spans, strict=True):
        hits = _overlapping(span, predicted, used)
        if not hits:
            problems.append(f"missed time {item['text']!r} = {item['value']}")
            continue
        used.add(hits[0])
        tally.matched += 1
        value = predicted[hits[0]]["value"]
        tally.correct += int(value == item["value"])
        if value != item["value"]:
            problems.append(f"time {item['text']!r}: {value} for {item['value']}")
    return problems


def score_places(gold: Records, spans: Spans, predicted: Records, tally: Tally,
                 countries: dict[str, set[str]] | None = None) -> list[str]:
    problems = []
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    used: set[int] = set()
    for item, span in zip(gold, spans, strict=True):
        hits = _overlapping(span, predicted, used)
        country_level = _is_country(item, countries or {})
        tally.add("gold_countries" if country_level else "gold_non_country")
        if not hits:
            problems.append(f"missed place {item['text']!r}")
            continue
        used.add(hits[0])
        place = predicted[hits[0]]
        tally.matched += 1
        distance = km(item["lat"], item["lon"], place["lat"], place["lon"])
        right = distance <= MAX_KM
        tally.correct += int(right)
        if country_level:
            same = (place["kind"] == "continent" and _fold(place["name"]) == _fold(item["name"])
                    if item.get("country") is None else
                    place["kind"] == "country" and place["country"] == item["country"])
            tally.add("countries_by_code", int(same))
            tally.add("countries_within_50km", int(right))
        else:
            tally.add("non_country_within_50km", int(right))
        if country_level and not same:
            problems.append(f"country {item['text']!r}: {place['name']} ({place['kind']} {place['country']})")
        elif not country_level and not right:
            problems.append(f"place {item['text']!r}: {place['name']} ({place['country']}) {distance:.0f} km")
    problems += [f"extra place: {p['text']!r} -> {p['name']} ({p['country']})"
                 for i, p in enumerate(predicted) if i not in used]
    return problems


def _is_country(item: dict[str, Any], countries: dict[str, set[str]]) -> bool:
    """A gold mention of a whole country or continent: its name or text is one of the country's own names,
    or a continent's (a region such as Darfur or Java has a country but is scored by distance like any
    other place)."""
    if item.get("country") is None:
        return _fold(item["name"]) in CONTINENTS
    names = countries.get(item["country"], set())
    return item.get("admin1") is None and bool({_fold(item["name"]), _fold(item["text"])} & names)


def _fold(text: str) -> str:
    return " ".join(text.lower().replace(".", "").split())


def country_names(coder: Any) -> dict[str, set[str]]:
    """ISO3 -> the folded names dyad's knowledge gives the country (not demonyms or capitals)."""
    names: dict[str, set[str]] = {}
    for surface, meanings in coder.knowledge.actors.names.items():
        for meaning in meanings:
            if meaning.kind == "country" and meaning.country:
                names.setdefault(meaning.country, set()).add(_fold(surface))
    return names


def _overlapping(span: tuple[int, int] | None, predicted: Records, used: set[int]) -> list[int]:
    return [i for i, r in enumerate(predicted) if span and i not in used and overlaps(span, tuple(r["span"]))]


def evaluate(path: Path = DATA, limit: int | None = None, coder: Any = None,
             show: bool = False) -> dict[str, float]:
    """The figures of the README, over the first `limit` articles (all by default)."""
    from dyad.pipeline import Coder
    from dyad.records import Article

    coder = coder or Coder()
    judge = SpeakerJudge(coder)
    countries = country_names(coder)
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    quotes, times, places = Tally(), Tally(), Tally()
    for gold in articles[:limit]:
        article = Article(text=gold["text"], id=gold["id"], published=date.fromisoformat(gold["published"]),
                          origin=str(path))
        result = coder.code(article)
        records = result.records()
        kinds = {kind: [r for r in records if r["type"] == kind] for kind in ("quote", "time", "place")}
        problems = score_quotes(gold["quotes"], locate(gold["text"], gold["quotes"]), kinds["quote"], judge,
                                quotes)
        problems += score_times(gold["times"], locate(gold["text"], gold["times"]), kinds["time"], times)
        problems += score_places(gold["places"], locate(gold["text"], gold["places"]), kinds["place"], places,
                                 countries)
        if show:
            print(f"== {gold['id']}", *problems, sep="\n  ", file=sys.stderr)

    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    found_direct = quotes.extra.get("direct_found", 0)
    right_direct = quotes.extra.get("direct_speaker_right", 0)
    return {
        "articles": len(articles[:limit]),
        "quotes_gold": quotes.gold,
        "quote_precision": ratio(quotes.matched, quotes.predicted),
        "quote_recall": ratio(quotes.matched, quotes.gold),
        **{f"quote_recall_{k}": ratio(quotes.extra.get(f"found_{k}", 0), quotes.extra.get(f"gold_{k}", 0))
           for k in ("direct", "partial", "indirect")},
        "speaker_accuracy_direct": ratio(right_direct, found_direct),
        "speaker_accuracy_direct_all_gold": ratio(right_direct, quotes.extra.get("gold_direct", 0)),
        "speaker_accuracy_all_found": ratio(quotes.correct, quotes.matched),
        "times_gold": times.gold,
        "time_detection_recall": ratio(times.matched, times.gold),
        "time_value_accuracy": ratio(times.correct, times.gold),
        "places_gold": places.gold,
        "place_detection_recall": ratio(places.matched, places.gold),
        "place_precision": ratio(places.matched, places.predicted),
        "place_accuracy": ratio(
            places.extra.get("non_country_within_50km", 0) + places.extra.get("countries_by_code", 0),
            places.gold),
        "place_accuracy_50km": ratio(places.correct, places.gold),
        "place_accuracy_non_country_50km": ratio(places.extra.get("non_country_within_50km", 0),
                                                 places.extra.get("gold_non_country", 0)),
        "place_accuracy_countries_continents_by_name": ratio(places.extra.get("countries_by_code", 0),
                                                  places.extra.get("gold_countries", 0)),
    }


FLOORS = {
    "min_quote_precision": "quote_precision", "min_quote_recall": "quote_recall",
    "min_speaker": "speaker_accuracy_direct", "min_time": "time_value_accuracy",
    "min_place": "place_accuracy",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, help="Only the first N articles (CI's reduced run).")
    parser.add_argument("--show", action="store_true", help="Print each article's misses on standard error.")
    for flag in FLOORS:
        parser.add_argument(f"--{flag.replace('_', '-')}", type=float, default=0.0, dest=flag)
    args = parser.parse_args()
    figures = evaluate(args.data, args.limit, show=args.show)
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")
    failed = [f"{key} {figures[key]} < {getattr(args, flag)}" for flag, key in FLOORS.items()
              if figures[key] < getattr(args, flag)]
    if failed:
        print("below the floor: " + "; ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
