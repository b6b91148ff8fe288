"""The commands over articles and stories: analyze, export, articles, show, stories, serve,
report, repair."""

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
    progress_bar,
    report_problems,
    waiting,
)
from kabar.models import Article


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Also write this run's kabar.analysis/1 export to FILE ('-' for stdout).",
)
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="TOML settings overriding the packaged defaults key by key (thresholds of the "
    "duplicate, story, statement and summary stages, batch size, engine, size limit).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    help="Run per-article stages locally or on a Dask cluster.  [default: the settings' "
    "pipeline.engine, local]",
)
@click.option(
    "--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)."
)
@click.option(
    "--max-size",
    "max_mb",
    type=click.FloatRange(min=0.001),
    help="Reject input files larger than this many MB.  [default: the settings' "
    "ingest.max_bytes, 10 MB]",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes running the per-article stages of the local engine; the output is the "
    "same for any number.  [default: one per core]",
)
@nice_option
@click.option(
    "--as-of",
    help="Analyse as if read at this ISO date or time (2026-12-07, 2026-12-07T20:00:00Z): a "
    "date after it is dropped as a typo. Makes a run reproducible.  [default: now]",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the summary line.")
def analyze(
    paths: tuple[str, ...],
    db: str,
    json_path: str | None,
    config_path: str | None,
    engine: str | None,
    scheduler: str | None,
    max_mb: float | None,
    jobs: int | None,
    niceness: int,
    as_of: str | None,
    quiet: bool,
) -> None:
    """Analyse articles in PATHS (files, folders, '-' for stdin) into the store."""
    api.yield_cpu(niceness)
    with errors():
        settings = api.load_settings(config_path)
        if json_path:
            api.check_output(json_path)  # before the run: a bad path must not cost one
        with api.run_lock(db, waiting(db)), api.open_store(db) as store:
            result = api.analyze(
                list(paths),
                store,
                engine=engine,
                scheduler=scheduler,
                max_bytes=None if max_mb is None else int(max_mb * 1024 * 1024),
                progress=progress_bar,
                settings=settings,
                jobs=jobs if jobs is not None else api.default_jobs(),
                hold=False,
                as_of=as_of,
            )
            if json_path:
                api.write_run_json(result, store, json_path)
            if not quiet and json_path != "-":
                _print_overview(result, store)
    report_problems(result)
    click.echo(f"kabar: {result.stats.summary()}", err=True)
    sys.exit(1 if result.rejected else 0)


@main.command()
@click.option(
    "--json",
    "json_path",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the kabar.analysis/1 export of the whole store to FILE.",
)
@db_option
def export(json_path: str, db: str) -> None:
    """Export the whole store as kabar.analysis/1 JSON."""
    with errors():
        api.check_output(json_path)
        with existing_store(db) as store:
            api.write_store_json(store, json_path)


@main.command()
@db_option
@click.option("--story", help="Only the articles of this story.")
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many.")
def articles(db: str, story: str | None, limit: int | None) -> None:
    """List stored articles: id, date, outlet, title."""
    with errors(), existing_store(db) as store:
        for article in store.list_articles(story=story or None, limit=limit):
            date = (article.published or "")[:10] or "-"
            flag = " (copy)" if article.duplicate_of else ""
            click.echo(
                f"{article.id}  {date:10}  {article.outlet or '-':18.18}  "
                f"{article.title or '(untitled)'}{flag}"
            )


@main.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the article as contract JSON.")
def show(article_id: str, db: str, as_json: bool) -> None:
    """Show one article: metadata, body, entities and quotes."""
    import json

    with errors(), existing_store(db) as store:
        article = store.get_article(article_id)
        if article is None:
            raise click.UsageError(f"no article with id {article_id!r} in {db}")
        if as_json:
            click.echo(json.dumps(api.article_to_dict(article), ensure_ascii=False, indent=2))
            return
        _print_article(article)


@main.command()
@db_option
@click.option(
    "--storylines",
    "by_storyline",
    is_flag=True,
    help="List storylines instead: id, dates, events, title, then each event in date order.",
)
def stories(db: str, by_storyline: bool) -> None:
    """List stored stories: id, date, number of articles, title."""
    with errors(), existing_store(db) as store:
        if by_storyline:
            for line in store.iter_storylines():
                span = f"{line.start or '-'}..{line.end or '-'}"
                click.echo(f"{line.id}  {span:22}  {len(line.stories):3d}  {line.title}")
                for story in api.storyline_stories(store, line):
                    click.echo(f"    {story.id}  {story.date or '-':10}  {story.title}")
            return
        for story in store.iter_stories():
            click.echo(
                f"{story.id}  {story.date or '-':10}  {len(story.articles):3d}  {story.title}"
            )


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="TOML settings for the articles POSTed to /api/analyze (as for 'kabar analyze').",
)
@click.option(
    "--allow-ingest",
    is_flag=True,
    help="Open POST /api/analyze to clients that send the token in $KABAR_INGEST_TOKEN "
    "(Authorization: Bearer TOKEN).",
)
@click.option(
    "--ingest-budget",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=1),
    help="Seconds one POST /api/analyze may run before it is stopped.",
)
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests for this Host name (repeatable; '*.example.org', or '*' for "
    "any). The loopback names and --host are always answered.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=1, max=64),
    help="Server processes sharing the port: pages are served in parallel, one per core "
    "at most is useful; each costs its own memory.",
)
def serve(
    db: str,
    host: str,
    port: int,
    config_path: str | None,
    allow_ingest: bool,
    ingest_budget: float,
    allowed_hosts: tuple[str, ...],
    workers: int,
) -> None:
    """Serve the REST API (/api) and the story pages (/) over the store."""
    import os

    from kabar.web import create_app
    from kabar.web.guard import LOOPBACK_HOSTS
    from kabar.web.ingest import TOKEN_VARIABLE, Ingest
    from kabar.web.server import serve as run

    with errors(), existing_store(db):
        settings = api.load_settings(config_path)  # fail early, with the CLI's message
    ingest = None
    if allow_ingest:
        token = os.environ.get(TOKEN_VARIABLE, "")
        if len(token) < MIN_TOKEN_LENGTH:
            raise click.UsageError(
                f"--allow-ingest needs a token of at least {MIN_TOKEN_LENGTH} characters in "
                f"${TOKEN_VARIABLE}"
            )
        ingest = Ingest(token, settings.ingest.max_bytes, ingest_budget)
    hosts = [*LOOPBACK_HOSTS, *allowed_hosts]
    if host not in ("0.0.0.0", "::", ""):
        hosts.append(host)
    app = create_app(db, settings=settings, ingest=ingest, allowed_hosts=hosts)
    run(app, host, port, workers)


