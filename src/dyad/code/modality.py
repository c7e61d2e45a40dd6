"""Did the act happen? Reading negation, conditionals, the future and the verb that frames an act.

"did not meet" is negated; "if they attacked" hypothetical; "will meet" and "plans to visit" planned;
"threatened to strike", "said it would strike", "urged X to withdraw" are planned acts inside a statement
frame, and the statement itself (a threat, an intent, an appeal) is the event that happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyad.code.tree import to_infinitive
from dyad.knowledge.modality import ModalityRules
from dyad.parse.nlp import words_of
from dyad.resolve.times import joined_to_plan

# How an act's clause hangs from the clause above it, for the dependencies a frame or negation crosses.
COMPLEMENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "conj", "attr", "nsubj"}
# Phrases that only place an act in time or space: "failed to agree at talks" does not cancel the talks.
ADJUNCT_PREPOSITIONS = {"at", "during", "after", "before", "since", "amid", "following", "despite"}
SUBJECTS = {"nsubj", "nsubjpass"}
PROCEEDING_VERBS = {"go", "proceed", "press", "push", "move", "forge"}  # "went ahead with buying": the buying


@dataclass(slots=True)
class Status:
    modality: str  # asserted, negated, hypothetical, planned
    frame: Token | None = None  # the verb that frames a planned act ("threatened", "urged", "said")
    frame_kind: str | None = None  # threat, intent, appeal, advice ("should"), none
    reported_by: Token | None = None  # the speech verb of reported speech ("X said Y attacked Z")
    tense: str = "past"


def tense_of(verb: Token, rules: ModalityRules) -> str:
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
        return tense_of(verb.head, rules)  # "began transferring water on Monday": when it began
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & rules.future_modals:
        return "future"
    if verb.tag_ in {"VBD", "VBN"} or auxiliaries & {"had", "has", "have", "did", "was", "were"}:
        return "past"
    if verb.tag_ in {"VBZ", "VBP", "VBG"} or auxiliaries & {"is", "are", "am"}:
        return "present"
    return "past"


def _own_modality(verb: Token, rules: ModalityRules) -> str:
    """The verb's own status; "possible" (could, might) becomes a threat inside a statement frame
    ("warned it could impose duties") and hypothetical outside one."""
    negated = hypothetical = planned = possible = perfect = habitual = False
    for child in verb.children:
        lower = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and lower in {"never", "not"}):
            negated = True
        elif lower in {"nor", "neither"} and child.i < verb.i and child.i == child.sent.start:
            negated = True  # "Nor has Oslo summoned Russia's ambassador": inverted, the clause is denied
        elif child.dep_ in SUBJECTS and {"neither", "nor"} <= {w.lower_ for w in child.children}:
            negated = True  # "Neither Chad nor Cameroon has congratulated him": denied of every subject
        elif child.dep_ in {"aux", "auxpass"}:
            if lower in rules.future_modals or child.lemma_ in rules.future_modals:
                planned = True
            elif lower in rules.hypothetical_modals:
                possible = True
            elif child.lemma_ == "have":
                perfect = True
        elif child.dep_ == "mark" and lower in rules.hypothetical_marks:
            hypothetical = True
        elif child.dep_ == "mark" and verb.tag_ in {"VBZ", "VBP"} and (
            lower in rules.future_temporal_marks or (lower == "as" and verb.head.lower_ == "soon")
        ):
            # "until Ankara withdraws", "as soon as both capitals agree": a present tense there speaks of
            # what is to come
            hypothetical = True
        elif child.dep_ == "advmod" and lower in rules.habitual_adverbs:
            habitual = True
        elif child.dep_ == "advmod" and lower in rules.hedges:
            hypothetical = True
    if negated and _done_unless(verb):
        return "asserted"  # "would have run out of currency had Japan not released a loan": it did
    # "Should Russia cut supplies, ...": the condition is supposed, not a possibility a frame makes a threat.
    hypothetical = hypothetical or _opened_by_condition(verb, rules) or _inverted_condition(verb, rules)
    # "the electricity it sells to Lebanon": a relative clause in the simple present tells a standing state.
    habitual = habitual or (verb.dep_ == "relcl" and simple_present(verb))
    negated = negated and verb.lemma_ not in rules.litotes_verbs  # "would not hesitate to strike"
    # "has held no talks", "received no request": an object no one made is no act.
    negated = negated or any(
        c.dep_ == "dobj" and rules.generic_determiners.get(det.lower_) == "negated"
        for c in verb.children for det in c.children if det.dep_ == "det"
    )
    generic = _generic(verb, rules)
    if negated or generic == "negated":
        return "negated"
    counterfactual = perfect and any(
        c.dep_ == "aux" and c.lower_ in rules.counterfactual_modals for c in verb.children
    )
    if hypothetical or generic == "hypothetical" or counterfactual:
        # "could have shipped 200,000 tonnes had transit not been suspended", "would have had to ration":
        # a modal perfect tells what did not happen
        return "hypothetical"
    if planned:
        return "planned"
    if possible:
        return "possible"
    if habitual and (perfect or verb.tag_ in {"VBZ", "VBP"}):
        return "habitual"
    return "asserted"


def simple_present(verb: Token) -> bool:
    """ "exports", "sells": a simple present with no auxiliary, which tells a standing state."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _noun_frame(clause: Token, rules: ModalityRules) -> Token | None:
    """The framing noun `clause` is the infinitive of: "request to extradite", "threat to strike"; also
    when the parse hangs the infinitive on the verb whose object the noun is ("gave the junta a 72-hour
    ultimatum on Friday to let him leave")."""
    if not to_infinitive(clause):
        return None
    parent = clause.head
    if clause.dep_ == "acl" and parent.pos_ == "NOUN" and parent.lemma_ in rules.frame_nouns:
        return parent
    if clause.dep_ == "advcl" and parent.pos_ in {"VERB", "AUX"}:
        return next((o for o in parent.children if o.dep_ == "dobj" and o.i < clause.i and o.pos_ == "NOUN"
                     and o.lemma_ in rules.frame_nouns), None)
    return None


