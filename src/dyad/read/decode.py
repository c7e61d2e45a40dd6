"""Turning bytes into text, refusing what is not text with a reason a user can act on."""

from __future__ import annotations

from dyad.errors import InputError

MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article, even as a bloated web page, is far below this


def decode(data: bytes) -> str:
    if not data.strip():
        raise InputError("empty input")
    if b"\x00" in data[:8192]:
        raise InputError("binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})") from None
    if not text.strip():
        raise InputError("empty input")
    return text


def check_size(size: int, limit: int = MAX_FILE_BYTES) -> None:
    if size > limit:
        most = f"{limit / 2**20:g} MB"
        if size == limit + 1:  # read only up to the limit: its full size is not known
            raise InputError(f"input is over the limit of {most} per document")
        raise InputError(f"input is {size / 2**20:.1f} MB, over the limit of {most} per document")
