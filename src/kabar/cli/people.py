"""The commands over the person registry: people, person, unmerge."""

from __future__ import annotations

import json

import click

import kabar.api as api
from kabar.cli.common import db_option, errors, existing_store, main, waiting


@main.command()
@click.argument("query", required=False)
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--rebuild", is_flag=True, help="Resolve every article's people afresh first.")
def people(query: str | None, db: str, limit: int, rebuild: bool) -> None:
    """List people, most mentioned first (those matching QUERY, when given)."""
    if rebuild:
        with errors(), api.run_lock(db, waiting(db)), existing_store(db) as store:
            click.echo(f"people of {api.rebuild_people(store)} articles resolved again", err=True)
    with errors(), existing_store(db) as store:
        for entry in api.people(store, query, limit=limit):
            click.echo(f"{entry.id:32.32}  {entry.articles:5d}  {entry.name}")


@main.command()
@click.argument("person_id")
@db_option
def person(person_id: str, db: str) -> None:
    """Show one person: canonical name, aliases, roles with dates, merges and their evidence."""
    with errors(), existing_store(db) as store:
        who = api.person(store, person_id)
        if who is None:
            raise click.UsageError(f"no person {person_id!r} in {db}")
        click.echo(f"{who.id}: {who.name}  ({who.articles} articles, {who.statements} quotes)")
        click.echo("names: " + ", ".join(who.aliases))
        for role, first, last, n in who.role_dates:
            click.echo(f"role: {role}  ({first or '?'} .. {last or '?'}, {n} quotes)")
        for merge in who.merges:
            state = " (undone)" if merge.undone else ""
            evidence = json.dumps(merge.evidence, ensure_ascii=False)
            click.echo(f"merge {merge.id}{state}: {merge.name!r} in {merge.article}: {evidence}")


@main.command()
@click.argument("merge_id", type=int)
@db_option
def unmerge(merge_id: int, db: str) -> None:
    """Undo a person registry merge (its id is shown by `kabar person`)."""
    with errors(), api.run_lock(db, waiting(db)), existing_store(db) as store:
        try:
            changed = api.unmerge(store, merge_id)
        except api.UnknownMergeError as error:
            raise click.UsageError(str(error)) from error
        click.echo(f"merge {merge_id} undone: {len(changed)} articles updated")
