"""The `dyad` command. Each command mirrors a Python call (see README: "The same in Python")."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path

import click

from dyad import parse_date
from dyad.cluster.similarity import MEASURES
from dyad.errors import DyadError
from dyad.output import FORMATS, write_records
from dyad.records import Article, CodingResult, Failure
from dyad.store import DEFAULT_DB, EventQuery, is_server_address, open_store


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


def _coder(dictionaries: tuple[str, ...] = (), all_modalities: bool = False, builtin: bool = True,
           petrarch: bool = False):
    from dyad.code.events import CodingOptions
    from dyad.pipeline import Coder

    options = CodingOptions(all_modalities=all_modalities, petrarch_compatible=petrarch)
    return Coder(dictionaries=dictionaries, options=options, builtin=builtin)


def _coded(inputs: Iterable[Article | Failure], coder, run: Run) -> Iterator[CodingResult]:
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
db_option = click.option("--db", default=DEFAULT_DB, show_default=True,
                         help="The store: a DuckDB file, or a PostgreSQL server: postgresql://user:pw@host/db.")
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
@click.option("--no-builtin", is_flag=True, help="Use only the --dictionaries, not dyad's built-in files.")
@click.option("--petrarch", is_flag=True,
              help="PETRARCH compatibility for imported dictionaries: future and negated acts are coded as "
                   "their patterns say, as PETRARCH does.")
def code(files: tuple[str, ...], published: date | None, format_: str, all_modalities: bool,
         dictionaries: tuple[str, ...], no_builtin: bool, petrarch: bool) -> None:
    """Code FILES (text, HTML or JSONL; - for standard input) and print their records."""
    from dyad.read import read_inputs

    if no_builtin and not dictionaries:
        raise click.UsageError("--no-builtin needs at least one --dictionaries directory")
    from functools import partial

    from dyad.engine.supervised import Supervisor

    run = Run()
    build = partial(_coder, dictionaries, all_modalities, not no_builtin, petrarch)
    with Supervisor(build) as coder:  # a watched worker: a time and memory limit per article
        results = _coded(read_inputs(files, published), coder, run)
        write_records((r for result in results for r in result.records()), sys.stdout, format_)
    sys.exit(1 if run.failed else 0)


def ingest_into(store, inputs: Iterable[Article | Failure], coder, run: Run,
                progress=None, batch: int | None = None) -> tuple[int, int]:
    """Code and store new articles (dyad.ingest): stored ones are skipped before parsing, and the rest are
    committed in batches, so an interrupted run is completed by running it again."""
    from dyad.ingest import BATCH, ingest

    def warn(result: CodingResult) -> None:
        for warning in result.warnings:
            run.warn(result.article.origin, warning)

    counts = ingest(store, inputs, coder, run.fail, warn, progress, batch or BATCH)
    return counts.stored, counts.skipped


@main.command()
@click.argument("files", nargs=-1, required=True)
@published_option
@db_option
@click.option("--workers", type=click.IntRange(min=1), help="Coding processes (default: all cores).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine's cores; ray: a Ray cluster (needs --out).")
@click.option("--address", default="local", show_default=True,
              help="With --engine ray: local (a Ray cluster on this machine), auto (the cluster this "
                   "machine is in), or ray://HEAD:10001.")
@click.option("--out", type=click.Path(file_okay=False), help="Write records as Parquet files to this "
              "directory instead of storing them.")
@click.option("--batch", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles per transaction: an interrupted run loses at most one batch.")
@click.option("--progress/--no-progress", default=None, help="Progress line (default: on a terminal).")
def ingest(files: tuple[str, ...], published: date | None, db: str, workers: int | None, engine: str,
           address: str, out: str | None, batch: int, progress: bool | None) -> None:
    """Code FILES (text, HTML, JSONL, WARC, RSS/Atom, Parquet, .gz of these, directories, feed URLs) and
    store their articles and records; re-ingesting an article changes nothing, so a stopped run is resumed
    by running it again."""
    from dyad.engine import CoderSpec, get_engine
    from dyad.engine.local import all_cores
    from dyad.output.progress import ProgressBar
    from dyad.read import read_inputs

    run = Run()
    coders = get_engine(engine, CoderSpec(), workers or all_cores(), address)
    if out:
        counts = coders.to_parquet(files, Path(out), published)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        click.echo(f"wrote {summary or 'no records'} to {out}", err=True)
        sys.exit(1 if counts.get("failure") else 0)
    if engine != "local":
        raise DyadError("the Ray engine writes Parquet: add --out DIR")
    # A DuckDB file is opened only to look up or write a batch, so another ingest can write in between.
    with open_store(db, hold=False) as store, ProgressBar(progress) as bar:
        stored, skipped = ingest_into(store, read_inputs(files, published), coders, run, bar, batch)
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
@click.option("--speaker", help="Words of the speaker's name or description (Sheinbaum, ministry).")
@click.option("--about", help="Words in the quote.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many quotes.")
@format_option
def quotes(db: str, speaker: str | None, about: str | None, limit: int | None, format_: str) -> None:
    """Query the stored quotes: who said what (direct, partial and reported speech)."""
    from dyad.output.quotes import write_quotes

    with open_store(db) as store:
        write_quotes(store.quotes(speaker=speaker, about=about, limit=limit), sys.stdout, format_)


@main.command()
@db_option
def summary(db: str) -> None:
    """Events per country pair and the most frequent event types in the store."""
    with open_store(db) as store:
        print_summary(store)


def print_summary(store) -> None:
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


@main.command()
@db_option
@click.option("--window", type=click.IntRange(min=0), default=2, show_default=True,
              help="Days apart two reports of one event can be.")
@click.option("--threshold", type=click.FloatRange(0, 1),
              help="Least sentence similarity to merge two reports [default: the measure's own: tfidf 0.1, "
                   "embeddings 0.5].")
@click.option("--similarity", type=click.Choice(sorted(MEASURES)), envvar="DYAD_SIMILARITY",
              default="tfidf", show_default=True,
              help="How sentences are compared: TF-IDF cosine, or sentence embeddings (all-MiniLM-L6-v2; "
                   "needs dyad[embeddings]). Set DYAD_SIMILARITY so analytics cluster new events alike.")
def cluster(db: str, window: int, threshold: float | None, similarity: str) -> None:
    """Collapse reports of the same event by different articles into event clusters (dyad.cluster)."""
    from dyad.cluster import assign_clusters

    with open_store(db) as store:
        clusters = assign_clusters(store, window, threshold, similarity)
    events = sum(len(c.mentions) for c in clusters)
    shared = sum(len(c.sources) > 1 for c in clusters)
    click.echo(f"{events} events in {len(clusters)} clusters; {shared} reported by more than one source")


# ---- analytics, exports and the server (dyad.analyze, dyad.export, dyad.serve) ---------------------------
report_option = click.option("--format", "format_", type=click.Choice(["table", "csv", "jsonl"]),
                             default="table", show_default=True,
                             help="table for people; csv or jsonl for programs.")
period_option = click.option("--by", type=click.Choice(["day", "week", "month"]), default="week",
                             show_default=True)
since_option = click.option("--since", callback=_date_option, metavar="YYYY-MM-DD", help="From this day on.")
until_option = click.option("--until", callback=_date_option, metavar="YYYY-MM-DD", help="Up to this day.")
count_option = click.option(
    "--count", type=click.Choice(["clusters", "mentions"]), default="clusters", show_default=True,
    help="What an event is: clusters counts the reports of one event once (dyad cluster, done as needed), "
         "mentions counts every report.")


@main.command()
@db_option
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many pairs.")
@since_option
@until_option
@count_option
@report_option
def dyads(db: str, top: int, since: date | None, until: date | None, count: str, format_: str) -> None:
    """The busiest country pairs, both directions (dyad.analyze.top_dyads)."""
    from dyad.analyze import top_dyads
    from dyad.analyze.report import write_rows

    with open_store(db) as store:
        rows = top_dyads(store, top, since, until, count)
    columns = ["dyad", "events", *(["mentions"] if count == "clusters" else []), "a_to_b", "b_to_a",
               "verbal_cooperation", "material_cooperation",
               "verbal_conflict", "material_conflict", "goldstein_mean", "articles", "hosts", "last_day"]
    write_rows(rows, columns, sys.stdout, format_, title="Busiest pairs (a-b, either direction)")


@main.command()
@click.argument("side_a", metavar="A")
@click.argument("side_b", metavar="B")
@db_option
@period_option
@since_option
@until_option
@click.option("--direction", type=click.Choice(["combined", "forward", "backward"]), default="combined",
              show_default=True, help="forward is A → B, backward B → A.")
@count_option
@report_option
def series(side_a: str, side_b: str, db: str, by: str, since: date | None, until: date | None, direction: str,
           count: str, format_: str) -> None:
    """Events of the pair A, B per period: quad classes, Goldstein, sources (dyad.analyze.dyad_series).

    A and B are country codes, optionally with a sector: dyad series USAGOV MEX --by month"""
    from dyad.analyze import dyad_series
    from dyad.analyze.report import write_rows

    with open_store(db) as store:
        result = dyad_series(store, f"{side_a}-{side_b}", by, since, until, count)
    rows = [p.to_dict() for p in result.direction(direction)]
    arrow = {"combined": "⇄", "forward": "→", "backward": "←"}[direction]
    columns = ["period", "events", *(["mentions"] if count == "clusters" else []), "verbal_cooperation",
               "material_cooperation", "verbal_conflict",
               "material_conflict", "goldstein_sum", "goldstein_mean", "conflict_score", "articles", "hosts"]
    title = f"{result.dyad.a.code} {arrow} {result.dyad.b.code} by {by}"
    write_rows(rows, columns, sys.stdout, format_, title=title)


@main.command()
@db_option
@click.option("--since", callback=_date_option, metavar="YYYY-MM-DD",
              help="Test every period from this day on (default: the latest period and the one before).")
@until_option
@period_option
@click.option("--window", type=click.IntRange(min=2), default=8, show_default=True, help="Baseline periods.")
@click.option("--threshold", type=float, default=2.0, show_default=True, help="z-score that fires.")
@click.option("--min-events", type=click.IntRange(min=1), default=5, show_default=True,
              help="Conflict events a period needs before it can fire.")
@count_option
@click.option("--format", "format_", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
def alerts(db: str, since: date | None, until: date | None, by: str, window: int, threshold: float,
           min_events: int, count: str, format_: str) -> None:
    """Escalation alerts: a dyad's conflict score against its own recent baseline (dyad.analyze.alerts)."""
    from dyad.analyze import AlertRule
    from dyad.analyze import alerts as find_alerts
    from dyad.analyze.report import write_rows

    rule = AlertRule(by=by, window=window, threshold=threshold, min_events=min_events, count=count)
    with open_store(db) as store:
        found = [a.to_dict() for a in find_alerts(store, rule, since, until)]
    if format_ == "table":
        click.echo(f"rule: {rule.describe()}")
        if not found:
            click.echo("no alert fired")
            return
        for alert in found:
            top = alert["drivers"][0]["sentence"] if alert["drivers"] else ""
            alert["driver"] = top if len(top) < 90 else top[:87] + "..."
    columns = ["dyad", "period", "conflict_score", "conflict_events", "baseline_mean", "baseline_sd", "z",
               "driver"]
    write_rows(found, columns, sys.stdout, format_, title="Escalation alerts")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; anything but loopback exposes the store (set DYAD_READ_TOKEN).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--no-warm", is_flag=True, help="Do not compute the overview's analytics at start.")
