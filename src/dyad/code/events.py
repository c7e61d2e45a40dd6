"""Coding events: find the words that express an act, its source and target, its status and date.

Each trigger (a verb or an event noun of data/events.tsv) is matched against its patterns, most specific
first. Its actors come from the dependency parse and are resolved by `DocumentActors`; its status from
`status_of`; its date from the time expression that governs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from dyad.code.modality import Status, status_of, tense_of
from dyad.code.phrases import PhraseCoder
from dyad.knowledge import Knowledge
from dyad.knowledge.patterns import EventPattern
from dyad.records import Actor, Article, Event, When
from dyad.resolve.actors import PLACE_PREPOSITIONS, DocumentActors
from dyad.resolve.gazetteer import Gazetteer
from dyad.resolve.times import TimeIndex

VERB_TARGET_PREPOSITIONS = ("against", "on", "with", "to", "toward", "towards", "at", "into", "upon", "from")
# A use of force is aimed at its target; "halting deliveries to Hungary" says who suffered, not who was hit.
FORCE_TARGET_PREPOSITIONS = ("against", "on", "at", "into", "upon")
NOUN_TARGET_PREPOSITIONS = (
    "against",
    "on",
    "with",
    "to",
    "toward",
    "towards",
    "at",
    "into",
    "upon",
    "in",
    "between",
    "of",
)
SUBJECT_DEPS = {"nsubj", "csubj"}
SOURCE_MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}


@dataclass(slots=True)
class CodingOptions:
    all_modalities: bool = False  # also emit negated, hypothetical and planned acts
    petrarch_compatible: bool = False  # future acts count as events, as PETRARCH codes them


@dataclass(slots=True)
class Match:
    pattern: EventPattern
    trigger: Token
    used: set[int]
    target_preposition: Token | None


def _dependents(token: Token, part_words: frozenset[str]) -> Iterator[Token]:
    """Children, looking through counting nouns: "expelled a total of nine diplomats" -> diplomats."""
    for child in token.children:
        yield child
        if child.lemma_.lower() in part_words:
            for preposition in child.children:
                if preposition.lower_ == "of":
                    yield from _objects_of(preposition)


TOPIC_PREPOSITIONS = {"of", "on", "over", "about", "regarding", "concerning", "for"}


def _topic(noun: Token) -> bool:
    """An event noun that is only what something is about ("talks on the second phase of the
    ceasefire", "sanctions over the invasion") is background, not a new event."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in TOPIC_PREPOSITIONS
        and noun.head.head.pos_ in {"NOUN", "PROPN"}
    )


def _relative_preposition(token: Token) -> bool:
    """ "the operation, in which helicopters landed": "in which" points back, it names no target."""
    return token.dep_ == "prep" and any(o.tag_ in {"WDT", "WP"} for o in _objects_of(token))


def match_pattern(
    pattern: EventPattern, trigger: Token, part_words: frozenset[str] = frozenset()
) -> Match | None:
    matched = [trigger]
    used = {trigger.i}
    for slot in pattern.words:
        found = None
        for token in reversed(matched):  # a word attaches to the nearest word matched before it
            for child in _dependents(token, part_words):
                if child.i in used or _relative_preposition(child):
                    continue
                if child.lemma_.lower() in slot or child.lower_ in slot:
                    found = child
                    break
            if found is not None:
                break
        if found is None:
            return None
        matched.append(found)
        used.add(found.i)
    return Match(pattern, trigger, used, matched[-1] if pattern.target_preposition else None)


def _objects_of(preposition: Token) -> list[Token]:
    return [c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}]


