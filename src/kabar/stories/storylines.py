"""Storylines: event stories that continue one another, grouped incrementally.

An event story is strict (one verdict, one day of a flood, one round of talks); a storyline
holds the events of one case, one disaster's days or one negotiation. After the stories of a
run are assigned, every story the run touched is compared with the stories the story index
offers as candidates (its inverted index, never all pairs): it continues a story when

- their centroids are similar (cosine at least LINE_THRESHOLD, well above what shared
  vocabulary alone gives: two raids by one agency, a minister on another subject);
- they share a person or an organisation (a place alone never links two events: a fire and
  a bribery case in one town), or three of them, each named more than once in both, for
  events less similar but close in time (a match report naming a suspended player once is
  another affair than his doping case), unless their centroids are as similar as LINE_STRONG
  (the flood's rescue days and its rebuilding share the river and the villages, not a
  speaker; daily market reports name no one);
- an opinion column continues a story it shares a person or organisation with at a weaker
  similarity still (OPINION_WEAK), within LINE_NEAR_DAYS: it argues in words of its own;
- they share a specific person or organisation, one that at most SPECIFIC_SHARE of the dated
  stories name (the case's victim, a university, a pesantren, a governor in his province, not
  the agency or the president every other story names) and neither has for its main speaker
  (an agency's spokesman speaks on all its cases), at LINE_WEAK within LINE_WINDOW_DAYS: the
  events of one case over weeks share its names more than their words;
- they share PEOPLE_SHARED people or more that few stories name (at most the specific share
  or FEW_STORIES stories, whichever is more) and neither has for its main speaker, at
  LINE_WEAK within LINE_WINDOW_DAYS: in a run of a few dozen stories no name is specific by
  share, yet a suspect and his lawyer named in the indictment's report and in the regent's
  questioning three weeks before are one case; two people, not one, as a place, an agency or
  one office holder are shared by events that are not one case (the disaster chief at a
  flood and, a week on, at a drought);
- they are not one main speaker's statements on two subjects (the same speaker, no specific
  headline word in common: ``StoryIndex.other_subject``), unless their centroids are as
  similar as LINE_STRONG: a minister's visit, budget and anniversary speech share the
  minister, the ministry and its programmes, and are not one storyline (on the third Detik
  keys, seen, storylines precision 0.437 to 0.636 at recall 0.613 to 0.605, the first and
  second keys unchanged);
- they are not one agency's or one person's two affairs: each headline names a thing (a
  person, an organisation, a place, by a whole name or two of its words) the other story
  never names (``storyline_names.other_affairs``: "KPK Tangkap Bupati Lembah Hijau" and "OTT
  KPK di Tanjung Sari" share the agency and its spokesman), unless their centroids are as similar as
  LINE_STRONG: a case's next stage names its suspect or its place again (on the event corpus
  keyed by storyline, precision 0.687 to 0.767; the Detik keys, the seeds and the other
  hand-written and blind corpora unchanged);
- neither looks back over a span of time (``kabar.stories.retrospectives``: "Setahun
  Prabowo-Gibran, …", "Catatan Satu Tahun Pemerintahan …"): a retrospective takes stock and
  continues nothing, and an anniversary week's dozen of them share the office holder and a
  topic word with each other and with that topic's news;
- their headlines share two specific words of which one is a word of a name either story
  holds ("Gempa Mamasa", "Kadinkes Subang", "Galang Wirasena … Doping"), at LINE_WEAK within
  HEADLINE_WINDOW_DAYS: the stages of one case or one disaster name it in every headline,
  months apart (an arrest, the indictment three months later, the verdict), while two events
  that share a topic ("suku bunga", "bansos") share no name, and two that share a place share
  one specific word only ("Kendari": a market opened, a flood); or two specific words and
  a person or organisation at most FEW_STORIES stories name, neither story's main speaker
  ("Mahkota Trade", a fraud scheme's name the entities miss, and its boss): a case's object
  need not be recognised as a name when its people are the case's own (blind and long
  hand-written sets, storylines recall: events1 0.836 to 0.945, events2 0.951 to 1.000, long
  0.910 to 1.000; the Detik keys, where a central bank's rate decisions share "suku bunga"
  and names a dozen stories carry, unchanged);
- their dates are at most LINE_WINDOW_DAYS apart (chains reach further: seven weeks of daily
  market reports link day by day); undated stories never join a storyline.

A story that continues stories of two storylines joins them into one: storylines only merge,
the older number (the earliest story) names the result. ``storyline_of`` maps every story to
the number of its storyline's first story; the link state keeps it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial

import numpy as np

from kabar.models import Entity
from kabar.stories import retrospectives
from kabar.stories.actors import OPINION, READER
from kabar.stories.clustering import StoryIndex, Vector, dot
from kabar.stories.dates import NO_DAY
from kabar.stories.storyline_names import (
    linking_entities,
    name_terms,
    other_matters,
    repeated,
    shared_voiceless,
)

# Centroid cosine two event stories of one storyline reach. On the hand-written corpus
# tests/data/storylines the weakest link a storyline needs is 0.44 (a flood's emergency day
# to its first day; its other links are 0.5-0.8) and the strongest distractor 0.32 (a
# regent's market opening beside her flood); on tests/data/stories_events two raids by one
# agency a week apart, sharing the agency and its spokesman, score 0.42. 0.45 sits above
# every distractor seen.
LINE_THRESHOLD = 0.45
# Centroid cosine at which two events continue one another without a shared person or
# organisation: a place shared alone gives at most 0.32 on the hand-written corpora, the
# flood's first day and its temporary housing a week later 0.505.
LINE_STRONG = 0.5
# Weaker similarity suffices when the events share LINE_SHARED people and organisations and
# lie LINE_NEAR_DAYS apart at most: a reaction to a minister's refusal and the minister's
# next statement share the minister, the ministry and the company (cosine 0.2-0.35 on real
# Detik reports); two raids by one agency share its name and spokesman (two, not three).
# Each named more than once in both: on the blind events1 set a match report naming the
# suspended player once joined his doping case (storylines precision 0.931 to 0.976; the
# Detik keys and the other corpora unchanged).
LINE_WEAK = 0.2
LINE_SHARED = 3
# Weaker still for an opinion column and the stories of the news it argues about, with a
# shared person or organisation, LINE_NEAR_DAYS apart at most: a column names the news in a
# sentence and argues in words of its own. On the Detik keys (all three files, seen) a column
# on the legislators' housing allowance scored 0.189 against the allowance's reactions; 0.15
# kept the second file's storylines at P 0.913 R 0.720 once columns were their own events
# (0.909 / 0.682 without it) and took the third's from 0.650 / 0.645 to 0.656 / 0.661. The
# same 0.15 for every service piece took the third's precision to 0.509.
OPINION_WEAK = 0.15
LINE_NEAR_DAYS = 10
# Share of the dated stories at most that name a person or organisation for two events that
# share it to continue one another at LINE_WEAK within LINE_WINDOW_DAYS. Chosen leaving one
# Detik sample out (benchmarks/calibrate_storylines.py): chosen on any two of the first three
# key files, the same setting, and the held-out file's storylines F1 went 0.947 to 0.949
# (first), 0.815 to 0.840 (second), 0.659 to 0.736 (third); on the fourth, never chosen on,
# 0.283 to 0.281 (recall 0.227 to 0.273). Without the main-speaker exception the fourth went
# to 0.350 but the first fell to 0.934 (two raids joined by a deputy quoted on both). A share,
# not a count: in a run of a few dozen stories no name is specific.
SPECIFIC_SHARE = 0.03
# Stories naming a person at most, whatever the run's size, for the person to be few stories'
# and two events sharing PEOPLE_SHARED such people to continue one another. On
# tests/data/storylines_long (200-word reports of a case over eight weeks, 22 stories) the
# suspect is named by five stories, the case's trial and the regent's questioning share the
# suspect and his lawyer at cosine 0.30, three weeks apart: storylines recall 0.664 to 0.843,
# precision 0.937 to 0.950; the Detik keys and the other hand-written corpora unchanged (in a
# run of 1,000 articles the share, 3% of the dated stories, is larger). One shared person at
# five stories joined a regent's market opening to her flood (tests/data/storylines).
FEW_STORIES = 5
PEOPLE_SHARED = 2
# Days between two linked events' dates: a trial follows its indictment by five weeks.
LINE_WINDOW_DAYS = 45
# Days between two events whose headlines share a name and another specific word (see the
# module docstring): a corruption case's arrest and its indictment lie three months apart, its
# verdict two more; a year's meetings of one body are not one storyline. On a blind keyed set
# of long fictional reports (five multi-event storylines, distractors sharing people, places
# and agencies) the rule took storylines recall from 0.50 to 0.84 at precision 0.88 to 0.92;
# the Detik keys and the hand-written corpora unchanged.
HEADLINE_WINDOW_DAYS = 120
HEADLINE_SHARED = 2


def storyline_id(story_id: str) -> str:
    """Return the id of a storyline named by its first story's id."""
    return "l-" + story_id.removeprefix("s-")


