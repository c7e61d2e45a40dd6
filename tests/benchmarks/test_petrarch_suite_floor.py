"""PETRARCH's own unit-test suite, coded with its dictionaries imported, in CI with floors a little below the
measured figures (README, "Benchmarks": 336/352 exact, 27 extra codings), so that a regression in the
importer or the phrase coder turns CI red. The suite is small (283 sentences): it runs whole."""

import importlib.util
import sys
import tempfile
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parents[2] / "benchmarks"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


petrarch_suite = load("petrarch_suite")
SUITE = petrarch_suite.DEFAULT_SUITE


@pytest.mark.slow
@pytest.mark.skipif(not SUITE.exists(), reason="shared/eval/petrarch2 is not beside the repository")
def test_petrarch_suite_stays_above_its_floor():
    records = petrarch_suite.read_suite(petrarch_suite.DEFAULT_SUITE / petrarch_suite.RECORDS)
    with tempfile.TemporaryDirectory() as folder:
        petrarch_suite.import_dictionaries(petrarch_suite.DEFAULT_SUITE, Path(folder))
        table = petrarch_suite.evaluate(petrarch_suite.make_coder(Path(folder)), records)
    implemented = table["true"]["all"]
    assert implemented["expected"] == 352
    assert implemented["exact"] >= 327, implemented  # measured 336 (95%; the target is 90%)
    assert implemented["extra"] <= 40, implemented  # measured 27, fewer than the 352 expected
    assert implemented["noevents_met"] >= 15 and implemented["errors_met"] >= 4, implemented  # 17/18, 5/7
