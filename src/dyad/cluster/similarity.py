"""How alike two event sentences are: TF-IDF cosine over content-word stems (the default), or sentence
embeddings.

Reports of one event share its rare words (places, weapons, objects: "refinery", "Essequibo",
"generators") even when their verbs differ, and inside blocks of the same dyad, CAMEO root and days
TF-IDF separates the events of the first paraphrase set as well as embeddings do, 60 times faster. On
reports reworded with few shared words (benchmarks/data/paraphrases_hard.jsonl) embeddings find far more
of them (recall 0.76 against 0.44); neither tells apart two incidents of one kind, pair and day (the
specifics clustering reads, specifics.py, do: a refinery or a depot hit, tariffs or cartels discussed).
Measures sit in `MEASURES` by name, each with the threshold that suits its scale
(`dyad cluster --similarity`).
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dyad.errors import DyadError

STOPWORDS = frozenset("""
a an the and or but of on in at to for from with by as is was were be been being has have had it its
this that these those their his her they he she we our said says say on over after before into about
against near than then also more new one two three four five six seven eight nine ten first last
week day monday tuesday wednesday thursday friday saturday sunday official officials government
according told would could will
""".split())  # noqa: SIM905
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def stem(word: str) -> str:
    """A crude English stem, enough for "strikes"/"struck"-free matching of "attacked"/"attack"."""
    for suffix in ("ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def terms(sentence: str) -> Counter[str]:
    return Counter(stem(w) for w in (m.lower() for m in WORD.findall(sentence)) if w not in STOPWORDS)


class Similarity:
    """Cosine similarity of TF-IDF vectors, the IDF taken over the sentences being compared."""

    def __init__(self, sentences: Sequence[str]) -> None:
        self.bags = [terms(s) for s in sentences]
        documents = Counter(t for bag in self.bags for t in bag)
        total = len(self.bags) + 1
        self.idf = {t: math.log(total / n) + 1.0 for t, n in documents.items()}
        self.vectors = [{t: c * self.idf[t] for t, c in bag.items()} for bag in self.bags]
        self.norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in self.vectors]

    def __call__(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(w * b.get(t, 0.0) for t, w in a.items()) / (self.norms[i] * self.norms[j])


def _embeddings(sentences: Sequence[str]) -> Callable[[int, int], float]:
    from dyad.cluster.embeddings import EmbeddingSimilarity  # optional extra: imported only when chosen

    return EmbeddingSimilarity(sentences)


@dataclass(frozen=True, slots=True)
class Measure:
    """A sentence similarity: `build(sentences)` scores pairs by index; `threshold` is its default least
    score to merge two reports (each measure has its own scale)."""

    build: Callable[[Sequence[str]], Callable[[int, int], float]]
    threshold: float


MEASURES: dict[str, Measure] = {
    "tfidf": Measure(Similarity, 0.1),
    "embeddings": Measure(_embeddings, 0.5),
}
DEFAULT = "tfidf"


def measure(name: str | None = None) -> Measure:
    """The measure called `name`; without one, DYAD_SIMILARITY's, else TF-IDF, so that `dyad cluster` and
    the clustering analytics do when they need it compare alike. A DyadError names the measures there are."""
    name = name or os.environ.get("DYAD_SIMILARITY") or DEFAULT
    try:
        return MEASURES[name]
    except KeyError:
        raise DyadError(f"unknown similarity {name!r}: choose one of {', '.join(MEASURES)}") from None
