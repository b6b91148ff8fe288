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

# Hashed term space: 2^20 buckets keep collisions rare for a news vocabulary of a few hundred
# thousand words while the document-frequency table stays 4 MB.
TERM_BITS = 20
N_TERMS = 1 << TERM_BITS
# Terms kept per article vector and per story centroid (the rest carry little weight).
ARTICLE_TERMS = 40
CENTROID_TERMS = 64
# Centroid terms entered in the inverted index, and article terms used to look it up.
POSTED_TERMS = 32
QUERY_TERMS = 40
# With this few stories every one is scored exactly (cheaper than missing one).
EXHAUSTIVE_STORIES = 64
# Most recent stories scanned per posting list: bounds the work per article when a term is
# common; recent stories are the likely ones because batches are processed oldest first.
POSTING_SCAN = 64
# Stories scored exactly per article (the best by shared posting weight).
MAX_CANDIDATES = 10
# Term-frequency multipliers: a headline word, an entity name and a shared quotation say more
# about the event than one body word.
TITLE_WEIGHT = 2.0
ENTITY_WEIGHT = 2.0
QUOTE_WEIGHT = 3.0
# Cosine similarity an article needs to join a story (set on the hand-written Indonesian test
# corpus and ../shared/seeds, not on the English evaluation set).
STORY_THRESHOLD = 0.25
# Articles within this many days of a story's date get no time penalty; beyond it, each
# doubling of the gap costs TIME_PENALTY similarity (280 days cost 0.52: a different summit).
TIME_GRACE_DAYS = 3.0
TIME_PENALTY = 0.08
# A quotation shorter than this many words is too generic to link articles ("kata dia").
MIN_QUOTE_WORDS = 5
QUOTE_KEY_WORDS = 12
NO_DAY = -(2**31)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
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
    m: i + 1 for i, m in enumerate(
        "jan feb mar apr mei jun jul agu sep okt nov des".split()
    )
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
        w for w in _WORD.findall(text.lower())
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
) -> TermCounts:
    """Return the weighted term frequencies of one article."""
    weights: dict[int, float] = {}
    for word, count in Counter(content_words(body, language)).items():
        key = _term_id(word)
        weights[key] = weights.get(key, 0.0) + count
    for word, count in Counter(content_words(title or "", language)).items():
        key = _term_id(word)
        weights[key] = weights.get(key, 0.0) + TITLE_WEIGHT * count
    for name in entities:
        key = _term_id("e:" + name.lower())
        weights[key] = weights.get(key, 0.0) + ENTITY_WEIGHT
    for quote in quote_keys(body, quotes):
        key = _term_id(quote)
        weights[key] = weights.get(key, 0.0) + QUOTE_WEIGHT
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


def mentioned_day(text: str) -> int:
    """Return the first full date an article mentions ("19 Juni 2024", "(13/9/2023)"), or NO_DAY."""
    for match in _MENTIONED_DATE.finditer(text):
        if match.group("month"):
            day, month = int(match.group("day")), _MONTHS[match.group("month").lower()[:3]]
            year = int(match.group("year"))
        else:
            day, month, year = (int(match.group(k)) for k in ("d", "m", "y"))
        try:
            return (date(year, month, day) - date(1970, 1, 1)).days
        except ValueError:
            continue
    return NO_DAY


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


def time_penalty(day: int, story_day: int) -> float:
    """Return the similarity an article loses for being published far from a story's date."""
    if day == NO_DAY or story_day == NO_DAY:
        return 0.0
    gap = abs(day - story_day)
    if gap <= TIME_GRACE_DAYS:
        return 0.0
    return TIME_PENALTY * math.log2(gap / TIME_GRACE_DAYS)


