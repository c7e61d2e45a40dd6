"""How dyad reads modern news: reported speech, participles that go on from an act, generic doers,
speculation by third parties, repeated acts, meetings named by a noun, one intent per statement.

Each sentence is written for its test (none comes from the evaluation set in benchmarks/data/).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from dyad.code.modality import status_of
from tests.conftest import code, triples

# ---- reported speech ------------------------------------------------------------------------------


def test_a_state_reporting_force_against_unnamed_victims_reports_it_against_its_own_side(coder):
    found = triples(
        coder, "Sudanese officials said Chadian gunmen attacked a truck on Sunday, killing two drivers."
    )
    assert found == {("TCD", "19", "SDN")}


def test_according_to_names_the_reporter_and_is_no_accord(coder):
    found = triples(coder, "According to Mali's army, Algerian drones struck a vehicle on Monday.")
    assert found == {("DZA", "19", "MLI")}


# Sentences coded to exactly these (source, root, target) triples; each id names the behaviour.
REPORTED_SPEECH = [
    pytest.param(
        (
            "Kenya's police chief said Somali militants who had fled from Ethiopia attacked a police post in "
            "Mandera on Friday."
        ),
        {("SOM", "19", "KEN")},
        id="a_place_outweighs_a_country_guessed_from_the_sentence",
    ),
    pytest.param(
        "Bankers in Lagos said on Monday that Ghana might cut power exports to Togo.",
        set(),
        id="a_third_party_guess_is_no_threat",
    ),
    pytest.param(
        "Kenyan President William Ruto said his country would respond with force to any Somali incursion.",
        {("KEN", "13", "SOM")},
        id="his_country_is_the_speakers_country",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_SPEECH)
def test_reported_speech(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_it_in_reported_speech_is_the_speaker(coder):
    text = (
        "India's trade ministry said on Tuesday it could reimpose import curbs on Bangladeshi jute if Dhaka "
        "kept its export ban."
    )
    assert ("IND", "13", "BGD") in triples(coder, text)


# ---- one act, told in two verbs -------------------------------------------------------------------


def test_a_participle_that_tells_what_force_did_is_the_same_event(coder):
    events = code(
        coder, "Chadian troops shelled a rebel camp in Sudan on Sunday, killing ten fighters."
    ).events
    assert [(e.source.country, e.cameo.root, e.target.country) for e in events] == [("TCD", "19", "SDN")]
    assert events[0].trigger == "shelled"


def test_a_protest_and_its_demand_are_one_protest(coder):
    text = (
        "Hundreds of Kenyan farmers protested outside the Ugandan High Commission in Nairobi on Monday, "
        "demanding that Kampala lift a ban on milk imports."
    )
    assert triples(coder, text) == {("KEN", "14", "UGA")}


def test_an_accusation_after_an_expulsion_stays_its_own_event(coder):
    text = "Estonia expelled two Belarusian diplomats on Monday, accusing them of spying."
    found = triples(coder, text)
    assert {("EST", "16", "BLR"), ("EST", "11", "BLR")} <= found


def test_one_intent_for_a_trip_and_the_meeting_it_is_for(coder):
    text = (
        "Chilean Foreign Minister Alberto van Klaveren said he would travel to Lima next week to meet "
        "Peruvian officials."
    )
    roots = Counter((e.source.country, e.cameo.root, e.target.country) for e in code(coder, text).events)
    assert roots == {("CHL", "03", "PER"): 1}


# ---- modality -------------------------------------------------------------------------------------


def test_a_generic_doer_makes_the_act_supposed_or_denied(coder):
    rules = coder.knowledge.modality
    doc = coder.nlp("Any Chinese ship entering Philippine waters faces arrest.")
    assert status_of(doc[3], rules).modality == "hypothetical"
    doc = coder.nlp("No country recognised the election.")
    assert status_of(doc[2], rules).modality == "negated"
    doc = coder.nlp("A Chinese ship entered Philippine waters.")
    assert status_of(doc[3], rules).modality == "asserted"


def test_a_past_act_is_not_dated_after_the_article(coder):
    text = (
        "The agency said Turkish authorities deported 40 Syrian families through the Cilvegozu crossing "
        "on Monday."
    )
    events = code(coder, text, date(2026, 3, 6)).events
    assert [(e.cameo.root, e.date.value) for e in events] == [("17", "2026-03-02")]


# ---- triggers -------------------------------------------------------------------------------------


# Sentences coded to exactly these (source, root, target) triples; each id names the behaviour.
TRIGGERS = [
    pytest.param(
        "Canada reimposed tariffs on Chinese steel on Monday.",
        {("CAN", "16", "CHN")},
        id="a_repeated_act_is_coded_as_the_act",
    ),
    pytest.param(
        "Kenyan and Ethiopian ministers disagreed over water rights at talks in Nairobi on Thursday.",
        {("KEN", "04", "ETH"), ("ETH", "04", "KEN")},
        id="talks_where_the_subject_was_are_its_talks",
    ),
    pytest.param(
        "Bogotá recalled its ambassador from Caracas on Sunday.",
        {("COL", "16", "VEN")},
        id="a_capital_after_from_names_the_state_left",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRIGGERS)
def test_triggers(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_a_police_action_at_a_protest_is_not_a_protest_by_the_police(coder):
    found = triples(coder, "Kenyan police fired tear gas at a protest in Nairobi on Monday.")
    assert not any(source == "KEN" and root == "14" for source, root, _ in found)


def test_listing_firms_and_depositing_money(coder):
    assert ("USA", "16", "CHN") in triples(
        coder, "The United States added 12 Chinese firms to its export blacklist on Friday."
    )
    assert triples(coder, "Qatar deposited $3 billion in Egypt's central bank on Sunday.") == {
        ("QAT", "07", "EGY")
    }


def test_in_case_opens_a_supposed_act(coder):
    text = "Estonia is stockpiling fuel in case Russian troops cross into Latvia, officials said on Monday."
    assert not any(root == "19" for _, root, _ in triples(coder, text))


def test_a_request_named_by_a_noun_is_an_appeal_to_whom_it_is_made(coder):
    text = "Peru on Tuesday renewed its request to Chile to extradite a former army general."
    assert ("PER", "02", "CHL") in triples(coder, text)


def test_plans_drawn_up_are_no_statement(coder):
    text = "Latvian officials are drawing up plans to evacuate border villages, the interior minister said."
    assert not any(root == "03" for _, root, _ in triples(coder, text))


# ---- dates ---------------------------------------------------------------------------------------------


def dated(coder, text: str) -> dict[str, str | None]:
    return {e.cameo.root: e.date.value for e in code(coder, text, date(2026, 3, 6)).events}


def test_the_nearest_date_in_the_clause_dates_the_act(coder):
    text = (
        "On Thursday, Uganda's foreign minister praised Kenya for freeing three Ugandan fishermen on Monday."
    )
    assert dated(coder, text) == {"05": "2026-03-05", "08": "2026-03-02"}


def test_an_act_done_by_way_of_a_response_has_the_response_date(coder):
    found = dated(coder, "Chile responded on Wednesday by expelling a Bolivian diplomat.")
    assert found == {"16": "2026-03-04"}


def test_a_pronoun_speaker_goes_on_from_the_dated_statement_before(coder):
    text = (
        "Bolivian President Rodrigo Paz said on Tuesday that his government had deported 20 Peruvian "
        "nationals. He also said he would travel to Lima next month to meet Peruvian officials."
    )
    assert dated(coder, text)["03"] == "2026-03-03"


# ---- targets inside groups, compounds and clauses (round 2 of the held-out gaps) ---------------------


def test_a_target_inside_a_group_is_the_groups_members(coder):
    text = "Chadian officials said Boko Haram gunmen ambushed a patrol of Nigerien soldiers near Lake Chad."
    assert ("NER", "19") in {(target, root) for _, root, target in triples(coder, text)}


def test_a_requested_thing_named_by_a_compound_noun(coder):
    text = "Zambia asked China on Thursday for a debt relief package to ease its budget crisis."
    assert ("ZMB", "02", "CHN") in triples(coder, text)


def test_a_threat_to_cut_supplies_named_by_a_compound_is_aimed_at_their_receiver(coder):
    text = (
        "Azerbaijan warned on Monday that it would halt oil deliveries to Georgia if Tbilisi raised "
        "transit fees."
    )
    assert ("AZE", "13", "GEO") in triples(coder, text)


def test_a_refusal_in_the_second_clause_is_done_by_its_own_subject(coder):
    text = (
        "Chile's president skipped the regional forum in Lima, and his defence minister refused to meet "
        "Bolivian officials there."
    )
    found = triples(coder, text)
    assert ("CHL", "12", "BOL") in found
    assert not any(source == "BOL" for source, _, _ in found)


def test_an_investigation_into_an_act_is_aimed_at_its_doer(coder):
    text = (
        "Georgia's interior ministry opened an investigation on Friday into the alleged abduction of two "
        "Georgian shepherds by Russian border guards."
    )
    assert ("GEO", "09", "RUS") in triples(coder, text)


def test_using_force_against_a_country_is_force(coder):
    text = (
        "Sudan's army chief said his forces would use force against Eritrea if Eritrean militias crossed "
        "the border."
    )
    assert ("SDN", "13", "ERI") in triples(coder, text)


def test_a_use_of_force_whose_object_the_parse_lost_takes_the_named_actor_of_its_clause(coder):
    text = (
        'Iran\'s army said on Monday it would "shoot down without warning" any Israeli aircraft entering '
        "its airspace."
    )
    assert ("IRN", "13", "ISR") in triples(coder, text)


def test_a_denial_is_aimed_at_the_accuser_and_the_accusation_was_made(coder):
    text = (
        "Uganda denied on Friday that its soldiers had entered South Sudan, rejecting accusations made by "
        "South Sudanese President Salva Kiir."
    )
    found = triples(coder, text)
    assert ("UGA", "01", "SSD") in found
    assert ("SSD", "11", "UGA") in found
    assert not any(root == "19" for _, root, _ in found)


def test_both_governments_are_the_pair_named_before(coder):
    text = (
        "Turkish Foreign Minister Hakan Fidan has tried for weeks to ease tensions between Armenia and "
        "Azerbaijan. On "
        "Friday, he urged both governments to withdraw their troops from the frontier."
    )
    found = triples(coder, text)
    assert {("TUR", "02", "ARM"), ("TUR", "02", "AZE")} <= found


def test_a_host_the_text_gives_no_country_hosts_at_home(coder):
    text = "Foreign Minister Lars Madsen hosted his Polish counterpart in Copenhagen on Monday."
    found = triples(coder, text)
    assert ("DNK", "04", "POL") in found
    assert ("POL", "04", "DNK") in found


# ---- round 3: mechanisms that carry to unseen news -------------------------------------------------


# Sentences coded to exactly these (source, root, target) triples; each id names the behaviour.
ROUND_3 = [
    pytest.param(
        (
            "Philippine coast guard officers detained the nine-member crew of a Chinese fishing vessel on "
            "Sunday."
        ),
        {("PHL", "17", "CHN")},
        id="the_crew_of_a_foreign_boat_is_that_countrys",
    ),
    pytest.param(
        "Serbia on Monday refused to let Hungarian police patrol its northern border, the government said.",
        {("SRB", "12", "HUN")},
        id="a_refusal_is_aimed_at_the_doer_of_the_refused_act",
    ),
    pytest.param(
        "The Polish president declined an invitation to attend a security forum in Minsk on Friday.",
        {("POL", "12", "BLR")},
        id="a_declined_invitation_is_aimed_at_the_capital_where_it_would_happen",
    ),
    pytest.param(
        "The Indian air force flew 20 tonnes of relief supplies to Sri Lanka on Saturday after the floods.",
        {("IND", "07", "LKA")},
        id="flying_relief_supplies_to_a_country_is_aid_not_a_visit",
    ),
    pytest.param(
        (
            "Cuba's foreign minister accused Washington on Monday of tightening the trade embargo on the "
            "island."
        ),
        {("CUB", "11", "USA")},
        id="an_act_someone_is_accused_of_is_only_alleged",
    ),
    pytest.param(
        "The Danish government granted asylum to two Belarusian journalists on Tuesday.",
        {("DNK", "07", "BLR")},
        id="a_dative_to_names_the_receiver",
    ),
    pytest.param(
        "Bhutan and Bangladesh signed a trade deal in Thimphu on Monday.",
        {("BTN", "05", "BGD"), ("BGD", "05", "BTN")},
        id="signing_a_trade_deal_is_one_signing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_3)
def test_round_3_mechanisms(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_shelling_near_a_town_targets_the_towns_country(coder):
    text = "Burundian troops shelled positions near the town of Uvira on Monday, local officials said."
    assert ("BDI", "19", "COD") in triples(coder, text)


def test_seizing_a_tanker_is_confiscation_and_hijacking_stays_an_abduction(coder):
    seized = "Iranian naval forces seized a Greek oil tanker in the Gulf of Oman on Friday."
    assert triples(coder, seized) == {("IRN", "17", "GRC")}
    hijacked = "Somali pirates hijacked a Greek oil tanker off the coast of Puntland on Friday."
    assert triples(coder, hijacked) == {("SOM", "18", "GRC")}


def test_a_synonym_row_lets_every_pattern_read_the_other_word(coder):
    # "chide" has no row of its own: it reads as "criticize"; "curbs" reads as "restrictions".
    text = "Switzerland's foreign minister chided Italy on Monday over migrant transfers."
    assert triples(coder, text) == {("CHE", "11", "ITA")}
    assert ("IDN", "08", "MYS") in triples(
        coder, "Indonesia lifted curbs on palm oil exports to Malaysia on Thursday."
    )


def test_the_owner_of_a_decision_does_the_decided_act(coder):
    text = "Berlin on Monday welcomed Warsaw's decision to lift restrictions on German trucks."
    found = triples(coder, text)
    assert ("DEU", "05", "POL") in found
    assert ("POL", "08", "DEU") in found


def test_counterparts_from_several_countries_are_one_meeting_each(coder):
    text = "Kenya's foreign minister met his counterparts from Uganda and Tanzania in Nairobi on Friday."
    found = triples(coder, text)
    pairs = {("KEN", "04", "UGA"), ("UGA", "04", "KEN"), ("KEN", "04", "TZA"), ("TZA", "04", "KEN")}
    assert pairs <= found
    assert ("KEN", "04", None) not in found


def test_a_purpose_infinitive_is_the_meeting_it_was_for(coder):
    text = (
        "Kenya's foreign minister met his counterparts from Uganda and Tanzania on Friday to discuss "
        "trade."
    )
    assert ("KEN", "04", None) not in triples(coder, text)


def test_a_named_country_beats_the_possessive_pronoun(coder):
    text = (
        "Croatian President Zoran Milanovic and his Slovenian counterpart signed a border accord on "
        "Tuesday."
    )
    found = triples(coder, text)
    assert {("HRV", "05", "SVN"), ("SVN", "05", "HRV")} <= found


def test_praise_for_an_act_still_reports_the_act(coder):
    text = "Ghana on Tuesday praised Togo for releasing 12 Ghanaian fishermen on Sunday."
    assert ("TGO", "08", "GHA") in triples(coder, text)


def test_a_visit_to_people_in_a_country_is_a_visit_to_that_country(coder):
    text = "Britain's defence secretary visited British troops in Estonia on Friday."
    assert ("GBR", "04", "EST") in triples(coder, text)


def test_two_country_modifiers_joined_by_and_are_two_actors(coder):
    text = "U.S. and Japanese forces began joint naval exercises near Okinawa on Monday."
    found = triples(coder, text)
    assert {("USA", "06", "JPN"), ("JPN", "06", "USA")} <= found


def test_the_leader_after_a_named_president_is_that_president(coder):
    text = (
        "Ecuadorian President Daniel Noboa arrived in Lima on Monday. The next day, the young leader "
        "offered Peru help in fighting drug gangs along the border."
    )
    found = triples(coder, text)
    assert ("ECU", "04", "PER") in found
    assert not any(source == "PER" for source, _, _ in found)


def test_people_killed_in_a_foreign_strike_are_its_target(coder):
    text = "Four Lebanese soldiers were killed in an Israeli airstrike near Tyre on Wednesday."
    assert ("ISR", "19", "LBN") in triples(coder, text)


# ---- round 4: held-out 3's classes of error ---------------------------------------------------------


def test_aid_carried_by_a_vehicle_is_sent_to_where_the_vehicle_goes(coder):
    text = "Jordan sent 20 trucks laden with flour and blankets to Lebanon on Tuesday."
    events = code(coder, text, date(2026, 3, 6)).events
    assert {(e.source.country, e.cameo.root, e.target.country) for e in events} == {("JOR", "07", "LBN")}
    assert events[0].date.value == "2026-03-03"


# Sentences coded to exactly these (source, root, target) triples; each id names the behaviour.
ROUND_4 = [
    pytest.param(
        "Senegal's navy impounded a Spanish-registered trawler off Dakar on Monday.",
        {("SEN", "17", "ESP")},
        id="a_country_inside_a_hyphenated_modifier_owns_the_thing",
    ),
    pytest.param(
        "Armenia's defence minister said Yerevan would not hesitate to strike Azerbaijani artillery.",
        {("ARM", "13", "AZE")},
        id="not_hesitating_to_strike_is_a_threat",
    ),
    pytest.param(
        "Malaysia said on Monday it would not allow an Indian survey ship to enter its waters.",
        {("MYS", "12", "IND")},
        id="refusing_permission_is_a_refusal",
    ),
    pytest.param(
        "Australia delivered three patrol boats to Fiji's navy on Thursday.",
        {("AUS", "07", "FJI")},
        id="patrol_boats_handed_to_a_navy_are_military_aid",
    ),
    pytest.param(
        "Estonia would expel every Russian diplomat if Moscow cut its gas, the foreign minister said.",
        {("EST", "13", "RUS")},
        id="an_unnamed_minister_announcing_a_conditional_step_speaks_for_the_doer",
    ),
    pytest.param(
        "Moscow on Friday thanked Belarus and Serbia for supporting its stance at the UN summit.",
        {("RUS", "05", "BLR"), ("RUS", "05", "SRB")},
        id="an_undated_reason_for_praise_is_background",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_4)
def test_round_4_error_classes(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_a_phrasal_verb_in_the_past_perfect_is_the_act(coder):
    text = "Tunisia said Libyan border guards had beaten up three Tunisian smugglers."
    assert ("LBY", "18", "TUN") in triples(coder, text)


def test_a_permission_refused_only_in_a_condition_is_no_refusal(coder):
    text = "If Kenya does not let Ugandan trucks through, Kampala could cut fuel exports."
    assert not any(root == "12" for _, root, _ in triples(coder, text))


def test_the_head_of_a_countrys_body_acts_for_that_country(coder):
    text = "Kenya's president received the head of Somalia's federal parliament in Nairobi on Monday."
    assert {("KEN", "04", "SOM"), ("SOM", "04", "KEN")} <= triples(coder, text)


def test_the_two_countries_possessive_is_the_pair_named_before(coder):
    text = (
        "India pledged a credit line to Sri Lanka on Friday, a week after the two countries' navies "
        "held a joint exercise."
    )
    assert {("IND", "06", "LKA"), ("LKA", "06", "IND")} <= triples(coder, text)


def test_the_visit_during_which_they_signed_is_no_second_meeting(coder):
    text = (
        "Chile's president arrived in Montevideo on Monday for a two-day visit. During the visit, he and "
        "his Uruguayan counterpart signed a lithium accord."
    )
    events = code(coder, text, date(2026, 3, 6)).events
    assert [e.cameo.root for e in events].count("04") == 1
    assert {e.date.value for e in events if e.cameo.root == "05"} == {"2026-03-02"}


def test_the_kingdom_is_the_speakers_state(coder):
    text = (
        "Egypt's finance minister flew to Riyadh on Sunday. The Saudi finance minister told him the "
        "kingdom would deposit $3 billion in Egypt's central bank."
    )
    assert ("SAU", "03", "EGY") in triples(coder, text)


def test_the_doer_of_a_relative_clause_is_the_noun_it_describes(coder):
    text = (
        "Qatar urged Bahrain on Monday to hand over the smugglers who attacked a Qatari fishing boat."
    )
    found = triples(coder, text)
    assert ("QAT", "02", "BHR") in found
    assert not any(root == "18" or root == "19" for _, root, _ in found)


def test_a_day_and_its_part_of_day_date_the_act(coder):
    text = "Syria said Israeli jets struck an airbase near Homs on Wednesday night."
    assert dated(coder, text) == {"19": "2026-03-04"}


def test_a_clause_some_days_after_another_is_dated_from_it(coder):
    text = (
        "Kenya and Tanzania opened a new border post on Thursday, two days after their trade ministers "
        "held talks in Arusha."
    )
    found = {(e.cameo.root, e.date.value) for e in code(coder, text, date(2026, 3, 6)).events}
    assert ("04", "2026-03-03") in found


def test_his_hosts_are_the_country_he_is_visiting(coder):
    text = (
        "Nigeria's president arrived in Accra on Monday. The next day, the president promised his hosts "
        "$50 million for a new gas pipeline."
    )
    found = triples(coder, text)
    assert ("NGA", "03", "GHA") in found
    assert ("NGA", "03", None) not in found


def test_civilians_crossing_a_border_use_no_force(coder):
    text = "Algerian police detained 30 Moroccan herders who had crossed into the Tindouf area on Sunday."
    found = triples(coder, text)
    assert ("DZA", "17", "MAR") in found
    assert not any(root == "19" for _, root, _ in found)


# ---- round 5: broad mechanisms behind recall ------------------------------------------------------


def test_she_in_a_later_sentence_is_the_unnamed_office_holder(coder):
    text = (
        "Peru's foreign minister arrived in Quito on Monday. There she signed a border agreement with her "
        "Ecuadorian counterpart."
    )
    found = triples(coder, text)
    assert ("PER", "05", "ECU") in found
    assert ("ECU", "05", "PER") in found


def test_he_in_reported_speech_is_the_unnamed_speaker(coder):
    text = (
        "Chile's president said on Monday that he would expel Bolivian diplomats if La Paz closed the "
        "border."
    )
    assert ("CHL", "13", "BOL") in triples(coder, text)


def test_a_later_he_prefers_the_subject_to_the_person_met(coder):
    text = (
        "Japan's navy chief visited Manila on Monday. Philippine officials said he offered to train their "
        "sailors."
    )
    assert ("JPN", "03", "PHL") in triples(coder, text)


def test_they_and_the_two_men_are_the_two_people_who_met(coder):
    for pronoun in ("They", "The two men"):
        text = f"Egypt's president met Jordan's king in Amman on Sunday. {pronoun} agreed to expand trade."
        found = triples(coder, text)
        assert ("EGY", "03", "JOR") in found, pronoun
        assert ("JOR", "03", "EGY") in found, pronoun


def test_officials_of_two_countries_coordinated_in_the_noun_phrase(coder):
    text = "The defence ministers of Estonia and the Czech Republic criticised Belarus on Monday."
    found = triples(coder, text)
    assert ("EST", "11", "BLR") in found
    assert ("CZE", "11", "BLR") in found


def test_agreeing_to_build_together_is_an_intent_both_ways(coder):
    found = triples(coder, "Ghana and Togo agreed on Friday to jointly build a new power line.")
    assert {("GHA", "03", "TGO"), ("TGO", "03", "GHA")} <= found


def test_cooperation_under_an_inverted_condition_is_supposed(coder):
    text = "Were the border to reopen, Armenia would resume trade with Turkey, officials in Yerevan said."
    assert triples(coder, text) == set()


def test_advice_reported_by_a_speaker_is_no_intent(coder):
    text = "A former Kenyan general said on Friday that Nairobi should consider deploying troops to Somalia."
    assert not any(root == "03" for _, root, _ in triples(coder, text))


def test_blocking_aid_names_its_recipient(coder):
    text = "Austria threatened on Monday to block the next tranche of EU aid to Serbia."
    assert ("AUT", "13", "SRB") in triples(coder, text)


def test_a_coalition_led_by_a_country_is_that_country(coder):
    found = triples(coder, "Indonesia declined on Monday to join a French-led coalition in the Sahel.")
    assert ("IDN", "12", "FRA") in found


def test_barring_a_countrys_aircraft_targets_that_country(coder):
    text = "Azerbaijan barred Armenian aircraft from its airspace on Friday."
    assert ("AZE", "16", "ARM") in triples(coder, text)


def test_calling_a_counterpart_is_a_phone_call_not_an_appeal(coder):
    found = triples(coder, "Italy's prime minister called her Spanish counterpart on Friday.")
    assert {("ITA", "04", "ESP"), ("ESP", "04", "ITA")} <= found
    assert not any(root == "02" for _, root, _ in found)


def test_a_targetless_act_beside_the_same_kind_of_act_on_a_named_country_is_its_remainder(coder):
    text = (
        "India's coast guard seized a Bangladeshi trawler in the Bay of Bengal on Friday "
        "and arrested its 12 crew members."
    )
    assert triples(coder, text) == {("IND", "17", "BGD")}


def test_a_lone_act_keeps_its_own_target(coder):
    text = "Indian police arrested 12 protesters in Kolkata on Friday."
    assert ("IND", "17", "IND") in triples(coder, text)


CONDITIONAL_OFFERS = [
    ("If the truce holds, Ghana could host peace talks between Mali and Burkina Faso in Accra, "
     "officials said on Monday.", set()),
    ("Ghana will host peace talks between Mali and Burkina Faso in Accra next week, "
     "officials said on Monday.",
     {("GHA", "03", "BFA"), ("GHA", "03", "MLI")}),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONAL_OFFERS)
def test_a_cooperative_act_that_could_follow_a_condition_is_supposed(coder, text, expected) -> None:
    assert triples(coder, text) == expected


REQUESTED_THINGS = [
    ("Egypt requested a $3 billion loan from the United Arab Emirates on Monday.", {("EGY", "02", "ARE")}),
    ("The United Arab Emirates granted Egypt a $3 billion loan on Monday.", {("ARE", "07", "EGY")}),
]


@pytest.mark.parametrize(("text", "expected"), REQUESTED_THINGS)
def test_the_thing_an_appeal_asks_for_is_not_given(coder, text, expected) -> None:
    assert triples(coder, text) == expected


def test_an_aimless_act_named_after_a_preposition_is_background(coder):
    text = (
        "China lodged a protest with the Philippines on Friday over a visit by Philippine senators "
        "to Thitu island."
    )
    assert triples(coder, text) == {("CHN", "11", "PHL")}


# ---- round 7: judged decisions, acting units, goals of trips, appeals with no coded act, groups --------

ROUND_7 = [
    pytest.param(
        "Beijing criticised Manila's decision to host U.S. missiles on Luzon.",
        {("CHN", "11", "PHL")},
        id="a_decision_judged_is_background",
    ),
    pytest.param(
        "Jordan's foreign minister flew to Haifa on Sunday.",
        {("JOR", "04", "ISR")},
        id="a_trip_to_a_town_is_a_visit_to_its_country",
    ),
    pytest.param(
        "The Italian president flew to Milan on Sunday.",
        {("ITA", "04", None)},
        id="a_trip_at_home_visits_no_one",
    ),
    pytest.param(
        "Ghana's president pressed Togolese officials on Monday to keep the border market open.",
        {("GHA", "02", "TGO")},
        id="pressing_someone_to_act_is_an_appeal_whatever_the_act",
    ),
    pytest.param(
        "Germany's chancellor asked reporters to leave the room on Monday.",
        set(),
        id="asking_nobody_the_text_names_is_no_appeal",
    ),
    pytest.param(
        "Bolivia pleaded with Chile on Friday to release the detained truck drivers.",
        {("BOL", "02", "CHL")},
        id="pleading_with_someone_is_an_appeal_not_the_act",
    ),
    pytest.param(
        "Kenya received envoys from Uganda and Rwanda on Monday and urged them to sign the trade pact.",
        {("KEN", "04", "UGA"), ("UGA", "04", "KEN"), ("KEN", "04", "RWA"), ("RWA", "04", "KEN"),
         ("KEN", "02", "UGA"), ("KEN", "02", "RWA")},
        id="them_is_every_actor_of_the_group",
    ),
    pytest.param(
        "Peru's president received the Bolivian president in Lima on Monday. The two leaders signed a gas "
        "deal.",
        {("PER", "04", "BOL"), ("BOL", "04", "PER"), ("PER", "05", "BOL"), ("BOL", "05", "PER")},
        id="the_two_leaders_are_the_office_holders_named_before",
    ),
    pytest.param(
        "Chile's foreign minister met his Argentine counterpart in Santiago on Monday. He told him that "
        "Chile would reopen the Pehuenche crossing next month.",
        {("CHL", "04", "ARG"), ("ARG", "04", "CHL"), ("CHL", "03", "ARG")},
        id="an_intent_told_to_someone_is_aimed_at_them",
    ),
    pytest.param(
        "Ecuador's defence minister warned Peru on Monday that its navy would respond with force to any "
        "incursion.",
        {("ECU", "13", "PER")},
        id="a_threat_about_ones_own_forces_is_aimed_at_the_one_warned",
    ),
    pytest.param(
        "Officials in Jakarta are considering whether to invite the Australian prime minister for talks.",
        {("IDN", "01", "AUS")},
        id="a_considered_step_names_its_target",
    ),
    pytest.param(
        "Kuwait pledged $200 million on Monday to support Egypt's budget.",
        {("KWT", "03", "EGY")},
        id="a_pledge_of_money_is_aimed_at_who_it_supports",
    ),
    pytest.param(
        "Latvia's defence minister said Russia had massed troops near the border at Pskov.",
        {("RUS", "15", "LVA")},
        id="a_show_of_force_at_home_is_aimed_at_the_state_reporting_it",
    ),
    pytest.param(
        "Ghana arrested a Nigerian trader on Monday and later deported him, prompting a protest from Abuja.",
        {("GHA", "17", "NGA"), ("NGA", "11", "GHA")},
        id="a_protest_from_a_state_is_an_official_complaint_at_who_prompted_it",
    ),
    pytest.param(
        "Serbia and Hungary agreed on Friday to jointly repair the rail bridge at Szeged.",
        {("SRB", "03", "HUN"), ("HUN", "03", "SRB")},
        id="agreeing_to_repair_together_is_an_intent_both_ways",
    ),
    pytest.param(
        "Malaysia deported a Thai national accused of smuggling on Friday.",
        {("MYS", "17", "THA")},
        id="a_national_is_of_the_country_named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_7)
def test_round_7_mechanisms(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_a_patrol_that_acts_is_its_doer_not_an_act(coder):
    text = "Indian coast guard patrols boarded a Sri Lankan trawler off Jaffna on Friday."
    assert not any(root == "15" for _, root, _ in triples(coder, text))


def test_one_appeal_per_kind_from_one_request(coder):
    text = "Egypt urged Israel on Sunday to reopen the crossing to aid convoys."
    events = code(coder, text).events
    assert Counter((e.source.country, e.cameo.root, e.target.country) for e in events) == Counter(
        {("EGY", "02", "ISR"): 1}
    )


ROUND_7_STATEMENTS = [
    pytest.param(
        "Chad denied on Friday that it had armed Sudanese militias, rejecting accusations made by Khartoum.",
        {("TCD", "01", "SDN"), ("SDN", "11", "TCD")},
        id="it_in_a_denied_clause_is_the_denier",
    ),
    pytest.param(
        "Portugal rejected on Monday a Brazilian request to extradite a former banker.",
        {("PRT", "12", "BRA"), ("BRA", "02", "PRT")},
        id="a_rejected_request_was_made_to_the_one_who_rejects_it",
    ),
    pytest.param(
        "Bhutan said it would not sign the trade agreement with India until tariffs were cut.",
        {("BTN", "12", "IND")},
        id="saying_one_will_not_cooperate_is_a_refusal",
    ),
    pytest.param(
        "Peru has not imposed any restrictions on Chilean fruit imports, its trade minister said.",
        set(),
        id="an_act_that_did_not_happen_is_no_refusal",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_7_STATEMENTS)
def test_round_7_statements(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_a_rejected_proposal_is_an_appeal_by_its_maker(coder):
    text = "Laos rejected on Friday a Thai proposal to hold joint border patrols along the Mekong."
    assert ("THA", "02", "LAO") in triples(coder, text)


ROUND_7_WORDS = [
    pytest.param(
        "Georgia's interior ministry said Russia had launched a dozen drones at the port of Poti overnight.",
        {("RUS", "19", "GEO")},
        id="drones_launched_at_a_place_are_an_air_attack_on_its_country",
    ),
    pytest.param(
        "Turkey launched its new combat drone on Monday.", set(), id="a_drone_launched_on_the_market"
    ),
    pytest.param(
        "Qatar's emir met Kuwait's crown prince in Doha on Sunday. Afterwards, they agreed to expand "
        "ferry links.",
        {("QAT", "04", "KWT"), ("KWT", "04", "QAT"), ("QAT", "03", "KWT"), ("KWT", "03", "QAT")},
        id="agreeing_to_expand_links_is_an_intent_to_cooperate",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_7_WORDS)
def test_round_7_words(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_a_third_party_saying_a_state_will_not_cooperate_is_no_refusal(coder):
    text = "Analysts in Lima said Bolivia would not sign the gas agreement with Brazil this year."
    assert triples(coder, text) == set()


JUDGED_ACTS = [
    pytest.param(
        "The foreign ministers of Latvia and Lithuania issued a joint statement on Friday condemning "
        "Belarus's detention of a fishing crew.",
        {("LVA", "11", "BLR"), ("LTU", "11", "BLR")},
        id="who_issued_a_statement_does_what_it_says",
    ),
    pytest.param(
        "Japan on Friday condemned China's seizure of a survey ship near the Senkaku islands.",
        {("JPN", "11", "CHN")},
        id="an_undated_act_named_by_the_object_of_a_judgement_is_background",
    ),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED_ACTS)
def test_judged_acts(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_one_act_on_two_actors_of_one_country_is_one_event(coder):
    text = "Kenya agreed on Monday to mediate between Ethiopia and rebel commanders in Tigray."
    events = code(coder, text).events
    pairs = Counter((e.source.country, e.cameo.code, e.target.country if e.target else None) for e in events)
    assert pairs and all(count == 1 for count in pairs.values())


OFFERS_AFTER_A_CALL = [
    pytest.param(
        "Ghana's president telephoned Togo's new leader on Friday. She offered to reopen talks on the "
        "power line.",
        {("GHA", "04", "TGO"), ("TGO", "04", "GHA"), ("GHA", "03", "TGO")},
        id="an_offer_after_a_call_is_made_to_the_other_party",
    ),
    pytest.param(
        "Spain sent three firefighting planes to Portugal on Sunday.",
        {("ESP", "07", "PRT")},
        id="sending_firefighting_planes_is_relief",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFERS_AFTER_A_CALL)
def test_offers_after_a_call(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


MORE_WORDS = [
    pytest.param(
        "Algeria said on Sunday it was prepared to take action against Morocco if the border incidents "
        "continued.",
        {("DZA", "13", "MAR")},
        id="being_ready_to_take_action_against_someone_is_a_threat",
    ),
    pytest.param(
        "Twelve Chinese military aircraft crossed the median line of the Taiwan Strait on Friday, Taipei "
        "said.",
        {("CHN", "15", "TWN")},
        id="crossing_the_median_line_is_a_show_of_force",
    ),
    pytest.param(
        "Ugandan soldiers crossed into Ituri on Sunday.",
        {("UGA", "19", "COD")},
        id="a_congolese_province_the_gazetteer_lacks",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_WORDS)
def test_more_words(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


# ---- the one other country a sentence names ------------------------------------------------------


def test_an_act_with_no_target_in_its_parse_is_aimed_at_the_one_other_country_named(coder):
    found = triples(coder, "Spanish prosecutors opened an investigation on Monday into alleged bribery by "
                           "two Moroccan customs officers.")
    assert found == {("ESP", "09", "MAR")}


def test_two_other_countries_named_leave_the_act_without_a_target(coder):
    found = triples(coder, "Spanish prosecutors opened an investigation on Monday into alleged bribery by "
                           "Moroccan and Algerian customs officers.")
    assert found == {("ESP", "09", None)}


def test_coercion_on_its_own_ground_keeps_no_target_though_another_country_is_named(coder):
    found = triples(coder, "Sri Lanka imposed a curfew in Colombo on Monday after clashes between Indian "
                           "and local traders.")
    assert found == {("LKA", "17", None)}


def test_a_ministry_putting_its_own_army_on_alert_is_a_show_of_force_with_no_target(coder):
    found = triples(coder, "Georgia's defence ministry put all army units on full combat alert on Saturday.")
    assert found == {("GEO", "15", None)}


def test_receiving_a_visiting_army_chief_is_hosting_a_visit(coder):
    found = triples(coder, "William Ruto received Uganda's army chief in Nairobi on Tuesday.")
    assert {("KEN", "04", "UGA"), ("UGA", "04", "KEN")} <= found


def test_the_monarch_is_the_king_named_before(coder):
    text = (
        "Jordan's king received Egypt's foreign minister in Amman on Monday. The monarch urged his guest "
        "to reopen the border crossing at Taba."
    )
    assert ("JOR", "02", "EGY") in triples(coder, text)


# ---- round 10: general classes ---------------------------------------------------------------------
ROUND_10 = [
    pytest.param(
        "Kenya's president held talks with his Ugandan counterpart in Kampala on Friday, and the two agreed "
        "to build a new railway bridge.",
        {("KEN", "04", "UGA"), ("UGA", "04", "KEN"), ("KEN", "03", "UGA"), ("UGA", "03", "KEN")},
        id="the_two_are_the_pair_named_before",
    ),
    pytest.param(
        "Peru and Chile failed to settle the water dispute at three days of negotiations in Quito.",
        {("PER", "04", "CHL"), ("CHL", "04", "PER")},
        id="failed_talks_measured_in_days_still_took_place_and_the_venue_is_no_party",
    ),
    pytest.param(
        "Peru on Monday rejected a Bolivian offer of talks on the river dispute.",
        {("PER", "12", "BOL"), ("BOL", "03", "PER")},
        id="a_rejected_offer_of_talks_was_made",
    ),
    pytest.param(
        "Mali has received no request from Niger to extradite the former minister.",
        set(),
        id="no_request_is_none_made",
    ),
    pytest.param(
        "Kenya's army on Friday dismissed reports that its troops had shelled a Somali village.",
        {("KEN", "01", None)},  # press reports are no state's (held-out 7, 13 and 20 code no target)
        id="what_a_denied_report_says_is_only_alleged",
    ),
    pytest.param(
        "Togo urged Ghana on Monday to release six Togolese students who were arrested in Kumasi last month.",
        {("TGO", "02", "GHA"), ("GHA", "17", "TGO")},
        id="an_arrest_with_no_named_doer_is_by_the_state_of_the_place",
    ),
    pytest.param(
        "Senegal expelled a Gambian journalist on Monday, a day after police arrested him at Dakar's port.",
        {("SEN", "17", "GMB")},
        id="police_arresting_at_a_place_are_that_places_police",
    ),
    pytest.param(
        "Hundreds of Kenyans marched to the Ugandan embassy in Nairobi on Friday to demand cheaper fuel.",
        {("KEN", "14", "UGA")},
        id="a_march_to_demand_is_one_protest",
    ),
    pytest.param(
        "Laos summoned Thailand's ambassador on Monday to demand the release of two Lao farmers.",
        {("LAO", "10", "THA")},
        id="a_demanded_release_frees_no_one_and_the_summons_is_its_channel",
    ),
    pytest.param(
        "Egypt signed a deal with Sudan on Sunday to import 50,000 head of cattle.",
        {("EGY", "05", "SDN"), ("SDN", "05", "EGY")},
        id="what_a_deal_is_to_do_is_what_was_signed",
    ),
    pytest.param(
        "Kenyan police said on Monday that Ethiopian militiamen had beaten four Kenyan herders near Moyale.",
        {("ETH", "18", "KEN")},
        id="beating_herders_is_an_assault",
    ),
    pytest.param(
        "Ghana's trade minister said that India had agreed to buy 50,000 tonnes of Ghanaian cocoa beans "
        "next year.",
        {("IND", "03", "GHA")},
        id="agreeing_to_buy_tonnes_of_a_good_is_an_intent_to_trade",
    ),
    pytest.param(
        "Qatar will pay to rebuild Gaza's main hospital, Qatar's foreign ministry said on Sunday.",
        {("QAT", "03", "PSE")},
        id="paying_to_rebuild_is_a_promise_of_aid",
    ),
    pytest.param(
        "Storm Boris destroyed bridges in southern Poland on Sunday.",
        set(),
        id="a_storm_is_no_actor",
    ),
    pytest.param(
        "Ghana freed nine Togolese sailors on Sunday. Ghanaian coast guards had arrested them in July.",
        {("GHA", "08", "TGO"), ("GHA", "17", "TGO")},
        id="them_are_the_people_acted_upon_in_the_sentence_before",
    ),
    pytest.param(
        "Kyiv on Monday received 40 armoured vehicles supplied by Berlin.",
        {("DEU", "07", "UKR")},
        id="what_was_given_goes_to_whoever_received_it",
    ),
    pytest.param(
        "Kenya on Monday lifted the sanctions that it had imposed on Uganda in May.",
        {("KEN", "08", "UGA"), ("KEN", "16", "UGA")},
        id="the_sanctions_it_had_imposed_were_imposed",
    ),
    pytest.param(
        "Spanish police detained a Moroccan man in Malaga on Monday at Rabat's request.",
        {("ESP", "17", "MAR"), ("MAR", "02", "ESP")},
        id="acting_at_a_states_request_means_it_asked",
    ),
    pytest.param(
        "Ireland on Monday rejected Britain's request.",
        {("IRL", "12", "GBR"), ("GBR", "02", "IRL")},
        id="a_rejected_request_was_made_to_the_rejecter",
    ),
    pytest.param(
        "Ghana's president telephoned Togo's president on Monday to congratulate him on his victory. He "
        "invited his counterpart to visit Accra in June.",
        {("GHA", "04", "TGO"), ("TGO", "04", "GHA"), ("GHA", "05", "TGO"), ("GHA", "03", "TGO")},
        id="a_call_to_congratulate_him_and_an_invitation_to_his_counterpart",
    ),
    pytest.param(
        "Kenya's army on Friday dismissed a Somali claim that Kenyan jets had bombed a village near Dhobley.",
        {("KEN", "01", "SOM"), ("SOM", "11", "KEN")},
        id="a_denied_claim_of_an_attack_is_an_accusation_and_no_attack",
    ),
    pytest.param(
        "Laos proposed a new railway link with Thailand on Monday.",
        {("LAO", "02", "THA")},
        id="proposing_a_shared_project_is_an_appeal_for_cooperation",
    ),
    pytest.param(
        "Kenya extradited the suspect to Uganda at the request of the Ugandan government.",
        {("KEN", "06", "UGA"), ("UGA", "02", "KEN")},
        id="at_the_request_of_a_government_it_asked",
    ),
    pytest.param(
        "Chile's president received Peru's foreign minister on Monday. The visitor handed him a letter "
        "proposing a new railway link.",
        {("CHL", "04", "PER"), ("PER", "04", "CHL"), ("PER", "02", "CHL")},
        id="the_visitor_is_who_was_received_and_a_letter_goes_to_whom_it_was_handed",
    ),
    pytest.param(
        "Hungary said on Monday that it would not join the joint purchase of fighter jets proposed by "
        "Poland.",
        {("HUN", "12", "POL")},
        id="not_joining_a_joint_arms_purchase_is_a_refusal",
    ),
    pytest.param(
        "Omani patrol boats seized a Yemeni dhow near Salalah on Sunday. Sanaa summoned the sultanate's "
        "envoy on Monday to protest.",
        {("OMN", "17", "YEM"), ("YEM", "11", "OMN")},
        id="the_sultanate_is_the_other_country_named_last",
    ),
    pytest.param(
        "Danish activists burned a flag outside Turkey's consulate in Aarhus on Friday. Ankara summoned the "
        "Nordic country's chargé d'affaires to demand an apology.",
        {("DNK", "14", "TUR"), ("TUR", "10", "DNK")},
        id="a_demand_a_summons_was_for_is_made_to_the_one_summoned_and_is_the_one_event",
    ),
    pytest.param(
        "Hanoi on Tuesday freed six Chinese fishermen arrested in April near the Paracel Islands.",
        {("VNM", "08", "CHN"), ("VNM", "17", "CHN")},
        id="who_frees_people_arrested_held_them",
    ),
    pytest.param(
        "Armenia and Azerbaijan held talks in Geneva on Monday. Both sides agreed to resume border talks.",
        {("ARM", "04", "AZE"), ("AZE", "04", "ARM"), ("ARM", "03", "AZE"), ("AZE", "03", "ARM")},
        id="both_sides_are_the_pair_named_before",
    ),
    pytest.param(
        "Mali protested on Monday over the deportation of 40 Malian migrants by Algeria last week.",
        {("MLI", "11", "DZA"), ("DZA", "17", "MLI")},
        id="a_state_protesting_over_a_policy_complains_officially",
    ),
    pytest.param(
        "Indonesia's seizure of two Vietnamese trawlers on Monday drew a protest from Hanoi.",
        {("IDN", "17", "VNM"), ("VNM", "11", "IDN")},
        id="a_protest_drawn_from_a_state_is_aimed_at_who_drew_it",
    ),
    pytest.param(
        "In talks in Doha on Sunday, Egypt and Qatar agreed to expand gas trade.",
        {("EGY", "04", "QAT"), ("QAT", "04", "EGY"), ("EGY", "03", "QAT"), ("QAT", "03", "EGY")},
        id="agreeing_in_talks_is_taking_part_in_them",
    ),
    pytest.param(
        "Ankara's purchase of Russian S-400 missiles angered Washington.",
        {("TUR", "06", "RUS"), ("RUS", "06", "TUR")},
        id="a_states_purchase_of_foreign_missiles_is_military_cooperation",
    ),
    pytest.param(
        "On Friday, Kazakhstan freed 12 Kyrgyz truck drivers who had been held over customs violations.",
        {("KAZ", "08", "KGZ"), ("KAZ", "17", "KGZ")},
        id="people_who_had_been_held_were_held_by_whoever_freed_them",
    ),
    pytest.param(
        "Ghana urged Togo on Monday to release six Ghanaian students who were arrested in Lome last month.",
        {("GHA", "02", "TGO"), ("TGO", "17", "GHA")},
        id="passive_arrest_of_named_foreigners_at_a_place",
    ),
    pytest.param(
        "Protesters were beaten in Nairobi on Monday.",
        set(),
        id="an_agentless_act_at_home_on_no_named_foreigners_is_no_dyad",
    ),
    pytest.param(
        "India's prime minister telephoned Nepal's president on Monday. The premier offered to resume talks "
        "on the border.",
        {("IND", "04", "NPL"), ("NPL", "04", "IND"), ("IND", "03", "NPL")},
        id="the_premier_is_the_prime_minister_named_before_and_offers_to_the_other_party",
    ),
    pytest.param(
        "Spain's king telephoned Portugal's president on Friday. The monarch invited his counterpart to "
        "visit Madrid in May.",
        {("ESP", "04", "PRT"), ("PRT", "04", "ESP"), ("ESP", "03", "PRT")},
        id="the_monarch_invites_his_counterpart",
    ),
    pytest.param(
        "Egypt summoned Ethiopia's ambassador on Monday to protest the filling of the dam.",
        {("EGY", "11", "ETH")},
        id="a_summons_to_protest_stays_one_protest",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_10)
def test_round_10_mechanisms(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_a_purpose_infinitive_and_a_second_verb_share_the_acts_day(coder):
    text = (
        "Kenyan police said on Monday that Ethiopian militiamen had beaten four herders and stolen their "
        "cattle near Moyale on Saturday. Kenya's president telephoned Ethiopia's prime minister on Sunday "
        "to protest."
    )
    days = {(e.cameo.root, e.trigger): e.date.value for e in code(coder, text).events}
    assert days[("18", "beaten")] == "2026-02-28"
    assert days[("11", "protest")] == "2026-03-01"


def test_a_sentence_whose_subject_is_named_again_by_a_description_goes_on_that_day(coder):
    text = (
        "Chile's president received Peru's foreign minister in Santiago on Tuesday. The visitor proposed a "
        "new railway link."
    )
    days = {e.cameo.root: e.date.value for e in code(coder, text).events}
    assert days["02"] == "2026-03-03"


# ---- round 11: answers to earlier acts, denied statements, wire datelines --------------------------------

ROUND_11 = [
    pytest.param(
        "Peru expelled two Chilean diplomats on Monday, and Santiago called the move unacceptable.",
        {("PER", "16", "CHL"), ("CHL", "11", "PER")},
        id="calling_the_move_names_whoever_made_it",
    ),
    pytest.param(
        "Kenya accused Ethiopia on Monday of arming rebels. Addis Ababa rejected the charge on Tuesday.",
        {("KEN", "11", "ETH"), ("ETH", "01", "KEN")},
        id="rejecting_the_charge_answers_the_accuser",
    ),
    pytest.param(
        "Chile asked Argentina on Monday to share seismic data. Buenos Aires said on Tuesday it would study "
        "the request.",
        {("CHL", "02", "ARG"), ("ARG", "01", "CHL")},
        id="saying_it_would_study_the_request_considers_it_now_toward_the_asker",
    ),
    pytest.param(
        "Indian police detained a Nepali journalist in Delhi on Friday. Kathmandu lodged a formal protest on "
        "Saturday.",
        {("IND", "17", "NPL"), ("NPL", "11", "IND")},
        id="a_protest_after_an_act_on_its_country_is_aimed_at_the_doer",
    ),
    pytest.param(
        "Indian police detained a Nepali journalist in Delhi on Friday. Nepal's foreign ministry demanded "
        "his release on Saturday.",
        {("IND", "17", "NPL"), ("NPL", "10", "IND")},
        id="his_release_frees_him_and_the_demand_answers_his_jailer",
    ),
    pytest.param(
        "Hungarian police arrested a Slovak lawmaker on Saturday. Bratislava lodged a protest the next day, "
        "and the country's presidency demanded his immediate release.",
        {("HUN", "17", "SVK"), ("SVK", "11", "HUN"), ("SVK", "10", "HUN")},
        id="the_countrys_presidency_as_subject_is_the_state_named_subject_before",
    ),
    pytest.param(
        "Nepal agreed on Monday to open a trade route for Bhutanese goods, and Thimphu called the decision a "
        "gesture of goodwill.",
        {("NPL", "03", "BTN"), ("BTN", "05", "NPL")},
        id="calling_a_decision_a_gesture_of_goodwill_praises_its_maker",
    ),
    pytest.param(
        "Vietnam's defence ministry on Monday denied a Cambodian army statement that Vietnamese troops had "
        "built a road inside Cambodia.",
        {("VNM", "01", "KHM"), ("KHM", "11", "VNM")},
        id="a_denied_statement_of_another_state_was_its_accusation",
    ),
    pytest.param(
        "Kazakhstan denied on Friday that its troops had crossed into Kyrgyzstan, calling a Kyrgyz border "
        "service statement about the crossing 'a fantasy'.",
        {("KAZ", "01", "KGZ"), ("KGZ", "11", "KAZ")},
        id="a_statement_called_false_in_a_participle_of_the_denial_was_an_accusation",
    ),
    pytest.param(
        "LILONGWE, Jan 4 (Reuters) - Zambia and Mozambique held talks on Sunday.",
        {("ZMB", "04", "MOZ"), ("MOZ", "04", "ZMB")},
        id="a_wire_dateline_with_a_day_is_not_the_subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_11)
def test_round_11_mechanisms(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


PAIRS_ROUND_11 = [
    pytest.param(
        "Kenyan and Ugandan border commanders agreed on Monday to a truce after two days of clashes between "
        "their troops.",
        {("KEN", "08", "UGA"), ("UGA", "08", "KEN"), ("KEN", "19", "UGA"), ("UGA", "19", "KEN")},
        id="their_troops_after_a_compound_subject_are_both_sides_troops",
    ),
    pytest.param(
        "Ghana's army said on Tuesday that Togolese troops had entered a disputed village on Sunday, a day "
        "before soldiers from the two armies clashed there.",
        {("TGO", "19", "GHA"), ("GHA", "19", "TGO")},
        id="soldiers_from_the_two_armies_are_the_pair_a_people_name_counts",
    ),
    pytest.param(
        "Zambia urged Malawi and Mozambique on Monday to pull back their troops from the border area, where "
        "both armies have deployed extra soldiers since May.",
        {("ZMB", "02", "MWI"), ("ZMB", "02", "MOZ"), ("MWI", "15", "MOZ"), ("MOZ", "15", "MWI")},
        id="a_show_of_force_by_both_armies_faces_each_other",
    ),
    pytest.param(
        "Saudi Arabia and Qatar held talks in Kuwait on Sunday, and Riyadh agreed to restore direct flights "
        "between the two countries from May.",
        {("SAU", "04", "QAT"), ("QAT", "04", "SAU"), ("SAU", "03", "QAT")},
        id="the_two_countries_after_a_pair_of_two_word_names_and_a_promise_between_them",
    ),
    pytest.param(
        "The presidents of Peru and Ecuador met at a border bridge on Monday and agreed to resume talks on "
        "Ecuadorean fishing rights.",
        {("PER", "04", "ECU"), ("ECU", "04", "PER"), ("PER", "03", "ECU"), ("ECU", "03", "PER")},
        id="a_joint_act_aimed_at_one_of_its_doers_is_aimed_at_each_other",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS_ROUND_11)
def test_pairs_named_by_one_phrase(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


CUSTODY_ROUND_11 = [
    pytest.param(
        "Spain handed a Moroccan suspect to French police on Friday.",
        {("ESP", "06", "FRA")},
        id="handing_a_person_to_another_states_police_is_judicial_cooperation_with_it",
    ),
    pytest.param(
        "Romania extradited a Moldovan banker to Chisinau on Tuesday. Moldova had requested his extradition "
        "on Dec. 2, a day after he was arrested at Bucharest airport.",
        {("ROU", "06", "MDA"), ("MDA", "02", "ROU"), ("ROU", "17", "MDA")},
        id="he_with_nobody_named_is_the_person_acted_on_before",
    ),
    pytest.param(
        "Greece handed a Bulgarian smuggler over to Bulgarian police on Jan. 3, four days after border "
        "police arrested him at the Promachonas crossing.",
        {("GRC", "06", "BGR"), ("GRC", "17", "BGR")},
        id="unnamed_police_in_a_time_clause_are_the_main_clauses_state",
    ),
    pytest.param(
        "Malta deported two Libyan nationals on Thursday whom police had arrested last week on suspicion of "
        "smuggling.",
        {("MLT", "17", "LBY")},
        id="people_a_state_deports_were_held_by_it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUSTODY_ROUND_11)
def test_custody_and_hand_overs(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


CONDITIONS_ROUND_11 = [
    pytest.param(
        "Norway will cancel 50 million crowns of Malawi's debt once Lilongwe completes an audit of its "
        "central bank, the Norwegian development minister said on Tuesday.",
        {("NOR", "03", "MWI")},
        id="a_promise_on_a_condition_is_still_a_promise_and_a_sum_of_debt_is_debt",
    ),
    pytest.param(
        "Should Russia cut gas supplies to Abkhazia again, Turkey will sell Georgia electricity at cost, "
        "Turkish Energy Minister Ali Demir said on Thursday.",
        {("TUR", "03", "GEO")},
        id="an_inverted_condition_is_supposed_not_a_threat_by_the_speaker",
    ),
    pytest.param(
        "Kuwait threatened on Monday to ban imports of Iraqi dates.",
        {("KWT", "13", "IRQ")},
        id="a_threatened_ban_on_goods_is_aimed_at_their_country",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS_ROUND_11)
def test_conditions_and_commitments(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_the_doer_of_an_act_is_no_word_of_it_and_an_accusation_after_a_report_is_the_speakers(coder):
    found = triples(
        coder,
        "Belize's foreign minister said on Thursday that Guatemalan soldiers had fired on a Belizean army "
        "patrol on Tuesday, and accused Guatemala City of trying to provoke a war.",
    )
    assert found == {("GTM", "19", "BLZ"), ("BLZ", "11", "GTM")}


def test_a_second_act_of_a_reported_story_keeps_the_reported_doer(coder):
    found = triples(
        coder,
        "Kenyan police said on Monday that Ugandan soldiers had beaten two Kenyan fishermen and seized their "
        "boat on Sunday.",
    )
    assert ("UGA", "17", "KEN") in found


REQUESTS_ROUND_11 = [
    pytest.param(
        "Peru's president did not meet his Chilean counterpart at the summit on Friday, despite a request "
        "from Santiago for talks on a fishing dispute.",
        {("CHL", "03", "PER")},
        id="a_request_for_talks_despite_which_one_did_not_meet_was_made_to_him_and_offers_talks",
    ),
    pytest.param(
        "Peru urged Chile on Friday to resume talks with Bolivia.",
        {("PER", "02", "CHL")},
        id="asking_others_to_meet_each_other_stays_an_appeal",
    ),
    pytest.param(
        "Georgia will not hand the deserter over to Moscow despite a Russian extradition request, the "
        "Georgian justice ministry said on Wednesday.",
        {("RUS", "02", "GEO")},
        id="an_extradition_request_despite_which_one_acts_was_made_to_the_one_acting",
    ),
    pytest.param(
        "Lithuania recalled its chargé d'affaires from Minsk for consultations on Tuesday.",
        {("LTU", "16", "BLR")},
        id="a_charge_daffaires_is_a_diplomat",
    ),
    pytest.param(
        "Albania's prime minister arrived in Athens on Monday for talks with his Greek counterpart. He later "
        "thanked his host for freeing two Albanian fishermen.",
        {("ALB", "04", "GRC"), ("ALB", "05", "GRC"), ("GRC", "08", "ALB")},
        id="help_one_is_thanked_for_was_given_even_undated",
    ),
    pytest.param(
        "Kathmandu thanked New Delhi on Friday for releasing on Wednesday the first 5 billion rupees of a "
        "grant for Nepal's development plan.",
        {("NPL", "05", "IND"), ("IND", "07", "NPL")},
        id="releasing_grant_money_is_aid_not_a_release",
    ),
    pytest.param(
        "Greek coast guards pushed back 60 Turkish migrants on Monday.",
        {("GRC", "17", "TUR")},
        id="pushing_back_migrants_expels_them",
    ),
    pytest.param(
        "Human rights groups said on Thursday that Malaysian police had forcibly returned 30 Indonesian "
        "workers on Tuesday.",
        {("MYS", "17", "IDN")},
        id="a_forced_return_is_a_deportation",
    ),
    pytest.param(
        "Kenya's fisheries ministry said on Friday that two Kenyan boats had been seized by Ugandan "
        "patrols on Thursday.",
        {("UGA", "17", "KEN")},
        id="patrols_that_are_the_agent_of_a_passive_are_its_doer_not_a_patrol",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REQUESTS_ROUND_11)
def test_requests_and_envoys(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


CONTENTS_ROUND_11 = [
    pytest.param(
        "Sweden summoned Russia's ambassador on Tuesday to demand the crew's cooperation with the inquiry.",
        {("SWE", "10", "RUS")},
        id="what_a_demand_asks_for_is_not_done_whoever_would_do_it",
    ),
    pytest.param(
        "Kenya asked Ethiopia on Tuesday to double the electricity it sells to Kenya through the new line.",
        {("KEN", "02", "ETH")},
        id="a_relative_clause_in_the_present_tells_a_standing_state",
    ),
    pytest.param(
        "Indian artillery shelled villages in Pakistan's Neelum valley on Sunday, killing four civilians and "
        "destroying a school, Pakistani officials said.",
        {("IND", "19", "PAK")},
        id="every_participle_of_a_list_that_goes_on_from_an_attack_is_that_attack",
    ),
    pytest.param(
        "Kenya and Somalia signed a deal on Monday on lifting the ban on khat imports.",
        {("KEN", "05", "SOM"), ("SOM", "05", "KEN")},
        id="a_gerund_after_on_is_what_a_deal_is_about",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTENTS_ROUND_11)
def test_contents_and_standing_states(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


# ---- round 12: verdicts on an act told before ----------------------------------------------------------

VERDICTS_ROUND_12 = [
    pytest.param(
        "Bolivian soldiers detained three Chilean hikers near Ollagüe on Friday. Chile's interior minister "
        "on Saturday called the detention 'an outrage against common sense'.",
        {("BOL", "17", "CHL"), ("CHL", "11", "BOL")},
        id="calling_an_earlier_act_anything_is_a_criticism_of_its_doer",
    ),
    pytest.param(
        "Hanoi suspended rice exports to Manila on Monday. Manila on Tuesday branded the suspension "
        "'deeply regrettable' and said it would raise the matter in Geneva.",
        {("VNM", "16", "PHL"), ("PHL", "11", "VNM")},
        id="a_verdict_is_aimed_at_the_doer_not_at_a_place_named_in_passing",
    ),
    pytest.param(
        "Ecuador freed four Peruvian fishermen on Wednesday, and Lima called the release 'a positive step'.",
        {("ECU", "08", "PER"), ("PER", "05", "ECU")},
        id="an_approving_verdict_is_praise",
    ),
    pytest.param(
        "Armenian police arrested two Georgian truck drivers at the Bagratashen crossing on Monday, "
        "Georgia's foreign ministry said on Tuesday, calling the arrests 'unjustified'.",
        {("ARM", "17", "GEO"), ("GEO", "11", "ARM")},
        id="a_participle_after_a_closing_attribution_is_the_speakers",
    ),
    pytest.param(
        "Oman's foreign minister said on Sunday that Tehran had seized an Omani dhow, describing the seizure "
        "as 'piracy'.",
        {("IRN", "17", "OMN"), ("OMN", "11", "IRN")},
        id="a_verdict_on_a_reported_act_is_the_reporters",
    ),
    pytest.param(
        "Lithuania expelled a Belarusian consul on Friday. Minsk's foreign ministry said on Saturday the "
        "expulsion was 'an unfriendly provocation'.",
        {("LTU", "16", "BLR"), ("BLR", "11", "LTU")},
        id="a_quoted_verdict_on_an_earlier_act_said_with_be_is_a_criticism",
    ),
    pytest.param(
        "Lithuania expelled a Belarusian consul on Friday. Minsk's foreign ministry said on Saturday the "
        "expulsion was temporary.",
        {("LTU", "16", "BLR")},
        id="an_unquoted_description_of_an_act_is_no_verdict",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERDICTS_ROUND_12)
def test_verdicts_on_earlier_acts(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_the_two_countries_are_the_only_two_named_however_far_back(coder):
    text = (
        "Peru lodged a protest with Ecuador on Monday over a fishing boat seized near Tumbes. Ecuador's navy "
        "said on Tuesday that the boat had been fishing illegally. The two countries agreed last week to "
        "hold talks on their maritime border in March."
    )
    found = triples(coder, text)
    assert {("PER", "03", "ECU"), ("ECU", "03", "PER")} <= found


def test_a_past_act_in_an_after_clause_is_told_as_done_under_a_threat(coder):
    text = (
        "Venezuela's defence minister said on Friday that its navy would board any Guyanese vessel in the "
        "disputed waters, two days after Georgetown accused Caracas of harassing its oil platforms."
    )
    assert ("GUY", "11", "VEN") in triples(coder, text)


SHOULD_ROUND_12 = [
    pytest.param(
        "Ethiopia's foreign minister said on Friday that Kenya should withdraw its troops from the border.",
        {("ETH", "02", "KEN")},
        id="another_states_official_saying_a_state_should_act_appeals_to_it",
    ),
    pytest.param(
        "Kenya's former army chief said on Friday that Nairobi should withdraw its troops from Somalia.",
        set(),
        id="saying_ones_own_state_should_act_is_an_opinion",
    ),
    pytest.param(
        "Analysts said on Friday that Kenya should withdraw its troops from Somalia.",
        set(),
        id="a_speaker_of_no_state_saying_a_state_should_act_is_an_opinion",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHOULD_ROUND_12)
def test_what_a_state_should_do(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_a_call_by_telephone_has_no_doer_in_its_by_phrase(coder):
    text = (
        "Kenya's president and his Ugandan counterpart, Yoweri Museveni, spoke by telephone on Sunday, their "
        "first conversation since a border dispute in March."
    )
    assert triples(coder, text) == {("KEN", "04", "UGA"), ("UGA", "04", "KEN")}


def test_algerias_president_is_known_by_name(coder):
    text = "Spain's prime minister spoke by phone with Abdelmadjid Tebboune on Monday."
    assert triples(coder, text) == {("ESP", "04", "DZA"), ("DZA", "04", "ESP")}


def test_taking_an_act_up_again_is_doing_it(coder):
    text = (
        "Chile's president met his Bolivian counterpart in Santiago on Monday, and the two leaders agreed to "
        "revive security cooperation along the border."
    )
    found = {(e.source.country, e.cameo.code, e.target.country if e.target else None)
             for e in code(coder, text).events}
    assert {("CHL", "0312", "BOL"), ("BOL", "0312", "CHL")} <= found


def test_an_act_after_without_is_not_done(coder):
    text = (
        "Laos and Cambodia accused Vietnam on Monday of building a dam on the Mekong without consulting "
        "its neighbours. Hanoi rejected the accusation on Tuesday."
    )
    assert triples(coder, text) == {
        ("LAO", "11", "VNM"), ("KHM", "11", "VNM"), ("VNM", "01", "LAO"), ("VNM", "01", "KHM"),
    }


ROUND_13 = [
    pytest.param(
        "Norway will send medical teams and vaccine doses to Fiji, Foreign Minister Kari Lunde said on "
        "Monday.",
        {("NOR", "03", "FJI")},
        id="an_office_holder_of_no_known_country_announces_for_the_state_that_will_act",
    ),
    pytest.param(
        "Chile asked Argentina on Monday to send firefighting planes to Valparaiso. Buenos Aires said hours "
        "later it would dispatch two firefighting planes.",
        {("CHL", "02", "ARG"), ("ARG", "03", "CHL")},
        id="an_answer_that_names_no_one_goes_to_the_other_party_of_the_exchange",
    ),
    pytest.param(
        "Morocco warned Algeria on Sunday that it would respond firmly to any incursion, and sent two army "
        "brigades to patrol the border the same day.",
        {("MAR", "13", "DZA"), ("MAR", "15", "DZA")},
        id="a_second_act_of_the_same_doer_keeps_the_target_of_the_first",
    ),
    pytest.param(
        "Turkey warned Greece on Monday. Ankara said it would take countermeasures if the islands were "
        "armed. Athens recalled its ambassador on Tuesday. Greece's foreign minister called the threat "
        "'unacceptable' the same day.",
        {("TUR", "13", "GRC"), ("GRC", "16", "TUR"), ("GRC", "11", "TUR")},
        id="a_verdict_on_an_act_named_again_reaches_back_four_sentences",
    ),
    pytest.param(
        "Colombia accused Panama on Monday of letting smugglers use its ports. Panama City called the claim "
        "'absurd' the same day.",
        {("COL", "11", "PAN"), ("PAN", "01", "COL")},
        id="a_verdict_on_a_claim_denies_it",
    ),
    pytest.param(
        "Ukraine's army said Russian forces shelled a hospital in Kherson on Monday. Moscow called the "
        "report 'disinformation' the same day.",
        {("UKR", "11", "RUS"), ("RUS", "01", "UKR")},  # the denied report is Ukraine's accusation
        id="a_quoted_verdict_the_parse_makes_the_object_still_judges_the_act_under_it",
    ),
]


PLACES_ROUND_13 = [
    pytest.param(
        "Manila sent two frigates to patrol the South China Sea on Monday.",
        {("PHL", "15", None)},
        id="a_country_named_inside_a_sea_is_not_the_target",
    ),
    pytest.param(
        "Taiwan's defence ministry said 22 Chinese military aircraft crossed the median line of the Taiwan "
        "Strait on Tuesday.",
        {("CHN", "15", "TWN")},
        id="a_country_that_begins_the_name_of_a_strait_is_still_the_one_it_lies_off",
    ),
    pytest.param(
        "Seoul will hand over two decommissioned corvettes to Hanoi next year, South Korea's defence "
        "ministry said on Monday.",
        {("KOR", "03", "VNM")},
        id="handing_over_warships_is_military_aid_and_announcing_it_a_promise",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_ROUND_13)
def test_places_named_after_countries_and_arms_handed_over(coder, text, expected) -> None:
    assert triples(coder, text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND_13)
def test_round_13_mechanisms(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


ROUND_14 = [
    pytest.param(
        "Uruguay's president was welcomed in Santiago by Chile's president on Monday. The visitor asked his "
        "host to lower port fees on Uruguayan exports.",
        {("CHL", "04", "URY"), ("URY", "04", "CHL"), ("URY", "02", "CHL")},
        id="a_guest_named_by_a_passive_welcome_and_his_host_are_the_two_parties_of_the_visit",
    ),
    pytest.param(
        "Austria's chancellor hosted his Swiss counterpart in Vienna on Friday. The visitor invited his host "
        "to Bern in the spring.",
        {("AUT", "04", "CHE"), ("CHE", "04", "AUT"), ("CHE", "03", "AUT")},
        id="an_invitation_to_come_is_an_offer_to_meet_the_one_invited",
    ),
    pytest.param(
        "Morocco's King Hassan received Tunisia's president, Karim Mansour, in Rabat on Monday. The monarch "
        "pledged to supply Tunisia with 100,000 tonnes of wheat.",
        {("MAR", "04", "TUN"), ("TUN", "04", "MAR"), ("MAR", "03", "TUN")},
        id="a_title_inside_a_name_is_what_a_later_description_names_again",
    ),
    pytest.param(
        "Ghana's president arrived in Lomé on Monday for a state visit. His Togolese counterpart greeted him "
        "at the airport and said talks would focus on trade. Later the visitor urged his host to free 12 "
        "Ghanaian traders held since May.",
        {("GHA", "04", "TGO"), ("TGO", "04", "GHA"), ("GHA", "02", "TGO"), ("TGO", "17", "GHA")},
        id="the_visitor_is_who_arrived_however_far_back_and_his_host_the_other_state",
    ),
    pytest.param(
        "Peru called on Ecuador on Monday to accept mediation by the Organization of American States.",
        {("PER", "02", "ECU")},
        id="an_appeal_to_accept_mediation_is_an_appeal",
    ),
    pytest.param(
        "Japan delivered 5,000 tonnes of rice to Laos on Tuesday, and a South Korean navy ship unloaded 40 "
        "tonnes of tents and medicine at Vientiane's river port the same day.",
        {("JPN", "07", "LAO"), ("KOR", "07", "LAO")},
        id="food_delivered_or_unloaded_counted_in_tonnes_is_aid",
    ),
    pytest.param(
        "Kenya imposed a ban on Ugandan sugar on Monday, and Tanzania suspended all cargo traffic at its "
        "crossings with Malawi on Tuesday.",
        {("KEN", "16", "UGA"), ("TZA", "16", "MWI")},
        id="a_ban_on_a_good_or_stopped_cargo_traffic_is_an_embargo",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_14)
def test_round_14_mechanisms(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_asking_people_who_hold_no_office_to_act_is_no_appeal_between_states(coder):
    assert triples(coder, "Kenya asked reporters to leave the room on Monday.") == set()


# ---- round 15 (studied held-out 19 and 20) --------------------------------------------------------
ROUND_15 = [
    pytest.param(
        "Laos has held no talks with Vietnam on the dam and has received no request from Hanoi to suspend "
        "it, the ministry said on Monday.",
        set(),
        id="an_object_no_one_made_is_no_act",
    ),
    pytest.param(
        "Guyana's foreign ministry sent a protest note to Caracas on Monday demanding the release of "
        "the trawler.",
        {("GUY", "11", "VEN"), ("GUY", "10", "VEN")},
        id="a_protest_note_that_demands_is_a_protest_and_a_demand",
    ),
    pytest.param(
        "Chile's foreign ministry handed Bolivia's ambassador a protest note on Tuesday.",
        {("CHL", "11", "BOL")},
        id="a_note_handed_to_an_envoy_is_a_protest_whatever_the_parse_hangs_it_on",
    ),
    pytest.param(
        "Kenya and Tanzania on Friday lifted the duties they had imposed on each other's goods in May.",
        {("KEN", "08", "TZA"), ("TZA", "08", "KEN"), ("KEN", "16", "TZA"), ("TZA", "16", "KEN")},
        id="acts_on_each_other_are_aimed_both_ways",
    ),
    pytest.param(
        "Uzbek and Tajik border guards exchanged fire near Sarband on Monday. On Tuesday each side blamed "
        "the other for the clash.",
        {("UZB", "19", "TJK"), ("TJK", "19", "UZB"), ("UZB", "11", "TJK"), ("TJK", "11", "UZB")},
        id="each_side_blaming_the_other_is_an_accusation_both_ways",
    ),
    pytest.param(
        "Senegal proposed on Tuesday that the two fisheries ministers meet in Banjul in March.",
        {("SEN", "03", "GMB")},
        id="a_proposal_that_others_meet_is_an_offer_not_a_meeting",
    ),
    pytest.param(
        "Qatar and Bahrain agreed on Friday to reopen their embassies. Kuwait welcomed the agreement on "
        "Saturday.",
        {("QAT", "03", "BHR"), ("BHR", "03", "QAT"), ("KWT", "05", "QAT"), ("KWT", "05", "BHR")},
        id="welcoming_an_agreement_is_praise_of_its_parties",
    ),
    pytest.param(
        "Georgia recalled its ambassador from Moscow on Monday. The Kremlin called the recall 'an unfriendly "
        "act' on Tuesday.",
        {("GEO", "16", "RUS"), ("RUS", "11", "GEO")},
        id="a_verdict_on_a_recall_criticises_who_recalled",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_15)
def test_round_15_mechanisms(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def _meetings(coder, text: str) -> Counter:
    """How many meetings (root 04) each ordered pair of countries has."""
    return Counter(
        (e.source.country, e.target.country if e.target else None)
        for e in code(coder, text).events if e.cameo.root == "04"
    )


def test_a_meeting_told_again_without_a_date_of_its_own_is_coded_once(coder):
    text = (
        "Estonia's prime minister hosted her Finnish counterpart in Tallinn on Thursday. The two ministers "
        "exchanged views on ferry links and energy."
    )
    assert _meetings(coder, text) == {("EST", "FIN"): 1, ("FIN", "EST"): 1}


def test_a_meeting_on_another_day_is_another_meeting(coder):
    text = (
        "Estonia's prime minister hosted her Finnish counterpart in Tallinn on Thursday. The two met again "
        "in Helsinki on Saturday."
    )
    assert _meetings(coder, text) == {("EST", "FIN"): 2, ("FIN", "EST"): 2}


def test_what_an_act_named_by_a_noun_did_in_its_relative_clause_is_that_act(coder):
    text = (
        "The Eritrean shelling, which hit the Ethiopian town of Zalambessa on Sunday and wounded three "
        "farmers, drew a protest from Addis Ababa."
    )
    assert [e.cameo.code for e in code(coder, text).events if e.cameo.root == "19"] == ["194"]


# ---- round 16 (studied held-out 21 and 22) --------------------------------------------------------
ROUND_16 = [
    pytest.param(
        "Ethiopia and Eritrea traded artillery fire on Sunday. Kenya and Djibouti appealed on Monday to the "
        "two neighbours to stop.",
        {("ETH", "19", "ERI"), ("ERI", "19", "ETH"), ("KEN", "02", "ETH"), ("KEN", "02", "ERI"),
         ("DJI", "02", "ETH"), ("DJI", "02", "ERI")},
        id="the_pair_a_group_appeals_to_is_another_than_the_group",
    ),
    pytest.param(
        "Qatar and Bahrain signed a fisheries pact on Monday, and diplomats said both Gulf states would "
        "open embassies.",
        {("QAT", "05", "BHR"), ("BHR", "05", "QAT"), ("QAT", "03", "BHR"), ("BHR", "03", "QAT")},
        id="both_states_are_the_pair_named_before",
    ),
    pytest.param(
        "The Indonesian coast guard did not board or seize the Malaysian trawler on Monday, officials said.",
        set(),
        id="an_alternative_to_a_negated_act_is_negated_too",
    ),
    pytest.param(
        "Kenya's foreign ministry rejected Uganda's version of the clash on Tuesday.",
        {("KEN", "01", "UGA"), ("UGA", "11", "KEN")},
        id="rejecting_a_states_version_of_events_denies_its_charge",
    ),
    pytest.param(
        "Russia called Poland's new sanctions economic warfare on Monday.",
        {("POL", "16", None), ("RUS", "11", "POL")},
        id="calling_a_measure_warfare_is_criticism",
    ),
    pytest.param(
        "Ghana mediated talks between Togo and Benin on Monday.",
        {("GHA", "04", "TGO"), ("GHA", "04", "BEN")},
        id="talks_mediated_between_two_states_reach_both",
    ),
    pytest.param(
        "Armenia and Azerbaijan swapped prisoners on Friday under an agreement brokered by Qatar.",
        {("ARM", "08", "AZE"), ("AZE", "08", "ARM"), ("QAT", "04", "ARM"), ("QAT", "04", "AZE")},
        id="a_deal_brokered_for_what_a_clause_did_reaches_its_subjects",
    ),
    pytest.param(
        "Peru and Chile agreed on Monday to form a joint commission on water.",
        {("PER", "03", "CHL"), ("CHL", "03", "PER")},
        id="agreeing_to_form_a_joint_body_is_an_intent_to_cooperate",
    ),
    pytest.param(
        "Norwegian navy patrol boats escorted the Russian trawler out of the zone on Monday.",
        {("NOR", "07", "RUS")},
        id="a_unit_noun_modifying_another_noun_is_no_act",
    ),
    pytest.param(
        "Casa de Nariño condemned Venezuela's strike on Monday.",
        {("COL", "11", "VEN")},
        id="a_seat_of_government_speaks_for_its_state",
    ),
    pytest.param(
        "Serbia expelled Montenegro's ambassador on Monday. Its foreign minister accused Podgorica of "
        "meddling.",
        {("SRB", "16", "MNE"), ("SRB", "11", "MNE")},
        id="its_opening_a_sentence_is_the_subject_of_the_one_before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_16)
def test_round_16_mechanisms(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_the_gulf_states_are_no_province_of_papua_new_guinea(coder):
    places = code(coder, "Iran's foreign minister toured the Gulf states last week.").places
    assert [(p.name, p.country) for p in places if p.text == "Gulf"] == [("Persian Gulf", None)]


def test_a_pair_named_inside_the_subject_has_no_doers_of_its_own(coder):
    # The phrase's doers would be the subject it is part of: resolving them asked for the phrase again.
    text = (
        "Spain pledged new patrol boats to Morocco on Friday, a week after the two countries' navies "
        "held a joint exercise off Tangier."
    )
    assert triples(coder, text) == {("ESP", "03", "MAR"), ("ESP", "06", "MAR"), ("MAR", "06", "ESP")}


# ---- round 17 (studied held-out 21 and 22 again, checked on every studied set) ----------------------
ROUND_17 = [
    pytest.param(
        "Ghana will not extradite the Togolese activist, the justice minister said on Monday, rejecting a "
        "request from Lomé.",
        {("GHA", "12", "TGO"), ("TGO", "02", "GHA")},
        id="a_body_reporting_what_its_state_did_is_of_that_state_and_a_request_from_x_is_not_aimed_at_x",
    ),
    pytest.param(
        "Kenyan officials are drawing up plans in case Uganda shuts the Malaba crossing, a minister said on "
        "Friday.",
        set(),
        id="an_act_after_in_case_is_supposed",
    ),
    pytest.param(
        "Chile will not extradite the Peruvian banker, the interior minister said, turning down a request "
        "that Peru's prosecutor general filed in August.",
        {("CHL", "12", "PER")},
        id="a_relative_clause_the_parse_calls_acl_still_made_its_noun",
    ),
    pytest.param(
        "Hungary rejected a request Serbia made in May.",
        {("HUN", "12", "SRB"), ("SRB", "02", "HUN")},
        id="a_rejected_request_made_in_a_relative_clause_went_to_the_rejecter",
    ),
    pytest.param(
        "Tehran expelled two Azerbaijani diplomats on Monday, and the Aliyev administration called the move "
        "a provocation.",
        {("IRN", "16", "AZE"), ("AZE", "11", "IRN")},
        id="a_body_in_a_clause_joined_by_and_is_not_the_reporter_of_the_clause_before",
    ),
    pytest.param(
        "Honduras accused Nicaragua on Monday of sheltering drug traffickers. Nicaragua's president called "
        "the minister's remarks 'lies' the same evening.",
        {("HND", "11", "NIC"), ("NIC", "01", "HND")},
        id="calling_what_was_said_lies_denies_it",
    ),
    pytest.param(
        "Ghana accused Togo of shelling its villages on Monday. Togo called the statement false on Tuesday.",
        {("GHA", "11", "TGO"), ("TGO", "01", "GHA")},
        id="a_verdict_that_calls_a_statement_untrue_denies_it",
    ),
    pytest.param(
        "The Kremlin on Friday turned down Ankara's offer to mediate between Moscow and Kyiv.",
        {("RUS", "12", "TUR"), ("TUR", "03", "RUS"), ("TUR", "03", "UKR")},
        id="turning_down_an_offer_answers_its_maker",
    ),
    pytest.param(
        "Manila demanded on Tuesday that Beijing withdraw its survey ship from the Philippine zone. Hanoi "
        "voiced support for Manila the same day. Beijing rejected the demand on Wednesday.",
        {("PHL", "10", "CHN"), ("VNM", "05", "PHL"), ("CHN", "12", "PHL")},
        id="rejecting_the_demand_answers_the_last_demand_not_the_last_act",
    ),
]


def test_the_meeting_after_held_talks_is_those_talks(coder):
    text = (
        "DILI (Lusa) - Timor-Leste's police minister held talks with Indonesian officials in Kupang on "
        "Wednesday, and Indonesia agreed at the meeting to let Timorese police pursue smugglers across the "
        "border, the minister told reporters on Thursday."
    )
    assert _meetings(coder, text) == {("TLS", "IDN"): 1, ("IDN", "TLS"): 1}


def test_a_denial_said_twice_in_one_sentence_is_one(coder):
    text = (
        "Burundi accused Rwanda on Monday of arming rebels. Kigali rejected the charge the same day, and its "
        "foreign minister called it 'fiction'."
    )
    assert [e.cameo.code for e in code(coder, text).events if e.cameo.root == "01"] == ["016"]


@pytest.mark.parametrize(("text", "expected"), ROUND_17)
def test_round_17_mechanisms(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


SPORT_ROUND_17 = [
    "Port Moresby's Hekari United beat Nouméa's AS Magenta 2-1 on Saturday. Suva stepped in to host the "
    "semi-final after floodlight failures in Port Moresby.",
    "Algerian and Moroccan clubs have met at neutral venues since 2021.",
    "Zagreb hosts the return fixture on Nov. 26, and Croatian police said they would deploy 2,000 officers "
    "around the stadium.",
    "Rome beat Lisbon 3-1 on Wednesday to reach the final, where they will meet Paris, who edged Vienna "
    "2-0 on Tuesday.",
]


@pytest.mark.parametrize("text", SPORT_ROUND_17)
def test_a_game_between_clubs_or_cities_is_no_relation_between_states(coder, text: str) -> None:
    assert triples(coder, text) == set()



def test_a_text_that_opens_on_the_two_ministers_names_the_pair_after(coder):
    text = (
        "The two foreign ministers, who met on the border between Kyrgyzstan's Batken region and "
        "Tajikistan's Sughd region on Monday, agreed to reopen the Kyzyl-Bel crossing."
    )
    assert {("KGZ", "04", "TJK"), ("TJK", "04", "KGZ")} <= triples(coder, text)


def test_rejecting_as_a_fabrication_an_accusation_denies_it(coder):
    text = (
        "Togo's government on Friday rejected as 'pure fabrication' an accusation by Burkina Faso's rulers "
        "that it was sheltering coup plotters."
    )
    assert ("TGO", "01", "BFA") in triples(coder, text)


def test_a_visit_restated_in_its_own_sentence_is_one_visit(coder):
    text = (
        "RIGA (LETA) - Estonian Prime Minister Kristen Michal travelled to Riga on Wednesday, his first "
        "foreign trip of the year."
    )
    visits = [e for e in code(coder, text).events if e.cameo.code == "042"]
    assert [(e.source.country, e.target.country) for e in visits] == [("EST", "LVA")]


def test_a_doer_guessed_from_the_context_is_not_the_country_it_acts_on(coder):
    text = (
        "Egypt's president received the Libyan army chief in Cairo on Saturday. The general asked him for "
        "fuel to ease shortages in Benghazi."
    )
    assert ("LBY", "02", "EGY") in triples(coder, text)


def test_a_minister_meeting_farmers_at_home_is_no_meeting_between_parties(coder):
    assert triples(coder, "Malawi's trade minister met farmers in Lilongwe on Monday.") == set()


def test_a_participle_after_a_passive_clause_is_done_by_the_one_who_ruled(coder):
    text = (
        "Portugal's Supreme Court ruled on Thursday that the Angolan banker will not be extradited to "
        "Angola, rejecting a request Luanda submitted in 2024."
    )
    assert {("PRT", "12", "AGO"), ("AGO", "02", "PRT")} <= triples(coder, text)


def test_dismissing_as_a_stunt_a_states_proposal_rejects_it(coder):
    text = "Tokyo dismissed as 'a publicity stunt' Seoul's proposal to share the fishing grounds."
    assert ("JPN", "12", "KOR") in triples(coder, text)


def test_a_reported_attack_its_doer_denies_is_the_reporters_accusation(coder):
    text = (
        "Georgia's defence ministry said Russian forces fired mortar rounds at its positions near Perevi on "
        "Tuesday. Moscow called the report 'disinformation' the same day."
    )
    events = code(coder, text).events
    assert {(e.source.country, e.cameo.code, e.target.country) for e in events} == {
        ("GEO", "112", "RUS"), ("RUS", "016", "GEO")}


def test_a_reported_attack_no_one_denies_stays_an_attack(coder):
    text = "Georgia's defence ministry said Russian forces fired mortar rounds at its positions on Tuesday."
    assert ("RUS", "19", "GEO") in triples(coder, text)


def test_her_counterpart_tells_the_first_minister_is_a_woman_so_he_is_the_other(coder):
    text = (
        "Chile's foreign minister held talks with her Argentine counterpart in Santiago on Tuesday. The two "
        "agreed to reopen the Cristo Redentor pass, and he thanked her government for its help."
    )
    assert ("ARG", "05", "CHL") in triples(coder, text)


def test_greek_cypriots_are_of_cyprus(coder):
    text = "Turkish troops detained two Greek Cypriot farmers inside the buffer zone near Pyla on Monday."
    assert triples(coder, text) == {("TUR", "17", "CYP")}


def test_a_court_approving_an_extradition_agrees_to_it_and_does_not_carry_it_out(coder):
    events = code(coder, "A Madrid court on Wednesday approved the extradition to Peru of a former Peruvian "
                         "judge wanted on bribery charges.").events
    assert [(e.source.country, e.cameo.code, e.target.country) for e in events] == [("ESP", "0313", "PER")]


def test_an_office_holder_reporting_what_a_state_did_holds_its_office(coder):
    text = (
        "Finland has not closed its border with Russia, Interior Minister Lauri Tammela said on Thursday, "
        "dismissing a report in the daily Ilta-Sanomat."
    )
    assert triples(coder, text) == {("FIN", "01", None)}  # a press report is no state's: no target


def test_nor_opening_a_sentence_denies_its_clause(coder):
    text = (
        "Norway has not expelled any Russian diplomats, the minister said. Nor has Oslo summoned Russia's "
        "envoy."
    )
    assert triples(coder, text) == set()


def test_rebels_are_no_party_to_their_states_exchanges(coder):
    text = (
        "Somalia asked Kenya and Ethiopia on Monday to send engineers to help defend Baidoa, which "
        "al-Shabaab fighters attacked on Sunday."
    )
    assert not {t for t in triples(coder, text) if t[1] == "19" and t[2] is not None}


def test_has_not_allowed_tells_what_has_not_happened_not_a_refusal(coder):
    text = "The Maldives has not allowed the Chinese research ship to dock at Malé, the navy said on Monday."
    assert triples(coder, text) == set()


def test_would_not_allow_is_still_a_refusal(coder):
    text = "The Maldives would not allow the Chinese research ship to dock at Malé, the navy said on Monday."
    assert ("MDV", "12", "CHN") in triples(coder, text)


def test_a_later_conjuncts_possessive_is_its_own(coder):
    text = (
        "The Indonesian manpower minister flew to Riyadh on May 4. The protocol was signed on May 5 by the "
        "minister and Saudi Arabia's deputy labour minister, the ministry said."
    )
    assert {("IDN", "05", "SAU"), ("SAU", "05", "IDN")} <= triples(coder, text)


def test_a_road_map_signed_is_an_agreement(coder):
    assert ("KAZ", "05", "TKM") in triples(coder, "Kazakhstan and Turkmenistan signed a road map for a rail "
                                                  "link on Tuesday.")


AID_LANDED_ROUND_17 = [
    pytest.param(
        "Planes from Qatar and Kuwait landed in Port Sudan on Thursday carrying 90 tonnes of medicine and "
        "tents.",
        {("QAT", "07", "SDN"), ("KWT", "07", "SDN")},
        id="planes_from_two_states_landing_with_aid_deliver_it_to_the_country_they_land_in",
    ),
    pytest.param(
        "A Turkish navy ship carrying 1,200 tonnes of flour docked at Port Sudan on Saturday.",
        {("TUR", "07", "SDN")},
        id="a_ship_carrying_aid_that_docks_delivers_it",
    ),
    pytest.param(
        "A Qatari plane landed in Port Sudan on Thursday carrying the foreign minister.",
        {("QAT", "04", "SDN")},
        id="a_plane_carrying_no_aid_is_a_visit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AID_LANDED_ROUND_17)
def test_aid_told_by_where_it_landed(coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(coder, text) == expected


def test_both_embassies_are_those_of_the_pair_named_before(coder):
    text = (
        "Chinese and Russian bombers flew a joint patrol over the Sea of Japan on Tuesday. Tokyo lodged "
        "protests with both embassies the same day."
    )
    assert {("JPN", "11", "CHN"), ("JPN", "11", "RUS")} <= triples(coder, text)


def test_she_is_the_minister_the_text_says_is_a_woman(coder):
    text = (
        "Bhutan's foreign minister held talks with her Nepali counterpart in Kathmandu on Thursday. She "
        "urged Nepal to open the Kakarbhitta crossing to Bhutanese trucks."
    )
    assert ("BTN", "02", "NPL") in triples(coder, text)


def test_the_village_is_the_village_named_before(coder):
    text = (
        "Farmers fled the Belizean border village of Jalacte last week. Guatemalan troops occupied a school "
        "in the village on Sunday."
    )
    assert triples(coder, text) == {("GTM", "19", "BLZ")}


def test_asking_a_state_for_a_grace_period_is_a_request_to_it(coder):
    text = "Togo's energy minister asked Accra on Tuesday for a six-month grace period on its arrears."
    assert triples(coder, text) == {("TGO", "02", "GHA")}


def test_a_verdict_the_parse_folds_into_one_phrase_still_judges_the_act(coder):
    text = (
        "Slovenia warned on Friday that it would block Croatia's bid unless Zagreb settled the border "
        "dispute. Croatia's prime minister called the warning 'blackmail' hours later."
    )
    assert ("HRV", "11", "SVN") in triples(coder, text)


def test_a_demand_that_a_state_act_is_aimed_at_that_state(coder):
    text = "Seoul renewed its demand on Monday that Tokyo withdraw its claim to the islets near Ulleung."
    assert ("KOR", "10", "JPN") in triples(coder, text)


def test_an_unplaced_office_holder_in_a_story_filed_from_a_capital_holds_office_there(coder):
    text = (
        "LILONGWE (Reuters) - Zambia sent two helicopters to help with flood relief on Monday, officials "
        "said. President Chimwemwe Banda thanked his Zambian counterpart on Tuesday."
    )
    assert ("MWI", "05", "ZMB") in triples(coder, text)


def test_a_name_after_a_title_is_a_person_even_when_read_as_an_organisation(coder):
    text = "The Central African Republic's President Faustin-Archange Touadéra thanked Angola on Friday."
    people = [a for a in code(coder, text).actors if a.kind == "person"]
    expected = [("Faustin-Archange Touadéra", "president", "CAF")]
    assert [(p.name, p.role, p.country) for p in people] == expected


def test_handing_a_state_an_aid_package_is_aid(coder):
    text = "Estonia handed Georgia its third military aid package on Monday."
    assert ("EST", "07", "GEO") in triples(coder, text)


def test_flying_soldiers_into_another_state_is_military_aid(coder):
    text = "Uganda flew 300 soldiers into South Sudan on Friday to guard the airport in Juba."
    assert ("UGA", "07", "SSD") in triples(coder, text)


def test_boarding_a_vessel_is_a_seizure_not_a_hijacking(coder):
    text = "Eritrean naval forces boarded a Yemeni fishing vessel near the Hanish islands on Sunday."
    assert triples(coder, text) == {("ERI", "17", "YEM")}


def test_an_act_on_several_of_a_group_is_an_act_on_the_group(coder):
    text = "Gabonese soldiers beat several of the Cameroonian fishermen at the river crossing on Monday."
    assert ("GAB", "18", "CMR") in triples(coder, text)


def test_a_relative_clause_on_a_crew_joined_to_its_vessel_acts_on_the_vessel(coder):
    text = (
        "Senegal asked Gambia to release a Senegalese trawler and its eleven crew, which Gambian patrol "
        "boats boarded on Saturday."
    )
    assert ("GMB", "17", "SEN") in triples(coder, text)


def test_each_after_two_doers_is_both_of_them(coder):
    text = "Latvia and Lithuania condemned Belarus on Monday, and each recalled its ambassador from Minsk."
    found = triples(coder, text)
    assert {("LVA", "16", "BLR"), ("LTU", "16", "BLR")} <= found


def test_a_warship_prefix_names_its_navy(coder):
    text = "Houthi forces fired a cruise missile at the destroyer USS Carney on Tuesday."
    assert triples(coder, text) == {("YEM", "19", "USA")}


def test_calling_a_manoeuvre_unsafe_criticises_its_doer(coder):
    text = (
        "A Russian Su-35 intercepted a Norwegian patrol plane over the Barents Sea on Monday, Norway's "
        "defence minister said. He called the manoeuvre 'reckless and unprofessional'."
    )
    assert ("NOR", "11", "RUS") in triples(coder, text)


def test_releasing_flares_in_front_of_a_plane_is_a_show_of_force(coder):
    text = "A Chinese fighter released flares in front of a Canadian patrol aircraft on Sunday."
    assert triples(coder, text) == {("CHN", "15", "CAN")}


def test_handing_over_a_patrol_aircraft_is_military_aid_not_a_return(coder):
    text = "Japan handed over a maritime patrol aircraft to the Philippine Navy on Friday."
    assert triples(coder, text) == {("JPN", "07", "PHL")}


def test_ordering_a_foreign_adviser_to_leave_is_an_expulsion(coder):
    text = "Estonia ordered a Russian naval adviser to leave the country within 72 hours on Monday."
    assert triples(coder, text) == {("EST", "16", "RUS")}


def test_an_unaccented_attache_is_a_diplomat_of_their_country(coder):
    text = "Moldova expelled a Russian embassy attache on Monday."
    found = code(coder, text).events
    assert [(e.target.country, e.target.sector) for e in found] == [("RUS", "GOV")]


def test_soldiers_of_two_states_fighting_with_sticks_assault_each_other(coder):
    text = "Kyrgyz and Tajik border guards fought with sticks and stones near the Golovnoi water intake."
    assert triples(coder, text) == {("KGZ", "18", "TJK"), ("TJK", "18", "KGZ")}


def test_shells_landing_in_a_village_are_fire_not_a_visit(coder):
    text = "Syrian mortar shells landed in a Turkish border village on Sunday."
    assert triples(coder, text) == {("SYR", "19", "TUR")}


def test_an_act_named_as_the_subject_of_could_may_not_happen(coder):
    text = "A Chinese naval blockade of the strait could cut Taiwan off from its fuel imports within days."
    assert triples(coder, text) == set()


def test_a_request_that_would_be_made_only_if_something_happens_is_no_request(coder):
    text = "Fiji would ask New Zealand to send police officers if the unrest in Suva spread, its leader said."
    assert triples(coder, text) == set()


def test_considering_an_act_on_foreign_drones_is_not_aimed_at_where_they_fly(coder):
    text = "Romania is considering whether to shoot down Russian drones over southern Ukraine."
    assert triples(coder, text) == {("ROU", "01", "RUS")}


def test_a_denial_told_before_the_report_still_makes_it_an_accusation(coder):
    text = (
        "Vietnam's navy said on Friday that none of its boats had rammed a Chinese coast guard ship, calling "
        "Beijing's account 'pure fiction'. China's coast guard had said on Thursday that a Vietnamese boat "
        "struck its ship near the Paracels."
    )
    found = triples(coder, text)
    assert ("CHN", "11", "VNM") in found and ("VNM", "19", "CHN") not in found


def test_a_verdict_whose_opening_quote_reads_as_a_possessive_judges_the_act(coder):
    text = (
        "Eritrean sailors seized a Djiboutian dhow near Ras Doumeira on Monday. The French navy called the "
        "seizure 'a violation of international law'."
    )
    assert ("FRA", "11", "ERI") in triples(coder, text)


def test_training_guns_on_a_helicopter_is_a_show_of_force(coder):
    text = "A Russian corvette trained its guns on a Swedish navy helicopter on Tuesday."
    assert triples(coder, text) == {("RUS", "15", "SWE")}


def test_clearing_an_arms_sale_is_an_intent_to_give_military_aid(coder):
    text = "The Pentagon cleared the sale of 40 Stinger missiles to Estonia on Tuesday."
    assert triples(coder, text) == {("USA", "03", "EST")}


def test_a_drill_held_with_another_navy_is_joint(coder):
    text = "Indian sailors held a search-and-rescue drill with Indonesian sailors off Sabang on Friday."
    assert triples(coder, text) == {("IND", "06", "IDN"), ("IDN", "06", "IND")}


def test_docking_for_a_port_call_is_a_visit(coder):
    text = "The Indian destroyer INS Delhi docked in Manila on Monday for a three-day port call."
    assert triples(coder, text) == {("IND", "04", "PHL")}


def test_accusing_both_capitals_accuses_the_pair_named_before(coder):
    text = (
        "Greek and Cypriot warships held joint drills off Crete on Monday. Ankara accused both capitals on "
        "Tuesday of 'provocation'."
    )
    found = triples(coder, text)
    assert {("TUR", "11", "GRC"), ("TUR", "11", "CYP")} <= found


def test_calling_a_visit_a_new_chapter_praises_it(coder):
    text = (
        "Japan's prime minister visited Seoul on Monday. South Korea's foreign ministry called the visit "
        "'a new chapter' in relations with Tokyo."
    )
    found = triples(coder, text)
    assert ("KOR", "05", "JPN") in found and ("KOR", "11", "JPN") not in found


def test_flying_tonnes_of_tents_to_a_city_is_aid_not_a_visit(coder):
    text = "Japan's air force flew 30 tonnes of tents and generators to Suva on Tuesday."
    assert triples(coder, text) == {("JPN", "07", "FJI")}


def test_a_court_in_a_city_is_of_that_citys_country(coder):
    text = "A court in Samarkand on Wednesday sentenced a Tajik blogger to five years in prison."
    assert triples(coder, text) == {("UZB", "17", "TJK")}


def test_an_act_mentioned_as_a_topic_but_with_its_doer_named_is_told(coder):
    text = (
        "Uganda lodged a protest on Monday over the arrest of two Ugandan traders by Kenyan police in Busia."
    )
    assert ("KEN", "17", "UGA") in triples(coder, text)


def test_an_act_by_a_doer_the_parse_hangs_on_the_one_acted_upon_has_that_doer(coder):
    text = "Kenya apologised to Uganda on Monday for the arrest of two Ugandan traders by Kenyan police."
    assert ("KEN", "17", "UGA") in triples(coder, text)


def test_a_passive_verb_without_a_doer_does_not_borrow_the_subject_above(coder):
    text = (
        "Peru's foreign ministry asked Bolivia to extradite a former Peruvian governor who crossed Lake "
        "Titicaca by boat after being convicted of fraud."
    )
    assert triples(coder, text) == {("PER", "02", "BOL")}


def test_the_seizure_of_a_plane_is_a_seizure_of_property(coder):
    text = (
        "Bogotá froze the accounts of two Venezuelan firms in retaliation for the seizure of a Colombian "
        "cargo plane by Venezuelan authorities."
    )
    assert ("VEN", "17", "COL") in triples(coder, text)


def test_joint_coast_guard_patrols_are_joint(coder):
    text = "Gabon and Equatorial Guinea agreed on Tuesday to run joint coast guard patrols off Corisco."
    assert triples(coder, text) == {("GAB", "03", "GNQ"), ("GNQ", "03", "GAB")}


def test_the_purpose_of_a_planned_act_is_no_event(coder):
    text = (
        "Gabon and Equatorial Guinea agreed on Tuesday to run joint coast guard patrols off Corisco to stop "
        "boats carrying migrants."
    )
    assert {t[1] for t in triples(coder, text)} == {"03"}


def test_suspending_transit_of_anothers_goods_is_an_embargo(coder):
    text = "Turkmenistan suspended rail transit of Uzbek cotton at Farap on Monday."
    assert triples(coder, text) == {("TKM", "16", "UZB")}


def test_restrictions_imposed_on_anothers_trucks_are_an_embargo(coder):
    text = "Hungary imposed restrictions on Romanian trucks at the Nagylak crossing on Friday."
    assert triples(coder, text) == {("HUN", "16", "ROU")}


def test_the_noun_an_act_imposes_is_that_act_not_a_second_one(coder):
    text = "China imposed restrictions on Japanese seafood imports on Friday."
    found = code(coder, text).events
    assert [(e.source.country, e.cameo.code, e.target.country) for e in found] == [("CHN", "163", "JPN")]


def test_banning_anothers_cars_from_entering_is_a_cut_in_relations_not_an_expulsion(coder):
    text = "Poland banned Russian-registered cars from entering its territory on Friday."
    assert triples(coder, text) == {("POL", "16", "RUS")}


def test_vowing_countermeasures_is_a_threat(coder):
    text = "The United States imposed tariffs on Chinese steel on Monday. Beijing vowed countermeasures."
    assert ("CHN", "13", "USA") in triples(coder, text)


def test_a_minister_welcoming_a_decision_praises_it_and_hosts_no_one(coder):
    text = (
        "Zambia lifted its ban on Malawian maize on Monday. Malawi's agriculture minister welcomed the "
        "decision hours later."
    )
    found = triples(coder, text)
    assert ("MWI", "05", "ZMB") in found and not any(t[1] == "04" for t in found)


def test_two_states_agreeing_on_a_step_with_no_row_of_its_own_intend_to_cooperate(coder):
    text = "Canberra and Wellington agreed on Thursday to pool their maritime surveillance flights."
    assert triples(coder, text) == {("AUS", "03", "NZL"), ("NZL", "03", "AUS")}


def test_dismissing_a_warning_as_hysteria_criticises_the_warner(coder):
    text = (
        "Latvia warned on Tuesday that it would close its border with Belarus if migrants kept crossing. "
        "Minsk dismissed the warning on Wednesday as 'political hysteria'."
    )
    assert ("BLR", "11", "LVA") in triples(coder, text)


def test_his_arrest_names_again_the_detention_told_before(coder):
    text = (
        "A Minsk court extended the detention of a Lithuanian journalist on Tuesday. Lithuania's foreign "
        "ministry called his arrest 'hostage diplomacy' on Wednesday."
    )
    found = triples(coder, text)
    assert ("LTU", "11", "BLR") in found and ("LTU", "17", None) not in found


def test_completing_a_joint_exercise_is_military_cooperation(coder):
    text = "Egyptian and Sudanese naval units completed a week-long joint training exercise off Port Sudan."
    assert triples(coder, text) == {("EGY", "06", "SDN"), ("SDN", "06", "EGY")}


def test_a_joint_operation_of_three_navies_pairs_them_all(coder):
    text = "Kenyan, Tanzanian and Mozambican patrol boats began a joint anti-piracy operation on Thursday."
    assert triples(coder, text) == {
        (a, "06", b) for a in ("KEN", "TZA", "MOZ") for b in ("KEN", "TZA", "MOZ") if a != b
    }


def test_denouncing_the_joint_drills_of_two_states_criticises_both(coder):
    text = "Russia denounced the joint naval drills of Finland and Sweden on Tuesday."
    assert triples(coder, text) == {
        ("FIN", "06", "SWE"), ("SWE", "06", "FIN"), ("RUS", "11", "FIN"), ("RUS", "11", "SWE")
    }


def test_two_leaders_witnessing_the_signing_of_documents_sign_an_agreement(coder):
    text = (
        "Indian Prime Minister Narendra Modi held talks with the visiting Vietnamese president in New Delhi "
        "on Monday. The two leaders witnessed the signing of nine cooperation documents."
    )
    assert {("IND", "05", "VNM"), ("VNM", "05", "IND")} <= triples(coder, text)


def test_studying_whether_to_ask_a_state_for_something_considers_it(coder):
    text = "Lesotho is studying whether to ask South Africa for a loan to rebuild its roads, officials said."
    assert triples(coder, text) == {("LSO", "01", "ZAF")}


def test_a_state_saying_it_did_not_strike_denies_it(coder):
    text = "Turkey's defence ministry said on Monday it had not carried out a strike on an Iraqi village."
    assert triples(coder, text) == {("TUR", "01", "IRQ")}


def test_force_the_text_itself_says_was_not_used_is_no_denial(coder):
    text = "Turkish drones did not strike the village in northern Iraq on Monday."
    assert triples(coder, text) == set()


def test_a_state_saying_it_will_not_join_sanctions_denies_nothing(coder):
    text = "Serbia will not join Western sanctions against Russia, its president said on Sunday."
    assert ("SRB", "01", "RUS") not in triples(coder, text)


def test_her_counterpart_after_a_meeting_is_the_other_party(coder):
    text = (
        "Peru's president travelled to La Paz on Tuesday and held talks with her Bolivian counterpart. Her "
        "counterpart agreed at the meeting to extradite a former Peruvian mayor."
    )
    assert ("BOL", "03", "PER") in triples(coder, text)


def test_people_freed_with_no_freer_named_are_freed_by_those_who_held_them(coder):
    text = (
        "Thai police detained 12 Cambodian traders at the Poipet crossing on Saturday. Thailand's foreign "
        "ministry said on Tuesday that the traders had been released."
    )
    assert ("THA", "08", "KHM") in triples(coder, text)


def test_people_freed_with_no_earlier_arrest_have_no_freer(coder):
    text = "Thailand's foreign ministry said on Tuesday that the traders had been released."
    assert triples(coder, text) == set()


def test_a_ban_on_exports_that_a_state_imposed_is_an_embargo(coder):
    text = (
        "On Monday, Ghana lifted a ban on cement exports to Togo that it imposed in June during a price "
        "dispute."
    )
    assert ("GHA", "16", "TGO") in triples(coder, text)


def test_a_minister_speaking_after_a_call_with_his_counterpart_took_part_in_it(coder):
    text = "The Chilean foreign minister said so on Friday after a phone call with his Argentine counterpart."
    assert triples(coder, text) == {("CHL", "04", "ARG"), ("ARG", "04", "CHL")}


def test_an_ambassador_summoned_to_a_ministry_is_summoned_by_its_state(coder):
    text = "Russia's ambassador was summoned to the Estonian foreign ministry on Wednesday."
    assert triples(coder, text) == {("EST", "11", "RUS")}


def test_calling_in_an_ambassador_is_a_summons(coder):
    text = "Thailand's ambassador was called in to Cambodia's foreign ministry on Tuesday."
    assert triples(coder, text) == {("KHM", "11", "THA")}


def test_an_offer_by_a_leader_to_mediate_is_that_leaders_offer(coder):
    text = (
        "Kenya's president urged both Sudan and South Sudan to accept an offer by Ethiopian Prime Minister "
        "Abiy Ahmed to mediate."
    )
    assert {("ETH", "03", "SDN"), ("ETH", "03", "SSD")} <= triples(coder, text)


def test_a_state_saying_people_would_be_freed_intends_to_free_them(coder):
    text = (
        "Ghana's navy detained a Togolese fishing boat and its crew on Monday. Accra said on Wednesday that "
        "the fishermen would be freed once a fine was paid."
    )
    assert ("GHA", "03", "TGO") in triples(coder, text)


# ---- economic statecraft (round 19) -------------------------------------------------------------------


def test_surtaxes_on_a_countrys_goods_are_a_sanction_and_condemning_the_move_answers_it(coder):
    text = (
        "Peru imposed 20 percent surtaxes on Chilean-made copper wire on Monday. Chile's economy ministry "
        "condemned the move hours later."
    )
    assert triples(coder, text) == {("PER", "16", "CHL"), ("CHL", "11", "PER")}


def test_duties_a_state_placed_on_goods_are_its_sanction(coder):
    text = "The move matched the duties that Hanoi placed on Cambodian rice in March."
    assert triples(coder, text) == {("VNM", "16", "KHM")}


def test_barring_a_countrys_companies_from_bidding_is_a_sanction(coder):
    text = "Kenya on Tuesday barred Turkish-owned firms from bidding for its new road contracts."
    assert triples(coder, text) == {("KEN", "16", "TUR")}


def test_adding_a_countrys_companies_to_a_list_is_a_sanction(coder):
    text = "Ottawa on Friday added six Iranian companies to its list of firms barred from trade."
    assert triples(coder, text) == {("CAN", "16", "IRN")}


def test_a_complaint_at_a_trade_tribunal_is_a_case_against_the_owner_of_the_duties(coder):
    text = (
        "Thailand filed a complaint at the World Trade Organization against Vietnam's new duties on sugar. "
        "Hanoi rejected the complaint on Friday."
    )
    assert triples(coder, text) == {("THA", "11", "VNM"), ("VNM", "01", "THA")}


def test_welcoming_a_loan_answers_its_lender(coder):
    text = (
        "Seoul pledged on Monday to lend Manila $300 million. Malacañang welcomed the loan on Tuesday, "
        "a week after Manila asked Beijing to refinance a railway debt."
    )
    assert ("PHL", "05", "KOR") in triples(coder, text)


def test_a_repayment_moratorium_is_economic_aid(coder):
    text = "Beijing granted Zambia a two-year moratorium on loan repayments on Friday."
    assert triples(coder, text) == {("CHN", "07", "ZMB")}


def test_rolling_over_a_deposit_is_economic_aid(coder):
    text = "Abu Dhabi rolled over a $2 billion deposit at the central bank of Egypt on Monday."
    assert triples(coder, text) == {("ARE", "07", "EGY")}


def test_a_state_oil_company_stands_for_its_state(coder):
    text = "Sonatrach signed a ten-year gas supply agreement with Italy on Monday."
    assert ("DZA", "05", "ITA") in triples(coder, text)


# ---- diplomacy (round 19) -----------------------------------------------------------------------------


def test_telling_someone_in_a_telephone_call_is_a_call_with_them(coder):
    text = (
        "Japan's foreign minister told his Indian counterpart, Subrahmanyam Jaishankar, in a telephone call "
        "on Friday that Tokyo opposes a planned visit to Taipei by Indian lawmakers."
    )
    assert {("JPN", "04", "IND"), ("IND", "04", "JPN")} <= triples(coder, text)


def test_blocking_a_draft_statement_is_a_veto_aimed_at_its_drafter(coder):
    text = (
        "China and Russia on Wednesday blocked a French-drafted Security Council statement. "
        "France's U.N. ambassador called the move 'deplorable'."
    )
    assert triples(coder, text) == {
        ("CHN", "12", "FRA"), ("RUS", "12", "FRA"), ("FRA", "11", "CHN"), ("FRA", "11", "RUS")
    }


def test_an_offer_turned_down_was_made_by_its_owner(coder):
    text = "Hanoi turned down an offer from Seoul of cheaper fertiliser on Monday."
    assert triples(coder, text) == {("VNM", "12", "KOR"), ("KOR", "03", "VNM")}


def test_an_offer_that_names_its_own_act_is_coded_once(coder):
    text = "Nepal is studying a Chinese offer of a $3 billion loan to build a railway."
    found = code(coder, text).events
    offers = [e for e in found if (e.source.country, e.cameo.root) == ("CHN", "03")]
    assert len(offers) == 1


def test_a_readout_released_is_no_release_of_people(coder):
    text = "The call took place on Friday, according to a readout released by China's foreign ministry."
    assert not any(e.cameo.code.startswith("084") for e in code(coder, text).events)


def test_vowing_to_take_necessary_measures_is_a_threat(coder):
    text = (
        "Washington added nine Chinese firms to its export blacklist on Monday. Beijing vowed on Tuesday to "
        "take 'necessary measures' to protect Chinese companies."
    )
    assert ("CHN", "13", "USA") in triples(coder, text)


def test_saying_a_state_would_respond_with_firmness_is_a_threat(coder):
    text = (
        "Algiers barred Spanish firms from bidding in public tenders on Monday. The Moncloa said on Tuesday "
        "that Spain would respond 'with firmness'."
    )
    assert ("ESP", "13", "DZA") in triples(coder, text)


def test_a_quoted_verdict_on_the_warning_answers_whoever_warned(coder):
    text = (
        "The Kremlin warned Norway on Thursday that Russia would seize the assets of Norwegian companies. "
        "Ukraine's foreign minister called the warning 'blackmail' the same day and urged Norway to hold "
        "firm."
    )
    assert ("UKR", "11", "RUS") in triples(coder, text)


def test_the_move_an_answerer_judges_is_first_the_one_done_to_its_country(coder):
    text = (
        "China and Russia on Wednesday blocked a French-drafted statement that would have condemned air "
        "strikes by Sudan's army. France's U.N. ambassador called the move 'deplorable'."
    )
    assert {("FRA", "11", "CHN"), ("FRA", "11", "RUS")} <= triples(coder, text)
    assert ("FRA", "11", "SDN") not in triples(coder, text)


def test_a_fee_a_state_will_charge_is_no_threat(coder):
    text = (
        "Chile, Peru and Bolivia signed a pipeline agreement on Monday. Under the deal, Bolivia will charge "
        "a transit fee of 50 cents per barrel."
    )
    assert not any(root == "13" for _, root, _ in triples(coder, text))


def test_an_agreement_on_a_topic_with_a_counterpart_is_signed_with_the_counterpart(coder):
    text = (
        "Chile's foreign minister signed an agreement on seasonal workers with her Peruvian counterpart in "
        "Lima on Tuesday."
    )
    assert triples(coder, text) == {("CHL", "05", "PER"), ("PER", "05", "CHL")}


@pytest.mark.parametrize(
    "doers", ["none of its ministers", "no Turkish minister"], ids=["none_of", "no_determiner"]
)
def test_a_doer_that_says_no_to_a_future_act_is_a_refusal(coder, doers):
    text = f"Turkey said on Wednesday that {doers} would attend meetings held in Cyprus."
    assert triples(coder, text) == {("TUR", "12", "CYP")}


def test_a_letter_a_state_owns_that_asks_something_is_that_states_appeal(coder):
    text = "He declined to comment on Egypt's latest letter asking Ethiopia to stop filling the dam."
    assert ("EGY", "02", "ETH") in triples(coder, text)


def test_remaining_open_to_dialogue_is_an_offer_to_talk(coder):
    text = "Kathmandu remained open to dialogue with New Delhi, the foreign ministry said on Wednesday."
    assert triples(coder, text) == {("NPL", "03", "IND")}


def test_being_ready_to_host_talks_between_two_states_is_an_offer_to_mediate_to_each(coder):
    text = "Kenya's president said on Monday he was ready to host talks between Sudan and Chad in Nairobi."
    assert triples(coder, text) == {("KEN", "03", "SDN"), ("KEN", "03", "TCD")}


def test_an_act_as_soon_as_a_present_tense_clause_allows_has_not_happened(coder):
    text = "Angola said it was ready to host talks between Burundi and Rwanda as soon as both capitals agree."
    assert ("BDI", "03", "RWA") not in triples(coder, text)


def test_a_state_that_requested_it_asked_the_other_party_of_the_exchange(coder):
    text = (
        "Belgium's top court on Monday blocked the extradition of a former Congolese officer to Kinshasa, "
        "which requested it in 2024."
    )
    assert ("COD", "02", "BEL") in triples(coder, text)


def test_a_request_a_state_owns_is_made_to_the_other_party_of_the_exchange(coder):
    text = (
        "Bulgaria's prosecutor general accused Skopje of shielding a businessman. North Macedonia's justice "
        "minister denied it on Wednesday, saying Sofia's request was still before the courts."
    )
    assert ("BGR", "02", "MKD") in triples(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's president on Monday called Ecuadorian prisons 'concentration camps'.",
        "Sudan's foreign minister received the shipment of Saudi aid at the port on Thursday.",
    ],
    ids=["called_a_verdict", "received_a_shipment"],
)
def test_a_pattern_word_the_doer_supplies_is_no_object_of_the_act(coder, text):
    assert not any(root == "04" for _, root, _ in triples(coder, text))


def test_a_pattern_word_an_object_supplies_too_still_reads_the_act(coder):
    text = "Mauritania's president received Moroccan Foreign Minister Nasser Bourita in Nouakchott on Monday."
    assert ("MRT", "04", "MAR") in triples(coder, text)


def test_trade_resumed_after_a_punitive_cut_eases_the_sanction(coder):
    text = (
        "Ghana resumed electricity exports to Togo on Monday, nine days after cutting supplies over unpaid "
        "bills, the energy ministry said."
    )
    assert triples(coder, text) == {("GHA", "08", "TGO"), ("GHA", "16", "TGO")}


def test_one_received_by_a_host_who_then_asked_is_the_one_who_asks(coder):
    text = (
        "Taiwan's foreign minister, Lin Chia-lung, was received by President Bernardo Arévalo in Guatemala "
        "City on Tuesday and asked Guatemala to lobby for Taipei's return to the World Health Assembly."
    )
    assert ("TWN", "02", "GTM") in triples(coder, text)
    assert ("GTM", "02", "GTM") not in triples(coder, text)


def test_a_ship_or_plane_that_arrives_makes_no_visit(coder):
    text = "A Qatari relief ship carrying 3,000 tonnes of food arrived in Port Sudan on Thursday."
    assert not any(root == "04" for _, root, _ in triples(coder, text))


def test_a_plane_that_lands_carrying_arms_delivers_military_aid_where_it_lands(coder):
    text = (
        "A Turkish military transport plane landed in Mogadishu on Monday carrying armoured vehicles and "
        "ammunition for the Somali army."
    )
    assert triples(coder, text) == {("TUR", "07", "SOM")}


def test_ordering_a_crossing_closed_to_a_countrys_cargo_is_a_sanction(coder):
    text = "Caracas ordered the border bridge closed to Colombian cargo on Tuesday."
    assert triples(coder, text) == {("VEN", "16", "COL")}


def test_the_men_released_are_the_people_an_arrest_just_took(coder):
    text = (
        "Sri Lanka's navy arrested 17 Indian fishermen off Delft Island on March 3. The men were released "
        "on Friday."
    )
    assert ("LKA", "08", "IND") in triples(coder, text)


def test_a_court_named_after_a_town_orders_their_release_for_its_country(coder):
    text = (
        "Sri Lanka's navy arrested 14 Indian fishermen on Aug. 9, and a Jaffna court ordered their release "
        "on Aug. 21, India's High Commission in Colombo said on Friday."
    )
    assert ("LKA", "08", "IND") in triples(coder, text)


def test_welcoming_the_agreement_answers_its_parties_not_its_mediator(coder):
    text = (
        "Kuwait and Iraq agreed on Friday to restore border trade, at the end of talks in Doha mediated by "
        "Qatar. Saudi Arabia welcomed the agreement on Saturday."
    )
    welcomed = {(s, t) for s, root, t in triples(coder, text) if root == "05"}
    assert welcomed == {("SAU", "KWT"), ("SAU", "IRQ")}


def test_saying_it_would_take_necessary_measures_if_someone_acts_threatens_that_someone(coder):
    text = (
        "China's commerce ministry said on Friday it would 'take necessary measures' if the Czech Senate "
        "speaker went ahead with a planned visit to Taiwan next month."
    )
    assert triples(coder, text) == {("CHN", "13", "CZE")}


def test_an_ambassador_sent_back_resumes_diplomatic_exchange(coder):
    text = "Accra sent its ambassador back to Lomé on Saturday, three months after a row over fishing rights."
    assert triples(coder, text) == {("GHA", "05", "TGO")}


def test_calling_a_claim_by_someone_not_true_denies_it_to_them(coder):
    text = (
        "Kazakhstan has not restricted diesel exports to Kyrgyzstan, the energy ministry said on Monday, "
        "calling a claim by Kyrgyzstan's economy minister that Astana had curbed supplies 'not true'."
    )
    assert ("KAZ", "01", "KGZ") in triples(coder, text)


def test_a_modal_perfect_tells_what_did_not_happen(coder):
    text = (
        "Kazakhstan could have shipped an extra 200,000 tonnes of wheat to Afghanistan this autumn, the "
        "grain union said on Monday."
    )
    assert triples(coder, text) == set()


# ---- round 20 -------------------------------------------------------------------------------------------


def test_a_goal_hung_on_the_last_of_two_objects_is_where_both_were_sent(coder):
    text = "Chile sent two transport planes and 60 soldiers to Bolivia on Thursday."
    events = code(coder, text, date(2026, 9, 12)).events
    found = {(e.source.country, e.target.country if e.target else None, e.date.value) for e in events}
    assert found == {("CHL", "BOL", "2026-09-10")}


def test_doctors_who_arrive_to_help_bring_aid_and_negotiators_do_not(coder):
    helpers = "A brigade of 30 Cuban doctors arrived in Port of Spain on Monday to help fight dengue."
    assert triples(coder, helpers) == {("CUB", "07", "TTO")}
    talkers = "A team of Qatari negotiators arrived in Kabul on Monday."
    assert not any(root == "07" for _, root, _ in triples(coder, talkers))


def test_people_freed_by_a_state_were_arrested_by_it(coder):
    text = (
        "Myanmar released 22 Bangladeshi fishermen on Friday. The men had been arrested in March for fishing "
        "without permits."
    )
    assert triples(coder, text) == {("MMR", "08", "BGD"), ("MMR", "17", "BGD")}


def test_a_word_of_an_organisations_name_is_no_act(coder):
    text = (
        "A ship carrying rice from the King Abdullah Humanitarian Aid and Relief Centre arrived in Aden on "
        "Sunday."
    )
    assert all(e.trigger != "Aid" for e in code(coder, text).events)


def test_vaccine_handed_to_a_ministry_is_humanitarian_aid(coder):
    text = "Germany handed 500,000 doses of cholera vaccine to Malawi's health ministry on Tuesday."
    assert [e.cameo.code for e in code(coder, text).events] == ["073"]


def test_the_datelines_day_does_not_date_the_first_sentences_act(coder):
    text = (
        "ASTANA, March 6 (Kazinform) - Kazakhstan delivered 900 tonnes of hay to Kyrgyzstan's Naryn region "
        "on Wednesday."
    )
    events = code(coder, text, date(2026, 3, 6)).events
    assert [e.date.value for e in events] == ["2026-03-04"]


def test_a_visit_told_again_within_its_stay_is_one_visit(coder):
    text = (
        "Iraq's foreign minister arrived in Amman on Monday for talks on water sharing. Jordan's King "
        "Abdullah received him on Tuesday."
    )
    visits = [e for e in code(coder, text, date(2026, 5, 13)).events if e.cameo.code == "042"]
    found = [(e.source.country, e.target.country, e.date.value) for e in visits]
    assert found == [("IRQ", "JOR", "2026-05-11")]


def test_asking_a_state_for_something_is_an_appeal_to_it(coder):
    assert triples(coder, "Lebanon asked Egypt and Qatar on Tuesday for emergency fuel shipments.") == {
        ("LBN", "02", "EGY"), ("LBN", "02", "QAT")
    }


def test_a_state_described_as_an_island_nation_is_the_island_named_before(coder):
    text = (
        "Greece accused Cyprus on Monday of ignoring a distress call from a migrant boat. The island "
        "nation's coast guard denied the charge the same day."
    )
    assert ("CYP", "01", "GRC") in triples(coder, text)


def test_days_later_count_from_the_act_not_from_the_day_it_was_told(coder):
    text = (
        "Libyan guards pushed 300 migrants, among them 90 Chadians, across the border on May 2, Chad's "
        "interior ministry said on Tuesday. N'Djamena summoned Libya's ambassador two days later."
    )
    events = code(coder, text, date(2026, 5, 13)).events
    found = [(e.cameo.code, e.date.value) for e in events if e.source.country == "TCD"]
    assert found == [("114", "2026-05-04")]


def test_aid_pledged_by_two_donors_goes_to_the_country_named_not_to_each_other(coder):
    text = (
        "Qatar and the European Union pledged a combined $60 million on Monday to rebuild hospitals "
        "destroyed by floods in Libya's Derna region."
    )
    assert triples(coder, text) == {("QAT", "03", "LBY"), (None, "03", "LBY")}


def test_an_offer_not_answered_was_made_to_the_silent_side(coder):
    text = (
        "Venezuela has not responded to Colombia's offer of flood relief for villages along the Arauca "
        "river, Bogotá's foreign ministry said on Thursday. Brazil sent 300 tonnes of rice across the "
        "border on Tuesday."
    )
    assert ("COL", "03", "VEN") in triples(coder, text)


def test_a_second_body_joined_to_a_name_in_apposition_is_a_second_target(coder):
    text = (
        "Burkina Faso's junta threatened on Tuesday to expel Denmark's development agency Danida and "
        "Sweden's Sida unless they submit all their projects in the Sahel region for prior approval."
    )
    assert {t for s, root, t in triples(coder, text) if root == "13"} == {"DNK", "SWE"}


def test_aid_promised_to_no_one_named_answers_the_last_appeal_for_aid(coder):
    text = (
        "Malawi's electoral commission appealed to foreign donors on Monday for $40 million to hold "
        "the September election. Japan's foreign ministry said it would donate 3,000 ballot boxes."
    )
    assert ("JPN", "03", "MWI") in triples(coder, text)


def test_an_act_named_again_in_its_sentence_with_no_day_is_the_same_act(coder):
    text = (
        "Spain handed former Argentine banker Luis Ortega to Argentine federal police in Madrid on Tuesday, "
        "ending a two-year fight against his extradition."
    )
    assert Counter((e.source.country, e.target.country, e.cameo.code) for e in code(coder, text).events) == {
        ("ESP", "ARG", "063"): 1
    }


def test_talks_during_which_one_asked_the_other_are_between_the_two(coder):
    text = (
        "Egypt's president asked Emmanuel Macron on Monday to return a statue of Ramses II, during talks at "
        "the Elysee Palace."
    )
    assert {("EGY", "04", "FRA"), ("FRA", "04", "EGY")} <= triples(coder, text)


def test_a_summit_next_month_has_not_happened(coder):
    text = (
        "Chile's foreign minister asked Peru and Bolivia on Monday to back the plan at next month's Andean "
        "Community summit."
    )
    assert all(e.cameo.root != "04" for e in code(coder, text, date(2026, 11, 17)).events)


def test_talks_held_ahead_of_a_later_summit_are_dated_by_their_own_clause(coder):
    text = (
        "Ghana's presidency said on Wednesday that the two leaders had discussed trade with Togo's president "
        "ahead of next month's ECOWAS summit in Abuja."
    )
    talks = [e for e in code(coder, text, date(2026, 11, 19)).events if e.cameo.code == "046"]
    assert talks and all(e.modality == "asserted" and e.date.value < "2026-12" for e in talks)


def test_a_simple_present_of_trade_is_a_standing_state_not_an_act(coder):
    text = "Zambia now exports most of its copper through the South African port of Durban."
    assert triples(coder, text) == set()


def test_an_object_pronoun_takes_the_words_of_the_noun_it_names_again(coder):
    text = (
        "Kazakhstan reopened the Khorgos border crossing to Chinese trucks on Monday, six days after closing "
        "it over a customs dispute."
    )
    events = code(coder, text, date(2026, 3, 4)).events
    closed = [(e.source.country, e.cameo.root, e.date.value) for e in events if e.trigger == "closing"]
    assert closed == [("KAZ", "16", "2026-02-24")]


def test_calling_it_something_is_no_act_on_the_noun_before(coder):
    text = (
        "On Wednesday the president praised Bamako for releasing two Senegalese drivers, calling it a "
        "gesture of good neighbourliness."
    )
    assert all(e.cameo.root != "04" for e in code(coder, text).events)


def test_he_in_a_clause_hanging_on_another_is_that_clauses_subject(coder):
    text = (
        "Mongolian President Ukhnaagiin Khurelsukh was received by Emperor Naruhito on Wednesday, a day "
        "after he and Prime Minister Sanae Takaichi signed agreements on rare earths."
    )
    signed = {(s, t) for s, root, t in triples(coder, text) if root == "05"}
    assert signed == {("MNG", "JPN"), ("JPN", "MNG")}


def test_an_act_a_lead_tells_without_a_day_and_the_next_sentence_dates_is_one_act(coder):
    text = (
        "Poland has expelled two Belarusian diplomats. The foreign ministry in Warsaw ordered them out on "
        "Tuesday, a spokesman said."
    )
    expulsions = [e for e in code(coder, text, date(2026, 3, 5)).events if e.cameo.root == "16"]
    assert [(e.source.country, e.target.country, e.date.value) for e in expulsions] == [
        ("POL", "BLR", "2026-03-03")
    ]


def test_asking_someone_by_telephone_is_a_call_with_them_on_that_day(coder):
    text = (
        "Nepal freed 12 Indian traders on Friday, two days after Prime Minister Narendra Modi asked "
        "Prime Minister Sushila Karki by telephone to release them."
    )
    calls = [e for e in code(coder, text, date(2026, 5, 16)).events if e.cameo.code == "041"]
    assert {(e.source.country, e.target.country, e.date.value) for e in calls} == {
        ("IND", "NPL", "2026-05-13"), ("NPL", "IND", "2026-05-13")
    }


def test_aid_pledged_to_no_one_answers_a_bare_request_for_it(coder):
    text = (
        "Laos's deputy prime minister asked Beijing on Monday for emergency rice. Japan pledged $2 million "
        "in emergency grants on Tuesday."
    )
    assert ("JPN", "03", "LAO") in triples(coder, text)


def test_a_diplomat_declared_persona_non_grata_is_of_the_country_that_describes_him(coder):
    text = (
        "Slovenia declared a Hungarian embassy counsellor persona non grata on Monday, a week after police "
        "in Maribor detained two Hungarian nationals, the foreign ministry said on Tuesday."
    )
    assert ("SVN", "16", "HUN") in triples(coder, text)


def test_a_visit_confirmed_later_without_its_host_is_the_visit_told_before(coder):
    text = (
        "Qatar's foreign minister visited Tehran on Sunday. Qatar's foreign ministry confirmed the visit on "
        "Monday but gave no details."
    )
    assert [(s, t) for s, root, t in triples(coder, text) if root == "04"] == [("QAT", "IRN")]


def test_an_act_dated_decades_back_is_history_not_news(coder):
    text = (
        "Germany's president asked Namibia for forgiveness on Thursday for the killing of thousands of "
        "Herero by German colonial troops in 1904."
    )
    assert all(e.cameo.root != "19" for e in code(coder, text, date(2026, 5, 8)).events)


def test_what_a_statement_names_from_long_ago_does_not_make_it_history(coder):
    text = "London on Wednesday rejected Dublin's call for an inquiry into the 1974 bombing of a pub."
    assert ("IRL", "02", "GBR") in triples(coder, text, date(2026, 5, 8))


def test_the_first_time_a_state_has_done_it_tells_the_act_again(coder):
    text = (
        "Polish F-16s shot down a Belarusian drone near Hrubieszow on Saturday, the first time Poland has "
        "destroyed a Belarusian drone in its airspace."
    )
    assert Counter(root for _, root, _ in triples(coder, text)) == Counter({"19": 1})


def test_a_consul_visiting_detained_nationals_makes_no_state_visit(coder):
    text = "Japan's consul in Vladivostok visited the detained men on Monday and found them in good health."
    assert all(e.cameo.root != "04" for e in code(coder, text).events)


def test_a_title_before_the_doers_name_is_no_object_of_a_call(coder):
    text = (
        "Prime Minister Abiy Ahmed, who had received him the day before, called the apology 'a courageous "
        "act of truth'."
    )
    assert all(e.cameo.code != "041" for e in code(coder, text).events)


def test_a_person_received_by_pronoun_in_a_relative_clause_was_hosted(coder):
    text = (
        "Italian President Sergio Mattarella asked Ethiopia for forgiveness on Thursday. Prime Minister Abiy "
        "Ahmed, who had received him at the National Palace the day before, called it brave."
    )
    assert {("ETH", "04", "ITA"), ("ITA", "04", "ETH")} <= triples(coder, text)


def test_receiving_a_thing_is_no_hosting(coder):
    assert triples(coder, "Kenya's minister received it at the port on Monday.") == set()


def test_he_in_a_where_clause_is_the_visitor_the_main_clause_names(coder):
    text = (
        "Spain's defence minister arrived in Ankara on Monday and signed a contract with his Turkish "
        "counterpart, Yaşar Güler. On Tuesday the visitor toured a shipyard in Istanbul, where he told "
        "reporters that he had invited his host to Madrid."
    )
    assert ("ESP", "03", "TUR") in triples(coder, text)


def test_disappointment_that_someone_acted_is_aimed_at_them(coder):
    text = "Seoul expressed deep disappointment on Saturday that Japanese ministers had prayed at the shrine."
    assert ("KOR", "11", "JPN") in triples(coder, text)


def test_a_day_after_hosting_someone_is_a_hosting_by_the_main_clauses_subject_that_day(coder):
    text = (
        "Fiji's prime minister spoke to reporters on Friday, a day after hosting Taiwan's foreign minister "
        "in Suva."
    )
    hostings = [e for e in code(coder, text, date(2026, 7, 18)).events if e.cameo.code == "043"]
    found = [(e.source.country, e.target.country, e.date.value) for e in hostings]
    assert found == [("FJI", "TWN", "2026-07-16")]


def test_people_flown_out_of_danger_are_evacuated_and_the_doers_air_force_is_no_troop_word(coder):
    text = "A Spanish air force plane flew 60 Spaniards and 15 Portuguese out of Khartoum on Friday."
    found = {(s, e.cameo.code, t) for s, e, t in (
        (e.source.country, e, e.target.country if e.target else None) for e in code(coder, text).events)}
    assert ("ESP", "073", "PRT") in found and not any(c.startswith("072") for _, c, _ in found)


def test_talks_a_later_readout_says_were_held_are_the_call_told_before(coder):
    text = (
        "Abuja said on Wednesday that President Bola Tinubu had asked Accra to hand over a former governor "
        "during a telephone call with President John Mahama on Tuesday. Accra, in its own readout of the "
        "call, said only that the two leaders had discussed security and trade."
    )
    events = code(coder, text, date(2026, 11, 19)).events
    meetings = Counter((e.source.country, e.target.country) for e in events if e.cameo.root == "04")
    assert meetings == Counter({("NGA", "GHA"): 1, ("GHA", "NGA"): 1})


def test_two_bodies_of_one_state_doing_one_act_are_two_events(coder):
    text = "Danish lawmakers and the Danish government condemned the Russian strike on Kyiv on Monday."
    sources = {e.source.sector for e in code(coder, text).events if e.cameo.root == "11"}
    assert sources == {"LEG", "GOV"}


# ---- round 21 -------------------------------------------------------------------------------------


def test_neither_nor_subjects_deny_the_act_for_both(coder):
    text = "Neither Gabon nor Congo has congratulated President Jean Ndayishimiye on his re-election."
    assert triples(coder, text) == set()


def test_a_region_named_by_an_adjective_is_no_country_of_its_people(coder):
    text = (
        "Peru and Bolivia protested to Britain on Monday over its plan. The two South American governments "
        "also agreed to extend their joint river patrol."
    )
    found = triples(coder, text)
    assert ("PER", "03", "BOL") in found and not any("USA" in t for t in found)


def test_the_object_of_aiming_at_is_the_target_not_a_place_near_it(coder):
    text = "A Chinese coast guard ship fired its water cannon at a Vietnamese fishing boat near Bombay Reef."
    assert triples(coder, text) == {("CHN", "17", "VNM")}


def test_an_arrest_at_a_place_keeps_the_arrested_as_target(coder):
    text = "Kenyan police arrested a Ugandan opposition activist at a Nairobi hotel on Sunday."
    assert triples(coder, text) == {("KEN", "17", "UGA")}


def test_ending_days_of_talks_is_holding_them(coder):
    text = "Kyrgyz and Tajik border officials ended three days of talks in Batken on Thursday."
    assert triples(coder, text) == {("KGZ", "04", "TJK"), ("TJK", "04", "KGZ")}


def test_police_without_a_country_are_of_the_capital_the_story_is_filed_from(coder):
    text = (
        "LIBREVILLE (AFP) - Cameroon's government did not reply to questions. Police detained two "
        "Cameroonian journalists on Tuesday."
    )
    assert triples(coder, text) == {("GAB", "17", "CMR")}


def test_she_after_a_male_guest_is_the_hostess_named_earlier(coder):
    text = (
        "Chile's environment minister received her Peruvian counterpart in Arica on Friday and showed him "
        "the polluted beaches. The guest promised that his government would build two treatment plants. "
        "She thanked him on Saturday."
    )
    found = triples(coder, text)
    assert ("CHL", "05", "PER") in found


def test_two_states_welcoming_a_pledge_do_not_praise_each_other(coder):
    text = (
        "Sudan pledged on Monday to free 40 detained aid workers. Egypt and Qatar welcomed the pledge on "
        "Tuesday."
    )
    found = triples(coder, text)
    assert ("EGY", "05", "QAT") not in found and ("QAT", "05", "EGY") not in found


def test_a_participle_after_a_preposition_describes_the_name_after_it(coder):
    text = (
        "Ethiopia and Kenya mediated a first round of talks in Addis Ababa on Monday between Sudan's "
        "government and the Umma Party of detained former Prime Minister Sadiq Hamdok."
    )
    assert not any(root == "17" for _, root, _ in triples(coder, text))


def test_what_help_is_given_for_is_no_act_of_the_helped(coder):
    text = (
        "France has resumed sharing satellite imagery with Chad's army to help it fight rebels, a French "
        "spokesman said on Friday."
    )
    assert triples(coder, text) == {("FRA", "06", "TCD")}


def test_an_ultimatum_to_let_people_go_is_one_act_not_a_release(coder):
    text = (
        "Niger gave Benin's military authorities a 72-hour ultimatum on Friday to let two Nigerien traders "
        "leave the embassy in Cotonou."
    )
    events = code(coder, text, date(2026, 5, 11)).events
    assert [(e.source.country, e.cameo.code, e.target.country, e.date.value) for e in events] == [
        ("NER", "139", "BEN", "2026-05-08")
    ]



def test_congratulations_received_from_leaders_are_their_praise_of_the_receiver(coder):
    text = (
        "President Duma Boko, sworn in on Monday, has received congratulations from Namibia's Netumbo "
        "Nandi-Ndaitwah and Zambia's Hakainde Hichilema."
    )
    assert triples(coder, text) == {("NAM", "05", "BWA"), ("ZMB", "05", "BWA")}


def test_banning_officials_from_entering_is_a_sanction_whatever_a_later_clause_says(coder):
    text = (
        "Sweden and Norway banned two Bosnian Serb ministers from entering their territory on Tuesday, after "
        "the entity's assembly voted to leave the state court."
    )
    found = triples(coder, text)
    assert {("SWE", "16", "BIH"), ("NOR", "16", "BIH")} <= found and not any(r == "17" for _, r, _ in found)


def test_handing_over_a_former_mayor_to_another_state_is_judicial_cooperation(coder):
    text = "Malaysia handed over a former Thai mayor to Thailand on Monday."
    assert triples(coder, text) == {("MYS", "06", "THA")}


def test_a_denial_answers_the_accusation_told_later_in_its_sentence(coder):
    text = (
        "Paraguay denied on Tuesday that it was holding up the dredging of the river, a day after "
        "Bolivia's foreign minister accused Paraguay of sabotage."
    )
    assert ("PRY", "01", "BOL") in triples(coder, text)


def test_talks_held_by_telephone_are_the_call_only(coder):
    text = "President Daniel Noboa discussed the fishing fleet with Xi Jinping by telephone on Monday."
    found = [(e.source.country, e.cameo.code, e.target.country) for e in code(coder, text).events]
    assert sorted(found) == [("CHN", "041", "ECU"), ("ECU", "041", "CHN")]


def test_a_day_after_hung_on_a_denied_clause_counts_from_the_denial(coder):
    text = (
        "Eritrea denied on Thursday that its army had fired on Sudanese herders, a day after Khartoum "
        "summoned Eritrea's ambassador."
    )
    summons = [e for e in code(coder, text, date(2026, 3, 6)).events if e.cameo.code == "114"]
    assert [(e.source.country, e.date.value) for e in summons] == [("SDN", "2026-03-04")]


def test_the_diplomat_is_the_ambassador_named_before(coder):
    text = (
        "Comoros's foreign minister summoned France's ambassador on Tuesday and handed him a note on "
        "Mayotte, which Comoros has claimed since its independence. The diplomat promised to forward it to "
        "his government."
    )
    promises = [e for e in code(coder, text).events if e.cameo.root == "03"]
    assert [(e.source.country, e.target.country) for e in promises] == [("FRA", "COM")]


def test_police_in_a_sentence_set_in_another_country_are_that_countrys(coder):  # guard: passes on round 20
    text = (
        "NAIROBI (Wire) - Kenya's army said it had retaken two border posts. In neighbouring Uganda, police "
        "arrested two Kenyan smugglers on Monday."
    )
    assert ("UGA", "17", "KEN") in triples(coder, text)


def test_a_person_received_by_name_is_a_visitor(coder):
    text = "President Bernardo Arévalo received Honduras's Xiomara Castro at the National Palace on Monday."
    assert triples(coder, text) == {("GTM", "04", "HND"), ("HND", "04", "GTM")}


def test_verbs_joined_under_would_are_all_planned_and_share_the_last_ones_object(coder):
    text = "Beijing warned on Thursday that its coast guard would board, inspect and expel any Filipino boat."
    found = code(coder, text).events
    assert found and all(e.cameo.root == "13" for e in found)
    assert {(e.source.country, e.target.country) for e in found} == {("CHN", "PHL")}


def test_a_warning_of_an_act_that_is_no_conflict_is_still_a_threat(coder):
    text = (
        "Suriname warned Guyana on Monday that it would take the dispute to the United Nations and "
        "reconsider all bilateral cooperation."
    )
    assert triples(coder, text) == {("SUR", "13", "GUY")}


def test_inviting_states_to_send_election_observers_allows_international_involvement(coder):
    text = "Moldova invited Canada and Japan on Monday to send observers to its parliamentary election."
    assert triples(coder, text) == {("MDA", "03", "CAN"), ("MDA", "03", "JPN")}


def test_civilian_ships_asked_for_and_sent_are_aid_not_force(coder):
    text = (
        "Latvia asked Lithuania on Monday for oil-recovery ships after a tanker ran aground. Lithuania "
        "dispatched its pollution-control vessel the same evening."
    )
    found = code(coder, text).events
    assert {(e.source.country, e.cameo.code, e.target.country) for e in found} == {
        ("LVA", "023", "LTU"), ("LTU", "070", "LVA")
    }


def test_an_act_noun_naming_a_kind_of_thing_is_no_act(coder):
    text = "Croatia's foreign minister met leaders of the Serbian student protest movement on Monday."
    assert not any(root == "14" for _, root, _ in triples(coder, text))


def test_a_present_tense_condemnation_of_a_dated_arrest_is_both_done(coder):
    text = (
        "'The Government of Peru strongly condemns the arrest of six Peruvian fishermen by a Chilean naval "
        "patrol on Tuesday,' the foreign ministry said in a statement on Thursday."
    )
    found = triples(coder, text, date(2026, 11, 20))
    assert {("PER", "11", "CHL"), ("CHL", "17", "PER")} <= found and not any(r == "13" for _, r, _ in found)


def test_a_decision_said_to_violate_the_law_is_condemned_by_the_speaker(coder):
    text = (
        "Brazil's foreign minister said on Monday that the Paraguayan decision to close the bridge "
        "'clearly violates the Mercosur treaty'."
    )
    assert triples(coder, text) == {("BRA", "11", "PRY")}


def test_refusing_and_then_saying_why_is_a_refusal_not_declining_to_comment(coder):
    text = (
        "Thailand asked Laos on Monday to open its border to Thai trucks. Vientiane refused on Tuesday, "
        "saying the crossing was closed for repairs."
    )
    assert ("LAO", "12", "THA") in triples(coder, text)


def test_water_a_state_began_transferring_on_monday_was_given_then_one_way(coder):
    text = "Turkey began transferring water from the Ilisu reservoir to Iraq on Monday."
    events = code(coder, text, date(2026, 11, 3)).events
    assert [(e.source.country, e.cameo.code, e.target.country, e.date.value) for e in events] == [
        ("TUR", "061", "IRQ", "2026-11-02")
    ]


def test_a_sanction_on_named_officials_targets_their_country_over_a_misparsed_apposition(coder):
    # A guard: round 20 passes it too. The parse that makes "the deputy head" a second object of
    # "imposed" (which round 21's rule answers) comes and goes with the words around it.
    text = (
        "Canada imposed travel bans on Monday on nine Nicaraguan officials, among them the deputy head of "
        "the electoral council and two police commanders, the foreign ministry said."
    )
    assert ("CAN", "16", "NIC") in triples(coder, text)


def test_suspending_cooperation_programmes_with_a_state_is_cutting_aid(coder):
    text = "Germany suspended its budget support and police cooperation programmes with Niger on Thursday."
    assert triples(coder, text) == {("DEU", "16", "NER")}


def test_an_allegation_called_a_fantasy_is_denied_not_made_again_by_the_denier(coder):
    text = (
        "Moldova's interior minister said on Wednesday that Russian agents had paid bloggers to spread "
        "false claims. The Russian embassy called the allegation 'a fantasy' the same day."
    )
    found = triples(coder, text)
    assert any(s == "RUS" and r == "01" for s, r, _ in found) and not any(r == "11" for _, r, _ in found)


def test_a_leader_attending_a_ceremony_in_the_dateline_capital_is_visiting_its_state(coder):
    text = (
        "QUITO (EFE) - Colombia's president and Peru's president also attended the inauguration on "
        "Saturday, the presidency said."
    )
    assert triples(coder, text) == {("COL", "04", "ECU"), ("PER", "04", "ECU")}


def test_an_invitation_to_do_something_else_than_come_is_an_appeal(coder):
    text = "Slovenia invited Croatia on Monday to connect its monitoring stations to the network."
    assert triples(coder, text) == {("SVN", "02", "HRV")}


def test_an_invitation_to_come_and_open_a_stadium_is_still_an_offer_to_meet(coder):
    # A guard: round 20 read it the same way (the bare "invite" row); round 21 keeps it for coming verbs.
    text = "Zambia's president invited Malawi's president on Monday to open the new Lusaka stadium in August."
    assert triples(coder, text) == {("ZMB", "03", "MWI")}


def test_a_verb_joined_to_a_thanks_does_not_lend_it_the_day_of_what_it_plans(coder):
    text = "Kenya's president thanked her and invited her to open the Nairobi trade fair in August."
    thanks = [e for e in code(coder, text, date(2026, 5, 9)).events if e.cameo.code == "051"]
    assert thanks and all(not e.date.value.startswith("2025-08") for e in thanks)


def test_a_cooperative_act_offered_on_a_condition_another_state_must_meet_is_an_offer_to_it(coder):
    text = (
        "Namibia would open its Walvis Bay corridor to Botswana's copper trucks if Gaborone agreed to share "
        "customs data, Namibia's trade minister said on Tuesday."
    )
    assert triples(coder, text) == {("NAM", "03", "BWA")}



def test_being_ready_to_discuss_an_arrangement_is_an_offer_to_meet(coder):
    text = "Madrid replied on Tuesday that it was ready to discuss a bilateral arrangement with Rabat."
    assert triples(coder, text) == {("ESP", "03", "MAR")}


def test_an_accusation_rejected_as_fabrication_was_made_against_the_rejecter(coder):
    text = (
        "Togo's government on Friday rejected as 'pure fabrication' an accusation by Burkina Faso's junta "
        "that it was allowing foreign soldiers to train rebels on its territory."
    )
    assert ("BFA", "11", "TGO") in triples(coder, text)


def test_a_swap_brokered_by_a_third_state_is_its_mediation_for_both_sides(coder):
    text = "Armenia and Azerbaijan exchanged 12 prisoners each on Thursday in a swap brokered by Qatar."
    found = triples(coder, text)
    assert {("QAT", "04", "ARM"), ("QAT", "04", "AZE")} <= found


def test_a_visitor_who_travelled_and_was_received_was_hosted(coder):
    text = "Spain's interior minister flew to Rabat on Monday and was received by King Mohammed VI."
    found = triples(coder, text)
    assert {("ESP", "04", "MAR"), ("MAR", "04", "ESP")} <= found


def test_a_detention_no_one_is_named_for_was_done_by_the_place_that_holds_them(coder):
    text = "Georgia summoned Turkey's envoy on Friday over the detention of four Georgian sailors in Rize."
    assert ("TUR", "17", "GEO") in triples(coder, text)


def test_budget_support_transferred_or_restored_is_economic_aid(coder):
    text = (
        "Tokyo transferred 40 million dollars in budget support to Port Moresby on Wednesday. Paris restored "
        "12 million euros in budget support to Niamey on Thursday."
    )
    assert {("JPN", "07", "PNG"), ("FRA", "07", "NER")} <= triples(coder, text)


def test_an_act_without_which_something_would_have_happened_was_done(coder):
    text = (
        "Sri Lanka would have run out of fuel in August had India not extended a $200 million credit line "
        "to Colombo last month, its energy minister said on Sunday."
    )
    assert ("IND", "07", "LKA") in triples(coder, text)


def test_refusing_to_hand_him_over_is_refusing_extradition(coder):
    text = "Georgia has granted asylum to a Belarusian dissident and will not hand him over to Minsk."
    assert ("GEO", "12", "BLR") in triples(coder, text)


def test_not_doing_what_another_state_asked_is_refusing_its_request(coder):
    text = "Panama's president said he would not send police to the border despite a request from Bogotá."
    assert ("PAN", "12", "COL") in triples(coder, text)


def test_people_handed_to_another_states_gendarmes_after_a_relative_clause(coder):
    text = (
        "Liberia handed three Ivorian army officers who fled across the border after a failed mutiny in "
        "Abidjan on May 3 to Ivorian gendarmes at the Toe Town crossing on Monday, the information ministry "
        "said."
    )
    assert ("LBR", "06", "CIV") in triples(coder, text)


def test_a_coordinated_patrol_begun_by_two_navies_is_military_cooperation(coder):
    text = "Warships from Thailand and Myanmar began their first coordinated patrol of the Andaman Sea."
    assert triples(coder, text) == {("THA", "06", "MMR"), ("MMR", "06", "THA")}


def test_soldiers_handed_over_to_their_own_country_are_released(coder):
    text = "Tajikistan on Tuesday handed over three Kyrgyz servicemen it had detained in July."
    assert ("TJK", "08", "KGZ") in triples(coder, text)


# ---- round 22 -------------------------------------------------------------------------------------


def test_a_reply_that_what_was_demanded_will_stay_refuses_the_threat(coder):
    text = (
        "Bolivia's mining ministry threatened on Monday to halt lithium sales to Chile unless Santiago "
        "removed a new tariff. Chile's trade ministry replied the same evening that the tariff would stay."
    )
    assert ("CHL", "12", "BOL") in triples(coder, text)


def test_a_reply_that_only_threatens_back_refuses_nothing(coder):  # guard: holds on round 21's code too
    text = (
        "Guyana will seize any Venezuelan vessel that enters its waters, its defence chief said on Monday. "
        "Venezuela's foreign minister replied that his country would not accept such threats."
    )
    assert not any(root == "12" for _, root, _ in triples(coder, text))


def test_hours_later_is_the_day_of_the_act_told_before(coder):
    text = (
        "Russian drones struck a grain terminal in the Romanian port of Izmail on Monday. Bucharest "
        "summoned Russia's ambassador hours later."
    )
    days = {e.cameo.root: e.date.value for e in code(coder, text, published=date(2026, 3, 11)).events}
    assert days["11"] == "2026-03-09"


def test_looted_sculptures_returned_to_their_country_are_returned_property(coder):
    text = "The Netherlands on Friday returned 23 bronze sculptures looted in 1897 to Nigeria."
    assert ("NLD", "08", "NGA") in triples(coder, text)


def test_vases_handed_back_are_returned_property(coder):  # guard: holds on round 21 (084), now 0842
    text = "Britain handed 12 painted vases back to Peru at a ceremony in Lima on Monday."
    assert ("GBR", "08", "PER") in triples(coder, text)


def test_the_agencies_of_several_states_act_one_per_state(coder):
    text = "The cyber agencies of Canada and Australia accused Iran on Friday of hacking a water utility."
    assert {("CAN", "11", "IRN"), ("AUS", "11", "IRN")} <= triples(coder, text)


def test_two_states_swapping_a_spy_for_an_engineer_release_each_others_people(coder):
    text = "Estonia and Russia swapped a jailed Russian agent for an Estonian engineer at the Narva crossing."
    assert {("EST", "08", "RUS"), ("RUS", "08", "EST")} <= triples(coder, text)


def test_his_host_is_who_received_the_visitor_not_a_country_named_since(coder):
    text = (
        "President Bola Tinubu received King Charles, who had flown in from Ghana, at the State House on "
        "Monday. The visitor thanked his host for the welcome."
    )
    found = triples(coder, text)
    assert ("GBR", "05", "NGA") in found and ("GBR", "05", "GHA") not in found


def test_the_pontiff_is_the_pope_named_before(coder):
    text = (
        "President Bola Tinubu received Pope Leo XIV at the State House on Monday. The pontiff praised "
        "Nigeria's efforts to protect Christians."
    )
    assert ("VAT", "05", "NGA") in triples(coder, text)


def test_he_in_a_clause_joined_to_the_visitors_goes_on_with_the_visitor(coder):
    text = (
        "Prime Minister Kristen Michal hosted Moldova's foreign minister on Tuesday. The visitor signed a "
        "visa agreement with Estonia's interior minister, and he invited his host to Chisinau."
    )
    assert ("MDA", "03", "EST") in triples(coder, text)


def test_barring_another_states_equipment_is_an_embargo(coder):
    text = "Lithuania on Monday barred Chinese-made routers from its government networks."
    assert ("LTU", "16", "CHN") in triples(coder, text)


def test_waiving_visa_fees_for_another_states_pilgrims_eases_restrictions(coder):
    text = "Saudi Arabia on Monday waived visa fees for pilgrims from Indonesia and Malaysia."
    assert {("SAU", "08", "IDN"), ("SAU", "08", "MYS")} <= triples(coder, text)


def test_scholarships_funded_for_another_states_students_are_aid_to_it(coder):  # guard: holds on round 21
    text = "Hungary pledged on Monday to fund 200 scholarships a year for Kenyan students."
    assert ("HUN", "03", "KEN") in triples(coder, text)


def test_ordering_another_states_cultural_institute_to_close_expels_it(coder):
    text = "Mali's transitional government ordered the British Council in Bamako to close on Friday."
    assert ("MLI", "16", "GBR") in triples(coder, text)


def test_regretting_another_states_decision_is_disapproval(coder):
    text = "Spain expelled two Moroccan diplomats on Monday. Rabat said it deeply regretted the move."
    assert ("MAR", "11", "ESP") in triples(coder, text)



def test_denying_another_states_charge_tells_that_it_accused(coder):
    text = (
        "Armenia's foreign ministry on Friday denied Azerbaijan's charge that Armenian forces were "
        "'preparing a provocation' on the border."
    )
    assert {("ARM", "01", "AZE"), ("AZE", "11", "ARM")} <= triples(coder, text)


def test_a_ministry_named_by_no_state_is_the_datelines(coder):
    text = (
        "SEOUL (Yonhap) -- Police detained a Chinese national near a base where two U.S. submarines were "
        "berthed. The foreign ministry summoned a diplomat from the Chinese embassy on Tuesday."
    )
    assert ("KOR", "11", "CHN") in triples(coder, text)


def test_a_minister_from_an_embassy_is_a_diplomat_of_its_state(coder):
    text = "Warsaw summoned a minister from the Belarusian embassy on Friday."
    assert ("POL", "11", "BLR") in triples(coder, text)


def test_withdrawing_the_accreditation_of_another_states_correspondents_acts_on_that_state(coder):
    text = "Belarus withdrew the accreditation of three correspondents of Polish broadcaster TVP on Monday."
    assert ("BLR", "17", "POL") in triples(coder, text)


def test_ordering_an_embassys_first_secretary_to_leave_expels_a_diplomat(coder):
    text = "Russia ordered a Lithuanian embassy first secretary to leave Moscow on Thursday."
    assert ("RUS", "16", "LTU") in triples(coder, text)


def test_help_offered_of_the_offerers_own_investigators_goes_to_the_one_helped(coder):  # guard
    text = (
        "Anand spoke by telephone on Thursday with her British counterpart, Yvette Cooper, who offered the "
        "help of GCHQ investigators."
    )
    assert ("GBR", "03", "GBR") not in triples(coder, text)


def test_a_person_receiving_a_thing_hosts_no_one(coder):
    text = (
        "Culture Minister Marta Cienkowska received the manuscript from Sweden's ambassador at the National "
        "Library on Monday."
    )
    assert not any(root == "04" for _, root, _ in triples(coder, text))


def test_sending_students_to_another_states_universities_deports_no_one(coder):
    text = "Kazakhstan will send 200 students to Korean universities from September, its minister said."
    assert not any(root in {"13", "17"} for _, root, _ in triples(coder, text))


def test_a_space_agency_acts_for_its_state(coder):
    text = "JAXA agreed on Monday to share satellite data with Vietnam."
    assert ("JPN", "03", "VNM") in triples(coder, text)


def test_technology_given_to_another_state_is_aid(coder):
    text = "Iran had given Venezuela technology for its refineries last year, the officials said."
    assert ("IRN", "07", "VEN") in triples(coder, text)


def test_rejecting_what_one_calls_smears_denies_the_charge_before(coder):
    text = (
        "Lithuania accused Belarus on Monday of sending balloons into its airspace. The Belarusian foreign "
        "ministry rejected what it called 'groundless smears' the same evening."
    )
    assert ("BLR", "01", "LTU") in triples(coder, text)


def test_it_in_an_after_clause_is_the_main_verbs_doer(coder):
    text = "Chile on Monday lifted its ban on Bolivian trucks, a week after it rejected a request from Lima."
    assert ("CHL", "12", "PER") in triples(coder, text)


def test_an_office_named_by_no_state_is_the_datelines(coder):
    text = (
        "MANILA (PNA) - A Philippine fishing boat was detained on Monday by Vietnam's coast guard. The "
        "presidential office condemned the seizure on Tuesday."
    )
    assert ("PHL", "11", "VNM") in triples(coder, text)


def test_asking_a_state_to_explain_is_a_request_for_information(coder):
    text = "Norway asked Russia on Friday to explain the movements of its research ship."
    assert [e.cameo.code for e in code(coder, text).events] == ["0214"]


def test_saying_another_state_will_bear_the_consequences_threatens_it(coder):
    text = (
        "Lithuania's foreign ministry summoned China's ambassador on Monday. Beijing said Vilnius "
        "would pay a heavy price for its 'provocations'."
    )
    assert ("CHN", "13", "LTU") in triples(coder, text)


def test_the_island_names_the_island_state_named_before(coder):
    text = (
        "Taiwan's coast guard warned on Monday that it would seize any Chinese ship that cut a cable. "
        "Beijing said the island's authorities would bear all the consequences."
    )
    assert ("CHN", "13", "TWN") in triples(coder, text)


def test_a_video_call_is_a_call(coder):
    text = "Japan's foreign minister thanked India on Monday during a video call with his Indian counterpart."
    assert {("JPN", "04", "IND"), ("IND", "04", "JPN")} <= triples(coder, text)


def test_each_after_a_compound_subject_behind_a_dateline_leaves_the_states_as_doers(coder):
    text = (
        "AMMAN (Petra) - Japan and South Korea each pledged on Monday to fund 300 scholarships a year for "
        "Jordanian students."
    )
    assert {("JPN", "03", "JOR"), ("KOR", "03", "JOR")} <= triples(coder, text)


def test_a_clause_before_a_semicolon_is_told_not_asked(coder):
    text = (
        "Uganda's foreign ministry summoned Rwanda's ambassador on Wednesday and said the reporter had been "
        "'treated like a criminal for doing her job'; its principal secretary asked Kigali to return her "
        "camera and laptop."
    )
    assert {("UGA", "11", "RWA"), ("UGA", "02", "RWA")} <= triples(coder, text)


def test_a_past_tense_joined_to_a_planned_act_is_done(coder):
    text = (
        "Saidov said Uzbekistan would send 300 students to Turkish universities from September and thanked "
        "Ankara for its support."
    )
    events = code(coder, text, published=date(2026, 6, 19)).events
    assert [e.cameo.code for e in events if e.trigger == "thanked"] == ["051"]


def test_their_talks_are_the_doers_and_the_one_they_were_with(coder):
    text = (
        "Turkish Foreign Minister Hakan Fidan spoke at a joint news conference with his Uzbek counterpart, "
        "Bakhtiyor Saidov, after their talks in Ankara on Thursday."
    )
    assert {("TUR", "04", "UZB"), ("UZB", "04", "TUR")} <= triples(coder, text)


def test_sharing_the_results_of_tests_with_another_state_shares_information(coder):
    text = "Japan shared the results of its missile-defence tests with South Korea on Monday."
    assert ("JPN", "06", "KOR") in triples(coder, text)


# ---- round 23: denied claims ------------------------------------------------------------------------


def test_a_claim_dismissed_as_an_invention_is_denied_to_its_maker_who_accused(coder):
    text = (
        "Hungary's foreign ministry on Tuesday dismissed as a 'pure invention' a claim by Romania's "
        "intelligence service that its radars had tracked a drone over the border."
    )
    assert {("HUN", "01", "ROU"), ("ROU", "11", "HUN")} <= triples(coder, text)


def test_a_reported_shipment_its_doer_denies_is_the_reporters_accusation_and_the_denial_answers_it(coder):
    text = (
        "Belarus shipped 300 artillery shells to Russia in March, Lithuania's intelligence service said on "
        "Friday. 'We know the ships,' a spokesman told reporters. Belarus's embassy in Vilnius called the "
        "claim 'a lie' on Saturday."
    )
    events = code(coder, text, published=date(2026, 6, 10)).events
    found = {(e.source.country, e.cameo.root, e.target.country if e.target else None): e for e in events}
    assert ("BLR", "01", "LTU") in found and ("BLR", "01", "RUS") not in found
    assert found[("LTU", "11", "BLR")].date.value == "2026-06-05"  # the day it was said, not March


def test_rejecting_a_statement_that_accused_the_rejecter_is_a_denial(coder):
    text = (
        "Morocco's foreign ministry rejected a statement by Algeria that accused Rabat of spying on its "
        "diplomats."
    )
    assert ("MAR", "01", "DZA") in triples(coder, text)


def test_reports_dismissed_as_baseless_are_the_press_not_a_state(coder):
    text = (
        "Chile's navy chief dismissed as baseless reports that Chilean patrol boats had fired on a Peruvian "
        "trawler."
    )
    assert ("CHL", "01", None) in triples(coder, text)


# ---- round 23: aid that arrives, arms handed over, inspections, agreements answered -------------------


def test_a_team_of_doctors_is_of_the_doctors_country(coder):
    assert ("CUB", "07", "JAM") in triples(coder, "A team of Cuban doctors arrived in Kingston on Monday.")


def test_arriving_to_help_is_aid_not_a_visit(coder):
    found = triples(coder, "Polish army engineers arrived in Kyiv on Friday to help clear minefields.")
    assert ("POL", "07", "UKR") in found and ("POL", "04", "UKR") not in found


def test_aid_flown_in_to_no_one_named_goes_where_the_last_aid_went(coder):
    text = (
        "Italian firefighters arrived in Athens on Tuesday to help fight the fires. France flew in rescue "
        "equipment the same day."
    )
    assert ("FRA", "07", "GRC") in triples(coder, text)


def test_destroyers_handed_to_another_navy_are_military_aid(coder):
    text = "Japan handed two decommissioned destroyers to the Indonesian navy on Wednesday."
    assert ("JPN", "07", "IDN") in triples(coder, text)


def test_an_evaluation_visit_by_inspectors_investigates(coder):
    text = (
        "Austrian military inspectors carried out an evaluation visit to a Hungarian tank battalion on "
        "Monday."
    )
    found = triples(coder, text)
    assert ("AUT", "09", "HUN") in found and ("AUT", "04", "HUN") not in found


def test_welcoming_a_protocol_praises_both_signatories(coder):
    text = "Chile and Peru signed a fisheries protocol on Monday. Ecuador welcomed the protocol on Tuesday."
    assert {("ECU", "05", "CHL"), ("ECU", "05", "PER")} <= triples(coder, text)


def test_a_name_that_qualifies_a_thing_is_no_one_a_pronoun_can_stand_for(coder):
    text = (
        "Foreign Minister Beate Meinl-Reisinger received her Italian counterpart, Antonio Tajani, in Vienna "
        "on Thursday. In talks dominated by the Brenner transit corridor, he urged his host to lift the "
        "night-time driving ban for lorries."
    )
    assert ("ITA", "02", "AUT") in triples(coder, text)


def test_he_opening_a_sentence_goes_on_from_a_leader_whose_clause_says_his(coder):
    text = (
        "President Abdel Fattah al-Sisi spoke by telephone on Tuesday with Russian President Vladimir Putin. "
        "The Egyptian leader thanked his counterpart and invited him to Cairo. He also asked Moscow to "
        "defer loan repayments."
    )
    found = triples(coder, text)
    assert ("EGY", "02", "RUS") in found and ("RUS", "02", "RUS") not in found


def test_suspending_export_licences_for_arms_is_an_embargo(coder):
    text = "Belgium suspended all export licences for military equipment to Rwanda on Thursday."
    assert ("BEL", "16", "RWA") in triples(coder, text)


def test_a_speaker_reporting_another_states_promise_to_its_own_reports_that_states_intent(coder):
    text = (
        "President Irfaan Ali said on Sunday that Brazil had delivered two drones to the Guyana Defence "
        "Force last week and that India would supply two offshore patrol vessels next year."
    )
    found = triples(coder, text)
    assert ("IND", "03", "GUY") in found and ("GUY", "03", "GUY") not in found


def test_a_verb_joined_by_and_is_no_object_of_the_verb_before(coder):
    text = (
        "Guyana's President Irfaan Ali said on Monday that Canada had delivered three patrol boats to the "
        "Guyana Coast Guard in May and that India would supply two offshore patrol vessels next year."
    )
    assert {("CAN", "07", "GUY"), ("IND", "03", "GUY")} <= triples(coder, text)


# ---- round 23: dates -------------------------------------------------------------------------------


def _days(coder, text: str, published: date) -> dict[tuple, str | None]:
    return {(e.source.country, e.cameo.root, e.target.country if e.target else None): e.date.value
            for e in code(coder, text, published=published).events}


def test_a_clause_before_a_semicolon_goes_on_from_the_story_day(coder):
    text = (
        "Uruguay did not sign the waterway declaration at the summit in Montevideo on Thursday. Chile and "
        "Peru signed it without Montevideo; the new port is due to open in May."
    )
    assert _days(coder, text, date(2026, 7, 3))[("CHL", "05", "PER")] == "2026-07-02"


def test_an_act_made_in_a_letter_is_dated_by_the_letter(coder):
    text = "Nepal had asked India for the rights in a letter dated Dec. 18, the aviation ministry said."
    assert _days(coder, text, date(2026, 1, 8))[("NPL", "02", "IND")] == "2025-12-18"


def test_the_deadline_of_what_is_asked_is_not_the_day_of_the_sentence(coder):
    text = (
        "President Gabriel Boric received his Argentine counterpart in Santiago on Thursday. During the "
        "talks, he urged his guest to reopen the pass before the winter holidays."
    )
    assert _days(coder, text, date(2026, 6, 19))[("CHL", "02", "ARG")] == "2026-06-18"


def test_what_a_statement_said_after_a_visit_tells_goes_on_from_the_visits_day(coder):
    text = (
        "The presidential press service said after President Ilham Aliyev received Georgian Prime Minister "
        "Irakli Kobakhidze in Baku on Wednesday that trade had doubled. According to the statement, "
        "Kobakhidze thanked his host for his support."
    )
    assert _days(coder, text, date(2026, 3, 5))[("GEO", "05", "AZE")] == "2026-03-04"


# ---- round 23: weapons tests and their notice -------------------------------------------------------


def test_a_test_fired_missile_is_the_armys_show_of_force_aimed_at_no_one(coder):
    text = (
        "Turkey's army test-fired a Tayfun multiple-warhead ballistic missile over the Black Sea on "
        "Saturday."
    )
    [event] = code(coder, text).events
    assert (event.source.country, event.source.sector, event.cameo.root) == ("TUR", "MIL", "15")
    assert event.target is None


def test_notice_of_a_launch_added_by_the_speaker_shares_information_under_an_old_agreement(coder):
    text = (
        "India's army test-fired an Agni missile over the Bay of Bengal on Friday, its spokesman said, "
        "adding that it had notified Pakistan of the launch in advance under a 2005 agreement."
    )
    events = code(coder, text, published=date(2026, 11, 22)).events
    shared = [e for e in events if e.cameo.root == "06"]
    assert [(e.source.country, e.target.country) for e in shared] == [("IND", "PAK")]
    assert not shared[0].date.value.startswith("2005")


def test_a_preposition_the_parse_hangs_on_the_party_told_stays_the_verbs(coder):
    text = "Seoul said Tokyo had informed Seoul of the drill only on the morning it began."
    assert ("JPN", "06", "KOR") in triples(coder, text)


def test_cancelling_an_order_for_a_foreign_weapon_reduces_relations_with_the_seller(coder):
    text = "Peru's government on Tuesday cancelled the air force's order for a Swedish fighter jet."
    assert ("PER", "16", "SWE") in triples(coder, text)


def test_a_body_named_again_keeps_the_country_guessed_for_it_not_the_last_demonym(coder):
    text = (
        "Thailand's cabinet on Tuesday cancelled the navy's order for a Chinese submarine because China "
        "could not supply the German-built engines. The same day, the navy signed a contract with South "
        "Korea."
    )
    found = triples(coder, text)
    assert ("THA", "05", "KOR") in found and ("DEU", "05", "KOR") not in found


def test_a_reply_telling_no_act_answers_a_charge_by_denying_it(coder):
    text = (
        "Greece accused Turkey on Wednesday of violating its airspace over the Aegean 40 times. Turkey's "
        "defence ministry responded on Thursday that its aircraft had been on routine training flights."
    )
    assert ("TUR", "01", "GRC") in triples(coder, text)


def test_a_reply_that_takes_a_stand_for_the_future_is_no_denial(coder):  # guard
    text = (
        "Suriname accused Guyana on Monday of licensing oil drilling in disputed waters. Guyana's foreign "
        "ministry replied on Tuesday that the licence would stand."
    )
    assert ("GUY", "01", "SUR") not in triples(coder, text)


def test_a_letter_of_intent_signed_to_study_a_purchase_is_an_agreement_not_a_purchase(coder):
    text = (
        "The Philippine navy signed a letter of intent with South Korea's procurement agency on Monday to "
        "study buying two frigates from Korean shipyards."
    )
    found = triples(coder, text)
    assert ("PHL", "05", "KOR") in found and ("PHL", "06", "KOR") not in found


def test_arms_delivered_go_to_whoever_ordered_them_and_the_order_is_not_a_second_event(coder):
    text = "France delivered the last six of 36 howitzers that India ordered in 2024."
    assert triples(coder, text) == {("FRA", "07", "IND")}


# ---- round 23: intents read from what a state says it would do ------------------------------------


def test_helping_another_state_build_warships_is_aid_it_intends(coder):
    text = "Defence Minister Yasar Guler said Ankara would help Pakistan build two more corvettes from 2027."
    assert ("TUR", "03", "PAK") in triples(coder, text)


def test_paying_for_more_of_what_was_given_is_aid_promised(coder):
    text = (
        "Japan's ambassador handed Moldova's border police 20 patrol boats on Tuesday. She said Tokyo would "
        "pay for 30 more in 2027."
    )
    assert ("JPN", "03", "MDA") in triples(coder, text)


def test_buying_tonnes_of_something_from_another_state_is_trade_it_intends(coder):
    text = (
        "Kenya's trade minister told the Tanzanian high commissioner on Saturday that Nairobi would buy "
        "another 50,000 tonnes before the rains."
    )
    assert ("KEN", "03", "TZA") in triples(coder, text)


def test_the_two_countries_are_the_pair_named_together_two_sentences_back(coder):
    text = (
        "Denmark and Sweden suspended arms export licences for Eritrea on Thursday. Eritrea's foreign "
        "ministry rejected the move the same day, saying both governments were misled. Ethiopia's foreign "
        "minister thanked the two countries for their stand."
    )
    assert {("ETH", "05", "DNK"), ("ETH", "05", "SWE")} <= triples(coder, text)


def test_lifting_what_remained_of_an_embargo_lifts_the_embargo(coder):
    text = "Washington lifted what remained of its arms embargo on Cyprus on Friday, officials said."
    assert ("USA", "08", "CYP") in triples(coder, text)


def test_the_move_condemned_is_what_was_done_not_the_thanks_for_it(coder):
    text = (
        "Britain lifted its arms embargo on Armenia on Friday. Yerevan thanked London for 'a historic "
        "decision' the same day. Baku condemned the move as 'a blow to peace'."
    )
    found = triples(coder, text)
    assert ("AZE", "11", "GBR") in found and ("AZE", "11", "ARM") not in found


def test_a_call_the_parse_hangs_on_the_reason_for_thanks_is_the_thanks_call(coder):
    text = (
        "Foreign Minister Ararat Mirzoyan thanked his Georgian counterpart, Maka Botchorishvili, for "
        "'opening a new chapter' in a telephone call on Monday, his ministry said."
    )
    assert {("ARM", "04", "GEO"), ("GEO", "04", "ARM")} <= triples(coder, text)


def test_ordering_a_foreign_owned_company_to_sell_its_holding_is_a_sanction(coder):
    text = "Ottawa on Monday ordered the Chinese-owned Hikvision unit to sell its stake within 90 days."
    assert ("CAN", "16", "CHN") in triples(coder, text)


def test_the_decision_backed_is_the_one_made_not_the_criticism_of_it(coder):
    text = (
        "Ottawa on Wednesday ordered a Chinese-owned mining firm to sell its stake in a lithium mine. "
        "Beijing called the order 'economic coercion' the same day. London backed the decision on Thursday."
    )
    found = triples(coder, text)
    assert ("GBR", "05", "CAN") in found and ("GBR", "05", "CHN") not in found


def test_hours_earlier_is_the_day_of_the_act_told_before(coder):
    text = (
        "Rome on Tuesday accepted a proposal from Athens to hold the next summit in Bari. Hours earlier, the "
        "Italian foreign ministry had lodged a protest with Greece's embassy over a fishing incident."
    )
    assert _days(coder, text, date(2026, 1, 28))[("ITA", "11", "GRC")] == "2026-01-27"


def test_a_demand_the_parse_joins_to_what_was_said_has_the_day_of_the_saying(coder):
    text = (
        "Iraq's foreign ministry said on Monday the raid was 'unacceptable' and demanded that Ankara "
        "withdraw its troops."
    )
    assert _days(coder, text, date(2026, 10, 13))[("IRQ", "10", "TUR")] == "2026-10-12"


def test_talks_held_are_dated_by_the_day_they_ended(coder):
    text = (
        "Beninese and Togolese delegations held two days of talks in Lome that ended on Tuesday, officials "
        "said."
    )
    assert _days(coder, text, date(2026, 11, 19))[("BEN", "04", "TGO")] == "2026-11-17"


def test_hosting_a_summit_where_a_treaty_was_signed_that_day_is_dated_by_the_signing(coder):
    text = (
        "France and Italy signed a treaty on border policing on Saturday at their annual summit, which "
        "President Emmanuel Macron hosted in Nice for Prime Minister Giorgia Meloni."
    )
    events = code(coder, text, published=date(2026, 10, 26)).events
    assert [e.date.value for e in events if e.cameo.code == "043"] == ["2026-10-24"]


def test_a_persona_non_grata_declaration_is_dated_by_the_day_the_parse_hangs_on_its_complement(coder):
    text = (
        "Serbia declared Albania's ambassador persona non grata on Tuesday, accusing Tirana of meddling in "
        "its elections."
    )
    assert _days(coder, text, date(2026, 11, 12))[("SRB", "11", "ALB")] == "2026-11-10"


def test_the_next_day_counts_from_the_act_not_from_a_date_a_since_clause_looks_back_to(coder):
    text = (
        "Ghana handed 5,000 tonnes of maize to Burkina Faso on Wednesday. It was the first aid since the two "
        "countries reopened their border on Aug. 4. Burkina Faso's ambassador thanked Accra the next day."
    )
    assert _days(coder, text, date(2026, 11, 27))[("BFA", "05", "GHA")] == "2026-11-26"


def test_going_ahead_with_an_act_under_if_is_not_the_act(coder):
    text = (
        "The United States warned Egypt on Thursday that it would impose sanctions if Cairo went ahead with "
        "buying Chinese J-10 fighters."
    )
    found = triples(coder, text)
    assert ("USA", "13", "EGY") in found and not any(root == "06" for _, root, _ in found)


def test_expelling_diplomats_over_what_it_called_spying_accuses_their_state(coder):
    text = "Estonia expelled two Russian diplomats on Monday over what it called attempts to recruit staff."
    assert {("EST", "16", "RUS"), ("EST", "11", "RUS")} <= triples(coder, text)


def test_the_one_a_vote_prompted_to_act_is_the_doer(coder):
    text = (
        "The Belgian parliament voted on Tuesday to condemn the crackdown, prompting Rwanda to summon the "
        "Belgian ambassador."
    )
    found = triples(coder, text)
    assert ("RWA", "11", "BEL") in found and ("BEL", "11", "BEL") not in found


def test_a_genocide_a_parliament_recognises_is_history_not_an_act_of_its_victims(coder):
    text = "The Swiss parliament voted on Tuesday to recognise the Armenian genocide."
    assert not any(root == "20" for _, root, _ in triples(coder, text))


def test_a_resolution_adopted_on_a_day_condemns_on_that_day(coder):
    text = "The Estonian parliament on Thursday adopted a resolution condemning Russia's pressure on Moldova."
    assert _days(coder, text, date(2026, 6, 12))[("EST", "11", "RUS")] == "2026-06-11"


def test_welcoming_progress_is_no_hosting_of_officials_the_parse_joins_to_the_verb(coder):
    text = (
        "Modi and Albanese welcomed the progress in negotiations on a comprehensive economic cooperation "
        "agreement and directed officials to conclude the talks by the end of the year."
    )
    assert not any(e.cameo.code in {"042", "043"} for e in code(coder, text).events)


def test_readiness_to_help_another_state_strengthen_its_defences_is_an_intent_to_aid_it(coder):
    text = "Lavrov reaffirmed Russia's readiness to help Pyongyang strengthen its defence capabilities."
    found = triples(coder, text)
    assert ("RUS", "03", "PRK") in found and ("PRK", "15", "RUS") not in found


def test_a_promised_noun_is_a_pledge_not_aid_given(coder):
    found = triples(coder, "The United States pledged military aid to Ukraine on Monday.")
    assert found == {("USA", "03", "UKR")}


def test_leading_a_delegation_to_a_state_is_visiting_it(coder):
    text = "The Czech Senate's speaker, Milos Vystrcil, led a delegation to Taiwan last week."
    assert ("CZE", "04", "TWN") in triples(coder, text)


def test_the_chairman_of_a_parliament_its_words_place_is_of_that_state(coder):
    text = "The chairman of the Mongolian parliament held talks with his Japanese counterpart on Monday."
    assert {("MNG", "04", "JPN"), ("JPN", "04", "MNG")} <= triples(coder, text)


def test_national_legislatures_named_by_their_own_names_are_their_states(coder):
    text = "The Riksdag approved on Thursday the deployment of 300 troops to Latvia."
    assert ("SWE", "08", "LVA") in triples(coder, text)


def test_a_cable_of_condolences_sent_is_sympathy_from_the_king_who_reigns_now(coder):
    text = "King Abdullah sent a cable of condolences to Turkish President Erdogan over the earthquake."
    assert triples(coder, text) == {("JOR", "01", "TUR")}


def test_an_envoy_to_a_state_summoned_by_no_one_named_is_summoned_by_that_state(coder):
    text = "Pakistan's high commissioner to India was summoned on Friday over the shelling."
    assert ("IND", "11", "PAK") in triples(coder, text)


def test_readiness_told_in_a_dated_call_is_dated_by_the_call(coder):
    text = "In a phone call on Sunday, Erdogan told Putin that Ankara was ready to host peace talks."
    events = code(coder, text, published=date(2026, 6, 12)).events
    assert [e.date.value for e in events if e.cameo.root == "03"] == ["2026-06-07"]


def test_what_a_request_is_so_that_others_could_do_is_no_act(coder):
    text = (
        "Namibia's trade minister said the government had asked Botswana to lift its ban on maize exports so "
        "that private traders could bring in grain before the dry season."
    )
    assert triples(coder, text) == {("NAM", "02", "BWA")}
