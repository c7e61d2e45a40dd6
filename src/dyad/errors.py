"""Errors a user can act on. The CLI prints them as one line, never as a traceback."""


class DyadError(Exception):
    """Base for errors caused by input or configuration rather than by a bug."""


class InputError(DyadError):
    """An input document cannot be read or coded (empty, binary, too large, malformed)."""


class DataFileError(DyadError):
    """A coding-knowledge data file is malformed."""
