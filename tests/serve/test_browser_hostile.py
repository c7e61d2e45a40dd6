"""Untrusted text never runs in the dashboard: articles carrying script tags, event-handler attributes,
attribute break-outs, template injections and `javascript:` URLs are read and coded by the real pipeline
(JSON Lines reader, coder, store), then every page that shows them is opened in a real Chromium, with
interactions, and nothing executes: no dialog, no console error (a blocked inline script would log one),
no handler attribute, no script element the app did not ship, no `javascript:` link, `window.hacked`
never set. The hostile words are shown as text."""

from __future__ import annotations

import json
from datetime import date

import pytest
from benchmarks.browser import chromium_path

from dyad.read.jsonl import read_jsonl
from dyad.records import Article
from dyad.serve.run import BackgroundServer
from dyad.store import open_store

pytestmark = [pytest.mark.slow, pytest.mark.browser]

SCRIPT = "<script>window.hacked='script'</script>"
IMG = "<img src=x onerror=\"window.hacked='img'\">"
SVG = "<svg onload=\"window.hacked='svg'\"></svg>"
BREAKOUT = "\" onmouseover=\"window.hacked='attr'\" x=\""
IFRAME = "<iframe srcdoc=\"<script>parent.hacked='iframe'</script>\"></iframe>"
TEMPLATE = "{{constructor.constructor('window.hacked=1')()}} ${window.hacked='tpl'}"
LINK = "<a href=\"javascript:window.hacked='link'\">more</a>"
HOSTILE = [
    {
        "id": "hostile-script",
        "title": f"{SCRIPT}Mexico accuses Canada{IMG}",
        "url": "javascript:window.hacked='url'",
        "published": "2026-03-06",
        "text": f"Mexico accused Canada of spying {IMG} on Tuesday, the foreign ministry said. {SCRIPT}\n\n"
                f"\"{SCRIPT} We will respond {SVG},\" Mexican President Claudia Sheinbaum said on Wednesday.",
    },
    {
        "id": "hostile-svg",
        "title": f"Strikes {BREAKOUT}{SVG}",
        "url": "https://news.example/a\"><script>window.hacked='href'</script>",
        "published": "2026-03-05",
        "text": f"Russian forces attacked Ukrainian positions near Kharkiv {SVG} on Monday. {LINK} "
                f"{IFRAME}\n\nUkraine accused Russia of shelling civilians {BREAKOUT}, officials said "
                "on Tuesday.",
    },
    {
        "id": "hostile-template",
        "title": TEMPLATE,
        "url": "data:text/html,<script>window.hacked='data'</script>",
        "published": "2026-03-04",
        "text": f"Colombia expelled two Venezuelan diplomats {TEMPLATE} on Tuesday. </textarea>{SCRIPT}"
                f"<!--\n\nVenezuela threatened to close the border with Colombia {LINK}, its ministry said "
                "on Tuesday.",
    },
]
PAGES = [
    ("", "home"),
    ("#/dyad/MEX-CAN", "dyad"),
    ("#/dyad/RUS-UKR", "dyad"),
    ("#/dyad/COL-VEN", "dyad"),
    ("#/events", "events"),
    ("#/events?q=window.hacked", "events"),
    ("#/events?country=MEX", "events"),
    *((f"#/article/{row['id']}", "article") for row in HOSTILE),
]
CHECK = """() => ({
    hacked: window.hacked === undefined ? null : String(window.hacked),
    handlers: document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick],[srcdoc]').length,
    scripts: [...document.scripts]
        .filter(s => !s.src || !new URL(s.src).pathname.startsWith('/static/')).length,
    frames: document.querySelectorAll('iframe, object, embed').length,
    javascriptLinks: [...document.querySelectorAll('[href],[src]')]
        .filter(e => /^\\s*(javascript|data):/i
            .test(e.getAttribute('href') || e.getAttribute('src') || '')).length,
    text: document.body.innerText,
})"""


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, coder):
    if chromium_path() is None:
        pytest.skip("no Chromium: apt-get install chromium")
    db = str(tmp_path_factory.mktemp("hostile") / "hostile.duckdb")
    lines = [json.dumps(row) for row in HOSTILE]
    articles = [item for item in read_jsonl(lines, "hostile.jsonl") if isinstance(item, Article)]
    assert len(articles) == len(HOSTILE)
    results = list(coder.code_many(articles))
    assert sum(len(r.events) for r in results) >= 4, [r.events for r in results]
    with open_store(db) as store:
        store.add_many(results)
    with BackgroundServer(db, token=None, read_token=None) as url:
        yield url


@pytest.mark.parametrize(("route", "name"), PAGES)
def test_nothing_runs_on_any_page(browser, base_url, route, name):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=base_url)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"console {m.type}: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    try:
        page.goto(f"/{route}")
        page.wait_for_selector(f".page-{name}[data-loaded]", timeout=30_000)
        for row in page.locator("tr.event-row, li.event a.sentence").all()[:6]:  # open what opens
            row.hover()
            row.click()
        page.mouse.move(5, 5)
        page.wait_for_timeout(300)
        found = page.evaluate(CHECK)
    finally:
        context.close()
    assert problems == []
    assert found["hacked"] is None
    assert (found["handlers"], found["scripts"], found["frames"], found["javascriptLinks"]) == (0, 0, 0, 0)
    if name == "article":
        assert "<script>" in found["text"] or "onload" in found["text"] or "constructor" in found["text"]


def test_the_hostile_words_are_shown_as_words(browser, base_url):
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    page.goto("/#/article/hostile-script")
    page.wait_for_selector(".page-article[data-loaded]", timeout=30_000)
    assert SCRIPT in page.locator("h1").inner_text()
    assert IMG in page.locator("#article-text").inner_text()
    context.close()
    assert date(2026, 3, 6)  # the articles' day: the pages above show them as the latest data
