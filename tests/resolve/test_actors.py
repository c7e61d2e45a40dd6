import pytest

from tests.conftest import PUBLISHED, code


def actors_of(coder, text):
    return {(e.source.text, e.source.country, e.source.sector) for e in code(coder, text).events} | {
        (e.target.text, e.target.country, e.target.sector) for e in code(coder, text).events if e.target
    }


def test_title_and_demonym_give_country_and_sector(coder):
    result = code(
        coder, "Mexican President Claudia Sheinbaum met U.S. Secretary of State Marco Rubio on Friday."
    )
    people = {a.name: a for a in result.actors if a.kind == "person"}
    assert (people["Claudia Sheinbaum"].country, people["Claudia Sheinbaum"].sector) == ("MEX", "GOV")
    assert people["Claudia Sheinbaum"].role == "president"
    assert (people["Marco Rubio"].country, people["Marco Rubio"].sector) == ("USA", "GOV")
    assert people["Marco Rubio"].role == "secretary of state"


def test_surname_and_title_refer_back_to_the_first_full_mention(coder):
    result = code(
        coder,
        (
            "Mexican President Claudia Sheinbaum spoke in Mexico City on Thursday. "
            "Sheinbaum later met Canada's foreign minister. The president also criticized Venezuela."
        ),
    )
    sources = {e.source.text: (e.source.name, e.source.country, e.source.sector) for e in result.events}
    assert sources["Sheinbaum"] == ("Claudia Sheinbaum", "MEX", "GOV")
    assert sources["president"] == ("Claudia Sheinbaum", "MEX", "GOV")


def test_she_is_the_last_female_person_named(coder):
    result = code(
        coder,
        (
            "U.S. Secretary of State Marco Rubio arrived in Mexico City on Thursday. "
            "He met Mexican President Claudia Sheinbaum. She criticized Venezuela on Friday."
        ),
    )
    criticism = [e for e in result.events if e.cameo.root == "11"]
    assert criticism and criticism[0].source.name == "Claudia Sheinbaum"


def test_capital_in_a_political_sentence_is_the_government(coder):
    result = code(coder, "Washington imposed sanctions on Venezuela on Monday.")
    event = result.events[0]
    assert (event.source.country, event.source.sector) == ("USA", "GOV")
    assert event.target.country == "VEN"


def test_the_navy_after_mexican_national_guard_and_navy_is_mexican_military(coder):
    result = code(
        coder, "The Mexican National Guard and Navy arrested 14 cartel members in Sinaloa on Tuesday."
    )
    sources = {(e.source.text, e.source.country, e.source.sector) for e in result.events}
    assert ("Navy", "MEX", "MIL") in sources
    assert ("Mexican National Guard", "MEX", "MIL") in sources


def test_army_of_a_demonym_is_that_countrys_military(coder):
    result = code(coder, "The Venezuelan army attacked Colombian rebels near the border.")
    event = result.events[0]
    assert (event.source.country, event.source.sector) == ("VEN", "MIL")
    assert (event.target.country, event.target.sector) == ("COL", "REB")


def test_the_dateline_is_not_part_of_any_actor(coder):
    result = code(coder, "NEW DELHI (Wire) — Indian and Pakistani troops exchanged heavy fire on Saturday.")
    texts = {e.source.text for e in result.events}
    assert texts and not any("DELHI" in t or "Wire" in t for t in texts)
    assert {e.source.country for e in result.events} == {"IND", "PAK"}


# ---- rules shared by events and quotes (DocumentActors) -------------------------------------------------
BODY_ARTICLE = (
    "LIMA (Wire) — The Peruvian Foreign Ministry summoned Bolivia's ambassador on Tuesday. "
    "The ministry accused Bolivia of interfering in Peru's elections.\n\n"
    "\"We will not accept interference from Bolivia,\" the ministry said."
)


