"""Incremental linking: the time to add one day's articles to a big store (not run in CI).

A store of N articles is built from the shared corpora (IndoSum dev and the Detik 2025 rows)
as distinct copies: copy k of a text moves its date by k * COPY_SHIFT_DAYS and has every
fourth word followed by a copy word, so that no copy is a duplicate of another and each copy
forms its own stories. The articles go through the link stage and the store's commit
(``put_articles``, ``link``, ``commit_link`` with the storylines) in runs of RUN articles, as
successive ``kabar analyze`` runs would; the per-article stages (cleaning, entities, quotes)
cost the same whatever the store holds and are left out (the articles carry no entities, so
storylines link here on similarity alone).

Then the next ``--day`` articles in date order (a few days of the corpus, dated after
everything stored) are added, and the script reports the seconds per added article by phase,
the stories and storylines the day touched against the store's totals, and the rows written.

Before the link tables (wall clock, commit 78a5a39, adding 300 articles): 64 ms an article on
a 10k store, 101 ms on 40k; what grew was reading the whole saved state and rebuilding its
indexes (13 -> 46 ms) and saving it whole (19 -> 28 ms). Now a run reads the window of the
state its articles reach (``window_*`` say how much of the store that was) and writes what
changed. ``--compare`` also times, on the same store and day, linking with the state read and
written whole as one blob (the way before), in CPU time. On the 10k store (linked in one run,
``--run 10000``; machine load 10-36, so wall times are not comparable): 15.6 ms CPU per added
article for the whole run; link-state part 11.0 ms (window) against 6.1 ms (whole blob): at
10k the window is most of the store (5,038 rows, 4,312 of 8,495 stories whole); it is bounded
by the posting scan and the candidates per search, the whole state is not.

``--run 0`` builds only the link state, linked in one run (no article rows: the link stage
reads none), which is what a big store takes in the time there is; ``--keep DIR`` keeps built
stores.

Run: .venv/bin/python benchmarks/bench_incremental.py --sizes 10000 40000 [--day 300]
     [--run 0] [--keep DIR] [--compare] [--warm]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from corpora import SHARED, indosum_records

from kabar.config import DEFAULT_SETTINGS
from kabar.link_run import commit_linked
from kabar.models import Article
from kabar.store import open_store
from kabar.stories import article_features, link, link_features
from kabar.text import detokenize

DETIK = SHARED / "data" / "detik_entity_aspect_summ" / "data_berita.csv"
COPY_SHIFT_DAYS = 120
RUN = 5000
START = date(2020, 1, 1)


def texts() -> list[tuple[str, str]]:
    """Return (title, body) of every IndoSum dev record and Detik row."""
    out = []
    for record in indosum_records():
        paragraphs = [" ".join(detokenize(s) for s in p) for p in record["paragraphs"]]
        out.append((paragraphs[0][:90], "\n\n".join(paragraphs)))
    with DETIK.open(encoding="utf-8", newline="") as rows:
        out += [(r["judul"], r["isi_berita"]) for r in csv.DictReader(rows)]
    return out


def articles(base: list[tuple[str, str]], start: int, count: int) -> Iterator[Article]:
    """Yield articles number start..start+count: copies of the texts, a day per 100 articles."""
    for n in range(start, start + count):
        copy, index = divmod(n, len(base))
        title, body = base[index]
        if copy:
            mark = f"salinan{copy}"
            words = body.split(" ")
            body = " ".join(w if i % 4 else f"{w} {mark}" for i, w in enumerate(words))
            title = f"{title} {mark}"
        day = START + timedelta(days=copy * COPY_SHIFT_DAYS + index // 100)
        yield Article(
            id=f"b{n}",
            source=f"bench/{n}",
            title=title,
            body=body,
            outlet=f"Outlet {index % 7}",
            published=f"{day.isoformat()}T08:00:00+07:00",
            dateline=None,
            language="id",
        )


def add_run(store: Any, batch: list[Article], timings: dict[str, float]) -> dict[str, Any]:
    """Put, link and commit one run's articles; return what it touched."""
    started = time.perf_counter()
    store.put_articles(batch)
    timings["put"] = timings.get("put", 0.0) + time.perf_counter() - started
    pending = store.unlinked_articles()
    features = article_features(pending, timings=timings)
    started = time.perf_counter()
    # what a run reads of the saved state: the window its articles reach, as the pipeline does
    state, window = store.link_window(pending, features, DEFAULT_SETTINGS)
    timings["load_state"] = timings.get("load_state", 0.0) + time.perf_counter() - started
    linked = link_features(pending, features, state, timings=timings)
    repeats = 0
    while window.missed:  # the run looked beyond its window: read a wider one, run again
        repeats += 1
        started = time.perf_counter()
        state, window = store.link_window(pending, features, DEFAULT_SETTINGS, window)
        timings["load_state"] = timings.get("load_state", 0.0) + time.perf_counter() - started
        linked = link_features(pending, features, state, timings=timings)
    started = time.perf_counter()
    commit_linked(store, linked, window)
    timings["commit"] = timings.get("commit", 0.0) + time.perf_counter() - started
    return {
        "stories_touched": len(linked.stories),
        "window_rows": len(window.rows),
        "window_stories": len(window.stories),
        "window_whole_stories": len(window.reach.stories) if window.reach else len(window.stories),
        "repeats": repeats,
        "storylines_changed": len(linked.storylines),
        "storylines_retired": len(linked.retired_storylines),
        "story_storyline_rows": len(linked.storyline_of),
    }


