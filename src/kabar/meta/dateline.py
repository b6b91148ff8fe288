"""Dateline: the place of the first paragraph's dateline, title-cased.

The cleaner reads the place off the dateline it cut; a brand alone ("Suara.com -", "PIKIRAN
RAKYAT -") gives no place, and neither does a rubric label written like one ("OPINI -").
"""

from __future__ import annotations

import re

from kabar import lexicon
from kabar.models import Cleaned


def find_dateline(cleaned: Cleaned) -> str | None:
    """Return the dateline's place, title-cased ("PYONGYANG, KOMPAS.TV -" -> "Pyongyang")."""
    dateline = cleaned.findings.dateline
    if dateline is None or dateline.place is None:
        return None
    place = _title_case(dateline.place)
    return None if place.casefold() in lexicon.entries("rubric_labels.txt") else place


def _title_case(place: str) -> str:
    """Title-case an all-caps place name, keeping short acronyms ("NEW YORK" -> New York)."""
    words = []
    for word in re.split(r"(\s+|-)", place.strip()):
        if (word.isupper() and len(word) > 2) or word.islower():
            word = word[:1].upper() + word[1:].lower()
        words.append(word)
    return "".join(words)
