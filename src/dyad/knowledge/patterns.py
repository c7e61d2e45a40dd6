"""Event patterns (data/events.tsv): which words, in which syntactic arrangement, express which code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dyad.errors import DataFileError
from dyad.knowledge.tables import read_rows

PREPOSITIONS = {
    "on",
    "against",
    "with",
    "to",
    "toward",
    "towards",
    "at",
    "into",
    "for",
    "from",
    "in",
    "of",
    "over",
    "about",
    "between",
    "upon",
    "onto",
    "across",
    "through",
    "by",
    "under",
    "off",
    "out",
    "up",
    "down",
    "around",
    "within",
    "among",
    "amid",
    "near",
    "after",
    "before",
    "behind",
    "beyond",
    "during",
    "past",
    "outside",  # "demonstrated outside the Chinese Embassy": the protest is aimed at the embassy's state
}


@dataclass(slots=True, frozen=True)
class EventPattern:
    code: str
    kind: str  # verb or noun
    trigger: str
    words: tuple[frozenset[str], ...]  # each slot: the lemmas that may fill it
    target_preposition: frozenset[str] | None  # the last slot, when it names where the target is
    source: str = "builtin"

    @property
    def specificity(self) -> tuple[int, int]:
        return (len(self.words), len(self.code))


def parse_pattern(code: str, kind: str, text: str, source: str) -> EventPattern:
    parts = text.lower().split()
    if not parts:
        raise DataFileError(f"{source}: empty pattern for code {code}")
    if "|" in parts[0]:
        raise DataFileError(
            f"{source}: the trigger of {text!r} ({code}) lists alternatives; write one row per trigger word"
        )
    slots = tuple(frozenset(part.split("|")) for part in parts[1:])
    target = slots[-1] if slots and slots[-1] <= PREPOSITIONS else None
    return EventPattern(
        code=code, kind=kind, trigger=parts[0], words=slots, target_preposition=target, source=source
    )


class PatternIndex:
    """Patterns grouped by trigger lemma, most specific first."""

    def __init__(self) -> None:
        self.by_trigger: dict[tuple[str, str], list[EventPattern]] = {}
        # word -> the word patterns are written with ("curb" -> "restriction", "impound" -> "seize"):
        # rows of kind `synonym`, so one pattern row covers the ways news says the same thing.
        self.synonyms: dict[str, str] = {}

    def add(self, pattern: EventPattern) -> None:
        bucket = self.by_trigger.setdefault((pattern.kind, pattern.trigger), [])
        bucket.append(pattern)
        bucket.sort(key=lambda p: p.specificity, reverse=True)

    def load(self, path: Path, known_codes: set[str] | None = None) -> None:
        for row in read_rows(path):
            code, kind = row["code"], row["kind"]
            if kind == "phrase":
                continue  # PETRARCH-style patterns around a verb: read by dyad.knowledge.imported
            if kind == "synonym":
                canonical, *others = row["pattern"].lower().split()
                for word in "|".join(others).split("|"):
                    if word and word != canonical:
                        self.synonyms.setdefault(word, canonical)
                continue
            if kind not in {"verb", "noun"}:
                raise DataFileError(
                    f"{path}: kind must be verb or noun, got {kind!r} (pattern {row['pattern']!r})"
                )
            if known_codes is not None and code not in known_codes:
                raise DataFileError(f"{path}: unknown CAMEO code {code!r} (pattern {row['pattern']!r})")
            self.add(parse_pattern(code, kind, row["pattern"], source=path.name))

    def candidates(self, kind: str, lemma: str) -> list[EventPattern]:
        """The patterns of a trigger, then those of the word it is a synonym of."""
        own = self.by_trigger.get((kind, lemma), [])
        canonical = self.synonyms.get(lemma)
        return own + self.by_trigger.get((kind, canonical), []) if canonical else own

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_trigger.values())