def test_the_ministry_is_the_body_named_before_for_events_and_quotes(coder):
    """"the ministry" after "the Peruvian Foreign Ministry" is Peru's, though Bolivia was named since."""
    result = code(coder, BODY_ARTICLE)
    ministry = [e for e in result.events if e.source.text == "ministry"]
    assert ministry and {e.source.country for e in ministry} == {"PER"}
    speakers = [q.speaker for q in result.quotes if q.kind == "direct"]
    assert speakers and speakers[0] is not None and speakers[0].country == "PER"


def test_pronoun_takes_the_nearest_person_of_its_gender_or_of_unknown_gender(coder):
    """A name the first-name list does not know may be a "she": events resolve "She" as quotes do."""
    text = ("Lawyer Tamar Chikovani met Foreign Minister Maka Botchorishvili in Tbilisi on Monday. "
            "She criticized Russia on Tuesday.")
    result = code(coder, text)
    she = [e for e in result.events if e.source.text == "She"]
    assert she and she[0].source.name == "Maka Botchorishvili"


def test_a_person_name_found_to_be_a_place_is_no_actor_and_no_antecedent(coder):
    from dyad.resolve.actors import DocumentActors

    doc = coder.nlp("Ramón Torres arrived on Monday. Luis Moreno spoke later. He criticized Venezuela.")
    actors = DocumentActors(doc, coder.actor_matcher, "t", PUBLISHED)
    moreno = next(t for t in doc if t.text == "Moreno")
    he = next(t for t in doc if t.text == "He")
    assert actors.actor_for(moreno) is not None
    assert actors.actor_for(he).name == "Luis Moreno"
    actors.note_places({moreno.i, moreno.i - 1}, {})  # as if the places stage had found a town there
    assert actors.actor_for(moreno) is None
    assert actors.actor_for(he).name == "Ramón Torres"


def test_the_text_says_who_a_namesake_of_a_known_person_is(coder):
    # John Healey is Britain's defence secretary in the knowledge file; these are other men of that name.
    result = code(
        coder,
        (
            "CANBERRA (Wire) — Australia's trade minister said on Tuesday that talks on a beef deal would "
            "resume next month.\n\n"
            "Trade Minister John Healey said the government wanted the deal signed this year. "
            "\u201cWe are close,\u201d Healey said."
        ),
    )
    people = {a.name: a for a in result.actors if a.kind == "person"}
    assert people["John Healey"].country == "AUS" and people["John Healey"].role == "trade minister"
    speakers = {q.speaker.country for q in result.quotes if q.speaker and "Healey" in (q.speaker.name or "")}
    assert speakers == {"AUS"}
    direct = code(coder, "New Zealand's finance minister John Healey met bankers in Auckland on Monday.")
    healey = [a for a in direct.actors if a.kind == "person" and a.name == "John Healey"]
    assert [(a.country, a.role) for a in healey] == [("NZL", "finance minister")]


def test_a_known_person_keeps_the_files_role_when_the_text_agrees(coder):
    result = code(coder, "Defence Secretary John Healey visited British troops in Estonia on Monday.")
    healey = [a for a in result.actors if a.kind == "person" and a.name == "John Healey"]
    assert [a.country for a in healey] == ["GBR"]


def test_a_capital_ending_a_longer_place_name_is_not_that_capital(coder):
    text = (
        "Mozambique asked Rwanda on Monday to send more troops to help defend Mocímboa da Praia, which "
        "Islamic State fighters overran on Sunday."
    )
    assert "CPV" not in {a.country for e in code(coder, text).events for a in (e.source, e.target) if a}


