"""`dyad serve` in a process of its own on loopback, for the benchmarks that measure it over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx

HOST = "127.0.0.1"  # never anything else: benchmarks send traffic to this machine only


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def serve(db: str, port: int, *options: str, env: dict[str, str] | None = None,
                 seconds: float = 60) -> subprocess.Popen:
    """Starts `dyad serve` and returns once it answers, or exits naming why it did not."""
    command = [sys.executable, "-m", "dyad.cli", "serve", "--db", db, "--host", HOST, "--port", str(port)]
    process = subprocess.Popen([*command, *options], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=env if env is not None else dict(os.environ))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://{HOST}:{port}/api/meta", timeout=2)
            return process
        except httpx.HTTPError:
            if process.poll() is not None:
                raise SystemExit("the server exited while starting") from None
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")
