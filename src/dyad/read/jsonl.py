"""JSON Lines: one article per line, {"id", "text", "url", "published", "title"}."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from dyad.errors import InputError
from dyad.records import Article, Failure


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"published must be a date string, got {type(value).__name__}")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"published is not a date (YYYY-MM-DD): {value!r}") from None


def _optional_text(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{key} must be a string, got {type(value).__name__}")
    return value


def parse_line(line: str, origin: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON: {error.msg} at column {error.colno}") from None
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, arrays nested 10,000 deep
        raise InputError(f"not readable JSON: {str(error) or type(error).__name__}") from None
    if not isinstance(record, dict):
        raise InputError("each line must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('missing or empty "text"')
    identifier = record.get("id")
    article = Article(
        text=_unicode(text, "text"), id=str(identifier) if identifier not in (None, "") else "",
        title=_optional_text(record, "title"), url=_optional_text(record, "url"),
        published=_date(record.get("published")), origin=origin,
    )
    for key in ("id", "title", "url"):
        _unicode(getattr(article, key), key)
    return article


def _unicode(value: str | None, key: str) -> str | None:
    """JSON escapes can spell what is not Unicode text ("\\ud800", half of a pair): refuse it by name."""
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise InputError(
                f"{key} is not valid Unicode: unpaired surrogate \\u{ord(value[error.start]):04x} "
                f"at character {error.start}"
            ) from None
    return value


def read_jsonl(lines: Iterable[str | InputError], origin: str) -> Iterator[Article | Failure]:
    """Articles of a JSON Lines stream; a bad line is a Failure named by its line number."""
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if isinstance(line, InputError):
            yield Failure(origin=where, reason=str(line))
            continue
        if not line.strip():
            continue
        try:
            yield parse_line(line, where)
        except InputError as error:
            yield Failure(origin=where, reason=str(error))
