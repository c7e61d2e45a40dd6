"""Targets of reactions that answer an act told before them.

News tells an act and then the answer to it: "Burundi accused Rwanda of training rebels. Kigali rejected
the charge"; "Ottawa imposed sanctions on Nicaraguan officials, and Managua called the move meddling";
"Serbian police arrested a Bosnian lawmaker. Sarajevo lodged a formal protest". The answer names no
target of its own; it is aimed at whoever did the act it answers. These rules run after every trigger has
been coded, since the answered act is another coded event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dyad.knowledge.modality import ModalityRules
from dyad.records import Actor, Event

POINTING_DETERMINERS = {"the", "this", "that", "these", "those", "such"}
PERSON_OWNERS = {"his", "her", "their"}  # "his arrest": the one it was done to
THING_PRONOUNS = {"it", "this", "that"}
QUOTE_MARKS = {"'", '"', "‘", "’", "“", "”"}
REQUEST_ROOT = "02"  # CAMEO: appeals and requests, which are made to someone
REFERRING_DEPS = {"dobj", "nsubjpass", "attr"}
SENTENCES_BACK = 2  # how far back an answered act may be told
NAMED_SENTENCES_BACK = 4  # how far back an act named again ("the threat") may be told
DENIAL_CODE = "016"  # CAMEO: deny responsibility, which answers an accusation
ACCUSATION_CODE = "112"  # CAMEO: accuse (the sets' code for a contested report too)
WORDS_ABOUT_ACTS = ("01", "02", "051", "11")  # comments, appeals, praise, criticism: no "move" of their own


def with_answered_targets(
    doc: Doc, coded: list[tuple[int, Event]], rules: ModalityRules
) -> list[tuple[int, Event]]:
    """Each targetless event that answers an earlier act, aimed at that act's doers (one event per doer)."""
    result: list[tuple[int, Event]] = []
    sentence_at = sentence_numbers(doc)
    for i, event in coded:
        own = event.source.country
        aimed = event.target is not None and event.target.country
        aimed = aimed and not _guessed_answer(doc[i], event, rules)
        if own is None or aimed or _residue(doc, i, event, coded):
            result.append((i, event))
            continue
        named = [(j, e) for j, e in coded if j < i and near(doc, sentence_at, j, i, NAMED_SENTENCES_BACK)]
        earlier = [(j, e) for j, e in named if near(doc, sentence_at, j, i, SENTENCES_BACK)]
        doers = (
            _doers_of_object(doc[i], own, coded)
            or _referred_doers(doc[i], own, named, rules) or _provokers(event, own, earlier, rules)
            or _counterparts(doc[i], event, own, earlier, rules) or _appealers(event, own, named, rules)
            or _accusers(doc, i, event, own, coded, earlier) or _aided_before(event, own, earlier, rules)
        )
        if not doers:
            result.append((i, event))  # keeps a guessed target when no answered act is found
            continue
        result.extend((i, replace(event, target=doer, id="")) for doer in doers)
    return result


def _doers_of_object(trigger: Token, own: str, coded: list[tuple[int, Event]]) -> list[Actor]:
    """ "denounced the joint air drills of South Korea and the United States": an object that is itself a
    coded act is aimed at by the answer through its doers (other than the answerer's own country)."""
    objects = {c.i for c in referring_words(trigger)}
    chosen: dict[str, Actor] = {}
    for j, e in coded:
        if j in objects and e.source.country and e.source.country != own:
            chosen.setdefault(e.source.country, e.source)
    return list(chosen.values())


def _guessed_answer(trigger: Token, event: Event, rules: ModalityRules) -> bool:
    """ "called the detention an abduction and said it would raise it in Brussels": an answer to an earlier
    act whose target was only guessed from a country its sentence names, or is the speaker's own people
    ("called the expulsion 'a hostile act against the Serbian people'"), is aimed at that act's doer."""
    return (
        event.target is not None
        and (event.target.inferred or event.target.country == event.source.country)
        and answers_earlier_act(trigger, rules)
    )


def _residue(doc: Doc, i: int, event: Event, coded: list[tuple[int, Event]]) -> bool:
    """ "rejecting accusations made by Burundi's president": the same act by the same doer, with a target,
    coded from another word of the sentence; what is left of it is no second act to aim."""
    sentence = doc[i].sent
    return any(
        j != i and sentence.start <= j < sentence.end and e.source.country == event.source.country
        and e.cameo.root == event.cameo.root and e.target is not None and e.target.country
        for j, e in coded
    )


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """Each sentence's start token -> its number in the document, for `near`."""
    return {s.start: n for n, s in enumerate(doc.sents)}


def near(doc: Doc, sentence_at: dict[int, int], earlier: int, later: int, back: int) -> bool:
    """The earlier token is in the same sentence as the later one or at most `back` sentences before it."""
    return sentence_at[doc[later].sent.start] - sentence_at[doc[earlier].sent.start] <= back


