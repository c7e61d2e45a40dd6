"""Quotes, places and time expressions are stored with their article and come back as the same records."""

import json
from datetime import date

import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.store import open_store
from tests.conftest import code

ARTICLES = [
    ("MEXICO CITY (Wire) — \"We will not abandon Guerrero,\" President Claudia Sheinbaum said on Monday at a "
     "news conference in Acapulco.\n\nThe Foreign Ministry said in a statement that talks with Washington "
     "would resume next week.", date(2026, 3, 9)),
    ("KYIV (Wire) — \"The strikes hit 40% of the city's power,\" Mayor Vitali Klitschko said on Saturday. "
     "Russian forces attacked Ukrainian positions near Kharkiv on Sunday.", date(2026, 2, 2)),
]


@pytest.fixture
def store(store_address, coder):
    with open_store(store_address) as opened:
        for text, published in ARTICLES:
            assert opened.add(code(coder, text, published))
        yield opened


def test_quotes_places_and_times_come_back_as_the_same_records(store, coder):
    for text, published in ARTICLES:
        result = code(coder, text, published)
        article = result.article.id
        assert store.article_records("quotes", article) == [q.to_dict() for q in result.quotes]
        assert store.article_records("places", article) == [p.to_dict() for p in result.places]
        assert store.article_records("times", article) == [t.to_dict() for t in result.times]


def test_quotes_are_found_by_speaker_and_by_words(store):
    by_speaker = store.quotes(speaker="sheinbaum")
    assert [q["text"] for q in by_speaker] == ["We will not abandon Guerrero"]
    assert [q["speaker"]["name"] for q in store.quotes(about="40%")] == ["Vitali Klitschko"]
    assert store.quotes(speaker="klitschko", about="Guerrero") == []
    assert len(store.quotes(limit=1)) == 1


def test_events_carry_their_location_in_the_store(store):
    located = [e for e in store.events() if e.get("location")]
    assert any(e["location"]["name"] == "Kharkiv" and e["location"]["country"] == "UKR" for e in located)


def test_the_quotes_command_filters_and_formats(tmp_path, coder):
    db = str(tmp_path / "quotes.duckdb")
    with open_store(db) as opened:
        for text, published in ARTICLES:
            opened.add(code(coder, text, published))
    runner = CliRunner()
    result = runner.invoke(main, ["quotes", "--db", db, "--speaker", "Sheinbaum"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["speaker"]["country"] for r in records] == ["MEX"]
    csv = runner.invoke(main, ["quotes", "--db", db, "--about", "power", "--format", "csv"])
    header, *rows = csv.stdout.splitlines()
    assert header.startswith("id,article_id,kind,speaker_text") and len(rows) == 1 and "Klitschko" in rows[0]
    table = runner.invoke(main, ["quotes", "--db", db, "--format", "table"])
    assert table.exit_code == 0 and "Sheinbaum" in table.stdout


QUOTE_FIELDS = {"type", "id", "article_id", "text", "kind", "cue", "span", "speaker", "events"}
SPEAKER_FIELDS = {"text", "name", "country", "sector"}
ACCENTED = ("MADRID (Wire) — \"We told the ÉLYSÉE that Spain will not change its position,\" Foreign "
            "Minister José Manuel Albares said on Friday.", date(2026, 3, 6))


def test_a_stored_quote_has_the_fields_of_the_issue_on_every_backend(store):
    """Issue #4's quote record, plus `events`, the events it belongs to."""
    quotes = store.quotes()
    assert quotes and all(set(q) == QUOTE_FIELDS for q in quotes)
    assert all(set(q["speaker"]) == SPEAKER_FIELDS for q in quotes if q["speaker"])


def test_quote_search_ignores_case_beyond_ascii_on_every_backend(store, coder):
    """PostgreSQL's lower() under a C collation keeps "É": the search must not depend on it."""
    assert store.add(code(coder, *ACCENTED))
    found = store.quotes(about="élysée")
    assert [q["speaker"]["name"] for q in found] == ["José Manuel Albares"]
    assert [q["text"][:7] for q in store.quotes(speaker="JOSÉ", about="spain")] == ["We told"]
    assert store.quotes(about="élysées") == []


@pytest.mark.parametrize("format_", ["jsonl", "csv", "table"])
def test_the_quotes_command_works_on_every_backend(store, store_address, format_):
    runner = CliRunner()
    result = runner.invoke(main, ["quotes", "--db", store_address, "--speaker", "Sheinbaum", "--about",
                                  "abandon", "--format", format_])
    assert result.exit_code == 0, result.output
    if format_ == "jsonl":
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert [(r["speaker"]["country"], set(r)) for r in records] == [("MEX", QUOTE_FIELDS)]
    elif format_ == "csv":
        header, *rows = result.stdout.splitlines()
        assert header.startswith("id,article_id,kind,speaker_text") and len(rows) == 1
    else:
        assert "Sheinbaum" in result.stdout and "abandon" in result.stdout
    empty = runner.invoke(main, ["quotes", "--db", store_address, "--speaker", "Sheinbaum",
                                 "--about", "power"])
    assert empty.exit_code == 0 and empty.stdout == ""
