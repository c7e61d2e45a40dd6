"""Time expressions: every one found, normalised against the publication day or a quote's speech day."""

from datetime import date

from dyad.resolve.timex import DURATION
from tests.conftest import code

MONDAY = date(2026, 3, 9)


def times(coder, text, published=MONDAY):
    return {t.text: t for t in code(coder, text, published).times}


def event_days(coder, text: str, published: date, root: str) -> set[str | None]:
    """The days of the events of one CAMEO root coded from `text`."""
    return {e.date.value for e in code(coder, text, published=published).events if e.cameo.root == root}


def test_weekdays_month_days_and_relative_expressions_resolve(coder):
    found = times(coder, (
        "The talks collapsed on Friday. Officials met on Jan. 3 and again last week. "
        "A new round will open next month, and envoys will return on Thursday."
    ))
    assert (found["on Friday"].value, found["on Friday"].precision) == ("2026-03-06", "day")
    assert found["on Jan. 3"].value == "2026-01-03"
    assert found["last week"].value == "2026-W10"
    assert found["next month"].value == "2026-04"
    assert found["on Thursday"].value == "2026-03-12"  # "will return": the next Thursday


def test_would_in_reported_speech_points_forward(coder):
    found = times(coder, "Sheinbaum told reporters that the deployment would begin on Wednesday.")
    assert found["on Wednesday"].value == "2026-03-11"


def test_a_quote_counts_from_the_day_it_was_said(coder):
    # Said at a Friday news conference, "three days ago" is the Tuesday before it, not before publication.
    text = ('At a Friday news conference, Defence Minister Vladimir Padrino said: "Three days ago, our '
            'soldiers were attacked near the border."')
    found = times(coder, text)
    assert found["Three days ago"].value == "2026-03-03"
    assert found["Three days ago"].anchor == "2026-03-06"
    assert found["Friday"].anchor is None


def test_a_quote_said_on_a_day_given_after_it(coder):
    text = '"We received the letter yesterday," Foreign Minister Yvan Gil said on Saturday.'
    found = times(coder, text)
    assert found["yesterday"].value == "2026-03-06"
    assert found["on Saturday"].value == "2026-03-07"


def test_that_day_refers_to_the_day_named_before(coder):
    found = times(coder, "The envoys arrived on March 2. Later that day, they met the president.")
    assert found["Later that day"].value == "2026-03-02"


def test_days_later_count_from_the_day_named_before(coder):
    text = ("Benin's police detained nine Nigerian traders on Feb. 20. Benin freed them three days later, "
            "Nigeria's foreign ministry said.")
    assert times(coder, text)["three days later"].value == "2026-02-23"


def test_a_release_days_after_a_dated_arrest_is_a_release_not_a_promise(coder):
    text = ("Benin's police detained nine Nigerian traders on Feb. 20. Benin freed them three days later, "
            "Nigeria's foreign ministry said.")
    events = code(coder, text, MONDAY).events
    freed = [e for e in events if e.cameo.root == "08"]
    found = [(e.source.country, e.target.country, e.date.value) for e in freed]
    assert found == [("BEN", "NGA", "2026-02-23")]


def test_days_earlier_with_no_date_before_count_from_publication(coder):
    text = "Benin freed nine Nigerian traders three days earlier, Nigeria's foreign ministry said."
    assert times(coder, text)["three days earlier"].value == "2026-03-06"


def test_durations_and_ages_keep_no_value(coder):
    found = times(coder, "The 58-year-old teacher has lived there for more than 25 years, since 2001.")
    assert not any("58" in text for text in found)
    duration = next(t for text, t in found.items() if "25 years" in text)
    assert duration.value is None and duration.precision == "duration"
    assert found["since 2001"].value == "2001"


def test_durations_counted_in_words_keep_no_value(coder):
    found = times(coder, "The call lasted forty minutes. The siege went on for twenty-five days and the "
                         "truce held for a dozen hours.")
    for text in ("forty minutes", "twenty-five days", "a dozen hours"):
        duration = next(t for said, t in found.items() if text in said)
        assert duration.value is None and duration.precision == "duration", text


def test_events_take_the_expression_that_governs_them(coder):
    result = code(coder, "Colombia expelled two Venezuelan diplomats on Tuesday.", MONDAY)
    event = result.events[0]
    assert (event.date.value, event.date.precision) == ("2026-03-03", "day")
    record = next(t for t in result.times if t.text == "on Tuesday")
    assert event.id in record.events


def test_an_undated_event_happened_on_or_before_publication(coder):
    event = code(coder, "Colombia expelled two Venezuelan diplomats.", MONDAY).events[0]
    assert (event.date.value, event.date.precision) == ("2026-03-09", "unknown-before")


def test_an_event_inside_a_quote_is_dated_from_the_speech_day(coder):
    text = ('Colombian President Gustavo Petro said on Friday: "Venezuela expelled our diplomats '
            'yesterday."')
    result = code(coder, text, MONDAY)
    expelled = [e for e in result.events if e.cameo.root == "17" or e.cameo.code.startswith("16")]
    assert expelled and expelled[0].date.value == "2026-03-05"


