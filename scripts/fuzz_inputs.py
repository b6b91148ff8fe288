"""Coverage-guided fuzzing of the readers and the quote parser (atheris, else hypothesis).

Each target takes arbitrary bytes and must return normally or raise the error that becomes a
Reject (``InputError``); anything else is a crash, kept by libFuzzer as ``crash-*`` to replay.
Targets:

- ``readers``: ``kabar.ingest.read_bytes`` under every file name kind (text, JSON, CSV, HTML,
  gzip), so the decoders, the gzip reader and the record schema all see the bytes;
- ``quotes``: ``kabar.quotes.extract_quotes`` over the bytes decoded as UTF-8, with offsets
  checked to lie inside the body.

atheris is not a dependency; install it beside the project and put it on the path::

    pip install --target /tmp/atheris_pkg atheris
    PYTHONPATH=src:/tmp/atheris_pkg python scripts/fuzz_inputs.py readers -max_total_time=120
    PYTHONPATH=src:/tmp/atheris_pkg python scripts/fuzz_inputs.py quotes -runs=100000

Without atheris the same targets run under hypothesis (``--examples N``), which is not
coverage-guided but shrinks what it finds. Either way the last line says how many inputs ran.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable

from kabar.errors import InputError

_NAMES = ("a.txt", "a.json", "a.jsonl", "a.csv", "a.tsv", "a.html", "a.txt.gz", "-")
_runs = 0


def readers(data: bytes) -> None:
    global _runs
    _runs += 1
    if not data:
        return
    from kabar.ingest import read_bytes

    name = _NAMES[data[0] % len(_NAMES)]
    with contextlib.suppress(InputError):
        read_bytes(data[1:], name, max_bytes=1_000_000)


def quotes(data: bytes) -> None:
    global _runs
    _runs += 1
    from kabar.quotes import extract_quotes

    body = data.decode("utf-8", "replace")
    for quote in extract_quotes(body):
        assert 0 <= quote.start <= quote.end <= len(body), quote


TARGETS: dict[str, Callable[[bytes], None]] = {"readers": readers, "quotes": quotes}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer or --examples N]")
    target = TARGETS[sys.argv.pop(1)]
    started = time.monotonic()
    try:
        import atheris
    except ImportError:
        _with_hypothesis(target)
    else:
        import atexit

        atexit.register(_summary, started, "atheris")
        with atheris.instrument_imports():
            import kabar.ingest
            import kabar.quotes  # noqa: F401
        atheris.Setup(sys.argv, target)
        atheris.Fuzz()
    _summary(started, "hypothesis")


def _with_hypothesis(target: Callable[[bytes], None]) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    examples = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 2000
    run = settings(max_examples=examples, deadline=None, database=None,
                   suppress_health_check=list(HealthCheck))(given(st.binary(max_size=4096))(target))
    run()


def _summary(started: float, engine: str) -> None:
    print(f"fuzz: {_runs:,} executions survived in {time.monotonic() - started:.0f} s ({engine})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
