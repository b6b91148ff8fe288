"""Time per KB of each per-article stage as one article grows from 10 KB to 5 MB.

    .venv/bin/python benchmarks/bench_article_size.py [--sizes 10,100,1000,5000]
        [--kinds prose,word,kata] [--stages clean,describe,entities,quotes] [--budget S]

Three kinds of article text, all written for this benchmark: ``prose`` (fictional news
paragraphs with names, figures and quotations, varied so that no two are alike), ``word`` (one
word, no space, the length of the article) and ``kata`` (``"Kata, `` repeated, the shape that
stalled attribution). Each (stage, kind, size) runs in a child process so that a stage over
its budget is stopped and reported as such; the time measured is the stage's own (the
child's imports and word lists are loaded before the clock starts). Each article goes
through ``kabar.pipeline.process_document`` as in a run: a body over ``kabar.parts.PART_CHARS``
is read by the entity and quote stages in parts, which bounds their time per KB. Prints one
row per stage and kind: milliseconds per KB at each size, and the ratio of the largest to the
smallest from 100 KB up (flat: near 1; quadratic: near the size ratio). Then one row per kind:
the child's peak resident memory at each size, and what the article added to it (the peak
less the resident memory after the warm-up, when the word lists and models are loaded). Last,
the CPU time of all the stages per KB: on a shared machine the stage times above are wall
clock and include waiting for the others' work; CPU time does not.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from functools import cache
from typing import Any

_NAMES = ("Budi Santoso", "Siti Rahma", "Agus Wibowo", "Dewi Lestari", "Rudi Hartono")
_PLACES = ("Kota Lamaran", "Kabupaten Sukamaju", "Desa Tirta", "Pulau Kenari")


def article_text(kind: str, size: int) -> str:
    """Return ``size`` characters of article text of one kind."""
    if kind == "word":
        return "a" * size
    if kind == "kata":
        return ('"Kata, ' * (size // 7 + 1))[:size]
    paragraphs: list[str] = []
    length, number = 0, 0
    while length < size:
        name = _NAMES[number % len(_NAMES)]
        place = _PLACES[number % len(_PLACES)]
        paragraph = (
            f"Pemerintah {place} menyalurkan bantuan senilai Rp{number + 3}00 juta kepada "
            f"{number % 90 + 10} keluarga pada Senin ({number % 28 + 1}/3). "
            f'"Kami ingin bantuan tahap {number} sampai tepat waktu," kata {name} di '
            f"{place}. Menurut {name}, warga diminta mendaftar di kantor kelurahan."
        )
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        number += 1
    return "\n\n".join(paragraphs)[:size]


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        line = next(x for x in status if x.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def run_one(kind: str, size: int) -> tuple[dict[str, float], dict[str, float]]:
    """Run the per-article stages on one article in this process; return seconds per stage.

    The article goes through ``kabar.pipeline.process_document`` as a run sends it, so a body
    over the per-article bound is read in parts (``kabar.parts``) as it is in a run. A text
    cleaning rejects whole (one word repeated) is given to the later stages as it stands.
    """
    from kabar.models import RawDocument

    # Word lists and patterns load on first use: warm every stage on 2 KB of both kinds.
    for warm_kind in dict.fromkeys(("prose", kind)):
        warm = RawDocument(
            source="warm.txt", text=article_text(warm_kind, 2000), format="text", title="Judul"
        )
        _stages(warm, {})
    warm_mb = _rss_mb()
    raw = RawDocument(
        source="big.txt", text=article_text(kind, size), format="text", title="Judul Berita"
    )
    timings: dict[str, float] = {}
    cpu = time.process_time()
    _stages(raw, timings)
    cpu = time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return timings, {"warm_mb": round(warm_mb, 1), "peak_mb": round(peak_mb, 1), "cpu_s": cpu}


def _stages(raw: Any, timings: dict[str, float]) -> None:
    from kabar import pipeline
    from kabar.clean import clean
    from kabar.entities import find_entities
    from kabar.parts import PART_CHARS, extract_quotes_in_parts, find_entities_in_parts
    from kabar.quotes import extract_quotes
    from kabar.stage_clock import StageError

    try:
        pipeline.process_document(raw, timings)
        return
    except StageError:  # nothing left after cleaning: time the later stages on the raw text
        pass
    body = raw.text
    started = time.perf_counter()
    clean(raw)
    timings["clean"] = time.perf_counter() - started
    timings["describe"] = 0.0
    started = time.perf_counter()
    parts = [(0, len(body), find_entities(body))] if len(body) <= PART_CHARS else None
    if parts is None:
        _, parts = find_entities_in_parts(body, find_entities, PART_CHARS)
    timings["entities"] = time.perf_counter() - started
    started = time.perf_counter()
    extract_quotes_in_parts(body, parts, extract_quotes)
    timings["quotes"] = time.perf_counter() - started


def measure(stage: str, kind: str, size: int, budget: float) -> float | None:
    """Return the stage's seconds on one article in a child process, None over the budget."""
    done = _measure_all(kind, size, budget)
    return None if done is None else done["timings"][stage]