class NameShare:
    """How many dated stories name each person or organisation (``counts``, ``dated``): a
    name is specific (``in``) when at most SPECIFIC_SHARE of them name it, few (``few``)
    when at most that share or FEW_STORIES of them do."""

    counts: Mapping[str, int]
    dated: int

    def __contains__(self, name: object) -> bool:
        """Whether a name is specific: some dated story names it, few do."""
        return 0 < self.counts.get(name, 0) <= SPECIFIC_SHARE * self.dated  # type: ignore[call-overload]

    def few(self, name: str) -> bool:
        """Whether few stories name a name, in a run of any size."""
        return 0 < self.counts.get(name, 0) <= max(SPECIFIC_SHARE * self.dated, FEW_STORIES)

    def rare(self, name: str) -> bool:
        """Whether at most FEW_STORIES stories name a name, whatever the run's size."""
        return 0 < self.counts.get(name, 0) <= FEW_STORIES


@dataclass(frozen=True)
class Shares(NameShare):
    """The name counts of a whole index (``specific_names``)."""

    counts: Mapping[str, int]
    dated: int


def grown(storyline_of: np.ndarray, stories: int) -> np.ndarray:
    """Return the map extended to ``stories`` stories, each new one alone in its storyline."""
    have = len(storyline_of)
    if have >= stories:
        return storyline_of
    return np.concatenate([storyline_of, np.arange(have, stories, dtype=np.int64)])