def _framing_noun_modality(noun: Token, rules: ModalityRules) -> str:
    """A request or offer that was made frames a planned act; "received no request to extradite him"
    says none was made."""
    for det in noun.children:
        if det.dep_ == "det" and det.lower_ in rules.generic_determiners:
            return rules.generic_determiners[det.lower_]
    return "planned"


def _opened_by_condition(verb: Token, rules: ModalityRules) -> bool:
    """Whether the words just before the verb's clause are a conditional phrase ("in case they cross")."""
    start = verb.left_edge.i
    lower = words_of(verb.doc).lower
    for phrase in rules.hypothetical_phrases:
        if start >= len(phrase) and tuple(lower[start - len(phrase) : start]) == phrase:
            return True
        # The parse may hang the phrase on the clause itself: "in" a dependent of "closes".
        if start < verb.i and tuple(lower[start : start + len(phrase)]) == phrase:
            return True
    return False


def _auxiliaries_before_subject(verb: Token) -> set[str]:
    """The auxiliaries standing before the clause's subject, as in an inverted condition ("Should the truce
    collapse", "had India not extended"); none when the clause has no subject."""
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects:
        return set()
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < min(subjects)}


def _done_unless(verb: Token) -> bool:
    """ "had the Armed Forces of Malta not rescued the crew": a negated past condition, inverted, says what
    would have happened without an act that did happen."""
    return "had" in _auxiliaries_before_subject(verb) and any(c.dep_ == "neg" for c in verb.children)


def _inverted_condition(verb: Token, rules: ModalityRules) -> bool:
    """ "Should the truce collapse": an auxiliary of condition standing before the clause's subject."""
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS]
    if subjects and verb.lower_ in rules.inverted_conditionals and verb.i < min(subjects):
        return True  # "Were the border to reopen": the auxiliary heads its clause
    return not _auxiliaries_before_subject(verb).isdisjoint(rules.inverted_conditionals)