def _top(vector: dict[int, float], size: int) -> dict[int, float]:
    """Return the size heaviest entries of a sparse vector."""
    if len(vector) <= size:
        return vector
    return dict(sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:size])


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    """Return the dot product of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


class StoryIndex:
    """Story centroids, dates, central articles and the inverted index that finds candidates.

    Per-story data are Python lists indexed by story number; ``to_arrays`` packs them into
    fixed-width numpy arrays for the saved state.
    """

    def __init__(self, background: str | None = "id") -> None:
        self.df = np.zeros(N_TERMS, dtype=np.int32)
        self.n_docs = 0
        self.background = background
        if background is None:
            self._prior, self._prior_docs = np.zeros(N_TERMS, dtype=np.int32), 0
        else:
            self._prior, self._prior_docs = background_df(background)
        self.centroids: list[dict[int, float]] = []
        self.norms: list[float] = []
        self.days: list[list[int]] = []  # known member days, sorted
        self.best_vectors: list[dict[int, float]] = []
        self.best_rows: list[int] = []
        self.sizes: list[int] = []
        self._posted: list[set[int]] = []
        self._postings: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self.centroids)

    def count_documents(self, batch: Sequence[TermCounts]) -> None:
        """Add a batch's terms to the document frequencies before any of it is weighted."""
        if not batch:
            return
        ids = np.concatenate([t.ids for t in batch])
        np.add.at(self.df, ids, 1)
        self.n_docs += len(batch)

    def vector(self, terms: TermCounts) -> dict[int, float]:
        """Return the unit TF-IDF vector of an article's heaviest terms."""
        if len(terms.ids) == 0:
            return {}
        df = self.df[terms.ids] + self._prior[terms.ids]
        idf = np.log((1.0 + self.n_docs + self._prior_docs) / (1.0 + df)) + 1.0
        weights = (1.0 + np.log(terms.counts)) * idf
        if len(weights) > ARTICLE_TERMS:
            keep = np.argpartition(-weights, ARTICLE_TERMS)[:ARTICLE_TERMS]
        else:
            keep = np.arange(len(weights))
        norm = float(np.sqrt(np.sum(weights[keep] ** 2))) or 1.0
        return {int(terms.ids[i]): float(weights[i]) / norm for i in keep}

    def story_day(self, story: int) -> int:
        """Return a story's date: the median day of its dated articles (NO_DAY when none)."""
        days = self.days[story]
        return days[(len(days) - 1) // 2] if days else NO_DAY

    def candidates(self, vector: dict[int, float]) -> list[int]:
        """Return stories sharing heavy terms with a vector, most shared weight first."""
        if len(self.centroids) <= EXHAUSTIVE_STORIES:
            return list(range(len(self.centroids)))
        score: dict[int, float] = {}
        for term, weight in _top(vector, QUERY_TERMS).items():
            for story in self._postings.get(term, ())[-POSTING_SCAN:]:
                score[story] = score.get(story, 0.0) + weight
        ranked = sorted(score, key=lambda s: (-score[s], s))
        return ranked[:MAX_CANDIDATES]

    def best_story(self, vector: dict[int, float], day: int) -> tuple[int, float]:
        """Return the best story for a vector and its time-penalised similarity (-1 if none)."""
        best, best_score = -1, -math.inf
        for story in self.candidates(vector):
            similarity = _dot(vector, self.centroids[story]) / self.norms[story]
            similarity -= time_penalty(day, self.story_day(story))
            if similarity > best_score:
                best, best_score = story, similarity
        return best, best_score

    def open_story(self, vector: dict[int, float], day: int, row: int) -> int:
        """Open a story with one article; return its number."""
        story = len(self.centroids)
        self.centroids.append({})
        self.norms.append(1.0)
        self.days.append([])
        self.best_vectors.append(vector)
        self.best_rows.append(row)
        self.sizes.append(0)
        self._posted.append(set())
        self.add(story, vector, day, row)
        return story

    def add(self, story: int, vector: dict[int, float], day: int, row: int) -> None:
        """Add an article's vector and day to a story; keep its most central article."""
        centroid = self.centroids[story]
        for term, weight in vector.items():
            centroid[term] = centroid.get(term, 0.0) + weight
        centroid = _top(centroid, CENTROID_TERMS)
        self.centroids[story] = centroid
        norm = math.sqrt(sum(w * w for w in centroid.values())) or 1.0
        self.norms[story] = norm
        self.sizes[story] += 1
        if day != NO_DAY:
            bisect.insort(self.days[story], day)
        if vector and row != self.best_rows[story]:
            here = _dot(vector, centroid)
            there = _dot(self.best_vectors[story], centroid)
            if here > there:
                self.best_vectors[story], self.best_rows[story] = vector, row
        self._post(story)

    def add_member(self, story: int, day: int) -> None:
        """Count a duplicate in a story (its date counts, its text is already there)."""
        self.sizes[story] += 1
        if day != NO_DAY:
            bisect.insort(self.days[story], day)

    def _post(self, story: int) -> None:
        """Enter a story's heaviest centroid terms in the inverted index."""
        posted = self._posted[story]
        for term in _top(self.centroids[story], POSTED_TERMS):
            if term not in posted:
                posted.add(term)
                self._postings.setdefault(term, []).append(story)

    def to_arrays(self) -> dict[str, np.ndarray]:
        """Pack the index into fixed-width numpy arrays for the saved state."""
        n = len(self)
        c_ids = np.full((n, CENTROID_TERMS), -1, dtype=np.int32)
        c_w = np.zeros((n, CENTROID_TERMS), dtype=np.float32)
        b_ids = np.full((n, ARTICLE_TERMS), -1, dtype=np.int32)
        b_w = np.zeros((n, ARTICLE_TERMS), dtype=np.float32)
        for s in range(n):
            _pack(self.centroids[s], c_ids[s], c_w[s])
            _pack(self.best_vectors[s], b_ids[s], b_w[s])
        return {
            "df": self.df,
            "n_docs": np.array([self.n_docs], dtype=np.int64),
            "background": np.array([list(BACKGROUNDS).index(self.background) + 1
                                    if self.background else 0], dtype=np.int64),
            "centroid_ids": c_ids,
            "centroid_weights": c_w,
            "best_ids": b_ids,
            "best_weights": b_w,
            "best_rows": np.array(self.best_rows, dtype=np.int64),
            "story_sizes": np.array(self.sizes, dtype=np.int64),
        }

    @classmethod
    def from_arrays(
        cls, arrays: dict[str, np.ndarray], member_days: list[list[int]]
    ) -> StoryIndex:
        """Rebuild the index from ``to_arrays`` output and each story's sorted member days."""
        code = int(arrays["background"][0])
        index = cls(list(BACKGROUNDS)[code - 1] if code else None)
        index.df = np.array(arrays["df"], dtype=np.int32)
        index.n_docs = int(arrays["n_docs"][0])
        for s in range(len(arrays["best_rows"])):
            centroid = _unpack(arrays["centroid_ids"][s], arrays["centroid_weights"][s])
            index.centroids.append(centroid)
            index.norms.append(math.sqrt(sum(w * w for w in centroid.values())) or 1.0)
            index.best_vectors.append(
                _unpack(arrays["best_ids"][s], arrays["best_weights"][s])
            )
            index.best_rows.append(int(arrays["best_rows"][s]))
            index.sizes.append(int(arrays["story_sizes"][s]))
            index.days.append(member_days[s])
            index._posted.append(set())
            index._post(s)
        return index


def _pack(vector: dict[int, float], ids: np.ndarray, weights: np.ndarray) -> None:
    """Write a sparse vector into fixed-width rows (unused slots keep id -1)."""
    for slot, (term, weight) in enumerate(list(vector.items())[: len(ids)]):
        ids[slot], weights[slot] = term, weight


def _unpack(ids: np.ndarray, weights: np.ndarray) -> dict[int, float]:
    """Read a sparse vector back from fixed-width rows."""
    live = ids >= 0
    return dict(zip(ids[live].tolist(), weights[live].astype(float).tolist(), strict=True))
