"""Quotes: direct, partial and reported speech, each with its speaker resolved like an event actor."""

from datetime import date

import pytest

from dyad.resolve.quotes import quoted_segments
from tests.conftest import code

PUBLISHED = date(2026, 3, 9)

ARTICLE = (
    "MEXICO CITY (Wire) — Mexican President Claudia Sheinbaum said on Monday that the government would send "
    "more troops to the state of Sinaloa and that the deployment would begin on Wednesday.\n\n"
    "Sheinbaum spent the weekend in Culiacán, the state capital, meeting families of the victims.\n\n"
    "“We are not going to abandon anyone,” she said. “Security is built town by town, and it takes "
    "time.”\n\n"
    "The Foreign Ministry rejected any suggestion of foreign military action. \"Cooperation is not "
    "subordination,\" the ministry said in a statement.\n\n"
    "Secretary of State Marco Rubio said Washington would \"judge results, not announcements.\"\n\n"
    "\"Nobody here sleeps well anymore.\"\n\n"
    "More than 2,000 families have left the region since January, according to the National Search "
    "Commission."
)


@pytest.fixture(scope="module")
def quotes(coder):
    return code(coder, ARTICLE, PUBLISHED).quotes


def quote(found, start):
    return next(q for q in found if q.text.startswith(start))


def test_direct_quotes_are_found_without_their_marks(quotes):
    first = quote(quotes, "We are not going")
    assert first.kind == "direct"
    assert first.text == "We are not going to abandon anyone"  # no closing comma
    assert ARTICLE[first.span[0]:first.span[1]] == first.text


def test_she_said_after_a_paragraph_about_a_person_is_that_person(quotes):
    speaker = quote(quotes, "We are not going").speaker
    assert speaker.name == "Claudia Sheinbaum" and speaker.country == "MEX"


def test_a_quote_interrupted_by_she_said_goes_on_with_the_same_speaker(quotes):
    second = quote(quotes, "Security is built")
    assert second.kind == "direct" and second.speaker.name == "Claudia Sheinbaum"


def test_the_ministry_is_the_ministry_of_the_country_in_context(quotes):
    speaker = quote(quotes, "Cooperation is not").speaker
    assert speaker.country == "MEX" and speaker.sector == "GOV" and "inistry" in speaker.text


def test_a_partial_quote_inside_a_sentence_keeps_the_sentence_speaker(quotes):
    partial = quote(quotes, "judge results")
    assert partial.kind == "partial" and partial.cue == "said"
    assert partial.speaker.name == "Marco Rubio" and partial.speaker.country == "USA"
    # The reported clause around it is not a second quote.
    assert not any(q.kind == "indirect" and "Washington would" in q.text for q in quotes)


def test_an_unattributed_quote_says_so(quotes):
    orphan = quote(quotes, "Nobody here sleeps")
    assert orphan.speaker is None and orphan.to_dict()["speaker"] is None


def test_reported_speech_is_split_at_a_second_that(quotes):
    sheinbaum = [q for q in quotes if q.speaker and q.speaker.name == "Claudia Sheinbaum"]
    reported = [q for q in sheinbaum if q.kind == "indirect"]
    assert [q.text for q in reported] == [
        "the government would send more troops to the state of Sinaloa",
        "the deployment would begin on Wednesday",
    ]
    assert all(q.cue == "said" for q in reported)


def test_according_to_reports_the_rest_of_the_sentence(quotes):
    reported = quote(quotes, "More than 2,000 families")
    assert reported.kind == "indirect" and reported.cue == "according to"
    assert reported.text == "More than 2,000 families have left the region since January"
    assert "Search Commission" in reported.speaker.text


def test_quote_records_carry_the_public_fields(quotes):
    record = quote(quotes, "We are not going").to_dict()
    assert set(record) >= {"type", "id", "article_id", "text", "kind", "cue", "span", "speaker"}
    assert record["type"] == "quote" and set(record["speaker"]) >= {"text", "name", "country", "sector"}


def test_a_quote_continued_in_the_next_paragraph_keeps_its_speaker(coder):
    text = (
        "Olena Kovalenko, a teacher in Kharkiv, spent the night in a metro station. "
        "\"We have lived like this for years,\" she said. \"Every night the sirens.\n\n"
        "\"But we will not leave. This is our home.\""
    )
    found = code(coder, text, PUBLISHED).quotes
    continued = quote(found, "But we will not leave")
    assert continued.kind == "direct" and continued.speaker.name == "Olena Kovalenko"


def test_a_speaker_named_after_a_title_with_a_full_stop(coder):
    text = "\"The rebels have failed again,\" army spokesman Brig. Gen. Omar Haddad said in a statement."
    found = code(coder, text, PUBLISHED).quotes
    assert found[0].speaker is not None and found[0].speaker.name.endswith("Haddad")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "no" twice.', ["no"]),
        ("“One,” she said, “two.”", ["One", "two"]),
        ('"Open paragraph\n\n"goes on," he said.', ["Open paragraph", "goes on"]),
        ('A stray " mark and nothing else.', []),
    ],
)
def test_quotation_marks_are_paired_per_paragraph(text, expected):
    assert [text[s.start:s.end] for s in quoted_segments(text)] == expected
