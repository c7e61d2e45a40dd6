"""Finding the actors of a trigger: who did the act, to whom, and who said so.

Everything here reads the dependency parse around one matched trigger and asks `DocumentActors` what
each word stands for. Places standing for their country are dyad.code.place_targets; pairing the doers
with the targets is dyad.code.pairs.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad.code.mediation import MEETING_ROOT
from dyad.code.modality import Status, negates
from dyad.code.pairs import same_actor
from dyad.code.place_targets import country_named, custodians, named_country, place_actor, place_targets
from dyad.code.reactions import names_earlier_act
from dyad.code.tree import SUBJECT_DEPS, by_phrases, governing_verb, is_passive, objects_of, to_infinitive
from dyad.code.triggers import SPAN_NOUNS, Match
from dyad.knowledge import Knowledge
from dyad.knowledge.modality import ModalityRules
from dyad.records import Actor
from dyad.resolve.actors import PLACE_PREPOSITIONS, DocumentActors
from dyad.resolve.times import hung_on

VERB_TARGET_PREPOSITIONS = ("against", "on", "with", "to", "toward", "towards", "at", "into", "upon", "from")
# A use of force is aimed at its target; "halting deliveries to Hungary" says who suffered, not who was hit.
FORCE_TARGET_PREPOSITIONS = ("against", "on", "at", "into", "upon")
# "fired its water cannon at a fishing boat": what is aimed at is the target, whatever place is near it
AIMING_VERBS = {"fire", "shoot", "aim", "point", "throw", "hurl"}
ORIGIN_PREPOSITIONS = ("of", "from")  # "imports of Lebanese fruit", "purchases from Ukraine": whose goods
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
# Prepositions that place a meeting noun in the clause's own time: "failed to agree at talks in Manila",
# "signed the deal during a visit": the clause's doer took part in it.
PARTICIPATION_PREPOSITIONS = {"at", "during"}
# "agreed in talks in Doha", "in a phone call": for meetings only ("$300 million in loans" is no act).
MEETING_PREPOSITIONS = {"in"}
CHANNEL_PREPOSITIONS = {"by", "over"}  # "told him by telephone": the call was between teller and told
TAKING_PART = PARTICIPATION_PREPOSITIONS | MEETING_PREPOSITIONS | CHANNEL_PREPOSITIONS
SOURCE_MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}
SPEAKER_PRONOUNS = {"it", "we", "they"}  # in a clause said by someone: that someone
ANSWERED_PREPOSITIONS = {"despite", "at", "upon"}  # "despite a request from Lima": the one acting was asked
PERSON_POSSESSIVES = {"his", "her"}  # "his release": of one person, who undergoes an act done to people
GROUP_POSSESSIVES = {"their"}  # "ordered their release": of the people named just before


class ArgumentResolver:
    """The sources and targets of matched triggers, and the speakers and addressees of statements."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.rules = knowledge.modality

    def reporters(self, trigger: Token, status: Status, actors: DocumentActors) -> list[Actor]:
        """Who reports the act: the speaker of "X said Y attacked Z", or X of "according to X"."""
        if status.reported_by is not None:
            return self.subject_actors(status.reported_by, actors)
        current = trigger
        for _ in range(8):
            for child in current.children:
                if child.lower_ == "according" and child.dep_ == "prep":
                    for to in child.children:
                        if to.lower_ == "to":
                            return [a for o in objects_of(to) for a in actors.actors_for(o)]
            if current.head.i == current.i or current.dep_ not in {"conj", "advcl", "xcomp", "ccomp"}:
                break
            current = current.head
        return []

    def speakers(self, frame: Token, actors: DocumentActors) -> list[Actor]:
        """Who made the statement: the subject of a frame verb; for a frame noun its named possessor
        ("Dhaka's request"), else the subject of the verb it is the object of ("renewed its request")."""
        if frame.pos_ in {"VERB", "AUX"}:
            return self.subject_actors(frame, actors)
        owners = [a for c in frame.children if c.dep_ == "poss" for a in actors.actors_for(c)]
        if not owners:
            # "a British request", "a Namibian proposal": a named maker.
            owners = [
                a for c in frame.children if c.dep_ in {"amod", "compound"}
                for a in actors.actors_for(c) if a.country
            ]
        if not owners:
            # "an offer of talks from Nigeria", "an offer by Ethiopia's prime minister to mediate": "from"
            # or "by" names who made it.
            owners = [a for p in frame.children if p.dep_ == "prep" and p.lower_ in {"from", "by"}
                      for o in objects_of(p) for a in actors.actors_for(o) if a.country]
        if owners:
            return owners
        verb = frame.head
        if frame.dep_ in {"dobj", "attr", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"}:
            return self.subject_actors(verb, actors)
        return []

    def addressees(self, frame: Token, actors: DocumentActors) -> list[Actor]:
        """Whom an appeal or demand is made to: "urged Mexico", "called on Mexico", "a request to India"."""
        found = [a for c in frame.children if c.dep_ in {"dobj", "dative"} for a in actors.actors_for(c)]
        found += [
            a
            for p in frame.children
            if p.lower_ in {"on", "upon", "to", "of", "with"}  # "pleaded with Santo Domingo"
            for o in objects_of(p)
            for a in actors.actors_for(o)
        ]
        answer = frame.head if frame.dep_ == "dobj" else governing_verb(frame) if frame.dep_ == "pobj" and (
            frame.head.lower_ in ANSWERED_PREPOSITIONS) else None
        if not found and frame.pos_ == "NOUN" and answer is not None and answer.pos_ in {"VERB", "AUX"}:
            # "Ireland rejected a British request to extradite X", "did not meet him despite a request from
            # Lima for talks": whoever answers it was asked, when another made it.
            makers = {a.country for a in self.speakers(frame, actors)}
            found = [
                a for a in self.subject_actors(answer, actors) if a.country and a.country not in makers
            ]
        return found

    def conditional_targets(self, act: Token, frame: Token | None, actors: DocumentActors) -> list[Actor]:
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

    def sources_and_targets(self, match: Match, actors: DocumentActors) -> tuple[list[Actor], list[Actor]]:
        trigger = match.trigger
        if trigger.pos_ in {"VERB", "AUX"} or match.pattern.kind == "verb":  # a verb taken for a noun
            sources, targets = self._verb_arguments(match, actors)
            if match.pattern.code.startswith(self.rules.custody_codes):
                held = custodians(trigger, sources, actors)
                if held is sources and all(s.inferred or not s.country for s in sources):
                    # No place says whose: "deported two Libyans whom police had arrested" (the deporter's).
                    held = (self._releasers(trigger, actors)
                            or self._main_clause_holders(trigger, sources, targets, actors) or held)
                home = {h.country for h in held}
                if not sources and not any(t.country and t.country not in home for t in targets):
                    # "five Ghanaians were arrested in Accra", "protesters were beaten in Nairobi": home
                    # affairs, or people of no country the text names: no dyad to code.
                    held = sources
                if held != sources:
                    # "detained him at Lusaka's airport": the place is where they held him, not whom.
                    sources, targets = held, [t for t in targets if t.country not in home or t.sector]
        else:
            sources, targets = self._noun_arguments(match, actors)
            if not sources and match.pattern.code.startswith(self.rules.custody_codes):
                sources = self._place_holders(trigger, targets, actors)
        return self._without_self_targets(trigger, sources, targets, actors)

    @staticmethod
    def _place_holders(noun: Token, targets: list[Actor], actors: DocumentActors) -> list[Actor]:
        """ "summoned Iran's ambassador over the detention of three Armenian truck drivers in Tabriz": a
        custody no one is named for was done by the authorities of the place, when those held are
        another country's."""
        held = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in objects_of(p)]
        for holder in (noun, *held):
            found = custodians(holder, [], actors)
            if found and any(t.country and t.country != found[0].country for t in targets):
                return found
        return []

    def _without_self_targets(
        self, trigger: Token, sources: list[Actor], targets: list[Actor], actors: DocumentActors
    ) -> tuple[list[Actor], list[Actor]]:
        """A state does not act on itself: a target of the doer's own country is a misreading when it
        is a bare state (a country or capital: "... and thanked Canberra" whose doer the parse took from
        "Australia had flown"), or words that point back to the doer: a pronoun object, which cannot
        be its own clause's subject ("barring them"), or the doer's own things ("withdraws its troops").
        A doer inherited from another clause gives way to the next doer up; otherwise the target goes
        (a pronoun's act goes with it, since whom it meant is unknown). Civilians, rebels and a
        military acting on their own state or people keep them."""
        if len(sources) != 1 or not sources[0].country:
            return sources, targets
        source = sources[0]

        def state(actor: Actor) -> bool:
            return actor.sector is None or actor.sector in self.rules.state_sectors

        own = [t for t in targets if t.country == source.country and (
            t.text.lower() in self.rules.object_pronouns
            or t.text.lower().split(" ", 1)[0] in self.rules.possessive_pronouns
            or (state(source) and state(t))
        )]
        if not own:
            return sources, targets
        if any(not t.inferred for t in own) and (other := actors.other_context_actor(source, trigger.i)):
            return [other], targets
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
        if verb is not None and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in verb.children):
            above = self.subject_actors(verb, actors, avoid=source.country)
            if len(above) == 1 and above[0].country and above[0].country != source.country:
                return above, targets
        if any(t.text.lower() in self.rules.object_pronouns for t in own):
            return [], []
        return sources, [t for t in targets if t not in own]

    def lone_other_country(self, trigger: Token, sources: list[Actor], actors: DocumentActors) -> list[Actor]:
        """The one country the trigger's sentence names besides the doers' own, as the target of an act
        the parse gives none (modality.yaml: lone_country_exempt); none when it names two or more. A
        country that is the doer of another verb ("Tokyo lodged a protest over a visit by lawmakers to
        the islets") is not a candidate for the visit."""
        sentence = trigger.sent
        mentions = [(m.start, m.actor.country) for m in actors.names.values()
                    if sentence.start <= m.start < sentence.end and m.actor.country]
        mentions += [(i, c) for i, c in actors.place_country.items() if sentence.start <= i < sentence.end]
        doc = trigger.doc
        others = {country for i, country in mentions
                  if not _doer_elsewhere(doc[i], trigger)} - {s.country for s in sources}
        if len(others) != 1:
            return []
        [country] = others
        name = actors.knowledge.country_names.get(country)
        return [Actor(text=name or country, name=name, country=country, inferred=True)]

    def subject_actors(self, verb: Token, actors: DocumentActors, avoid: str | None = None) -> list[Actor]:
        """The doer of `verb`, following the parse up through controlled and coordinated verbs; with
        `avoid`, a doer of that country found above is passed over for the next one up."""
        participle = False  # climbed from a participle clause ("..., rejecting a request")
        active_conjunct = False  # climbed from an active verb joined to the one above
        for _ in range(6):
            patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if active_conjunct and patients:
                # "Taiwan's foreign minister was received by President Peña and asked Paraguay to lobby":
                # the one received asked, not the one who received.
                return actors.actors_for(patients[0])
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents and verb.tag_ == "VBN":  # "spoke by telephone": an active verb's "by" is no doer
                return actors.actors_for(agents[0])
            # A dateline the parser took for a subject ("MEXICO CITY — Sheinbaum met") is not one.
            # "Qatar and Türkiye each pledged": a floating "each" or "both" is no doer of its own
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i >= actors.body_start
                        and not (c.tag_ == "DT" and c.lower_ in {"each", "both", "all"})]
            subjects = subjects or _after_dateline(verb, actors.body_start)
            if subjects:
                subject = subjects[0]
                if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
                    return self._relative_doers(verb, actors)
                found = actors.actors_for(subject)
                if not found and subject.lower_ in SPEAKER_PRONOUNS and verb.dep_ == "ccomp":
                    verb = verb.head  # "Bolivia denied that it had allowed": "it" is the denier
                    continue
                if (
                    not found and verb.lemma_ == "be" and verb.dep_ == "ccomp"
                    and names_earlier_act(subject, self.rules)
                ):
                    verb = verb.head  # "Moscow said the expulsion was 'hostile'": Moscow judges it
                    continue
                if not found and subject.lower_ in SPEAKER_PRONOUNS and verb.dep_ == "relcl":
                    above = governing_verb(verb.head)  # "Kenya lifted the curbs it had imposed": Kenya's
                    if above is not None:
                        verb = above
                        continue
                if avoid and found and all(a.country == avoid for a in found) and verb.dep_ == "ccomp":
                    verb = verb.head
                    continue
                return found
            if any(c.dep_ == "nsubjpass" for c in verb.children):
                if participle and verb.dep_ == "ccomp":
                    # "the court ruled that he will not be extradited, rejecting a request": the one
                    # who ruled rejects, not the man extradited.
                    verb = verb.head
                    continue
                return []
            if is_passive(verb):
                return []  # "crossed the lake after being convicted": the one above was acted upon
            if verb.dep_ == "relcl":
                return self._relative_doers(verb, actors)
            if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_ in self.rules.frame_nouns:
                # "its request to India to extradite X": India is asked; "its threat to strike": the
                # threatener would strike.
                if self.rules.frame_nouns[verb.head.lemma_] in {"appeal", "demand"}:
                    return self.addressees(verb.head, actors)
                return self.speakers(verb.head, actors)
            if verb.dep_ == "acl" and verb.head.lemma_ in self.rules.decision_nouns:
                return self.speakers(verb.head, actors)  # "Tokyo's decision to lift curbs": Tokyo acts
            if verb.dep_ == "acl" and verb.head.lemma_ in self.rules.statement_nouns:
                statement = verb.head
                owners = [c for c in statement.children if c.dep_ == "poss"]
                if owners:  # "Pakistan's letter asking India to restore the treaty"
                    return actors.actors_for(owners[0])
                if statement.dep_ == "dobj" and statement.head.pos_ in {"VERB", "AUX"}:
                    verb = statement.head  # "issued a joint statement condemning X": who issued it condemned
                    continue
            if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
                verb = verb.head  # "it was ready to discuss": the subject of the copula
                continue
            if verb.dep_ == "xcomp":
                # "urged Mexico to act": the object of the frame does the act; "vowed to act": its subject.
                objects = [c for c in verb.head.children if c.dep_ in {"dobj", "dative"}]
                if objects and self.rules.frame_verbs.get(verb.head.lemma_) == "appeal":
                    return actors.actors_for(objects[0])
                if objects and verb.head.lemma_ in self.rules.causing_verbs:
                    return actors.actors_for(objects[0])  # "prompting Turkey to summon the ambassador"
                verb = verb.head
                continue
            attribution = _attribution_before(verb, self.rules)
            if attribution is not None:
                verb = attribution  # "X detained Y, Z said on Tuesday, calling the arrests illegal": Z calls
                continue
            if verb.dep_ in {"conj", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
                speech = verb.lemma_ in self.rules.alleging_verbs or verb.lemma_ in self.rules.frame_verbs
                participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
                # "was flown ... and handed": a participle joined to a passive is passive too
                active_conjunct = verb.dep_ == "conj" and verb.tag_ != "VBN" and not is_passive(verb)
                verb = verb.head.head if speech and _said_again(verb) else verb.head
                continue
            # "spoke on Friday, a day after hosting": the parse may hang "after" on "day"
            governor = hung_on(verb.head) if verb.head.lower_ in {"after", "before"} else verb.head.head
            if verb.dep_ == "pcomp" and governor.pos_ in {"VERB", "AUX"}:
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
        sources = self.subject_actors(verb, actors)
        if not sources and passive_subjects and verb.lemma_ in self.rules.channel_verbs:
            # "Russia's ambassador was summoned to the Latvian foreign ministry": whoever summons is where
            sources = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                       for o in objects_of(p) for a in actors.actors_for(o) if a.country]
            # "Pakistan's high commissioner to India was summoned": by the state the envoy is sent to
            sources = sources or [a for e in passive_subjects for p in e.children if p.dep_ == "prep"
                                  and p.lower_ == "to" for o in objects_of(p) for a in actors.actors_for(o)
                                  if named_country(a)]
        doer_countries = {s.country for s in sources}  # no target of theirs
        targets: list[Actor] = []
        if match.target_preposition is not None:
            targets = self._targets_of_pattern_preposition(match, actors)
        if not targets:
            # A pattern's last word read as a preposition may be a particle with no object ("turn down"):
            # the object is then the verb's own.
            for child in verb.children:
                if child.i in match.used:
                    continue
                if child.dep_ in {"dobj", "dative"}:
                    if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                        targets += actors.actors_for(verb.head)  # "the fishermen whom China detained"
                    else:
                        targets += actors.actors_for(child)
            if not targets and not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
                targets += [a for o in _shared_object(verb) for a in actors.actors_for(o)]
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
                    if subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                        targets += actors.actors_for(verb.head)  # "the workers who had been held"
                    else:
                        targets += actors.actors_for(subject)
            if not targets and verb.dep_ == "acl" and verb.tag_ == "VBN" and match.pattern.code[:2] == "17":
                targets += actors.actors_for(verb.head)  # "three French hikers arrested in August"
            if not any(named_country(t) for t in targets):
                # "imposed visa bans on 11 Ugandan officials, among them the deputy chairman": the parse may
                # make a countryless phrase a second object; a preposition's object naming one beats it.
                force = match.pattern.code[:2] in {"18", "19", "20"}
                prepositions = FORCE_TARGET_PREPOSITIONS if force else VERB_TARGET_PREPOSITIONS
                aimed = verb.lemma_.lower() in AIMING_VERBS
                found = self._prepositional_targets(verb, match, actors, prepositions, aimed=aimed)
                if not targets or any(named_country(t) for t in found):
                    targets = found
        received = [
            a for i in sorted(match.used - {verb.i})
            if verb.doc[i].dep_ == "pobj" and verb.doc[i].head.lower_ in RECIPIENT_PREPOSITIONS
            for a in actors.actors_for(verb.doc[i]) if a.country and not a.inferred
        ]
        if received:
            # "handed 37 suspects over to U.S. authorities": whom the pattern names as receiving is aimed at,
            # not the country of what was handed.
            targets = received
        if not any(t.country for t in targets):
            # "expelled two Venezuelan diplomats": the pattern's own object names the target, and a
            # country there beats a countryless phrase the parse also hung on the verb ("detained the
            # crew of a Malaysian boat ... off Ca Mau province").
            # "declared a Serbian embassy counsellor persona non grata": the pattern's own word may be the
            # head the parse gave the one acted on.
            own = [
                a
                for child in verb.children
                if child.i in match.used and child.dep_ in {"dobj", "dative"}
                for part in (child, *(c for c in child.lefts if c.dep_ == "compound"))
                for a in actors.actors_for(part)
                if a.country and (part is child or not a.inferred)
            ]
            targets = own or targets
        if not any(t.country and not t.inferred for t in targets):
            # "block the next tranche of EU aid to Ukraine": what the pattern names goes to someone, and
            # that recipient is the target (not the country only guessed for "60 soldiers" it sends).
            named = sorted(match.used - {verb.i})
            if match.pattern.code.startswith(self.rules.aid_codes):
                # "pledged to fund 500 scholarships for Syrian students": what aid pays for goes to someone
                named += [verb.i] + [c.i for c in verb.children if c.dep_ == "dobj" and c.i not in match.used]
            recipients = [
                a for i in named for child in verb.doc[i].children
                if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPOSITIONS
                for o in objects_of(child) for a in actors.actors_for(o) if named_country(a)
            ]
            # "summoned a minister from the Chinese embassy": a word of the pattern that says its country
            # beats one only guessed for the person; so does whose the pattern's object is ("withdrew the
            # accreditation of two correspondents of German broadcaster ZDF")
            used = [verb.doc[i] for i in sorted(match.used - {verb.i})]
            # ("rejected a statement by France and Britain": the statement's makers)
            owned = [o for word in used if word.pos_ == "NOUN" for child in word.children
                     if child.dep_ == "prep" and child.lower_ in {"of", "by"} for o in objects_of(child)]
            # ("offered the help of GCHQ investigators": its own)
            owners = [a for word in [w for w in used if w.dep_ == "pobj"] + owned
                      for a in actors.actors_for(word)
                      if named_country(a) and a.country not in doer_countries]
            targets = recipients or owners or targets
        if not any(t.country for t in targets) and match.pattern.code.startswith(self.rules.aid_codes):
            # "delivered the last six of 36 howitzers that Armenia ordered": goods go to whoever ordered them
            goods = [verb.doc[i] for i in sorted(match.used - {verb.i})]
            buyers = [a for noun in goods for clause in noun.children if clause.dep_ == "relcl"
                      for subject in clause.children if subject.dep_ == "nsubj"
                      for a in actors.actors_for(subject)
                      if named_country(a) and a.country not in doer_countries]
            targets = buyers or targets
        if not any(t.country for t in targets):
            # "ban imports of Lebanese fruit", "halted purchases from Ukraine": goods the pattern names
            # come from their country, which the act is aimed at.
            named = [verb.doc[i] for i in sorted(match.used)]
            goods = [t for t in named + [c for t in named for c in t.children if c.dep_ == "dobj"]
                     if t.lemma_.lower() in self.rules.traded_nouns]
            origins = [
                a for noun in goods
                for child in noun.children
                if child.dep_ == "prep" and child.lower_ in ORIGIN_PREPOSITIONS
                for o in objects_of(child) for a in actors.actors_for(o) if named_country(a)
            ]
            targets = origins or targets
        if not targets:
            # "refused to meet Colombian officials", "declined to recognise Kosovo": a verb the pattern
            # names under the trigger acts on the target.
            for i in sorted(match.used - {verb.i}):
                inner = verb.doc[i]
                if inner.pos_ in {"VERB", "AUX"} and inner.dep_ in {"xcomp", "ccomp"}:
                    # "would help Pakistan build two corvettes": the one helped is the inner verb's subject
                    helped = [a for c in inner.children if c.dep_ == "nsubj" for a in actors.actors_for(c)
                              if named_country(a) and a.country not in doer_countries]
                    if helped and match.pattern.code.startswith(self.rules.aid_codes):
                        targets += helped
                        continue
                    for child in inner.children:
                        if child.dep_ in {"dobj", "dative"} and child.i not in match.used:
                            targets += [a for a in actors.actors_for(child) if a.country]
        if not targets:
            # "mediate between Addis Ababa and Asmara", "demanded that Beijing stop": those acted upon.
            for used in sorted(match.used):
                for child in verb.doc[used].children:
                    if child.dep_ == "prep" and child.lower_ in {"between", "among"}:
                        targets += [a for o in objects_of(child) for a in actors.actors_for(o)]
            if not targets and self.rules.frame_verbs.get(verb.lemma_) in {"appeal", "demand"}:
                for clause in verb.children:
                    if clause.dep_ in {"ccomp", "xcomp"}:
                        for subject in clause.children:
                            if subject.dep_ in SUBJECT_DEPS:
                                targets += actors.actors_for(subject)
            if not targets and match.pattern.code[:2] in {"02", "10", "11"}:
                # "renewed its demand that Tokyo retract the remarks": the one the "that" clause asks; "deep
                # disappointment that Japanese leaders had paid tribute": the one it disapproves of.
                targets += [a for i in sorted(match.used - {verb.i}) for clause in verb.doc[i].children
                            if clause.dep_ in {"acl", "ccomp"} and any(
                                m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                            for subject in clause.children if subject.dep_ in SUBJECT_DEPS
                            for a in actors.actors_for(subject)]
        if not targets and verb.dep_ == "acl" and verb.tag_ == "VBN":
            targets = self._receivers(verb, actors)
        answer = verb.head.head
        if (
            not targets and verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and negates(answer, self.rules)
            and match.pattern.code[:2] in {"02", "03", "10"}
        ):
            # "rejected a request Kyiv made last week": it was made to whoever rejects it ...
            targets = [a for a in self.subject_actors(answer, actors) if a.country]
        if not targets and negates(verb, self.rules):
            # ... and the rejection answers its maker.
            targets = [a for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "relcl"
                       for s in c.children if s.dep_ == "nsubj" and s.tag_ not in {"WDT", "WP"}
                       for a in actors.actors_for(s) if a.country]
        if (
            not targets and verb.dep_ == "acl" and verb.head.lemma_ in self.rules.statement_nouns
            and verb.head.dep_ == "dobj"
        ):
            # "handed her a letter proposing a bridge", "sent Rome a note protesting": to whom it went.
            bearer = verb.head.head
            targets = [a for c in bearer.children if c.dep_ in {"dative", "iobj"}
                       for a in actors.actors_for(c)]
            targets += [a for p in bearer.children if p.dep_ == "prep" and p.lower_ == "to"
                        for o in objects_of(p) for a in actors.actors_for(o)]
        force = self.knowledge.cameo.cameo(match.pattern.code).quad_class == 4
        placed = force or match.pattern.code.startswith(self.rules.place_target_codes)
        home = sources[0].country if sources else None
        foreign = [t for t in targets if named_country(t) and t.country != home]  # not its own troops
        if placed and (len(sources) == 1 or not force) and not foreign:
            # "attacked Kharkiv", "struck a depot near Sulaimaniyah": what is hit at a place is hit in
            # its country; "visited troops in Estonia" is a visit to Estonia. (Two sides that clashed
            # are each other's targets instead.)
            places = [
                found for child in verb.children if child.dep_ == "dobj"
                if (found := place_actor(child, actors)) is not None
            ]
            goals = frozenset() if force else frozenset({"to"})  # "flew to Tel Aviv": where a visit goes
            reached = place_targets(verb, actors, goals)
            inward = not force or match.pattern.code.startswith(self.rules.posture_roots)
            if inward and all(t.country == home for t in reached):
                # "flew to Lyon", "mobilised reservists near the crossing at Bačka Palanka": a trip or a
                # show of force at home is aimed at no one there.
                reached = []
            targets = places or reached or targets
        if force and len(sources) <= 1 and not targets:
            targets = self._clause_actor_targets(verb, sources, actors)
        if not targets and match.pattern.code.startswith(self.rules.complement_target_roots):
            targets = self._complement_targets(verb, sources, actors)
        answered = self.rules.answer_codes.get(match.pattern.code)
        if answered and not targets:
            targets = self._answered(verb, answered, actors)
        return sources, targets

    def _main_clause_holders(
        self, verb: Token, sources: list[Actor], targets: list[Actor], actors: DocumentActors
    ) -> list[Actor]:
        """ "Greece handed a Bulgarian smuggler to Bulgarian police, four days after border police arrested
        him": unnamed police in a time clause, given only the detainee's own country by the context (an
        arrest at home, no dyad), are the authorities of the state whose act the main clause tells."""
        held = {t.country for t in targets if t.country}
        if (
            verb.dep_ != "advcl" or not sources or not held
            or not all(s.inferred and s.country in held for s in sources)
        ):
            return []
        main = [a for a in self.subject_actors(verb.head, actors) if a.country and not a.inferred]
        return [Actor(text=s.text, name=m.name, country=m.country, sector=s.sector, inferred=True)
                for m in main[:1] if m.country not in held for s in sources]

    def _releasers(self, verb: Token, actors: DocumentActors) -> list[Actor]:
        """Who held the people an agentless arrest describes, where no place says: the state that freed
        them, or is asked to ("Rabat freed three French hikers arrested in August", "Lima's release of
        14 drivers who had been held"): only who holds people can let them go."""
        if verb.dep_ not in {"acl", "relcl"} or verb.pos_ not in {"VERB", "AUX"}:
            return []
        people = verb.head
        if people.dep_ == "dobj" and people.head.lemma_ in self.rules.releasing_words:
            found = self.subject_actors(people.head, actors)
        elif (
            people.dep_ == "pobj" and people.head.lower_ == "of"
            and people.head.head.lemma_ in self.rules.releasing_words
        ):
            found = self.speakers(people.head.head, actors)
        else:
            return []
        return [Actor(text=a.text, name=a.name, country=a.country, sector=a.sector, inferred=True)
                for a in found if a.country]

    def _receivers(self, participle: Token, actors: DocumentActors) -> list[Actor]:
        """Who got what a participle says was given: "Vientiane received the first 30 of 120 buses donated
        by Tokyo" (the subject of a receiving verb whose object holds the participle's noun)."""
        token = participle.head
        if token.dep_ == "pobj" and token.head.lower_ in {"under", "through"}:
            # "exchanged detainees under a deal mediated by Uzbekistan": those who acted under the deal.
            return [a for a in self.subject_actors(token.head.head, actors) if a.country]
        while token.dep_ in {"pobj", "prep", "conj", "appos"} and token.head.i != token.i:
            token = token.head
        receiver = token.head
        if token.dep_ != "dobj" or receiver.lemma_ not in self.rules.receiving_verbs:
            return []
        return [a for a in self.subject_actors(receiver, actors) if a.country]

    def _complement_targets(self, verb: Token, sources: list[Actor], actors: DocumentActors) -> list[Actor]:
        """Whom a refusal is aimed at when only the refused act names them, nearest clause first: the
        doer or object of that act ("refused to let French troops use the base": France), or a country
        or capital where it would happen ("declined an invitation to attend a parade in Moscow")."""
        queue = [
            c for c in verb.children
            if c.dep_ in {"xcomp", "ccomp", "dobj"}
            # "pledged $500 million on Tuesday to support Jordan's budget": an infinitive of purpose
            or (c.dep_ == "advcl" and to_infinitive(c))
        ]
        while queue:
            token = queue.pop(0)
            found = []
            for child in token.children:
                preps = [child] if child.dep_ == "prep" else []
                if child.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} and child.pos_ != "PRON":
                    named = [a for a in actors.actors_for(child) if named_country(a)]
                    found += named
                    # "a forum in Minsk"; but "Russian drones over western Ukraine" are Russia's alone
                    preps = [] if named else [p for p in child.children if p.dep_ == "prep"]
                found += [
                    a
                    for p in preps
                    for o in objects_of(p)
                    # "restore flights between the two countries": the pair, one of them the doer
                    if country_named(o, actors) or p.lower_ in {"between", "among"}
                    for a in actors.actors_for(o)
                    if a.country
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
            found = [a for a in actors.actors_for(token) if named_country(a) and a.country not in own]
            if found:
                return found
        return []

    def _targets_of_pattern_preposition(self, match: Match, actors: DocumentActors) -> list[Actor]:
        """The object of the pattern's final preposition; another of the same kind on the matched
        words if that one names no actor ("imposed sanctions on Venezuela on Monday")."""
        found = [a for obj in objects_of(match.target_preposition) for a in actors.actors_for(obj)]
        if found:
            return found
        doc = match.trigger.doc
        for i in sorted(match.used):
            for child in doc[i].children:
                if child.dep_ == "prep" and child.lower_ == match.target_preposition.lower_:
                    found += [a for obj in objects_of(child) for a in actors.actors_for(obj)]
        return found

    def _prepositional_targets(
        self, head: Token, match: Match, actors: DocumentActors, prepositions: tuple[str, ...],
        aimed: bool = False,
    ) -> list[Actor]:
        """The target under a preposition of the matched words. A place preposition's object counts when
        it names a country, or, after a verb of aiming (`aimed`), when "at" names whose it is ("fired its
        water cannon at a Philippine fisheries vessel near Sandy Cay")."""
        tokens = [head, *(head.doc[i] for i in sorted(match.used) if i != head.i)]
        # "sent planes and 120 firefighters to Paraguay": the parse may hang the goal on the last object.
        tokens += [c for o in head.children if o.dep_ == "dobj" for c in o.conjuncts if c.i > o.i]
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
        # "signed an agreement on seasonal workers with her South Korean counterpart": a phrase naming no
        # country (or one only guessed from the context) gives way to a later one that does.
        stateless: list[Actor] = []
        for preposition in prepositions:
            for word, child in attached:
                if word != preposition:
                    continue
                found = []
                for obj in objects_of(child):
                    if aimed and preposition == "at" and not country_named(obj, actors):
                        found += [a for a in actors.actors_for(obj) if named_country(a)]
                        continue
                    if preposition in PLACE_PREPOSITIONS and not country_named(obj, actors):
                        continue
                    found += actors.actors_for(obj) or self._agents_of_act(obj, actors)
                if any(named_country(a) for a in found):
                    return found
                stateless = stateless or found
        return stateless

    def _agents_of_act(self, noun: Token, actors: DocumentActors) -> list[Actor]:
        """The doers of an act named by the object: "an investigation into the execution of prisoners by
        Russian soldiers" is aimed at the alleged perpetrators, not at the place or the victims."""
        if noun.pos_ != "NOUN" or not self.knowledge.patterns.candidates("noun", noun.lemma_.lower()):
            return []
        return [a for a in _agents(noun, actors) if a.country]

    def _noun_arguments(self, match: Match, actors: DocumentActors) -> tuple[list[Actor], list[Actor]]:
        noun = match.trigger
        sources: list[Actor] = []
        patients: list[Actor] = []
        for child in noun.children:
            if child.dep_ in SOURCE_MODIFIER_DEPS and child.i not in match.used:
                patient = match.pattern.code.startswith(self.rules.patient_codes)
                if patient and child.lower_ in PERSON_POSSESSIVES:
                    patients += actors.actors_for(child)  # "demanded his release": he is the one freed
                elif patient and child.lower_ in GROUP_POSSESSIVES:
                    patients += actors.group(child)  # "a court ordered their release": the fishermen
                else:
                    sources += actors.actors_for(child)
        sources += _agents(noun, actors)
        verb = governing_verb(noun)
        if not sources and verb is not None and match.pattern.code.startswith(MEETING_ROOT) and any(
            c.dep_ == "poss" and c.lower_ == "their" for c in noun.children
        ):
            # "Fidan told a joint news conference with his Uzbek counterpart, after their talks": "their"
            # are the clause's doer and the one it was with
            partners = [a for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "with"
                        and t.i < noun.i for a in actors.actors_for(t) if a.country]
            doers = [a for a in self.subject_actors(verb, actors) if a.country]
            if doers and partners and {a.country for a in partners} - {a.country for a in doers}:
                return doers + partners, []
        reaction = False
        if not sources and match.pattern.code[:2] in self.rules.from_source_roots:
            # "a protest from Algiers", "condemnation from Washington": "from" names who did it.
            holders = [noun, verb] if verb is not None and noun.dep_ == "dobj" else [noun]
            sources = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                       for o in objects_of(p) for a in actors.actors_for(o)]  # "drew a protest from Hanoi"
            if not sources and match.pattern.code[:2] == "02":
                # "at the request of the Ugandan government": "of" names who asked.
                sources = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in objects_of(p) for a in actors.actors_for(o) if a.country]
            # "deported him, prompting a protest from Algiers": aimed at whoever prompted it.
            reaction = bool(sources) and verb is not None and verb.lemma_ in self.rules.causal_verbs
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
            sources = self.subject_actors(verb, actors)
        spanned = noun.head.head if noun.head.lower_ == "of" and noun.head.head.lemma_ in SPAN_NOUNS else noun
        # The noun's own doers took part ("next month's Mercosur summit"), else those of the act it is the
        # occasion of: "asked Starmer to return the sculptures, during talks at Downing Street" are the asker
        # and the one asked, not who would return them.
        party_verb = verb
        if (
            not sources
            and verb is not None
            and spanned.dep_ == "pobj"
            and (
                spanned.head.lower_ in PARTICIPATION_PREPOSITIONS
                or (spanned.head.lower_ in MEETING_PREPOSITIONS | CHANNEL_PREPOSITIONS
                    and match.pattern.code.startswith("04"))
                or (
                    # "the minister said after a telephone call with his Ecuadorean counterpart"
                    spanned.head.lower_ in {"after", "following"} and match.pattern.code.startswith("04")
                    and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
                )
            )
            and self.knowledge.cameo.cameo(match.pattern.code).quad_class <= 2
            and match.pattern.code[:2] != "02"  # "arrested him at a request": others asked
            and not self._mentioned_before(noun, match.pattern.code[:2])
        ):
            # Cooperative meetings only: "police fired tear gas at a protest" did not protest.
            if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
                party_verb = verb.head
            sources = self.subject_actors(party_verb, actors)
        if not sources and verb is not None and verb.lemma_ in self.rules.causal_verbs:
            sources = self.subject_actors(verb, actors)  # "an operation that led to the capture of X"
        frame = noun.head.head
        if (
            not sources and noun.dep_ == "pobj" and noun.head.lower_ in {"of", "for"}
            and frame.pos_ == "NOUN" and frame.lemma_ in self.rules.frame_nouns
        ):
            # "a Gabonese offer of talks": the offerer would take part; "Kenya's request for aid to
            # Uganda": the one asked would give it.
            asked = self.rules.frame_nouns[frame.lemma_] in {"appeal", "demand"}
            sources = (self.addressees(frame, actors) if asked else []) or self.speakers(frame, actors)
        between = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}]
        if not sources and not between and match.pattern.code.startswith(self.rules.joint_codes):
            # "the joint air drills of South Korea and the United States": two or more states "of" a joint
            # act are its parties, as "between" names them.
            of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
            parties = [a for p in of for o in objects_of(p) for c in (o, *o.conjuncts)
                       for a in actors.actors_for(c) if a.country]
            if len({a.country for a in parties}) >= 2:
                return parties, []
        if between:
            parties = [a for p in between for o in objects_of(p) for a in actors.actors_for(o)]
            if not sources and len(parties) >= 2:
                return parties, []
            return sources, parties
        targets = []
        if match.target_preposition is not None:
            targets = self._targets_of_pattern_preposition(match, actors)
        if not targets:
            prepositions = NOUN_TARGET_PREPOSITIONS
            joint = match.pattern.code.startswith(self.rules.joint_codes)
            if joint and len({s.country for s in sources}) >= 2:
                # "Chad and Cameroon ... at talks in Abuja": two parties meet each other; the venue
                # is where, not whom.
                prepositions = tuple(p for p in prepositions if p != "in")
            targets = self._prepositional_targets(noun, match, actors, prepositions)
        if (
            not targets and verb is not None and spanned.dep_ == "pobj"
            and match.pattern.code.startswith("04")
            and spanned.head.lower_ in TAKING_PART
        ):
            # "told his German counterpart in a telephone call that ...": the one told took part.
            targets = [a for c in party_verb.children if c.dep_ in {"dobj", "dative"}
                       for a in actors.actors_for(c)]
        if not targets and verb is not None and noun.dep_ == "dobj":
            light = Match(match.pattern, verb, {verb.i, noun.i}, None)
            targets = self._prepositional_targets(verb, light, actors, (*VERB_TARGET_PREPOSITIONS, "in"))
        # "a request from Togo": the maker named under a preposition is no target of its own request.
        targets = [t for t in targets if not any(same_actor(t, s) for s in sources)]
        answering, put = self.rules.answering_verbs, _put_to(noun)
        if (
            not targets
            and verb is not None
            and (put.dep_ == "dobj" or _answered_to(put, verb, answering))
            and (negates(verb, self.rules) or verb.lemma_ in self.rules.receiving_verbs | answering)
            and (match.pattern.code[:2] in {*self.rules.answer_codes.values(), "02", "03", "05"}
                 or put.lemma_ in self.rules.answered_offer_codes)
        ):
            # "rejecting accusations": the rejecter was accused; "rejected Britain's request": was asked;
            # "accepted a request from Kenya", "has not responded to Seoul's offer": was asked, was offered.
            targets = self.subject_actors(verb, actors)
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
            targets = [a for v in victims for a in actors.actors_for(v) if named_country(a)]
        targets = [t for t in targets if not any(same_actor(t, s) for s in sources)]
        if (
            not targets and verb is not None and match.pattern.code[:2] == "02"
            and noun.dep_ == "pobj" and noun.head.lower_ in {"at", "upon", "on", "despite"}
        ):
            # "extradited the suspect at Uganda's request", "did not meet him despite a request from Lima":
            # the one who acted, or would not, was asked.
            asked = {s.country for s in sources}
            targets = [a for a in self.subject_actors(verb, actors) if a.country and a.country not in asked]
        if not targets and reaction and verb is not None:
            targets = [t for t in self.subject_actors(verb, actors) if t.country]
        if not targets and noun.lemma_.lower() in self.rules.claim_nouns:
            # "rejected an accusation by Niger's military rulers that it was allowing French soldiers to
            # train fighters": a claim is aimed at the one its "that" clause says did something.
            accused = [a for clause in noun.children if clause.dep_ in {"acl", "ccomp"}
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                       for subject in clause.children if subject.dep_ in {"nsubj", "nsubjpass"}
                       for a in self._claimed_doers(subject, verb, actors)]
            targets = [a for a in accused if a.country and a.country not in {s.country for s in sources}]
        return sources, targets or patients

    def _claimed_doers(self, subject: Token, verb: Token | None, actors: DocumentActors) -> list[Actor]:
        """Who a claim says acted; "it" in a claim that someone rejects is the one rejecting it."""
        if subject.lower_ in SPEAKER_PRONOUNS and verb is not None:
            return self.subject_actors(verb, actors)
        return actors.actors_for(subject)

    def _mentioned_before(self, noun: Token, root: str) -> bool:
        """ "arrived for a state visit. During the visit, he signed": a definite event noun that repeats
        one named earlier points back to that event; it is not a second meeting. So does "the meeting"
        after "held talks": a meeting told before by another word."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
            return False
        patterns = self.knowledge.patterns
        word = patterns.synonyms.get(noun.lemma_.lower(), noun.lemma_.lower())
        for t in noun.doc[: noun.i]:
            lemma = t.lemma_.lower()
            if patterns.synonyms.get(lemma, lemma) == word:
                return True
            kind = "noun" if t.pos_ == "NOUN" else "verb" if t.pos_ == "VERB" else None
            if root == "04" and kind and any(
                p.code.startswith(root) and not p.words for p in patterns.candidates(kind, lemma)
            ):
                return True
        return False

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


def _agents(noun: Token, actors: DocumentActors) -> list[Actor]:
    """Who did the act a noun names: "strikes by Israel", "accusations made by Burundi's president"."""
    found = [a for by in by_phrases(noun) for obj in objects_of(by) for a in actors.actors_for(obj)]
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent":
                    found += [a for obj in objects_of(agent) for a in actors.actors_for(obj)]
    return found


def _after_dateline(verb: Token, body_start: int) -> list[Token]:
    """ "BAGHDAD, March 22 (Reuters) - Saudi Arabia and Iran held talks": the parser may take the dateline
    for the subject and hang the real one under it; the first noun of the body under it is the subject."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.i < body_start:
            for token in child.subtree:
                if token.i >= body_start and token.head.i < body_start and token.pos_ in {"PROPN", "NOUN"}:
                    return [token]
    return []


