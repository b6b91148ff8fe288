"""Articles in the plain-text layouts of many outlets: metadata right, chrome gone, story kept.

The articles under tests/data/probe/ are written for kabar (fictional people and events), each in
the scraped layout of one Indonesian outlet with the furniture that outlet really carries. The
answer key (expected.json) was written from reading the text, before running kabar on it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from kabar.clean import clean
from kabar.ingest import read_file
from kabar.meta import describe
from kabar.models import Cleaned, Metadata

PROBE = Path(__file__).resolve().parents[1] / "data" / "probe"
KEY = json.loads((PROBE / "expected.json").read_text(encoding="utf-8"))
NAMES = sorted(k for k in KEY if not k.startswith("_"))


@cache
def _analysed(name: str) -> tuple[Cleaned, Metadata]:
    """Read one probe file through the real reader, then clean and describe it."""
    raw = read_file(PROBE / name)[0]
    cleaned = clean(raw)
    return cleaned, describe(raw, cleaned)


def test_every_probe_file_has_a_key() -> None:
    """Each probe article is in the answer key and the other way round."""
    assert sorted(p.name for p in PROBE.glob("*.txt")) == NAMES
    assert len(NAMES) >= 15


@pytest.mark.parametrize("name", NAMES)
def test_probe_metadata(name: str) -> None:
    """Title, outlet, date, dateline, authors and wire sources match the key."""
    expected = KEY[name]
    meta = _analysed(name)[1]
    assert meta.title == expected["title"]
    assert meta.outlet == expected["outlet"]
    # The key writes local time without an offset; kabar adds the zone when the page gives it.
    assert (meta.published or "").startswith(expected["published"] or "\0")
    assert meta.dateline == expected["dateline"]
    assert list(meta.authors) == expected["authors"]
    assert list(meta.wire_sources) == expected["wire_sources"]


@pytest.mark.parametrize("name", NAMES)
def test_probe_boilerplate_gone_and_every_paragraph_kept(name: str) -> None:
    """Every chrome line is gone and the body is exactly the story paragraphs, in order."""
    expected = KEY[name]
    cleaned = _analysed(name)[0]
    for chrome in expected["boilerplate"]:
        assert chrome not in cleaned.body, chrome
    assert list(cleaned.paragraphs) == expected["kept"]


@pytest.mark.parametrize("name", NAMES)
def test_probe_cleaning_is_idempotent(name: str) -> None:
    """Cleaning the cleaned body again changes nothing."""
    cleaned = _analysed(name)[0]
    raw = read_file(PROBE / name)[0]
    again = clean(raw.__class__(source=raw.source, text=cleaned.body, format="text"))
    assert again.paragraphs == cleaned.paragraphs