class EventCoder:
    def __init__(self, knowledge: Knowledge, options: CodingOptions | None = None) -> None:
        self.knowledge = knowledge
        self.rules = knowledge.modality
        self.part_words = knowledge.actors.part_words
        self.options = options or CodingOptions()
        # Imported (PETRARCH-style) dictionaries code their own verbs: dyad.code.phrases.
        self.phrases = PhraseCoder(knowledge, self.options) if knowledge.imported.active else None

    # ---- finding triggers ---------------------------------------------------------------------------------
    def matches(self, doc: Doc | Span) -> list[Match]:
        patterns = self.knowledge.patterns
        found: list[Match] = []
        used: dict[int, str] = {}  # token -> root of the pattern whose word it is
        for kind, pos in (("verb", {"VERB"}), ("noun", {"NOUN", "PROPN"})):
            for token in doc:
                if token.pos_ not in pos or (kind == "verb" and token.i in used):
                    continue
                if kind == "noun" and _topic(token):
                    continue
                for pattern in patterns.candidates(kind, token.lemma_.lower()):
                    # A noun another pattern used is coded again only as an act of another kind:
                    # "defended the military operation" is a statement and a use of force, while
                    # "imposed sanctions" is one sanction.
                    if used.get(token.i, pattern.code[:2]) == pattern.code[:2] and token.i in used:
                        break
                    match = match_pattern(pattern, token, self.part_words)
                    if match is not None:
                        found.append(match)
                        for i in match.used:
                            used.setdefault(i, pattern.code[:2])
                        break
        return found

    # ---- the whole document -------------------------------------------------------------------------------
    def code(self, doc: Doc, article: Article, actors: DocumentActors, times: TimeIndex) -> list[Event]:
        coded: list[tuple[int, Event]] = []
        framed: set[int] = set()
        matches = self.matches(doc)
        noun_triggers = {m.trigger.i for m in matches if m.trigger.pos_ not in {"VERB", "AUX"}}
        for match in matches:
            if _consequence_of(match.trigger, noun_triggers):
                continue
            produced, frame = self._code_match(match, article, actors, times)
            coded.extend((match.trigger.i, event) for event in produced)
            if frame is not None and any(e.modality == "asserted" for e in produced):
                framed.add(frame.i)
        if self.phrases is not None:
            coded = self.phrases.combine(doc, article, actors, times, coded)
        # A frame verb that produced its statement ("threatened to strike" -> 1384) is not coded again
        # as a bare statement of its own ("threatened" -> 130).
        return _unique([event for trigger, event in coded if trigger not in framed])

    def _code_match(
        self, match: Match, article: Article, actors: DocumentActors, times: TimeIndex
    ) -> tuple[list[Event], Token | None]:
        trigger = match.trigger
        status = status_of(trigger, self.rules)
        if trigger.pos_ not in {"VERB", "AUX"}:
            verb = self._governing_verb(trigger)
            if verb is not None and status.frame is None:
                status.tense = tense_of(verb, self.rules)
        sources, targets = self._arguments(match, actors)
        if not sources:
            return [], status.frame
        code = match.pattern.code
        events: list[Event] = []
        statement = code[:2] in self.rules.statement_roots  # dated when said, not when due
        when = times.date_for(trigger, status.tense, status.reported_by, statement=statement)
        if status.modality == "asserted" and _after(when, article.published) and not statement:
            # "Steinmeier travels on Thursday to Monterrey", written on Wednesday: not yet happened.
            status.modality = "planned"
        if (status.modality == "planned" and status.frame is not None) or (
            status.modality == "planned" and not self.options.petrarch_compatible
        ):
            events.extend(self._statement_events(match, status, sources, targets, actors, times, article))
        if (
            status.modality == "asserted"
            or self.options.all_modalities
            or (self.options.petrarch_compatible and status.modality == "planned")
        ):
            modality = (
                "asserted"
                if self.options.petrarch_compatible and status.modality == "planned"
                else status.modality
            )
            reported = None
            if status.reported_by is not None:
                speaker = self._subject_actors(status.reported_by, actors)
                reported = speaker[0] if speaker else None
            for source, target in self._pairs(code, sources, targets, trigger.lemma_):
                events.append(
                    self._event(code, source, target, modality, when, match, article, actors, reported)
                )
                converse = self.rules.converse_codes.get(code)
                if converse and target is not None:
                    events.append(
                        self._event(
                            converse, target, source, modality, when, match, article, actors, reported
                        )
                    )
        return events, status.frame

    def _statement_events(
        self,
        match: Match,
        status: Status,
        sources: list[Actor],
        targets: list[Actor],
        actors: DocumentActors,
        times: TimeIndex,
        article: Article,
    ) -> list[Event]:
        """The threat, intent or appeal that announcing or requesting a planned act amounts to."""
        frame = status.frame
        kind = status.frame_kind or "intent"
        if kind == "none":
            return []
        act = (
            self.knowledge.cameo.cameo(match.pattern.code)
            if match.pattern.code in self.knowledge.cameo
            else None
        )
        if act is None:
            return []
        code = self.rules.statement_code(kind, act.code, act.quad_class)
        if code is None or code not in self.knowledge.cameo:
            return []
        speakers = self._subject_actors(frame, actors) if frame is not None else sources
        if not speakers:
            if kind in {"appeal", "demand"}:
                return []  # who asked is unknown; the one asked is not the asker
            speakers = sources  # "X said it would strike": the announcer is the doer
        if kind in {"appeal", "demand"} and frame is not None:
            addressees = [
                a for c in frame.children if c.dep_ in {"dobj", "dative"} for a in actors.actors_for(c)
            ]
            addressees += [
                a
                for p in frame.children
                if p.lower_ in {"on", "upon", "to", "of"}
                for o in _objects_of(p)
                for a in actors.actors_for(o)
            ]
            if not addressees:
                # "demanded that Beijing stop the work": the one asked is the doer of the act.
                addressees = sources if sources != speakers else []
            targets = addressees or targets
        if not targets and kind in {"threat", "intent"}:
            targets = self._conditional_targets(match.trigger, frame, actors)
        anchor = frame if frame is not None else match.trigger
        when = times.date_for(anchor, tense_of(anchor, self.rules), statement=frame is not None)
        events = []
        for source, target in self._pairs(code, speakers, targets):
            event = self._event(code, source, target, "asserted", when, match, article, actors, None)
            if frame is not None:
                event.trigger = f"{frame.text} … {match.trigger.text}"
                event.notes.append(f"{kind} of {match.pattern.code}")
            events.append(event)
        return events

    def _conditional_targets(self, act: Token, frame: Token | None, actors: DocumentActors) -> list[Actor]:
        """A conditional threat is aimed at whoever must meet the condition: "would close the strait if
        the United States imposed a blockade", "will suspend aid unless Bogotá extradites"."""
        for verb in (act, frame):
            if verb is None:
                continue
            for clause in verb.children:
                if clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in self.rules.hypothetical_marks for c in clause.children
                ):
                    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
                    if subjects:
                        return actors.actors_for(subjects[0])
        return []

    def _pairs(
        self, code: str, sources: list[Actor], targets: list[Actor], trigger: str = ""
    ) -> list[tuple[Actor, Actor | None]]:
        pairs: list[tuple[Actor, Actor | None]] = []
        reciprocal = self.rules.is_reciprocal(code, trigger)
        if not targets and len(sources) > 1 and (reciprocal or code.startswith(self.rules.joint_codes)):
            # "Mexico and Canada held talks": each met the other.
            for a in sources:
                for b in sources:
                    if a is not b and not _same(a, b):
                        pairs.append((a, b))
            return pairs
        for source in sources:
            if not targets:
                pairs.append((source, None))
            for target in targets:
                if _same(source, target):
                    continue
                if target.inferred and target.country == source.country:
                    # "Turkish drones ... killing three people": the context's last country is the
                    # attacker's own, which says nothing about who the people were.
                    target = Actor(text=target.text, name=None, country=None, sector=target.sector)
                pairs.append((source, target))
                if reciprocal:
                    pairs.append((target, source))
        return pairs

    # ---- actors of a trigger ------------------------------------------------------------------------------
    def _arguments(self, match: Match, actors: DocumentActors) -> tuple[list[Actor], list[Actor]]:
        trigger = match.trigger
        if trigger.pos_ in {"VERB", "AUX"}:
            return self._verb_arguments(match, actors)
        return self._noun_arguments(match, actors)

    def _subject_actors(self, verb: Token, actors: DocumentActors) -> list[Actor]:
        """The doer of `verb`, following the parse up through controlled and coordinated verbs."""
        for _ in range(6):
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                return actors.actors_for(agents[0])
            # A dateline the parser took for a subject ("MEXICO CITY — Sheinbaum met") is not one.
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i >= actors.body_start]
            if subjects:
                subject = subjects[0]
                if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
                    return actors.actors_for(verb.head)
                return actors.actors_for(subject)
            if any(c.dep_ == "nsubjpass" for c in verb.children):
                return []
            if verb.dep_ == "relcl":
                return actors.actors_for(verb.head)
            if verb.dep_ == "xcomp":
                # "urged Mexico to act": the object of the frame does the act; "vowed to act": its subject.
                objects = [c for c in verb.head.children if c.dep_ in {"dobj", "dative"}]
                if objects and self.rules.frame_verbs.get(verb.head.lemma_) == "appeal":
                    return actors.actors_for(objects[0])
                verb = verb.head
                continue
            if verb.dep_ in {"conj", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
                verb = verb.head
                continue
            if verb.dep_ == "pcomp" and verb.head.head.pos_ in {"VERB", "AUX"}:
                governor = verb.head.head
                objects = [c for c in governor.children if c.dep_ in {"dobj", "dative"}]
                if verb.head.lower_ in {"for", "of"} and objects:
                    # "praised Ouagadougou for releasing", "accused Kyiv of shelling": the object acted.
                    return actors.actors_for(objects[0])
                verb = governor  # "responded by expelling": the subject acted
                continue
            break
        return []

    def _verb_arguments(self, match: Match, actors: DocumentActors) -> tuple[list[Actor], list[Actor]]:
        verb = match.trigger
        passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        sources = self._subject_actors(verb, actors)
        targets: list[Actor] = []
        if match.target_preposition is not None:
            targets = self._targets_of_pattern_preposition(match, actors)
        else:
            for child in verb.children:
                if child.i in match.used:
                    continue
                if child.dep_ in {"dobj", "dative"}:
                    if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                        targets += actors.actors_for(verb.head)  # "the fishermen whom China detained"
                    else:
                        targets += actors.actors_for(child)
            if (
                not targets
                and verb.dep_ == "relcl"
                and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)
            ):
                subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
                if subjects and subjects[0].tag_ not in {"WP", "WDT"}:
                    targets += actors.actors_for(verb.head)  # "the drivers Burkina Faso held"
            if not targets and passive_subjects:
                for subject in passive_subjects:
                    targets += actors.actors_for(subject)
            if not targets:
                force = match.pattern.code[:2] in {"18", "19", "20"}
                prepositions = FORCE_TARGET_PREPOSITIONS if force else VERB_TARGET_PREPOSITIONS
                targets = self._prepositional_targets(verb, match, actors, prepositions)
        if not targets:
            # "expelled two Venezuelan diplomats": the pattern's own object names the target.
            for child in verb.children:
                if child.i in match.used and child.dep_ in {"dobj", "dative"}:
                    targets += [a for a in actors.actors_for(child) if a.country]
        if not targets:
            # "mediate between Addis Ababa and Asmara", "demanded that Beijing stop": those acted upon.
            for used in sorted(match.used):
                for child in verb.doc[used].children:
                    if child.dep_ == "prep" and child.lower_ in {"between", "among"}:
                        targets += [a for o in _objects_of(child) for a in actors.actors_for(o)]
            if not targets and self.rules.frame_verbs.get(verb.lemma_) in {"appeal", "demand"}:
                for clause in verb.children:
                    if clause.dep_ in {"ccomp", "xcomp"}:
                        for subject in clause.children:
                            if subject.dep_ in SUBJECT_DEPS:
                                targets += actors.actors_for(subject)
        force = self.knowledge.cameo.cameo(match.pattern.code).quad_class == 4
        if force and len(sources) == 1 and not any(t.country for t in targets):
            # "attacked Kharkiv", "struck a depot near Sulaimaniyah": what is hit at a place is hit in
            # its country. (Two sides that clashed are each other's targets instead.)
            places = [
                found for child in verb.children if child.dep_ == "dobj"
                if (found := self._place_actor(child, actors)) is not None
            ]
            targets = places or self._place_targets(verb, actors) or targets
        return sources, targets

    def _place_targets(self, head: Token, actors: DocumentActors) -> list[Actor]:
        """A use of force against things in a country targets that country: "fired missiles at energy
        facilities in western Ukraine", "struck targets in Russia's Bryansk region"."""
        own_clause: list[Token] = []
        stack = [c for c in head.children if c.dep_ not in SUBJECT_DEPS | {"nsubjpass", "agent"}]
        while stack:
            token = stack.pop()
            own_clause.append(token)
            if token.dep_ not in {"relcl", "ccomp", "advcl", "conj", "appos", "acl"}:
                stack.extend(token.children)
        for token in sorted(own_clause, key=lambda t: t.i):
            if token.dep_ != "prep" or token.lower_ not in PLACE_PREPOSITIONS | {"into", "on", "at"}:
                continue
            for obj in _objects_of(token):
                for inner in sorted(actors.phrase_tokens(obj), key=lambda t: t.i):
                    found = self._place_actor(inner, actors)
                    if found is not None:
                        return [found]
        return []

    @staticmethod
    def _place_actor(token: Token, actors: DocumentActors) -> Actor | None:
        """The country a named place stands in, as the target of a use of force against it."""
        match = actors.names.get(token.i)
        if match is not None and match.actor.kind in {"country", "capital"}:
            country = match.actor.country
        else:
            country = actors.place_country.get(token.i) or _gazetteer_country(token, actors)
        if country is None:
            return None
        return Actor(text=token.text, name=actors.knowledge.country_names.get(country), country=country)

    def _targets_of_pattern_preposition(self, match: Match, actors: DocumentActors) -> list[Actor]:
        """The object of the pattern's final preposition; another of the same kind on the matched
        words if that one names no actor ("imposed sanctions on Venezuela on Monday")."""
        found = [a for obj in _objects_of(match.target_preposition) for a in actors.actors_for(obj)]
        if found:
            return found
        doc = match.trigger.doc
        for i in sorted(match.used):
            for child in doc[i].children:
                if child.dep_ == "prep" and child.lower_ == match.target_preposition.lower_:
                    found += [a for obj in _objects_of(child) for a in actors.actors_for(obj)]
        return found

    def _prepositional_targets(
        self, head: Token, match: Match, actors: DocumentActors, prepositions: tuple[str, ...]
    ) -> list[Actor]:
        tokens = [head, *(t for t in (head.doc[i] for i in match.used) if t is not head)]
        for preposition in prepositions:
            for token in tokens:
                for child in token.children:
                    if child.dep_ != "prep" or child.lower_ != preposition:
                        continue
                    found = []
                    for obj in _objects_of(child):
                        if preposition in PLACE_PREPOSITIONS and not self._country_named(obj, actors):
                            continue
                        found += actors.actors_for(obj)
                    if found:
                        return found
        return []

    @staticmethod
    def _country_named(token: Token, actors: DocumentActors) -> bool:
        match = actors.names.get(token.i)
        return match is not None and match.actor.kind == "country"

    def _noun_arguments(self, match: Match, actors: DocumentActors) -> tuple[list[Actor], list[Actor]]:
        noun = match.trigger
        sources: list[Actor] = []
        for child in noun.children:
            if child.dep_ in SOURCE_MODIFIER_DEPS and child.i not in match.used:
                sources += actors.actors_for(child)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                for obj in _objects_of(child):
                    sources += actors.actors_for(obj)
        verb = self._governing_verb(noun)
        if (
            not sources
            and verb is not None
            and noun.dep_ in {"dobj", "attr", "nsubjpass"}
            and (
                verb.lemma_ in self.rules.light_verbs
                or any(c.dep_ == "prt" for c in verb.children)
                or verb.lemma_ in self.rules.frame_verbs
            )
        ):
            sources = self._subject_actors(verb, actors)
        if not sources and verb is not None and verb.lemma_ in self.rules.causal_verbs:
            sources = self._subject_actors(verb, actors)  # "an operation that led to the capture of X"
        between = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}]
        if between:
            parties = [a for p in between for o in _objects_of(p) for a in actors.actors_for(o)]
            if not sources and len(parties) >= 2:
                return parties, []
            return sources, parties
        targets = []
        if match.target_preposition is not None:
            targets = self._targets_of_pattern_preposition(match, actors)
        if not targets:
            targets = self._prepositional_targets(noun, match, actors, NOUN_TARGET_PREPOSITIONS)
        if not targets and verb is not None and noun.dep_ == "dobj":
            light = Match(match.pattern, verb, {verb.i, noun.i}, None)
            targets = self._prepositional_targets(verb, light, actors, (*VERB_TARGET_PREPOSITIONS, "in"))
        return sources, [t for t in targets if not any(_same(t, s) for s in sources)]

    @staticmethod
    def _governing_verb(token: Token) -> Token | None:
        current = token
        for _ in range(4):
            parent = current.head
            if parent is current:
                return None
            if parent.pos_ in {"VERB", "AUX"}:
                return parent
            if current.dep_ not in {"pobj", "prep", "conj", "compound"}:
                return None
            current = parent
        return None

    # ---- the record ---------------------------------------------------------------------------------------
    def _event(
        self,
        code: str,
        source: Actor,
        target: Actor | None,
        modality: str,
        when: When,
        match: Match,
        article: Article,
        actors: DocumentActors,
        reported_by: Actor | None,
    ) -> Event:
        cameo = self.knowledge.cameo.cameo(code)
        trigger = match.trigger
        sentence = _trimmed(trigger.sent)
        confidence = 0.9
        if target is None:
            confidence -= 0.1
        if trigger.pos_ not in {"VERB", "AUX"}:
            confidence -= 0.1
        if source.country is None:
            confidence -= 0.2
        if source.inferred or (target is not None and target.inferred):
            confidence -= 0.2
        notes = []
        if reported_by is not None:
            notes.append(f"reported by {reported_by.name or reported_by.text}")
        return Event(
            article_id=article.id,
            sentence=sentence.text,
            span=(sentence.start_char, sentence.end_char),
            source=source,
            target=target,
            cameo=cameo,
            plover=self.knowledge.cameo.plover_for(code),
            modality=modality,
            date=when,
            confidence=max(confidence, 0.1),
            trigger=trigger.text,
            notes=notes,
        )


