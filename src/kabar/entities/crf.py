"""A fast decoder for the shipped linear-chain CRF: per-word-type score vectors + numpy Viterbi.

The model is trained and stored by python-crfsuite; here its weights are read once and
every word type's contribution (own features, and what it lends to its neighbours) is summed
into a score vector the first time the word is seen. Tagging a sentence then adds a few
cached vectors per token and runs Viterbi for all sentences of a body at once. The result
equals crfsuite's own tagger (checked in tests/test_ner_gate.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

import numpy as np

from kabar.entities.features import (
    MAX_CACHE,
    SENTENCE_END,
    Featurizer,
    sentence_start,
)

# Rows of a word type's cached block: own features, the -2/-1/+1/+2 features it lends its
# neighbours, and its sentence-start features.
OWN, LEND_FAR_LEFT, LEND_LEFT, LEND_RIGHT, LEND_FAR_RIGHT, START = range(6)
ROWS = 6


class LinearCRF:
    """Weights of a crfsuite model and cached per-word score blocks for one domain."""

    def __init__(self, path: Path, featurizer: Featurizer, domain: str | None) -> None:
        """Read the model's labels, state weights and transition weights."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        self.labels: list[str] = list(tagger.labels())
        label_index = {label: k for k, label in enumerate(self.labels)}
        size = len(self.labels)
        self.index: dict[str, int] = {}
        weights: list[np.ndarray] = []
        for (attr, label), weight in info.state_features.items():
            row = self.index.get(attr)
            if row is None:
                row = self.index[attr] = len(weights)
                weights.append(np.zeros(size))
            weights[row][label_index[label]] = weight
        self.weights = np.array(weights) if weights else np.zeros((0, size))
        self.transitions = np.zeros((size, size))
        for (source, target), weight in info.transitions.items():
            self.transitions[label_index[source], label_index[target]] = weight
        self.featurizer = featurizer
        self.domain = domain
        self.zero = np.zeros(size)
        self.end = self.vector([SENTENCE_END])
        self._rows: dict[str, int] = {}
        self._table = np.zeros((1024, ROWS, size))
        self._gaz: dict[str, np.ndarray] = {}
        # Bigram weights by word pair, read off the model once (most pairs have none).
        self._left_pairs = self._pair_table("bg-=")
        self._right_pairs = self._pair_table("bg+=")

    def _pair_table(self, prefix: str) -> dict[tuple[str, str], np.ndarray]:
        """Return word pair -> summed weights of the bigram features with this prefix."""
        domain = None if self.domain is None else self.domain + "|"
        table: dict[tuple[str, str], np.ndarray] = {}
        for attr, row in self.index.items():
            if domain is not None and attr.startswith(domain):
                attr = attr[len(domain) :]
            if not attr.startswith(prefix):
                continue
            left, _, right = attr[len(prefix) :].partition("|")
            key = (left, right)
            table[key] = table[key] + self.weights[row] if key in table else self.weights[row]
        return table

    def vector(self, feats: Sequence[str]) -> np.ndarray:
        """Sum the state weights of some features (and of their domain copies)."""
        index = self.index
        rows = [index[f] for f in feats if f in index]
        if self.domain is not None:
            prefix = self.domain + "|"
            rows.extend(index[p] for f in feats if (p := prefix + f) in index)
        if not rows:
            return self.zero
        return self.weights[rows].sum(axis=0)

    def _row(self, word: str) -> int:
        """Return the table row of a word type, computing its score block when new."""
        row = self._rows.get(word)
        if row is not None:
            return row
        row = len(self._rows)
        if row >= MAX_CACHE:  # a pathological stream of new words: start the cache afresh
            self._rows.clear()
            row = 0
        if row >= len(self._table):
            grown = np.zeros((2 * len(self._table), ROWS, len(self.labels)))
            grown[: len(self._table)] = self._table
            self._table = grown
        f = self.featurizer
        lend = f.context(word)
        block = self._table[row]
        block[OWN] = self.vector(f.own(word))
        block[LEND_FAR_LEFT] = self.vector(lend[0])
        block[LEND_LEFT] = self.vector(lend[1])
        block[LEND_RIGHT] = self.vector(lend[2])
        block[LEND_FAR_RIGHT] = self.vector(lend[3])
        block[START] = self.vector(sentence_start(word))
        self._rows[word] = row
        return row

    def _gazetteer(self, mark: str) -> np.ndarray:
        """Return the score of a gazetteer mark ("gz=B-LOC")."""
        vec = self._gaz.get(mark)
        if vec is None:
            vec = self._gaz[mark] = self.vector(["gz=" + mark])
        return vec

    def emissions(self, words: Sequence[str]) -> np.ndarray:
        """Return the (tokens x labels) state scores of one sentence."""
        n = len(words)
        rows = [self._row(w) for w in words]  # may grow the table: index it afterwards
        block = self._table[rows]
        scores = block[:, OWN].copy()
        if n > 1:
            scores[1:] += block[:-1, LEND_LEFT]
            scores[:-1] += block[1:, LEND_RIGHT]
        if n > 2:
            scores[2:] += block[:-2, LEND_FAR_LEFT]
            scores[:-2] += block[2:, LEND_FAR_RIGHT]
        scores[0] += block[0, START]
        scores[-1] += self.end
        lowered = [w.lower() for w in words]
        left_pairs = self._left_pairs
        right_pairs = self._right_pairs
        for i, pair in enumerate(pairwise(lowered)):
            minus = left_pairs.get(pair)
            if minus is not None:
                scores[i + 1] += minus
            plus = right_pairs.get(pair)
            if plus is not None:
                scores[i] += plus
        for i, mark in enumerate(self.featurizer.gazetteer_tags(words)):
            if mark is not None:
                scores[i] += self._gazetteer(mark)
        return scores

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Return the best label sequence of every sentence (Viterbi, all sentences at once)."""
        sentences = [s for s in sentences]
        if not sentences:
            return []
        lengths = np.array([len(s) for s in sentences])
        longest = int(lengths.max())
        size = len(self.labels)
        count = len(sentences)
        scores = np.zeros((count, longest, size))
        for k, words in enumerate(sentences):
            if words:
                scores[k, : len(words)] = self.emissions(words)
        back = np.zeros((count, longest, size), dtype=np.intp)
        delta = scores[:, 0].copy()
        trans = self.transitions[None, :, :]
        for t in range(1, longest):
            step = delta[:, :, None] + trans
            best = step.argmax(axis=1)
            back[:, t] = best
            moved = step.max(axis=1) + scores[:, t]
            alive = (t < lengths)[:, None]
            delta = np.where(alive, moved, delta)
        last = delta.argmax(axis=1)
        paths = np.zeros((count, longest), dtype=np.intp)
        for k in range(count):
            paths[k, lengths[k] - 1] = last[k]
        for t in range(longest - 1, 0, -1):
            alive = t < lengths
            previous = back[np.arange(count), t, paths[:, t]]
            paths[:, t - 1] = np.where(alive, previous, paths[:, t - 1])
        labels = self.labels
        return [[labels[j] for j in paths[k, : lengths[k]]] for k in range(count)]
