"""What the fuzz tests share: how many inputs to generate, strategies for hostile documents (text, HTML,
JSON Lines, feeds, web archives, bytes) and the contract every reader keeps.

The contract: a reader yields Articles and Failures and nothing else, never raises, never hangs, and a
Failure says why in words (never a bare exception name). CI runs a reduced count of inputs
(DYAD_FUZZ_EXAMPLES, 12,000 by default, shared among the reader tests by weight); a longer run sets it
higher:

    DYAD_FUZZ_EXAMPLES=200000 .venv/bin/python -m pytest tests/read/test_fuzz_readers.py
"""

from __future__ import annotations

import io
import json
import os
import time
from collections import Counter
from datetime import date

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from dyad.records import Article, Failure

TOTAL = int(os.environ.get("DYAD_FUZZ_EXAMPLES", "12000"))
CODE_TOTAL = int(os.environ.get("DYAD_FUZZ_CODE_EXAMPLES", "1000"))
SECONDS_PER_INPUT = float(os.environ.get("DYAD_FUZZ_SECONDS", "10"))  # no generated input may take longer
RUN = Counter()  # inputs each fuzz test ran, reported at the end of the session


def fuzz_settings(share: float, total: int = TOTAL) -> settings:
    """Hypothesis settings for a test that runs `share` of the `total` inputs."""
    return settings(
        max_examples=max(20, int(total * share)),
        deadline=None,  # timing is checked by `timed`, with a limit that does not flake under load
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
        print_blob=True,
    )


def timed(name: str, run, *args, limit: float = SECONDS_PER_INPUT):
    """`run(*args)`, counted under `name`, failing if it takes longer than `limit` seconds."""
    RUN[name] += 1
    started = time.monotonic()
    result = run(*args)
    took = time.monotonic() - started
    assert took < limit, f"{name} took {took:.1f} s on one generated input (limit {limit} s)"
    return result


def check_items(items, origin_prefix: str = "") -> list[Article | Failure]:
    """The reader's contract on what it yielded."""
    items = list(items)
    for item in items:
        assert isinstance(item, Article | Failure), type(item)
        if isinstance(item, Failure):
            assert isinstance(item.reason, str) and len(item.reason) > 5, item
            # the readers' safety net names an unexpected exception: a bug to fix, not a reason
            assert not item.reason.startswith("reading failed"), item.reason
            assert item.origin.startswith(origin_prefix), (item.origin, origin_prefix)
        else:
            assert isinstance(item.text, str) and item.text.strip(), item
            item.text.encode("utf-8")  # storable: no unpaired surrogates
            assert item.title is None or isinstance(item.title, str)
            assert item.url is None or isinstance(item.url, str)
            assert item.published is None or isinstance(item.published, date)
            assert item.hash and item.id
            assert item.origin.startswith(origin_prefix), (item.origin, origin_prefix)
    return items


# ---- text ------------------------------------------------------------------------------------------------
WORDS = [
    "Mexico",
    "Canada",
    "Russia",
    "Ukraine",
    "Washington",
    "the",
    "president",
    "said",
    "attacked",
    "signed",
    "agreement",
    "troops",
    "on",
    "Friday",
    "not",
    "would",
    "and",
    "(",
    ")",
    '"',
    "'",
    ",",
    ".",
    "?",
    "!",
    "\n",
    "\n\n",
    "—",
    "-",
    ":",
    ";",
    "http://x.example/a",
    "<",
    ">",
    "&",
    "{",
    "}",
    "[",
    "]",
    "\\",
    "\t",
    "U.S.",
    "Mr.",
    "Jan. 5",
    "2026-03-06",
    "last week",
    "she",
    "they",
    "it",
    "Iran's",
    "ﬁ",
    "İ",
    "ß",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\x00",
    "\x1b",
    "\r",
    "\u2028",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "😀",
    "👩‍👩‍👧",
    "\U0010ffff",
]
word_soup = st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join)
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=1500)
texts = st.one_of(word_soup, any_text, st.tuples(word_soup, any_text).map("".join))

