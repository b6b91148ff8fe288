"""Stories: incremental, time-aware clustering of articles about the same event.

Each article becomes a sparse TF-IDF vector over hashed terms (words of its title and body,
its entity names and the quotations it carries), with document frequencies kept in the index so
that new articles are weighted without recomputing the store. An article joins the story whose
centroid it is most similar to, found through an inverted index over the stories' top terms
(never all pairs), if that similarity minus a time penalty clears a threshold; otherwise it
opens a new story.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from kabar.config import DEFAULT_SETTINGS, StorySettings

# Hashed term space: 2^20 buckets keep collisions rare for a news vocabulary of a few hundred
# thousand words while the document-frequency table stays 4 MB.
TERM_BITS = 20
N_TERMS = 1 << TERM_BITS
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
# The tuned values (term weights, story threshold, shared-entity and time penalties) are
# settings: see StorySettings and kabar/data/defaults.toml for where each comes from.
_DEFAULTS = DEFAULT_SETTINGS.stories
# The default story threshold, for the tests that compare similarities with it.
STORY_THRESHOLD = _DEFAULTS.threshold
# A report names the day of its event at most this many days before publication ("Minggu
# (9/2/2025) malam" in a Monday article); older dates it mentions are background.
EVENT_LOOKBACK_DAYS = 3
# A quotation shorter than this many words is too generic to link articles ("kata dia").
MIN_QUOTE_WORDS = 5
QUOTE_KEY_WORDS = 12
NO_DAY = -(2**31)
# The duplicate stage's tokens (kabar.dedup.normalized_words), so a body is split once.
_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTED = re.compile(r"[\"“]([^\"“”]{20,600})[\"”]")
# Common Indonesian function words (compiled here from grammar references; no content words).
_INDONESIAN_STOP_TEXT = """
    ada adalah adanya agar akan akhirnya aku anda antara apa apabila apakah atas atau
    bagaimana bagi bahkan bahwa baik banyak baru beberapa begitu belum benar berada berbagai
    berikut bersama besar bisa boleh bukan cukup dalam dan dapat dari daripada demikian dengan
    di dia ia ini itu jadi jika juga justru kalau kami kamu karena ke kembali kemudian kepada
    ketika kini kita lagi lain lalu lebih maka masih masing mereka mungkin namun nya oleh
    pada para pernah pula pun punya saat saja salah sama sangat satu saya sebagai sebelum
    sebuah sedang sehingga sejak sekarang selain selama seluruh semua sendiri seorang seperti
    serta setelah sudah supaya tak tanpa tapi telah tentang tersebut tetapi tidak tiap untuk
    usai waktu yaitu yakni yang hal hari tahun kata ujar ujarnya katanya menurut mengatakan
    menyatakan jelas jelasnya sementara hingga secara tengah terhadap terkait melalui oleh
    akan sudah belum pula baca juga dilansir dikutip seperti"""
INDONESIAN_STOP_WORDS = frozenset(_INDONESIAN_STOP_TEXT.split())
STOP_WORDS = {"id": INDONESIAN_STOP_WORDS, "en": frozenset(ENGLISH_STOP_WORDS)}
# Background document frequencies (word list compiled by scripts/build_background_df.py from
# the 3,463 IndoSum dev articles) so that IDF is meaningful from the first small run on.
BACKGROUNDS = {"id": "background_df_id.tsv.gz"}
_MONTHS = {
    m: i + 1 for i, m in enumerate("jan feb mar apr mei jun jul agu sep okt nov des".split())
} | {"may": 5, "aug": 8, "oct": 10, "dec": 12}
_MENTIONED_DATE = re.compile(
    r"\b(?P<day>[0-3]?\d)\s+(?P<month>Jan|Feb|Mar|Apr|Mei|May|Jun|Jul|Agu|Aug|Sep|Okt|Oct|Nov|"
    r"Des|Dec)[a-z]*\.?\s+(?P<year>(?:19|20)\d\d)\b"
    r"|\((?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)\)",
    re.IGNORECASE,
)
_TERM_CACHE: dict[str, int] = {}
_TERM_CACHE_LIMIT = 2_000_000


@dataclass(frozen=True)
class TermCounts:
    """An article's weighted raw term frequencies over the hashed term space."""

    ids: np.ndarray  # int32, sorted, distinct
    counts: np.ndarray  # float32


