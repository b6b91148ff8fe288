"""Bounded load on ``kabar serve`` over loopback: 50 clients on mixed pages and API, alone and
while an analysis run writes to the same store.

The store is built as benchmarks/bench_web.py builds its stores (N distinct articles made
from the analysed example corpus and IndoSum text; not run in CI), or reused with --db.
The server is the real ``kabar serve`` in a subprocess. Each phase runs ``--seconds``: every
client thread picks a URL from the mix (front page, filters, search, story, article, person,
outlet pages; /api/v1 lists, items and search; /api/articles?limit=20) and requests it,
again and again. The second phase runs ``kabar analyze`` on an IndoSum dev fold into the
same store meanwhile. Reported per phase: requests, errors (non-200 or failed), p50/p95/p99
in ms measured by the client, and the server's resident memory (start, peak) read from
/proc.

The second phase writes to the store: give --keep a copy of a store you want to keep as it
is. The load average of the machine before and after is reported with the figures (on a
shared machine, latencies mostly measure the others' work).

Run: .venv/bin/python benchmarks/bench_load.py --size 100000 --seconds 30 --keep store.db \
    --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from bench_web import build, serve, urls

SHARED = Path(__file__).resolve().parents[2] / "shared"
KABAR = [sys.executable, "-m", "kabar"]


def rss_mb(pid: int) -> float:
    """Resident memory of the server: the process and its workers, if any."""
    total = 0.0
    children = Path(f"/proc/{pid}/task/{pid}/children")
    pids = [pid, *map(int, children.read_text().split())] if children.exists() else [pid]
    for one in pids:
        try:
            lines = Path(f"/proc/{one}/status").read_text().splitlines()
        except OSError:
            continue
        total += next((int(x.split()[1]) / 1024 for x in lines if x.startswith("VmRSS:")), 0.0)
    return total


def phase(base: str, mix: list[str], clients: int, seconds: float, pid: int) -> dict[str, float]:
    """``clients`` threads request URLs of the mix for ``seconds``; latencies and memory."""
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    memory = [rss_mb(pid)]

    def client(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30) as session:
            while time.monotonic() < stop:
                url = rng.choice(mix)
                start = time.perf_counter()
                try:
                    status = session.get(url).status_code
                    problem = None if status == 200 else f"{url}: {status}"
                except httpx.HTTPError as error:
                    problem = f"{url}: {type(error).__name__}"
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    times.append(elapsed)
                    if problem:
                        errors.append(problem)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        memory.append(rss_mb(pid))
        time.sleep(0.5)
    times.sort()

    def pct(p: float) -> float:
        return round(times[min(len(times) - 1, int(len(times) * p))], 1)

    return {
        "requests": len(times),
        "errors": len(errors),
        "error_examples": sorted(set(errors))[:5],  # type: ignore[dict-item]
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": round(times[-1], 1),
        "server_rss_start_mb": round(memory[0]),
        "server_rss_peak_mb": round(max(memory)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="articles in the store")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--keep", type=Path, help="build the store here (reused if it exists)")
    parser.add_argument("--workers", type=int, default=1, help="kabar serve --workers")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    db = args.keep or Path(folder.name) / "load.db"
    report: dict[str, object] = {
        "size": args.size,
        "clients": args.clients,
        "workers": args.workers,
        "load_average_before": os.getloadavg()[0],
    }
    if not db.exists():
        start = time.perf_counter()
        build(db, args.size)
        report["build_s"] = round(time.perf_counter() - start, 1)
    plan = urls(db, args.size, 200)
    mix = [url for kind in plan.values() for url in kind]
    mix += [f"/api/articles?limit=20&offset={n * 20}" for n in range(200)]
    process, base = serve(db, args.workers)
    try:
        for url in mix[::40]:
            httpx.get(base + url, timeout=60)  # warm each code path once
        report["alone"] = phase(base, mix, args.clients, args.seconds, process.pid)
        print(json.dumps(report, indent=1), file=sys.stderr)
        fold = SHARED / "data" / "indosum_devfolds" / "dev.01.jsonl.gz"
        writer = subprocess.Popen(
            [*KABAR, "analyze", str(fold), "--db", str(db), "-q"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(3)  # the run is reading and analysing, then writes in batches
        try:
            report["while_analysing"] = phase(base, mix, args.clients, args.seconds, process.pid)
            report["while_analysing"]["analysis_still_running"] = writer.poll() is None  # type: ignore[index]
        finally:
            if writer.poll() is None:
                os.kill(writer.pid, 15)
                writer.wait(30)
    finally:
        process.terminate()
        process.wait(30)
    report["load_average_after"] = os.getloadavg()[0]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
