"""Pairing doers with targets, once the actors of a trigger are known.

Separate from finding those actors (dyad.code.arguments) because it is the same for every kind of
trigger: reciprocal and joint acts, and a doer never its own target.
"""

from __future__ import annotations

from dyad.knowledge.modality import ModalityRules
from dyad.records import Actor


def actor_pairs(
    rules: ModalityRules, code: str, sources: list[Actor], targets: list[Actor], trigger: str = "",
    hostile: bool = False, mutual: bool = False,
) -> list[tuple[Actor, Actor | None]]:
    """Who acted on whom: each doer with each target, both ways for a reciprocal act, and the doers
    with each other when a joint act names no target, when a `hostile` act is done by one phrase
    naming a pair ("both armies have moved in extra soldiers": each army faces the other), or when the
    text says so (`mutual`: "lifted the tariffs they had imposed on each other's goods")."""
    pairs: list[tuple[Actor, Actor | None]] = []
    mutual = mutual and len(sources) > 1
    reciprocal = rules.is_reciprocal(code, trigger) or mutual
    if mutual:
        targets = []
    among = all(t.country in {s.country for s in sources} for t in targets)
    if hostile and _one_pair(sources) and among:
        targets = []
        reciprocal = True
    if among and len(sources) > 1 and (reciprocal or code.startswith(rules.joint_codes)):
        # "Chile and Bolivia agreed to resume talks on Bolivian access to the sea": a target among the
        # doers is one of the parties; they act on each other.
        targets = []
    if not targets and len(sources) > 1 and (reciprocal or code.startswith(rules.joint_codes)):
        # "Mexico and Canada held talks": each met the other.
        for a in sources:
            for b in sources:
                if a is not b and not same_actor(a, b):
                    pairs.append((a, b))
        return pairs
    for source in sources:
        inward = code.startswith(rules.inward_codes) and all(same_actor(source, t) for t in targets)
        if not targets or inward:
            pairs.append((source, None))  # "Sri Lanka imposed a curfew in Colombo": no other party
        for target in targets:
            if same_actor(source, target):
                continue
            if target.inferred and target.country == source.country:
                # "Turkish drones ... killing three people": the context's last country is the
                # attacker's own, which says nothing about who the people were.
                target = Actor(text=target.text, name=None, country=None, sector=target.sector)
            pairs.append((source, target))
            if reciprocal:
                pairs.append((target, source))
    return pairs


def same_actor(a: Actor, b: Actor) -> bool:
    """The same actor: by resolved name and sector, else by the words that name it."""
    if a.name and b.name:
        return a.name == b.name and a.sector == b.sector
    return a.text == b.text


def _one_pair(sources: list[Actor]) -> bool:
    """Two actors of two countries named by one phrase ("both armies", "the two navies")."""
    return (
        len(sources) == 2 and sources[0].text == sources[1].text
        and bool(sources[0].country) and bool(sources[1].country) and sources[0].country != sources[1].country
    )
