"""Near-duplicate detection: word shingles, vectorised MinHash, LSH banding, containment.

Two bodies are duplicates when their normalised text is identical, or when the shingles of
the shorter one are nearly all in the longer one and the shorter one is not a small excerpt
of it (an outlet that republishes a wire text with its own header, footer and a changed
sentence). Two articles that only share a quote or a wire paragraph are not duplicates.

Signatures are one-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification
(Shrivastava & Li 2014), vectorised over many documents at once: each shingle is hashed once
and falls into one of NUM_PERM bins, instead of being hashed NUM_PERM times. The classic
k-permutation signature (``minhash_many``) is kept for comparison; ``benchmarks/bench_scale.py``
measures both against a plain ``datasketch`` MinHashLSH loop.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from kabar.config import DEFAULT_SETTINGS, DedupSettings

# The tuned values (shingle words, containment, size ratio, minimum shingles, LSH bands and
# rows) are settings: see DedupSettings and kabar/data/defaults.toml for where each comes from.
# The module names below are the defaults, kept for the benchmarks that import them.
_DEFAULTS = DEFAULT_SETTINGS.dedup
SHINGLE_WORDS = _DEFAULTS.shingle_words
BANDS = _DEFAULTS.bands
ROWS = _DEFAULTS.rows
# Values per signature (bins of the one-permutation MinHash): 128 give a Jaccard estimate with
# standard error <= 0.045 (measured 0.043 on random pairs, as for 128 k-permutation values).
NUM_PERM = 128
# Bucket members compared with each other: larger buckets (boilerplate shared by thousands)
# only compare each member with this many earliest members, keeping the search near-linear.
MAX_BUCKET_PAIRS = 32
# Texts fingerprinted per numpy pass: bounds the word lists and temporary arrays held at once
# (about 50 MB for 2,048 news bodies) while keeping per-pass overhead negligible.
FINGERPRINT_BLOCK = 2048
# Shingles hashed per MinHash block (bounds the temporary (shingles x NUM_PERM) matrix to
# about 32 MB of uint64).
_BLOCK_SHINGLES = 32_768
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


def minhash_many(shingle_sets: Sequence[np.ndarray]) -> np.ndarray:
    """Return the (len(shingle_sets), NUM_PERM) uint32 MinHash signatures, computed in blocks."""
    out = np.full((len(shingle_sets), NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    start = 0
    while start < len(shingle_sets):
        stop, total = start, 0
        while stop < len(shingle_sets) and (stop == start or total < _BLOCK_SHINGLES):
            total += len(shingle_sets[stop])
            stop += 1
        block = [s for s in shingle_sets[start:stop] if len(s)]
        rows = [start + i for i, s in enumerate(shingle_sets[start:stop]) if len(s)]
        if block:
            values = np.concatenate(block)
            offsets = np.cumsum([0] + [len(s) for s in block[:-1]])
            hashed = values[:, None] * _PERM_A[None, :] + _PERM_B[None, :]
            hashed >>= np.uint64(32)
            out[rows] = np.minimum.reduceat(hashed, offsets, axis=0).astype(np.uint32)
        start = stop
    return out


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
    out = np.full(n * NUM_PERM, empty, dtype=np.uint32)
    if n == 0:
        return out.reshape(0, NUM_PERM)
    mixed = values * _PERM_A[0] + _PERM_B[0]
    mixed ^= mixed >> np.uint64(33)
    bins = (mixed >> np.uint64(64 - _BIN_BITS)).astype(np.int64)
    slot = np.repeat(np.arange(n, dtype=np.int64) * NUM_PERM, lengths) + bins
    np.minimum.at(out, slot, ((mixed >> np.uint64(16)) & _MASK32).astype(np.uint32))
    out = out.reshape(n, NUM_PERM)
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


def is_duplicate_pair(
    sig_a: np.ndarray,
    size_a: np.ndarray,
    exact_a: np.ndarray,
    sig_b: np.ndarray,
    size_b: np.ndarray,
    exact_b: np.ndarray,
    *,
    settings: DedupSettings = _DEFAULTS,
) -> np.ndarray:
    """Return, for row-aligned pairs, whether each pair is a (near-)verbatim copy."""
    same_text = (exact_a == exact_b) & (exact_a != 0)
    jaccard = (sig_a == sig_b).mean(axis=1) if len(sig_a) else np.zeros(0)
    small = np.minimum(size_a, size_b).astype(np.float64)
    large = np.maximum(size_a, size_b).astype(np.float64)
    shared = jaccard * (small + large) / (1.0 + jaccard)
    containment = np.divide(shared, small, out=np.zeros_like(shared), where=small > 0)
    ratio = np.divide(small, large, out=np.zeros_like(small), where=large > 0)
    near = (
        (containment >= settings.min_containment)
        & (ratio >= settings.min_size_ratio)
        & (small >= settings.min_shingles)
    )
    return same_text | near


def _group_pairs(flat: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Return (m, 2) pairs (member, earlier member) inside runs of equal sorted keys.

    Each member is paired with at most MAX_BUCKET_PAIRS of the members before it in its
    run (the first ones), so a bucket of k members costs O(k), not O(k^2).
    """
    if len(flat) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    new_run = np.r_[True, flat[1:] != flat[:-1]]
    run_start = np.maximum.accumulate(np.where(new_run, np.arange(len(flat)), 0))
    count = np.minimum(np.arange(len(flat)) - run_start, MAX_BUCKET_PAIRS)
    total = int(count.sum())
    if total == 0:
        return np.zeros((0, 2), dtype=np.int64)
    later = np.repeat(np.arange(len(flat)), count)
    offset = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    earlier = np.repeat(run_start, count) + offset
    return np.stack([rows[later], rows[earlier]], axis=1).astype(np.int64)


