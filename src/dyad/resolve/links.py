"""Tying quotes, time expressions and places to the events coded from the same words.

An event is located where its sentence puts it: a place reached from the event's trigger through a
preposition of place ("attacked positions near Kharkiv", "said at a news conference in Guerrero", "the
operation in Venezuela"), in the trigger's own clause; or the place "there" points back to. The dateline
never locates an event. Events are records here; this module reads the parse, not the coder.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyad.parse.nlp import text_of
from dyad.records import Event, Place, Quote, TimeExpression
from dyad.resolve.places import DocumentPlaces

PLACE_PREPOSITIONS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within",
                      "along", "off", "over", "on", "from", "into", "beyond", "toward", "towards", "through",
                      "to"}
# These also introduce what an act is aimed at ("sanctions on Venezuela"): a country there is a target.
TARGET_PREPOSITIONS = {"on", "from", "into", "toward", "towards", "over", "to"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj"}
VISIT_VERBS = {"visit", "tour", "enter", "reach", "storm", "capture", "seize", "retake", "occupy", "liberate"}
MAX_HOPS = 8


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The token an event was read from: its trigger's last word, inside its sentence."""
    span = doc.char_span(event.span[0], event.span[1], alignment_mode="expand")
    if span is None or not event.trigger:
        return None
    word = event.trigger.split("…")[-1].split()[-1] if event.trigger.split() else event.trigger
    return next((t for t in span if t.text == word), None)


def locate_events(doc: Doc, events: list[Event], places: DocumentPlaces) -> None:
    """Set each event's `location` when its sentence says where it happened; note the event on the place."""
    for event in events:
        trigger = trigger_token(doc, event)
        if trigger is None:
            continue
        place = _located(trigger, event, places) or _there(trigger, places)
        if place is not None:
            event.location = place
            if event.id not in place.events:
                place.events.append(event.id)


def _located(trigger: Token, event: Event, places: DocumentPlaces) -> Place | None:
    best: tuple[int, Place] | None = None
    seen: set[int] = set()
    for token in trigger.sent:
        place = places.at.get(token.i)
        if place is None or place.dateline or id(place) in seen:
            continue
        seen.add(id(place))
        span = trigger.doc.char_span(*place.span, alignment_mode="expand")
        hops = _path_through_preposition(span.root if span is not None else token, trigger, event, place)
        if hops is not None and (best is None or hops < best[0]):
            best = (hops, place)
    return best[1] if best else None


def _path_through_preposition(token: Token, trigger: Token, event: Event, place: Place) -> int | None:
    """Hops from the place up to the trigger, if the way passes a preposition of place and no clause."""
    actors = {event.source.country, event.target.country if event.target else None}
    if token.dep_ == "dobj" and token.head.i == trigger.i and trigger.lemma_.lower() in VISIT_VERBS:
        return 1 if place.kind != "country" or place.country not in actors else None  # "visited Kyiv"
    node, hops, through = token, 0, False
    while node.i != trigger.i and hops < MAX_HOPS:
        if node.dep_ == "pobj" and node.head.lower_ in PLACE_PREPOSITIONS:
            aimed = node.head.lower_ in TARGET_PREPOSITIONS
            through = through or not (aimed and place.kind == "country" and place.country in actors)
        if node.dep_ in CLAUSE_DEPS or node.head.i == node.i:
            return None
        node = node.head
        hops += 1
    return hops if node.i == trigger.i and through else None


def _there(trigger: Token, places: DocumentPlaces) -> Place | None:
    """"The violence there", "fighting there": the last place named before, in this paragraph or the last."""
    words = [*trigger.children, *(trigger.head.children if trigger.pos_ == "NOUN" else [])]
    if not any(w.lower_ == "there" and w.dep_ == "advmod" for w in words):
        return None
    doc = trigger.doc
    start = trigger.sent.start_char
    text = text_of(doc)
    earlier = text.rfind("\n\n", 0, max(text.rfind("\n\n", 0, start), 0))
    candidates = [p for p in places.places if not p.dateline and max(earlier, 0) <= p.span[0] < start]
    return candidates[-1] if candidates else None


def link_quotes(doc: Doc, quotes: list[tuple[Quote, Token | None, tuple[int, int]]],
                events: list[Event]) -> None:
    """A quote holds the events coded from its words, and the statement its speech verb made."""
    triggers = [(event, trigger_token(doc, event)) for event in events]
    for quote, cue, (start, end) in quotes:
        for event, trigger in triggers:
            if trigger is None:
                continue
            if start <= trigger.i < end or (cue is not None and trigger.i == cue.i):
                quote.events.append(event.id)


def link_times(times: list[TimeExpression], events: list[Event]) -> None:
    """A time expression holds the events it dates (same sentence, same words)."""
    for expression in times:
        for event in events:
            text = event.date.text
            if text and text in expression.text and event.span[0] <= expression.span[0] < event.span[1]:
                expression.events.append(event.id)