def _referred_doers(
    trigger: Token, own: str, earlier: list[tuple[int, Event]], rules: ModalityRules
) -> list[Actor]:
    """ "rejected the charge", "called the move meddling": the object points back to an act; its doers
    are those of the last act told by another country."""
    if not answers_earlier_act(trigger, rules):
        return []
    others = [(j, e) for j, e in earlier if e.source.country and e.source.country != own]
    # "the demand" names the kind of act it answers: the last of that kind, when there is one.
    kinds = {root for w in referring_words(trigger) if names_earlier_act(w, rules)
             for root in rules.act_noun_roots.get(w.lemma_.lower(), "").split()}
    others = [(j, e) for j, e in others if e.cameo.root in kinds] or others
    if any(w.lemma_.lower() in rules.decision_nouns for w in referring_words(trigger)):
        # "Washington lifted its embargo ... Nicosia thanked the administration ... Ankara condemned the
        # move": a move is something done, not the words or thanks said about it
        others = [(j, e) for j, e in others if not e.cameo.code.startswith(WORDS_ABOUT_ACTS)] or others
    # "blocked a British-drafted statement that would have condemned strikes by Myanmar's military ...
    # Britain's ambassador called the move shameful": an act done to the answerer's country comes first.
    return _doers_of_last([(j, e) for j, e in others if e.target and e.target.country == own] or others)


def _provokers(event: Event, own: str, earlier: list[tuple[int, Event]], rules: ModalityRules) -> list[Actor]:
    """ "Sarajevo lodged a protest" after a Serbian arrest of a Bosnian: a reaction answers the last act
    done to its doer's country by another."""
    if not event.cameo.code.startswith(rules.reaction_roots):
        return []
    done_to = [
        (j, e) for j, e in earlier
        if e.target is not None and e.target.country == own and e.source.country and e.source.country != own
    ]
    return _doers_of_last(done_to)


def _accusers(
    doc: Doc, i: int, event: Event, own: str, coded: list[tuple[int, Event]], earlier: list[tuple[int, Event]]
) -> list[Actor]:
    """ "Argentina denied on Monday that it was blocking the plan, a day after Uruguay's foreign minister
    accused Buenos Aires": a denial answers the last accusation against its doer, told before it or later
    in its own sentence."""
    if not event.cameo.code.startswith(DENIAL_CODE):
        return []
    sentence = doc[i].sent
    told = earlier + [(j, e) for j, e in coded if i < j < sentence.end]
    return _doers_of_last([
        (j, e) for j, e in told if e.cameo.code.startswith(ACCUSATION_CODE) and e.target is not None
        and e.target.country == own and e.source.country and e.source.country != own
    ])


def refused_askers(
    doc: Doc, i: int, own: str, topics: set[str], coded: list[tuple[int, Event]], rules: ModalityRules
) -> list[Actor]:
    """ "Türkiye gave Kyrgyzstan 30 days to hand over the schools ... Kyrgyzstan replied that the schools
    would stay as they are": the doers of the last threat or demand aimed at the replier's country whose
    sentence names what the reply is about (a reply that only threatens back refuses nothing)."""
    topical = [(j, e) for j, e in coded if any(t.lemma_ in topics for t in doc[j].sent)]
    return answered_doers(doc, i, own, topical, rules.refused_roots)


def answered_doers(
    doc: Doc, i: int, own: str, coded: list[tuple[int, Event]], codes: tuple[str, ...]
) -> list[Actor]:
    """ "Ankara accused Athens of violating its airspace. Athens replied that ...": the doers of the last act
    of one of `codes` (prefixes) aimed at the replier's country by another, told shortly before."""
    sentence_at = sentence_numbers(doc)
    return _doers_of_last([
        (j, e) for j, e in coded
        if j < i and near(doc, sentence_at, j, i, SENTENCES_BACK) and e.cameo.code.startswith(codes)
        and e.target is not None and e.target.country == own and e.source.country not in {None, own}
    ])


def _appealers(event: Event, own: str, earlier: list[tuple[int, Event]], rules: ModalityRules) -> list[Actor]:
    """ "Haiti's electoral council appealed to foreign donors for $90 million ... Mexico said it would
    donate 2,000 ballot boxes": aid to no one named goes to whoever last appealed for aid."""
    if not event.cameo.code.startswith(rules.aid_codes):
        return []
    return _doers_of_last([(j, e) for j, e in earlier if e.cameo.code.startswith(rules.aid_appeal_codes)
                           and e.source.country and e.source.country != own])


def _aided_before(
    event: Event, own: str, earlier: list[tuple[int, Event]], rules: ModalityRules
) -> list[Actor]:
    """ "German army specialists arrived in Damascus ... The Netherlands flew in detection equipment the same
    day": aid to no one named goes where the last aid from another state went."""
    if not event.cameo.code.startswith(rules.aid_codes):
        return []
    return _last_actors([(j, e.target) for j, e in earlier if e.cameo.code.startswith(rules.aid_codes)
                         and e.source.country not in {None, own} and e.target is not None
                         and e.target.country not in {None, own}])