def continued(
    index: StoryIndex,
    entities: list[tuple[Entity, ...]],
    story: int,
    specific: NameShare | None = None,
    looks_back: Callable[[int], bool] = lambda _: False,
) -> list[int]:
    """Return the stories a story continues or is continued by (see the module docstring).

    ``specific`` counts the stories naming each person and organisation (``specific_names``;
    none is specific when not given); ``looks_back`` tells the retrospectives, which
    continue nothing.
    """
    vector = _centroid(index, story)
    candidates, gap = _dated_candidates(index, story, vector, looks_back)
    if len(candidates) == 0:
        return []
    similarity = [
        dot(vector, _centroid(index, other)) / (index.norms[other] * index.norms[story])
        for other in candidates.tolist()
    ]
    named = name_terms(entities[story])
    headline = index.specific(index.subjects[story])
    specific = specific if specific is not None else Shares({}, 0)
    out = []
    for other, score, apart in zip(candidates.tolist(), similarity, gap.tolist(), strict=True):
        if score >= LINE_WEAK and _headlines_name_one_thing(
            np.intersect1d(headline, index.subjects[other]), named, entities[other],
            partial(_shares_rare, index, (story, other), entities, specific),
        ):
            linked = True
        elif apart > LINE_WINDOW_DAYS:
            continue
        else:
            linked = _links_near(index, entities, (story, other), (score, apart), specific)
        if linked and (
            score >= LINE_STRONG or not other_matters(index, (story, int(other)), entities)
        ):
            out.append(int(other))
    return out


def _links_near(
    index: StoryIndex,
    entities: list[tuple[Entity, ...]],
    pair: tuple[int, int],
    evidence: tuple[float, int],
    specific: NameShare,
) -> bool:
    """Whether two stories continue one another by similarity and shared names (``evidence``:
    cosine and days apart; see the module docstring)."""
    score, apart = evidence
    shared = _shared(*(linking_entities(entities[s]) for s in pair))
    near = apart <= LINE_NEAR_DAYS
    service = _service(index, pair[0]) or _service(index, pair[1])
    opinion = _opinion(index, pair[0]) or _opinion(index, pair[1])
    return (
        score >= LINE_STRONG
        or (score >= LINE_THRESHOLD and shared > 0)
        or (
            score >= LINE_WEAK and near
            and _shared(repeated(entities[pair[0]]), repeated(entities[pair[1]])) >= LINE_SHARED
        )
        or (score >= LINE_WEAK and _shares_specific(index, pair, entities, specific))
        or (service and score >= LINE_WEAK and shared > 0 and near)
        or (opinion and score >= OPINION_WEAK and shared > 0 and near)
    )


def _dated_candidates(
    index: StoryIndex, story: int, vector: Vector, looks_back: Callable[[int], bool]
) -> tuple[np.ndarray, np.ndarray]:
    """Return the dated stories the index offers for a dated story, within
    HEADLINE_WINDOW_DAYS, none a retrospective, and their distances in days."""
    none = np.zeros(0, dtype=np.int64)
    day = int(index.story_days[story])
    if index.sizes[story] == 0 or day == NO_DAY or not index.days[story] or looks_back(story):
        return none, none
    candidates = index.candidates(vector)
    candidates = candidates[(candidates != story) & (index.sizes[candidates] > 0)]
    candidates = candidates[[not looks_back(int(c)) for c in candidates.tolist()]]
    if len(candidates) == 0:
        return none, none
    gap = np.abs(index.story_days[candidates] - day)
    dated = (index.story_days[candidates] != NO_DAY) & (gap <= HEADLINE_WINDOW_DAYS)
    return candidates[dated], gap[dated]


