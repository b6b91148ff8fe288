"""People, organisations and places: recognition and alias resolution.

``find_entities`` tags a cleaned body with the shipped CRF (``ner.py``, loaded on first use)
and resolves the spans into entities (``resolve.py``); ``merge_entities`` unites the entity
lists of several articles of one story.
"""

from __future__ import annotations

from collections.abc import Iterable

from kabar.models import Entity


def find_entities(body: str) -> tuple[Entity, ...]:
    """Recognise and resolve the entities named in a cleaned article body."""
    from kabar.entities.lexicon import lexicon
    from kabar.entities.ner import recognise
    from kabar.entities.resolve import resolve

    if not body.strip():
        return ()
    tokens, spans, sentence_of = recognise(body)
    return resolve(body, tokens, spans, lexicon(), sentence_of)


def merge_entities(lists: Iterable[Iterable[Entity]]) -> tuple[Entity, ...]:
    """Merge entity lists of several articles into one list, uniting aliases and counts."""
    from kabar.entities.merge import merge

    return merge(lists)
