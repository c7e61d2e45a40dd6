"""The offline gazetteer: every place name GeoNames knows for towns of 500 people or more, states and
provinces, countries and continents (src/dyad/data/gazetteer.tsv.gz, built by scripts/build_gazetteer.py),
and the regions, seas and disputed areas of src/dyad/data/regions.tsv, which no such table holds.

The file is one sorted line per name, so it loads as a list of lines (no per-row parsing at start-up) and a
look-up is a binary search; only the lines of the names an article uses are ever split.
"""

from __future__ import annotations

import gzip
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources

KINDS = ("country", "admin1", "city", "continent", "region")


def fold(name: str) -> str:
    """The look-up key of a name: lower case, without accents, curly apostrophes or doubled spaces."""
    if name.isascii():  # most names: nothing to decompose (the same key, several times faster)
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


@dataclass(slots=True, frozen=True)
class Entry:
    """One place a name may stand for."""

    kind: str  # country, admin1, city, continent, region
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    lat: float
    lon: float
    population: int
    capital: bool
    primary: bool  # the name looked up is the place's own name, not one of its alternate names


class Gazetteer:
    def __init__(self, lines: list[str], regions: dict[str, list[Entry]] | None = None) -> None:
        self.lines = lines  # sorted; "key\tkind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital"
        self.regions = regions or {}  # folded name -> entries
        self._countries: dict[str, Entry] | None = None
        self._found: dict[str, tuple[Entry, ...]] = {}  # folded name -> entries: news repeats its places

    @staticmethod
    @cache
    def bundled() -> Gazetteer:
        """The gazetteer shipped with dyad, read once per process (about 0.3 s)."""
        data = resources.files("dyad") / "data" / "gazetteer.tsv.gz"
        text = gzip.decompress(data.read_bytes()).decode("utf-8")
        regions = resources.files("dyad") / "data" / "regions.tsv"
        return Gazetteer([line for line in text.split("\n") if line and not line.startswith("#")],
                         read_regions(regions.read_text(encoding="utf-8")))

    def lookup(self, name: str) -> list[Entry]:
        key = fold(name)
        if not key:
            return []
        cached = self._found.get(key)
        if cached is not None:
            return list(cached)
        prefix = key + "\t"
        found = list(self.regions.get(key, []))
        i = bisect_left(self.lines, prefix)
        while i < len(self.lines) and self.lines[i].startswith(prefix):
            found.append(_entry(self.lines[i], key))
            i += 1
        if len(self._found) >= 50_000:  # bounded: a long run meets many rare names
            self._found.clear()
        self._found[key] = tuple(found)
        return found

    def country(self, iso3: str) -> Entry | None:
        """A country's own entry (its point is the centroid of its largest outline)."""
        if self._countries is None:
            self._countries = {}
            for line in self.lines:
                if "\tcountry\t" in line:
                    entry = _entry(line, "")
                    if entry.country and entry.kind == "country":
                        self._countries.setdefault(entry.country, entry)
        return self._countries.get(iso3)


def _entry(line: str, key: str) -> Entry:
    folded, kind, name, country, admin1, lat, lon, population, capital = line.split("\t")
    return Entry(kind=kind, name=name, country=country or None, admin1=admin1 or None, lat=float(lat),
                 lon=float(lon), population=int(population or 0), capital=capital == "1",
                 primary=fold(name) == folded)


def read_regions(text: str) -> dict[str, list[Entry]]:
    """regions.tsv: names (first the main one), country, lat, lon."""
    regions: dict[str, list[Entry]] = {}
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for names, country, lat, lon in rows[1:]:
        main = names.split("|")[0]
        for name in names.split("|"):
            entry = Entry("region", main, country or None, None, float(lat), float(lon), 0, False,
                          name == main)
            regions.setdefault(fold(name), []).append(entry)
            if fold(name).startswith("the "):
                regions.setdefault(fold(name)[4:], []).append(entry)
    return regions
