"""Small helpers shared by the record readers: picking and tidying a field's value."""

from __future__ import annotations

from typing import Any

from kabar.text import normalize_text


def first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """Return the value of the first of keys that the record holds non-empty, or None."""
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def as_text(value: Any) -> str | None:
    """Return a field's text; for an object (a JSON-LD author, publisher) its name or title."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    return str(value) if value is not None else None


def clean_field(value: str | None) -> str | None:
    """Return a field normalised and stripped, or None when nothing is left."""
    if value is None:
        return None
    value = normalize_text(value).strip()
    return value or None


# Bidi embeddings, overrides and isolates (and the marks): in a one-line field they can make
# a title or a name display as something else; Indonesian news has no use for them there.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c"), None)


def strip_bidi(value: str | None) -> str | None:
    """Return a one-line field without bidi control characters (None when nothing is left)."""
    if value is None:
        return None
    value = value.translate(_BIDI).strip()
    return value or None
