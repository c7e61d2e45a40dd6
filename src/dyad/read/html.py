"""Web pages: the article's main text and its metadata, boilerplate (menus, banners, footers) dropped."""

from __future__ import annotations

import re
from datetime import date

import trafilatura

from dyad.errors import InputError
from dyad.records import Article

# Extraction time grows faster than the page: these bound it (about 10 s at the limit on one core) far
# above any news page (a few thousand elements). Nesting needs no limit here: the HTML parser stops at a
# depth of 256 (text deeper than that is dropped), so 100,000 nested <div>s parse in well under a second.
MAX_HTML_ELEMENTS = 50_000
MAX_HTML_ATTRIBUTES = 1_000  # on one element
LONG_TAG = re.compile(r"<[^<>]{10000,}")
QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")


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


def _bounded_tree(markup: str):
    """The parsed page, refused with the limit named when it is too big to extract in bounded time."""
    from trafilatura.utils import load_html

    # The parser checks each attribute against the others on its element: quadratic, so count them in
    # long tags before parsing (quoted values, such as data: URIs, drop out first).
    for tag in LONG_TAG.finditer(markup):
        if len(QUOTED.sub("", tag.group()).split()) > MAX_HTML_ATTRIBUTES:
            raise InputError(f"an HTML element has over {MAX_HTML_ATTRIBUTES:,} attributes, the limit")
    tree = load_html(markup)
    if tree is None:
        return markup  # not HTML at all: trafilatura says so (no text found)
    elements = int(tree.xpath("count(//*)"))
    if elements > MAX_HTML_ELEMENTS:
        raise InputError(f"the page has {elements:,} HTML elements, over the limit of {MAX_HTML_ELEMENTS:,}")
    if tree.xpath(f"boolean(//*[count(@*) > {MAX_HTML_ATTRIBUTES}])"):
        raise InputError(f"an HTML element has over {MAX_HTML_ATTRIBUTES:,} attributes, the limit")
    return tree


def read_html(markup: str, origin: str) -> Article:
    document = trafilatura.bare_extraction(
        _bounded_tree(markup), with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
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
