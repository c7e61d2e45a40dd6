"""Coders for the supervised-worker tests: no NLP, and behaviour chosen by the article's text (a stage
that never ends, a parse that never ends, a memory hog, a crash). Importable by spawned workers."""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass

from dyad.records import CodingResult, Failure


class MisbehavingCoder:
    def code_many(self, items, batch_size: int = 32):
        items = list(items)
        # "parse": spaCy parses the whole batch before any article's stages run
        if any(getattr(i, "text", "") == "parse forever" for i in items):
            time.sleep(3600)
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield self._run(item)
            except Exception as error:  # as Coder.code_many: one article's bug is one Failure
                yield Failure(origin=item.origin, reason=f"coding failed: {type(error).__name__}: {error}",
                              article_id=item.id)

    def _run(self, article):
        if article.text == "stage forever":
            time.sleep(3600)
        elif article.text == "hog memory":
            hoard = bytearray(8 * 1024**3)  # over the cap: MemoryError
            del hoard
        elif article.text == "crash":
            os.kill(os.getpid(), signal.SIGKILL)
        elif article.text == "raise":
            raise ValueError("a bug")
        return CodingResult(article=article)


@dataclass(frozen=True, slots=True)
class MisbehavingSpec:
    """A CoderSpec's stand-in for engines that take one (the Ray engine)."""

    batch_size: int = 32

    def build(self) -> MisbehavingCoder:
        return MisbehavingCoder()


def build() -> MisbehavingCoder:
    return MisbehavingCoder()


def broken() -> MisbehavingCoder:
    raise OSError("no model here")
