"""Countries as targets and homes: the country a named place stands in.

An act against a town, a base or a capital is coded against its country ("struck a depot near
Sulaimaniyah" -> Iraq), and a doer with no country takes that of the place it acts at home in. Kept apart
because these rules read the place stage's results and the gazetteer, not the parse of the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad.code.tree import SUBJECT_DEPS, objects_of
from dyad.records import Actor
from dyad.resolve.actors import PLACE_PREPOSITIONS, DocumentActors
from dyad.resolve.gazetteer import Gazetteer


def at_home(trigger: Token, sources: list[Actor], actors: DocumentActors) -> list[Actor]:
    """Doers with no country of an act done at home take the country of the place it happened
    ("hosted his counterpart in Oslo"); a place the parse put under the object or the doer counts too
    ("protesters in Corsica rioted"), and so does a country naming it ("in Pakistan's Balochistan") or
    a place around it ("in a crowded market in Baghdad")."""
    within = [c for c in trigger.children if c.dep_ in {"dobj", *SUBJECT_DEPS}]
    within.insert(0, trigger)
    places = []
    for token in within:
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ != "in":
                continue
            for obj in objects_of(child):
                within.append(obj)  # "a market in Baghdad": the place around the place
                places.extend(
                    found for inner in sorted(actors.phrase_tokens(obj), key=lambda t: t.i != obj.i)
                    if (found := place_actor(inner, actors)) is not None
                )
    if not places:
        return sources
    home = places[0]
    return [
        s if s.country else Actor(text=s.text, name=home.name, country=home.country, sector=s.sector)
        for s in sources
    ]


def custodians(trigger: Token, sources: list[Actor], actors: DocumentActors) -> list[Actor]:
    """Who arrested or expelled when the text names no doer of its own country: the authorities of the
    place the act happened in or at ("were detained in Lagos", "police detained him at Lusaka's
    airport"). Doers whose country is said keep it."""
    if any(s.country and not s.inferred for s in sources):
        return sources
    for child in trigger.children:
        if child.dep_ != "prep" or child.lower_ not in {"in", "at"}:
            continue
        for obj in objects_of(child):
            for inner in sorted(actors.phrase_tokens(obj), key=lambda t: t.i):
                place = place_actor(inner, actors)
                if place is None:
                    continue
                if not sources:
                    return [Actor(text="authorities", name=place.name, country=place.country, sector="GOV",
                                  inferred=True)]
                return [Actor(text=s.text, name=place.name, country=place.country, sector=s.sector,
                              inferred=True) for s in sources]
    return sources


def place_targets(head: Token, actors: DocumentActors, goals: frozenset[str] = frozenset()) -> list[Actor]:
    """A use of force against things in a country targets that country: "fired missiles at energy
    facilities in western Ukraine", "struck targets in Russia's Bryansk region". `goals` adds
    prepositions of destination for acts aimed where they go ("flew to Tel Aviv": a visit to Israel)."""
    own_clause: list[Token] = []
    stack = [c for c in head.children if c.dep_ not in SUBJECT_DEPS | {"nsubjpass", "agent"}]
    while stack:
        token = stack.pop()
        own_clause.append(token)
        if token.dep_ not in {"relcl", "ccomp", "advcl", "conj", "appos", "acl"}:
            stack.extend(token.children)
    for token in sorted(own_clause, key=lambda t: t.i):
        if token.dep_ != "prep" or token.lower_ not in PLACE_PREPOSITIONS | goals | {"into", "on", "at"}:
            continue
        for obj in objects_of(token):
            for inner in sorted(actors.phrase_tokens(obj), key=lambda t: t.i):
                found = place_actor(inner, actors)
                if found is not None:
                    return [found]
    return []


def place_actor(token: Token, actors: DocumentActors) -> Actor | None:
    """The country a named place stands in, as the target of a use of force against it."""
    match = actors.names.get(token.i)
    if match is not None and match.actor.kind in {"country", "capital"}:
        country = match.actor.country
    else:
        country = actors.place_country.get(token.i) or gazetteer_country(token, actors)
    if country is None and token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children):
        # "occupied a school in the village" after "the Sierra Leonean border village of Yenga": the place
        # named before.
        earlier = actors.earlier_body(token)
        country = earlier.country if earlier is not None else None
    if country is None:
        return None
    return Actor(text=token.text, name=actors.knowledge.country_names.get(country), country=country)


def country_named(token: Token, actors: DocumentActors) -> bool:
    """A country, or a capital standing for its government ("recalled its ambassador from Kabul")."""
    match = actors.names.get(token.i)
    return match is not None and match.actor.kind in {"country", "capital"}


def named_country(target: Actor) -> bool:
    """Whether a target's country is said, not guessed from the countries the text last named ("army
    base" after "crossed from Venezuela"): a place or a reporting state is better evidence than that."""
    return target.country is not None and not target.inferred


def gazetteer_country(token: Token, actors: DocumentActors) -> str | None:
    """The country of a proper name the place stage did not take (the parser may have called it a
    person): a town of one of the article's countries, else a well-known place (100,000 people)."""
    # A capitalised word inside the sentence is a name even when tagged as a common noun ("the town of
    # Sake", tagged like "for the sake of").
    named = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title and not token.is_sent_start)
    if not named or token.i in actors.names:
        return None
    person = actors.person_at.get(token.i)
    if person is not None and (person.entity.country or person.entity.sector):
        return None
    entries = [e for e in Gazetteer.bundled().lookup(token.text) if e.country]
    mentioned = {country for _, country in actors.country_mentions}
    local = [e for e in entries if e.country in mentioned]
    known = local or [e for e in entries if e.population >= 100_000]
    return max(known, key=lambda e: e.population).country if known else None
