"""The public functions every interface (CLI, REST, web) calls.

Importing this module is cheap: the stages load on the first call that runs them, so
``kabar --help`` and the read-only commands never pay for the models.
"""

# Size: the one door of the CLI and the web; each function is a short, documented delegation.
from __future__ import annotations

import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kabar.config import Settings, load_settings
from kabar.errors import ConfigError, OutputError
from kabar.export import article_to_dict, build_export, story_to_dict, validate_export
from kabar.export import storyline_to_dict as export_storyline
from kabar.models import Article, Story, Storyline
from kabar.store import Store, open_store
from kabar.store.index import person_id
from kabar.store.lock import RunLock
from kabar.store.outlets import Outlet
from kabar.store.people import PersonEntry, UnknownMergeError
from kabar.store.queries import Hit, Person, SearchResult, SearchSyntaxError, StoryFilter
from kabar.store.registry import Merge
from kabar.store.watch import ChangeCounter

if TYPE_CHECKING:
    from kabar.pipeline import AnalysisResult

__all__ = [
    "AnalysisResult",
    "ChangeCounter",
    "Hit",
    "Merge",
    "Outlet",
    "Person",
    "PersonEntry",
    "SearchResult",
    "SearchSyntaxError",
    "Settings",
    "Store",
    "StoryFilter",
    "UnknownMergeError",
    "analyze",
    "analyze_records",
    "article_to_dict",
    "check_output",
    "collect",
    "default_jobs",
    "export",
    "export_run",
    "latest_collected",
    "load_settings",
    "open_store",
    "parse_json",
    "people",
    "person",
    "person_id",
    "person_merges",
    "person_statement_history",
    "person_statements",
    "printable_name",
    "reanalyze",
    "rebuild_people",
    "repair",
    "resolve_person",
    "run_lock",
    "source_status",
    "store_json_pieces",
    "story_articles",
    "story_to_dict",
    "storyline_coverage",
    "storyline_stories",
    "storyline_to_dict",
    "unmerge",
    "write_json",
    "write_run_json",
    "write_store_json",
    "yield_cpu",
]


def analyze(
    paths: Sequence[str],
    store: Store | None = None,
    *,
    engine: str | None = None,
    scheduler: str | None = None,
    max_bytes: int | None = None,
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
    settings: Settings | None = None,
    jobs: int = 1,
    hold: bool = True,
    as_of: str | None = None,
) -> AnalysisResult:
    """Analyse files and folders into the store; return this run's articles, stories, rejects.

    ``settings`` (None: the packaged defaults, ``kabar.load_settings()``) holds every stage's
    thresholds; ``engine`` and ``max_bytes``, when given, override its pipeline.engine and
    ingest.max_bytes. Without a store the run uses a new in-memory one. ``jobs`` processes
    run the per-article stages (``default_jobs()``: one per core); with ``hold=False`` the
    result keeps only ids and reads its articles from the store while it is open. ``as_of``
    (an ISO date or time) is when the inputs count as read, for runs that must be reproducible:
    a date after it is dropped as a typo (default: the moment of analysis).
    """
    from kabar import pipeline
    from kabar.meta.dates import read_moment

    if as_of is not None:
        try:
            read_moment(as_of)
        except ValueError:
            raise ConfigError(f"as of {as_of!r}: not an ISO date or time") from None
    return pipeline.analyze(
        paths,
        store,
        engine=engine,
        scheduler=scheduler,
        max_bytes=max_bytes,
        progress=progress,
        settings=settings,
        jobs=jobs,
        hold=hold,
        as_of=as_of,
    )


def default_jobs() -> int:
    """Return the number of processes a run uses by default: one per core it may use."""
    from kabar.local_engine import default_jobs as cores

    return cores()


def yield_cpu(steps: int) -> None:
    """Lower this process's CPU priority by ``steps`` (Unix niceness), for it and the workers
    it starts: a long analysis then gives way to a server or anything interactive on the same
    machine, and loses nothing when the machine is otherwise idle. It cannot be raised again.
    """
    if steps > 0 and hasattr(os, "nice"):
        os.nice(steps)


def analyze_records(records: Sequence[Any], *, settings: Settings | None = None) -> AnalysisResult:
    """Analyse JSON records (title, body, url, published, outlet) without storing them.

    The records go through the same stages as files, duplicates and stories included (linked
    among themselves in a new in-memory store), on the local engine whatever the settings say:
    one request is too small to be worth a cluster.
    """
    from kabar import pipeline

    return pipeline.analyze_records(records, engine="local", settings=settings)


