"""The same statement as carried by several articles of a story, in any wording."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from kabar.config import DEFAULT_SETTINGS, StatementSettings
from kabar.models import Article, Entity, Quote, Statement, StatementRef
from kabar.text import statement_words

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
    words: list[frozenset[str]] = []
    for position, article in enumerate(articles):
        for index, quote in enumerate(article.quotes):
            if quote.kind == "indirect":
                continue
            refs.append((position, index))
            words.append(statement_words(quote.text))
    groups = _same_statements(refs, words, speakers, settings)
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
    words: Sequence[frozenset[str]],
    speakers: Sequence[Sequence[str | None]],
    settings: StatementSettings,
) -> list[list[int]]:
    """Return the quotes (positions in ``refs``) united into groups that say the same thing.

    Two quotes of different articles join when they share enough content words and no two
    different speakers are named; every quote is in one group, most groups are singletons.
    """
    parent = list(range(len(refs)))
    min_containment, min_jaccard = settings.min_containment, settings.min_jaccard

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    postings: dict[str, list[int]] = {}
    for item, bag in enumerate(words):
        for word in bag:
            postings.setdefault(word, []).append(item)
    for item, bag in enumerate(words):
        shared: dict[int, int] = {}
        for word in bag:
            for other in postings[word]:
                if other > item:
                    shared[other] = shared.get(other, 0) + 1
        for other, count in shared.items():
            if refs[other][0] == refs[item][0] or count < settings.min_shared_words:
                continue
            smaller = min(len(bag), len(words[other]))
            union = len(bag) + len(words[other]) - count
            if count / smaller < min_containment or count / union < min_jaccard:
                continue
            first, second = (speakers[p][q] for p, q in (refs[item], refs[other]))
            if first is not None and second is not None and first != second:
                continue
            parent[find(other)] = find(item)
    members: dict[int, list[int]] = {}
    for item in range(len(refs)):
        members.setdefault(find(item), []).append(item)
    return list(members.values())


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
