"""Direct, partial and indirect quotes with their speakers (stub)."""

from __future__ import annotations

from kabar.models import Entity, Quote


def extract_quotes(body: str, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Find what people are reported to have said in a cleaned body, with resolved speakers."""
    return ()
