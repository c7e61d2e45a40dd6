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

from dyad.code.modality import Status, conditional_consequence, status_of, tense_of
from dyad.code.phrases import PhraseCoder
from dyad.knowledge import Knowledge
from dyad.knowledge.modality import ModalityRules
from dyad.knowledge.patterns import EventPattern, PatternIndex
from dyad.records import Actor, Article, Event, When
from dyad.resolve.actors import PLACE_PREPOSITIONS, DocumentActors
from dyad.resolve.gazetteer import Gazetteer
from dyad.resolve.times import TimeIndex

VERB_TARGET_PREPOSITIONS = ("against", "on", "with", "to", "toward", "towards", "at", "into", "upon", "from")
# A use of force is aimed at its target; "halting deliveries to Hungary" says who suffered, not who was hit.
FORCE_TARGET_PREPOSITIONS = ("against", "on", "at", "into", "upon")
RECIPIENT_PREPOSITIONS = ("to", "for")  # "aid to Ukraine", "a loan for Egypt": whom the object goes to
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
STATEMENT_NOTES = ("threat of ", "intent of ", "appeal of ", "demand of ")  # notes of _statement_events
# Prepositions that place a meeting noun in the clause's own time: "failed to agree at talks in Manila",
# "signed the deal during a visit": the clause's doer took part in it.
PARTICIPATION_PREPOSITIONS = {"at", "during"}
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
    refusal: bool = False  # a negated permission coded as the refusal it is ("would not allow")


def _dependents(
    token: Token, part_words: frozenset[str], cargo: frozenset[str] = frozenset()
) -> Iterator[Token]:
    """Children, looking through counting nouns ("expelled a total of nine diplomats" -> diplomats) and
    through the vehicle that carries a load ("sent two planes loaded with tents" -> tents)."""
    for child in token.children:
        yield child
        if child.lemma_.lower() in part_words:
            for preposition in child.children:
                if preposition.lower_ == "of":
                    yield from _objects_of(preposition)
        for participle in child.children:
            if participle.dep_ in {"acl", "amod"} and participle.lemma_.lower() in cargo:
                for word in participle.children:
                    if word.dep_ == "dobj":
                        yield word
                    elif word.dep_ == "prep" and word.lower_ == "with":
                        yield from _objects_of(word)


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


def _time_preposition(token: Token) -> bool:
    """ "called his counterpart on Saturday": a preposition whose object is a date or time says when, so
    it is no word of a pattern ("call on" is an appeal only when its object is someone)."""
    objects = _objects_of(token) if token.dep_ == "prep" else []
    return bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)


def _fills(token: Token, slot: frozenset[str], synonyms: dict[str, str]) -> bool:
    """Whether a word fills a pattern slot: its lemma, its form, or the word it is a synonym of."""
    lemma = token.lemma_.lower()
    return lemma in slot or token.lower_ in slot or synonyms.get(lemma, "") in slot


