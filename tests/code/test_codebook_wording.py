"""Codebook wording beyond the first verb that comes to mind: copulas, weapons as doers, light verbs
with event nouns, the complement of a demand, the place of a group with no country (data/events.tsv)."""

import pytest

from tests.conftest import code


def codes(coder, text: str) -> set[tuple]:
    """(source country, CAMEO code, target country) of each event."""
    return {
        (e.source.country, e.cameo.code, e.target.country if e.target else None)
        for e in code(coder, text).events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt was confident that a truce would be agreed within days.", ("EGY", "013", None)),
        ("The Dutch finance minister was pessimistic about a budget deal.", ("NLD", "012", None)),
        ("Greece said it was ready to negotiate with Turkey.", ("GRC", "036", "TUR")),
        ("Poland agreed to exchange intelligence with Lithuania.", ("POL", "0314", "LTU")),
        ("Chile demanded that Peru's president step down.", ("CHL", "1041", "PER")),
        ("Serbia presented Kosovo with an ultimatum.", ("SRB", "139", "XKX")),
        ("Turkish artillery pounded Kurdish positions in Syria.", ("TUR", "194", "SYR")),
        ("Britain carried out air strikes in Yemen.", ("GBR", "195", "YEM")),
        ("Italy withdrew its troops from the UN peacekeeping mission in Lebanon.", ("ITA", "1661", "LBN")),
        ("Norway withdrew from its role as mediator.", ("NOR", "165", None)),
        ("Kenyan police fired at protesters in Nairobi.", ("KEN", "175", "KEN")),
        ("The Georgian government demanded that protesters end their sit-in.", ("GEO", "1052", None)),
        ("Somalia demanded that Kenya and Djibouti mediate in the dispute.", ("SOM", "108", "KEN")),
        ("Canada supplied Ukraine with air defence missiles.", ("CAN", "072", "UKR")),
        ("Nepal imposed a curfew in Kathmandu.", ("NPL", "1723", None)),
        ("Bolivia threatened to impose a curfew in La Paz.", ("BOL", "1323", None)),
        ("Pakistan suspended mobile internet services in Quetta.", ("PAK", "1721", None)),
        ("Turkey and Iraq inked a water-sharing deal.", ("TUR", "057", "IRQ")),
        ("Norway urged Colombia and Venezuela to return to the negotiating table.", ("NOR", "026", "COL")),
        ("Indonesia pledged to strengthen defence cooperation with Australia.", ("IDN", "0312", "AUS")),
    ],
)
def test_common_wordings_get_their_specific_code(coder, text, expected):
    assert expected in codes(coder, text)


def test_agreeing_to_exchange_intelligence_is_not_a_prisoner_exchange(coder):
    found = {c for _, c, _ in codes(coder, "Poland agreed to exchange intelligence with Lithuania.")}
    assert "0353" not in found


def test_a_group_without_a_country_takes_that_of_the_place_it_acts_in(coder):
    assert ("FRA", "145", None) in codes(coder, "Protesters in Corsica rioted.")
    assert ("PAK", "1831", "PAK") in codes(coder, "A suicide bomber struck a mosque in Peshawar.")
    found = codes(coder, "Separatists blew up a passenger train in Pakistan's Balochistan province.")
    assert any(s == "PAK" and c.startswith("18") for s, c, _ in found)


def test_an_adjective_of_confidence_about_things_is_no_event(coder):
    assert not code(coder, "The minister said the economy was strong in the second quarter.").events
