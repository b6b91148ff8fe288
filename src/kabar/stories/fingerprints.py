"""Fingerprints of bodies: word shingles, vectorised MinHash signatures, LSH band keys.

Signatures are one-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification
(Shrivastava & Li 2014), vectorised over many documents at once: each shingle is hashed once
and falls into one of NUM_PERM bins, instead of being hashed NUM_PERM times. The classic
k-permutation signature lives in ``benchmarks/bench_scale.py``, which measures both against a
plain ``datasketch`` MinHashLSH loop.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from kabar.config import DEFAULT_SETTINGS, DedupSettings

# The tuned values (shingle words, LSH bands and rows) are settings: see DedupSettings and
# kabar/data/defaults.toml for where each comes from.
_DEFAULTS = DEFAULT_SETTINGS.dedup
# Values per signature (bins of the one-permutation MinHash): 128 give a Jaccard estimate with
# standard error <= 0.045 (measured 0.043 on random pairs, as for 128 k-permutation values).
NUM_PERM = 128
# Texts fingerprinted per numpy pass: bounds the word lists and temporary arrays held at once
# (about 50 MB for 2,048 news bodies) while keeping per-pass overhead negligible.
FINGERPRINT_BLOCK = 2048
_WORD = re.compile(r"\w+", re.UNICODE)
_MASK32 = np.uint64(0xFFFFFFFF)
_BIN_BITS = 7  # 2**7 == NUM_PERM bins for one-permutation hashing
# Added per step when an empty bin borrows a neighbour's value (any odd 32-bit constant).
_DENSIFY_OFFSET = 0x9E3779B1
_SEED = 20_231_113  # fixed so that signatures are identical on every run and machine
# Word-hash memo: the same few hundred thousand words recur across millions of articles.
_WORD_CACHE: dict[str, int] = {}
_WORD_CACHE_LIMIT = 2_000_000


def _perm_params() -> tuple[np.ndarray, np.ndarray]:
    """Return the fixed odd multipliers and offsets of the multiply-shift hash family."""
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
    return a, b


_PERM_A, _PERM_B = _perm_params()
# Per-position multipliers that combine the word hashes of a shingle into one hash (one per
# word: kabar.config.MAX_SHINGLE_WORDS).
_POSITION_MULT = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
    ],
    dtype=np.uint64,
)


@dataclass(frozen=True)
class Fingerprint:
    """What the duplicate stage keeps of one body: exact key, shingle count, MinHash signature."""

    exact: int  # 63-bit hash of the normalised word sequence (0 for an empty body)
    size: int  # shingle positions (distinct shingles in practice)
    signature: np.ndarray  # (NUM_PERM,) uint32


def normalized_words(text: str) -> list[str]:
    """Return the lower-cased word tokens of a text, punctuation and spacing dropped."""
    return _WORD.findall(text.lower())


def _word_hash(word: str) -> int:
    """Return a stable 64-bit hash of one word."""
    value = _WORD_CACHE.get(word)
    if value is None:
        if len(_WORD_CACHE) >= _WORD_CACHE_LIMIT:
            _WORD_CACHE.clear()
        value = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
        _WORD_CACHE[word] = value
    return value


def exact_key(words: Sequence[str]) -> int:
    """Return a stable 63-bit key of a word sequence (0 when there are no words)."""
    if not words:
        return 0
    digest = hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()
    return (int.from_bytes(digest, "little") >> 1) or 1


def shingle_hashes(words: Sequence[str], *, settings: DedupSettings = _DEFAULTS) -> np.ndarray:
    """Return the distinct 64-bit hashes of the word shingles of a token sequence."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    hashed = np.fromiter((_word_hash(w) for w in words), dtype=np.uint64, count=len(words))
    width = settings.shingle_words
    if len(words) < width:
        return np.unique(hashed[:1] ^ hashed[-1:])
    n = len(words) - width + 1
    combined = np.zeros(n, dtype=np.uint64)
    for position in range(width):
        combined += hashed[position : position + n] * _POSITION_MULT[position]
    combined ^= combined >> np.uint64(29)
    return np.unique(combined)


def one_permutation_many(shingle_sets: Sequence[np.ndarray]) -> np.ndarray:
    """Return (len(shingle_sets), NUM_PERM) uint32 one-permutation MinHash signatures.

    A shingle hash's top bits pick its bin and the next 32 bits are its value; each bin keeps
    its minimum. An empty bin borrows the value of the next non-empty bin to its right
    (circularly) plus a fixed offset per step, so that two sets agree on a bin with
    probability close to their Jaccard similarity. A set with no shingles keeps all bins at
    the maximum value.
    """
    lengths = np.fromiter((len(s) for s in shingle_sets), dtype=np.int64, count=len(shingle_sets))
    values = np.concatenate(shingle_sets) if lengths.sum() else np.zeros(0, dtype=np.uint64)
    return _one_permutation(values, lengths)


