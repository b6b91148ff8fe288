"""Check that a change kept kabar's output byte for byte: exports of fixed corpora vs a baseline.

A behaviour-preserving change (a refactor, a speed-up) must leave every export identical except
its ``generated`` stamp. This script analyses each corpus into a fresh store through the CLI,
exactly as a user would, and reduces two documents per corpus to SHA-256 digests: the run's
``analyze --json`` export and the store's ``export``. ``--record`` writes the digests to
``scripts/identical_baseline.json``; without it the digests are compared with that file and any
difference is named (exit status 1). ``--keep DIR`` keeps the exports for a diff.

Corpora: ``examples`` (the bundled corpus), ``seeds`` (../shared/seeds), ``detik`` (the 1,000
rows of ../shared/data/detik_entity_aspect_summ as JSON Lines with title, text and URL) and
``indosum`` (the five IndoSum dev folds as given). Each corpus is read under a fixed relative
name from a temporary folder, so the digests do not depend on where the repo lies. The first two
run in the test suite; all four before a refactor lands::

    .venv/bin/python scripts/check_identical.py                 # all four, against the baseline
    .venv/bin/python scripts/check_identical.py examples seeds  # the quick ones
    .venv/bin/python scripts/check_identical.py --record        # after an intended change
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "scripts" / "identical_baseline.json"
KABAR = [sys.executable, "-m", "kabar"]
# Every run reads its inputs as of this moment: a date after the moment of analysis is dropped
# as a typo, so without a fixed one the digests would change with the wall clock.
AS_OF = "2026-12-07T12:00:00Z"


def _examples(work: Path) -> list[str]:
    return [_link(work, "examples", ROOT / "examples" / "corpus")]


def _seeds(work: Path) -> list[str]:
    return [_link(work, "seeds", _required(SHARED / "seeds"))]


def _indosum(work: Path) -> list[str]:
    folder = _link(work, "indosum", _required(SHARED / "data" / "indosum_devfolds"))
    return [f"{folder}/{p.name}" for p in sorted((work / folder).glob("dev.*.jsonl.gz"))]


def _detik(work: Path) -> list[str]:
    source = _required(SHARED / "data" / "detik_entity_aspect_summ" / "data_berita.csv")
    with source.open(encoding="utf-8", newline="") as rows, (work / "detik.jsonl").open("w") as out:
        for row in csv.DictReader(rows):
            record = {"title": row["judul"], "text": row["isi_berita"], "url": row["tautan"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return ["detik.jsonl"]


def _link(work: Path, name: str, target: Path) -> str:
    """Put a corpus under a fixed relative name: sources (and the ids hashed from them) then do
    not depend on where the repo or the temporary folder lies."""
    (work / name).symlink_to(target, target_is_directory=True)
    return name


CORPORA: dict[str, Callable[[Path], list[str]]] = {
    "examples": _examples,
    "seeds": _seeds,
    "detik": _detik,
    "indosum": _indosum,
}


def _required(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"check_identical: {path} is missing (../shared must lie beside the repo)")
    return path


def canonical_digest(path: Path) -> str:
    """Return the SHA-256 of an export's bytes with its ``generated`` stamp removed."""
    document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("generated", None)
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digests(name: str, keep: Path | None = None) -> dict[str, str]:
    """Analyse one corpus into a fresh store; return the digests of its two exports."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inputs = CORPORA[name](work)
        db, run_json, store_json = work / "k.db", work / "run.json", work / "store.json"
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        analyze = [*KABAR, "analyze", *inputs, "--db", str(db), "--json", str(run_json),
                   "--as-of", AS_OF]
        done = subprocess.run([*analyze, "-q"], cwd=work, env=env, capture_output=True, text=True)
        if done.returncode not in (0, 1):
            raise SystemExit(f"check_identical: {name}: analyze failed:\n{done.stderr}")
        export = [*KABAR, "export", "--db", str(db), "--json", str(store_json)]
        subprocess.run(export, cwd=work, env=env, check=True)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for path in (run_json, store_json):
                (keep / f"{name}.{path.name}").write_bytes(path.read_bytes())
        return {"analyze": canonical_digest(run_json), "export": canonical_digest(store_json)}


def main(argv: list[str] | None = None) -> int:
    """Compare (or record) the digests of the named corpora; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", metavar="CORPUS", help=", ".join(CORPORA))
    parser.add_argument("--record", action="store_true", help="write the baseline digests")
    parser.add_argument("--keep", type=Path, help="keep the exports in this folder")
    args = parser.parse_args(argv)
    names = args.corpora or list(CORPORA)
    unknown = sorted(set(names) - set(CORPORA))
    if unknown:
        parser.error(f"unknown corpus: {', '.join(unknown)}")
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    failed = []
    for name in names:
        found = digests(name, args.keep)
        if args.record:
            baseline[name] = found
            print(f"{name}: recorded")
            continue
        expected = baseline.get(name)
        same = expected == found
        print(f"{name}: {'identical' if same else 'DIFFERENT'}")
        if not same:
            failed.append(name)
    if args.record:
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
