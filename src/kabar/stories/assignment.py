"""Story assignment: every new article of a run joins a story or opens one.

Originals are assigned first, oldest first; then every story this run opened that is still a
single article gets a second chance to join a story against the final centroids (an article
read before its story had gathered its other reports); then copies join the story of their
earliest copy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from kabar import lexicon
from kabar.entities import merge_entities
from kabar.models import Article
from kabar.stories.actors import headline_actor, initials_person, name_terms, reacts
from kabar.stories.clustering import Vector
from kabar.stories.corpus import Corpus
from kabar.stories.dates import (
    NO_DAY,
    day_mentions,
    day_month,
    day_months,
    day_number,
    event_day,
)
from kabar.stories.events import EventClues
from kabar.stories.terms import TermCounts, entity_terms, headline_terms, name_word_terms

# Characters of a body searched for the date of its event: reports name it in the first
# paragraphs ("Senin (10/2/2025)"); scanning whole bodies cost 50 us an article.
EVENT_SCAN_CHARS = 1500
# Words of the body used as a story title when no member has a headline.
FALLBACK_TITLE_WORDS = 12
# A person is an article's principal when its headline names them and its body at least this
# often and twice as often as any other person (the defendant of a verdict report; a summit
# of two leaders has none; a resident quoted at length in a flood report is not in the
# headline).
PRINCIPAL_MIN_MENTIONS = 3
PRINCIPAL_LEAD = 2.0
# An article's main speaker is the person it quotes at least SPEAKER_MIN_QUOTES times and
# SPEAKER_LEAD times as often as anyone else (a press conference, one legislator's reaction;
# a debate between two officials has none). Three, not two: two reports of one fire quote
# its fire chief and its owner twice each (tests/test_config.py); on the Detik keys 3 gave
# events P 0.768 R 0.901, 2 gave 0.779 / 0.876. Members of the public are left out (the
# residents quoted in two reports of one flood differ), and so are agencies.
SPEAKER_MIN_QUOTES = 3
SPEAKER_LEAD = 1.5
# A person an article quotes this often spoke at its occasion, whoever its main speaker is:
# two officials' press conference reported by two outlets, each leading with another of them.
VOICE_MIN_QUOTES = 2


@dataclass(frozen=True)
class Original:
    """A new original as assignment reads it, worked out once however often it is scored:
    its row, its vector, the term ids of its entity names and its event clues."""

    article: Article
    row: int
    vector: Vector
    entities: np.ndarray
    clues: EventClues


# (story, original) of each story opened in this run
Opened = list[tuple[int, Original]]


def assign_stories(
    corpus: Corpus, articles: Sequence[Article], terms: Sequence[TermCounts], first: int
) -> set[int]:
    """Give every new row (from row ``first``) a story; return the stories that changed."""
    root = corpus.dedup.root
    index = corpus.stories
    # a late-arriving earliest copy joins the story its stored copies already belong to
    inherited: dict[int, int] = {}
    for row in np.flatnonzero(root[:first] >= first).tolist():
        inherited.setdefault(int(root[row]), int(corpus.story_of[row]))
    # ... and brings its date before the originals are placed: a story of undated copies
    # that gains a dated copy is a dated story for them
    for row, story in inherited.items():
        corpus.story_of[row] = story
        index.add_member(story, int(corpus.days[row]), dated=corpus.dated(row))
    originals = [
        i
        for i in range(len(articles))
        if root[first + i] == first + i and first + i not in inherited
    ]
    opened = _assign_originals(corpus, articles, terms, first, originals)
    _second_chance(corpus, opened)
    return _assign_copies(corpus, articles, first)


def _assign_originals(
    corpus: Corpus,
    articles: Sequence[Article],
    terms: Sequence[TermCounts],
    first: int,
    originals: Sequence[int],
) -> Opened:
    """Put each original in its best story, dated ones by time; return the stories opened."""
    index = corpus.stories

    def order(i: int) -> tuple[int, int, str]:
        # by event day, then publication time, then id: the arrival order does not matter
        return int(corpus.days[first + i]), int(corpus.minutes[first + i]), articles[i].id

    read = {
        i: Original(
            articles[i],
            first + i,
            index.vector(terms[i]),
            _entity_terms(articles[i]),
            event_clues(articles[i]),
        )
        for i in originals
    }
    dated = sorted((i for i in originals if corpus.days[first + i] != NO_DAY), key=order)
    opened: Opened = []
    for i in dated:
        _assign_one(corpus, read[i], opened)
    # undated articles have no time to order them by: the most confident match goes first
    undated = [i for i in originals if corpus.days[first + i] == NO_DAY]
    confidence = {
        i: index.best_story(read[i].vector, NO_DAY, read[i].entities, read[i].clues)[1]
        for i in undated
    }
    for i in sorted(undated, key=lambda i: (-confidence[i], articles[i].id)):
        _assign_one(corpus, read[i], opened)
    return opened


def _second_chance(corpus: Corpus, opened: Opened) -> None:
    """Let each story opened in this run that is still one article join a now-better story."""
    index = corpus.stories
    threshold = corpus.settings.stories.threshold
    for story, original in opened:
        row, vector = original.row, original.vector
        if index.sizes[story] != 1:
            continue
        day = int(corpus.days[row])
        index.close_story(story)
        target, score = index.best_story(vector, day, original.entities, original.clues)
        if target < 0 or target == story or score < threshold:
            index.reopen_story(story, vector, day, row, dated=corpus.dated(row))
            index.note_people(story, original.clues)
            continue
        _join(corpus, target, original)
        corpus.story_of[row] = target


def _assign_copies(corpus: Corpus, articles: Sequence[Article], first: int) -> set[int]:
    """Put copies in the story of their earliest copy, merge entities; return touched stories."""
    root = corpus.dedup.root
    index = corpus.stories
    touched: set[int] = set()
    for i in range(len(articles)):
        row = first + i
        if root[row] != row:
            story = int(corpus.story_of[root[row]])
            corpus.story_of[row] = story
            index.add_member(story, int(corpus.days[row]), dated=corpus.dated(row))
        story = int(corpus.story_of[row])
        if articles[i].entities:
            corpus.story_entities[story] = merge_entities(
                [corpus.story_entities[story], articles[i].entities]
            )
        touched.add(story)
    return touched


def _assign_one(corpus: Corpus, original: Original, opened: Opened) -> None:
    """Put one original in its best story, or open a story for it (noted in ``opened``)."""
    index = corpus.stories
    threshold = corpus.settings.stories.threshold
    article, row, vector = original.article, original.row, original.vector
    day = int(corpus.days[row])
    story, score = index.best_story(vector, day, original.entities, original.clues)
    if story < 0 or score < threshold:
        story = index.open_story(vector, day, row, dated=corpus.dated(row))
        corpus.story_ids.append(f"s-{article.id}")
        corpus.story_titles.append(_title(article))
        if not article.title:
            corpus.untitled.add(story)
        corpus.story_entities.append(())
        opened.append((story, original))
        index.note_people(story, original.clues)
    else:
        _join(corpus, story, original)
    corpus.story_of[row] = story


def _join(corpus: Corpus, story: int, original: Original) -> None:
    """Add an article to a story, taking its headline when it becomes the most central."""
    index = corpus.stories
    article, row = original.article, original.row
    best_before = index.best_rows[story]
    index.add(story, original.vector, int(corpus.days[row]), row, dated=corpus.dated(row))
    index.note_people(story, original.clues)
    if article.title and (index.best_rows[story] != best_before or story in corpus.untitled):
        corpus.story_titles[story] = article.title
        corpus.untitled.discard(story)


def _entity_terms(article: Article) -> np.ndarray:
    """Return the term ids of an article's entity names."""
    return entity_terms([e.name for e in article.entities])


