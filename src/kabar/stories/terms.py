"""Story terms: an article's weighted term counts over a hashed term space.

An article's terms are the content words of its title and body, its entity names and the
quotations it carries, each hashed into N_TERMS buckets. A packaged background
document-frequency table makes inverse document frequencies meaningful from the first small run.
"""

from __future__ import annotations

import functools
import gzip
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from kabar.config import DEFAULT_SETTINGS, StorySettings
from kabar.text import stop_words

# Hashed term space: 2^20 buckets keep collisions rare for a news vocabulary of a few hundred
# thousand words while the document-frequency table stays 4 MB.
TERM_BITS = 20
N_TERMS = 1 << TERM_BITS
# The term weights are settings: see StorySettings and kabar/data/defaults.toml.
_DEFAULTS = DEFAULT_SETTINGS.stories
# A quotation shorter than this many words is too generic to link articles ("kata dia").
MIN_QUOTE_WORDS = 5
QUOTE_KEY_WORDS = 12
# The duplicate stage's tokens (fingerprints.normalized_words), so a body is split once.
_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTED = re.compile(r"[\"“]([^\"“”]{20,600})[\"”]")
# Background document frequencies (word list compiled by scripts/build_background_df.py from
# the 3,463 IndoSum dev articles) so that IDF is meaningful from the first small run on.
BACKGROUNDS = {"id": "background_df_id.tsv.gz"}
_TERM_CACHE: dict[str, int] = {}
_TERM_CACHE_LIMIT = 2_000_000
# language -> a counted word's term id, or -1 for a word not counted (``term_counts``)
_WORD_KEYS: dict[str, dict[str, int]] = {}


@dataclass(frozen=True)
class TermCounts:
    """An article's weighted raw term frequencies over the hashed term space."""

    ids: np.ndarray  # int32, sorted, distinct
    counts: np.ndarray  # float32


def entity_terms(names: Sequence[str]) -> np.ndarray:
    """Return the term ids under which ``term_counts`` counts these entity names."""
    return np.array(sorted({_term_id("e:" + name.lower()) for name in names}), dtype=np.int32)


def name_word_terms(names: Sequence[str]) -> np.ndarray:
    """Return the term ids of the words of names ("Budi Santoso": budi, santoso) as body words."""
    words = {w for name in names for w in _WORD.findall(name.lower()) if len(w) > 2}
    return np.array(sorted({_term_id(w) for w in words}), dtype=np.int32)


def headline_terms(title: str, language: str = "id") -> np.ndarray:
    """Return the term ids of a headline's content words (no stop words, no numbers)."""
    stop = stop_words(language)
    words = {
        w for w in _WORD.findall(title.lower()) if len(w) > 2 and w not in stop and not w.isdigit()
    }
    return np.array(sorted({_term_id(w) for w in words}), dtype=np.int32)


def _term_id(term: str) -> int:
    """Return the stable hashed id of a term."""
    value = _TERM_CACHE.get(term)
    if value is None:
        if len(_TERM_CACHE) >= _TERM_CACHE_LIMIT:
            _TERM_CACHE.clear()
        value = zlib.crc32(term.encode()) & (N_TERMS - 1)
        _TERM_CACHE[term] = value
    return value


def quote_keys(body: str, quotes: Iterable[str] = ()) -> list[str]:
    """Return keys of the quotations an article carries: its extracted quotes, else quoted spans."""
    texts = list(quotes) or [m.group(1) for m in _QUOTED.finditer(body)]
    keys = []
    for text in texts:
        words = re.findall(r"\w+", text.lower())
        if len(words) >= MIN_QUOTE_WORDS:
            keys.append("q:" + " ".join(words[:QUOTE_KEY_WORDS]))
    return keys


def term_counts(
    title: str | None,
    body: str,
    *,
    entities: Sequence[str] = (),
    quotes: Sequence[str] = (),
    language: str = "id",
    body_words: Sequence[str] | None = None,
    settings: StorySettings = _DEFAULTS,
) -> TermCounts:
    """Return the weighted term frequencies of one article.

    ``body_words`` are the body's lower-cased word tokens when the caller has them already;
    ``settings`` gives the weights of headline words, entity names and quotations.
    """
    weights: dict[int, float] = {}
    stop = stop_words(language)
    if body_words is None:
        body_words = _WORD.findall(body.lower())
    title_words = _WORD.findall((title or "").lower())
    keys = _WORD_KEYS.setdefault(language, {})
    if len(keys) >= _TERM_CACHE_LIMIT:
        keys.clear()
    for words, factor in ((body_words, 1.0), (title_words, settings.title_weight)):
        # count first, filter the distinct words (the same rule as content_words): a word's
        # verdict and term id are worked out once per run, not once per article
        for word, count in Counter(words).items():
            key = keys.get(word)
            if key is None:
                dropped = len(word) < 2 or word in stop or (word.isdigit() and len(word) != 4)
                key = keys[word] = -1 if dropped else _term_id(word)
            if key >= 0:
                weights[key] = weights.get(key, 0.0) + factor * count
    for name in entities:
        key = _term_id("e:" + name.lower())
        weights[key] = weights.get(key, 0.0) + settings.entity_weight
    for quote in quote_keys(body, quotes):
        key = _term_id(quote)
        weights[key] = weights.get(key, 0.0) + settings.quote_weight
    ids = np.fromiter(weights, dtype=np.int32, count=len(weights))
    counts = np.fromiter(weights.values(), dtype=np.float32, count=len(weights))
    order = np.argsort(ids)
    return TermCounts(ids[order], counts[order])


@functools.cache
def background_df(name: str) -> tuple[np.ndarray, int]:
    """Return a packaged background document-frequency table over the term space, and its size."""
    table = np.zeros(N_TERMS, dtype=np.int32)
    documents = 0
    path = resources.files("kabar") / "data" / BACKGROUNDS[name]
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            word, count = line.rstrip("\n").split("\t")
            if word == "#documents":
                documents = int(count)
            else:
                table[_term_id(word)] += int(count)
    return table, documents
