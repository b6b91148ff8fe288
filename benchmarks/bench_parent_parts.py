"""CPU per article of the per-article work of a run's parent process, steadier than a whole run.

    .venv/bin/python benchmarks/bench_parent_parts.py [--articles 300] [--repeats 9]

Analyses the first N IndoSum dev articles into a new store once (as bench_phases does), reads
them back, then times each piece of per-article work that a run does in its one parent process
(or that feeds it) over all of them, ``--repeats`` times, and prints the least CPU time
(``time.process_time``) per article: on a machine that other work loads, the least of several
passes over the same input is the figure two versions can be compared by. Pieces: the event
clues of the story assignment, the link features (terms, fingerprints), the quote stage's
reading of a body, and the export written to /dev/null; then the CPU of loading the CRF.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_cli import write_copies

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.export_writer import write_export  # noqa: E402 - the repo's own source, above
from kabar.quotes.reading import read_body  # noqa: E402
from kabar.store import open_store  # noqa: E402
from kabar.stories.assignment import event_clues  # noqa: E402
from kabar.stories.features import article_features  # noqa: E402

_MODEL_LOAD = (
    "import time; from kabar.entities import ner; started = time.process_time();"
    " ner._model(); print(time.process_time() - started)"
)


def least(work: Callable[[], object], repeats: int) -> float:
    """Return the least CPU seconds of ``repeats`` runs of ``work`` (after one warm-up run)."""
    work()
    spent = []
    for _ in range(repeats):
        started = time.process_time()
        work()
        spent.append(time.process_time() - started)
    return min(spent)


def main() -> None:
    """Build the store, time each piece, print ms of CPU per article."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=300, help="first N IndoSum articles")
    parser.add_argument("--repeats", type=int, default=9, help="timed passes per piece")
    args = parser.parse_args()
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        write_copies(work / "in", 1, args.articles)
        db = work / "k.db"
        command = [sys.executable, "-m", "kabar", "analyze", str(work / "in"), "--db", str(db)]
        subprocess.run([*command, "-q"], env=environment, capture_output=True, check=False)
        store = open_store(str(db))
        articles = list(store.iter_articles())
        stories = list(store.iter_stories())
        pieces: dict[str, Callable[[], object]] = {
            "event clues": lambda: [event_clues(a) for a in articles],
            "link features": lambda: article_features(articles),
            "quote reading of a body": lambda: [read_body(a.body, a.entities) for a in articles],
            "export (to /dev/null)": lambda: write_export(os.devnull, articles, stories, ()),
        }
        print(f"{len(articles)} articles, least of {args.repeats} passes, load average "
              f"{os.getloadavg()[0]:.1f}")
        for label, piece in pieces.items():
            print(f"{label:28} {least(piece, args.repeats) * 1000 / len(articles):8.3f} ms")
        loads = [
            float(subprocess.run([sys.executable, "-c", _MODEL_LOAD], env=environment,
                                 capture_output=True, text=True, check=True).stdout)
            for _ in range(3)
        ]
        print(f"{'CRF model load (per process)':28} {min(loads) * 1000:8.0f} ms")
        store.close()


if __name__ == "__main__":
    main()
