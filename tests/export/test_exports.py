"""Exports: the same events as CSV, Parquet, GDELT 2.0 TSV and PLOVER JSON Lines."""

import csv
import io
import json
from datetime import date

import duckdb
import pytest
from click.testing import CliRunner

from dyad.analyze import EventFilter
from dyad.cli import main
from dyad.export import EXPORT_FORMATS, export_events
from dyad.export.gdelt import COLUMNS
from dyad.store import open_store
from tests.factories import article, story

TEXT = (
    "KYIV (Wire) — Russian forces attacked Ukrainian positions near Kharkiv.\n\n"
    "Moscow made a statement\tlater."
)
KHARKIV = {"name": "Kharkiv", "country": "UKR", "lat": 49.99, "lon": 36.23}


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "s.duckdb")
    with open_store(path) as store:
        store.add(
            article(
                TEXT,
                date(2026, 3, 6),
                [
                    (
                        "Russian forces attacked Ukrainian positions near Kharkiv.",
                        "RUSMIL",
                        "UKRMIL",
                        "190",
                        "2026-03-03",
                        {"location": KHARKIV, "source_name": "Russian forces"},
                    ),
                    ("Moscow made a statement\tlater.", "RUSGOV", "UKR", "010", None),
                ],
                title="Attack near Kharkiv",
                url="https://wire.example/kharkiv",
                id="kharkiv-1",
            )
        )
        store.add(story(2, "USAGOV", "MEX", "057", "2026-02-10"))
    return path


def exported(db, format, where=None):
    out = io.BytesIO()
    with open_store(db) as store:
        export_events(store, out, format, where)
    return out.getvalue()


def gdelt_rows(db, where=None):
    return [
        dict(zip(COLUMNS, line.split("\t"), strict=True))
        for line in exported(db, "gdelt", where).decode().splitlines()
    ]


def test_gdelt_rows_have_the_61_columns_with_dyad_fields_mapped(db):
    rows = gdelt_rows(db, EventFilter(dyad="RUSMIL-UKR"))
    assert len(COLUMNS) == 61 and len(rows) == 1
    row = rows[0]
    assert (row["Day"], row["MonthYear"], row["Year"], row["FractionDate"]) == (
        "20260303",
        "202603",
        "2026",
        "2026.2548",
    )
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "RUSMIL",
        "RUSSIAN FORCES",
        "RUS",
        "MIL",
    )
    assert (row["Actor2Code"], row["Actor2CountryCode"]) == ("UKRMIL", "UKR")
    assert (
        row["EventCode"],
        row["EventBaseCode"],
        row["EventRootCode"],
        row["QuadClass"],
        row["GoldsteinScale"],
    ) == ("190", "190", "19", "4", "-10")
    assert row["IsRootEvent"] == "1" and row["NumArticles"] == "1" and row["AvgTone"] == ""
    assert row["GlobalEventID"].isdigit()
    assert (row["ActionGeo_Type"], row["ActionGeo_Fullname"], row["ActionGeo_CountryCode"]) == (
        "4",
        "Kharkiv",
        "UP",
    )
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == ("49.9900", "36.2300")
    assert row["Actor1Geo_Lat"] == "" and len(row["DATEADDED"]) == 14
    assert row["SOURCEURL"] == "https://wire.example/kharkiv"


def test_gdelt_marks_events_after_the_lead_paragraph_and_keeps_rows_on_one_line(db):
    [statement] = [r for r in gdelt_rows(db) if r["EventCode"] == "010"]
    assert statement["IsRootEvent"] == "0"
    assert statement["Day"] == "20260306"  # no day of its own: the publication date
    assert statement["ActionGeo_Type"] == ""


def test_csv_has_the_event_columns_and_its_article(db):
    rows = list(csv.DictReader(io.StringIO(exported(db, "csv").decode())))
    assert len(rows) == 3
    attack = next(r for r in rows if r["cameo_code"] == "190")
    assert attack["source_country"] == "RUS" and attack["article_title"] == "Attack near Kharkiv"
    assert attack["day"] == "2026-03-03" and attack["sentence"].startswith("Russian forces")


def test_plover_records_follow_the_manual_and_leave_out_statements(db):
    records = [json.loads(line) for line in exported(db, "plover").decode().splitlines()]
    assert {r["event"][0] for r in records} == {"ASSAULT", "SUPPORT"}
    attack = next(r for r in records if r["event"] == ["ASSAULT"])
    assert attack["actor"] == [
        {"code": "RUS", "sector": "MIL", "entity_text": "Russian forces", "identifier_text": "Russian forces"}
    ]
    assert attack["recipient"][0]["code"] == "UKR" and attack["date"] == "2026-03-03"
    assert attack["quad_code"] == 4 and attack["event_scale"] == -10.0
    assert (
        attack["event_loc"]["lat"] == 49.99 and attack["cite_info"]["url"] == "https://wire.example/kharkiv"
    )
    assert attack["event_text"] == ["Russian forces attacked Ukrainian positions near Kharkiv."]


def test_parquet_is_typed_and_readable(db, tmp_path):
    path = tmp_path / "events.parquet"
    path.write_bytes(exported(db, "parquet"))
    rows = duckdb.sql(f"SELECT cameo_code, goldstein, day FROM '{path}' ORDER BY cameo_code").fetchall()
    assert rows == [
        ("010", 0.0, date(2026, 3, 6)),
        ("057", 8.0, date(2026, 2, 10)),
        ("190", -10.0, date(2026, 3, 3)),
    ]


def test_an_empty_selection_exports_empty_files(db):
    nothing = EventFilter(country="FRA")
    assert exported(db, "gdelt", nothing) == b""
    assert exported(db, "csv", nothing).decode().splitlines()[0].startswith("id,article_id")


@pytest.mark.parametrize("format", sorted(EXPORT_FORMATS))
def test_the_cli_writes_each_format_to_a_file(db, tmp_path, format):
    out = tmp_path / f"out.{format}"
    result = CliRunner().invoke(
        main, ["export", "--db", db, "--format", format, "--country", "RUS", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == exported(db, format, EventFilter(country="RUS"))


def test_the_cli_refuses_a_bad_filter_in_one_line(db):
    result = CliRunner().invoke(main, ["export", "--db", db, "--dyad", "RUSSIA"])
    assert result.exit_code != 0 and "dash" in str(result.exception or result.output)
