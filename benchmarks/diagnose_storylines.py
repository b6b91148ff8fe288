"""Print the Detik pairs the story levels get wrong, with the evidence behind each verdict.

For every keyed pair of rows whose predicted event (or storyline) disagrees with its key, one
block: the level, "joined" (predicted together, keyed apart) or "split" (keyed together,
predicted apart), both rows' headlines and dates, their stories and storylines, and what the
two stories share: people and organisations (with counts), places, and each article's most
quoted speaker. Read it to sort the misses into kinds before changing a rule.

Run: .venv/bin/python benchmarks/diagnose_storylines.py [--keys first,second] [--level events]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from eval_storylines import DETIK, DETIK_KEYS, _read_keys

from kabar import api


def _speaker(article: Any) -> str:
    """Return an article's most quoted speaker ('-' for none)."""
    counts = Counter(q.speaker for q in article.quotes if getattr(q, "speaker", None))
    return counts.most_common(1)[0][0] if counts else "-"


def _names(entities: Iterable[Any], types: set[str]) -> dict[str, int]:
    return {e.name: e.count for e in entities if e.type in types}


def _block(level: str, kind: str, a: Any, b: Any, stories: dict[str, Any], line: dict[str, str]
           ) -> str:
    sa, sb = stories.get(a.story or ""), stories.get(b.story or "")
    ea = _names(sa.entities if sa else a.entities, {"PERSON", "ORG"})
    eb = _names(sb.entities if sb else b.entities, {"PERSON", "ORG"})
    pa = _names(a.entities, {"LOC", "GPE"})
    pb = _names(b.entities, {"LOC", "GPE"})
    shared = sorted(set(ea) & set(eb))
    rows = [f"## {level} {kind}"]
    for art in (a, b):
        rows.append(f"  [{(art.published or 'undated')[:10]}] {art.title}  "
                    f"story={art.story} line={line.get(art.story or '', '')} "
                    f"speaker={_speaker(art)}")
    rows.append(f"  shared people/orgs: {[(n, ea[n], eb[n]) for n in shared]}")
    rows.append(f"  shared places: {sorted(set(pa) & set(pb))}")
    return "\n".join(rows)


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keys", default=",".join(DETIK_KEYS), help="key files to read")
    parser.add_argument("--level", choices=("events", "storylines", "both"), default="both")
    args = parser.parse_args(list(argv) if argv is not None else None)
    records, key = [], {}
    keys = {name: _read_keys(DETIK_KEYS[name]) for name in args.keys.split(",")}
    with DETIK.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            records.append({"title": row["judul"], "text": row["isi_berita"],
                            "url": row["tautan"], "tanggal": row["tanggal"]})
            key[row["tautan"]] = row["id"]
    result = api.analyze_records(records)
    stories = {s.id: s for s in result.stories}
    line = {s.id: s.storyline or s.id for s in result.stories}
    by_id = {key[a.url]: a for a in result.articles if a.url in key}
    levels = ("events", "storylines") if args.level == "both" else (args.level,)
    for name, rows in keys.items():
        print(f"# {name}")
        ids = sorted(i for i in rows if i in by_id)
        for level in levels:
            gold = "event" if level == "events" else "storyline"
            for i, j in combinations(ids, 2):
                a, b = by_id[i], by_id[j]
                if level == "events":
                    together = a.story == b.story
                else:
                    together = line.get(a.story or "") == line.get(b.story or "")
                keyed = rows[i][gold] == rows[j][gold]
                if together != keyed:
                    kind = "joined" if together else "split"
                    print(_block(level, kind, a, b, stories, line))


if __name__ == "__main__":
    main(sys.argv[1:])
