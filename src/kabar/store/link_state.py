"""The one-blob format of the link state: an uncompressed numpy archive, no pickled objects.

Stores written before the link tables (``kabar.store.link_tables``) kept the state as one
such blob: the schema migration reads it with ``from_bytes`` and moves it to the tables.
``to_bytes`` serialises a state whole (benchmarks measure its size). The format is versioned;
a state saved by an earlier kabar with the same version loads byte for byte.
"""

from __future__ import annotations

import io
import json

import numpy as np

from kabar.errors import StoreError
from kabar.models import Entity
from kabar.stories.state import LinkState

STATE_VERSION = 1
# Shingle words of the states saved before shingle_words was a setting (all used 5).
_SHINGLE_WORDS_BEFORE_SETTING = 5
# Prefix of the story index's arrays in the archive.
_STORIES = "stories_"


def to_bytes(state: LinkState) -> bytes:
    """Serialise a link state (the text fields as one JSON array, then the numpy arrays)."""
    text = {
        "version": STATE_VERSION,
        "shingle_words": state.shingle_words,
        "ids": list(state.ids),
        "story_ids": list(state.story_ids),
        "story_titles": list(state.story_titles),
        "untitled": list(state.untitled),
        "story_entities": [
            [[e.name, e.type, list(e.aliases), e.count] for e in ents]
            for ents in state.story_entities
        ],
    }
    arrays: dict[str, np.ndarray] = {
        "text": np.frombuffer(json.dumps(text, ensure_ascii=False).encode(), dtype=np.uint8),
        "minutes": state.minutes,
        "days": state.days,
        "story_of": state.story_of,
        "signatures": state.signatures,
        "sizes": state.sizes,
        "exact": state.exact,
        "root": state.root,
        **{f"{_STORIES}{k}": v for k, v in state.story_index.items()},
    }
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **arrays)
    return buffer.getvalue()


def from_bytes(blob: bytes) -> LinkState:
    """Read a state saved by ``to_bytes``; raise StoreError when it cannot be read."""
    try:
        with np.load(io.BytesIO(blob), allow_pickle=False) as saved:
            arrays = {k: saved[k] for k in saved.files}
        text = json.loads(arrays["text"].tobytes().decode())
    except (OSError, ValueError, KeyError) as error:
        raise StoreError(f"the saved link state cannot be read: {error}") from error
    if text.get("version") != STATE_VERSION:
        raise StoreError(f"unsupported link state version {text.get('version')!r}")
    try:
        return LinkState(
            shingle_words=text.get("shingle_words", _SHINGLE_WORDS_BEFORE_SETTING),
            ids=tuple(text["ids"]),
            minutes=arrays["minutes"],
            days=arrays["days"],
            story_of=arrays["story_of"],
            signatures=arrays["signatures"],
            sizes=arrays["sizes"],
            exact=arrays["exact"],
            root=arrays["root"],
            story_ids=tuple(text["story_ids"]),
            story_titles=tuple(text["story_titles"]),
            untitled=tuple(text.get("untitled", ())),
            story_entities=tuple(
                tuple(Entity(n, t, tuple(a), c) for n, t, a, c in ents)
                for ents in text["story_entities"]
            ),
            story_index={
                k.removeprefix(_STORIES): v for k, v in arrays.items() if k.startswith(_STORIES)
            },
        )
    except KeyError as error:
        raise StoreError(f"the saved link state cannot be read: missing {error}") from error
