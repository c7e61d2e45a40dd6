"""Reports of the same event by different articles collapse into one cluster.

Two events can be the same event only when they share the directed dyad (source and target country)
and the CAMEO root, and their days are at most `window` days apart. Among those, they are merged when
their sentences are alike (the `similarity` measure, TF-IDF by default, at least `threshold`, by
default that measure's own), they do not name different places, and they do not name conflicting
specifics of the act (specifics.py: a refinery against an ammunition depot hit, talks on tariffs against
talks on drug cartels, 3 dead against 40). Clusters grow by single links, but never across a place
conflict, nor so as to hold two reports whose specifics conflict.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dyad.cluster.similarity import DEFAULT, MEASURES, measure
from dyad.cluster.specifics import Lexicon, Specifics, lexicon

WINDOW_DAYS = 2
THRESHOLD = MEASURES[DEFAULT].threshold


@dataclass(slots=True)
class Mention:
    """One coded event as clustering sees it."""

    id: str
    article: str
    source: str | None
    target: str | None
    root: str
    day: date | None
    sentence: str
    place: str | None = None
    host: str | None = None


@dataclass(slots=True)
class Cluster:
    id: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """Distinct outlets (URL hosts, else articles) that reported the event."""
        return sorted({m.host or m.article for m in self.mentions})


class _Groups:
    """Union-find that keeps each group's places and its members' specifics, refusing a merge that
    would join two places or two reports whose specifics conflict (checked between every member of the
    two groups, so no chain of alike reports links a refinery strike to a depot strike)."""

    def __init__(self, mentions: list[Mention], words: Lexicon | None = None) -> None:
        self.parent = list(range(len(mentions)))
        self.places = [{m.place} if m.place else set() for m in mentions]
        self.mentions, self.words = mentions, words
        # read when a merge is first tried: most reports are never alike enough to another to need it
        self.specifics: list[set[Specifics] | None] = [None] * len(mentions)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or (self.places[a] and self.places[b] and not self.places[a] & self.places[b]):
            return
        if self.words:
            first, second = self._specifics(a), self._specifics(b)
            if any(self.words.conflict(x, y) for x in first for y in second):
                return
            first |= second
        self.parent[b] = a
        self.places[a] |= self.places[b]

    def _specifics(self, root: int) -> set[Specifics]:
        """The distinct specifics of a group's members (a group never merged holds only its root)."""
        found = self.specifics[root]
        if found is None and self.words:
            mention = self.mentions[root]
            found = self.specifics[root] = {self.words.read(mention.sentence, mention.root)}
        return found or set()


def cluster(mentions: Iterable[Mention], window: int = WINDOW_DAYS, threshold: float | None = None,
            similarity: str | None = None, specifics: bool = True) -> list[Cluster]:
    """Clusters of the mentions; `specifics=False` links on dyad, root, days, places and wording alone."""
    kind = measure(similarity)
    words = lexicon() if specifics else None
    threshold = kind.threshold if threshold is None else threshold
    blocks: dict[tuple, list[Mention]] = defaultdict(list)
    for mention in mentions:
        blocks[(mention.source, mention.target, mention.root)].append(mention)
    clusters: list[Cluster] = []
    for block in blocks.values():
        block.sort(key=lambda m: (m.day or date.min, m.id))
        similar = kind.build([m.sentence for m in block])
        groups = _Groups(block, words)
        pairs = []
        for i, first in enumerate(block):
            for j in range(i + 1, len(block)):
                second = block[j]
                if first.day and second.day and (second.day - first.day).days > window:
                    break
                if (first.day is None) != (second.day is None):
                    continue
                score = similar(i, j)
                if score >= threshold:
                    pairs.append((score, i, j))
        for _, i, j in sorted(pairs, reverse=True):  # the most alike first, so places conflict late
            groups.union(i, j)
        members: dict[int, list[Mention]] = defaultdict(list)
        for i, mention in enumerate(block):
            members[groups.find(i)].append(mention)
        for group in members.values():
            key = "|".join(sorted(m.id for m in group))
            clusters.append(Cluster(hashlib.sha1(key.encode()).hexdigest()[:16], group))
    return clusters