# ---- HTML ------------------------------------------------------------------------------------------------
TAGS = [
    "p",
    "div",
    "span",
    "article",
    "section",
    "main",
    "body",
    "head",
    "html",
    "title",
    "h1",
    "h2",
    "a",
    "b",
    "i",
    "em",
    "br",
    "hr",
    "img",
    "script",
    "style",
    "iframe",
    "frame",
    "object",
    "embed",
    "svg",
    "math",
    "template",
    "noscript",
    "table",
    "tr",
    "td",
    "th",
    "ul",
    "li",
    "form",
    "input",
    "textarea",
    "xmp",
    "plaintext",
    "meta",
    "link",
    "base",
    "nav",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "video",
    "source",
    "time",
    "blockquote",
    "q",
    "pre",
    "code",
    "select",
    "option",
    "details",
    "dialog",
    "x-custom",
    "font",
]
ATTRIBUTES = [
    ("onerror", "alert(1)"),
    ("onload", "window.hacked=1"),
    ("onclick", "fetch('http://evil.example')"),
    ("href", "javascript:alert(1)"),
    ("href", "http://evil.example/x"),
    ("href", "//evil.example"),
    ("src", "http://evil.example/a.png"),
    ("src", "data:text/html,<script>alert(1)</script>"),
    ("srcset", "http://evil.example/1x.png 1x"),
    ("style", "background:url(http://evil.example/b)"),
    ("http-equiv", "refresh"),
    ("content", "0;url=http://evil.example"),
    ("property", "og:url"),
    ("name", "date"),
    ("content", "2026-03-06"),
    ("property", "article:published_time"),
    ("content", "9999-99-99T99:99"),
    ("class", "article-body"),
    ("id", "main"),
    ("lang", "en"),
    ("charset", "utf-16"),
    ("xmlns", "http://www.w3.org/2000/svg"),
    ("data-x", "\x00\u202e"),
]
ENTITIES = [
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&nbsp;",
    "&#0;",
    "&#x110000;",
    "&#xD800;",
    "&#99999999;",
    "&bogus;",
    "&",
    "&#",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]
SPECIAL = [
    "<!-- comment -->",
    "<!--",
    "-->",
    "<![CDATA[x]]>",
    "<?php echo 1 ?>",
    "<!DOCTYPE html>",
    "</p>",
    "</div></div></div>",
    "<p",
    "<",
    ">",
    "<script>alert(1)</script>",
    "<!doctype",
    "<?xml version='1.0' encoding='utf-16'?>",
    "\x00",
    "\ufeff",
]

html_text = st.one_of(
    word_soup, st.sampled_from(ENTITIES), st.sampled_from(SPECIAL), any_text.map(lambda t: t[:80])
)


def _element(children):
    def build(parts):
        tag, attributes, inner, closed = parts
        attrs = "".join(f' {name}="{value}"' for name, value in attributes)
        return f"<{tag}{attrs}>{''.join(inner)}" + (f"</{tag}>" if closed else "")

    return st.tuples(
        st.sampled_from(TAGS),
        st.lists(st.sampled_from(ATTRIBUTES), max_size=4),
        st.lists(children, max_size=5),
        st.booleans(),
    ).map(build)


html_fragment = st.recursive(html_text, _element, max_leaves=40)
html_pages = st.tuples(
    st.sampled_from(["<!DOCTYPE html><html><head>", "<html>", "<html><head>", "", "<!doctype html>"]),
    st.lists(html_fragment, max_size=6),
    st.sampled_from(["</body></html>", "", "</html>", "<body>"]),
).map(lambda parts: parts[0] + "<title>T</title><body><article>" + "".join(parts[1]) + parts[2])

# ---- JSON Lines ------------------------------------------------------------------------------------------
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    texts,
    st.sampled_from(
        ["2026-03-06", "2026-02-30", "0000-00-00", "99999-01-01", "2026-03-06T10:00:00+99:00", ""]
    ),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
FIELDS = ["id", "text", "url", "published", "title"]
records = st.dictionaries(st.sampled_from([*FIELDS, "extra"]), json_values, max_size=6)
good_records = st.fixed_dictionaries(
    {"text": texts},
    optional={"id": json_values, "url": json_values, "published": json_values, "title": texts},
)


def json_line(value) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=True)


