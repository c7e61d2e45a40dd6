"""Modality knowledge (data/modality.yaml): negation, conditionals, the future, and statement frames."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dyad.knowledge.tables import longest_prefix, read_yaml

GENERIC_THREAT = "130"  # CAMEO: threaten, not specified below


@dataclass(slots=True)
class ModalityRules:
    negating_verbs: frozenset[str]
    negating_phrasal: frozenset[tuple[str, str]]
    hypothetical_marks: frozenset[str]
    enabling_verbs: frozenset[str]
    hypothetical_modals: frozenset[str]
    hedges: frozenset[str]
    future_modals: frozenset[str]
    frame_verbs: dict[str, str]
    frame_nouns: dict[str, str]
    light_verbs: frozenset[str]
    causal_verbs: frozenset[str]
    threat_codes: dict[str, str]
    intent_codes: dict[str, str]
    appeal_codes: dict[str, str]
    demand_codes: dict[str, str]
    statement_roots: frozenset[str]
    reciprocal_codes: tuple[str, ...]
    joint_codes: tuple[str, ...]
    reciprocal_triggers: frozenset[str]
    converse_codes: dict[str, str]
    habitual_adverbs: frozenset[str]
    generic_determiners: dict[str, str]
    content_roots: frozenset[str]
    hypothetical_phrases: tuple[tuple[str, ...], ...]
    answer_codes: dict[str, str] = field(default_factory=dict)  # act code -> root it answers
    contested_nouns: frozenset[str] = frozenset()  # made, though denied
    home_codes: tuple[str, ...] = ()  # done in the doer's own country
    custody_codes: tuple[str, ...] = ()  # "were detained in Lagos": by the authorities of the place
    natural_forces: frozenset[str] = frozenset()  # "Cyclone Mala flattened villages": no actor
    receiving_verbs: frozenset[str] = frozenset()  # "received buses donated by Tokyo": the receiver
    answering_verbs: frozenset[str] = frozenset()  # "has not responded to Seoul's offer": it was offered
    replying_verbs: frozenset[str] = frozenset()  # "replied that the map would stay": a reply that refuses
    standing_verbs: frozenset[str] = frozenset()  # "would stay", "will remain": nothing will be yielded
    refused_roots: tuple[str, ...] = ()  # threats and demands, which a reply can refuse
    suffering_verbs: frozenset[str] = frozenset()  # "would bear the consequences": a threat to its subject
    suffered_nouns: frozenset[str] = frozenset()
    inviting_words: frozenset[str] = frozenset()  # "invited him to visit": an offer to meet (036)
    coming_verbs: frozenset[str] = frozenset()  # "invited him to come": still an offer to meet
    frame_adjectives: frozenset[str] = frozenset()  # "ready to discuss": an intent, as "offered to"
    releasing_words: frozenset[str] = frozenset()  # "freed hikers arrested in August": the freer held them
    channel_codes: frozenset[str] = frozenset()  # "summoned the envoy to demand": one demand
    mandative_verbs: frozenset[str] = frozenset()  # "proposed that the ministers meet": to come
    retold_roots: tuple[str, ...] = ()  # "hosted her on Thursday. The two discussed cables": one meeting
    restated_codes: tuple[str, ...] = ()  # "rejected the charge and called it 'fiction'": one denial
    standing_codes: tuple[str, ...] = ()  # "Zambia now exports copper through Durban": a state, no act
    stay_codes: tuple[str, ...] = ()  # "arrived on Tuesday ... received him on Wednesday": one visit
    stay_days: int = 0
    history_years: int = 10_000  # "the killing of civilians in 1937": history, not news
    restating_nouns: frozenset[str] = frozenset()  # "the first time Romania has destroyed one": told again
    channel_verbs: frozenset[str] = frozenset()  # a summons is a channel; a protest note is a protest
    accusing_nouns: frozenset[str] = frozenset()  # "a Ukrainian claim that Belarusian drones crossed"
    inward_codes: tuple[str, ...] = ()  # "imposed a curfew in Colombo": on its own ground, no target
    lone_country_exempt: tuple[str, ...] = ()  # never aimed at the sentence's one other country
    decision_nouns: frozenset[str] = frozenset()  # "Tokyo's decision to lift curbs": the owner acts
    complement_target_roots: tuple[str, ...] = ()  # "refused to let French troops use": target inside
    alleging_verbs: frozenset[str] = frozenset()  # "accused Kyiv of shelling": the shelling is alleged
    place_target_codes: tuple[str, ...] = ()  # aimed at the country of the place, like force
    casualty_verbs: frozenset[str] = frozenset()  # "were killed in an airstrike": the dead are targets
    content_codes: frozenset[str] = frozenset()  # "signed a trade deal": one event, 057
    litotes_verbs: frozenset[str] = frozenset()  # "would not hesitate to strike": not negated
    considering_verbs: frozenset[str] = frozenset()  # "is weighing whether to seek a loan": 014
    cargo_participles: frozenset[str] = frozenset()  # "planes loaded with tents": the load is sent
    refusing_negations: frozenset[str] = frozenset()  # "would not allow X to dock": a refusal (12)
    reason_verbs: frozenset[str] = frozenset()  # "praised X for backing": undated reason is background
    movement_verbs: frozenset[str] = frozenset()  # "traders crossed into": force only for armed doers
    unarmed_sectors: frozenset[str] = frozenset()
    state_sectors: frozenset[str] = frozenset()  # a state acting on itself is a misreading
    claim_nouns: frozenset[str] = frozenset()  # "called the claim 'absurd'": a denial
    office_sectors: frozenset[str] = frozenset()  # an unplaced minister speaks for the state he announces
    object_pronouns: frozenset[str] = frozenset()  # "barring them": never the clause's own subject
    possessive_pronouns: frozenset[str] = frozenset()  # "withdraws its troops": the doer's own
    future_temporal_marks: frozenset[str] = frozenset()  # "until Ankara withdraws": not yet done
    aimed_roots: tuple[str, ...] = ()  # acts that are nothing without a target (a threat)
    unilateral_triggers: frozenset[str] = frozenset()  # "ratified a deal with Turkey": one side acts
    inverted_conditionals: frozenset[str] = frozenset()  # "Should the truce collapse, ...": a condition
    advice_modals: frozenset[str] = frozenset()  # "said X should consider": an opinion, no intent
    unit_nouns: frozenset[str] = frozenset()  # "navy patrols intercepted": the unit that acts
    sports_nouns: frozenset[str] = frozenset()  # "hosts the return fixture": sport, not relations
    press_nouns: frozenset[str] = frozenset()  # "dismissing a report in the daily VG": the press's
    posture_roots: tuple[str, ...] = ()  # "massed troops at Belgorod": no target at home
    from_source_roots: frozenset[str] = frozenset()  # "a protest from Algiers": Algiers protested
    anaphoric_act_nouns: frozenset[str] = frozenset()  # "rejected the charge": whoever made it
    act_noun_roots: dict[str, str] = field(default_factory=dict)  # "rejected the demand": the last demand's
    reaction_roots: tuple[str, ...] = ()  # "Sarajevo lodged a protest": at whoever acted on Bosnia
    aid_codes: tuple[str, ...] = ()  # "said it would donate ballot boxes": to whoever appealed for aid
    aid_appeal_codes: tuple[str, ...] = ()
    verdict_verbs: frozenset[str] = frozenset()  # "called the ban regrettable": a verdict on an act
    approving_verdicts: frozenset[str] = frozenset()  # "called the move a positive step": praise
    untrue_verdicts: frozenset[str] = frozenset()  # "called the remarks 'lies'": a denial
    negating_prepositions: frozenset[str] = frozenset()  # "without consulting Cairo": not done
    denied_statement_nouns: frozenset[str] = frozenset()  # "denied an Indian statement": India accused
    negating_subjects: frozenset[str] = frozenset()  # "none of its ministers would attend"
    counterfactual_modals: frozenset[str] = frozenset()  # "could have shipped": did not happen
    answered_offer_codes: dict[str, str] = field(default_factory=dict)  # "declined an offer from Paris"
    resuming_verbs: frozenset[str] = frozenset()  # "resumed exports ... after cutting supplies": eased
    non_visitors: frozenset[str] = frozenset()  # "a relief ship arrived in Port Sudan": no visit
    aid_arrivals: frozenset[str] = frozenset()  # "a brigade of Cuban doctors arrived": aid, not a visit
    denied_roots: tuple[str, ...] = ()  # what a reply telling no act of its own denies (016)
    causing_verbs: frozenset[str] = frozenset()  # "prompting Turkey to summon": Turkey summons
    promising_verbs: frozenset[str] = frozenset()  # "pledged military aid": promised, not given
    aid_purposes: frozenset[str] = frozenset()  # "arrived in Damascus to help destroy the stocks"
    held_people_words: frozenset[str] = frozenset()  # "... arrested 17 fishermen. The men were released"
    committing_modals: frozenset[str] = frozenset()  # "will lend $200 million if ...": still a promise
    patient_codes: tuple[str, ...] = ()  # "his release": he is released, he does not release
    patient_act_nouns: frozenset[str] = frozenset()  # "called his arrest 'hostage diplomacy'": told before
    traded_nouns: frozenset[str] = frozenset()  # "ban imports of Lebanese fruit": aimed at Lebanon
    state_codes: dict[str, str] = field(default_factory=dict)  # a state's protest is official
    refusal_codes: dict[str, str] = field(default_factory=dict)  # "would not sign": a refusal (12)
    statement_nouns: frozenset[str] = frozenset()  # "issued a statement condemning": issuer acts

    @classmethod
    def load(cls, path: Path) -> ModalityRules:
        data = read_yaml(path)
        negating = [str(v) for v in data.get("negating_verbs", [])]

        def table(key: str) -> dict[str, str]:
            return {str(k): str(v) for k, v in data.get(key, {}).items()}

        def words(key: str) -> frozenset[str]:
            return frozenset(str(v) for v in data.get(key, []))

        def prefixes(key: str) -> tuple[str, ...]:  # code prefixes, for str.startswith
            return tuple(str(v) for v in data.get(key, []))

        return cls(
            negating_verbs=frozenset(v for v in negating if " " not in v),
            negating_phrasal=frozenset(tuple(v.split(" ", 1)) for v in negating if " " in v),  # type: ignore[misc]
            hypothetical_marks=frozenset(data.get("hypothetical_marks", [])),
            enabling_verbs=words("enabling_verbs"),
            hypothetical_modals=frozenset(data.get("hypothetical_modals", [])),
            hedges=frozenset(data.get("hedges", [])),
            future_modals=frozenset(data.get("future_modals", [])),
            frame_verbs={str(k): str(v) for k, v in data.get("frame_verbs", {}).items()},
            frame_nouns=table("frame_nouns"),
            light_verbs=frozenset(data.get("light_verbs", [])),
            causal_verbs=frozenset(data.get("causal_verbs", [])),
            threat_codes=table("threat_codes"),
            intent_codes=table("intent_codes"),
            appeal_codes=table("appeal_codes"),
            demand_codes=table("demand_codes"),
            statement_roots=words("statement_roots"),
            reciprocal_codes=prefixes("reciprocal_codes"),
            joint_codes=prefixes("joint_codes"),
            reciprocal_triggers=frozenset(data.get("reciprocal_triggers", [])),
            converse_codes=table("converse_codes"),
            habitual_adverbs=frozenset(data.get("habitual_adverbs", [])),
            standing_codes=prefixes("standing_codes"),
            generic_determiners=table("generic_determiners"),
            negating_subjects=words("negating_subjects"),
            counterfactual_modals=words("counterfactual_modals"),
            content_roots=words("content_roots"),
            hypothetical_phrases=tuple(
                tuple(str(v).lower().split()) for v in data.get("hypothetical_phrases", [])
            ),
            answer_codes=table("answer_codes"),
            contested_nouns=words("contested_nouns"),
            home_codes=prefixes("home_codes"),
            custody_codes=prefixes("custody_codes"),
            natural_forces=words("natural_forces"),
            receiving_verbs=words("receiving_verbs"),
            answering_verbs=words("answering_verbs"),
            replying_verbs=words("replying_verbs"),
            standing_verbs=words("standing_verbs"),
            refused_roots=prefixes("refused_roots"),
            suffering_verbs=words("suffering_verbs"),
            suffered_nouns=words("suffered_nouns"),
            inviting_words=words("inviting_words"),
            coming_verbs=words("coming_verbs"),
            frame_adjectives=words("frame_adjectives"),
            accusing_nouns=words("accusing_nouns"),
            channel_codes=words("channel_codes"),
            channel_verbs=words("channel_verbs"),
            retold_roots=prefixes("retold_roots"),
            restated_codes=prefixes("restated_codes"),
            stay_codes=prefixes("stay_codes"),
            stay_days=int(data.get("stay_days", 0)),
            history_years=int(data.get("history_years", 10_000)),
            restating_nouns=words("restating_nouns"),
            mandative_verbs=words("mandative_verbs"),
            releasing_words=words("releasing_words"),
            inward_codes=prefixes("inward_codes"),
            lone_country_exempt=prefixes("lone_country_exempt"),
            decision_nouns=words("decision_nouns"),
            complement_target_roots=prefixes("complement_target_roots"),
            alleging_verbs=words("alleging_verbs"),
            place_target_codes=prefixes("place_target_codes"),
            casualty_verbs=words("casualty_verbs"),
            content_codes=words("content_codes"),
            litotes_verbs=words("litotes_verbs"),
            considering_verbs=words("considering_verbs"),
            cargo_participles=words("cargo_participles"),
            refusing_negations=words("refusing_negations"),
            reason_verbs=words("reason_verbs"),
            movement_verbs=words("movement_verbs"),
            unarmed_sectors=words("unarmed_sectors"),
            state_sectors=words("state_sectors"),
            office_sectors=words("office_sectors"),
            claim_nouns=words("claim_nouns"),
            object_pronouns=words("object_pronouns"),
            possessive_pronouns=words("possessive_pronouns"),
            future_temporal_marks=words("future_temporal_marks"),
            aimed_roots=prefixes("aimed_roots"),
            unilateral_triggers=words("unilateral_triggers"),
            inverted_conditionals=words("inverted_conditionals"),
            advice_modals=words("advice_modals"),
            unit_nouns=words("unit_nouns"),
            sports_nouns=words("sports_nouns"),
            press_nouns=words("press_nouns"),
            posture_roots=prefixes("posture_roots"),
            from_source_roots=words("from_source_roots"),
            state_codes=table("state_codes"),
            refusal_codes=table("refusal_codes"),
            statement_nouns=words("statement_nouns"),
            anaphoric_act_nouns=words("anaphoric_act_nouns"),
            act_noun_roots=table("act_noun_roots"),
            reaction_roots=prefixes("reaction_roots"),
            aid_codes=prefixes("aid_codes"),
            aid_appeal_codes=prefixes("aid_appeal_codes"),
            verdict_verbs=words("verdict_verbs"),
            approving_verdicts=words("approving_verdicts"),
            untrue_verdicts=words("untrue_verdicts"),
            negating_prepositions=words("negating_prepositions"),
            denied_statement_nouns=words("denied_statement_nouns"),
            answered_offer_codes=table("answered_offer_codes"),
            resuming_verbs=words("resuming_verbs"),
            non_visitors=words("non_visitors"),
            aid_arrivals=words("aid_arrivals"),
            aid_purposes=words("aid_purposes"),
            promising_verbs=words("promising_verbs"),
            causing_verbs=words("causing_verbs"),
            denied_roots=prefixes("denied_roots"),
            held_people_words=words("held_people_words"),
            committing_modals=words("committing_modals"),
            patient_codes=prefixes("patient_codes"),
            patient_act_nouns=words("patient_act_nouns"),
            traded_nouns=words("traded_nouns"),
        )

    def statement_code(self, frame: str, code: str, quad_class: int) -> str | None:
        """The CAMEO code of announcing (`threat`/`intent`), requesting (`appeal`) or demanding the act."""
        if frame == "appeal" and code in self.appeal_codes:
            return self.appeal_codes[code]  # a code of its own: accepting mediation asked for is 028
        if code[:2] in self.statement_roots:
            return code
        if frame == "appeal":
            return longest_prefix(self.appeal_codes, code)
        if frame == "demand":
            return longest_prefix(self.demand_codes, code)
        if frame == "threat":
            # "warned it would inspect any Vietnamese vessel", "would reconsider all cooperation": what a
            # warning announces is threatened, whatever the words; an unlisted act is a generic threat.
            return longest_prefix(self.threat_codes, code) or GENERIC_THREAT
        if frame == "intent":
            table = self.threat_codes if quad_class >= 3 else self.intent_codes
            return longest_prefix(table, code)
        return None

    def refusal_code(self, code: str) -> str | None:
        """The CAMEO code (root 12) of saying one will not do a cooperative act ("would not sign")."""
        return longest_prefix(self.refusal_codes, code)

    def is_reciprocal(self, code: str, trigger: str = "") -> bool:
        if trigger in self.unilateral_triggers:
            return False
        return code.startswith(self.reciprocal_codes) or trigger in self.reciprocal_triggers
