"""The bundled example corpus as RawDocuments, keyed like tests/data/examples_expected.json."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from kabar.models import RawDocument

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
EXAMPLES_KEY = Path(__file__).resolve().parent / "data" / "examples_expected.json"


@cache
def example_documents() -> dict[str, RawDocument]:
    """Read the bundled example corpus through the real readers, keyed as the answer key is."""
    from kabar.ingest import read_file

    docs: dict[str, RawDocument] = {}
    for path in sorted(p for p in EXAMPLES.rglob("*") if p.is_file()):
        key = path.relative_to(EXAMPLES).as_posix()
        found = read_file(path)
        if key.endswith(".jsonl"):
            docs.update({f"{key}#{i}": doc for i, doc in enumerate(found, 1)})
        else:
            docs[key] = found[0]
    return docs


def example_keys() -> list[str]:
    """Return the article keys of the examples' answer key."""
    return sorted(k for k in json.loads(EXAMPLES_KEY.read_text(encoding="utf-8")) if k[0] != "_")
