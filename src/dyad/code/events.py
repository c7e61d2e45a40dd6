"""Coding events: find the words that express an act, its source and target, its status and date.

Each trigger (a verb or an event noun of data/events.tsv) is matched against its patterns, most specific
first (dyad.code.triggers). Its actors come from the dependency parse and are resolved by `DocumentActors`
(dyad.code.arguments); its status from `status_of`; its date from the time expression that governs it.
This module decides, per matched trigger, which events that makes: the act itself, the threat or intent
that announcing it amounts to, or nothing (supposed, undated background, an elaboration of another act).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from dyad.code.arguments import ArgumentResolver
from dyad.code.clauses import (
    consequence_of,
    one_per_country_pair,
    unique_events,
    without_aimless_nouns,
    without_channels,
    without_elaborations,
    without_home_audiences,
    without_requested,
    without_residues,
    without_retold,
    without_talks_by_call,
)
from dyad.code.event_record import build_event
from dyad.code.mediation import with_mediated_parties
from dyad.code.modality import (
    Status,
    conditional_consequence,
    denied_by_doer,
    simple_present,
    status_of,
    tense_of,
)
from dyad.code.pairs import actor_pairs
from dyad.code.phrases import PhraseCoder
from dyad.code.place_targets import at_home, named_country
from dyad.code.reactions import (
    ACCUSATION_CODE,
    DENIAL_CODE,
    REQUEST_ROOT,
    SENTENCES_BACK,
    answered_doers,
    near,
    refused_askers,
    sentence_numbers,
    with_answered_targets,
)
from dyad.code.tree import SUBJECT_DEPS, governing_verb, is_passive, objects_of, to_infinitive
from dyad.code.triggers import GIVING_VERBS, Match, TriggerFinder
from dyad.knowledge import Knowledge
from dyad.knowledge.modality import GENERIC_THREAT, ModalityRules
from dyad.knowledge.patterns import EventPattern
from dyad.records import Actor, Article, Event, When
from dyad.resolve.actors import VISITOR_WORDS, DocumentActors
from dyad.resolve.times import SAYING_VERBS, TimeIndex

STATEMENT_NOTES = ("threat of ", "intent of ", "appeal of ", "demand of ")  # notes of _statement_events
DISAPPROVAL_CODE = "111"  # CAMEO: criticize or denounce
GENERIC_REFUSAL = "120"  # CAMEO: reject, not specified below
REFUSE_TO_YIELD = "124"  # CAMEO: refuse to yield, what a reply refusing a threat or demand is
NORM_BREAKING_CODE = "128"  # CAMEO: defy norms, law
FORCE_ROOTS = ("18", "19", "20")  # force a state may deny having used
RELEASE_CODE = "0841"  # CAMEO: release persons or property
ANSWERED_OFFER_NOTE = "offer told by its answer"  # notes of _answered_offers
ALLEGED_REASON_CODES = ("161",)  # expulsions of diplomats, whose named reason is an accusation
ORDERING_VERBS = {"order", "buy", "purchase"}  # the purchase a delivery fulfils
SANCTION_CODE = "163"  # CAMEO: impose embargo, boycott, or sanctions
EASED_SANCTION_CODE = "085"  # CAMEO: ease economic sanctions, boycott, embargo
VISIT_CODE = "042"  # CAMEO: make a visit
AID_ARRIVAL_CODE = "073"  # CAMEO: provide humanitarian aid


@dataclass(slots=True)
class CodingOptions:
    all_modalities: bool = False  # also emit negated, hypothetical and planned acts
    petrarch_compatible: bool = False  # future acts count as events, as PETRARCH codes them


class EventCoder:
    """Codes the events of a parsed document: triggers, their actors, status and date, as Event records."""

    def __init__(self, knowledge: Knowledge, options: CodingOptions | None = None) -> None:
        self.knowledge = knowledge
        self.rules = knowledge.modality
        self.options = options or CodingOptions()
        # Imported (PETRARCH-style) dictionaries code their own verbs: dyad.code.phrases.
        self.phrases = PhraseCoder(knowledge, self.options) if knowledge.imported.active else None
        self.triggers = TriggerFinder(knowledge)
        self.arguments = ArgumentResolver(knowledge)

    def matches(self, doc: Doc | Span) -> list[Match]:
        """The matched triggers of a text (dyad.code.triggers)."""
        return self.triggers.matches(doc)

    def code(self, doc: Doc, article: Article, actors: DocumentActors, times: TimeIndex) -> list[Event]:
        coded: list[tuple[int, Event]] = []
        framed: set[int] = set()
        matches = self.matches(doc)
        noun_triggers = {m.trigger.i for m in matches if m.trigger.pos_ not in {"VERB", "AUX"}}
        stated: set[tuple] = set()
        anchors: dict[int, int] = {}  # id of a statement event -> its frame verb
        for match in matches:
            if consequence_of(match.trigger, noun_triggers):
                continue
            produced, frame = self._code_match(match, article, actors, times)
            if frame is not None:
                # "said she would travel to Washington to meet Trump": one intent to meet, not one per
                # verb of the plan.
                fresh = []
                for event in produced:
                    if event.notes and event.notes[-1].startswith(STATEMENT_NOTES):
                        key = (frame.i, event.cameo.root, event.source.country,
                               event.target.country if event.target else None)
                        if key in stated:
                            continue
                        stated.add(key)
                        anchors[id(event)] = frame.i
                    fresh.append(event)
                produced = fresh
            if not produced and match.pattern.code.startswith(RELEASE_CODE):
                produced = self._done_by_earlier_party(match, coded, article, times, self.rules.custody_codes,
                                                       RELEASE_CODE)
            elif not produced and match.pattern.code.startswith(self.rules.custody_codes):
                produced = self._done_by_earlier_party(match, coded, article, times, (RELEASE_CODE,),
                                                       match.pattern.code)
            coded.extend((match.trigger.i, event) for event in produced)
            if frame is not None and any(e.modality == "asserted" for e in produced):
                framed.add(frame.i)
        coded = without_requested(doc, without_elaborations(doc, coded, anchors, self.rules.content_roots))
        coded = without_talks_by_call(doc, without_channels(doc, coded, self.rules, anchors))
        coded = with_answered_targets(doc, coded, self.rules)
        # "farmers could lose their crop, an agronomist warned": a warning aimed at no one, once answered
        # acts and the last exchange have been looked at (`with_answered_targets`), foretells; no threat.
        coded = [(i, e) for i, e in coded if e.target is not None or not e.cameo.code.startswith(
            self.rules.aimed_roots) or e.cameo.code.startswith(self.rules.lone_country_exempt)]
        coded += self._replies(doc, coded, article, actors, times)
        coded += self._foretold_suffering(doc, article, actors, times)
        coded = with_mediated_parties(doc, coded, self.rules.joint_codes)
        coded = self._contested_reports(doc, coded, actors, times)
        coded = without_aimless_nouns(doc, coded, STATEMENT_NOTES)
        coded = _without_told_offers(coded)
        coded = self._resumed_after_sanction(doc, coded)
        if self.phrases is not None:
            coded = self.phrases.combine(doc, article, actors, times, coded)
        # A frame verb that produced its statement ("threatened to strike" -> 1384) is not coded again
        # as a bare statement of its own ("threatened" -> 130).
        meetings = self.rules.retold_roots  # the roots of meetings, the acts a later sentence tells again
        return without_retold(without_home_audiences(without_residues(
            one_per_country_pair(unique_events([event for trigger, event in coded if trigger not in framed]))
        ), meetings), meetings, self.rules.restated_codes, self.rules.stay_codes, self.rules.stay_days)

    def _contested_reports(
        self, doc: Doc, coded: list[tuple[int, Event]], actors: DocumentActors, times: TimeIndex
    ) -> list[tuple[int, Event]]:
        """"Armenia's ministry said Azerbaijani forces fired at its positions. Baku called the report
        'disinformation'": a hostile act one state reports and its doer then denies is not told as done; it
        is the reporter's accusation (112) against the doer. Acts a text tells in its own voice stay."""
        denials = [(i, e) for i, e in coded if e.cameo.code == DENIAL_CODE and e.source.country]
        if not denials:
            return coded
        sentence_at = sentence_numbers(doc)
        result = []
        accusers: dict[int, list[Actor]] = {}  # position of a contested act -> who reported it
        for j, event in coded:
            reporters = []
            # The denial may come first: "Manila said none of its ships had rammed a cutter. China's coast
            # guard had said the vessel struck its ship" (the report the sentence after).
            if event.source.country and any(
                e.source.country == event.source.country and (
                    (i > j and near(doc, sentence_at, j, i, SENTENCES_BACK))
                    or (i < j and near(doc, sentence_at, i, j, 1))
                )
                for i, e in denials
            ):
                status = status_of(doc[j], self.rules)
                reporters = [r for r in self.arguments.reporters(doc[j], status, actors)
                             if r.country and r.country != event.source.country]
                told = (times.date_for(status.reported_by, "past", statement=True)
                        if reporters and status.reported_by is not None else None)
                if told is not None and told.text and told.precision == "day":
                    # "..., Ukraine's agency said on Saturday": the accusation was made the day the report
                    # was, not when the act was said to be done
                    event = replace(event, date=told)
            if not reporters:
                result.append((j, event))
                continue
            accusers[j] = reporters
            accusation = self.knowledge.cameo.cameo(ACCUSATION_CODE)
            note = f"denied by its doer: an accusation, not {event.cameo.code}"
            result.append((j, replace(
                event, source=reporters[0], target=event.source, cameo=accusation, id="",
                plover=self.knowledge.cameo.plover_for(ACCUSATION_CODE), notes=[*event.notes, note],
            )))
        return self._denials_to_reporters(doc, sentence_at, result, accusers)

    @staticmethod
    def _denials_to_reporters(
        doc: Doc, sentence_at: dict[int, int], coded: list[tuple[int, Event]],
        accusers: dict[int, list[Actor]],
    ) -> list[tuple[int, Event]]:
        """"Iran shipped missiles to Russia, Ukraine's intelligence agency said ... Iran's embassy called the
        claim 'a fabrication'": a denial whose target was only guessed answers whoever reported the act it
        denies."""
        if not accusers:
            return coded
        result = []
        for i, event in coded:
            reported = [
                (j, r) for j, e in coded if j in accusers and j < i and e.target is not None
                and e.target.country == event.source.country and near(doc, sentence_at, j, i, SENTENCES_BACK)
                for r in accusers[j]
            ]
            guessed = event.target is None or event.target.inferred
            if event.cameo.code != DENIAL_CODE or not guessed or not reported:
                result.append((i, event))
                continue
            last = max(j for j, _ in reported)
            chosen = {r.country: r for j, r in reported if j == last}
            result.extend(
                (i, replace(event, target=replace(r, inferred=True), id="")) for r in chosen.values()
            )
        return result

    def _code_match(
        self, match: Match, article: Article, actors: DocumentActors, times: TimeIndex
    ) -> tuple[list[Event], Token | None]:
        trigger = match.trigger
        status = status_of(trigger, self.rules)
        marks = self.rules.hypothetical_marks
        conditional = any(c.dep_ == "mark" and c.lower_ in marks for c in trigger.children)
        # "said it would not sign the agreement": a refusal, made now; "would not deploy troops along the
        # border despite a request from Washington": whatever the act, not doing what was asked refuses it.
        refused = (
            not match.refusal and not conditional and status.modality == "negated"
            and _will_not(trigger, self.rules)
            and (
                (self.knowledge.cameo.cameo(match.pattern.code).quad_class in {1, 2}
                 and self.rules.refusal_code(match.pattern.code) is not None)
                or _despite_request(trigger, self.rules)
            )
        )
        # "has not allowed the vessel to dock" tells what has not happened so far, not a refusal.
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)
        if (match.refusal and status.modality in {"negated", "planned"} and not conditional
                and not perfect) or refused:
            # The negation is the act: refused now, dated by the statement that says so.
            status = Status(modality="asserted", tense="past", reported_by=_frame_above(trigger, self.rules))
        if trigger.pos_ not in {"VERB", "AUX"}:
            verb = governing_verb(trigger)
            if verb is not None and status.frame is None:
                status.tense = tense_of(verb, self.rules)
        sources, targets = self.arguments.sources_and_targets(match, actors)
        forces = self.rules.natural_forces
        sources = [s for s in sources if s.country or forces.isdisjoint(s.text.lower().split())]
        speaker_verb = status.frame or status.reported_by
        if speaker_verb is None and trigger.dep_ == "ccomp" and trigger.head.lemma_ in SAYING_VERBS:
            speaker_verb = trigger.head  # "..., adding that it had notified India"
        if not sources and speaker_verb is not None and _pronoun_subject(trigger):
            # "the ministry said it could reimpose duties": "it" is the speaker; "its media wing said,
            # adding that it had notified India": the speaker of the verb the participle goes on from.
            sources = self.arguments.subject_actors(speaker_verb, actors)
            if not sources and speaker_verb.dep_ == "advcl" and speaker_verb.tag_ == "VBG":
                sources = self.arguments.subject_actors(speaker_verb.head, actors)
        if (not sources and speaker_verb is None and trigger.dep_ == "advcl" and trigger.head.pos_ == "VERB"
                and any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in trigger.children)
                and any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in trigger.children)):
            # "granted the exemption two weeks after it rejected a request from Pyongyang": "it" in a clause
            # hung on the main verb is the main verb's doer
            sources = [s for s in self.arguments.subject_actors(trigger.head, actors) if s.country]
        if not sources and status.frame is not None and _agentless_passive(trigger):
            # "Lima said the fishermen would be freed once a fine was paid": who announces what will be
            # done, by no one named, will do it.
            sources = self.arguments.subject_actors(status.frame, actors)
        if not sources:
            return [], status.frame
        claim = _claim_over(trigger, self.rules)
        if claim is not None and self.knowledge.cameo.cameo(match.pattern.code).quad_class >= 3:
            return self._accusation(claim, match, sources, actors, times, article), status.frame
        if refused and status.reported_by is not None:
            above = status.reported_by
            speakers = self.arguments.speakers(above, actors)
            named = any(c.dep_ in SUBJECT_DEPS and c.pos_ in {"PROPN", "NOUN"} for c in above.children)
            if named and not any(s.country == d.country for s in speakers for d in sources):
                return [], status.frame  # "analysts said Iran would not sign": a guess, not a refusal
        code = match.pattern.code
        if refused:
            code = self.rules.refusal_code(code) or GENERIC_REFUSAL
        state_code = next((v for k, v in self.rules.state_codes.items() if code.startswith(k)), None)
        if state_code and all(s.country and s.sector in {None, "GOV"} for s in sources):
            # "a protest from Algiers", "Mali protested over the deportations": an official complaint (114)
            code = state_code
        quad_class = self.knowledge.cameo.cameo(code).quad_class
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
        if (
            status.modality == "negated" and not refused and code[:2] in FORCE_ROOTS and verb is not None
            and not _will_not(verb, self.rules)
        ):
            denial = self._own_denial(verb, sources, targets, actors, times, match, article)
            if denial:
                return denial, status.frame
        if (
            status.modality == "planned" and verb is not None and conditional_consequence(verb, self.rules)
            and quad_class in {1, 2}
            and not any(c.dep_ == "aux" and c.lower_ in self.rules.committing_modals for c in verb.children)
        ):
            # "Botswana would open its dry port to Zambian trucks if Lusaka agreed to share data": an offer to
            # the state that must meet the condition (an intent, 03x); "Should the truce collapse, Qatar would
            # resume mediation" and requests under a condition ("would ask New Zealand to send police if the
            # unrest spread") are only supposed.
            own = {s.country for s in sources}
            offered = [t for t in self.arguments.conditional_targets(trigger, status.frame, actors)
                       if named_country(t) and t.country not in own]
            if not offered or code.startswith(REQUEST_ROOT) or not all(s.country for s in sources):
                return [], status.frame
            targets = offered
        if (
            trigger.lemma_.lower() in self.rules.movement_verbs
            and quad_class == 4
            and all(s.sector in self.rules.unarmed_sectors for s in sources)
        ):
            return [], status.frame  # "prospectors who had crossed into the region": no force
        if code.startswith(VISIT_CODE) and self._bringing_aid(trigger):
            code, quad_class = AID_ARRIVAL_CODE, self.knowledge.cameo.cameo(AID_ARRIVAL_CODE).quad_class
        if code.startswith(VISIT_CODE) and self._no_visitor(trigger):
            return [], status.frame  # "a Saudi relief ship arrived in Port Sudan": no visit
        home = actors.dateline_country
        if code.startswith(VISIT_CODE) and not targets and home and all(s.country != home for s in sources):
            # "SANTIAGO (EFE) - ... Bolivia's Rodrigo Paz also attended the ceremony": a visit that names no
            # place is to the state whose capital the story is filed from.
            name = actors.knowledge.country_names.get(home)
            targets = [Actor(text=name or home, name=name, country=home, inferred=True)]
        if code.startswith(VISIT_CODE) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.rules.held_people_words for c in trigger.children
        ):
            return [], status.frame  # "Japan's consul had visited the men": the detainees, not their jailer
        if (trigger.dep_ == "relcl" and trigger.lemma_.lower() in ORDERING_VERBS
                and (giving := governing_verb(trigger.head)) is not None
                and giving.lemma_.lower() in GIVING_VERBS):
            return [], status.frame  # "delivered the howitzers that Armenia ordered": the delivery, once
        if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in self.rules.restating_nouns:
            return [], status.frame  # "shot down a drone ..., the first time Romania has destroyed one"
        if code.startswith(self.rules.home_codes) and any(not s.country for s in sources):
            sources = at_home(trigger, sources, actors)
        reporters = self.arguments.reporters(trigger, status, actors)
        if self._judged_decision(trigger, code, sources, reporters):
            # "Mao Ning said the U.S. decision 'seriously violates international law'": the speaker
            # condemns the decision of the state it names; no one was seen breaking a rule.
            code, sources, targets, reporters = DISAPPROVAL_CODE, reporters[:1], sources, []
            quad_class = self.knowledge.cameo.cameo(code).quad_class
        if (
            reporters
            and reporters[0].country
            and len(sources) == 1
            and not self.rules.is_reciprocal(code, trigger.lemma_)
            and quad_class == 4
            and not any(named_country(t) for t in targets)
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
        exempt = (code.startswith(self.rules.lone_country_exempt)
                  or _press_report_denied(trigger, code, self.rules))
        if (
            not targets and not exempt and len(sources) == 1 and code[:2] in self.rules.statement_roots
            and any(c.dep_ in SUBJECT_DEPS and _points_back(c, self.knowledge) for c in trigger.children)
        ):
            # "Ghana's leader phoned his Togolese counterpart. He warned that ...": said to the other party;
            # so is what "the visitor" proposed.
            targets = actors.other_party(trigger, sources[0].country)
        if not targets and not exempt and quad_class in {1, 3}:
            targets = self._summoned(trigger, sources, actors)
        sides = len({s.country for s in sources}) == len(sources)  # one doer, or several of different sides
        joint = len(sources) > 1 and (  # done to each other
            code.startswith(self.rules.joint_codes) or self.rules.is_reciprocal(code, trigger.lemma_))
        if not targets and not exempt and sides and not joint and any(s.country for s in sources):
            # "Turkey and the EU pledged $90 million to rebuild schools in Syria's Latakia province"
            targets = self.arguments.lone_other_country(trigger, sources, actors)
        made_of_other_act = code != match.pattern.code
        if not targets and not exempt and code.startswith(self.rules.aimed_roots) and made_of_other_act:
            # "will charge a transit fee": a warning made of another act that names no one is none; a
            # warning word waits for the acts it may answer ("vowed to take necessary measures").
            return [], status.frame
        events: list[Event] = []
        statement = code[:2] in self.rules.statement_roots  # dated when said, not when due
        if (
            trigger.dep_ == "dobj" and trigger.pos_ not in {"VERB", "AUX"} and status.tense == "present"
            and trigger.head.lemma_ in self.rules.reason_verbs
        ):
            status.tense = "past"  # "strongly condemns the arrest of six fishermen on Tuesday": done, judged
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
        if when.precision == "unknown-before" and self._undated_reason(trigger, material=quad_class == 2):
            return [], status.frame
        if (
            trigger.dep_ == "dobj" and trigger.pos_ not in {"VERB", "AUX"}
            and trigger.head.lemma_ in self.rules.reason_verbs
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in trigger.subtree)
        ):
            return [], status.frame  # "condemned Russia's seizure of a vessel": the judged act, background
        if (
            quad_class in {2, 4} and status.frame is None
            and _years_before(when, article.published) > self.rules.history_years
        ):
            # "the killing of civilians by Italian troops in 1937": history. Only material acts: what is said
            # is dated when said, whatever years its words name ("a call for an inquiry into the 1976
            # bombing", "accused Kigali of backing rebels since 2015")
            return [], status.frame
        if status.modality == "asserted" and _after(when, article.published) and not statement and (
            trigger.tag_ != "VBD"
        ):
            # "Steinmeier travels on Thursday to Monterrey", written on Wednesday: not yet happened (a verb
            # in the past tense was done, whatever later day the parse hangs on it).
            status.modality = "planned"
        if (
            status.modality == "asserted" and code.startswith(self.rules.standing_codes) and verb is trigger
            and when.precision == "unknown-before" and simple_present(trigger)
        ):
            status.modality = "habitual"  # "Zambia now exports most of its copper through Durban": a state
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
            hostile = quad_class >= 3
            mutual = len(sources) > 1 and aimed_at_each_other(trigger)  # reads the clause: only for a group
            pairs = actor_pairs(self.rules, code, sources, targets, trigger.lemma_, hostile, mutual)
            for source, target in pairs:
                events.append(
                    build_event(
                        self.knowledge, code, source, target, modality, when, match, article, reported
                    )
                )
                converse = self.rules.converse_codes.get(code)
                if converse and target is not None:
                    events.append(
                        build_event(
                            self.knowledge, converse, target, source, modality, when, match, article, reported
                        )
                    )
        if status.modality == "asserted" and code in self.rules.answer_codes:
            events.extend(self._denied_statements(trigger, match, sources, actors, times, article))
        alleged = code.startswith(ALLEGED_REASON_CODES) and _called_reason(trigger)
        if status.modality == "asserted" and alleged:
            # "ordered a Russian attaché to leave over what it called industrial espionage": the expulsion
            # accuses (112) the state it is aimed at of what it names
            events += [build_event(self.knowledge, ACCUSATION_CODE, e.source, e.target, "asserted", e.date,
                                   match, article, None)
                       for e in events if e.cameo.code == code and e.target is not None]
        if status.modality == "asserted" and trigger.pos_ == "VERB":
            events.extend(self._answered_offers(trigger, match, sources, actors, times, article))
        return events, status.frame

    def _done_by_earlier_party(
        self, match: Match, coded: list[tuple[int, Event]], article: Article, times: TimeIndex,
        earlier_codes: tuple[str, ...], code: str,
    ) -> list[Event]:
        """ "Chilean police detained 11 Bolivian truck drivers ... the drivers had been released": people
        freed with no one named as freeing them, named as the people an arrest told just before took, are
        freed by those who held them; and "Sri Lanka released 34 Indian fishermen ... The men had been
        arrested off Delft island": those who free them had arrested them."""
        verb = match.trigger
        people = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if len(people) != 1 or not _agentless_passive(verb):
            return []
        status = status_of(verb, self.rules)
        if status.modality != "asserted" or status.frame is not None:
            return []
        doc = verb.doc
        sentence_at = sentence_numbers(doc)
        for i, earlier in reversed(coded):
            if not (i < verb.i and near(doc, sentence_at, i, verb.i, SENTENCES_BACK)):
                continue
            if not earlier.cameo.code.startswith(earlier_codes) or earlier.target is None:
                continue
            taken = [t for t in doc[i].subtree if t.dep_ in {"dobj", "nsubjpass"}] or [doc[i]]
            if doc[i].dep_ == "acl":
                taken.append(doc[i].head)  # "38 drivers detained by Mozambican police ... had been freed"
            named_again = people[0].pos_ == "PRON" or people[0].lemma_.lower() in self.rules.held_people_words
            if named_again or any(t.lemma_ == people[0].lemma_ for t in taken):
                when = times.date_for(verb, status.tense, status.reported_by)
                return [build_event(self.knowledge, code, earlier.source, earlier.target, "asserted", when,
                                    match, article, None)]
        return []

    def _own_denial(
        self, verb: Token, doers: list[Actor], targets: list[Actor], actors: DocumentActors, times: TimeIndex,
        match: Match, article: Article,
    ) -> list[Event]:
        """ "Israel's military said it had not carried out a strike on a house in Beit Jinn", "Malaysia's
        navy did not fire on a Vietnamese boat, its chief said": a state saying that force it is blamed
        for was not used denies it (016) to the side it was said to hit. The text's own "did not" is no
        denial."""
        said = _frame_above(verb, self.rules) or next(
            (c for c in verb.children if c.dep_ in {"parataxis", "ccomp"} and c.lemma_ == "say"), None
        )
        own = {d.country for d in doers if d.country}
        if said is None or not own:
            return []
        speakers = self.arguments.speakers(said, actors)
        # "..., its chief said": a speaker named by the doer's own possessive speaks for it
        own_voice = any(
            c.dep_ in SUBJECT_DEPS
            and any(p.dep_ == "poss" and p.lower_ in {"its", "their"} for p in c.children)
            for c in said.children
        )
        if not any(s.country in own for s in speakers) and not (own_voice and not speakers):
            return []
        victims = {t.country: t for t in targets if t.country and t.country not in own}
        when = times.date_for(said, "past", statement=True)
        return [
            build_event(self.knowledge, DENIAL_CODE, doer, victim, "asserted", when, match, article, None)
            for doer in doers[:1] for victim in victims.values()
        ]

    def _denied_statements(
        self, denial: Token, match: Match, deniers: list[Actor], actors: DocumentActors, times: TimeIndex,
        article: Article,
    ) -> list[Event]:
        """ "denied an Indian army statement that ...", "denied the crossing, calling a Sudanese army
        statement a fabrication": the statement denied was an accusation by its maker (112)."""
        # The parse may hang the participle on the denied clause ("denied that troops had crossed, calling").
        holders = [denial, *(t for t in denial.subtree if t.dep_ in {"advcl", "xcomp"} and t.tag_ == "VBG")]
        denied = {*self.rules.denied_statement_nouns, *self.rules.accusing_nouns}
        nouns = [c for h in holders for c in _denied_objects(h) if c.lemma_.lower() in denied]
        return [e for noun in nouns for e in self._accusation(noun, match, deniers, actors, times, article)]

    def _bringing_aid(self, arrival: Token) -> bool:
        """ "A brigade of 48 Cuban doctors arrived in Kingston", "specialists arrived in Damascus to help
        destroy the stocks": those who come to help bring aid."""
        doers = [c for c in arrival.children if c.dep_ in SUBJECT_DEPS]
        if any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in self.rules.aid_purposes
               and to_infinitive(c) for c in arrival.children):
            return bool(doers)

        def helps(doer: Token) -> bool:
            members = [o for p in doer.children if p.lower_ == "of" for o in objects_of(p)]
            return any(t.lemma_.lower() in self.rules.aid_arrivals for t in (doer, *doer.children, *members))

        return bool(doers) and all(helps(d) for d in doers)

    def _no_visitor(self, arrival: Token) -> bool:
        """ "A Saudi relief ship arrived in Port Sudan": a vehicle or a team that arrives makes no visit,
        unless it carries someone who does ("a Qatari plane landed carrying the foreign minister")."""
        doers = [c for c in arrival.children if c.dep_ in SUBJECT_DEPS]
        if not doers or not all(d.lemma_.lower() in self.rules.non_visitors for d in doers):
            return False
        carried = [o for t in arrival.subtree if t.lemma_ in self.rules.cargo_participles
                   for o in t.children if o.dep_ == "dobj"]
        party = self.knowledge.actors.names_party
        return not any(party(o.lemma_) or o.ent_type_ == "PERSON" for o in carried)

    def _resumed_after_sanction(
        self, doc: Doc, coded: list[tuple[int, Event]]
    ) -> list[tuple[int, Event]]:
        """ "Côte d'Ivoire resumed electricity exports to Mali ... nine days after cutting supplies over
        unpaid bills": trade resumed by a state that the text says cut it as a penalty eases that sanction
        (085), by the state that imposed it; it is no fresh trade both ways (061)."""
        cut = {(e.source.country, e.target.country) for _, e in coded
               if e.cameo.code.startswith(SANCTION_CODE) and e.target is not None}
        result = []
        for i, event in coded:
            pair = (event.source.country, event.target.country if event.target else None)
            resumed = doc[i].lemma_.lower() in self.rules.resuming_verbs and event.cameo.root == "06"
            if resumed and (pair[1], pair[0]) in cut and pair not in cut:
                continue  # the sanctioned state's side of the trade
            if resumed and pair in cut:
                cameo = self.knowledge.cameo.cameo(EASED_SANCTION_CODE)
                event = replace(event, cameo=cameo, plover=self.knowledge.cameo.plover_for(cameo.code), id="")
            result.append((i, event))
        return result

    def _answered_offers(
        self, answer: Token, match: Match, answerers: list[Actor], actors: DocumentActors, times: TimeIndex,
        article: Article,
    ) -> list[Event]:
        """ "turned down an offer from Paris", "accepted Ankara's offer": the offer answered was made, by its
        owner to the one who answers (rules.answered_offer_codes); not when it names an act of its own
        ("an offer to mediate", coded from that act)."""
        events = []
        own = {a.country for a in answerers}
        for noun in (c for c in answer.children if c.dep_ == "dobj"):
            code = self.rules.answered_offer_codes.get(noun.lemma_.lower())
            if code is None or any(c.dep_ in {"acl", "relcl", "xcomp"} for c in noun.children):
                continue
            makers = {m.country: m for m in self.arguments.speakers(noun, actors) if m.country not in own}
            when = times.date_for(noun, "past", statement=True)
            for maker in makers.values():
                for answerer in answerers:
                    offer = build_event(
                        self.knowledge, code, maker, answerer, "asserted", when, match, article, None
                    )
                    events.append(replace(offer, notes=[ANSWERED_OFFER_NOTE]))
        return events

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
        advice = kind == "advice"  # "Thailand should pull its troops back, Malaysia's minister said"
        kind = "appeal" if advice else kind
        act = (
            self.knowledge.cameo.cameo(match.pattern.code)
            if match.pattern.code in self.knowledge.cameo
            else None
        )
        if act is None:
            return []
        code = self.rules.statement_code(kind, act.code, act.quad_class)
        if frame is not None and frame.lemma_ in self.rules.inviting_words and act.code.startswith("04"):
            code = self.rules.statement_code("intent", act.code, act.quad_class)  # an offer to meet
        if code is None or code not in self.knowledge.cameo:
            return []
        speakers = self.arguments.speakers(frame, actors) if frame is not None else sources
        if speakers and all(self._unplaced_official(s) for s in speakers) and any(s.country for s in sources):
            # "Finland would close its border if Russia ..., the interior minister said": a speaker whose
            # country is only guessed from the sentence, or not known at all ("New Zealand will send
            # vaccines, Foreign Minister Winston Peters said"), is the doer's own official.
            speakers = sources
        if not speakers:
            if kind in {"appeal", "demand"}:
                return []  # who asked is unknown; the one asked is not the asker
            if frame is not None and _speaker_apart(frame, match.trigger):
                return []  # "analysts said China might cut shipments": a guess, not China's threat
            speakers = sources  # "X said it would strike": the announcer is the doer
        if advice and _own_advice(speakers, sources):
            return []  # "a retired Thai general said Bangkok should seal the border": an opinion
        said = {s.country for s in speakers}
        if (
            kind == "intent" and frame is not None and frame.lemma_ in SAYING_VERBS and len(said) == 1
            and sources and all(named_country(s) and s.country not in said for s in sources)
            and any(t.country in said for t in targets)
        ):
            # "President Ali said India would supply two patrol vessels": another state's promise to the
            # speaker's, which the speaker reports
            speakers, targets = sources, [t for t in targets if t.country in said]
        if kind in {"appeal", "demand"} and frame is not None:
            addressees = self.arguments.addressees(frame, actors)
            if not addressees:
                # "demanded that Beijing stop the work": the one asked is the doer of the act.
                addressees = sources if sources != speakers else []
            asked = {a.country for a in addressees} - {s.country for s in speakers}
            parties = asked | {s.country for s in speakers}
            if (
                act.code.startswith("04") and kind == "appeal" and len(asked) == 1
                and all(t.country in parties for t in targets)
            ):
                # "asked Chile for talks", "despite a request from Lima for talks": the asker would take
                # part, and CAMEO's 026 is only for asking others to meet each other ("called on Togo and
                # Benin to resume talks"): an offer to meet (036).
                code = self.rules.statement_code("intent", act.code, act.quad_class) or code
            targets = addressees or targets
        if kind in {"threat", "intent"} and all(t.inferred for t in targets):
            # "would take necessary measures if the Czech Senate speaker went ahead with a visit to Taiwan":
            # aimed at whoever must meet the condition, before a country only guessed from the sentence.
            targets = self.arguments.conditional_targets(match.trigger, frame, actors) or targets
        own = {s.country for s in speakers}
        if kind in {"threat", "intent"} and frame is not None and all(t.country in own for t in targets):
            # "He told him that Kenya would reopen the crossing", "warned Thailand that its troops would
            # respond": an act aimed at no one else is announced to, and aimed at, the one told.
            told = [a for a in self.arguments.addressees(frame, actors) if a.country and a.country not in own]
            targets = told or targets
        if (
            not targets and kind in {"intent", "threat"} and frame is not None and len(own) == 1
            and any(c.dep_ in SUBJECT_DEPS and _points_back(c, self.knowledge) for c in frame.children)
        ):
            # "Chile's president telephoned Peru's new leader. He offered to resume talks": an offer (or a
            # warning) the sentence aims at no one is made to the other party of the exchange just reported.
            targets = actors.other_party(frame, next(iter(own)))
        if not targets and code.startswith(self.rules.aimed_roots) and code != match.pattern.code:
            return []  # a warning of what no one will be made to suffer foretells, it does not threaten
        anchor = frame if frame is not None else match.trigger
        when = times.date_for(anchor, tense_of(anchor, self.rules), statement=frame is not None)
        events = []
        for source, target in actor_pairs(self.rules, code, speakers, targets):
            event = build_event(self.knowledge, code, source, target, "asserted", when, match, article, None)
            if frame is not None:
                event.trigger = f"{frame.text} … {match.trigger.text}"
                first, last = sorted((frame, match.trigger), key=lambda t: t.i)
                event.trigger_span = (first.idx, last.idx + len(last.text))
                event.notes.append(f"{kind} of {match.pattern.code}")
            events.append(event)
        return events

    def _replies(
        self, doc: Doc, coded: list[tuple[int, Event]], article: Article, actors: DocumentActors,
        times: TimeIndex,
    ) -> list[tuple[int, Event]]:
        """ "Morocco's ministry replied that the map would stay", "Tokyo replied that the remarks will not be
        withdrawn": a reply that nothing will be yielded refuses (124) the threat or demand it answers. A
        reply that tells no act of its own and answers a charge or a threat ("Ankara accused Athens of ...
        Athens replied that its aircraft had been on routine flights") denies it (016)."""
        replies = []
        for verb in doc:
            if verb.lemma_ not in self.rules.replying_verbs or verb.pos_ != "VERB":
                continue
            said = [c for c in verb.children if c.pos_ in {"VERB", "AUX"} and _said_clause(c)]
            # "replied the same day that ...": the parse may hang the clause on the day
            said += [c for t in verb.children if t.dep_ == "npadvmod" for c in t.children
                     if c.dep_ == "relcl" and _said_clause(c)]
            said += [c for s in said for c in s.conjuncts]  # "that the map was official and would stay"
            if not said:
                continue
            # what is kept: "the remarks will not be withdrawn", "the map would stay"
            kept = [clause for clause in said if self._yields_nothing(clause)]
            topics = {t.lemma_ for clause in kept for t in _clause_subjects(clause) if t.pos_ == "NOUN"}
            told = {t.i for clause in said for t in clause.subtree} | {verb.i}
            if any(j in told for j, _ in coded):
                continue  # the reply tells an act of its own
            when = times.date_for(verb, tense_of(verb, self.rules))
            for speaker in self.arguments.subject_actors(verb, actors):
                if speaker.country is None:
                    continue
                own = speaker.country
                refused = refused_askers(doc, verb.i, own, topics, coded, self.rules) if topics else []
                replies += [
                    (verb.i, self._verb_event(REFUSE_TO_YIELD, verb, speaker, asker, when, article))
                    for asker in refused
                ]
                if refused or any(_in_future(clause, self.rules) for clause in said):
                    continue  # "replied that the concession would stand": a stand taken, not a denial
                replies += [
                    (verb.i, self._verb_event(DENIAL_CODE, verb, speaker, accuser, when, article))
                    for accuser in answered_doers(doc, verb.i, own, coded, self.rules.denied_roots)
                ]
        return replies

    def _foretold_suffering(
        self, doc: Doc, article: Article, actors: DocumentActors, times: TimeIndex
    ) -> list[tuple[int, Event]]:
        """ "said the island's authorities would bear all the consequences", "warned that Vilnius would pay
        a heavy price": the speaker threatens (130) whoever it says will suffer."""
        threats = []
        for verb in doc:
            if verb.lemma_ not in self.rules.suffering_verbs or verb.dep_ != "ccomp" or not any(
                c.dep_ == "dobj" and c.lemma_ in self.rules.suffered_nouns for c in verb.children
            ) or not _in_future(verb, self.rules):
                continue
            speakers = [s for s in self.arguments.subject_actors(verb.head, actors) if s.country]
            sufferers = [s for s in self.arguments.subject_actors(verb, actors) if s.country]
            when = times.date_for(verb.head, tense_of(verb.head, self.rules), statement=True)
            threats += [
                (verb.i, self._verb_event(GENERIC_THREAT, verb, speaker, sufferer, when, article))
                for speaker in speakers for sufferer in sufferers if sufferer.country != speaker.country
            ]
        return threats

    def _verb_event(
        self, code: str, verb: Token, source: Actor, target: Actor, when: When, article: Article
    ) -> Event:
        """An act a rule reads from a verb no pattern names ("replied", "would bear"), told as done."""
        pattern = EventPattern(code, "verb", verb.lemma_, (), None)
        match = Match(pattern=pattern, trigger=verb, used=set(), target_preposition=None)
        return build_event(self.knowledge, code, source, target, "asserted", when, match, article, None)

    def _yields_nothing(self, clause: Token) -> bool:
        """ "the remarks will not be withdrawn", "the schools would stay as they are"."""
        negated = any(c.dep_ == "neg" for c in clause.children)
        return _in_future(clause, self.rules) and (negated or clause.lemma_ in self.rules.standing_verbs)

    def _judged_decision(
        self, trigger: Token, code: str, sources: list[Actor], reporters: list[Actor]
    ) -> bool:
        """A rule said to be broken by a decision or move (not by someone) of another state than the
        speaker's: "said the U.S. decision to grant the permit violates international law"."""
        if not (code.startswith(NORM_BREAKING_CODE) and reporters and reporters[0].country):
            return False
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        return (
            len(subjects) == 1 and subjects[0].lemma_.lower() in self.rules.decision_nouns
            and all(s.country and s.country != reporters[0].country for s in sources)
        )

    def _unplaced_official(self, speaker: Actor) -> bool:
        """A speaker whose country is only guessed, or an office-holder whose country is not known."""
        return speaker.inferred or (speaker.country is None and speaker.sector in self.rules.office_sectors)

    def _summoned(self, act: Token, sources: list[Actor], actors: DocumentActors) -> list[Actor]:
        """ "summoned the kingdom's ambassador to demand their release": what one says in a purpose
        infinitive with no addressee of its own is said to the one the main act was done to."""
        head = act.head
        if (
            act.pos_ not in {"VERB", "AUX"} or act.dep_ not in {"advcl", "xcomp"} or head is act
            or head.lemma_ in self.rules.frame_verbs
            or not to_infinitive(act)
        ):
            return []
        own = {s.country for s in sources}
        return [a for c in head.children if c.dep_ == "dobj" for a in actors.actors_for(c)
                if a.country and a.country not in own]

    def _accusation(
        self, claim: Token, match: Match, accused: list[Actor], actors: DocumentActors, times: TimeIndex,
        article: Article,
    ) -> list[Event]:
        """ "a Ukrainian claim that Belarusian drones had crossed": the claimant accused the doers (112);
        the act itself is only alleged. A claim with no maker of another country codes nothing."""
        if any(p.code.startswith("11") for p in self.knowledge.patterns.candidates("noun", claim.lemma_)):
            return []  # "rejected Indian allegations that ...": the noun is coded as the accusation itself
        makers = list({m.country: m for m in self.arguments.speakers(claim, actors) if m.country}.values())
        own = {m.country for m in makers}
        accused = [a for a in accused if a.country and a.country not in own]
        if not makers or not accused:
            return []
        when = times.date_for(claim, "past", statement=True)
        return [
            build_event(self.knowledge, "112", maker, doer, "asserted", when, match, article, None)
            for maker in makers for doer in accused
        ]

    def _undated_reason(self, trigger: Token, material: bool = False) -> bool:
        """Whether the act is the reason of a judgement ("praised Laos for backing its position",
        "condemned Finland's decision to host exercises"): without a date of its own it is background,
        not a new event. Help given (`material` cooperation) that one is thanked or praised for is told
        as done: "thanked his host for freeing two fishermen"."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
        if verb is None:
            return False
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for":
            return verb.head.head.lemma_ in self.rules.reason_verbs and not material
        decision = verb.head
        return (
            verb.dep_ == "acl"
            and decision.lemma_ in self.rules.decision_nouns
            and decision.dep_ == "dobj"
            and decision.head.lemma_ in self.rules.reason_verbs
        )


def _despite_request(verb: Token, rules: ModalityRules) -> bool:
    """ "despite a request from Washington", "despite calls from Berlin": the act was asked for."""
    return any(
        rules.frame_nouns.get(o.lemma_.lower()) in {"appeal", "demand"}
        for p in verb.children if p.dep_ == "prep" and p.lower_ == "despite" for o in objects_of(p)
    )


def _without_told_offers(coded: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    """An offer presupposed by its answer is dropped when the text codes it anyway ("studying a Chinese
    offer of a loan" is already China's offer of aid)."""
    told = {_triple(e) for _, e in coded if ANSWERED_OFFER_NOTE not in e.notes}
    return [(i, e) for i, e in coded if ANSWERED_OFFER_NOTE not in e.notes or _triple(e) not in told]


def _triple(event: Event) -> tuple[str | None, str | None, str]:
    return event.source.country, event.target.country if event.target else None, event.cameo.root


def _frame_above(verb: Token, rules: ModalityRules) -> Token | None:
    """The statement verb whose complement holds `verb` ("said it would not allow"), if any."""
    current = verb
    while current.dep_ in {"ccomp", "xcomp", "conj"} and current.head.i != current.i:
        current = current.head
        if current.lemma_ in rules.frame_verbs:
            return current
    return None


def _called_reason(verb: Token) -> bool:
    """ "expelled three diplomats over what it called attempts to bribe voters": a reason the doer names."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "ordered X to leave over ..."
    return any(
        p.lower_ in {"over", "for"} and any(c.dep_ == "pcomp" and c.lemma_ == "call" for c in p.children)
        for h in holders for p in h.children
    )


def _claim_over(act: Token, rules: ModalityRules) -> Token | None:
    """The accusing noun whose "that" clause is the act ("a claim that drones had crossed"), if any."""
    verb = act if act.pos_ in {"VERB", "AUX"} else governing_verb(act)
    if verb is None or verb.dep_ not in {"acl", "ccomp"}:
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_ not in rules.accusing_nouns:
        return None
    return noun if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) else None


def _press_report_denied(trigger: Token, code: str, rules: ModalityRules) -> bool:
    """"dismissing a report in the daily VG", "dismissed as baseless reports that ...": a denial of what the
    press wrote answers no state, so no country the sentence happens to name is its target."""
    return code == DENIAL_CODE and any(
        c.lemma_.lower() in rules.press_nouns and not any(o.dep_ == "poss" for o in c.children)
        for c in _denied_objects(trigger)
    )


def _denied_objects(verb: Token) -> list[Token]:
    """What a verb of denial denies: its object, or the noun the parse hangs under "as" ("dismissing as
    'a fabrication' a claim by Norway's intelligence service")."""
    under_as = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in under_as for o in c.children if o.dep_ == "pobj"
    ]


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of a clause, or of the first clause a subjectless conjunct shares them with."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":
        return _clause_subjects(verb.head)
    return subjects


def _said_clause(clause: Token) -> bool:
    """A clause that says something: "replied that ...", also when the parse reads "that" as a mark of an
    adverbial or relative clause."""
    return clause.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _in_future(verb: Token, rules: ModalityRules) -> bool:
    """Whether the verb has an auxiliary of the future ("will", "would")."""
    return any(c.dep_ == "aux" and c.lower_ in rules.future_modals for c in verb.children)


def _will_not(verb: Token, rules: ModalityRules) -> bool:
    """Whether the verb is negated in the future ("would not sign", "will not attend"): a refusal, unlike
    "has not imposed", which only says what did not happen."""
    negated = any(c.dep_ == "neg" for c in verb.children) or denied_by_doer(verb, rules)
    return negated and _in_future(verb, rules)


def _points_back(subject: Token, knowledge: Knowledge) -> bool:
    """A subject that names a party of the exchange just reported: "he", "she", "the visitor", "the
    premier" (a bare title: "the Indian premier" names its own country)."""
    if subject.lower_ in {"he", "she"}:
        return True
    word = subject.lemma_.lower()
    children = list(subject.children)
    words = [word, *(f"{c.lemma_.lower()} {word}" for c in children if c.dep_ in {"amod", "compound"})]
    role = next((knowledge.actors.roles[w] for w in reversed(words) if w in knowledge.actors.roles), None)
    if word not in VISITOR_WORDS and (role is None or not role.title):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ == "poss" or c.ent_type_ in {"NORP", "GPE"} for c in children
    )


