"""Shared fixtures: one Coder per test session (loading spaCy takes a second), small article helpers."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.code.events import CodingOptions
from dyad.pipeline import Coder
from dyad.records import Article, CodingResult

PUBLISHED = date(2026, 3, 6)  # a Friday


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def coder_all() -> Coder:
    return Coder(options=CodingOptions(all_modalities=True))


def code(coder: Coder, text: str, published: date | None = PUBLISHED) -> CodingResult:
    return coder.code(Article(text=text, published=published, origin="test"))


def triples(coder: Coder, text: str, published: date | None = PUBLISHED) -> set[tuple]:
    """(source country, CAMEO root, target country) of each event: what an analyst checks first."""
    return {
        (e.source.country, e.cameo.root, e.target.country if e.target else None)
        for e in code(coder, text, published).events
    }


@pytest.fixture(params=["duckdb", "postgres"])
def store_address(request: pytest.FixtureRequest, tmp_path) -> str:
    """An empty store on each backend (PostgreSQL only when DYAD_TEST_POSTGRES is set)."""
    from tests.stores import empty_store_address

    return empty_store_address(request.param, tmp_path)


def pytest_terminal_summary(terminalreporter) -> None:
    """How many generated inputs the fuzz tests ran (tests/fuzzing.py), by what they fed."""
    from tests.fuzzing import RUN

    if RUN:
        terminalreporter.write_sep("-", f"fuzz: {sum(RUN.values()):,} generated inputs")
        for name, count in sorted(RUN.items()):
            terminalreporter.write_line(f"{count:>9,}  {name}")
