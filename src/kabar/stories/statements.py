"""The same statement as carried by several articles of a story, in any wording."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from kabar.config import DEFAULT_SETTINGS, StatementSettings
from kabar.models import Article, Entity, Quote, Statement, StatementRef
from kabar.stories.statement_match import (
    Wording,
    compatible_speakers,
    conflict,
    same_statement,
    wording,
)

# The thresholds (containment, shared words, Jaccard overlap) are settings: see
# StatementSettings and kabar/data/defaults.toml for where each value comes from.
Ref = tuple[int, int]  # (article position, quote index)


def group_statements(
    articles: Sequence[Article],
    entities: Sequence[Entity] = (),
    *,
    settings: StatementSettings = DEFAULT_SETTINGS.statements,
) -> tuple[tuple[Statement, ...], dict[str, tuple[Quote, ...]]]:
    """Group quotes of different articles that carry the same statement.

    ``entities`` are the story's merged entities: they map each article's speaker name
    ("Kim Jong-un", "Putin") to the story's canonical one ("Kim Jong Un", "Vladimir Putin").
    Returns the statements (groups of two or more quotes) and, for every article whose quotes
    changed, its quotes with their ``groups`` set.
    """
    canonical = {alias: e.name for e in entities for alias in (e.name, *e.aliases)}
    speakers = [
        [canonical.get(q.speaker, q.speaker) if q.speaker else None for q in a.quotes]
        for a in articles
    ]
    refs: list[Ref] = []
    wordings: list[Wording] = []
    for position, article in enumerate(articles):
        for index, quote in enumerate(article.quotes):
            if quote.kind == "indirect":
                continue
            refs.append((position, index))
            wordings.append(wording(quote.text))
    groups = _same_statements(refs, wordings, speakers, settings)
    statements: list[Statement] = []
    groups_of: dict[Ref, str] = {}
    for group in groups:
        if len({refs[i][0] for i in group}) < 2:
            continue
        quote_refs = tuple(StatementRef(articles[refs[i][0]].id, refs[i][1]) for i in group)
        statement_id = _statement_id(quote_refs)
        named = [speakers[p][q] for p, q in (refs[i] for i in group)]
        speaker = next((s for s in named if s), None)
        statements.append(Statement(statement_id, speaker, quote_refs))
        for i in group:
            groups_of[refs[i]] = statement_id
    return tuple(statements), _grouped_quotes(articles, groups_of)


def _same_statements(
    refs: Sequence[Ref],
    wordings: Sequence[Wording],
    speakers: Sequence[Sequence[str | None]],
    settings: StatementSettings,
) -> list[list[int]]:
    """Return the quotes (positions in ``refs``) united into groups that say the same thing.

    Two quotes of different articles join when their wordings align (statement_match) and no
    two different speakers are named; two groups join only when no quote of one conflicts
    with a quote of the other (a shortened quote without the number must not chain the
    16-year and the 20-year versions). Every quote is in one group, most are singletons.
    """
    parent = list(range(len(refs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(refs))}

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    postings: dict[str, list[int]] = {}
    keys = [_keys(found) for found in wordings]
    for item, looked_up in enumerate(keys):
        for stem in looked_up:
            postings.setdefault(stem, []).append(item)
    for item, found in enumerate(wordings):
        shared: dict[int, int] = {}
        for stem in keys[item]:
            for other in postings[stem]:
                if other > item:
                    shared[other] = shared.get(other, 0) + 1
        for other, count in shared.items():
            if refs[other][0] == refs[item][0] or count < settings.min_shared_words:
                continue
            first, second = (speakers[p][q] for p, q in (refs[item], refs[other]))
            if not compatible_speakers(first, second):
                continue
            if not same_statement(found, wordings[other], settings, (first, second)):
                continue
            root, other_root = find(item), find(other)
            if root == other_root or any(
                conflict(wordings[i], wordings[j], (first, second)) is not None
                for i in members[root]
                for j in members[other_root]
            ):
                continue
            parent[other_root] = root
            members[root].extend(members.pop(other_root))
    return sorted((sorted(group) for group in members.values()), key=lambda group: group[0])


def _keys(found: Wording) -> frozenset[str]:
    """The words a quote is looked up by: its stems and, in English, the Indonesian stems of
    its words' translations, so a translation meets the quote it translates."""
    return found.stems.union(*found.english) if found.english else found.stems


def _grouped_quotes(
    articles: Sequence[Article], groups_of: dict[Ref, str]
) -> dict[str, tuple[Quote, ...]]:
    """Return, for every article whose quotes changed, its quotes with their ``groups`` set."""
    updated: dict[str, tuple[Quote, ...]] = {}
    for position, article in enumerate(articles):
        quotes = tuple(
            replace(q, groups=(groups_of[(position, i)],) if (position, i) in groups_of else ())
            for i, q in enumerate(article.quotes)
        )
        if quotes != article.quotes:
            updated[article.id] = quotes
    return updated


def _statement_id(refs: tuple[StatementRef, ...]) -> str:
    """Return an id stable for the same set of quotes, whatever their order."""
    key = "|".join(sorted(f"{r.article}:{r.index}" for r in refs))
    return "st-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def statement_history(
    quotes: Sequence[tuple[Article, int]],
    *,
    settings: StatementSettings = DEFAULT_SETTINGS.statements,
) -> list[tuple[tuple[Article, int], ...]]:
    """Group one person's quotes (article, quote index), across stories, into statements.

    Each statement's quotes are ordered by publication, undated last: the first is the
    earliest time it was said, the rest are the later articles that carried it again. The
    statements are ordered by their first time, newest first.
    """
    ordered = sorted(quotes, key=lambda quote: _published_key(quote[0]))
    positions: dict[str, int] = {}
    refs = [(positions.setdefault(article.id, len(positions)), index) for article, index in ordered]
    wordings = [wording(article.quotes[index].text) for article, index in ordered]
    # one speaker throughout: rows of None, one per article position, as long as its quotes
    speakers = [[None] * (1 + max(i for p, i in refs if p == pos)) for pos in range(len(positions))]
    groups = _same_statements(refs, wordings, speakers, settings)
    history = [tuple(ordered[i] for i in group) for group in groups]
    dated = sorted((g for g in history if g[0][0].published), key=lambda g: _published_key(g[0][0]))
    return dated[::-1] + [g for g in history if not g[0][0].published]


def _published_key(article: Article) -> tuple[bool, str]:
    return (article.published is None, article.published or "")
