"""Finding triggers: the verbs and event nouns whose dependents fill one of their patterns.

A pattern of data/events.tsv names a trigger and the words it needs below it ("impose" + "sanction" +
"on"). This module only says which words express which pattern; who did it to whom is
dyad.code.arguments, whether it happened is dyad.code.modality.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dyad.code.modality import _noun_frame
from dyad.code.reactions import (
    DENIAL_CODE,
    QUOTE_MARKS,
    names_earlier_act,
    nouns_under_verdict,
    quoted_verdict_objects,
)
from dyad.code.tree import (
    SUBJECT_DEPS,
    THING_PRONOUN_NUMBERS,
    antecedent,
    by_phrases,
    objects_of,
    to_infinitive,
)
from dyad.knowledge import Knowledge
from dyad.knowledge.modality import ModalityRules
from dyad.knowledge.patterns import EventPattern, PatternIndex
from dyad.parse.nlp import words_of
from dyad.resolve.actors import PARTY_WORDS

NAMED_ENTITIES = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}
PEOPLE_ENTITIES = {"PERSON", "GPE", "NORP"}  # someone named: a person, a state or its people
RELATIVE_WORDS = {"that", "which", "who", "whom"}
GIVING_VERBS = {"hand", "send", "deliver", "return", "transfer", "extradite", "deport", "fly"}
SAYING_PARTICIPLES = {"say", "tell", "add", "note", "argue", "insist", "explain"}
PERSON_SLOT = "<person>"  # a pattern word filled by any person's name (events.tsv, "receive <person>")
TOPIC_PREPOSITIONS = {"of", "on", "over", "about", "regarding", "concerning", "for"}
# Before a gerund only these name a topic: "praised X for releasing", "accused X of shelling" have rules of
# their own (reason_verbs, alleging_verbs).
GERUND_TOPIC_PREPOSITIONS = {"on", "about", "regarding", "concerning"}
# Nouns that measure a meeting out: "at two days of talks", "during a round of talks" is at the talks.
SPAN_NOUNS = frozenset({"day", "hour", "week", "month", "night", "round", "session"})


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
    through the vehicle that carries a load ("sent two planes loaded with tents" -> tents). A past
    participle describing a noun has that noun for its object ("a study released by X" -> study)."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in {"NOUN", "PROPN"}:
        yield token.head
    if (
        token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children)
        and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in token.children)
    ):
        # "flew to Tunis and was received by President Saied": the subject of the first verb is the one
        # the second, passive, acts on
        yield from (c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    yield from _relative_objects(token, part_words)
    for child in token.children:
        if child.dep_ == "ccomp" and any(s.lower_ == "what" and s.dep_ in {"nsubj", "nsubjpass"}
                                         for s in child.children):
            # "lifted what remained of its arms embargo": the embargo
            yield from (o for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj")
        if child.dep_ == "conj" and (child.pos_ in {"VERB", "AUX"} or token.pos_ in {"VERB", "AUX"}):
            # "had delivered radars ... and that India would supply vessels": another act; "welcomed the
            # progress and directed officials to ...": a word joined to a verb is no object of it
            continue
        yield child
        named = antecedent(child)
        if named is not None:
            yield named  # "eight days after closing it": the crossing
        if child.dep_ == "compound":
            # "joint coast guard patrols": the parse may hang the whole noun's modifier on its compound
            yield from (c for c in child.children if c.dep_ == "amod")
        # "flew desalination units and 40 tonnes of water": every object of a list is an object; "handed
        # the ambassador a protest note": the parse may hang the second object on the first.
        conjuncts = [c for c in child.children if c.dep_ in {"conj", "appos"}] if child.dep_ == "dobj" else []
        yield from conjuncts
        if child.dep_ == "dobj" and child.pos_ == "PROPN":
            # "had informed Wellington of the launch": the parse may hang the verb's preposition on the
            # named party it is told to
            yield from (p for p in child.children if p.dep_ == "prep")
        # "flew 60 Spaniards and 15 Portuguese out of Khartoum": the parse may hang the verb's own
        # preposition on the last object of the list.
        yield from (p for c in conjuncts[-1:] for p in c.children if p.dep_ == "prep")
        if child.dep_ == "dobj" and token.lemma_ in GIVING_VERBS:
            # "handed a businessman wanted for fraud to Turkish police": the parse may hang the verb's "to" on
            # a participle or relative clause describing the object
            yield from (p for a in child.children if a.dep_ in {"acl", "relcl"}
                        for p in a.children if p.dep_ == "prep" and p.lower_ == "to")
        for part in (child, *conjuncts):
            if part.lemma_.lower() in part_words:
                for preposition in part.children:
                    if preposition.lower_ == "of":
                        yield from objects_of(preposition)
        if child.dep_ == "dobj" and _amount(child):
            # "froze 180 million kronor in budget support": the money is counted in what it is; "cancelled
            # 80 million francs of Malawi's debt": a sum of something is that thing.
            for holder in (child, token):
                for preposition in holder.children:
                    if preposition.dep_ == "prep" and (
                        preposition.lower_ == "in" or (holder is child and preposition.lower_ == "of")
                    ):
                        yield from objects_of(preposition)
        for participle in child.children:
            if participle.dep_ in {"acl", "amod"} and participle.lemma_.lower() in cargo:
                yield from _cargo(participle, part_words)
        if child.dep_ == "advcl" and child.lemma_.lower() in cargo:
            yield from _cargo(child, part_words)  # "landed in Port Sudan carrying 90 tonnes of medicine"


def _word_of_a_name(noun: Token) -> bool:
    """ "the King Salman Humanitarian Aid and Relief Centre": a word of an organisation's name is no act,
    whether the recogniser found the name or only its capitals tell it (a country's name in front, as in
    "U.S. Strikes", is no part of a name)."""
    if noun.pos_ != "PROPN" or not noun.is_title:
        return False
    if noun.ent_type_ in {"ORG", "FAC"} and noun.ent_iob_ == "I":
        return True
    return any(
        c.dep_ in {"compound", "nmod", "amod"} and c.is_title and c.ent_type_ not in {"GPE", "NORP"}
        for c in noun.lefts
    )


def _cargo(participle: Token, part_words: frozenset[str]) -> Iterator[Token]:
    """What a vehicle carries: the participle's object or "with" phrase, and what a counted load is of
    ("carrying 90 tonnes of medicine" -> medicine)."""
    for word in participle.children:
        loads = [word] if word.dep_ == "dobj" else objects_of(word) if (
            word.dep_ == "prep" and word.lower_ == "with") else []
        for load in loads:
            yield load
            if load.lemma_.lower() in part_words:
                for preposition in load.children:
                    if preposition.lower_ == "of":
                        yield from objects_of(preposition)


def _relative_objects(verb: Token, part_words: frozenset[str] | None = None) -> list[Token]:
    """The noun a relative clause's object stands for: "the ban (on imports) that it had imposed",
    "the sanctions it imposed", "the workers who had been held" (the parse may hang the clause on the
    noun of a phrase after the one meant, so the nouns above it through prepositions count too)."""
    children = list(verb.children)
    # "a request that Peru's prosecutor general filed": the parse may call a clause with its own subject acl.
    relative = verb.dep_ == "relcl" or (verb.dep_ == "acl" and any(c.dep_ == "nsubj" for c in children))
    if not relative or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    if any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_WORDS for c in children):
        return []  # "the troops who attacked": the noun is the doer
    objects = [c for c in children if c.dep_ == "dobj"]
    if objects and not all(o.lower_ in RELATIVE_WORDS for o in objects):
        return []
    found = [verb.head]
    while found[-1].dep_ == "pobj" and found[-1].head.head.pos_ in {"NOUN", "PROPN"}:
        found.append(found[-1].head.head)
    # "a vessel and its nine crew, which guards boarded": a group's part joined to the group (no
    # `part_words` given: any conjunct, for the quick test of which words a clause holds).
    while found[-1].dep_ == "conj" and found[-1].head.pos_ in {"NOUN", "PROPN"} and (
            part_words is None or found[-1].lemma_.lower() in part_words):
        found.append(found[-1].head)
    return found


def _sport(verb: Token, sports_nouns: frozenset[str]) -> bool:
    """A verb whose subject, object or prepositional object is a word of sport tells a game ("hosts the
    return fixture", "the two countries' clubs have met"), as does a clause on one ("the final, where they
    will meet Arsenal"): not relations between their states. Proper nouns are no sport ("the Paris Club")."""
    def sporting(noun: Token) -> bool:
        return noun.pos_ != "PROPN" and noun.lemma_.lower() in sports_nouns

    if verb.dep_ in {"relcl", "acl"} and sporting(verb.head):
        return True
    for child in verb.children:
        nouns = objects_of(child) if child.dep_ == "prep" else [child]
        if any(n.dep_ in {"nsubj", "dobj", "oprd", "pobj"} and sporting(n) for n in nouns):
            return True
    return False


def _amount(noun: Token) -> bool:
    """A sum or count ("$30 million", "40 million euros"): what it is counted in is the real object."""
    return noun.ent_type_ == "MONEY" or noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _topic(noun: Token, frame_nouns: Mapping[str, str]) -> bool:
    """An event noun that is only what something is about ("talks on the second phase of the
    ceasefire", "sanctions over the invasion") is background, not a new event; what an offer or a
    request is of ("an offer of talks") is the act offered (dyad.code.modality)."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in TOPIC_PREPOSITIONS
        and noun.head.head.pos_ in {"NOUN", "PROPN"}
        and not (noun.head.lower_ == "of" and noun.head.head.lemma_ in SPAN_NOUNS)
        and not (noun.head.lower_ in {"of", "for"} and noun.head.head.lemma_ in frame_nouns)
        # "a protest over the arrest of 14 Cambodian fishermen by Vietnamese coast guards": an act whose
        # doer the phrase names is told, not only alluded to
        and not by_phrases(noun)
    )


def _gerund_topic(verb: Token) -> bool:
    """ "talks on reopening the border crossings", "signed a deal on lifting the ban": an act named by a
    gerund after "on" or "about" is what talks or a deal are about, not an act done."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in GERUND_TOPIC_PREPOSITIONS


def _kind_of_thing(noun: Token) -> bool:
    """ "the student protest movement": an act noun modifying another noun says what kind of thing that
    is, not that the act happened."""
    return noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i > noun.i


def _acting_unit(noun: Token, units: frozenset[str]) -> bool:
    """A noun that names a unit as well as an act ("navy patrols intercepted two boats", "boats burned by
    Australian patrols") is the doer of the verb it is the subject or agent of, not an act of its own;
    as a modifier it names the unit's equipment or staff ("two navy patrol boats", "the mission chief")."""
    if noun.lemma_.lower() not in units:
        return False
    if noun.dep_ == "compound":
        return True
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return True
    return noun.dep_ in SUBJECT_DEPS and noun.head.pos_ in {"VERB", "AUX"}


def _quoted_after(verb: Token, judged: list[Token]) -> list[Token]:
    """ "calling a claim by Kyrgyzstan's minister that Astana had curbed supplies 'not true'": a short quote
    closing the verb's phrase after the judged act is the verdict, wherever the parse hangs its words."""
    doc, last = verb.doc, max(j.i for j in judged)
    marks = [i for i in range(last + 1, min(verb.right_edge.i + 2, len(doc))) if doc[i].text in QUOTE_MARKS]
    if len(marks) < 2 or not 1 < marks[-1] - marks[-2] <= 6:
        return []
    return list(doc[marks[-2] + 1 : marks[-1]])


def _copula(token: Token) -> bool:
    """ "be" heading its clause ("was confident that", "is ready to talk"): a trigger whose patterns
    name the adjective, as other verbs' name their object. Also a verb the parser took for a noun
    because it has no ending after its subject ("demanded that Ethiopia mediate")."""
    if token.pos_ == "NOUN":
        return token.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in token.children)
    return token.pos_ == "AUX" and token.dep_ not in {"aux", "auxpass"}