def _compound_word(noun: Token, slot: frozenset[str], synonyms: dict[str, str]) -> Token | None:
    """The modifier of a compound noun that a slot names: "an emergency credit line" is credit, "gas
    supplies" are supplies of gas."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in noun.children:
        if child.dep_ == "compound" and _fills(child, slot, synonyms):
            return child
    return None


def match_pattern(
    pattern: EventPattern,
    trigger: Token,
    part_words: frozenset[str] = frozenset(),
    through_compounds: bool = False,
    synonyms: dict[str, str] | None = None,
    cargo: frozenset[str] = frozenset(),
) -> Match | None:
    """Match the pattern's words under the trigger; `through_compounds` also lets a slot be filled by the
    first word of a compound noun ("asked for an emergency credit line" -> ask for credit)."""
    synonyms = synonyms or {}
    matched = [trigger]
    used = {trigger.i}
    for slot in pattern.words:
        found = None
        head = None
        for token in reversed(matched):  # a word attaches to the nearest word matched before it
            # The doer is the last choice for a word of the act: "his forces would use force".
            for child in sorted(_dependents(token, part_words, cargo), key=lambda c: c.dep_ in SUBJECT_DEPS):
                if (child.i in used or _relative_preposition(child) or _time_preposition(child)
                        or child.lower_ == "according"):
                    continue  # "According to X, drones struck": no "accord" was struck
                if _fills(child, slot, synonyms):
                    found = child
                    break
                if through_compounds and (inner := _compound_word(child, slot, synonyms)) is not None:
                    found, head = inner, child
                    break
            if found is not None:
                break
        if found is None:
            return None
        if head is not None:
            matched.append(head)
            used.add(head.i)
        matched.append(found)
        used.add(found.i)
    return Match(pattern, trigger, used, matched[-1] if pattern.target_preposition else None)


def _words_under(token: Token, synonyms: dict[str, str]) -> set[str]:
    """Lemmas and forms of the words between a token's edges (its subtree lies within them): a pattern
    needing a word that is none of these cannot match, so most candidates are dismissed without walking
    the tree (the profile's largest cost of coding)."""
    words: set[str] = set()
    for word in token.doc[token.left_edge.i:token.right_edge.i + 1]:
        lemma = word.lemma_.lower()
        words.add(lemma)
        words.add(word.lower_)
        if lemma in synonyms:
            words.add(synonyms[lemma])
    return words


def _candidates(token: Token, patterns: PatternIndex, kind: str) -> list[EventPattern]:
    """The patterns of a trigger; a verb of repetition also has those of the act it repeats, after its
    own ("reimpose duties", "re-impose" -> impose, "reopen" -> open)."""
    lemma = token.lemma_.lower()
    own = patterns.candidates(kind, lemma)
    if kind != "verb" or not lemma.startswith("re"):
        return own
    rest = lemma[3:] if lemma.startswith("re-") else lemma[2:]
    return own + patterns.candidates(kind, rest) if len(rest) >= 4 else own


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
        contents: set[int] = set()  # words that only say what an act was about (content_codes)
        for kind, pos in (("verb", {"VERB"}), ("noun", {"NOUN", "PROPN"})):
            for token in doc:
                if token.pos_ not in pos or (kind == "verb" and token.i in used):
                    continue
                if kind == "noun" and _topic(token):
                    continue
                within: set[str] | None = None
                match = None
                candidates = _candidates(token, patterns, kind)
                for pattern in candidates:
                    # A noun another pattern used is coded again only as an act of another kind:
                    # "defended the military operation" is a statement and a use of force, while
                    # "imposed sanctions" is one sanction.
                    if used.get(token.i, pattern.code[:2]) == pattern.code[:2] and token.i in used:
                        break
                    if token.i in contents:
                        break  # "signed a trade deal": what was signed, not a second act
                    if pattern.words:
                        within = _words_under(token, patterns.synonyms) if within is None else within
                        if any(slot.isdisjoint(within) for slot in pattern.words):
                            continue  # a word it needs is nowhere under the trigger
                    elif token.i not in used:
                        # Before the bare verb, read compound nouns by their modifier ("cut gas
                        # supplies" -> cut supply, "asked for a credit line" -> ask for credit).
                        match = self._through_compounds(token, candidates, within)
                    match = match or match_pattern(
                        pattern, token, self.part_words, synonyms=patterns.synonyms,
                        cargo=self.rules.cargo_participles,
                    )
                    if match is not None:
                        break
                else:
                    if token.i not in used:
                        match = self._through_compounds(token, candidates, within)
                if match is None and kind == "verb" and token.i not in used:
                    match = self._refusal(token)
                if match is not None:
                    found.append(match)
                    for i in match.used:
                        used.setdefault(i, match.pattern.code[:2])
                    if match.pattern.code in self.rules.content_codes:
                        contents.update(match.used - {match.trigger.i})
        return found

    def _refusal(self, token: Token) -> Match | None:
        """A negated verb of permission is a refusal: "would not allow a vessel to dock" reads as the
        bare "refuse" pattern, with the verb itself as trigger."""
        if token.lemma_.lower() not in self.rules.refusing_negations or not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in token.children
        ):
            return None
        bare = [p for p in self.knowledge.patterns.candidates("verb", "refuse") if not p.words]
        return Match(bare[0], token, {token.i}, None, refusal=True) if bare else None

    def _through_compounds(
        self, token: Token, candidates: list[EventPattern], within: set[str] | None
    ) -> Match | None:
        """The first pattern with words that matches once compound nouns count by their modifier."""
        if not any(p.words for p in candidates):
            return None  # nothing to read through (most triggers): spare the walk over the words
        if within is None:
            within = _words_under(token, self.knowledge.patterns.synonyms)
        for pattern in candidates:
            if pattern.words and not any(slot.isdisjoint(within) for slot in pattern.words):
                match = match_pattern(
                    pattern, token, self.part_words, through_compounds=True,
                    synonyms=self.knowledge.patterns.synonyms, cargo=self.rules.cargo_participles,
                )
                if match is not None:
                    return match
        return None

    # ---- the whole document -------------------------------------------------------------------------------
    def code(self, doc: Doc, article: Article, actors: DocumentActors, times: TimeIndex) -> list[Event]:
        coded: list[tuple[int, Event]] = []
        framed: set[int] = set()
        matches = self.matches(doc)
        noun_triggers = {m.trigger.i for m in matches if m.trigger.pos_ not in {"VERB", "AUX"}}
        stated: set[tuple] = set()
        anchors: dict[int, int] = {}  # id of a statement event -> its frame verb
        for match in matches:
            if _consequence_of(match.trigger, noun_triggers):
                continue
            produced, frame = self._code_match(match, article, actors, times)
            if frame is not None:
                # "said she would travel to Washington to meet Trump": one intent to meet, not one per
                # verb of the plan.
                fresh = []
                for event in produced:
                    if event.notes and event.notes[-1].startswith(STATEMENT_NOTES):
                        key = (frame.i, event.cameo.code, event.source.country,
                               event.target.country if event.target else None)
                        if key in stated:
                            continue
                        stated.add(key)
                        anchors[id(event)] = frame.i
                    fresh.append(event)
                produced = fresh
            coded.extend((match.trigger.i, event) for event in produced)
            if frame is not None and any(e.modality == "asserted" for e in produced):
                framed.add(frame.i)
        coded = _without_elaborations(doc, coded, anchors, self.rules.content_roots)
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
        marks = self.rules.hypothetical_marks
        conditional = any(c.dep_ == "mark" and c.lower_ in marks for c in trigger.children)
        if match.refusal and status.modality in {"negated", "planned"} and not conditional:
            # The negation is the act: refused now, dated by the statement that says so.
            status = Status(modality="asserted", tense="past", reported_by=_frame_above(trigger, self.rules))
        if trigger.pos_ not in {"VERB", "AUX"}:
            verb = self._governing_verb(trigger)
            if verb is not None and status.frame is None:
                status.tense = tense_of(verb, self.rules)
        sources, targets = self._arguments(match, actors)
        speaker_verb = status.frame or status.reported_by
        if not sources and speaker_verb is not None and _pronoun_subject(trigger):
            # "the ministry said it could reimpose duties": "it" is the speaker.
            sources = self._subject_actors(speaker_verb, actors)
        if not sources:
            return [], status.frame
        code = match.pattern.code
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else self._governing_verb(trigger)
        if (
            status.modality == "planned" and verb is not None and conditional_consequence(verb, self.rules)
            and self.knowledge.cameo.cameo(code).quad_class in {1, 2}
        ):
            return [], status.frame  # "Should the truce collapse, Qatar would resume mediation": supposed
        if (
            trigger.lemma_.lower() in self.rules.movement_verbs
            and self.knowledge.cameo.cameo(code).quad_class == 4
            and all(s.sector in self.rules.unarmed_sectors for s in sources)
        ):
            return [], status.frame  # "prospectors who had crossed into the region": no force
        if code.startswith(self.rules.home_codes) and any(not s.country for s in sources):
            sources = self._at_home(trigger, sources, actors)
        reporters = self._reporters(trigger, status, actors)
        if (
            reporters
            and reporters[0].country
            and len(sources) == 1
            and not self.rules.is_reciprocal(code, trigger.lemma_)
            and self.knowledge.cameo.cameo(code).quad_class == 4
            and not any(_named_country(t) for t in targets)
        ):
            # "Iraqi officials said Turkish drones struck a vehicle, killing three people": a state that
            # reports force against people or things it does not name reports it against its own side.
            country = reporters[0].country
            name = actors.knowledge.country_names.get(country)
            victims = [t for t in targets if not t.country or t.inferred] or [None]
            targets = [
                Actor(text=t.text if t else name or country, name=name, country=country,
                      sector=t.sector if t else None, inferred=True)
                for t in victims
            ]
        events: list[Event] = []
        statement = code[:2] in self.rules.statement_roots  # dated when said, not when due
        when = times.date_for(trigger, status.tense, status.reported_by, statement=statement)
        cargo = self.rules.cargo_participles
        carrier = next((
            a for i in match.used for a in trigger.doc[i].ancestors
            if a.dep_ in {"acl", "amod"} and a.lemma_.lower() in cargo and a.i > trigger.i
        ), None)
        if carrier is not None and when.precision == "unknown-before":
            # "sent planes loaded with tents to Kabul on Wednesday": the day hangs on the participle.
            own = times.date_for(carrier, status.tense)
            when = own if own.precision != "unknown-before" else when
        if when.precision == "unknown-before" and self._undated_reason(trigger):
            return [], status.frame
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
            reported = reporters[0] if reporters else None
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

    def _at_home(self, trigger: Token, sources: list[Actor], actors: DocumentActors) -> list[Actor]:
        """Doers with no country of an act done at home take the country of the place it happened
        ("hosted his counterpart in Oslo"); a place the parse put under the object counts too."""
        places = [
            found
            for token in (trigger, *(c for c in trigger.children if c.dep_ == "dobj"))
            for child in token.children
            if child.dep_ == "prep" and child.lower_ == "in"
            for obj in _objects_of(child)
            if (found := self._place_actor(obj, actors)) is not None
        ]
        if not places:
            return sources
        home = places[0]
        return [
            s if s.country else Actor(text=s.text, name=home.name, country=home.country, sector=s.sector)
            for s in sources
        ]

    def _reporters(self, trigger: Token, status: Status, actors: DocumentActors) -> list[Actor]:
        """Who reports the act: the speaker of "X said Y attacked Z", or X of "according to X"."""
        if status.reported_by is not None:
            return self._subject_actors(status.reported_by, actors)
        current = trigger
        for _ in range(8):
            for child in current.children:
                if child.lower_ == "according" and child.dep_ == "prep":
                    for to in child.children:
                        if to.lower_ == "to":
                            return [a for o in _objects_of(to) for a in actors.actors_for(o)]
            if current.head is current or current.dep_ not in {"conj", "advcl", "xcomp", "ccomp"}:
                break
            current = current.head
        return []

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
        speakers = self._speakers(frame, actors) if frame is not None else sources
        if speakers and all(s.inferred for s in speakers) and any(s.country for s in sources):
            # "Finland would close its border if Russia ..., the interior minister said": a speaker whose
            # country is only guessed from the sentence is the doer's own official.
            speakers = sources
        if not speakers:
            if kind in {"appeal", "demand"}:
                return []  # who asked is unknown; the one asked is not the asker
            if frame is not None and _speaker_apart(frame, match.trigger):
                return []  # "analysts said China might cut shipments": a guess, not China's threat
            speakers = sources  # "X said it would strike": the announcer is the doer
        if kind in {"appeal", "demand"} and frame is not None:
            addressees = self._addressees(frame, actors)
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
                first, last = sorted((frame, match.trigger), key=lambda t: t.i)
                event.trigger_span = (first.idx, last.idx + len(last.text))
                event.notes.append(f"{kind} of {match.pattern.code}")
            events.append(event)
        return events

    def _speakers(self, frame: Token, actors: DocumentActors) -> list[Actor]:
        """Who made the statement: the subject of a frame verb; for a frame noun its named possessor
        ("Dhaka's request"), else the subject of the verb it is the object of ("renewed its request")."""
        if frame.pos_ in {"VERB", "AUX"}:
            return self._subject_actors(frame, actors)
        owners = [a for c in frame.children if c.dep_ == "poss" for a in actors.actors_for(c)]
        if owners:
            return owners
        verb = frame.head
        if frame.dep_ in {"dobj", "attr", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"}:
            return self._subject_actors(verb, actors)
        return []

    def _addressees(self, frame: Token, actors: DocumentActors) -> list[Actor]:
        """Whom an appeal or demand is made to: "urged Mexico", "called on Mexico", "a request to India"."""
        found = [a for c in frame.children if c.dep_ in {"dobj", "dative"} for a in actors.actors_for(c)]
        found += [
            a
            for p in frame.children
            if p.lower_ in {"on", "upon", "to", "of"}
            for o in _objects_of(p)
            for a in actors.actors_for(o)
        ]
        return found

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
                    return self._relative_doers(verb, actors)
                return actors.actors_for(subject)
            if any(c.dep_ == "nsubjpass" for c in verb.children):
                return []
            if verb.dep_ == "relcl":
                return self._relative_doers(verb, actors)
            if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_ in self.rules.frame_nouns:
                # "its request to India to extradite X": India is asked; "its threat to strike": the
                # threatener would strike.
                if self.rules.frame_nouns[verb.head.lemma_] in {"appeal", "demand"}:
                    return self._addressees(verb.head, actors)
                return self._speakers(verb.head, actors)
            if verb.dep_ == "acl" and verb.head.lemma_ in self.rules.decision_nouns:
                return self._speakers(verb.head, actors)  # "Tokyo's decision to lift curbs": Tokyo acts
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

    @staticmethod
    def _relative_doers(verb: Token, actors: DocumentActors) -> list[Actor]:
        """The doer of a relative clause is the noun it describes, with the country that noun itself names:
        in "Baghdad handed over the gunmen who fired on a Kuwaiti boat" the gunmen fired, and a country
        guessed from the main clause (Baghdad) is not theirs."""
        return [a for a in actors.actors_for(verb.head) if not a.inferred]

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
        if not any(t.country for t in targets):
            # "expelled two Venezuelan diplomats": the pattern's own object names the target, and a
            # country there beats a countryless phrase the parse also hung on the verb ("detained the
            # crew of a Malaysian boat ... off Ca Mau province").
            own = [
                a
                for child in verb.children
                if child.i in match.used and child.dep_ in {"dobj", "dative"}
                for a in actors.actors_for(child)
                if a.country
            ]
            targets = own or targets
        if not any(t.country for t in targets):
            # "block the next tranche of EU aid to Ukraine": what the pattern names goes to someone, and
            # that recipient is the target.
            recipients = [
                a for i in sorted(match.used - {verb.i}) for child in verb.doc[i].children
                if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPOSITIONS
                for o in _objects_of(child) for a in actors.actors_for(o) if _named_country(a)
            ]
            targets = recipients or targets
        if not targets:
            # "refused to meet Colombian officials", "declined to recognise Kosovo": a verb the pattern
            # names under the trigger acts on the target.
            for i in sorted(match.used - {verb.i}):
                inner = verb.doc[i]
                if inner.pos_ in {"VERB", "AUX"} and inner.dep_ in {"xcomp", "ccomp"}:
                    for child in inner.children:
                        if child.dep_ in {"dobj", "dative"} and child.i not in match.used:
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
        placed = force or match.pattern.code.startswith(self.rules.place_target_codes)
        home = sources[0].country if sources else None
        foreign = [t for t in targets if _named_country(t) and t.country != home]  # not its own troops
        if placed and len(sources) == 1 and not foreign:
            # "attacked Kharkiv", "struck a depot near Sulaimaniyah": what is hit at a place is hit in
            # its country; "visited troops in Estonia" is a visit to Estonia. (Two sides that clashed
            # are each other's targets instead.)
            places = [
                found for child in verb.children if child.dep_ == "dobj"
                if (found := self._place_actor(child, actors)) is not None
            ]
            targets = places or self._place_targets(verb, actors) or targets
        if force and len(sources) <= 1 and not targets:
            targets = self._clause_actor_targets(verb, sources, actors)
        if not targets and match.pattern.code.startswith(self.rules.complement_target_roots):
            targets = self._complement_targets(verb, sources, actors)
        answered = self.rules.answer_codes.get(match.pattern.code)
        if answered and not targets:
            targets = self._answered(verb, answered, actors)
        return sources, targets

    def _complement_targets(self, verb: Token, sources: list[Actor], actors: DocumentActors) -> list[Actor]:
        """Whom a refusal is aimed at when only the refused act names them, nearest clause first: the
        doer or object of that act ("refused to let French troops use the base": France), or a country
        or capital where it would happen ("declined an invitation to attend a parade in Moscow")."""
        queue = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "dobj"}]
        while queue:
            token = queue.pop(0)
            found = []
            for child in token.children:
                preps = [child] if child.dep_ == "prep" else []
                if child.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} and child.pos_ != "PRON":
                    found += [a for a in actors.actors_for(child) if _named_country(a)]
                    preps = [p for p in child.children if p.dep_ == "prep"]  # "a forum in Minsk"
                found += [
                    a
                    for p in preps
                    for o in _objects_of(p)
                    if self._country_named(o, actors)
                    for a in actors.actors_for(o)
                ]
            found = [a for a in found if not any(a.country == s.country for s in sources)]
            if found:
                return found
            queue += [c for c in token.children if c.dep_ in {"xcomp", "ccomp", "acl"}]
        return []

    def _clause_actor_targets(self, verb: Token, sources: list[Actor], actors: DocumentActors) -> list[Actor]:
        """A use of force whose object the parse lost ("would shoot down without warning any South Korean
        drone", parsed as the subject of "entering"): the first actor of another named country in the
        verb's own clause, outside its subject, conditions and coordinated verbs."""
        stack = [c for c in verb.children if c.dep_ not in SUBJECT_DEPS | {"nsubjpass", "agent"}]
        clause: list[Token] = []
        while stack:
            token = stack.pop()
            if token.dep_ in {"advcl", "conj", "relcl", "appos"}:
                continue
            clause.append(token)
            stack.extend(token.children)
        own = {s.country for s in sources}
        for token in sorted(clause, key=lambda t: t.i):
            if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
                continue
            found = [a for a in actors.actors_for(token) if _named_country(a) and a.country not in own]
            if found:
                return found
        return []

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
        # "sent planes loaded with tents to Afghanistan": the parse may hang the goal on the participle.
        tokens += [
            a for t in tokens[1:] for a in t.ancestors
            if a.dep_ in {"acl", "amod"} and a.lemma_.lower() in self.rules.cargo_participles and a.i > head.i
        ]
        # The prepositions under the matched words, gathered once and then tried in order of preference.
        # "granted asylum to two Russian journalists": the parser may call "to" a dative; it is the same.
        attached = [
            (c.lower_, c)
            for token in tokens
            for c in token.children
            if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")
        ]
        for preposition in prepositions:
            for word, child in attached:
                if word != preposition:
                    continue
                found = []
                for obj in _objects_of(child):
                    if preposition in PLACE_PREPOSITIONS and not self._country_named(obj, actors):
                        continue
                    found += actors.actors_for(obj) or self._agents_of_act(obj, actors)
                if found:
                    return found
        return []

    def _agents_of_act(self, noun: Token, actors: DocumentActors) -> list[Actor]:
        """The doers of an act named by the object: "an investigation into the execution of prisoners by
        Russian soldiers" is aimed at the alleged perpetrators, not at the place or the victims."""
        if noun.pos_ != "NOUN" or not self.knowledge.patterns.candidates("noun", noun.lemma_.lower()):
            return []
        return [a for a in _agents(noun, actors) if a.country]

    @staticmethod
    def _country_named(token: Token, actors: DocumentActors) -> bool:
        """A country, or a capital standing for its government ("recalled its ambassador from Kabul")."""
        match = actors.names.get(token.i)
        return match is not None and match.actor.kind in {"country", "capital"}

    def _noun_arguments(self, match: Match, actors: DocumentActors) -> tuple[list[Actor], list[Actor]]:
        noun = match.trigger
        sources: list[Actor] = []
        for child in noun.children:
            if child.dep_ in SOURCE_MODIFIER_DEPS and child.i not in match.used:
                sources += actors.actors_for(child)
        sources += _agents(noun, actors)
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
        if (
            not sources
            and verb is not None
            and noun.dep_ == "pobj"
            and noun.head.lower_ in PARTICIPATION_PREPOSITIONS
            and self.knowledge.cameo.cameo(match.pattern.code).quad_class <= 2
            and not self._mentioned_before(noun)
        ):
            # Cooperative meetings only: "police fired tear gas at a protest" did not protest.
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
        if (
            not targets
            and verb is not None
            and noun.dep_ == "dobj"
            and verb.lemma_ in self.rules.negating_verbs
            and match.pattern.code[:2] in self.rules.answer_codes.values()
        ):
            targets = self._subject_actors(verb, actors)  # "rejecting accusations": the rejecter was accused
        if (
            not targets
            and verb is not None
            and noun.dep_ == "pobj"
            and noun.head.lower_ in {"in", "by"}
            and verb.lemma_ in self.rules.casualty_verbs
            and self.knowledge.cameo.cameo(match.pattern.code).quad_class == 4
        ):
            # "three Egyptian soldiers were killed in an Israeli airstrike": the dead were its target.
            victims = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
            targets = [a for v in victims for a in actors.actors_for(v) if _named_country(a)]
        return sources, [t for t in targets if not any(_same(t, s) for s in sources)]

    def _undated_reason(self, trigger: Token) -> bool:
        """Whether the act is the reason of a judgement ("praised Laos for backing its position"):
        without a date of its own it is background, not a new event."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else self._governing_verb(trigger)
        return (
            verb is not None
            and verb.dep_ == "pcomp"
            and verb.head.lower_ == "for"
            and verb.head.head.lemma_ in self.rules.reason_verbs
        )

    def _mentioned_before(self, noun: Token) -> bool:
        """ "arrived for a state visit. During the visit, he signed": a definite event noun that repeats
        one named earlier points back to that event; it is not a second meeting."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
            return False
        synonyms = self.knowledge.patterns.synonyms
        word = synonyms.get(noun.lemma_.lower(), noun.lemma_.lower())
        return any(
            synonyms.get(t.lemma_.lower(), t.lemma_.lower()) == word for t in noun.doc[: noun.i]
        )

    def _answered(self, verb: Token, root: str, actors: DocumentActors) -> list[Actor]:
        """The makers of an act of `root` named in the verb's clause: the accusers a denial answers."""
        for token in verb.subtree:
            if token.pos_ != "NOUN" or token.i == verb.i:
                continue
            if any(p.code.startswith(root) for p in self.knowledge.patterns.candidates("noun", token.lemma_)):
                doers = [a for a in _agents(token, actors) if a.country]
                doers += [
                    a for c in token.children if c.dep_ == "poss" for a in actors.actors_for(c) if a.country
                ]
                if doers:
                    return doers
        return []

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
            trigger_span=(trigger.idx, trigger.idx + len(trigger.text)),
            notes=notes,
        )


