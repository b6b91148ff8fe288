"""`kabar analyze` end to end on 1x, 2x, 4x... the IndoSum dev set, beside regex tokenisation.

    .venv/bin/python benchmarks/bench_cli.py [--copies 1,2,4] [--jobs N] [--dask] [--out F]

Each size is that many distinct copies of the IndoSum dev articles (../shared/data/
indosum_devfolds; copy n > 0 ends its last paragraph with "(salinan n)", so every copy has an
id of its own and links as a near-copy of the original, as syndicated news does). Each run is
the CLI as a user runs it (``python -m kabar analyze DIR --db NEW.db --json OUT.json -q``) in
a child process; reported: wall seconds, articles/s, CPU seconds (user + system of the run
and its worker processes), CPU use (CPU seconds / wall), peak resident memory of the whole
process tree (sampled every 0.2 s) and of its largest process. In the same run, regex
tokenisation (``\\w+|[^\\w\\s]``) of the same texts on one core gives the yardstick: the goal is
CLI articles/s >= 0.02 x tokenised articles/s.

``--dask`` also runs ``--engine dask --scheduler ADDRESS`` against a LocalCluster of 2
single-threaded worker processes started here, beside the local engine with ``--jobs 2`` on
the same input (1x). On a shared machine wall times are noisy: compare CPU seconds too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil
from corpora import indosum_records

ROOT = Path(__file__).resolve().parents[1]
# Records per input file (the IndoSum folds hold ~700 each; 10 MB is the default file limit).
_PER_FILE = 500
_TOKEN = re.compile(r"\w+|[^\w\s]")


def write_copies(folder: Path, copies: int, limit: int | None = None) -> tuple[int, list[str]]:
    """Write ``copies`` distinct copies of the IndoSum dev set (its first ``limit`` articles);
    return (articles, bodies)."""
    records = list(indosum_records())[:limit]
    texts: list[str] = []
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(copies):
        for start in range(0, len(records), _PER_FILE):
            name = folder / f"copy{n:03d}-{start // _PER_FILE:02d}.jsonl.gz"
            with gzip.open(name, "wt", encoding="utf-8") as out:
                for record in records[start : start + _PER_FILE]:
                    paragraphs = [[list(s) for s in p] for p in record["paragraphs"]]
                    if n:
                        paragraphs[-1][-1].append(f"(salinan {n})")
                    row = {"paragraphs": paragraphs, "url": f"{record['source_url']}#{n}"}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    texts.append(" ".join(t for p in paragraphs for s in p for t in s))
    return len(records) * copies, texts


def tokenise_rate(texts: list[str]) -> float:
    """Return articles per second of regex tokenisation on one core (best of three)."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for text in texts:
            _TOKEN.findall(text)
        best = min(best, time.process_time() - started)
    return len(texts) / best


def run_cli(arguments: list[str], workdir: Path) -> dict[str, Any]:
    """Run ``kabar analyze`` with these arguments; return wall, CPU and peak memory."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "kabar", "analyze", *arguments, "-q", "--nice", "0"]
    started = time.perf_counter()
    log = (workdir / "stderr.txt").open("w+", encoding="utf-8")  # a pipe could fill and block
    child = subprocess.Popen(command, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=log)
    tree_peak = 0
    parent = psutil.Process(child.pid)
    while child.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            tree_peak = max(tree_peak, sum(p.memory_info().rss for p in tree))
        except psutil.Error:
            pass
        time.sleep(0.2)
    wall = time.perf_counter() - started
    usage = resource_of_children()
    log.seek(0)
    lines = log.read().splitlines()
    log.close()
    if child.returncode not in (0, 1) or not lines:
        raise SystemExit(f"kabar analyze failed ({child.returncode}): {lines[-5:]}")
    print(f"  {lines[-1]}", flush=True)
    return {"wall": wall, "tree_peak_mb": tree_peak / 2**20, **usage, "summary": lines[-1]}


_LAST_USAGE = [0.0]


def resource_of_children() -> dict[str, float]:
    """Return the CPU seconds of children waited for since the last call, and their max RSS."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    spent, _LAST_USAGE[0] = cpu - _LAST_USAGE[0], cpu
    return {"cpu": spent, "maxrss_mb_so_far": usage.ru_maxrss / 1024}


