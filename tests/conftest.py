"""Shared fixtures: paths to ../shared and the bundled examples, stores, small factories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kabar.store import SQLiteStore, open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = REPO / "examples" / "corpus"


@pytest.fixture(autouse=True, scope="session")
def _keep_the_test_process_priority() -> Iterator[None]:
    """Commands run in this process (click's CliRunner, stores built by session fixtures
    included) leave its CPU priority alone: lowering it cannot be undone, and it would carry
    over to every later test and the processes they start. tests/test_cli.py checks
    ``--nice`` in a child process of its own."""
    import kabar.api

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kabar.api, "yield_cpu", lambda steps: None)
        yield


@pytest.fixture
def shared_dir() -> Path:
    """Return ../shared (CI clones the repo with it beside)."""
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing at {SHARED}")
    return SHARED


@pytest.fixture
def seeds_dir() -> Path:
    """Return the folder of the five real seed articles (CI has ../shared)."""
    if not SEEDS.is_dir():
        pytest.fail(f"../shared/seeds is missing at {SEEDS}")
    return SEEDS


@pytest.fixture
def memory_store() -> Iterator[SQLiteStore]:
    """Yield an in-memory SQLite store."""
    store = open_store(":memory:")
    assert isinstance(store, SQLiteStore)
    yield store
    store.close()