def _adjective_after(verb: Token) -> bool:
    """"the SPLM-IO of detained First Vice-President Riek Machar": a participle right after a preposition
    left with no object is an adjective the parser took for a verb, describing the name after it."""
    if verb.i == 0 or verb.tag_ not in {"VBN", "VBD"}:
        return False
    before = verb.doc[verb.i - 1]
    return before.dep_ == "prep" and not any(c.dep_ in {"pobj", "pcomp"} for c in before.children)


def _own_clause(token: Token) -> bool:
    """A clause with a subject of its own ("demanded that protesters end their sit-in", "banned them from
    entering, after the assembly voted") is an act of its own, not a word of its governing verb's pattern
    ("demand an end", "ban from vote")."""
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return (
        ((token.dep_ == "ccomp" and "that" in marks) or (token.dep_ == "advcl" and bool(marks)))
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


def _said_after(token: Token) -> bool:
    """ "Jakarta declined the next day, saying its own talks had not concluded": a participle of saying
    that goes on from the act is a statement of its own, not the act's object ("declined to say")."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_ in SAYING_PARTICIPLES


def _relative_preposition(token: Token) -> bool:
    """ "the operation, in which helicopters landed": "in which" points back, it names no target."""
    return token.dep_ == "prep" and any(o.tag_ in {"WDT", "WP"} for o in objects_of(token))


def _time_preposition(token: Token) -> bool:
    """ "called his counterpart on Saturday": a preposition whose object is a date or time says when, so
    it is no word of a pattern ("call on" is an appeal only when its object is someone). The first object
    decides: a quoted verdict the parse hangs after the date ("calling it on Monday 'a provocation'") is
    no one called on."""
    objects = objects_of(token) if token.dep_ == "prep" else []
    return bool(objects) and min(objects, key=lambda o: o.i).ent_type_ in {"DATE", "TIME"}


CLAUSE_CHILDREN = {"advcl", "ccomp", "xcomp", "conj", "relcl", "parataxis"}


def _quoted(phrase: Token) -> bool:
    """Whether a phrase stands between quote marks ("was 'a hostile step'"), the marks in or beside it."""
    doc = phrase.doc
    first, last = phrase.left_edge.i, phrase.right_edge.i
    opened = doc[first].text in QUOTE_MARKS or (first > 0 and doc[first - 1].text in QUOTE_MARKS)
    closed = doc[last].text in QUOTE_MARKS or (last + 1 < len(doc) and doc[last + 1].text in QUOTE_MARKS)
    return opened and closed


def _judges(match: Match) -> bool:
    """Whether the match is a criticism or praise (111, 051), or a denial (016: "called the allegation 'a
    fantasy'"), a verdict a speaker passes on an act or a claim told before."""
    return match.pattern.code.startswith(("11", "05", DENIAL_CODE))


def _judged_acts(verb: Token, rules: ModalityRules) -> list[Token]:
    """The earlier acts a verb's object (or the subject of "be") points back to ("the arrests", "this
    move"): no new acts. A quote mark after the object can make the parser read it as the verdict's
    owner ("the arrests 'illegal'")."""
    judged_deps = {"dobj", "nsubjpass", "nsubj"} if verb.lemma_ == "be" else {"dobj", "nsubjpass"}
    objects = [c for c in verb.children if c.dep_ in judged_deps] + nouns_under_verdict(verb) + [
        o for c in verb.children if c.dep_ == "oprd" for o in c.children
        if o.dep_ == "poss" and o.i + 1 < len(o.doc) and o.nbor(1).lower_ == "'"
    ]
    return [o for o in objects if names_earlier_act(o, rules) or _owned_claim(o, rules)]


def _owned_claim(noun: Token, rules: ModalityRules) -> bool:
    """ "calling a claim by Kyrgyzstan's economy minister ... 'not true'": a claim whose maker the phrase
    names is judged as one told before is."""
    return noun.lemma_.lower() in rules.claim_nouns and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children
    )


def _doer_as_person(token: Token, slot: frozenset[str]) -> bool:
    """ "Culture Secretary Claudia Curiel received the codex": the doer's own name fills no <person> slot."""
    return token.dep_ in SUBJECT_DEPS and PERSON_SLOT in slot and not _fills(token, slot - {PERSON_SLOT}, {})


def _fills(token: Token, slot: frozenset[str], synonyms: dict[str, str]) -> bool:
    """Whether a word fills a pattern slot: its lemma, its form, the word it is a synonym of, or for the
    slot word PERSON_SLOT a person's name."""
    lemma = token.lemma_.lower()
    return (lemma in slot or token.lower_ in slot or synonyms.get(lemma, "") in slot
            or (PERSON_SLOT in slot and token.ent_type_ == "PERSON"))


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
                        or child.lower_ == "according" or _own_clause(child) or child.dep_ == "aux"
                        or _said_after(child)):
                    continue  # "According to X, drones struck": no "accord" was struck; "to return": no "to"
                if _fills(child, slot, synonyms) and not _doer_as_person(child, slot):
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
    start, end = token.left_edge.i, token.right_edge.i + 1
    table = words_of(token.doc)
    lemmas = table.lemma[start:end]
    words = set(lemmas)
    words.update(table.lower[start:end])
    words.update(synonyms[lemma] for lemma in lemmas if lemma in synonyms)
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "a study released by X": the noun is its object
        words.update((table.lemma[token.head.i], table.lower[token.head.i]))
    for pronoun in (c for c in token.children if c.lower_ in THING_PRONOUN_NUMBERS):
        named = antecedent(pronoun)  # "after closing it": the crossing
        if named is not None:
            words.update(table.lemma[named.left_edge.i : named.right_edge.i + 1])
            words.update(table.lower[named.left_edge.i : named.right_edge.i + 1])
    for noun in _relative_objects(token):  # "the ban (on electricity exports) that it had imposed"
        noun_start, noun_end = noun.left_edge.i, noun.right_edge.i + 1
        words.update(table.lemma[noun_start:noun_end])
        words.update(table.lower[noun_start:noun_end])
    if any(start <= i < end for i in _person_starts(token.doc)):
        words.add(PERSON_SLOT)
    return words