def _person_countries(coder, text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in code(coder, text).actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "dateline_country"),
    [
        pytest.param(
            "VIENNA (Reuters) - Foreign ministry spokesman Tahir Andrabi said on Monday that talks with "
            "India would resume next month.",
            "Tahir Andrabi", "AUT", id="a_spokesman_speaks_away_from_home",
        ),
        pytest.param(
            "QUITO (Reuters) - The border crossing at Rumichaca reopened on Monday, said Andrés Cárdenas, "
            "the governor of Nariño department.",
            "Andrés Cárdenas", "ECU", id="a_governor_holds_office_in_the_region_named",
        ),
    ],
)
def test_an_office_holder_the_dateline_does_not_place(coder, text, name, dateline_country):
    assert _person_countries(coder, text).get(name) != dateline_country


def test_a_president_with_no_country_in_a_story_filed_from_a_capital_holds_office_there(coder):
    text = "LILONGWE (Reuters) - President Chimwemwe Banda opened a new border post on Monday."
    assert _person_countries(coder, text).get("Chimwemwe Banda") == "MWI"


def test_hosts_owned_by_a_genderless_pronoun_with_no_owner_found_are_no_error(coder):
    # "their" and "its" have no gender: the office-holder fallback of "her counterpart" is not theirs.
    for text in ("Its hosts were thanked.", "Delegates arrived on Monday. They praised their hosts warmly."):
        assert isinstance(code(coder, text).events, list)  # raised KeyError before


def test_the_prime_minister_is_not_the_deputy_prime_minister(coder):
    text = (
        "Turkish Deputy Prime Minister Cevdet Yilmaz held talks with Georgia's prime minister in Tbilisi on "
        "Monday. The deputy prime minister said Ankara would fund a new road. The prime minister asked his "
        "guest to open Turkish ports to Georgian trucks."
    )
    asked = [e for e in code(coder, text).events if e.trigger.startswith("asked")]
    assert [(e.source.country, e.target.country) for e in asked] == [("GEO", "TUR")]


def test_a_minister_reporting_what_a_state_did_to_the_dateline_state_is_the_dateline_states(coder):
    text = (
        "ISLAMABAD (APP) - Qatar has agreed to defer payment for $900 million of gas it supplied to "
        "Pakistan, Finance Minister Muhammad Aurangzeb told the Senate on Wednesday."
    )
    people = {a.name: a.country for a in code(coder, text).actors if a.kind == "person"}
    assert people == {"Muhammad Aurangzeb": "PAK"}


def test_a_king_the_recogniser_took_for_an_organisation_is_a_person_of_the_dateline_capital(coder):
    text = (
        "NUKU'ALOFA (Matangi Tonga) - Australia's foreign minister was received by King Tupou VI at the "
        "Royal Palace on Saturday."
    )
    people = {a.name: a.country for a in code(coder, text).actors if a.kind == "person"}
    assert people.get("King Tupou VI") == "TON"


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb(coder):
    text = (
        "Syrian Foreign Minister Asaad al-Shaibani arrived in Amman on Tuesday. Jordan's King Abdullah II "
        "received him on Wednesday."
    )
    received = [e for e in code(coder, text).events if e.trigger == "received"]
    assert {(e.source.country, e.target.country) for e in received} >= {("JOR", "SYR")}


def test_the_kingdom_is_the_last_country_named_whose_name_says_it_is_one(coder):
    text = (
        "Senegal's president received Moroccan Foreign Minister Nasser Bourita in Dakar on Monday. The "
        "visit came a week after the kingdom sent 2,000 tonnes of food aid to flood-hit regions of Senegal."
    )
    sent = [e for e in code(coder, text).events if e.trigger == "sent"]
    assert [(e.source.country, e.target.country) for e in sent] == [("MAR", "SEN")]


def test_a_possessive_inside_a_part_of_a_group_points_outside_the_phrase(coder):
    text = "Serbia said on Monday that members of its delegation had met Kosovo's prime minister."
    assert {(e.source.country, e.target.country) for e in code(coder, text).events} >= {("SRB", "XKX")}