def entity_terms(names: Sequence[str]) -> np.ndarray:
    """Return the term ids under which ``term_counts`` counts these entity names."""
    return np.array(sorted({_term_id("e:" + name.lower()) for name in names}), dtype=np.int32)


def _term_id(term: str) -> int:
    """Return the stable hashed id of a term."""
    value = _TERM_CACHE.get(term)
    if value is None:
        if len(_TERM_CACHE) >= _TERM_CACHE_LIMIT:
            _TERM_CACHE.clear()
        value = zlib.crc32(term.encode()) & (N_TERMS - 1)
        _TERM_CACHE[term] = value
    return value


def content_words(text: str, language: str = "id") -> list[str]:
    """Return the lower-cased content words of a text (stop words and short numbers dropped)."""
    stop = STOP_WORDS.get(language, INDONESIAN_STOP_WORDS)
    return [
        w
        for w in _WORD.findall(text.lower())
        if len(w) > 1 and w not in stop and not (w.isdigit() and len(w) != 4)
    ]


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
    stop = STOP_WORDS.get(language, INDONESIAN_STOP_WORDS)
    if body_words is None:
        body_words = _WORD.findall(body.lower())
    title_words = _WORD.findall((title or "").lower())
    for words, factor in ((body_words, 1.0), (title_words, settings.title_weight)):
        # count first, filter the distinct words (the same rule as content_words)
        for word, count in Counter(words).items():
            if len(word) < 2 or word in stop or (word.isdigit() and len(word) != 4):
                continue
            key = _term_id(word)
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


def day_number(published: str | None) -> int:
    """Return the day (days since 1970-01-01) of an ISO date, or NO_DAY when absent or invalid."""
    if not published:
        return NO_DAY
    try:
        return (date.fromisoformat(published[:10]) - date(1970, 1, 1)).days
    except ValueError:
        return NO_DAY


def mentioned_days(text: str) -> list[int]:
    """Return the full dates an article mentions ("19 Juni 2024", "(13/9/2023)"), in order."""
    days = []
    for match in _MENTIONED_DATE.finditer(text):
        if match.group("month"):
            day, month = int(match.group("day")), _MONTHS[match.group("month").lower()[:3]]
            year = int(match.group("year"))
        else:
            day, month, year = (int(match.group(k)) for k in ("d", "m", "y"))
        try:
            days.append((date(year, month, day) - date(1970, 1, 1)).days)
        except ValueError:
            continue
    return days


def mentioned_day(text: str) -> int:
    """Return the first full date an article mentions, or NO_DAY."""
    days = mentioned_days(text)
    return days[0] if days else NO_DAY


def event_day(published: str | None, text: str) -> int:
    """Return the day an article reports on.

    The first date it mentions from EVENT_LOOKBACK_DAYS before its publication up to the
    publication day ("Senin (4/3/2024)" in a report published on Tuesday), else its
    publication day, else (undated) the first full date it mentions.
    """
    day = day_number(published)
    mentioned = mentioned_days(text)
    if day == NO_DAY:
        return mentioned[0] if mentioned else NO_DAY
    for candidate in mentioned:
        if 0 <= day - candidate <= EVENT_LOOKBACK_DAYS:
            return candidate
    return day


