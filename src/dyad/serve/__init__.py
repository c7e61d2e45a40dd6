"""The HTTP API and the dashboard, served by one ASGI app (FastAPI on uvicorn)."""

from dyad.serve.app import create_app
from dyad.serve.run import run_server

__all__ = ["create_app", "run_server"]
