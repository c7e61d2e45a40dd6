"""Actors for dictionary (PETRARCH-style) coding: each noun phrase of a document as a "unit" with codes.

A unit is a noun with the words that modify it ("the Gondor main opposition group", "Gondor's
government"). Its code is the first actor of the imported actor dictionary named in it, dated by the
article's date, with the codes of the agents named in it around that code (`~GOV` after it, `NGO~` before
it; an agent already in the actor's code is not repeated), as PETRARCH builds them: "Arnor's foreign
minister" is ARNGOVFRM, "an MSF Arnor diplomat" NGOARNGOV, "students" ---EDU. A unit that names no actor
takes the actor of its "of/in/from" phrase ("soldiers from Gondor": GONMIL); in "A and B" each conjunct is a
unit of its own, and an agent-only conjunct shares the actor of the others ("Danish media and government":
DNKMED, DNKGOV). Where no imported name applies, dyad's own resolver (DocumentActors) is asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from dyad.knowledge.imported import Agent, ImportedActor, ImportedKnowledge, PhraseIndex, key_of
from dyad.records import SECTORS
from dyad.resolve.actors import DocumentActors

HEAD_POS = {"NOUN", "PROPN", "PRON", "NUM", "X"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative", "ROOT"}
FOLD_DEPS = {"compound", "amod", "nmod", "poss", "det", "case", "nummod", "quantmod", "predet"}
OWNER_PREPOSITIONS = {"of", "in", "from"}
TRANSNATIONAL = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT"}
TEMPORAL = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tomorrow", "tonight", "week", "weekend", "month", "year", "day", "night", "morning", "evening",
    "afternoon", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}
_FUNCTION_POS = {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT"}


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    value: object  # ImportedActor or Agent


def find_hits(doc: Doc, index: PhraseIndex, keys: list[str]) -> list[Hit]:
    """The longest dictionary name starting at each token, left to right, without overlaps."""
    hits: list[Hit] = []
    if not index.keys:
        return hits
    i, n = 0, len(doc)
    while i < n:
        accumulated, best = "", None
        for j in range(i, min(n, i + 12)):
            accumulated += keys[j]
            if len(accumulated) > index.longest:
                break
            value = index.keys.get(accumulated)
            if value is not None and _plausible(doc, i, j + 1):
                best = (j + 1, value)
        if best is not None:
            hits.append(Hit(i, best[0], best[1]))
            i = best[0]
        else:
            i += 1
    return hits


def _plausible(doc: Doc, start: int, end: int) -> bool:
    """A one-word name must not be a function word or a short lower-case word ("us" is not the U.S.)."""
    if end - start > 1:
        return True
    token = doc[start]
    if token.pos_ in _FUNCTION_POS and not token.text.isupper():
        return False
    return not (token.text.islower() and len(token.text) <= 3)


@dataclass(eq=False, slots=True)
class Unit:
    head: Token
    tokens: list[int]
    start: int
    end: int
    actor: ImportedActor | None = None
    actor_codes: tuple[str, ...] = ()
    actors: list[tuple[int, int, ImportedActor]] = field(default_factory=list)  # every actor named in it
    agents: list[tuple[int, int, Agent]] = field(default_factory=list)  # (start, end, agent), in text order
    temporal: bool = False
    pronoun: bool = False
    fallback: str | None = None  # a code from dyad's own resolver

    @property
    def own_base(self) -> list[str]:
        return list(self.actor_codes) or ([self.fallback] if self.fallback else [])

    @property
    def modifier_agents(self) -> list[Agent]:
        """Agents of the words before the noun ("Islamist" in "Islamist media"), not of the noun itself."""
        return [a for start, end, a in self.agents if not start <= self.head.i < end]


def assemble(base: str | None, agents: list[Agent]) -> str:
    """PETRARCH's code: prefix agents, the actor's code, then suffix agents it does not already hold."""
    prefix = "".join(dict.fromkeys(a.prefix for a in agents if a.prefix))
    actor = base or "---"
    suffix = ""
    for agent in dict.fromkeys(a.suffix for a in agents if a.suffix):
        held = actor[3:] + suffix
        if any(held[k:k + len(agent)] == agent for k in range(0, len(held), 3)):
            continue
        suffix += agent
    return prefix + actor + suffix


def split_code(code: str) -> tuple[str | None, str | None]:
    """Country and sector of a PETRARCH code, for dyad's record: ARNGOV -> (ARN, GOV); ---EDU -> (None, EDU);
    IGOAFR -> (None, IGO); NGOARNGOV -> (None, NGO)."""
    if code.startswith('"'):
        return None, None
    chunks = [code[k:k + 3] for k in range(0, len(code), 3)]
    first = chunks[0] if chunks else ""
    if first == "---" or first in TRANSNATIONAL or first in SECTORS:
        country = None
        rest = chunks[1:] if first == "---" else chunks
    else:
        country = first or None
        rest = chunks[1:]
    sector = next((c for c in rest if c in SECTORS or c in TRANSNATIONAL), rest[0] if rest else None)
    return country, sector


class DocUnits:
    """The units of one document and the codes of each, for one article date."""

    def __init__(self, doc: Doc, imported: ImportedKnowledge, day: date | None,
                 actors: DocumentActors | None, new_actor_length: int = 0) -> None:
        self.doc = doc
        self.day = day
        self.new_actor_length = new_actor_length
        self.keys = [key_of(t.text) for t in doc]
        self.imported = imported
        actor_hits = find_hits(doc, imported.actors, self.keys)
        agent_hits = find_hits(doc, imported.agents, self.keys)
        self.units: list[Unit] = []
        self.by_token: dict[int, Unit] = {}
        self.absorbed: dict[int, Unit] = {}  # heads of units that became part of a longer name
        self._codes: dict[int, list[tuple[str, Unit]]] = {}
        for token in doc:
            if self._is_head(token):
                core = self._core(token)
                unit = Unit(head=token, tokens=core, start=min(core), end=max(core) + 1)
                unit.pronoun = token.pos_ == "PRON"
                unit.temporal = token.ent_type_ in {"DATE", "TIME"} or token.lower_ in TEMPORAL
                self.units.append(unit)
        self._index()
        self._actor_hits = actor_hits
        for hit in actor_hits:
            owner = self._own(hit)
            if owner is not None:
                owner.actors.append((hit.start, hit.end, hit.value))  # type: ignore[arg-type]
                if owner.actor is None:
                    owner.actor = hit.value  # type: ignore[assignment]
        for hit in agent_hits:
            owner = self._own(hit)
            if owner is not None and not (owner.actor is not None and self._overlaps_actor(owner, hit)):
                owner.agents.append((hit.start, hit.end, hit.value))  # type: ignore[arg-type]
        for unit in self.units:
            if imported.actors.gapped:
                gapped = self._gapped_actor(unit)
                if gapped is not None:
                    unit.actor = gapped
                    unit.actors = [(unit.start, unit.end, gapped)]
            if unit.actor is not None:
                unit.actor_codes = unit.actor.codes_on(day)
                unit.temporal = False  # "Libya's almost five years" names Libya
                if self._coordinated(unit):  # "Fornost and the evil Gondor" read as one phrase
                    every = [c for _, _, named in unit.actors for c in named.codes_on(day)]
                    unit.actor_codes = tuple(dict.fromkeys(every))
            unit.agents.sort(key=lambda triple: triple[0])
            if not unit.actor_codes and actors is not None and not unit.pronoun and not unit.temporal:
                resolved = actors.actor_for(unit.head)
                if resolved is not None and resolved.country:
                    unit.fallback = resolved.country + ("" if unit.agents else (resolved.sector or ""))

    def set_day(self, day: date | None) -> None:
        """Date the actors' codes by another day (an event dated in the text, not the article's date)."""
        if day == self.day:
            return
        self.day = day
        self._codes = {}
        for unit in self.units:
            if unit.actor is not None:
                codes = [c for _, _, named in unit.actors for c in named.codes_on(day)]
                unit.actor_codes = tuple(dict.fromkeys(codes)) if self._coordinated(unit) \
                    else unit.actor.codes_on(day)

    # ---- building ---------------------------------------------------------------------------------------
    @staticmethod
    def _is_head(token: Token) -> bool:
        if token.dep_ in FOLD_DEPS and token.head.i != token.i and token.head.pos_ not in {"VERB", "AUX"}:
            return False
        if token.pos_ in HEAD_POS:
            return True
        return token.pos_ == "ADJ" and token.dep_ in ARGUMENT_DEPS

    @staticmethod
    def _core(head: Token) -> list[int]:
        out, stack = [head.i], [head]
        while stack:
            current = stack.pop()
            for child in current.children:
                modifier = child.dep_ == "advmod" and current.dep_ in {"amod", "nummod"}
                hyphen = child.dep_ == "punct" and child.text in {"-", "'"} and current is not head
                if child.dep_ in FOLD_DEPS or modifier or hyphen:
                    out.append(child.i)
                    stack.append(child)
        return sorted(out)

    def _index(self) -> None:
        self.units.sort(key=lambda u: (u.start, u.head.i))
        self.by_token = {}
        for unit in self.units:
            for i in unit.tokens:
                self.by_token.setdefault(i, unit)
        self.by_head = {u.head.i: u for u in self.units}
        self.by_head.update({i: u for i, u in self.absorbed.items() if u in self.units})

    def _own(self, hit: Hit) -> Unit | None:
        """The unit a name belongs to: the first whose words it touches; units wholly inside the name are
        part of it ("the Prince of Dol Amroth", "Ministry of Silly Walks")."""
        touched = [u for u in self.units if any(hit.start <= i < hit.end for i in u.tokens)]
        if not touched:
            return None
        owner = touched[0]
        absorbed = [u for u in touched[1:] if all(hit.start <= i < hit.end for i in u.tokens)]
        if absorbed:
            for unit in absorbed:
                owner.tokens = sorted({*owner.tokens, *unit.tokens})
                owner.actors += unit.actors
                if unit.actor is not None and owner.actor is None:
                    owner.actor = unit.actor
                owner.agents += unit.agents
                self.units.remove(unit)
                self.absorbed[unit.head.i] = owner
            self._index()
        owner.start, owner.end = min(owner.start, hit.start), max(owner.end, hit.end)
        return owner

    def _overlaps_actor(self, unit: Unit, hit: Hit) -> bool:
        return any(h.value is unit.actor and h.start < hit.end and hit.start < h.end
                   for h in self._actor_hits)

    def _gapped_actor(self, unit: Unit) -> ImportedActor | None:
        """A name whose words may have others between them, inside one noun phrase ("Ithilen ...
        television" in "Ithilen state-run television")."""
        keys = [self.keys[i] for i in unit.tokens]
        for start in range(len(keys)):
            for groups, value in self.imported.actors.gapped.get(keys[start], []):
                position, ok = start, True
                for group in groups:
                    position = _find_run(keys, group, position)
                    if position < 0:
                        ok = False
                        break
                if ok:
                    return value  # type: ignore[return-value]
        return None

    # ---- codes ------------------------------------------------------------------------------------------
    def unit_of(self, token: Token) -> Unit | None:
        return self.by_head.get(token.i) or self.by_token.get(token.i)

    def _coordinated(self, unit: Unit) -> bool:
        """Whether a name inside the phrase heads a coordination of nouns (a misparsed list of actors:
        "Fornost and the evil awful Gondor"), not of adjectives ("awful and evil minister")."""
        return any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
                   for i in unit.tokens if i != unit.head.i for c in self.doc[i].children)

    def members(self, unit: Unit) -> list[Unit]:
        """The unit and the others of its list ("Mordor, the Shire, Fornost and Bree"), in text order:
        its conjuncts, an apposition naming another actor, and the conjuncts of a word inside it."""
        heads: set[int] = set()
        stack = [unit.head]
        while stack:
            token = stack.pop()
            if token.i in heads:
                continue
            heads.add(token.i)
            stack.extend(token.conjuncts)
            listed = bool(token.conjuncts)
            for child in token.children:
                if child.dep_ == "appos" and (listed or any(c.dep_ == "conj" for c in child.children)):
                    other = self.by_head.get(child.i)  # "Mordor, the Shire, Fornost and Bree"
                    if other is not None and other.actor_codes and other is not self.by_head.get(token.i):
                        stack.append(child)
            member = self.by_head.get(token.i)
            if member is not None:
                stack.extend(c for i in member.tokens if i != member.head.i for c in self.doc[i].children
                             if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"})
        out: list[Unit] = []
        for i in sorted(heads):
            member = self.by_head.get(i)
            if member is not None and member not in out:
                out.append(member)
        return out

    def codes(self, unit: Unit, depth: int = 0) -> list[tuple[str, Unit]]:
        """The codes of a unit with its conjuncts: one (code, unit) per actor it stands for."""
        if depth == 0 and id(unit) in self._codes:
            return self._codes[id(unit)]
        found = self._compute_codes(unit, depth)
        if depth == 0:
            self._codes[id(unit)] = found
        return found

    def _compute_codes(self, unit: Unit, depth: int) -> list[tuple[str, Unit]]:
        members = self.members(unit)
        bases: dict[int, list[str]] = {}
        from_phrase: dict[int, bool] = {}
        for member in members:
            base = member.own_base
            from_phrase[id(member)] = False
            if not base and depth < 3:
                base = self._owner_codes(member, depth)
                from_phrase[id(member)] = bool(base)
            bases[id(member)] = base
        # "officials in A and B" parsed as "officials in A" and "B": B belongs to the phrase.
        carrier = next((m for m in members if from_phrase[id(m)]), None)
        if carrier is not None:
            after = [m for m in members if m.start > carrier.start and not from_phrase[id(m)]
                     and m.actor_codes and not m.agents]
            if after:
                bases[id(carrier)] = bases[id(carrier)] + [c for m in after for c in m.actor_codes]
                members = [m for m in members if m not in after]
        # An agent-only conjunct shares the others' actor ("Danish media and government"); a bare one the
        # phrase its list ends with ("Ithilen's sheep and goats of Gondor").
        donor = carrier or next((m for m in members if m.actor_codes), None)
        spare: list[str] = []
        if len(members) > 1 and depth < 3:
            for member in members:
                if bases[id(member)] and not from_phrase[id(member)]:
                    spare = self._owner_codes(member, depth, any_kind=True)
                    if spare:
                        break
        out: list[tuple[str, Unit]] = []
        for member in members:
            base = bases[id(member)]
            agents = [a for _, _, a in member.agents]
            if not base and member.agents and donor is not None and donor is not member:
                base = bases[id(donor)]
                if not from_phrase[id(donor)]:
                    agents = donor.modifier_agents + agents
            if not base and not member.agents and not member.pronoun:
                base = spare
            if base:
                codes = [assemble(b, agents) for b in base]
            elif agents:
                codes = [assemble(None, agents)]
            elif self.new_actor_length and not member.pronoun and not member.temporal:
                codes = self._new_actor(member)
            else:
                codes = []
            out.extend((c, member) for c in codes)
        seen: set[str] = set()
        return [(c, m) for c, m in out if not (c in seen or seen.add(c))]  # type: ignore[func-returns-value]

    def _owner_codes(self, unit: Unit, depth: int, any_kind: bool = False) -> list[str]:
        """The actor of "soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor", "the
        leaders of Gondor" (a person's "in" or "from" phrase; any noun's "of" phrase)."""
        prepositions = OWNER_PREPOSITIONS if unit.agents or any_kind else {"of"}
        for child in unit.head.children:
            if child.dep_ != "prep" or child.lower_ not in prepositions:
                continue
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                owner = self.unit_of(obj)
                if owner is not None and owner is not unit:
                    codes = [c for c, _ in self.codes(owner, depth + 1) if not c.startswith(("---", '"'))]
                    if codes:
                        return codes
        return []

    def _new_actor(self, unit: Unit) -> list[str]:
        """PETRARCH's new actors (its `new_actor_length` option): an uncoded noun phrase of at most that many
        words is an actor of its own, coded by its words ('"THE MINISTRY OF MAGIC"')."""
        head = unit.head
        if head.dep_ == "appos" or (head.dep_ == "pobj" and head.head.lower_ == "of"
                                    and head.head.head.pos_ in {"NOUN", "PROPN"}):
            return []  # part of the phrase of the noun before it
        tokens = set(unit.tokens)
        if any(self.by_head.get(t.i, unit).actor_codes for t in unit.head.subtree if t.i not in tokens):
            return []  # "the dispute with Osgiliath" is Osgiliath's
        for child in unit.head.children:
            if (child.dep_ == "prep" and child.lower_ == "of") or child.dep_ == "appos":
                tokens |= {t.i for t in child.subtree}
        words = [self.doc[i].text.upper() for i in sorted(tokens)
                 if self.doc[i].dep_ != "case" and not self.doc[i].is_punct]
        if not words or len(words) > self.new_actor_length:
            return []
        return ['"' + " ".join(words) + '"']

    def text(self, unit: Unit) -> str:
        return self.doc[unit.start:unit.end].text

    def is_coded(self, unit: Unit) -> bool:
        return not unit.pronoun and not unit.temporal and bool(self.codes(unit))


def _find_run(keys: list[str], group: str, start: int) -> int:
    """Position after the first run of consecutive keys from `start` on that spells `group`, else -1."""
    for i in range(start, len(keys)):
        accumulated = ""
        for j in range(i, len(keys)):
            accumulated += keys[j]
            if accumulated == group:
                return j + 1
            if len(accumulated) >= len(group):
                break
    return -1
