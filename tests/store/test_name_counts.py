"""The name counts kept in the store: runs over windows keep them as a whole count gives them,
and count only the stories they read whole and the ones they open."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from test_link_window import _articles, _batches

from kabar.config import DEFAULT_SETTINGS
from kabar.link_run import commit_linked, link_in_window
from kabar.store import open_store
from kabar.stories import article_features, name_counts
from kabar.stories.corpus import Corpus
from kabar.stories.name_counts import count_names


def test_runs_over_windows_keep_the_counts_of_the_whole_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: set[int] = set()
    story_names = name_counts.story_names

    def counting(*args: object) -> object:
        counted.add(int(args[2]))  # type: ignore[call-overload]
        return story_names(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(name_counts, "story_names", counting)
    partial = 0
    with open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        for batch in _batches(_articles(), [100, 30, 5, 1, 12]):
            store.put_articles(batch)
            pending = store.unlinked_articles()
            counted.clear()
            linked, window = link_in_window(
                store, pending, article_features(pending), DEFAULT_SETTINGS
            )
            seen = set(counted)
            commit_linked(store, linked, window)
            state = store.get_state()
            assert state is not None
            whole = count_names(Corpus.from_state(state).stories, list(state.story_entities))
            table = dict(store._db.execute("SELECT name, stories FROM link_names"))
            meta = dict(store._db.execute("SELECT key, value FROM link_meta"))
            assert table == {n: c for n, c in whole.counts.items() if c > 0}
            assert (meta["dated_stories"], meta["names_counted"]) == (whole.dated, 1)
            if window.reach is not None and len(window.stories) < window.total_stories:
                partial += 1
                # the run counted the stories it read whole and those it opened, no other
                read = np.searchsorted(window.stories, sorted(window.reach.stories)).tolist()
                opened = range(len(window.stories), len(linked.state.story_ids))
                assert seen <= set(read) | set(opened)
                assert len(seen) < len(state.story_ids)
    assert partial