def _person_starts(doc: Doc) -> list[int]:
    """Where the names of people begin, read once per document (spaCy builds its entity spans anew on
    every `doc.ents`)."""
    starts = doc.user_data.get("dyad.person_starts")
    if starts is None:
        starts = doc.user_data["dyad.person_starts"] = [e.start for e in doc.ents if e.label_ == "PERSON"]
    return starts


def _candidates(lemma: str, patterns: PatternIndex, kind: str) -> list[EventPattern]:
    """The patterns of a trigger; a verb of repetition also has those of the act it repeats, after its
    own ("reimpose duties", "re-impose" -> impose, "reopen" -> open)."""
    own = patterns.candidates(kind, lemma)
    if kind != "verb" or not lemma.startswith("re"):
        return own
    rest = lemma[3:] if lemma.startswith("re-") else lemma[2:]
    return own + patterns.candidates(kind, rest) if len(rest) >= 4 else own


class TriggerFinder:
    """Matches every trigger of a text against its patterns, most specific first."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.rules = knowledge.modality
        self.part_words = knowledge.actors.part_words

    def matches(self, doc: Doc | Span) -> list[Match]:
        patterns = self.knowledge.patterns
        synonyms, cargo = patterns.synonyms, self.rules.cargo_participles
        found: list[Match] = []
        used: dict[int, str] = {}  # token -> root of the pattern whose word it is
        contents: set[int] = set()  # words that only say what an act was about (content_codes)
        whole = doc if isinstance(doc, Doc) else doc.doc
        table = words_of(whole)
        span = range(len(whole)) if doc is whole else range(doc.start, doc.end)
        for kind, pos in (("verb", {"VERB"}), ("noun", {"NOUN", "PROPN"})):
            # The part of speech and lemma are read from plain lists first: most words can be no
            # trigger of this kind, and a spaCy `Token` for each of them was a tenth of coding's cost.
            can_head = pos | {"AUX", "NOUN"} if kind == "verb" else pos  # "be" and ccomp nouns: _copula
            for i in span:
                lemma = table.lemma[i]
                if table.pos[i] not in can_head:
                    continue
                candidates = _candidates(lemma, patterns, kind)
                if not candidates and not (kind == "verb" and self._frame_without_pattern(lemma)):
                    continue  # nothing this word could trigger
                token = whole[i]
                used_root = used.get(i)  # the root of the pattern this word is already a word of
                if (token.pos_ not in pos and not (kind == "verb" and _copula(token))) or (
                    kind == "verb" and used_root is not None and _noun_frame(token, self.rules) is None
                ):
                    continue  # a word of another pattern, unless a noun frames it as a request
                if kind == "noun" and (
                    _topic(token, self.rules.frame_nouns) or _acting_unit(token, self.rules.unit_nouns)
                    or _word_of_a_name(token) or _kind_of_thing(token)
                ):
                    continue
                if kind == "verb" and (
                    _gerund_topic(token) or _sport(token, self.rules.sports_nouns) or _adjective_after(token)
                ):
                    continue
                within: set[str] | None = None
                match = None
                if i in contents:
                    candidates = []  # "signed a trade deal": what was signed, not a second act
                for pattern in candidates:
                    # A noun another pattern used is coded again only as an act of another kind:
                    # "defended the military operation" is a statement and a use of force, while
                    # "imposed sanctions" is one sanction.
                    if used_root is not None and (
                        pattern.code.startswith(used_root) or self._same_kind(pattern.code, used_root)
                    ):
                        break  # "imposed restrictions on imports": one sanction, not a second of the noun
                    if pattern.words:
                        within = _words_under(token, synonyms) if within is None else within
                        if any(map(within.isdisjoint, pattern.words)):
                            continue  # a word it needs is nowhere under the trigger
                    elif used_root is None:
                        # Before the bare verb, read compound nouns by their modifier ("cut gas
                        # supplies" -> cut supply, "asked for a credit line" -> ask for credit).
                        match = self._through_compounds(token, candidates, within)
                    match = match or match_pattern(
                        pattern, token, self.part_words, synonyms=synonyms, cargo=cargo
                    )
                    if match is not None:
                        match = self._doer_kept_out(match, candidates, synonyms, cargo)
                        break
                else:
                    if used_root is None:
                        match = self._through_compounds(token, candidates, within)
                        if match is not None:
                            # "Prime Minister Abiy Ahmed called the apology ...": no call of a minister
                            match = self._doer_kept_out(match, candidates, synonyms, cargo)
                if match is None and kind == "verb" and used_root is None:
                    match = self._refusal(token) or self._bare_appeal(token) or self._weighing(token)
                elif match is not None and self._invited_to_act(match):
                    match = self._bare_appeal(token) or match
                if kind == "verb" and used_root is None and (match is None or not _judges(match)):
                    verdict = self._verdict(token)
                    if verdict is not None:
                        match = verdict
                        contents.update(verdict.used - {i})  # "an abduction": the verdict, no act
                if match is not None:
                    found.append(match)
                    for word in match.used:
                        used.setdefault(word, match.pattern.code[:2])
                    # "called the arrests a provocation": the arrests are the act judged, told before,
                    # not a new act of the judge.
                    if _judges(match):
                        # "called the allegation 'a fantasy'": no new allegation; one its maker is named
                        # for ("calling San José's accusation baseless") was made, and is coded.
                        denial = match.pattern.code.startswith(DENIAL_CODE)
                        contents.update(act.i for act in _judged_acts(match.trigger, self.rules)
                                        if not (denial and _owned_claim(act, self.rules)))
                    if match.pattern.code in self.rules.content_codes:
                        contents.update(match.used - {match.trigger.i})
                        # "signed a deal to supply rice" (or "a deal with Sudan to import cattle", the
                        # infinitive hung on the verb): it says what was signed, too.
                        contents.update(
                            c.i for i in match.used for c in doc[i].children
                            if c.dep_ == ("advcl" if i == match.trigger.i else "acl")
                            and to_infinitive(c)
                        )
        return found

    def _same_kind(self, code: str, root: str) -> bool:
        """Whether two codes are of one quad class: a noun the act's own pattern names ("imposed
        restrictions") is that act, while one a statement is about ("defended the operation") is another."""
        cameo = self.knowledge.cameo
        if code not in cameo or root not in cameo:
            return False
        return cameo.cameo(code).quad_class == cameo.cameo(root).quad_class

    def _doer_kept_out(
        self, match: Match, candidates: list[EventPattern], synonyms: dict[str, str], cargo: frozenset[str]
    ) -> Match | None:
        """A pattern that needed the trigger's own subject for a word ("soldiers had fired" read as firing
        soldiers, 172) gives way to an equally specific one that reads the act without it ("fired on a
        patrol", 190): the doer is no word of its own act."""
        heads = [c for c in match.trigger.children if c.dep_ in SUBJECT_DEPS]
        # The subject with the words before it: "Prime Minister Abiy Ahmed ... called" names a minister too.
        subjects = {t.i for c in heads for t in c.doc[c.left_edge.i : c.i + 1]}
        if subjects.isdisjoint(match.used):
            return match
        later = candidates[candidates.index(match.pattern) + 1:]
        # An equally specific one first; then, when the subject names someone (a role), any: "South
        # Africa's minister welcomed the decision" is no welcome of a minister (043) but the bare
        # "welcome" (051), while "artillery pounded" and "shells landed" are read with their weapon.
        roles, doc = self.knowledge.actors.roles, match.trigger.doc
        doer_words = [doc[i] for i in match.used if i in subjects or doc[i].head.i in subjects]
        someone = any(w.lemma_.lower() in roles or w.ent_type_ == "PERSON" for w in doer_words)
        for pattern in sorted(later, key=lambda p: len(p.words) != len(match.pattern.words)):
            if len(pattern.words) != len(match.pattern.words) and not someone:
                continue
            other = match_pattern(pattern, match.trigger, self.part_words, synonyms=synonyms, cargo=cargo)
            if other is not None and subjects.isdisjoint(other.used):
                return other
        head_a_word = any(c.lemma_.lower() in words
                          for c in heads if c.i in match.used for words in match.pattern.words)
        if not head_a_word and any(doc[i].dep_ in {"compound", "amod"} for i in match.used if i in subjects):
            # "an Italian air force tanker had flown 74 Italians": a word of the doer's name is no word of
            # its act (but "a suicide bomber struck": the doer the pattern names is)
            return None
        # "Colombia's president called Ecuadorian prisons 'concentration camps'": with no other reading, a
        # pattern that took the doer for its object ("call president", a phone call) reads nothing, unless
        # an object names someone too ("Mauritania's president received Morocco's foreign minister", "both
        # armies have moved in thousands of soldiers").
        objects = [c for c in match.trigger.children if c.dep_ in {"dobj", "dative", "prep"}]
        named = any(o.ent_type_ in PEOPLE_ENTITIES or (o.tag_ == "PRP" and o.lower_ not in {"it", "itself"})
                    for o in objects) or any(
            self.knowledge.actors.names_party(t.lemma_) for o in objects for t in o.subtree)
        return None if someone and not named else match

    def _bare_row(self, verb: str) -> EventPattern | None:
        """The verb's pattern with no words ("refuse", "urge", "criticize"): what an act read from its frame
        rather than its words is coded as."""
        return next((p for p in self.knowledge.patterns.candidates("verb", verb) if not p.words), None)

    def _frame_without_pattern(self, lemma: str) -> bool:
        """Verbs read as an act by their frame alone (`_refusal`, `_bare_appeal`)."""
        return lemma in self.rules.refusing_negations or self.rules.frame_verbs.get(lemma) == "appeal"

    def _refusal(self, token: Token) -> Match | None:
        """A negated verb of permission is a refusal: "would not allow a vessel to dock" reads as the
        bare "refuse" pattern, with the verb itself as trigger."""
        if token.lemma_.lower() not in self.rules.refusing_negations or not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in token.children
        ):
            return None
        bare = self._bare_row("refuse")
        return Match(bare, token, {token.i}, None, refusal=True) if bare is not None else None

    def _verdict(self, token: Token) -> Match | None:
        """A verdict verb with an earlier act for object and the verdict as a second complement ("called
        the ban regrettable", "described the move as an affront") criticises the act's doer (the bare
        "criticize" row), or praises it when the verdict approves ("called the move a positive step").
        The words of a verdict are open-ended; who judges what act is not."""
        if token.lemma_.lower() == "be":
            return self._quoted_verdict(token)
        if token.lemma_.lower() not in self.rules.verdict_verbs:
            return None
        judged = _judged_acts(token, self.rules)
        if not judged:
            return self._verdict_in_one_phrase(token)
        # The verdict: a second complement ("called the ban regrettable"), an "as" phrase ("described the
        # move as an affront"), or set beside the act by the parse ("called the detention 'an abduction'",
        # "called the claim 'absurd'" with the verdict after the act as its modifier).
        verdicts = [c for c in token.children if c.dep_ in {"oprd", "ccomp", "xcomp"}] + [
            o for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for o in objects_of(c)
        ] + [
            c for act in judged for c in act.children
            if c.dep_ == "appos" or (c.dep_ == "amod" and c.i > act.i)
        ] + quoted_verdict_objects(token) + [
            # "called his arrest 'hostage diplomacy'", read as the verdict owning the act
            c for c in token.children if c.dep_ == "dobj" and any(a in judged for a in c.children)
        ]
        verdicts = verdicts or _quoted_after(token, judged)
        if not verdicts:
            return None
        return self._judging(token, verdicts, judged)

    def _verdict_in_one_phrase(self, verb: Token) -> Match | None:
        """"called the warning 'blackmail' hours later", parsed as one phrase with no object: an earlier act
        named right before a quoted word, both inside the verb's own phrase, is judged by it."""
        doc = verb.doc
        words = [t for c in verb.children if c.dep_ not in CLAUSE_CHILDREN and c.i > verb.i
                 for t in c.subtree]
        acts = (t for t in words if t.lemma_.lower() in self.rules.anaphoric_act_nouns and t.i > 0
                and doc[t.i - 1].lower_ in {"the", "this", "that"})
        for act in acts:
            verdict = next((t for t in words if act.i < t.i <= act.i + 3 and 0 < t.i < len(doc) - 1
                            and doc[t.i - 1].text in QUOTE_MARKS and doc[t.i + 1].text in QUOTE_MARKS), None)
            if verdict is not None:
                return self._judging(verb, [verdict], [act])
        return None

    def _quoted_verdict(self, copula: Token) -> Match | None:
        """ "said the expulsion was 'a hostile step'": an earlier act as subject of "be" and a quoted
        verdict as its complement judge the act as a verdict verb would. The quote marks keep out plain
        descriptions ("said the move was temporary")."""
        judged = _judged_acts(copula, self.rules)
        if copula.dep_ != "ccomp" or not judged:
            return None
        verdicts = [
            c for c in copula.children
            if c.dep_ in {"attr", "acomp"} and _quoted(c)
        ]
        return self._judging(copula, verdicts, judged) if verdicts else None

    def _judging(self, token: Token, verdicts: list[Token], judged: list[Token]) -> Match | None:
        """The criticism, or praise when the verdict approves, that a verdict on an act amounts to; a
        verdict on a claim ("called the claim 'absurd'", "called the report 'disinformation'"), or one that
        calls it untrue ("called the minister's remarks 'lies'"), denies it."""
        words = {w.lemma_.lower() for v in verdicts for w in v.subtree}
        if words & self.rules.approving_verdicts:
            row = "praise"
        elif words & self.rules.untrue_verdicts or any(
            j.lemma_.lower() in self.rules.claim_nouns for j in judged
        ):
            row = "deny"
        else:
            row = "criticize"
        bare = self._bare_row(row)
        used = {token.i} | {w.i for v in verdicts for w in v.subtree}
        return Match(bare, token, used, None) if bare is not None else None

    def _bare_appeal(self, token: Token) -> Match | None:
        """A verb of appeal (modality.yaml) with an addressee and an infinitive ("pressed Israeli
        officials to allow fuel in", "pleaded with Santo Domingo to stop") is an appeal even when the
        act asked for has no pattern: it reads as the bare "urge" row. An act that has one is coded as
        the appeal for it, and this bare frame is then dropped like any other."""
        if self.rules.frame_verbs.get(token.lemma_.lower()) != "appeal":
            return None
        addressees = [c for c in token.children if c.dep_ in {"dobj", "dative"}] + [
            o for c in token.children if c.dep_ == "prep" and c.lower_ in {"with", "on", "upon"}
            for o in objects_of(c)
        ]
        # Someone the text can name: a pronoun, a phrase with a name in it ("Israeli officials"), or an
        # office or a party named by its relation ("asked his host", "urged the minister"), not "asked
        # reporters to leave".
        roles, offices = self.knowledge.actors.roles, self.rules.office_sectors
        addressed = any(
            a.pos_ == "PRON" or a.lemma_.lower() in PARTY_WORDS
            or ((role := roles.get(a.lemma_.lower())) is not None and role.sector in offices)
            or any(w.ent_type_ in NAMED_ENTITIES for w in a.subtree) for a in addressees
        )
        asked = any(
            c.dep_ in {"xcomp", "advcl"} and to_infinitive(c)
            for c in token.children
        )
        if not (addressed and asked):
            return None
        bare = self._bare_row("urge")
        return Match(bare, token, {token.i}, None) if bare is not None else None

    def _invited_to_act(self, match: Match) -> bool:
        """ "invited the Czech Republic to connect its stations": the bare "invite" row (an offer to meet)
        does not fit an invitation to do something else."""
        verb = match.trigger
        if match.pattern.words or verb.lemma_ not in self.rules.inviting_words:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            return False  # "invited him to Baku to sign the treaty": to come, first
        return any(
            c.dep_ in {"xcomp", "advcl"} and c.lemma_ not in self.rules.coming_verbs
            and to_infinitive(c)
            for c in verb.children
        )

    def _weighing(self, token: Token) -> Match | None:
        """A verb that weighs a step with a "whether" clause ("is studying whether to ask Australia to
        reopen talks", "discussed whether to suspend exports") considers it: the bare "consider" row."""
        if token.lemma_.lower() not in self.rules.considering_verbs:
            return None
        weighed = any(
            c.dep_ in {"xcomp", "ccomp", "advcl"} and any(m.lower_ == "whether" for m in c.children)
            for c in token.children
        )
        bare = self._bare_row("consider") if weighed else None
        return Match(bare, token, {token.i}, None) if bare is not None else None

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
