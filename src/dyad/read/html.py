"""Web pages: the article's main text and its metadata, boilerplate (menus, banners, footers) dropped."""

from __future__ import annotations

from datetime import date

import trafilatura

from dyad.errors import InputError
from dyad.records import Article


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or (
        head.startswith("<") and any(tag in head for tag in ("<body", "<head", "<p", "<div", "<article"))
    )


def read_html(markup: str, origin: str) -> Article:
    document = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError("no article text found in the HTML")
    # trafilatura joins paragraphs with single newlines; dyad marks paragraphs with blank lines.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return Article(
        text=text, title=getattr(document, "title", None), url=getattr(document, "url", None),
        published=_published(getattr(document, "date", None)), origin=origin,
    )
