"""CSV input time against file size: seconds per MB must stay flat (no quadratic stage).

Builds CSV files of 0.5 to 10 MB from the Detik set's rows
(``../shared/data/detik_entity_aspect_summ/data_berita.csv``): each copy of a row gets a
distinct id, a numbered title and one sentence of its own at the end of its body, so that no
two rows are the same text. Each size is timed twice: reading alone (``kabar.ingest``: the
CSV reader, one RawDocument per row) and the whole analysis through the public API
(``kabar.analyze`` into an in-memory store: clean, metadata, entities, quotes, duplicates and
stories). CPU seconds (process time) are printed beside wall seconds: the machine is shared.

Run: .venv/bin/python benchmarks/bench_csv.py [--sizes 0.5 1 2 5 10] [--read-only] [--json]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import kabar
from kabar.ingest import read_file

SHARED = Path(__file__).resolve().parents[2] / "shared"
DETIK = SHARED / "data" / "detik_entity_aspect_summ" / "data_berita.csv"
MB = 1_000_000


def build(path: Path, size_mb: float) -> int:
    """Write a CSV of about size_mb from varied Detik rows; return its number of rows."""
    with DETIK.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    count = 0
    while out.tell() < size_mb * MB:
        row = dict(rows[count % len(rows)])
        copy = count // len(rows)
        if copy:
            row["judul"] = f"{row['judul']} ({copy + 1})"
            row["isi_berita"] += f"\nSalinan uji nomor {count} untuk pengukuran waktu."
        row["id"] = str(count + 1)
        writer.writerow(row)
        count += 1
    path.write_text(out.getvalue(), encoding="utf-8")
    return count


def measure(size_mb: float, folder: Path, read_only: bool) -> dict[str, Any]:
    """Time reading, and unless read_only the whole analysis, of one generated file."""
    path = folder / f"detik_{size_mb:g}mb.csv"
    rows = build(path, size_mb)
    megabytes = path.stat().st_size / MB
    wall, cpu = time.perf_counter(), time.process_time()
    documents = read_file(path)
    figures: dict[str, Any] = {
        "mb": round(megabytes, 2),
        "rows": rows,
        "articles_read": len(documents),
        "read_s_per_mb": round((time.perf_counter() - wall) / megabytes, 4),
        "read_cpu_s_per_mb": round((time.process_time() - cpu) / megabytes, 4),
    }
    if not read_only:
        wall, cpu = time.perf_counter(), time.process_time()
        result = kabar.analyze([str(path)])
        figures.update(
            analyze_s=round(time.perf_counter() - wall, 1),
            analyze_s_per_mb=round((time.perf_counter() - wall) / megabytes, 2),
            analyze_cpu_s_per_mb=round((time.process_time() - cpu) / megabytes, 2),
            articles=len(result.articles),
            rejected=len(result.rejected),
        )
    path.unlink()
    return figures


def main() -> None:
    """Print one line (or JSON object) per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 5, 10])
    parser.add_argument("--read-only", action="store_true", help="time the reader alone")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not DETIK.exists():
        raise SystemExit(f"bench_csv: {DETIK} is missing (the shared data sets)")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            figures = measure(size, Path(folder), args.read_only)
            if args.json:
                print(json.dumps(figures), flush=True)
            else:
                print("  ".join(f"{key} {value}" for key, value in figures.items()), flush=True)


if __name__ == "__main__":
    main()
