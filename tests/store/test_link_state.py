"""The saved link state: byte format kept across versions, errors, store round trip."""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from story_corpus import corpus

from kabar.errors import ConfigError, StoreError
from kabar.store import link_state, open_store
from kabar.stories import LinkState, link

# A state saved by kabar before the store owned the format (the 11 test articles linked in
# runs of 7 and 4): existing stores hold such blobs and must keep loading, byte for byte.
SAVED_V1 = Path(__file__).resolve().parents[1] / "data" / "stories" / "link_state_v1.npz.gz"


def _saved() -> bytes:
    return gzip.decompress(SAVED_V1.read_bytes())


def test_a_state_saved_by_an_earlier_kabar_loads_and_saves_byte_for_byte() -> None:
    blob = _saved()
    state = link_state.from_bytes(blob)
    assert len(state.ids) == 11 and state.shingle_words == 5
    assert link_state.to_bytes(state) == blob


# per-story arrays an earlier kabar did not keep: the storyline map, and each story's main
# speaker, headline people, dates and headline actor (kabar.stories.events)
_LATER_KEYS = {
    "storyline_of", "story_speakers", "story_principals", "story_marks", "story_actors",
    "story_subjects",
}


def _without_storylines(state: LinkState) -> LinkState:
    index = {k: v for k, v in state.story_index.items() if k not in _LATER_KEYS}
    return replace(state, story_index=index)


def test_linking_gives_the_state_an_earlier_kabar_saved() -> None:
    # the same state, plus the storyline map and story people an earlier kabar did not keep
    articles = corpus()
    state = link(articles[7:], link(articles[:7], None).state).state
    assert len(state.story_index["storyline_of"]) == len(state.story_ids)
    assert link_state.to_bytes(_without_storylines(state)) == _saved()
    assert link_state.from_bytes(link_state.to_bytes(state)) == state


def test_a_loaded_state_links_on() -> None:
    state = link_state.from_bytes(_saved())
    again = link(corpus(), state)
    assert again.articles == () and again.stories == ()
    # a state saved before storylines gets its storyline map on its next run
    assert _without_storylines(again.state) == state
    assert len(again.state.story_index["storyline_of"]) == len(state.story_ids)


def test_state_arrays_are_read_only() -> None:
    state = link(corpus()[:3], None).state
    with pytest.raises(ValueError, match="read-only"):
        state.root[0] = 5
    with pytest.raises(ValueError, match="read-only"):
        state.story_index["df"][0] = 1


def test_unreadable_state_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="link state"):
        link_state.from_bytes(b"not a numpy archive")


def test_unknown_state_version_is_a_store_error() -> None:
    with np.load(io.BytesIO(_saved()), allow_pickle=False) as saved:
        arrays = {k: saved[k] for k in saved.files}
    text = json.loads(arrays["text"].tobytes().decode())
    text["version"] = 99
    arrays["text"] = np.frombuffer(json.dumps(text).encode(), dtype=np.uint8)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="unsupported link state version 99"):
        link_state.from_bytes(buffer.getvalue())


def test_a_state_with_other_shingles_is_refused_when_linking() -> None:
    state: LinkState = replace(link(corpus()[:3], None).state, shingle_words=4)
    with pytest.raises(ConfigError, match=r"built with 4, not 5"):
        link(corpus()[3:], state)


def test_the_store_saves_and_returns_the_state() -> None:
    linked = link(corpus(), None)
    with open_store(":memory:") as store:  # type: ignore[attr-defined]
        assert store.get_state("link") is None
        store.commit_link(linked.articles, linked.stories, linked.state)
        assert store.get_state("link") == linked.state
