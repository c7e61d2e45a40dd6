"""A Ray cluster (Ray Data): files are read where they lie, coded by actors that each load the spaCy
pipeline once and keep it, and written as record Parquet files, the same records the local engine writes.

    dyad ingest --engine ray --address auto articles/ --out records/   # an existing cluster
    dyad ingest --engine ray --address local day.jsonl --out records/  # a Ray cluster on this machine

Reading uses dyad's own readers on each file's bytes (`read_handle`), so a line, a WARC record or a
Parquet row becomes the same article, with the same origin, as it does locally. Each actor codes in one
watched process (dyad.engine.supervised), so an article over the time limit or the memory cap, or one
that crashes its coder, fails alone, as it does locally.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dyad.engine import CoderSpec, Engine, Item, Result
from dyad.engine.supervised import Limits, Supervisor
from dyad.errors import DyadError
from dyad.records import Article, Failure

ARTICLES_PER_BLOCK = 64  # small blocks so that one big file still spreads over every actor
BATCH = 16


def _to_row(item: Item) -> dict[str, Any]:
    if isinstance(item, Failure):
        return {"kind": "failure", "origin": item.origin, "reason": item.reason, "text": None, "id": None,
                "title": None, "url": None, "published": None, "hash": None}
    return {"kind": "article", "origin": item.origin, "reason": None, "text": item.text, "id": item.id,
            "title": item.title, "url": item.url,
            "published": item.published.isoformat() if item.published else None, "hash": item.hash}


def _from_row(row: dict[str, Any]) -> Item:
    if row["kind"] == "failure":
        return Failure(origin=row["origin"], reason=row["reason"])
    published = date.fromisoformat(row["published"]) if row["published"] else None
    return Article(text=row["text"], id=row["id"], title=row["title"], url=row["url"], published=published,
                   origin=row["origin"], hash=row["hash"])


def _file_articles(published: str | None) -> Any:
    def read(row: dict[str, Any]) -> list[dict[str, Any]]:
        from dyad.read.sources import read_handle

        path = str(row["path"])
        day = date.fromisoformat(published) if published else None
        return [_to_row(item) for item in read_handle(io.BytesIO(row["bytes"]), path, Path(path).name, day)]

    return read


class CoderActor:
    """One per Ray worker: the Coder is built once (in a watched process, with `limits`), then codes batch
    after batch."""

    def __init__(self, spec: CoderSpec, limits: Limits | None) -> None:
        self.coder = spec.build() if limits is None else Supervisor(spec.build, 1, limits,
                                                                     batch_size=spec.batch_size)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        from dyad.engine.parquet import record_rows, schema

        items = [_from_row(row) for row in batch.to_pylist()]
        rows = [row for result in self.coder.code_many(items) for row in record_rows(result)]
        return pa.Table.from_pylist(rows, schema=schema())


def connect(address: str, workers: int) -> None:
    """`local` starts a Ray cluster on this machine for `workers` coding actors; `auto` joins the cluster this
    machine belongs to; anything else (`ray://head:10001`) is the address of one."""
    import ray

    if ray.is_initialized():
        return
    if address == "local":
        # One CPU beyond the coding actors, for the tasks that read files and cut them into blocks.
        ray.init(num_cpus=workers + 1, include_dashboard=False, log_to_driver=False, configure_logging=False)
    else:
        ray.init(address=address, log_to_driver=False, configure_logging=False)


@dataclass(slots=True)
class RayEngine(Engine):
    address: str = "local"
    limits: Limits | None = field(default_factory=Limits.from_env)  # None: the coder runs in the actor

    def code_many(self, items: Iterable[Item]) -> Iterator[Result]:
        raise DyadError("the Ray engine reads and writes files: dyad ingest --engine ray INPUT --out DIR")

    def to_parquet(self, inputs: Sequence[str], out: Path, published: date | None = None) -> dict[str, int]:
        try:
            import ray.data
        except ImportError:
            raise DyadError('the Ray engine needs Ray: pip install "ray[data]"') from None
        from dyad.engine.parquet import read_counts

        connect(self.address, self.workers)
        paths = [str(Path(p).resolve()) if "://" not in p else p for p in inputs]
        files = ray.data.read_binary_files(paths, include_paths=True)
        articles = files.flat_map(_file_articles(published.isoformat() if published else None))
        coded = articles.repartition(target_num_rows_per_block=ARTICLES_PER_BLOCK).map_batches(
            CoderActor, fn_constructor_args=(self.spec, self.limits), batch_size=BATCH,
            batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=self.workers), num_cpus=1,
        )
        coded.write_parquet(str(out))
        return read_counts(out)
