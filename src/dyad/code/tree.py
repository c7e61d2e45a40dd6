"""Readings of the dependency parse that the trigger, actor and clause rules all share.

They live apart so that those modules depend on this one and never on each other for a word of syntax.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "csubj"}


def objects_of(preposition: Token) -> list[Token]:
    """The objects of a preposition, nouns ("on Venezuela") or clauses ("by expelling")."""
    return [c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}]


def is_passive(verb: Token) -> bool:
    """Whether the verb has a passive auxiliary of its own ("was freed", "after being convicted")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is marked as an infinitive by "to" ("to extradite", "ready to discuss")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def governing_verb(token: Token) -> Token | None:
    """The verb a noun hangs from, through prepositions, conjunctions and compounds ("imposed sanctions on
    imports of steel" -> imposed)."""
    current = token
    for _ in range(4):
        parent = current.head
        if parent.i == current.i:
            return None
        if parent.pos_ in {"VERB", "AUX"}:
            above = parent.head.head
            channel = current.dep_ == "prep" and current.lower_ in {"in", "during", "over"}
            reason = parent.dep_ == "pcomp" and parent.head.lower_ == "for"
            if channel and reason and above.pos_ in {"VERB", "AUX"}:
                return above  # "thanked Lavrov for closing a painful chapter in a telephone call": the thanks
            return parent
        if current.dep_ not in {"pobj", "prep", "conj", "compound"}:
            return None
        current = parent
    return None


def by_phrases(noun: Token) -> list[Token]:
    """The "by" phrases naming who did the act a noun names: "strikes by Israel", and "the detention of a
    journalist by Tajik border guards", where the parse may hang "by" on the one acted upon."""
    found = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        found += [c for o in objects_of(of) for c in o.children if c.dep_ == "prep" and c.lower_ == "by"]
    return found


THING_PRONOUN_NUMBERS = {"it": "NN", "them": "NNS"}
ANTECEDENT_DEPS = {"dobj", "nsubjpass"}
NAMING_DEPS = {"oprd", "attr", "xcomp", "ccomp"}  # "calling it 'a gesture'": a verdict on it, no act


def antecedent(pronoun: Token) -> Token | None:
    """The noun an object pronoun names again: "reopened the crossing ... eight days after closing it" ->
    crossing; "restored relations a year after breaking them off" -> relations. The nearest noun before
    it (this sentence or the one before) that is an object (or a passive subject) and agrees in number."""
    tag = THING_PRONOUN_NUMBERS.get(pronoun.lower_)
    if tag is None or pronoun.dep_ != "dobj" or any(c.dep_ in NAMING_DEPS for c in pronoun.head.children):
        return None
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if token.pos_ == "NOUN" and token.tag_ == tag and token.dep_ in ANTECEDENT_DEPS:
            return token
    return None
