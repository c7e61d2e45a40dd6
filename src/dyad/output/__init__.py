"""Writing records for people and other tools: JSON Lines, CSV, or a terminal table."""

from dyad.output.formats import EVENT_COLUMNS, FORMATS, flatten_event, write_records

__all__ = ["EVENT_COLUMNS", "FORMATS", "flatten_event", "write_records"]
