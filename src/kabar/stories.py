"""Duplicates and stories across the corpus, incrementally.

``link`` is called once per run with the run's new articles and the state bytes saved by the
previous run. It fingerprints and vectorises the new articles (``article_features``, which the
Dask engine runs on its workers instead), links copies to their earliest copy, assigns every
article to a story and returns what changed plus the new state.
"""

from __future__ import annotations

import io
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from kabar import cluster
from kabar.cluster import (
    BACKGROUNDS,
    NO_DAY,
    StoryIndex,
    TermCounts,
    Vector,
    event_day,
    minute_number,
    term_counts,
)
from kabar.config import DEFAULT_SETTINGS, Settings
from kabar.dedup import (
    FINGERPRINT_BLOCK,
    NUM_PERM,
    DedupIndex,
    band_keys,
    fingerprints_of_words,
    normalized_words,
)
from kabar.entities import merge_entities
from kabar.errors import ConfigError, StoreError
from kabar.models import Article, Entity, Story

STATE_VERSION = 1
# Characters of a body searched for the date of its event: reports name it in the first
# paragraphs ("Senin (10/2/2025)"); scanning whole bodies cost 50 us an article.
EVENT_SCAN_CHARS = 1500
# Words of the body used as a story title when no member has a headline.
FALLBACK_TITLE_WORDS = 12


@dataclass(frozen=True)
class Linked:
    """Result of linking new articles into the corpus."""

    articles: tuple[Article, ...]  # every new article, with duplicate_of and story set
    stories: tuple[Story, ...]  # every story that was created or changed
    state: bytes  # serialised index, handed back on the next call
    # stored articles (not in ``new``) whose duplicate_of changed because an earlier copy
    # arrived late: (article id, duplicate_of, story id)
    relinked: tuple[tuple[str, str | None, str], ...] = ()


@dataclass(frozen=True)
class Features:
    """What linking needs of a batch of articles, computable on any worker."""

    signatures: np.ndarray  # (n, NUM_PERM) uint32
    sizes: np.ndarray  # (n,) int32 distinct shingles
    exact: np.ndarray  # (n,) uint64 exact-text keys
    keys: np.ndarray  # (n, bands + 1) uint64 LSH bucket keys
    terms: tuple[TermCounts, ...]


def _tick(timings: dict[str, float] | None, phase: str, started: float) -> float:
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
    prints: list = []
    terms: list[TermCounts] = []
    for start in range(0, len(articles), FINGERPRINT_BLOCK):
        block = articles[start : start + FINGERPRINT_BLOCK]
        started = time.perf_counter()
        words = [normalized_words(a.body) for a in block]  # split once, used twice
        prints.extend(fingerprints_of_words(words, settings=settings.dedup))
        started = _tick(timings, "fingerprints", started)
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
        _tick(timings, "terms", started)
    started = time.perf_counter()
    signatures = (
        np.stack([p.signature for p in prints]) if prints else np.zeros((0, NUM_PERM), np.uint32)
    )
    sizes = np.array([p.size for p in prints], dtype=np.int32)
    exact = np.array([p.exact for p in prints], dtype=np.uint64)
    keys = band_keys(signatures, exact, sizes, settings=settings.dedup)
    _tick(timings, "fingerprints", started)
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


