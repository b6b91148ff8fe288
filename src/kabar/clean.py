"""Boilerplate removal for Indonesian news text (stub: replaced by the real cleaner)."""

from __future__ import annotations

from kabar.models import Cleaned, RawDocument


def clean(raw: RawDocument) -> Cleaned:
    """Split the raw text into story paragraphs, dropping boilerplate lines."""
    lines = [line.strip() for line in raw.text.split("\n")]
    paragraphs = tuple(line for line in lines if line)
    title = raw.title or (paragraphs[0] if paragraphs else None)
    if not raw.title and paragraphs:
        paragraphs = paragraphs[1:]
    return Cleaned(title=title, paragraphs=paragraphs)
