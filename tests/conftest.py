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
