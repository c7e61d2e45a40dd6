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


# (data set, precision floor, recall floor); the measured figures are in the comments.
FLOORS = [
    pytest.param("news_eval.jsonl", 0.90, 0.92, id="news-eval"),  # measured 0.94 / 0.97 after round 10
    # measured 1.00 / 1.00 after round 4 (studied in it), 0.98 / 1.00 after round 10
    pytest.param("news_heldout3.jsonl", 0.95, 0.95, id="held-out-3"),
    # measured 0.93 / 0.96 after round 5 (studied in it), 0.96 / 0.96 after round 10
    pytest.param("news_heldout4.jsonl", 0.88, 0.91, id="held-out-4"),
    # measured 0.92 / 0.81 after round 10 (studied in round 8)
    pytest.param("news_heldout7.jsonl", 0.88, 0.77, id="held-out-7"),
    # measured 0.92 / 0.82 after round 10 (studied in round 9)
    pytest.param("news_heldout9.jsonl", 0.88, 0.78, id="held-out-9"),
    # measured 1.00 / 0.99 after round 10 (studied in it)
    pytest.param("news_heldout10.jsonl", 0.95, 0.94, id="held-out-10"),
    # measured 0.90 / 0.87 and 0.97 / 0.96 after round 11 (studied in it)
    pytest.param("news_heldout11.jsonl", 0.85, 0.82, id="held-out-11"),
    pytest.param("news_heldout12.jsonl", 0.92, 0.91, id="held-out-12"),
    # measured 0.77 / 0.70 and 0.76 / 0.72 after round 12 (studied in it)
    pytest.param("news_heldout13.jsonl", 0.72, 0.65, id="held-out-13"),
    pytest.param("news_heldout14.jsonl", 0.71, 0.67, id="held-out-14"),
    # measured 0.80 / 0.70 and 0.65 / 0.61 after round 13 (studied in it)
    pytest.param("news_heldout15.jsonl", 0.76, 0.66, id="held-out-15"),
    pytest.param("news_heldout16.jsonl", 0.61, 0.57, id="held-out-16"),
    # measured 0.84 / 0.77 and 0.77 / 0.73 after round 14 (studied in it)
    pytest.param("news_heldout17.jsonl", 0.80, 0.73, id="held-out-17"),
    pytest.param("news_heldout18.jsonl", 0.72, 0.68, id="held-out-18"),
    # measured 0.75 / 0.62 and 0.69 / 0.65 after round 15 (studied in it)
    pytest.param("news_heldout19.jsonl", 0.71, 0.58, id="held-out-19"),
    pytest.param("news_heldout20.jsonl", 0.65, 0.61, id="held-out-20"),
    # measured 0.84 / 0.86 and 0.87 / 0.76 after round 17 (studied in rounds 16-17)
    pytest.param("news_heldout21.jsonl", 0.79, 0.81, id="held-out-21"),
    pytest.param("news_heldout22.jsonl", 0.82, 0.71, id="held-out-22"),
    # measured 0.88 / 0.75 and 0.89 / 0.85 after round 18 (studied in it)
    pytest.param("news_heldout23.jsonl", 0.83, 0.70, id="held-out-23"),
    pytest.param("news_heldout24.jsonl", 0.84, 0.80, id="held-out-24"),
    # measured 0.95 / 0.84 and 0.92 / 0.86 after round 19 (studied in it)
    pytest.param("news_heldout25.jsonl", 0.90, 0.79, id="held-out-25"),
    pytest.param("news_heldout26.jsonl", 0.87, 0.81, id="held-out-26"),
    # measured 0.85 / 0.78 and 0.77 / 0.73 after round 20 (studied in it)
    pytest.param("news_heldout27.jsonl", 0.80, 0.72, id="held-out-27"),
    pytest.param("news_heldout28.jsonl", 0.72, 0.67, id="held-out-28"),
    # measured 0.80 / 0.81 and 0.87 / 0.77 after round 21 (studied in it)
    pytest.param("news_heldout29.jsonl", 0.75, 0.75, id="held-out-29"),
    pytest.param("news_heldout30.jsonl", 0.82, 0.71, id="held-out-30"),
    # measured 0.89 / 0.70 and 0.83 / 0.79 after round 22 (studied in it)
    pytest.param("news_heldout31.jsonl", 0.84, 0.64, id="held-out-31"),
    pytest.param("news_heldout32.jsonl", 0.78, 0.74, id="held-out-32"),
    # measured 0.92 / 0.82 and 0.80 / 0.73 after round 23 (studied in it)
    pytest.param("news_heldout33.jsonl", 0.87, 0.77, id="held-out-33"),
    pytest.param("news_heldout34.jsonl", 0.75, 0.68, id="held-out-34"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("data", "precision_floor", "recall_floor"), FLOORS)
def test_accuracy_stays_above_its_floor(coder, data: str, precision_floor: float, recall_floor: float):
    news_eval = load("news_eval")
    scores = news_eval.evaluate(coder, news_eval.load(BENCHMARKS / "data" / data))["all"]
    precision = news_eval.ratio(scores["hits"], scores["found"])
    recall = news_eval.ratio(scores["hits"], scores["gold"])
    assert precision >= precision_floor, precision
    assert recall >= recall_floor, recall