def _gazetteer_country(token: Token, actors: DocumentActors) -> str | None:
    """The country of a proper name the place stage did not take (the parser may have called it a
    person): a town of one of the article's countries, else a well-known place (100,000 people)."""
    if token.pos_ != "PROPN" or token.i in actors.names:
        return None
    person = actors.person_at.get(token.i)
    if person is not None and (person.entity.country or person.entity.sector):
        return None
    entries = [e for e in Gazetteer.bundled().lookup(token.text) if e.country]
    mentioned = {country for _, country in actors.country_mentions}
    local = [e for e in entries if e.country in mentioned]
    known = local or [e for e in entries if e.population >= 100_000]
    return max(known, key=lambda e: e.population).country if known else None


def _after(when: When, published: date | None) -> bool:
    """Whether a dated act lies after the article was written (a day-precise date only)."""
    if published is None or when.precision != "day" or not when.value:
        return False
    return when.value > published.isoformat()


def _consequence_of(verb: Token, noun_triggers: set[int]) -> bool:
    """ "Israeli airstrikes on Lebanon killed 12 people": the killing is what the strikes did, one event
    coded once, from the noun that names it."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i in noun_triggers for c in verb.children
    )


def _trimmed(sentence: Span) -> Span:
    """The sentence without the paragraph break that ends it."""
    end = sentence.end
    while end > sentence.start + 1 and sentence.doc[end - 1].is_space:
        end -= 1
    return sentence.doc[sentence.start : end]


def _same(a: Actor, b: Actor) -> bool:
    if a.name and b.name:
        return a.name == b.name and a.sector == b.sector
    return a.text == b.text


def _unique(events: list[Event]) -> list[Event]:
    seen: dict[str, Event] = {}
    for event in events:
        seen.setdefault(event.id, event)
    return list(seen.values())
