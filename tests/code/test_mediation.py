"""Mediated talks are the mediator's act towards each party, not talks of the parties (dyad.code.mediation).

Each sentence is written for its test (none comes from the evaluation set in benchmarks/data/).
"""

from __future__ import annotations

from tests.conftest import triples


def test_a_mediator_acting_for_two_states_holding_talks_mediates_for_each(coder):
    text = (
        "Sudan and South Sudan held talks on the Abyei area in Addis Ababa on Monday, with Ethiopia's prime "
        "minister acting as mediator."
    )
    assert triples(coder, text) == {("ETH", "04", "SDN"), ("ETH", "04", "SSD")}


def test_officers_meeting_in_talks_mediated_by_an_envoy_are_mediated_not_meeting(coder):
    text = "Thai and Cambodian officers met on Friday in talks mediated by a Malaysian envoy."
    assert triples(coder, text) == {("MYS", "04", "THA"), ("MYS", "04", "KHM")}


def test_talks_without_a_mediator_stay_talks_of_the_parties(coder):
    text = "Sudan and South Sudan held talks on the Abyei area in Addis Ababa on Monday."
    assert triples(coder, text) == {("SDN", "04", "SSD"), ("SSD", "04", "SDN")}
