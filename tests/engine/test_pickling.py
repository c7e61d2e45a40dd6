"""Records cross process boundaries by pickle (a worker hands each result back): they must come back equal,
ids and all, shared objects still shared, and a subclass with a field more must pickle too."""

from __future__ import annotations

import pickle
from datetime import date

from benchmarks.generate_events import LocatedEvent

from dyad.records import (
    Actor,
    Article,
    Cameo,
    CodingResult,
    Entity,
    Event,
    Failure,
    Place,
    Plover,
    Quote,
    TimeExpression,
    When,
)
from tests.factories import event


def _result() -> CodingResult:
    text = "KYIV, Ukraine — Ukraine and Poland signed a grain deal on Friday, the ministry said."
    article = Article(text=text, published=date(2026, 3, 6), origin="a.jsonl", title="Grain")
    kyiv = Place(text="KYIV", name="Kyiv", country="UKR", admin1="Kyiv City", lat=50.45, lon=30.52,
                 span=(0, 4), article_id=article.id, dateline=True)
    article.dateline = kyiv
    ukraine = Actor(text="Ukraine", name="Ukraine", country="UKR")
    signed = Event(article_id=article.id, sentence=text[16:], span=(16, len(text)), source=ukraine,
                   target=Actor(text="Poland", name="Poland", country="POL"),
                   cameo=Cameo("057", "Sign formal agreement", "05", 8.0, 1), plover=Plover("AGREE", None),
                   modality="asserted", date=When("2026-03-06", "day", "on Friday"), confidence=0.9,
                   trigger="signed", notes=["reported by the ministry"], location=kyiv, trigger_span=(35, 41))
    quote = Quote(article_id=article.id, text="Ukraine and Poland signed a grain deal", kind="indirect",
                  cue="said", span=(16, 54), speaker=None, events=[signed.id])
    return CodingResult(
        article=article, events=[signed],
        actors=[Entity(id="a:country:ukraine", name="Ukraine", kind="country", country="UKR", sector=None,
                       mentions=[(16, 23)], article_id=article.id)],
        warnings=["a warning"], quotes=[quote], places=[kyiv],
        times=[TimeExpression(text="on Friday", value="2026-03-06", precision="day", span=(56, 65),
                              article_id=article.id, events=[signed.id])],
    )


def test_a_result_comes_back_equal_with_its_ids():
    result = _result()
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert back.records() == result.records()
    assert back.events[0].id == result.events[0].id and back.article.hash == result.article.hash
    assert back.article.dateline is back.places[0] is back.events[0].location  # still one object


def test_ids_are_kept_not_recomputed():
    result = _result()
    result.events[0].id = "kept-as-it-was"  # whatever the id, unpickling does not make a new one
    assert pickle.loads(pickle.dumps(result)).events[0].id == "kept-as-it-was"


def test_failures_and_subclasses_pickle():
    failure = Failure(origin="a.jsonl", reason="the article has no text", article_id=None)
    assert pickle.loads(pickle.dumps(failure)) == failure
    located = event("a1", "Mexico and Canada signed a trade agreement.", 0, "MEX", "CAN", "057", "2026-03-06",
                    location={"text": "Ottawa", "lat": 45.4, "lon": -75.7})
    assert isinstance(located, LocatedEvent)
    back = pickle.loads(pickle.dumps(located))
    assert type(back) is LocatedEvent and back.to_dict() == located.to_dict()
