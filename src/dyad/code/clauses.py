"""Which coded clauses are events of their own and which only tell more about another.

"Israeli airstrikes killed 12 people" is one strike, "attacked a base, killing two soldiers" one
attack: these rules drop the second reading after every trigger has been coded.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from dyad.code.tree import SUBJECT_DEPS, to_infinitive
from dyad.knowledge.modality import ModalityRules
from dyad.records import Actor, Event


def consequence_of(verb: Token, noun_triggers: set[int]) -> bool:
    """ "Israeli airstrikes on Lebanon killed 12 people": the killing is what the strikes did, one event
    coded once, from the noun that names it; so is "the Burundian shelling, which hit a town and
    wounded four civilians"."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return consequence_of(verb.head, noun_triggers)  # "... and wounded four civilians"
    relative = verb.dep_ == "relcl" and verb.head.i in noun_triggers
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.i in noun_triggers or (relative and c.tag_ in {"WDT", "WP"}))
        for c in verb.children
    )


def without_elaborations(
    doc: Doc, coded: list[tuple[int, Event]], anchors: dict[int, int], content_roots: frozenset[str]
) -> list[tuple[int, Event]]:
    """A participle with no subject of its own that goes on from an act can tell what that act did:
    "attacked a base, killing two soldiers" is one attack (same root, or force after force), and
    "demonstrated, demanding that Beijing stop" (or "rallied to demand") one protest, whose demand
    is what it was for (the `content_roots` of modality.yaml). A statement after another act stays its
    own event ("expelled nine diplomats, accusing them of spying"; "met on Monday, agreeing to resume
    talks"). Likewise an
    infinitive of purpose of the same kind with no other target says what the act was for: "met his
    counterparts to discuss security" is the meeting, once."""
    roots: dict[int, list[Event]] = {}
    for i, event in coded:
        roots.setdefault(i, []).append(event)
    kept = []
    for i, event in coded:
        token = doc[anchors.get(id(event), i)]  # a statement goes on from its frame verb ("demanding")
        gerund = token.tag_ == "VBG"
        link = token
        while gerund and link.dep_ == "conj" and link.head.tag_ == "VBG":
            link = link.head  # "shelled villages, killing four civilians and destroying a school": both go on
        head = link.head
        purpose = token.tag_ == "VB" and to_infinitive(token)
        if (
            (gerund or purpose)
            and link.dep_ in {"advcl", "xcomp"}
            and head.i != token.i
            and head.i in roots
            and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "mark"} for c in token.children)
            and any(
                other.cameo.root == event.cameo.root
                or (gerund and other.cameo.quad_class == 4 and event.cameo.quad_class == 4)
                or (other.cameo.root in content_roots and event.cameo.quad_class == 3)
                for other in roots[head.i]
                if other.modality == event.modality and (gerund or other.target is not None)
                # a purpose names no target, or the one the act had and no more specific code ("blocked
                # the bridge to Brazil to protest Brazilian tariffs": one protest against Brazil)
                and (gerund or event.target is None or (
                    event.target.country == other.target.country
                    and len(event.cameo.code) <= len(other.cameo.code)
                ))
            )
        ):
            continue
        kept.append((i, event))
    return kept


def unique_events(events: list[Event]) -> list[Event]:
    """Each event once (by id), in the order first coded."""
    seen: dict[str, Event] = {}
    for event in events:
        seen.setdefault(event.id, event)
    return list(seen.values())


def one_per_country_pair(events: list[Event]) -> list[Event]:
    """One act of one doer coded once per country it is aimed at: "barred Moroccan civilian and military
    aircraft", "agreed to mediate between Congo and rebel commanders in Kasai" are one ban, one offer, to
    one state (the first actor named stands for its country). Several doers keep their own events."""
    seen: set[tuple] = set()
    kept = []
    for event in events:
        target = event.target.country if event.target else None
        key = (event.trigger_span, event.cameo.code, event.modality, event.source.text, event.source.country,
               target)
        if event.source.country and target:
            if key in seen:
                continue
            seen.add(key)
        kept.append(event)
    return kept


