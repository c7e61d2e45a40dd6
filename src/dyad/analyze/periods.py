"""Calendar periods in Python, matching SQL's date_trunc: weeks start on Monday (ISO), months on the 1st."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from dyad.analyze.sql import check_period
from dyad.errors import DyadError

MAX_PERIODS = 5000  # a series longer than this is a mistake (by=day over decades): ask for a coarser period


def floor(day: date, by: str) -> date:
    check_period(by)
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def step(start: date, by: str, n: int = 1) -> date:
    """The start of the period `n` periods after the one starting on `start` (n may be negative)."""
    if by == "day":
        return start + timedelta(days=n)
    if by == "week":
        return start + timedelta(weeks=n)
    months = start.year * 12 + start.month - 1 + n
    return date(months // 12, months % 12 + 1, 1)


def span(first: date, last: date, by: str) -> Iterator[date]:
    """Every period start from the period of `first` to the period of `last`, both included."""
    current, end = floor(first, by), floor(last, by)
    for count in range(MAX_PERIODS + 1):
        if current > end:
            return
        if count == MAX_PERIODS:
            raise DyadError(
                f"over {MAX_PERIODS} {by}s between {first} and {last}: use a longer period or a shorter range"
            )
        yield current
        current = step(current, by)


def last_day(start: date, by: str) -> date:
    return step(start, by) - timedelta(days=1)
