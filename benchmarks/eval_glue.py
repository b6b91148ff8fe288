"""Glued words put apart (``kabar.clean.glue``): how many splits, and that real words stay whole.

Scrapers drop the space where a link began or ended ("Sekjen PDIPHasto Kristiyantomenyebut",
"kepadadetikSulsel"). The splitter runs over every body paragraph of the Detik set (1,000
articles), the scraped text of ``real_pages`` (147 records) and, unless ``--quick``, IndoSum
(3,463 articles, detokenised by joining tokens). Reported:

- ``splits`` and ``distinct``: split occurrences and distinct glued forms (``--list`` prints
  them with a context, for review by eye);
- ``whole_words_split``: words that must stay whole and were split: every mixed-case word of
  these texts the entity tagger's word table knows as written mixed-case ("McDonald",
  "YouTube", "iPhone", "BUMDes", "detikNews") plus a fixed list of real words shaped like glue
  (``KEEP``). The gate wants 0.

Reviewed by eye (all three corpora, 1.64 M words): 111 splits of 75 distinct forms, none wrong;
before the rule that a name followed by a capitalised word stays whole, "dr Wismandari Wisnu"
became "Wisman dari" (the text also says "dr Wisman").

Run: .venv/bin/python benchmarks/eval_glue.py [--quick] [--json] [--list]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from corpora import indosum_records

from kabar.clean.glue import split_glued, unglue

SHARED = Path(__file__).resolve().parents[2] / "shared"
DETIK = SHARED / "data" / "detik_entity_aspect_summ" / "data_berita.csv"
REAL_TEXT = SHARED / "data" / "real_pages" / "text"
# Real words shaped like glue: an acronym and a word, a word and a name, a name and a word.
KEEP = (
    "DKI", "McDonald", "iPhone", "YouTube", "WhatsApp", "BUMDes", "KUHPidana", "JIExpo",
    "SAFEnet", "NasDem", "LinkedIn", "PlayStation", "Ramadan", "Wahyudi", "Jordan", "Sudan",
    "Kepada", "detikNews", "detikTravel", "detikPagi", "kumparanNEWS", "eKTP", "iPad",
)
_MIXED = re.compile(r"\b[^\W\d_]*[a-z][A-Z][^\W\d_]*\b|\b[A-Z]{2,}[a-z]+\b")


def texts(quick: bool) -> Iterator[tuple[str, str]]:
    """Yield (set, body) for every article of the sets measured."""
    csv.field_size_limit(1 << 30)
    with DETIK.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield "detik", row["isi_berita"]
    for path in sorted(REAL_TEXT.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            yield "real_pages", json.loads(line)["text"]
    if not quick:
        for record in indosum_records():
            paragraphs = record["paragraphs"]
            yield "indosum", "\n".join(" ".join(" ".join(s) for s in p) for p in paragraphs)


def whole_words(corpus: list[str]) -> set[str]:
    """Return the mixed-case words of the texts that the word table knows as written."""
    from kabar.entities.lexicon import case_classes

    classes = case_classes()
    found = {w for text in corpus for w in _MIXED.findall(text)}
    return {w for w in found if classes.get(w.lower()) == "m"}


def main(argv: list[str] | None = None) -> int:
    """Print (or write as JSON) the split counts and the real words split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Detik and real_pages only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--list", action="store_true", help="print every split with context")
    args = parser.parse_args(argv)
    if not DETIK.is_file():
        sys.exit(f"eval_glue: {DETIK} is missing (../shared must lie beside the repo)")
    splits: Counter[str] = Counter()
    by_set: Counter[str] = Counter()
    context: dict[str, str] = {}
    corpus: list[str] = []
    words = 0
    for name, body in texts(args.quick):
        corpus.append(body)
        words += len(body.split())
        paragraphs = body.split("\n")
        for before, after in zip(paragraphs, unglue(paragraphs), strict=True):
            if before == after:
                continue
            kept = set(after.split())
            for word in before.split():
                if word not in kept:
                    splits[word] += 1
                    by_set[name] += 1
                    at = before.find(word)
                    context.setdefault(word, before[max(0, at - 40) : at + len(word) + 30])
    seen = frozenset(w for body in corpus for w in re.findall(r"[^\W\d_]+", body))
    guarded = sorted(whole_words(corpus) | set(KEEP))
    broken = [w for w in guarded if split_glued(w, seen) != w]
    figures = {
        "articles": len(corpus), "words": words, "splits": sum(splits.values()),
        "distinct": len(splits), "by_set": dict(by_set), "whole_words_checked": len(guarded),
        "whole_words_split": len(broken), "broken": broken,
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    for key, value in figures.items():
        print(f"{key:20} {value}")
    if args.list:
        for word, count in sorted(splits.items()):
            print(f"{count:3} {word!r:40} …{context[word]}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