def _own_advice(speakers: list[Actor], doers: list[Actor]) -> bool:
    """Whether what someone says a state "should" do stays an opinion: the speaker is of no known state,
    the doer is unknown, or the speaker is of the doer's own country (advice at home is no appeal)."""
    own = {s.country for s in speakers}
    return None in own or not doers or any(d.country in own or d.country is None for d in doers)


def aimed_at_each_other(trigger: Token) -> bool:
    """ "imposed on each other's goods", "blamed one another", "each side blamed the other": the doers
    act on one another, whatever the object's head."""
    subject_each = any(
        c.dep_ in SUBJECT_DEPS and any(d.dep_ == "det" and d.lower_ == "each" for d in c.children)
        for c in trigger.children
    )
    for word in trigger.subtree:
        if word.i == trigger.i or word.dep_ in SUBJECT_DEPS:
            continue
        if {word.lower_, *(c.lower_ for c in word.children)} >= {"one", "another"}:
            return True
        if word.lemma_.lower() == "other" and any(
            d.dep_ == "det" and (d.lower_ == "each" or (d.lower_ == "the" and subject_each))
            for d in word.children
        ):
            return True
    return False


def _agentless_passive(verb: Token) -> bool:
    """Whether the verb is a passive with no "by" doer ("would be freed")."""
    return (verb.pos_ in {"VERB", "AUX"} and is_passive(verb)
            and not any(c.dep_ == "agent" for c in verb.children))


