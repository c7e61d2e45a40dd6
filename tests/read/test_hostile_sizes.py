"""Huge and deeply nested inputs are refused (or read) in bounded time and memory, each in a fresh process
(benchmarks/hostile_inputs.py: 100 MB files of every kind, 1 GB decompression bombs, 100,000-deep and
1,000,000-deep HTML, a million elements, 100,000 attributes); README: Robustness has the figures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
BENCHMARKS = Path(__file__).parents[2] / "benchmarks"
EXTRA_MB = 600  # memory a case may add to a process that has imported the readers
SECONDS = 120


@pytest.fixture(scope="module")
def figures():
    spec = importlib.util.spec_from_file_location("hostile_inputs", BENCHMARKS / "hostile_inputs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile_inputs"] = module
    spec.loader.exec_module(module)
    return {row["case"]: row for row in module.run(100)}


def test_every_case_ends_in_bounded_time_and_memory(figures):
    assert len(figures) >= 14
    for name, row in figures.items():
        assert "error" not in row, (name, row)
        assert row["seconds"] < SECONDS, (name, row)
        assert row["peak_mb"] - row["base_mb"] < EXTRA_MB, (name, row)


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("text-100MB.txt", "over the limit of 20 MB per document"),
        ("stdin-100MB", "over the limit of 20 MB per document"),
        ("page-100MB.html", "over the limit of 20 MB"),
        ("feed-100MB.rss", "over the limit of 20 MB"),
        ("one-line-100MB.jsonl", "100.0 MB, over the limit of 20 MB"),
        ("bomb-1GB.txt.gz", "over the limit of 20 MB"),
        ("bomb-1GB-one-line.jsonl.gz", "1024.0 MB, over the limit of 20 MB"),
        ("crawl-100MB.warc.gz", "over the limit of 20 MB"),
        ("elements-19MB.html", "over the limit of 50,000"),
        ("attributes-100k.html", "over 1,000 attributes"),
        ("nested-100k.html", "no article text"),
    ],
)
def test_the_reason_names_the_limit(figures, case, words):
    reasons = [reason for kind, reason in figures[case]["outcome"] if kind == "Failure"]
    assert any(words in reason for reason in reasons), figures[case]["outcome"]


def test_a_100_mb_file_of_articles_streams_in_flat_memory(figures):
    row = figures["lines-100MB.jsonl"]
    assert row["outcome"][0][0] == "Article" and row["peak_mb"] - row["base_mb"] < 50
