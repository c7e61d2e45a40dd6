"""`dyad serve`: the app on uvicorn, on the loopback interface unless the operator says otherwise."""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
import time
from typing import Any

from dyad.serve.settings import Settings


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run_server(
    db_path: str, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info", warm: bool = True
) -> None:
    import uvicorn

    from dyad.serve.app import create_app

    settings = Settings.from_env(db_path, warm=warm)
    if not is_loopback(host) and settings.read_token is None:
        print(
            f"dyad: warning: serving on {host} with no DYAD_READ_TOKEN: anyone who can reach port {port} "
            "can read the store",
            file=sys.stderr,
        )
    writing = "on (DYAD_TOKEN set)" if settings.token else "off (set DYAD_TOKEN to allow POST /api/articles)"
    print(
        f"dyad: dashboard at http://{host}:{port}/ over {db_path}; writing over HTTP is {writing}",
        file=sys.stderr,
    )
    uvicorn.run(create_app(db_path, settings), host=host, port=port, log_level=log_level)


class BackgroundServer:
    """The app on uvicorn in a thread, on a free loopback port: for tests, benchmarks and notebooks.

    with BackgroundServer(db_path) as url:
        ...  # url is http://127.0.0.1:PORT
    """

    def __init__(self, db_path: str, **options: Any) -> None:
        from dyad.serve.app import create_app

        self.app = create_app(db_path, **options)
        self.server: Any = None
        self.thread: threading.Thread | None = None

    def __enter__(self) -> str:
        import uvicorn

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.server = uvicorn.Server(
            uvicorn.Config(self.app, host="127.0.0.1", port=port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)
