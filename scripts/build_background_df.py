"""Compile the background document-frequency word list used by kabar.stories.terms at cold start.

Reads the IndoSum dev folds (../shared/data/indosum_devfolds, CC BY-SA 4.0, Kurniawan & Louvan
2018), counts in how many distinct articles each content word occurs and writes the words that
occur in at least MIN_DF articles with their counts. No article text is written, only
``word<TAB>document frequency``. Run: .venv/bin/python scripts/build_background_df.py
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

from kabar.text import content_words

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "indosum_devfolds"
TARGET = ROOT / "src" / "kabar" / "data" / "background_df_id.tsv.gz"
# Words in fewer articles are names and typos: they add size, not a useful prior.
MIN_DF = 3


def main() -> None:
    """Count document frequencies over the unique IndoSum dev articles and write the list."""
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    for fold in sorted(SOURCE.glob("dev.0*.jsonl.gz")):
        with gzip.open(fold, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record["id"] in seen:
                    continue
                seen.add(record["id"])
                text = " ".join(
                    " ".join(" ".join(sentence) for sentence in paragraph)
                    for paragraph in record["paragraphs"]
                )
                counts.update(set(content_words(text, "id")))
    rows = sorted((w, c) for w, c in counts.items() if c >= MIN_DF)
    with gzip.open(TARGET, "wt", encoding="utf-8") as out:
        out.write(f"#documents\t{len(seen)}\n")
        out.writelines(f"{w}\t{c}\n" for w, c in rows)
    print(f"{len(rows)} words from {len(seen)} articles -> {TARGET}")


if __name__ == "__main__":
    main()
