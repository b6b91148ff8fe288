"""Story clustering: term vectors, time penalty, dates and the incremental index."""

from __future__ import annotations

import numpy as np
from story_corpus import FINAL_1, FINAL_2, FLOOD_1, FLOOD_2, RICE_1

from kabar import cluster


def _vectors(*bodies: str) -> list[cluster.Vector]:
    index = cluster.StoryIndex()
    terms = [cluster.term_counts(None, b) for b in bodies]
    index.count_documents(terms)
    return [index.vector(t) for t in terms]


def test_content_words_drop_stop_words_and_short_numbers() -> None:
    words = cluster.content_words("Dia mengatakan bahwa 12 rumah di Sukamaju terendam pada 2025.")
    assert words == ["rumah", "sukamaju", "terendam", "2025"]
    assert cluster.content_words("The flood hit the town", "en") == ["flood", "hit", "town"]


def test_same_event_is_closer_than_other_events() -> None:
    flood_1, flood_2, rice, final_1, final_2 = _vectors(FLOOD_1, FLOOD_2, RICE_1, FINAL_1, FINAL_2)
    same = cluster.dot(flood_1, flood_2)
    assert same > cluster.STORY_THRESHOLD
    assert cluster.dot(final_1, final_2) > cluster.STORY_THRESHOLD
    assert max(cluster.dot(flood_1, rice), cluster.dot(flood_2, final_1)) < same / 4


def test_vectors_are_unit_and_truncated() -> None:
    (vector,) = _vectors(FLOOD_1)
    assert len(vector[0]) == cluster.ARTICLE_TERMS
    assert abs(float((vector[1].astype(float) ** 2).sum()) - 1.0) < 1e-5
    assert (vector[1][:-1] >= vector[1][1:]).all()  # heaviest first


def test_time_penalty_grows_with_gap_and_ignores_missing_dates() -> None:
    assert cluster.time_penalty(100, 102) == 0.0
    assert cluster.time_penalty(cluster.NO_DAY, 5) == 0.0
    week, year = cluster.time_penalty(0, 12), cluster.time_penalty(0, 280)
    assert 0 < week < year
    assert year > 0.4  # a different summit months later needs near-identical text


def test_dates_from_published_and_from_text() -> None:
    assert cluster.day_number("2024-06-19T13:30+07:00") == 19893
    assert cluster.day_number(None) == cluster.NO_DAY
    assert cluster.day_number("kemarin") == cluster.NO_DAY
    assert cluster.mentioned_day("pada Rabu, 19 Juni 2024.") == 19893
    assert cluster.mentioned_day("Rabu (13/9/2023).") == cluster.day_number("2023-09-13")
    assert cluster.mentioned_day("sejak 24 Maret lalu") == cluster.NO_DAY
    assert cluster.minute_number("2024-06-19T07:00+07:00") == 19893 * 1440


def test_quote_keys_link_verbatim_quotes_only() -> None:
    body = 'Ia berkata, "Kami akan membangun jembatan baru tahun depan," di Balai Kota.'
    assert cluster.quote_keys(body) == ["q:kami akan membangun jembatan baru tahun depan"]
    assert cluster.quote_keys('Ia menyebut "luar biasa" saja.') == []


def test_index_assigns_opens_and_round_trips() -> None:
    index = cluster.StoryIndex()
    terms = [cluster.term_counts(None, b) for b in (FLOOD_1, FLOOD_2, RICE_1)]
    index.count_documents(terms)
    first = index.open_story(index.vector(terms[0]), 100, 0)
    story, score = index.best_story(index.vector(terms[1]), 101)
    assert story == first and score > cluster.STORY_THRESHOLD
    index.add(story, index.vector(terms[1]), 101, 1)
    story, score = index.best_story(index.vector(terms[2]), 101)
    assert story == -1 or score < cluster.STORY_THRESHOLD
    index.open_story(index.vector(terms[2]), 104, 2)
    restored = cluster.StoryIndex.from_arrays(index.to_arrays(), [list(d) for d in index.days])
    assert restored.story_day(0) == 100 and restored.sizes.tolist() == [2, 1]
    assert restored.background == "id"
    assert np.array_equal(restored.centroid_ids, index.centroid_ids[:2])
    assert np.allclose(restored.norms, index.norms[:2])
    assert restored.best_story(index.vector(terms[1]), 101) == index.best_story(
        index.vector(terms[1]), 101
    )


def test_candidates_come_from_the_inverted_index(monkeypatch) -> None:
    monkeypatch.setattr(cluster, "EXHAUSTIVE_STORIES", 0)
    index = cluster.StoryIndex()
    bodies = (FLOOD_1, RICE_1, FINAL_1, FLOOD_2)
    terms = [cluster.term_counts(None, b) for b in bodies]
    index.count_documents(terms)
    for row, t in enumerate(terms[:3]):
        index.open_story(index.vector(t), 100, row)
    found = index.candidates(index.vector(terms[3])).tolist()
    assert found[0] == 0  # the flood story shares the most weight
    assert index.best_story(index.vector(terms[3]), 100)[0] == 0


def test_event_day_prefers_a_recent_mentioned_date() -> None:
    monday = cluster.day_number("2025-02-10")
    text = "Sejak 1 Januari 2025 warga waspada. Banjir terjadi Minggu (9/2/2025) malam."
    assert cluster.event_day("2025-02-10T09:00+07:00", text) == monday - 1
    assert cluster.event_day("2025-02-20", text) == monday + 10  # too old: background
    assert cluster.event_day(None, text) == cluster.day_number("2025-01-01")
    assert cluster.event_day(None, "tanpa tanggal") == cluster.NO_DAY
