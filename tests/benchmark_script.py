"""Run an evaluation script of benchmarks/ as a subprocess and read the figures it prints.

The quality gates never import benchmarks/: each runs its script the way a maintainer does,
with this checkout's src/ first on PYTHONPATH, and asserts floors on the JSON it prints.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO / "benchmarks"


def run_benchmark(*argv: str, last_line: bool = False) -> Any:
    """Run ``python ARGV`` in benchmarks/ (a script name, or ``-c CODE``) and return the JSON on
    its stdout; ``last_line``: it prints a report first and its figures on the last line."""
    paths = [str(REPO / "src"), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    done = subprocess.run(
        [sys.executable, *argv],
        cwd=BENCHMARKS,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"{argv[0]} failed:\n{done.stderr[-3000:]}"
    text = done.stdout.strip().splitlines()[-1] if last_line else done.stdout
    return json.loads(text)
