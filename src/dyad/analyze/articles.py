"""Articles as the dashboard shows them: a page of articles, or one article with its events."""

from __future__ import annotations

from typing import Any

from dyad.analyze.filters import ARTICLE_ID, EVENT_COLUMNS, MAX_PAGE, decode_cursor, encode_cursor, event_row
from dyad.analyze.sql import EVENTS_JOIN, like_pattern
from dyad.errors import DyadError

PUBLISHED = "coalesce(a.published, CAST('0001-01-01' AS DATE))"


def _article(row: tuple[Any, ...]) -> dict[str, Any]:
    article_hash, article_id, title, url, published, origin, ingested = row[:7]
    return {
        "id": article_id,
        "hash": article_hash,
        "title": title,
        "url": url,
        "published": published.isoformat() if published else None,
        "origin": origin,
        "ingested_at": ingested.isoformat(timespec="seconds") if ingested else None,
    }


def list_articles(
    store: Any, q: str | None = None, limit: int = 50, cursor: str | None = None
) -> dict[str, Any]:
    """Articles, newest publication first, with how many events each holds; `q` searches titles."""
    if not 1 <= limit <= MAX_PAGE:
        raise DyadError(f"limit is from 1 to {MAX_PAGE}; got {limit}")
    clauses, params = ["1 = 1"], []
    if q:
        clauses.append("lower(coalesce(a.title, '')) LIKE ? ESCAPE '\\'")
        params.append(like_pattern(q))
    if cursor:
        value, article_hash = decode_cursor(cursor, "date")
        clauses.append(f"({PUBLISHED} < ? OR ({PUBLISHED} = ? AND a.hash > ?))")
        params += [value, value, article_hash]
    rows = store.query(
        f"""SELECT a.hash, a.id, a.title, a.url, a.published, a.origin, a.ingested_at, {PUBLISHED},
                   (SELECT count(*) FROM events e WHERE e.article_hash = a.hash)
            FROM articles a WHERE {" AND ".join(clauses)}
            ORDER BY {PUBLISHED} DESC, a.hash LIMIT ?""",
        [*params, limit + 1],
    )
    more = len(rows) > limit
    rows = rows[:limit]
    articles = [{**_article(r), "events": int(r[8])} for r in rows]
    next_cursor = encode_cursor(rows[-1][7], rows[-1][0]) if more and rows else None
    return {"articles": articles, "next_cursor": next_cursor}


def get_article(store: Any, key: str) -> dict[str, Any] | None:
    """One article (by id or hash) with its text and events in reading order; None if not stored."""
    if not ARTICLE_ID.match(key):
        raise DyadError("an article is named by its id or hash")
    rows = store.query(
        "SELECT hash, id, title, url, published, origin, ingested_at, text FROM articles a "
        "WHERE a.hash = ? OR a.id = ? ORDER BY a.ingested_at LIMIT 1",
        [key, key],
    )
    if not rows:
        return None
    article = {**_article(rows[0]), "text": rows[0][7]}
    events = store.query(
        f"SELECT {EVENT_COLUMNS} FROM {EVENTS_JOIN} WHERE a.hash = ? ORDER BY e.id", [article["hash"]]
    )
    records = [event_row(r) for r in events]
    records.sort(key=lambda e: (e.get("span") or [0])[0])
    return {"article": article, "events": records}
