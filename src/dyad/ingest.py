"""Streaming articles into a store: skip what is stored, code the rest, commit in batches.

Memory stays bounded (the input is read lazily, look-ups and commits go a batch at a time), and a run can
be stopped at any moment: committed batches stay, the open one is rolled back, and running the same
command again codes only what is missing (articles are keyed by the hash of their text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol

from dyad.records import Article, CodingResult, Failure

LOOKUP = 256  # articles checked against the store per query
BATCH = 64  # articles per transaction: a kill loses at most this much coding


class Progress(Protocol):
    def advance(self, articles: int, words: int) -> None: ...


@dataclass(slots=True)
class Counts:
    stored: int = 0
    skipped: int = 0
    failed: int = 0


def ingest(store: Any, items: Iterable[Article | Failure], coder: Any,
           on_failure: Callable[[Failure], None], on_result: Callable[[CodingResult], None] = lambda r: None,
           progress: Progress | None = None, batch: int = BATCH) -> Counts:
    """Code and store the articles not yet stored. `coder` is a Coder or an engine (`code_many`)."""
    counts = Counts()

    def new_only() -> Iterator[Article | Failure]:
        source = iter(items)
        while chunk := list(islice(source, LOOKUP)):
            stored = store.stored_hashes(i.hash for i in chunk if isinstance(i, Article))
            seen: set[str] = set()
            for item in chunk:
                if isinstance(item, Failure):
                    store.add_failure(item)
                    yield item
                elif item.hash in stored or item.hash in seen:
                    counts.skipped += 1
                    if progress:
                        progress.advance(1, 0)
                else:
                    seen.add(item.hash)
                    yield item

    pending: list[CodingResult] = []

    def commit() -> None:
        added = store.add_many(pending)
        counts.stored += added
        counts.skipped += len(pending) - added
        pending.clear()

    for item in coder.code_many(new_only()):
        if isinstance(item, Failure):
            if item.article_id is not None:
                store.add_failure(item)
            counts.failed += 1
            on_failure(item)
        else:
            on_result(item)
            pending.append(item)
            if len(pending) >= batch:
                commit()
        if progress:
            words = 0 if isinstance(item, Failure) else item.article.text.count(" ") + 1
            progress.advance(1, words)
    if pending:
        commit()
    return counts
