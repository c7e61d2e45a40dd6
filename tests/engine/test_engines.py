"""Every engine codes the same articles into the same records: in process, on a pool, on Ray."""

from __future__ import annotations

import json
import time

import pytest

from dyad.engine import CoderSpec, get_engine
from dyad.engine.parquet import read_records
from dyad.read import read_path
from dyad.records import CodingResult, Failure
from tests.engine.corpus import write_corpus


def records(results) -> list[str]:
    out = []
    for item in results:
        rows = [item.to_dict()] if isinstance(item, Failure) else item.records()
        out += [json.dumps(r, sort_keys=True) for r in rows]
    return sorted(out)


def test_a_small_input_is_coded_without_starting_workers(tmp_path, monkeypatch):
    import dyad.engine.local as local

    monkeypatch.setattr(local, "ProcessPoolExecutor", None)  # any use of a pool would fail
    corpus = write_corpus(tmp_path / "in.jsonl", 3)
    results = list(get_engine("local", CoderSpec(), workers=2).code_many(read_path(corpus)))
    assert sum(isinstance(r, CodingResult) for r in results) == 3
    assert sum(isinstance(r, Failure) for r in results) == 1


@pytest.mark.slow
def test_two_workers_give_the_records_one_worker_gives(tmp_path):
    corpus = write_corpus(tmp_path / "in.jsonl", 40)
    one = records(get_engine("local", CoderSpec(), workers=1).code_many(read_path(corpus)))
    two = records(get_engine("local", CoderSpec(), workers=2).code_many(read_path(corpus)))
    assert one == two and len(one) > 40


@pytest.mark.slow
def test_ray_writes_the_records_the_local_engine_writes(tmp_path):
    pytest.importorskip("ray")
    import ray

    corpus = write_corpus(tmp_path / "in.jsonl", 8)
    started = time.perf_counter()
    try:
        get_engine("ray", CoderSpec(), workers=1, address="local").to_parquet([str(corpus)], tmp_path / "ray")
    finally:
        ray.shutdown()
    print(f"Ray run: {time.perf_counter() - started:.1f} s")
    get_engine("local", CoderSpec(), workers=1).to_parquet([str(corpus)], tmp_path / "local")
    on_ray = sorted(json.dumps(r, sort_keys=True) for r in read_records(tmp_path / "ray"))
    at_home = sorted(json.dumps(r, sort_keys=True) for r in read_records(tmp_path / "local"))
    assert on_ray == at_home
    assert {json.loads(r)["type"] for r in on_ray} >= {"article", "event", "failure"}


@pytest.mark.slow
def test_on_ray_an_article_over_the_time_limit_fails_alone(tmp_path):
    pytest.importorskip("ray")
    import ray

    from dyad.engine.ray_engine import RayEngine
    from dyad.engine.supervised import Limits
    from tests.engine.stubs import MisbehavingSpec

    texts = ["A quiet day in the capital.", "stage forever", "Talks went on."]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    limits = Limits(seconds=3, memory=None, per_10k_chars=0)
    try:
        RayEngine(MisbehavingSpec(), 1, "local", limits).to_parquet([str(corpus)], tmp_path / "ray")
    finally:
        ray.shutdown()
    rows = read_records(tmp_path / "ray")
    assert sorted(r["id"] for r in rows if r["type"] == "article") == ["a0", "a2"]
    [failure] = [r for r in rows if r["type"] == "failure"]
    assert "time limit" in failure["reason"]
