"""Fingerprints: shingles, MinHash signatures (one-permutation and the classic reference)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from story_corpus import FLOOD_1, FLOOD_2

from kabar.stories import fingerprints
from kabar.stories.duplicates import DedupIndex


def _k_permutation(shingle_sets: list[np.ndarray]) -> np.ndarray:
    """Return classic k-permutation MinHash signatures: the reference one-permutation replaces."""
    a, b = fingerprints._PERM_A, fingerprints._PERM_B
    out = np.full((len(shingle_sets), fingerprints.NUM_PERM), np.iinfo(np.uint32).max, np.uint32)
    for row, shingles in enumerate(shingle_sets):
        if len(shingles):
            hashed = (shingles[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)
            out[row] = hashed.min(axis=0).astype(np.uint32)
    return out


def test_fingerprints_are_stable_and_ignore_case_and_punctuation() -> None:
    a, b, c = fingerprints.fingerprints([FLOOD_1, FLOOD_1.upper().replace(",", " ,"), FLOOD_2])
    assert a.exact == b.exact != c.exact
    assert np.array_equal(a.signature, b.signature)
    assert a.signature.dtype == np.uint32 and a.signature.shape == (fingerprints.NUM_PERM,)
    # the same text hashed again in another batch gives the same signature
    (again,) = fingerprints.fingerprints([FLOOD_1])
    assert np.array_equal(again.signature, a.signature)


def test_minhash_estimates_jaccard() -> None:
    words = [f"kata{i}" for i in range(400)]
    half = words[:200] + [f"lain{i}" for i in range(200)]
    a, b = (fingerprints.shingle_hashes(w) for w in (words, half))
    true = len(np.intersect1d(a, b)) / len(np.union1d(a, b))
    for signatures in (_k_permutation, fingerprints.one_permutation_many):
        sig = signatures([a, b])
        estimate = float((sig[0] == sig[1]).mean())
        assert abs(estimate - true) < 0.12, signatures


def test_one_permutation_signatures_fill_every_bin() -> None:
    short = fingerprints.shingle_hashes([f"kata{i}" for i in range(30)])  # most bins empty
    sig = fingerprints.one_permutation_many([short, short[:0], short])
    assert (sig[0] != np.iinfo(np.uint32).max).all()
    assert (sig[1] == np.iinfo(np.uint32).max).all()  # no shingles at all
    assert np.array_equal(sig[0], sig[2])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["banjir", "Sukamaju", "warga", "3.400", "tanggul", "jebol",
                                 "di", "Rahmat", "posko", "BPBD"]), min_size=1, max_size=40),
       st.sampled_from([" ", "  ", "\n", ", ", " - "]))
def test_fingerprint_ignores_spacing_case_and_punctuation(words: list[str], glue: str) -> None:
    plain, varied = fingerprints.fingerprints([" ".join(words), glue.join(w.upper() for w in words)])
    assert plain.exact == varied.exact and plain.size == varied.size
    assert np.array_equal(plain.signature, varied.signature)
    index = DedupIndex()
    index.add(np.stack([plain.signature, varied.signature]), np.array([plain.size] * 2),
              np.array([plain.exact, varied.exact], dtype=np.uint64), lambda r: (0, r))
    assert index.root.tolist() == [0, 0]  # identical normalised text is always a copy


def test_fingerprints_of_bodies_shorter_than_one_shingle_in_all() -> None:
    one, two = fingerprints.fingerprints(["Banjir merendam Palu.", "Gempa di Sigi."])
    assert one.size == 1 and two.size == 1
    assert one.exact != two.exact
