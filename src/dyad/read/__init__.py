"""Reading input: files, directories' worth of paths, or standard input, into Articles (or Failures)."""

from dyad.read.sources import read_inputs, read_path, read_stream

__all__ = ["read_inputs", "read_path", "read_stream"]