def conditional_consequence(verb: Token, rules: ModalityRules) -> bool:
    """Whether the verb says what would happen under a condition: "Should the truce collapse, Qatar would
    resume mediation", "if the ceasefire holds, Norway would (or might) host talks". Hostile ones are
    threats; the caller decides."""
    modals = set(rules.future_modals) | set(rules.hypothetical_modals)
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return False
    if _inverted_condition(verb, rules):
        return True  # the parser hung the inverted auxiliary on the main verb
    # "would ask Australia to send troops if the fighting spread": the parse may hang the condition on the
    # infinitive the verb governs.
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(
        c.dep_ == "advcl" and (
            any(m.dep_ == "mark" and m.lower_ in rules.hypothetical_marks for m in c.children)
            or _inverted_condition(c, rules)
        )
        for clause in clauses for c in clause.children
    )


def _generic(verb: Token, rules: ModalityRules) -> str | None:
    """The modality a generic doer gives its act: "any drone entering", "no country recognised"."""
    doers = [c for c in verb.children if c.dep_ in SUBJECTS]
    if verb.dep_ in {"acl", "relcl"}:
        doers.append(verb.head)  # "any ship entering its waters", "any drone that enters"
    for doer in doers:
        if doer.lower_ in rules.negating_subjects:
            return "negated"  # "none of its ministers would attend"
        for det in doer.children:
            if det.dep_ == "det" and det.lower_ in rules.generic_determiners:
                return rules.generic_determiners[det.lower_]
    return None


def denied_by_doer(verb: Token, rules: ModalityRules) -> bool:
    """ "no Turkish minister would attend", "none of its ministers would attend": the doer says no."""
    return _generic(verb, rules) == "negated"


def negates(verb: Token, rules: ModalityRules) -> bool:
    """A verb that refuses what it governs: "rejected", "ruled out", "turned down"."""
    if verb.lemma_ in rules.negating_verbs:
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any((verb.lemma_, p) in rules.negating_phrasal for p in particles)


def status_of(anchor: Token, rules: ModalityRules) -> Status:
    """The status of the act whose clause is headed by `anchor` (a verb, or an event noun without verb)."""
    if anchor.pos_ in {"VERB", "AUX"}:
        modality = "negated" if _negated_alternative(anchor, rules) else _own_modality(anchor, rules)
        modality = _joined_modal(anchor, rules) or modality
    elif any(c.dep_ == "amod" and c.lower_ in rules.hedges for c in anchor.children):
        modality = "hypothetical"  # "the reported execution", "a proposed summit"
    elif determiner := next(
        (c.lower_ for c in anchor.children if c.dep_ == "det" and c.lower_ in rules.generic_determiners), None
    ):
        modality = rules.generic_determiners[determiner]  # "any attack on its territory"
    else:
        modality = "asserted"
    status = Status(modality=modality, tense=tense_of(anchor, rules))
    if status.modality == "planned":
        status.tense = "future"
    _climb(anchor, status, rules)
    if status.modality == "possible":
        status.modality = "hypothetical"
    return status


def _negated_alternative(verb: Token, rules: ModalityRules) -> bool:
    """ "did not board or seize the freighter": a verb joined by "or" to a negated verb, with no subject
    of its own, is negated too (not A or B is neither); after "but" or "and" it stands on its own."""
    head = verb.head
    return (
        verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in SUBJECTS for c in verb.children)
        and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.children)
        and _own_modality(head, rules) == "negated"
    )


def _joined_modal(verb: Token, rules: ModalityRules) -> str | None:
    """ "would 'board, inspect and expel' any vessel": a verb joined to a modal one, with no subject,
    auxiliary or tense of its own, is under the same modal (planned, possible or supposed, never done)."""
    if verb.dep_ != "conj" or verb.tag_ in {"VBD", "VBN", "VBZ", "VBP", "VBG"}:
        return None
    if any(c.dep_ in SUBJECTS | {"aux", "auxpass"} for c in verb.children):
        return None
    head = verb.head
    while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}:
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    shared = _own_modality(head, rules)
    return shared if shared in {"planned", "possible", "hypothetical"} else None


def _told_before(clause: Token) -> bool:
    """ "would shoot down any drone, a day after Pyongyang accused Seoul": a past-tense clause of time
    after "after" or "since" tells what already happened, whatever the clause it hangs on plans; and "X
    summoned the ambassador and said ...; its secretary asked Y": a clause the parse hangs across a
    semicolon is a sentence of its own."""
    first, last = sorted((clause.i, clause.head.i))
    across_semicolon = clause.dep_ == "ccomp" and any(t.text == ";" for t in clause.doc[first:last])
    return across_semicolon or (
        clause.dep_ == "advcl" and clause.tag_ in {"VBD", "VBN"}
        and any(c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in clause.children)
    )


