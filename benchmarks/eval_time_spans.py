"""Check that no story spans time through undated articles, on dated and undated sets in one store.

Analyses into one store, as a newsroom mixing sources would: the five seeds (../shared/seeds,
two summits nine months apart), IndoSum dev (articles with no date at all; the first INDOSUM_ROWS
records by default, to keep the run near a minute on two cores) and the
1,000 Detik rows (JSON Lines records built from the CSV with title, text, url and the
``tanggal`` column as the date, the way a user converting it would). Then it checks:

- ``spanning``: stories holding an article without a publication date whose articles' real
  dates span more than SPAN_DAYS (real dates: IndoSum's from the timestamp in its record id,
  Detik's from ``tanggal`` read month first, the seeds' from the dates their texts state);
- ``future``: articles dated after the moment the run started;
- ``unmarked``: undated members a story does not list in ``undated_articles``;
- ``dated_spanning`` (information): stories of dated articles only spanning more than SPAN_DAYS.

With ``--full`` all of IndoSum dev goes into the store (3,463 records, each once: the five folds
overlap); the suite's gate runs the default subset to stay fast.

Run: .venv/bin/python benchmarks/eval_time_spans.py [--json] [--full | --indosum-folds N]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kabar.pipeline import analyze, analyze_records
from kabar.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
INDOSUM = SHARED / "data" / "indosum_devfolds"
DETIK = SHARED / "data" / "detik_entity_aspect_summ" / "data_berita.csv"
# "More than a few weeks": an event's reports lie within days; three weeks leaves room for
# late follow-ups and time zones while any pull across months or years shows.
SPAN_DAYS = 21
# IndoSum records analysed by default: with the 1,000 Detik rows and the seeds the run stays
# near a minute on a quiet two-core machine (all 3,463: --full).
INDOSUM_ROWS = 400
CHUNK_ROWS = 500
# The day each seed reports on, as its own text states it (two of them carry no date line).
SEED_DAYS = {"000": "2023-09-13", "001": "2023-09-13", "002": "2024-06-19",
             "003": "2023-09-13", "004": "2023-09-13"}


def _day(text: str) -> int:
    return (date.fromisoformat(text[:10]) - date(1970, 1, 1)).days


def _required(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"eval_time_spans: {path} is missing (../shared must lie beside the repo)")
    return path


def detik_records() -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Return the Detik rows as records and the real day of each (by url)."""
    records, days = [], {}
    with _required(DETIK).open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            records.append({"title": row["judul"], "text": row["isi_berita"],
                            "url": row["tautan"], "tanggal": row["tanggal"]})
            moment = datetime.strptime(row["tanggal"], "%m/%d/%Y %H:%M")
            days[row["tautan"]] = _day(moment.date().isoformat())
    return records, days


def indosum_subset(folds: int, rows: int, work: Path) -> tuple[list[Path], dict[str, int]]:
    """Write the first ``rows`` IndoSum dev records of the first ``folds`` folds to files of
    CHUNK_ROWS records (one file of all 3,463 would pass the reader's size limit); return them
    and the real day of each record (by source ``path#line``)."""
    files: list[Path] = []
    days = {}
    seen: set[str] = set()  # the dev folds overlap: each record once
    sink = None
    number = line_number = 0
    try:
        for path in sorted(_required(INDOSUM).glob("dev.*.jsonl.gz"))[:folds]:
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    if number >= rows:
                        break
                    record_id = json.loads(line)["id"]
                    if record_id in seen:
                        continue
                    seen.add(record_id)
                    if number % CHUNK_ROWS == 0:
                        if sink is not None:
                            sink.close()
                        files.append(work / f"indosum{len(files):02d}.jsonl")
                        sink = files[-1].open("w", encoding="utf-8")
                        line_number = 0
                    number += 1
                    line_number += 1
                    assert sink is not None
                    sink.write(line if line.endswith("\n") else line + "\n")
                    days[f"{files[-1]}#{line_number}"] = int(record_id.split("-")[0]) // 86400
    finally:
        if sink is not None:
            sink.close()
    return files, days


def real_day(source: str, url: str | None, known: dict[str, int]) -> int | None:
    """Return an article's real day from the reference tables, None when unknown."""
    if url and url in known:
        return known[url]
    if source in known:
        return known[source]
    name = Path(source).name
    if Path(source).parent == SEEDS and name[:3] in SEED_DAYS:
        return _day(SEED_DAYS[name[:3]])
    return None


def evaluate(folds: int, rows: int) -> dict[str, Any]:
    """Analyse the three sets into one store and count the violations."""
    started_at = datetime.now(UTC)
    records, known = detik_records()
    clock, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as work:
        indosum, indosum_known = indosum_subset(folds, rows, Path(work))
        known.update(indosum_known)
        store = open_store(Path(work) / "mixed.db")
        try:
            analyze([str(_required(SEEDS)), *map(str, indosum)], store)
            analyze_records(records, store)
            articles = {a.id: a for a in store.iter_articles()}
            stories = list(store.iter_stories())
        finally:
            store.close()
    seconds, cpu = time.perf_counter() - clock, time.process_time() - cpu
    spanning, dated_spanning, unmarked, with_undated, unknown = [], 0, 0, 0, 0
    for story in stories:
        members = [articles[i] for i in story.articles if i in articles]
        undated = {a.id for a in members if not a.published}
        unmarked += len(undated - set(getattr(story, "undated_articles", ())))
        days = [real_day(a.source, a.url, known) for a in members]
        unknown += sum(1 for d in days if d is None)
        span = max((d for d in days if d is not None), default=0) - min(
            (d for d in days if d is not None), default=0)
        if not undated:
            dated_spanning += span > SPAN_DAYS
            continue
        with_undated += len(members) > 1
        if span > SPAN_DAYS:
            spanning.append({"story": story.id, "title": story.title[:80],
                             "articles": len(members), "undated": len(undated),
                             "span_days": span})
    future = [a.id for a in articles.values()
              if a.published and _moment(a.published) > started_at]
    return {
        "spanning": len(spanning), "future": len(future), "unmarked": unmarked,
        "dated_spanning": dated_spanning,
        "info": {"articles": len(articles), "undated": sum(1 for a in articles.values()
                                                           if not a.published),
                 "stories": len(stories), "stories_with_undated_members": with_undated,
                 "real_day_unknown": unknown, "indosum_articles": len(indosum_known),
                 "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1)},
        "examples": spanning[:10], "future_examples": future[:10],
    }


def _moment(published: str) -> datetime:
    """Return a publication time as an aware datetime (a date alone: its start, UTC)."""
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        moment = datetime.fromisoformat(published[:10])
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def main(argv: Iterable[str] | None = None) -> None:
    """Run the check and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--indosum-folds", type=int, default=1, help="IndoSum dev folds (1-5)")
    parser.add_argument("--indosum-rows", type=int, default=INDOSUM_ROWS,
                        help=f"first N IndoSum records of those folds (default {INDOSUM_ROWS})")
    parser.add_argument("--full", action="store_true",
                        help="all of IndoSum dev: the five folds, each of the 3,463 records once")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.full:
        args.indosum_folds, args.indosum_rows = 5, 1_000_000
    result = evaluate(args.indosum_folds, args.indosum_rows)
    if args.json:
        print(json.dumps(result))
        return
    for name in ("spanning", "future", "unmarked", "dated_spanning"):
        print(f"{name:16} {result[name]}")
    print("info", result["info"])
    for example in result["examples"]:
        print("  spanning:", example)


if __name__ == "__main__":
    main(sys.argv[1:])
