"""All cores of this machine: a pool of worker processes, each loading the spaCy pipeline once.

Articles go to the workers in small chunks with a bounded number in flight, so memory stays flat however
long the input is; results come back as chunks finish (order does not matter: each is keyed by its hash).
One worker, or a small input, is coded in this process, with no pool at all.

With `limits` (the default), the workers are watched (dyad.engine.supervised): an article over the time
limit or the memory cap, or one that crashes its worker, fails alone; a small input gets one worker.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from dyad.engine import CoderSpec, Engine, Item, Result
from dyad.engine.supervised import Limits, code_supervised
from dyad.records import Failure

CHUNK = 16  # articles per task: large enough to amortise pickling, small enough to balance the cores
IN_FLIGHT_PER_WORKER = 3
SMALL = 2 * CHUNK  # inputs shorter than this are coded in this process

_coder: Any = None  # the worker process's Coder


def _start_worker(spec: CoderSpec) -> None:
    global _coder
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core per worker: no thread oversubscription
    _coder = spec.build()


def _code_chunk(items: list[Item], batch_size: int) -> list[Result]:
    return list(_coder.code_many(items, batch_size=batch_size))


def all_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass(slots=True)
class LocalEngine(Engine):
    limits: Limits | None = field(default_factory=Limits.from_env)  # None: unwatched, as below

    def code_many(self, items: Iterable[Item]) -> Iterator[Result]:
        source = iter(items)
        head = list(islice(source, SMALL))
        if self.limits is not None:
            workers = self.workers if len(head) >= SMALL else 1
            yield from code_supervised(chain(head, source), self.spec.build, workers, self.limits, CHUNK,
                                       self.spec.batch_size)
            return
        if self.workers <= 1 or len(head) < SMALL:  # one worker, or too little to pay for starting more
            yield from self.spec.build().code_many(chain(head, source), batch_size=self.spec.batch_size)
            return
        yield from self._pool(chain(head, source))

    def _pool(self, source: Iterator[Item]) -> Iterator[Result]:
        context = multiprocessing.get_context("spawn")  # a clean process: no inherited threads or locks
        with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                 initargs=(self.spec,)) as pool:
            pending: set[Future[list[Result]]] = set()
            while chunk := list(islice(source, CHUNK)):
                articles = [i for i in chunk if not isinstance(i, Failure)]
                yield from (i for i in chunk if isinstance(i, Failure))
                if articles:
                    pending.add(pool.submit(_code_chunk, articles, self.spec.batch_size))
                while len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield from future.result()
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
