from datetime import date

import pytest

from dyad.resolve.dates import normalise

FRIDAY = date(2026, 3, 6)  # a Friday


@pytest.mark.parametrize(
    ("text", "tense", "value", "precision"),
    [
        ("on Friday", "past", "2026-03-06", "day"),  # said on a Friday: that same Friday
        ("on Tuesday", "past", "2026-03-03", "day"),
        ("on Tuesday", "future", "2026-03-10", "day"),
        ("last Friday", "past", "2026-02-27", "day"),
        ("next Monday", "past", "2026-03-09", "day"),
        ("three days ago", "past", "2026-03-03", "day"),
        ("two weeks ago", "past", "2026-W08", "week"),
        ("yesterday", "past", "2026-03-05", "day"),
        ("tomorrow", "future", "2026-03-07", "day"),
        ("last week", "past", "2026-W09", "week"),
        ("next month", "future", "2026-04", "month"),
        ("last year", "past", "2025", "year"),
        ("Jan. 3", "past", "2026-01-03", "day"),
        ("the Jan. 3 operation", "past", "2026-01-03", "day"),
        ("Dec. 30", "past", "2025-12-30", "day"),  # after publication and in the past tense: last year's
        ("Dec. 30", "future", "2026-12-30", "day"),
        ("March 2, 2024", "past", "2024-03-02", "day"),
        ("2 March", "past", "2026-03-02", "day"),
        ("in November", "past", "2025-11", "month"),
        ("in 2019", "past", "2019", "year"),
        ("2026-02-14", "past", "2026-02-14", "day"),
    ],
)
def test_expressions_resolve_against_the_publication_date(text, tense, value, precision):
    when = normalise(text, FRIDAY, tense)
    assert (when.value, when.precision) == (value, precision)
    assert when.text == text


def test_relative_dates_stay_unresolved_without_a_publication_date():
    when = normalise("on Friday", None, "past")
    assert when.value is None and when.text == "on Friday"


def test_absolute_dates_resolve_without_a_publication_date():
    assert normalise("March 2, 2024", None).value == "2024-03-02"


def test_month_of_may_with_a_year_is_a_month():
    assert normalise("in May 2025", FRIDAY).value == "2025-05"


def test_unknown_text_does_not_crash():
    assert normalise("the distant future of mankind", FRIDAY).value is None


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
@pytest.mark.parametrize("text", ["on Friday", "next Monday", "three days ago", "last week", "next year"])
def test_a_date_counted_past_the_calendars_ends_stays_unresolved_and_never_crashes(text, published):
    when = normalise(text, published, "future" if "next" in text else "past")
    assert when.value is None or len(when.value) >= 4
