"""Quality gate for real input: field accuracy on ../shared/data/real_pages and the blind probe
``tests/data/probe_real10``, from ``benchmarks/eval_real.py --probe ... --json`` run as a script.

Floors sit about one item below what was measured (see the constants). The issue's targets on
real scraped text are outlet >= 0.95 where the text names it, authors >= 0.9 and title >= 0.98;
the text-record floors are above the first two; the title floor allows one record less than
the 0.983 measured (two of the 120 records hold no story text and are rejected).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from benchmark_script import run_benchmark

REPO = Path(__file__).resolve().parents[2]
PROBE = REPO / "tests" / "data" / "probe_real10"

# set -> field -> floor: the figure measured on this branch (in brackets), less about one item.
FLOORS: dict[str, dict[str, float]] = {
    # 120 scraped records: outlet (0.983), authors (0.927), title (0.983), date (0.983)
    "text-records": {"outlet": 0.975, "authors": 0.915, "title": 0.975, "date": 0.975},
    # 27 bare texts: outlet (1.0), dateline (1.0), body clean (1.0) and kept (0.988)
    "text-plain": {"outlet": 0.97, "dateline": 0.97, "body_clean": 0.99, "body_kept": 0.98},
    # 49 pages: outlet (0.98), title (0.938), date (1.0), dateline (0.889), bodies (0.940, 0.959)
    "html": {
        "outlet": 0.96,
        "title": 0.92,
        "date": 0.97,
        "dateline": 0.85,
        "body_clean": 0.93,
        "body_kept": 0.95,
    },
    # 32 blind probe items: authors (0.875), editors (0.844), every other field (1.0) but the
    # date (0.938), whose reading is another module's
    "probe": {
        "authors": 0.84,
        "editors": 0.81,
        "outlet": 0.96,
        "title": 0.96,
        "title_source": 0.96,
        "dateline": 0.96,
        "boilerplate_removed": 0.98,
        "wire_sources": 0.96,
        "body_first": 0.96,
        "body_last": 0.96,
        "date": 0.9,
    },
}


@pytest.fixture(scope="module")
def real_figures() -> dict[str, Any]:
    """Run the evaluation script with the blind probe and return its JSON figures."""
    figures: dict[str, Any] = run_benchmark("eval_real.py", "--probe", str(PROBE), "--json")
    return figures


@pytest.mark.slow
@pytest.mark.parametrize("group", sorted(FLOORS))
def test_real_input_fields_hold_their_floors(
    shared_dir: Path, real_figures: dict[str, Any], group: str
) -> None:
    """Every scored field of the set stays at or above its floor (all outlets pooled)."""
    pooled = real_figures["table"][group]["all"]
    low = {
        field: pooled.get(field)
        for field, floor in FLOORS[group].items()
        if pooled.get(field) is None or pooled[field] < floor
    }
    assert not low, f"{group}: {low} under {FLOORS[group]}"


@pytest.mark.slow
def test_editors_never_count_as_authors(shared_dir: Path, real_figures: dict[str, Any]) -> None:
    """No probe miss is an editor listed among the authors of a text record."""
    key = json.loads((PROBE / "key.json").read_text(encoding="utf-8"))
    for miss in real_figures["misses"]:
        if miss["set"] != "probe" or miss["field"] != "authors":
            continue
        if not miss["where"].startswith("text/"):
            continue
        editors = set(key[miss["where"]].get("editors", []))
        assert not editors & set(miss.get("got") or []), miss