def row(label: str, articles: int, measured: dict[str, Any]) -> dict[str, Any]:
    """Print and return one result row."""
    rate = articles / measured["wall"]
    out = {
        "run": label,
        "articles": articles,
        "wall_s": round(measured["wall"], 1),
        "articles_per_s": round(rate, 1),
        "cpu_s": round(measured["cpu"], 1),
        "cpu_use": round(measured["cpu"] / measured["wall"], 2),
        "cpu_ms_per_article": round(measured["cpu"] * 1000 / articles, 2),
        "tree_peak_mb": round(measured["tree_peak_mb"]),
    }
    print(
        f"{label:28} {articles:7d} {out['wall_s']:8.1f} {rate:8.1f} {out['cpu_s']:8.1f} "
        f"{out['cpu_use']:5.2f} {out['cpu_ms_per_article']:7.2f} {out['tree_peak_mb']:7d}",
        flush=True,
    )
    return out


def main() -> None:
    """Run the sizes (and the Dask comparison); print a table, write JSON with --out."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--copies", default="1,2,4", help="multiples of the IndoSum dev set")
    parser.add_argument("--jobs", type=int, default=None, help="kabar analyze --jobs")
    parser.add_argument("--dask", action="store_true", help="compare with a 2-worker cluster")
    parser.add_argument("--out", help="also write the rows as JSON to this file")
    parser.add_argument("--articles", type=int, help="only the first N IndoSum articles")
    args = parser.parse_args()
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    rows: list[dict[str, Any]] = []
    print(f"{'run':28} {'articles':>7} {'wall s':>8} {'art/s':>8} {'cpu s':>8} "
          f"{'use':>5} {'cpu ms':>7} {'peak MB':>7}")
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        for copies in (int(c) for c in args.copies.split(",")):
            folder = work / f"x{copies}"
            articles, texts = write_copies(folder, copies, args.articles)
            tokens = tokenise_rate(texts)
            del texts
            print(f"regex tokenisation x{copies}: {tokens:,.0f} articles/s on one core; goal "
                  f">= {0.02 * tokens:,.0f} articles/s end to end", flush=True)
            measured = run_cli(
                [folder.name, "--db", f"x{copies}.db", "--json", f"x{copies}.json", *jobs], work
            )
            rows.append({**row(f"local x{copies} jobs={args.jobs or 'cores'}", articles,
                               measured), "tokenise_per_s": round(tokens)})
        if args.dask:
            rows.extend(_dask_rows(work, args.articles))
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


def _dask_rows(work: Path, limit: int | None) -> list[dict[str, Any]]:
    from distributed import LocalCluster

    folder = work / "x1"
    articles = len(list(indosum_records())[:limit])
    out = [row("local x1 jobs=2", articles, run_cli(
        [folder.name, "--db", "l2.db", "--json", "l2.json", "--jobs", "2"], work))]
    out.append(row("local x1 jobs=1", articles, run_cli(
        [folder.name, "--db", "l1.db", "--json", "l1.json", "--jobs", "1"], work)))
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        before = _cluster_cpu(cluster)
        measured = run_cli([folder.name, "--db", "d.db", "--json", "d.json", "--engine",
                            "dask", "--scheduler", cluster.scheduler_address], work)
        measured["cpu"] += _cluster_cpu(cluster) - before
        out.append(row("dask x1 2 workers", articles, measured))
    same = (work / "l2.json").read_bytes().split(b"\n", 3)[3] == (
        (work / "d.json").read_bytes().split(b"\n", 3)[3]
    )
    print(f"dask export identical to local (past the stamp): {same}")
    return out


def _cluster_cpu(cluster: Any) -> float:
    """Return the CPU seconds the cluster's worker processes spent so far."""
    total = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


if __name__ == "__main__":
    main()