@cache
def _measure_all(kind: str, size: int, budget: float) -> dict[str, dict[str, float]] | None:
    """Run every stage on one article in a child process (once for all the stages' rows)."""
    command = [sys.executable, __file__, "--one", f"all,{kind},{size}"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=budget, check=True)
    except subprocess.TimeoutExpired:
        return None
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    """Measure every stage, kind and size; print ms per KB."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="10,100,1000,5000", help="article sizes in KB")
    parser.add_argument("--kinds", default="prose,word,kata")
    parser.add_argument("--stages", default="clean,describe,entities,quotes")
    parser.add_argument("--budget", type=float, default=120.0, help="seconds per measurement")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        stage, kind, size = args.one.split(",")
        timings, memory = run_one(kind, int(size))
        print(json.dumps({"timings": timings, "memory": memory}))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'stage':9} {'kind':6} " + " ".join(f"{s:>8}KB" for s in sizes) + "   max/min ≥100KB")
    for stage in args.stages.split(","):
        for kind in args.kinds.split(","):
            per_kb: list[float] = []
            cells: list[str] = []
            for size in sizes:
                seconds = measure(stage, kind, size * 1024, args.budget)
                if seconds is None:
                    cells.append(f"{'>' + str(int(args.budget)) + 's':>10}")
                    break  # larger sizes would only take longer
                per_kb.append(seconds * 1000 / size)
                cells.append(f"{per_kb[-1]:8.3f}ms")
            # From 100 KB up: below it the per-call cost of the word lists and patterns shows.
            large = [t for t, size in zip(per_kb, sizes, strict=False) if size >= 100]
            ratio = max(large) / min(large) if len(large) > 1 and min(large) > 0 else 0.0
            print(f"{stage:9} {kind:6} " + " ".join(cells) + f"   {ratio:.1f}", flush=True)
    print("\npeak resident memory of the child, MB (article's own: peak less after warm-up)")
    for kind in args.kinds.split(","):
        cells = []
        for size in sizes:
            done = _measure_all(kind, size * 1024, args.budget)
            if done is None:
                cells.append(f"{'-':>10}")
                continue
            memory = done["memory"]
            cells.append(f"{memory['peak_mb']:5.0f}(+{memory['peak_mb'] - memory['warm_mb']:.0f})")
        print(f"{'memory':9} {kind:6} " + " ".join(f"{c:>10}" for c in cells), flush=True)
    print("\nCPU time of all the stages, ms per KB (the child's own: not slowed by other work)")
    for kind in args.kinds.split(","):
        cells = []
        for size in sizes:
            done = _measure_all(kind, size * 1024, args.budget)
            cpu = None if done is None else done["memory"].get("cpu_s")
            cells.append(f"{'-':>10}" if cpu is None else f"{cpu * 1000 / size:8.3f}ms")
        print(f"{'cpu':9} {kind:6} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
