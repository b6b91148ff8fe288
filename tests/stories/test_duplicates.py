"""Duplicates: LSH candidates, containment and earliest-copy linking."""

from __future__ import annotations

import numpy as np
from story_corpus import FINAL_1, FLOOD_1, FLOOD_1_SYNDICATED, FLOOD_2, RICE_1, RICE_2

from kabar.stories import duplicates
from kabar.stories.fingerprints import fingerprints


def _index(texts: list[str], order: list[tuple[int, str]]) -> tuple[duplicates.DedupIndex, list]:
    prints = fingerprints(texts)
    index = duplicates.DedupIndex()
    index.add(
        np.stack([p.signature for p in prints]),
        np.array([p.size for p in prints]),
        np.array([p.exact for p in prints], dtype=np.uint64),
        order.__getitem__,
    )
    return index, prints


def test_syndicated_copy_and_crawl_copy_point_to_earliest() -> None:
    texts = [FLOOD_1_SYNDICATED, FLOOD_1, FLOOD_1, FLOOD_2]
    order = [(20, "b"), (10, "a"), (10, "c"), (30, "d")]
    index, _ = _index(texts, order)
    assert index.root.tolist() == [1, 1, 1, 3]


def test_copy_that_drops_paragraphs_is_found_by_containment() -> None:
    shortened = "\n\n".join(FLOOD_1.split("\n\n")[:3])
    index, prints = _index([FLOOD_1, shortened], [(1, "a"), (2, "b")])
    assert prints[1].size < 0.8 * prints[0].size  # Jaccard alone would be low
    assert index.root.tolist() == [0, 0]


def test_shared_quote_or_wire_paragraph_is_not_a_duplicate() -> None:
    index, _ = _index([RICE_1, RICE_2, FLOOD_1, FLOOD_2], [(1, "a"), (2, "b"), (3, "c"), (4, "d")])
    assert index.root.tolist() == [0, 1, 2, 3]


def test_one_paragraph_excerpt_is_not_a_duplicate() -> None:
    excerpt = FLOOD_1.split("\n\n")[1]
    index, _ = _index([FLOOD_1, excerpt], [(1, "a"), (2, "b")])
    assert index.root.tolist() == [0, 1]


def test_incremental_add_and_late_earlier_copy_relinks_group() -> None:
    prints = fingerprints([FLOOD_1, FLOOD_1_SYNDICATED, FINAL_1, FLOOD_1])
    order = [(10, "a"), (20, "b"), (30, "c"), (5, "z")]
    sig = np.stack([p.signature for p in prints])
    size = np.array([p.size for p in prints])
    exact = np.array([p.exact for p in prints], dtype=np.uint64)
    index = duplicates.DedupIndex()
    index.add(sig[:3], size[:3], exact[:3], order.__getitem__)
    assert index.root.tolist() == [0, 0, 2]
    restored = duplicates.DedupIndex.from_arrays(index.signatures, index.sizes, index.exact, index.root)
    changed = restored.add(sig[3:], size[3:], exact[3:], order.__getitem__)
    # the late copy published earlier leads the group now; rows 0 and 1 were re-pointed
    assert restored.root.tolist() == [3, 3, 2, 3]
    assert changed.tolist() == [0, 1, 3]


def test_bucket_pairs_are_capped_per_member() -> None:
    keys = np.full(100, 7, dtype=np.uint64)
    pairs = duplicates._group_pairs(keys, np.arange(100))
    assert len(pairs) == sum(min(i, duplicates.MAX_BUCKET_PAIRS) for i in range(100))
    assert (pairs[:, 1] < pairs[:, 0]).all()


def test_short_bodies_only_match_exactly() -> None:
    texts = ["Hujan turun di kota.", "Hujan turun di kota!", "Hujan turun di desa."]
    index, _ = _index(texts, [(1, "a"), (2, "b"), (3, "c")])
    assert index.root.tolist() == [0, 0, 2]
