"""Every coded event says where its trigger word(s) stand in the article text."""

from __future__ import annotations

import json

from tests.conftest import code


def test_the_trigger_span_is_the_trigger_in_the_article(coder):
    text = (
        "PRAGUE — Czech police arrested a Slovak lorry driver on Monday.\n\n"
        "The Czech government expelled two Hungarian diplomats on Tuesday."
    )
    events = code(coder, text).events
    assert len({e.trigger for e in events}) >= 2
    for event in events:
        start, end = event.trigger_span
        assert text[start:end] == event.trigger
        assert event.span[0] <= start < end <= event.span[1]


def test_a_threat_spans_its_frame_and_the_act(coder):
    text = "Chile's interior minister threatened on Monday to expel Peruvian diplomats."
    threats = [e for e in code(coder, text).events if e.cameo.root == "13"]
    assert threats
    start, end = threats[0].trigger_span
    assert text[start:end] == "threatened on Monday to expel"


def test_the_trigger_span_is_in_the_json_record(coder):
    event = code(coder, "Poland expelled two Belarusian diplomats on Tuesday.").events[0]
    record = json.loads(json.dumps(event.to_dict()))
    assert tuple(record["trigger_span"]) == event.trigger_span
