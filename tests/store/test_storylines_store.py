"""Storylines through runs and the store: incremental forming, export, stores made before them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kabar import api
from kabar.models import Storyline
from kabar.store import link_state, open_store

CORPUS = Path(__file__).resolve().parents[1] / "data" / "storylines" / "storylines.jsonl"
# A bribery case's three events, and another raid by the same agency and spokeswoman
CASE = ("ott-harun", "tersangka-wawan", "dakwaan-harun")
DISTRACTOR = "ott-pasirluhur"


def _records(*events: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [{**r, "url": f"https://example.test/{r['id']}"} for r in rows if r["event"] in events]


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The case analysed in three runs, one event a run, the distractor in the second."""
    work = tmp_path_factory.mktemp("lines")
    db = work / "k.db"
    runs = [(CASE[0],), (CASE[1], DISTRACTOR), (CASE[2],)]
    with open_store(db) as store:
        for n, events in enumerate(runs):
            api.analyze([str(_write(work / f"run{n}.jsonl", _records(*events)))], store=store)
    return db


def _line_of(store: api.Store, event: str) -> tuple[str, str | None]:
    for article in store.iter_articles():
        if article.url == f"https://example.test/{event}-1":
            story = store.get_story(article.story or "")
            assert story is not None
            return story.id, story.storyline
    raise AssertionError(event)


def test_events_added_run_by_run_form_one_storyline(store_path: Path) -> None:
    with open_store(store_path) as store:
        total, lines = store.list_storylines(limit=10)
        assert total == 1, lines
        line = lines[0]
        stories = [_line_of(store, e) for e in CASE]
        assert line.stories == tuple(s for s, _ in stories)  # the events in date order
        assert {lid for _, lid in stories} == {line.id}
        assert (line.start, line.end) == ("2025-06-03", "2025-07-15")
        assert "Harun Setiadi" in line.people and line.articles == 9
        # the other raid shares the agency and its spokeswoman, not the case
        assert _line_of(store, DISTRACTOR)[1] is None
        assert store.get_storyline(line.id) == line
        assert store.get_storyline("l-none") is None


def test_the_export_carries_both_levels(store_path: Path) -> None:
    with open_store(store_path) as store:
        document = api.export(store)  # validated against the contract
    (line,) = document["storylines"]
    members = {s["id"] for s in document["stories"] if s["storyline"] == line["id"]}
    assert members == set(line["stories"]) and len(members) == 3
    assert sum(s["storyline"] is None for s in document["stories"]) == 1


def test_coverage_counts_articles_per_day_and_outlet(store_path: Path) -> None:
    with open_store(store_path) as store:
        (line,) = store.list_storylines(limit=1)[1]
        coverage = store.storyline_coverage(line)
    assert sum(n for _, _, n in coverage) == 9
    assert ("2025-06-03", "Warta Priangan", 1) in coverage
    assert [d for d, _, _ in coverage] == sorted(d for d, _, _ in coverage)


def test_a_store_made_before_storylines_gets_them_on_its_next_run(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with open_store(db) as store:
        api.analyze([str(_write(tmp_path / "a.jsonl", _records(CASE[0], CASE[1])))], store=store)
        state = store.get_state()
    assert state is not None
    # make it what an earlier kabar left: no storyline tables, no storyline map in the state
    old = state.story_index.copy()
    del old["storyline_of"]
    from dataclasses import replace

    blob = link_state.to_bytes(replace(state, story_index=old))
    with sqlite3.connect(db) as raw:
        raw.execute("DROP TABLE storylines")
        raw.execute("DROP TABLE storyline_stories")
        raw.execute("UPDATE state SET value = ?", (blob,))
    with open_store(db) as store:
        assert store.list_storylines(limit=5) == (0, [])  # opens, tables made again
        api.analyze([str(_write(tmp_path / "b.jsonl", _records(CASE[2])))], store=store)
        total, lines = store.list_storylines(limit=5)
    assert total == 1 and isinstance(lines[0], Storyline) and len(lines[0].stories) == 3


def test_relinking_everything_drops_the_storylines(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db") as store:
        api.analyze([str(_write(tmp_path / "a.jsonl", _records(CASE[0], CASE[1])))], store=store)
        assert store.list_storylines(limit=5)[0] == 1
        store.unlink_all()
        assert store.list_storylines(limit=5) == (0, [])


def test_the_cli_lists_storylines_with_their_events(store_path: Path) -> None:
    from click.testing import CliRunner

    from kabar.cli import main

    result = CliRunner().invoke(main, ["stories", "--db", str(store_path), "--storylines"])
    assert result.exit_code == 0, result.output
    head, *events = result.output.splitlines()
    assert head.startswith("l-") and "2025-06-03..2025-07-15" in head
    dates = [line.split()[1] for line in events]
    assert len(events) == 3 and dates == sorted(dates)
    plain = CliRunner().invoke(main, ["stories", "--db", str(store_path)])
    assert len(plain.output.splitlines()) == 4  # the three events and the other raid
