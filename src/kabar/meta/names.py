"""Lists of credited names without repeats, compared as the outlet table compares brands."""

from __future__ import annotations

from collections.abc import Iterable

from kabar.text import name_key


def unique(names: Iterable[str]) -> tuple[str, ...]:
    """Return names in first-seen order without case-insensitive repeats."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)