def specific_names(index: StoryIndex, entities: list[tuple[Entity, ...]]) -> Shares:
    """Return how many dated stories name each lower-cased name (aliases too) of a person or
    organisation (counting every story of the index: a run over a window of the store counts
    with ``kabar.stories.name_counts`` instead)."""
    dated = [
        s for s in range(min(len(index), len(entities)))
        if index.sizes[s] > 0 and index.story_days[s] != NO_DAY
    ]
    naming: Counter[str] = Counter()
    for s in dated:
        naming.update(linking_names(entities[s]))
    return Shares(dict(naming), len(dated))


def linking_names(entities: Iterable[Entity]) -> frozenset[str]:
    """Return the lower-cased names (with aliases) of a story's people and organisations."""
    return frozenset(set().union(*linking_entities(entities)))


def _shares_specific(
    index: StoryIndex,
    pair: tuple[int, int],
    entities: list[tuple[Entity, ...]],
    specific: NameShare,
) -> bool:
    """Whether two stories share a specific person or organisation, or PEOPLE_SHARED people
    few stories name, that neither has for its main speaker: an agency's spokesman or deputy
    quoted on two of its cases is its voice, not what the cases share."""
    few_people = 0
    for entity, common in shared_voiceless(index, pair, entities):
        if any(name in specific for name in common):
            return True
        if entity.type == "PERSON" and any(specific.few(name) for name in common):
            few_people += 1
    return few_people >= PEOPLE_SHARED


def _shares_rare(
    index: StoryIndex,
    pair: tuple[int, int],
    entities: list[tuple[Entity, ...]],
    specific: NameShare,
) -> bool:
    """Whether two stories share a person or organisation at most FEW_STORIES stories name
    that neither has for its main speaker."""
    return any(
        any(specific.rare(name) for name in common)
        for _, common in shared_voiceless(index, pair, entities)
    )


def _headlines_name_one_thing(
    shared: np.ndarray, named: np.ndarray, theirs: Iterable[Entity], few: Callable[[], bool]
) -> bool:
    """Whether the specific words two stories' headlines share are HEADLINE_SHARED or more, one
    of them a word of a name either story holds (``named``: the first story's name words; see
    the module docstring) or the stories sharing a person or organisation few stories name
    (``few``)."""
    if len(shared) < HEADLINE_SHARED:
        return False
    return bool(
        np.isin(shared, named).any() or np.isin(shared, name_terms(theirs)).any() or few()
    )


def _service(index: StoryIndex, story: int) -> bool:
    """Whether a story is a service piece's: its headline actor is the reader."""
    return bool((index.actors[story] == READER).any())


def _opinion(index: StoryIndex, story: int) -> bool:
    """Whether a story is an opinion piece's (``kabar.stories.actors.opinion``)."""
    return bool((index.actors[story] == OPINION).any())


def _centroid(index: StoryIndex, story: int) -> Vector:
    """Return a story's centroid as a sparse vector (its used slots)."""
    live = index.centroid_ids[story] >= 0
    return index.centroid_ids[story][live], index.centroid_weights[story][live]


def _shared(mine: list[set[str]], theirs: list[set[str]]) -> int:
    """Return how many of one story's people and organisations the other names too."""
    names = set().union(*theirs) if theirs else set()
    return sum(1 for entity in mine if entity & names)


def update_storylines(
    index: StoryIndex,
    entities: list[tuple[Entity, ...]],
    storyline_of: np.ndarray,
    touched: Iterable[int],
    titles: Sequence[str] = (),
    specific: NameShare | None = None,
) -> tuple[np.ndarray, set[int], set[int]]:
    """Link the touched stories into storylines (``titles``: each story's headline, read for
    the retrospectives, ``kabar.stories.retrospectives``; ``specific``: the specific names,
    ``specific_names`` of the whole index when not given).

    Returns the new map, the storylines (by number) that changed and those merged away (a
    story alone is a storyline of its own until it joins one).
    """
    storyline_of = grown(storyline_of, len(index)).copy()
    changed: set[int] = set()
    retired: set[int] = set()
    order = sorted(touched, key=lambda s: (int(index.story_days[s]), s))
    if specific is None:
        specific = specific_names(index, entities)

    @cache
    def looks_back(story: int) -> bool:
        return story < len(titles) and retrospectives.looks_back(titles[story], entities[story])

    for story in order:
        linked = continued(index, entities, story, specific, looks_back)
        roots = {int(storyline_of[story])} | {int(storyline_of[s]) for s in linked}
        keep = min(roots)
        for root in roots - {keep}:
            storyline_of[storyline_of == root] = keep
            retired.add(root)
        changed.add(keep)
    return storyline_of, changed - retired, retired
