"""Event filters, pages and the dyad panels (actors, places, quotes) the API and exports share."""

import json
from datetime import date

import pytest

from dyad.analyze import EventFilter, count_events, find_events, iter_events
from dyad.analyze.actors import top_actors
from dyad.analyze.articles import get_article, list_articles
from dyad.analyze.places import event_places
from dyad.analyze.quotes import QuoteFilter, find_quotes
from dyad.errors import DyadError
from dyad.store import open_store
from tests.factories import article, story

KHARKIV = {"name": "Kharkiv", "country": "UKR", "lat": 49.99, "lon": 36.23}


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "s.duckdb")) as opened:
        opened.add(
            story(1, "RUSMIL", "UKRMIL", "190", "2026-03-03", location=KHARKIV, source_name="Russian forces")
        )
        opened.add(story(2, "RUSMIL", "UKRMIL", "190", "2026-03-04", location={**KHARKIV, "lat": 50.01}))
        opened.add(story(3, "UKRGOV", "RUS", "112", "2026-03-04"))
        opened.add(story(4, "USAGOV", "MEX", "057", "2026-02-10", host="www.wire.example"))
        opened.add(story(5, "MEXGOV", "USA", "112", "2026-02-11", modality="negated"))
        opened.add(story(6, "VEN", "COL", "173", "2026-01-20", location={"name": "Cúcuta", "country": "COL"}))
        yield opened


def dyads(events):
    return {(e["source"]["country"], e["target"]["country"]) for e in events}


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (EventFilter(dyad="RUS-UKR"), {("RUS", "UKR")}),
        (EventFilter(dyad="UKR-RUS", both=True), {("RUS", "UKR"), ("UKR", "RUS")}),
        (EventFilter(dyad="USAGOV-MEX"), {("USA", "MEX")}),
        (EventFilter(actor="MEXGOV"), {("MEX", "USA")}),
        (EventFilter(actor_name="russian FOR"), {("RUS", "UKR")}),
        (EventFilter(country="col"), {("VEN", "COL")}),
        (EventFilter(code="19"), {("RUS", "UKR")}),
        (EventFilter(root="17"), {("VEN", "COL")}),
        (EventFilter(plover="support"), {("USA", "MEX")}),
        (EventFilter(quad=3), {("UKR", "RUS"), ("MEX", "USA")}),
        (EventFilter(modality="negated"), {("MEX", "USA")}),
        (EventFilter(since=date(2026, 3, 1)), {("RUS", "UKR"), ("UKR", "RUS")}),
        (EventFilter(until=date(2026, 1, 31)), {("VEN", "COL")}),
        (EventFilter(q="(173)"), {("VEN", "COL")}),
    ],
)
def test_each_filter_narrows_the_events(store, where, expected):
    assert dyads(find_events(store, where, limit=100).events) == expected


def test_search_text_is_literal_not_a_pattern(store):
    assert count_events(store, EventFilter(q="%")) == 0
    assert count_events(store, EventFilter(q="_")) == 0


def test_pages_cover_every_event_once_in_order(store):
    for sort in ("-date", "date", "goldstein", "-goldstein", "confidence"):
        seen, cursor = [], None
        while True:
            page = find_events(store, limit=2, cursor=cursor, sort=sort)
            seen += page.events
            if not (cursor := page.next_cursor):
                break
        assert len(seen) == len({e["id"] for e in seen}) == 6
    days = [e["day"] for e in find_events(store, limit=10).events]
    assert days == sorted(days, reverse=True)


def test_an_event_comes_with_its_article(store):
    [event] = find_events(store, EventFilter(dyad="USA-MEX")).events
    assert event["article"]["url"] == "https://www.wire.example/story/4" and event["day"] == "2026-02-10"
    assert event["article"]["title"] == "Story 4" and event["sentence"]


def test_the_total_counts_every_match(store):
    page = find_events(store, EventFilter(country="RUS"), limit=1, with_total=True)
    assert page.total == 3 and len(page.events) == 1


def test_exports_read_every_event(store):
    assert len(list(iter_events(store))) == 6


