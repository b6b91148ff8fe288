"""Bounded load on ``kabar serve`` over loopback: 50 clients on mixed pages and API, alone and
while an analysis run writes to the same store.

The store is built as benchmarks/bench_web.py builds its stores (N distinct articles made
from the analysed example corpus and IndoSum text; not run in CI), or reused with --db.
The server is the real ``kabar serve`` in a subprocess. Every client thread picks a URL from
the mix at random (2,200 distinct URLs: front page, filters, search, story, article, person,
outlet pages; /api/v1 lists, items and search; /api/articles?limit=20), requests it, and
waits a think time (uniform, mean ``--think`` seconds, as a reader clicking does) before the
next: a bounded load of at most clients / think requests per second. Each such phase is
followed by a closed-loop one (no think time: every client asks again at once), which
measures the server's saturation throughput; its latency is about clients / throughput
whatever the server does, so it is reported beside, not instead of, the bounded figures.
Both run alone, then while ``kabar analyze --nice N`` (``--nice``, 10: a batch job on a machine
that also serves readers; 0 for none) writes the five IndoSum dev folds (3,750 articles, enough
to last both phases) into the same store, committing every ``--batch`` articles (20; the phases
start once its first commit is seen).

Reported per phase: offered (at most) and served requests per second, errors (non-200 or
failed), p50/p95/p99 in ms measured by the client, the share answered from the server's
cache (``kabar.web.cache``), the commits to the store seen (each empties that cache), the
server's CPU time per request and cores busy (from /proc, so it is the server's own cost
whatever else runs), its resident memory (start, peak), and the machine's load average at
the start and end of the phase (on a shared machine, latencies partly measure the others'
work; CPU per request does not).

The analysis phases write to the store: give --keep a copy of a store you want to keep as it
is.

Run: .venv/bin/python benchmarks/bench_load.py --size 100000 --seconds 30 --keep store.db \
    --workers 2 [--think 1.0] [--nice 10] [--no-saturation] [--no-analysis]
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

from kabar.api import ChangeCounter

SHARED = Path(__file__).resolve().parents[2] / "shared"
KABAR = [sys.executable, "-m", "kabar"]


def page_kind(url: str) -> str:
    """The kind of page a URL of the mix asks for: its path up to the first varying part."""
    path = url.split("?", 1)[0].rstrip("/") or "/"
    parts = path.split("/")
    if url.startswith("/?outlet"):
        return "/ (outlet)"
    if url.startswith("/api/articles"):
        return "/api/articles"
    return "/".join(parts[:4] if parts[1] == "api" else parts[:2]) or "/"


def server_pids(pid: int) -> list[int]:
    """The server process and its worker processes, if any."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [pid, *map(int, children.read_text().split())] if children.exists() else [pid]


