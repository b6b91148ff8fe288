"""Story clustering: term vectors, time penalty and the incremental story index."""

from __future__ import annotations

import numpy as np
from story_corpus import FINAL_1, FINAL_2, FLOOD_1, FLOOD_2, RICE_1

from kabar.config import DEFAULT_SETTINGS
from kabar.stories import clustering
from kabar.stories.dates import NO_DAY
from kabar.stories.terms import term_counts

STORY_THRESHOLD = DEFAULT_SETTINGS.stories.threshold


def _vectors(*bodies: str) -> list[clustering.Vector]:
    index = clustering.StoryIndex()
    terms = [term_counts(None, b) for b in bodies]
    index.count_documents(terms)
    return [index.vector(t) for t in terms]


def test_same_event_is_closer_than_other_events() -> None:
    flood_1, flood_2, rice, final_1, final_2 = _vectors(FLOOD_1, FLOOD_2, RICE_1, FINAL_1, FINAL_2)
    same = clustering.dot(flood_1, flood_2)
    assert same > STORY_THRESHOLD
    assert clustering.dot(final_1, final_2) > STORY_THRESHOLD
    assert max(clustering.dot(flood_1, rice), clustering.dot(flood_2, final_1)) < same / 4


def test_vectors_are_unit_and_truncated() -> None:
    (vector,) = _vectors(FLOOD_1)
    assert len(vector[0]) == clustering.ARTICLE_TERMS
    assert abs(float((vector[1].astype(float) ** 2).sum()) - 1.0) < 1e-5
    assert (vector[1][:-1] >= vector[1][1:]).all()  # heaviest first


def test_time_penalty_grows_with_gap_and_ignores_missing_dates() -> None:
    assert clustering.time_penalty(100, 102) == 0.0
    assert clustering.time_penalty(NO_DAY, 5) == 0.0
    week, year = clustering.time_penalty(0, 12), clustering.time_penalty(0, 280)
    assert 0 < week < year
    assert year > 0.4  # a different summit months later needs near-identical text


def test_index_assigns_opens_and_round_trips() -> None:
    index = clustering.StoryIndex()
    terms = [term_counts(None, b) for b in (FLOOD_1, FLOOD_2, RICE_1)]
    index.count_documents(terms)
    first = index.open_story(index.vector(terms[0]), 100, 0)
    story, score = index.best_story(index.vector(terms[1]), 101)
    assert story == first and score > STORY_THRESHOLD
    index.add(story, index.vector(terms[1]), 101, 1)
    story, score = index.best_story(index.vector(terms[2]), 101)
    assert story == -1 or score < STORY_THRESHOLD
    index.open_story(index.vector(terms[2]), 104, 2)
    restored = clustering.StoryIndex.from_arrays(index.to_arrays(), [list(d) for d in index.days])
    assert restored.story_day(0) == 100 and restored.sizes.tolist() == [2, 1]
    assert restored.background == "id"
    assert np.array_equal(restored.centroid_ids, index.centroid_ids[:2])
    assert np.allclose(restored.norms, index.norms[:2])
    assert restored.best_story(index.vector(terms[1]), 101) == index.best_story(
        index.vector(terms[1]), 101
    )


def test_candidates_come_from_the_inverted_index(monkeypatch) -> None:
    monkeypatch.setattr(clustering, "EXHAUSTIVE_STORIES", 0)
    index = clustering.StoryIndex()
    bodies = (FLOOD_1, RICE_1, FINAL_1, FLOOD_2)
    terms = [term_counts(None, b) for b in bodies]
    index.count_documents(terms)
    for row, t in enumerate(terms[:3]):
        index.open_story(index.vector(t), 100, row)
    found = index.candidates(index.vector(terms[3])).tolist()
    assert found[0] == 0  # the flood story shares the most weight
    assert index.best_story(index.vector(terms[3]), 100)[0] == 0
