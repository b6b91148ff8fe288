"""Speed and memory of collection: fetch, extract and analyse from 8 local hosts in parallel.

    .venv/bin/python benchmarks/bench_collect.py [--pages 2000] [--hosts 8]
                                                 [--analysis process|none] [--json]

Starts 8 news sites on 127.0.0.1 (one port each, in a process of their own) whose news
sitemaps list ``--pages`` generated article pages between them, then runs one
``collect_once`` over the 8 sitemaps: every page is fetched (per-host politeness on,
with no spacing: ``rate = 0``), read by ``kabar.ingest.read_bytes`` (trafilatura) and
stored compressed; with ``--analysis process`` each batch also goes through kabar's
per-article stages (clean, describe, entities, quotes). Prints pages per second and the
resident memory sampled while the run goes, at 10 %, 50 % and 100 % of the pages, so that
one can see it does not grow with them. Keep runs short on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kabar.collect import collect_once, load_sources, open_state
from kabar.models import RawDocument

PLACES = ["Semarang", "Pontianak", "Makassar", "Medan", "Kupang", "Ambon", "Padang", "Malang"]
TOPICS = [
    ("banjir", "Banjir setinggi {n} sentimeter merendam {k} kelurahan di {p} setelah hujan "
               "deras mengguyur sejak dini hari."),
    ("harga", "Harga beras medium di pasar tradisional {p} naik menjadi Rp{n}.000 per "
              "kilogram, menurut pemantauan dinas perdagangan setempat."),
    ("jalan", "Perbaikan jalan provinsi sepanjang {k} kilometer di {p} ditargetkan selesai "
              "dalam {n} hari kerja, kata kepala dinas pekerjaan umum."),
]


def article_page(host: int, number: int) -> bytes:
    """A generated article page: different text per page, news-site markup around it."""
    place = PLACES[(host + number) % len(PLACES)]
    topic, lead = TOPICS[number % len(TOPICS)]
    values = {"n": 10 + number % 90, "k": 2 + number % 7, "p": place}
    paragraphs = [
        f"<p><strong>{place.upper()}, KABAR{host}</strong> - {lead.format(**values)}</p>",
        f"<p>Warga di {place} berharap pemerintah daerah segera bertindak. Laporan nomor "
        f"{number} ini dihimpun redaksi dari sejumlah sumber di lapangan.</p>",
        f'<p>"Kami sudah menyiapkan langkah darurat untuk {topic} ini dan akan melaporkan '
        f'perkembangannya setiap hari," kata Kepala Dinas, Budi Santoso {number}, di {place}.</p>',
        f"<p>Sebelumnya, kejadian serupa tercatat {values['k']} kali sepanjang tahun ini di "
        f"wilayah yang sama, menurut data pemerintah provinsi.</p>",
    ]
    title = f"Laporan {number}: {topic.title()} di {place}"
    return (
        f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:title' content='{title}'>"
        f"<meta property='article:published_time' content='2026-12-07T08:00:00+07:00'>"
        f"</head><body><header><nav><a href='/'>Beranda</a> <a href='/nasional'>Nasional</a>"
        f"</nav></header><article><h1>{title}</h1><div class='byline'>Redaksi Kabar{host}"
        f"</div>{''.join(paragraphs)}</article><footer>&copy; 2026 Kabar{host}</footer>"
        f"</body></html>"
    ).encode()


def _serve(hosts: int, per_host: int, conn: Any) -> None:
    bases = []
    for host in range(hosts):
        handler = _handler(host, per_host)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        bases.append(f"http://127.0.0.1:{server.server_address[1]}")
    conn.send(bases)
    conn.recv()  # block until the benchmark is done


def _handler(host: int, per_host: int) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            base = f"http://{self.headers.get('Host')}"
            if self.path == "/sitemap.xml":
                urls = "".join(f"<url><loc>{base}/berita/{i}</loc></url>" for i in range(per_host))
                body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                        f'sitemap/0.9">{urls}</urlset>').encode()
            elif self.path.startswith("/berita/"):
                body = article_page(host, int(self.path.rsplit("/", 1)[1]))
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: Any) -> None:
            pass

    return Handler


def rss_mb() -> float:
    """Return this process's current resident memory in MB (Linux)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def analysis(kind: str) -> tuple[Any, list[int]]:
    """Return the analyze callable and the counter of documents it got."""
    counted = [0]
    if kind == "none":
        def analyze(documents: list[RawDocument]) -> None:
            counted[0] += len(documents)
        return analyze, counted
    from kabar.pipeline import process_or_reject  # the stages behind `kabar analyze`

    def analyze_documents(documents: list[RawDocument]) -> None:
        for document in documents:
            process_or_reject(document)
        counted[0] += len(documents)

    return analyze_documents, counted


def run(pages: int, hosts: int, kind: str) -> dict[str, Any]:
    """Serve, collect once, and return the figures."""
    context = multiprocessing.get_context("spawn")
    conn, child = context.Pipe()
    server = context.Process(target=_serve, args=(hosts, pages // hosts, child), daemon=True)
    server.start()
    bases = conn.recv()
    folder = Path(tempfile.mkdtemp(prefix="bench-collect-"))
    sources = "".join(
        f'[[sources]]\nname = "kabar{i}"\noutlet = "Kabar{i}"\nsitemap = "{b}/sitemap.xml"\n\n'
        for i, b in enumerate(bases)
    )
    (folder / "SOURCES.toml").write_text(
        '[collect]\nuser_agent_contact = "https://example.org/bench"\nrate = 0\n'
        "concurrency = 2\nworkers = 16\nbatch_size = 50\n\n" + sources, encoding="utf-8"
    )
    config = load_sources(folder / "SOURCES.toml")
    analyze, counted = analysis(kind)
    samples: list[tuple[int, float]] = []
    with open_state(folder / "collect.db") as state:
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.25):
                samples.append((state.page_count(), rss_mb()))

        sampler = threading.Thread(target=sample, daemon=True)
        start_rss = rss_mb()
        started = time.perf_counter()
        sampler.start()
        report = collect_once(config, state, analyze=analyze)
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        stored = state.page_count()
    conn.send("done")
    server.join(5)
    return {
        "pages": stored,
        "hosts": hosts,
        "analysis": kind,
        "failures": len(report.failures),
        "seconds": round(seconds, 1),
        "pages_per_second": round(stored / seconds, 1),
        "analysed": counted[0],
        "rss_mb_start": round(start_rss, 1),
        "rss_mb_at": {f"{share}%": _rss_at(samples, stored * share // 100)
                      for share in (10, 50, 100)},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3, 1),
    }


def _rss_at(samples: list[tuple[int, float]], pages: int) -> float | None:
    later = [rss for count, rss in samples if count >= pages]
    return round(later[0], 1) if later else (round(samples[-1][1], 1) if samples else None)


def main() -> None:
    """Run the benchmark and report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--analysis", choices=("process", "none"), default="process")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = run(args.pages, args.hosts, args.analysis)
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        print()
        return
    print(f"{figures['pages']} pages from {figures['hosts']} hosts in {figures['seconds']} s: "
          f"{figures['pages_per_second']} pages/s fetched, extracted, stored and analysed "
          f"({figures['analysis']}); {figures['failures']} failures")
    print(f"resident memory: {figures['rss_mb_start']} MB before; "
          + ", ".join(f"{k} of pages {v} MB" for k, v in figures["rss_mb_at"].items())
          + f"; peak {figures['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