class _Corpus:
    """Everything ``link`` keeps between runs: per-article arrays, per-story lists, the indexes."""

    def __init__(
        self, background: str | None = "id", *, settings: Settings = DEFAULT_SETTINGS
    ) -> None:
        self.settings = settings
        self.ids: list[str] = []
        self.minutes = np.zeros(0, dtype=np.int64)
        self.days = np.zeros(0, dtype=np.int32)
        self.story_of = np.zeros(0, dtype=np.int64)
        self.story_ids: list[str] = []
        self.story_titles: list[str] = []
        # stories whose title is the start of a body: any member's real headline replaces it
        self.untitled: set[int] = set()
        self.story_entities: list[tuple[Entity, ...]] = []
        self.dedup = DedupIndex(settings=settings.dedup)
        self.stories = StoryIndex(background, settings=settings.stories)

    def order_key(self, row: int) -> tuple[int, int]:
        """Return (minutes, row) of a row: which copy is earliest, ties broken by arrival.

        Arrival order, not id order: of two copies published in the same minute (or undated),
        the one read first is the original, as a reader of the stream saw them.
        """
        return int(self.minutes[row]), row

    def to_bytes(self) -> bytes:
        """Serialise the corpus state as an uncompressed numpy archive (no pickled objects)."""
        text = {
            "version": STATE_VERSION,
            "shingle_words": self.settings.dedup.shingle_words,
            "ids": self.ids,
            "story_ids": self.story_ids,
            "story_titles": self.story_titles,
            "untitled": sorted(self.untitled),
            "story_entities": [
                [[e.name, e.type, list(e.aliases), e.count] for e in ents]
                for ents in self.story_entities
            ],
        }
        arrays = {
            "text": np.frombuffer(json.dumps(text, ensure_ascii=False).encode(), dtype=np.uint8),
            "minutes": self.minutes,
            "days": self.days,
            "story_of": self.story_of,
            "signatures": self.dedup.signatures,
            "sizes": self.dedup.sizes,
            "exact": self.dedup.exact,
            "root": self.dedup.root,
            **{f"stories_{k}": v for k, v in self.stories.to_arrays().items()},
        }
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, state: bytes, *, settings: Settings = DEFAULT_SETTINGS) -> _Corpus:
        """Rebuild the corpus state saved by ``to_bytes``.

        A state built with other shingles than ``settings`` asks for raises ConfigError: the
        stored fingerprints could not be compared with the new ones.
        """
        corpus = cls(settings=settings)
        try:
            with np.load(io.BytesIO(state), allow_pickle=False) as saved:
                arrays = {k: saved[k] for k in saved.files}
            text = json.loads(arrays["text"].tobytes().decode())
        except (OSError, ValueError, KeyError) as error:
            raise StoreError(f"the saved link state cannot be read: {error}") from error
        if text.get("version") != STATE_VERSION:
            raise StoreError(f"unsupported link state version {text.get('version')!r}")
        # states saved before shingle_words was a setting were all built with 5-word shingles
        built = text.get("shingle_words", 5)
        if built != settings.dedup.shingle_words:
            raise ConfigError(
                f"dedup.shingle_words: the store's duplicate index was built with {built}, "
                f"not {settings.dedup.shingle_words}; use a new store for other shingles"
            )
        corpus.ids = text["ids"]
        corpus.story_ids = text["story_ids"]
        corpus.story_titles = text["story_titles"]
        corpus.untitled = set(text.get("untitled", ()))
        corpus.story_entities = [
            tuple(Entity(n, t, tuple(a), c) for n, t, a, c in ents)
            for ents in text["story_entities"]
        ]
        corpus.minutes = arrays["minutes"]
        corpus.days = arrays["days"]
        corpus.story_of = arrays["story_of"]
        corpus.dedup = DedupIndex.from_arrays(
            arrays["signatures"],
            arrays["sizes"],
            arrays["exact"],
            arrays["root"],
            settings=settings.dedup,
        )
        member_days: list[list[int]] = [[] for _ in corpus.story_ids]
        dated = np.flatnonzero(corpus.days != NO_DAY)
        order = dated[np.lexsort((corpus.days[dated], corpus.story_of[dated]))]
        for row in order.tolist():
            member_days[int(corpus.story_of[row])].append(int(corpus.days[row]))
        story_arrays = {
            k.removeprefix("stories_"): v for k, v in arrays.items() if k.startswith("stories_")
        }
        corpus.stories = StoryIndex.from_arrays(
            story_arrays, member_days, settings=settings.stories
        )
        return corpus