def event_clues(article: Article) -> EventClues:
    """Return what an article says about its event beyond its words (``kabar.stories.events``)."""
    text = f"{article.title or ''}\n{article.body[:EVENT_SCAN_CHARS]}"
    mentions = day_mentions(article.published, text)
    published = day_number(article.published)
    # the first date a text names is its event's ("Kamis (13/4)"); later ones are background
    # (the day a case began), which two reports of one case months apart share
    marks = frozenset(day_months(text)[:1])
    if published != NO_DAY:
        marks |= {day_month(published)}
    speaker, actor = _speaker_terms(article), headline_actor(article)
    return EventClues(
        undated=published == NO_DAY,
        marks=marks,
        named_day=mentions.named,
        referenced=mentions.referenced,
        dated=mentions.dated,
        principal=_principal_terms(article),
        speaker=speaker,
        headline=_headline_people(article),
        actor=actor,
        subject=_subject_terms(article, speaker, actor),
        consequence=_consequence_terms(article, speaker, actor),
        voices=_voice_terms(article),
        reaction=reacts(article.title or ""),
    )


def _consequence_terms(
    article: Article, speaker: np.ndarray | None, actor: np.ndarray | None
) -> np.ndarray | None:
    """Return the subject terms of the part of a headline before a word of consequence
    ("Dolar AS Perkasa" of "Dolar AS Perkasa Usai The Fed Pangkas …"), or None when its first
    clause has no such word after its first word, or that part names nothing but who acts."""
    clause = re.split(r"[,:;!?]", article.title or "", maxsplit=1)[0]
    words = clause.split()
    joins = lexicon.lowered("consequence_words.txt")
    cut = next((at for at, w in enumerate(words) if at and w.lower() in joins), None)
    if cut is None:
        return None
    terms = headline_terms(" ".join(words[:cut]), article.language or "id")
    for names in (speaker, actor):
        if names is not None:
            terms = terms[~np.isin(terms, names)]
    return terms if len(terms) else None


