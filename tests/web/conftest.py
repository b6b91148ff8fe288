"""A web application over a store filled from two hand-written articles of one story."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from flood_articles import ONE, TWO

import kabar
from kabar.web import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "in" / "two.txt").write_text(TWO, encoding="utf-8")
    with kabar.open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        kabar.analyze([str(tmp_path / "in")], store)
    return TestClient(create_app(tmp_path / "k.db"))


EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the README's example corpus (examples/corpus), once per session."""
    db = tmp_path_factory.mktemp("examples") / "kabar.db"
    with kabar.open_store(db) as store:  # type: ignore[attr-defined]
        kabar.analyze([str(EXAMPLES)], store)
    return db


@pytest.fixture(scope="session")
def reader(example_db: Path) -> TestClient:
    """A client of the web application over the example store."""
    return TestClient(create_app(example_db))


STORYLINES = Path(__file__).resolve().parents[1] / "data" / "storylines" / "storylines.jsonl"
# A bribery case's three events and another raid by the same agency (tests/data/storylines)
STORYLINE_EVENTS = ("ott-harun", "tersangka-wawan", "dakwaan-harun", "ott-pasirluhur")


@pytest.fixture(scope="session")
def storyline_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one storyline of three events and a story outside it."""
    import json

    work = tmp_path_factory.mktemp("storylines")
    rows = [json.loads(line) for line in STORYLINES.read_text(encoding="utf-8").splitlines()]
    records = work / "case.jsonl"
    records.write_text(
        "".join(
            json.dumps({**r, "url": f"https://example.test/{r['id']}"}) + "\n"
            for r in rows
            if r["event"] in STORYLINE_EVENTS
        ),
        encoding="utf-8",
    )
    db = work / "kabar.db"
    with kabar.open_store(db) as store:  # type: ignore[attr-defined]
        kabar.analyze([str(records)], store)
    return db