def link(
    new: Sequence[Article],
    state: bytes | None,
    *,
    background: str | None = "auto",
    timings: dict[str, float] | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Linked:
    """Assign new articles to duplicates and stories, given the index state of earlier runs.

    ``background`` names the packaged document-frequency prior of a new index ("id" for
    Indonesian, None for none, "auto" for the language of most new articles when one is
    packaged); a saved state keeps the one it was created with. ``timings``
    receives seconds per phase (fingerprints, terms, load, duplicates, stories, save).
    ``settings`` gives the duplicate and story thresholds (its ``dedup`` and ``stories``).
    """
    features = article_features(new, timings=timings, settings=settings)
    return link_features(
        new, features, state, background=background, timings=timings, settings=settings
    )


def link_features(
    new: Sequence[Article],
    features: Features,
    state: bytes | None,
    *,
    background: str | None = "auto",
    timings: dict[str, float] | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Linked:
    """Link new articles whose features were computed already (locally or on Dask workers).

    The features must have been computed with the same ``settings``.
    """
    started = time.perf_counter()
    if background == "auto":
        background = _majority_background(new)
    if state:
        corpus = _Corpus.from_bytes(state, settings=settings)
    else:
        corpus = _Corpus(background, settings=settings)
    started = _tick(timings, "load", started)
    seen = set(corpus.ids)
    keep = []  # the first row of each id not stored yet, in arrival order
    for i, article in enumerate(new):
        if article.id not in seen:
            seen.add(article.id)
            keep.append(i)
    articles = [new[i] for i in keep]
    first = len(corpus.ids)
    corpus.ids.extend(a.id for a in articles)
    minutes = np.array([minute_number(a.published) for a in articles], dtype=np.int64)
    corpus.minutes = np.concatenate([corpus.minutes, minutes])
    index = np.array(keep, dtype=np.int64)
    changed = corpus.dedup.add(
        features.signatures[index],
        features.sizes[index],
        features.exact[index],
        corpus.order_key,
        keys=features.keys[index],
    )
    started = _tick(timings, "duplicates", started)
    days = np.array([_event_day(a) for a in articles], dtype=np.int32)
    corpus.days = np.concatenate([corpus.days, days])
    corpus.story_of = np.concatenate([corpus.story_of, np.full(len(articles), -1, np.int64)])
    terms = [features.terms[i] for i in keep]
    corpus.stories.count_documents(terms)
    touched = _assign_stories(corpus, articles, terms, first)
    root = corpus.dedup.root
    out_articles = []
    for offset, article in enumerate(articles):
        row = first + offset
        duplicate_of = corpus.ids[root[row]] if root[row] != row else None
        story = corpus.story_ids[corpus.story_of[row]]
        out_articles.append(replace(article, duplicate_of=duplicate_of, story=story))
    relinked = tuple(
        (
            corpus.ids[row],
            corpus.ids[root[row]] if root[row] != row else None,
            corpus.story_ids[corpus.story_of[row]],
        )
        for row in changed.tolist()
        if row < first
    )
    stories = _stories(corpus, sorted(touched))
    started = _tick(timings, "stories", started)
    state_bytes = corpus.to_bytes()
    _tick(timings, "save", started)
    return Linked(tuple(out_articles), stories, state_bytes, relinked)


def _majority_background(articles: Sequence[Article]) -> str | None:
    """Return the packaged background of the most common language, or None if there is none."""
    languages = Counter(a.language for a in articles)
    if not languages:
        return "id"
    language = languages.most_common(1)[0][0]
    return language if language in BACKGROUNDS else None


def _assign_stories(
    corpus: _Corpus, articles: Sequence[Article], terms: Sequence[TermCounts], first: int
) -> set[int]:
    """Give every new row a story, oldest first; return the stories that changed.

    Originals are assigned first, oldest first; then every story this run opened that is
    still a single article gets a second chance to join a story against the final centroids
    (an article read before its story had gathered its other reports); then copies join the
    story of their earliest copy.
    """
    root = corpus.dedup.root
    index = corpus.stories
    threshold = corpus.settings.stories.threshold
    # a late-arriving earliest copy joins the story its stored copies already belong to
    inherited: dict[int, int] = {}
    for row in np.flatnonzero(root[:first] >= first).tolist():
        inherited.setdefault(int(root[row]), int(corpus.story_of[row]))

    def order(i: int) -> tuple[int, int, str]:
        # by event day, then publication time, then id: the arrival order does not matter
        return int(corpus.days[first + i]), int(corpus.minutes[first + i]), articles[i].id

    originals = [
        i
        for i in range(len(articles))
        if root[first + i] == first + i and first + i not in inherited
    ]
    vectors = {i: index.vector(terms[i]) for i in originals}
    dated = sorted((i for i in originals if corpus.days[first + i] != NO_DAY), key=order)
    opened: list[tuple[int, int, Vector]] = []  # (story, row, vector) opened in this run
    for i in dated:
        _assign_one(corpus, articles[i], vectors[i], first + i, opened)
    # undated articles have no time to order them by: the most confident match goes first
    undated = [i for i in originals if corpus.days[first + i] == NO_DAY]
    confidence = {
        i: index.best_story(vectors[i], NO_DAY, _entity_terms(articles[i]))[1] for i in undated
    }
    for i in sorted(undated, key=lambda i: (-confidence[i], articles[i].id)):
        _assign_one(corpus, articles[i], vectors[i], first + i, opened)
    for story, row, vector in opened:
        i = row - first
        if index.sizes[story] != 1:
            continue
        day = int(corpus.days[row])
        index.close_story(story)
        target, score = index.best_story(vector, day, _entity_terms(articles[i]))
        if target < 0 or target == story or score < threshold:
            index.reopen_story(story, vector, day, row)
            continue
        _join(corpus, target, vector, day, row, articles[i])
        corpus.story_of[row] = target
    touched: set[int] = set()
    for i in range(len(articles)):
        row = first + i
        if root[row] != row or row in inherited:
            story = int(corpus.story_of[root[row]]) if root[row] != row else inherited[row]
            corpus.story_of[row] = story
            index.add_member(story, int(corpus.days[row]))
        story = int(corpus.story_of[row])
        if articles[i].entities:
            corpus.story_entities[story] = merge_entities(
                [corpus.story_entities[story], articles[i].entities]
            )
        touched.add(story)
    return touched


def _assign_one(
    corpus: _Corpus,
    article: Article,
    vector: Vector,
    row: int,
    opened: list[tuple[int, int, Vector]],
) -> None:
    """Put one original in its best story, or open a story for it (noted in ``opened``)."""
    index = corpus.stories
    threshold = corpus.settings.stories.threshold
    day = int(corpus.days[row])
    story, score = index.best_story(vector, day, _entity_terms(article))
    if story < 0 or score < threshold:
        story = index.open_story(vector, day, row)
        corpus.story_ids.append(f"s-{article.id}")
        corpus.story_titles.append(_title(article))
        if not article.title:
            corpus.untitled.add(story)
        corpus.story_entities.append(())
        opened.append((story, row, vector))
    else:
        _join(corpus, story, vector, day, row, article)
    corpus.story_of[row] = story


def _join(
    corpus: _Corpus, story: int, vector: Vector, day: int, row: int, article: Article
) -> None:
    """Add an article to a story, taking its headline when it becomes the most central."""
    index = corpus.stories
    best_before = index.best_rows[story]
    index.add(story, vector, day, row)
    if article.title and (index.best_rows[story] != best_before or story in corpus.untitled):
        corpus.story_titles[story] = article.title
        corpus.untitled.discard(story)


def _entity_terms(article: Article) -> np.ndarray:
    """Return the term ids of an article's entity names."""
    return cluster.entity_terms([e.name for e in article.entities])


def _event_day(article: Article) -> int:
    """Return the day an article reports on (see ``kabar.cluster.event_day``)."""
    return event_day(article.published, f"{article.title or ''}\n{article.body[:EVENT_SCAN_CHARS]}")


def _title(article: Article) -> str:
    """Return an article's headline, or the start of its body when it has none."""
    if article.title:
        return article.title
    return " ".join(article.body.split()[:FALLBACK_TITLE_WORDS])


def _stories(corpus: _Corpus, numbers: Sequence[int]) -> tuple[Story, ...]:
    """Build the Story records of the given story numbers from the corpus arrays."""
    if not numbers:
        return ()
    wanted = np.zeros(len(corpus.story_ids), dtype=bool)
    wanted[list(numbers)] = True
    rows = np.flatnonzero(wanted[corpus.story_of])
    members: dict[int, list[int]] = {}
    for row in rows.tolist():
        members.setdefault(int(corpus.story_of[row]), []).append(row)
    out = []
    for story in numbers:
        ordered = sorted(members.get(story, []), key=corpus.order_key)
        day = corpus.stories.story_day(story)
        out.append(
            Story(
                id=corpus.story_ids[story],
                title=corpus.story_titles[story],
                date=_iso_day(day),
                articles=tuple(corpus.ids[r] for r in ordered),
                entities=corpus.story_entities[story],
            )
        )
    return tuple(out)


def _iso_day(day: int) -> str | None:
    """Return the ISO date of a day number, or None for NO_DAY."""
    if day == NO_DAY:
        return None
    return str(np.datetime64(day, "D"))
