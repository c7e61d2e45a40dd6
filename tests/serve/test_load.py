"""The server under a bounded load on loopback (benchmarks/load_test.py with small counts): concurrent
readers of the event table and the dyad series while articles are written, with no error at all."""

from __future__ import annotations

import importlib.util
import secrets
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
BENCHMARKS = Path(__file__).parents[2] / "benchmarks"


def load_test():
    spec = importlib.util.spec_from_file_location("load_test", BENCHMARKS / "load_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["load_test"] = module
    spec.loader.exec_module(module)
    return module


def test_concurrent_reads_while_articles_are_written_all_succeed(tmp_path):
    bench = load_test()
    db = str(tmp_path / "load.duckdb")
    bench.generate(db, 3000)
    token = secrets.token_hex(8)
    port = bench.free_port()
    server = bench.start_server(db, port, token)
    try:
        figures = bench.run_load(f"http://127.0.0.1:{port}", token, clients=8, requests=600, seconds=120,
                                 writes=3)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert figures["read_errors"] == 0, figures["errors"]
    assert figures["write_errors"] == [], figures["write_errors"]
    assert figures["reads"] == 600 and figures["writes"] >= 1
    print({k: v for k, v in figures.items() if not isinstance(v, list)})