def without_retold(
    events: list[Event], retold_roots: tuple[str, ...], restated_codes: tuple[str, ...] = (),
    stay_codes: tuple[str, ...] = (), stay_days: int = 0,
) -> list[Event]:
    """A meeting told again in a later sentence, undated or on the same day, is the meeting already coded
    (`retold_roots`): "hosted his Latvian counterpart on Thursday. The two discussed undersea cables"; so is
    a visit told again within its stay ("arrived on Tuesday ... received him on Wednesday": `stay_codes`).
    A denial or a visit said twice in one sentence, for the same day, is one (`restated_codes`): "rejected
    the charge, and its minister called it 'fiction'", "travelled to Vilnius, his first foreign trip"; so
    is any act its sentence names again with no day of its own ("handed him to Brazilian police on
    Tuesday, ending a long fight against his extradition"), and an act a lead tells with no day and a later
    sentence with one ("has expelled two diplomats. The foreign office ordered them out on Wednesday"), or
    one told again aimed at no one ("Oman's foreign ministry confirmed the visit")."""
    def told(event: Event) -> tuple:
        return (event.source.country, event.target.country if event.target else None, event.cameo.root,
                event.modality)

    def other_body(event: Event, other: Event) -> bool:
        """The same word's act by another named body of the same state ("Danish media and government
        warned"), not the state and one of its bodies told twice."""
        if other.trigger_span != event.trigger_span:
            return False
        pairs = [(event.source.sector, other.source.sector)]
        if event.target and other.target:
            pairs.append((event.target.sector, other.target.sector))
        return any(a != b and a is not None and b is not None for a, b in pairs)

    def same_day(event: Event, other: Event) -> bool:
        if event.date.text is None or event.date.value == other.date.value:
            return True
        if event.date.precision == "unknown-before":
            return True  # dated only by the report that tells it ("Jubilee House said the leaders discussed")
        stay = event.cameo.code.startswith(stay_codes) and other.cameo.code == event.cameo.code
        return stay and 0 < _days_between(other.date.value, event.date.value) <= stay_days

    kept: list[Event] = []
    for event in sorted(events, key=lambda e: e.span[0]):  # in the order the text tells them
        lead = next((k for k, other in enumerate(kept) if event.date.text is not None
                     and not other_body(event, other)
                     and other.date.text is None and told(other) == told(event)
                     and other.cameo.code == event.cameo.code and other.span[0] < event.span[0]), None)
        if lead is not None:
            # "Germany has expelled two Iranian diplomats. The foreign office ordered them out on Wednesday":
            # the lead's act, told again with its day.
            kept[lead] = event
            continue
        if event.target is None and any(
            other.target is not None and other.source.country == event.source.country
            and other.trigger_span != event.trigger_span
            and other.cameo.code == event.cameo.code for other in kept
        ):
            continue  # "Oman's foreign ministry confirmed the visit": the visit told before, to Iran
        if event.cameo.root.startswith(retold_roots) and any(
            told(other) == told(event) and other.span != event.span and same_day(event, other)
            for other in kept
        ):
            continue
        if any(
            told(other) == told(event) and other.cameo.code == event.cameo.code
            and other.span == event.span and (
                (event.date.text is None and not other_body(event, other))
                or (event.cameo.code.startswith(restated_codes) and other.date.value == event.date.value))
            for other in kept
        ):
            continue  # "handed Prates to Brazilian police on Tuesday, ending a fight against his extradition"
        kept.append(event)
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])


def _days_between(first: str | None, then: str | None) -> int:
    """Days from one ISO day to another; 0 when either is no day."""
    try:
        return (date.fromisoformat(then or "") - date.fromisoformat(first or "")).days
    except ValueError:
        return 0


def without_home_audiences(events: list[Event], roots: tuple[str, ...]) -> list[Event]:
    """A meeting with people the text gives no country or name ("met farmers in Lilongwe", "held talks
    with exporters") is a state talking to its own public, not a meeting of two parties (`roots`)."""
    def unnamed_public(actor: Actor | None) -> bool:
        return actor is not None and actor.sector == "CVL" and not actor.country and not actor.name

    return [e for e in events if not (
        e.cameo.root.startswith(roots) and (unnamed_public(e.source) or unnamed_public(e.target))
    )]


