import io
import json
from datetime import date

import pytest

from dyad.read import read_inputs, read_path, read_stream
from dyad.records import Article, Failure

PAGE = """<!DOCTYPE html><html><head><title>Japan and Philippines sign pact | World News</title>
<meta property="article:published_time" content="2026-02-10T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>Japan and Philippines sign defence pact</h1>
<p>MANILA (Wire) — Japan signed a reciprocal access agreement with the Philippines on Tuesday, allowing
troops of each country to train on the other's soil, officials said.</p>
<p>The agreement, which took months to negotiate, comes as both countries face growing pressure from
Chinese coast guard vessels in disputed waters of the South China Sea.</p>
<p>Philippine President Ferdinand Marcos Jr. said the pact would strengthen regional stability.</p>
</article>
<aside><h3>Related stories</h3><ul><li>Markets rally</li><li>Weather warning</li></ul></aside>
<footer>© 2026 World News. All rights reserved. Subscribe to our newsletter.</footer></body></html>"""


def test_plain_text_file_is_one_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Japan signed an agreement with the Philippines.", encoding="utf-8")
    [article] = read_path(path)
    assert isinstance(article, Article)
    assert article.text.startswith("Japan signed")
    assert article.published is None


def test_html_keeps_the_article_and_drops_boilerplate(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_path(path)
    assert isinstance(article, Article)
    assert "reciprocal access agreement" in article.text
    assert "cookies" not in article.text and "Related stories" not in article.text
    assert "All rights reserved" not in article.text
    assert article.published == date(2026, 2, 10)
    assert article.title and "Japan" in article.title


def test_the_published_flag_overrides_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_path(path, published=date(2026, 2, 12))
    assert article.published == date(2026, 2, 12)


def test_jsonl_gives_one_article_per_line_and_names_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {"id": "a1", "text": "Mexico met Canada.", "published": "2026-01-05", "title": "T", "url": "u"}
        ),
        "{not json",
        json.dumps({"id": "a3", "text": ""}),
        json.dumps({"id": "a4", "text": "Chile met Peru.", "published": "yesterday"}),
        json.dumps(["a list"]),
        json.dumps({"id": "a6", "text": "Brazil met Argentina."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Failure",
        "Failure",
        "Failure",
        "Failure",
        "Article",
    ]
    assert items[0].id == "a1" and items[0].published == date(2026, 1, 5) and items[0].url == "u"
    assert items[1].origin.endswith(":2") and "not valid JSON" in items[1].reason
    assert "text" in items[2].reason
    assert "not a date" in items[3].reason
    assert items[5].origin == f"{path}:6"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Café in Paris".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_fail_with_a_clear_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [failure] = read_path(path)
    assert isinstance(failure, Failure)
    assert reason in failure.reason
    assert failure.origin == str(path)


def test_a_huge_file_fails_naming_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"Mexico met Canada. " * (50 * 1024 * 1024 // 19))
    [failure] = read_path(path)
    assert isinstance(failure, Failure)
    assert "MB" in failure.reason and "limit" in failure.reason


def test_a_missing_file_fails_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Chile met Peru.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(good)]))
    assert [type(i).__name__ for i in items] == ["Failure", "Article"]
    assert "no such file" in items[0].reason


def test_standard_input_is_sniffed_for_jsonl_and_html():
    jsonl = io.BytesIO(b'{"text": "Chile met Peru.", "published": "2026-01-02"}\n')
    [article] = read_stream(jsonl)
    assert article.published == date(2026, 1, 2)
    [page] = read_stream(io.BytesIO(PAGE.encode()))
    assert "reciprocal access agreement" in page.text
    [text] = read_stream(io.BytesIO(b"Chile met Peru."))
    assert text.text == "Chile met Peru."


def test_same_text_same_identity(tmp_path):
    a = Article(text="Chile met Peru.")
    b = Article(text="Chile met Peru.\n")
    assert a.hash == b.hash and a.id == b.id
