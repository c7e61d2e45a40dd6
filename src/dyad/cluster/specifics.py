"""Conflicting specifics: two reports of one dyad, CAMEO root and day that are two events.

Similar wording cannot tell apart two incidents of one kind, pair and day: reports of a strike on a
refinery and of one on an ammunition depot in the same town share almost every word. What tells them
apart is what each names of the act: the kind of thing hit (facet `target`), what talks or sanctions were
about (facet `topic`), how many died. Reports of one event may name different things (one says "refinery",
another "fuel plant", a third names nothing), so only a clear contradiction counts: in some facet both
reports name classes and share none, or both state flat death tolls far apart. The words live in
data/specifics.yaml; reading a sentence is one pass of dictionary look-ups, cheap beside any similarity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dyad.knowledge.tables import DATA_DIR

MAX_WORDS = 3  # longest phrase in the lexicon
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Facet:
    roots: frozenset[str]
    lexicon: dict[str, str | None]  # phrase, and its plurals -> class; None for an ignored phrase
    starts: frozenset[str]  # first words of the phrases of two or more words


@dataclass(frozen=True, slots=True)
class Specifics:
    """What a report names of its act: per facet the classes named (empty when none or the facet does
    not apply to the root), and its flat death toll (None when none, vague or only a bound)."""

    classes: tuple[frozenset[str], ...]
    toll: int | None = None


class Lexicon:
    """data/specifics.yaml, compiled: facets' phrase dictionaries and the death-toll patterns."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.facets = []
        for spec in data["facets"].values():
            lexicon: dict[str, str | None] = {}
            for name, words in spec["classes"].items():
                lexicon.update({form: name for w in words for form in _plurals(_key(w))})
            lexicon.update({form: None for w in spec.get("ignore", []) for form in _plurals(_key(w))})
            lexicon.update({_key(w): name for name, words in spec["classes"].items() for w in words})
            starts = frozenset(k.split()[0] for k in lexicon if " " in k)
            self.facets.append(Facet(frozenset(str(r) for r in spec["roots"]), lexicon, starts))
        self.titles = frozenset(data.get("title_nouns", []))
        tolls = data["tolls"]
        self.ratio, self.gap = float(tolls["ratio"]), int(tolls["gap"])
        self.numbers = {str(k).lower(): int(v) for k, v in tolls["numbers"].items()}
        self.toll_words = frozenset(w for p in tolls["before_number"] + tolls["after_number"]
                                    for w in _key(p).split()[:1])
        number = "|".join([r"\d+(?:,\d{3})*"] + [re.escape(w) for w in sorted(self.numbers, key=len,
                                                                               reverse=True)])
        bound = _alternation(tolls["bounds"])
        self.tolls = [
            re.compile(rf"\b(?:{_alternation(tolls['before_number'])})\s+(?:(?P<bound>{bound})\s+)?"
                       rf"(?P<number>{number})\b"),
            re.compile(rf"\b(?:(?P<bound>{bound})\s+)?(?P<number>{number})\s+(?:[^\W\d_]+\s+){{0,2}}"
                       rf"(?:{_alternation(tolls['after_number'])})\b"),
        ]

    def read(self, sentence: str, root: str) -> Specifics:
        text = sentence.lower()
        words = _TOKEN.findall(text.replace("-", " "))
        classes = tuple(self._classes(words, facet) if root in facet.roots else frozenset()
                        for facet in self.facets)
        return Specifics(classes, self._toll(text) if self.toll_words.intersection(words) else None)

    def _classes(self, words: list[str], facet: Facet) -> frozenset[str]:
        found: set[str] = set()
        lexicon, i = facet.lexicon, 0
        while i < len(words):
            for n in range(min(MAX_WORDS, len(words) - i) if words[i] in facet.starts else 1, 0, -1):
                phrase = " ".join(words[i:i + n]) if n > 1 else words[i]
                if phrase not in lexicon:
                    continue
                name = lexicon[phrase]
                # "the defence ministry said", "trade officials met": who speaks, not what about
                if name is not None and not (i + n < len(words) and words[i + n] in self.titles):
                    found.add(name)
                i += n - 1
                break
            i += 1
        return frozenset(found)

    def _toll(self, text: str) -> int | None:
        flat: set[int] = set()
        for pattern in self.tolls:
            for match in pattern.finditer(text):
                if match.group("bound"):
                    return None  # a bound is consistent with any larger toll
                word = match.group("number")
                flat.add(self.numbers[word] if word in self.numbers else int(word.replace(",", "")))
        return flat.pop() if len(flat) == 1 else None

    def conflict(self, a: Specifics, b: Specifics) -> bool:
        """Whether two reports name contradicting specifics, so they cannot be one event."""
        if any(x and y and not x & y for x, y in zip(a.classes, b.classes, strict=True)):
            return True
        if a.toll is None or b.toll is None:
            return False
        low, high = sorted((a.toll, b.toll))
        return high >= self.ratio * max(low, 1) and high - low >= self.gap


def _key(phrase: str) -> str:
    return " ".join(_TOKEN.findall(str(phrase).lower().replace("-", " ")))


def _plurals(phrase: str) -> list[str]:
    """The phrase and the plurals of its last word a lexicon accepts ("depots", "boxes", "militias")."""
    forms = [phrase, phrase + "s", phrase + "es"]
    if phrase.endswith("y"):
        forms.append(phrase[:-1] + "ies")
    return forms


def _alternation(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, str(p).lower().split()))
                    for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=4)
def lexicon(path: Path = DATA_DIR / "specifics.yaml") -> Lexicon:
    """The lexicon, read once per process."""
    return Lexicon(yaml.safe_load(path.read_text(encoding="utf-8")))
