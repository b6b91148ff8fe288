"""The collection commands: collect, sources, reanalyze."""

from __future__ import annotations

import sys

import click

import kabar.api as api
from kabar.cli.common import (
    db_option,
    errors,
    existing_store,
    main,
    nice_option,
    report_problems,
    waiting,
)


@main.command()
@click.argument("sources_file", metavar="SOURCES.toml", type=click.Path(dir_okay=False))
@db_option
@click.option("--once", "mode", flag_value="once", default=True, help="Collect once and exit.")
@click.option(
    "--every", metavar="INTERVAL", help="Collect again every INTERVAL (10m, 1h) until stopped."
)
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="TOML settings for the analysis of collected articles.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Analyse each batch of fetched pages locally or on a Dask cluster.",
)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: a local cluster).")
@nice_option
def collect(
    sources_file: str,
    db: str,
    mode: str,
    every: str | None,
    config_path: str | None,
    engine: str,
    scheduler: str | None,
    niceness: int,
) -> None:
    """Collect new articles from the feeds, sitemaps and section pages in SOURCES.toml."""
    import signal
    import threading

    api.yield_cpu(niceness)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with errors():
        settings = api.load_settings(config_path)
        reports = api.collect(
            sources_file,
            db,
            every=every,
            stop=stop,
            settings=settings,
            engine=engine,
            scheduler=scheduler,
            progress=lambda report: click.echo(f"kabar: {report.line()}", err=True),
        )
    failures = [(s.name, f) for report in reports for s in report.sources for f in s.failures]
    for name, failure in failures:
        click.echo(f"kabar: {name}: {failure.url}: {failure.reason}", err=True)
    sys.exit(1 if failures else 0)


@main.command()
@db_option
def sources(db: str) -> None:
    """Show each collected source: last fetch, articles found and new, errors, next run."""
    with errors(), existing_store(db):
        statuses = api.source_status(db)
    for status in statuses:
        click.echo(
            f"{status.name:20.20}  last {status.last_fetch or '-':20}  found {status.found:5d}"
            f"  new {status.new:5d}  errors {status.errors:3d}  next {status.next_run or '-'}"
        )
        if status.last_error:
            click.echo(f"{'':22}last error: {status.last_error}")


@main.command()
@db_option
@click.option(
    "--since",
    default="1970-01-01",
    show_default=True,
    metavar="DATE",
    help="Only pages fetched on or after DATE (YYYY-MM-DD).",
)
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="TOML settings for the analysis.",
)
def reanalyze(db: str, since: str, config_path: str | None) -> None:
    """Analyse the kept pages again with the current pipeline, without fetching them."""
    with errors(), api.run_lock(db, waiting(db)), existing_store(db):
        settings = api.load_settings(config_path)
        result = api.reanalyze(db, since, settings=settings)
    report_problems(result)
    click.echo(f"kabar: {result.stats.summary()}", err=True)
    sys.exit(1 if result.rejected else 0)

