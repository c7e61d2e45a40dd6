"""A progress line for long ingests on a terminal: articles done, articles/s and words/s."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any


class ProgressBar:
    """Shown only when standard error is a terminal (never in logs or pipes); `advance` is cheap."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.articles = self.words = 0
        self.started = time.perf_counter()
        self._progress: Any = None

    def __enter__(self) -> ProgressBar:
        if self.enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                      transient=False, refresh_per_second=4)
            self._progress.start()
            self._task = self._progress.add_task("starting the coders...")
        return self

    def advance(self, articles: int, words: int) -> None:
        self.articles += articles
        self.words += words
        if self._progress is not None:
            elapsed = max(time.perf_counter() - self.started, 1e-9)
            self._progress.update(self._task, description=(
                f"{self.articles:,} articles  {self.articles / elapsed:,.1f} articles/s  "
                f"{self.words / elapsed:,.0f} words/s"))

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
