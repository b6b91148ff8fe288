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