def without_residues(events: list[Event]) -> list[Event]:
    """An act with no target beside an act of the same kind by the same source on a named target, in
    the same sentence, is the remainder of that act, not another event: "seized a Togolese trawler
    and detained its crew" is one seizure of Togo's boat, not also a seizure of nobody."""
    kept = []
    for event in events:
        if (event.target is None or event.target.country is None) and event.source.country and any(
            other.target is not None
            and other.target.country
            and other.span == event.span
            and other.source.country == event.source.country
            and other.modality == event.modality
            and other.cameo.quad_class == event.cameo.quad_class
            for other in events
        ):
            continue
        kept.append(event)
    return kept


SAID_ROOTS = {"10", "12", "13"}  # CAMEO: demand; reject; threaten
CALL_CODE = "041"  # CAMEO: discuss by telephone
CHANNEL_WORDS = {"by", "over"}  # "by telephone", "over the phone"
REQUEST_ROOTS = {"02", "10"}  # CAMEO: make an appeal or request; demand


def without_channels(
    doc: Doc, coded: list[tuple[int, Event]], rules: ModalityRules, anchors: dict[int, int]
) -> list[tuple[int, Event]]:
    """A summons that carries a statement is that statement: "summoned the kingdom's ambassador to
    demand their release" is one demand (10), not also a protest (114); the summons is its channel.
    Kept when its purpose is no statement, or is aimed at someone else, and when the act is a protest of
    its own ("sent a protest note demanding the return of the boat": `channel_verbs`)."""
    said: dict[int, set[tuple]] = {}
    for i, event in coded:
        token = doc[anchors.get(id(event), i)]
        if event.cameo.root in SAID_ROOTS and token.dep_ in {"advcl", "xcomp"}:
            target = event.target.country if event.target else None
            said.setdefault(token.head.i, set()).add((event.source.country, target))
    return [
        (i, event) for i, event in coded
        if not (
            event.cameo.code in rules.channel_codes
            and doc[i].lemma_.lower() in rules.channel_verbs
            and (event.source.country, event.target.country if event.target else None) in said.get(i, set())
        )
    ]


def without_talks_by_call(doc: Doc, coded: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    """ "had discussed the fishing fleet with Xi by telephone": the talks were the call (041), told by the
    channel under the verb, not also a negotiation (046) between the same two."""
    calls = {
        (token.head.head.i, event.source.country, event.target.country if event.target else None)
        for i, event in coded if event.cameo.code == CALL_CODE
        and (token := doc[i]).dep_ == "pobj" and token.head.lower_ in CHANNEL_WORDS
    }
    return [
        (i, event) for i, event in coded
        if not (event.cameo.root == CALL_CODE[:2] and event.cameo.code != CALL_CODE
                and (i, event.source.country, event.target.country if event.target else None) in calls)
    ]


def without_requested(doc: Doc, coded: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    """A noun naming the thing an appeal or a demand asks for is the request's content, not an act done:
    "requested an emergency loan from China" is an appeal for aid (0231), and no loan was given; "to
    demand their release" releases no one."""
    appeals: dict[int, set[str | None]] = {}
    for i, event in coded:
        if event.cameo.root in REQUEST_ROOTS:
            appeals.setdefault(i, set()).add(event.source.country)
    kept = []
    for i, event in coded:
        token = doc[i]
        if (
            token.pos_ not in {"VERB", "AUX"}
            and token.dep_ == "dobj"
            and event.cameo.root not in REQUEST_ROOTS
            and token.head.i in appeals  # "to demand the ship's cooperation": by whoever, not done
        ):
            continue
        kept.append((i, event))
    return kept


def without_aimless_nouns(
    doc: Doc, coded: list[tuple[int, Event]], statement_notes: tuple[str, ...]
) -> list[tuple[int, Event]]:
    """An act only named by a noun after a preposition, with no target the text gives, is the
    background of the sentence's event, not one of its own: "protested over a visit by South Korean
    lawmakers to the islets". Statements built on the noun are left to their own rules."""
    return [
        (i, event) for i, event in coded
        if doc[i].pos_ in {"VERB", "AUX"}
        or doc[i].dep_ != "pobj"
        or any(note.startswith(statement_notes) for note in event.notes)
        or (event.target is not None and event.target.country)
    ]