@pytest.mark.parametrize(
    ("where", "message"),
    [
        (dict(country="RUSSIA"), "three-letter"),
        (dict(code="1x"), "CAMEO code"),
        (dict(root="21"), "root"),
        (dict(quad=5), "quad"),
        (dict(modality="maybe"), "modality"),
        (dict(dyad="RUS"), "dash"),
        (dict(since=date(2026, 3, 2), until=date(2026, 3, 1)), "after"),
        (dict(q="x" * 201), "at most"),
        (dict(plover="as sault"), "PLOVER"),
        (dict(actor="RU"), "side"),
        (dict(article="a b"), "article"),
    ],
)
def test_an_invalid_filter_says_what_is_wrong(where, message):
    with pytest.raises(DyadError, match=message):
        EventFilter(**where)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (dict(limit=0), "limit"),
        (dict(limit=501), "limit"),
        (dict(sort="sentence"), "sort"),
        (dict(cursor="not-a-cursor"), "cursor"),
    ],
)
def test_invalid_paging_says_what_is_wrong(store, call, message):
    with pytest.raises(DyadError, match=message):
        find_events(store, **call)


def test_top_actors_count_both_roles(store):
    actors = {a["name"]: a for a in top_actors(store, "RUS-UKR")}
    assert actors["Russian forces"]["as_source"] == 1
    assert actors["UKRGOV"] == {
        "name": "UKRGOV",
        "country": "UKR",
        "sector": "GOV",
        "events": 1,
        "as_source": 1,
        "as_target": 0,
    }


def test_places_group_events_by_name_and_skip_unusable_locations(store):
    [kharkiv] = event_places(store, "RUS-UKR")
    assert (kharkiv["name"], kharkiv["events"], kharkiv["lat"]) == ("Kharkiv", 2, 50.0)
    assert event_places(store, "VEN-COL") == []  # no coordinates
    assert event_places(store, "USA-MEX") == []  # no location at all


def test_quotes_are_empty_until_a_quote_stage_fills_them(store):
    assert find_quotes(store, QuoteFilter(dyad="RUS-UKR")) == {"quotes": [], "next_cursor": None}


def test_quotes_of_a_dyad_are_from_either_side_in_its_articles(store):
    [event] = find_events(
        store, EventFilter(dyad="RUS-UKR", since=date(2026, 3, 3), until=date(2026, 3, 3))
    ).events
    rows = [("q1", "UKR", "We will not give in."), ("q2", "USA", "We are watching closely.")]
    for quote_id, country, text in rows:
        store.db.execute(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                quote_id,
                event["article"]["hash"],
                event["article_id"],
                "Speaker",
                country,
                "GOV",
                "direct",
                text,
                json.dumps({"type": "quote", "text": text}),
            ],
        )
    found = find_quotes(store, QuoteFilter(dyad="RUS-UKR"))["quotes"]
    assert [q["text"] for q in found] == ["We will not give in."]
    assert found[0]["speaker"]["country"] == "UKR" and found[0]["article"]["title"] == "Story 1"


def test_an_article_comes_with_its_events_in_reading_order(tmp_path):
    text = "Colombia expelled two diplomats. Venezuela condemned the move. Talks were cancelled."
    with open_store(str(tmp_path / "a.duckdb")) as store:
        store.add(
            article(
                text,
                date(2026, 3, 6),
                [
                    ("Venezuela condemned the move.", "VEN", "COL", "112", "2026-03-05"),
                    ("Colombia expelled two diplomats.", "COL", "VEN", "173", "2026-03-05"),
                ],
                title="Expulsions",
                id="col-ven-1",
            )
        )
        found = get_article(store, "col-ven-1")
        assert found["article"]["text"] == text
        assert [e["span"][0] for e in found["events"]] == [0, 33]
        assert get_article(store, found["article"]["hash"])["article"]["id"] == "col-ven-1"
        assert get_article(store, "missing") is None
        listed = list_articles(store)["articles"]
        assert listed[0]["events"] == 2 and listed[0]["title"] == "Expulsions"
        assert list_articles(store, q="nothing like it")["articles"] == []