LINE_DAMAGE = [
    "",
    "{",
    "}",
    "[]",
    "null",
    '{"text": "a\\ud800b"}',
    '{"text": "\\udfff"}',
    '{"text": 1e999}',
    '{"text": "x", "text": 5}',
    '{"text": "' + "\\" * 3 + '"}',
    "\ufeff{}",
    "\x00",
    '{"text": "x"} trailing',
    '{"text": "Mexico met Canada.", "published": {"$date": 1}}',
    "[" * 10_000 + "]" * 10_000,
    '{"a":' * 3000 + "1" + "}" * 3000,
]
jsonl_lines = st.one_of(
    records.map(json_line),
    good_records.map(json_line),
    st.sampled_from(LINE_DAMAGE),
    texts,
)
jsonl_documents = st.lists(jsonl_lines, max_size=12).map("\n".join)

# ---- feeds -----------------------------------------------------------------------------------------------
FEED_TEXT = st.one_of(word_soup, html_fragment.map(lambda h: h[:400]), st.sampled_from(ENTITIES + SPECIAL))


def _cdata_or_escaped(value: str, use_cdata: bool) -> str:
    if use_cdata:
        return "<![CDATA[" + value.replace("]]>", "]]&gt;") + "]]>"
    return value.replace("&", "&amp;").replace("<", "&lt;")


def _rss(parts) -> str:
    entries, use_cdata, raw = parts
    items = "".join(
        f"<item><title>{_cdata_or_escaped(t, use_cdata)}</title><link>{link}</link>"
        f"<pubDate>{day}</pubDate><description>{_cdata_or_escaped(body, use_cdata)}</description></item>"
        for t, link, day, body in entries
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>{raw}{items}'
        "</channel></rss>"
    )


def _atom(parts) -> str:
    entries, use_cdata, raw = parts
    items = "".join(
        f'<entry><title>{_cdata_or_escaped(t, use_cdata)}</title>'
        f'<link href="{link}"/><updated>{day}</updated>'
        f'<content type="html">{_cdata_or_escaped(body, use_cdata)}</content></entry>'
        for t, link, day, body in entries
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">{raw}{items}</feed>'
    )


feed_entries = st.lists(
    st.tuples(
        FEED_TEXT,
        st.sampled_from(["https://news.example/a", "javascript:alert(1)", "", "&", "file:///etc/passwd"]),
        st.sampled_from(
            ["Fri, 06 Mar 2026 10:00:00 GMT", "2026-03-06T10:00:00Z", "garbage", "", "31 Feb 2026"]
        ),
        FEED_TEXT,
    ),
    max_size=5,
)
FEED_RAW = [
    "",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    "<unknown><deep/></unknown>",
    "&undefined;",
    "<item>",
    "</channel>",
    "<![CDATA[",
    "\x00",
]
feeds = st.tuples(feed_entries, st.booleans(), st.sampled_from(FEED_RAW)).flatmap(
    lambda parts: st.sampled_from([_rss(parts), _atom(parts)])
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    + ']><rss version="2.0"><channel><item><title>&lol9;</title><description>&lol9;</description></item>'
    "</channel></rss>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "http://evil.example/x">'
    '<!ENTITY f SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&x;&f;</title>'
    "<description>Mexico met Canada.</description></item></channel></rss>"
)


# ---- web archives ----------------------------------------------------------------------------------------
def warc_bytes(records: list[tuple[str, str, bytes]], gzip: bool) -> bytes:
    """A WARC file of HTTP responses (url, content type, payload), written with warcio."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for url, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
        )
    return out.getvalue()


warc_records = st.lists(
    st.tuples(
        st.sampled_from(["https://news.example/a", "javascript:alert(1)", "", "http://[::1"]),
        st.sampled_from(["text/html; charset=utf-8", "text/html; charset=latin-1", "application/pdf", ""]),
        st.one_of(html_pages.map(lambda h: h.encode("utf-8", "surrogatepass")), st.binary(max_size=300)),
    ),
    max_size=4,
)


def mutate(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    """`data` with some bytes replaced: a damaged file."""
    if not data:
        return data
    damaged = bytearray(data)
    for position, value in flips:
        damaged[position % len(damaged)] = value
    return bytes(damaged)


byte_flips = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=4)