def state_cpu(store: Any, batch: list[Article]) -> dict[str, float]:
    """Return the CPU ms per article of linking a batch with its reading and saving of the
    link state, both ways: the window read and the changed rows written (now), and the whole
    state read and written as one blob (before the tables), over the same store and articles.
    """
    from kabar.store import link_state, link_tables

    store.put_articles(batch)
    pending = store.unlinked_articles()
    features = article_features(pending)
    blob = link_state.to_bytes(store.get_state())
    cpu = time.process_time()
    state = link_state.from_bytes(blob)
    linked = link_features(pending, features, state)
    link_state.to_bytes(linked.state)
    whole = time.process_time() - cpu
    cpu = time.process_time()
    window_state, window = store.link_window(pending, features, DEFAULT_SETTINGS)
    linked = link_features(pending, features, window_state)
    while window.missed:
        window_state, window = store.link_window(pending, features, DEFAULT_SETTINGS, window)
        linked = link_features(pending, features, window_state)
    store._db.execute("BEGIN")
    link_tables.write(store._db, linked.state, window)
    store._db.execute("ROLLBACK")
    windowed = time.process_time() - cpu
    return {
        "whole_state_cpu_ms_per_article": round(1000 * whole / len(batch), 2),
        "window_cpu_ms_per_article": round(1000 * windowed / len(batch), 2),
    }


def build(path: Path, size: int, run: int, base: list[tuple[str, str]]) -> float:
    """Build a store of ``size`` articles in runs of ``run``; return the seconds it took."""
    built = time.perf_counter()
    with open_store(path) as store:
        for start in range(0, size, run):
            add_run(store, list(articles(base, start, min(run, size - start))), {})
    return time.perf_counter() - built


def build_links(path: Path, size: int, base: list[tuple[str, str]]) -> float:
    """Build only the link state of ``size`` articles, linked in one run (no article rows:
    the link stage reads none); return the seconds it took."""
    built = time.perf_counter()
    linked = link(list(articles(base, 0, size)), None)
    with open_store(path) as store:
        store.commit_link([], [], linked.state)
    return time.perf_counter() - built


def measure(
    size: int,
    day: int,
    base: list[tuple[str, str]],
    run: int = RUN,
    keep: Path | None = None,
    compare: bool = False,
    warm: bool = False,
) -> dict[str, Any]:
    """Build a store of ``size`` articles (or reuse the one kept), then time adding ``day``."""
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "k.db"
        kept = keep / f"store-{size}-{run}.db" if keep else None
        if kept and kept.exists():
            build_seconds = 0.0
        elif run == 0:
            build_seconds = build_links(kept or path, size, base)
        else:
            build_seconds = build(kept or path, size, run, base)
        if kept:
            shutil.copy(kept, path)
        with open_store(path) as store:
            if warm:  # a day first: a store kept by an older kabar is brought up to date
                add_run(store, list(articles(base, size, day)), {})
                size += day
            stories, lines = store.count_stories(), store.list_storylines(limit=1)[0]
            timings: dict[str, float] = {}
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            started, cpu = time.perf_counter(), time.process_time()
            touched = add_run(store, list(articles(base, size, day)), timings)
            total, cpu = time.perf_counter() - started, time.process_time() - cpu
            grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak
        if compare:
            shutil.copy(kept or path, Path(work) / "c.db")
            with open_store(Path(work) / "c.db") as store:
                touched.update(state_cpu(store, list(articles(base, size, day))))
    return {
        "store_articles": size,
        "store_stories": stories,
        "store_storylines": lines,
        "build_seconds": round(build_seconds, 1),
        "day_articles": day,
        "day_seconds": round(total, 3),
        "ms_per_added_article": round(1000 * total / day, 2),
        "cpu_ms_per_added_article": round(1000 * cpu / day, 2),
        # how far the added day raised the process's peak memory (the texts are read before)
        "peak_memory_growth_mb": round(grown / 1024, 1),
        "ms_per_added_article_by_phase": {k: round(1000 * v / day, 2) for k, v in timings.items()},
        **touched,
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 40000])
    parser.add_argument("--day", type=int, default=300, help="articles of the added day")
    parser.add_argument(
        "--run",
        type=int,
        default=RUN,
        help="articles per run of the build (0: the link state only, linked in one run)",
    )
    parser.add_argument("--keep", type=Path, help="folder keeping the built stores for reuse")
    parser.add_argument(
        "--compare", action="store_true",
        help="also time the link state's reading and saving whole (one blob), as before",
    )
    parser.add_argument(
        "--warm", action="store_true",
        help="add a day before the timed one (a kept store from an older kabar reads its "
        "state whole on its first run)",
    )
    args = parser.parse_args(argv)
    base = texts()
    for size in args.sizes:
        result = measure(size, args.day, base, args.run, args.keep, args.compare, args.warm)
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