def printable_name(name: str) -> str:
    """Return a file name or message fit for one line of output (controls escaped)."""
    from kabar.ingest.files import printable_name as printable

    return printable(name)


def parse_json(data: bytes) -> Any:
    """Parse a JSON document given as bytes; InputError (one line) for anything unreadable,
    nesting too deep and integers too long included."""
    from kabar.errors import InputError
    from kabar.ingest.records import loads

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 ({error.reason} at byte {error.start:,})") from None
    return loads(text)


def run_lock(db: str | Path, on_wait: Callable[[int | None], None] | None = None) -> RunLock:
    """Return the lock a run that writes to the store at ``db`` holds (``with`` it).

    Runs on one store take turns: a second run waits, after calling ``on_wait`` with the
    holder's process id. Reading needs no lock.
    """
    return RunLock(db, on_wait)


def repair(store: Store, *, settings: Settings | None = None) -> int:
    """Link the store again if articles are marked linked with no story; return how many were.

    Every article is linked afresh, in arrival order, against an empty index: the saved index
    may hold the broken articles already, and linking them again against it would make each a
    copy of itself. Every ``analyze`` run does the same when it finds such articles.
    """
    from kabar import pipeline

    broken = store.broken_links()
    if broken:
        pipeline.analyze_documents([], store, engine="local", settings=settings)
    return broken


