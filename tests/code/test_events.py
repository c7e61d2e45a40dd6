"""The coder reads like a careful analyst: acts, threats, hypotheticals, negation, appeals, dates."""

from tests.conftest import code, triples


def test_an_attack_is_coded_with_source_target_and_root(coder):
    assert ("RUS", "19", "UKR") in triples(
        coder, "Russian forces attacked Ukrainian positions near Kharkiv on Tuesday."
    )


def test_a_threat_is_not_an_attack(coder):
    result = code(coder, "Trump said on Friday that he would soon launch strikes against Venezuela.")
    roots = {e.cameo.root for e in result.events}
    assert "13" in roots
    assert not roots & {"18", "19", "20"}
    threat = next(e for e in result.events if e.cameo.root == "13")
    assert threat.modality == "asserted"
    assert threat.target and threat.target.country == "VEN"


def test_threatened_to_impose_sanctions_is_one_specific_threat(coder):
    result = code(coder, "France threatened to impose sanctions on Mali.")
    codes = [e.cameo.code for e in result.events]
    assert codes and all(c.startswith("13") for c in codes)
    assert len(codes) == 1


def test_a_hypothetical_attack_codes_nothing(coder):
    result = code(coder, "Asked what she would do if Venezuela attacked Colombia, the minister declined.")
    assert not [e for e in result.events if e.cameo.root in {"18", "19", "20"}]


def test_hypothetical_attack_is_listed_with_all_modalities(coder_all):
    result = code(coder_all, "If Venezuela attacked Colombia, Brazil would respond.")
    attacks = [e for e in result.events if e.cameo.root in {"18", "19"} and e.source.country == "VEN"]
    assert attacks and all(e.modality == "hypothetical" for e in attacks)


def test_did_not_meet_is_not_a_meeting(coder, coder_all):
    text = "Mexican President Claudia Sheinbaum did not meet Venezuelan officials on Friday."
    assert not [e for e in code(coder, text).events if e.cameo.root == "04"]
    negated = [e for e in code(coder_all, text).events if e.cameo.root == "04"]
    assert negated and all(e.modality == "negated" for e in negated)


def test_ruled_out_talks_are_not_talks(coder):
    result = code(coder, "Ukraine ruled out talks with Russia on Monday.")
    assert not [e for e in result.events if e.cameo.root == "04" and e.modality == "asserted"]


def test_asked_to_meet_is_an_appeal(coder):
    result = code(coder, "Brazil asked Venezuela to meet Colombian negotiators.")
    assert ("BRA", "02", "VEN") in {
        (e.source.country, e.cameo.root, e.target.country if e.target else None) for e in result.events
    }
    assert not [e for e in result.events if e.cameo.root == "04"]


def test_will_meet_is_an_intent_not_a_meeting(coder, coder_all):
    text = "China will hold talks with the Philippines next week."
    roots = {e.cameo.root for e in code(coder, text).events}
    assert "03" in roots and "04" not in roots
    planned = [e for e in code(coder_all, text).events if e.modality == "planned"]
    assert planned and planned[0].cameo.root == "04"


def test_meeting_is_coded_in_both_directions(coder):
    found = triples(
        coder, "Mexican President Claudia Sheinbaum met U.S. Secretary of State Marco Rubio on Friday."
    )
    assert {("MEX", "04", "USA"), ("USA", "04", "MEX")} <= found


def test_compound_subject_gives_one_event_per_actor(coder):
    found = triples(coder, "Mexico and Canada condemned the Russian attack on Ukraine.")
    assert {("MEX", "11", "RUS"), ("CAN", "11", "RUS")} <= found


def test_passive_voice_takes_the_agent_as_source(coder):
    assert ("USA", "17", "VEN") in triples(
        coder, "Venezuelan officials were arrested by U.S. agents in Caracas."
    )


def test_nominal_strike_takes_its_source_from_the_modifier_and_is_coded_once(coder):
    result = code(coder, "Israeli airstrikes on Lebanon killed 12 people on Sunday.")
    assert [(e.source.country, e.cameo.code, e.target.country) for e in result.events] == [
        ("ISR", "195", "LBN")
    ]
    assert result.events[0].date.value == "2026-03-01"


def test_event_date_is_the_events_own(coder):
    result = code(coder, "Colombia expelled two Venezuelan diplomats three days ago.")
    event = result.events[0]
    assert (event.date.value, event.date.precision, event.date.text) == (
        "2026-03-03",
        "day",
        "three days ago",
    )


def test_weekday_is_the_most_recent_one_in_a_past_sentence(coder):
    event = code(coder, "Japan signed a defense agreement with the Philippines on Tuesday.").events[0]
    assert event.date.value == "2026-03-03"


