"""Stories: incremental, time-aware clustering of articles about the same event.

Each article becomes a sparse TF-IDF vector over hashed terms (``kabar.stories.terms``), with
document frequencies kept in the index so that new articles are weighted without recomputing
the store. An article joins the story whose centroid it is most similar to, found through an
inverted index over the stories' top terms (never all pairs), if that similarity minus a time
penalty clears a threshold; otherwise it opens a new story.
"""

# Size: the story index is one set of parallel per-story arrays with its search and its
# saved form; split, each part would reach into the same fields

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence

import numpy as np

from kabar.config import DEFAULT_SETTINGS, StorySettings
from kabar.stories.actors import ACTOR_WORDS
from kabar.stories.dates import NO_DAY
from kabar.stories.events import (
    EventClues,
    event_filter,
    holds_any,
    note_clues,
    note_subject,
)
from kabar.stories.terms import BACKGROUNDS, N_TERMS, TermCounts, background_df

# Terms kept per article vector and per story centroid (the rest carry little weight).
ARTICLE_TERMS = 40
CENTROID_TERMS = 64
# Centroid terms entered in the inverted index, and article terms used to look it up.
POSTED_TERMS = 32
QUERY_TERMS = 24
# With this few stories every one is scored exactly (cheaper than missing one).
EXHAUSTIVE_STORIES = 64
# Most recent stories scanned per posting list: bounds the work per article when a term is
# common; recent stories are the likely ones because batches are processed oldest first.
POSTING_SCAN = 64
# Stories scored exactly per article (the best by shared posting weight).
MAX_CANDIDATES = 10
# Name words kept of a story's main speaker and of the people its headline names
# (``kabar.stories.events``).
SPEAKER_WORDS = 4
HEADLINE_WORDS = 8
# Day-and-month codes kept per story (its members' dates, first come): see events.py.
MARKS = 8
# Headline subject terms kept per story (its members' headline words, first come).
SUBJECTS = 24
# Similarity added to a story of the article's own event day whose members' headlines share a
# specific word with its headline, other than its actor's and speaker's names: "MBG", "Patung
# Kuda", "tambang" in one day's reports of one briefing or one demonstration, which differ
# in the aspect each reports and so share less of their bodies. A word is specific when at
# most SUBJECT_MAX_SHARE of the documents (this corpus and the background prior) hold it:
# "kasus", "ungkap", "minta" name no subject. On the Detik keys (both files, seen) 0.1 and
# 0.02 gave the figures in benchmarks/eval_storylines.py.
SUBJECT_BONUS = 0.1
SUBJECT_MAX_SHARE = 0.02
# Similarity taken from a story whose main speaker is the article's main speaker but whose
# headlines share no specific subject word with the article's: one official's statements on
# several subjects at one occasion (a minister's visit on sanctions, on the budget, on one
# programme) are several events, while rewrites of one statement name its subject again. On
# the third Detik keys (seen) 0.2 took events precision from 0.433 to 0.543 at recall 0.634
# to 0.610; on the first keys recall fell from 0.926 to 0.917 (0.1: no change, precision
# 0.490 on the third).
OTHER_SUBJECT_PENALTY = 0.2
# Similarity taken from a story whose members' headlines share no specific word with the part
# of the article's headline before a word of consequence ("Dolar AS Perkasa Usai The Fed
# Pangkas Suku Bunga", ``consequence_words.txt``): a market's reaction to a decision, a
# lawyer's answer after a suspect is named, a jam caused by a demonstration are other events
# than the happening they follow. On the Detik keys (all three files, seen) 0.5 took the third
# file's events precision from 0.730 to 0.750 and its storylines precision from 0.652 to
# 0.714, the first and second unchanged; 0.2 let two of one minister's occasions merge on the
# second file (0.820 to 0.788) through the stories it moved.
CONSEQUENCE_PENALTY = 0.5
# The tuned values (term weights, story threshold, shared-entity and time penalties) are
# settings: see StorySettings and kabar/data/defaults.toml for where each comes from.
_DEFAULTS = DEFAULT_SETTINGS.stories


