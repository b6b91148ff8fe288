"""Publication dates of the Detik set read through the CSV reader: every ``tanggal``, day and month.

``../shared/data/detik_entity_aspect_summ/data_berita.csv`` holds 1,000 Detik articles whose
``tanggal`` column is month-first (``10/17/2025 17:00``; the script checks that from the values:
no first number is over 12, many second numbers are). Each row is read by ``kabar.ingest``
(the CSV reader, which settles the column's order from its values), cleaned and described as
the pipeline does; its date must be the row's own day. Also counted: where each date came from
(``date_source``: the column is "metadata"), and dates after the time of analysis (none allowed).

Run: .venv/bin/python benchmarks/eval_dates.py [--json] [--misses]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from kabar.clean import clean
from kabar.ingest import read_file
from kabar.meta import describe
from kabar.models import RawDocument

SHARED = Path(__file__).resolve().parents[2] / "shared"
DETIK = SHARED / "data" / "detik_entity_aspect_summ" / "data_berita.csv"
_MONTH_FIRST = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}) \d{1,2}:\d{2}$")


def truth_by_line(path: Path) -> dict[int, str]:
    """Return each row's day (ISO) by the line it starts on, reading ``tanggal`` month-first.

    Fails when the values do not prove the order: some second number over 12, no first one.
    """
    reader = csv.reader(path.open(encoding="utf-8", newline=""))
    header = next(reader)
    column = header.index("tanggal")
    days: dict[int, str] = {}
    firsts, seconds = [], []
    start = reader.line_num + 1
    for row in reader:
        match = _MONTH_FIRST.match(row[column])
        if match is None:
            raise SystemExit(f"eval_dates: {path.name}:{start}: tanggal {row[column]!r} unread")
        month, day, year = (int(g) for g in match.groups())
        firsts.append(month)
        seconds.append(day)
        days[start] = dt.date(year, month, day).isoformat()
        start = reader.line_num + 1
    if max(firsts) > 12 or max(seconds) <= 12:
        raise SystemExit("eval_dates: the tanggal column does not prove month-first order")
    return days


def evaluate(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Read, clean and describe every row; compare each date with the row's own."""
    truth = truth_by_line(path)
    documents = read_file(path)
    now = dt.datetime.now(dt.UTC)
    sources: Counter[str] = Counter()
    right = unread = future = 0
    misses: list[str] = []
    for document in documents:
        line = int(document.source.rsplit(":", 1)[1])
        published, source = _date(document)
        sources[source or "none"] += 1
        if published is None:
            unread += 1
            misses.append(f"line {line}: no date (truth {truth[line]})")
            continue
        if dt.date.fromisoformat(published[:10]) > now.date():
            future += 1
        if published[:10] == truth[line]:
            right += 1
        else:
            misses.append(f"line {line}: {published} (truth {truth[line]})")
    figures = {
        "rows": len(truth),
        "articles": len(documents),
        "read": len(documents) - unread,
        "day_and_month_right": right / len(truth),
        "future_dates": future,
        "date_source": dict(sorted(sources.items())),
    }
    return figures, misses


def _date(document: RawDocument) -> tuple[str | None, str | None]:
    meta = describe(document, clean(document))
    return meta.published, meta.date_source


def main() -> None:
    """Print the figures (a table, or JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="also list every miss")
    args = parser.parse_args()
    if not DETIK.exists():
        raise SystemExit(f"eval_dates: {DETIK} is missing (the shared data sets)")
    figures, misses = evaluate(DETIK)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"Detik rows {figures['rows']}, articles read {figures['articles']}")
        print(f"dates read            {figures['read']} / {figures['rows']}")
        print(f"day and month right   {figures['day_and_month_right']:.3f}")
        print(f"dates in the future   {figures['future_dates']}")
        print(f"date source           {figures['date_source']}")
    if args.misses:
        for miss in misses:
            print(miss, file=sys.stderr)


if __name__ == "__main__":
    main()
