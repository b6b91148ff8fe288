"""Build a mypyc-compiled copy of kabar's per-article stages in a folder of its own, for measuring.

    .venv/bin/python scripts/build_compiled.py [--out build/compiled]   # ~3 minutes of CPU
    .venv/bin/python scripts/build_compiled.py --check                  # is the build stale?
    PYTHONPATH=build/compiled/src .venv/bin/python benchmarks/bench_stage_cpu.py --limit 1200

Copies ``src/kabar`` to ``OUT/src/kabar`` and compiles there, with mypyc (it ships with mypy,
a dev dependency; a C compiler and the Python headers are needed), the modules of the entity,
quote and clean stages and ``kabar.text``. Nothing is built inside ``src``: an extension module
beside a ``.py`` file is imported instead of it, so an edited source would silently run its old
compiled code. The copy is only used when it is put on ``PYTHONPATH`` by hand, and
``OUT/manifest.json`` records a digest of every source file it was built from; ``--check`` names
the files changed since (exit status 1), so a measurement is not made on stale code.

Not compiled: the packages' ``__init__`` modules (thin re-exports; nothing to gain) and
``kabar.models``: its frozen dataclasses become native classes, which pickle but do not unpickle
(``FrozenInstanceError`` on the first field), and outcomes cross the process pool and Dask
pickled. Compiling it (with ``kabar.meta``, ``kabar.lexicon`` and ``kabar.parts``) measured no
faster anyway. What the build gains: docs/SCALING.md, "Compiling the stages with mypyc".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "kabar"
# Globs under src/kabar of the modules compiled: the per-article stages' rule code.
COMPILED = ("entities/*.py", "quotes/*.py", "clean/*.py", "text.py")
SKIPPED_NAMES = frozenset({"__init__.py"})


def compiled_modules(package: Path) -> list[Path]:
    """The modules to compile, relative to the folder holding ``package``, in a stable order."""
    found = {path for pattern in COMPILED for path in package.glob(pattern)}
    return sorted(p.relative_to(package.parent) for p in found if p.name not in SKIPPED_NAMES)


def source_digests(package: Path) -> dict[str, str]:
    """SHA-256 of every Python source of the package, by path relative to its parent folder."""
    return {
        str(path.relative_to(package.parent)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(package.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def stale_files(recorded: dict[str, str], current: dict[str, str]) -> list[str]:
    """Sources added, removed or changed since the build, sorted."""
    return sorted(
        name
        for name in recorded.keys() | current.keys()
        if recorded.get(name) != current.get(name)
    )


def build(out: Path) -> int:
    """Copy the package to ``out/src`` and compile the stage modules there with mypyc."""
    source = out / "src"
    if source.exists():
        shutil.rmtree(source)
    shutil.copytree(PACKAGE, source / "kabar", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", out / "pyproject.toml")
    modules = [str(path) for path in compiled_modules(source / "kabar")]
    command = [sys.executable, "-m", "mypyc", "--config-file", "../pyproject.toml", *modules]
    done = subprocess.run(command, cwd=source, capture_output=True, text=True)
    (out / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode != 0:
        print(f"mypyc failed; see {out / 'build.log'}", file=sys.stderr)
        return done.returncode
    # The digests of the copy compiled, not of src: src may be edited during the build.
    manifest = {"compiled": modules, "sources": source_digests(source / "kabar")}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"{len(modules)} modules compiled; use PYTHONPATH={source}")
    return 0


def check(out: Path) -> int:
    """Exit status 1 and the changed files if ``src`` moved on since the build in ``out``."""
    manifest_path = out / "manifest.json"
    if not manifest_path.exists():
        print(f"no build in {out}", file=sys.stderr)
        return 1
    recorded = json.loads(manifest_path.read_text(encoding="utf-8"))["sources"]
    changed = stale_files(recorded, source_digests(PACKAGE))
    for name in changed:
        print(f"changed since the build: {name}")
    if not changed:
        print(f"{out} is current with src")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    """Build, or check, the compiled copy."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "compiled")
    parser.add_argument("--check", action="store_true", help="only say whether the build is stale")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if args.check:
        return check(out)
    out.mkdir(parents=True, exist_ok=True)
    return build(out)


if __name__ == "__main__":
    raise SystemExit(main())
