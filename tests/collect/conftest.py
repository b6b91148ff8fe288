"""Fixtures for the collection tests: the fictional newsroom on 127.0.0.1 and its sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from newsroom import sources_toml
from remote import RemoteNewsroom

from kabar.collect.sources import SourcesConfig, load_sources


def newsroom_config(room: RemoteNewsroom, folder: Path) -> SourcesConfig:
    """Write the newsroom's SOURCES.toml and load it like a user's."""
    path = folder / "SOURCES.toml"
    path.write_text(sources_toml(room), encoding="utf-8")
    return load_sources(path)


@pytest.fixture(scope="module")
def newsroom() -> Iterator[RemoteNewsroom]:
    """Start the four outlets' servers (in a process of their own) for a test module.

    The tests of a module share it: each uses its own collection state, and a test that
    changes the sites (the live article) uses a newsroom of its own."""
    room = RemoteNewsroom()
    try:
        yield room
    finally:
        room.stop()


@pytest.fixture(scope="module")
def config(newsroom: RemoteNewsroom, tmp_path_factory: pytest.TempPathFactory) -> SourcesConfig:
    """The newsroom's sources."""
    return newsroom_config(newsroom, tmp_path_factory.mktemp("sources"))
