"""Load benchmark of the web reader: p50/p95 per page type on stores of growing size.

For each size it builds a store of N distinct articles (not run in CI): the bundled example
corpus is analysed once, and each generated article is one of those analysed articles (its
entities and quotes, so people and statements exist) with an IndoSum dev article
(../shared/data/indosum_devfolds) appended as further paragraphs and a numbered title, so
every article's text is distinct; dates spread over a year, twelve outlets, stories of
about five articles. It then serves the store with uvicorn on 127.0.0.1 in a subprocess and
runs the ``--requests`` requests per page type twice: one at a time (the server's own time
per page, plus loopback) and then from ``--clients`` threads at once (a bounded load; with
one server process (--workers 1), latency there is mostly queueing). Latencies are measured by the
client over loopback, so they bound the server's from above.

Run: .venv/bin/python benchmarks/bench_web.py --sizes 10000 100000 --requests 60 \
    --stores /tmp/stores --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

import httpx
from corpora import indosum_records

import kabar
from kabar.models import Article, Story
from kabar.store.rows import story_to_row

REPO = Path(__file__).resolve().parents[1]
OUTLETS = [
    f"Warta {name}"
    for name in "Nusa Timur Barat Raya Kota Pagi Sore Kini Satu Dua Tiga Jaya".split()
]
STORY_SIZE = 5
SEARCHES = ["banjir", "presiden", '"tanggap darurat"', "pemerintah*", "gempa", "menteri"]


def build(db: Path, size: int) -> None:
    """Write ``size`` distinct articles and their stories into a new store at ``db``."""
    with kabar.open_store(":memory:") as seed_store:  # type: ignore[attr-defined]
        kabar.analyze([str(REPO / "examples" / "corpus")], seed_store)
        templates = list(seed_store.iter_articles())
        seed_stories = list(seed_store.iter_stories())
    extra = [
        "\n\n".join(" ".join(" ".join(s) for s in p) for p in r["paragraphs"])
        for r in indosum_records()
    ]
    rng = random.Random(7)
    store = kabar.open_store(db)  # type: ignore[attr-defined]
    batch: list[Article] = []
    stories: list[Story] = []
    for n in range(size):
        template = templates[n % len(templates)]
        story_no = n // STORY_SIZE
        day = f"2024-{1 + story_no % 12:02d}-{1 + story_no % 28:02d}"
        batch.append(
            replace(
                template,
                id=f"w{n:07d}",
                source=f"bench/{n}.txt",
                title=f"{template.title} ({n})",
                body=template.body + "\n\n" + extra[n % len(extra)] + f" ({n // len(extra)})",
                outlet=OUTLETS[rng.randrange(len(OUTLETS))],
                published=f"{day}T{n % 24:02d}:00+07:00",
                story=f"st{story_no:06d}",
                duplicate_of=None,
                url=f"https://example.invalid/{n}",
            )
        )
        if n % STORY_SIZE == STORY_SIZE - 1 or n == size - 1:
            model = seed_stories[story_no % len(seed_stories)]
            members = tuple(a.id for a in batch[-(n % STORY_SIZE + 1) :])
            stories.append(replace(model, id=f"st{story_no:06d}", date=day, articles=members,
                                   title=f"{model.title} ({story_no})"))
        if len(batch) >= 2000:
            store.put_articles(batch, linked=True)
            batch = []
    store.put_articles(batch, linked=True)
    store._db.executemany(  # the stories rows commit_link would write
        "INSERT OR REPLACE INTO stories (id, date, title, data) VALUES (?, ?, ?, ?)",
        [(s.id, s.date, s.title, story_to_row(s)) for s in stories],
    )
    store.close()


def urls(db: Path, size: int, count: int) -> dict[str, list[str]]:
    """``count`` URLs per page type, drawn over the whole store."""
    rng = random.Random(11)
    store = kabar.open_store(db)  # type: ignore[attr-defined]
    people = [
        p for (p,) in store._db.execute(
            "SELECT person FROM article_people WHERE said > 0 GROUP BY person LIMIT 50")
    ]
    store.close()
    pick = lambda: rng.randrange(size)  # noqa: E731
    stories = max(size // STORY_SIZE, 1)
    return {
        "index": [f"/?offset={rng.randrange(0, min(stories, 2000), 20)}" for _ in range(count)],
        "index_filtered": [f"/?outlet={quote(rng.choice(OUTLETS))}" for _ in range(count)],
        "search": [f"/search?q={quote(rng.choice(SEARCHES))}" for _ in range(count)],
        "story": [f"/stories/st{pick() // STORY_SIZE:06d}" for _ in range(count)],
        "article": [f"/articles/w{pick():07d}" for _ in range(count)],
        "person": [f"/people/{rng.choice(people)}" for _ in range(count)],
        "outlet": [f"/outlets/{quote(rng.choice(OUTLETS).lower().replace(' ', '-'))}"
                   for _ in range(count)],
        "api_stories": [f"/api/v1/stories?offset={rng.randrange(0, 1000)}" for _ in range(count)],
        "api_article": [f"/api/v1/articles/w{pick():07d}" for _ in range(count)],
        "api_search": [f"/api/v1/search?q={quote(rng.choice(SEARCHES))}" for _ in range(count)],
    }


def serve(db: Path, workers: int = 1) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``kabar serve`` over ``db`` on a free loopback port; return it and its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "kabar", "serve", "--db", str(db), "--port", str(port),
         "--workers", str(workers)]
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/static/kabar.css", timeout=1)
            return process, base
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def load(base: str, plan: dict[str, list[str]], clients: int) -> dict[str, dict[str, float]]:
    """Run each page type's requests over ``clients`` threads; return p50/p95 in ms."""
    results: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        def timed(url: str) -> float:
            start = time.perf_counter()
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url}: {response.status_code}")
            return (time.perf_counter() - start) * 1000

        for kind, kind_urls in plan.items():
            timed(kind_urls[0])  # warm the page's code path
            with ThreadPoolExecutor(clients) as pool:
                times = sorted(pool.map(timed, kind_urls))
            results[kind] = {
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 1),
            }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--requests", type=int, default=60, help="requests per page type")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1, help="kabar serve --workers")
    parser.add_argument(
        "--stores", type=Path,
        help="keep the stores in this folder as SIZE.db, and reuse those already there "
        "(the benchmark only reads them)",
    )
    args = parser.parse_args()
    report: dict[str, object] = {"load_average_before": os.getloadavg()[0]}
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            db = (args.stores or Path(folder)) / f"{size}.db"
            start = time.perf_counter()
            if not db.exists():
                build(db, size)
            built = time.perf_counter() - start
            process, base = serve(db, args.workers)
            try:
                plan = urls(db, size, args.requests)
                alone = load(base, plan, 1)
                loaded = load(base, plan, args.clients)
            finally:
                process.terminate()
                process.wait(10)
            report[str(size)] = {
                "build_s": round(built, 1),
                "one_client": alone,
                f"{args.clients}_clients": loaded,
            }
            print(json.dumps({size: report[str(size)]}, indent=1), file=sys.stderr)
    report["load_average_after"] = os.getloadavg()[0]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
