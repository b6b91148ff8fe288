"""The evaluation corpora in ../shared/data, read once here for every benchmark."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
INDOSUM = SHARED / "data" / "indosum_devfolds"


def indosum_records() -> Iterator[dict[str, Any]]:
    """Yield the IndoSum dev articles, each once (the folds overlap), in fold order.

    Each record has ``id``, ``paragraphs`` (paragraphs of sentences of tokens), ``source``
    (the outlet), ``source_url``, ``category``, ``summary`` and ``gold_labels``.
    """
    seen: set[str] = set()
    for fold in sorted(INDOSUM.glob("dev.*.jsonl.gz")):
        with gzip.open(fold, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] not in seen:
                    seen.add(record["id"])
                    yield record