def serve(db: str, host: str, port: int, no_warm: bool) -> None:
    """Serve the dashboard and the HTTP API (DYAD_TOKEN enables writing, DYAD_READ_TOKEN guards reading)."""
    from dyad.serve import run_server

    if not is_server_address(db) and not Path(db).exists():
        raise DyadError(f"no store at {db}: create one with dyad ingest or dyad demo, or pass --db")
    run_server(db, host, port, warm=not no_warm)


@main.command()
@db_option
@click.option("--format", "format_", type=click.Choice(["csv", "parquet", "gdelt", "plover"]), default="csv",
              show_default=True, help="gdelt: GDELT 2.0 event TSV (61 columns); plover: PLOVER JSON Lines.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="File to write (default: standard output).")
@click.option("--dyad", "dyad_", metavar="SRC-TGT", help="Source then target: USA-MEX, USAGOV-MEX.")
@click.option("--both-directions", is_flag=True, help="With --dyad: events in either direction.")
@click.option("--country", help="Events with this country on either side.")
@click.option("--actor", help="Actor code on either side: USAGOV.")
@click.option("--code", help="CAMEO code or prefix (19 = all fighting).")
@click.option("--plover", help="PLOVER event type: ASSAULT, CONSULT, ...")
@click.option("--modality", type=click.Choice(["asserted", "negated", "hypothetical", "planned"]))
@since_option
@until_option
@click.option("--text", "text", help="Words in the event's sentence.")
def export(db: str, format_: str, output: str, dyad_: str | None, both_directions: bool, country: str | None,
           actor: str | None, code: str | None, plover: str | None, modality: str | None, since: date | None,
           until: date | None, text: str | None) -> None:
    """Export stored events as CSV, Parquet, GDELT 2.0 TSV or PLOVER JSON (dyad.export.export_events)."""
    from dyad.analyze import EventFilter
    from dyad.export import export_events

    where = EventFilter(dyad=dyad_, both=both_directions, country=country, actor=actor, code=code,
                        plover=plover, modality=modality, since=since, until=until, q=text)
    if format_ == "parquet" and output == "-" and sys.stdout.isatty():
        raise DyadError("Parquet is binary: write it to a file with --output events.parquet")
    with open_store(db) as store:
        if output == "-":
            export_events(store, sys.stdout.buffer, format_, where)
        else:
            with open(output, "wb") as out:
                export_events(store, out, format_, where)


# ---- dictionaries (dyad.knowledge.petrarch) --------------------------------------------------------------
@main.group()
def dictionaries() -> None:
    """Bring coding dictionaries of other coders into dyad's own data format."""


@dictionaries.command("import-petrarch")
@click.option("--verbs", "verbs", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A PETRARCH/TABARI verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt).")
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An actor dictionary (repeat for several: Phoenix.Countries.actors.txt ...).")
@click.option("--agents", "agents", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An agent dictionary (Phoenix.agents.txt).")
@click.option("--discards", "discards", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A discard list (Phoenix.discards.txt).")
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Directory to write dyad's files into (created if needed); use it with dyad code "
                   "--dictionaries.")
@click.option("--keep-places", is_flag=True,
              help="Import every name listed under a country as an actor, cities and regions included, as "
                   "PETRARCH does (by default they go to places.tsv).")
def import_petrarch_command(verbs: tuple[str, ...], actors: tuple[str, ...], agents: tuple[str, ...],
                            discards: tuple[str, ...], out: str, keep_places: bool) -> None:
    """Convert PETRARCH dictionaries (verbs, actors with dated roles, agents, discards) into dyad's files."""
    from dyad.knowledge.petrarch import import_petrarch

    if not (verbs or actors or agents or discards):
        raise click.UsageError("name at least one dictionary: --verbs, --actors, --agents or --discards")
    report = import_petrarch(Path(out), verbs=[Path(p) for p in verbs], actors=[Path(p) for p in actors],
                             agents=[Path(p) for p in agents], discards=[Path(p) for p in discards],
                             keep_places=keep_places)
    for warning in report.warnings:
        click.echo(f"dyad: warning: {warning}", err=True)
    click.echo(report.summary())


def entry() -> None:
    try:
        main(standalone_mode=True)
    except DyadError as error:
        click.echo(f"dyad: error: {error}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    entry()
