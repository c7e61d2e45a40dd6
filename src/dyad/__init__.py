"""dyad: who did what to whom in the news, coded in CAMEO and PLOVER, with the sentence it came from.

>>> import dyad
>>> result = dyad.code_text("Mexico and Canada signed a trade agreement on Friday.", published="2026-03-06")
>>> [(e.source.country, e.cameo.code, e.target.country) for e in result.events]
[('MEX', '057', 'CAN'), ('CAN', '057', 'MEX')]
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dyad.errors import DyadError, InputError
from dyad.records import Actor, Article, Cameo, CodingResult, Entity, Event, Failure, Plover, When

if TYPE_CHECKING:
    from dyad.code.events import CodingOptions
    from dyad.pipeline import Coder

__version__ = "0.1.0"


def parse_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"not a date (expected YYYY-MM-DD): {value!r}") from None


def __getattr__(name: str) -> Any:
    """`Coder` and `CodingOptions` import spaCy (about 1.5 s of CPU): on first use, so that a process that
    only reads articles and hands them to a worker (the CLI's, the engine's) does not pay for it."""
    if name == "Coder":
        from dyad.pipeline import Coder

        return Coder
    if name == "CodingOptions":
        from dyad.code.events import CodingOptions

        return CodingOptions
    raise AttributeError(f"module 'dyad' has no attribute {name!r}")


@lru_cache(maxsize=4)
def _default_coder(all_modalities: bool) -> Coder:
    from dyad.code.events import CodingOptions
    from dyad.pipeline import Coder

    return Coder(options=CodingOptions(all_modalities=all_modalities))


def code_text(
    text: str,
    published: str | date | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    id: str = "",
    all_modalities: bool = False,
) -> CodingResult:
    """Code one article's text; `published` anchors its relative dates ("on Friday", "last week")."""
    article = Article(
        text=text, id=id, title=title, url=url, published=parse_date(published), origin="python"
    )
    return _default_coder(all_modalities).code(article)


__all__ = [
    "Actor",
    "Article",
    "Cameo",
    "Coder",
    "CodingOptions",
    "CodingResult",
    "DyadError",
    "Entity",
    "Event",
    "Failure",
    "InputError",
    "Plover",
    "When",
    "code_text",
    "parse_date",
]
