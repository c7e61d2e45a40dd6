"""Normalising the time expressions of news text against the publication date.

News dates are mostly relative ("on Friday", "three days ago", "last week") or leave the year out
("Jan. 3"). A rule layer resolves those the way a reader does, using the tense of the clause: "on Friday"
in a past-tense sentence is the most recent Friday not after publication, in a future one the next Friday.
Anything the rules do not know goes to dateparser, anchored on the same date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from dyad.records import When

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": None,
    "few": None,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)")),
    ("month_day", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r")?")),
    (
        "day_month",
        re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?"),
    ),
    ("month_year", re.compile(r"\b" + _MONTH + r"(?:\s+(?:of\s+)?" + _YEAR + r")?\b")),
    (
        "weekday",
        re.compile(
            r"\b(?P<which>last|next|this|past|coming)?\s*(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>day|week|fortnight|month|year)s?\s+(?:ago|earlier|before)\b"
        ),
    ),
    (
        "ahead",
        re.compile(
            r"\b(?:in|within)\s+(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?\b"
        ),
    ),
    (
        "relative_period",
        re.compile(
            r"\b(?P<which>last|next|this|past|coming|earlier this|later this|late last|early last|early next"
            r"|late next)\s+(?P<unit>week|month|year|weekend)\b"
        ),
    ),
    (
        "named_day",
        re.compile(
            r"\b(?P<named>yesterday|today|tomorrow|tonight|last night|this morning|this afternoon"
            r"|this evening)\b"
        ),
    ),
    ("year", re.compile(r"\b" + _YEAR + r"\b")),
]


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else NUMBERS.get(text)


def _subtract_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    return date(total // 12, total % 12 + 1, 1)


def _when(day: date, precision: str, text: str) -> When:
    if precision == "month":
        return When(f"{day.year:04d}-{day.month:02d}", "month", text)
    if precision == "year":
        return When(f"{day.year:04d}", "year", text)
    if precision == "week":
        year, week, _ = day.isocalendar()
        return When(f"{year}-W{week:02d}", "week", text)
    return When(day.isoformat(), precision, text)


def normalise(text: str, anchor: date | None, tense: str = "past") -> When:
    """Resolve one time expression against `anchor` (publication or speech date).

    `tense` is past, present or future: it decides between the previous and the next Friday, or between
    last and next December. Without an anchor only absolute dates resolve; the rest keep their text.
    """
    lowered = text.lower().strip()
    for kind, pattern in PATTERNS:
        match = pattern.search(lowered)
        if match is None:
            continue
        try:
            resolved = _resolve(kind, match, anchor, tense, text)
        except (OverflowError, ValueError):  # counted past the calendar's ends ("on Friday" from 1 Jan. 1)
            return When(None, None, text)
        if resolved is not None:
            return resolved
    if anchor is None:
        return When(None, None, text)
    return _dateparser_fallback(text, anchor, tense)


def _resolve(kind: str, m: re.Match[str], anchor: date | None, tense: str, text: str) -> When | None:
    groups = m.groupdict()
    if kind == "iso":
        try:
            return When(
                date(int(groups["year"]), int(groups["m"]), int(groups["d"])).isoformat(), "day", text
            )
        except ValueError:
            return None
    if kind in {"month_day", "day_month"}:
        month = MONTHS[groups["month"].rstrip(".")]
        day_of_month = int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else _infer_year(month, day_of_month, anchor, tense)
        if year is None:
            return When(None, None, text)
        try:
            return When(date(year, month, day_of_month).isoformat(), "day", text)
        except ValueError:
            return None
    if kind == "month_year":
        if groups["month"] == "may" and not groups.get("year"):
            return None  # the modal verb, far more often than the month
        month = MONTHS[groups["month"].rstrip(".")]
        year = (
            int(groups["year"]) if groups.get("year") else _infer_year(month, 1, anchor, tense, by_month=True)
        )
        if year is None:
            return When(None, None, text)
        return When(f"{year:04d}-{month:02d}", "month", text)
    if kind == "year":
        return When(groups["year"], "year", text)
    if anchor is None:
        return When(None, None, text)
    if kind == "weekday":
        return _weekday(groups["weekday"], groups.get("which"), anchor, tense, text)
    if kind in {"ago", "ahead"}:
        n = _number(groups["n"])
        if n is None:
            return None
        sign = -1 if kind == "ago" else 1
        unit = groups["unit"]
        if unit == "day":
            return _when(anchor + timedelta(days=sign * n), "day", text)
        if unit == "fortnight":  # "a fortnight ago": fourteen days, counted like days
            return _when(anchor + timedelta(days=sign * 14 * n), "day", text)
        if unit == "week":
            return _when(anchor + timedelta(weeks=sign * n), "week", text)
        if unit == "month":
            return _when(_subtract_months(anchor, -sign * n), "month", text)
        return _when(date(anchor.year + sign * n, 1, 1), "year", text)
    if kind == "relative_period":
        return _relative_period(groups["which"], groups["unit"], anchor, text)
    if kind == "named_day":
        offset = {"yesterday": -1, "tomorrow": 1}.get(groups["named"], 0)
        return _when(anchor + timedelta(days=offset), "day", text)
    return None


def _infer_year(
    month: int, day_of_month: int, anchor: date | None, tense: str, by_month: bool = False
) -> int | None:
    """Year of a date written without one: the nearest such date on the side the tense points to."""
    if anchor is None:
        return None
    year = anchor.year
    try:
        candidate = date(year, month, 1 if by_month else day_of_month)
    except ValueError:
        return year
    reference = anchor.replace(day=1) if by_month else anchor
    if tense == "future":
        return year + 1 if candidate < reference else year
    # Past or present: a date after publication is last year's, unless within a couple of weeks
    # (announced schedules, "on Nov. 30" in a late-November article is near enough to be this year).
    if candidate > reference and (candidate - reference).days > 14:
        return year - 1
    return year


def _weekday(name: str, which: str | None, anchor: date, tense: str, text: str) -> When:
    target = WEEKDAYS.index(name)
    back = (anchor.weekday() - target) % 7
    forward = (target - anchor.weekday()) % 7
    if which == "last" or which == "past":
        day = anchor - timedelta(days=back or 7)
    elif which in {"next", "coming"} or (which is None and tense == "future"):
        day = anchor + timedelta(days=forward or 7)
    else:
        day = anchor - timedelta(days=back)
    return _when(day, "day", text)


def _relative_period(which: str, unit: str, anchor: date, text: str) -> When:
    step = -1 if "last" in which or which == "past" else 1 if ("next" in which or which == "coming") else 0
    if unit in {"week", "weekend"}:
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        if unit == "weekend":
            return _when(monday + timedelta(days=5), "week", text)  # the ISO week the weekend ends
        return _when(monday, "week", text)
    if unit == "month":
        return _when(_subtract_months(anchor, -step), "month", text)
    return _when(date(anchor.year + step, 1, 1), "year", text)


@lru_cache(maxsize=4096)  # a day's articles repeat the phrases the rules miss ("the weekend")
def _dateparser_fallback(text: str, anchor: date, tense: str) -> When:
    import dateparser  # slow to import: only when the rules above do not know an expression

    settings = {
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
        "PREFER_DATES_FROM": "future" if tense == "future" else "past",
    }
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except Exception:  # dateparser raises many kinds of errors on odd input: the text simply stays
        parsed = None
    if parsed is None:
        return When(None, None, text)
    return _when(parsed.date(), "day", text)
