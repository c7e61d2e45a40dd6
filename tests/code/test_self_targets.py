"""A state does not act on itself; time clauses in the present; participles describing their object."""

from __future__ import annotations

from tests.conftest import code, triples


def test_a_thanked_capital_is_thanked_by_the_speaker_not_by_itself(coder):
    found = triples(
        coder,
        "Fiji's foreign minister said on Tuesday that Japan had shipped generators to Suva after the "
        "cyclone, and thanked Tokyo for its help.",
    )
    assert ("FJI", "05", "JPN") in found
    assert not any(source == target for source, _, target in found)


def test_an_object_pronoun_is_never_its_own_subject(coder):
    found = triples(
        coder,
        "Canada imposed sanctions on Friday on nine Iranian officials and two Syrian generals, barring "
        "them from entering the country.",
    )
    assert found == {("CAN", "16", "IRN"), ("CAN", "16", "SYR")}


def test_a_present_tense_time_clause_has_not_happened(coder):
    found = triples(
        coder,
        "Peru suspended fishing talks with Ecuador on Monday until Quito withdraws its gunboats from the "
        "disputed waters.",
    )
    assert found == {("PER", "16", "ECU")}


def test_a_past_tense_time_clause_is_asserted(coder):
    found = triples(
        coder, "Peru held its fire on Monday until Ecuadorian gunboats attacked a Peruvian patrol."
    )
    assert ("ECU", "19", "PER") in found


def test_a_document_released_by_a_ministry_is_no_release_of_persons(coder):
    found = triples(
        coder,
        "Ghanaian and Togolese officials met in Lomé on Monday, according to a report released by Ghana's "
        "foreign ministry.",
    )
    assert not any(root == "08" for _, root, _ in found)


def test_declining_to_say_why_is_declining_comment_to_no_one(coder):
    found = triples(
        coder,
        "Laos sent no delegation to the summit in Hanoi on Friday, and the foreign ministry in Vientiane "
        "declined to say why.",
    )
    assert ("LAO", "01", None) in found


def test_a_warning_aimed_at_no_one_is_a_forecast_not_a_threat(coder):
    forecast = "If the rains fail again, maize prices could double by March, a Kenyan economist warned."
    assert triples(coder, forecast) == set()
    assert triples(coder, "Iran warned Israel on Monday against any strike on its nuclear sites.") == {
        ("IRN", "13", "ISR")
    }


def test_he_warned_after_a_call_warns_the_other_party(coder):
    found = triples(
        coder,
        "Ghana's president spoke by telephone with his Togolese counterpart on Monday. He warned that "
        "Ghanaian troops would respond if more raiders crossed the border.",
    )
    assert ("GHA", "13", "TGO") in found


def test_an_act_others_expect_a_state_to_do_has_not_happened(coder):
    expected = "Analysts at a Nairobi bank expect Kenya to sign a trade deal with Uganda next month."
    assert triples(coder, expected) == set()
    assert ("KEN", "05", "UGA") in triples(coder, "Kenya signed a trade deal with Uganda on Monday.")


def test_a_ratification_is_done_by_one_side(coder):
    found = triples(coder, "Ghana's parliament on Friday ratified a fisheries agreement with Togo.")
    assert found == {("GHA", "05", "TGO")}


def test_a_protest_and_its_purpose_against_the_same_country_are_one_protest(coder):
    text = "Bolivian truckers blocked the border crossing to Chile on Monday to protest Chilean port fees."
    found = code(coder, text).events
    protests = [e for e in found if e.cameo.root == "14" and e.target and e.target.country == "CHL"]
    assert len(protests) == 1


def test_lifting_a_ban_does_not_also_impose_it(coder):
    found = triples(coder, "Chile lifted its ban on beef from Argentina on Friday.")
    assert found == {("CHL", "08", "ARG")}
