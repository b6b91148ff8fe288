"""CPU per article of each phase of one `kabar analyze` run, to see where a run's time goes.

    .venv/bin/python benchmarks/bench_phases.py [--articles 600] [--jobs 1] [--copies 1]

Runs the CLI in this process (``kabar analyze DIR --db NEW.db --json OUT.json -q``) on the
first N IndoSum dev articles (written as bench_cli writes them), with the functions of each
phase wrapped in a CPU clock (``time.process_time``, this process only). Reported in ms of CPU
per article: the per-article stages (in this process with one job; with more, only the
warm-up before forking is in this process and the workers' CPU is a line of its own, read
after the pool is gone), saving outcomes to the store (and the
person registry and read indexes inside it), the link step (reading the unlinked articles a
chunk at a time, their link features, reading the link window, linking, describing stories
and committing: the stories are described as the commit writes them), and the export (the
contract check inside it).
Everything not wrapped (start-up, reading input, the pool's traffic) is the remainder. On a
shared machine CPU times are steadier than wall times; still, compare runs made together.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench_cli import write_copies

ROOT = Path(__file__).resolve().parents[1]
# The repo's own source, unless PYTHONPATH names one (a compiled copy: scripts/build_compiled.py).
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

import kabar.api as api  # noqa: E402 - the repo's own source, above
import kabar.export_writer as export_writer  # noqa: E402
import kabar.link_run as link_run  # noqa: E402
import kabar.pipeline as pipeline  # noqa: E402
import kabar.store.index as index  # noqa: E402
import kabar.store.registry as registry  # noqa: E402
import kabar.stories.assignment as assignment  # noqa: E402
import kabar.stories.linking as linking  # noqa: E402
from kabar.cli import main as cli  # noqa: E402
from kabar.store.sqlite import SQLiteStore  # noqa: E402

# (label, module or class, function name), in the order printed; indented labels are parts
# of the line above them.
PHASES: tuple[tuple[str, Any, str], ...] = (
    ("stages (this process)", pipeline, "process_or_reject"),
    ("save", pipeline, "_save"),
    ("  person registry", registry, "assign"),
    ("  read indexes", index, "refresh"),
    ("link step", pipeline, "_link_pending"),
    ("  read unlinked (chunks)", SQLiteStore, "unlinked_chunks"),
    ("  article features", link_run, "article_features"),
    ("  read link window", SQLiteStore, "link_window"),
    ("  link", link_run, "link_features"),
    ("    event clues", assignment, "event_clues"),
    ("    assign stories", linking, "assign_stories"),
    ("    storylines", linking, "_link_storylines"),
    ("  describe stories", link_run, "_described"),
    ("  commit (with the above)", SQLiteStore, "commit_link"),
    ("export", api, "write_run_json"),
    ("  contract check", export_writer, "_check"),
)


def clocked(owner: Any, name: str, spent: dict[str, float], label: str) -> None:
    """Replace ``owner.name`` by a wrapper adding its CPU seconds to ``spent[label]``."""
    function: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            result = function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - started
        return _clocked_items(result, spent, label) if inspect.isgenerator(result) else result

    setattr(owner, name, wrapper)


def _clocked_items(items: Iterator[Any], spent: dict[str, float], label: str) -> Iterator[Any]:
    """Yield a generator's items, adding the CPU seconds spent making each to ``spent``."""
    while True:
        started = time.process_time()
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - started
        yield item


def main() -> None:
    """Run the CLI once with the phases clocked; print ms of CPU per article per phase."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=600, help="first N IndoSum articles")
    parser.add_argument("--copies", type=int, default=1, help="distinct copies of them")
    parser.add_argument("--jobs", type=int, default=1, help="kabar analyze --jobs")
    args = parser.parse_args()
    spent: dict[str, float] = {}
    for label, owner, name in PHASES:
        clocked(owner, name, spent, label)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        articles, _ = write_copies(work / "in", args.copies, args.articles)
        before = time.process_time()
        command = ["analyze", str(work / "in"), "--db", str(work / "k.db"), "--json",
                   str(work / "k.json"), "-q", "--jobs", str(args.jobs)]
        stderr, sys.stderr = sys.stderr, open(os.devnull, "w")  # noqa: SIM115 - the run's notes
        try:
            cli.main(command, standalone_mode=False)
        except SystemExit as end:  # the command ends the process with its status
            if end.code not in (0, 1, None):
                raise
        finally:
            sys.stderr.close()
            sys.stderr = stderr
        total = time.process_time() - before
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    per = 1000 / articles
    print(f"{articles} articles, --jobs {args.jobs}, load average {os.getloadavg()[0]:.1f}")
    print(f"{'phase':28} {'ms CPU/article':>15}")
    for label, _, _ in PHASES:
        print(f"{label:28} {spent.get(label, 0.0) * per:15.2f}")
    top = sum(spent.get(label, 0.0) for label, _, _ in PHASES if not label.startswith(" "))
    print(f"{'remainder (this process)':28} {(total - top) * per:15.2f}")
    print(f"{'this process':28} {total * per:15.2f}")
    if args.jobs > 1:
        print(f"{'worker processes':28} {(workers.ru_utime + workers.ru_stime) * per:15.2f}")


if __name__ == "__main__":
    main()
