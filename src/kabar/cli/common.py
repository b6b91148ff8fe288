"""What every command shares: the group, the --db option, error and lock handling."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import click

import kabar.api as api
from kabar.errors import KabarError

DEFAULT_DB = "kabar.db"
db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite store file.",
)
nice_option = click.option(
    "--nice",
    "niceness",
    type=click.IntRange(min=0, max=19),
    default=10,
    show_default=True,
    help="Lower the run's CPU priority by this much (Unix nice): a server or anything "
    "interactive on the same machine stays responsive while it runs, and on an otherwise idle "
    "machine it loses nothing. 0 runs at full priority.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kabar")
def main() -> None:
    """kabar: turn Indonesian online news into structured stories."""


def waiting(db: str) -> Callable[[int | None], None]:
    """Return the callback that says why a run waits for the store's lock."""

    def say(pid: int | None) -> None:
        holder = f"pid {pid}" if pid is not None else "pid unknown"
        click.echo(f"kabar: {db} is in use by another run ({holder}); waiting…", err=True)

    return say


# Notes of one kind printed one a line; the rest of that kind are counted in one line (a
# corpus with no dates in it would otherwise bury the run's summary under thousands).
NOTES_OF_A_KIND = 10


def report_problems(result: api.AnalysisResult) -> None:
    """Print a run's rejects, one line each, and its notes, at most ``NOTES_OF_A_KIND`` lines
    of each message then one line counting the rest; names and reasons escaped.

    A file name can hold a newline or a terminal escape: printed raw it could forge a line.
    """
    line = api.printable_name
    for reject in result.rejected:
        click.echo(f"kabar: {line(reject.source)}: {line(reject.reason)}", err=True)
    printed: Counter[str] = Counter()
    for note in result.notes:
        printed[note.message] += 1
        if printed[note.message] <= NOTES_OF_A_KIND:
            click.echo(f"kabar: {line(note.source)}: {line(note.message)}", err=True)
    for message, count in printed.items():
        if count > NOTES_OF_A_KIND:
            rest = count - NOTES_OF_A_KIND
            click.echo(f"kabar: {rest:,} more inputs: {line(message)}", err=True)


def progress_bar(items: Iterable[Any]) -> Iterable[Any]:
    """Wrap an iterable in a progress bar when stderr is a terminal."""
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit=" articles", desc="kabar", leave=False)


class errors:
    """Turn kabar's own errors into one-line messages and exit status 2."""

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, _: object
    ) -> None:
        if isinstance(exc, KabarError):
            click.echo(f"kabar: {exc}", err=True)
            sys.exit(2)


class existing_store:
    """Open a store that must already exist (reading commands never create one)."""

    def __init__(self, db: str) -> None:
        self._db = db
        self._store: api.Store | None = None

    def __enter__(self) -> api.Store:
        from pathlib import Path

        if not Path(self._db).exists():
            raise click.UsageError(f"no store at {self._db}; run 'kabar analyze' first")
        self._store = api.open_store(self._db)
        return self._store

    def __exit__(self, *_: object) -> None:
        if self._store is not None:
            self._store.close()