def test_she_is_not_of_the_country_of_her_counterpart_or_of_her_visit(coder):
    text = (
        "Fiji's prime minister did not meet Australia's foreign minister during her visit to Suva on "
        "Tuesday, although she held talks with her Fijian counterpart."
    )
    held = [e for e in code(coder, text).events if e.trigger == "held"]
    assert {(e.source.country, e.target.country) for e in held} == {("AUS", "FJI"), ("FJI", "AUS")}
    visits = [e for e in code(coder, text).events if e.trigger == "visit"]
    assert [(e.source.country, e.target.country) for e in visits] == [("AUS", "FJI")]


def test_the_three_countries_are_the_last_three_named_together(coder):
    text = (
        "Togo, Benin and Ghana on Monday asked Nigeria to free 12 traders from the three countries who have "
        "been held since Nigerian police detained them in May."
    )
    detained = [e for e in code(coder, text).events if e.trigger == "detained"]
    assert {e.target.country for e in detained} == {"TGO", "BEN", "GHA"}


def test_a_name_the_recogniser_cut_short_keeps_the_surname_it_hangs_on(coder):
    text = (
        "Norway has not expelled any Russian diplomats, Foreign Minister Espen Barth Eide said on Friday. "
        "He said he had spoken to his Swedish counterpart on Wednesday."
    )
    people = {a.name: a.country for a in code(coder, text).actors if a.kind == "person"}
    assert people.get("Espen Barth Eide") == "NOR" and "Espen Barth" not in people


def test_their_ministers_after_a_pair_that_did_not_meet_are_the_pairs(coder):
    text = (
        "LOME, April 3 (AFP) - The presidents of Togo and Benin did not meet on the sidelines of an African "
        "Union summit in Addis Ababa on Thursday as had been expected, but their foreign ministers spoke by "
        "telephone later that day, Togo's foreign ministry said."
    )
    spoke = [e for e in code(coder, text).events if e.trigger == "spoke"]
    assert {(e.source.country, e.target.country) for e in spoke} == {("TGO", "BEN"), ("BEN", "TGO")}


def test_a_dateline_whose_agency_has_no_dash_is_still_a_dateline(coder):
    text = (
        "NEW DELHI, April 9 (PTI) Nepal's foreign minister held talks with her Indian counterpart here on "
        "Thursday."
    )
    held = [e for e in code(coder, text).events if e.trigger == "held"]
    assert {(e.source.country, e.target.country) for e in held} == {("NPL", "IND"), ("IND", "NPL")}


def test_a_surname_opening_a_sentence_tagged_as_a_noun_is_still_the_person(coder):
    text = (
        "WELLINGTON (RNZ) - New Zealand and India signed a trade agreement last Friday, Trade Minister Todd "
        "McClay said on Monday. McClay, who signed for New Zealand, had held talks with Saudi officials in "
        "Riyadh a day earlier."
    )
    held = [e for e in code(coder, text).events if e.trigger == "held"]
    assert {(e.source.country, e.target.country) for e in held} == {("NZL", "SAU"), ("SAU", "NZL")}


def test_he_opening_a_sentence_goes_on_from_the_last_subject_before(coder):
    text = (
        "MASERU (Reuters) - Kenya's foreign minister, Musalia Mudavadi, was received by King Letsie III on "
        "Saturday. The minister handed the monarch a letter from President William Ruto, and the king "
        "accepted. He also asked his guest for help building a dam."
    )
    asked = [e for e in code(coder, text).events if e.trigger == "asked"]
    assert [e.source.country for e in asked] == ["LSO"]


def test_an_office_holder_the_parse_hangs_on_the_dateline_is_the_subject_he_points_to(coder):
    text = (
        "HANOI (VNA) - South Korea's trade minister, Yeo Han-koo, met Vietnam's minister of industry and "
        "trade in Hanoi on Tuesday. He asked his host to speed up licensing for a power plant."
    )
    asked = [e for e in code(coder, text).events if e.trigger == "asked"]
    assert [(e.source.country, e.target.country) for e in asked] == [("KOR", "VNM")]


