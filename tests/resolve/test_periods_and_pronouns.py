"""Round 5 of the news work: time spans counted in fortnights, and pronouns that point back to an
office-holder the text never names. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from dyad.resolve.dates import normalise
from tests.conftest import code

FRIDAY = date(2026, 3, 6)


def test_a_fortnight_ago_is_fourteen_days_back():
    when = normalise("a fortnight ago", FRIDAY, "past")
    assert (when.value, when.precision) == ("2026-02-20", "day")


def test_two_fortnights_earlier_counts_both():
    when = normalise("two fortnights earlier", FRIDAY, "past")
    assert when.value == "2026-02-06"


def test_he_with_no_named_person_is_the_last_office_holder(coder):
    text = (
        "Brazil's defence minister flew to Luanda on Tuesday. There he signed a training accord with "
        "Angola."
    )
    events = code(coder, text, FRIDAY).events
    pronoun = [e for e in events if e.source.text == "he"]
    assert pronoun and all(e.source.country == "BRA" for e in pronoun)


def test_a_named_person_still_wins_over_an_office_holder(coder):
    text = (
        "Gustavo Petro met Ecuador's foreign minister in Bogota on Monday. He said Colombia would reopen its "
        "consulate in Guayaquil."
    )
    events = code(coder, text, FRIDAY).events
    assert not any(e.source.text == "He" and e.source.country == "ECU" for e in events)
