"""The dashboard in a real headless Chromium against a real server: pages load without console errors,
filters change the results, a click on the timeline lists its events, the CSV downloads, untrusted text
stays text. With DYAD_SCREENSHOTS=1 the screenshots of each page go to docs/screenshots/ (the README shows
them)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from benchmarks.browser import chromium_path
from benchmarks.generate_events import generate

from dyad.serve.run import BackgroundServer
from dyad.store import open_store
from tests.factories import article

pytestmark = [pytest.mark.slow, pytest.mark.browser]
# The README's screenshots are refreshed on request (DYAD_SCREENSHOTS=1), else they go to a scratch
# folder: running the tests never changes the checkout.
DOCS_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SHOTS = DOCS_SHOTS if os.environ.get("DYAD_SCREENSHOTS") else Path(tempfile.gettempdir()) / "dyad-screenshots"
HOSTILE = '<img src=x onerror="window.hacked=1">'


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    if chromium_path() is None:
        pytest.skip("no Chromium: apt-get install chromium")
    db = str(tmp_path_factory.mktemp("browser") / "dash.duckdb")
    generate(db, 20_000)
    with open_store(db) as store:
        text = f"{HOSTILE} Colombia expelled Venezuelan diplomats on Thursday. Caracas protested."
        store.add(
            article(
                text,
                date(2026, 3, 6),
                [
                    (
                        f"{HOSTILE} Colombia expelled Venezuelan diplomats on Thursday.",
                        "COL",
                        "VEN",
                        "173",
                        "2026-03-05",
                    )
                ],
                title=f"Expulsions {HOSTILE}",
                url="javascript:window.hacked=2",
                id="hostile-1",
            )
        )
    with BackgroundServer(db, token=None, read_token=None) as url:
        yield url


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(
        viewport={"width": 1366, "height": 900}, accept_downloads=True, base_url=base_url
    )
    opened = context.new_page()
    problems: list[str] = []
    opened.on(
        "console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None
    )
    opened.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    opened.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    opened.problems = problems
    yield opened
    context.close()
    assert problems == []


def show(page, route: str, name: str):
    page.goto(f"/{route}")
    page.wait_for_selector(f".page-{name}[data-loaded]", timeout=20_000)


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_home_shows_totals_open_alerts_and_movers(page):
    show(page, "", "home")
    assert page.locator(".kpi-value").first.inner_text().replace(",", "").isdigit()
    assert page.locator("#alerts .alert").count() >= 1
    assert page.locator("#movers tbody tr").count() >= 5
    assert page.locator("#dyads tbody tr").count() >= 10
    assert "data as of 2026-03-0" in page.locator("#asof").inner_text()
    shoot(page, "home")


def test_a_click_on_the_timeline_lists_the_events_of_that_period(page):
    show(page, "#/dyad/COL-VEN", "dyad")
    overlay = page.locator("svg.timeline rect.overlay")
    box = overlay.bounding_box()
    overlay.click(position={"x": box["width"] - 3, "y": box["height"] / 2})
    page.wait_for_selector("#point-events li.event")
    assert "events from 2026-03-02" in page.locator("#point-events").inner_text()
    sentence = page.locator("#point-events li.event a.sentence").first
    assert "Colombia" in sentence.inner_text() or "Venezuela" in sentence.inner_text()
    assert page.locator("svg.map .land path.side-a").count() == 1
    assert page.locator("svg.map .places circle").count() >= 1
    assert page.locator(".quotes li").count() >= 1
    shoot(page, "dyad")
    sentence.click()
    page.wait_for_selector(".page-article[data-loaded] mark.chosen")
    shoot(page, "article")


def test_dragging_across_the_timeline_zooms_into_those_periods(page):
    show(page, "#/dyad/RUS-UKR", "dyad")
    # The page drawn before the zoom stays in place, loaded, until the new one replaces it: mark it so that
    # the wait below is for the new page.
    page.evaluate("document.querySelector('.page-dyad').dataset.before = 'zoom'")
    box = page.locator("svg.timeline rect.overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.5, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    page.mouse.up()
    page.wait_for_function("location.hash.includes('since=') && location.hash.includes('until=')")
    page.wait_for_selector(".page-dyad[data-loaded]:not([data-before])")
    assert int(page.locator("#timeline").get_attribute("data-points")) < 20


def test_filters_change_the_results_and_a_row_opens_its_sentence_in_the_article(page):
    show(page, "#/events", "events")
    everything = page.locator("#event-count").inner_text()
    page.fill("input[name=country]", "VEN")
    page.select_option("select[name=root]", "19")
    page.click("#filters button[type=submit]")
    page.wait_for_function(f"document.querySelector('#event-count').textContent !== {everything!r}")
    page.wait_for_selector(".page-events[data-loaded]")
    assert "country=VEN" in page.url and "root=19" in page.url
    rows = page.locator(".events-table tbody tr.event-row")
    assert rows.count() > 0
    for i in range(rows.count()):
        text = rows.nth(i).inner_text()
        assert "VEN" in text and "19" in text
    rows.first.click()
    page.wait_for_selector("tr.detail mark.chosen")
    assert page.locator("tr.detail mark.chosen").inner_text() in rows.first.inner_text()
    shoot(page, "events")


def test_the_csv_download_holds_the_current_filter(page):
    show(page, "#/events?dyad=COL-VEN&both=true", "events")
    total = int(page.locator("#event-count").inner_text().split(" ")[0].replace(",", ""))
    with page.expect_download() as download:
        page.click("button[data-format=csv]")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == total
    assert all({r["source_country"], r["target_country"]} == {"COL", "VEN"} for r in rows)


def test_untrusted_article_text_stays_text(page):
    show(page, "#/events?article=hostile-1", "events")
    link = page.locator(".events-table a", has_text="article").first
    link.click()
    page.wait_for_selector(".page-article[data-loaded] mark.chosen")
    assert HOSTILE in page.locator("h1").inner_text()
    assert HOSTILE in page.locator("mark.chosen").inner_text()
    assert page.locator("#article-text img").count() == 0 and page.locator("main img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.evaluate("window.hacked") is None