def rss_mb(pid: int) -> float:
    """Resident memory of the server: the process and its workers, if any."""
    total = 0.0
    for one in server_pids(pid):
        try:
            lines = Path(f"/proc/{one}/status").read_text().splitlines()
        except OSError:
            continue
        total += next((int(x.split()[1]) / 1024 for x in lines if x.startswith("VmRSS:")), 0.0)
    return total


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by the server and its workers."""
    total = 0.0
    for one in server_pids(pid):
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def phase(
    base: str,
    mix: list[str],
    clients: int,
    seconds: float,
    pid: int,
    think: float,
    db: Path,
) -> dict[str, object]:
    """``clients`` threads request URLs of the mix for ``seconds``; latencies and memory.

    With ``think`` > 0 each client waits a random time (uniform, mean ``think`` seconds)
    between the end of an answer and its next request, as a reader clicking does: the load is
    bounded, and offered at most clients / think requests per second. With 0 they ask again at
    once (closed loop): what is served is the server's saturation throughput, and latency
    is then about clients / throughput whatever the server does.
    """
    # Made before the clock starts: each client builds an SSL context, which takes the
    # load generator's GIL long enough to delay the answers other clients are timing.
    sessions = [httpx.Client(base_url=base, timeout=30) for _ in range(clients)]
    times: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors: list[str] = []
    hits = [0]
    lock = threading.Lock()
    started = time.monotonic()
    stop = started + seconds
    memory = [rss_mb(pid)]
    counter = ChangeCounter(db)
    versions = {counter.value()}
    cpu_before = cpu_seconds(pid)
    load_before = os.getloadavg()[0]

    def client(seed: int) -> None:
        rng = random.Random(seed)
        with sessions[seed] as session:
            if think > 0:
                time.sleep(rng.uniform(0, think))  # readers do not all arrive at once
            while time.monotonic() < stop:
                url = rng.choice(mix)
                start = time.perf_counter()
                hit = False
                try:
                    response = session.get(url)
                    status = response.status_code
                    problem = None if status == 200 else f"{url}: {status}"
                    hit = response.headers.get("x-cache") == "hit"
                except httpx.HTTPError as error:
                    problem = f"{url}: {type(error).__name__}"
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    times.append(elapsed)
                    by_kind.setdefault(page_kind(url), []).append(elapsed)
                    hits[0] += hit
                    if problem:
                        errors.append(problem)
                if think > 0:
                    time.sleep(rng.uniform(0, 2 * think))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        memory.append(rss_mb(pid))
        versions.add(counter.value())
        time.sleep(0.5)
    counter.close()
    elapsed_s = time.monotonic() - started
    cpu_used = cpu_seconds(pid) - cpu_before
    times.sort()

    def pct(p: float) -> float:
        return round(times[min(len(times) - 1, int(len(times) * p))], 1)

    return {
        "think_s": think,
        "offered_per_s_at_most": round(clients / think, 1) if think > 0 else "closed loop",
        "requests": len(times),
        "served_per_s": round(len(times) / elapsed_s, 1),
        "errors": len(errors),
        "error_examples": sorted(set(errors))[:5],
        "cache_hits": round(hits[0] / max(len(times), 1), 3),
        "store_changes_seen": len(versions) - 1,  # each one empties the server's cache
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": round(times[-1], 1),
        "p99_ms_by_page": {
            kind: round(sorted(values)[min(len(values) - 1, int(len(values) * 0.99))], 1)
            for kind, values in sorted(by_kind.items())
        },
        "server_cpu_ms_per_request": round(cpu_used * 1000 / max(len(times), 1), 2),
        "server_cpu_cores_busy": round(cpu_used / elapsed_s, 2),
        "server_rss_start_mb": round(memory[0]),
        "server_rss_peak_mb": round(max(memory)),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="articles in the store")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--keep", type=Path, help="build the store here (reused if it exists)")
    parser.add_argument("--workers", type=int, default=1, help="kabar serve --workers")
    parser.add_argument(
        "--think", type=float, default=1.0,
        help="mean seconds a client waits between answer and next request (bounded load)",
    )
    parser.add_argument(
        "--no-saturation", action="store_true",
        help="skip the closed-loop phases (clients asking again at once)",
    )
    parser.add_argument(
        "--no-analysis", action="store_true", help="skip the phases during an analysis run"
    )
    parser.add_argument(
        "--batch", type=int, default=20, help="articles the analysis run writes per commit"
    )
    parser.add_argument(
        "--nice", type=int, default=10, help="kabar analyze --nice of the analysis run"
    )
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    db = args.keep or Path(folder.name) / "load.db"
    report: dict[str, object] = {
        "size": args.size,
        "clients": args.clients,
        "workers": args.workers,
        "seconds_per_phase": args.seconds,
        "cpus": os.cpu_count(),
        "load_average_before": os.getloadavg()[0],
    }
    if not db.exists():
        start = time.perf_counter()
        build(db, args.size)
        report["build_s"] = round(time.perf_counter() - start, 1)
    plan = urls(db, args.size, 200)
    mix = [url for kind in plan.values() for url in kind]
    mix += [f"/api/articles?limit=20&offset={n * 20}" for n in range(200)]
    report["distinct_urls"] = len(set(mix))
    thinks = [args.think] + ([] if args.no_saturation else [0.0])
    process, base = serve(db, args.workers)
    try:
        for url in mix[::40]:
            httpx.get(base + url, timeout=60)  # warm each code path once
        for think in thinks:
            name = "bounded" if think > 0 else "saturation"
            report[f"alone_{name}"] = phase(
                base, mix, args.clients, args.seconds, process.pid, think, db
            )
            print(json.dumps(report, indent=1), file=sys.stderr)
        if not args.no_analysis:
            analyse_meanwhile(report, base, mix, args, thinks, process.pid, db)
    finally:
        process.terminate()
        process.wait(30)
    report["load_average_after"] = os.getloadavg()[0]
    print(json.dumps(report, indent=1))


def analyse_meanwhile(
    report: dict[str, object],
    base: str,
    mix: list[str],
    args: argparse.Namespace,
    thinks: list[float],
    pid: int,
    db: Path,
) -> None:
    """The same phases while ``kabar analyze`` writes the IndoSum dev folds into the store."""
    folds = SHARED / "data" / "indosum_devfolds"
    report["analysis_nice"] = args.nice
    # Articles are written every ``--batch`` of them, so that the store changes during the
    # phases (each change empties the server's cache: the worst case for it).
    config = Path(tempfile.mkdtemp()) / "batch.toml"
    config.write_text(f"[pipeline]\nbatch_size = {args.batch}\n")
    counter = ChangeCounter(db)
    first = counter.value()
    writer = subprocess.Popen(
        [*KABAR, "analyze", str(folds), "--db", str(db), "-q", "--config", str(config),
         "--nice", str(args.nice)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    started = time.monotonic()
    while counter.value() == first and writer.poll() is None and time.monotonic() - started < 300:
        time.sleep(0.5)  # the run reads and analyses its first batch before it writes
    report["analysis_first_write_after_s"] = round(time.monotonic() - started, 1)
    counter.close()
    try:
        for think in thinks:
            name = "bounded" if think > 0 else "saturation"
            result = phase(base, mix, args.clients, args.seconds, pid, think, db)
            result["analysis_still_running"] = writer.poll() is None
            report[f"while_analysing_{name}"] = result
            print(json.dumps(report, indent=1), file=sys.stderr)
    finally:
        if writer.poll() is None:
            os.kill(writer.pid, 15)
            writer.wait(30)


if __name__ == "__main__":
    main()
