"""The accuracy benchmarks run in CI with a floor a little below their measured figures, so that a
regression in the coder turns CI red (full figures: README, "Benchmarks")."""

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parents[2] / "benchmarks"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_news_evaluation_stays_above_its_floor(coder):
    news_eval = load("news_eval")
    scores = news_eval.evaluate(coder, news_eval.load())["all"]
    precision = news_eval.ratio(scores["hits"], scores["found"])
    recall = news_eval.ratio(scores["hits"], scores["gold"])
    assert precision >= 0.90, precision  # measured 0.95
    assert recall >= 0.92, recall  # measured 0.97


@pytest.mark.slow
def test_held_out_3_stays_above_its_floor(coder):
    news_eval = load("news_eval")
    scores = news_eval.evaluate(coder, news_eval.load(BENCHMARKS / "data" / "news_heldout3.jsonl"))["all"]
    precision = news_eval.ratio(scores["hits"], scores["found"])
    recall = news_eval.ratio(scores["hits"], scores["gold"])
    assert precision >= 0.95, precision  # measured 1.00 after round 4 (studied in it)
    assert recall >= 0.95, recall  # measured 1.00


@pytest.mark.slow
def test_held_out_4_stays_above_its_floor(coder):
    news_eval = load("news_eval")
    scores = news_eval.evaluate(coder, news_eval.load(BENCHMARKS / "data" / "news_heldout4.jsonl"))["all"]
    precision = news_eval.ratio(scores["hits"], scores["found"])
    recall = news_eval.ratio(scores["hits"], scores["gold"])
    assert precision >= 0.88, precision  # measured 0.93 after round 5 (studied in it)
    assert recall >= 0.91, recall  # measured 0.96
