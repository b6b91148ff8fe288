"""Quality gate for real input: field accuracy on ../shared/data/real_pages and the blind probe
``tests/data/probe_real10``, from ``benchmarks/eval_real.py --probe ... --json`` run as a script.

Floors sit about one item below what was measured (see the constants). The issue's targets on
real scraped text are outlet >= 0.95 where the text names it, authors >= 0.9, title >= 0.98
and dates 1.0 where the text has one; every floor on the text records and the pages is at or
above them (the two text records that hold no article are scored as rightly rejected).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from benchmark_script import run_benchmark

REPO = Path(__file__).resolve().parents[2]
PROBE = REPO / "tests" / "data" / "probe_real10"
# A second blind probe (33 items, 25 outlets, five scraper layouts): first score in its
# FIRST_SCORE.txt; now every field 1.0 but outlet 0.970 (a regional Tribun site read as its
# network). Floors one item (of 33) below.
PROBE_11 = REPO / "tests" / "data" / "probe_real11"
PROBE_11_FLOOR = 0.96
# The fields a blind probe scores (its key gives each).
PROBE_FIELDS = (
    "authors", "editors", "outlet", "title", "date", "dateline", "wire_sources", "body_first",
    "body_last", "boilerplate_removed",
)
# A third blind probe (37 items, 25 outlets, six scraper layouts): first score in its
# FIRST_SCORE.txt (authors, editors and wire sources 0.946, outlet and boilerplate 0.973, every
# other field 1.0). Now every field 1.0 (149 boilerplate strings): floors one item below on
# the fields scored per item (37), one string below on boilerplate; titles, dates, datelines
# and bodies stay at 1.0.
PROBE_12 = REPO / "tests" / "data" / "probe_real12"
PROBE_12_FLOORS = {
    "authors": 0.97, "editors": 0.97, "outlet": 0.97, "title": 1.0, "date": 1.0,
    "dateline": 1.0, "wire_sources": 0.97, "body_first": 1.0, "body_last": 1.0,
    "boilerplate_removed": 0.99,
}
# A fourth blind probe (39 items, 29 outlets, six scraper layouts including a feed reader's):
# first score and the figures after reading it in its FIRST_SCORE.txt. Now every field 1.0 (142
# boilerplate strings; before one person credited in two roles, a photographer among the
# scraped authors, unbracketed caption credits, a chart title, "BOGOR-RADAR BOGOR," and
# SuaraJogja: authors, editors, outlet, dateline 0.974, boilerplate 0.979). Floors one item
# below, one string below on boilerplate.
PROBE_13 = REPO / "tests" / "data" / "probe_real13"
PROBE_13_FLOORS = {
    "authors": 0.97, "editors": 0.97, "outlet": 0.97, "title": 0.97, "date": 0.97,
    "dateline": 0.97, "wire_sources": 0.97, "body_first": 0.97, "body_last": 0.97,
    "boilerplate_removed": 0.99,
}

PROBE_14 = REPO / "tests" / "data" / "probe_real14"
PROBE_14_FLOORS = {
    "authors": 0.96, "editors": 0.96, "outlet": 0.99, "title": 0.99, "date": 0.99,
    "dateline": 0.99, "wire_sources": 0.99, "body_first": 0.99, "body_last": 0.99,
    "boilerplate_removed": 0.99,
}
# A sixth blind probe (32 items, 24 outlets): first score authors, wire sources 0.969,
# boilerplate 0.977, the rest 1.0; every field 1.0 after reading it (FIRST_SCORE.txt).
PROBE_15 = REPO / "tests" / "data" / "probe_real15"
PROBE_15_FLOORS = dict.fromkeys(PROBE_FIELDS, 0.99)

# set -> field -> floor: the figure measured on this branch (in brackets), less about one item,
# but never under the target (dates 1.0, title 0.98, authors 0.9): with a handful of
# pages that means every item.
FLOORS: dict[str, dict[str, float]] = {
    # 118 scraped records with an article: outlet, authors (95), title, date (all 1.0); the two
    # records whose text is a related headline only are rejected (1.0)
    "text-records": {
        "outlet": 0.99, "authors": 0.985, "title": 0.99, "date": 1.0, "rejected": 0.99
    },
    # 27 bare texts: outlet (1.0), dateline (1.0), body clean (1.0) and kept (0.988)
    "text-plain": {"outlet": 0.97, "dateline": 0.97, "body_clean": 0.99, "body_kept": 0.98},
    # 49 pages: outlet (1.0), title (1.0 of 32), date (1.0 of 33), dateline (1.0 of 18),
    # authors (1.0 of 4) and editors (1.0 of 3), bodies clean (0.979) and kept (0.976)
    "html": {
        "outlet": 0.975,
        "title": 0.98,
        "date": 1.0,
        "dateline": 0.94,
        "authors": 0.99,
        "editors": 0.99,
        "body_clean": 0.97,
        "body_kept": 0.965,
    },
    # 32 blind probe items: every field 1.0 (before the HTML credit readers of meta tags and
    # shown credit lines: authors 0.938, editors 0.906; first blind score 0.875, 0.844)
    "probe": {
        "authors": 0.96,
        "editors": 0.96,
        "outlet": 0.96,
        "title": 0.96,
        "title_source": 0.96,
        "dateline": 0.96,
        "boilerplate_removed": 0.99,
        "wire_sources": 0.96,
        "body_first": 0.96,
        "body_last": 0.96,
        "date": 0.96,
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


LATER_PROBES = {
    "probe_real11": (PROBE_11, dict.fromkeys(PROBE_FIELDS, PROBE_11_FLOOR)),
    "probe_real12": (PROBE_12, PROBE_12_FLOORS),
    "probe_real13": (PROBE_13, PROBE_13_FLOORS),
    "probe_real14": (PROBE_14, PROBE_14_FLOORS),
    "probe_real15": (PROBE_15, PROBE_15_FLOORS),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(LATER_PROBES))
def test_later_probes_hold_their_floors(shared_dir: Path, name: str) -> None:
    """Each later blind probe keeps every field at or above its floor."""
    folder, floors = LATER_PROBES[name]
    figures: dict[str, Any] = run_benchmark("eval_real.py", "--probe", str(folder), "--json")
    probe = figures["table"]["probe"]["all"]
    low = {field: probe.get(field) for field, floor in floors.items() if (probe.get(field) or 0) < floor}
    assert not low, low