def _subject_terms(
    article: Article, speaker: np.ndarray | None, actor: np.ndarray | None
) -> np.ndarray | None:
    """Return the term ids of an article's headline words other than its speaker's and its
    headline actor's names (who speaks or acts is not what the event is about), or None."""
    terms = headline_terms(article.title or "", article.language or "id")
    for names in (speaker, actor):
        if names is not None:
            terms = terms[~np.isin(terms, names)]
    return terms if len(terms) else None


def _headline_people(article: Article) -> np.ndarray | None:
    """Return the name-word terms of the people an article's headline names, or None."""
    title = (article.title or "").lower()
    names = [
        name
        for e in article.entities
        if e.type == "PERSON" and any(n.lower() in title for n in (e.name, *e.aliases))
        for name in (e.name, *e.aliases)
    ]
    terms = name_word_terms(names) if title and names else None
    return terms if terms is not None and len(terms) else None


def _speaker_terms(article: Article) -> np.ndarray | None:
    """Return the name-word terms of an article's main speaker (see SPEAKER_LEAD), or None."""
    # an agency quoted as a speaker is a press release or an unnamed official, not a person
    bodies = {e.name for e in article.entities if e.type != "PERSON"}
    counts: dict[str, int] = {}
    for quote in article.quotes:
        if (
            quote.speaker
            and quote.speaker_kind != "member_of_public"
            and quote.speaker not in bodies
        ):
            counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < SPEAKER_MIN_QUOTES:
        return None
    if len(ranked) > 1 and ranked[0] < SPEAKER_LEAD * ranked[1]:
        return None
    speaker = max(counts, key=lambda name: (counts[name], name))
    # "STY" quoted in one report is "Shin Tae-yong" in the next: initials join the two
    names = [speaker, *initials_person(speaker, article)]
    for entity in article.entities:
        if entity.type == "PERSON" and speaker in (entity.name, *entity.aliases):
            names += [entity.name, *entity.aliases]
    terms = name_terms(names)
    return terms if len(terms) else None


def _voice_terms(article: Article) -> np.ndarray | None:
    """Return the name-word terms of every public speaker an article quotes VOICE_MIN_QUOTES
    times or more, or None."""
    bodies = {e.name for e in article.entities if e.type != "PERSON"}
    counts = Counter(
        q.speaker for q in article.quotes
        if q.speaker and q.speaker_kind == "public_figure" and q.speaker not in bodies
    )
    voices = [name for name, count in counts.items() if count >= VOICE_MIN_QUOTES]
    if not voices:
        return None
    terms = name_terms(voices)
    return terms if len(terms) else None


def _principal_terms(article: Article) -> np.ndarray | None:
    """Return the name-word terms of the person an article centres on, or None."""
    people = sorted((e for e in article.entities if e.type == "PERSON"), key=lambda e: -e.count)
    if not people or people[0].count < PRINCIPAL_MIN_MENTIONS:
        return None
    if len(people) > 1 and people[0].count < PRINCIPAL_LEAD * people[1].count:
        return None
    names = [people[0].name, *people[0].aliases]
    title = (article.title or "").lower()
    if not any(name.lower() in title for name in names):
        return None
    return name_word_terms(names)


def event_day_of(article: Article) -> int:
    """Return the day an article reports on (see ``kabar.stories.dates.event_day``)."""
    return event_day(article.published, f"{article.title or ''}\n{article.body[:EVENT_SCAN_CHARS]}")


def _title(article: Article) -> str:
    """Return an article's headline, or the start of its body when it has none."""
    if article.title:
        return article.title
    return " ".join(article.body.split()[:FALLBACK_TITLE_WORDS])


def link_view(article: Article) -> Article:
    """Return an article as assignment reads it once its link features are computed: the
    start of its body (its event is dated from the first EVENT_SCAN_CHARS, an untitled story
    is named by its first FALLBACK_TITLE_WORDS), its entities without their mentions (a
    story's merged entities have none) and its quotes without their text. A run holds every
    new article at once while it links them; this is what it needs to hold."""
    start = article.body[:EVENT_SCAN_CHARS]
    # the start holds a word after the title's words: they are the whole body's first ones
    whole = len(start.split(maxsplit=FALLBACK_TITLE_WORDS)) <= FALLBACK_TITLE_WORDS
    body = article.body if whole else start
    entities = tuple(replace(e, mentions=()) if e.mentions else e for e in article.entities)
    quotes = tuple(replace(q, text="") for q in article.quotes)
    return replace(article, body=body, entities=entities, quotes=quotes)