def _one_permutation(values: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Return one-permutation signatures of concatenated shingle hashes, lengths per set."""
    n = len(lengths)
    empty = np.iinfo(np.uint32).max
    flat = np.full(n * NUM_PERM, empty, dtype=np.uint32)
    if n == 0:
        return flat.reshape(0, NUM_PERM)
    mixed = values * _PERM_A[0] + _PERM_B[0]
    mixed ^= mixed >> np.uint64(33)
    bins = (mixed >> np.uint64(64 - _BIN_BITS)).astype(np.int64)
    slot = np.repeat(np.arange(n, dtype=np.int64) * NUM_PERM, lengths) + bins
    np.minimum.at(flat, slot, ((mixed >> np.uint64(16)) & _MASK32).astype(np.uint32))
    out = flat.reshape(n, NUM_PERM)
    filled = out != empty
    partial = filled.any(axis=1) & ~filled.all(axis=1)
    if partial.any():
        rows = out[partial]
        columns = np.arange(2 * NUM_PERM)
        doubled = np.where(np.tile(rows != empty, 2), columns, 2 * NUM_PERM)
        next_filled = np.minimum.accumulate(doubled[:, ::-1], axis=1)[:, ::-1][:, :NUM_PERM]
        steps = (next_filled - columns[:NUM_PERM]).astype(np.uint32)
        borrowed = np.take_along_axis(rows, next_filled % NUM_PERM, axis=1)
        out[partial] = borrowed + steps * np.uint32(_DENSIFY_OFFSET)
    return out


def _block_shingles(
    word_lists: Sequence[Sequence[str]], width: int
) -> tuple[np.ndarray, np.ndarray]:
    """Return the shingle hashes of many token lists, concatenated, and the count per list.

    Same hashes as ``shingle_hashes`` (without removing repeats), computed in one numpy pass
    over all the words; a list shorter than ``width`` words gives one shingle.
    """
    lengths = np.fromiter((len(w) for w in word_lists), dtype=np.int64, count=len(word_lists))
    cache = _WORD_CACHE
    hashed = np.fromiter(
        (cache[w] if w in cache else _word_hash(w) for words in word_lists for w in words),
        dtype=np.uint64,
        count=int(lengths.sum()),
    )
    starts = np.cumsum(lengths) - lengths
    # a block shorter than one shingle in all (a few tiny bodies) has no shingle position
    n = max(len(hashed) - width + 1, 0)
    combined = np.zeros(n, dtype=np.uint64)
    for position in range(width):
        combined += hashed[position : position + n] * _POSITION_MULT[position]
    combined ^= combined >> np.uint64(29)
    counts = np.maximum(lengths - width + 1, 0)
    # keep the positions whose shingle lies inside one list
    take = (
        np.repeat(starts, counts)
        + np.arange(int(counts.sum()))
        - np.repeat(np.cumsum(counts) - counts, counts)
    )
    values = combined[take] if len(take) else np.zeros(0, dtype=np.uint64)
    short = np.flatnonzero((lengths > 0) & (lengths < width))
    if len(short):
        extra = hashed[starts[short]] ^ hashed[starts[short] + lengths[short] - 1]
        at = (np.cumsum(counts) - counts)[short]
        values = np.insert(values, at, extra)
        counts[short] = 1
    return values, counts


def fingerprints(texts: Sequence[str], *, settings: DedupSettings = _DEFAULTS) -> list[Fingerprint]:
    """Return the fingerprint of every text, hashing FINGERPRINT_BLOCK texts per numpy pass.

    ``size`` counts shingle positions (a repeated 5-word run counts twice; rare in news).
    """
    out: list[Fingerprint] = []
    for start in range(0, len(texts), FINGERPRINT_BLOCK):
        words = [normalized_words(t) for t in texts[start : start + FINGERPRINT_BLOCK]]
        out.extend(fingerprints_of_words(words, settings=settings))
    return out


def fingerprints_of_words(
    word_lists: Sequence[Sequence[str]], *, settings: DedupSettings = _DEFAULTS
) -> list[Fingerprint]:
    """Return the fingerprints of texts given as ``normalized_words`` lists, in one pass."""
    values, counts = _block_shingles(word_lists, settings.shingle_words)
    signatures = _one_permutation(values, counts)
    return [
        Fingerprint(exact_key(w), int(c), signatures[i])
        for i, (w, c) in enumerate(zip(word_lists, counts.tolist(), strict=True))
    ]


def band_keys(
    signatures: np.ndarray,
    exact: np.ndarray,
    sizes: np.ndarray,
    *,
    settings: DedupSettings = _DEFAULTS,
) -> np.ndarray:
    """Return (n, bands + 1) uint64 bucket keys: one per LSH band, the last the exact key.

    Bands of a body under ``min_shingles`` are set to 0 (never looked up), and so is the
    exact key of an empty body.
    """
    n = signatures.shape[0]
    bands, rows = settings.bands, settings.rows
    sig = signatures[:, : bands * rows].astype(np.uint64).reshape(n, bands, rows)
    keys = np.zeros((n, bands), dtype=np.uint64)
    for row in range(rows):
        keys = (keys * np.uint64(0x100000001B3)) ^ sig[:, :, row]
    keys = keys * np.uint64(0xFF51AFD7ED558CCD) + np.arange(bands, dtype=np.uint64)[None, :]
    keys ^= keys >> np.uint64(31)
    keys |= np.uint64(1 << 63)  # band keys have the top bit set, exact keys do not
    keys[sizes < settings.min_shingles] = 0
    return np.concatenate([keys, exact.astype(np.uint64)[:, None]], axis=1)
