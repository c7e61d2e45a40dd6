"""Build the dashboard's offline world outline (src/dyad/serve/static/world.json).

The outline is Natural Earth's 1:110m admin-0 countries (public domain), as shipped in the PyPI wheel of
geopandas 0.14.4 (`geopandas/datasets/naturalearth_lowres`). Fetch it once with

    pip download --no-deps geopandas==0.14.4 -d /tmp/geo
    python scripts/build_world_map.py /tmp/geo/geopandas-0.14.4-py3-none-any.whl

The shapefile is read with the standard library (no GIS stack), projected equirectangularly onto a
360 x 180 box (x = lon + 180, y = 90 - lat), thinned and written as one SVG path per country, with the
centroid of its largest ring for markers. The generated file is committed; the dashboard never fetches.
"""

from __future__ import annotations

import argparse
import io
import json
import struct
import zipfile
from pathlib import Path

SHAPE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "serve" / "static" / "world.json"
MIN_STEP = 0.25  # degrees: points closer than this to the last kept one are dropped
NO_ISO = {"Kosovo": "XKX"}  # Natural Earth writes -99 where ISO has no code; dyad uses XKX for Kosovo


def read_dbf(data: bytes) -> list[dict[str, str]]:
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset : offset + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    rows = []
    for i in range(count):
        start = header_len + i * record_len + 1  # skip the deletion flag
        row, pos = {}, start
        for name, length in fields:
            row[name] = data[pos : pos + length].decode("utf-8", "replace").strip()
            pos += length
        rows.append(row)
    return rows


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    shapes, offset = [], 100
    while offset < len(data):
        _, words = struct.unpack(">ii", data[offset : offset + 8])
        content = data[offset + 8 : offset + 8 + words * 2]
        offset += 8 + words * 2
        kind = struct.unpack("<i", content[:4])[0]
        if kind != 5:
            shapes.append([])
            continue
        parts_n, points_n = struct.unpack("<ii", content[36:44])
        parts = [*struct.unpack(f"<{parts_n}i", content[44 : 44 + 4 * parts_n]), points_n]
        base = 44 + 4 * parts_n
        points = list(struct.iter_unpack("<dd", content[base : base + 16 * points_n]))
        shapes.append([points[parts[i] : parts[i + 1]] for i in range(parts_n)])
    return shapes


def ring_area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def ring_path(ring: list[tuple[float, float]]) -> str:
    kept: list[tuple[float, float]] = []
    for lon, lat in ring:
        x, y = round(lon + 180, 1), round(90 - lat, 1)
        if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= MIN_STEP:
            kept.append((x, y))
    if len(kept) < 3:
        return ""
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in kept) + "Z"


def build(wheel: Path) -> dict:
    with zipfile.ZipFile(wheel) as archive:
        shp = archive.read(SHAPE + ".shp")
        dbf = archive.read(SHAPE + ".dbf")
    countries = []
    for row, rings in zip(read_dbf(io.BytesIO(dbf).getvalue()), read_polygons(shp), strict=True):
        if not rings:
            continue
        _, lon, lat = max(ring_area_centroid(r) for r in rings)
        path = "".join(ring_path(r) for r in rings)
        iso3 = row["iso_a3"] if row["iso_a3"] != "-99" else NO_ISO.get(row["name"], "")
        countries.append(
            {"iso3": iso3, "name": row["name"], "path": path, "centroid": [round(lon, 2), round(lat, 2)]}
        )
    countries.sort(key=lambda c: c["iso3"])
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14.4",
        "projection": "equirectangular: x = lon + 180, y = 90 - lat",
        "countries": countries,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="the geopandas 0.14.4 wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    world = build(args.wheel)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(world, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {len(world['countries'])} countries to {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