def test_his_host_after_the_visitor_spoke_is_the_visitors_host(coder):
    text = (
        "BEIJING (Xinhua) - Zambia's mines minister, Paul Kabuswe, was received in Beijing on Tuesday by "
        "China's commerce minister, Wang Wentao. The visitor said Lusaka would not lift its export ban. His "
        "host said Beijing would study the proposal."
    )
    study = [e for e in code(coder, text).events if e.trigger.endswith("study")]
    assert [e.source.country for e in study] == ["CHN"]


def test_him_in_a_relative_clause_is_not_the_one_who_asks(coder):
    text = (
        "Zambia's mines minister was received in Beijing on Tuesday by China's commerce minister, Wang "
        "Wentao, who asked him to exempt Chinese-owned mines from Zambia's export ban."
    )
    asked = [e for e in code(coder, text).events if e.trigger.startswith("asked")]
    assert [(e.source.country, e.target.country) for e in asked] == [("CHN", "ZMB")]


def test_a_company_whose_name_opens_with_a_title_is_no_person(coder):
    text = "General Motors said on Monday it would close a plant in Mexico."
    assert not [a for a in code(coder, text).actors if a.kind == "person"]


@pytest.mark.parametrize(
    ("name", "country"),
    [("João Lourenço", "AGO"), ("Andrew Holness", "JAM"), ("John Mahama", "GHA"),
     ("Hakainde Hichilema", "ZMB")],
)
def test_leaders_of_states_beyond_the_g20_are_known_by_name(coder, name: str, country: str):
    result = code(coder, f"{name} met the visiting delegation on Monday.")
    people = {a.name: a for a in result.actors if a.kind == "person"}
    assert people[name].country == country


def test_a_state_grateful_for_anothers_effort_thanks_it(coder):
    text = "Rabat said on Sunday that it was grateful for the Saudi effort."
    assert {(e.source.country, e.cameo.code, e.target.country) for e in code(coder, text).events} == {
        ("MAR", "051", "SAU")
    }


def test_a_name_written_family_name_first_is_named_again_by_that_first_word(coder):
    text = (
        "Taiwan's foreign minister, Lin Chia-lung, arrived in Palau on Monday. Lin signed an agreement on a "
        "new hospital with Palau on Tuesday."
    )
    people = {a.name: a for a in code(coder, text).actors if a.kind == "person"}
    assert set(people) == {"Lin Chia-lung"}



def test_the_outlet_named_in_a_dateline_is_no_person_of_the_story(coder):
    text = (
        "HONIARA (Solomon Star) - Solomon Islands' foreign minister received his Vanuatu counterpart on "
        "Monday. He accepted an invitation to Port Vila."
    )
    result = code(coder, text)
    assert "Solomon Star" not in {a.name for a in result.actors if a.kind == "person"}


def test_a_national_security_council_is_not_the_un_security_council(coder):
    text = (
        "MANILA (Inquirer) - A Chinese national held since May has admitted spying on navy ships, the "
        "National Security Council said on Monday."
    )
    notes = [n for e in code(coder, text).events for n in e.notes]
    assert not any("UN Security Council" in n for n in notes)


def test_the_united_nations_security_council_is_still_named_whole(coder):
    text = "The United Nations Security Council condemned Israel on Monday."
    assert [e.source.text for e in code(coder, text).events] == ["United Nations Security Council"]


def test_pronouns_and_plural_phrases_that_point_back_at_each_other_resolve_without_recursing(coder):
    # A word salad the fuzz test generated: the parse joins each "they" to a plural phrase before the other.
    text = (
        "he Russian forces ( and they Mexico they diplomats Iran's attacked NATO the president Russia "
        "accused ( talks he accused did not meet President Claudia Sheinbaum would attack Russia talks ’s "
        "Gaza ( U.S. would attack Hamas the president talks )"
    )
    result = code(coder, text)
    assert all(e.source.country is None or len(e.source.country) == 3 for e in result.events)
