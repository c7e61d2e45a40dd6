"""What the operator configures: the store, the tokens, the limits."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MAX_BODY = 2 * 1024 * 1024  # bytes a request body may have


@dataclass(slots=True, frozen=True)
class Settings:
    db_path: str
    token: str | None = None  # DYAD_TOKEN: needed to write; None turns writing over HTTP off
    read_token: str | None = None  # DYAD_READ_TOKEN: needed to read; None leaves reading open
    max_body: int = MAX_BODY
    coder_factory: Callable[[], Any] | None = None  # how to build the Coder for POST /api/articles
    warm: bool = True  # compute the overview's analytics when the server starts

    @classmethod
    def from_env(cls, db_path: str, **overrides: Any) -> Settings:
        """Tokens come from the environment unless given; an empty variable counts as unset."""
        overrides.setdefault("token", os.environ.get("DYAD_TOKEN") or None)
        overrides.setdefault("read_token", os.environ.get("DYAD_READ_TOKEN") or None)
        return cls(db_path=db_path, **overrides)
