"""Exports of stored events: CSV, Parquet, GDELT 2.0 event TSV and PLOVER JSON Lines.

Each format is a writer over the same stream of events (`dyad.analyze.iter_events`, any filter), so the
CLI (`dyad export`) and the API (`GET /api/export`) give byte-for-byte the same files.
"""

from dyad.export.writers import EXPORT_FORMATS, ExportFormat, export_events

__all__ = ["EXPORT_FORMATS", "ExportFormat", "export_events"]