def collect(
    sources_path: str | Path,
    db: str | Path,
    *,
    every: str | None = None,
    stop: Any = None,
    progress: Callable[[Any], None] | None = None,
    settings: Settings | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> list[Any]:
    """Collect new articles from the sources file's feeds, sitemaps and section pages.

    Once when ``every`` is None, else every interval ("10m") until the ``stop`` event is set.
    Each fetched page is kept (compressed) and analysed into the store at ``db``.
    """
    from kabar.collect import service

    return service.collect(
        sources_path,
        db,
        every=every,
        stop=stop,
        progress=progress,
        settings=settings,
        engine=engine,
        scheduler=scheduler,
    )


def latest_collected(db: str | Path, limit: int = 50) -> tuple[list[Any], list[Any]]:
    """Return each collected source's freshness and the newest collected pages."""
    from kabar.collect import service

    return service.latest(db, limit)


def source_status(db: str | Path) -> list[Any]:
    """Return each collected source's last fetch, articles found and new, errors, next run."""
    from kabar.collect import service

    return service.source_status(db)


def reanalyze(db: str | Path, since: str, *, settings: Settings | None = None) -> AnalysisResult:
    """Analyse the kept pages fetched since a date again, without fetching them."""
    from kabar.collect import service

    return service.reanalyze(db, since, settings=settings)


def export(store: Store, *, validate: bool = True) -> dict[str, Any]:
    """Return the whole store as a ``kabar.analysis/1`` document."""
    document = build_export(
        store.iter_articles(), store.iter_stories(), store.rejects(), store.iter_storylines()
    )
    if validate:
        validate_export(document)
    return document


def export_run(result: AnalysisResult, store: Store, *, validate: bool = True) -> dict[str, Any]:
    """Return one run as a ``kabar.analysis/1`` document.

    It holds the run's articles and rejects, the stories they belong to, and every stored
    article of those stories (earlier runs' included), so that each story's articles are in it.
    """
    members = {i for story in result.stories for i in story.articles}
    related = store.get_articles(sorted(members))
    articles = {a.id: a for a in [*result.articles, *related]}
    named = sorted({s.storyline for s in result.stories if s.storyline is not None})
    lines = [store.get_storyline(i) for i in named]
    document = build_export(
        articles.values(), result.stories, result.rejected, [x for x in lines if x is not None]
    )
    if validate:
        validate_export(document)
    return document


def storyline_stories(store: Store, storyline: Storyline) -> list[Story]:
    """Return the event stories of a storyline, in date order."""
    return [s for s in (store.get_story(i) for i in storyline.stories) if s is not None]


def storyline_coverage(store: Store, storyline: Storyline) -> list[tuple[str, str, int]]:
    """Return (day, outlet, articles) of a storyline's dated articles, by day."""
    return store.storyline_coverage(storyline)


def storyline_to_dict(storyline: Storyline) -> dict[str, Any]:
    """Return the exported form of a storyline."""
    return export_storyline(storyline)


def write_run_json(result: AnalysisResult, store: Store, path: str | Path) -> None:
    """Write one run's export (as ``export_run`` builds it) to ``path``, streaming it.

    The articles are read from the store a chunk at a time and written as they are read, so
    the run's size does not matter; the bytes are those of ``write_json(export_run(...))``.
    """
    from kabar.export_writer import write_export
    from kabar.results import read_articles

    run = set(result.article_ids)
    members: set[str] = set()
    storylines: set[str] = set()
    for story in result.iter_stories():  # one read of the stories for both
        members.update(story.articles)
        if story.storyline is not None:
            storylines.add(story.storyline)
    articles = itertools.chain(
        result.iter_articles(), read_articles(store, sorted(members - run))
    )
    named = sorted(storylines)
    lines = [x for x in (store.get_storyline(i) for i in named) if x is not None]
    write_export(str(path), articles, result.iter_stories(), result.rejected, lines)


def write_store_json(store: Store, path: str | Path) -> None:
    """Write the whole store's export (as ``export`` builds it) to ``path``, streaming it."""
    from kabar.export_writer import write_export

    write_export(
        str(path),
        store.iter_articles(),
        store.iter_stories(),
        store.rejects(),
        store.iter_storylines(),
    )


def store_json_pieces(store: Store, *, validate: bool = True) -> Iterator[str]:
    """Yield the whole store's export text (what ``write_store_json`` writes) in pieces, one
    article or story at a time, for a response streamed as it is read."""
    from kabar.export_writer import export_pieces

    return export_pieces(
        store.iter_articles(),
        store.iter_stories(),
        store.rejects(),
        store.iter_storylines(),
        validate=validate,
    )


def story_articles(store: Store, story: Story) -> list[Article]:
    """Return the stored articles of a story, in the story's order."""
    return store.get_articles(story.articles)


def check_output(path: str | Path) -> None:
    """Raise OutputError now, before a run, when an export could not be created at ``path``.

    A missing folder, a directory or a file without write permission fails here; a device
    that refuses writes (a full disk) can only fail when ``write_json`` writes.
    """
    if str(path) == "-":
        return
    existed = os.path.lexists(path)
    try:
        with open(path, "a", encoding="utf-8"):
            pass
    except OSError as error:
        raise OutputError(f"{path}: cannot write the export: {error.strerror}") from error
    if not existed:
        os.remove(path)


def write_json(document: dict[str, Any], path: str | Path) -> None:
    """Write an export document as UTF-8 JSON (``-`` for stdout)."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    if str(path) == "-":
        print(text)
        return
    try:
        Path(path).write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise OutputError(f"{path}: cannot write the export: {error.strerror}") from error


def person_statement_history(
    store: Store, pid: str, *, limit: int = 500
) -> list[tuple[tuple[Article, int], ...]]:
    """Return a person's statements across stories, newest first: each the quotes (article,
    quote index) that carry it, the first one the earliest time it was said."""
    from kabar.stories.statements import statement_history

    return statement_history(person_statements(store, pid, limit=limit))


def person_statements(store: Store, pid: str, *, limit: int = 500) -> list[tuple[Article, int]]:
    """Return (article, quote index) of every quote a person is credited with, newest first."""
    return [
        (article, i)
        for article in store.person_statement_articles(pid, limit=limit)
        for i, quote in enumerate(article.quotes)
        if quote.speaker and (quote.person_id or person_id(quote.speaker)) == pid
    ]


def resolve_person(store: Store, key: str) -> str | None:
    """Return the person registry id that a person id, an old id or a name's slug stands for.

    Ids of names merged into someone else, and the name slugs links used before the registry,
    resolve to the person they belong to now; None when no person has such an id or name.
    """
    return store.resolve_person(key)


def person(store: Store, key: str) -> Person | None:
    """Return a person by registry id (or any key ``resolve_person`` reads), or None."""
    pid = store.resolve_person(key)
    return store.get_person(pid) if pid else None


def people(
    store: Store, query: str | None = None, *, limit: int = 50, offset: int = 0
) -> list[PersonEntry]:
    """Return people most mentioned first; with a query, those whose name or a word of it
    starts so (``Purbaya``, ``gus ipul``)."""
    return store.list_people(query, limit=limit, offset=offset)


def person_merges(store: Store, pid: str | None = None, *, limit: int = 50) -> list[Merge]:
    """Return the registry's merges (into one person when given), latest first, with evidence."""
    return store.person_merges(pid, limit=limit)


def unmerge(store: Store, merge_id: int) -> list[str]:
    """Undo a registry merge: the merged name's mentions become a person of their own again
    and the two are never merged again. Return the ids of the articles rewritten.

    Raises ``UnknownMergeError`` when there is no such merge or it was undone already.
    """
    return store.unmerge(merge_id)


def rebuild_people(store: Store) -> int:
    """Resolve every stored article's people into the registry afresh, earliest first (after
    a change of its rules); merges undone by hand stay undone. Return the articles read."""
    return store.rebuild_people()
