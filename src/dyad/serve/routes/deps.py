"""What a route needs from the app: the shared store."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from dyad.serve.state import SharedStore


def shared_store(request: Request) -> SharedStore:
    return request.app.state.store


Store = Annotated[SharedStore, Depends(shared_store)]
