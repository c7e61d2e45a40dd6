"""Watched worker processes (dyad.engine.supervised): an article that runs over the time limit, needs
more than the memory cap or crashes its process fails alone, with the limit named, and the rest go on."""

from __future__ import annotations

import time

import pytest

from dyad.engine.supervised import Limits, Supervisor, code_supervised
from dyad.errors import InputError
from dyad.records import Article, CodingResult, Failure
from tests.engine.stubs import broken, build

LIMITS = Limits(seconds=1.5, memory=1024**3, per_10k_chars=0)


def articles(*texts: str) -> list[Article]:
    return [Article(text=text, origin=f"doc{n}") for n, text in enumerate(texts)]


def outcome(results) -> dict[str, str]:
    """origin -> "ok" or the failure's reason."""
    return {(r.origin if isinstance(r, Failure) else r.article.origin):
            (r.reason if isinstance(r, Failure) else "ok") for r in results}


def test_every_article_comes_back_in_order():
    given = articles(*(f"article {n}" for n in range(40)))
    results = list(code_supervised(given, build, limits=LIMITS, chunk=7))
    assert [r.article.origin for r in results] == [a.origin for a in given]
    assert all(isinstance(r, CodingResult) for r in results)


def test_a_stage_that_never_ends_fails_that_article_only():
    started = time.monotonic()
    results = outcome(code_supervised(articles("a", "b", "stage forever", "c", "d"), build, limits=LIMITS))
    over = "coding took over the time limit of 1.5 s for this article"
    assert results == {"doc0": "ok", "doc1": "ok", "doc2": over, "doc3": "ok", "doc4": "ok"}
    assert time.monotonic() - started < 30


def test_a_parse_that_never_ends_is_found_by_trying_the_chunk_one_by_one():
    results = outcome(code_supervised(articles("a", "parse forever", "b", "c"), build, limits=LIMITS))
    assert results == {"doc0": "ok", "doc1": "coding took over the time limit of 1.5 s for this article",
                       "doc2": "ok", "doc3": "ok"}


def test_memory_over_the_cap_fails_the_article_naming_the_limit():
    results = outcome(code_supervised(articles("a", "hog memory", "b"), build, limits=LIMITS))
    assert results["doc1"] == "coding ran out of memory: over the limit of 1 GB per coding process"
    assert results["doc0"] == results["doc2"] == "ok"


@pytest.mark.parametrize("text", ["crash", "raise"])
def test_a_crash_costs_one_article(text):
    results = outcome(code_supervised(articles("a", text, "b", "c"), build, limits=LIMITS))
    assert results["doc0"] == results["doc2"] == results["doc3"] == "ok"
    assert results["doc1"] in ("the coding process died (killed by signal 9)",
                               "coding failed: ValueError: a bug")


def test_several_workers_code_everything_once_and_readers_failures_pass_through():
    given = [*articles(*(f"article {n}" for n in range(30)), "stage forever"),
             Failure(origin="bad.txt", reason="empty input")]
    results = list(code_supervised(given, build, workers=2, limits=LIMITS, chunk=4))
    found = outcome(results)
    assert len(results) == len(found) == 32
    assert found["bad.txt"] == "empty input" and found["doc30"].startswith("coding took over the time limit")
    assert sum(v == "ok" for v in found.values()) == 30


def test_one_article_at_a_time_and_workers_are_kept_between_calls():
    with Supervisor(build, limits=LIMITS) as supervisor:
        assert supervisor.code(Article(text="first")).article.text == "first"
        [worker] = supervisor.pool
        assert supervisor.code(Article(text="second")).article.text == "second"
        assert supervisor.pool == [worker] and supervisor.restarts == 0
        with pytest.raises(InputError, match=r"over the time limit of 1\.5 s"):
            supervisor.code(Article(text="stage forever"))
        assert supervisor.code(Article(text="after")).article.text == "after"
    assert not worker.process.is_alive()


def test_stopping_early_stops_the_workers():
    supervisor = Supervisor(build, limits=LIMITS, chunk=2)
    results = supervisor.code_many(articles(*(f"article {n}" for n in range(10))))
    next(results)
    processes = [w.process for w in supervisor.pool]
    results.close()
    assert processes and not any(p.is_alive() for p in processes)


def test_a_coder_that_cannot_start_is_an_error_not_a_hang():
    with pytest.raises(RuntimeError, match="could not start: OSError: no model here"):
        list(code_supervised(articles("a"), broken, limits=LIMITS))


def test_a_worker_that_died_while_idle_is_replaced():
    import os
    import signal

    with Supervisor(build, limits=LIMITS) as supervisor:
        assert supervisor.code(Article(text="first")).article.text == "first"
        [worker] = supervisor.pool
        os.kill(worker.process.pid, signal.SIGKILL)
        worker.process.join(timeout=10)
        assert supervisor.code(Article(text="second")).article.text == "second"
        assert supervisor.restarts == 1
