"""A store of a handful of events, and apps over it with the tokens a test asks for."""

from datetime import date

import pytest
from fastapi.testclient import TestClient

from dyad.records import CodingResult
from dyad.serve import create_app
from dyad.store import open_store
from tests.factories import article, event, story

KHARKIV = {"name": "Kharkiv", "country": "UKR", "lat": 49.99, "lon": 36.23}
HOSTILE = '<img src=x onerror="alert(1)">'


class StubCoder:
    """Codes any article as one accusation, USA → MEX, from its first sentence (no NLP in API tests)."""

    def code(self, art):
        sentence = art.text.split(".")[0] + "."
        return CodingResult(
            article=art, events=[event(art.id, sentence, 0, "USA", "MEX", "112", "2026-03-05")]
        )


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("api") / "api.duckdb")
    with open_store(path) as store:
        for n in range(12):
            store.add(story(n, "RUSMIL", "UKRMIL", "190", f"2026-03-{(n % 5) + 2:02d}", location=KHARKIV))
        store.add(story(20, "MEX", "USA", "112", "2026-03-04"))
        store.add(story(21, "USAGOV", "MEX", "057", "2026-02-10"))
        text = f"{HOSTILE} Colombia expelled Venezuelan diplomats. More followed."
        store.add(
            article(
                text,
                date(2026, 3, 5),
                [(f"{HOSTILE} Colombia expelled Venezuelan diplomats.", "COL", "VEN", "173", "2026-03-05")],
                title=f"Expulsions {HOSTILE}",
                url="javascript:alert(1)",
                id="hostile-1",
            )
        )
    return path


def client_for(db, **options):
    options.setdefault("token", None)
    options.setdefault("read_token", None)
    return TestClient(create_app(db, coder_factory=StubCoder, **options))


@pytest.fixture(scope="module")
def client(db):
    with client_for(db) as opened:
        yield opened


@pytest.fixture(scope="module")
def browser(base_url):
    """One headless Chromium per browser-test module, started after its server (`base_url`)."""
    from benchmarks.browser import launch
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        opened = launch(playwright)
        yield opened
        opened.close()
