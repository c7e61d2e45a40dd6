from tests.conftest import code


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
