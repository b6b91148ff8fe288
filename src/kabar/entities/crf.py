"""A fast decoder for the shipped linear-chain CRF: per-word-type score vectors + numpy Viterbi.

The model is trained and stored by python-crfsuite; here its weights are read once and
every word type's contribution (own features, and what it lends to its neighbours) is summed
into a score vector the first time the word is seen. Tagging a sentence then adds a few
cached vectors per token and runs Viterbi for all sentences of a body at once. The result
equals crfsuite's own tagger (checked in tests/test_ner_gate.py).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import partial
from operator import is_not
from pathlib import Path
from typing import cast

import numpy as np

from kabar.entities.crf_dump import read_weights
from kabar.entities.features import (
    MAX_CACHE,
    SENTENCE_END,
    Featurizer,
    trigger_features,
)

# Rows of a word type's cached block: own features, the -2/-1/+1/+2 features it lends its
# neighbours, and its sentence-start features.
OWN, LEND_FAR_LEFT, LEND_LEFT, LEND_RIGHT, LEND_FAR_RIGHT, START = range(6)
ROWS = 6
# Whether a feature lookup found a weight row (row 0 is one): a C-level test for filter().
_is_row = partial(is_not, None)
# The offset prefixes of lent features, by their place in ``_lent_rows``.
_LENT_OFFSETS = {"-2:": 0, "-1:": 1, "+1:": 2, "+2:": 3}


class LinearCRF:
    """Weights of a crfsuite model and cached per-word score blocks for one domain."""

    def __init__(self, path: Path, featurizer: Featurizer, domain: str | None) -> None:
        """Read the model's labels, state weights and transition weights."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        state_features, transition_weights = read_weights(tagger)
        self.labels: list[str] = list(tagger.labels())
        label_index = {label: k for k, label in enumerate(self.labels)}
        size = len(self.labels)
        # an attribute's row is its place of first sight; each (attribute, label) is set once
        self.index: dict[str, int] = {}
        rows = [self.index.setdefault(attr, len(self.index)) for attr, _ in state_features]
        columns = [label_index[label] for _, label in state_features]
        self.weights = np.zeros((len(self.index), size))
        self.weights[rows, columns] = list(state_features.values())
        if domain is not None:
            self._fold_domain(domain + "|")
        self.transitions = np.zeros((size, size))
        for (source, target), weight in transition_weights.items():
            self.transitions[label_index[source], label_index[target]] = weight
        self.featurizer = featurizer
        self.domain = domain
        self.zero = np.zeros(size)
        self.end = self.vector([SENTENCE_END])
        self._rows: dict[str, int] = {}
        self._lent: tuple[dict[str, int], ...] | None = None  # built on first use
        self._lock = threading.Lock()
        self._table = np.zeros((1024, ROWS, size))
        self._gaz: dict[str, np.ndarray] = {}
        self._place: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._topic: dict[tuple[str, ...], np.ndarray] = {}
        # Bigram weights by word pair, read off the model once (most pairs have none).
        self._left_pairs = self._pair_table("bg-=")
        self._right_pairs = self._pair_table("bg+=")
        # first words of those pairs: other words open no bigram feature
        self._pair_openers = {a for a, _ in self._left_pairs} | {a for a, _ in self._right_pairs}

    def _fold_domain(self, prefix: str) -> None:
        """Add each domain copy's weights into its plain feature ("idner|w=x" into "w=x")."""
        for attr in [a for a in self.index if a.startswith(prefix)]:
            row = self.index.pop(attr)
            bare = attr[len(prefix) :]
            target = self.index.get(bare)
            if target is None:
                self.index[bare] = row
            else:
                self.weights[target] += self.weights[row]

    def _pair_table(self, prefix: str) -> dict[tuple[str, str], np.ndarray]:
        """Return word pair -> weights of the bigram features with this prefix."""
        table: dict[tuple[str, str], np.ndarray] = {}
        for attr, row in self.index.items():
            if not attr.startswith(prefix):
                continue
            left, _, right = attr[len(prefix) :].partition("|")
            key = (left, right)
            table[key] = table[key] + self.weights[row] if key in table else self.weights[row]
        return table

    def vector(self, feats: Sequence[str]) -> np.ndarray:
        """Sum the state weights of some features (their domain copies are folded in)."""
        index = self.index
        rows = [row for f in feats if (row := index.get(f)) is not None]
        if not rows:
            return self.zero
        return self.weights[rows].sum(axis=0)

    def _add_rows(self, words: Sequence[str]) -> None:
        """Compute and store the score blocks of new word types, all in one numpy reduction.

        Each block row is the sum of its features' weight rows in feature order, as ``vector``
        sums them (so the scores are the same to the last bit).
        """
        with self._lock:  # threads of one worker may share the model: rows must not collide
            new = [w for w in dict.fromkeys(words) if w not in self._rows]
            if not new:
                return
            if len(self._rows) + len(new) > MAX_CACHE:  # a pathological stream of new words
                self._rows.clear()  # start the cache afresh
            first = len(self._rows)
            needed = first + len(new)
            if needed > len(self._table):
                grown = np.zeros((max(2 * len(self._table), needed), ROWS, len(self.labels)))
                grown[: len(self._table)] = self._table
                self._table = grown
            self._table[first:needed] = self._blocks(new)
            for row, word in enumerate(new, start=first):
                self._rows[word] = row

    def _blocks(self, words: Sequence[str]) -> np.ndarray:
        """Return the score blocks (words x ROWS x labels) of some word types.

        Each block row sums its features' weight rows one after another, as ``vector`` does:
        the first row of every block row is added, then the second of those that have one, and
        so on (numpy's reductions may pair terms up instead), so the scores equal ``vector``'s
        to the last bit. A block row with no known feature stays zero.
        """
        features = self.featurizer.block_features
        get = self.index.get
        far_left, left, right, far_right = (t.get for t in self._lent_rows())
        picked: list[int] = []  # weight rows of every block row, one block row after another
        sizes: list[int] = []  # how many weight rows each block row adds up
        for word in words:
            own, near, far, start = features(word)
            # OWN ... START order; lent features are looked up without building "-1:w=..."
            for lookup, feats in (
                (get, own),
                (far_left, far),
                (left, near),
                (right, near),
                (far_right, far),
                (get, start),
            ):
                rows = cast("list[int]", list(filter(_is_row, map(lookup, feats))))
                picked += rows
                sizes.append(len(rows))
        sums = np.zeros((len(sizes), len(self.labels)))
        if picked:
            counts = np.array(sizes)
            into = np.repeat(np.arange(len(sizes)), counts)  # the block row each one adds into
            places = np.arange(len(picked)) - np.repeat(np.cumsum(counts) - counts, counts)
            # the picked rows by their place in their sum: one term per block row at a time,
            # so no index repeats within a step
            order = np.argsort(places, kind="stable")
            bounds = np.searchsorted(places[order], np.arange(int(counts.max()) + 1)).tolist()
            into = into[order]
            weights = self.weights[np.array(picked)[order]]
            for low, high in zip(bounds, [*bounds[1:], len(picked)], strict=True):
                sums[into[low:high]] += weights[low:high]
        return sums.reshape(len(words), ROWS, len(self.labels))

    def _lent_rows(self) -> tuple[dict[str, int], ...]:
        """Return the weight rows of the features lent at -2, -1, +1 and +2, each table keyed
        by the feature without its offset ("-1:w=kata" under "w=kata" in the second)."""
        if self._lent is None:
            tables: tuple[dict[str, int], ...] = ({}, {}, {}, {})
            for attr, row in self.index.items():
                at = _LENT_OFFSETS.get(attr[:3])
                if at is not None:
                    tables[at][attr[3:]] = row
            self._lent = tables
        return self._lent

    def _gazetteer(self, mark: str) -> np.ndarray:
        """Return the score of a gazetteer mark ("gz=B-LOC")."""
        vec = self._gaz.get(mark)
        if vec is None:
            vec = self._gaz[mark] = self.vector(["gz=" + mark])
        return vec

    def _place_mark(self, mark: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return a place mark's scores: own, lent to the next token, lent to the previous."""
        vecs = self._place.get(mark)
        if vecs is None:
            vecs = self._place[mark] = (
                self.vector([mark]),
                self.vector(["-1:" + mark]),
                self.vector(["+1:" + mark]),
            )
        return vecs

    def _topic_vector(self, present: list[str]) -> np.ndarray:
        """Return the score a sentence's trigger words give each capitalised token."""
        key = tuple(present)
        vec = self._topic.get(key)
        if vec is None:
            vec = self._topic[key] = self.vector(trigger_features(present))
        return vec

    def _add_places_and_topics(
        self,
        sentences: Sequence[Sequence[str]],
        lowered: list[str],
        numbers: list[int],
        scores: np.ndarray,
    ) -> None:
        """Add place-gazetteer marks (and their neighbours' copies) and trigger features."""
        featurizer = self.featurizer
        heads = featurizer.place_heads
        triggers = featurizer.triggers
        with_place = {numbers[k] for k, w in enumerate(lowered) if w in heads}
        topics: dict[int, set[str]] = {}
        for k in [k for k, w in enumerate(lowered) if w in triggers]:
            topics.setdefault(numbers[k], set()).add(lowered[k])
        starts = np.cumsum([0, *(len(s) for s in sentences)]).tolist()
        for number in sorted(with_place):
            sentence = sentences[number]
            offset = starts[number]
            last = starts[number + 1] - 1
            for i, marks in enumerate(featurizer.place_marks(sentence), start=offset):
                for mark in marks:
                    own, to_next, to_previous = self._place_mark(mark)
                    scores[i] += own
                    if i < last:
                        scores[i + 1] += to_next
                    if i > offset:
                        scores[i - 1] += to_previous
        for number, present in topics.items():
            vec = self._topic_vector(sorted(present))
            words = enumerate(sentences[number], start=starts[number])
            capitalised = [i for i, w in words if w[:1].isupper()]
            if capitalised:
                scores[capitalised] += vec

    def emissions(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """Return the state scores of all tokens of some sentences, concatenated (N x labels)."""
        words = [w for sentence in sentences for w in sentence]
        cached = list(map(self._rows.get, words))
        if None in cached:  # new word types: may grow the table, so index it afterwards
            self._add_rows([w for w, row in zip(words, cached, strict=True) if row is None])
            rows = list(map(self._rows.__getitem__, words))
        else:
            rows = cast(list[int], cached)  # every word seen before
        block = self._table[rows]
        scores = block[:, OWN].copy()
        sentence_of = np.repeat(np.arange(len(sentences)), [len(x) for x in sentences])
        same = (sentence_of[1:] == sentence_of[:-1])[:, None]
        scores[1:] += block[:-1, LEND_LEFT] * same
        scores[:-1] += block[1:, LEND_RIGHT] * same
        same2 = (sentence_of[2:] == sentence_of[:-2])[:, None]
        scores[2:] += block[:-2, LEND_FAR_LEFT] * same2
        scores[:-2] += block[2:, LEND_FAR_RIGHT] * same2
        # Per token the additions below keep the order of tagging sentence by sentence:
        # sentence start, sentence end, left bigram, right bigram, gazetteer mark.
        lengths = np.array([len(x) for x in sentences], dtype=np.intp)
        firsts = (np.cumsum(lengths) - lengths)[lengths > 0]
        lasts = firsts + lengths[lengths > 0] - 1
        scores[firsts] += block[firsts, START]
        scores[lasts] += self.end
        lowered = list(map(str.lower, words))
        ends = set(lasts.tolist())  # no bigram runs from a sentence's last token
        self._add_bigrams(scores, lowered, ends)
        numbers = sentence_of.tolist()
        self._add_gazetteer(sentences, lowered, numbers, scores)
        if self.domain in self.featurizer.place_domains:
            self._add_places_and_topics(sentences, lowered, numbers, scores)
        return scores

    def _add_bigrams(self, scores: np.ndarray, lowered: list[str], ends: set[int]) -> None:
        """Add the left and right word-pair scores (no pair runs from a sentence's end)."""
        left_pairs = self._left_pairs
        right_pairs = self._right_pairs
        minus_at: list[int] = []
        minus: list[np.ndarray] = []
        plus_at: list[int] = []
        plus: list[np.ndarray] = []
        openers = self._pair_openers
        for i in [k for k, w in enumerate(lowered) if w in openers]:
            if i in ends:
                continue
            pair = (lowered[i], lowered[i + 1])
            vec = left_pairs.get(pair)
            if vec is not None:
                minus_at.append(i + 1)
                minus.append(vec)
            vec = right_pairs.get(pair)
            if vec is not None:
                plus_at.append(i)
                plus.append(vec)
        if minus:
            scores[minus_at] += np.array(minus)
        if plus:
            scores[plus_at] += np.array(plus)

    def _add_gazetteer(
        self,
        sentences: Sequence[Sequence[str]],
        lowered: list[str],
        numbers: list[int],
        scores: np.ndarray,
    ) -> None:
        """Add the gazetteer marks' scores in the sentences that hold a gazetteer head."""
        heads = self.featurizer.gazetteer_heads
        opening = [k for k, w in enumerate(lowered) if w in heads]
        if not opening:
            return
        ends = np.cumsum([len(s) for s in sentences])[numbers].tolist()  # each word's sentence
        for first, last, kind in self.featurizer.gazetteer_entries(lowered, opening, ends):
            scores[first] += self._gazetteer("B-" + kind)
            for i in range(first + 1, last):
                scores[i] += self._gazetteer("I-" + kind)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Return the best label sequence of every sentence (Viterbi, all sentences at once)."""
        if not sentences:
            return []
        lengths = np.array([len(s) for s in sentences])
        longest = int(lengths.max())
        size = len(self.labels)
        count = len(sentences)
        scores = np.zeros((count, longest, size))
        if lengths.sum():
            sentence_of = np.repeat(np.arange(count), lengths)
            starts = np.cumsum(lengths) - lengths
            position = np.arange(int(lengths.sum())) - starts[sentence_of]
            scores[sentence_of, position] = self.emissions(sentences)
        # Longest sentences first, so the sentences still running at step t are the first
        # ``running[t]``: each step works on that prefix only (the per-sentence sums are the
        # same as tagging each sentence alone).
        order = np.argsort(-lengths, kind="stable")
        lengths = lengths[order]
        by_step = np.ascontiguousarray(scores[order].transpose(1, 0, 2))  # position, sentence
        running = (lengths[None, :] > np.arange(longest)[:, None]).sum(axis=1).tolist()
        back = np.zeros((longest, count, size), dtype=np.intp)
        delta = by_step[0].copy()
        trans = self.transitions[None, :, :]
        # One step per position, so the step's few numpy calls are made without temporaries
        # or Python-level wrappers (np.maximum.reduce is what ndarray.max calls).
        steps = np.empty((count, size, size))
        maximum = np.maximum.reduce
        for t in range(1, longest):
            alive = running[t]
            step = np.add(delta[:alive, :, None], trans, out=steps[:alive])
            step.argmax(axis=1, out=back[t, :alive])
            np.add(maximum(step, axis=1), by_step[t, :alive], out=delta[:alive])
        paths = np.zeros((longest, count), dtype=np.intp)
        paths[lengths - 1, np.arange(count)] = delta.argmax(axis=1)
        sentence = np.arange(count)
        for t in range(longest - 1, 0, -1):
            alive = running[t]
            paths[t - 1, :alive] = back[t, sentence[:alive], paths[t, :alive]]
        paths = paths.T
        labels = self.labels
        tagged: list[list[str]] = [[] for _ in range(count)]
        for k, path, n in zip(order.tolist(), paths.tolist(), lengths.tolist(), strict=True):
            tagged[k] = [labels[j] for j in path[:n]]
        return tagged