def _pronoun_subject(verb: Token) -> bool:
    """Whether the verb's doer is "it", "we" or "they", which in reported speech mean the speaker."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"it", "we", "they"} for c in verb.children)


def _speaker_apart(frame: Token, act: Token) -> bool:
    """Whether the frame names a speaker of its own (not a pronoun) and the act a named doer who is not
    that speaker (not a pronoun pointing back to it, as in "the ministry said it would strike")."""
    spoke = any(c.dep_ in SUBJECT_DEPS and c.pos_ in {"PROPN", "NOUN"} for c in frame.children)
    doers = [c for c in act.children if c.dep_ in SUBJECT_DEPS]
    return spoke and bool(doers) and doers[0].pos_ in {"PROPN", "NOUN"}


def _years_before(when: When, published: date | None) -> int:
    """How many whole calendar years before publication the act's own date lies (0 when undated)."""
    if published is None or not when.value or when.precision not in {"day", "month", "year"}:
        return 0
    return published.year - int(when.value[:4])


def _after(when: When, published: date | None) -> bool:
    """Whether a dated act lies after the article was written: a later day, or a later month ("at next
    month's Mercosur summit"; a year is too coarse: "agreed to build it by 2028, and later criticised")."""
    if published is None or when.precision not in {"day", "month"} or not when.value:
        return False
    return when.value > published.isoformat()[: len(when.value)]