def minute_number(published: str | None) -> int:
    """Return minutes since 1970 (UTC when an offset is given) of an ISO time; large when absent."""
    if not published:
        return 2**62
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        day = day_number(published)
        return 2**62 if day == NO_DAY else day * 1440
    if moment.tzinfo is not None:
        return int(moment.timestamp() // 60)
    return int((moment - datetime(1970, 1, 1)).total_seconds() // 60)


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
        self.centroid_ids = np.full((0, CENTROID_TERMS), -1, dtype=np.int32)
        self.centroid_weights = np.zeros((0, CENTROID_TERMS), dtype=np.float32)
        self.norms = np.zeros(0, dtype=np.float64)
        self.best_ids = np.full((0, ARTICLE_TERMS), -1, dtype=np.int32)
        self.best_weights = np.zeros((0, ARTICLE_TERMS), dtype=np.float32)
        self.best_rows = np.zeros(0, dtype=np.int64)
        self.sizes = np.zeros(0, dtype=np.int64)
        self.story_days = np.zeros(0, dtype=np.int64)
        self.days: list[list[int]] = []  # known member days per story, sorted
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
        return int(self.story_days[story])

    def candidates(self, vector: Vector) -> np.ndarray:
        """Return stories sharing heavy terms with a vector, most shared weight first."""
        if self._count <= EXHAUSTIVE_STORIES:
            return np.arange(self._count)
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

    def best_story(
        self, vector: Vector, day: int, entities: np.ndarray | None = None
    ) -> tuple[int, float]:
        """Return the best story for a vector and its penalised similarity (-1 if none).

        ``entities`` are the term ids of the article's entity names (``entity_terms``); stories
        that share none of them are penalised.
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
            shares = np.isin(rows, entities).any(axis=1)
            similarity[~shares] -= settings.no_shared_entity_penalty
        best = int(np.argmax(similarity))  # first of equals: candidates are ranked already
        return int(stories[best]), float(similarity[best])

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

    def open_story(self, vector: Vector, day: int, row: int) -> int:
        """Open a story with one article; return its number."""
        self._grow()
        story = self._count
        self._count += 1
        self.days.append([])
        self._set_centroid(story, vector)
        self._set_best(story, vector, row)
        self.add_member(story, day)
        self._post(story, np.zeros(0, dtype=np.int32))
        return story

    def close_story(self, story: int) -> None:
        """Empty a story (no centroid, no members) so that no article can join it."""
        self.centroid_ids[story] = -1
        self.centroid_weights[story] = 0.0
        self.norms[story] = 1.0
        self.sizes[story] = 0
        self.days[story] = []
        self.story_days[story] = NO_DAY
        self.best_rows[story] = -1

    def reopen_story(self, story: int, vector: Vector, day: int, row: int) -> None:
        """Restore a story closed by ``close_story`` with its single article."""
        self._set_centroid(story, vector)
        self._set_best(story, vector, row)
        self.add_member(story, day)

    def add(self, story: int, vector: Vector, day: int, row: int) -> None:
        """Add an article's vector and day to a story; keep its most central article."""
        before = self.centroid_ids[story, :POSTED_TERMS].copy()
        live = self.centroid_ids[story] >= 0
        ids = np.concatenate([self.centroid_ids[story][live], vector[0]])
        weights = np.concatenate([self.centroid_weights[story][live], vector[1]])
        terms, inverse = np.unique(ids, return_inverse=True)
        sums = np.bincount(inverse, weights=weights).astype(np.float32)
        self._set_centroid(story, _heaviest(terms, sums, CENTROID_TERMS))
        self.add_member(story, day)
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

    def add_member(self, story: int, day: int) -> None:
        """Count an article in a story and let its day count towards the story's date."""
        self.sizes[story] += 1
        if day != NO_DAY:
            days = self.days[story]
            bisect.insort(days, day)
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
        for term in self.centroid_ids[story, :POSTED_TERMS].tolist():
            if term >= 0 and term not in earlier:
                self._postings.setdefault(term, []).append(story)

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
        }

    @classmethod
    def from_arrays(
        cls,
        arrays: dict[str, np.ndarray],
        member_days: list[list[int]],
        *,
        settings: StorySettings = _DEFAULTS,
    ) -> StoryIndex:
        """Rebuild the index from ``to_arrays`` output and each story's sorted member days."""
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
        index.days = member_days
        index.story_days = np.array(
            [d[(len(d) - 1) // 2] if d else NO_DAY for d in member_days], dtype=np.int64
        )
        # postings in story order (a fresh run appends them in the order terms became heavy)
        top = index.centroid_ids[:, :POSTED_TERMS]
        stories = np.repeat(np.arange(index._count), top.shape[1])
        terms = top.ravel()
        live = terms >= 0
        terms, stories = terms[live], stories[live]
        order = np.argsort(terms, kind="stable")
        terms, stories = terms[order], stories[order]
        cuts = np.flatnonzero(np.diff(terms)) + 1
        for group_terms, group in zip(np.split(terms, cuts), np.split(stories, cuts), strict=True):
            if len(group_terms):
                index._postings[int(group_terms[0])] = group.tolist()
        return index