def _shared_object(verb: Token) -> list[Token]:
    """ "would board, inspect and expel any Vietnamese vessel": verbs joined with no object of their own
    share the object the parse hangs on the last of them (when it has no subject of its own)."""
    last = max(verb.conjuncts, key=lambda c: c.i, default=None)
    if last is None or last.i < verb.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in last.children):
        return []
    return [o for o in last.children if o.dep_ == "dobj"][:1]


def _attribution_before(participle: Token, rules: ModalityRules) -> Token | None:
    """The closing attribution a participle goes on from: in "Chadian troops shelled a village, Niger's
    army said, calling it a crime" the parser hangs "calling" on "shelled", but the speaker calls. A verb
    of speech with a subject and nothing reported under it, between the act and the participle. A verdict
    on the reported act ("said that Delhi had expelled two diplomats, calling the move unjustified") is
    the speaker's too: no one passes a verdict on their own act as it is told."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or any(
        c.dep_ in SUBJECT_DEPS for c in participle.children
    ):
        return None
    reported = participle.head
    if (
        participle.lemma_.lower() in rules.verdict_verbs and reported.dep_ == "ccomp"
        and reported.head.lemma_.lower() in rules.frame_verbs
    ):
        return reported.head
    for sibling in participle.head.children:
        if (
            sibling.dep_ in {"conj", "parataxis", "ccomp"} and participle.head.i < sibling.i < participle.i
            and sibling.lemma_.lower() in rules.frame_verbs
            and any(c.dep_ in SUBJECT_DEPS for c in sibling.children)
            and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in sibling.children)
        ):
            return sibling
    return None


def _put_to(noun: Token) -> Token:
    """The offer or request an act noun is "of": "South Korea's offer of flood relief" -> offer."""
    return noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun


def _answered_to(noun: Token, verb: Token, answering: frozenset[str]) -> bool:
    """ "responded to Seoul's offer": the noun is what the verb answers."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head == verb
            and verb.lemma_ in answering)


def _said_again(verb: Token) -> bool:
    """ "said that Venezuelan soldiers had fired on a patrol, and accused Caracas": a simple past joined to
    a reported past perfect goes on from the verb of saying (the parser hangs it on the reported one). The
    caller asks it only of verbs of speech: "had beaten three fishermen and confiscated their nets" is
    one reported story."""
    reported = verb.head
    return (
        verb.dep_ == "conj" and verb.tag_ == "VBD" and reported.dep_ == "ccomp"
        and reported.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in reported.children)
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _doer_elsewhere(token: Token, trigger: Token) -> bool:
    """The phrase `token` is in is the active subject of a verb other than `trigger`."""
    while token.dep_ in {"compound", "amod", "poss", "nmod", "flat", "case"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.i != trigger.i
