"""Article metadata: title, outlet, date, dateline, authors, wire sources (stub)."""

from __future__ import annotations

from kabar.models import Cleaned, Metadata, RawDocument


def describe(raw: RawDocument, cleaned: Cleaned) -> Metadata:
    """Read the article's metadata from its raw lines, its cleaned text and structured fields."""
    return Metadata(
        title=cleaned.title,
        outlet=raw.outlet,
        published=raw.published,
        dateline=None,
        authors=raw.authors,
        language=raw.language or "id",
    )
