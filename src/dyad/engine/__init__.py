"""Where articles are coded: in this process, on all local cores, or on a Ray cluster.

An engine has one job, `code_many(items) -> results`, the same contract as `Coder.code_many`: articles
in, a `CodingResult` or a `Failure` out for each (in any order), so ingest and output never care which
engine ran. `to_parquet` writes records as Parquet; an engine that reads and writes files itself (Ray)
overrides it. Adding Spark or Dask is one more module with these two methods and a line in `ENGINES`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyad.records import Article, CodingResult, Failure

Item = Article | Failure
Result = CodingResult | Failure


@dataclass(frozen=True, slots=True)
class CoderSpec:
    """How to build a Coder, small enough to send to a worker process or a cluster node."""

    dictionaries: tuple[str, ...] = ()
    all_modalities: bool = False
    builtin: bool = True
    batch_size: int = 32

    def build(self) -> Any:
        from dyad.code.events import CodingOptions
        from dyad.pipeline import Coder

        options = CodingOptions(all_modalities=self.all_modalities)
        return Coder(dictionaries=self.dictionaries, options=options, builtin=self.builtin)


@dataclass(slots=True)
class Engine:
    spec: CoderSpec = field(default_factory=CoderSpec)
    workers: int = 1

    def code_many(self, items: Iterable[Item]) -> Iterator[Result]:
        raise NotImplementedError

    def to_parquet(self, inputs: Sequence[str], out: Path, published: Any = None) -> dict[str, int]:
        """Read `inputs`, code them, write Parquet record files under `out`; counts of what was written."""
        from dyad.engine.parquet import write_results
        from dyad.read import read_inputs

        return write_results(self.code_many(read_inputs(inputs, published)), out)


def get_engine(name: str, spec: CoderSpec, workers: int, address: str = "local") -> Engine:
    if name == "local":
        from dyad.engine.local import LocalEngine

        return LocalEngine(spec, workers)
    if name == "ray":
        from dyad.engine.ray_engine import RayEngine

        return RayEngine(spec, workers, address)
    raise ValueError(f"unknown engine {name!r}: local or ray")


ENGINES = ("local", "ray")
