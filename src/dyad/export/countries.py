"""Country facts the exports and the dashboard need: FIPS 10-4 codes (GDELT's geography columns) and names."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    text = (resources.files("dyad.export") / "countries.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            iso3, fips, name = line.split("\t")
            table[iso3] = (fips, name)
    return table


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 code of an ISO 3166-1 alpha-3 country; empty when unknown."""
    return _table().get(iso3 or "", ("", ""))[0]


def country_names() -> dict[str, str]:
    return {iso3: name for iso3, (_, name) in _table().items()}