def _unique_pairs(pairs: np.ndarray) -> np.ndarray:
    """Return the distinct pairs with different members."""
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    if len(pairs) == 0:
        return pairs
    return np.unique(pairs, axis=0)


class DedupIndex:
    """Fingerprints of every stored body, an LSH bucket table and each body's earliest copy.

    Rows are numbered in insertion order; ``root[r]`` is the row of the earliest copy of row
    ``r`` (itself when it is an original). All per-row data are numpy arrays, so the index
    of a million bodies is about 0.6 GB in memory and 0.5 GB serialised.
    """

    def __init__(self, *, settings: DedupSettings = _DEFAULTS) -> None:
        self.settings = settings
        self.signatures = np.zeros((0, NUM_PERM), dtype=np.uint32)
        self.sizes = np.zeros(0, dtype=np.int32)
        self.exact = np.zeros(0, dtype=np.uint64)
        self.root = np.zeros(0, dtype=np.int64)
        self._table_keys = np.zeros(0, dtype=np.uint64)
        self._table_rows = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.sizes)

    @classmethod
    def from_arrays(
        cls,
        signatures: np.ndarray,
        sizes: np.ndarray,
        exact: np.ndarray,
        root: np.ndarray,
        *,
        settings: DedupSettings = _DEFAULTS,
    ) -> DedupIndex:
        """Rebuild an index (and its bucket table) from saved per-row arrays."""
        index = cls(settings=settings)
        index.signatures = np.ascontiguousarray(signatures, dtype=np.uint32)
        index.sizes = np.asarray(sizes, dtype=np.int32)
        index.exact = np.asarray(exact, dtype=np.uint64)
        index.root = np.asarray(root, dtype=np.int64)
        keys = band_keys(index.signatures, index.exact, index.sizes, settings=settings)
        index._insert(keys, 0)
        return index

    def _insert(self, keys: np.ndarray, first_row: int) -> None:
        """Add the bucket keys of rows first_row.. to the sorted table."""
        flat = keys.ravel()
        rows = np.repeat(np.arange(first_row, first_row + keys.shape[0]), keys.shape[1])
        live = flat != 0
        flat, rows = flat[live], rows[live]
        # a fresh table needs no stable order (2.6x faster on 43M keys); later insertions go
        # after equal keys, so within a bucket stored rows keep their arrival order
        order = np.argsort(flat, kind="stable" if len(self._table_keys) else None)
        flat, rows = flat[order], rows[order]
        if len(self._table_keys) == 0:
            self._table_keys, self._table_rows = flat, rows
            return
        at = np.searchsorted(self._table_keys, flat, side="right")
        self._table_keys = np.insert(self._table_keys, at, flat)
        self._table_rows = np.insert(self._table_rows, at, rows)

    def candidate_pairs(self, keys: np.ndarray, first_row: int) -> np.ndarray:
        """Return (m, 2) pairs (new row, other row) sharing a bucket; new rows from first_row."""
        flat = keys.ravel()
        rows = np.repeat(np.arange(first_row, first_row + keys.shape[0]), keys.shape[1])
        live = flat != 0
        flat, rows = flat[live], rows[live]
        order = np.argsort(flat, kind="stable")
        inside = _group_pairs(flat[order], rows[order])
        lo = np.searchsorted(self._table_keys, flat, side="left")
        hi = np.searchsorted(self._table_keys, flat, side="right")
        count = np.minimum(hi - lo, MAX_BUCKET_PAIRS)
        total = int(count.sum())
        offset = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
        stored = np.stack(
            [np.repeat(rows, count), self._table_rows[np.repeat(lo, count) + offset]], axis=1
        )
        return _unique_pairs(np.concatenate([inside, stored.astype(np.int64)]))

    def add(
        self,
        signatures: np.ndarray,
        sizes: np.ndarray,
        exact: np.ndarray,
        order_key: Callable[[int], tuple[int, int]],
        keys: np.ndarray | None = None,
    ) -> np.ndarray:
        """Add new rows and link copies to their earliest copy; return the rows whose root changed.

        ``order_key(row)`` gives (time, arrival) of any row, stored or new, and decides which
        copy is the earliest. The returned rows include every new row.
        """
        first = len(self)
        count = len(sizes)
        if keys is None:
            keys = band_keys(signatures, exact, sizes, settings=self.settings)
        pairs = self.candidate_pairs(keys, first)
        self.signatures = np.concatenate([self.signatures, signatures.astype(np.uint32)])
        self.sizes = np.concatenate([self.sizes, sizes.astype(np.int32)])
        self.exact = np.concatenate([self.exact, exact.astype(np.uint64)])
        self.root = np.concatenate([self.root, np.arange(first, first + count)])
        self._insert(keys, first)
        if len(pairs):
            a, b = pairs[:, 0], pairs[:, 1]
            keep = is_duplicate_pair(
                self.signatures[a],
                self.sizes[a],
                self.exact[a],
                self.signatures[b],
                self.sizes[b],
                self.exact[b],
                settings=self.settings,
            )
            pairs = pairs[keep]
        changed = set(range(first, first + count))
        changed.update(self._link(pairs, order_key, first))
        return np.array(sorted(changed), dtype=np.int64)

    def _link(
        self, pairs: np.ndarray, order_key: Callable[[int], tuple[int, int]], first: int
    ) -> set[int]:
        """Unite duplicate pairs into groups led by their earliest member; return changed rows."""
        parent: dict[int, int] = {}

        def find(node: int) -> int:
            parent.setdefault(node, node)
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        for new_row, other in pairs.tolist():
            # stored rows join through their group's root, so a group is never split
            a, b = find(new_row), find(int(self.root[other]))
            if a != b:
                parent[a] = b
        groups: dict[int, list[int]] = {}
        for node in list(parent):
            groups.setdefault(find(node), []).append(node)
        changed: set[int] = set()
        for members in groups.values():
            leader = min(members, key=lambda r: (order_key(r), r))
            for node in members:
                if node >= first:
                    self.root[node] = leader
                elif node != leader or self.root[node] != leader:
                    # an old group absorbed or led by an earlier newcomer: re-point all of it
                    rows = np.flatnonzero(self.root == node)
                    self.root[rows] = leader
                    changed.update(rows.tolist())
        return {r for r in changed if r < first}