# Shorter ingest tokens are refused: they could be guessed.
MIN_TOKEN_LENGTH = 16


@main.command()
@click.argument("story_id")
@db_option
@click.option(
    "--html",
    "html_path",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the story as one self-contained HTML page (inline CSS) to FILE ('-': stdout).",
)
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True)
def report(story_id: str, db: str, html_path: str, lang: str) -> None:
    """Write a story as a standalone HTML page to send or archive."""
    from kabar.web.pages import report as render

    with errors(), existing_store(db) as store:
        story = store.get_story(story_id)
        if story is None:
            raise click.ClickException(f"{db}: no story {story_id}")
        text = render(story, api.story_articles(store, story), lang)
    if html_path == "-":
        click.echo(text)
    else:
        with open(html_path, "w", encoding="utf-8") as out:
            out.write(text)


@main.command()
@db_option
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="TOML settings for linking (as for 'kabar analyze').",
)
def repair(db: str, config_path: str | None) -> None:
    """Link the store again if articles are marked linked but belong to no story."""
    with errors(), api.run_lock(db, waiting(db)), existing_store(db) as store:
        settings = api.load_settings(config_path)
        broken = api.repair(store, settings=settings)
        total, stories = store.count_articles(), store.count_stories()
    if broken:
        click.echo(
            f"kabar: {db}: {broken} articles were linked with no story; "
            f"all {total} linked again, {stories} stories",
            err=True,
        )
    else:
        click.echo(f"kabar: {db}: nothing to repair", err=True)



def _print_overview(result: api.AnalysisResult, store: api.Store) -> None:
    """Print the run's stories and their articles, reading one story's articles at a time."""
    run = set(result.article_ids)
    stored = store.stories_of(result.article_ids)
    click.echo(f"{len(stored)} articles, {len(result.story_ids)} stories")
    dated = sorted(
        ((s.date or "", s.id) for s in result.iter_stories()), key=lambda p: p[0], reverse=True
    )
    for _, story_id in dated:
        story = store.get_story(story_id)
        if story is None:
            continue
        click.echo(
            f"\n■ {story.title}  [{story.date or 'undated'}]  ({len(story.articles)} articles)"
        )
        for article in store.get_articles([i for i in story.articles if i in run]):
            copy = "  (copy)" if article.duplicate_of else ""
            click.echo(f"   {article.outlet or '?':18.18} {article.title or '(untitled)'}{copy}")
    if None in stored:
        for article in result.iter_articles():
            if not article.story:
                click.echo(f"   {article.outlet or '?':18.18} {article.title or '(untitled)'}")


def _print_article(article: Article) -> None:
    click.echo(article.title or "(untitled)")
    click.echo(
        f"id {article.id} · {article.outlet or '-'} · {article.published or '-'}"
        f" · dateline {article.dateline or '-'} · {article.language}"
    )
    if article.authors:
        click.echo("authors: " + ", ".join(article.authors))
    if article.wire_sources:
        click.echo("sources: " + ", ".join(article.wire_sources))
    if article.duplicate_of:
        click.echo(f"copy of {article.duplicate_of}")
    click.echo(f"story {article.story or '-'} · source {article.source}\n")
    click.echo(article.body)
    if article.entities:
        click.echo("\nEntities:")
        for entity in article.entities:
            aliases = ", ".join(a for a in entity.aliases if a != entity.name)
            click.echo(
                f"  {entity.type:6} {entity.name} ×{entity.count}"
                + (f"  ({aliases})" if aliases else "")
            )
    if article.quotes:
        click.echo("\nQuotes:")
        for quote in article.quotes:
            click.echo(f"  [{quote.kind}] {quote.speaker or '?'}: {quote.text}")