def _climb(anchor: Token, status: Status, rules: ModalityRules) -> None:
    """Read the clauses above the act: negating verbs, conditionals, frames, reported speech."""
    current = anchor
    for _ in range(8):  # a sentence nests few clauses; the bound only guards against odd parses
        parent = current.head
        if (noun := _noun_frame(current, rules)) is not None:
            # "renewed its request to India to extradite X", "an offer to mediate": the noun frames the
            # act as the verb would ("requested India to extradite"), and what that act names with it
            # ("a proposal to mount joint patrols").
            status.modality = _framing_noun_modality(noun, rules)
            status.frame, status.frame_kind = noun, rules.frame_nouns[noun.lemma_]
            status.tense = "future"
            return
        if (
            current is anchor and current.dep_ == "pobj" and parent.lower_ in {"of", "for"}
            and parent.head.pos_ == "NOUN" and parent.head.lemma_ in rules.frame_nouns
        ):
            # "a Gabonese offer of talks", "Kenya's request for food aid": the noun frames the act it
            # names as its infinitive would ("an offer to hold talks").
            status.modality = _framing_noun_modality(parent.head, rules)
            status.frame, status.frame_kind = parent.head, rules.frame_nouns[parent.head.lemma_]
            status.tense = "future"
            return
        if (
            current.dep_ in {"acl", "ccomp"} and parent.pos_ == "NOUN"
            and parent.lemma_ in rules.contested_nouns
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children)
        ):
            status.modality = "hypothetical"  # "denied a claim that its drones had crossed": alleged only
            return
        if (
            current.dep_ == "pcomp"
            and parent.lower_ in {"of", "for"}
            and parent.head.lemma_ in rules.alleging_verbs
        ):
            status.modality = "hypothetical"  # "accused Havana of harbouring": an allegation (CAMEO 112)
            return
        if (
            current is anchor and anchor.pos_ == "NOUN" and current.dep_ == "dobj" and parent.pos_ == "VERB"
            and parent.lemma_ in rules.promising_verbs and parent.lemma_ in rules.frame_verbs
        ):
            # "pledged military aid to Ukraine": the aid is promised, not given (the pledge is coded)
            status.modality = "planned"
            status.frame, status.frame_kind = parent, rules.frame_verbs[parent.lemma_]
            status.tense = "future"
            return
        if current.dep_ == "pcomp" and parent.lower_ in rules.negating_prepositions:
            status.modality = "negated"  # "without consulting Cairo": the consultation did not happen
            return
        if (current.dep_ == "pcomp" and parent.lower_ == "with" and parent.head.lemma_ in PROCEEDING_VERBS
                and parent.head.pos_ in {"VERB", "AUX"}):
            current = parent.head  # "if Jakarta went ahead with buying Russian fighters": as "went"
            continue
        if parent is current or current.dep_ not in COMPLEMENT_DEPS:
            break
        dep = current.dep_
        if dep in {"dobj", "pobj", "prep", "nsubj", "attr"} and current.pos_ in {"VERB", "AUX"}:
            break
        if dep == "prep" and current.lower_ in ADJUNCT_PREPOSITIONS:
            break
        if _told_before(current):
            break
        if dep == "conj":
            # "said Uzbekistan would send 300 students ... and thanked Ankara": done, told by "said"
            current = parent.head if joined_to_plan(current) else parent
            continue
        if negates(parent, rules) and dep in {"xcomp", "dobj", "ccomp", "pobj", "prep"}:
            # "rejected as 'pure fabrication' an accusation": the parse hangs the noun on "as"
            rejected = current is anchor or (dep == "prep" and anchor.head.i == current.i)
            if rejected and dep in {"dobj", "prep"} and anchor.lemma_ in rules.contested_nouns:
                return  # "rejecting accusations made by Burundi": the accusations were made
            status.modality = "negated"
            return
        if dep == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in rules.hypothetical_marks for c in current.children
        ):
            status.modality = "hypothetical"
            return
        if (
            dep in {"xcomp", "ccomp"} and parent.dep_ in {"advcl", "acl"}
            and parent.lemma_ in rules.enabling_verbs and to_infinitive(parent)
        ):
            # "resumed sharing imagery with Mali's army to help it fight insurgents": what the help is
            # for, the helped side's act, is not told as done
            status.modality = "hypothetical"
            return
        # "proposed that the two ministers meet in January": a present tense under a verb of proposing is
        # a subjunctive, to come as an infinitive is; "propose" frames it as an intent, though no noun.
        subjunctive = (
            dep == "ccomp" and parent.lemma_ in rules.mandative_verbs and current.tag_ in {"VB", "VBP"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in current.children)
        )
        frame_kind = rules.frame_verbs.get(parent.lemma_) or ("intent" if subjunctive else None)
        if (
            dep == "xcomp" and parent.pos_ == "ADJ" and parent.lemma_.lower() in rules.frame_adjectives
            and parent.dep_ == "acomp" and parent.head.pos_ in {"VERB", "AUX"}
        ):
            # "Rome replied that it was 'ready to discuss' an arrangement", "would be ready to restore
            # flights": being ready or willing to act is announcing it, with the copula's own modality
            parent, frame_kind = parent.head, "intent"
        if (
            dep == "advcl" and parent.dep_ == "xcomp" and parent.head.lemma_ in rules.frame_verbs
            and to_infinitive(current)
        ):
            # "agreed to run joint patrols to stop migrant boats": the purpose of a planned act is
            # neither planned nor done
            status.modality = "hypothetical"
            return
        if dep in {"advcl", "ccomp"} and to_infinitive(current):
            # "called for Paris to suspend the agreement", "expect Nigeria to seek a loan": an infinitive
            # the frame governs is to come, never a reported fact.
            dep = "xcomp"
        if frame_kind is not None and dep in {"xcomp", "ccomp"} and parent.pos_ in {"VERB", "AUX"}:
            parent_modality = _own_modality(parent, rules)
            if parent_modality == "planned" and conditional_consequence(parent, rules):
                parent_modality = "hypothetical"  # "would ask Australia to send troops if ...": not asked
            if parent_modality in {"negated", "hypothetical", "possible"}:
                status.modality = "negated" if parent_modality == "negated" else "hypothetical"
                return
            if frame_kind not in {"appeal", "demand", "threat"} and any(
                c.dep_ == "aux" and c.lower_ in rules.advice_modals for c in current.children
            ):
                # "said that Bangkok should consider sealing its border": what ought to be done, neither
                # an act nor a commitment of the speaker. Said by another state's official it is advice
                # to the doer, an appeal (CAMEO 0256 codes "should pull back"); events.py decides.
                status.modality = "planned"
                status.frame, status.frame_kind = parent, "advice"
                status.tense = "future"
                return
            if (
                dep == "xcomp"
                or subjunctive
                or status.modality in {"planned", "possible"}
                or frame_kind in {"appeal", "demand"}
            ):
                # "threatened to strike" / "said it would strike" / "demanded that X stop": the act is
                # planned or requested, and the frame is the statement that happened.
                status.modality = "planned"
                status.frame, status.frame_kind = parent, frame_kind
                status.tense = "future"
                return
            if dep == "ccomp" and status.modality == "asserted":
                status.reported_by = parent
                return
        if parent.pos_ in {"VERB", "AUX"}:
            parent_modality = _own_modality(parent, rules)
            permission = dep == "ccomp" and parent.lemma_ in rules.refusing_negations  # "not allow X to"
            # "A Russian blockade could cut Estonia off": an act named as the subject of what may happen
            # may not happen either (one that did not hit still happened).
            maybe = dep == "nsubj" and current is anchor and parent_modality in {"hypothetical", "possible"}
            if parent_modality in {"negated", "hypothetical", "possible"} and (
                dep in {"xcomp", "dobj"} or permission or maybe
            ):
                status.modality = "negated" if parent_modality == "negated" else "hypothetical"
                return
            if (
                parent_modality == "planned"
                and dep in {"xcomp", "dobj", "advcl"}
                and status.modality == "asserted"
            ):
                status.modality = "planned"
                status.tense = "future"
        current = parent
