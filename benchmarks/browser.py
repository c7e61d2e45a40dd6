"""Headless Chromium for the dashboard's tests and benchmarks: Debian's /usr/bin/chromium driven by
Playwright, never a downloaded browser, with the flags that keep it off the network."""

from __future__ import annotations

import os
import shutil

CHROMIUM = os.environ.get("DYAD_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """The browser to drive, or None when the machine has none (install Debian's `chromium`)."""
    return CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), args=ARGS)
