"""RSS and Atom feeds: each entry is an article (its full content when the feed carries it, else its
summary). A feed is read from a saved file, or fetched from a URL only when the user gives one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from dyad.errors import InputError
from dyad.read.decode import MAX_FILE_BYTES
from dyad.read.html import looks_like_html, read_html
from dyad.records import Article, Failure

FEED_SUFFIXES = {".rss", ".atom"}
FETCH_TIMEOUT_S = 30


def looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf:rdf" in head)


def _entry_text(entry: dict) -> str:
    contents = entry.get("content") or []
    body = max((c.get("value") or "" for c in contents), key=len, default="") or entry.get("summary")
    return body if isinstance(body, str) else ""


def _published(entry: dict) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def read_feed(data: bytes | str, origin: str) -> Iterator[Article | Failure]:
    import io

    import feedparser

    # Always a stream: given a str or bytes, feedparser fetches it if it looks like a URL and opens it if
    # it names a local file, so a feed file holding "http://..." or "/etc/passwd" would be fetched or read.
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    try:
        feed = feedparser.parse(io.BytesIO(raw))
    except Exception as error:  # feedparser's own bugs on hostile markup (e.g. &#x110000;): one failure
        reason = f"not a readable RSS or Atom feed: {type(error).__name__}: {error}"
        yield Failure(origin=origin, reason=reason)
        return
    if feed.get("bozo") and not feed.entries:
        yield Failure(origin=origin, reason=f"not a readable RSS or Atom feed: {feed.get('bozo_exception')}")
        return
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{origin}#{number}"
        body = _entry_text(entry)
        try:
            if looks_like_html(body) or re.search(r"<(p|div|br)\b", body, re.IGNORECASE):
                article = read_html(f"<html><body>{body}</body></html>", where)
            elif body.strip():
                article = Article(text=body.strip(), origin=where)
            else:
                raise InputError("the feed entry has no text")
        except InputError as error:
            yield Failure(origin=where, reason=str(error))
            continue
        article.title = entry.get("title") or article.title
        article.url = entry.get("link") or article.url
        article.published = _published(entry) or article.published
        yield article


def fetch(url: str) -> bytes:
    """The document at a URL the user gave (a feed, a page): dyad fetches nothing on its own."""
    from urllib.request import Request, urlopen

    request = Request(url, headers={"User-Agent": "dyad (+https://pypi.org/project/dyad)"})
    try:
        with urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            data = response.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise InputError(f"cannot fetch: {error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"over the limit of {MAX_FILE_BYTES / 2**20:g} MB per document")
    return data