def _agents(noun: Token, actors: DocumentActors) -> list[Actor]:
    """Who did the act a noun names: "strikes by Israel", "accusations made by Burundi's president"."""
    found = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            found += [a for obj in _objects_of(child) for a in actors.actors_for(obj)]
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent":
                    found += [a for obj in _objects_of(agent) for a in actors.actors_for(obj)]
    return found


def _frame_above(verb: Token, rules: ModalityRules) -> Token | None:
    """The statement verb whose complement holds `verb` ("said it would not allow"), if any."""
    current = verb
    while current.dep_ in {"ccomp", "xcomp", "conj"} and current.head is not current:
        current = current.head
        if current.lemma_ in rules.frame_verbs:
            return current
    return None


def _pronoun_subject(verb: Token) -> bool:
    """Whether the verb's doer is "it", "we" or "they", which in reported speech mean the speaker."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"it", "we", "they"} for c in verb.children)


def _speaker_apart(frame: Token, act: Token) -> bool:
    """Whether the frame names a speaker of its own (not a pronoun) and the act a named doer who is not
    that speaker (not a pronoun pointing back to it, as in "the ministry said it would strike")."""
    spoke = any(c.dep_ in SUBJECT_DEPS and c.pos_ in {"PROPN", "NOUN"} for c in frame.children)
    doers = [c for c in act.children if c.dep_ in SUBJECT_DEPS]
    return spoke and bool(doers) and doers[0].pos_ in {"PROPN", "NOUN"}


def _gazetteer_country(token: Token, actors: DocumentActors) -> str | None:
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


def _without_elaborations(
    doc: Doc, coded: list[tuple[int, Event]], anchors: dict[int, int], content_roots: frozenset[str]
) -> list[tuple[int, Event]]:
    """A participle with no subject of its own that goes on from an act can tell what that act did:
    "attacked a base, killing two soldiers" is one attack (same root, or force after force), and
    "demonstrated, demanding that Beijing stop" one protest, whose demand is what it was for (the
    `content_roots` of modality.yaml). A statement after another act stays its own event ("expelled
    nine diplomats, accusing them of spying"; "met on Monday, agreeing to resume talks"). Likewise an
    infinitive of purpose of the same kind with no target of its own says what the act was for: "met his
    counterparts to discuss security" is the meeting, once."""
    roots: dict[int, list[Event]] = {}
    for i, event in coded:
        roots.setdefault(i, []).append(event)
    kept = []
    for i, event in coded:
        token = doc[anchors.get(id(event), i)]  # a statement goes on from its frame verb ("demanding")
        head = token.head
        gerund = token.tag_ == "VBG"
        purpose = (
            token.tag_ == "VB"
            and event.target is None
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        )
        if (
            (gerund or purpose)
            and token.dep_ in {"advcl", "xcomp"}
            and head.i != token.i
            and head.i in roots
            and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "mark"} for c in token.children)
            and any(
                other.cameo.root == event.cameo.root
                or (gerund and other.cameo.quad_class == 4 and event.cameo.quad_class == 4)
                or (gerund and other.cameo.root in content_roots and event.cameo.quad_class == 3)
                for other in roots[head.i]
                if other.modality == event.modality and (gerund or other.target is not None)
            )
        ):
            continue
        kept.append((i, event))
    return kept


def _trimmed(sentence: Span) -> Span:
    """The sentence without the paragraph break that ends it."""
    end = sentence.end
    while end > sentence.start + 1 and sentence.doc[end - 1].is_space:
        end -= 1
    return sentence.doc[sentence.start : end]


def _named_country(target: Actor) -> bool:
    """Whether a target's country is said, not guessed from the countries the text last named ("army
    base" after "crossed from Venezuela"): a place or a reporting state is better evidence than that."""
    return target.country is not None and not target.inferred


def _same(a: Actor, b: Actor) -> bool:
    if a.name and b.name:
        return a.name == b.name and a.sector == b.sector
    return a.text == b.text


def _unique(events: list[Event]) -> list[Event]:
    seen: dict[str, Event] = {}
    for event in events:
        seen.setdefault(event.id, event)
    return list(seen.values())