def _counterparts(
    trigger: Token, event: Event, own: str, earlier: list[tuple[int, Event]], rules: ModalityRules
) -> list[Actor]:
    """ "Venezuela warned Guyana ... and sent two frigates to patrol the area", "Peru asked Brazil for
    aircraft. Brasilia said it would dispatch two tankers": an act a verb tells that names no one goes on
    with the last exchange its doer took part in, and is aimed at the other party of it. Not acts done at
    home (`lone_country_exempt`: curfews, repression, declining to comment), nor visits, which go where
    they go (`place_target_codes`)."""
    request = event.cameo.root == REQUEST_ROOT
    owned_request = request and any(c.dep_ == "poss" for c in trigger.children)
    if (trigger.pos_ not in {"VERB", "AUX"} and not owned_request) or event.cameo.code.startswith(
        rules.lone_country_exempt + rules.place_target_codes
    ):
        return []  # a noun names an act only when someone owns it ("Sofia's request")
    if event.source.sector is not None and event.source.sector not in rules.office_sectors:
        return []  # "Beledweyne, which al-Shabaab overran": rebels are no party to their state's talks
    if not request and any(c.dep_ == "dobj" and c.lower_ in THING_PRONOUNS for c in trigger.children):
        # "called it 'recycled fiction'": aimed at a thing the text names, not at a party; but "Kigali,
        # which requested it": a request is made to someone
        return []
    parties: list[tuple[int, Actor]] = []
    for j, e in earlier:
        if e.source.country == own:
            other = e.target
        else:
            other = e.source if e.target and e.target.country == own else None
        if other is not None and other.country and other.country != own:
            parties.append((j, other))
    return _last_actors(parties)


def _doers_of_last(events: list[tuple[int, Event]]) -> list[Actor]:
    """The doers (one per country) of the last trigger among `events`, marked as taken from the context."""
    return _last_actors([(j, e.source) for j, e in events])


def _last_actors(actors: list[tuple[int, Actor]]) -> list[Actor]:
    """The actors (one per country) of the last trigger among `actors`, marked as taken from the context."""
    if not actors:
        return []
    last = max(j for j, _ in actors)
    chosen: dict[str, Actor] = {}
    for j, a in actors:
        if j == last and a.country:
            chosen.setdefault(a.country, Actor(text=a.text, name=a.name, country=a.country, sector=a.sector,
                                               inferred=True))
    return list(chosen.values())


def answers_earlier_act(trigger: Token, rules: ModalityRules) -> bool:
    """Whether the trigger's object points back to an act told before ("rejected the charge")."""
    return any(names_earlier_act(c, rules) for c in referring_words(trigger))


def referring_words(trigger: Token) -> list[Token]:
    """The words that may name the act a trigger answers: its object, or a noun under its verdict."""
    return [c for c in trigger.children if c.dep_ in REFERRING_DEPS] + nouns_under_verdict(trigger)


def nouns_under_verdict(verb: Token) -> list[Token]:
    """Nouns the parse hangs under a verdict, where the judged act may stand: "called the threat
    'unacceptable'" ("threat" modifies "unacceptable"), "called the report 'disinformation'" (the quote
    marks make the verdict the object)."""
    return [
        o for c in verb.children if c.dep_ == "oprd" for o in c.children if o.dep_ in {"nmod", "nsubj"}
    ] + [o for c in quoted_verdict_objects(verb) for o in c.children if o.dep_ == "nmod"] + [
        # "called the seizure 'a violation of international law'": the opening quote read as a possessive
        o for c in verb.children if c.dep_ == "dobj" for o in c.children
        if o.dep_ in {"nmod", "poss"} and o.i < c.i
        and any(t.text in QUOTE_MARKS for t in c.doc[o.i + 1 : c.i])
    ]


def quoted_verdict_objects(verb: Token) -> list[Token]:
    """ "called the report 'disinformation'": a quoted verdict the parse makes the object, with the judged
    act hanging under it."""
    return [
        c for c in verb.children
        if c.dep_ == "dobj" and 0 < c.i < len(c.doc) - 1 and c.nbor(-1).text in QUOTE_MARKS
        and c.nbor(1).text in QUOTE_MARKS and any(o.dep_ == "nmod" for o in c.children)
    ]


def names_earlier_act(noun: Token, rules: ModalityRules) -> bool:
    """A definite act noun with no owner of its own: "the charge", "this move" (not "Kenya's charge")."""
    lemma = noun.lemma_.lower()
    # "called the warning 'blackmail'": the parse may give the determiner to the quoted verdict.
    borrowed = [c for c in noun.head.children if c.dep_ == "det" and c.i < noun.i and noun.dep_ == "nmod"]
    return (
        lemma in rules.anaphoric_act_nouns
        and any(
            (c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS)
            or (c.dep_ == "poss" and c.lower_ in PERSON_OWNERS and lemma in rules.patient_act_nouns)
            for c in [*noun.children, *borrowed]
        )
        and not any(c.dep_ in {"poss", "compound", "amod"} and c.pos_ == "PROPN" for c in noun.children)
        and not any(c.dep_ == "prep" and c.lower_ in {"of", "by", "from"} for c in noun.children)
    )
