"""Every temporal expression of an article, normalised against the day it counts from.

The entity recogniser finds most dates; the rule patterns of `dates` catch the weekdays, month-days and
relative expressions it misses. Ages ("a 58-year-old teacher") are not time expressions; durations ("for
three years") and ranges ("from March 1 to 5") are kept as text with no value. A date counts from the
publication day, or, inside a quote whose speech day the text gives ("said at a Friday news conference"),
from that day. The tense of the clause decides between the last and the next Friday: "will", "would" in
reported speech, "is due to", and the present of a scheduled act point forward.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dyad.parse.nlp import text_of
from dyad.records import TimeExpression, When
from dyad.resolve.dates import NUMBERS, PATTERNS, normalise
from dyad.resolve.times import SAYING_VERBS as SAYING  # verbs that tell of an act rather than do one
from dyad.resolve.times import TimeIndex

FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "’ll"}
SCHEDULE_WORDS = {"due", "set", "scheduled", "expected", "slated", "poised", "plan", "intend", "go",
                  "prepare"}
AGE = re.compile(r"\b\d+[- ]years?[- ]old\b|\baged?\b|\bage of\b", re.IGNORECASE)
FREQUENCY = re.compile(r"^(daily|weekly|monthly|annual|annually|yearly|nightly)$", re.IGNORECASE)
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_COUNT = (r"(?:\d+(?:\.\d+)?|a|an|" + _UNITS + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          r"seventeen|eighteen|nineteen|(?:" + _TENS + r")(?:-(?:" + _UNITS + r"))?|"
          r"(?:a\s+)?(?:hundred|dozen)|several|few|many|some)")
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?|nights?)"
# A length of time: a count of units ("more than 25 years", "the past two weeks") or bare plural units.
DURATION = re.compile(
    r"^(?:(?:a|an|for|over|during|within|nearly|almost|about|around|more than|less than|at least|the|past|"
    r"last|next|coming|first|recent|another|(?:\d+|" + _COUNT + r")\s*(?:-|to|or)\s*)\s*)*"
    r"(?:" + _COUNT + r"(?:\s+|-)(?:(?:and a half|or so|plus|full|long)\s+)?" + _UNIT
    + r"|(?:days|weeks|months|years|decades|centuries|hours|minutes|nights))(?:\s+and\s+(?:a half|"
    + _COUNT + r"\s+\w+))?$",
    re.IGNORECASE,
)
RANGE = re.compile(r"\b(?:between\b.+\band\b|from\b.+\b(?:to|until|through)\b)|\d\s*[-–]\s*\d|\bthrough\b",
                   re.IGNORECASE)
RULE_KINDS = {"month_day", "day_month", "weekday", "ago", "relative_period", "named_day", "iso"}
SPEAKING = {"speak", "address", "talk", "brief", "testify", "appear"}
# Expressions that count from the date named before them, not from the publication day.
ANAPHORA: list[tuple[re.Pattern[str], str, int]] = [
    (re.compile(r"\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b"
                r"|\b(?:hours|minutes) (?:later|earlier)\b|\blater (?:that|the same) day\b"), "day", 0),
    (re.compile(r"\bthe (?:following|next) day\b|\ba day later\b"), "day", 1),
    (re.compile(r"\bthe (?:previous|preceding) day\b|\bthe day before\b|\ba day earlier\b"), "day", -1),
    (re.compile(r"\bthe (?:following|next) week\b|\ba week later\b"), "week", 1),
    (re.compile(r"\bthe (?:previous|preceding) week\b|\bthe week before\b|\ba week earlier\b"), "week", -1),
    (re.compile(r"\bthe (?:following|next) month\b|\ba month later\b"), "month", 1),
    (re.compile(r"\bthe (?:previous|preceding) month\b|\bthe month before\b|\ba month earlier\b"),
     "month", -1),
    (re.compile(r"\bthe (?:following|next) year\b|\ba year later\b"), "year", 1),
    (re.compile(r"\bthe (?:previous|preceding) year\b|\bthe year before\b|\ba year earlier\b"), "year", -1),
]
# Words that belong to an expression the recogniser cut short: "this" of "this week's meeting".
PRECISE = {"day", "week", "month", "year"}
LEFT_WORDS = {"this", "last", "next", "that", "past", "coming", "early", "late", "earlier", "later", "mid",
              "the", "same", "following", "previous"}
PREPOSITIONS = {"on", "in", "since", "until", "by", "during", "from", "through", "throughout", "at"}

# "three days later", "two weeks earlier": counted from the date named before, as "a day later" is, when
# the text names one; otherwise from the day the expression counts from ("three days earlier" = ago).
COUNTED_ANAPHORA = re.compile(
    r"\b(?P<n>\d+|" + "|".join(w for w, n in NUMBERS.items() if n) + r")\s+(?P<unit>day|week|month|year)s?"
    r"\s+(?P<way>later|earlier)\b"
)


@dataclass(slots=True)
class Found:
    span: Span  # the expression itself, as the recogniser or a rule found it
    kind: str  # date, duration, range


def find_expressions(doc: Doc) -> list[Found]:
    """The temporal expressions of a document, in order, without ages and frequencies."""
    found: list[Found] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in {"DATE", "TIME"} or _not_temporal(ent):
            continue
        start = ent.start
        while start > 0 and doc[start - 1].lower_ in LEFT_WORDS and doc[start - 1].ent_type_ == "":
            start -= 1
        if doc[start].lower_ == "the" and start < ent.start and doc[start + 1].lower_ not in LEFT_WORDS:
            start += 1
        span = doc[start:ent.end]
        found.append(Found(span, _kind(span.text)))
        covered.update(range(span.start, span.end))
    lowered = text_of(doc).lower()
    for kind, pattern in PATTERNS:
        if kind not in RULE_KINDS:
            continue
        for match in pattern.finditer(lowered):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is None or not len(span) or any(t.i in covered for t in span):
                continue
            if kind == "weekday" and not span[-1].text[:1].isupper():
                continue
            found.append(Found(span, "date"))
            covered.update(range(span.start, span.end))
    # "replied the same evening", "hours later": the recogniser often leaves these out
    for pattern, _, _ in ANAPHORA:
        for match in pattern.finditer(lowered):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is not None and len(span) and not any(t.i in covered for t in span):
                found.append(Found(span, "date"))
                covered.update(range(span.start, span.end))
    found.sort(key=lambda f: f.span.start)
    return found


def _not_temporal(span: Span) -> bool:
    text = span.text.strip()
    if AGE.search(text) or FREQUENCY.match(text) or not any(c.isalnum() for c in text):
        return True
    if any(t.lower_ in {"old", "aged"} for t in span.doc[span.end:span.end + 1]):
        return True  # "58 years old"
    return text.replace(",", "").isdigit() and not (len(text) == 4 and text[:2] in {"19", "20"})


def _kind(text: str) -> str:
    stripped = text.strip()
    if DURATION.match(stripped):
        return "duration"
    if RANGE.search(stripped):
        return "range"
    return "date"


def clause_tense(token: Token) -> str:
    """past, present or future of the clause an expression sits in ("would" in reported speech is future
    from the speech day)."""
    verb = token
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} and verb.dep_ not in {"aux", "auxpass"}:
            break
        if verb.head.i == verb.i:
            return "past"
        verb = verb.head
    else:
        return "past"
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    participle = verb.tag_ == "VBG" and not auxiliaries and verb.dep_ in {"advcl", "acl", "pcomp"}
    if participle and verb.head.i != verb.i:
        return clause_tense(verb.head)  # "Speaking on Saturday, he said": the time of saying
    if auxiliaries & FUTURE_AUX:
        return "future"
    governor = verb.head if verb.dep_ in {"xcomp", "acomp"} else None
    if governor is not None and governor.lemma_.lower() in SCHEDULE_WORDS:
        return "future"
    scheduled = (c.lower_ in SCHEDULE_WORDS and c.dep_ == "acomp" for c in verb.head.children)
    if verb.dep_ == "xcomp" and any(scheduled):
        return "future"
    if verb.tag_ in {"VBD", "VBN"} or auxiliaries & {"had", "has", "have", "did", "was", "were"}:
        return "past"
    if verb.tag_ in {"VBZ", "VBP", "VBG"} or auxiliaries & {"is", "are", "am"}:
        return "present"
    return "past"


def _anchored(span: Span, anchor: date | None, referent: When | None, day: When | None = None) -> When:
    """The value of one date expression counted from `anchor`, or from the date before it in the text
    for "that day", "the following month", "a year earlier"; days count from the last day named ("on
    Wednesday, matching duties imposed in January ... hours later": Wednesday)."""
    lowered = span.text.lower()
    for pattern, unit, step in ANAPHORA:
        if pattern.search(lowered):
            return _shifted(day if unit == "day" and day is not None else referent, unit, step, span.text)
    counted = COUNTED_ANAPHORA.search(lowered)
    if counted and referent is not None and referent.value is not None:
        count = NUMBERS.get(counted["n"]) or int(counted["n"])
        step = count if counted["way"] == "later" else -count
        start = day if counted["unit"] == "day" and day is not None else referent
        return _shifted(start, counted["unit"], step, span.text)
    tense = clause_tense(span.root)
    if tense == "present" and _scheduled(span):
        tense = "future"
    return normalise(span.text, anchor, tense)


def _shifted(referent: When | None, unit: str, step: int, text: str) -> When:
    """`step` units after the referent, at the referent's precision or coarser."""
    if referent is None or referent.value is None or referent.precision not in PRECISE:
        return When(None, None, text)
    value, precision = referent.value, referent.precision
    if precision == "week":
        day = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    elif precision == "day":
        day = date.fromisoformat(value)
    else:
        day = date(int(value[:4]), int(value[5:7]) if precision == "month" else 1, 1)
    if unit == "day":
        if precision != "day":
            return When(None, None, text)
        return When((day + timedelta(days=step)).isoformat(), "day", text)
    if unit == "week":
        moved = day + timedelta(weeks=step)
        return When(f"{moved.isocalendar().year}-W{moved.isocalendar().week:02d}", "week", text)
    total = day.year * 12 + day.month - 1 + step * (12 if unit == "year" else 1)
    year, month = total // 12, total % 12 + 1
    if unit == "month" or precision == "month":
        return When(f"{year:04d}-{month:02d}", "month", text)
    if precision == "day":
        try:
            return When(date(year, month, day.day).isoformat(), "day", text)
        except ValueError:  # 29 February a year on
            return When(date(year, month, 28).isoformat(), "day", text)
    return When(str(year), "year", text)


def resolve_dates(found: list[Found], times: TimeIndex, quotes: list[tuple[Token | None, tuple[int, int]]],
                  article_id: str) -> list[TimeExpression]:
    """Resolve every expression twice: from the publication day, which gives the day each quote was said
    when the text tells ("said at a Friday news conference"); then with those speech days as the anchors of
    the quotes' own words. The index that dates events takes the results."""
    first = _values(found, times)
    at = {t: item for item in found for t in range(item.span.start, item.span.end)}
    for cue, (start, end) in quotes:
        spoken = _speech_expression(cue, at, set(range(start, end))) if cue is not None else None
        when = first.get(spoken.span.start) if spoken is not None else None
        if when is not None and when.precision == "day" and when.value is not None:
            times.anchors.append((start, end, date.fromisoformat(when.value)))
    values = _values(found, times) if times.anchors else first
    times.use_values({start: when for start, when in values.items() if when.value is not None})
    records = []
    for item in found:
        span = item.span
        start = span.start
        if start > 0 and span.doc[start - 1].lower_ in PREPOSITIONS:
            start -= 1  # "on Monday", as a reader quotes it
        text_span = span.doc[start:span.end]
        anchor = times.anchor_at(span.start)
        when = values.get(span.start)
        resolved = when is not None and when.value is not None
        records.append(TimeExpression(
            text=text_span.text, value=when.value if resolved else None,
            precision=when.precision if resolved else (item.kind if item.kind != "date" else None),
            span=(text_span.start_char, text_span.end_char), article_id=article_id,
            anchor=anchor.isoformat() if anchor is not None and anchor != times.published else None,
        ))
    return records


def _values(found: list[Found], times: TimeIndex) -> dict[int, When]:
    """Each date expression's value in text order (a relative one refers to the last date before it)."""
    values: dict[int, When] = {}
    referent: When | None = None
    told_in: int | None = None  # the sentence (its start) whose act the referent dates
    day_referent: When | None = None  # the last day named, for "the same day", "hours later"
    for item in found:
        if item.kind == "duration":
            continue
        if item.kind == "range":
            values[item.span.start] = When(None, "range", item.span.text)
            continue
        try:
            when = _anchored(item.span, times.anchor_at(item.span.start), referent, day_referent)
        except (OverflowError, ValueError):  # counted past the calendar's ends (a year-1 publication date)
            when = When(None, None, item.span.text)
        values[item.span.start] = when
        sentence = item.span.sent.start
        if when.value is not None and when.precision in PRECISE and not (
            told_in == sentence and _said_on(item.span)
        ) and not _background(item.span):
            # "drove 1,130 migrants across the border on Aug. 30, the ministry said on Tuesday. Niamey
            # summoned the ambassador two days later": the act's day, not the day it was told.
            referent, told_in = when, sentence
            if when.precision == "day":
                day_referent = when
    return values


def _background(span: Span) -> bool:
    """A date that looks back ("held since October", "the first aid since the two countries reopened their
    border on Aug. 4"): no act a later "the next day" counts from."""
    head = span.root.head
    if head.lower_ == "since" and head.dep_ == "prep":
        return True
    verb = head.head if head.dep_ == "prep" else head
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def _said_on(span: Span) -> bool:
    """The expression dates a verb of saying: "the ministry said on Tuesday"."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.lemma_.lower() in SAYING


def _speech_expression(cue: Token, at: dict[int, Found], quoted: set[int]) -> Found | None:
    """The time expression of the speech verb's own clause: "said on Friday", "at a Friday news
    conference", "Speaking in Islamabad on Saturday, Dar said"."""
    stack = [cue]
    while stack:
        token = stack.pop()
        if token.i in at and token.i not in quoted:
            return at[token.i]
        for child in token.children:
            if child.i in quoted or child.dep_ in {"ccomp", "relcl", "parataxis", "conj"}:
                continue
            if child.dep_ == "advcl" and not (child.tag_ == "VBG" or child.lemma_.lower() in SPEAKING):
                continue
            stack.append(child)
    return None


def _scheduled(span: Span) -> bool:
    """A weekday or a date with a verb in the present is a schedule: "the summit opens on Monday"."""
    lowered = span.text.lower()
    return any(day in lowered for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday")) or bool(re.search(r"\d", lowered))