def test_undated_event_happened_on_or_before_publication(coder):
    event = code(coder, "Japan signed a defense agreement with the Philippines.").events[0]
    assert (event.date.value, event.date.precision) == ("2026-03-06", "unknown-before")


def test_without_publication_date_relative_dates_stay_unresolved(coder):
    result = code(coder, "Colombia expelled two Venezuelan diplomats on Friday.", published=None)
    assert result.events[0].date.value is None
    assert result.events[0].date.text == "Friday"
    assert result.warnings


def test_every_event_points_to_its_sentence(coder):
    text = (
        "Mexico City is quiet. Colombia expelled two Venezuelan diplomats on Friday. Nothing else happened."
    )
    result = code(coder, text)
    for event in result.events:
        start, end = event.span
        assert text[start:end] == event.sentence
        assert "expelled" in event.sentence


def test_event_carries_cameo_and_plover_facts(coder):
    event = code(coder, "Russian forces attacked Ukrainian positions on Tuesday.").events[0]
    assert event.cameo.quad_class == 4
    assert -10 <= event.cameo.goldstein < 0
    assert event.plover.type == "ASSAULT"


def test_reported_speech_codes_the_reported_act(coder):
    found = triples(coder, "Ukrainian officials said Russian troops attacked Kharkiv on Tuesday.")
    assert ("RUS", "19", "UKR") in found or ("RUS", "19", None) in found


def test_has_long_opposed_is_habitual_not_a_fresh_event(coder, coder_all):
    text = "Mexico has long opposed the U.S. border wall."
    assert not [e for e in code(coder, text).events if e.cameo.root == "11"]
    habitual = [e for e in code(coder_all, text).events if e.cameo.root == "11"]
    assert habitual and all(e.modality == "habitual" for e in habitual)


def test_an_event_noun_that_is_only_a_topic_is_background(coder):
    found = triples(coder, "Egypt and Qatar held talks on the second phase of the Gaza ceasefire.")
    assert ("EGY", "04", "QAT") in found
    assert not [t for t in found if t[1] == "08"]


def test_a_conditional_threat_targets_whoever_must_meet_the_condition(coder):
    found = triples(
        coder, "The United States will suspend military aid unless Colombia extradites the commander."
    )
    assert ("USA", "13", "COL") in found


def test_a_reported_act_in_a_noun_is_not_asserted(coder):
    text = "Ukraine opened an inquiry into the alleged execution of Ukrainian prisoners by Russian soldiers."
    assert not [e for e in code(coder, text).events if e.cameo.root in {"17", "18", "19", "20"}]


def test_joint_subjects_of_a_cooperative_act_act_toward_each_other(coder):
    found = triples(coder, "Greece and Turkey agreed on Tuesday to resume their political dialogue.")
    assert {("GRC", "03", "TUR"), ("TUR", "03", "GRC")} <= found


def test_coordinated_demonyms_give_one_actor_each(coder):
    found = triples(coder, "Thai and Cambodian troops clashed along the border on Saturday.")
    assert {("THA", "19", "KHM"), ("KHM", "19", "THA")} <= found


def test_they_refers_to_the_nearest_group(coder):
    found = triples(coder, "Sweden expelled nine Russian diplomats on Monday, accusing them of spying.")
    assert ("SWE", "11", "RUS") in found


def test_a_demand_that_another_acts_targets_the_one_asked(coder):
    found = triples(coder, "Vietnam demanded that China immediately stop the construction work on the reef.")
    assert ("VNM", "10", "CHN") in found


def test_a_sentence_does_not_run_across_paragraphs(coder):
    text = "“We will not accept it,” she said.\n\nRussian forces attacked Ukrainian positions on Tuesday."
    event = next(e for e in code(coder, text).events if e.cameo.root == "19")
    assert event.sentence == "Russian forces attacked Ukrainian positions on Tuesday."


def test_a_nominal_operation_and_the_arrest_it_led_to_are_two_events(coder):
    result = code(
        coder,
        "Rubio defended a Jan. 3 U.S. military operation in Venezuela that led to the capture of "
        "President Nicolás Maduro.",
    )
    found = {(e.source.country, e.cameo.root, e.target and e.target.country): e for e in result.events}
    assert found[("USA", "19", "VEN")].date.value == "2026-01-03"
    assert ("USA", "17", "VEN") in found


def test_a_place_attacked_gives_its_country_as_target(coder):
    assert ("RUS", "19", "UKR") in triples(coder, "Russian troops attacked Kharkiv on Tuesday.")


def test_a_venue_is_not_a_target(coder):
    found = triples(coder, "Iranian and U.S. negotiators met in Geneva on Friday.")
    assert {("IRN", "04", "USA"), ("USA", "04", "IRN")} <= found
    assert not [t for t in found if t[2] == "CHE"]
