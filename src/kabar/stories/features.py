"""What linking needs of each article, computed apart so that any worker can compute it.

``article_features`` fingerprints and vectorises a batch of articles; the Dask engine runs it
on its workers, the local engine in the process, and both link the same features.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from kabar.config import DEFAULT_SETTINGS, Settings
from kabar.models import Article
from kabar.stories.fingerprints import (
    FINGERPRINT_BLOCK,
    NUM_PERM,
    Fingerprint,
    band_keys,
    fingerprints_of_words,
    normalized_words,
)
from kabar.stories.terms import TermCounts, term_counts


@dataclass(frozen=True)
class Features:
    """What linking needs of a batch of articles, computable on any worker."""

    signatures: np.ndarray  # (n, NUM_PERM) uint32
    sizes: np.ndarray  # (n,) int32 distinct shingles
    exact: np.ndarray  # (n,) uint64 exact-text keys
    keys: np.ndarray  # (n, bands + 1) uint64 LSH bucket keys
    terms: tuple[TermCounts, ...]


def tick(timings: dict[str, float] | None, phase: str, started: float) -> float:
    """Add the seconds since started to timings[phase]; return the current time."""
    now = time.perf_counter()
    if timings is not None:
        timings[phase] = timings.get(phase, 0.0) + now - started
    return now


def article_features(
    articles: Sequence[Article],
    *,
    timings: dict[str, float] | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Features:
    """Fingerprint and vectorise a batch of articles (pure: same input, same output).

    ``timings``, when given, receives the seconds spent on "fingerprints" and "terms".
    """
    prints: list[Fingerprint] = []
    terms: list[TermCounts] = []
    for start in range(0, len(articles), FINGERPRINT_BLOCK):
        block = articles[start : start + FINGERPRINT_BLOCK]
        started = time.perf_counter()
        words = [normalized_words(a.body) for a in block]  # split once, used twice
        prints.extend(fingerprints_of_words(words, settings=settings.dedup))
        started = tick(timings, "fingerprints", started)
        terms.extend(
            term_counts(
                a.title,
                a.body,
                entities=[e.name for e in a.entities],
                quotes=[q.text for q in a.quotes if q.kind != "indirect"],
                language=a.language,
                body_words=w,
                settings=settings.stories,
            )
            for a, w in zip(block, words, strict=True)
        )
        tick(timings, "terms", started)
    started = time.perf_counter()
    signatures = (
        np.stack([p.signature for p in prints]) if prints else np.zeros((0, NUM_PERM), np.uint32)
    )
    sizes = np.array([p.size for p in prints], dtype=np.int32)
    exact = np.array([p.exact for p in prints], dtype=np.uint64)
    keys = band_keys(signatures, exact, sizes, settings=settings.dedup)
    tick(timings, "fingerprints", started)
    return Features(signatures, sizes, exact, keys, tuple(terms))


def concat_features(
    parts: Sequence[Features], *, settings: Settings = DEFAULT_SETTINGS
) -> Features:
    """Join the features of consecutive batches into one."""
    if not parts:
        return article_features([], settings=settings)
    return Features(
        np.concatenate([p.signatures for p in parts]),
        np.concatenate([p.sizes for p in parts]),
        np.concatenate([p.exact for p in parts]),
        np.concatenate([p.keys for p in parts]),
        tuple(t for p in parts for t in p.terms),
    )
