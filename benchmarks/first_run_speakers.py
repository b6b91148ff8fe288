"""Wrong speakers of a blind set's first run, by the way today's code finds each speaker.

Usage: python benchmarks/first_run_speakers.py [SET ...] [--json]

A people probe (``tests/data/probe_people11`` ...) was keyed blind, scored once with the code
of the day (its ``FIRST_SCORE.txt``), then developed on. Its first run is the only measure of
how the speaker rules fare on text nobody tuned them on. This script reruns it: the code of the
commit before the one that added the set's key (``git archive`` into a temporary folder), on
the set's articles, in a subprocess; then it sorts each first-run wrong speaker

* by the evidence kind today's code gives that quote (``Quote.attribution``, see
  ``kabar.quotes.evidence``; the code of the day kept no such trace, so the kind is today's
  reading of the same words), and
* as ``same_person`` (the named speaker shares a word with an accepted name: the right person
  under a wrong name, a title or place glued to it, "Flores Timur Fransiskus ...") or
  ``other_person`` (no word shared: a nickname not joined to its person, "Pur" for "Purnomo
  ...", or truly someone else).

It tells whether abstaining by evidence kind could have caught the first run's wrong speakers.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SETS = tuple(f"probe_people{n}" for n in range(11, 17))


def _norm(text: str | None) -> str:
    """``eval_probe._norm``, repeated: the worker imports nothing of today's code."""
    if text is None:
        return ""
    return re.sub(r"[\s\-‐]+", " ", text.lower().replace("’", "'")).strip()


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _find_quote(quotes: Any, expected: dict[str, Any]) -> Any:
    """``eval_probe._find_quote``, repeated for the worker."""
    start = _words(expected["start"])
    matches = [q for q in quotes if _words(q.text).startswith(start[: max(12, len(start))])]
    if not matches:
        matches = [q for q in quotes if start and start in _words(q.text)]
    if not matches:
        return None
    return next((q for q in matches if q.kind == expected["kind"]), matches[0])


def worker(label: str) -> None:
    """Print, as JSON, the speaker the kabar on PYTHONPATH gives each keyed direct quote."""
    import kabar

    folder = DATA / label
    key = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    result = kabar.analyze(sorted(str(p) for p in folder.glob("*.txt")))
    articles = {Path(a.source).name: a for a in result.articles}
    found = {}
    for name, want in sorted(key.items()):
        if name.startswith("_") or "persons" not in want:
            continue
        for n, quote_key in enumerate(want.get("quotes", ())):
            quote = _find_quote(articles[name].quotes, quote_key)
            if quote_key["kind"] == "direct" and quote is not None:
                found[f"{name}#{n}"] = quote.speaker
    print(json.dumps(found))


def first_run(label: str) -> dict[str, str | None]:
    """The speakers of a set's keyed direct quotes under the code before its key was added."""
    key = f"tests/data/{label}/expected.json"
    added = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", key],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not added:
        raise SystemExit(f"{key}: not in the history")
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "src.tar"
        subprocess.run(
            ["git", "archive", "-o", str(archive), f"{added[-1]}^", "src"], cwd=ROOT, check=True
        )
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")
        env = {**os.environ, "PYTHONPATH": str(Path(folder) / "src")}
        done = subprocess.run(
            [sys.executable, __file__, "--worker", label],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise SystemExit(f"{label}: the first-run code failed: {done.stderr[-2000:]}")
    speakers: dict[str, str | None] = json.loads(done.stdout)
    return speakers


def sort_wrong(
    label: str, speakers: dict[str, str | None], tally: Counter[tuple[str, str]]
) -> None:
    """Add the set's first-run outcomes to ``tally`` by today's evidence kind and verdict."""
    from eval_attribution import keyed_outcomes

    key = json.loads((DATA / label / "expected.json").read_text(encoding="utf-8"))
    for outcome in keyed_outcomes(label):
        if outcome.ref not in speakers:
            continue
        name, _, n = outcome.ref.partition("#")
        quote_key = key[name]["quotes"][int(n)]
        wanted = quote_key.get("speakers", [quote_key.get("speaker")])
        said = speakers[outcome.ref]
        kind = outcome.kind.removeprefix("abstained ")
        tally[kind, "count"] += 1
        if _norm(said) in {_norm(s) for s in wanted} or said is None or None in wanted:
            continue
        shared = set(_norm(said).split()) & {w for s in wanted for w in _norm(s).split()}
        tally[kind, "same_person" if shared else "other_person"] += 1


def main(argv: list[str] | None = None) -> int:
    """Run the first runs and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sets", nargs="*", default=list(SETS))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker)
        return 0
    from kabar.quotes import evidence

    tally: Counter[tuple[str, str]] = Counter()
    with contextlib.redirect_stdout(sys.stderr if args.json else sys.stdout), evidence.raw():
        for label in args.sets:
            sort_wrong(label, first_run(label), tally)
        kinds = sorted({k for k, _ in tally}, key=lambda k: -tally[k, "count"])
        print(f"{'kind (today)':36s} {'count':>6s} {'same_person':>12s} {'other_person':>13s}")
        for kind in kinds:
            row = (tally[kind, v] for v in ("count", "same_person", "other_person"))
            print(f"{kind:36s} {next(row):6d} {next(row):12d} {next(row):13d}")
    if args.json:
        print(json.dumps({f"{k}|{v}": n for (k, v), n in sorted(tally.items())}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
