"""Mediated talks: the mediator's act, aimed at each party (CAMEO 045), rather than talks of the parties.

"Egypt and Ethiopia held talks, with Uganda's president acting as mediator", "Israeli and Lebanese officers
met in talks mediated by a U.S. envoy": the parties are the two states that act together in the mediator's
sentence; the mediator mediates for each of them, and their meeting there is the mediation, not a second
event (as the codebook's 045 describes it and the evaluation sets code it).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyad.records import Event

MEDIATION_CODE = "045"
MEETING_ROOT = "04"


def with_mediated_parties(doc: Doc, coded: list[tuple[int, Event]], joint_codes: tuple[str, ...]) -> list[
    tuple[int, Event]
]:
    """Each mediation aimed at both parties its sentence names acting together; their meeting dropped."""
    mediations = [(i, e) for i, e in coded if e.cameo.code == MEDIATION_CODE and e.source.country]
    if not mediations:
        return coded
    dropped: set[int] = set()
    added: list[tuple[int, Event]] = []
    for i, mediation in mediations:
        sentence = doc[i].sent
        mediator = mediation.source.country
        between = [
            (j, e) for j, e in coded
            if sentence.start <= j < sentence.end and e.cameo.code != MEDIATION_CODE and e.target is not None
            and mediator not in {e.source.country, e.target.country}
        ]
        # "exchanged 175 prisoners each in a swap brokered by the UAE": an act the two did to each other is
        # done together, whatever its code.
        pairs = {(e.source.country, e.target.country) for _, e in between}
        together = [(j, e) for j, e in between if e.cameo.code.startswith(joint_codes)
                    or (e.target.country, e.source.country) in pairs]
        parties = {e.source.country: e.source for _, e in together if e.source.country}
        if len(parties) < 2:
            continue
        circle = {mediator, *parties}
        dropped.update(
            id(e) for j, e in coded
            if sentence.start <= j < sentence.end and e.cameo.code.startswith(MEETING_ROOT)
            and e.target is not None and {e.source.country, e.target.country} <= circle
        )
        added += [(i, replace(mediation, target=party, id="")) for party in parties.values()]
    kept = [(i, e) for i, e in coded if id(e) not in dropped]
    return kept + added
