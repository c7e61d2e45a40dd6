"""Coding in worker processes that are watched: a per-article time limit, a memory cap, and crashes that
cost one article instead of the batch.

Text from the web can make any stage slow (a sentence of a thousand names), big (a parse that grows past
the machine's memory) or, in a C library, crash. None of these can be interrupted safely inside the
process that runs them, so the coder runs in child processes and this one watches them:

- each article has a time budget: `seconds`, plus `per_10k_chars` for every 10,000 characters (coding
  time grows with length: the largest article allowed, 1,000,000 characters, takes minutes).
  Each worker holds one chunk of articles at a time: the first result is due within the budgets of the
  whole chunk (spaCy parses the chunk before the first article's stages run), every later result within
  its own article's budget of the one before;
- a worker that misses its time is killed and replaced. When its chunk had started to come back, the
  article it was on is the one that ran over: it fails with the limit named, the rest are sent again.
  When it had not, the chunk's articles are tried again one at a time, each with the limit;
- each worker's address space is capped (`memory`, bytes; the kernel refuses more): an article that
  needs more fails naming the limit, and a worker that dies (killed by the system, crashed in C) is
  replaced the same way.

Results of one worker come in input order; with several workers, in any order (as every engine).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Any

from dyad.errors import InputError
from dyad.records import Article, CodingResult, Failure

MAX_SECONDS = 30.0  # per article, plus SECONDS_PER_10K_CHARS: a short text is stopped soon
# Coding grows faster than length (measured on a busy 2-core machine: 100,000 characters 10 s, 400,000
# 134 s, 1,000,000 575 s), so the allowance is generous: 1,000,000 characters get 630 s.
SECONDS_PER_10K_CHARS = 6.0
MAX_MEMORY = 6 * 1024**3  # bytes of address space per worker: 1,000,000 characters need 3.4 GB
START_SECONDS = 600.0  # loading the pipeline, on a busy machine
CHUNK = 16

Result = CodingResult | Failure


@dataclass(frozen=True, slots=True)
class Limits:
    seconds: float | None = MAX_SECONDS  # None: no time limit
    memory: int | None = MAX_MEMORY  # None: no memory cap
    per_10k_chars: float = SECONDS_PER_10K_CHARS

    @classmethod
    def from_env(cls) -> Limits:
        """The defaults, or what the operator set: DYAD_ARTICLE_SECONDS, DYAD_SECONDS_PER_10K_CHARS and
        DYAD_WORKER_MEMORY_MB (0 turns the time limit or the memory cap off)."""
        seconds = float(os.environ.get("DYAD_ARTICLE_SECONDS", MAX_SECONDS))
        per_10k = float(os.environ.get("DYAD_SECONDS_PER_10K_CHARS", SECONDS_PER_10K_CHARS))
        memory = int(os.environ.get("DYAD_WORKER_MEMORY_MB", MAX_MEMORY // 1024**2)) * 1024**2
        return cls(seconds=seconds or None, memory=memory or None, per_10k_chars=per_10k)

    def budget(self, article: Article) -> float:
        if not self.seconds:
            return float("inf")
        return self.seconds + self.per_10k_chars * len(article.text) / 10_000

    def time_reason(self, article: Article) -> str:
        rule = f" ({self.seconds:g} s + {self.per_10k_chars:g} s per 10,000 characters)"
        rule = rule if self.per_10k_chars else ""
        return f"coding took over the time limit of {self.budget(article):.3g} s for this article{rule}"

    def memory_reason(self) -> str:
        size = f"{self.memory / 1024**3:g} GB" if self.memory else "the machine's memory"
        return f"coding ran out of memory: over the limit of {size} per coding process"


def _cap_memory(memory: int | None) -> None:
    if memory:
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the thread that started it ends, so when its parent dies,
    even by SIGKILL, no orphan codes on (only for workers started by the main thread: a server's request
    threads come and go)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _work(connection: Connection, factory: Callable[[], Any], limits: Limits, batch_size: int,
          tied: bool = False) -> None:
    """A worker process: build the coder, then code each chunk it is sent, one result at a time."""
    if tied:
        _die_with_parent()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _cap_memory(limits.memory)
    try:
        coder = factory()
    except BaseException as error:  # report why, then stop: the parent says so and gives up
        connection.send(("broken", f"{type(error).__name__}: {error}"))
        return
    connection.send(("ready", None))
    while True:
        try:
            chunk = connection.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        try:
            for result in coder.code_many(chunk, batch_size=batch_size):
                if isinstance(result, Failure) and "MemoryError" in result.reason:
                    connection.send(("result", replace(result, reason=limits.memory_reason())))
                    connection.send(("retire", None))  # the heap may be in pieces: start afresh
                    return
                connection.send(("result", result))
        except MemoryError:
            connection.send(("memory", None))
            return
        except BaseException as error:  # a bug outside one article's stages: say what, then stop
            connection.send(("error", f"{type(error).__name__}: {error}"))
            return


class _Worker:
    def __init__(self, context: Any, factory: Callable[[], Any], limits: Limits, batch_size: int) -> None:
        self.connection, child = context.Pipe()
        tied = threading.current_thread() is threading.main_thread()
        self.process = context.Process(target=_work, args=(child, factory, limits, batch_size, tied),
                                       daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.chunk: deque[Article] = deque()  # sent and not yet answered, in order
        self.answered = 0  # results received for the current chunk
        self.deadline = time.monotonic() + START_SECONDS

    def send(self, chunk: list[Article], limits: Limits) -> None:
        self.chunk = deque(chunk)
        self.answered = 0
        self.deadline = time.monotonic() + sum(limits.budget(a) for a in chunk)
        self.connection.send(chunk)

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=10)
        self.connection.close()


class Supervisor:
    """Articles coded by `workers` watched processes, each building its coder with `factory` (which must
    pickle: a module-level function, a `functools.partial` of one, or `CoderSpec.build`)."""

    def __init__(self, factory: Callable[[], Any], workers: int = 1, limits: Limits | None = None,
                 chunk: int = CHUNK, batch_size: int = 32) -> None:
        self.factory = factory
        self.workers = max(1, workers)
        self.limits = limits or Limits.from_env()
        self.chunk = max(1, chunk)
        self.batch_size = batch_size
        self.context = multiprocessing.get_context("spawn")  # a clean process: no inherited threads
        self.pool: list[_Worker] = []
        self.restarts = 0

    # ---- the pool -------------------------------------------------------------------------------------
    def _start(self) -> _Worker:
        return _Worker(self.context, self.factory, self.limits, self.batch_size)

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        self.pool[self.pool.index(worker)] = self._start()
        self.restarts += 1

    def close(self) -> None:
        for worker in self.pool:
            try:
                if worker.process.is_alive() and worker.ready and not worker.chunk:
                    worker.connection.send(None)
            except OSError:
                pass
            worker.stop()
        self.pool = []

    def __enter__(self) -> Supervisor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- coding ---------------------------------------------------------------------------------------
    def code(self, article: Article) -> CodingResult:
        """One article; a limit or a coding failure is an InputError naming it."""
        [result] = list(self.code_many([article]))
        if isinstance(result, Failure):
            raise InputError(result.reason)
        return result

    def code_many(self, items: Iterable[Article | Failure]) -> Iterator[Result]:
        source = iter(items)
        retry: deque[list[Article]] = deque()  # chunks to send again before reading more input
        failures: list[Failure] = []  # the reader's, passed through
        exhausted = False
        while len(self.pool) < self.workers:
            self.pool.append(self._start())

        def next_chunk() -> list[Article] | None:
            nonlocal exhausted
            if retry:
                return retry.popleft()
            chunk: list[Article] = []
            while not exhausted and len(chunk) < self.chunk and len(failures) < 256:
                taken = list(islice(source, self.chunk - len(chunk)))
                exhausted = not taken
                chunk += [i for i in taken if isinstance(i, Article)]
                failures.extend(i for i in taken if isinstance(i, Failure))
            return chunk or None

        finished = False
        try:
            while True:
                for worker in list(self.pool):
                    if worker.ready and not worker.chunk and (chunk := next_chunk()):
                        try:
                            worker.send(chunk, self.limits)
                        except OSError:  # it died while idle (killed by the system): a fresh one takes it
                            worker.chunk.clear()
                            retry.appendleft(chunk)
                            self._replace(worker)
                yield from failures
                failures.clear()
                if exhausted and not retry and not any(w.chunk for w in self.pool):
                    finished = True
                    return
                busy = [w for w in self.pool if w.chunk or not w.ready]
                if not busy:  # every worker idle, the reader's failures just passed on: read on
                    continue
                timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                ready = wait([w.connection for w in busy], timeout=min(timeout, 3600))
                for worker in busy:
                    if worker.connection in ready:
                        yield from self._receive(worker, retry)
                    elif time.monotonic() >= worker.deadline:
                        if not worker.ready:
                            raise RuntimeError(f"the coding process did not start within {START_SECONDS:g} s")
                        yield from self._give_up(worker, retry, self.limits.time_reason)
        finally:
            if not finished:
                self.close()  # stopped early (an error, or the caller closed us): leave nothing running

    def _receive(self, worker: _Worker, retry: deque[list[Article]]) -> Iterator[Result]:
        try:
            kind, value = worker.connection.recv()
        except (EOFError, OSError):
            code = worker.process.exitcode
            if code is None:
                worker.process.join(timeout=5)
                code = worker.process.exitcode
            how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
            yield from self._give_up(worker, retry, lambda _: f"the coding process died ({how})")
            return
        if kind == "ready":
            worker.ready = True
        elif kind == "broken":
            raise RuntimeError(f"the coding process could not start: {value}")
        elif kind == "result":
            worker.chunk.popleft()
            worker.answered += 1
            if worker.chunk:
                worker.deadline = time.monotonic() + self.limits.budget(worker.chunk[0])
            yield value
        elif kind == "retire":
            if worker.chunk:
                retry.appendleft(list(worker.chunk))
            worker.chunk.clear()
            self._replace(worker)
        elif kind == "memory":
            yield from self._give_up(worker, retry, lambda _: self.limits.memory_reason())
        elif kind == "error":
            yield from self._give_up(worker, retry, lambda _: f"coding failed: {value}")

    def _give_up(self, worker: _Worker, retry: deque[list[Article]],
                 reason: Callable[[Article], str]) -> Iterator[Result]:
        """The worker missed its time or died: blame the article it was on, or try its chunk one by one."""
        unanswered, answered = list(worker.chunk), worker.answered
        worker.chunk.clear()
        self._replace(worker)
        if not unanswered:
            return
        if answered or len(unanswered) == 1:  # results were coming back in order: this is the one
            stuck, rest = unanswered[0], unanswered[1:]
            yield Failure(origin=stuck.origin, reason=reason(stuck), article_id=stuck.id)
            if rest:
                retry.appendleft(rest)
            return
        for article in reversed(unanswered):  # stuck before any result: each alone names the culprit
            retry.appendleft([article])


def code_supervised(items: Iterable[Article | Failure], factory: Callable[[], Any], workers: int = 1,
                    limits: Limits | None = None, chunk: int = CHUNK,
                    batch_size: int = 32) -> Iterator[Result]:
    """`Supervisor(...).code_many(items)`, with the workers stopped at the end."""
    with Supervisor(factory, workers, limits, chunk, batch_size) as supervisor:
        yield from supervisor.code_many(items)
