"""Web archives (WARC, as crawlers such as Common Crawl's news crawl write them): each HTML response is an
article, its URL taken from the record and its main text extracted as for any web page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from dyad.errors import InputError
from dyad.read.decode import MAX_FILE_BYTES, check_size, decode
from dyad.read.html import read_html
from dyad.records import Article, Failure


def read_warc(handle: BinaryIO, origin: str) -> Iterator[Article | Failure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = pages = 0
    try:
        for number, record in enumerate(ArchiveIterator(handle), start=1):
            records = number
            if record.rec_type != "response":
                continue
            headers = record.http_headers
            content_type = (headers.get_header("Content-Type") or "") if headers else ""
            if "html" not in content_type.lower():
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}:{number}"
            try:
                data = record.content_stream().read(MAX_FILE_BYTES + 1)  # a record's size is not trusted
                check_size(len(data))
                article = read_html(decode(data), where)
            except InputError as error:
                yield Failure(origin=where, reason=str(error))
                continue
            article.url = article.url or url
            yield article
    except ArchiveLoadFailed as error:
        yield Failure(origin=origin, reason=f"not a readable WARC file: {error}")
    except Exception as error:  # warcio raises many kinds on a damaged file: the rest of the batch goes on
        yield Failure(origin=origin, reason=f"not a readable WARC file: {type(error).__name__}: {error}")
    else:  # a file that gives nothing says why, rather than passing in silence
        if not records:
            yield Failure(origin=origin, reason="not a readable WARC file: no WARC records found")
        elif not pages:
            yield Failure(origin=origin, reason=f"the WARC file's {records} record(s) hold no HTML response")
