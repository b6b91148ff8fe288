"""Near-duplicate bodies: LSH buckets of fingerprints, verified by estimated containment.

Two bodies are duplicates when their normalised text is identical, or when the shingles of
the shorter one are nearly all in the longer one and the shorter one is not a small excerpt
of it (an outlet that republishes a wire text with its own header, footer and a changed
sentence). Two articles that only share a quote or a wire paragraph are not duplicates.
Every body is linked to its earliest copy.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kabar.config import DEFAULT_SETTINGS, DedupSettings
from kabar.stories.fingerprints import NUM_PERM, band_keys

# The tuned values (containment, size ratio, minimum shingles, LSH bands and rows) are
# settings: see DedupSettings and kabar/data/defaults.toml for where each comes from.
_DEFAULTS = DEFAULT_SETTINGS.dedup
# Bucket members compared with each other: larger buckets (boilerplate shared by thousands)
# only compare each member with this many earliest members, keeping the search near-linear.
MAX_BUCKET_PAIRS = 32


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
        # stable: within a bucket rows stay in arrival order, so the members a new body is
        # compared with are the earliest ones however the table was loaded (whole, or the
        # window of it a store hands a run)
        order = np.argsort(flat, kind="stable")
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