def time_penalty(day: int, story_day: int, *, settings: StorySettings = _DEFAULTS) -> float:
    """Return the similarity an article loses for being published far from a story's date."""
    if day == NO_DAY or story_day == NO_DAY:
        return 0.0
    gap = abs(day - story_day)
    grace = settings.time_grace_days
    if gap <= grace:
        return 0.0
    return settings.time_penalty * math.log2(gap / grace)


Vector = tuple[np.ndarray, np.ndarray]  # (int32 term ids, float32 weights), heaviest first


def dot(a: Vector, b: Vector) -> float:
    """Return the dot product of two sparse vectors."""
    common, ia, ib = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
    return float(np.dot(a[1][ia].astype(np.float64), b[1][ib])) if len(common) else 0.0


def _heaviest(ids: np.ndarray, weights: np.ndarray, size: int) -> Vector:
    """Return the size heaviest entries, heaviest first (ties by term id)."""
    if len(ids) > size:
        keep = np.argpartition(-weights, size - 1)[:size]
        ids, weights = ids[keep], weights[keep]
    order = np.lexsort((ids, -weights))
    return ids[order].astype(np.int32), weights[order].astype(np.float32)


class StoryIndex:
    """Story centroids, dates, central articles and the inverted index that finds candidates.

    Per-story data live in growable fixed-width numpy arrays (a centroid is its
    CENTROID_TERMS heaviest terms), so a million stories take well under 1 GB; only the
    member days and the posting lists are Python lists.
    """

    def __init__(
        self, background: str | None = "id", *, settings: StorySettings = _DEFAULTS
    ) -> None:
        self.settings = settings
        self.df = np.zeros(N_TERMS, dtype=np.int32)
        self.n_docs = 0
        self.background = background
        if background is None:
            self._prior, self._prior_docs = np.zeros(N_TERMS, dtype=np.int32), 0
        else:
            self._prior, self._prior_docs = background_df(background)
        self._count = 0
        self.hidden = 0  # stories of the store beyond this window of it (still counted)
        # In a window of a store: the store number of each story it holds, ascending. The
        # posting lists hold store numbers (a new story's is its number plus ``hidden``), so
        # a list names stories the window does not hold without a row for each; None: the
        # index is the whole state and a story's number is its own.
        self.keys: np.ndarray | None = None
        self.centroid_ids = np.full((0, CENTROID_TERMS), -1, dtype=np.int32)
        self.centroid_weights = np.zeros((0, CENTROID_TERMS), dtype=np.float32)
        self.norms = np.zeros(0, dtype=np.float64)
        self.best_ids = np.full((0, ARTICLE_TERMS), -1, dtype=np.int32)
        self.best_weights = np.zeros((0, ARTICLE_TERMS), dtype=np.float32)
        self.best_rows = np.zeros(0, dtype=np.int64)
        self.sizes = np.zeros(0, dtype=np.int64)
        self.story_days = np.zeros(0, dtype=np.int64)
        # name-word terms of the main speaker, the headline's people and the headline actor
        # of each story's first member that had them (-1 for none): kabar.stories.events
        self.speakers = np.full((0, SPEAKER_WORDS), -1, dtype=np.int32)
        self.principals = np.full((0, HEADLINE_WORDS), -1, dtype=np.int32)
        self.actors = np.full((0, ACTOR_WORDS), -1, dtype=np.int32)
        self.marks = np.full((0, MARKS), -1, dtype=np.int32)
        self.subjects = np.full((0, SUBJECTS), -1, dtype=np.int32)
        self.days: list[list[int]] = []  # days of the dated members per story, sorted
        # days undated members' texts hint at, per story: they place a story of undated
        # articles in time, never a story with dated ones, and never give its date
        self.hints: list[list[int]] = []
        self._postings: dict[int, list[int]] = {}
        # dense scratch row; index -1 (an unused centroid slot) reads the last, always-0 cell
        self._scratch = np.zeros(N_TERMS + 1, dtype=np.float32)

    def __len__(self) -> int:
        return self._count

    def count_documents(self, batch: Sequence[TermCounts]) -> None:
        """Add a batch's terms to the document frequencies before any of it is weighted."""
        if not batch:
            return
        ids = np.concatenate([t.ids for t in batch])
        np.add.at(self.df, ids, 1)
        self.n_docs += len(batch)

    def vector(self, terms: TermCounts) -> Vector:
        """Return the unit TF-IDF vector of an article's ARTICLE_TERMS heaviest terms."""
        if len(terms.ids) == 0:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
        df = self.df[terms.ids] + self._prior[terms.ids]
        idf = np.log((1.0 + self.n_docs + self._prior_docs) / (1.0 + df)) + 1.0
        ids, weights = _heaviest(terms.ids, (1.0 + np.log(terms.counts)) * idf, ARTICLE_TERMS)
        norm = float(np.sqrt(np.sum(weights.astype(np.float64) ** 2))) or 1.0
        return ids, (weights / norm).astype(np.float32)

    def story_day(self, story: int) -> int:
        """Return a story's date: the median day of its dated articles (NO_DAY when none)."""
        days = self.days[story]
        return days[(len(days) - 1) // 2] if days else NO_DAY

    def candidates(self, vector: Vector) -> np.ndarray:
        """Return stories sharing heavy terms with a vector, most shared weight first.

        In a window, a story ranked that the window does not hold is left out: the window's
        watch (``ranked``) is told of it and the run is repeated with it.
        """
        if self._count + self.hidden <= EXHAUSTIVE_STORIES:
            return np.arange(self._count)
        return self.held(self.ranked(vector))

    def ranked(self, vector: Vector) -> np.ndarray:
        """Return the posting keys (``keys``) of the stories a search finds, best first."""
        found: list[int] = []
        weights: list[float] = []
        lengths: list[int] = []
        postings = self._postings
        for term, weight in zip(
            vector[0][:QUERY_TERMS].tolist(), vector[1][:QUERY_TERMS].tolist(), strict=True
        ):
            posting = postings.get(term)
            if posting:
                scanned = posting[-POSTING_SCAN:]
                found += scanned
                weights.append(weight)
                lengths.append(len(scanned))
        if not found:
            return np.zeros(0, dtype=np.int64)
        stories, inverse = np.unique(np.array(found, dtype=np.int64), return_inverse=True)
        score = np.bincount(inverse, weights=np.repeat(weights, lengths))
        return stories[np.lexsort((stories, -score))[:MAX_CANDIDATES]]

    def key(self, story: int) -> int:
        """Return the posting key of a story of the index."""
        keys = self.keys
        if keys is None:
            return story
        return int(keys[story]) if story < len(keys) else story + self.hidden

    def held(self, keys: np.ndarray) -> np.ndarray:
        """Return the stories of these posting keys that the index holds, in their order."""
        window = self.keys
        if window is None:
            return keys
        known = len(window)
        new = keys >= known + self.hidden
        local = np.where(new, keys - self.hidden, np.searchsorted(window, keys))
        if not known:
            return local[new]
        held = new | (window[np.minimum(local, known - 1)] == keys)
        return local[held]

    def best_story(
        self,
        vector: Vector,
        day: int,
        entities: np.ndarray | None = None,
        clues: EventClues | None = None,
    ) -> tuple[int, float]:
        """Return the best story for a vector and its penalised similarity (-1 if none).

        ``entities`` are the term ids of the article's entity names (``entity_terms``); stories
        that share none of them are penalised. ``clues`` (``EventClues``) say what else keeps an
        article out of a story about another event: see ``event_filter``.
        """
        stories = self.candidates(vector)
        if len(stories) == 0 or len(vector[0]) == 0:
            return -1, -math.inf
        scratch = self._scratch
        scratch[vector[0]] = vector[1]
        rows = self.centroid_ids[stories]
        similarity = (scratch[rows] * self.centroid_weights[stories]).sum(axis=1, dtype=np.float64)
        scratch[vector[0]] = 0.0
        similarity /= self.norms[stories]
        settings = self.settings
        if day != NO_DAY:
            story_days = self.story_days[stories]
            gap = np.abs(story_days - day).astype(np.float64)
            grace = settings.time_grace_days
            late = (story_days != NO_DAY) & (gap > grace)
            similarity[late] -= settings.time_penalty * np.log2(gap[late] / grace)
        if entities is not None and len(entities):
            shares = holds_any(rows, entities)
            similarity[~shares] -= settings.no_shared_entity_penalty
        if clues is not None and clues.subject is not None and day != NO_DAY:
            similarity += self._subject_bonus(stories, clues.subject, day)
        if clues is not None and clues.speaker is not None and len(clues.speaker):
            similarity -= self._other_subject_penalty(stories, clues.speaker, clues.subject)
        if clues is not None and clues.consequence is not None:
            similarity -= self._other_consequence_penalty(stories, clues.consequence)
        if clues is not None:
            similarity += event_filter(
                self.days, self.sizes, stories, rows, day, clues,
                self.speakers[stories], self.principals[stories], self.marks[stories],
                similarity, self.actors[stories],
            )
        best = int(np.argmax(similarity))  # first of equals: candidates are ranked already
        return int(stories[best]), float(similarity[best])

    def _other_subject_penalty(
        self, stories: np.ndarray, speaker: np.ndarray, subject: np.ndarray | None
    ) -> np.ndarray:
        """Return OTHER_SUBJECT_PENALTY for each candidate whose main speaker is the article's
        but whose members' headlines share no specific subject word with the article's."""
        same = holds_any(self.speakers[stories], speaker)
        specific = self.specific(subject)
        shares = holds_any(self.subjects[stories], specific)
        return np.where(same & ~shares, OTHER_SUBJECT_PENALTY, 0.0)

    def _other_consequence_penalty(
        self, stories: np.ndarray, consequence: np.ndarray
    ) -> np.ndarray:
        """Return CONSEQUENCE_PENALTY for each candidate whose members' headlines share no
        specific word with what the article's headline reports before its word of consequence:
        the dollar's rise after a rate cut is another event than the cut."""
        specific = self.specific(consequence)
        if len(specific) == 0:
            return np.zeros(len(stories))
        shares = holds_any(self.subjects[stories], specific)
        return np.where(shares, 0.0, CONSEQUENCE_PENALTY)

    def specific(self, terms: np.ndarray | None) -> np.ndarray:
        """Return the terms at most SUBJECT_MAX_SHARE of the documents hold (none for None)."""
        if terms is None:
            return np.zeros(0, dtype=np.int32)
        terms = terms[terms >= 0]
        df = self.df[terms] + self._prior[terms]
        return terms[df <= SUBJECT_MAX_SHARE * (self.n_docs + self._prior_docs)]

    def other_subject(self, story: int, other: int) -> bool:
        """Whether two stories have one main speaker but no specific headline word in common:
        one official's statements on two subjects."""
        mine, theirs = self.speakers[story], self.speakers[other]
        mine = mine[mine >= 0]
        if not len(mine) or not np.isin(theirs, mine).any():
            return False
        return not np.isin(self.subjects[other], self.specific(self.subjects[story])).any()

    def _subject_bonus(self, stories: np.ndarray, subject: np.ndarray, day: int) -> np.ndarray:
        """Return SUBJECT_BONUS for each candidate of the article's day whose members'
        headlines share a specific subject word with the article's (0 for the others)."""
        df = self.df[subject] + self._prior[subject]
        specific = subject[df <= SUBJECT_MAX_SHARE * (self.n_docs + self._prior_docs)]
        if len(specific) == 0:
            return np.zeros(len(stories))
        shares = holds_any(self.subjects[stories], specific)
        same_day = np.array([day in self.days[s] for s in stories.tolist()], dtype=bool)
        return np.where(shares & same_day, SUBJECT_BONUS, 0.0)

    def _grow(self) -> None:
        """Make room for one more story, doubling the arrays when full."""
        if self._count < len(self.norms):
            return
        extra = max(1024, len(self.norms))

        def grown(array: np.ndarray, fill: float) -> np.ndarray:
            pad = np.full((extra, *array.shape[1:]), fill, dtype=array.dtype)
            return np.concatenate([array, pad])

        self.centroid_ids = grown(self.centroid_ids, -1)
        self.centroid_weights = grown(self.centroid_weights, 0)
        self.norms = grown(self.norms, 1)
        self.best_ids = grown(self.best_ids, -1)
        self.best_weights = grown(self.best_weights, 0)
        self.best_rows = grown(self.best_rows, -1)
        self.sizes = grown(self.sizes, 0)
        self.story_days = grown(self.story_days, NO_DAY)
        for name in ("speakers", "principals", "actors", "marks", "subjects"):
            setattr(self, name, grown(getattr(self, name), -1))

    def open_story(self, vector: Vector, day: int, row: int, *, dated: bool = True) -> int:
        """Open a story with one article; return its number."""
        self._grow()
        story = self._count
        self._count += 1
        self.days.append([])
        self.hints.append([])
        self._set_centroid(story, vector)
        self._set_best(story, vector, row)
        self.add_member(story, day, dated=dated)
        self._post(story, np.zeros(0, dtype=np.int32))
        return story

    def close_story(self, story: int) -> None:
        """Empty a story (no centroid, no members) so that no article can join it."""
        self.centroid_ids[story] = -1
        self.centroid_weights[story] = 0.0
        self.norms[story] = 1.0
        self.sizes[story] = 0
        self.days[story] = []
        self.hints[story] = []
        self.story_days[story] = NO_DAY
        self.best_rows[story] = -1
        for rows in (self.speakers, self.principals, self.actors, self.marks, self.subjects):
            rows[story] = -1

    def note_people(self, story: int, clues: EventClues) -> None:
        """Keep a member's speaker, headline people and dates on its story (``note_clues``)."""
        note_clues(self.speakers[story], self.principals[story], self.marks[story], clues,
                   self.actors[story], opening=self.sizes[story] == 1)
        note_subject(self.subjects[story], clues)

    def reopen_story(
        self, story: int, vector: Vector, day: int, row: int, *, dated: bool = True
    ) -> None:
        """Restore a story closed by ``close_story`` with its single article."""
        self._set_centroid(story, vector)
        self._set_best(story, vector, row)
        self.add_member(story, day, dated=dated)

    def add(self, story: int, vector: Vector, day: int, row: int, *, dated: bool = True) -> None:
        """Add an article's vector and day to a story; keep its most central article."""
        before = self.centroid_ids[story, :POSTED_TERMS].copy()
        live = self.centroid_ids[story] >= 0
        ids = np.concatenate([self.centroid_ids[story][live], vector[0]])
        weights = np.concatenate([self.centroid_weights[story][live], vector[1]])
        terms, inverse = np.unique(ids, return_inverse=True)
        sums = np.bincount(inverse, weights=weights).astype(np.float32)
        self._set_centroid(story, _heaviest(terms, sums, CENTROID_TERMS))
        self.add_member(story, day, dated=dated)
        if len(vector[0]) and row != self.best_rows[story]:
            scratch = self._scratch
            centroid = self.centroid_ids[story]
            scratch[centroid] = self.centroid_weights[story]
            scratch[-1] = 0.0
            here = float(np.dot(scratch[vector[0]], vector[1]))
            there = float(np.dot(scratch[self.best_ids[story]], self.best_weights[story]))
            scratch[centroid] = 0.0
            if here > there:
                self._set_best(story, vector, row)
        self._post(story, before)

    def add_member(self, story: int, day: int, *, dated: bool = True) -> None:
        """Count an article in a story; a dated one's day counts towards the story's date.

        ``story_days`` (what the time penalty compares with) is the median of the dated
        members' days, or of the undated members' hints while the story has no dated member.
        """
        self.sizes[story] += 1
        if day == NO_DAY:
            return
        bisect.insort(self.days[story] if dated else self.hints[story], day)
        days = self.days[story] or self.hints[story]
        self.story_days[story] = days[(len(days) - 1) // 2]

    def _set_centroid(self, story: int, vector: Vector) -> None:
        """Write a story's centroid row and its norm."""
        size = len(vector[0])
        self.centroid_ids[story] = -1
        self.centroid_weights[story] = 0.0
        self.centroid_ids[story, :size] = vector[0]
        self.centroid_weights[story, :size] = vector[1]
        self.norms[story] = float(np.sqrt(np.sum(vector[1].astype(np.float64) ** 2))) or 1.0

    def _set_best(self, story: int, vector: Vector, row: int) -> None:
        """Record the story's most central article and its vector."""
        size = len(vector[0])
        self.best_ids[story] = -1
        self.best_weights[story] = 0.0
        self.best_ids[story, :size] = vector[0]
        self.best_weights[story, :size] = vector[1]
        self.best_rows[story] = row

    def _post(self, story: int, before: np.ndarray) -> None:
        """Enter the story's heaviest centroid terms that were not heaviest before."""
        earlier = set(before.tolist())
        key = self.key(story)
        for term in self.centroid_ids[story, :POSTED_TERMS].tolist():
            if term >= 0 and term not in earlier:
                self._postings.setdefault(term, []).append(key)

    def stored_posting(self, term: int, stories: Sequence[int]) -> None:
        """Put a term's stored stories (read late by a window, as keys) before this run's."""
        self._postings[term] = [*stories, *self._postings.get(term, [])]

    def to_arrays(self) -> dict[str, np.ndarray]:
        """Return the index as numpy arrays for the saved state."""
        n = self._count
        return {
            "df": self.df,
            "n_docs": np.array([self.n_docs], dtype=np.int64),
            "background": np.array(
                [list(BACKGROUNDS).index(self.background) + 1 if self.background else 0],
                dtype=np.int64,
            ),
            "centroid_ids": self.centroid_ids[:n],
            "centroid_weights": self.centroid_weights[:n],
            "norms": self.norms[:n],
            "best_ids": self.best_ids[:n],
            "best_weights": self.best_weights[:n],
            "best_rows": self.best_rows[:n],
            "story_sizes": self.sizes[:n],
            "story_speakers": self.speakers[:n],
            "story_principals": self.principals[:n],
            "story_actors": self.actors[:n],
            "story_marks": self.marks[:n],
            "story_subjects": self.subjects[:n],
        }

    @classmethod
    def from_arrays(
        cls,
        arrays: dict[str, np.ndarray],
        member_days: list[list[int]],
        *,
        hints: list[list[int]] | None = None,
        settings: StorySettings = _DEFAULTS,
    ) -> StoryIndex:
        """Rebuild the index from ``to_arrays`` output and each story's sorted member days.

        ``member_days`` are the dated members' days, ``hints`` the undated members' (sorted).
        """
        code = int(arrays["background"][0])
        index = cls(list(BACKGROUNDS)[code - 1] if code else None, settings=settings)
        index.df = np.array(arrays["df"], dtype=np.int32)
        index.n_docs = int(arrays["n_docs"][0])
        index.centroid_ids = np.array(arrays["centroid_ids"], dtype=np.int32)
        index.centroid_weights = np.array(arrays["centroid_weights"], dtype=np.float32)
        index.norms = np.array(arrays["norms"], dtype=np.float64)
        index.best_ids = np.array(arrays["best_ids"], dtype=np.int32)
        index.best_weights = np.array(arrays["best_weights"], dtype=np.float32)
        index.best_rows = np.array(arrays["best_rows"], dtype=np.int64)
        index.sizes = np.array(arrays["story_sizes"], dtype=np.int64)
        index._count = len(index.sizes)
        # a state saved before stories kept their people has none
        for name, width in (("speakers", SPEAKER_WORDS), ("principals", HEADLINE_WORDS),
                            ("marks", MARKS), ("actors", ACTOR_WORDS),
                            ("subjects", SUBJECTS)):
            none = np.full((index._count, width), -1, dtype=np.int32)
            setattr(index, name, np.array(arrays.get(f"story_{name}", none), dtype=np.int32))
        index.days = member_days
        index.hints = hints if hints is not None else [[] for _ in member_days]
        placed = [d or h for d, h in zip(member_days, index.hints, strict=True)]
        index.story_days = np.array(
            [d[(len(d) - 1) // 2] if d else NO_DAY for d in placed], dtype=np.int64
        )
        # postings in story order (a fresh run appends them in the order terms became heavy),
        # or the lists a window of a stored state read, in store numbers (``keys``)
        if "posting_terms" in arrays:
            terms, stories = arrays["posting_terms"], arrays["posting_stories"]
            index.keys = np.array(arrays["story_keys"], dtype=np.int64)
        else:
            top = index.centroid_ids[:, :POSTED_TERMS]
            stories = np.repeat(np.arange(index._count), top.shape[1])
            terms = top.ravel()
            live = terms >= 0
            terms, stories = terms[live], stories[live]
        order = np.argsort(terms, kind="stable")
        terms, stories = terms[order].tolist(), stories[order].tolist()
        cuts = [0, *(np.flatnonzero(np.diff(terms)) + 1).tolist(), len(terms)]
        index._postings = {terms[a]: stories[a:b] for a, b in itertools.pairwise(cuts) if b > a}
        return index