def test_three_days_ago_at_a_friday_news_conference_reported_on_monday(coder):
    """Issue #4: published on Monday, a quote said at Friday's news conference counts from that Friday:
    "three days ago" is the Tuesday before it (counted from publication it would be Friday itself), and
    the event it dates too."""
    text = ('CARACAS (Wire) — At a news conference on Friday, Defence Minister Vladimir Padrino said: '
            '"Three days ago, Colombia expelled our diplomats."')
    result = code(coder, text, MONDAY)
    found = {t.text: t for t in result.times}
    assert found["Three days ago"].value == "2026-03-03"
    assert found["Three days ago"].anchor == "2026-03-06"
    expelled = [e for e in result.events if e.source.country == "COL"]
    assert expelled and (expelled[0].date.value, expelled[0].date.precision) == ("2026-03-03", "day")


def test_an_event_with_no_date_of_its_own_is_on_or_before_publication_even_beside_dated_ones(coder):
    text = ("Venezuela recalled its ambassador from Bogotá on Tuesday. Colombia has also expelled two "
            "Venezuelan diplomats.")
    events = {e.source.country: e for e in code(coder, text, MONDAY).events}
    assert (events["VEN"].date.value, events["VEN"].date.precision) == ("2026-03-03", "day")
    assert (events["COL"].date.value, events["COL"].date.precision) == ("2026-03-09", "unknown-before")


def test_a_count_of_hours_joined_by_a_hyphen_is_a_duration_not_a_year():
    assert DURATION.match("a 72-hour") and DURATION.match("30-day") and not DURATION.match("Tuesday")


def test_a_sentence_with_a_day_only_in_another_clause_goes_on_from_the_day_before(coder):
    text = (
        "President Tinubu received Pope Leo XIV in Abuja on Monday. The pontiff thanked his host for "
        "restoring a cathedral, where he will celebrate Mass on Wednesday. The head of state in turn asked "
        "the Holy See to back Nigeria's bid for a Security Council seat."
    )
    days = {e.cameo.root: e.date.value for e in code(coder, text, published=date(2026, 4, 14)).events}
    assert days["05"] == "2026-04-13" and days["02"] == "2026-04-13"


def test_a_sentence_with_no_day_of_its_own_takes_the_storys_day(coder):
    text = (
        "China and Russia on Wednesday blocked a British-drafted statement on Myanmar at the Security "
        "Council. Britain's ambassador called the move 'shameful'."
    )
    events = code(coder, text, published=date(2026, 7, 9)).events
    assert {e.date.value for e in events if e.source.country == "GBR"} == {"2026-07-08"}


def test_a_meeting_told_again_in_a_readout_is_still_the_meeting_told_before(coder):  # guard
    text = (
        "ABUJA (Channels Television) - Aso Rock said on Wednesday that President Bola Tinubu had asked Accra "
        "to extradite a former governor during a telephone call with President John Mahama on Tuesday. "
        "Jubilee House, in its own readout, said only that the two leaders had discussed trade."
    )
    events = code(coder, text, published=date(2026, 11, 19)).events
    assert sum(1 for e in events if e.cameo.root == "04" and e.source.country == "GHA") == 1


def test_hours_later_counts_from_the_last_day_named_not_a_month_in_between(coder):
    text = (
        "OTTAWA (Reuters) - Canada imposed surtaxes on Chinese steel on Wednesday, matching the duties that "
        "Beijing placed on Canadian canola in January. China's commerce ministry condemned the move hours "
        "later."
    )
    assert event_days(coder, text, date(2026, 2, 19), "11") == {"2026-02-18"}


def test_talks_named_as_the_occasion_of_a_request_are_on_its_day(coder):
    text = (
        "KUWAIT CITY (KUNA) - Egypt's prime minister asked Kuwait on Sunday to convert its deposits into "
        "stakes in state hotels, during talks in Kuwait City with the crown prince."
    )
    assert event_days(coder, text, date(2026, 1, 27), "04") == {"2026-01-25"}


def test_a_participle_after_a_dated_verb_of_saying_shares_its_day(coder):
    text = (
        "Russian border guards detained two Georgian villagers on Thursday, Georgia's State Security Service "
        "said on Friday, calling the detentions 'an illegal abduction'."
    )
    assert event_days(coder, text, date(2026, 10, 10), "11") == {"2026-10-09"}


def test_the_storys_day_is_that_of_the_act_a_sentence_reports(coder):
    text = (
        "Russia and Ukraine exchanged 175 prisoners each on Thursday, the two sides said. Kyiv and Moscow "
        "both thanked Abu Dhabi for its help."
    )
    assert event_days(coder, text, date(2026, 3, 27), "05") == {"2026-03-26"}


def test_a_background_month_is_not_the_storys_day(coder):
    text = (
        "Two Estonian citizens held in Belarus were freed on Thursday, Estonia's foreign ministry said. The "
        "pair had been sentenced in December. The ministry thanked Vilnius for helping to bring them home."
    )
    assert event_days(coder, text, date(2026, 1, 16), "05") == {"2026-01-15"}


def test_an_act_hours_after_another_is_on_its_day(coder):
    text = (
        "Jordanian jets struck three farms near the Syrian border on Tuesday, hours after Syria closed the "
        "Jaber crossing to Jordanian trucks, the army said."
    )
    assert event_days(coder, text, date(2026, 1, 14), "16") == {"2026-01-13"}
