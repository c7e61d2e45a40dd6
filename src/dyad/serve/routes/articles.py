"""Articles: list, read one with its events, and submit one to be coded and stored."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from dyad.analyze.articles import get_article, list_articles
from dyad.errors import InputError
from dyad.pipeline import MAX_ARTICLE_CHARS
from dyad.records import Article
from dyad.serve.params import Cursor, Limit, Text
from dyad.serve.routes.deps import Store
from dyad.serve.security import require_write

router = APIRouter(tags=["articles"])
KEY = r"^[\w.:/-]{1,200}$"


class ArticleIn(BaseModel):
    """An article to code: only `text` is required; `published` anchors relative dates ("on Friday")."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS)
    published: date | None = None
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://")
    id: str | None = Field(default=None, max_length=200, pattern=KEY)


@router.get("/articles", summary="Articles, newest first, with their number of events")
def read_articles(store: Store, q: Text = None, limit: Limit = 50, cursor: Cursor = None) -> dict[str, Any]:
    return list_articles(store, q=q, limit=limit, cursor=cursor)


@router.get("/articles/{key}", summary="One article (by id or hash) with its text and events")
def read_article(store: Store, key: Annotated[str, Path(pattern=KEY)]) -> dict[str, Any]:
    found = get_article(store, key)
    if found is None:
        raise HTTPException(404, f"no article {key} in the store")
    return found


@router.post(
    "/articles",
    status_code=201,
    dependencies=[Depends(require_write)],
    summary="Code an article and store it with its records (needs DYAD_TOKEN)",
    responses={
        200: {"description": "Already stored: nothing changed"},
        403: {"description": "Writing over HTTP is off"},
        401: {"description": "Bad token"},
        413: {"description": "Body over the size limit"},
    },
)
async def submit_article(request: Request, store: Store, body: ArticleIn) -> Any:
    article = Article(
        text=body.text,
        id=body.id or "",
        title=body.title,
        url=body.url,
        published=body.published,
        origin="api",
    )
    if store.has_article(article.hash):
        return JSONResponse({"stored": False, **(get_article(store, article.hash) or {})}, status_code=200)
    if not article.text.strip():
        raise InputError("the article has no text")
    result = await run_in_threadpool(request.app.state.coder.code, article)
    stored = store.add(result)
    return JSONResponse(
        {"stored": stored, "warnings": result.warnings, **(get_article(store, article.hash) or {})},
        status_code=201 if stored else 200,
    )
