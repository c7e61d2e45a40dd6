"""The `dyad` command. Each command mirrors a Python call (see README: "The same in Python")."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path

import click

from dyad import parse_date
from dyad.errors import DyadError
from dyad.output import FORMATS, write_records
from dyad.records import Article, CodingResult, Failure
from dyad.store import DEFAULT_DB, EventQuery, open_store


class Run:
    """What a command saw go wrong; the exit status is 1 when any input failed."""

    def __init__(self) -> None:
        self.failed = 0

    def fail(self, failure: Failure) -> None:
        self.failed += 1
        click.echo(f"dyad: {failure.origin}: {failure.reason}", err=True)

    def warn(self, origin: str, message: str) -> None:
        click.echo(f"dyad: {origin}: warning: {message}", err=True)


def _date_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_date(value)
    except DyadError as error:
        raise click.BadParameter(str(error)) from None


def _coder(dictionaries: tuple[str, ...] = (), all_modalities: bool = False, builtin: bool = True):
    from dyad.code.events import CodingOptions
    from dyad.pipeline import Coder

    return Coder(dictionaries=dictionaries, options=CodingOptions(all_modalities=all_modalities), builtin=builtin)


def _coded(inputs: Iterable[Article | Failure], coder, run: Run) -> Iterator[CodingResult]:  # noqa: ANN001
    for item in coder.code_many(inputs):
        if isinstance(item, Failure):
            run.fail(item)
            continue
        for warning in item.warnings:
            run.warn(item.article.origin, warning)
        yield item


published_option = click.option(
    "--published", callback=_date_option, metavar="YYYY-MM-DD",
    help="Publication date of every input, overriding dates found in JSONL fields or HTML metadata.",
)
db_option = click.option("--db", default=DEFAULT_DB, show_default=True, help="The store (a DuckDB file).")
format_option = click.option("--format", "format_", type=click.Choice(sorted(FORMATS)), default="jsonl",
                             show_default=True, help="jsonl holds every record; csv and table hold events.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dyad")
def main() -> None:
    """dyad reads news about international relations and codes who did what to whom."""


@main.command()
@click.argument("files", nargs=-1, required=True)
@published_option
@format_option
@click.option("--all-modalities", is_flag=True, help="Also emit negated, hypothetical and planned acts.")
@click.option("--dictionaries", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="A directory of extra coding data files, used beside the built-in ones.")
def code(files: tuple[str, ...], published: date | None, format_: str, all_modalities: bool,
         dictionaries: tuple[str, ...]) -> None:
    """Code FILES (text, HTML or JSONL; - for standard input) and print their records."""
    from dyad.read import read_inputs

    run = Run()
    coder = _coder(dictionaries, all_modalities)
    records = (r for result in _coded(read_inputs(files, published), coder, run) for r in result.records())
    write_records(records, sys.stdout, format_)
    sys.exit(1 if run.failed else 0)


def ingest_into(store, inputs: Iterable[Article | Failure], coder, run: Run) -> tuple[int, int]:  # noqa: ANN001
    """Code and store new articles; articles already stored (same text) are skipped before parsing."""
    stored = skipped = 0

    def new_only() -> Iterator[Article | Failure]:
        nonlocal skipped
        for item in inputs:
            if isinstance(item, Failure):
                store.add_failure(item)
                yield item
            elif store.has_article(item.hash):
                skipped += 1
            else:
                yield item

    for item in coder.code_many(new_only()):
        if isinstance(item, Failure):
            if item.article_id is not None:
                store.add_failure(item)
            run.fail(item)
            continue
        for warning in item.warnings:
            run.warn(item.article.origin, warning)
        if store.add(item):
            stored += 1
        else:
            skipped += 1
    return stored, skipped


@main.command()
@click.argument("files", nargs=-1, required=True)
@published_option
@db_option
def ingest(files: tuple[str, ...], published: date | None, db: str) -> None:
    """Code FILES and store their articles and records; re-ingesting an article changes nothing."""
    from dyad.read import read_inputs

    run = Run()
    with open_store(db) as store:
        stored, skipped = ingest_into(store, read_inputs(files, published), _coder(), run)
    click.echo(f"stored {stored} article(s), skipped {skipped} already stored, {run.failed} failed", err=True)
    sys.exit(1 if run.failed else 0)


@main.command()
@db_option
@click.option("--dyad", "dyad_", metavar="SRC-TGT", help="Country pair, source then target (USA-MEX).")
@click.option("--both-directions", is_flag=True, help="With --dyad: events in either direction.")
@click.option("--country", help="Events with this country on either side.")
@click.option("--since", callback=_date_option, metavar="YYYY-MM-DD", help="Events dated on or after.")
@click.option("--until", callback=_date_option, metavar="YYYY-MM-DD", help="Events dated on or before.")
@click.option("--code", help="CAMEO code or prefix (19 = all fighting).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@format_option
def events(db: str, dyad_: str | None, both_directions: bool, country: str | None, since: date | None,
           until: date | None, code: str | None, limit: int | None, format_: str) -> None:
    """Query the stored events."""
    query = EventQuery(dyad=dyad_, both_directions=both_directions, country=country, since=since,
                       until=until, code=code, limit=limit)
    with open_store(db) as store:
        write_records(store.events(query), sys.stdout, format_)


@main.command()
@db_option
def summary(db: str) -> None:
    """Events per country pair and the most frequent event types in the store."""
    with open_store(db) as store:
        print_summary(store)


def print_summary(store) -> None:  # noqa: ANN001
    from rich.console import Console
    from rich.table import Table

    console = Console(width=120)
    counts = store.counts()
    console.print(f"{counts['articles']} articles, {counts['events']} events, {counts['actors']} actors, "
                  f"{counts['failures']} failed inputs")
    pairs = Table(title="Events per dyad (source → target)")
    for column in ("source", "target", "events", "mean Goldstein"):
        pairs.add_column(column)
    for source, target, n, goldstein in store.dyad_counts(12):
        pairs.add_row(source, target, str(n), f"{goldstein:+.1f}")
    console.print(pairs)
    types = Table(title="Top event types")
    for column in ("CAMEO", "name", "events"):
        types.add_column(column)
    for code_, name, n in store.code_counts(12):
        types.add_row(code_, name, str(n))
    console.print(types)


@main.command()
@db_option
def failures(db: str) -> None:
    """Inputs that could not be coded, with the reason."""
    with open_store(db) as store:
        for origin, reason in store.failures():
            click.echo(f"{origin}\t{reason}")


@main.command()
@db_option
def demo(db: str) -> None:
    """Code the bundled sample corpus into the store and print a summary."""
    from dyad.read import read_path

    sample = resources.files("dyad") / "data" / "sample" / "articles.jsonl"
    run = Run()
    with resources.as_file(sample) as path, open_store(db) as store:
        stored, skipped = ingest_into(store, read_path(Path(path)), _coder(), run)
        click.echo(f"stored {stored} sample article(s) in {db} ({skipped} already there)")
        print_summary(store)
    sys.exit(1 if run.failed else 0)


def entry() -> None:
    try:
        main(standalone_mode=True)
    except DyadError as error:
        click.echo(f"dyad: error: {error}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    entry()
