"""Duplicates and stories across the corpus, incrementally.

``link`` is called once per run with the run's new articles and the link state returned by
the previous run. It fingerprints and vectorises the new articles (``article_features``, which
the Dask engine runs on its workers instead), links copies to their earliest copy, assigns
every article to a story (``kabar.stories.assignment``) and returns what changed plus the new
state.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from kabar.config import DEFAULT_SETTINGS, Settings
from kabar.models import Article, Story, Storyline
from kabar.stories import storyline_records, storylines
from kabar.stories.assignment import assign_stories, event_day_of
from kabar.stories.corpus import Corpus
from kabar.stories.dates import NO_DAY, minute_number
from kabar.stories.features import Features, article_features, tick
from kabar.stories.name_counts import count_names
from kabar.stories.state import LinkState
from kabar.stories.terms import BACKGROUNDS


@dataclass(frozen=True)
class Linked:
    """Result of linking new articles into the corpus."""

    articles: tuple[Article, ...]  # every new article, with duplicate_of and story set
    stories: tuple[Story, ...]  # every story that was created or changed
    state: LinkState  # the corpus so far, handed back on the next call
    # stored articles (not in ``new``) whose duplicate_of changed because an earlier copy
    # arrived late: (article id, duplicate_of, story id)
    relinked: tuple[tuple[str, str | None, str], ...] = ()
    # storylines created or changed (kabar.stories.storylines), and the ids of those merged
    # into another or left with a single story
    storylines: tuple[Storyline, ...] = ()
    retired_storylines: tuple[str, ...] = ()
    # the storyline of every story of a changed storyline (None: the story stands alone)
    storyline_of: tuple[tuple[str, str | None], ...] = ()


def link(
    new: Sequence[Article],
    state: LinkState | None,
    *,
    background: str | None = "auto",
    timings: dict[str, float] | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Linked:
    """Assign new articles to duplicates and stories, given the index state of earlier runs.

    ``background`` names the packaged document-frequency prior of a new index ("id" for
    Indonesian, None for none, "auto" for the language of most new articles when one is
    packaged); a saved state keeps the one it was created with. ``timings``
    receives seconds per phase (fingerprints, terms, load, duplicates, stories, storylines,
    save).
    ``settings`` gives the duplicate and story thresholds (its ``dedup`` and ``stories``).
    """
    features = article_features(new, timings=timings, settings=settings)
    return link_features(
        new, features, state, background=background, timings=timings, settings=settings
    )


def link_features(
    new: Sequence[Article],
    features: Features,
    state: LinkState | None,
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
    if state is not None:
        corpus = Corpus.from_state(state, settings=settings)
    else:
        corpus = Corpus(background, settings=settings)
    started = tick(timings, "load", started)
    keep = _unseen(new, corpus)
    articles = [new[i] for i in keep]
    first = len(corpus.ids)
    changed = _add_duplicates(corpus, articles, features, keep)
    started = tick(timings, "duplicates", started)
    days = np.array([event_day_of(a) for a in articles], dtype=np.int32)
    corpus.days = np.concatenate([corpus.days, days])
    corpus.story_of = np.concatenate([corpus.story_of, np.full(len(articles), -1, np.int64)])
    terms = [features.terms[i] for i in keep]
    corpus.stories.count_documents(terms)
    touched = assign_stories(corpus, articles, terms, first)
    root = corpus.dedup.root
    relinked = tuple(
        (
            corpus.ids[row],
            corpus.ids[root[row]] if root[row] != row else None,
            corpus.story_ids[corpus.story_of[row]],
        )
        for row in changed.tolist()
        if row < first
    )
    out_articles = _linked_articles(corpus, articles, first)
    started = tick(timings, "stories", started)
    lines = _link_storylines(corpus, touched)
    started = tick(timings, "storylines", started)
    stories = _stories(corpus, sorted(touched), dict(lines[2]))
    started = tick(timings, "stories", started)
    next_state = corpus.to_state()
    tick(timings, "save", started)
    return Linked(out_articles, stories, next_state, relinked, *lines)


def _link_storylines(
    corpus: Corpus, touched: set[int]
) -> tuple[tuple[Storyline, ...], tuple[str, ...], tuple[tuple[str, str | None], ...]]:
    """Update the storylines the touched stories belong to (every story on a state saved
    before storylines existed); return what ``Linked`` reports of them."""
    index = corpus.stories
    if corpus.storyline_of is None:
        corpus.storyline_of = np.zeros(0, dtype=np.int64)
        touched = set(range(len(index)))
    before = storylines.grown(corpus.storyline_of, len(index))
    old = {int(before[s]) for s in touched}
    corpus.names = count_names(index, corpus.story_entities, corpus.names, corpus.names_read)
    after, changed, retired = storylines.update_storylines(
        index, corpus.story_entities, before, touched, corpus.story_titles, corpus.names
    )
    corpus.storyline_of = after
    records, membership = storyline_records.storyline_records(
        index, corpus.story_ids, corpus.story_titles, corpus.story_entities, after,
        changed | (old - retired),
    )
    # storylines that had a record (two stories or more) and now have none
    counts = np.bincount(before[: len(index)], minlength=len(index))
    gone = {n for n in (retired | old | changed) - set(records) if counts[n] >= 2}
    return (
        tuple(records[n] for n in sorted(records)),
        tuple(sorted(storylines.storyline_id(corpus.story_ids[n]) for n in gone)),
        tuple((corpus.story_ids[s], line) for s, line in sorted(membership.items())),
    )


def _unseen(new: Sequence[Article], corpus: Corpus) -> list[int]:
    """Return the position of the first article of each id not stored yet, in arrival order."""
    seen = set(corpus.ids)
    keep = []
    for i, article in enumerate(new):
        if article.id not in seen:
            seen.add(article.id)
            keep.append(i)
    return keep


def _add_duplicates(
    corpus: Corpus, articles: Sequence[Article], features: Features, keep: Sequence[int]
) -> np.ndarray:
    """Add new rows to the corpus and its duplicate index; return the rows whose root changed."""
    corpus.ids.extend(a.id for a in articles)
    minutes = np.array([minute_number(a.published) for a in articles], dtype=np.int64)
    corpus.minutes = np.concatenate([corpus.minutes, minutes])
    index = np.array(keep, dtype=np.int64)
    return corpus.dedup.add(
        features.signatures[index],
        features.sizes[index],
        features.exact[index],
        corpus.order_key,
        keys=features.keys[index],
    )


def _linked_articles(
    corpus: Corpus, articles: Sequence[Article], first: int
) -> tuple[Article, ...]:
    """Return the new articles with their earliest copy and story set."""
    root = corpus.dedup.root
    out = []
    for offset, article in enumerate(articles):
        row = first + offset
        duplicate_of = corpus.ids[root[row]] if root[row] != row else None
        story = corpus.story_ids[corpus.story_of[row]]
        out.append(replace(article, duplicate_of=duplicate_of, story=story))
    return tuple(out)


def _majority_background(articles: Sequence[Article]) -> str | None:
    """Return the packaged background of the most common language, or None if there is none."""
    languages = Counter(a.language for a in articles)
    if not languages:
        return "id"
    language = languages.most_common(1)[0][0]
    return language if language in BACKGROUNDS else None


def _stories(
    corpus: Corpus, numbers: Sequence[int], lines: dict[str, str | None]
) -> tuple[Story, ...]:
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
                undated_articles=tuple(
                    corpus.ids[r] for r in ordered if not corpus.dated(r)
                ),
                storyline=lines.get(corpus.story_ids[story]),
            )
        )
    return tuple(out)


def _iso_day(day: int) -> str | None:
    """Return the ISO date of a day number, or None for NO_DAY."""
    if day == NO_DAY:
        return None
    return str(np.datetime64(day, "D"))
